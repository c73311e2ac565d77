import type { Language } from './messages.js';

/**
 * `--help` in Russian and Kazakh: each English text of the help (a command's summary, an option's help, a heading,
 * an example's line, commander's own words) with its translation, keyed by the English as it is written in the
 * command and option tables (gettext's way), so that those tables stay the one place the help is declared. A text
 * without an entry stays English; test/i18n/no-english.test.ts scans `--help` under ru and kk for that.
 */
type Words = Readonly<Record<string, string>>;

const RU: Words = {
  "a pay system's folder: system.csv, grid.csv and its other data sets (default: the embedded one, Kazakhstan's)":
    'папка системы оплаты: system.csv, grid.csv и другие её наборы данных (по умолчанию встроенная, Казахстана)',
  "salary grid CSV (default: the system's grid.csv)": 'CSV схемы окладов (по умолчанию grid.csv системы)',
  "raises CSV (default: the system's raises.csv)": 'CSV повышений (по умолчанию raises.csv системы)',
  "inflation CSV (default: the system's cpi.csv)": 'CSV инфляции (по умолчанию cpi.csv системы)',
  "seniority bands CSV (default: the system's seniority.csv)":
    'CSV ступеней стажа (по умолчанию seniority.csv системы)',
  "parameters CSV: min_wage... (default: the system's params.csv)":
    'CSV параметров: min_wage... (по умолчанию params.csv системы)',
  "contributions and income tax CSV: rates and limits by date (default: the system's contributions.csv)":
    'CSV взносов и подоходного налога: ставки и пределы по датам (по умолчанию contributions.csv системы)',
  "salaries a year paid as medical (health) benefit (default: the system's medical; 2 in the embedded one)":
    'окладов в год на оздоровление (по умолчанию `medical` системы; 2 во встроенной)',
  "salaries a year paid as salary bonuses (default: the system's bonus; 2 in the embedded one)":
    'окладов в год премиями (по умолчанию `bonus` системы; 2 во встроенной)',
  ['savings bonuses, salaries a year, for rows without savings_salaries (default: the ' +
    "system's savings); auto: by group, the system's savings_group_X"]:
    'премии за счёт экономии, окладов в год, для строк без savings_salaries (по ' +
    'умолчанию `savings` системы); `auto`: по группе, savings_group_X системы',
  "money in thousands of the system's currency, as in the paper": 'суммы в тысячах валюты системы, как в статье',
  "by group, in thousands as in the paper's Table 4": 'по группам, в тысячах, как в таблице 4 статьи',
  "step between adjacent posts within a management level (default: the system's step_rule; 12 embedded)":
    'шаг между соседними должностями внутри уровня управления (по умолчанию step_rule системы; 12 во встроенной)',
  "step between management levels (default: the system's step_rule; 32 embedded)":
    'шаг между уровнями управления (по умолчанию step_rule системы; 32 во встроенной)',
  "lowest salary: the system's floor (auto: the minimum wage in force at the grid date), none (off), or an amount":
    'нижний предел оклада: порог системы (`auto`: МЗП на дату схемы), без порога (`off`) или сумма',
  'data grid: the grid in force on DATE, the raises up to it applied':
    '`data grid`: схема окладов на DATE, с повышениями до этой даты',
  'the grid in force on a date, to pass back with --grid': 'схема окладов на дату, чтобы передать обратно через --grid',
  // commander's own words
  'Usage:': 'Использование:',
  'Options:': 'Параметры:',
  'Arguments:': 'Аргументы:',
  'Commands:': 'Команды:',
  'Examples:': 'Примеры:',
  '[options]': '[параметры]',
  '[command]': '[команда]',
  default: 'по умолчанию',
  'display help for command': 'показать справку по команде',
  'output the version number': 'показать номер версии',

  // kzpay
  "Salaries, raises and inflation of Kazakhstan's civil servants: exact, month by month, from CSV":
    'Оклады, повышения и инфляция для государственных служащих Казахстана: точно, помесячно, из CSV',
  'a leading specialist of a rural akimat, 2024-2031': 'ведущий специалист сельского акимата, 2024–2031',
  'did the raises of 2005-2023 beat inflation?': 'обогнали ли повышения 2005–2023 годов инфляцию?',
  'the 12% / 32% step rule and the minimum wage, for CI': 'правило шагов 12% / 32% и МЗП, для CI',
  "a body's remuneration fund, 2024-2026": 'фонд оплаты труда (ФОТ) органа, 2024–2026',
  'the categories and their codes': 'категории и их коды',
  'Every command runs offline on the embedded data; kzpay COMMAND --help lists its options.':
    'Каждая команда работает без сети на встроенных данных; kzpay COMMAND --help перечисляет её параметры.',

  // option groups
  'Data sets (your own CSV files instead of the embedded ones):': 'Наборы данных (свои файлы CSV вместо встроенных):',
  'Time and prices:': 'Время и цены:',
  'Scenario (raises that have not happened):': 'Сценарий (повышения, которых не было):',
  'Output:': 'Вывод:',

  // shared options
  'salary grid CSV (default: the embedded 2024 grid)':
    'схема должностных окладов, CSV (по умолчанию: встроенная схема 2024 года)',
  'raises CSV (default: the embedded 2005-2026 raises)':
    'повышения окладов, CSV (по умолчанию: встроенные повышения 2005–2026)',
  'inflation CSV (default: the embedded CPI series)': 'инфляция, CSV (по умолчанию: встроенный ряд ИПЦ)',
  'seniority bands CSV (default: the embedded bands)': 'ступени стажа, CSV (по умолчанию: встроенные ступени)',
  'parameters CSV: bdo, min_wage, mrp (default: embedded)':
    'параметры, CSV: БДО, МЗП, МРП (`bdo`, `min_wage`, `mrp`; по умолчанию: встроенные)',
  'decimal separator of numbers like 62,461 in your files': 'десятичный разделитель чисел вида 62,461 в ваших файлах',
  'CSV delimiter of your files: , ; or tab (default: detected from the header)':
    'разделитель CSV ваших файлов: «,», «;» или табуляция (по умолчанию: по строке заголовка)',
  "date the grid's salaries are in force (default: the grid's effective column, else 2024-01-01)":
    'дата, на которую действуют оклады схемы (по умолчанию: столбец `effective` схемы, иначе 2024-01-01)',
  'month whose prices real values are in (default: the grid date)':
    'месяц, в ценах которого даны реальные величины (по умолчанию: дата схемы окладов)',
  'assumed December-on-December inflation for years without CPI data':
    'принятая инфляция декабрь к декабрю для лет без данных ИПЦ',
  'which end of a range raise such as 25-30 to use': 'какой край диапазона повышения вроде 25-30 брать',
  'a raise that has not happened, repeatable: 2027-01-01:10, 2027-01-01:-5:tier=lower, 2027-01-01:restore=2023-12':
    'повышение, которого не было, можно повторять: 2027-01-01:10, 2027-01-01:-5:tier=lower, ' +
    '2027-01-01:restore=2023-12',
  "a raise each 1 January from YEAR (default: after the grid date): cpi (the year before's inflation), cpi+PP or PCT":
    'повышение каждое 1 января с года YEAR (по умолчанию: после даты схемы окладов): `cpi` (инфляция прошлого ' +
    'года), `cpi+PP` или PCT',
  'the baseline and the scenario side by side, and the difference': 'базовый вариант и сценарий рядом, и разница',
  'output format: table|csv|json|md|xlsx|html (default: table, or the -o extension)':
    'формат вывода: table|csv|json|md|xlsx|html (по умолчанию: таблица или расширение -o)',
  'language of the words, and the CSV dialect of a Russian or Kazakh spreadsheet (; and decimal comma)':
    'язык слов и диалект CSV для русской или казахской электронной таблицы («;» и десятичная запятая)',
  'write to a file (atomically) instead of standard output': 'записать в файл (атомарно) вместо стандартного вывода',
  'no colour, also on a terminal': 'без цвета, в том числе в терминале',

  // salary
  'what a category pays, nominal and in real terms, year by year':
    'оклад категории в номинальном и реальном выражении, по годам',
  'category codes of the grid (E-G-4), patterns (E-G-*), or all; kzpay data grid lists them':
    'коды категорий схемы окладов (E-G-4), шаблоны (E-G-*) или `all`; их перечисляет `kzpay data grid`',
  'years after the grid year to show': 'сколько лет после года схемы окладов показать',
  'first year to show (default: the grid year)': 'первый показанный год (по умолчанию: год схемы окладов)',
  'years of service at the grid date': 'стаж в годах на дату схемы окладов',
  "hold the salary at the grid date's seniority band": 'держать оклад на ступени стажа даты схемы окладов',
  'draw nominal and real salary under the table (table format only)':
    'нарисовать номинальный и реальный оклад под таблицей (только в табличном формате)',
  'every rural akimat post, 2020-2027': 'все должности сельского акимата, 2020–2027',
  'indexed to prices from 2027, beside today': 'с индексацией к ценам с 2027 года, рядом с нынешним',

  // index
  'did the raises beat inflation? nominal, price and real index, year by year':
    'обогнали ли повышения инфляцию? номинальный, ценовой и реальный индекс по годам',
  'first year; the index is 1 in the December before it (default: the first raise year)':
    'первый год; индекс равен 1 в декабре перед ним (по умолчанию: год первого повышения)',
  'last year (default: the last year with actual CPI data)':
    'последний год (по умолчанию: последний год с фактическими данными ИПЦ)',
  'count only the raises whose scope covers this category of the grid':
    'учитывать только повышения, охватывающие эту категорию схемы окладов',
  'draw the nominal, price and real index under the table (table format only)':
    'нарисовать номинальный, ценовой и реальный индекс под таблицей (только в табличном формате)',
  'only the raises that covered E-G-4, drawn': 'только повышения, охватившие E-G-4, с графиком',
  'the raise that restores 2023': 'повышение, возвращающее уровень 2023 года',

  // gaps
  'where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and the raises that fix it':
    'где схема окладов нарушает правило шагов 12% / 32% или порог МЗП, и повышения, которые это исправят',
  'the salary column to check': 'проверяемый столбец окладов',
  'step between adjacent posts within a management level': 'шаг между соседними должностями внутри уровня управления',
  'step between management levels': 'шаг между уровнями управления',
  'how far a step may be from its norm and be ok': 'насколько шаг может отклоняться от нормы и соответствовать ей',
  'lowest salary: the minimum wage in force at the grid date (auto), none (off), or an amount':
    'наименьший оклад: МЗП на дату схемы окладов (`auto`), без порога (`off`) или сумма',
  'exit 1 when any row is not ok (for CI); the report is still printed':
    'код выхода 1, если хоть одна строка не соответствует (для CI); отчёт всё равно выводится',
  'print a proposed grid instead: shortfall (default, the smallest raises) or exact (every step its norm)':
    'вывести вместо этого предлагаемую схему: `shortfall` (по умолчанию, наименьшие повышения) или `exact` (каждый ' +
    'шаг равен норме)',
  'with --propose: a staffing table (as for fund) to cost it':
    'с --propose: штатное расписание (как для `fund`), чтобы оценить затраты',
  'the step rule and the minimum wage, for CI (exit 1 when broken)':
    'правило шагов и МЗП, для CI (код выхода 1 при нарушении)',
  'the smallest raises that would fix the grid': 'наименьшие повышения, которые исправили бы схему окладов',
  'and what they would cost a year': 'и во что они обойдутся за год',

  // fund
  'remuneration fund of a staffing table: 12 salaries + 2 medical + 2 bonus + savings bonuses, per year':
    'фонд оплаты труда (ФОТ) штатного расписания: 12 окладов + 2 на оздоровление + 2 премии + премии за счёт ' +
    'экономии, по годам',
  'staffing table CSV, or - for standard input (default: the embedded example)':
    'штатное расписание, CSV, или - для стандартного ввода (по умолчанию: встроенный пример)',
  'rows by (default: unit when the file has a unit column, else code)':
    'строки по (по умолчанию: `unit`, если в файле есть столбец `unit`, иначе `code`)',
  'monthly salaries a year paid as medical (health) benefit':
    'месячных окладов в год, выплачиваемых как пособие на оздоровление',
  'monthly salaries a year paid as salary bonuses': 'месячных окладов в год, выплачиваемых как премии',
  'savings bonuses, monthly salaries a year, for rows without savings_salaries; auto: 5.2 group D, 2.8 group E':
    'премии за счёт экономии, месячных окладов в год, для строк без `savings_salaries`; `auto`: 5,2 группе D, ' +
    '2,8 группе E',
  'money in thousand tenge, as in the paper': 'суммы в тысячах тенге, как в статье',
  "by group, in thousand tenge as in the paper's Table 4": 'по группам, в тысячах тенге, как в таблице 4 статьи',
  'what indexation would cost': 'во что обойдётся индексация',

  // data
  'print an embedded data set, to read or to edit and pass back with its flag (data grid lists the codes)':
    'вывести встроенный набор данных, чтобы прочитать или исправить и передать обратно его параметром (`data grid` ' +
    'перечисляет коды)',
  'the categories of the grid: codes, titles, salaries': 'категории схемы окладов: коды, должности, оклады',
  'the raises, to edit and pass back with --raises': 'повышения, чтобы исправить и передать обратно через --raises',
  'the raises as public reports give them': 'повышения по открытым источникам',
  // take-home pay and employer charges: net, and the options salary and fund share
  'take-home pay and employer charges of a monthly gross':
    'сумма на руки и начисления работодателя с месячной начисленной зарплаты',
  'take-home pay of a monthly gross after contributions and income tax, and the employer charges on top':
    'сумма на руки с месячной начисленной зарплаты после взносов и ИПН, и начисления работодателя сверх неё',
  'monthly gross pay in tenge (with --from-net: the net wanted)':
    'месячная начисленная зарплата в тенге (с --from-net: желаемая сумма на руки)',
  'the month whose rates apply (default: the current month)':
    'месяц, ставки которого применяются (по умолчанию: текущий месяц)',
  "the person's year of birth: employer pension contributions only for people born in or after 1975":
    'год рождения работника: ОПВР уплачиваются только за родившихся в 1975 году или позже',
  'each AMOUNT is the net wanted: find the smallest gross that nets it':
    'каждая сумма — желаемая сумма на руки: найти наименьшую начисленную зарплату, которая её даёт',
  'contributions and income tax CSV: rates and limits by date (default: the embedded 2024 on)':
    'взносы и ИПН, CSV: ставки и пределы по датам (по умолчанию: встроенные, с 2024 года)',
  "add take-home pay: December's net, the year's, and December's in real terms (--contributions, --params)":
    'добавить сумму на руки: за декабрь, за год и за декабрь в реальном выражении (--contributions, --params)',
  'add the employer charges on top of pay and the labour cost (--contributions, --params)':
    'добавить начисления работодателя сверх оплаты и затраты на оплату труда (--contributions, --params)',
  'take-home pay and the employer charges on top, 2024-2031':
    'на руки и начисления работодателя сверх оклада, 2024–2031',
  'with the employer charges: what the budget pays': 'с начислениями работодателя: сколько платит бюджет',
  'what 300 000 a month leaves in hand in June 2026, and the employer charges':
    'сколько из 300\u00a0000 в месяц остаётся на руки в июне 2026 года, и начисления работодателя',
  'the gross that leaves 250 575 in hand': 'начисленная зарплата, с которой на руки остаётся 250\u00a0575',
  'for a person born before 1975: no employer pension contributions': 'за родившегося до 1975 года: без ОПВР',
};

