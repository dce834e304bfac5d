"""One way to write money, days, tonnes and CO2e for people, used by the window, the CLI and documents.

Separators follow a number style that the window sets from the interface language's locale (a Russian
reader sees ``40 098,5``, an English one ``40,098.5``); the CLI and machine-readable output keep the
default English style so scripts can parse them.
"""
from __future__ import annotations

import math
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from .messages import QT_TRANSLATE_NOOP, RATE, Figure, signed

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€"}

_style = {"group": ",", "decimal": ".", "rtl": False}
# Unicode isolates: inside right-to-left text, a run between LRI (or FSI, for a name that may be in either
# script) and PDI keeps its own order ("40,098 USD", "10–22–49", "23/1/2026") and does not reorder what is around it
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
BIDI_CONTROLS = "\u200e\u200f\u2066\u2067\u2068\u2069"
# unit words after figures, in English until the window sets the interface language's (see set_units)
UNITS = {
    "days": QT_TRANSLATE_NOOP("Units", "d"), "t": QT_TRANSLATE_NOOP("Units", "t"),
    "km": QT_TRANSLATE_NOOP("Units", "km"), "kg": QT_TRANSLATE_NOOP("Units", "kg"),
    "kg CO2e": QT_TRANSLATE_NOOP("Units", "kg CO2e"),
    "t CO2e": QT_TRANSLATE_NOOP("Units", "t CO2e"), "thousand": QT_TRANSLATE_NOOP("Units", "k"),
    "million": QT_TRANSLATE_NOOP("Units", "M"), "billion": QT_TRANSLATE_NOOP("Units", "bn"),
}
_units = dict(UNITS)


def set_units(translate=None) -> None:
    """Write unit words through ``translate(context, text)`` from now on (None restores English)."""
    _units.clear()
    _units.update({key: translate("Units", text) if translate else text for key, text in UNITS.items()})


def unit(key: str) -> str:
    return _units[key]


def set_number_style(group: str = ",", decimal: str = ".") -> None:
    """Use these digit-group and decimal separators from now on (the defaults restore English style)."""
    _style["group"], _style["decimal"] = group, decimal


def set_direction(right_to_left: bool = False) -> None:
    """Write for right-to-left text from now on (Urdu): arrows point left, lists take the Arabic comma, and
    figures with units or ranges keep their left-to-right order."""
    _style["rtl"] = right_to_left


def arrow() -> str:
    """The arrow between places on a route, pointing the way the text reads."""
    return " ← " if _style["rtl"] else " → "


def comma() -> str:
    return "، " if _style["rtl"] else ", "


def semicolon() -> str:
    return "؛ " if _style["rtl"] else "; "


def _ltr(text: str) -> str:
    return LRI + text + PDI if _style["rtl"] and text else text


def ltr(text: str) -> str:
    """Figures that must keep their left-to-right order inside right-to-left text ("22 (10–49)")."""
    return _ltr(text)


def isolate(text: str) -> str:
    """A name, date or figure set apart from the right-to-left text around it (in either script)."""
    return FSI + text + PDI if _style["rtl"] and text else text


# what a typed name may hold that would turn the text after it around (an override, an embedding, an isolate left
# open: U+202E in a buyer's name printed the contact and the page's footer backwards)
_OPEN_DIRECTIONS = {ord(c): None for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}


def one_line(text: str) -> str:
    """Text typed or pasted into a one-line field, its control characters (a line break Word's Shift+Enter copies
    as a vertical tab, a bell, a NUL) made spaces: a workbook cannot hold them, and a document prints none."""
    return "".join(" " if unicodedata.category(c) == "Cc" else c for c in text).strip()


def typed(text: str) -> str:
    """What a user typed (a buyer's name, a contact) as a document prints it: set apart from the text around it in
    every language, so that an Urdu name beside a Latin phone number leaves it as it is ("0300-1234567", which
    printed as "1234567-0300" in an English quote), and with no direction control of its own."""
    text = undirected(text)
    return FSI + text + PDI if text else text


def undirected(text: str) -> str:
    """Typed text without direction controls of its own (overrides, embeddings, isolates)."""
    return text.translate(_OPEN_DIRECTIONS) if isinstance(text, str) else text


