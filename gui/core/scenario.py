"""What-if scenarios: named changes laid over the tables without editing them — a crossing or leg closed or
opened from a date, days added at a place or on a leg, a leg's, a place's or a country's rates scaled, an
exchange rate set or shifted, a fuel surcharge on road legs, a search limit raised or lifted (to see a route the
limits keep out, which the quote names). ``apply`` turns the tables into the tables of the
scenario (a new ``Tables`` value; the workbooks are never touched), which the quote engine prices as it prices any
tables; ``fx_overrides`` gives the exchange rates the scenario sets, laid over the ones the user set for the
quote.

Every figure a change alters says so in its estimate note (``freight × 1.12: road fuel surcharge +12 % in the
what-if "Diesel up"``), so the breakdown marks it ≈ and its tooltip gives the working; a closure the scenario adds
gives the scenario as its reason. Reading a scenario file, and the rules its changes follow: scenario_file.py; what
a change says: scenario_words.py; what a scaling of rates touches: scenario_rates.py."""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from . import decide_messages as dmsg
from . import quote_messages as qmsg
from . import model as m
from .countries import country_code
from .errors import InputError
from .messages import Figure, Message, Verbatim
from .request import find_place
from .scenario_rates import noted, scaled_fees, scaled_row, scaled_targets
from .scenario_words import WAIT, describe  # describe: also imported from here, as before the words had a module
from .validation import FIRST_DATE, LAST_DATE

KINDS = ("close", "open", "add_days", "scale_rates", "fx", "fx_change", "road_surcharge", "limit")
# the search limits a what-if may raise or lift (README "How a quote is worked out"), the routes a corridor
# shows, and the days a cargo waits at a closure for it to end: the quote names each setting; COUNTED are counts,
# WAIT days (its None: never wait), the others factors of the shortest way
LIMITS = ("max_detour", "max_stretch_detour", "max_domestic_detour", "max_legs", "max_mode_changes",
          "routes_per_corridor", WAIT)
COUNTED = ("max_legs", "max_mode_changes", "routes_per_corridor")
MAX_FACTOR = 100.0  # a rate scaled beyond this (or below its inverse) is a typing error
MAX_DAYS = 365.0
# What a scenario may hold. Each change adds a note naming the scenario to every figure it touches, so the cost grows
# faster than the count: 50 changes quote in 0.6 s and write the documents in 1.3 s (100: 2.5 s and 400 MB; 1,000:
# 78 s), and a name of 900,000 characters took 4 GB with five changes. A what-if has a handful of changes.
MAX_CHANGES = 50
MAX_NAME = 200  # characters


@dataclass(frozen=True)
class Change:
    """One change of a scenario. ``target``: a place, a leg (its id, or two places ``Termez–Hairatan``), a
    country code (KZ), a currency code or a search limit's setting, as the kind needs; ``value``: days, a factor,
    a rate per USD, a percentage or the limit (None: no limit)."""

    kind: str
    target: str = ""
    value: float | None = None
    start: dt.date | None = None  # close, open: from this day (close: the departure day when not given)
    end: dt.date | None = None  # close: until this day (None: until further notice)
    mode: str = ""  # scale_rates of a country: only its legs of this mode (and fees where the mode stops)

    def to_data(self) -> dict[str, Any]:
        """The change as one entry of a scenario file: ``{"close": "Torkham", "from": "2026-03-10"}``."""
        data: dict[str, Any] = {}
        if self.kind == "road_surcharge":
            return {"road_surcharge_pct": self.value}
        data[_KEYS[self.kind][0]] = self.target
        if self.kind in ("close", "open"):
            if self.start:
                data["from"] = self.start.isoformat()
            if self.end:
                data["to"] = self.end.isoformat()
        elif self.kind == "add_days":
            data["days"] = self.value
        elif self.kind == "scale_rates":
            data["factor"] = self.value
            if self.mode:
                data["mode"] = self.mode
        elif self.kind == "fx":
            data["rate"] = self.value
        elif self.kind == "fx_change":
            data["change_pct"] = self.value
        elif self.kind == "limit":
            data["value"] = self.value
        return data


_KEYS = {"close": ("close",), "open": ("open",), "add_days": ("add_days",), "scale_rates": ("scale_rates",),
         "fx": ("fx",), "fx_change": ("fx",), "limit": ("limit",)}


