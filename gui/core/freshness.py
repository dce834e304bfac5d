"""Time made explicit on a quote: a departure before the quote date (a back-dated quote), and exchange rates or
rates older than the limit the user set (90 days unless changed), each said in one line with the dates."""
from __future__ import annotations

import datetime as dt

from . import messages as msg
from .messages import Figure, Message

DEFAULT_STALE_DAYS = 90


def quote_warnings(departure: dt.date, quoted_on: dt.date, stale_after_days: int, fx, routes) -> list[Message]:
    """Warnings for the whole quote: back-dated, and figures older than ``stale_after_days`` on ``quoted_on``.
    ``fx`` are the rates used (FxUsed), ``routes`` the quote's routes (their oldest dated rate or fee)."""
    warnings = []
    if departure < quoted_on:
        warnings.append(Message(msg.BACK_DATED, departure=departure, today=quoted_on))
    limit = quoted_on - dt.timedelta(days=stale_after_days)
    parts = []
    table_rates = [rate for rate in fx if rate.currency != "USD" and not rate.overridden]
    if table_rates:
        oldest_fx = min(rate.as_of for rate in table_rates)
        if oldest_fx < limit:
            parts.append(Message(msg.STALE_FX, date=oldest_fx, days=Figure((quoted_on - oldest_fx).days)))
    ages = [r.oldest_figure for r in routes if r.available and getattr(r, "oldest_figure", None) is not None]
    if ages:
        oldest = min(ages, key=lambda age: age.as_of)
        if oldest.as_of < limit:
            parts.append(Message(msg.STALE_RATE, charge=oldest.charge, where=oldest.where, date=oldest.as_of))
    if parts:
        warnings.append(Message(msg.STALE, limit=Figure(stale_after_days), parts=Message.joined(parts, "; ")))
    return warnings
