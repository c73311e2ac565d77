import type { MessageId } from './en.js';

/**
 * kzpay's words in Kazakh (the ids and placeholders of en.ts). Terms as in the civil service's own documents:
 * лауазымдық айлықақы, лауазымдық айлықақылар схемасы, еңбек өтілі, ең төменгі жалақы, еңбекақы қоры, ТБИ; codes,
 * option names, column
 * names of the files (min, max, tier...) and dates stay as they are. A Kazakh noun after a number stays singular, so
 * the plurals here need no forms.
 */
export const kk: Record<MessageId, string> = {
  'heading.summary': 'Қорытынды',
  'heading.assumptions': 'Жорамалдар',
  'sheet.salary': 'айлықақы',
  'sheet.index': 'индекс',
  'sheet.gaps': 'алшақтықтар',
  'sheet.fund': 'қор',
  'sheet.data': 'деректер',
  'sheet.summary': 'қорытынды',
  'sheet.assumptions': 'жорамалдар',
  'sheet.notes': 'ескертпелер',
  'sheet.label': 'көрсеткіш',
  'sheet.value': 'мәні',
  'sheet.assumption': 'жорамал',
  'sheet.note': 'ескертпе',
  'chart.log_scale': '{title} (логарифмдік шкала: тең қадамдар — тең пайыздар)',
  text: '{text}',

  'value.actual': 'нақты',
  'value.projection': 'болжам',
  'value.within': 'деңгей ішінде',
  'value.between': 'деңгейлер арасында',
  'value.unchecked': 'тексерілмеген',
  'value.ok': 'сәйкес',
  'value.violation': 'бұзушылық',
  'value.inversion': 'инверсия',
  'value.below-floor': 'ЕТЖ-дан төмен',
  'value.unit': 'бөлімше',
  'value.code': 'код',
  'value.group': 'топ',
  'value.total': 'жиыны',

  'col.code': 'код',
  'col.title': 'лауазым',
  'col.year': 'жыл',
  'col.experience': 'өтіл, жыл',
  'col.salary_dec': 'айлықақы, желт.',
  'col.raise_pct': 'өсім, %',
  'col.seniority_pct': 'өтіл үшін, %',
  'col.earnings': 'жылдық табыс',
  'col.inflation_pct': 'инфл., %',
  'col.salary_real': 'айлықақы, нақты мәнде',
  'col.earnings_real': 'жылдық табыс, нақты мәнде',
  'col.real_change_pct': 'нақты мәнде өзг., %',
  'col.status': 'мәртебе',
  'col.row': 'жол',
  'col.raises': 'өсімдер',
  'col.nominal': 'номиналды',
  'col.prices': 'бағалар',
  'col.real': 'нақты мәнде',
  'col.nominal_index': 'номиналды индекс',
  'col.price_index': 'баға индексі',
  'col.real_index': 'нақты индекс',
  'col.real_cagr_pct': 'нақты орташа жылдық өсім, %',
  'col.years_real_fell': 'нақты индекс төмендеген жылдар',
  'col.catch_up_pct': 'өтемдік өсім, %',
  'col.block': 'блок',
  'col.upper': 'жоғары тұрған',
  'col.lower': 'төмен тұрған',
  'col.upper_salary': 'жоғарғы айл.',
  'col.lower_salary': 'төменгі айл.',
  'col.step_pct': 'қадам, %',
  'col.kind': 'түрі',
  'col.norm_pct': 'норма, %',
  'col.deviation_pp': 'ауытқу, п.т.',
  'col.salary': 'айлықақы',
  'col.floor': 'шек',
  'col.verdict': 'бағалау',
  'col.pairs': 'жұптар',
  'col.ok': 'нормада',
  'col.violations': 'бұзушылықтар',
  'col.inversions': 'инверсиялар',
  'col.unchecked': 'тексерілмеген',
  'col.below_floor': 'шектен төмен',
  'col.categories': 'санаттар',
  'col.raised': 'көтерілгені',
  'col.largest_raise_pct': 'ең үлкен өсім, %',
  'col.old': 'бұрынғы {basis}',
  'col.people': 'адам',
  'col.yearly_cost': 'жылдық шығын',
  'col.yearly_cost_year': '{year} жылғы шығын',
  'col.unit': 'бөлімше',
  'col.group': 'топ',
  'col.key': 'кілт',
  'col.salary_fund': 'еңбекақы қоры',
  'col.savings_bonus': 'үнемдеу есебінен сыйлықақылар',
  'col.total': 'жиыны',
  'col.total_real': 'жиыны, нақты мәнде',
  'col.thousands': '{title}, мың',
  'col.base': '{title} (база)',
  'col.diff': '{title} (айырма)',
  'col.cost': 'шығын',
  'col.cost_sum': '{title}, жылдар бойынша сомасы',
  'col.cost_real_sum': '{title}, нақты мәнде, жылдар бойынша сомасы',

  'chart.salary': '{code}: желтоқсандағы лауазымдық айлықақы, {currency}',
  'chart.salary_annual': '{code}: желтоқсандағы жылдық мөлшерлеме, {currency}',
  'chart.nominal': 'номиналды',
  'chart.real_prices': 'нақты мәнде ({month} бағаларымен)',
  'chart.first_code': 'графикте {code}, {count} кодтың біріншісі; басқасын салу үшін бір код беріңіз',
  'chart.index': 'Индекс, {year} жылғы желтоқсан = 1',
  'chart.nominal_raises': 'номиналды (өсімдер)',
  'chart.prices_cpi': 'бағалар (ТБИ)',
  'chart.real': 'нақты мәнде',

  'raise.pct': '{date} бастап {pct}%',
  'raise.cut': '{date} бастап {pct}% төмендету',
  'raise.range': '{date} бастап {low}-{high}%',
  'raise.between': '{date} бастап {low}% және {high}% аралығында',
  'raise.scenario': '{raise} (сценарий)',
  'raise.scoped': '{raise} ({scope})',

  'a.pro_rata': 'айдың 1-інен кейін күшіне енетін өсім сол айда күндерге пропорционалды ескеріледі',
  'title.grid_date': '{date} күнгі схема бойынша айлықақылар, {currency} ({code})',
  'title.grid_date_thousands': '{date} күнгі схема бойынша айлықақылар, мың {currency} ({code})',
  'title.period': '{from}–{to} жылдардағы өсімдер мен бағалар, индекстер',
  'title.data_set': '{name} деректер жинағы: {label}',
  'a.data_set': '{name}: {label}',
  'a.data_set_note': '{name}: {label} — {note}',
  'a.grid_at': '{date} күнгі схема: схема күні {from} мен осы күн арасындағы қамтудағы өсімдер қолданылды',
  'a.system': 'еңбекақы жүйесі: {name} ({label})',
  'a.absent_raises': 'өсімдер: жоқ ({label} еңбекақы жүйесінде жоқ)',
  'a.absent_seniority': 'еңбек өтілі: жоқ ({label} еңбекақы жүйесінде жоқ): әр жалақы min-ге тең',
  'a.unapplied': 'қолданылмады: {label} ішіндегі {raise}, қамту {scope}: {grid} ішінен бірде-бір санатты таңдамайды',
  'a.annual':
    'тор сомалары — жылдық мөлшерлемелер (system.csv ішінде period year): жылдық табыс — он екі айдың ' +
    'мөлшерлемелерінің орташасы',
  'a.round':
    'әр жалақы әр өсімнен кейін {places, plural, =0 {бүтін бірлікке} one {үтірден кейін # таңбаға} ' +
    'other {үтірден кейін # таңбаға}} дейін ' +
    'дөңгелектенеді, жартысы жоғары, жарияланған схемадағыдай (system.csv ішінде round)',
  'word.currency': '{kk}{en, select, other {}}{ru, select, other {}}',
  'a.grid_date':
    'схеманың қолданылу күні {date} ({where}): лауазымдық айлықақылар схемасында осы күні қолданыстағы ' +
    'айлықақылар; осы күнге дейінгі және осы күнгі арттырулар схемаға кірген',
  'a.grid_date.option': '--grid-date',
  'a.grid_date.option_over': '--grid-date, схеманың күшіне ену күнінің ({column}) орнына',
  'a.grid_date.column': 'схеманың `effective` бағаны; өзгерту: --grid-date',
  'a.grid_date.default': 'схемада `effective` күні берілмеген және --grid-date жоқ: әдепкі мән',
  'a.prices': 'нақты мәндегі шамалар {month} бағаларымен ({why})',
  'a.prices.option': '--prices',
  'a.prices.default': 'схема күнінің айы; өзгерту: --prices',
  'a.inflation_assumed':
    'жылына {pct}% инфляция {years} үшін қабылданды (--inflation): бұл жылдарды ТБИ деректері ({coverage}) ' +
    'қамтымайды',
  'a.inflation_projected': '{years} инфляциясы ТБИ деректерінде болжам',
  'a.range': '{date} бастап {raise}% аралық өсім {pct}% ретінде есептеледі (--range {range})',
  'sc.raise': '{option}: {date} бастап {pct} ({scope})',
  'sc.restore':
    '{option}: {date} бастап {pct} {whom} ({month} айының нақты көтеру деңгейін {base} деңгейіне қайтарады)',
  'sc.restore_there':
    '{option}: {date} бастап {pct} {whom} ({month} айының нақты көтеру деңгейі {base} деңгейінен төмен емес)',
  'sc.for_all': 'барлығына',
  'sc.for': '{codes} үшін',
  'sc.indexation': '{option}: {date} бастап {pct} = {why}',
  'sc.why_fixed': 'тіркелген пайыз',
  'sc.why_cpi': '{year} жылғы желтоқсаннан желтоқсанға дейінгі инфляция ({status})',
  'sc.why_cpi_points': '{cpi}% — {inflation} {sign} {points} п.т.',
  'sc.assumed': 'жорамал, --inflation',
  'sc.late':
    '--indexation {rule} {from} жылғы 1 қаңтардан басталады, есептің соңғы жылы {last} жылдан кейін: көтеру жоқ',
  'sc.raise_late': '{option} {date} күшіне енеді, есептің соңғы жылы {last} жылдан кейін: есепте ештеңе өзгермейді',
  'sc.early':
    '{option} схема күні {date} немесе одан бұрынғы көтеруді береді, схема айлықақылары ' +
    'оны қамтиды: ол тек сол күнге дейінгі деңгейлерді өзгертеді',
  'sc.none_shown': '{option}: {scope} қамтуы көрсетілген санаттардың ешқайсысын таңдамайды',
  'a.scenario_note': 'сценарий: {note}',
  'a.scenario_warning': 'сценарий: {warning}',
  'a.compare':
    'салыстыру (--compare): X_base — базалық нұсқа (тек деректердегі өсімдер), X — сценарий, X_diff = X − X_base',
  'a.compare_cost':
    'салыстыру (--compare): X_base — базалық нұсқа (тек деректердегі өсімдер), X — сценарий, X_diff = X − ' +
    'X_base; `cost` = total_diff, қорытынды оны жылдар бойынша номиналды және нақты түрде қосады',

  'a.seniority_held': 'еңбек өтілі схема күнінің сатысында бекітілген; өтіл, жыл: {years} (--no-seniority)',
  'a.seniority':
    'еңбек өтілі, жыл: схема күніне {years} (--experience), ай сайын жылдың он екіден бірі қосылады; ' +
    'деңгей = min + үлес × (max − min)',
  'a.skipped': '{code} өткізілді: {reason}; --no-seniority оны схема күнінің деңгейінде көрсетеді',
  'reason.no_max_bands':
    'оның max айлықақысы жоқ, сондықтан өтіл сатылары бойынша жылжи алмайды ({month} айынан бастап)',

  'a.period': 'кезең {from}-{to}: {fromWhy}, {toWhy}',
  'a.period.from_option': 'басы --from бойынша',
  'a.period.from_default': 'өсімдердің бірінші жылынан',
  'a.period.to_option': 'соңы --to бойынша',
  'a.period.to_default': 'нақты ТБИ деректері бар соңғы жылға дейін',
  'a.indices':
    'индекстер {year} жылғы желтоқсанда 1-ге тең; номиналды = желтоқсандағы өсімдер деңгейі (айдың 1-інен кейін ' +
    'күшіне енген өсім сол айда күндерге пропорционалды ескеріледі); бағалар = желтоқсаннан желтоқсанға ТБИ ' +
    'коэффициенттерінің көбейтіндісі; нақты = номиналды / бағалар; өтемдік өсім = нақты индексті кезеңдегі ең ' +
    'жақсы деңгейіне (базалық желтоқсанды қоса) қайтаратын кезең соңындағы бір өсім',
  'a.scope_all': '--code жоқ: әр өсім ескеріледі, қолданылу аясы ескерілмейді',
  'a.scope_all_also': '--code жоқ: әр өсім ескеріледі, қолданылу аясы ескерілмейді, оның ішінде {raises}',
  'a.scope_code': '--code {code}: тек аясы оны қамтитын өсімдер ескеріледі; {skipped}',
  'a.scope_skipped': 'өткізілгені: {raises}',
  'a.scope_none_skipped': 'кезеңнің бірде-бір өсімі өткізілмеді',

  'a.floor_off': 'ең төменгі жалақы шегі жоқ (--floor off)',
  'a.floor_option': 'шек: {floor} (--floor)',
  'a.floor_none': 'параметрлерде {date} күні қолданыстағы ең төменгі жалақы жоқ: шек тексерілмейді',
  'a.floor_wage': 'шек: {date} күні қолданыстағы ең төменгі жалақы {floor} ({effective} бастап; өзгерту: --floor)',
  'a.floor_wage_source':
    'шек: {date} күні қолданыстағы ең төменгі жалақы {floor} ({effective} бастап, {source}; өзгерту: --floor)',
  'a.basis': 'база: {basis} айлықақы бағаны (--basis)',
  'a.steps_system':
    '{system} жүйесінің ережесі бойынша қадамдар (step_rule {rule}): басқару деңгейі ішіндегі көршілес лауазымдар ' +
    'арасында {within}%, деңгейлер арасында {between}% (--within, --between); қадам = жоғарғы / төменгі − 1',
  'a.steps_options':
    'қадамдар: басқару деңгейі ішіндегі көршілес лауазымдар арасында {within}%, деңгейлер арасында {between}% ' +
    '(--within, --between); қадам = жоғарғы / төменгі − 1',
  'a.floor_system_off': 'шек жоқ: еңбекақы жүйесінде ол жоқ (system.csv ішінде floor off; тексеру үшін --floor СОМА)',
  'a.steps':
    '2004 жылғы әдістеменің қадамдары: басқару деңгейі ішіндегі көршілес лауазымдар арасында {within}%, ' +
    'деңгейлер арасында {between}% (--within, --between); қадам = жоғарғы / төменгі − 1',
  'a.levels':
    'басқару деңгейі (ішінде немесе арасында) схеманың `tier` бағаны бойынша: екі лауазымның `tier` мәні тең болса — ' +
    'ішінде, әртүрлі болса — арасында',
  'a.embedded_tiers':
    'кірістірілген схеманың деңгейлері (`tier`) — осы деректер жинағының жорамалы (`kzpay data grid`)',
  'a.tolerance':
    'қадам нормадан {tolerance} п.т. артық ауытқымаса — нормада (--tolerance); жоғарғы лауазымға төменгіден ' +
    'артық төленбесе — инверсия',
  'a.floor_max': 'шекпен max бағаны (база) салыстырылады; min айлықақылары онымен салыстырылмайды',
  'a.proposal': '{grid} бойынша ұсыныс (--propose {mode}): {what}; бірде-бір айлықақы төмендетілмейді',
  'a.proposal.exact': 'әр қадам дәл нормасына тең, әр блоктың ешкімді төмендетпейтін ең төменгі айлықақысынан бастап',
  'a.proposal.shortfall':
    'бірде-бір қадам нормасынан кем болмайтын ең аз өсімдер, әр блокта төменнен жоғары: әр айлықақы = ' +
    'max(өзінікі, шек, төмендегі × (1 + норма))',
  'a.proposal_rounding':
    'әр жаңа {basis} айлықақысы бүтін санға дейін ({currency}) жоғары дөңгелектенеді; {other} сол пайызға ' +
    'өзгереді, ол да ' +
    'жоғары дөңгелектенеді',
  'a.proposal_columns':
    '{old} — қазіргі {basis} айлықақысы, raise_pct — ұсыныстағы өсім; --grid ұсынысты қайта оқиды және оларды ' +
    'елемейді',
  'a.proposal_columns_cost':
    '{old} — қазіргі {basis} айлықақысы, raise_pct — ұсыныстағы өсім; `headcount` және yearly_cost — оның жылдық ' +
    'құны; --grid ұсынысты қайта оқиды және оларды елемейді',
  'a.proposal_max': 'min max-пен бірге өзгереді, сондықтан max min де шекке жететіндей көтеріледі',
  'a.proposal_cost':
    'жылдық шығын (--staffing {staffing}): схеманың айлықақыларымен {year} жылғы еңбекақы қоры (12 + {medical} ' +
    'сауықтыруға + {bonus} сыйлықақы + {savings, select, auto {топтар бойынша үнемдеу есебінен сыйлықақылар} ' +
    'other {{savings} үнемдеу есебінен сыйлықақы}}, өтіл бекітілген; өсімсіз) ұсынылған схемамен минус ' +
    'қазіргімен; өз айлықақысы бар жолдардың құны екі жағдайда да бірдей',

  'reason.one_lacks': '{code}: `{column}` жоқ',
  'reason.two_lack': '{first} және {second}: `{column}` жоқ',

  'r.no_pairs': 'Бірде-бір блокта екі санат жоқ, сондықтан тексерілетін қадам жоқ.',
  'r.none_checked': 'Бірде-бір қадамды нормамен салыстыру мүмкін болмады.',
  'r.hold': 'Нормаға сәйкес қадамдар ({tolerance} п.т. дәлдікпен): {ok} / {checked}.',
  'r.hold_kinds': 'Нормаға сәйкес қадамдар ({tolerance} п.т. дәлдікпен): {ok} / {checked}; {counts}.',
  'r.kind_count': '{level} {ok} / {all} ({norm}%)',
  'r.level.within': 'басқару деңгейі ішінде',
  'r.level.between': 'деңгейлер арасында',
  'r.spans': 'Қадамдар: {spans}.',
  'r.span_all': '{level} барлығы {pct}%',
  'r.span': '{level} {low}%-{high}%',
  'r.off_item': '{pair} {step}%, нормасы {norm}% ({sign}{deviation} п.т.)',
  'r.off': 'Нормадан ең алысы: {items}; нормадан тыс {count} қадам: {short} нормадан кем, {above} нормадан артық.',
  'r.inverted': 'Инверсия (жоғарғы лауазымға төмендегіден артық төленбейді): {pairs}.',
  'r.unchecked': 'Тексерілмегені: {pairs}.',
  'r.pair_reason': '{pair} ({reason})',
  'r.single': 'Бір ғана санаты бар ({count}): {names}; тексерілетін қадам жоқ.',
  'r.the_grid': 'схема',
  'r.block': '«{block}» блогы',
  'r.floor_none': 'Бірде-бір санат {floor} шегінен төмен емес.',
  'r.floor_below': '{floor} шегінен төмен {count} санат: {list}.',
  'r.code_amount': '{code} ({amount})',
  'r.no_basis_floor': '{count} санатта {basis} жоқ ({codes}): шекпен салыстырылмайды.',

  'p.none': 'Бірде-бір санатқа өсім қажет емес: нормасы бар қадамдар одан кем емес, айлықақылар шектен төмен емес.',
  'p.raised':
    'Өсім алатын санаттар: {raised} / {count}, ең үлкені {code} +{pct}% ({old} → {new}); қалғандарының ' +
    'айлықақысы сақталады.',
  'p.unset': 'Ұсыныс белгілемейтін қадамдар: {pairs}.',
  'p.kept': '{count} санатта {basis} жоқ ({codes}): өзгеріссіз қалады.',

  'a.fund_per_person_annual':
    'бір адамға жылына: жылдың орташа жылдық мөлшерлемесі × (12 + {medical} сауықтыруға (--medical) + {bonus} ' +
    'сыйлықақы (--bonus) + үнемдеу есебінен сыйлықақылар) / 12, әр қосымша айлықақы — бір айлық төлем; ' +
    'salary_fund — ' +
    '(12 + {medical} + {bonus}) / 12 бөлігі',
  'a.fund_per_person':
    'бір адамға жылына: жылдың орташа айлықақысы × (12 + {medical} сауықтыруға арналған жәрдемақы ' +
    '(--medical) + {bonus} ' +
    'сыйлықақы (--bonus) + үнемдеу есебінен сыйлықақылар); salary_fund — 12 + {medical} + {bonus} бөлігі',
  'a.savings_auto':
    'үнемдеу есебінен сыйлықақылар (айлықақымен): жолдың savings_salaries мәні, әйтпесе D тобы үшін {d} және ' +
    'E тобы үшін {e} ' +
    '(--savings auto, мақаланың Атырау облысы туралы 4-кестеге мәтіні бойынша, 2023)',
  'a.savings_groups':
    'үнемдеу есебінен сыйлықақылар (айлықақымен): жолдың savings_salaries мәні, әйтпесе топ бойынша ' +
    '(--savings auto, system.csv): {groups}',
  'a.savings_group': '{group} тобы {count}',
  'a.savings':
    'үнемдеу есебінен сыйлықақылар (айлықақымен): жолдың savings_salaries мәні, әйтпесе {savings} (--savings)',
  'a.fund_experience':
    'өтіл штат кестесіндегі мәнінде бекітілген (сәттік көрініс): айлықақы = жолдың айлықақысы, әйтпесе ' +
    'схеманың min + ' +
    'үлес(өтіл) × (max − min); өсімдер әр санаттың аясы бойынша, схема күніне қатысты',
  'a.by_none': 'жылына бір жиынтық жол (--by none)',
  'a.by_unit_column': 'жолдар «{by}» бойынша (файлда `unit` бағаны бар; өзгерту: --by)',
  'a.by_no_unit_column': 'жолдар «{by}» бойынша (файлда `unit` бағаны жоқ; өзгерту: --by)',
  'a.by': 'жолдар «{by}» бойынша (--by)',
  'a.thousands': 'сомалар мыңмен ({currency}) (--thousands)',
  'n.staffing_rows': 'штат кестесінің {count} жолы оқылды',

  // The html page: its title and headings, and the charts drawn for it alone.
  'page.title.salary': 'Жылдар бойынша лауазымдық айлықақылар',
  'page.title.index': 'Айлықақыларды арттыру және бағалар',
  'page.title.gaps': 'Лауазымдық айлықақылар схемасының қадамдары',
  'page.title.gaps_proposal': 'Ұсынылатын лауазымдық айлықақылар схемасы',
  'page.title.fund': 'Еңбекақы қоры',
  'page.title.data': '«{name}» деректер жинағы',
  'page.title.compare': '{title}: базалық нұсқа және сценарий',
  'page.notes': 'Ескертпелер',
  'page.sources': 'Дереккөздер',
  'page.embedded': 'кірістірілген деректер',
  'page.made_by': 'kzpay {version} дайындаған',
  'chart.baseline': '{name}, базалық нұсқа',
  'chart.scenario': '{name}, сценарий',
  'chart.steps': 'Көршілес лауазымдар арасындағы қадамдар, % (белгі — норма)',
  'chart.steps_proposed': 'Ұсынылатын схеманың қадамдары, % (белгі — норма)',
  'chart.step': 'қадам',
  'chart.step_today': 'қазіргі қадам',
  'chart.step_proposed': 'ұсынылатын қадам',
  'chart.norm': 'норма',
  'chart.fund': 'Жылдық еңбекақы қоры, барлығы, {currency}',
  'chart.fund_thousands': 'Жылдық еңбекақы қоры, барлығы, мың {currency}',
  // Қолға алатыны және жұмыс беруші аударымдары (спецификацияның 3.7 бөлімі).
  'title.net_month': '{month} айындағы төлемнің есебі, {currency} ({code})',
  'sheet.net': 'қолға',
  'col.gross': 'есептелген',
  'col.opv': 'МЗЖ',
  'col.vosms': 'МӘМС-ке жарналар',
  'col.taxable': 'салық салынатын табыс',
  'col.ipn': 'ЖТС',
  'col.net': 'қолға',
  'col.opvr': 'ЖМЗЖ',
  'col.so': 'ӘА',
  'col.oosms': 'МӘМС-ке аударымдар',
  'col.social_tax': 'ӘС',
  'col.employer_charges': 'жұмыс беруші аударымдары',
  'col.labour_cost': 'еңбекақы шығындары',
  'col.cost_labour': 'аударымдармен шығын',
  'col.item': 'бап',
  'col.rate': 'мөлшерлеме %',
  'col.base_amount': 'база',
  'col.amount': 'сома',
  'col.net_dec': 'қолға, жел.',
  'col.net_year': 'қолға, жыл',
  'col.net_real': 'қолға, нақты',
  'col.employer_charges_dec': 'жұмыс беруші ауд., жел.',
  'col.labour_cost_year': 'еңбекақы шығындары, жыл',
  'col.labour_cost_real': 'еңбекақы шығындары, нақты',
  'item.gross': 'есептелген',
  'item.opv': 'МЗЖ (міндетті зейнетақы жарналары)',
  'item.vosms': 'МӘМС-ке жарналар',
  'item.taxable': 'салық салынатын табыс',
  'item.ipn': 'ЖТС (жеке табыс салығы)',
  'item.net': 'қолға алатыны',
  'item.opvr': 'ЖМЗЖ (жұмыс берушінің міндетті зейнетақы жарналары)',
  'item.so': 'ӘА (әлеуметтік аударымдар)',
  'item.oosms': 'МӘМС-ке аударымдар',
  'item.social_tax': 'ӘС (әлеуметтік салық)',
  'item.employer_charges': 'жұмыс беруші аударымдары',
  'item.labour_cost': 'еңбекақы шығындары',
  'a.net_month': '{month} айы (--date): сол айда қолданыстағы мөлшерлемелер, шектер, ЕТЖ және АЕК',
  'a.net_month_clock':
    '{month} айы: ағымдағы ай, компьютер сағаты бойынша (таңдау үшін: --date ЖЖЖЖ-АА; скрипттер оны беруі керек)',
  'a.net_params': 'айдағы ең төменгі жалақы (ЕТЖ) {mw}, АЕК {mrp}, «{set}» деректер жинағынан',
  'a.net_same_gross':
    'қаңтардан бастап әр ай бірдей есептеледі: айға дейінгі жылдың салық салынатын табысы жылдық шектен асқан ' +
    'бөлікке жоғары мөлшерлеме үшін есепке алынады',
  'a.from_net':
    '--from-net: әр сома — қолға алғысы келетін сома; жол — соны беретін бүтін теңгедегі ең кіші есептелген сома',
  'a.ipn_adjusted': '25 АЕК-тен аз есептелгенде салық салынатын табыс {share}%-ға азайтылады (90% түзету)',
  'a.ipn_high': 'жылдың салық салынатын табысының шектен асқан бөлігіне {rate}% ЖТС',
  'a.take_home_terms':
    'МЗЖ — міндетті зейнетақы жарналары; МӘМС-ке жарналар — қызметкердің міндетті әлеуметтік медициналық ' +
    'сақтандыруға жарналары; ЖТС — жеке табыс салығы; ЖМЗЖ — жұмыс берушінің міндетті зейнетақы жарналары; ' +
    'ӘА — әлеуметтік аударымдар; МӘМС-ке аударымдар — жұмыс берушінің аударымдары; ӘС — әлеуметтік салық',
  'a.take_home_rounding':
    'әр сома бүтін теңгеге дейін дөңгелектенеді (жартысы жоғары); қолға = есептелген − МЗЖ − МӘМС-ке жарналар − ' +
    'ЖТС; жұмыс беруші аударымдары = ЖМЗЖ + ӘА + МӘМС-ке аударымдар + ӘС; еңбекақы шығындары = есептелген + ' +
    'жұмыс беруші аударымдары',
  'a.born_assumed': '{year} жылы немесе одан кейін туған (болжам): ЖМЗЖ төленеді; жылды беру: --born ЖЫЛ',
  'a.born_after': '{born} жылы туған (--born): ЖМЗЖ {year} жылы немесе одан кейін туғандар үшін төленеді',
  'a.born_before': '{born} жылы туған (--born): ЖМЗЖ төленбейді (тек {year} жылы немесе одан кейін туғандар үшін)',
  'a.born_column':
    'ЖМЗЖ әр адамға штат кестесінің `born` бағаны бойынша ({year} жылы немесе одан кейін туғандар үшін төленеді); ' +
    'бағаны жоқ жол {year} жылы немесе одан кейін туған деп есептеледі',
  'a.born_no_column':
    'барлығы {year} жылы немесе одан кейін туған (болжам: штат кестесінде `born` бағаны жоқ): ЖМЗЖ төленеді',
  'a.rates_held': '{years} жарналары мен ЖТС: деректердегі соңғы өзгеріс жылы {year} мөлшерлемелері сақталған',
  'a.params_held': '{years} ЕТЖ және АЕК: «{set}» деректер жинағындағы соңғы {year} жылғы мәндер сақталған',
  'a.salary_net':
    'айдың айлықақысынан қолға алатыны (--net): `net` — желтоқсандағы, `net_year` — он екі айдағы (жылдың салық ' +
    'салынатын табысы жоғары мөлшерлеме үшін есепке алынады), `net_real` — желтоқсандағы сома баға айының бағасында',
  'a.salary_charges':
    'айдың айлықақысына жұмыс беруші аударымдары (--charges): `employer_charges` — желтоқсандағы, ' +
    '`labour_cost_year` — он екі айдағы айлықақылар мен аударымдар',
  'a.fund_charges':
    'жұмыс беруші аударымдары (--charges) бір адамға айына: айдың айлықақысы + (сауықтыру + сыйлықақы + үнемдеу ' +
    'есебінен сыйлықақылар) / 12 × жылдың орташа айлық айлықақысы (болжам: олардың қашан төленетіні белгісіз); ' +
    '`labour_cost` = `total` + `employer_charges`; `labour_cost_real` — баға айының бағасында',
  'a.social_tax_less_so': 'әлеуметтік салық (ӘС) әлеуметтік аударымдарды (ӘА) шегергенде, 0-ден төмен емес',
  'a.compare_labour_cost':
    'салыстыру (--compare): X_base — базалық нұсқа (тек деректердегі өсімдер), X — сценарий, X_diff = X − ' +
    'X_base; `cost` = `labour_cost_diff` (--charges): бюджет төлейтіні, жұмыс беруші аударымдарымен бірге; қорытынды ' +
    'оны жылдар бойынша номиналды және нақты түрде қосады',
  'key.code': 'код',
  'key.corps': 'корпус',
  'key.group': 'топ',
  'key.block': 'блок',
  'key.rank': 'реті',
  'key.tier': 'деңгей',
  'key.title': 'лауазым',
  'key.effective': 'қолданылу күні',
  'key.min': 'ең төменгі',
  'key.max': 'ең жоғары',
  'key.percent': 'пайыз',
  'key.scope': 'қамту',
  'key.announced': 'жарияланды',
  'key.source': 'дереккөз',
  'key.period': 'кезең',
  'key.inflation_pct': 'инфляция, %',
  'key.status': 'мәртебе',
  'key.from_years': 'өтіл, жылдан',
  'key.to_years': 'өтіл, жылға дейін',
  'key.share': 'үлес',
  'key.name': 'параметр',
  'key.value': 'мәні',
  'key.unit': 'бөлімше',
  'key.headcount': 'адам саны',
  'key.experience': 'еңбек өтілі, жыл',
  'key.salary': 'айлықақы',
  'key.savings_salaries': 'үнемдеу есебінен сыйлықақылар, айлықақы',
  'value.higher': 'жоғары',
  'value.middle': 'орта',
  'value.lower': 'төменгі',
  'value.all': 'барлығы',
  'value.bdo': 'БЛА',
  'value.min_wage': 'ЕТЖ',
  'value.mrp': 'АЕК',
  'set.grid': 'айлықақылар схемасы',
  'set.raises': 'арттырулар',
  'set.raises-reported': 'ашық дереккөздер бойынша арттырулар',
  'set.cpi': 'ТБИ',
  'set.seniority': 'өтіл сатылары',
  'set.params': 'параметрлер',
  'set.system': 'еңбекақы жүйесі',
  'set.contributions': 'жарналар мен салықтар',
  'set.staffing': 'штат кестесі',
};
