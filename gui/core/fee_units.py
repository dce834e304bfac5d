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
