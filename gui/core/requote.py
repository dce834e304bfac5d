"""A saved quote against the same request on today's tables: what changed, route by route (the window's re-quote
of a quote in the history)."""
from __future__ import annotations

import datetime as dt
from typing import Any


from . import quote_messages as qmsg
from .messages import Figure, Message, Verbatim


def compare_quotes(saved: dict[str, Any], fresh: dict[str, Any]) -> list[Message]:
    """What changed between a saved quote and the same request on today's tables, route by route."""
    def key(route):
        # the same places can be passed by different legs (road, or a planned railway): the corridor tells them apart
        return route["corridor"], tuple(route["place_ids"])

    def named(route) -> Message:
        via = route["path"][1:-1]
        if not via:
            return Message(qmsg.ROUTE_DIRECT, corridor=route["corridor"])
        return Message(qmsg.ROUTE_VIA, corridor=route["corridor"], places=Message.joined(via, " → "))

    before = {key(r): r for r in saved["routes"]}
    after = {key(r): r for r in fresh["routes"]}
    lines = []
    for route_key, new in after.items():
        old = before.get(route_key)
        name = named(new)
        if old is None:
            lines.append(Message(qmsg.NEW_ROUTE, route=name))
            continue
        if old["available"] != new["available"]:
            reason = (new.get("said") or {}).get("unavailable_reason")
            lines.append(Message(qmsg.NOW_AVAILABLE, route=name) if new["available"] else Message(
                qmsg.NOW_UNAVAILABLE, route=name,
                reason=Message.from_data(reason, new["unavailable_reason"] or "") if reason
                else Verbatim(new["unavailable_reason"] or "")))
        if old["cost"] is not None and new["cost"] is not None and abs(new["cost"] - old["cost"]) >= 0.005:
            lines.append(Message(qmsg.COST_CHANGED, route=name, old=Figure(old["cost"]), new=Figure(new["cost"]),
                                 currency=Verbatim(new["currency"]), change=_change(old["cost"], new["cost"])))
        old_price = (old.get("seller_price") or {}).get("total")
        new_price = (new.get("seller_price") or {}).get("total")
        if old_price is not None and new_price is not None and abs(new_price - old_price) >= 0.005:
            from .trade_messages import PRICE_CHANGED

            lines.append(Message(PRICE_CHANGED, route=name, old=Figure(old_price, ",.2f"),
                                 new=Figure(new_price, ",.2f"), currency=Verbatim(new["currency"]),
                                 change=_change(old_price, new_price)))
        # to a tenth, as a quote saved before its days were kept unrounded has them
        old_days, new_days = round(old["days_typical"], 1), round(new["days_typical"], 1)
        if abs(new_days - old_days) >= 0.05:
            lines.append(Message(qmsg.DAYS_CHANGED, route=name, old=Figure(old_days, "g"), new=Figure(new_days, "g")))
    for route_key, old in before.items():
        if route_key not in after:
            lines.append(Message(qmsg.ROUTE_GONE, route=named(old)))
    if saved["tables"] != fresh["tables"]:
        lines.append(Message(qmsg.TABLES_CHANGED, old=_day(saved["tables"].get("fx_as_of")),
                             new=_day(fresh["tables"].get("fx_as_of"))))
    return lines


def _day(text: str | None):
    try:
        return dt.date.fromisoformat(text) if text else Verbatim("—")
    except ValueError:
        return Verbatim(text)


def _change(old: float, new: float):
    """The change in per cent; a dash from nought, where no per cent says it (it was said as +0.0 %)."""
    return Figure((new - old) / old, "+.1%") if old else Verbatim("—")