@dataclass(frozen=True)
class Scenario:
    """A name and its changes; no changes: the tables as they are."""

    name: str = ""
    changes: tuple[Change, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.changes)

    @property
    def title(self) -> str:
        """The name the documents and the window give it (the changes said briefly when it has none)."""
        return self.name.strip() or "; ".join(str(describe(c)) for c in self.changes)

    @property
    def said_title(self) -> Message | Verbatim:
        """``title`` as a note says it: the name as typed, or the changes in the reader's language."""
        if self.name.strip():
            return Verbatim(self.name.strip())
        return Message.joined([describe(c) for c in self.changes], "; ")

    def to_data(self) -> dict[str, Any]:
        return {"name": self.name, "changes": [c.to_data() for c in self.changes]}

    @classmethod
    def from_data(cls, data: Any) -> "Scenario":
        """A scenario from a file or a saved quote; an InputError on the field ``scenario`` says which change is
        wrong and why (scenario_file.scenario_from_data)."""
        from .scenario_file import scenario_from_data  # the file's rules, which build on this module

        return scenario_from_data(data)

    def with_change(self, change: Change) -> "Scenario":
        return replace(self, changes=(*self.changes, change))

    def without(self, index: int) -> "Scenario":
        return replace(self, changes=tuple(c for i, c in enumerate(self.changes) if i != index))


def check_size(name: str, count: int) -> None:
    """A scenario within the limits that keep a quote quick (see MAX_CHANGES)."""
    if count > MAX_CHANGES:
        raise scenario_error(Message(dmsg.TOO_MANY_CHANGES, count=Figure(count), limit=Figure(MAX_CHANGES)))
    if len(name) > MAX_NAME:
        raise scenario_error(Message(dmsg.NAME_TOO_LONG, length=Figure(len(name)), limit=Figure(MAX_NAME)))


def check_names(change: Change, number: int) -> None:
    """A change's place, leg, country, currency, setting and mode each no longer than a name can be: an unknown one
    is quoted whole in the message that says so (a file's 200,000 characters made a line as long)."""
    for key, text in ((_KEYS.get(change.kind, ("road_surcharge_pct",))[0], change.target), ("mode", change.mode)):
        if len(text) > MAX_NAME:
            raise change_error(number, Message(dmsg.NAME_OF_CHANGE_TOO_LONG, key=Verbatim(key),
                                               length=Figure(len(text), ",.0f"), limit=Figure(MAX_NAME)))


def scenario_error(problem: Message, suggestions: tuple[str, ...] = ()) -> InputError:
    return InputError("scenario", Message(dmsg.SCENARIO_AT, problem=problem), suggestions)


# ------------------------------------------------------------------ laying a scenario over the tables

@dataclass(frozen=True)
class _Target:
    places: tuple[str, ...] = ()
    legs: tuple[str, ...] = ()
    country: str = ""


def _target(tables: m.Tables, text: str, field_number: int, *, country: bool = False) -> _Target:
    """A place (by any of its names), a leg (its id, or the two places it joins), or a country: by its code or its
    name in any interface language (countries.country_code), as a place or country to avoid is read."""
    text = text.strip()
    code = country_code(text) if country else None
    if code and any(p.country == code for p in tables.places.values()):
        return _Target(country=code)
    if text in tables.legs:
        return _Target(legs=(text,))
    try:
        return _Target(places=(find_place(tables, text, field="place").place_id,))
    except InputError as error:
        for dash in ("–", "—", "→", ">", " - ", "-"):
            if dash in text:
                first, _, second = text.partition(dash)
                try:
                    a = find_place(tables, first, field="place").place_id
                    b = find_place(tables, second, field="place").place_id
                except InputError:
                    continue
                legs = tuple(leg.leg_id for leg in tables.legs.values() if {leg.from_place, leg.to_place} == {a, b})
                if legs:
                    return _Target(legs=legs)
                raise change_error(field_number, Message(dmsg.NO_LEG_BETWEEN, first=tables.places[a].name,
                                                second=tables.places[b].name)) from None
        raise change_error(field_number, error.message, error.suggestions) from None


def places_of(tables: m.Tables, change: Change) -> tuple[str, ...]:
    """The places a change laid over ``tables`` names (none where it names a leg)."""
    return _target(tables, change.target, 0).places


def legs_of(tables: m.Tables, change: Change) -> tuple[str, ...]:
    """The legs a change laid over ``tables`` names (none where it names a place or a country)."""
    return _target(tables, change.target, 0, country=change.kind == "scale_rates").legs


