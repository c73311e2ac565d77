#!/usr/bin/env python3
"""An independent recomputation of the CPI-deflated figures in the golden cases (SPEC §2), in 50-digit decimals.

It shares no code with kzpay: it reads systems/kz/cpi.csv itself, builds each year's twelve monthly factors by the
spec's rule (the monthly factors scaled so that their product is the yearly factor; missing months filled evenly),
and prints the figures that test/cases/README.md lists as checked "by hand-check.py". Run from the repository root:
python3 test/cases/hand-check.py
"""
import csv
from decimal import Decimal as D, getcontext

getcontext().prec = 50
yearly, monthly = {}, {}
with open('systems/kz/cpi.csv', encoding='utf-8') as f:
    for period, pct, *_ in list(csv.reader(line for line in f if not line.startswith('#')))[1:]:
        if len(period) == 4:
            yearly[int(period)] = D(pct)
        else:
            monthly[(int(period[:4]), int(period[5:]))] = D(pct)


def root(x, n):
    return (x.ln() / n).exp()


def factors(year):
    """The twelve monthly price factors of a year."""
    target = 1 + yearly[year] / 100
    given = {m: 1 + monthly[(year, m)] / 100 for m in range(1, 13) if (year, m) in monthly}
    product = D(1)
    for g in given.values():
        product *= g
    if len(given) == 12:
        k = root(target / product, 12)
        return [given[m] * k for m in range(1, 13)]
    fill = root(target / product, 12 - len(given))
    return [given.get(m, fill) for m in range(1, 13)]


def level(year, month):
    """P at the end of a month, with P(December 2003) = 1."""
    p = D(1)
    for y in range(2004, year):
        for f in factors(y):
            p *= f
    for f in factors(year)[:month]:
        p *= f
    return p


def real(amount, year, month):
    """An amount of a month in the prices of January 2024 (the default price month)."""
    return amount * level(2024, 1) / level(year, month)


def avg_real_factor(year):
    return sum(real(D(1), year, m) for m in range(1, 13)) / 12


def show(label, value):
    print(f'{label:58} {value.quantize(D("0.01"))}')


# salary/e-g-4-*: E-G-4 with seniority, levels from test/commands/salary.test.ts
show('E-G-4 2024 salary_real (62 461)', real(D(62461), 2024, 12))
show('E-G-4 2025 salary_real (64 626.40)', real(D('64626.40'), 2025, 12))
show('E-G-4 2026 salary_real (77 478.488)', real(D('77478.488'), 2026, 12))
show('E-G-4 2024 earnings_real (12 x 62 461)', sum(real(D(62461), 2024, m) for m in range(1, 13)))
show('E-G-4 2025 earnings_real (12 x 64 626.40)', sum(real(D('64626.40'), 2025, m) for m in range(1, 13)))
show('E-G-4 2026 earnings_real (12 x 77 478.488)', sum(real(D('77478.488'), 2026, m) for m in range(1, 13)))
# salary/e-g-4-from-2015-csv: 62 461 with the raises of 2016-2023 divided out
s2015 = D(62461) / (D('1.3') * D('1.275') * D('1.3') * D('1.2') * D('1.2'))
show('E-G-4 2015 salary_real (62 461 / 3.10284)', real(s2015, 2015, 12))
s2019 = D(62461) / (D('1.3') * D('1.2') * D('1.2'))
levels2019 = [s2019 / D('1.275')] * 5 + [s2019] * 7  # the 25-30% raise of 2019-06-01 at its midpoint
show('E-G-4 2019 earnings_real (mid range)', sum(real(x, 2019, m) for m, x in zip(range(1, 13), levels2019)))
show('E-G-4 2023 salary_real (62 461)', real(D(62461), 2023, 12))
# salary/experience-decimal-comma-csv: 1.5 years, share 0.1 to June, 0.2 from July
levels = [D('64626.40')] * 6 + [D('66791.80')] * 6
show('E-G-4 --experience 1.5 2024 earnings_real', sum(real(x, 2024, m) for m, x in zip(range(1, 13), levels)))
# fund: a year's real total is its nominal total times the average of the twelve months' real factors
show('fund example 2024 total_real (70 315 790.08)', D('70315790.08') * avg_real_factor(2024))
show('fund example 2025 total_real (70 315 790.08)', D('70315790.08') * avg_real_factor(2025))
show('fund example 2026 total_real (77 535 804.6464)', D('77535804.6464') * avg_real_factor(2026))
show("fund atyrau 2024 total_real, '000 (4 639 692 859.4688)", D('4639692859.4688') * avg_real_factor(2024) / 1000)
