"""A route's own cells in words: its name and what tells it apart from the other routes of its corridor, its
days, its status and its tooltip, the per-unit column's header (the same words in every table; the cells of the
prices and of the what-if are price_cells.py's and decide_cells.py's)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from ..core import messages as msg
from ..core import vocabulary as vocab
from ..core import quote_messages as qmsg
from ..core.summary import route_at_risk
from .i18n import name, say

if TYPE_CHECKING:
    from ..core.quote import RouteQuote


def tr(text: str) -> str:
    # lupdate files module-level tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


def mode_name(mode: str) -> str:
    return QCoreApplication.translate(msg.TERMS, vocab.MODES.get(mode, mode))


def route_name(route, apart) -> str:
    """The corridor's name and, where the quote has other routes of that corridor, what tells this one apart
    (``China (Khorgos–Kashgar–Khunjerab–KKH) · by road from Urumqi``): the same words in every table."""
    text = name(route.corridor)
    if not apart:
        return text
    if apart.places:
        text += " · " + tr("via {place}").format(place=fmt.comma().join(map(name, apart.places)))
    if apart.mode:
        text += " · " + tr("by {mode} from {place}").format(mode=mode_name(apart.mode), place=name(apart.from_place))
    return text


def short_telling(apart) -> str:
    """What tells a route apart without its joining words: ``road Urumqi`` for ``by road from Urumqi``,
    ``Saryagash / Keles`` for ``via Saryagash / Keles``; "" for a route that is the only one of its corridor."""
    if not apart:
        return ""
    parts = [fmt.comma().join(map(name, apart.places))] if apart.places else []
    if apart.mode:
        parts.append(f"{mode_name(apart.mode)} {name(apart.from_place)}")
    return " · ".join(parts)



def per_unit_header(kind: str | None) -> str:
    return {"container": tr("Per container"), "wagon": tr("Per wagon"), "truck": tr("Per truck")}.get(
        kind or "", tr("Per t"))


def days_text(route: RouteQuote, finer: bool = False) -> str:
    """Typical days first, the range after: ``22 (10–49)`` (the header says days); ``finer``: the typical to a
    tenth, where another route's reads the same (fmt.days_told_apart)."""
    return fmt.days_span(route.days_min, route.days_typical, route.days_max, finer)


def status_text(route: RouteQuote) -> str:
    """A short status for a table cell; the full reason is in the tooltip and the route detail."""
    if route.available:
        return tr("open") + (" ⚠" if route_at_risk(route) else "")
    reason = route.unavailable_reason
    parts = (reason.parts or (reason,)) if isinstance(reason, msg.Message) else ()
    templates = {getattr(part, "template", None) for part in parts}
    if qmsg.CLOSED_ON in templates:
        return tr("closed")
    if qmsg.PLANNED in templates:
        return tr("planned, not built")
    return tr("no tariff")


def route_tooltip(route: RouteQuote) -> str:
    lines = [name(route.corridor), fmt.arrow().join(map(name, route.path))]
    if route.border_crossings:
        lines.append(tr("Borders: {places}").format(places=fmt.comma().join(map(name, route.border_crossings))))
    if not route.available:
        lines.append(say(route.unavailable_reason))
        if route.cost is not None:
            lines.append(tr("If it reopened: {cost}").format(cost=fmt.money(route.cost, route.currency)))
    lines += [say(warning) for warning in route.warnings]
    return "\n".join(lines)
