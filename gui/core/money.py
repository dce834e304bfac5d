"""Currency conversion with the dated exchange-rate table."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from . import messages as msg
from .errors import InputError
from .messages import Message, Verbatim
from .model import FxRate


@dataclass(frozen=True)
class FxUsed:
    """The rate a quote used for one currency, so the quote can show it next to converted amounts."""

    currency: str
    units_per_usd: float
    as_of: dt.date
    source_ids: tuple[str, ...]
    estimate_note: str
    after_departure: bool  # no rate was dated on or before the departure; the oldest later one was used
    table_units_per_usd: float | None = None  # set when the user overrode the table's rate for this quote

    @property
    def overridden(self) -> bool:
        return self.table_units_per_usd is not None


class FxTable:
    """Looks up the newest rate on or before a date for each currency."""

    def __init__(self, rates: tuple[FxRate, ...]):
        self._by_currency: dict[str, list[FxRate]] = {}
        for rate in sorted(rates, key=lambda r: r.as_of):
            self._by_currency.setdefault(rate.currency, []).append(rate)
        self._dates = {code: [r.as_of for r in rows] for code, rows in self._by_currency.items()}
        self._cache: dict[tuple[str, dt.date], FxUsed] = {}

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(sorted(self._by_currency))

    def rate(self, currency: str, on: dt.date) -> FxUsed:
        key = (currency, on)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        rows = self._by_currency.get(currency)
        if not rows:
            raise InputError("currency", Message(msg.NO_RATE, currency=Verbatim(currency),
                                                 known=[Verbatim(c) for c in self.currencies]))
        index = bisect.bisect_right(self._dates[currency], on) - 1
        after = index < 0
        row = rows[0] if after else rows[index]
        used = FxUsed(currency, row.units_per_usd, row.as_of, row.origin.source_ids, row.origin.estimate_note, after)
        self._cache[key] = used
        return used

    def convert(self, amount: float, from_currency: str, to_currency: str, on: dt.date) -> float:
        if from_currency == to_currency:
            return amount
        return amount / self.rate(from_currency, on).units_per_usd * self.rate(to_currency, on).units_per_usd

    def with_overrides(self, overrides: dict[str, float], on: dt.date) -> dict[str, FxUsed]:
        """The rates a quote on ``on`` uses for the overridden currencies, each remembering the table's rate."""
        used = {}
        for currency, units_per_usd in overrides.items():
            table = self.rate(currency, on)
            used[currency] = FxUsed(currency, units_per_usd, table.as_of, (), "set by the user for this quote",
                                    False, table.units_per_usd)
        return used
