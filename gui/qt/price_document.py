"""The quote on paper under commercial terms: the terms among the facts, the price and the landed cost under the
recommended route, every route's price line, and the price line by line (gui/qt/quote_page.py calls these). The
"included / not included" block itself is the core's (gui/core/inclusions.py, gui/core/terms_block.py)."""
from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core import formatting as fmt
from ..core.buyer_copy import said_to_buyer
from ..core.messages import Message, Wording
from ..core.price_report import price_text, risk_text, terms_title
from ..core.report import said

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts
NOWRAP = "style='white-space:nowrap'"


def _e(value: Any) -> str:
    return lines_html(str(value if value is not None else ""))


_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def lines_html(text: str) -> str:
    """Text as HTML, a line break where it has one; in a right-to-left document each line after the first with
    no right-to-left letter (the English under the reader's language) is set apart to read left to right: in the
    Urdu quote's paragraph it took the paragraph's direction, its full stop at its start (".at the named place,
    ready for unloading") and a sum before its colon ("120,000 USD :the goods, 500 t")."""
    return "<br>".join(html.escape(fmt.ltr(line) if index and line.strip() and not _RIGHT_TO_LEFT_LETTER.search(line)
                                   else line) for index, line in enumerate(text.split("\n")))


# in a sentence, money keeps its currency and its unit on its line: a no-break space after the figure (past the
# isolates that set it apart in Urdu), a word joiner after the slash before the unit (the Urdu quote ended a line
# in "USD/" and began the next with "ٹن"; a nowrap span does not hold there)
_FIGURE_SPACE = re.compile(r"(?<=\d)([\u2066-\u2069]*) ")
_UNIT_SLASH = re.compile(r"(?<=\S)/(?=\w)")


def _money_sentence(text: str) -> str:
    """``text`` as HTML, each sum and its unit kept on one line (``728.46 USD/t``)."""
    return _e(_UNIT_SLASH.sub("/\u2060", _FIGURE_SPACE.sub("\\1\u00a0", text)))


def labels(translate=translate) -> dict[str, str]:
    return {
        "terms": translate("QuoteDocument", "Terms of sale"),
        "price": translate("QuoteDocument", "{rule}/t"),
        "landed": translate("QuoteDocument", "Landed/t"),
        "carriage": translate("QuoteDocument", "{what}: {count} lines of route {number}, step by step above"),
        "sources": translate("QuoteDocument", "Sources of the price's other lines"),
        "lines": translate("QuoteDocument", "The price of route {number} under {terms}, line by line"),
        "who": translate("QuoteDocument", "Paid by"),
        "line": translate("QuoteDocument", "Line and its working"),
        "amount": translate("QuoteDocument", "Amount"),
        "in": translate("QuoteDocument", "In {currency}"),
        "seller": translate("QuoteDocument", "in the price"),
        "buyer": translate("QuoteDocument", "the buyer"),
        "not_given": translate("QuoteDocument", "not given"),
        "total_price": translate("QuoteDocument", "Price {terms}"),
        "total_landed": translate("QuoteDocument", "Landed cost"),
        "customs": translate("QuoteDocument", "Customs value: {value}, to {place}, tariff line {hs}, cleared on "
                                              "{date}"),
        "no_price": translate("QuoteDocument", "Route {number} has no price under {terms}: {reason}"),
    }


def terms_fact(document: dict, w: Wording) -> tuple[str, str] | None:
    """The terms as one of the quote's facts: ``CPT Karachi (Incoterms 2020)``."""
    title = terms_title(document)
    if title is None:
        return None
    return labels(w.label)["terms"], w.say(title)


