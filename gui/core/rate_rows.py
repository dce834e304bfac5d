"""Which rows of the rate and fee tables a leg or stop takes: one per charge on a day (``pick_per_charge``), the rows
any day may choose (``choosable_per_charge``), the day from which the choice no longer changes (``settled``), a fee
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
    start or end of their validity, each row is valid on every day or on none, and the nearest in time stays so."""
    days = [day for row in rows for day in (row.valid_from, row.valid_to) if day is not None]
    last = max(days, default=dt.date.min)
    return last + dt.timedelta(days=1) if last < dt.date.max else last


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
