import type { Language } from './messages.js';
import { kazakhMonth } from './dates.js';

/**
 * The words of the embedded data sets in Russian and Kazakh, keyed by their English text as the files hold it
 * (gettext's way: the English is the key): block names, units of the staffing example, raise and CPI sources,
 * names of laws, and each data set's own description (its note's first sentence and the whole note). The files keep
 * their English (CSV and JSON print it as it is); table, md and xlsx show these under `--locale ru|kk`. A text no
 * entry knows (a user's own file) is shown as it is. test/i18n/data-words.test.ts holds every embedded text to an
 * entry in both languages, so that a reworded fixture cannot fall back to English unnoticed.
 */
type Words = Readonly<Record<string, string>>;

// The notes of the embedded data sets as one paragraph each (the `#` lines of the fixtures, joined).
const GRID_NOTE =
  'Official monthly salaries (tenge) of administrative civil servants of corps "B", local bodies, 2024. Source ' +
  'date: the paper labels the table "data for 2024". Public reports suggest the levels may be those of 2019 to ' +
  'mid-2021 (before the x1.9 reform of local executive bodies; three minimums lie below the 2024 minimum wage of ' +
  '85,000): treat findings that depend on the level itself (the floor) with that in mind. effective = the date on ' +
  'which these salaries are in force (as the paper states it). Source: Table 1 of Zh. Abuzyarova, "Improving the ' +
  'System of Motivation of Civil Servants in the Republic of Kazakhstan", "taking into account the increase, data ' +
  'for 2024". min = salary at the shortest length of service, max = at the longest. tier = management level for ' +
  'the 12%/32% step rule (higher = head and deputies, middle = head of a unit or sector, lower = experts and ' +
  'specialists). The paper does not list tiers: they follow the posts that Presidential Decree No. 150 of ' +
  '29.12.2015 names for each category, and are an assumption of this data set. E-5 max is illegible in the source ' +
  '("89 901 12..."), so it is left empty. title_ru, title_kk: the posts\' names in Russian and Kazakh, translated ' +
  'by this project (not official texts).';
const RAISES_NOTE =
  'Raises of official salaries announced in the Messages of the Head of State, with the date each took effect. ' +
  '2005-2023: Table 2 of Zh. Abuzyarova, "Improving the System of Motivation of Civil Servants in the Republic of ' +
  "Kazakhstan\", as the paper gives them. 2026: the Prime Minister's reply to a deputy's inquiry, reported by " +
  'Kazinform in March 2026 (+16% from 1 January 2026 for executive staff of grassroots and middle levels, about ' +
  '83,000 people). A range such as 25-30 means the raise varied within it. scope: "all", or selectors on grid ' +
  'columns joined by ";" (a row is in scope when any selector matches). Caution: public reports differ from the ' +
  'paper for 2019-2023 (see raises-reported-local.csv): the 2019 raise went to lower-level staff of local bodies ' +
  '(25% on average); local executive bodies got about x1.9 from 1 July 2021 and no general raise in 2022-2023 ' +
  '("20% a year in 2022-2025" was a programme for civil employees of the budget sector).';
const REPORTED_NOTE =
  'Raises of official salaries of civil servants of local executive bodies as public reports give them, ' +
  "2005-2026. An alternative to raises.csv (the paper's Table 2) for 2019-2023; earlier rows are the " +
  'same. 2019: the Deputy Minister of Finance (vlast.kz, 2019): lower-level staff of local bodies, about 78,000 ' +
  'people, +25% on average from 1 June 2019 (moved from 1 July). 2021: the Prime Minister (kt.kz, 14 July 2021): ' +
  '"salaries of 82 thousand civil servants ... from July 1, 1.9 times - for employees of local executive bodies" ' +
  '(an average: the new factor-point system moved each post by its own factor). No general raise of local bodies ' +
  "in 2022-2025 was found. 2026: the Prime Minister's reply to a deputy's inquiry (Kazinform, March 2026).";
const CPI_NOTE =
  'Consumer price inflation in Kazakhstan, percent. A row whose period is a year (2024) gives December on ' +
  'December; a row whose period is a month (2024-03) gives that month on the month before. Monthly rows: Bureau of ' +
  'National Statistics (CPI, previous month = 100, minus 100). Years 2011-2025: Bureau of National Statistics. ' +
  'Years 2005-2006: National Bank (December on December). Years 2004 and 2007-2010: IMF World Economic Outlook, ' +
  'end of period. The 2023 monthly rows multiply to 10.1%, the year row is 9.8%: the year row holds (see the ' +
  'spec). From January 2026 the Bureau uses fiscal receipts in part (a method change). Years 2026-2031: IMF WEO ' +
  'projections (country update of 2025-09-29), marked status=projection.';
const SENIORITY_NOTE =
  "Where a salary sits between a category's min and max, by length of service (years). The band edges follow the " +
  "length-of-service columns of Kazakhstan's coefficient tables for civil employees (up to 1 year, 1-2, 2-3, 3-5, " +
  '5-7, 7-9, 9-11, 11-14, 14-17, 17-20, over 20). The corps "B" table itself is not public, so the shares (0 = ' +
  "min, 1 = max) are equal steps: an assumption. Replace this file with the decree's own table when it is at hand.";
const PARAMS_NOTE =
  'Parameters with the date each value took effect. Sources: base official salary (BDO): Government Decree No. ' +
  "1193 of 31.12.2015, para 1 (17,697 tenge, unchanged since 2016 per Abuzyarova's paper; the decree covers " +
  'civil employees of the budget sector). Minimum monthly wage (min_wage) and monthly calculation index (mrp): the ' +
  'republican budget laws of each year and government announcements. A value holds until the next row of the ' +
  'same name.';
const STAFFING_NOTE =
  'AN ILLUSTRATION, NOT OFFICIAL DATA: the staffing table of an imagined rural district akimat, made up for ' +
  'kzpay. The posts use the categories of the embedded grid (E-R: district executive bodies, including the akim ' +
  "of a rural district; E-G: the akim's offices of rural districts); units, headcounts and years of service are " +
  'invented. headcount = posts filled (default 1); experience = years of service on the as-of date (default 0), ' +
  "held fixed; salary empty = the grid's min + share(experience) x (max - min); savings_salaries empty = by group " +
  '(--savings auto: 2.8 monthly salaries a year for group E, per the paper). Edit a copy and pass it to `kzpay ' +
  'fund FILE`.';
// The contributions' note opens with a sentence too long for one line of code.
const CONTRIBUTIONS_FIRST =
  "Employee contributions, personal income tax and employer charges on a civil servant's pay, with the date each " +
  'value took effect; a value holds until the next row of the same name.';