def price_summary(document: dict, best: dict, w: Wording) -> str:
    """Under the recommended route: its price and landed cost, where risk passes, and what the buyer must read."""
    line = price_text(document, best, buyer=True)  # in the buyer's words: no sheet of the tables, no row id
    if line is None:
        return ""
    parts = [f"<p style='font-size:9pt'><b>{_money_sentence(w.say(line))}</b><br>"
             f"<span style='font-size:7.5pt'>{_e(w.say(risk_text(document, best)))}</span></p>"]
    from ..core.buyer_copy import buyer_warnings, for_buyer

    price = best.get("seller_price") or {}
    said = set(best.get("warnings", []))  # under the route's name just above (an MRP carried past its year)
    above = set(buyer_warnings(document, w))  # the whole quote's, at the top of the page (a ban on the goods)
    warnings = [w.say(for_buyer(Message.from_data(data, text))) if data else text
                for text, data in zip(price.get("warnings", []), (price.get("said") or {}).get("warnings", []))
                if text not in said]
    warnings = [text for text in dict.fromkeys(warnings) if text not in above]
    warnings += [w.say(Message.from_data(data, text)) if data else text for text, data in zip(
        document["incoterm"].get("warnings", []), (document["incoterm"].get("said") or {}).get("warnings", []))]
    if warnings:
        parts.append("<p style='color:#8a4b00; font-size:7.5pt'>" + "<br>".join("⚠ " + _e(text) for text in warnings)
                     + "</p>")
    return "".join(parts)


def price_columns(document: dict, columns: tuple, w: Wording) -> tuple:
    """The routes compared, with the price and the landed cost per tonne after the freight's cost where the quote
    has commercial terms (the corridor's column gives them room)."""
    if not document.get("incoterm"):
        return columns
    say = labels(w.label)
    rule = document["incoterm"]["rule"]
    number, corridor, cost, per_t, *rest = columns
    landed = [("8%", say["landed"], True)] if landed_known(document) else []
    return (number, ("37%", corridor[1], False), (cost[0], cost[1], True), ("6%", per_t[1], per_t[2]),
            ("8%", say["price"].format(rule=rule), True), *landed,
            *((width if i else "11%", text, nowrap) for i, (width, text, nowrap) in enumerate(rest)))


def landed_known(document: dict) -> bool:
    """Whether any route compared has a landed cost: a column of dashes alone (DAP Almaty, no duty rate for
    kinnow in the tables) says nothing the recommended route's price lines do not say with their reason ("Landed
    cost —", "customs duty into Kazakhstan: not in the tables and not given"), and its heading took the width of
    "доставкой/" from the corridors' names."""
    return any((route.get("buyer_landed_cost") or {}).get("per_tonne") is not None for route in document["routes"])


def price_cells(document: dict, route: dict, figure) -> list[str]:
    if not document.get("incoterm"):
        return []
    price, landed = route.get("seller_price") or {}, route.get("buyer_landed_cost") or {}
    cells = [figure(fmt.number(price["per_tonne"]) if price.get("per_tonne") is not None else "—")]
    if landed_known(document):
        cells.append(figure(fmt.number(landed["per_tonne"]) if landed.get("per_tonne") is not None else "—"))
    return cells


