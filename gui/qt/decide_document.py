"""The quote on paper with the booth's questions answered (gui/qt/quote_page.py calls these): the what-if scenario,
the goals and the arrival date among the quote's facts, each route's odds of arriving in time, the goal a route
misses, and, when none meets them all, which goal binds. A quote without them reads as before (two pages)."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from ..core.decide_report import percent
from ..core.messages import RIGHT_TO_LEFT, Message, Wording

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts
NOWRAP = "style='white-space:nowrap'"
ON_TIME_WIDTH = 6  # per cent of the page: the routes compared's odds column, taken from the corridor's


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else "")).replace("\n", "<br>")


def labels(translate=translate) -> dict[str, str]:
    return {
        "what_if": translate("QuoteDocument", "What if"),
        "what_if_value": translate("QuoteDocument", "{title} — the tables with these changes: {changes}"),
        "what_if_changes": translate("QuoteDocument", "the tables with these changes: {changes}"),
        "goals": translate("QuoteDocument", "Goals"),
        "arrive_by": translate("QuoteDocument", "Arrive by"),
        "arrive_by_value": translate("QuoteDocument", "{date}, with {wanted} % certainty"),
        "on_time": translate("QuoteDocument", "On time"),
        "misses": translate("QuoteDocument", "misses a goal ({note})"),
        # the window's words for it (the routes' status, the best routes' cards): a buyer reads the consequence,
        # and the window and the paper say one thing
        "too_long": translate("", "may spoil") + " ({note})",
        "odds": translate("QuoteDocument", "{odds} on time by {date}; {wanted} % arrive by {sure}"),
        "never": translate("QuoteDocument", "{odds} on time by {date}; {wanted} % by no date: closures on the way "
                                            "stop more than {rest} %"),
        "risk_left_out": translate("QuoteDocument", "the odds leave out the risks on the way named below"),
        "none": translate("QuoteDocument", "No route meets every goal"),
        # as the Excel quote's summary and its Routes sheet's columns say them
        "capital": translate("QuoteDocument", "Capital in transit"),
        "capital_value": translate("QuoteDocument", "{rate} % a year on the goods' value, {value} {currency}"),
        "capital_line": translate("QuoteDocument", "capital in transit {amount} ({rate} % a year for {days} days); "
                                                   "freight + capital {economic}"),
    }


def _said_list(part: dict, key: str, w: Wording) -> list[str]:
    texts = part.get(key) or []
    data = ((part.get("said") or {}).get(key)) or [None] * len(texts)
    return [w.say(Message.from_data(d, t)) if d else t for d, t in zip(data, texts)]


def said(part: dict, key: str, w: Wording) -> str:
    """A sentence of a saved decision, in the buyer's words (buyer_copy.for_buyer): these are the PDF's."""
    from ..core.buyer_copy import for_buyer

    data = (part.get("said") or {}).get(key)
    text = part.get(key)
    return w.say(for_buyer(Message.from_data(data, text))) if data else str(text or "")


def _in_both(w: Wording, value) -> str:
    """``value(wording)`` in the reader's language, with the whole of it in English on the next line in a bilingual
    document: each change or goal given in both, one after the other, ran the languages together on a line
    ("Sarakhs closed; Торхам открыт"), and in Urdu the English took the right-to-left line's order."""
    if not w.bilingual:
        return value(w)
    return w.both(value(w.one_language()), value(Wording()))


def _what_if_value(scenario: dict, w: Wording) -> str:
    say = labels(w.label)
    # in right-to-left text the Arabic semicolon, which keeps the changes in their order (messages.py)
    changes = ("؛ " if w.language in RIGHT_TO_LEFT else "; ").join(_said_list(scenario, "described", w))
    # an unnamed scenario is its changes: said once, not as its title and again as its changes
    return (say["what_if_value"].format(title=scenario["name"], changes=changes) if scenario.get("name")
            else say["what_if_changes"].format(changes=changes))


