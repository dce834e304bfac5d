"""How the workbooks this program writes (the Excel quote, the price list) print, and how their dates read.

Every sheet prints on A4 landscape, one page wide (two for the routes compared, whose first columns are then
repeated) and as many pages tall as its rows take, with its heading row repeated at the top of each page and the
document's name and "page N / M" at the foot; a right-to-left sheet prints right to left as it shows. Without them
LibreOffice printed the Urdu what-if quote on 115 pages, its columns cut over pages of their own.

Dates read year-month-day (2026-12-07) whatever the reader's system: Excel's built-in short date shows 12/07/26
in one office and 07.12.26 in the next."""
from __future__ import annotations

import re

DATE = "yyyy-mm-dd"
DATE_TIME = "yyyy-mm-dd hh:mm"
MARGIN_INCHES = 0.4  # a narrow margin: the columns, not the white round them, are what the page is for
READABLE = 320  # characters of column width a landscape A4 page holds at about half size: smaller, no one reads it
WRAPPED = 30  # a column this wide or wider holds sentences: wrapped, so that print shows them whole
TITLE_COLUMNS = 60  # at most this width of the first columns is repeated on each page across


def print_setup(book, name: str = "", most_lines: int | None = None) -> None:
    """Give each sheet of ``book`` its print settings; ``name`` (the quote's number) heads each page's foot. A
    sheet wider than a page can be read on (the routes compared run to some 500 characters, a quarter of their
    size on one page) prints over as few pages across as keep it legible, its first columns (the route's number
    and name) repeated on each. ``most_lines``: the most lines a wrapped row prints (MOST_POINTS' five unless
    given: the price list, whose note is all a line says of its route, prints its notes whole)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    foot = (name.replace("&", "&&") + " · " if name else "") + "&P / &N"
    for sheet in book.worksheets:
        heading = _heading_row(sheet)
        if heading:
            _narrow(sheet, heading)
            _heading_height(sheet, heading)
        widths = [sheet.column_dimensions[get_column_letter(index)].width or DEFAULT_WIDTH
                  for index in range(1, sheet.max_column + 1)]
        across = max(1, -(-int(sum(widths)) // READABLE))
        setup = sheet.page_setup
        setup.orientation = "landscape"
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.fitToWidth, setup.fitToHeight = across, 0  # pages across as legible; pages down as the rows need
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_margins = PageMargins(left=MARGIN_INCHES, right=MARGIN_INCHES, top=MARGIN_INCHES,
                                         bottom=MARGIN_INCHES + 0.2, header=0.2, footer=0.2)
        sheet.oddFooter.center.text = foot
        sheet.oddFooter.center.size = 8
        if heading:
            sheet.print_title_rows = f"{heading}:{heading}"
        if across > 1 and heading:
            kept, total = 0, 0.0
            while kept < len(widths) and total + widths[kept] <= TITLE_COLUMNS:
                total += widths[kept]
                kept += 1
            if kept:
                sheet.print_title_cols = f"A:{get_column_letter(kept)}"
        lines: dict[int, int] = {}
        for index, width in enumerate(widths, start=1):
            if width < WRAPPED:
                continue
            for (cell,) in sheet.iter_rows(min_row=(heading or 0) + 1, min_col=index, max_col=index):
                if isinstance(cell.value, str) and _width(cell.value) > width:
                    old = cell.alignment
                    cell.alignment = Alignment(horizontal=old.horizontal, vertical="top", wrap_text=True)
                    lines[cell.row] = max(lines.get(cell.row, 1), _lines(cell.value, width))
        # the rows' heights for their wrapped lines: neither Excel nor LibreOffice works them out when it opens the
        # file, and a row of one line's height showed the first line of a sentence alone
        for row, count in lines.items():
            tallest = MOST_POINTS if most_lines is None else LINE_POINTS * most_lines
            sheet.row_dimensions[row].height = min(LINE_POINTS * count, tallest)
            for cell in sheet[row]:  # the row's other cells at its top too: a label stood by a sentence's last line
                if cell.value is not None and cell.alignment.vertical != "top":
                    old = cell.alignment
                    cell.alignment = Alignment(horizontal=old.horizontal, vertical="top", wrap_text=old.wrap_text)


DEFAULT_WIDTH = 13  # a column openpyxl leaves at Excel's default width
NARROWEST = 6
LINE_POINTS = 15  # the height of a line of the default type (Calibri 11)
# the tallest row printed: five lines of a path, a reason or a warning; an estimate's working of some thousands
# of characters (the carried-forward KTZ rate's) shows its first lines on paper, and whole in its cell: printed
# whole, such notes took the Urdu what-if quote to 112 pages
MOST_POINTS = 5 * LINE_POINTS


def _narrow(sheet, heading: int) -> None:
    """Columns of short figures (units, km, days, a currency's code) at the width of their longest figure rather
    than the default, their headings wrapped over two lines: the Breakdown ran to 345 characters across."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for index in range(1, sheet.max_column + 1):
        letter = get_column_letter(index)
        if sheet.column_dimensions[letter].width not in (None, 0, DEFAULT_WIDTH):  # the writer set it: kept
            continue
        longest = max((_width(_shown(cell.value)) for (cell,) in sheet.iter_rows(min_row=heading + 1, min_col=index,
                                                                               max_col=index)), default=0)
        title = sheet.cell(heading, index)
        words = str(title.value or "").split()
        wanted = max(longest + 2, max((_width(word) for word in words), default=0) + 1, NARROWEST)
        if wanted < DEFAULT_WIDTH:
            sheet.column_dimensions[letter].width = wanted
            title.alignment = Alignment(horizontal=title.alignment.horizontal, vertical="top", wrap_text=True)
            title.font = Font(bold=True)


def _heading_height(sheet, heading: int) -> None:
    """The heading row as tall as its most wrapped heading: a row of one line's height showed "Per" of "Per
    tonne" and "За" of "За тонну" (neither Excel nor LibreOffice works a row's height out on opening)."""
    lines = 1
    for cell in sheet[heading]:
        if cell.value is None or not cell.alignment.wrap_text:
            continue
        width = sheet.column_dimensions[cell.column_letter].width or DEFAULT_WIDTH
        lines = max(lines, _word_lines(str(cell.value), width))
    if lines > 1:
        sheet.row_dimensions[heading].height = LINE_POINTS * lines


def _word_lines(text: str, width: float) -> int:
    """The lines ``text`` wraps to, a whole word at a time, in a column ``width`` characters wide."""
    lines, used = 1, 0.0
    for word in text.split():
        size = _width(word)
        if used and used + 1 + size > width - 1:
            lines, used = lines + 1, size
        else:
            used += (1 if used else 0) + size
    return lines


def _width(text: str) -> float:
    """``text``'s width in a column's characters (the width of a digit): Greek and Cyrillic letters run wider (a
    bold Cyrillic heading at its letters' count showed "Отправлени" and "Валют")."""
    return sum(WIDE_LETTER if 0x370 <= ord(char) < 0x530 else 1.0 for char in text)


WIDE_LETTER = 1.25


def _shown(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return "" if value is None else str(value)[:DEFAULT_WIDTH]


def _lines(text: str, width: float) -> int:
    """The lines ``text`` wraps to in a column ``width`` characters wide (a word at a time, roughly)."""
    per_line = max(1, int(width * 1.1))  # a column's width counts its widest characters; text runs narrower
    return sum(max(1, -(-int(_width(part)) // per_line)) for part in text.split("\n"))


def _heading_row(sheet) -> int | None:
    """The row of a sheet's column headings: the row above its frozen panes (export_xlsx._header freezes them)."""
    frozen = sheet.freeze_panes
    if not frozen or not frozen.startswith("A"):
        return None
    try:
        below = int(frozen[1:])
    except ValueError:
        return None
    return below - 1 if below > 1 else None


RIGHT_TO_LEFT_READING = 2  # a cell's reading order (Excel's "Right-to-left"; 0 is "Context")


def read_right_to_left(book) -> None:
    """Each sheet of ``book`` laid out right to left, and each cell of right-to-left text read right to left. With
    the cell's order left to the context, LibreOffice printed the Urdu price list's notes with their last word on
    a line of its own as two empty boxes (``گزرتا`` / ``▯▯`` for ``گزرتا ہے``). A cell with no right-to-left letter
    (a file's name and fingerprint, an exchange rate) keeps the context's order, which keeps its parts in theirs."""
    from openpyxl.styles import Alignment

    for sheet in book.worksheets:
        sheet.sheet_view.rightToLeft = True
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and _RIGHT_TO_LEFT_LETTER.search(cell.value):
                    old = cell.alignment
                    cell.alignment = Alignment(horizontal=old.horizontal, vertical=old.vertical,
                                               wrap_text=old.wrap_text, readingOrder=RIGHT_TO_LEFT_READING)


_RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