def plain(text: str) -> str:
    """Text without the direction marks (for a spreadsheet cell, where search and filters must find it)."""
    return text.translate({ord(c): None for c in BIDI_CONTROLS}) if isinstance(text, str) else text


def number_style() -> tuple[str, str]:
    return _style["group"], _style["decimal"]


def localise(text: str) -> str:
    """English-formatted figures (``1,234.5``) in the current number style."""
    group, decimal = _style["group"], _style["decimal"]
    if (group, decimal) == (",", "."):
        return text
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def number(value: float, decimals: int = 0) -> str:
    """``value`` with digit grouping and ``decimals`` places, in the current number style."""
    return localise(f"{value:,.{decimals}f}")


def significant(value: float, digits: int = 4) -> str:
    """``value`` to ``digits`` significant figures (tariff rates such as 0.0231), in the current style."""
    return localise(f"{value:,.{digits}g}")


def rate(value: float) -> str:
    """An exchange rate as the tables or the user give it, with the figures the conversions use (``0.7672``,
    ``503.35``, ``11,952.24``, ``505.125``): never rounded to two places, no trailing zeros, and a rate worked out
    (a what-if's −15 %) to ten significant figures. The terminal, the documents and the window all print rates
    with it, so that a reader can redo the conversions they show."""
    return localise(str(Figure(value, RATE)))


def shift(percent: float) -> str:
    """A signed change in per cent, ``−15 %`` (the minus sign, as every change is said), ``+6.5 %``: one
    left-to-right run in right-to-left text, so that the sign stays before the figure and the per cent sign after
    it."""
    return _ltr(f"{localise(signed(format(percent, '+g')))} %")


def money(value: float | None, currency: str, *, decimals: int = 0, given: bool = False) -> str:
    """``given``: an amount as the user gave it, with every figure typed (0.01 USD, not 0 USD), as a rate is."""
    if value is None:
        return "—"
    return _ltr(f"{rate(value) if given else number(value, decimals)} {currency}")


SCALES = ((1e9, 1e9, "billion"), (1e6, 1e6, "million"), (1e4, 1e3, "thousand"))  # from, divide by, word


def money_short(value: float, currency: str, *, figures: int = 0, like: float | None = None) -> str:
    """Compact money for chart axes and tight cells: 1.2 M USD, 45 k USD; with ``figures``, that many
    significant figures (6.92 M KZT) for a table cell that must still be read as a price; ``like``: scale as for
    this value (every tick of an axis alike)."""
    size = abs(value) if like is None else like
    if value == 0:
        return _ltr(f"0 {currency}".strip())
    scale = next(((divisor, word) for floor, divisor, word in SCALES if size >= floor), None)
    if scale is None:
        return _ltr(f"{number(value)} {currency}".strip())
    divisor, word = scale
    scaled = value / divisor
    if figures:
        whole = len(str(int(abs(scaled))))
        decimals = max(0, figures - whole)
    else:
        decimals = 0 if word == "thousand" else 1
    return _ltr(f"{number(scaled, decimals)} {_units[word]} {currency}".strip())


DAY_PLACES = 6  # days are figures to a millionth: the JSON's precision, which every display of days starts from


def days(value: float, finer: bool = False) -> str:
    """Days to a tenth below ten, whole above; ``finer``: to a tenth anyway (see days_told_apart). The tenth
    decides: 9.96 days is "10", as a document that keeps days to a tenth shows it, not "10.0". Taken to
    DAY_PLACES first, as the JSON gives them, so that a document made from it shows what the terminal shows
    (12.450000000000001 and 12.45 are both "12.4")."""
    value = round(value, DAY_PLACES)
    return number(value, 1) if round(value, 1) < 10 or finer else number(value)


