"""The routes table's price columns under commercial terms: the seller's price and the buyer's landed cost per
tonne, a dash where a route has none (the tooltip says why)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from .i18n import name, say


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def price_headers(prices) -> tuple[str, str]:
    if prices is None:
        return tr("Price/t"), tr("Landed/t")
    return tr("{rule}/t").format(rule=prices.checked.rule.rule), tr("Landed/t")


def _route(prices, row: int):
    return prices.route(row) if prices is not None else None


def price_value(prices, row: int, column: str) -> float | None:
    route = _route(prices, row)
    if route is None:
        return None
    return route.seller_per_tonne if column == "price" else route.landed_per_tonne


def price_cell(prices, row: int, column: str) -> str:
    route = _route(prices, row)
    value = price_value(prices, row, column)
    return "—" if route is None or value is None else fmt.money_per(value, route.currency)


def price_tip(prices, row: int) -> str | None:
    """The price line: under which rule and place, in total and per tonne; or why there is none."""
    route = _route(prices, row)
    if route is None:
        return None
    rule = f"{route.rule} {name(route.place_name)}"
    if route.reason:
        return f"{rule}: {say(route.reason)}"
    lines = [tr("{rule}: {total} ({per_tonne})").format(rule=rule, total=fmt.money(route.seller_price,
                                                                                   route.currency, decimals=2),
                                                         per_tonne=fmt.money_per(route.seller_per_tonne,
                                                                                 route.currency))]
    if route.landed is not None:
        lines.append(tr("Landed cost: {total} ({per_tonne})").format(
            total=fmt.money(route.landed, route.currency, decimals=2),
            per_tonne=fmt.money_per(route.landed_per_tonne, route.currency)))
    lines += [say(message) for message in (*route.missing, *route.warnings)]
    return "\n".join(lines)
