"""A what-if's closures and openings against the tables' closures and against each other: an opening lifts the
tables' closures of a place or leg (from its day, or altogether); it ends a closure of the scenario's own only where
it is dated after the closure starts, and one that would leave both said and the place still closed is refused
(scenario_tables.apply gathers them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from . import decide_messages as dmsg
from . import model as m
from .messages import Figure, Message, Verbatim
from .scenario import change_error
from .scenario_targets import Target


def reopenings(shut: list[tuple[int, Target, dt.date, dt.date | None]],
               opened: list[tuple[int, Target, dt.date, str, bool]]) -> list[tuple[int, int, dt.date]]:
    """The scenario's closures that its openings end (closed from 7 December, ``open Torkham:2026-12-20``: closed
    to the 19th), as (closure, opening, day). An opening lifts the tables' closures; one of the scenario's own it
    ends only where it is dated after the closure starts. Refused, naming the place: an opening on the day a
    closure of the scenario starts, or an undated one (from the departure) while the scenario has the place closed
    (``--close Torkham --open Torkham`` said both and left Torkham closed). An opening before the closure starts
    (open now, close again from 1 April) or after it ends is kept as it is."""
    reopened = []
    for closed, shut_target, start, end in shut:
        for number, open_target, day, typed, dated in opened:
            if not _same(shut_target, open_target) or day < start or end is not None and day > end:
                continue
            if dated and day > start:
                reopened.append((closed, number, day))
                continue
            raise change_error(number, Message(dmsg.OPENED_WHILE_CLOSED, target=Verbatim(typed), day=day,
                                               closed=Figure(closed, ".0f")))
    return reopened


def check_opened_once(opened: list[tuple[int, Target, dt.date, str, bool]],
                      shut: list[tuple[int, Target, dt.date, dt.date | None]]) -> None:
    """Refuse a place or leg opened twice, from two days (``--open Torkham:2026-12-18 --open
    Torkham:2026-12-14`` opened it from the 14th, both said), unless a closure of the scenario starts between the
    two: open now, closed from the 15th, open again from the 20th."""
    for index, (first, first_target, first_day, _, _) in enumerate(opened):
        for number, target, day, typed, _ in opened[index + 1:]:
            if not _same(first_target, target):
                continue
            early, late = sorted((first_day, day))
            if any(_same(closed, target) and early < start < late for _, closed, start, _ in shut):
                continue
            raise change_error(number, Message(dmsg.OPENED_TWICE, target=Verbatim(typed), day=day,
                                               other=Figure(first, ".0f"), first=first_day))


def _same(one: Target, other: Target) -> bool:
    """Whether two targets share a place or a leg."""
    return bool(set(one.places) & set(other.places) or set(one.legs) & set(other.legs))


def ended_at_reopenings(closures: list[m.Closure], reopened: list[tuple[int, int, dt.date]]) -> list[m.Closure]:
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



def lift_closures(closures: list[m.Closure], target: Target, start: dt.date | None,
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