def change_error(number: int, problem: Message, suggestions: tuple[str, ...] = ()) -> InputError:
    return InputError("scenario", Message(dmsg.CHANGE_AT, number=Figure(number, ".0f"), problem=problem), suggestions)


def apply(tables: m.Tables, scenario: Scenario, departure: dt.date) -> m.Tables:
    """The tables as the scenario has them; an InputError (field ``scenario``) names the change that cannot be
    laid over them. ``departure``: the day a closure with no start date begins."""
    if not scenario.active:
        return tables
    check_size(scenario.name, len(scenario.changes))  # the command line's flags and the window's changes too
    closures = list(tables.closures)
    own: set[str] = set()  # the closures the scenario adds: an opening lifts the tables' closures, not these
    legs = dict(tables.legs)
    stop_days = list(tables.stop_days)
    rates = list(tables.leg_rates)
    fees = list(tables.node_fees)
    settings = tables.settings
    title = scenario.said_title  # each note a Message to the documents and the window, said in their language
    shut: list[tuple[int, _Target, dt.date, dt.date | None]] = []  # the scenario's closures and openings so far
    opened: list[tuple[int, _Target, dt.date, str, bool]] = []
    reopened: list[tuple[int, int, dt.date]] = []  # (closure, opening, day): its own closure the scenario reopens
    unlifted: list[int] = []  # openings of what the tables do not close
    for number, change in enumerate(scenario.changes, 1):
        check_names(change, number)
        _check_dates(change, number)
        if change in scenario.changes[:number - 1]:
            raise change_error(number, Message(dmsg.SAME_AS_CHANGE, other=Figure(
                scenario.changes.index(change) + 1, ".0f")))
        note = Message(dmsg.WHAT_IF_NOTE, change=describe(change), scenario=title)
        if change.kind == "close":
            reason = Message(dmsg.WHAT_IF_REASON, scenario=title)
            target = _target(tables, change.target, number)
            start = change.start or departure
            if change.end is not None and change.end < start:
                raise change_error(number, Message(dmsg.END_BEFORE_START, start=start, end=change.end))
            shut.append((number, target, start, change.end))
            reopened += _not_both(shut[-1:], opened)
            for kind, ids in (("place", target.places), ("leg", target.legs)):
                for target_id in ids:
                    closures.append(m.Closure(f"what-if-{number}-{target_id}", kind, target_id, True, start,
                                              change.end, False, (m.ANY,), reason, m.Origin((), note)))
                    own.add(closures[-1].closure_id)
        elif change.kind == "open":
            target = _target(tables, change.target, number)
            opened.append((number, target, change.start or departure, change.target, change.start is not None))
            reopened += _not_both(shut, opened[-1:])
            closures, lifted = _lift(closures, target, change.start, own)
            if not lifted:
                unlifted.append(number)
        elif change.kind == "add_days":
            days = _within(change.value, -MAX_DAYS, MAX_DAYS, number)
            target = _target(tables, change.target, number)
            for leg_id in target.legs:
                leg = legs[leg_id]
                legs[leg_id] = replace(leg, days_min=_plus(leg.days_min, days), days_typical=_plus(
                    leg.days_typical, days), days_max=_plus(leg.days_max, days), origin=noted(leg.origin, note))
            # every stop at the place, on the dwell row it takes (Tariffs.dwell_rule)
            stop_days += [(place_id, days, note) for place_id in target.places]
        elif change.kind == "scale_rates":
            factor = _within(change.value, 1 / MAX_FACTOR, MAX_FACTOR, number)
            if change.mode and change.mode not in m.MODES:
                raise change_error(number, Message(dmsg.UNKNOWN_MODE, mode=Verbatim(change.mode),
                                          known=Verbatim(", ".join(m.MODES))))
            target = _target(tables, change.target, number, country=True)
            leg_ids, place_ids = scaled_targets(tables, target, change.mode)
            rates = [scaled_row(r, factor, note) if r.leg_id in leg_ids else r for r in rates]
            fees = scaled_fees(fees, place_ids, change.mode, factor, note)
        elif change.kind == "road_surcharge":
            factor = 1 + _within(change.value, -99.0, 1000.0, number) / 100.0
            road = {leg_id for leg_id, leg in legs.items() if leg.mode == "road"}
            rates = [scaled_row(r, factor, note) if r.leg_id in road else r for r in rates]
        elif change.kind == "limit":
            settings = replace(settings, **{change.target: _limit(change, number)})
        elif change.kind in ("fx", "fx_change"):
            if change.target == "USD":
                raise change_error(number, Message(qmsg.USD_IS_BASE))
            if change.target not in tables.currencies:
                raise change_error(number, Message(dmsg.UNKNOWN_CURRENCY, currency=Verbatim(change.target),
                                          known=Verbatim(", ".join(c for c in tables.currencies if c != "USD"))))
        else:
            raise change_error(number, Message(dmsg.CHANGE_SHAPE))
    closures = _reopened(closures, reopened)
    for number in unlifted:  # an opening that reopens only what the scenario closes still opens something
        if not any(opening == number for _, opening, _ in reopened):
            change = scenario.changes[number - 1]
            raise change_error(number, Message(dmsg.NOTHING_TO_OPEN, target=Verbatim(change.target)))
    return replace(tables, closures=tuple(closures), legs=legs, stop_days=tuple(stop_days), leg_rates=tuple(rates),
                   node_fees=tuple(fees), settings=settings)