const CONTRIBUTIONS_NOTE =
  CONTRIBUTIONS_FIRST +
  ' Amounts given in MRP or minimum wages (MW) ' +
  "are multiplied by the params data set's `mrp` and `min_wage` in force in the month. Rates are shares (0.1 = 10%). " +
  'Sources: Social Code of the Republic of Kazakhstan (1 July 2023); Law on compulsory social health insurance as ' +
  'amended by Law No. 206-VIII of 14.07.2025; Tax Code of 2017 (to 2025) and Tax Code No. 214-VIII of 18.07.2025 ' +
  '(from 2026); as reported by PwC Kazakhstan Tax alert No. 257 (January 2025), EY and Moore Kazakhstan on the 2026 ' +
  'Tax Code, the State Revenue Department of East Kazakhstan region (February 2026), and the Unified Accumulative ' +
  'Pension Fund. Confidence notes: the 90% adjustment of the income-tax base for incomes under 25 MRP is reported ' +
  'abolished from 2026 by public payroll calculators, not by a primary source (medium). That state bodies pay the ' +
  "employer charges (OPVR, social contributions, OOSMS, social tax) rests on the budget classification's expense " +
  'items 116, 121, 122 and 124 (medium). The social-tax base less VOSMS is medium confidence.';

const RU: Words = {
  'Kazakhstan civil service': 'государственная служба Республики Казахстан',
  // Blocks of the embedded grid.
  'akim-office-region': 'аппарат акима области',
  'executive-body-region': 'исполнительный орган области',
  'akim-office-district': 'аппарат акима района',
  'executive-body-district': 'исполнительный орган района',
  'akim-office-rural': 'аппарат акима сельского округа',

  // Units of the embedded staffing example.
  'Department of finance': 'Отдел финансов',
  'Department of agriculture and land relations': 'Отдел сельского хозяйства и земельных отношений',
  'Department of education': 'Отдел образования',
  "Akim's office of rural district No. 1": 'Аппарат акима сельского округа № 1',
  "Akim's office of rural district No. 2": 'Аппарат акима сельского округа № 2',

  // Raises: where each was announced, and its source.
  'Instruction 2019': 'Поручение 2019',
  'New wage system 2021': 'Новая система оплаты труда 2021',
  'Instruction 2021-09-01': 'Поручение от 01.09.2021',
  'Government reply 2026': 'Ответ Правительства 2026',
  'Message 2005: raise public-sector wages by an average of 32% from 1 July':
    'Послание 2005 года: повысить заработную плату в бюджетной сфере в среднем на 32% с 1 июля',
  'Message 2005: from 2007 by an average of 30%': 'Послание 2005 года: с 2007 года в среднем на 30%',
  'Message 2008: 25% in 2009': 'Послание 2008 года: 25% в 2009 году',
  'Message 2009: salaries of state employees and scholarships +25% in 2010':
    'Послание 2009 года: заработная плата работников бюджетной сферы и стипендии +25% в 2010 году',
  'Message 2009: another 30% in 2011': 'Послание 2009 года: ещё 30% в 2011 году',
  'Message 2015: +30% for civil servants of corps B in 2016':
    'Послание 2015 года: +30% государственным служащим корпуса «Б» в 2016 году',
  'Instruction of the Head of State to the Government, 2019': 'Поручение Главы государства Правительству, 2019',
  'Introduction of a new wage system': 'Введение новой системы оплаты труда',
  'From 2022 to 2025 wages rise by an average of 20% a year':
    'С 2022 по 2025 год заработная плата растёт в среднем на 20% в год',
  'Kazinform, March 2026: +16% from 1 January 2026 for executive staff of grassroots and middle levels':
    'Казинформ, март 2026 года: +16% с 1 января 2026 года исполнительскому составу низового и среднего звена',
  'Deputy Minister of Finance, 2019: lower-level staff of local bodies, +25% on average':
    'Вице-министр финансов, 2019: низовой персонал местных органов, в среднем +25%',
  'Prime Minister, 14 July 2021: x1.9 from 1 July for employees of local executive bodies':
    'Премьер-Министр, 14 июля 2021 года: в 1,9 раза с 1 июля работникам местных исполнительных органов',

  // CPI sources.
  'Bureau of National Statistics, December on December': 'Бюро национальной статистики, декабрь к декабрю',
  'Bureau of National Statistics, month on month': 'Бюро национальной статистики, месяц к предыдущему месяцу',
  'IMF WEO country update 2025-09-29, end of period':
    'МВФ, «Перспективы развития мировой экономики», обновление по стране от 29.09.2025, на конец периода',
  'IMF WEO, end of period': 'МВФ, «Перспективы развития мировой экономики», на конец периода',
  'National Bank, Main directions of monetary policy 2007-2009: December on December':
    'Национальный банк, Основные направления денежно-кредитной политики на 2007–2009 годы: декабрь к декабрю',

  // Parameters: decrees (the budget laws are worded by budgetLaw below).
  'Decree No. 1193 of 31.12.2015': 'Постановление Правительства РК № 1193 от 31.12.2015',

  // Contributions and taxes: the source of each value (the Social Code, the health insurance law, the Tax Codes).
  'Social Code, art. 254: compulsory pension contributions of the employee, 10%':
    'Социальный кодекс РК, ст. 254: обязательные пенсионные взносы работника (ОПВ), 10%',
  'Social Code: base capped at 50 minimum wages a month': 'Социальный кодекс РК: база не более 50 МЗП в месяц',
  'Law on compulsory social health insurance: contributions of the employee, 2%':
    'Закон РК «Об обязательном социальном медицинском страховании»: взносы работника (ВОСМС), 2%',
  'Law on compulsory social health insurance: base capped at 10 minimum wages':
    'Закон РК «Об обязательном социальном медицинском страховании»: база не более 10 МЗП',
  'Law No. 206-VIII of 14.07.2025: base capped at 20 minimum wages from 2026':
    'Закон РК № 206-VIII от 14.07.2025: база не более 20 МЗП с 2026 года',
  'Tax Code: individual income tax, 10%': 'Налоговый кодекс РК: индивидуальный подоходный налог (ИПН), 10%',
  'Tax Code (2017): standard deduction of 14 MRP a month from 2024':
    'Налоговый кодекс РК (2017): стандартный вычет 14 МРП в месяц с 2024 года',
  'Tax Code No. 214-VIII, arts. 403 and 437: basic deduction of 30 MRP a month (at most 360 MRP a year)':
    'Налоговый кодекс РК № 214-VIII, ст. 403 и 437: базовый вычет 30 МРП в месяц (не более 360 МРП в год)',
  "Tax Code (2017): 90% adjustment of the taxable income where the month's income is under 25 MRP":
    'Налоговый кодекс РК (2017): корректировка облагаемого дохода на 90%, если доход за месяц меньше 25 МРП',
  'Tax Code No. 214-VIII: the adjustment is not kept (reported by public payroll calculators)':
    'Налоговый кодекс РК № 214-VIII: корректировка не сохранена (по открытым калькуляторам заработной платы)',
  'Tax Code (2017): the adjustment takes 90% off the taxable income':
    'Налоговый кодекс РК (2017): корректировка уменьшает облагаемый доход на 90%',
  "Tax Code No. 214-VIII: 15% on the part of the year's taxable income above the threshold":
    'Налоговый кодекс РК № 214-VIII: 15% с части облагаемого дохода за год сверх порога',
  'Tax Code No. 214-VIII: threshold of 8,500 MRP of taxable income a year':
    'Налоговый кодекс РК № 214-VIII: порог 8\u00a0500 МРП облагаемого дохода в год',
  'Social Code: compulsory pension contributions of the employer, 1.5% in 2024':
    'Социальный кодекс РК: обязательные пенсионные взносы работодателя (ОПВР), 1,5% в 2024 году',
  'Social Code: 2.5% in 2025': 'Социальный кодекс РК: 2,5% в 2025 году',
  'Social Code: 3.5% in 2026': 'Социальный кодекс РК: 3,5% в 2026 году',
  'Social Code: 4.5% in 2027': 'Социальный кодекс РК: 4,5% в 2027 году',
  'Social Code: 5% from 2028': 'Социальный кодекс РК: 5% с 2028 года',
  'Social Code: paid for employees born on or after 1 January 1975':
    'Социальный кодекс РК: уплачиваются за работников, родившихся 1 января 1975 года или позже',
  'Social Code: social contributions, 3.5% in 2024':
    'Социальный кодекс РК: социальные отчисления (СО), 3,5% в 2024 году',
  'Social Code: 5% from 2025': 'Социальный кодекс РК: 5% с 2025 года',
  'Social Code: base (income less OPV) at least 1 minimum wage':
    'Социальный кодекс РК: база (доход за вычетом ОПВ) не менее 1 МЗП',
  'Social Code: base at most 7 minimum wages': 'Социальный кодекс РК: база не более 7 МЗП',
  "Law on compulsory social health insurance: employer's deductions, 3%":
    'Закон РК «Об обязательном социальном медицинском страховании»: отчисления работодателя (ООСМС), 3%',
  'Law No. 206-VIII of 14.07.2025: base capped at 40 minimum wages from 2026':
    'Закон РК № 206-VIII от 14.07.2025: база не более 40 МЗП с 2026 года',
  'Tax Code (2017): social tax 9.5% of income less OPV and VOSMS, less social contributions':
    'Налоговый кодекс РК (2017): социальный налог (СН) 9,5% с дохода за вычетом ОПВ и ВОСМС, за вычетом социальных ' +
    'отчислений',
  'Tax Code (2017) as amended: 11% in 2025': 'Налоговый кодекс РК (2017) с изменениями: 11% в 2025 году',
  'Tax Code No. 214-VIII: 6%, social contributions no longer deducted':
    'Налоговый кодекс РК № 214-VIII: 6%, социальные отчисления больше не вычитаются',
  'Tax Code (2017): social contributions are deducted from the social tax':
    'Налоговый кодекс РК (2017): социальные отчисления вычитаются из социального налога',
  'Tax Code No. 214-VIII: no deduction of social contributions':
    'Налоговый кодекс РК № 214-VIII: социальные отчисления не вычитаются',

  // The data sets' descriptions: the first sentence of each note, then the whole note.
  'Official monthly salaries (tenge) of administrative civil servants of corps "B", local bodies, 2024.':
    'Месячные должностные оклады (тенге) административных государственных служащих корпуса «Б», местные органы, ' +
    '2024 год.',
  'Raises of official salaries announced in the Messages of the Head of State, with the date each took effect.':
    'Повышения должностных окладов, объявленные в Посланиях Главы государства, с датой вступления каждого в силу.',
  'Raises of official salaries of civil servants of local executive bodies as public reports give them, 2005-2026.':
    'Повышения должностных окладов государственных служащих местных исполнительных органов по открытым ' +
    'источникам, 2005–2026 годы.',
  'Consumer price inflation in Kazakhstan, percent.': 'Инфляция потребительских цен в Казахстане, процентов.',
  "Where a salary sits between a category's min and max, by length of service (years).":
    'Положение оклада между минимальным и максимальным окладом категории по стажу (лет).',
  'Parameters with the date each value took effect.': 'Параметры с датой вступления в силу каждого значения.',
  'AN ILLUSTRATION, NOT OFFICIAL DATA: the staffing table of an imagined rural district akimat, made up for kzpay.':
    'ПРИМЕР, НЕ ОФИЦИАЛЬНЫЕ ДАННЫЕ: штатное расписание вымышленного акимата сельского округа, составленное для kzpay.',
  [CONTRIBUTIONS_FIRST]:
    'Взносы работника, индивидуальный подоходный налог и начисления работодателя с оплаты труда государственного ' +
    'служащего, с датой вступления в силу каждого значения; значение действует до следующей строки с тем же именем.',
};