def price_lines(page, best: dict, number: int, document: dict, w: Wording, figure) -> None:
    """The recommended route's price line by line: what the price includes, then what the buyer pays on top."""
    price, landed = best.get("seller_price") or {}, best.get("buyer_landed_cost") or {}
    if not document.get("incoterm"):
        return
    say = labels(w.label)
    terms = w.say(terms_title(document))
    currency = document["currency"]
    if price.get("total") is None:
        reason = said(price, "reason", w) if price.get("reason") else ""
        page.add(f"<p>{_e(say['no_price'].format(number=number, terms=terms, reason=reason))}</p>")
        return
    page.add(f"<h3>{_e(say['lines'].format(number=number, terms=terms))}</h3>")
    columns = (("12%", say["who"], True), ("54%", say["line"], False), ("19%", say["amount"], True),
               ("15%", say["in"].format(currency=currency), True))
    page.add(page.head(columns, table="price_lines"))
    count = 0

    def line_row(line: dict, many: bool = False) -> None:
        nonlocal count
        count += 1
        label = w.say(Message.from_data(line["said"]["label"], line["label"])) if line.get("said") else line["label"]
        amount = "" if many else say["not_given"] if line["amount"] is None else fmt.money(
            line["amount"], line["currency"], decimals=2)
        converted = "—" if line["converted"] is None else fmt.number(line["converted"], 2)
        page.row("price_lines", count, columns, [f"<td {NOWRAP}>{_e(say[line['party']])}</td>",
                                                 f"<td>{_e(label)}</td>", figure(amount), figure(converted)],
                 "" if line["amount"] is not None or many else " style='color:#8a4b00'")

    def total_row(text: str, value: float | None) -> None:
        nonlocal count
        count += 1
        shown = "—" if value is None else fmt.number(value, 2)
        page.row("price_lines", count, columns, ["<td></td>", f"<td><b>{_e(text)}</b></td>", "<td></td>",
                                                 f"<td align='{'left' if page.rtl else 'right'}' {NOWRAP}><b>"
                                                 f"{_e(shown)}</b></td>"])

    def lines_of(part: dict) -> None:
        """Each line, but the carriage of a group as one row (the route's steps are in the table above)."""
        done = set()
        for line in part.get("lines", []):
            members = [other for other in part["lines"] if other["kind"] == "freight"
                       and other["group"] == line["group"]]
            if line["kind"] != "freight" or len(members) == 1:
                line_row(line)
                continue
            if line["group"] in done:
                continue
            done.add(line["group"])
            what = inclusion_name(document, best, line["group"], w)
            grouped = dict(line, label=say["carriage"].format(what=what, count=len(members), number=number),
                           said=None, amount=None, converted=round(sum(m["converted"] or 0 for m in members), 2))
            line_row(grouped, many=True)

    lines_of(price)
    total_row(say["total_price"].format(terms=terms), price["total"])
    customs = landed.get("customs_value")
    if customs:
        count += 1
        # each value set apart, and the date in the reader's order, as in the lines around it: in Urdu the tariff
        # line's groups of digits and the ISO date's parts were laid out from the right ("25-12-2026")
        text = say["customs"].format(value=fmt.money(customs["amount"], customs["currency"], decimals=2),
                                     place=fmt.isolate(w.name(customs["entry"])), hs=fmt.ltr(customs["hs_code"]),
                                     date=w.date(dt.date.fromisoformat(customs["clearance_date"])))
        # the row spans the table: its own direction, starting at the side the reader starts from
        direction = " dir='rtl' align='right'" if page.rtl else ""
        page.row("price_lines", count, columns,
                 [f"<td colspan='4'{direction} style='font-size:7pt'><i>{_e(text)}</i></td>"])
    lines_of(landed)
    total_row(say["total_landed"], landed.get("total"))
    page.add("</table>")
    missing = landed.get("missing") or []
    if missing:
        # each once: two of the duty's figures missing (its rate and its amount a tonne) read the same to the buyer
        page.add("<p style='color:#8a4b00; font-size:7.5pt'>" + "<br>".join(
            "⚠ " + _e(text) for text in dict.fromkeys(said_to_buyer(landed, "missing", w))) + "</p>")


def inclusion_name(document: dict, route: dict, group: str, w: Wording) -> str:
    """How the included / not included block names a group of lines (``carriage Kostanay → Karachi``)."""
    from ..core.terms_block import included_block

    item = next((item for item in included_block(document, route) if item.group == group), None)
    return w.say(item.text) if item is not None else group


def price_sources(page, document: dict, best: dict, w: Wording) -> None:
    """The sources of the lines that are not freight (duties, taxes, fees, the rules), which the route's own list
    leaves out."""
    if not document.get("incoterm"):
        return
    say = labels(w.label)
    known = {source["id"]: source for source in document.get("sources", [])}
    ids = [sid for part in ("seller_price", "buyer_landed_cost") for line in (best.get(part) or {}).get("lines", [])
           if line["kind"] != "freight" for sid in line["sources"]]
    ids += document["incoterm"].get("sources", [])
    ids = [sid for sid in dict.fromkeys(ids) if sid in known]
    if not ids:
        return

    if page.compact:  # counted, as the route's own in a quote that would run past two pages (workings.sources)
        from .quote_page import labels as quote_labels

        counted = quote_labels(w.label)["sources_counted_alone"].format(count=len(ids))
        page.add(f"<p style='font-size:6.5pt'><b>{_e(say['sources'])}:</b> {_e(counted)}</p>")
        return
    entries = [page.source_entry(known[sid], 40) for sid in ids]
    page.add(f"<p style='font-size:6.5pt'><b>{_e(say['sources'])}:</b> " + "; ".join(entries) + ".</p>")
