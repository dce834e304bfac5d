"""The routes compared on paper: one row per route with its figures and its status in a word or two, the notes
that say why under the table (each closure's cause once), and what a route's saved warnings say of its risks.
gui/qt/quote_page.py lays them out on the page."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..core import formatting as fmt
from ..core import quote_messages as qmsg
from ..core.buyer_copy import for_buyer
from ..core.messages import Message, Wording
from ..core.price_report import for_several_routes
from ..core.report import said, told_apart_parts
from .quote_page import NOWRAP, WHOLE, _e, amount

if TYPE_CHECKING:
    from .quote_page import _Page


def compared(page: _Page, document: dict, say: dict, w: Wording, both, figure, finer: list[bool]) -> None:
    currency = document["currency"]
    page.add(f"<h3>{_e(say['compared'])}</h3>")
    columns = (("3%", "#", True), ("53%", say["corridor"], False), ("10%", say["cost"].format(currency=currency), True),
               ("6%", say["per_t"], WHOLE), ("11%", say["days_range"], True), ("6%", say["co2e_t"], WHOLE),
               ("11%", say["status"], True))
    from .decide_document import goal_status, odds_cell, odds_columns
    from .price_document import price_columns, price_cells  # under commercial terms: price and landed per t

    columns = odds_columns(document, price_columns(document, columns, w), w)
    page.add(page.head(columns, table="routes"))
    reasons = []
    warned = False  # an open route with a risk on its way is marked, and the mark said under the table
    causes: dict[str, list[int]] = {}  # a closure's cause, said once for all the routes it closes
    # under terms, why an open route has no price (CIF with no sea leg to the port), once for the routes it holds for
    unpriced: dict[str, list[int]] = {}
    several: dict[str, str] = {}  # a reason said of one route, as said of several ("these routes have none")
    for number, route in enumerate(document["routes"], start=1):
        price = route.get("seller_price") or {}
        if document.get("incoterm") and route["available"] and price.get("total") is None and price.get("reason"):
            reason = said(price, "reason", w)
            unpriced.setdefault(reason, []).append(number)
            several.setdefault(reason, w.say(for_several_routes(price)))
        missed = goal_status(route, w, reasons)  # an open route that misses a goal: why, numbered below
        if missed:
            status = missed
        elif route["available"]:
            at_risk = _at_risk(route)
            status = say["at_risk"] if at_risk else say["available"]
            warned |= at_risk
        else:
            reasons.append(say["why"].format(number=number, reason=_short_reason(route, w, causes, number)))
            status = say[_why_not(route)].format(note=len(reasons))
        star = "★ " if route["pareto"] else ""
        page.row("routes", number, columns, [
            f"<td {NOWRAP}>{number}</td>", f"<td>{_e(star + both(route['corridor']))}{told_apart(route, say, w)}</td>",
            figure(amount(route, "cost")), figure(amount(route, "cost_per_tonne")),
            *price_cells(document, route, figure),
            figure(days_lines(route, finer[number - 1], bool(document.get("incoterm")))),
            *odds_cell(document, route, figure),
            figure(fmt.co2e_tonnes_text(route["co2e_kg"])),
            f"<td {NOWRAP}>{status_lines(status)}</td>"],
            "" if route["available"] and not missed else " style='color:#666'")
    from .decide_document import SHELF_NOTE, shelf_life_note

    if SHELF_NOTE in reasons:
        reasons[reasons.index(SHELF_NOTE)] = shelf_life_note(document["routes"], w)
    page.add(f"</table><p>{_e(say['star'])}" + (f" {_e(say['risk_note'])}" if warned else "") + "</p>")
    if reasons or unpriced:
        lines = [f"({i}) {_e(text)}" for i, text in enumerate(reasons, 1)]
        lines += [_e(say["why"].format(number=numbers[0], reason=cause) if len(numbers) == 1 else
                     say["cause"].format(routes=fmt.comma().join(map(str, numbers)), cause=cause))
                  for cause, numbers in causes.items()]
        from ..core.freshness import _numbers  # in runs: 6, 7, 9–16

        lines += [_e(say["why"].format(number=numbers[0], reason=reason) if len(numbers) == 1 else
                     say["cause"].format(routes=fmt.comma().join(_numbers([n - 1 for n in numbers])),
                                         cause=several[reason]))
                  for reason, numbers in unpriced.items()]
        # a paragraph each, so that a page break falls between two notes rather than moving them all
        page.add("".join(f"<p style='color:#555; font-size:7pt; margin-top:0; margin-bottom:0'>{line}</p>"
                         for line in lines))


def days_lines(route: dict, finer: bool = False, crowded: bool = True) -> str:
    """A route's days in its row; ``crowded`` (the price columns of commercial terms beside them): typical, and
    under it the range (``11.8`` / ``(6.2–27)``), a line each. On one line they took the width of "11,8 (6,2–27)"
    from the corridor's column, whose names ran a line longer in Russian, where the row is two lines deep anyway
    (the status's); without the price columns the corridor has room, and a row keeps one line."""
    if not crowded:
        return fmt.days_span(route["days_min"], route["days_typical"], route["days_max"], finer)
    return fmt.ltr(fmt.days(route["days_typical"], finer)) + "\n" + fmt.ltr(
        f"({fmt.days(route['days_min'])}–{fmt.days(route['days_max'])})")


STATUS_LINE = 12  # characters a line of a status runs to at most, unless a word is longer


def status_lines(status: str, width: int = STATUS_LINE) -> str:
    """A status as HTML, its words on lines of at most STATUS_LINE characters (or the longest word's length), its
    note's number held to the last word where the line has room (``misses a`` / ``goal (3)``), else under it
    (``может`` / ``испортиться`` / ``(3)``). The cell does not wrap by itself:
    Qt narrows a column of wrapping text to a letter or two when the figures' columns fill the page, and a status
    on one line ("дольше срока хранения (3)" runs long in Russian) left the corridor's name a few letters
    a line."""
    words = re.sub(r" (?=\(\d+\)$)", "\u00a0", status).split(" ")
    # the longest word sets the width, not with its note: "испортиться (3)" widened the column past the corridor's
    # room, where "испортиться" / "(3)" keeps it
    width = max(width, *(len(word) for word in words))
    if len(words[-1]) > width:
        words[-1:] = words[-1].split("\u00a0")
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(_e(line) for line in lines)


def told_apart(route: dict, say: dict, w: Wording) -> str:
    """`` · via Saryagash`` after a corridor's name when the quote has other routes of that corridor."""
    parts = told_apart_parts(route, w, say["via_place"], say["by_from"], fmt.comma())
    return "".join(f"<span style='color:#555'> · {_e(part)}</span>" for part in parts)


def _reason_parts(route: dict) -> list[Message]:
    """The parts of a route's reason for being unusable, as the messages they were said as (plain English text
    for a quote saved before messages kept their structure)."""
    data = (route.get("said") or {}).get("unavailable_reason")
    reason = Message.from_data(data, route.get("unavailable_reason")) if data else route.get("unavailable_reason")
    if isinstance(reason, Message):
        return list(reason.parts) if reason.template is None else [reason]
    return [reason] if reason else []


def _why_not(route: dict) -> str:
    """The short word for why a route cannot be used (its full reason is numbered under the table)."""
    templates = {getattr(part, "template", None) for part in _reason_parts(route)}
    if qmsg.CLOSED_ON in templates:
        return "unavailable"
    if qmsg.PLANNED in templates:
        return "planned"
    return "no_tariff"


def _short_reason(route: dict, w: Wording, causes: dict[str, list[int]], number: int) -> str:
    """A route's reason with each closure's cause left out (collected in ``causes`` to be said once under the
    table: three Afghan crossings closed for one reason make one line, not three)."""
    said_parts = []
    for part in _reason_parts(route):
        if isinstance(part, Message) and part.template == qmsg.CLOSED_ON:
            cause = w.say(part.values["reason"]) if isinstance(part.values["reason"], Message) else \
                w.name(str(part.values["reason"]))
            causes.setdefault(cause, []).append(number)
            part = Message(qmsg.CLOSED_WHEN, **{k: v for k, v in part.values.items() if k != "reason"})
        said_parts.append(w.say(part) if isinstance(part, Message) else str(part))
    return fmt.semicolon().join(said_parts)  # in Urdu the Arabic semicolon, as the core's joined reasons


def _route_parts(route: dict, key: str) -> list:
    texts = route.get(key) or []
    data = ((route.get("said") or {}).get(key)) or [None] * len(texts)
    return [Message.from_data(d, t) if d else t for d, t in zip(data, texts)]


def _at_risk(route: dict) -> bool:
    """An open route with a closure, a risk window or a proposed change on its way (summary.RISK_TEMPLATES)."""
    from ..core.summary import RISK_TEMPLATES, warned_of

    return warned_of(_route_parts(route, "warnings"), RISK_TEMPLATES)


def may_be_delayed(route: dict) -> bool:
    """A risk window on its way: not in its odds (summary.DELAY_TEMPLATES)."""
    from ..core.summary import DELAY_TEMPLATES, warned_of

    return warned_of(_route_parts(route, "warnings"), DELAY_TEMPLATES)


def route_warnings(route: dict, w: Wording) -> str:
    """The recommended route's warnings under its name: the buyer's copy carries the risks the window shows. Its
    estimates are marked in the breakdown (≈) and said under it; what its CO2e leaves out, in the Excel quote."""
    from ..core import rate_messages as rmsg

    said_elsewhere = {qmsg.ESTIMATES, rmsg.NO_HUB_FACTOR}
    parts = [part for part in _route_parts(route, "warnings")
             if getattr(part, "template", None) not in said_elsewhere]
    if not parts:
        return ""
    # a paragraph each: a page break moves on only the warning it would cut (the paragraph is kept whole), not all
    # of them; as one paragraph, the Russian what-if quote's four warnings, 26 lines, left half of page 1 blank
    return "".join(f"<p style='color:#8a4b00; font-size:7pt; margin-top:0; margin-bottom:{3 if last else 0}px'>⚠ "
                   + _e(w.say(for_buyer(part)) if isinstance(part, Message) else str(part)) + "</p>"
                   for last, part in ((index == len(parts) - 1, part) for index, part in enumerate(parts)))
