"""The quote on paper: an A4 PDF (or a printer) drawn by Qt from the same quote document the workbook uses."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QImage, QPageLayout,
                           QPageSize, QPainter, QPalette, QPdfWriter, QPen, QTextCursor, QTextDocument, QTextFormat,
                           QTextTable)

from ..core import formatting as fmt
from ..core.files import check_pdf, write_atomically
from ..core.messages import Wording
from .map_document import install_map
from .quote_page import labels, quote_html, recommended_route  # noqa: F401 - quote_html: the history's preview

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts

CHART_SIZE = (1500, 990)  # pixels of the embedded cost–time chart, shown 250 points wide beside the map


def cost_time_chart(document: dict, size: tuple[int, int] = CHART_SIZE, rtl: bool = False) -> QImage:
    """The cost–time chart drawn straight with QPainter: the same reading as the window's, fit for paper (always
    light: paper is white). ``rtl``: days run from right to left and the cost axis stands on the right."""
    width, height = size
    unit = max(14.0, height / 22)  # the font's pixel size; every length follows it, so any size reads alike
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    routes = [r for r in document["routes"] if r["available"] and r["cost"] is not None]
    cost_title = translate("QuoteDocument", "Cost, {currency}").format(currency=document["currency"])  # read first:
    # an error between the painter's save and restore would leave it unbalanced
    painter = QPainter(image)
    try:  # a painter left open on an error would outlive its image, and Qt end the program
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(unit))
        painter.setFont(font)
        axis_room, title_room = 4.6 * unit, 1.4 * unit  # tick labels, then the axis title beside them
        side = axis_room + title_room
        top, bottom, far = 0.8 * unit, 3.4 * unit, 1.2 * unit
        plot = QRectF(far if rtl else side, top, width - side - far, height - top - bottom)
        painter.setPen(QPen(QColor("#444"), unit / 14))
        painter.drawRect(plot)
        if routes:
            from ..core.chart_scale import BEYOND_COST, chart_scale

            # as in the window: a route far off the best trade-offs stands at the frame's edge, marked (▲ ▶)
            scale = chart_scale([(r["days_typical"], r["cost"], bool(r["pareto"])) for r in routes])
            beyond = {id(r): scale.beyond(r["days_typical"], r["cost"]) for r in routes}
            longest = max(scale.days(r["days_typical"] if beyond[id(r)] else r["days_max"]) for r in routes)
            dearest = max(scale.cost(r["cost"]) for r in routes)
            x_step = _nice_step(longest)
            y_step = _nice_step(dearest)
            x_max = x_step * (int(longest / x_step) + 1)
            y_max = y_step * (int(dearest / y_step) + 1)

            def at(days: float, cost: float) -> QPointF:
                across = days / x_max * plot.width()
                return QPointF(plot.right() - across if rtl else plot.left() + across,
                               plot.bottom() - cost / y_max * plot.height())

            labels_at = QRectF(plot.right() + 0.3 * unit, 0, axis_room - 0.3 * unit, 0) if rtl else \
                QRectF(title_room, 0, axis_room - 0.3 * unit, 0)
            for step in range(0, int(round(y_max / y_step)) + 1):
                y = y_step * step
                point = at(0, y)
                painter.setPen(QPen(QColor("#ddd"), 1))
                painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
                painter.setPen(QColor("#222"))
                painter.drawText(QRectF(labels_at.left(), point.y() - unit, labels_at.width(), 2 * unit),
                                 (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
                                 | Qt.AlignmentFlag.AlignVCenter, fmt.money_short(y, "", like=y_max).strip())
            for step in range(0, int(round(x_max / x_step)) + 1):
                x = x_step * step
                point = at(x, 0)
                painter.drawText(QRectF(point.x() - 2 * unit, plot.bottom() + 0.3 * unit, 4 * unit, 1.3 * unit),
                                 Qt.AlignmentFlag.AlignCenter, f"{x:.0f}")
            title = translate("QuoteDocument", "Delivery time in days (point: typical; line: min–max; "
                                               "numbers: rows of the table; ▲ ▶: off the scale)") \
                if scale.clips else translate("QuoteDocument", "Delivery time in days (point: typical; line: min–max; "
                                                               "numbers: rows of the table)")
            # the whole title, however long the language makes it: a smaller type rather than a cut-off end
            span = QRectF(0.3 * unit, plot.bottom() + 1.7 * unit, width - 0.6 * unit, 1.5 * unit)
            wide = painter.fontMetrics().horizontalAdvance(title)
            if wide > span.width():
                smaller = QFont(font)
                smaller.setPixelSize(max(1, int(font.pixelSize() * span.width() / wide)))
                painter.setFont(smaller)
            painter.drawText(span, Qt.AlignmentFlag.AlignCenter, title)
            painter.setFont(font)
            painter.save()
            painter.translate(width - 0.7 * unit if rtl else 0.7 * unit, plot.center().y())
            painter.rotate(90 if rtl else -90)
            painter.drawText(QRectF(-plot.height() / 2, -0.7 * unit, plot.height(), 1.4 * unit),
                             Qt.AlignmentFlag.AlignCenter,
                             cost_title)
            painter.restore()
            deadline = _deadline_days(document)
            if deadline is not None:  # the days up to the arrival date asked, shaded as in the window
                edge = at(min(deadline, x_max), 0)
                start = at(0, 0)
                painter.fillRect(QRectF(min(start.x(), edge.x()), plot.top(), abs(edge.x() - start.x()), plot.height()),
                                 QColor(46, 125, 50, 40))
            best, other = QColor("#0b5cad"), QColor("#7d8791")
            for route in routes:  # whiskers thin, under everything; none for a route off the scale
                if not beyond[id(route)]:
                    painter.setPen(QPen(best if route["pareto"] else other, unit / 10))
                    painter.drawLine(at(route["days_min"], route["cost"]),
                                     at(scale.days(route["days_max"]), route["cost"]))
            frontier = sorted((r["days_typical"], r["cost"]) for r in routes if r["pareto"])
            painter.setPen(QPen(best, unit / 6))
            for (x1, y1), (x2, y2) in zip(frontier, frontier[1:]):
                painter.drawLine(at(x1, y1), at(x2, y2))
            points = []
            radius = unit * 0.42
            for number, route in enumerate(document["routes"], start=1):
                if not route["available"] or route["cost"] is None:
                    continue
                if route.get("excluded_reason"):  # misses a goal: a hollow mark
                    painter.setPen(QPen(other, unit / 8))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    painter.setPen(QPen(QColor("white"), unit / 14))
                    painter.setBrush(best if route["pareto"] else other)
                centre = at(scale.days(route["days_typical"]), scale.cost(route["cost"]))
                side = beyond[id(route)]
                if side:
                    painter.drawPolygon(_arrow_head(centre, 1.3 * radius, "up" if side == BEYOND_COST else
                                                    "left" if rtl else "right"))
                else:
                    painter.drawEllipse(centre, radius, radius)
                points.append((centre, number))
            _number_points(painter, points, plot, radius)
    finally:
        painter.end()
    return image


def _arrow_head(centre: QPointF, size: float, way: str):
    """A triangle round ``centre`` pointing up, left or right."""
    from PySide6.QtGui import QPolygonF

    x, y = centre.x(), centre.y()
    if way == "up":
        corners = [(x, y - size), (x - size, y + 0.8 * size), (x + size, y + 0.8 * size)]
    else:
        tip = size if way == "right" else -size
        corners = [(x + tip, y), (x - 0.8 * tip, y - size), (x - 0.8 * tip, y + size)]
    return QPolygonF([QPointF(a, b) for a, b in corners])


def _deadline_days(document: dict) -> float | None:
    """Days from the departure to the end of the arrival day asked, if one was."""
    import datetime as dt

    try:
        return (dt.date.fromisoformat(document["arrive_by"])
                - dt.date.fromisoformat(document["request"]["date"])).days + 1
    except (KeyError, TypeError, ValueError):
        return None


def _number_points(painter: QPainter, points: list[tuple[QPointF, int]], plot: QRectF, radius: float) -> None:
    """Write each point's row number beside it, as the window's chart does (charts.place_labels: never nearer
    another point than its own, joined by a line where the points crowd); points that (nearly) coincide share one
    label ("6, 7")."""
    groups: list[tuple[QPointF, list[int]]] = []
    for centre, number in points:
        near = next((g for g in groups if (g[0] - centre).manhattanLength() < 1.6 * radius), None)
        if near is None:
            groups.append((centre, [number]))
        else:
            near[1].append(number)
    from .label_places import leader_line, place_labels

    metrics = painter.fontMetrics()
    taken = [QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius) for centre, _ in points]
    texts = [", ".join(map(str, numbers)) for _, numbers in groups]
    spots = place_labels([centre for centre, _ in groups], [(metrics.horizontalAdvance(t) + 4, False) for t in texts],
                         metrics.ascent(), metrics.descent(), plot, radius * 1.1, True, taken, keep_all=True)
    painter.setPen(QColor("#222"))
    for (centre, _), text, (box, joined) in zip(groups, texts, spots):
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if joined:  # no spot is plainly this point's: a line says whose number it is
            painter.drawLine(*leader_line(box, centre, radius))


FOOTER = 16.0  # points at the foot of each page for the quote's number, its buyer and "page N of M"


def _is_rtl(wording: Wording | None) -> bool:
    from .i18n import RIGHT_TO_LEFT, current_language

    return ((wording.language if wording is not None else None) or current_language()) in RIGHT_TO_LEFT


PAGES_WANTED = 2  # a quote the buyer reads at one sitting: the offer, then how its price is made


def paginated(document: dict, letterhead: dict[str, str], wording: Wording | None,
              page: QSizeF) -> tuple[QTextDocument, list, dict[str, set[int]]]:
    """The quote laid out on pages of ``page`` size (points), no table row cut in two by a page break: a table
    that would split a row continues on the next page from that row (under its repeated heading). Also gives
    each table's rows (see quote_html) and the rows that start a new page. A quote that runs past two pages
    counts its sources (their titles, dates and addresses are in the Excel quote) and draws its map and chart at
    four fifths when that saves a page."""
    laid = _pictures_fitted(document, letterhead, wording, page, compact=False)
    if laid[0].pageCount() > PAGES_WANTED:
        compact = _pictures_fitted(document, letterhead, wording, page, compact=True)
        if compact[0].pageCount() < laid[0].pageCount():
            return compact
    return laid


SMALLEST_PICTURES = 0.6  # of their full size: the map's place names and the chart's figures still read (6 points)


def _pictures_fitted(document: dict, letterhead: dict[str, str], wording: Wording | None, page: QSizeF,
                     compact: bool) -> tuple[QTextDocument, list, dict[str, set[int]]]:
    """The quote laid out, its map and chart drawn smaller where at their size they would start the next page
    and leave the foot of page 1 blank, and smaller they fit there (not below SMALLEST_PICTURES). The Urdu what-if
    quote, its Naskh lines taller, left a fifth of page 1 blank and ran to 5 pages against 4 in English."""
    from .quote_page import COMPACT_PICTURES

    laid = _paginated(document, letterhead, wording, page, compact)
    scale = COMPACT_PICTURES if compact else 1.0
    fitted = _pictures_scale(laid, scale)
    if fitted is None or fitted < SMALLEST_PICTURES:
        return laid
    smaller = _paginated(document, letterhead, wording, page, compact, fitted)
    if 0 in smaller[2].get("pictures", ()) or smaller[0].pageCount() > laid[0].pageCount():
        return laid
    return smaller


def _pictures_scale(laid: tuple[QTextDocument, list, dict[str, set[int]]], scale: float) -> float | None:
    """The pictures' scale that fits the room left at the foot of the page before them, when they were moved on
    to the next page (None when they were not)."""
    text, rows, breaks = laid
    if 0 not in breaks.get("pictures", ()):
        return None
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    found = next((table for table, keys in zip(tables, rows) if keys and keys[0] == ("pictures", 0)), None)
    if found is None:
        return None
    layout = text.documentLayout()
    before = text.findBlock(found.firstPosition() - 1)  # the paragraph the pictures follow
    while before.isValid() and before.text() == "" and before.position() >= found.firstPosition() - 2:
        before = before.previous()
    if not before.isValid():
        return None
    end = layout.blockBoundingRect(before).bottom()
    height = text.pageSize().height()
    room = (int(end // height) + 1) * height - text.rootFrame().frameFormat().bottomMargin() - end
    drawn = layout.frameBoundingRect(found).height()
    frame = 12.0  # the table's padding and the paragraph's margins round the pictures, in points
    if drawn <= frame:
        return None
    return scale * (room - frame) / (drawn - frame) * 0.97


def _paginated(document: dict, letterhead: dict[str, str], wording: Wording | None, page: QSizeF,
               compact: bool, pictures: float | None = None) -> tuple[QTextDocument, list, dict[str, set[int]]]:
    from .i18n import register_fonts

    register_fonts()
    text = QTextDocument()
    # paragraphs and headings closer together than the rich-text defaults: two pages for a typical quote
    text.setDefaultStyleSheet("p { margin-top: 3px; margin-bottom: 3px; } h2 { margin-top: 0; margin-bottom: 4px; } "
                              "h3 { margin-top: 8px; margin-bottom: 3px; }")
    text.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:cost-time"),
                     cost_time_chart(document, rtl=_is_rtl(wording)))
    breaks: dict[str, set[int]] = {}
    # paragraphs that begin a new page rather than run over one, known by their first words: a page break
    # through a paragraph would leave its cut-off lines in the PDF's text (found by a search, pasted twice)
    moved: set[str] = set()
    headings: set[str] = set()  # the headings among them, moved with their tables
    while True:
        rows: list = []
        text.setHtml(quote_html(document, letterhead, wording, breaks, rows, compact, pictures))
        install_map(text, document, wording)
        text.setPageSize(page)  # lay the text out on the page's printable width, or it keeps a screen width
        _break_before(text, moved)
        cut = next((key for key in _rows_over_page_breaks(text, rows) if key[1] not in breaks.get(key[0], ())),
                   None)
        if cut is not None:
            breaks.setdefault(cut[0], set()).add(cut[1])  # one at a time: every break moves the rows after it
            continue
        # (a row taller than a page stays cut: there is no page it fits on)
        paragraph = next((key for key in _paragraphs_over_page_breaks(text) if key not in moved), None)
        if paragraph is None:
            heading = next(((key, table) for key, table in _headings_left_at_page_foot(text, rows)
                            if key not in moved), None)
            if heading is None:
                return text, rows, breaks
            # the heading begins the next page with its table, whose rows then flow (and break) from there; what
            # was moved on for the layout before (a table's rows, a paragraph) is worked out again after it, or a
            # paragraph moved when it stood across the old page break would leave a page almost blank
            paragraph, _ = heading
            headings.add(paragraph)
            breaks, moved = {}, set(headings)
            continue
        # the rows after it move on with it: the breaks found for the layout before are worked out again, or a
        # break before a row that no longer reached a page's foot stayed (the Russian quote's route 10 alone on
        # page 3, the rest of the table from route 11 on page 4)
        moved.add(paragraph)
        breaks = {}


def _paragraph_key(block) -> str:
    return block.text()[:80]


def _top_level_blocks(text: QTextDocument):
    """The paragraphs and headings of the page itself (not those inside tables)."""
    frame = text.rootFrame().begin()
    while not frame.atEnd():
        block = frame.currentBlock()
        if block.isValid():
            yield block
        frame += 1


def _paragraphs_over_page_breaks(text: QTextDocument) -> list[str]:
    """The first words of each paragraph (shorter than a page) that starts on one page and ends on the next."""
    height = text.pageSize().height()
    layout = text.documentLayout()
    cut = []
    for block in _top_level_blocks(text):
        rect = layout.blockBoundingRect(block)
        if block.text().strip() and rect.height() < height and _over_page_foot(text, rect.top(), rect.bottom()):
            cut.append(_paragraph_key(block))
    return cut


def _headings_left_at_page_foot(text: QTextDocument, rows: list) -> list[tuple[str, str | None]]:
    """Each heading whose table's first row under its header starts past the foot of the heading's page (a
    heading alone at the foot of a page, its table on the next): the heading's first words, the table's name."""
    layout = text.documentLayout()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    found, heading = [], None
    it = text.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if frame is not None:
            if heading is not None and isinstance(frame, QTextTable):
                index = tables.index(frame)
                keys = rows[index] if index < len(rows) else ()
                if frame.rows() > 1:
                    first = frame.cellAt(1, 0).lastCursorPosition().block()
                    if _over_page_foot(text, layout.blockBoundingRect(heading).top(), _drawn(layout, first)[1]):
                        found.append((_paragraph_key(heading), next((k[0] for k in keys or () if k), None)))
                elif frame.format().headerRowCount() and index + 1 < len(tables) and index + 1 < len(rows):
                    # its header alone: the first row was moved on to the next page, where the table goes on
                    after = rows[index + 1] or ()
                    found.append((_paragraph_key(heading), next((k[0] for k in after if k), None)))
            heading = None
        else:
            block = it.currentBlock()
            if block.isValid() and block.text().strip():
                heading = block if block.blockFormat().headingLevel() else None
        it += 1
    return found


def _break_before(text: QTextDocument, keys: set[str]) -> None:
    if not keys:
        return
    # Qt lays a long document out a part at a time, the rest left to a timer; a format changed before the rest is
    # laid out leaves it unlaid for good (no height, never drawn: a quote lost its rates and sources)
    text.pageCount()  # lays the whole document out
    for block in list(_top_level_blocks(text)):
        if _paragraph_key(block) in keys:
            cursor = QTextCursor(block)
            form = block.blockFormat()
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(form)


def _rows_over_page_breaks(text: QTextDocument, rows: list) -> list[tuple[str, int]]:
    """The (table, row number) of each table row that starts on one page and ends on the next."""
    layout = text.documentLayout()
    tables = [frame for frame in text.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    cut = []
    for table, keys in zip(tables, rows):
        for row, key in enumerate(keys or ()):
            if key is None or row >= table.rows():
                continue
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            spans = [_drawn(layout, cell.firstCursorPosition().block()) for cell in cells] + \
                [_drawn(layout, cell.lastCursorPosition().block()) for cell in cells]
            top, bottom = min(span[0] for span in spans), max(span[1] for span in spans)
            # a cell's text is moved on when its padding and border, under it, run into the margin
            form = table.format()
            if _over_page_foot(text, top, bottom + form.cellPadding() + form.border()):
                cut.append(key)
    return cut


def _drawn(layout: QAbstractTextDocumentLayout, block) -> tuple[float, float]:
    """The top and bottom of ``block``'s lines where they are drawn. Its bounding rectangle is not that: it stands
    at the block's place, and a line that Qt moves on to the next page keeps its block's place and is moved by its
    own offset, so the Urdu wheat quote's route 4, its name's line moved on under the repeated heading, measured
    3 points clear of the page's foot while its name was printed on page 2 and its figures on page 1."""
    rect = layout.blockBoundingRect(block)
    lines = [block.layout().lineAt(index) for index in range(block.layout().lineCount())]
    if not lines:
        return rect.top(), rect.bottom()
    return (rect.top() + min(line.y() for line in lines),
            rect.top() + max(line.y() + line.height() for line in lines))


