"""Goals as the user types them: the modes allowed (``road``, ``no-sea``), a cost ceiling (``40000``, ``80/t``),
the percentages within reason, and the places or countries to avoid (by a place's name, a country's code or its
name in any interface language); and the tables without the legs they rule out. gui/core/goals.py judges the
routes by them."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import decide_messages as dmsg
from .countries import COUNTRIES, country_code, country_term
from .countries import key as name_key
from .errors import InputError
from .messages import Figure, Message, Term, Verbatim
from .model import MODES, SEA_MODES, Tables
from .validation import ambiguous_separator, ascii_digits, number_text

if TYPE_CHECKING:
    from .goals import Goals

_CEILING = re.compile(r"^\s*(?P<number>[0-9][0-9\s.,\u00a0]*)\s*(?P<currency>[A-Za-z]{3})?\s*(?P<per>/\s*t)?\s*$")


def parse_modes(text: str) -> tuple[str, ...]:
    """``road`` or ``road,rail``; ``sea`` allows the Caspian ferries too; ``no-sea`` (or ``-sea``) allows every
    mode but that. Words that leave no mode (``road,no-road``, none at all) are an error, not "any mode"."""
    words = [w.strip().lower() for w in re.split(r"[,;\s]+", text or "") if w.strip()]
    allowed: set[str] = set()
    refused: set[str] = set()
    for word in words:
        negative = word.startswith(("no-", "-", "!"))
        mode = word.lstrip("!-").removeprefix("no-")
        if mode not in MODES:
            raise InputError("modes", Message(dmsg.BAD_MODE, mode=Verbatim(mode)))
        (refused if negative else allowed).update(SEA_MODES if mode == "sea" else (mode,))
    if refused and not allowed:
        allowed = set(MODES)
    modes = tuple(m for m in MODES if m in allowed and m not in refused)
    if not modes:
        raise InputError("modes", Message(dmsg.NO_MODE_ALLOWED))
    return modes


def parse_ceiling(text: str, currency: str) -> tuple[float, bool]:
    """``40000``, ``40000 USD`` or ``80/t`` (per tonne) in the quote currency: (amount, per tonne)."""
    match = _CEILING.match(ascii_digits(text or ""))
    if not match or (match["currency"] and match["currency"].upper() != currency.upper()):
        raise InputError("max_cost", Message(dmsg.BAD_CEILING, text=Verbatim(text or "")))
    ambiguous = ambiguous_separator(match["number"])
    if ambiguous is not None:  # "1,500" or "1.500": 1.5 or 1500, asked as a quantity is
        raise InputError("max_cost", Message(dmsg.CEILING_AMBIGUOUS, text=Verbatim(text.strip()),
                                             decimal=Verbatim(ambiguous[0]), thousands=Verbatim(ambiguous[1])))
    try:  # grouped or with a decimal comma, as a quantity is read ("40,000,000", "52638,5", "1 250 000")
        number = float(number_text(match["number"]))
    except ValueError:
        raise InputError("max_cost", Message(dmsg.BAD_CEILING, text=Verbatim(text))) from None
    if not math.isfinite(number) or number <= 0:
        raise InputError("max_cost", Message(dmsg.BAD_CEILING, text=Verbatim(text)))
    return number, bool(match["per"])


# a cent (a tonne's, for a ceiling per tonne): below it, how far a route is over it is past any float (1e-320
# raised OverflowError), and no freight is quoted
LEAST_CEILING = 0.01


def check_numbers(goals: Goals) -> Goals:
    """The percentages within reason: certainty 1–99.9 %, CO2e margin and capital rate 0–1000 %; a cost ceiling of
    at least ``LEAST_CEILING``."""
    for key, what, low, high in (("on_time_pct", dmsg.ON_TIME_WORD, 1.0, 99.9),
                                 ("co2_within_pct", dmsg.CO2_WORD, 0.0, 1000.0),
                                 ("capital_rate_pct", dmsg.CAPITAL_WORD, 0.0, 1000.0)):
        value = getattr(goals, key)
        if value is not None and (not math.isfinite(value) or not low <= value <= high):
            raise InputError(key, Message(dmsg.BAD_PERCENT, what=Term(what), low=Figure(low, "g"),
                                          high=Figure(high, "g"), text=Verbatim(f"{value:g}")))
    if goals.max_cost is not None and (not math.isfinite(goals.max_cost) or goals.max_cost < LEAST_CEILING):
        raise InputError("max_cost", Message(dmsg.BAD_CEILING, text=Verbatim(f"{goals.max_cost:g}")))
    return goals


def avoided(tables: Tables, goals: Goals) -> tuple[frozenset[str], frozenset[str]]:
    """The places and the countries to avoid; an InputError names what the tables do not know."""
    from .request import find_place

    places, countries = set(), set()
    known_countries = {p.country for p in tables.places.values()} | set(COUNTRIES)
    for text in goals.avoid:
        text = text.strip()
        code = country_code(text)
        if code in known_countries:
            countries.add(code)
            continue
        try:
            places.add(find_place(tables, text, field="place").place_id)
        except InputError as error:
            if not error.suggestions:
                raise InputError("avoid", Message(dmsg.BAD_AVOID, text=Verbatim(text))) from None
            error.field = "avoid"  # a mistyped or ambiguous place, said as every place field says it (did you mean …?)
            raise
    return frozenset(places), frozenset(countries)


def check_ends(tables: Tables, goals: Goals, origin: str, destination: str) -> None:
    """An InputError for a place or country to avoid that the quote starts or ends in: no route can avoid it (every
    route "passed Karachi, to be avoided", and no route met the goals)."""
    from .request import find_place

    if not goals.avoid:
        return
    ends = [find_place(tables, text) for text in (origin, destination)]
    for text in goals.avoid:
        places, countries = avoided(tables, replace(goals, avoid=(text,)))
        if any(end.place_id in places or end.country in countries for end in ends):
            raise InputError("avoid", Message(dmsg.AVOID_END, avoided=avoided_said(text), origin=ends[0].name,
                                              destination=ends[1].name))


def avoided_said(text: str):
    """A place or country to avoid as the goals say it: a country by its name (``avoiding Iran``, not ``ir``)."""
    code = country_code(text)
    return country_term(code) if code in COUNTRIES else Verbatim(text.strip())


def avoided_list(texts: tuple[str, ...]) -> list:
    """The places and countries to avoid as the goals say them, each once: "IR, Iran, Иран" read "avoiding Iran,
    Iran, Iran"."""
    said = {}
    for text in texts:
        code = country_code(text)
        said.setdefault(code if code in COUNTRIES else name_key(text), avoided_said(text))
    return list(said.values())


def restricted(tables: Tables, goals: Goals) -> Tables:
    """The tables without the legs the goals rule out (another mode, an avoided place or country), so that the
    search finds the routes that meet them even where the quote of the whole tables leaves them out."""
    places, countries = avoided(tables, goals)
    shunned = places | {pid for pid, p in tables.places.items() if p.country in countries}
    legs = {leg_id: leg for leg_id, leg in tables.legs.items()
            if (not goals.modes or leg.mode in goals.modes)
            and leg.from_place not in shunned and leg.to_place not in shunned}
    return replace(tables, legs=legs)