def days_adding_up(parts: list[float], total: float) -> list[float]:
    """The days of a route's lines to a tenth, as a breakdown shows them beside its total to a tenth, so that
    they add up to it: each rounded down, and the tenths still missing given to those with the largest remainders
    (ties to the first). 17.54 typical days of route 1 (wheat, Kostanay → Karachi) read 17.5 while its lines,
    each rounded on its own, came to 17.6. Lines that do not add up to ``total`` (beyond a millionth of a day)
    are each rounded on their own."""
    exact = [round(part, DAY_PLACES) for part in parts]
    if abs(sum(exact) - total) > 10 ** -DAY_PLACES * max(1, len(parts)):
        return [round(part, 1) for part in exact]
    tenths = [part * 10 for part in exact]
    # a hair under a whole tenth is that tenth (1.2 is 11.999999999999998 tenths in floating point)
    shown = [math.floor(t + 1e-6) for t in tenths]
    missing = round(float(f"{round(total, DAY_PLACES):.1f}") * 10) - sum(shown)  # the total as days() shows it
    order = sorted(range(len(parts)), key=lambda i: (-(tenths[i] - shown[i]), i))
    for i in order[:max(0, missing)]:
        shown[i] += 1
    return [t / 10 for t in shown]


def money_adding_up(parts: list[float | None], total: float | None) -> list[float | None]:
    """A route's line costs in whole units, as a breakdown shows them beside its total in whole units, so that
    they add up to it: each rounded down, and the units still missing given to those with the largest remainders
    (ties to the first). Route 8 of kinnow, Lahore → Almaty in PKR, read 6,608,366 in its lines, each rounded on
    its own, over a total of 6,608,364. Taken to the cent first, as the JSON gives them; lines (None: no tariff)
    that do not add up to ``total`` to the cent are each rounded on their own."""
    cents = [None if part is None else round(part * 100) for part in parts]
    known = [c for c in cents if c is not None]
    if total is None or abs(sum(known) - round(total * 100)) > len(known):
        return [None if part is None else float(round(part)) for part in parts]
    whole = _whole_units(cents, int(f"{total:.0f}"))  # the total as number() says it
    return [None if part is None else float(round(part)) for part in parts] if whole is None else whole


def charges_adding_up(charges: list[tuple[float, str]], currency: str, cost: float | None,
                      shown: float | None) -> list[float]:
    """A line's charges in whole units of their own currencies, as a breakdown shows them beside the line's cost
    in whole units (``shown``, from money_adding_up): where they are all in the quote's ``currency`` and make up
    the line's ``cost`` to the cent, rounded so that they add up to the cost as shown. Wheat Kostanay → Islamabad,
    China: one rail charge of 3,445.54 USD read 3,446 beside its line's 3,445 (the route's missing unit went to
    a line with a larger remainder). Charges in another currency, or not making up the cost, each on its own."""
    amounts = [amount for amount, _ in charges]
    cents = [round(amount * 100) for amount in amounts]
    if amounts and cost is not None and shown is not None and all(c == currency for _, c in charges) \
            and abs(sum(cents) - round(cost * 100)) <= len(cents):
        whole = _whole_units(cents, int(f"{shown:.0f}"))
        if whole is not None:
            return whole
    return [float(round(amount)) for amount in amounts]