def _not_both(shut: list[tuple[int, _Target, dt.date, dt.date | None]],
              opened: list[tuple[int, _Target, dt.date, str, bool]]) -> list[tuple[int, int, dt.date]]:
    """The scenario's closures that its openings end (closed from 7 December, ``open Torkham:2026-12-20``: closed
    to the 19th), as (closure, opening, day). An opening lifts the tables' closures; one of the scenario's own it
    ends only where it is dated after the closure starts. Refused, naming the place: an opening on the day a
    closure of the scenario starts, or an undated one (from the departure) while the scenario has the place closed
    (``--close Torkham --open Torkham`` said both and left Torkham closed). An opening before the closure starts
    (open now, close again from 1 April) or after it ends is kept as it is."""
    reopened = []
    for closed, shut_target, start, end in shut:
        for number, open_target, day, typed, dated in opened:
            same = set(shut_target.places) & set(open_target.places) or set(shut_target.legs) & set(open_target.legs)
            if not same or day < start or end is not None and day > end:
                continue
            if dated and day > start:
                reopened.append((closed, number, day))
                continue
            raise change_error(number, Message(dmsg.OPENED_WHILE_CLOSED, target=Verbatim(typed), day=day,
                                               closed=Figure(closed, ".0f")))
    return reopened


def _reopened(closures: list[m.Closure], reopened: list[tuple[int, int, dt.date]]) -> list[m.Closure]:
    """The scenario's own closures ended the day before the openings that reopen them."""
    ends: dict[str, dt.date] = {}
    for closed, _, day in reopened:
        prefix = f"what-if-{closed}-"
        for closure in closures:
            if closure.closure_id.startswith(prefix):
                last = day - dt.timedelta(days=1)
                ends[closure.closure_id] = min(last, ends.get(closure.closure_id, last))
    return [replace(c, end=min(ends[c.closure_id], c.end or ends[c.closure_id])) if c.closure_id in ends else c
            for c in closures]


def _limit(change: Change, number: int) -> float | int | None:
    """A search limit's new value: a factor of at least 1 (the shortest way), a count of at least 1 (legs, routes
    a corridor shows) or 0 (mode changes), a whole number where it counts, days from 0 to a year (the wait at a
    closure); None: no limit (the wait: never wait)."""
    if change.target not in LIMITS:
        raise change_error(number, Message(dmsg.UNKNOWN_LIMIT, setting=Verbatim(change.target),
                                  known=Verbatim(", ".join(LIMITS))))
    if change.value is None:
        return None
    if change.target == WAIT:
        return _within(change.value, 0.0, MAX_DAYS, number)
    if change.target in COUNTED:
        count = _within(change.value, 0.0 if change.target == "max_mode_changes" else 1.0, 100.0, number)
        if count != int(count):
            raise change_error(number, Message(dmsg.NOT_A_COUNT, text=Verbatim(str(_as_given(count)))))
        return int(count)
    return _within(change.value, 1.0, MAX_FACTOR, number)