const KK: Words = {
  'Kazakhstan civil service': 'Қазақстан Республикасының мемлекеттік қызметі',
  'akim-office-region': 'облыс әкімінің аппараты',
  'executive-body-region': 'облыстың атқарушы органы',
  'akim-office-district': 'аудан әкімінің аппараты',
  'executive-body-district': 'ауданның атқарушы органы',
  'akim-office-rural': 'ауылдық округ әкімінің аппараты',

  'Department of finance': 'Қаржы бөлімі',
  'Department of agriculture and land relations': 'Ауыл шаруашылығы және жер қатынастары бөлімі',
  'Department of education': 'Білім бөлімі',
  "Akim's office of rural district No. 1": '№ 1 ауылдық округ әкімінің аппараты',
  "Akim's office of rural district No. 2": '№ 2 ауылдық округ әкімінің аппараты',

  'Instruction 2019': '2019 жылғы тапсырма',
  'New wage system 2021': '2021 жылғы жаңа еңбекақы жүйесі',
  'Instruction 2021-09-01': '2021 жылғы 1 қыркүйектегі тапсырма',
  'Government reply 2026': 'Үкіметтің 2026 жылғы жауабы',
  'Message 2005: raise public-sector wages by an average of 32% from 1 July':
    '2005 жылғы Жолдау: бюджет саласындағы жалақыны 1 шілдеден бастап орта есеппен 32%-ға арттыру',
  'Message 2005: from 2007 by an average of 30%': '2005 жылғы Жолдау: 2007 жылдан бастап орта есеппен 30%-ға',
  'Message 2008: 25% in 2009': '2008 жылғы Жолдау: 2009 жылы 25%',
  'Message 2009: salaries of state employees and scholarships +25% in 2010':
    '2009 жылғы Жолдау: бюджет саласы қызметкерлерінің жалақысы мен стипендиялар 2010 жылы +25%',
  'Message 2009: another 30% in 2011': '2009 жылғы Жолдау: 2011 жылы тағы 30%',
  'Message 2015: +30% for civil servants of corps B in 2016':
    '2015 жылғы Жолдау: 2016 жылы «Б» корпусының мемлекеттік қызметшілеріне +30%',
  'Instruction of the Head of State to the Government, 2019': 'Мемлекет басшысының Үкіметке тапсырмасы, 2019',
  'Introduction of a new wage system': 'Еңбекақы төлеудің жаңа жүйесін енгізу',
  'From 2022 to 2025 wages rise by an average of 20% a year':
    '2022–2025 жылдары жалақы жыл сайын орта есеппен 20%-ға өседі',
  'Kazinform, March 2026: +16% from 1 January 2026 for executive staff of grassroots and middle levels':
    'Қазинформ, 2026 жылғы наурыз: 2026 жылғы 1 қаңтардан бастап төменгі және орта буынның атқарушы ' +
    'қызметкерлеріне +16%',
  'Deputy Minister of Finance, 2019: lower-level staff of local bodies, +25% on average':
    'Қаржы вице-министрі, 2019: жергілікті органдардың төменгі буын қызметкерлері, орта есеппен +25%',
  'Prime Minister, 14 July 2021: x1.9 from 1 July for employees of local executive bodies':
    'Премьер-Министр, 2021 жылғы 14 шілде: жергілікті атқарушы органдардың қызметкерлеріне 1 шілдеден бастап ' +
    '1,9 есе',

  'Bureau of National Statistics, December on December': 'Ұлттық статистика бюросы, желтоқсанға қарағанда желтоқсан',
  'Bureau of National Statistics, month on month': 'Ұлттық статистика бюросы, алдыңғы айға қарағанда',
  'IMF WEO country update 2025-09-29, end of period':
    'ХВҚ, «Әлемдік экономиканың даму болжамы», ел бойынша 2025 жылғы 29 қыркүйектегі жаңарту, кезең соңына',
  'IMF WEO, end of period': 'ХВҚ, «Әлемдік экономиканың даму болжамы», кезең соңына',
  'National Bank, Main directions of monetary policy 2007-2009: December on December':
    'Ұлттық Банк, 2007–2009 жылдарға арналған ақша-кредит саясатының негізгі бағыттары: желтоқсанға қарағанда ' +
    'желтоқсан',

  'Decree No. 1193 of 31.12.2015': 'ҚР Үкіметінің 2015 жылғы 31 желтоқсандағы № 1193 қаулысы',

  'Social Code, art. 254: compulsory pension contributions of the employee, 10%':
    'ҚР Әлеуметтік кодексі, 254-бап: қызметкердің міндетті зейнетақы жарналары (МЗЖ), 10%',
  'Social Code: base capped at 50 minimum wages a month': 'ҚР Әлеуметтік кодексі: база айына 50 ЕТЖ-дан аспайды',
  'Law on compulsory social health insurance: contributions of the employee, 2%':
    '«Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңы: қызметкердің МӘМС-ке жарналары, 2%',
  'Law on compulsory social health insurance: base capped at 10 minimum wages':
    '«Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңы: база 10 ЕТЖ-дан аспайды',
  'Law No. 206-VIII of 14.07.2025: base capped at 20 minimum wages from 2026':
    '2025 жылғы 14 шілдедегі № 206-VIII ҚР Заңы: 2026 жылдан бастап база 20 ЕТЖ-дан аспайды',
  'Tax Code: individual income tax, 10%': 'ҚР Салық кодексі: жеке табыс салығы (ЖТС), 10%',
  'Tax Code (2017): standard deduction of 14 MRP a month from 2024':
    'ҚР Салық кодексі (2017): 2024 жылдан бастап айына 14 АЕК стандартты шегерім',
  'Tax Code No. 214-VIII, arts. 403 and 437: basic deduction of 30 MRP a month (at most 360 MRP a year)':
    '№ 214-VIII ҚР Салық кодексі, 403 және 437-баптар: айына 30 АЕК базалық шегерім (жылына 360 АЕК-тен аспайды)',
  "Tax Code (2017): 90% adjustment of the taxable income where the month's income is under 25 MRP":
    'ҚР Салық кодексі (2017): айлық табыс 25 АЕК-тен аз болса, салық салынатын табысты 90%-ға түзету',
  'Tax Code No. 214-VIII: the adjustment is not kept (reported by public payroll calculators)':
    '№ 214-VIII ҚР Салық кодексі: түзету сақталмаған (ашық жалақы калькуляторлары бойынша)',
  'Tax Code (2017): the adjustment takes 90% off the taxable income':
    'ҚР Салық кодексі (2017): түзету салық салынатын табысты 90%-ға азайтады',
  "Tax Code No. 214-VIII: 15% on the part of the year's taxable income above the threshold":
    '№ 214-VIII ҚР Салық кодексі: жылдық салық салынатын табыстың шектен асқан бөлігіне 15%',
  'Tax Code No. 214-VIII: threshold of 8,500 MRP of taxable income a year':
    '№ 214-VIII ҚР Салық кодексі: жылына салық салынатын табыстың 8\u00a0500 АЕК шегі',
  'Social Code: compulsory pension contributions of the employer, 1.5% in 2024':
    'ҚР Әлеуметтік кодексі: жұмыс берушінің міндетті зейнетақы жарналары (ЖМЗЖ), 2024 жылы 1,5%',
  'Social Code: 2.5% in 2025': 'ҚР Әлеуметтік кодексі: 2025 жылы 2,5%',
  'Social Code: 3.5% in 2026': 'ҚР Әлеуметтік кодексі: 2026 жылы 3,5%',
  'Social Code: 4.5% in 2027': 'ҚР Әлеуметтік кодексі: 2027 жылы 4,5%',
  'Social Code: 5% from 2028': 'ҚР Әлеуметтік кодексі: 2028 жылдан бастап 5%',
  'Social Code: paid for employees born on or after 1 January 1975':
    'ҚР Әлеуметтік кодексі: 1975 жылғы 1 қаңтарда немесе одан кейін туған қызметкерлер үшін төленеді',
  'Social Code: social contributions, 3.5% in 2024':
    'ҚР Әлеуметтік кодексі: әлеуметтік аударымдар (ӘА), 2024 жылы 3,5%',
  'Social Code: 5% from 2025': 'ҚР Әлеуметтік кодексі: 2025 жылдан бастап 5%',
  'Social Code: base (income less OPV) at least 1 minimum wage':
    'ҚР Әлеуметтік кодексі: база (МЗЖ шегерілген табыс) кемінде 1 ЕТЖ',
  'Social Code: base at most 7 minimum wages': 'ҚР Әлеуметтік кодексі: база 7 ЕТЖ-дан аспайды',
  "Law on compulsory social health insurance: employer's deductions, 3%":
    '«Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңы: жұмыс берушінің МӘМС-ке аударымдары, 3%',
  'Law No. 206-VIII of 14.07.2025: base capped at 40 minimum wages from 2026':
    '2025 жылғы 14 шілдедегі № 206-VIII ҚР Заңы: 2026 жылдан бастап база 40 ЕТЖ-дан аспайды',
  'Tax Code (2017): social tax 9.5% of income less OPV and VOSMS, less social contributions':
    'ҚР Салық кодексі (2017): әлеуметтік салық (ӘС) — МЗЖ мен МӘМС-ке жарналар шегерілген табыстың 9,5%-ы, ' +
    'әлеуметтік аударымдар шегеріледі',
  'Tax Code (2017) as amended: 11% in 2025': 'ҚР Салық кодексі (2017), өзгерістерімен: 2025 жылы 11%',
  'Tax Code No. 214-VIII: 6%, social contributions no longer deducted':
    '№ 214-VIII ҚР Салық кодексі: 6%, әлеуметтік аударымдар енді шегерілмейді',
  'Tax Code (2017): social contributions are deducted from the social tax':
    'ҚР Салық кодексі (2017): әлеуметтік аударымдар әлеуметтік салықтан шегеріледі',
  'Tax Code No. 214-VIII: no deduction of social contributions':
    '№ 214-VIII ҚР Салық кодексі: әлеуметтік аударымдар шегерілмейді',

  'Official monthly salaries (tenge) of administrative civil servants of corps "B", local bodies, 2024.':
    '«Б» корпусы әкімшілік мемлекеттік қызметшілерінің лауазымдық айлықақылары (айына, теңге), жергілікті органдар, ' +
    '2024 жыл.',
  'Raises of official salaries announced in the Messages of the Head of State, with the date each took effect.':
    'Мемлекет басшысының Жолдауларында жарияланған лауазымдық айлықақыларды арттыру, әрқайсысының күшіне енген ' +
    'күнімен.',
  'Raises of official salaries of civil servants of local executive bodies as public reports give them, 2005-2026.':
    'Жергілікті атқарушы органдардың мемлекеттік қызметшілерінің лауазымдық айлықақыларын арттыру, ашық ' +
    'дереккөздер бойынша, 2005–2026 жылдар.',
  'Consumer price inflation in Kazakhstan, percent.': 'Қазақстандағы тұтыну бағаларының инфляциясы, пайызбен.',
  "Where a salary sits between a category's min and max, by length of service (years).":
    'Айлықақының санаттың ең төменгі және ең жоғары айлықақысы арасындағы орны, еңбек өтілі бойынша (жыл).',
  'Parameters with the date each value took effect.': 'Әр мәннің күшіне енген күні көрсетілген параметрлер.',
  'AN ILLUSTRATION, NOT OFFICIAL DATA: the staffing table of an imagined rural district akimat, made up for kzpay.':
    'МЫСАЛ, РЕСМИ ДЕРЕКТЕР ЕМЕС: kzpay үшін құрастырылған ойдан шығарылған ауылдық округ әкімдігінің штат кестесі.',
  [CONTRIBUTIONS_FIRST]:
    'Мемлекеттік қызметшінің еңбекақысы бойынша қызметкердің жарналары, жеке табыс салығы және жұмыс беруші ' +
    'аударымдары, әр мәннің күшіне енген күнімен; мән осы атаудың келесі жолына дейін қолданылады.',
};

