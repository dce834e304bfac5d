"""Money worked out as a clerk with a calculator works it: figures taken as the decimals they were written as,
products exact, each amount rounded to the cent half up."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .messages import Figure, Message, Verbatim

CENT = Decimal("0.01")


def exact(value) -> Decimal:
    """A figure as the decimal it was written as (0.011899, not the binary float nearest to it)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(round(value, 9))) if isinstance(value, float) else Decimal(value)


def product(*values) -> Decimal:
    result = Decimal(1)
    for value in values:
        result *= exact(value)
    return result


def cents(value) -> float:
    """Money to the cent, half up, from exact decimal arithmetic, as a clerk with a calculator rounds."""
    return float(exact(value).quantize(CENT, rounding=ROUND_HALF_UP))


def money(value: float, currency: str) -> Message:
    return Message("{value} {currency}", value=Figure(float(value), ",.2f"), currency=Verbatim(currency))


def rate_money(value: float, currency: str) -> Message:
    """A rate as given (0.017 EUR), not rounded to the cent."""
    return Message("{value} {currency}", value=Figure(float(value), ",.10g"), currency=Verbatim(currency))
