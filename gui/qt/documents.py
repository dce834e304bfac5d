"""The quote on paper: an A4 PDF (or a printer) drawn by Qt from the same quote document the workbook uses."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen,
                           QTextDocument, QTextTable)

from ..core import formatting as fmt
from ..core.files import write_atomically
from ..core.messages import Wording
from ..core.report import said, said_list
from .map_document import install_map, map_html

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts

CHART_SIZE = (1600, 760)  # pixels of the embedded cost–time chart (about 17 × 8 cm at 240 dpi)


def _e(value: Any) -> str:
    # a bilingual text comes as two lines: the reader's language, then English
    return html.escape(str(value if value is not None else "")).replace("\n", "<br>")


def _days(route: dict) -> str:
    return fmt.days_range(route["days_min"], route["days_typical"], route["days_max"])


def recommended_route(document: dict) -> dict | None:
    """The cheapest route on the cost–time frontier (the core lists available routes cheapest first)."""
    return next((r for r in document["routes"] if r["available"] and r["pareto"]), None)


def cost_time_chart(document: dict, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The cost–time chart drawn straight with QPainter: the same reading as the window's, fit for paper."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    routes = [r for r in document["routes"] if r["available"] and r["cost"] is not None]
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(26)
    painter.setFont(font)
    left, right, top, bottom = 190, 40, 30, 110
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    painter.setPen(QPen(QColor("#444"), 2))
    painter.drawRect(plot)
    if routes:
        x_step = _nice_step(max(r["days_max"] for r in routes))
        y_step = _nice_step(max(r["cost"] for r in routes))
        x_max = x_step * (int(max(r["days_max"] for r in routes) / x_step) + 1)
        y_max = y_step * (int(max(r["cost"] for r in routes) / y_step) + 1)

        def at(days: float, cost: float) -> QPointF:
            return QPointF(plot.left() + days / x_max * plot.width(), plot.bottom() - cost / y_max * plot.height())

        for step in range(0, int(round(y_max / y_step)) + 1):
            y = y_step * step
            point = at(0, y)
            painter.setPen(QPen(QColor("#ddd"), 1))
            painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
            painter.setPen(QColor("#222"))
            painter.drawText(QRectF(0, point.y() - 16, left - 12, 32), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, fmt.number(y))
        for step in range(0, int(round(x_max / x_step)) + 1):
            x = x_step * step
            point = at(x, 0)
            painter.drawText(QRectF(point.x() - 60, plot.bottom() + 6, 120, 32), Qt.AlignmentFlag.AlignCenter,
                             f"{x:.0f}")
        painter.drawText(QRectF(plot.left(), height - 50, plot.width(), 40), Qt.AlignmentFlag.AlignCenter,
                         translate("QuoteDocument", "Delivery time in days (point: typical; line: min–max; "
                                                    "numbers: rows of the table)"))
        painter.save()
        painter.translate(36, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-250, -20, 500, 40), Qt.AlignmentFlag.AlignCenter,
                         translate("QuoteDocument", "Cost, {currency}").format(currency=document["currency"]))
        painter.restore()
        for route in routes:
            colour = QColor("#0b5cad") if route["pareto"] else QColor("#9aa3ad")
            painter.setPen(QPen(colour, 3))
            painter.drawLine(at(route["days_min"], route["cost"]), at(route["days_max"], route["cost"]))
        frontier = sorted((r["days_typical"], r["cost"]) for r in routes if r["pareto"])
        painter.setPen(QPen(QColor("#0b5cad"), 4))
        for (x1, y1), (x2, y2) in zip(frontier, frontier[1:]):
            painter.drawLine(at(x1, y1), at(x2, y2))
        points = []
        for number, route in enumerate(document["routes"], start=1):
            if not route["available"] or route["cost"] is None:
                continue
            colour = QColor("#0b5cad") if route["pareto"] else QColor("#9aa3ad")
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            centre = at(route["days_typical"], route["cost"])
            painter.drawEllipse(centre, 14, 14)
            points.append((centre, number))
        _number_points(painter, points, plot)
    painter.end()
    return image


def _number_points(painter: QPainter, points: list[tuple[QPointF, int]], plot: QRectF) -> None:
    """Write each point's row number beside it; points that (nearly) coincide share one label ("6, 7"), and a
    label that would overwrite another tries the other sides of its point."""
    groups: list[tuple[QPointF, list[int]]] = []
    for centre, number in points:
        near = next((g for g in groups if (g[0] - centre).manhattanLength() < 24), None)
        if near is None:
            groups.append((centre, [number]))
        else:
            near[1].append(number)
    metrics = painter.fontMetrics()
    taken = [QRectF(centre.x() - 14, centre.y() - 14, 28, 28) for centre, _ in points]
    painter.setPen(QColor("#222"))
    for centre, numbers in groups:
        text = ", ".join(map(str, numbers))
        width, height = metrics.horizontalAdvance(text) + 4, metrics.height()
        candidates = [QRectF(centre.x() + 16, centre.y() - 16 - height, width, height),  # above right
                      QRectF(centre.x() + 16, centre.y() + 16, width, height),  # below right
                      QRectF(centre.x() - 16 - width, centre.y() - 16 - height, width, height),  # above left
                      QRectF(centre.x() - 16 - width, centre.y() + 16, width, height)]  # below left
        inside = [box for box in candidates if plot.contains(box)] or candidates
        box = next((box for box in inside if not any(box.intersects(other) for other in taken)), inside[0])
        taken.append(box)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


# figures and short words stay on one line; the corridor and step columns take the wrapping
NOWRAP = "style='white-space:nowrap'"


def _labels(translate=translate) -> dict[str, str]:
    """The document's fixed texts in the interface language (literal calls, so pyside6-lupdate collects them);
    ``translate`` may give both languages, for a bilingual document."""
    return {
        "title": translate("QuoteDocument", "Freight quote {number}"),
        "date": translate("QuoteDocument", "Date"),
        "valid": translate("QuoteDocument", "Valid until"),
        "for": translate("QuoteDocument", "For"),
        "cargo": translate("QuoteDocument", "Cargo"),
        "between": translate("QuoteDocument", "From → to"),
        "departure": translate("QuoteDocument", "Departure"),
        "currency": translate("QuoteDocument", "Currency"),
        "recommended": translate("QuoteDocument", "Recommended: {corridor}"),
        "best": translate("QuoteDocument", "({per_tonne} per tonne), transit {days} days, {co2e} t CO2e"),
        "via": translate("QuoteDocument", "via {places}"),
        "none": translate("QuoteDocument", "No route is available on this date"),
        "compared": translate("QuoteDocument", "Routes compared"),
        "corridor": translate("QuoteDocument", "Corridor"),
        "cost": translate("QuoteDocument", "Cost"),
        "per_t": translate("QuoteDocument", "Per t"),
        "days_range": translate("QuoteDocument", "Days min–typ–max"),
        "co2e_t": translate("QuoteDocument", "CO2e t"),
        "status": translate("QuoteDocument", "Status"),
        "available": translate("QuoteDocument", "available"),
        "unavailable": translate("QuoteDocument", "unavailable ({note})"),
        "why": translate("QuoteDocument", "route {number}: {reason}"),
        "star": translate("QuoteDocument", "★ best trade-off: no other available route is both cheaper and faster."),
        "breakdown": translate("QuoteDocument", "Breakdown of the recommended route"),
        "step": translate("QuoteDocument", "Step"),
        "km": translate("QuoteDocument", "km"),
        "days": translate("QuoteDocument", "Days"),
        "charge": translate("QuoteDocument", "Charge"),
        "amount": translate("QuoteDocument", "Amount"),
        "in": translate("QuoteDocument", "In {currency}"),
        "at_node": translate("QuoteDocument", "at {place}: {event}"),
        "at_rate": translate("QuoteDocument", "at {rate}/USD ({date})"),
        "estimate": translate("QuoteDocument", "(estimate)"),
        "total": translate("QuoteDocument", "Total"),
        "glec": translate("QuoteDocument", "Calculated following the GLEC Framework (well-to-wheel): "
                                           "tonnes × km × the factor of each mode. Factors used:"),
        "factor": translate("QuoteDocument", "{mode} {factor} g CO2e per t·km"),
        "rates": translate("QuoteDocument", "Exchange rates and tables"),
        "rate_set": translate("QuoteDocument", "{currency}: {rate} per USD, set for this quote "
                                               "(table: {table} as of {date})"),
        "rate": translate("QuoteDocument", "{currency}: {rate} per USD as of {date}"),
        "tables": translate("QuoteDocument", "Tables: {corridors} and {tariffs}, exchange rates as of {date} "
                                             "(content {digest})."),
        "sources": translate("QuoteDocument", "Sources"),
        "terms": translate("QuoteDocument", "Terms"),
    }


def quote_html(document: dict, letterhead: dict[str, str], wording: Wording | None = None,
               breaks: dict[str, set[int]] | None = None, rows: list | None = None) -> str:
    """The quote as simple HTML that QTextDocument lays out on A4, in the interface language (English alongside
    in a bilingual document); names and messages, kept in English by the quote document, are said through
    ``wording``. A table continues on a new page before each row in ``breaks`` (by table and row number);
    ``rows`` receives, per table, the table and row number of each of its rows (None for a heading)."""
    from .i18n import RIGHT_TO_LEFT, bilingual_documents, current_language, local_date, wording as interface_wording

    w = wording or interface_wording(bilingual=bilingual_documents(), stacked=True)
    say = _labels(w.label)
    local = w.one_language()

    def place(name: str) -> str:
        return w.name(name)

    def both(name: str) -> str:
        return w.both(w.name(name), name)

    def day(text: str) -> str:
        """An ISO date (or date and time, as saved quotes keep them) in the reader's order; anything else as is."""
        try:
            return local_date(dt.date.fromisoformat(text[:10])) + text[10:] if text else ""
        except ValueError:
            return text

    breaks = breaks or {}
    rows = rows if rows is not None else []

    def table_head(columns, continued: bool = False) -> str:
        rows.append([None])
        # a <thead> row is repeated at the top of each page the table runs onto
        style = " style='page-break-before:always'" if continued else ""
        return (f"<table{style} border='1' cellspacing='0' cellpadding='3' width='100%'><thead>"
                "<tr style='background:#eee'>" + "".join(
                    f"<th width='{width}' {NOWRAP if nowrap else ''}>{_e(text)}</th>"
                    for width, text, nowrap in columns) + "</tr></thead>")

    def table_row(table: str, number: int, columns, html: str) -> str:
        """A row of a table; one that would run over a page break starts the rest of the table on a new page."""
        before = "</table>" + table_head(columns, continued=True) if number in breaks.get(table, ()) else ""
        rows[-1].append((table, number))
        return before + html

    request, quote, tables = document["request"], document["quote"], document["tables"]
    currency = document["currency"]
    best = recommended_route(document)
    company = letterhead.get("name", "")
    direction = "rtl" if current_language() in RIGHT_TO_LEFT else "ltr"
    # the bundled fonts: Cyrillic, Kazakh and Urdu print even where the laptop has none of them installed
    parts = [f"<html><body dir='{direction}' "
             "style=\"font-size:8.5pt; font-family:'DejaVu Sans','Noto Naskh Arabic'\">"]
    logo = letterhead.get("logo", "")
    if logo and Path(logo).is_file():
        parts.append(f"<img src='{_e(QUrl.fromLocalFile(logo).toString())}' height='48'><br>")
    if company:
        parts.append(f"<div style='font-size:15pt; font-weight:bold'>{_e(company)}</div>")
    if letterhead.get("contacts"):
        parts.append(f"<div style='color:#555'>{_e(letterhead['contacts'])}</div>")
    parts.append(f"<h2>{_e(say['title'].format(number=quote.get('number', '')))}</h2>")
    buyer = quote.get("buyer", {})
    cargo = request["cargo_name"]
    rows.append(None)  # the heading's own table: short, at the top of the first page
    parts.append("<table cellpadding='2'>")
    for label, value in ((say["date"], day(quote.get("created", ""))),
                         (say["valid"], day(quote.get("valid_until", ""))),
                         (say["for"], " — ".join(v for v in (buyer.get("name"), buyer.get("contact")) if v)),
                         (say["cargo"], w.both(f"{local.name(cargo)}: {said(request, 'load', local)}",
                                               f"{cargo}: {request['load']}")),
                         (say["between"], w.both(place(request['from']) + fmt.arrow() + place(request['to']),
                                                 f"{request['from']} → {request['to']}")),
                         (say["departure"], day(request["date"])), (say["currency"], currency)):
        if value:
            parts.append(f"<tr><td><b>{_e(label)}</b></td><td>{_e(value)}</td></tr>")
    parts.append("</table>")
    warnings = said_list(document, "warnings", w)  # the whole quote's: back-dated, old rates
    if warnings:
        parts.append("<p style='color:#9a5b00'>" + "<br>".join("⚠ " + _e(text) for text in warnings) + "</p>")
    if best:
        figures = say["best"].format(per_tonne=fmt.money(best["cost_per_tonne"], currency),
                                     days=_days(best).removesuffix(" " + fmt.unit("days")),
                                     co2e=fmt.number(best["co2e_kg"] / 1000, 1))
        # a figure stays on the line of its unit ("93,4 т CO2e", not "93,4 т" then "CO2e")
        figures = re.sub(r"(\d) ", "\\1\u00a0", figures).replace(" CO2e", "\u00a0CO2e")
        via = say["via"].format(places=fmt.arrow().join(place(p) for p in best["path"]))
        parts.append(f"<h3>{_e(say['recommended'].format(corridor=both(best['corridor'])))}</h3>"
                     f"<p style='font-size:12pt'><b>{_e(fmt.money(best['cost'], currency))}</b> {_e(figures)}"
                     f"<br>{_e(via)}</p>")
        parts.append(map_html(document))  # the route on the map (gui/qt/map_document.py)
    else:
        parts.append(f"<h3>{_e(say['none'])}</h3>")
    parts.append(f"<h3>{_e(say['compared'])}</h3><img src='chart:cost-time' width='500'>")
    compared = (("4%", "#", True), ("38%", say["corridor"], False), ("14%", say["cost"], True),
                ("10%", say["per_t"], True), ("14%", say["days_range"], False), ("9%", say["co2e_t"], True),
                ("11%", say["status"], False))
    parts.append(table_head(compared))
    reasons = []
    for number, route in enumerate(document["routes"], start=1):
        if route["available"]:
            status = say["available"]
        else:
            reasons.append(say["why"].format(number=number, reason=said(route, "unavailable_reason", w)))
            status = say["unavailable"].format(note=len(reasons))
        style = "" if route["available"] else " style='color:#777'"
        star = "★ " if route["pareto"] else ""
        parts.append(table_row("routes", number, compared,
                               f"<tr{style}><td {NOWRAP}>{number}</td><td>{_e(star + both(route['corridor']))}</td>"
                               f"<td align='right' {NOWRAP}>{_e(_price(route, 'cost', currency))}</td>"
                               f"<td align='right' {NOWRAP}>{_e(_price(route, 'cost_per_tonne', currency))}</td>"
                               f"<td align='center' {NOWRAP}>{_e(_days(route).removesuffix(' ' + fmt.unit('days')))}"
                               f"</td><td align='right' {NOWRAP}>{fmt.number(route['co2e_kg'] / 1000, 1)}</td>"
                               f"<td {NOWRAP}>{_e(status)}</td></tr>"))
    parts.append(f"</table><p>{_e(say['star'])}</p>")
    if reasons:
        parts.append("<p style='color:#555'>" + "<br>".join(f"({i}) {_e(text)}"
                                                            for i, text in enumerate(reasons, start=1)) + "</p>")
    fx_dates = {fx["currency"]: fx for fx in document["fx"]}
    if best:
        parts.append(f"<h3>{_e(say['breakdown'])}</h3>")
        steps = (("31%", say["step"], False), ("7%", say["km"], True), ("8%", say["days"], False),
                 ("20%", say["charge"], False), ("21%", say["amount"], False),
                 ("13%", say["in"].format(currency=currency), False))
        parts.append(table_head(steps))
        step_rows = 0
        from ..core.export_xlsx import _in_travel_order

        for kind, line in _in_travel_order(best):
            if kind == "leg":
                equipment = w.name(line.get("equipment_name") or line["equipment"])
                name = (place(line["from"]) + fmt.arrow() + place(line["to"]) + " "
                        f"({w.mode(line['mode'])}, {line['units']} × {equipment})")
            else:
                name = say["at_node"].format(place=place(line["place"]), event=w.event(line["event"]))
            charges = line["charges"] or [None]
            for index, charge in enumerate(charges):
                first = index == 0
                if charge is None:
                    amount, converted, label = "—", fmt.money(line["cost"], currency), ""
                else:
                    rate = fx_dates.get(charge["currency"])
                    fx_note = (" " + say["at_rate"].format(rate=fmt.number(rate["units_per_usd"], 2),
                                                           date=day(rate["as_of"]))
                               if rate and charge["currency"] != currency else "")
                    amount = f"{fmt.number(charge['amount'], 2)} {charge['currency']}{fx_note}"
                    converted = fmt.money(charge["converted"], currency)
                    label = w.name(charge["charge"]) + (" " + say["estimate"] if charge["estimate"] else "")
                km_text = fmt.number(line["km"]) if first and kind == "leg" else ""
                days_text = fmt.significant(line["days_typical"]) if first else ""
                step_rows += 1
                parts.append(table_row("steps", step_rows, steps,
                                       f"<tr><td>{_e(name) if first else ''}</td>"
                                       f"<td align='right' {NOWRAP}>{km_text}</td><td align='right'>{days_text}</td>"
                                       f"<td>{_e(label)}</td><td align='right'>{_e(amount)}</td>"
                                       f"<td align='right' {NOWRAP}>{_e(converted)}</td></tr>"))
        parts.append(table_row("steps", step_rows + 1, steps,
                               f"<tr><td><b>{_e(say['total'])}</b></td><td align='right'>{fmt.number(best['km'])}"
                               f"</td><td align='right'>{fmt.significant(best['days_typical'])}</td><td></td><td></td>"
                               f"<td align='right'><b>{_e(fmt.money(best['cost'], currency))}</b></td></tr>")
                     + "</table>")
        factors = {}
        for leg in best["legs"]:
            factor = leg.get("co2e_factor")
            if factor:
                factors[factor["id"]] = (leg["mode"], factor)
        used = []
        for mode, factor in factors.values():
            note = ", ".join(factor["sources"]) + ("; " + factor["estimate"] if factor["estimate"] else "")
            used.append(_e(say["factor"].format(mode=w.mode(mode), factor=fmt.significant(factor["g_co2e_per_tkm"])))
                        + f" ({_e(note)})")
        parts.append(f"<h3>CO2e</h3><p>{_e(say['glec'])} " + "; ".join(used) + ".</p>")
    parts.append(f"<h3>{_e(say['rates'])}</h3><p>")
    rates = []
    for fx in document["fx"]:
        if fx["currency"] == "USD":
            continue
        figures = {"currency": fx["currency"], "rate": fmt.number(fx["units_per_usd"], 2), "date": day(fx["as_of"])}
        if fx.get("table_units_per_usd"):
            rates.append(say["rate_set"].format(table=fmt.number(fx["table_units_per_usd"], 2), **figures))
        else:
            rates.append(say["rate"].format(**figures))
    parts.append(_e("; ".join(rates)) + ". ")
    parts.append(_e(say["tables"].format(corridors=tables["corridors"]["file"], tariffs=tables["tariffs"]["file"],
                                         date=day(tables.get("fx_as_of") or ""),
                                         digest=tables["tariffs"]["sha256"][:12])) + "</p>")
    if document.get("sources"):
        parts.append(f"<h3>{_e(say['sources'])}</h3><p style='font-size:8pt'>")
        parts.append("<br>".join(f"[{_e(s['id'])}] {_e(s['title'])}, {_e(s['publisher'])}, {_e(s['date'])}"
                                 for s in document["sources"]))
        parts.append("</p>")
    if letterhead.get("terms"):
        parts.append(f"<h3>{_e(say['terms'])}</h3><p>{_e(letterhead['terms'])}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(document: dict, letterhead: dict[str, str], wording: Wording | None, page: QSizeF) -> QTextDocument:
    return paginated(document, letterhead, wording, page)[0]


def paginated(document: dict, letterhead: dict[str, str], wording: Wording | None,
              page: QSizeF) -> tuple[QTextDocument, list, dict[str, set[int]]]:
    """The quote laid out on pages of ``page`` size (points), no table row cut in two by a page break: a table
    that would split a row continues on the next page from that row (under its repeated heading). Also gives
    each table's rows (see quote_html) and the rows that start a new page."""
    from .i18n import register_fonts

    register_fonts()
    text = QTextDocument()
    text.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:cost-time"), cost_time_chart(document))
    breaks: dict[str, set[int]] = {}
    while True:
        rows: list = []
        text.setHtml(quote_html(document, letterhead, wording, breaks, rows))
        install_map(text, document, wording)
        text.setPageSize(page)  # lay the text out on the page's printable width, or it keeps a screen width
        cut = next((key for key in _rows_over_page_breaks(text, rows) if key[1] not in breaks.get(key[0], ())),
                   None)
        if cut is None:  # (a row taller than a page stays cut: there is no page it fits on)
            return text, rows, breaks
        breaks.setdefault(cut[0], set()).add(cut[1])  # one at a time: every break moves the rows after it


def _rows_over_page_breaks(text: QTextDocument, rows: list) -> list[tuple[str, int]]:
    """The (table, row number) of each table row that starts on one page and ends on the next."""
    height = text.pageSize().height()
    layout = text.documentLayout()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    cut = []
    for table, keys in zip(tables, rows):
        for row, key in enumerate(keys or ()):
            if key is None or row >= table.rows():
                continue
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            top = min(layout.blockBoundingRect(cell.firstCursorPosition().block()).top() for cell in cells)
            bottom = max(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom() for cell in cells)
            if int(top // height) != int((bottom - 1) // height):
                cut.append(key)
    return cut


def write_quote_pdf(document: dict, path: Path | str, letterhead: dict[str, str] | None = None,
                    wording: Wording | None = None) -> Path:
    """An A4 PDF of the quote, written atomically (in the interface language unless ``wording`` says)."""
    letterhead = letterhead or {}

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        writer.setTitle(_labels()["title"].format(number=document["quote"].get("number", "")))
        writer.setCreator("Corridor Quote")
        text = _document(document, letterhead, wording, writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
        text.print_(writer)  # QTextDocument paginates onto the writer's pages

    return write_atomically(path, write)


def print_quote(document: dict, printer, letterhead: dict[str, str] | None = None) -> None:
    """Send the quote to a QPrinter the user chose."""
    text = _document(document, letterhead or {}, None, printer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    text.print_(printer)


def _price(route: dict, key: str, currency: str) -> str:
    """A route's money, or a dash for a route that cannot be used (closed means no price)."""
    usable = route["available"] and route["cost"] is not None
    return fmt.money(route[key], currency) if usable else "—"


def _nice_step(span: float, steps: int = 5) -> float:
    """A round tick step (1, 2 or 5 × a power of ten) giving about ``steps`` ticks over ``span``."""
    import math

    raw = span / steps if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
