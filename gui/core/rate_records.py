"""Immutable records of the prices the tariffs workbook gives: a leg's rates, a stop's fees and the exchange rates,
each with its validity, its date and its origin (the corridors workbook's records are model's)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .model import Origin


@dataclass(frozen=True)
class LegRate:
    rate_id: str
    leg_id: str
    direction: str
    equipment: str
    charge: str
    basis: str
    amount: float
    currency: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    origin: Origin
    notes: str = ""
    local_charges: tuple[tuple[str, str], ...] = ()  # (language code, charge name)
    as_of: dt.date | None = None  # when the figure was published or observed
    # per tonne or tonne-km: the least tonnes charged a unit (a wagon pays for at least this, or for what it can
    # carry of the cargo where that is less), None: the tonnes carried
    min_t_per_unit: float | None = None

    @property
    def dated(self) -> dt.date | None:
        """How old the figure is: its as-of date, else the start of its validity (None: not said)."""
        return self.as_of or self.valid_from

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    def days_outside(self, day: dt.date) -> int:
        if self.valid_from is not None and day < self.valid_from:
            return (self.valid_from - day).days
        if self.valid_to is not None and day > self.valid_to:
            return (day - self.valid_to).days
        return 0


@dataclass(frozen=True)
class NodeFee:
    fee_id: str
    place_id: str
    event: str
    mode: str
    equipment: str
    charge: str
    basis: str
    amount: float
    currency: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    origin: Origin
    notes: str = ""
    local_charges: tuple[tuple[str, str], ...] = ()  # (language code, charge name)
    direction: str = "both"  # one of NODE_DIRECTIONS
    as_of: dt.date | None = None
    # the country that charges it, where it is one side of a border (the Uzbek post at Zhibek Zholy: UZ); blank for
    # a charge of the place itself (a port, a transfer) or one for both sides
    country: str = ""

    valid_on = LegRate.valid_on
    days_outside = LegRate.days_outside
    dated = LegRate.dated


@dataclass(frozen=True)
class FxRate:
    currency: str
    units_per_usd: float
    as_of: dt.date
    origin: Origin