const KK: Words = {
  "a pay system's folder: system.csv, grid.csv and its other data sets (default: the embedded one, Kazakhstan's)":
    'еңбекақы жүйесінің қалтасы: system.csv, grid.csv және оның басқа ' +
    'деректер жинақтары (әдепкі: кірістірілген, Қазақстандікі)',
  "salary grid CSV (default: the system's grid.csv)": 'айлықақылар схемасының CSV (әдепкі: жүйенің grid.csv)',
  "raises CSV (default: the system's raises.csv)": 'өсімдер CSV (әдепкі: жүйенің raises.csv)',
  "inflation CSV (default: the system's cpi.csv)": 'инфляция CSV (әдепкі: жүйенің cpi.csv)',
  "seniority bands CSV (default: the system's seniority.csv)":
    'еңбек өтілі сатылары CSV (әдепкі: жүйенің seniority.csv)',
  "parameters CSV: min_wage... (default: the system's params.csv)":
    'параметрлер CSV: min_wage... (әдепкі: жүйенің params.csv)',
  "contributions and income tax CSV: rates and limits by date (default: the system's contributions.csv)":
    'жарналар мен табыс салығы CSV: күндер бойынша мөлшерлемелер мен шектер (әдепкі: жүйенің contributions.csv)',
  "salaries a year paid as medical (health) benefit (default: the system's medical; 2 in the embedded one)":
    'сауықтыруға жылына төленетін айлықақылар (әдепкі: жүйенің `medical`; кірістірілгенде 2)',
  "salaries a year paid as salary bonuses (default: the system's bonus; 2 in the embedded one)":
    'сыйлықақы ретінде жылына төленетін айлықақылар (әдепкі: жүйенің `bonus`; кірістірілгенде 2)',
  ['savings bonuses, salaries a year, for rows without savings_salaries (default: the ' +
    "system's savings); auto: by group, the system's savings_group_X"]:
    'үнемдеу есебінен сыйлықақылар, жылына айлықақымен, savings_salaries жоқ жолдар үшін ' +
    '(әдепкі: жүйенің `savings`); `auto`: топ бойынша, жүйенің savings_group_X',
  "money in thousands of the system's currency, as in the paper": 'сомалар жүйе валютасының мыңымен, мақаладағыдай',
  "by group, in thousands as in the paper's Table 4": 'топтар бойынша, мыңмен, мақаланың 4-кестесіндегідей',
  "step between adjacent posts within a management level (default: the system's step_rule; 12 embedded)":
    'басқару деңгейі ішіндегі көршілес лауазымдар арасындағы қадам (әдепкі: жүйенің step_rule; кірістірілгенде 12)',
  "step between management levels (default: the system's step_rule; 32 embedded)":
    'басқару деңгейлері арасындағы қадам (әдепкі: жүйенің step_rule; кірістірілгенде 32)',
  "lowest salary: the system's floor (auto: the minimum wage in force at the grid date), none (off), or an amount":
    'ең төменгі айлықақы: жүйенің шегі (`auto`: схема күнгі ЕТЖ), шексіз (`off`) немесе сома',
  'data grid: the grid in force on DATE, the raises up to it applied':
    '`data grid`: DATE күнгі схема, сол күнге дейінгі өсімдермен',
  'the grid in force on a date, to pass back with --grid': 'күнгі схема, --grid арқылы қайта беру үшін',
  'Usage:': 'Қолданылуы:',
  'Options:': 'Параметрлер:',
  'Arguments:': 'Аргументтер:',
  'Commands:': 'Командалар:',
  'Examples:': 'Мысалдар:',
  '[options]': '[параметрлер]',
  '[command]': '[команда]',
  default: 'әдепкі',
  'display help for command': 'команда бойынша анықтаманы көрсету',
  'output the version number': 'нұсқа нөмірін көрсету',

  "Salaries, raises and inflation of Kazakhstan's civil servants: exact, month by month, from CSV":
    'Қазақстан мемлекеттік қызметшілерінің айлықақылары, арттырулары және инфляция: дәл, ай сайын, CSV-дан',
  'a leading specialist of a rural akimat, 2024-2031': 'ауыл әкімдігінің жетекші маманы, 2024–2031',
  'did the raises of 2005-2023 beat inflation?': '2005–2023 жылдардағы арттырулар инфляцияны басып озды ма?',
  'the 12% / 32% step rule and the minimum wage, for CI': '12% / 32% қадам ережесі және ЕТЖ, CI үшін',
  "a body's remuneration fund, 2024-2026": 'органның еңбекақы қоры, 2024–2026',
  'the categories and their codes': 'санаттар және олардың кодтары',
  'Every command runs offline on the embedded data; kzpay COMMAND --help lists its options.':
    'Әр команда кірістірілген деректермен желісіз жұмыс істейді; kzpay COMMAND --help оның параметрлерін ' + 'тізеді.',

  'Data sets (your own CSV files instead of the embedded ones):':
    'Деректер жинақтары (кірістірілгендердің орнына өз CSV файлдарыңыз):',
  'Time and prices:': 'Уақыт және бағалар:',
  'Scenario (raises that have not happened):': 'Сценарий (болмаған арттырулар):',
  'Output:': 'Шығыс:',

  'salary grid CSV (default: the embedded 2024 grid)':
    'лауазымдық айлықақылар схемасы, CSV (әдепкі: кірістірілген 2024 жылғы схема)',
  'raises CSV (default: the embedded 2005-2026 raises)':
    'айлықақыларды арттыру, CSV (әдепкі: кірістірілген 2005–2026 жылдардағы арттырулар)',
  'inflation CSV (default: the embedded CPI series)': 'инфляция, CSV (әдепкі: кірістірілген ТБИ қатары)',
  'seniority bands CSV (default: the embedded bands)': 'еңбек өтілі сатылары, CSV (әдепкі: кірістірілген сатылар)',
  'parameters CSV: bdo, min_wage, mrp (default: embedded)':
    'параметрлер, CSV: БЛА, ЕТЖ, АЕК (`bdo`, `min_wage`, `mrp`; әдепкі: кірістірілген)',
  'decimal separator of numbers like 62,461 in your files': 'файлдарыңыздағы 62,461 сияқты сандардың ондық бөлгіші',
  'CSV delimiter of your files: , ; or tab (default: detected from the header)':
    'файлдарыңыздың CSV бөлгіші: «,», «;» немесе табуляция (әдепкі: тақырып жолынан анықталады)',
  "date the grid's salaries are in force (default: the grid's effective column, else 2024-01-01)":
    'схема айлықақылары қолданылатын күн (әдепкі: схеманың `effective` бағаны, әйтпесе 2024-01-01)',
  'month whose prices real values are in (default: the grid date)':
    'нақты шамалар қай айдың бағаларымен берілетіні (әдепкі: схеманың қолданылу күні)',
  'assumed December-on-December inflation for years without CPI data':
    'ТБИ деректері жоқ жылдарға қабылданатын желтоқсанға қарағанда желтоқсан инфляциясы',
  'which end of a range raise such as 25-30 to use': '25-30 сияқты аралық арттырудың қай шетін алу керек',
  'a raise that has not happened, repeatable: 2027-01-01:10, 2027-01-01:-5:tier=lower, 2027-01-01:restore=2023-12':
    'болмаған арттыру, қайталауға болады: 2027-01-01:10, 2027-01-01:-5:tier=lower, 2027-01-01:restore=2023-12',
  "a raise each 1 January from YEAR (default: after the grid date): cpi (the year before's inflation), cpi+PP or PCT":
    'YEAR жылдан бастап әр 1 қаңтарда арттыру (әдепкі: схема күнінен кейін): `cpi` (алдыңғы жылдың ' +
    'инфляциясы), `cpi+PP` немесе PCT',
  'the baseline and the scenario side by side, and the difference': 'базалық нұсқа мен сценарий қатар, және айырмасы',
  'output format: table|csv|json|md|xlsx|html (default: table, or the -o extension)':
    'шығыс пішімі: table|csv|json|md|xlsx|html (әдепкі: кесте немесе -o кеңейтімі)',
  'language of the words, and the CSV dialect of a Russian or Kazakh spreadsheet (; and decimal comma)':
    'сөздердің тілі және орыс не қазақ электрондық кестесіне арналған CSV диалектісі («;» және ондық үтір)',
  'write to a file (atomically) instead of standard output': 'стандартты шығыстың орнына файлға жазу (атомарлы)',
  'no colour, also on a terminal': 'түссіз, терминалда да',

  'what a category pays, nominal and in real terms, year by year':
    'санаттың айлықақысы, номиналды және нақты мәнде, жылдар бойынша',
  'category codes of the grid (E-G-4), patterns (E-G-*), or all; kzpay data grid lists them':
    'схеманың санат кодтары (E-G-4), үлгілер (E-G-*) немесе `all`; оларды `kzpay data grid` тізеді',
  'years after the grid year to show': 'схема жылынан кейін неше жыл көрсету',
  'first year to show (default: the grid year)': 'көрсетілетін бірінші жыл (әдепкі: схема жылы)',
  'years of service at the grid date': 'схема күніндегі еңбек өтілі, жыл',
  "hold the salary at the grid date's seniority band": 'айлықақыны схема күнінің өтіл сатысында ұстау',
  'draw nominal and real salary under the table (table format only)':
    'кестенің астына номиналды және нақты айлықақының графигін салу (тек кесте пішімінде)',
  'every rural akimat post, 2020-2027': 'ауыл әкімдігінің барлық лауазымдары, 2020–2027',
  'indexed to prices from 2027, beside today': '2027 жылдан бастап бағаларға индекстелген, қазіргімен қатар',

  'did the raises beat inflation? nominal, price and real index, year by year':
    'арттырулар инфляцияны басып озды ма? номиналды, баға және нақты индекс, жылдар бойынша',
  'first year; the index is 1 in the December before it (default: the first raise year)':
    'бірінші жыл; индекс оның алдындағы желтоқсанда 1-ге тең (әдепкі: бірінші арттыру жылы)',
  'last year (default: the last year with actual CPI data)': 'соңғы жыл (әдепкі: нақты ТБИ деректері бар соңғы жыл)',
  'count only the raises whose scope covers this category of the grid':
    'схеманың осы санатын қамтитын арттыруларды ғана есептеу',
  'draw the nominal, price and real index under the table (table format only)':
    'кестенің астына номиналды, баға және нақты индекстің графигін салу (тек кесте пішімінде)',
  'only the raises that covered E-G-4, drawn': 'E-G-4 санатын қамтыған арттырулар ғана, графигімен',
  'the raise that restores 2023': '2023 жылғы деңгейді қалпына келтіретін арттыру',

  'where the grid breaks the 12% / 32% step rule or the minimum-wage floor, and the raises that fix it':
    'схема 12% / 32% қадам ережесін немесе ЕТЖ шегін қай жерде бұзады, және оны түзететін арттырулар',
  'the salary column to check': 'тексерілетін айлықақы бағаны',
  'step between adjacent posts within a management level':
    'басқару деңгейі ішіндегі көршілес лауазымдар арасындағы қадам',
  'step between management levels': 'басқару деңгейлері арасындағы қадам',
  'how far a step may be from its norm and be ok': 'қадам нормасынан қаншалықты ауытқып, сәйкес бола алады',
  'lowest salary: the minimum wage in force at the grid date (auto), none (off), or an amount':
    'ең төменгі айлықақы: схема күніндегі ЕТЖ (`auto`), шексіз (`off`) немесе сома',
  'exit 1 when any row is not ok (for CI); the report is still printed':
    'кез келген жол сәйкес болмаса, шығу коды 1 (CI үшін); есеп бәрібір шығарылады',
  'print a proposed grid instead: shortfall (default, the smallest raises) or exact (every step its norm)':
    'оның орнына ұсынылатын схеманы шығару: `shortfall` (әдепкі, ең аз арттырулар) немесе `exact` (әр қадам ' +
    'нормасына тең)',
  'with --propose: a staffing table (as for fund) to cost it':
    '--propose-пен: құнын есептеу үшін штат кестесі (`fund` үшін сияқты)',
  'the step rule and the minimum wage, for CI (exit 1 when broken)':
    'қадам ережесі және ЕТЖ, CI үшін (бұзылса, шығу коды 1)',
  'the smallest raises that would fix the grid': 'схеманы түзететін ең аз арттырулар',
  'and what they would cost a year': 'және олардың жылдық құны',

  'remuneration fund of a staffing table: 12 salaries + 2 medical + 2 bonus + savings bonuses, per year':
    'штат кестесінің еңбекақы қоры: 12 айлықақы + 2 сауықтыруға + 2 сыйлықақы + үнемдеу есебінен сыйлықақылар, ' +
    'жыл сайын',
  'staffing table CSV, or - for standard input (default: the embedded example)':
    'штат кестесі, CSV, немесе стандартты кіріс үшін - (әдепкі: кірістірілген мысал)',
  'rows by (default: unit when the file has a unit column, else code)':
    'жолдар бойынша (әдепкі: файлда `unit` бағаны болса `unit`, әйтпесе `code`)',
  'monthly salaries a year paid as medical (health) benefit':
    'сауықтыруға арналған жәрдемақы ретінде төленетін жылдық айлықақылар саны',
  'monthly salaries a year paid as salary bonuses': 'сыйлықақы ретінде төленетін жылдық айлықақылар саны',
  'savings bonuses, monthly salaries a year, for rows without savings_salaries; auto: 5.2 group D, 2.8 group E':
    'үнемдеу есебінен сыйлықақылар, жылына айлықақылар, `savings_salaries` жоқ жолдар үшін; `auto`: D тобына ' +
    '5,2, E тобына 2,8',
  'money in thousand tenge, as in the paper': 'сомалар мың теңгемен, мақаладағыдай',
  "by group, in thousand tenge as in the paper's Table 4": 'топтар бойынша, мақаланың 4-кестесіндегідей мың теңгемен',
  'what indexation would cost': 'индекстеу қаншаға түседі',

  'print an embedded data set, to read or to edit and pass back with its flag (data grid lists the codes)':
    'кірістірілген деректер жинағын шығару: оқу үшін немесе түзетіп, өз параметрімен қайта беру үшін (`data grid` ' +
    'кодтарды тізеді)',
  'the categories of the grid: codes, titles, salaries': 'схеманың санаттары: кодтар, лауазымдар, айлықақылар',
  'the raises, to edit and pass back with --raises': 'арттырулар, түзетіп --raises арқылы қайта беру үшін',
  'the raises as public reports give them': 'ашық дереккөздер бойынша арттырулар',
  'take-home pay and employer charges of a monthly gross':
    'айлық есептелген жалақыдан қолға алатыны және жұмыс беруші аударымдары',
  'take-home pay of a monthly gross after contributions and income tax, and the employer charges on top':
    'айлық есептелген жалақыдан жарналар мен ЖТС-тан кейін қолға алатыны, және оған қосымша жұмыс беруші ' +
    'аударымдары',
  'monthly gross pay in tenge (with --from-net: the net wanted)':
    'айлық есептелген жалақы, теңгемен (--from-net-пен: қолға алынуы керек сома)',
  'the month whose rates apply (default: the current month)': 'мөлшерлемелері қолданылатын ай (әдепкі: ағымдағы ай)',
  "the person's year of birth: employer pension contributions only for people born in or after 1975":
    'қызметкердің туған жылы: ЖМЗЖ тек 1975 жылы немесе одан кейін туғандар үшін төленеді',
  'each AMOUNT is the net wanted: find the smallest gross that nets it':
    'әр сома — қолға алынуы керек сома: соны беретін ең аз есептелген жалақыны табу',
  'contributions and income tax CSV: rates and limits by date (default: the embedded 2024 on)':
    'жарналар және ЖТС, CSV: мөлшерлемелер мен шектер күндер бойынша (әдепкі: кірістірілген, 2024 жылдан бастап)',
  "add take-home pay: December's net, the year's, and December's in real terms (--contributions, --params)":
    'қолға алатынын қосу: желтоқсандағы, жылдық және желтоқсандағы нақты мәнде (--contributions, --params)',
  'add the employer charges on top of pay and the labour cost (--contributions, --params)':
    'жалақыға қосымша жұмыс беруші аударымдарын және еңбекақы шығындарын қосу (--contributions, --params)',
  'take-home pay and the employer charges on top, 2024-2031':
    'қолға алатыны және оған қосымша жұмыс беруші аударымдары, 2024–2031',
  'with the employer charges: what the budget pays': 'жұмыс беруші аударымдарымен: бюджет қанша төлейді',
  'what 300 000 a month leaves in hand in June 2026, and the employer charges':
    '2026 жылғы маусымда айына 300\u00a0000 теңгеден қолға не қалады, және жұмыс беруші аударымдары',
  'the gross that leaves 250 575 in hand': 'қолға 250\u00a0575 қалдыратын есептелген жалақы',
  'for a person born before 1975: no employer pension contributions': '1975 жылға дейін туған адам үшін: ЖМЗЖ жоқ',
};

const WORDS: Readonly<Record<Exclude<Language, 'en'>, Words>> = { ru: RU, kk: KK };

/** The help's words in a language: a function from the English text to its translation (itself where none). */
export function helpWords(language: Language): (english: string) => string {
  if (language === 'en') return (s) => s;
  const words = WORDS[language];
  return (s) => (Object.hasOwn(words, s) ? words[s] : s);
}
