"""Which rows of the rate and fee tables a leg or stop takes: one per charge on a day (``pick_per_charge``), the rows
any day may choose (``choosable_per_charge``), the day from which the choice no longer changes (``settled``) and its
money (``money_settled``), a fee
set in an index unit as money (``valued``), and what a row's amount is multiplied by (``basis_quantity``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Callable

from . import model as m
from .rate_records import NodeFee
from .messages import Message


@dataclass(frozen=True)
class Picked:
    """The rate rows that apply (one per charge) and what a walk needs to know about them."""

    rows: tuple
    estimate: bool
    outside: tuple  # rows used outside their validity dates
    currencies: frozenset[str]
    carried: tuple[Message, ...] = ()  # an index unit (MRP) valued past the dates the tables give it for

    @classmethod
    def of(cls, rows, day: dt.date, carried: tuple[Message, ...] = ()) -> "Picked":
        rows = tuple(rows)
        return cls(rows, any(r.origin.estimate_note for r in rows), tuple(r for r in rows if not r.valid_on(day)),
                   frozenset(r.currency for r in rows), carried)


def pick_per_charge(rows, equipment_id: str, day: dt.date, generality: Callable[[object], tuple]):
    """For each charge: the most specific row (its own equipment, then its own direction or mode, as
    ``generality`` ranks them, lower first), valid on the day or else the nearest in time, then the newest."""
    by_charge: dict[str, list] = {}
    for row in rows:
        by_charge.setdefault(row.charge.casefold(), []).append(row)
    return [min(candidates, key=lambda row: (row.equipment != equipment_id, generality(row),
                                              row.days_outside(day), -(row.valid_from or dt.date.min).toordinal()))
            for candidates in by_charge.values()]


def settled(rows) -> dt.date:
    """The first day from which ``pick_per_charge`` chooses the same rows from these on every day: after the last
    start or the day after the last end of their validity, each row is valid on every day or on none, and the
    nearest in time stays so (half way across a gap between two rows, where the nearest changes, is before the
    later's start)."""
    return max(row_days(rows), default=dt.date.min)


def row_days(rows) -> set[dt.date]:
    """The days from which a row of these is valid or no longer valid: each start, the day after each end."""
    return {row.valid_from for row in rows if row.valid_from is not None} | {
        row.valid_to + dt.timedelta(days=1) if row.valid_to < dt.date.max else row.valid_to
        for row in rows if row.valid_to is not None}


def priced(row) -> tuple:
    """What a row's money is made of: its amount, currency, basis and, for a leg's rate, the least tonnes a unit is
    charged (a row's id, source, dates and notes only say where the money comes from)."""
    return row.amount, row.currency, row.basis, getattr(row, "min_t_per_unit", None)


def money_settled(rows, equipment_id: str, generality: Callable[[object], tuple]) -> dt.date:
    """The first day from which ``pick_per_charge`` chooses, for each charge, rows with the same money (``priced``)
    on every day: at most ``settled``, earlier where a row is followed by one with the same money (a rate renewed
    at the same figure). dt.date.min where it never changes."""
    return max((last_money_change(candidates) for candidates in choosable_per_charge(rows, equipment_id, generality)),
               default=dt.date.min)


def last_money_change(rows) -> dt.date:
    """The last day on which the money ``pick_per_charge`` chooses among rows of one charge that rank alike (the
    same equipment, direction and mode: they differ only in their dates) is not the day before's; dt.date.min
    where it is the same on every day.

    Among such rows the choice is the least (days outside its dates, the newer start). The days outside a row's
    dates fall by a day a day before its start, are 0 within them and grow after its end, so which of two rows
    is nearer changes only at a start, the day after an end, or half way across a gap between one's end and the
    other's start: the choice is the same between two of those days, and only they are looked at."""
    if len(rows) < 2:
        return dt.date.min  # a row alone is chosen on every day (outside its dates or not)

    def money_on(day: int) -> tuple:
        on = dt.date.fromordinal(day)
        return priced(min(rows, key=lambda row: (row.days_outside(on), -(row.valid_from or dt.date.min).toordinal())))

    for day in reversed(choice_days((row.valid_from, row.valid_to) for row in rows)):
        if day > 1 and money_on(day) != money_on(day - 1):
            return dt.date.fromordinal(day)
    return dt.date.min


def choice_days(periods) -> list[int]:
    """The days (ordinals, earliest first) on which the period nearest in time to the day, of these (valid_from,
    valid_to) periods, may differ from the day before's: a start, the day after an end, and either side of half way
    across a gap between one's end and another's start. An open end is None (or dt.date.max for an end)."""
    periods = list(periods)
    days = {start.toordinal() for start, _ in periods if start is not None} | {
        end.toordinal() + 1 for _, end in periods if end is not None and end < dt.date.max}
    for _, end in periods:
        for start, _ in periods:
            if end is not None and start is not None and end < start:
                middle = (end.toordinal() + start.toordinal()) // 2
                days.update((middle, middle + 1))
    return sorted(days)


def choosable_per_charge(rows, equipment_id: str, generality: Callable[[object], tuple]) -> list[list]:
    """For each charge, the rows ``pick_per_charge`` may choose on one day or another: the most specific ones."""
    by_charge: dict[str, list] = {}
    for row in rows:
        by_charge.setdefault(row.charge.casefold(), []).append(row)
    choosable = []
    for candidates in by_charge.values():
        rank = [(row.equipment != equipment_id, generality(row)) for row in candidates]
        best = min(rank)
        choosable.append([row for row, ranked in zip(candidates, rank) if ranked == best])
    return choosable


def basis_quantity(basis: str, tonnes: float, units: float, km: float, days: float = 0.0) -> float:
    """``days``: the days a wait's fees are charged for (bases per tonne-day and per unit-day)."""
    if basis == "per_tonne":
        return tonnes
    if basis == "per_tkm":
        return tonnes * km
    if basis == "per_unit":
        return float(units)
    if basis == "per_unit_km":
        return units * km
    if basis == "per_unit_day":
        return units * days
    if basis == "per_tonne_day":
        return tonnes * days
    return 1.0  # per_trip


def valued(row: NodeFee, span) -> NodeFee:
    """A fee set in an index unit (1 MRP) as money at one of the unit's values (a fee_units row), valid only while
    that value is."""
    return replace(
        row, amount=row.amount * span.value, currency=span.currency,
        valid_from=max(row.valid_from or span.valid_from, span.valid_from),
        valid_to=min(row.valid_to or span.valid_to, span.valid_to), as_of=row.dated,
        origin=m.Origin(tuple(dict.fromkeys((*row.origin.source_ids, *span.origin.source_ids))),
                        row.origin.estimate_note, row.origin.row))
