"""Time made explicit on a quote: a departure before the quote date (a back-dated quote), and exchange rates or
rates older than the limit the user set (90 days unless changed), each said in one line with the dates."""
from __future__ import annotations

import datetime as dt


from . import quote_messages as qmsg
from . import trade_messages as tmsg
from .goals import numbered
from .messages import Figure, Message, Verbatim, counted

DEFAULT_STALE_DAYS = 90


def quote_warnings(departure: dt.date, quoted_on: dt.date, stale_after_days: int, fx, routes,
                   currency: str = "USD") -> list[Message]:
    """Warnings for the whole quote: back-dated, and figures older than ``stale_after_days`` on ``quoted_on``.
    ``fx`` are the rates used (FxUsed), ``routes`` the quote's routes (their oldest dated rate or fee), ``currency``
    the quote's (every route's total is in it)."""
    warnings = []
    if departure < quoted_on:
        warnings.append(Message(qmsg.BACK_DATED, departure=departure, today=quoted_on))
    limit = quoted_on - dt.timedelta(days=stale_after_days)
    parts = []
    # a what-if's shift of a table's rate is as old as that rate (FxUsed.dated)
    old_rates = sorted((rate for rate in fx if rate.currency != "USD" and rate.dated and rate.as_of < limit),
                       key=lambda rate: (rate.as_of, rate.currency))
    if old_rates:
        parts.append(_old_rates(old_rates, quoted_on, routes, currency))
    ages = [r.oldest_figure for r in routes if r.available and getattr(r, "oldest_figure", None) is not None]
    if ages:
        oldest = min(ages, key=lambda age: age.as_of)
        if oldest.as_of < limit:
            parts.append(Message(qmsg.STALE_RATE, charge=oldest.charge, where=oldest.where, date=oldest.as_of))
    if parts:
        limit = Figure(stale_after_days)
        warnings.append(Message(counted(limit, qmsg.STALE_DAY, qmsg.STALE), limit=limit,
                                parts=Message.joined(parts, "; ")))
    return warnings


def restate_old(warnings, request, fx, routes, currency: str) -> tuple:
    """``warnings`` with the quote's "older than" warning said again for the rates ``fx`` (a what-if's, marked
    once the quote was made: a rate it shifted from the table's is as old as the table's), in the same place."""
    quoted_on = request.day_quoted()
    said = [w for w in quote_warnings(request.departure, quoted_on, request.stale_after_days, fx, routes, currency)
            if getattr(w, "template", None) in OLD]
    kept = [w for w in warnings if getattr(w, "template", None) not in OLD]
    if not said:
        return tuple(kept)
    at = next((i for i, w in enumerate(warnings) if getattr(w, "template", None) in OLD), None)
    if at is None:  # after the ban and back-dated warnings, before the trade-offs (as the quote puts it)
        at = next((i for i, w in enumerate(kept) if getattr(w, "template", None) not in FIRST), len(kept))
    return (*kept[:at], said[0], *kept[at:])


OLD = (qmsg.STALE, qmsg.STALE_DAY)
FIRST = (tmsg.IMPORT_BANNED, tmsg.IMPORT_BANNED_UNDATED, qmsg.BACK_DATED)  # the warnings before it


def _old_rates(old_rates, quoted_on: dt.date, routes, currency: str) -> Message:
    """The oldest exchange rates past the limit, by currency, and the routes that use them where not every route
    does (a rate only a side route uses is not the recommended route's); then the other rates past the limit."""
    day = old_rates[0].as_of
    oldest = [rate.currency for rate in old_rates if rate.as_of == day]
    pairs = [Verbatim(f"{code}/USD") for code in oldest]
    days = Figure((quoted_on - day).days)
    said = Message(counted(days, qmsg.STALE_FX_DAY, qmsg.STALE_FX), pair=pairs[0], date=day, days=days) \
        if len(pairs) == 1 else Message(counted(days, qmsg.STALE_FX_SEVERAL_DAY, qmsg.STALE_FX_SEVERAL), pairs=pairs,
                                        date=day, days=days)
    users = [i for i, route in enumerate(routes) if set(oldest) & set(getattr(route, "currencies", ()))]
    # a rate of the quote currency is in every route's total
    if currency not in oldest and users and len(users) < len(routes):
        said = Message(qmsg.STALE_FX_ROUTE, rate=said, route=numbered(users[0], routes[users[0]].corridor)) \
            if len(users) == 1 else Message(qmsg.STALE_FX_ROUTES, rate=said, numbers=_numbers(users))
    newer = [Verbatim(f"{rate.currency}/USD") for rate in old_rates if rate.as_of != day]
    return Message.joined([said, Message(qmsg.STALE_FX_ALSO, pairs=newer)], "; ") if newer else said


def _numbers(indices: list[int]) -> list[Verbatim]:
    """Route numbers (1-based) in runs: ``1–4, 7, 11``, a list, so that each language joins it with its own comma
    (Urdu's "،": the Latin one stood between right-to-left words as "12 ,11 ,8")."""
    runs: list[list[int]] = []
    for number in (i + 1 for i in indices):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [Verbatim(f"{run[0]}–{run[-1]}") if len(run) > 2 else Verbatim(str(number))
            for run in runs for number in ((run[0],) if len(run) > 2 else run)]


def stale_rates(fx, quoted_on: dt.date, stale_after_days: int) -> list[Message]:
    """The warning, if any, on rates of exchange past the limit among ``fx``: those the terms use beyond the
    freight quote's (a specific duty's EUR, the goods' currency), said as the quote says its own."""
    limit = quoted_on - dt.timedelta(days=stale_after_days)
    old = sorted((rate for rate in fx if rate.currency != "USD" and not rate.overridden and rate.as_of < limit),
                 key=lambda rate: (rate.as_of, rate.currency))
    if not old:
        return []
    days = Figure(stale_after_days)
    return [Message(counted(days, qmsg.STALE_DAY, qmsg.STALE), limit=days, parts=_old_rates(old, quoted_on, (), ""))]