def _over_page_foot(text: QTextDocument, top: float, bottom: float) -> bool:
    """Whether what spans ``top`` to ``bottom`` runs past the foot of the page it starts on. The foot is the page's
    height less the document's margin: a line that ends in that margin is drawn on the next page, so a table row
    whose longest cell reached 4 points from the page's edge was printed with that cell alone on the next page."""
    height = text.pageSize().height()
    foot = (int(top // height) + 1) * height - text.rootFrame().frameFormat().bottomMargin()
    return bottom > foot


def footer_text(document: dict, page: int, pages: int, wording: Wording | None = None,
                shorten: Callable[[str, str], str] | None = None) -> str:
    """``CQ-2026-00012 · Almaty Fruit · page 1 of 2`` at the foot of every page; ``shorten(buyer, rest)`` gives the
    buyer's name as it fits beside the rest of the line."""
    say = labels(wording.label if wording is not None else translate)
    quote = document.get("quote", {})
    number = fmt.isolate(quote.get("number") or "")
    buyer = (quote.get("buyer") or {}).get("name", "")
    if buyer:
        if shorten is not None:
            buyer = shorten(buyer, say["footer"].format(number=number, buyer="", page=page, pages=pages))
        return say["footer"].format(number=number, buyer=buyer, page=page, pages=pages)
    return say["footer_no_buyer"].format(number=number, page=page, pages=pages).lstrip(" ·")


def print_pages(document: dict, device, letterhead: dict[str, str] | None = None,
                wording: Wording | None = None) -> int:
    """Lay the quote out on ``device`` (a PDF writer or a printer) and paint it page by page, each with its
    footer; returns the number of pages."""
    printable = device.pageLayout().paintRect(QPageLayout.Unit.Point).size()
    body = QSizeF(printable.width(), printable.height() - FOOTER)
    text = paginated(document, letterhead or {}, wording, body)[0]
    pages = text.pageCount()
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the page cannot be drawn on")
    scale = device.width() / printable.width()  # the layout's units are the page's points
    painter.scale(scale, scale)
    font = QFont("DejaVu Sans")
    font.setPixelSize(9)  # the layout's units are points: 9 of them, as the text's small print
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    metrics = QFontMetricsF(font)

    def shorten(buyer: str, rest: str) -> str:
        # a long buyer's name is cut short with "…": whole, it ran off both sides of the page, and the quote's
        # number and "page N of M" with it
        room = body.width() - metrics.horizontalAdvance(rest) - metrics.averageCharWidth()
        return metrics.elidedText(buyer, Qt.TextElideMode.ElideRight, max(room, 0.0))

    for index in range(pages):
        if index and not device.newPage():
            raise OSError("a new page cannot be started")
        view = QRectF(0, index * body.height(), body.width(), body.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context.clip = view
        text.documentLayout().draw(painter, context)
        painter.restore()
        painter.setFont(font)
        painter.setPen(QColor("#555"))
        painter.drawText(QRectF(0, body.height() + 2, body.width(), FOOTER - 2), Qt.AlignmentFlag.AlignCenter,
                         footer_text(document, index + 1, pages, wording, shorten))
    painter.end()
    return pages


def write_quote_pdf(document: dict, path: Path | str, letterhead: dict[str, str] | None = None,
                    wording: Wording | None = None) -> Path:
    """An A4 PDF of the quote, written atomically (in the interface language unless ``wording`` says)."""
    letterhead = letterhead or {}

    def write(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        writer.setTitle(labels()["title"].format(number=document["quote"].get("number", "")))
        writer.setCreator("Corridor Quote")
        print_pages(document, writer, letterhead, wording)

    return write_atomically(path, write, check_pdf)


def print_quote(document: dict, printer, letterhead: dict[str, str] | None = None) -> None:
    """Send the quote to a QPrinter the user chose."""
    print_pages(document, printer, letterhead)


def _nice_step(span: float, steps: int = 5) -> float:
    """A round tick step (1, 2 or 5 × a power of ten) giving about ``steps`` ticks over ``span``."""
    import math

    raw = span / steps if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