def _goals_value(goals: dict, w: Wording) -> str:
    described = [text for text, data in zip(_said_list(goals, "described", w),
                                            (goals.get("said") or {}).get("described") or [])
                 if not (data and data.get("template", "").startswith("by {date}"))]
    return " · ".join(described)


def facts(document: dict, w: Wording, day) -> list[tuple[str, str]]:
    """The scenario, the goals and the arrival date, as facts of the quote (none when not set)."""
    say = labels(w.label)
    found = []
    scenario = document.get("scenario")
    if scenario:
        found.append((say["what_if"], _in_both(w, lambda wording: _what_if_value(scenario, wording))))
    goals = document.get("goals")
    if goals and goals.get("described") and _in_both(w.one_language(), lambda wording: _goals_value(goals, wording)):
        found.append((say["goals"], _in_both(w, lambda wording: _goals_value(goals, wording))))
    if goals and goals.get("capital_rate_pct") is not None and document.get("goods_value") is not None:
        found.append((say["capital"], say["capital_value"].format(
            rate=fmt.significant(goals["capital_rate_pct"]), value=fmt.number(document["goods_value"]),
            currency=document["currency"])))
    if document.get("arrive_by"):
        found.append((say["arrive_by"], say["arrive_by_value"].format(
            date=day(document["arrive_by"]), wanted=f"{(document.get('on_time_wanted') or 0.9) * 100:g}")))
    return found


def none_heading(document: dict, w: Wording) -> str | None:
    """When no route meets the goals: a heading and what binds (None otherwise)."""
    if not document.get("binding"):
        return None
    from ..core import decide_messages as dmsg

    say = labels(w.label)
    data = (document.get("said") or {}).get("binding")
    message = Message.from_data(data, document["binding"]) if data else document["binding"]
    if isinstance(message, Message) and message.template == dmsg.NOTHING_QUALIFIES:
        message = message.values["binding"]  # the heading says that no route meets them: here, what binds
    return f"<h3>{_e(say['none'])}</h3><p style='color:#9b1c1c'>{_e(w.say(message))}</p>"


def odds_line(document: dict, route: dict, w: Wording, day) -> str:
    """Under the recommended route: its odds, shelf life, the cheaper route it was chosen over for the cargo's shelf
    life, and its change under the scenario, in small print."""
    say = labels(w.label)
    parts = []
    if route.get("on_time_probability") is not None:
        sure = route.get("sure_by")
        wanted = (document.get("on_time_wanted") or 0.9) * 100
        parts.append((say["odds"] if sure else say["never"]).format(
            odds=fmt.ltr(percent(route["on_time_probability"])), date=day(document["arrive_by"]),
            wanted=fmt.localise(f"{wanted:.6g}"), sure=day(sure) if sure else "",
            rest=fmt.localise(f"{100 - wanted:.6g}")))
        from .routes_document import may_be_delayed

        if may_be_delayed(route):
            parts.append(say["risk_left_out"])
    if route.get("shelf_life"):
        parts.append(said(route, "shelf_life", w))
    capital, economic = route.get("capital_in_transit"), route.get("economic_cost")
    if capital is not None and economic is not None:  # the money tied up on the way, beside the price it adds to
        currency, goals = document["currency"], document.get("goals") or {}
        shown = fmt.rest_of_whole(economic, route["cost"])  # adding up with the freight, as said (terminal)
        parts.append(say["capital_line"].format(
            amount=fmt.ltr(fmt.money(shown, currency)), rate=fmt.significant(goals.get("capital_rate_pct") or 0),
            days=fmt.ltr(fmt.days(route["days_typical"], True)), economic=fmt.ltr(fmt.money(economic, currency))))
    if document.get("recommended_over") and document.get("recommended") and \
            document["routes"][document["recommended"] - 1] is route:
        parts.append(said(document, "recommended_over", w))
    if not parts:
        return ""
    from .i18n import RIGHT_TO_LEFT, current_language

    # set explicitly: a line that begins with a figure ("2. …", "33 …") would otherwise be laid out left to right
    direction = "rtl" if (w.language or current_language()) in RIGHT_TO_LEFT else "ltr"
    return f"<p dir='{direction}' style='font-size:7.5pt'>{_e(' · '.join(parts))}</p>"