def _whole_units(cents: list[int | None], whole: int) -> list[float | None] | None:
    """Amounts in cents in whole units adding up to ``whole``: each rounded down, and the units still missing
    given to those with the largest remainders (ties to the first); None where ``whole`` is out of their reach."""
    shown = [None if c is None else c // 100 for c in cents]
    missing = whole - sum(s for s in shown if s is not None)
    order = sorted((i for i, c in enumerate(cents) if c is not None), key=lambda i: (-(cents[i] % 100), i))
    if not 0 <= missing <= len(order):
        return None
    for i in order[:missing]:
        shown[i] += 1
    return [None if s is None else float(s) for s in shown]


def rest_of_whole(total: float, part: float) -> float:
    """What a sum said in whole units holds beyond a part said in whole units: the money in transit beside the
    freight and the two together (30,776,460.25 + 537.34 = 30,776,997.59 read 30,776,460 + 537 = 30,776,998;
    said as 538, the three figures add up as shown)."""
    return float(int(f"{total:.0f}") - int(f"{part:.0f}"))


def days_told_apart(values: list[float]) -> list[bool]:
    """Which of a quote's typical days must be given to a tenth: those shown the same as another's though they
    differ ("11" for 10.6 and 10.9), so that the faster of the two, marked best or named fastest, reads so."""
    shown = [days(value) for value in values]
    return [round(value, 1) >= 10 and any(j != i and shown[j] == shown[i] and number(other, 1) != number(value, 1)
                                for j, other in enumerate(values))
            for i, value in enumerate(values)]


def days_range(low: float, typical: float, high: float, finer: bool = False) -> str:
    """``17.1 d (12–45)``: the typical days, then the least and the most, as the tables of routes give them."""
    # right to left, the figures each an isolate and the unit between them in the paragraph's own order, so that
    # Urdu reads "11.8 دن (6.9–33)" from the right; in one left-to-right run the range after the Urdu word read
    # first
    return f"{_ltr(days(typical, finer))} {_units['days']} {_ltr(f'({days(low)}–{days(high)})')}"


def days_span(low: float, typical: float, high: float, finer: bool = False) -> str:
    """``17 (12–45)``, for a cell or a sentence that says "days" in its own words: one left-to-right run."""
    return _ltr(f"{days(typical, finer)} ({days(low)}–{days(high)})")


def money_per(value: float | None, currency: str, unit_key: str = "t", *, given: bool = False) -> str:
    """Money per unit, one run in any script: ``80 USD/t`` (in Urdu ``80 USD/ٹن``, kept together); ``given``: as
    the user gave it (0.01 USD/t, 180.5 USD/t), never rounded to the whole."""
    if value is None:
        return "—"
    return _ltr(f"{rate(value) if given else number(value)} {currency}/{_units[unit_key]}")


def tonnes(value: float) -> str:
    return _ltr(f"{number(value, 1) if value < 100 else number(value)} {_units['t']}")


def co2e_tonnes(kg: float) -> float:
    """A route's CO2e in tonnes as every output gives it: from the whole kilograms the JSON and the Excel quote
    hold (14,150 kg), rounded half up as a spreadsheet rounds them (14.2 t, not 14.1 from 14,149.6 kg in the
    terminal beside 14.2 in the PDF made from the JSON), to a tenth of a tonne, or to a hundredth below one
    (0.55 t, as the window's column gives it)."""
    whole = Decimal(round(kg))
    places = Decimal("0.1") if whole >= 1000 else Decimal("0.01")
    return float((whole / 1000).quantize(places, rounding=ROUND_HALF_UP))


def co2e_tonnes_text(kg: float) -> str:
    """``14.2``, ``0.55``: the figure of co2e_tonnes, for a column whose header says t CO2e."""
    return number(co2e_tonnes(kg), 1 if round(kg) >= 1000 else 2)


def co2e(kg: float) -> str:
    return _ltr(f"{co2e_tonnes_text(kg)} {_units['t CO2e']}" if round(kg) >= 1000
                else f"{number(kg)} {_units['kg CO2e']}")


def co2e_short(kg: float, tonnes: bool | None = None) -> str:
    """CO2e for a table cell whose header already says CO2e: ``93.4 t``, ``850 kg``; ``tonnes``: in tonnes (a
    column with a figure of a tonne or more says them all in tonnes, ``0.85 t`` beside ``1.2 t``, so that "850 kg"
    does not read as more), in kilograms (False), or by the figure's own size (None)."""
    if tonnes is None:
        tonnes = round(kg) >= 1000
    if not tonnes:
        return _ltr(f"{number(kg)} {_units['kg']}")
    return _ltr(f"{co2e_tonnes_text(kg)} {_units['t']}")


def km(value: float) -> str:
    return _ltr(f"{number(value)} {_units['km']}")


ELLIPSIS = "…"
_BREAKS = " –-/(+,"  # a name may be cut after a space or before these: "China (Khorgos–Kashgar…"


def shorten(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters, cut at a word boundary and ended with an ellipsis; a single word
    longer than the width is cut inside it, as nothing else fits."""
    if len(text) <= width:
        return text
    room = text[:width - 1]
    if text[width - 1] not in _BREAKS:  # the room ends inside a word: go back to the word's start
        cut = max(room.rfind(mark) for mark in _BREAKS)
        if cut > width // 3:  # not so early that almost nothing is left
            room = room[:cut]
    return room.rstrip(" –-/(+,") + ELLIPSIS
