"""One way to write money, days, tonnes and CO2e for people, used by the window, the CLI and documents."""
from __future__ import annotations

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€"}


def money(value: float | None, currency: str, *, decimals: int = 0) -> str:
    if value is None:
        return "—"
    return f"{value:,.{decimals}f} {currency}"


def money_short(value: float, currency: str) -> str:
    """Compact money for chart axes and tight cells: 1.2 M USD, 45 k USD."""
    size = abs(value)
    if size >= 1e9:
        return f"{value / 1e9:.1f} bn {currency}"
    if size >= 1e6:
        return f"{value / 1e6:.1f} M {currency}"
    if size >= 1e4:
        return f"{value / 1e3:.0f} k {currency}"
    return f"{value:,.0f} {currency}"


def days(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def days_range(low: float, typical: float, high: float) -> str:
    return f"{days(low)}–{days(typical)}–{days(high)} d"


def tonnes(value: float) -> str:
    return f"{value:,.1f} t" if value < 100 else f"{value:,.0f} t"


def co2e(kg: float) -> str:
    return f"{kg / 1000:,.1f} t CO2e" if kg >= 1000 else f"{kg:,.0f} kg CO2e"


def km(value: float) -> str:
    return f"{value:,.0f} km"
