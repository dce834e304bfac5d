"""Currency conversion with the dated exchange-rate table."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from . import suggest
from .errors import InputError
from .messages import Verbatim
from .rate_records import FxRate

# what people type for a currency instead of its code, so that a suggestion can point to the code
CURRENCY_WORDS = {
    "USD": ("dollar", "доллар", "ڈالر"), "KZT": ("tenge", "тенге", "теңге"), "PKR": ("rupee", "рупия", "روپیہ"),
    "CNY": ("yuan", "renminbi", "юань"), "RUB": ("rouble", "ruble", "рубль"), "EUR": ("euro", "евро"),
    "UZS": ("som", "sum", "сум"), "CHF": ("franc", "франк"),
}


USER_RATE = "set by the user for this quote"  # the estimate note of a rate the user set (the JSON's "estimate")
WHAT_IF_RATE = "set by the what-if for this quote"  # one a what-if's exchange-rate change set


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
    what_if_pct: float | None = None  # a what-if's shift of the currency's value against the USD, in % (−15)
    what_if_from: float | None = None  # the rate the user set for the quote that the what-if shifted (505)

    @property
    def overridden(self) -> bool:
        return self.table_units_per_usd is not None

    @property
    def dated(self) -> bool:
        """The rate rests on the table's rate of ``as_of``: the table's own, or a what-if's shift of it (−15 % of
        503.35 of 23 January is as old as the 503.35); not a rate the user or a what-if set, nor a user's shifted."""
        return not self.overridden or (self.by_what_if and self.what_if_pct is not None and self.what_if_from is None)

    @property
    def by_what_if(self) -> bool:
        """Set by a what-if scenario's exchange-rate change, not by the user (decide.Decider marks it)."""
        return self.overridden and self.estimate_note == WHAT_IF_RATE


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

    def unknown_currency(self, code: str, field: str = "currency") -> InputError:
        """The error for a currency the table has no rate for, suggesting the closest codes ("tenge" → KZT)."""
        candidates = {c: (c, *CURRENCY_WORDS.get(c, ())) for c in self.currencies}
        return suggest.unknown(field, code, candidates, display=Verbatim, what="currency",
                               known=[Verbatim(c) for c in self.currencies])

    def rate(self, currency: str, on: dt.date) -> FxUsed:
        key = (currency, on)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        rows = self._by_currency.get(currency)
        if not rows:
            raise self.unknown_currency(currency)
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
            used[currency] = FxUsed(currency, units_per_usd, table.as_of, (), USER_RATE,
                                    False, table.units_per_usd)
        return used
