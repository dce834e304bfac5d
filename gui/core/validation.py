"""The ranges every number must fall in, whoever gives it: the user (quantity, exchange rates, departure, validity)
or a workbook (amounts, days, distances, rates); and the one check over each priced route's figures.

Inside these ranges every figure a quote works out is finite and every date it reaches exists, so pricing needs
no guards of its own; a figure that is still not finite is an error, never a price.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import TYPE_CHECKING, Iterable


from . import quote_messages as qmsg
from .errors import InputError
from .messages import RATE, Figure, Message, Verbatim

if TYPE_CHECKING:
    from .model import Tables

# ---------------------------------------------------------------- from the user

# digits grouped by commas, in thousands (12,500; 1,000,000) or as Pakistan writes lakhs and crores (1,00,000)
_GROUPED = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{2},\d{3})$")
# digits grouped by points, as Russian and Kazakh often write thousands (1.500.000): two points or more
_POINT_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3}){2,}$")
# spaces, apostrophes (1'500, 1’500) and the Arabic thousands separator (١٬٥٠٠) only group figures
_SPACES = re.compile(r"[\s\u00a0\u202f'\u2019\u066c]")
_ONE_GROUP = re.compile(r"[+-]?[1-9]\d{0,2}[,.]\d{3}")
# figures a space (or an apostrophe) parts that are not a group of three: "2 40", "12 5" are no number
_LOOSE_GROUP = re.compile(r"(?<=\d)[\s\u00a0\u202f'\u2019\u066c]+(?=\d)(?!\d{3}(?!\d))")
_ARABIC_DECIMAL = "\u066b"  # ١٫٥: a decimal separator, never a thousands one


def ascii_digits(text: str) -> str:
    """Figures of any script as 0–9 (Arabic-Indic ۵۰۰ as Urdu types them, ٥٠٠, full-width ５００), the Arabic
    decimal separator as a point and the minus sign (−5, as the quote prints a change) as a hyphen: what the rules
    below and a message then show."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else
                   "." if c == _ARABIC_DECIMAL else "-" if c == "\u2212" else c for c in text)


def ambiguous_separator(text: str, *, points: bool = True) -> tuple[str, str] | None:
    """What a typed "1,500" or "1.500" may mean, (decimal, thousands) = ("1.5", "1500"): one comma or one point
    after one to three figures (not a nought) and before exactly three is a decimal separator in one language and
    a thousands separator in another (English and Urdu write 1,500 for fifteen hundred and 1.5 for one and a
    half; Russian and Kazakh write 1,5 and often 1.500); None for any other text. An Arabic separator (١٬٥٠٠,
    ١٫٥) says which it is and is never asked about. ``points=False`` asks about a comma only: an exchange rate is
    written to three or four decimals with a point in every rate sheet (505.125 KZT per USD), and a rate a
    thousand times the table's either way is refused, any more than a fifth away flagged (FX_WARN)."""
    if _ARABIC_DECIMAL in text:
        return None
    typed = _SPACES.sub("", ascii_digits(text))
    if not _ONE_GROUP.fullmatch(typed) or (not points and "," not in typed):
        return None
    whole, part = re.split(r"[,.]", typed.lstrip("+"))
    return f"{whole}.{part}".rstrip("0").rstrip("."), whole + part


def as_saved(value):
    """A figure saved as typed (a quote, the last run's request or terms) by a version that read one point before
    three figures as a decimal point ("1.500", priced as 1.5 t): that reading, so that what was saved prices and
    shows as it did rather than being asked about; anything else as it is."""
    if isinstance(value, str) and "," not in value:
        ambiguous = ambiguous_separator(value)
        if ambiguous is not None:
            return ambiguous[0]
    return value


def number_text(text: str) -> str:
    """A number as typed or written in any of the interface languages, as Python reads it: figures of any script
    made 0–9, spaces and thousands separators dropped, a decimal comma made a point. "1,000" and "12,500" are
    thousands (as English and Urdu write them, and as the quote then shows them), "1,5" and "0,750" a decimal
    comma (as Russian and Kazakh do), "1.500.000" thousands grouped by points; where both a comma and a point
    appear, the last is the decimal one ("1.234,5", "1,234.5"). Where one separator before three figures may be
    either ("1,500", "1.500") the reader asks first (``ambiguous_separator``). A space groups thousands only
    before three figures: "2 40" (two forties, the unit left out) and "12 5" are returned as typed, no number,
    not read as 240 and 125."""
    text = ascii_digits(text)
    if _LOOSE_GROUP.search(text):
        return text
    text = _SPACES.sub("", text)
    if "," in text and "." in text:
        last_point = text.rfind(".") > text.rfind(",")
        return text.replace(",", "") if last_point else text.replace(".", "").replace(",", ".")
    if "," in text:
        grouped = _GROUPED.match(text) and not text.lstrip("+-").startswith("0")
        return text.replace(",", "") if grouped else text.replace(",", ".", 1) if text.count(",") == 1 else text
    if _POINT_GROUPED.match(text):
        return text.replace(".", "")
    return text