/** The whole notes of the embedded data sets (`kzpay data NAME`), keyed by their English text as one paragraph. */
const NOTES: Readonly<Record<'ru' | 'kk', Words>> = {
  ru: {
    [GRID_NOTE]:
      'Месячные должностные оклады (тенге) административных государственных служащих корпуса «Б», местные ' +
      'органы, 2024 год. Дата источника: в статье таблица помечена «данные на 2024 год». По открытым источникам ' +
      'это могут быть уровни 2019 – середины 2021 года (до реформы местных исполнительных органов с ростом в 1,9 ' +
      'раза; три минимальных оклада ниже МЗП 2024 года, 85 000 тенге): выводы, зависящие от самого уровня (порог ' +
      'МЗП), читайте с этой оговоркой. `effective` — дата, на которую действуют эти оклады (как указано в статье). ' +
      'Источник: таблица 1 статьи Ж. Абузяровой «Совершенствование системы мотивации государственных служащих ' +
      'Республики Казахстан», «с учётом повышения, данные на 2024 год». `min` — оклад при наименьшем стаже, `max` — ' +
      'при наибольшем. `tier` — уровень управления для правила шагов 12% / 32% (высший — руководитель и его ' +
      'заместители, средний — руководитель подразделения или сектора, низовой — эксперты и специалисты). В статье ' +
      'уровней нет: они следуют должностям, которые Указ Президента РК № 150 от 29.12.2015 называет для каждой ' +
      'категории, и являются допущением этого набора данных. Максимальный оклад E-5 в источнике неразборчив ' +
      '(«89 901 12...»), поэтому не заполнен. `title_ru`, `title_kk`: наименования должностей на русском и ' +
      'казахском языках в переводе проекта (не официальные тексты).',
    [RAISES_NOTE]:
      'Повышения должностных окладов, объявленные в Посланиях Главы государства, с датой вступления каждого в ' +
      'силу. 2005–2023: таблица 2 статьи Ж. Абузяровой «Совершенствование системы мотивации государственных ' +
      'служащих Республики Казахстан», как их даёт статья. 2026: ответ Премьер-Министра на депутатский запрос, ' +
      'по сообщению Казинформа в марте 2026 года (+16% с 1 января 2026 года исполнительскому составу низового и ' +
      'среднего звена, около 83 000 человек). Диапазон вроде 25-30 означает, что повышение менялось в его ' +
      'пределах. Охват (`scope`): все (`all`) или условия по столбцам схемы окладов через «;» (строка в охвате, ' +
      'если выполнено любое условие). Осторожно: открытые источники за 2019–2023 годы расходятся со статьёй (см. ' +
      'raises-reported-local.csv): повышение 2019 года получил низовой персонал местных органов (в среднем 25%); ' +
      'местные исполнительные органы получили рост примерно в 1,9 раза с 1 июля 2021 года и не получали общего ' +
      'повышения в 2022–2023 годах («20% в год в 2022–2025 годах» — программа для гражданских служащих бюджетной ' +
      'сферы).',
    [REPORTED_NOTE]:
      'Повышения должностных окладов государственных служащих местных исполнительных органов по открытым ' +
      'источникам, 2005–2026 годы. Альтернатива raises.csv (таблица 2 статьи) за 2019–2023 годы; более ' +
      'ранние строки те же. 2019: вице-министр финансов (vlast.kz, 2019): низовой персонал местных органов, около ' +
      '78 000 человек, в среднем +25% с 1 июня 2019 года (перенесено с 1 июля). 2021: Премьер-Министр (kt.kz, 14 ' +
      'июля 2021 года): «зарплаты 82 тысяч госслужащих ... с 1 июля в 1,9 раза — для работников местных ' +
      'исполнительных органов» (в среднем: новая факторно-балльная шкала изменила оклад каждой должности на свой ' +
      'коэффициент). Общего повышения местным органам в 2022–2025 годах не найдено. 2026: ответ Премьер-Министра ' +
      'на депутатский запрос (Казинформ, март 2026 года).',
    [CPI_NOTE]:
      'Инфляция потребительских цен в Казахстане, процентов. Строка, период которой — год (2024), даёт декабрь к ' +
      'декабрю; строка, период которой — месяц (2024-03), даёт этот месяц к предыдущему. Месячные строки: Бюро ' +
      'национальной статистики (ИПЦ, предыдущий месяц = 100, минус 100). 2011–2025 годы: Бюро национальной ' +
      'статистики. 2005–2006 годы: Национальный банк (декабрь к декабрю). 2004 и 2007–2010 годы: МВФ, ' +
      '«Перспективы развития мировой экономики», на конец периода. Месячные строки 2023 года в произведении дают ' +
      '10,1%, годовая строка — 9,8%: верна годовая строка (см. спецификацию). С января 2026 года Бюро частично ' +
      'использует фискальные данные (изменение методики). 2026–2031 годы: прогнозы МВФ (обновление по стране от ' +
      '29.09.2025), помечены как прогноз (`status=projection`).',
    [SENIORITY_NOTE]:
      'Положение оклада между минимальным и максимальным окладом категории по стажу (лет). Границы ступеней ' +
      'следуют столбцам стажа казахстанских таблиц коэффициентов для гражданских служащих (до 1 года, 1-2, 2-3, ' +
      '3-5, 5-7, 7-9, 9-11, 11-14, 14-17, 17-20, свыше 20). Таблица корпуса «Б» не опубликована, поэтому доли ' +
      '(0 = `min`, 1 = `max`) — равные шаги: это допущение. Замените этот файл таблицей самого постановления, когда ' +
      'она будет под рукой.',
    [PARAMS_NOTE]:
      'Параметры с датой вступления в силу каждого значения. Источники: базовый должностной оклад (БДО): ' +
      'постановление Правительства РК № 1193 от 31.12.2015, п. 1 (17 697 тенге, без изменений с 2016 года по ' +
      'статье Абузяровой; постановление касается гражданских служащих бюджетной сферы). Минимальная заработная ' +
      'плата (МЗП, `min_wage`) и месячный расчётный показатель (МРП, `mrp`): законы о республиканском бюджете ' +
      'каждого года и сообщения Правительства. Значение действует до следующей строки с тем же именем.',
    [CONTRIBUTIONS_NOTE]:
      'Взносы работника, индивидуальный подоходный налог и начисления работодателя с оплаты труда государственного ' +
      'служащего, с датой вступления в силу каждого значения; значение действует до следующей строки с тем же ' +
      'именем. Суммы, заданные в МРП или минимальных заработных платах (МЗП), умножаются на `mrp` и `min_wage` ' +
      'набора данных «параметры», действующие в этом месяце. Ставки — доли (0,1 = 10%). Источники: Социальный ' +
      'кодекс РК (1 июля 2023 года); Закон РК «Об обязательном социальном медицинском страховании» в редакции ' +
      'Закона РК № 206-VIII от 14.07.2025; Налоговый кодекс РК 2017 года (до 2025 года) и Налоговый кодекс РК ' +
      '№ 214-VIII от 18.07.2025 (с 2026 года); по материалам налогового бюллетеня PwC Казахстан № 257 (январь ' +
      '2025 года), EY и Moore Казахстан о Налоговом кодексе 2026 года, Департамента государственных доходов по ' +
      'Восточно-Казахстанской области (февраль 2026 года) и Единого накопительного пенсионного фонда (ЕНПФ). ' +
      'Достоверность: отмена с 2026 года корректировки облагаемого дохода на 90% для доходов меньше 25 МРП ' +
      'известна по открытым калькуляторам заработной платы, а не по первичному источнику (средняя). То, что ' +
      'государственные органы уплачивают начисления работодателя (ОПВР, СО, ООСМС, СН), основано на спецификах ' +
      '116, 121, 122 и 124 экономической классификации расходов бюджета (средняя). Уменьшение базы социального ' +
      'налога на ВОСМС — средняя достоверность.',
    [STAFFING_NOTE]:
      'ПРИМЕР, НЕ ОФИЦИАЛЬНЫЕ ДАННЫЕ: штатное расписание вымышленного акимата сельского округа, составленное для ' +
      'kzpay. Должности взяты из категорий встроенной схемы окладов (E-R: исполнительные органы района, включая ' +
      'акима сельского округа; E-G: аппараты акимов сельских округов); подразделения, численность и стаж ' +
      'вымышлены. `headcount` — занятые должности (по умолчанию 1); `experience` — стаж в годах на дату схемы ' +
      '(по умолчанию 0), неизменный; пустой `salary` — `min` + доля(стаж) × (`max` − `min`) по схеме; пустой ' +
      '`savings_salaries` — по группе (--savings auto: 2,8 месячного оклада в год для группы E, по статье). ' +
      'Отредактируйте копию и передайте её в `kzpay fund FILE`.',
  },
  kk: {
    [GRID_NOTE]:
      '«Б» корпусы әкімшілік мемлекеттік қызметшілерінің лауазымдық айлықақылары (айына, теңге), жергілікті ' +
      'органдар, 2024 жыл. Дереккөздің күні: мақалада кесте «2024 жылғы деректер» деп белгіленген. Ашық ' +
      'дереккөздерге қарағанда, бұл 2019 жыл мен 2021 жылдың ортасы аралығындағы деңгейлер болуы мүмкін ' +
      '(жергілікті атқарушы органдарда 1,9 есе өсірген реформаға дейін; үш ең төменгі айлықақы 2024 жылғы ЕТЖ-дан, ' +
      '85 000 теңгеден төмен): деңгейдің өзіне тәуелді қорытындыларды (ЕТЖ шегі) осыны ескеріп оқыңыз. ' +
      '`effective` — осы айлықақылар қолданылатын күн (мақалада көрсетілгендей). Дереккөз: Ж. Абузярованың ' +
      '«Қазақстан Республикасы мемлекеттік қызметшілерін ынталандыру жүйесін жетілдіру» мақаласының 1-кестесі, ' +
      '«арттыруды ескергенде, 2024 жылғы деректер». `min` — ең аз еңбек өтіліндегі айлықақы, `max` — ең көп ' +
      'өтілдегі. `tier` — 12% / 32% қадам ережесі үшін басқару деңгейі (жоғары — басшы және оның орынбасарлары, ' +
      'орта — бөлімше немесе сектор басшысы, төменгі — сарапшылар мен мамандар). Мақалада деңгейлер жоқ: олар ' +
      'ҚР Президентінің 2015 жылғы 29 желтоқсандағы № 150 Жарлығы әр санат үшін атаған лауазымдарға сүйенеді және ' +
      'осы деректер жинағының жорамалы болып табылады. E-5 санатының ең жоғары айлықақысы дереккөзде анық емес ' +
      '(«89 901 12...»), сондықтан бос қалдырылды. `title_ru`, `title_kk`: лауазымдардың орыс және қазақ тіліндегі ' +
      'атаулары, жобаның аудармасы (ресми мәтін емес).',
    [RAISES_NOTE]:
      'Мемлекет басшысының Жолдауларында жарияланған лауазымдық айлықақыларды арттыру, әрқайсысының күшіне енген ' +
      'күнімен. 2005–2023 жылдар: Ж. Абузярованың «Қазақстан Республикасы мемлекеттік қызметшілерін ынталандыру ' +
      'жүйесін жетілдіру» мақаласының 2-кестесі, мақалада берілгендей. 2026 жыл: Премьер-Министрдің депутаттық ' +
      'сауалға жауабы, Қазинформ 2026 жылғы наурызда хабарлаған (2026 жылғы 1 қаңтардан бастап төменгі және орта ' +
      'буынның атқарушы қызметкерлеріне +16%, шамамен 83 000 адам). 25-30 сияқты аралық арттыру осы шекте ' +
      'өзгергенін білдіреді. Қамту (`scope`): барлығы (`all`) немесе лауазымдық айлықақылар схемасының бағандары ' +
      'бойынша «;» арқылы біріктірілген шарттар (кез келген шарт орындалса, жол қамтуға кіреді). Абай болыңыз: ' +
      '2019–2023 жылдар үшін ашық дереккөздер мақаладан өзгеше (raises-reported-local.csv қараңыз): 2019 жылғы ' +
      'арттыру жергілікті органдардың төменгі буын қызметкерлеріне берілді (орта есеппен 25%); жергілікті ' +
      'атқарушы органдар 2021 жылғы 1 шілдеден бастап шамамен 1,9 есе өсім алды, ал 2022–2023 жылдары жалпы ' +
      'арттыру болмады («2022–2025 жылдары жылына 20%» — бюджет саласының азаматтық қызметшілеріне арналған ' +
      'бағдарлама).',
    [REPORTED_NOTE]:
      'Жергілікті атқарушы органдардың мемлекеттік қызметшілерінің лауазымдық айлықақыларын арттыру, ашық ' +
      'дереккөздер бойынша, 2005–2026 жылдар. 2019–2023 жылдар үшін raises.csv (мақаланың 2-кестесі) ' +
      'орнына балама; бұрынғы жолдар бірдей. 2019 жыл: Қаржы вице-министрі (vlast.kz, 2019): жергілікті ' +
      'органдардың төменгі буын қызметкерлері, шамамен 78 000 адам, 2019 жылғы 1 маусымнан бастап орта есеппен ' +
      '+25% (1 шілдеден ауыстырылған). 2021 жыл: Премьер-Министр (kt.kz, 2021 жылғы 14 шілде): «82 мың ' +
      'мемлекеттік қызметшінің жалақысы ... 1 шілдеден бастап 1,9 есе — жергілікті атқарушы органдардың ' +
      'қызметкерлеріне» (орташа: жаңа факторлық-балдық шкала әр лауазымды өз коэффициентімен өзгертті). 2022–2025 ' +
      'жылдары жергілікті органдарда жалпы арттыру табылмады. 2026 жыл: Премьер-Министрдің депутаттық сауалға ' +
      'жауабы (Қазинформ, 2026 жылғы наурыз).',
    [CPI_NOTE]:
      'Қазақстандағы тұтыну бағаларының инфляциясы, пайызбен. Кезеңі жыл (2024) болатын жол желтоқсанның ' +
      'желтоқсанға қатынасын береді; кезеңі ай (2024-03) болатын жол сол айдың алдыңғы айға қатынасын береді. ' +
      'Айлық жолдар: Ұлттық статистика бюросы (ТБИ, алдыңғы ай = 100, минус 100). 2011–2025 жылдар: Ұлттық ' +
      'статистика бюросы. 2005–2006 жылдар: Ұлттық Банк (желтоқсанға қарағанда желтоқсан). 2004 және 2007–2010 ' +
      'жылдар: ХВҚ, «Әлемдік экономиканың даму болжамы», кезең соңына. 2023 жылғы айлық жолдардың көбейтіндісі ' +
      '10,1%, жылдық жол — 9,8%: жылдық жол сақталады (спецификацияны қараңыз). 2026 жылғы қаңтардан бастап Бюро ' +
      'ішінара фискалдық деректерді пайдаланады (әдістеме өзгерісі). 2026–2031 жылдар: ХВҚ болжамдары (2025 жылғы ' +
      '29 қыркүйектегі ел бойынша жаңарту), болжам ретінде белгіленген (`status=projection`).',
    [SENIORITY_NOTE]:
      'Айлықақының санаттың ең төменгі және ең жоғары айлықақысы арасындағы орны, еңбек өтілі бойынша (жыл). ' +
      'Сатылардың шекаралары Қазақстанның азаматтық қызметшілерге арналған коэффициенттер кестелеріндегі еңбек ' +
      'өтілі бағандарына сүйенеді (1 жылға дейін, 1-2, 2-3, 3-5, 5-7, 7-9, 9-11, 11-14, 14-17, 17-20, 20-дан ' +
      'жоғары). «Б» корпусының кестесі жарияланбаған, сондықтан үлестер (0 = `min`, 1 = `max`) тең қадамдар: бұл ' +
      'жорамал. Қаулының өз кестесі қолыңызда болғанда, осы файлды соған ауыстырыңыз.',
    [PARAMS_NOTE]:
      'Әр мәннің күшіне енген күні көрсетілген параметрлер. Дереккөздер: базалық лауазымдық айлықақы (БЛА): ҚР ' +
      'Үкіметінің 2015 жылғы 31 желтоқсандағы № 1193 қаулысы, 1-тармақ (17 697 теңге, Абузярованың мақаласы ' +
      'бойынша 2016 жылдан бері өзгермеген; қаулы бюджет саласының азаматтық қызметшілеріне қатысты). Ең төменгі ' +
      'жалақы (ЕТЖ, `min_wage`) және айлық есептік көрсеткіш (АЕК, `mrp`): әр жылғы республикалық бюджет туралы ' +
      'заңдар және Үкімет хабарламалары. Мән осы атаудың келесі жолына дейін қолданылады.',
    [CONTRIBUTIONS_NOTE]:
      'Мемлекеттік қызметшінің еңбекақысы бойынша қызметкердің жарналары, жеке табыс салығы және жұмыс беруші ' +
      'аударымдары, әр мәннің күшіне енген күнімен; мән осы атаудың келесі жолына дейін қолданылады. АЕК-пен ' +
      'немесе ең төменгі жалақымен (ЕТЖ) берілген сомалар «параметрлер» деректер жинағының сол айда қолданыстағы ' +
      '`mrp` және `min_wage` мәндеріне көбейтіледі. Мөлшерлемелер — үлестер (0,1 = 10%). Дереккөздер: ҚР ' +
      'Әлеуметтік кодексі (2023 жылғы 1 шілде); 2025 жылғы 14 шілдедегі № 206-VIII ҚР Заңымен өзгертілген ' +
      '«Міндетті әлеуметтік медициналық сақтандыру туралы» ҚР Заңы; 2017 жылғы ҚР Салық кодексі (2025 жылға ' +
      'дейін) және 2025 жылғы 18 шілдедегі № 214-VIII ҚР Салық кодексі (2026 жылдан бастап); PwC Қазақстанның ' +
      '№ 257 салық бюллетені (2025 жылғы қаңтар), EY мен Moore Қазақстанның 2026 жылғы Салық кодексі туралы ' +
      'материалдары, Шығыс Қазақстан облысы бойынша Мемлекеттік кірістер департаменті (2026 жылғы ақпан) және ' +
      'Бірыңғай жинақтаушы зейнетақы қоры (БЖЗҚ) бойынша. Сенімділік: 25 АЕК-тен аз табыс үшін салық салынатын ' +
      'табысты 90%-ға түзетудің 2026 жылдан бастап алынып тасталғаны бастапқы дереккөзден емес, ашық жалақы ' +
      'калькуляторларынан белгілі (орташа). Мемлекеттік органдардың жұмыс беруші аударымдарын (ЖМЗЖ, ӘА, МӘМС-ке ' +
      'аударымдар, ӘС) төлейтіні бюджет шығыстарының экономикалық сыныптамасының 116, 121, 122 және 124 ' +
      'ерекшеліктеріне сүйенеді (орташа). Әлеуметтік салық базасының МӘМС-ке жарналарға азайтылуы — орташа ' +
      'сенімділік.',
    [STAFFING_NOTE]:
      'МЫСАЛ, РЕСМИ ДЕРЕКТЕР ЕМЕС: kzpay үшін құрастырылған ойдан шығарылған ауылдық округ әкімдігінің штат ' +
      'кестесі. Лауазымдар кірістірілген схеманың санаттарынан алынған (E-R: ауданның атқарушы органдары, ауылдық ' +
      'округ әкімін қоса; E-G: ауылдық округтер әкімдерінің аппараттары); бөлімшелер, адам саны және еңбек өтілі ' +
      'ойдан шығарылған. `headcount` — толтырылған лауазымдар (әдепкі 1); `experience` — схема күніндегі еңбек ' +
      'өтілі, жылмен (әдепкі 0), өзгермейді; бос `salary` — схема бойынша `min` + үлес(өтіл) × (`max` − `min`); ' +
      'бос `savings_salaries` — топ бойынша (--savings auto: E тобы үшін жылына 2,8 айлық айлықақы, мақала ' +
      'бойынша). Көшірмесін түзетіп, `kzpay fund FILE` командасына беріңіз.',
  },
};

