"""The exchange rates of a what-if scenario: the rates it sets, and the rates it shifts by a percentage from the
user's or the table's, laid over the ones the user set for the quote."""
from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

from . import quote_messages as qmsg
from .messages import Message, Verbatim
from .scenario import Scenario, as_given, change_error, within


def fx_overrides(scenario: Scenario, table_rate, departure: dt.date,
                 overrides: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
    """The exchange rates of a quote under the scenario: the user's, with the scenario's laid over them. A shift
    in % moves the currency's value against the US dollar from the rate the user set, else the table's
    (``table_rate(code, day)`` gives the table's units per USD): −15 % makes 503.35 KZT per USD 592.18. A rate
    worked out from a percentage is rounded to the figures of the rate it shifts, at least five (592.18, not
    592.1764706): the rate a document shows is then the rate its conversions use."""
    rates = {code.strip().upper(): float(value) for code, value in overrides}
    shifted: dict[str, tuple[float, float]] = {}  # currency: (the rate shifted, its value's factor so far)
    for number, change in enumerate(scenario.changes, 1):
        if change.kind == "fx":  # said as for a rate set for the quote, not as "outside 1e-09 to inf"
            if change.value is None or not math.isfinite(change.value) or change.value <= 0:
                raise change_error(number, Message(qmsg.RATE_NOT_POSITIVE, currency=Verbatim(change.target),
                                          number=as_given(math.nan if change.value is None else change.value)))
            rates[change.target] = change.value
            shifted.pop(change.target, None)
        elif change.kind == "fx_change":
            percent = within(change.value, -90.0, 900.0, number)
            base, factor = shifted.get(change.target) or (
                rates.get(change.target) or table_rate(change.target, departure), 1.0)
            shifted[change.target] = base, factor * (1 + percent / 100.0)
            rates[change.target] = shifted_rate(base, shifted[change.target][1])
    return tuple(sorted(rates.items()))


def shifted_rate(base: float, factor: float) -> float:
    """``base`` units per USD once the currency's value is × ``factor`` against the dollar, to the significant
    figures of ``base`` and at least five: 503.35 and × 0.85 (−15 %) give 592.18, 0.7672 and × 1.1 0.69745."""
    figures = max(5, len(Decimal(f"{base:.10g}").normalize().as_tuple().digits))
    return float(f"{base / factor:.{figures}g}")


def fx_shifts(scenario: Scenario) -> dict[str, float]:
    """The % by which the scenario moves each currency's value against the dollar, where it only shifts it (a
    rate it sets outright is no shift): −15 then +10 is −6.5 (the value × 0.85 × 1.1)."""
    shifts: dict[str, float] = {}
    for change in scenario.changes:
        if change.kind == "fx":
            shifts[change.target] = math.nan
        elif change.kind == "fx_change" and change.value is not None:
            factor = (1 + shifts.get(change.target, 0.0) / 100.0) * (1 + change.value / 100.0)
            shifts[change.target] = round((factor - 1) * 100.0, 10)
    return {code: pct for code, pct in shifts.items() if not math.isnan(pct)}