def odds_columns(document: dict, columns: tuple, w: Wording) -> tuple:
    """The routes compared with an odds column after the days, where an arrival date was asked."""
    if not document.get("arrive_by"):
        return columns
    number, corridor, *rest = columns
    width = f"{int(corridor[0].rstrip('%')) - ON_TIME_WIDTH}%"
    days = next(i for i, column in enumerate(rest) if column[1] == translate_days(w))
    rest.insert(days + 1, (f"{ON_TIME_WIDTH}%", labels(w.label)["on_time"], True))
    return (number, (width, corridor[1], corridor[2]), *rest)


def translate_days(w: Wording) -> str:
    return w.label("QuoteDocument", "Days")


def odds_cell(document: dict, route: dict, figure) -> list[str]:
    if not document.get("arrive_by"):
        return []
    # "44 %" kept left to right in Urdu, which laid it out "% 44"
    return [figure(fmt.ltr(percent(route.get("on_time_probability"))) if route.get("on_time_probability") is not None
                   else "—")]


def goal_status(route: dict, w: Wording, reasons: list[str]) -> str | None:
    """``misses a goal (3)`` for an open route that misses one, or ``may spoil (4)`` for one that may
    take longer than the cargo keeps: its reason numbered under the table."""
    if not route["available"]:
        return None
    if route.get("excluded_reason"):
        return labels(w.label)["misses"].format(note=_numbered(reasons, said(route, "excluded_reason", w)))
    if route.get("shelf_life"):  # one note for every route that may spoil (shelf_life_note)
        return labels(w.label)["too_long"].format(note=_numbered(reasons, SHELF_NOTE))
    return None


SHELF_NOTE = "\x00shelf life"  # the place among the notes of the one that says what the routes that may spoil exceed


def shelf_life_note(routes: list[dict], w: Wording) -> str:
    """What the routes that may spoil exceed, said once for them all: their longest times as a span ("may take up
    to 22–57 days; the shelf life of citrus (kinnow) is about 21 days"), each route's own in its row's days. A
    note each, which differed by their days alone, took seven lines of the kinnow quote (eight in Urdu)."""
    from ..core.buyer_copy import for_buyer
    from ..core.messages import Verbatim

    spoiling = [route for route in routes if route["available"] and route.get("shelf_life")
                and not route.get("excluded_reason")]
    messages = [Message.from_data(data, route["shelf_life"]) if data else route["shelf_life"]
                for route, data in ((route, (route.get("said") or {}).get("shelf_life")) for route in spoiling)]
    if not messages or not all(isinstance(m, Message) and "days" in m.values for m in messages):
        # a quote saved before the note kept its figures: each route's note as it was saved, once each
        return fmt.semicolon().join(dict.fromkeys(w.say(for_buyer(m)) for m in messages))
    days = sorted((m.values["days"] for m in messages), key=lambda figure: getattr(figure, "value", 0))
    first, last = (w.number(str(figure)) for figure in (days[0], days[-1]))
    span = first if first == last else f"{first}–{last}"
    return w.say(for_buyer(Message(messages[0].template, **{**messages[0].values, "days": Verbatim(span)})))


def _numbered(reasons: list[str], reason: str) -> int:
    """The number of ``reason`` among the notes: routes missing a goal for the same reason share one note (twelve
    routes avoiding Iran and China read "(1) passes Iran, to be avoided" … "(12) passes China, …")."""
    if reason not in reasons:
        reasons.append(reason)
    return reasons.index(reason) + 1
