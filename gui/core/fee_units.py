"""The value of an index unit fees are set in (Kazakhstan's monthly calculation index, MRP, re-set each
1 January) on a day: from the span of sheet 'fee_units' that holds it, or else from the nearest span, carried past
its dates with a warning that names the unit, its value and the span. One rule for a fee of the corridor tables
(the e-queue slot at Zhibek Zholy, 1 MRP) and a commercial fee (a Kazakh declaration, 6 MRP), so the two agree."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from . import trade_messages as tmsg
from .messages import Figure, Message, Verbatim
from .rate_rows import choice_days
from .trade_tables import FeeUnit


@dataclass(frozen=True)
class UnitValue:
    """The span of an index unit used on ``day``; ``others``: every span the tables have of that unit."""

    span: FeeUnit
    day: dt.date
    others: tuple[FeeUnit, ...]

    @property
    def carried(self) -> bool:
        """Used on a day outside its span: no value of the tables holds for the day."""
        return not self.span.valid_from <= self.day <= self.span.valid_to

    def warning(self) -> Message | None:
        """``the 2026 MRP (4,325 KZT) is used for 2027: no 2027 value is in the tables`` where carried."""
        if not self.carried:
            return None
        span, year = self.span, self.day.year
        value = Message("{value} {currency}", value=Figure(span.value, ",.10g"), currency=Verbatim(span.currency))
        whole_year = (span.valid_from, span.valid_to) == (dt.date(span.valid_from.year, 1, 1),
                                                          dt.date(span.valid_from.year, 12, 31))
        if whole_year and not any(s.valid_from.year <= year <= s.valid_to.year for s in self.others):
            return Message(tmsg.FEE_UNIT_CARRIED_YEAR, year=Verbatim(str(span.valid_from.year)),
                           unit=Verbatim(span.unit), value=value, day_year=Verbatim(str(year)))
        return Message(tmsg.FEE_UNIT_CARRIED, unit=Verbatim(span.unit), start=span.valid_from, end=span.valid_to,
                       value=value, date=self.day)


def unit_value(spans: Iterable[FeeUnit], unit: str, country: str, day: dt.date) -> UnitValue | None:
    """The value of ``unit`` of ``country`` on ``day``: the span that holds the day, else the nearest (the newer of
    two as near); None where the tables have no value of the unit at all."""
    mine = tuple(span for span in spans if (span.unit, span.country) == (unit, country))
    if not mine:
        return None
    span = min(mine, key=lambda s: (_days_outside(s, day), -s.valid_from.toordinal()))
    return UnitValue(span, day, mine)


def _days_outside(span: FeeUnit, day: dt.date) -> int:
    if day < span.valid_from:
        return (span.valid_from - day).days
    return max(0, (day - span.valid_to).days)


def unit_settled(spans: Iterable[FeeUnit], unit: str, country: str) -> tuple[dt.date, dt.date]:
    """For ``unit_value`` of ``unit``: the first day from which it chooses the same span on every day, and the first
    day from which no day is carried (dt.date.max where some always is: a carried value's warning names the day or
    its year, so it changes with the day however long the value stays).

    The span chosen changes only at a span's start or the day after its end, or where a day in a gap between two
    spans becomes nearer the later (the distances to the spans that end before and start after a day move by a day
    a day): after the last of these days one span is chosen for good, and it is chosen back to the last of them
    where the day before chooses another."""
    mine = [span for span in spans if (span.unit, span.country) == (unit, country)]
    if not mine:
        return dt.date.min, dt.date.min
    days = choice_days((span.valid_from, span.valid_to) for span in mine)
    chosen = unit_value(mine, unit, country, dt.date.fromordinal(days[-1])).span

    def before(day: int) -> FeeUnit | None:  # the span chosen the day before (from the last change before it)
        return unit_value(mine, unit, country, dt.date.fromordinal(day - 1)).span if day > 1 else None

    at = len(days) - 1
    while at > 0 and before(days[at]) is chosen:
        at -= 1  # the days from days[at - 1] up to this one choose the span chosen for good
    settled = dt.date.min if at == 0 and before(days[0]) is chosen else dt.date.fromordinal(days[at])
    return settled, _held_from(mine)


def _held_from(mine: list[FeeUnit]) -> dt.date:
    """The first day from which every day is held by a span (dt.date.max: none is held to the end of time)."""
    start = min((span.valid_from for span in mine if span.valid_to == dt.date.max), default=None)
    if start is None:
        return dt.date.max
    joined = True
    while joined:  # spans that join the run held to the end of time, back from its start
        joined = False
        for span in mine:
            if span.valid_from < start and span.valid_to >= start - dt.timedelta(days=1):
                start, joined = span.valid_from, True
    return start
