import type { MessageId } from './en.js';

/**
 * kzpay's words in Russian (the ids and placeholders of en.ts). Terms as in the civil service's own documents:
 * должностной оклад, повышение, стаж, минимальная заработная плата, фонд оплаты труда, ИПЦ; codes, option names,
 * column names of the files (min, max, tier...) and dates stay as they are.
 */
export const ru: Record<MessageId, string> = {
  'heading.summary': 'Итоги',
  'heading.assumptions': 'Допущения',
  'sheet.salary': 'оклад',
  'sheet.index': 'индекс',
  'sheet.gaps': 'разрывы',
  'sheet.fund': 'фонд',
  'sheet.data': 'данные',
  'sheet.summary': 'итоги',
  'sheet.assumptions': 'допущения',
  'sheet.notes': 'примечания',
  'sheet.label': 'показатель',
  'sheet.value': 'значение',
  'sheet.assumption': 'допущение',
  'sheet.note': 'примечание',
  'chart.log_scale': '{title} (логарифмическая шкала: равные шаги — равные проценты)',
  text: '{text}',

  'value.actual': 'факт',
  'value.projection': 'прогноз',
  'value.within': 'внутри уровня',
  'value.between': 'между уровнями',
  'value.unchecked': 'не проверен',
  'value.ok': 'соответствует',
  'value.violation': 'нарушение',
  'value.inversion': 'инверсия',
  'value.below-floor': 'ниже МЗП',
  'value.unit': 'подразделение',
  'value.code': 'код',
  'value.group': 'группа',
  'value.total': 'итого',

  'col.code': 'код',
  'col.title': 'должность',
  'col.year': 'год',
  'col.experience': 'стаж, лет',
  'col.salary_dec': 'оклад, дек.',
  'col.raise_pct': 'повыш., %',
  'col.seniority_pct': 'за стаж, %',
  'col.earnings': 'начислено за год',
  'col.inflation_pct': 'инфл., %',
  'col.salary_real': 'оклад реал.',
  'col.earnings_real': 'начислено за год реал.',
  'col.real_change_pct': 'реал. изм., %',
  'col.status': 'статус',
  'col.row': 'строка',
  'col.raises': 'повышения',
  'col.nominal': 'номинальный',
  'col.prices': 'цены',
  'col.real': 'реальный',
  'col.nominal_index': 'номинальный индекс',
  'col.price_index': 'индекс цен',
  'col.real_index': 'реальный индекс',
  'col.real_cagr_pct': 'реальный среднегодовой рост, %',
  'col.years_real_fell': 'годы снижения реального индекса',
  'col.catch_up_pct': 'компенсирующее повышение, %',
  'col.block': 'блок',
  'col.upper': 'вышестоящая',
  'col.lower': 'нижестоящая',
  'col.upper_salary': 'оклад выше',
  'col.lower_salary': 'оклад ниже',
  'col.step_pct': 'шаг, %',
  'col.kind': 'вид',
  'col.norm_pct': 'норма, %',
  'col.deviation_pp': 'откл., п.п.',
  'col.salary': 'оклад',
  'col.floor': 'порог',
  'col.verdict': 'оценка',
  'col.pairs': 'пар',
  'col.ok': 'в норме',
  'col.violations': 'нарушений',
  'col.inversions': 'инверсий',
  'col.unchecked': 'не проверено',
  'col.below_floor': 'ниже порога',
  'col.categories': 'категорий',
  'col.raised': 'с повышением',
  'col.largest_raise_pct': 'наибольшее повышение, %',
  'col.old': 'прежний {basis}',
  'col.people': 'чел.',
  'col.yearly_cost': 'затраты за год',
  'col.yearly_cost_year': 'затраты за {year} год',
  'col.unit': 'подразделение',
  'col.group': 'группа',
  'col.key': 'ключ',
  'col.salary_fund': 'ФОТ',
  'col.savings_bonus': 'премии за счёт экономии',
  'col.total': 'итого',
  'col.total_real': 'итого реал.',
  'col.thousands': '{title}, тыс.',
  'col.base': '{title} (база)',
  'col.diff': '{title} (разница)',
  'col.cost': 'затраты',
  'col.cost_sum': '{title}, сумма за годы',
  'col.cost_real_sum': '{title} реал., сумма за годы',

  'chart.salary': '{code}: месячный оклад в декабре, {currency}',
  'chart.salary_annual': '{code}: годовая ставка в декабре, {currency}',
  'chart.nominal': 'номинальный',
  'chart.real_prices': 'реальный (в ценах {month})',
  'chart.first_code':
    'на графике {code}, первый из {count, plural, one {# кода} few {# кодов} many {# кодов} other {# кода}}; ' +
    'укажите один код, чтобы построить другой',
  'chart.index': 'Индекс, декабрь {year} = 1',
  'chart.nominal_raises': 'номинальный (повышения)',
  'chart.prices_cpi': 'цены (ИПЦ)',
  'chart.real': 'реальный',

  'raise.pct': '{pct}% с {date}',
  'raise.cut': 'снижение на {pct}% с {date}',
  'raise.range': '{low}-{high}% с {date}',
  'raise.between': 'от {low}% до {high}% с {date}',
  'raise.scenario': '{raise} (сценарий)',
  'raise.scoped': '{raise} ({scope})',

  'a.pro_rata': 'повышение, действующее не с 1-го числа месяца, учитывается в этом месяце пропорционально дням',
  'title.grid_date': 'оклады по схеме на {date}, в {currency} ({code})',
  'title.grid_date_thousands': 'оклады по схеме на {date}, в тыс. {currency} ({code})',
  'title.period': 'повышения и цены за {from}–{to} годы, индексы',
  'title.data_set': 'набор данных {name}: {label}',
  'a.data_set': '{name}: {label}',
  'a.data_set_note': '{name}: {label} — {note}',
  'a.grid_at': 'схема окладов на {date}: применены повышения в охвате между датой схемы {from} и этой датой',
  'a.system': 'система оплаты: {name} ({label})',
  'a.absent_raises': 'повышения: нет ({label} нет в системе оплаты)',
  'a.absent_seniority': 'стаж: нет ({label} нет в системе оплаты): каждый оклад равен min',
  'a.unapplied': 'не применено: {raise} из {label}, охват {scope}: не выбирает ни одной категории {grid}',
  'a.annual':
    'суммы сетки — годовые ставки (period year в system.csv): начислено за год — среднее ставок двенадцати ' +
    'месяцев',
  'a.round':
    'каждый оклад округляется до {places, plural, =0 {целых единиц} one {# знака после запятой} few {# знаков ' +
    'после запятой} many {# знаков после запятой} other {# знака после запятой}} после каждого повышения, ' +
    'половина вверх, как в опубликованной схеме (round в system.csv)',
  'word.currency': '{ru}{en, select, other {}}{kk, select, other {}}',
  'a.grid_date':
    'дата схемы должностных окладов {date} ({where}): в схеме — оклады, действующие на эту дату; повышения на эту ' +
    'дату и ранее в неё уже включены',
  'a.grid_date.option': '--grid-date',
  'a.grid_date.option_over': '--grid-date вместо даты действия схемы окладов {column}',
  'a.grid_date.column': 'столбец `effective` схемы окладов; изменить: --grid-date',
  'a.grid_date.default': 'в схеме окладов не указана дата `effective` и не задан --grid-date: по умолчанию',
  'a.prices': 'реальные величины в ценах {month} ({why})',
  'a.prices.option': '--prices',
  'a.prices.default': 'месяц даты схемы окладов; изменить: --prices',
  'a.inflation_assumed':
    'инфляция {pct}% в год принята для {years} (--inflation): этих лет нет в данных ИПЦ ({coverage})',
  'a.inflation_projected': 'инфляция {years} — прогноз в данных ИПЦ',
  'a.range': 'повышение в диапазоне {raise}% с {date} учитывается как {pct}% (--range {range})',
  'sc.raise': '{option}: {pct} с {date} ({scope})',
  'sc.restore': '{option}: {pct} с {date} {whom} (возвращает реальный уровень повышений {month} к уровню {base})',
  'sc.restore_there': '{option}: {pct} с {date} {whom} (реальный уровень повышений {month} уже не ниже уровня {base})',
  'sc.for_all': 'для всех',
  'sc.for': 'для {codes}',
  'sc.indexation': '{option}: {pct} с {date} = {why}',
  'sc.why_fixed': 'фиксированный процент',
  'sc.why_cpi': 'инфляция {year} года, декабрь к декабрю ({status})',
  'sc.why_cpi_points': '{cpi}% — {inflation} {sign} {points} п.п.',
  'sc.assumed': 'допущение, --inflation',
  'sc.late': '--indexation {rule} начинается 1 января {from}, после последнего года отчёта {last}: повышений нет',
  'sc.raise_late': '{option} вступает в силу {date}, после последнего года отчёта {last}: в отчёте ничего не меняет',
  'sc.early':
    '{option} даёт повышение на дату схемы окладов {date} или раньше, а оклады схемы ' +
    'его уже включают: оно меняет лишь уровни до этой даты',
  'sc.none_shown': '{option}: охват {scope} не выбирает ни одной из показанных категорий',
  'a.scenario_note': 'сценарий: {note}',
  'a.scenario_warning': 'сценарий: {warning}',
  'a.compare':
    'сравнение (--compare): X_base — базовый вариант (только повышения из данных), X — сценарий, X_diff = X − X_base',
  'a.compare_cost':
    'сравнение (--compare): X_base — базовый вариант (только повышения из данных), X — сценарий, X_diff = X − ' +
    'X_base; `cost` = total_diff, итоги суммируют его за все годы, в номинальном и реальном выражении',

  'a.seniority_held': 'стаж зафиксирован на ступени даты схемы окладов; стаж, лет: {years} (--no-seniority)',
  'a.seniority':
    'стаж, лет: {years} на дату схемы окладов (--experience), каждый месяц прибавляется одна двенадцатая года; ' +
    'уровень = min + доля × (max − min)',
  'a.skipped': 'пропущена {code}: {reason}; с --no-seniority она показана на уровне даты схемы окладов',
  'reason.no_max_bands': 'у неё нет оклада max, поэтому она не может переходить по ступеням стажа (с {month})',

  'a.period': 'период {from}-{to}: {fromWhy}, {toWhy}',
  'a.period.from_option': 'начало по --from',
  'a.period.from_default': 'с первого года повышений',
  'a.period.to_option': 'конец по --to',
  'a.period.to_default': 'до последнего года с фактическими данными ИПЦ',
  'a.indices':
    'индексы равны 1 в декабре {year}; номинальный = уровень повышений в декабре (повышение, действующее не с ' +
    '1-го числа, учитывается в своём месяце пропорционально дням); цены = произведение коэффициентов ИПЦ декабрь ' +
    'к декабрю; реальный = номинальный / цены; компенсирующее повышение = одно повышение в конце периода, которое ' +
    'вернуло бы реальный индекс к его лучшему уровню за период, включая базовый декабрь',
  'a.scope_all': 'без --code: учитывается каждое повышение, области действия не применяются',
  'a.scope_all_also': 'без --code: учитывается каждое повышение, области действия не применяются, также {raises}',
  'a.scope_code': '--code {code}: учитываются только повышения, чья область действия её охватывает; {skipped}',
  'a.scope_skipped': 'пропущены {raises}',
  'a.scope_none_skipped': 'ни одно повышение периода не пропущено',

  'a.floor_off': 'без порога минимальной заработной платы (--floor off)',
  'a.floor_option': 'порог: {floor} (--floor)',
  'a.floor_none': 'в параметрах нет минимальной заработной платы на {date}: порог не проверяется',
  'a.floor_wage':
    'порог: минимальная заработная плата {floor}, действующая на {date} (с {effective}; изменить: --floor)',
  'a.floor_wage_source':
    'порог: минимальная заработная плата {floor}, действующая на {date} (с {effective}, {source}; изменить: --floor)',
  'a.basis': 'база: столбец окладов {basis} (--basis)',
  'a.steps_system':
    'шаги по правилу системы {system} (step_rule {rule}): {within}% между соседними должностями внутри уровня ' +
    'управления, {between}% между уровнями (--within, --between); шаг = оклад выше / оклад ниже − 1',
  'a.steps_options':
    'шаги: {within}% между соседними должностями внутри уровня управления, {between}% между уровнями (--within, ' +
    '--between); шаг = оклад выше / оклад ниже − 1',
  'a.floor_system_off': 'без порога: в системе оплаты его нет (floor off в system.csv; --floor СУММА, чтобы проверить)',
  'a.steps':
    'шаги методики 2004 года: {within}% между соседними должностями внутри уровня управления, {between}% между ' +
    'уровнями (--within, --between); шаг = оклад выше / оклад ниже − 1',
  'a.levels':
    'уровень управления (внутри или между) по столбцу `tier` схемы окладов: внутри, если `tier` обеих должностей ' +
    'совпадает, ' +
    'между, если различается',
  'a.embedded_tiers':
    'уровни (`tier`) встроенной схемы окладов — допущение этого набора данных (см. `kzpay data grid`)',
  'a.tolerance':
    'шаг в норме, если отклоняется от нормы не более чем на {tolerance} п.п. (--tolerance); инверсия — если ' +
    'вышестоящей должности платят не больше, чем нижестоящей',
  'a.floor_max': 'с порогом сравнивается столбец max (база); оклады min с ним не сравниваются',
  'a.proposal': 'предложение (--propose {mode}) по {grid}: {what}; ни один оклад не снижается',
  'a.proposal.exact':
    'каждый шаг ровно равен норме, от наименьшего нижнего оклада каждого блока, при котором никто не теряет',
  'a.proposal.shortfall':
    'наименьшие повышения, при которых ни один шаг не меньше нормы, снизу вверх в каждом блоке: каждый оклад = ' +
    'max(свой, порог, нижестоящий × (1 + норма))',
  'a.proposal_rounding':
    'каждый новый оклад {basis} округляется вверх до целого ({currency}); {other} меняется на тот же процент, тоже с ' +
    'округлением вверх',
  'a.proposal_columns':
    '{old} — нынешний оклад {basis}, raise_pct — повышение по предложению; --grid читает предложение обратно и ' +
    'пропускает их',
  'a.proposal_columns_cost':
    '{old} — нынешний оклад {basis}, raise_pct — повышение по предложению; `headcount` и yearly_cost — его ' +
    'стоимость за год; --grid читает предложение обратно и пропускает их',
  'a.proposal_max': 'min меняется вместе с max, поэтому max повышается настолько, чтобы и min достиг порога',
  'a.proposal_cost':
    'затраты за год (--staffing {staffing}): фонд оплаты труда (ФОТ) {year} года по окладам схемы (12 + {medical} ' +
    'на оздоровление + {bonus} премии + {savings, select, auto {премии за счёт экономии по группам} other ' +
    '{{savings} премий за счёт экономии}}, стаж неизменен; без повышений) с предлагаемой ' +
    'схемой окладов минус с нынешней; строки со своим окладом стоят одинаково в обоих случаях',

  'reason.one_lacks': 'у {code} нет `{column}`',
  'reason.two_lack': 'у {first} и {second} нет `{column}`',

  'r.no_pairs': 'Ни в одном блоке нет двух категорий, поэтому проверять нечего.',
  'r.none_checked': 'Ни один шаг не удалось сравнить с нормой.',
  'r.hold':
    'Норме соответствуют {ok} из {checked, plural, one {# шага} few {# шагов} many {# шагов} other {# шага}} ' +
    '(допуск {tolerance} п.п.).',
  'r.hold_kinds':
    'Норме соответствуют {ok} из {checked, plural, one {# шага} few {# шагов} many {# шагов} other {# шага}} ' +
    '(допуск {tolerance} п.п.): {counts}.',
  'r.kind_count': '{ok} из {all} {level} ({norm}%)',
  'r.level.within': 'внутри уровня управления',
  'r.level.between': 'между уровнями',
  'r.spans': 'Шаги: {spans}.',
  'r.span_all': '{level} все по {pct}%',
  'r.span': '{level} от {low}% до {high}%',
  'r.off_item': '{pair} {step}% при норме {norm}% ({sign}{deviation} п.п.)',
  'r.off':
    'Дальше всего от нормы: {items}; из {count, plural, one {# шага} few {# шагов} many {# шагов} other {# шага}} ' +
    'вне нормы {short} ниже нормы и {above} выше.',
  'r.inverted': 'Инверсия (вышестоящей должности платят не больше, чем нижестоящей): {pairs}.',
  'r.unchecked': 'Не проверены: {pairs}.',
  'r.pair_reason': '{pair} ({reason})',
  'r.single':
    '{count, plural, one {В {names} только одна категория: шаг не проверяется.} ' +
    'few {В {names} по одной категории: шаги не проверяются.} ' +
    'many {В {names} по одной категории: шаги не проверяются.} ' +
    'other {В {names} по одной категории: шаги не проверяются.}}',
  'r.the_grid': 'схеме окладов',
  'r.block': 'блоке «{block}»',
  'r.floor_none': 'Ни одна категория не ниже порога {floor}.',
  'r.floor_below':
    '{count, plural, one {# категория ниже} few {# категории ниже} many {# категорий ниже} other {# категории ниже}} ' +
    'порога {floor}: {list}.',
  'r.code_amount': '{code} ({amount})',
  'r.no_basis_floor':
    '{count, plural, one {У категории {codes} нет {basis}: она не сравнивается с порогом.} ' +
    'few {У категорий {codes} нет {basis}: они не сравниваются с порогом.} ' +
    'many {У категорий {codes} нет {basis}: они не сравниваются с порогом.} ' +
    'other {У категорий {codes} нет {basis}: они не сравниваются с порогом.}}',

  'p.none': 'Повышение не нужно ни одной категории: ни один шаг с нормой не меньше её, ни один оклад не ниже порога.',
  'p.raised':
    'Повышение получают {raised} из {count, plural, one {# категории} few {# категорий} many {# категорий} ' +
    'other {# категории}}, наибольшее — {code} +{pct}% ({old} → {new}); остальные сохраняют свой оклад.',
  'p.unset': 'Шаги, которые предложение не задаёт: {pairs}.',
  'p.kept':
    '{count, plural, one {У {codes} нет {basis}: категория остаётся как есть.} ' +
    'few {У {codes} нет {basis}: категории остаются как есть.} ' +
    'many {У {codes} нет {basis}: категории остаются как есть.} ' +
    'other {У {codes} нет {basis}: категории остаются как есть.}}',

  'a.fund_per_person_annual':
    'на человека в год: средняя годовая ставка года × (12 + {medical} на оздоровление (--medical) + {bonus} ' +
    'премии (--bonus) + премии за счёт экономии) / 12, каждый дополнительный оклад — месячная оплата; ' +
    'salary_fund — ' +
    'часть (12 + {medical} + {bonus}) / 12',
  'a.fund_per_person':
    'на человека в год: средний месячный оклад года × (12 + {medical} на пособие на оздоровление (--medical) + ' +
    '{bonus} на премии (--bonus) + премии за счёт экономии); salary_fund — часть 12 + {medical} + {bonus}',
  'a.savings_auto':
    'премии за счёт экономии (в окладах): savings_salaries строки, иначе {d} для группы D и {e} для группы E ' +
    '(--savings auto, по тексту статьи к таблице 4 об Атырауской области, 2023)',
  'a.savings_groups':
    'премии за счёт экономии (в окладах): savings_salaries строки, иначе по группе (--savings auto, system.csv): ' +
    '{groups}',
  'a.savings_group': 'группа {group} {count}',
  'a.savings': 'премии за счёт экономии (в окладах): savings_salaries строки, иначе {savings} (--savings)',
  'a.fund_experience':
    'стаж зафиксирован по штатному расписанию (срез): оклад = оклад строки, иначе min + доля(стаж) × (max − min) ' +
    'по схеме окладов; повышения по области действия каждой категории, относительно даты схемы окладов',
  'a.by_none': 'одна итоговая строка в год (--by none)',
  'a.by_unit_column': 'строки по полю «{by}» (в файле есть столбец `unit`; изменить: --by)',
  'a.by_no_unit_column': 'строки по полю «{by}» (в файле нет столбца `unit`; изменить: --by)',
  'a.by': 'строки по полю «{by}» (--by)',
  'a.thousands': 'суммы в тысячах {currency} (--thousands)',
  'n.staffing_rows':
    '{count, plural, one {прочитана # строка} few {прочитано # строки} many {прочитано # строк} ' +
    'other {прочитано # строки}} штатного расписания',

  // The html page: its title and headings, and the charts drawn for it alone.
  'page.title.salary': 'Должностные оклады по годам',
  'page.title.index': 'Повышения окладов и цены',
  'page.title.gaps': 'Шаги схемы должностных окладов',
  'page.title.gaps_proposal': 'Предлагаемая схема должностных окладов',
  'page.title.fund': 'Фонд оплаты труда (ФОТ)',
  'page.title.data': 'Набор данных «{name}»',
  'page.title.compare': '{title}: базовый вариант и сценарий',
  'page.notes': 'Примечания',
  'page.sources': 'Источники',
  'page.embedded': 'встроенные данные',
  'page.made_by': 'подготовлено kzpay {version}',
  'chart.baseline': '{name}, базовый вариант',
  'chart.scenario': '{name}, сценарий',
  'chart.steps': 'Шаги между соседними должностями, % (метка — норма)',
  'chart.steps_proposed': 'Шаги предлагаемой схемы, % (метка — норма)',
  'chart.step': 'шаг',
  'chart.step_today': 'шаг сейчас',
  'chart.step_proposed': 'предлагаемый шаг',
  'chart.norm': 'норма',
  'chart.fund': 'ФОТ за год, итого, {currency}',
  'chart.fund_thousands': 'ФОТ за год, итого, тыс. {currency}',
  // Выплаты на руки и начисления работодателя (раздел 3.7 спецификации).
  'title.net_month': 'расчёт оплаты за {month}, в {currency} ({code})',
  'sheet.net': 'на руки',
  'col.gross': 'начислено',
  'col.opv': 'ОПВ',
  'col.vosms': 'ВОСМС',
  'col.taxable': 'облагаемый доход',
  'col.ipn': 'ИПН',
  'col.net': 'на руки',
  'col.opvr': 'ОПВР',
  'col.so': 'СО',
  'col.oosms': 'ООСМС',
  'col.social_tax': 'СН',
  'col.employer_charges': 'начисления работодателя',
  'col.labour_cost': 'затраты на оплату труда',
  'col.cost_labour': 'затраты с начислениями',
  'col.item': 'статья',
  'col.rate': 'ставка %',
  'col.base_amount': 'база',
  'col.amount': 'сумма',
  'col.net_dec': 'на руки, дек.',
  'col.net_year': 'на руки за год',
  'col.net_real': 'на руки реально',
  'col.employer_charges_dec': 'начисл. работод., дек.',
  'col.labour_cost_year': 'затраты на оплату труда за год',
  'col.labour_cost_real': 'затраты на оплату труда реально',
  'item.gross': 'начислено',
  'item.opv': 'ОПВ (обязательные пенсионные взносы)',
  'item.vosms': 'ВОСМС (взносы на ОСМС)',
  'item.taxable': 'облагаемый доход',
  'item.ipn': 'ИПН (индивидуальный подоходный налог)',
  'item.net': 'на руки',
  'item.opvr': 'ОПВР (обязательные пенсионные взносы работодателя)',
  'item.so': 'СО (социальные отчисления)',
  'item.oosms': 'ООСМС (отчисления на ОСМС)',
  'item.social_tax': 'СН (социальный налог)',
  'item.employer_charges': 'начисления работодателя',
  'item.labour_cost': 'затраты на оплату труда',
  'a.net_month': 'месяц {month} (--date): ставки, пределы, МЗП и МРП, действующие в этом месяце',
  'a.net_month_clock':
    'месяц {month}: текущий, по часам компьютера (выбрать: --date ГГГГ-ММ; скриптам следует его передавать)',
  'a.net_params': 'минимальная заработная плата (МЗП) {mw}, МРП {mrp} в этом месяце, из набора данных «{set}»',
  'a.net_same_gross':
    'одинаковое начисление каждый месяц с января: облагаемый доход года до этого месяца учитывается для ' +
    'повышенной ставки на часть дохода года сверх порога',
  'a.from_net':
    '--from-net: каждая сумма — желаемая сумма на руки; строка — наименьшее начисление в целых тенге, дающее её',
  'a.ipn_adjusted': 'при начислении меньше 25 МРП облагаемый доход уменьшается на {share}% (корректировка 90%)',
  'a.ipn_high': 'ИПН по ставке {rate}% на часть облагаемого дохода года сверх порога',
  'a.take_home_terms':
    'ОПВ — обязательные пенсионные взносы; ВОСМС — взносы работника на обязательное социальное медицинское ' +
    'страхование (ОСМС); ИПН — индивидуальный подоходный налог; ОПВР — обязательные пенсионные взносы ' +
    'работодателя; СО — социальные отчисления; ООСМС — отчисления работодателя на ОСМС; СН — социальный налог',
  'a.take_home_rounding':
    'каждая сумма округляется до целых тенге (половина вверх); на руки = начислено − ОПВ − ВОСМС − ИПН; ' +
    'начисления работодателя = ОПВР + СО + ООСМС + СН; затраты на оплату труда = начислено + начисления работодателя',
  'a.born_assumed': 'год рождения {year} или позже (допущение): ОПВР уплачиваются; задать год: --born ГОД',
  'a.born_after': '{born} год рождения (--born): ОПВР уплачиваются за родившихся в {year} году или позже',
  'a.born_before': '{born} год рождения (--born): ОПВР не уплачиваются (только за родившихся в {year} году или позже)',
  'a.born_column':
    'ОПВР по каждому работнику — по столбцу `born` штатного расписания (уплачиваются за родившихся в {year} году ' +
    'или позже); строка без него считается родившимся в {year} году или позже',
  'a.born_no_column':
    'все родились в {year} году или позже (допущение: в штатном расписании нет столбца `born`): ОПВР уплачиваются',
  'a.rates_held': 'взносы и ИПН за {years}: сохранены ставки {year} года, последнего изменения в данных',
  'a.params_held': 'МЗП и МРП за {years}: сохранены значения {year} года, последние в наборе данных «{set}»',
  'a.salary_net':
    'на руки от оклада месяца как начисления (--net): `net` — за декабрь, `net_year` — за двенадцать месяцев ' +
    '(облагаемый доход года учитывается для повышенной ставки), `net_real` — декабрьская сумма в ценах месяца цен',
  'a.salary_charges':
    'начисления работодателя на оклад месяца (--charges): `employer_charges` — за декабрь, `labour_cost_year` — ' +
    'оклады и начисления за двенадцать месяцев',
  'a.fund_charges':
    'начисления работодателя (--charges) на человека за месяц на оклад месяца + (оздоровление + премии + премии ' +
    'за счёт экономии) / 12 × средний месячный оклад года (допущение: когда они выплачиваются, неизвестно); ' +
    '`labour_cost` = `total` + `employer_charges`; `labour_cost_real` — то же в ценах месяца цен',
  'a.social_tax_less_so': 'социальный налог (СН) за вычетом социальных отчислений (СО), не ниже 0',
  'a.compare_labour_cost':
    'сравнение (--compare): X_base — базовый вариант (только повышения из данных), X — сценарий, X_diff = X − ' +
    'X_base; `cost` = `labour_cost_diff` (--charges): то, что платит бюджет, с начислениями работодателя; итоги ' +
    'суммируют его за все годы, в номинальном и реальном выражении',
  'key.code': 'код',
  'key.corps': 'корпус',
  'key.group': 'группа',
  'key.block': 'блок',
  'key.rank': 'порядок',
  'key.tier': 'уровень',
  'key.title': 'должность',
  'key.effective': 'действует с',
  'key.min': 'минимум',
  'key.max': 'максимум',
  'key.percent': 'процент',
  'key.scope': 'охват',
  'key.announced': 'объявлено',
  'key.source': 'источник',
  'key.period': 'период',
  'key.inflation_pct': 'инфляция, %',
  'key.status': 'статус',
  'key.from_years': 'стаж от, лет',
  'key.to_years': 'стаж до, лет',
  'key.share': 'доля',
  'key.name': 'параметр',
  'key.value': 'значение',
  'key.unit': 'подразделение',
  'key.headcount': 'численность',
  'key.experience': 'стаж, лет',
  'key.salary': 'оклад',
  'key.savings_salaries': 'премии за счёт экономии, окладов',
  'value.higher': 'высший',
  'value.middle': 'средний',
  'value.lower': 'низовой',
  'value.all': 'все',
  'value.bdo': 'БДО',
  'value.min_wage': 'МЗП',
  'value.mrp': 'МРП',
  'set.grid': 'схема окладов',
  'set.raises': 'повышения',
  'set.raises-reported': 'повышения по открытым источникам',
  'set.cpi': 'ИПЦ',
  'set.seniority': 'ступени стажа',
  'set.params': 'параметры',
  'set.system': 'система оплаты',
  'set.contributions': 'взносы и налоги',
  'set.staffing': 'штатное расписание',
};