MIN_TONNES = 0.001  # one kilogram: below it there is nothing to carry
MAX_TONNES = 2_000_000.0  # several times a year of Kazakh crude to Pakistan: more is a typing error
FX_WARN = 0.2  # a rate set for a quote this far from the table's is flagged as a likely typo
FX_FACTOR = 1000.0  # ... and one more than this many times above or below it is refused
VALIDITY_DAYS = (1, 365)  # a quote stays valid for this many days
STALE_DAYS = (0, 3650)  # figures older than this many days are pointed out
DEPARTURE_YEARS = 5  # a departure may lie this far before or after the dates the tables' rates carry
# the commercial terms (gui/core/terms.py); inside them a price's exact decimals stay far below 28 digits
INSURED_PCT = (100.0, 200.0)  # insured value, % of the value insured: CIF and CIP ask at least 110 % (ICC's
#   value plus a tenth), insurers rarely cover more than twice the value (no insurable interest beyond it); with
#   the premium at most 10 %, rate × insured stays at most 20 %, far from the 100 % where the gross-up r × i ÷
#   (1 − r × i) divides by zero
MARGIN_PCT = 100.0  # a seller's margin, % of its costs: traders take a few per cent; more than its costs is a typo
GOODS_USD_PER_T = 1_000_000.0  # goods (or a margin) per tonne, in US dollars: 5,000 times wheat, above any
#   cargo a corridor carries by the tonne

# ---------------------------------------------------------------- from the workbooks (see sheets.SCHEMAS)

DAYS = 365.0  # days of one leg or one stop
THROUGHPUT_PER_DAY = 10_000_000.0  # what a stop passes a day, in its unit (the largest ports pass ~1.5 Mt)
KM = 25_000.0  # one leg (the longest sea leg of the bundled tables is 7,920 km)
AMOUNT = 1e9  # one rate or fee, in its own currency
UNITS_PER_USD = (1e-4, 1e8)  # a currency's units per US dollar (the dinar 0.3, the Iranian rial 1e6)
DENSITY = 25.0  # t/m³ (osmium is 22.6)
PAYLOAD_T = 10_000_000.0  # a unit's payload (a pipeline's monthly batch is 1e6 t)
VOLUME_M3 = 10_000_000.0
TEU = 10.0
EMISSION_FACTOR = 100_000.0  # g CO2e per t·km, or kg per t at a hub
GAUGE_MM = (500, 2000)
FIRST_DATE, LAST_DATE = dt.date(1950, 1, 1), dt.date(2100, 12, 31)  # any date in a workbook


def check_tonnes(tonnes: float) -> None:
    if not tonnes >= MIN_TONNES:  # also refuses NaN
        raise InputError("quantity", Message(qmsg.TOO_LITTLE, tonnes=Figure(tonnes, ".3g"),
                                             limit=Figure(MIN_TONNES * 1000, ".0f")))
    if tonnes > MAX_TONNES:
        raise InputError("quantity", Message(qmsg.TOO_MUCH, tonnes=Figure(tonnes, ",.10g"),  # 1e+300, not 301 digits
                                             limit=Figure(MAX_TONNES)))


def check_fx_override(currency: str, units_per_usd: float, table_units_per_usd: float) -> None:
    """A rate the user set for a quote: finite, positive, and within FX_FACTOR of the table's either way."""
    if not math.isfinite(units_per_usd) or units_per_usd <= 0:
        raise InputError("fx", Message(qmsg.RATE_NOT_POSITIVE, currency=Verbatim(currency),
                                       number=Figure(units_per_usd, "g")))
    ratio = units_per_usd / table_units_per_usd
    if not 1 / FX_FACTOR <= ratio <= FX_FACTOR:
        raise InputError("fx", Message(qmsg.RATE_TOO_FAR, currency=Verbatim(currency),
                                       rate=Figure(units_per_usd, ",.10g"),  # 1e+308, not 309 digits
                                       table=Figure(table_units_per_usd, RATE),
                                       factor=Figure(FX_FACTOR, ",.0f")))


def check_valid_days(days: int) -> int:
    low, high = VALIDITY_DAYS
    if not low <= days <= high:
        raise InputError("valid_days", Message(qmsg.VALIDITY_RANGE, days=Figure(days, ".0f"), low=Figure(low, ".0f"),
                                               high=Figure(high, ".0f")))
    return days


def check_stale_days(days: int) -> int:
    low, high = STALE_DAYS
    if not low <= days <= high:
        raise InputError("stale_after", Message(qmsg.STALE_RANGE, days=Figure(days, ".0f"), low=Figure(low, ".0f"),
                                                high=Figure(high, ".0f")))
    return days


def departure_window(tables: Tables) -> tuple[dt.date, dt.date]:
    """The departures the tables can price: DEPARTURE_YEARS either side of the dates their rates carry."""
    dates = [rate.as_of for rate in tables.fx if rate.as_of.year > 1970]  # not the implied USD row
    dates += [day for rows in (tables.leg_rates, tables.node_fees) for row in rows
              for day in (row.valid_from, row.valid_to) if day is not None]
    first, last = (min(dates), max(dates)) if dates else (dt.date.today(), dt.date.today())
    return _years_from(first, -DEPARTURE_YEARS), _years_from(last, DEPARTURE_YEARS)


def _years_from(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=28 if day.month == 2 and day.day == 29 else day.day)


def check_departure(day: dt.date, window: tuple[dt.date, dt.date]) -> None:
    first, last = window
    if not first <= day <= last:
        raise InputError("departure", Message(qmsg.DEPARTURE_RANGE, date=day, first=first, last=last,
                                              years=Figure(DEPARTURE_YEARS, ".0f")))


# ---------------------------------------------------------------- after pricing

_FIGURES = ("cost", "cost_per_tonne", "days_min", "days_typical", "days_max", "km", "co2e_kg")


def check_route_figures(routes: Iterable) -> None:
    """Every figure of every priced route is a finite number (or, for money, absent where a tariff is missing)."""
    for route in routes:
        for name in _FIGURES:
            value = getattr(route, name)
            if value is not None and not math.isfinite(value):
                raise InputError("quantity", Message(qmsg.FIGURE_NOT_FINITE, route=route.corridor,
                                                     figure=Verbatim(name)))