const WORDS: Readonly<Record<Exclude<Language, 'en'>, Words>> = { ru: RU, kk: KK };

/** A text of the data sets in a language: the entry for it, a law named by its pattern, else the text as it is. */
export function dataWord(text: string, language: Language): string {
  if (language === 'en') return text;
  const words = WORDS[language];
  if (Object.hasOwn(words, text)) return words[text];
  return budgetLaw(text, language) ?? announcement(text, language) ?? note(text, language) ?? text;
}

/** Whether a language's data words know a text (by entry or by pattern): for the test of the embedded texts. */
export function knowsDataWord(text: string, language: Exclude<Language, 'en'>): boolean {
  return dataWord(text, language) !== text;
}

const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const BUDGET_LAW = new RegExp(
  '^Law on the republican budget for (\\d{4})(?:-(\\d{4}))?' +
    '(?: of (\\d{1,2}) ([A-Z][a-z]+) (\\d{4}))?(?:, art\\. (\\d+))?( \\(unchanged\\))?$',
);

/**
 * A budget law as the params name it: `Law on the republican budget for 2024`, `..., art. 8`,
 * `... for 2026-2028 of 8 December 2025 (unchanged)`; worded as the law's own title in the language.
 */
function budgetLaw(text: string, language: 'ru' | 'kk'): string | undefined {
  const m = BUDGET_LAW.exec(text);
  if (!m) return undefined;
  const [, from, to, day, monthName, year, article, unchanged] = m;
  const month = monthName === undefined ? -1 : EN_MONTHS.indexOf(monthName);
  if (monthName !== undefined && month < 0) return undefined;
  if (language === 'ru') {
    const years = to ? `на ${from}–${to} годы` : `на ${from} год`;
    const dated = day ? ` от ${day} ${RU_MONTHS_GENITIVE[month]} ${year} года` : '';
    return `Закон РК «О республиканском бюджете ${years}»${dated}${article ? `, ст. ${article}` : ''}${
      unchanged ? ' (без изменений)' : ''
    }`;
  }
  const years = to ? `${from}–${to} жылдарға` : `${from} жылға`;
  const dated = day ? `${year} жылғы ${day} ${kazakhMonth(month + 1, 'of')} ` : '';
  return `${dated}«${years} арналған республикалық бюджет туралы» ҚР Заңы${article ? `, ${article}-бап` : ''}${
    unchanged ? ' (өзгеріссіз)' : ''
  }`;
}

/** `Message 2005` (where a raise was announced): the Message of the Head of State of that year. */
function announcement(text: string, language: 'ru' | 'kk'): string | undefined {
  const m = /^Message (\d{4})$/.exec(text);
  if (!m) return undefined;
  return language === 'ru' ? `Послание ${m[1]}` : `${m[1]} жылғы Жолдау`;
}

/** A data set's whole note (what `kzpay data NAME` prints), by its first sentence. */
function note(text: string, language: 'ru' | 'kk'): string | undefined {
  const notes = NOTES[language];
  return Object.hasOwn(notes, text) ? notes[text] : undefined;
}
