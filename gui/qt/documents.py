"""The quote on paper: an A4 PDF (or a printer) drawn by Qt from the same quote document the workbook uses."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontMetricsF, QPageLayout,
                           QPageSize, QPainter, QPalette, QPdfWriter, QTextCursor, QTextDocument, QTextFormat,
                           QTextTable)

from ..core import formatting as fmt
from ..core.files import check_pdf, write_atomically
from ..core.messages import Wording
from .map_document import install_map
from .paper_chart import cost_time_chart
from .quote_page import install_logo, labels, quote_html, recommended_route  # noqa: F401 - quote_html: the history's preview

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts

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
    install_logo(text, letterhead)
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
        # an override in the name turned the rest of the line backwards; set apart in right-to-left text, as the
        # number is
        return say["footer"].format(number=number, buyer=fmt.isolate(fmt.undirected(buyer)), page=page,
                                    pages=pages)
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
        # number and "page N of M" with it (measured from its first 500 characters: more never fit a line)
        room = body.width() - metrics.horizontalAdvance(rest) - metrics.averageCharWidth()
        return metrics.elidedText(buyer if len(buyer) <= 500 else buyer[:500] + "…", Qt.TextElideMode.ElideRight,
                                  max(room, 0.0))

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
