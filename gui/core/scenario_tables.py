"""A what-if scenario laid over the tables: ``apply`` turns the tables into the tables of the scenario (a new
``Tables`` value; the workbooks are never touched), which the quote engine prices as it prices any tables.

Every figure a change alters says so in its estimate note (``freight × 1.12: road fuel surcharge +12 % in the
what-if "Diesel up"``), so the breakdown marks it ≈ and its tooltip gives the working; a closure the scenario adds
gives the scenario as its reason."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import decide_messages as dmsg
from . import model as m
from . import quote_messages as qmsg
from .messages import Figure, Message, Verbatim
from .scenario import (COUNTED, LIMITS, MAX_DAYS, MAX_FACTOR, WAIT, Change, Scenario, as_given, change_error,
                       check_dates, check_names, check_size, describe, within)
from .scenario_openings import check_opened_once, ended_at_reopenings, lift_closures, reopenings
from .scenario_rates import noted, scaled_fees, scaled_row, scaled_targets
from .scenario_targets import Target, target_of


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
    shut: list[tuple[int, Target, dt.date, dt.date | None]] = []  # the scenario's closures and openings so far
    opened: list[tuple[int, Target, dt.date, str, bool]] = []
    reopened: list[tuple[int, int, dt.date]] = []  # (closure, opening, day): its own closure the scenario reopens
    unlifted: list[int] = []  # openings of what the tables do not close
    said = _Said(scenario, departure)
    for number, change in enumerate(scenario.changes, 1):
        target: Target | None = None
        check_names(change, number)
        check_dates(change, number)
        if change in scenario.changes[:number - 1]:
            raise change_error(number, Message(dmsg.SAME_AS_CHANGE, other=Figure(
                scenario.changes.index(change) + 1, ".0f")))
        note = Message(dmsg.WHAT_IF_NOTE, change=describe(change), scenario=title)
        if change.kind == "close":
            reason = Message(dmsg.WHAT_IF_REASON, scenario=title)
            target = target_of(tables, change.target, number)
            start = change.start or departure
            if change.end is not None and change.end < start:
                raise change_error(number, Message(dmsg.END_BEFORE_START, start=start, end=change.end))
            shut.append((number, target, start, change.end))
            reopened += reopenings(shut[-1:], opened)
            for kind, ids in (("place", target.places), ("leg", target.legs)):
                for target_id in ids:
                    closures.append(m.Closure(f"what-if-{number}-{target_id}", kind, target_id, True, start,
                                              change.end, False, (m.ANY,), reason, m.Origin((), note)))
                    own.add(closures[-1].closure_id)
        elif change.kind == "open":
            target = target_of(tables, change.target, number)
            opened.append((number, target, change.start or departure, change.target, change.start is not None))
            reopened += reopenings(shut, opened[-1:])
            closures, lifted = lift_closures(closures, target, change.start, own)
            if not lifted:
                unlifted.append(number)
        elif change.kind == "add_days":
            days = within(change.value, -MAX_DAYS, MAX_DAYS, number)
            target = target_of(tables, change.target, number)
            for leg_id in target.legs:
                leg = legs[leg_id]
                legs[leg_id] = replace(leg, days_min=_plus(leg.days_min, days), days_typical=_plus(
                    leg.days_typical, days), days_max=_plus(leg.days_max, days), origin=noted(leg.origin, note))
            # every stop at the place, on the dwell row it takes (Tariffs.dwell_rule)
            stop_days += [(place_id, days, note) for place_id in target.places]
        elif change.kind == "scale_rates":
            factor = within(change.value, 1 / MAX_FACTOR, MAX_FACTOR, number)
            if change.mode and change.mode not in m.MODES:
                raise change_error(number, Message(dmsg.UNKNOWN_MODE, mode=Verbatim(change.mode),
                                          known=Verbatim(", ".join(m.MODES))))
            target = target_of(tables, change.target, number, country=True)
            leg_ids, place_ids = scaled_targets(tables, target, change.mode)
            rates = [scaled_row(r, factor, note) if r.leg_id in leg_ids else r for r in rates]
            fees = scaled_fees(fees, place_ids, change.mode, factor, note)
        elif change.kind == "road_surcharge":
            factor = 1 + within(change.value, -99.0, 1000.0, number) / 100.0
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
        said.once(number, change, target)
    check_opened_once(opened, shut)
    closures = ended_at_reopenings(closures, reopened)
    for number in unlifted:  # an opening that reopens only what the scenario closes still opens something
        if not any(opening == number for _, opening, _ in reopened):
            change = scenario.changes[number - 1]
            raise change_error(number, Message(dmsg.NOTHING_TO_OPEN, target=Verbatim(change.target)))
    return replace(tables, closures=tuple(closures), legs=legs, stop_days=tuple(stop_days), leg_rates=tuple(rates),
                   node_fees=tuple(fees), settings=settings)


class _Said:
    """What the scenario's changes have said so far, as the tables read them: a change said again in other words
    (``torkham``, ``Торхам``, a closure from the departure day with or without its date) is refused as the same
    change, as it is typed alike; a search limit, or an exchange rate set outright, is refused where an earlier
    change already sets it: the later took the place of the first, unsaid, with both listed."""

    def __init__(self, scenario: Scenario, departure: dt.date):
        self.scenario, self.departure = scenario, departure
        self.changes: dict[tuple, int] = {}
        self.settings: dict[tuple[str, str], int] = {}  # ("limit", setting) or ("fx", currency): its first change

    def once(self, number: int, change: Change, target: Target | None) -> None:
        start = change.start or self.departure if change.kind in ("close", "open") else change.start
        said = (change.kind, target or change.target, change.value, start, change.end, change.mode)
        if said in self.changes:
            raise change_error(number, Message(dmsg.SAME_AS_CHANGE, other=Figure(self.changes[said], ".0f")))
        self.changes[said] = number
        if change.kind not in ("limit", "fx", "fx_change"):
            return
        setting = ("limit" if change.kind == "limit" else "fx", change.target)
        first = self.settings.setdefault(setting, number)
        if first != number and change.kind != "fx_change":  # a shift moves the rate set before it: both count
            raise change_error(number, Message(dmsg.SAID_AGAIN, change=describe(change), other=Figure(first, ".0f"),
                                               first=describe(self.scenario.changes[first - 1])))


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
        return within(change.value, 0.0, MAX_DAYS, number)
    if change.target in COUNTED:
        count = within(change.value, 0.0 if change.target == "max_mode_changes" else 1.0, 100.0, number)
        if count != int(count):
            raise change_error(number, Message(dmsg.NOT_A_COUNT, text=Verbatim(str(as_given(count)))))
        return int(count)
    return within(change.value, 1.0, MAX_FACTOR, number)


def _plus(days: float, more: float) -> float:
    return max(0.0, days + more)