def fx_overrides(scenario: Scenario, table_rate, departure: dt.date,
                 overrides: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """The exchange rates of a quote under the scenario: the user's, with the scenario's laid over them. A shift
    in % moves the currency's value against the US dollar from the rate the user set, else the table's
    (``table_rate(code, day)`` gives the table's units per USD): −15 % makes 503.35 KZT per USD 592.18. A rate
    worked out from a percentage is rounded to the figures of the rate it shifts, at least five (592.18, not
    592.1764706): the rate a document shows is then the rate its conversions use."""
    rates = {code.strip().upper(): float(value) for code, value in overrides}
    shifted: dict[str, tuple[float, float]] = {}  # currency: (the rate shifted, its value's factor so far)
    for number, change in enumerate(scenario.changes, 1):
        if change.kind == "fx":  # said as for a rate set for the quote, not as "outside 1e-09 to inf"
            if change.value is None or not math.isfinite(change.value) or change.value <= 0:
                raise change_error(number, Message(qmsg.RATE_NOT_POSITIVE, currency=Verbatim(change.target),
                                          number=_as_given(math.nan if change.value is None else change.value)))
            rates[change.target] = change.value
            shifted.pop(change.target, None)
        elif change.kind == "fx_change":
            percent = _within(change.value, -90.0, 900.0, number)
            base, factor = shifted.get(change.target) or (
                rates.get(change.target) or table_rate(change.target, departure), 1.0)
            shifted[change.target] = base, factor * (1 + percent / 100.0)
            rates[change.target] = shifted_rate(base, shifted[change.target][1])
    return tuple(sorted(rates.items()))


def shifted_rate(base: float, factor: float) -> float:
    """``base`` units per USD once the currency's value is × ``factor`` against the dollar, to the significant
    figures of ``base`` and at least five: 503.35 and × 0.85 (−15 %) give 592.18, 0.7672 and × 1.1 0.69745."""
    figures = max(5, len(Decimal(f"{base:.10g}").normalize().as_tuple().digits))
    return float(f"{base / factor:.{figures}g}")


def fx_shifts(scenario: Scenario) -> dict[str, float]:
    """The % by which the scenario moves each currency's value against the dollar, where it only shifts it (a
    rate it sets outright is no shift): −15 then +10 is −6.5 (the value × 0.85 × 1.1)."""
    shifts: dict[str, float] = {}
    for change in scenario.changes:
        if change.kind == "fx":
            shifts[change.target] = math.nan
        elif change.kind == "fx_change" and change.value is not None:
            factor = (1 + shifts.get(change.target, 0.0) / 100.0) * (1 + change.value / 100.0)
            shifts[change.target] = round((factor - 1) * 100.0, 10)
    return {code: pct for code, pct in shifts.items() if not math.isnan(pct)}


def _check_dates(change: Change, number: int) -> None:
    """A closure's or an opening's dates within the years a workbook's dates take: a closure "to 9999-12-31" had the
    day after it, where a route may go on, past Python's calendar."""
    for day in (change.start, change.end):
        if day is not None and not FIRST_DATE <= day <= LAST_DATE:
            raise change_error(number, Message(dmsg.OUT_OF_RANGE, value=day, low=FIRST_DATE, high=LAST_DATE))


def _within(value: float | None, low: float, high: float, number: int) -> float:
    if value is None or not math.isfinite(value) or not low <= value <= high:
        raise change_error(number, Message(dmsg.OUT_OF_RANGE, value=_as_given(value if value is not None else math.nan),
                                  low=Figure(low, "-g"), high=Figure(high, "-g")))
    return value


def _as_given(value: float) -> Figure:
    """A figure as it was given: briefly (3, not 3.0), but never rounded (−99.9999999 is not −100)."""
    return Figure(value, "-g" if not math.isfinite(value) or float(format(value, "g")) == value else "-")


def _plus(days: float, more: float) -> float:
    return max(0.0, days + more)


def _lift(closures: list[m.Closure], target: _Target, start: dt.date | None,
          own: set[str]) -> tuple[list[m.Closure], bool]:
    """The tables' closures of the target (place or leg) end the day before ``start`` (or go altogether); risk
    windows, proposals and the scenario's ``own`` closures stay. A yearly closure is lifted altogether."""
    kept, lifted = [], False
    wanted = {("place", p) for p in target.places} | {("leg", leg) for leg in target.legs}
    for closure in closures:
        if (not closure.closed or closure.proposed or closure.closure_id in own
                or (closure.target_kind, closure.target_id) not in wanted):
            kept.append(closure)
            continue
        lifted = True
        if start is None or closure.every_year or closure.start >= start:
            continue
        if closure.end is None or closure.end >= start:
            closure = replace(closure, end=start - dt.timedelta(days=1))
        kept.append(closure)
    return kept, lifted
