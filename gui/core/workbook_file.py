"""Opening a workbook file: what it is, then its sheets as rows of cells; nothing here knows what a sheet means."""
from __future__ import annotations

import codecs
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


from . import file_messages as fmsg
from . import model as m
from .errors import is_panic
from .files import NotAFile, TooLarge, read_bounded
from .messages import Figure, Message, Verbatim
from .xlsx_cells import first_damaged_cell
from .workbook_limits import LIMITS, Limits, MiB, WorkbookMeasure, WorkbookRefused, measure_workbook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls files (and of encrypted .xlsx)
FORMULAS_EXPLAINED = 200  # empty required cells looked at again for a formula (each costs a look-up)


class WorkbookUnreadable(Exception):
    """The file, or one of its sheets, cannot be read; ``message`` says why in one sentence."""

    def __init__(self, message: Message, sheet: str | None = None, row: int | None = None):
        super().__init__(message)
        self.message = message
        self.sheet = sheet
        self.row = row


def _reader_gave_up(error: BaseException) -> bool:
    """A failure of the reader on a number formatted as a date or a time that no calendar reaches: a panic of its
    date library (pyo3's PanicException, which derives from BaseException, not Exception) at about -10¹¹ days, or a
    duration of a billion days or more that Python's timedelta cannot hold."""
    return isinstance(error, OverflowError) or is_panic(error)


def _not_a_workbook(data: bytes) -> Message:
    if not data:
        return Message(fmsg.EMPTY_FILE)
    text = _text_of(data[:2048])
    if text is None:
        return Message(fmsg.NOT_XLSX)
    if "," in text or ";" in text or "\t" in text:
        return Message(fmsg.CSV_FILE)
    return Message(fmsg.TEXT_FILE)


def _text_of(head: bytes) -> str | None:
    """The start of a file as text, if it is text: UTF-8 (cut anywhere, even inside a letter), UTF-16 or UTF-32 with
    their mark (Excel's "Unicode text"), or a one-byte code page such as Windows-1251 (a CSV saved by a Russian Excel);
    None for anything holding control bytes."""
    for mark, encoding in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                           (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(mark):
            text = head[len(mark):].decode(encoding, "ignore")
            break
    else:
        odd, even = head[1::2].count(0), head[0::2].count(0)  # UTF-16 without its mark: a zero beside each letter
        if len(head) >= 4 and 0 in (odd, even) and max(odd, even) >= len(head) // 4:
            return _text_of((b"\xff\xfe" if odd else b"\xfe\xff") + head)
        try:  # a letter cut at the end is not an error
            text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            text = head.decode("cp1251", "replace")
    if any(ord(letter) < 32 and letter not in "\t\r\n" for letter in text):
        return None
    return text


def read_file(path: Path, limit: int) -> bytes:
    """The file's bytes; one past ``limit`` is refused before it is read (files.read_bounded)."""
    try:
        return read_bounded(path, limit)
    except TooLarge as error:
        raise WorkbookUnreadable(Message(fmsg.FILE_TOO_LARGE, size=Figure(error.args[0] / MiB, ",.0f"),
                                         limit=Figure(limit / MiB, ",.0f"))) from None
    except (NotAFile, IsADirectoryError):  # a pipe would block in open() until something writes to it
        raise WorkbookUnreadable(Message(fmsg.NOT_A_REGULAR_FILE)) from None
    except FileNotFoundError:
        raise WorkbookUnreadable(Message(fmsg.FILE_NOT_FOUND)) from None
    except OSError as error:
        raise WorkbookUnreadable(Message(fmsg.FILE_UNREADABLE, error=Verbatim(error.strerror or str(error)))) from None


@dataclass
class OpenedWorkbook:
    """A workbook within the limits on what it may hold, open in python-calamine."""

    path: Path
    info: m.WorkbookInfo
    format: str  # "xlsx", "ods" or "xls"
    data: bytes
    book: Any  # python_calamine.CalamineWorkbook
    measure: WorkbookMeasure
    # the reader's sheets, each taken once for its cells and its merged ranges (each taking cost as much again)
    _sheets: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def sheet_names(self) -> tuple[str, ...]:
        return tuple(self.book.sheet_names)

    def _sheet(self, sheet: str) -> Any:
        if sheet not in self._sheets:
            self._sheets[sheet] = self.book.get_sheet_by_name(sheet)
        return self._sheets[sheet]

    def cells(self, sheet: str) -> list[list[Any]]:
        """Every row of a sheet from A1, each as long as the widest."""
        try:
            return self._sheet(sheet).to_python(skip_empty_area=False)
        except BaseException as error:  # calamine reports XML and value problems in several classes, a panic too
            if not _reader_gave_up(error):
                if not isinstance(error, Exception):
                    raise  # Ctrl+C, a memory error
                found = first_damaged_cell(self.data, sheet) if self.format == "xlsx" else None
                if found is not None:  # the reader's own words name no cell
                    raise WorkbookUnreadable(found[1], sheet, found[0]) from None
                raise WorkbookUnreadable(Message(fmsg.SHEET_UNREADABLE, error=Verbatim(str(error))), sheet) from None
        if self.format == "xlsx":
            return self._numbers_as_numbers(sheet)
        raise WorkbookUnreadable(Message(fmsg.SHEET_DATE_BEYOND_CALENDAR), sheet, self._first_row_given_up(sheet))

    def hidden(self, sheet: str) -> bool:
        """Whether a spreadsheet hides the sheet (hidden, or "very hidden" by a macro): it is read all the same."""
        try:
            return any(meta.name == sheet and "Visible" != str(meta.visible).rsplit(".", 1)[-1]
                       for meta in self.book.sheets_metadata)
        except Exception:  # noqa: BLE001 - a note the reading does without
            return False

    def not_blank(self, sheet: str) -> set[tuple[int, int]]:
        """The cells (row, column, from 1) of an .xlsx sheet that the reader gives as empty though they hold an
        Excel error or a formula never saved (SheetMeasure.not_blank)."""
        return next((measured.not_blank for measured in self.measure.sheets if measured.name == sheet), set())

    def merged(self, sheet: str) -> tuple[tuple[int, int, int, int], ...]:
        """The sheet's merged ranges as (first row, first column, last row, last column), from 0: as the reader
        tells them (.xlsx, .xls), or as measuring found them (.ods, whose merges the reader does not tell)."""
        if self.format == "ods":
            return tuple(next((measured.merged for measured in self.measure.sheets if measured.name == sheet), ()))
        try:
            ranges = self._sheet(sheet).merged_cell_ranges or ()
            return tuple((start[0], start[1], end[0], end[1]) for start, end in ranges)
        except Exception:  # noqa: BLE001 - a check the reading does without
            return ()

    def _numbers_as_numbers(self, sheet: str) -> list[list[Any]]:
        """The sheet read again by openpyxl with no number turned into a date: a date cell gives its Excel day
        number (which the date columns read), and the cell no calendar reaches is named like any wrong figure."""
        from openpyxl import load_workbook

        try:
            book = load_workbook(io.BytesIO(self.data), read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 - calamine opened it; openpyxl may still refuse
            raise WorkbookUnreadable(Message(fmsg.SHEET_UNREADABLE, error=Verbatim(str(error))), sheet) from None
        try:
            book._date_formats = set()  # read by each sheet's parser as it is walked (openpyxl 3.1)
            book._timedelta_formats = set()
            return [list(row) for row in book[sheet].iter_rows(values_only=True)]
        except Exception as error:  # noqa: BLE001 - XML and value problems
            raise WorkbookUnreadable(Message(fmsg.SHEET_UNREADABLE, error=Verbatim(str(error))), sheet) from None
        finally:
            book.close()

    def _first_row_given_up(self, sheet: str) -> int | None:
        """The spreadsheet row of the first row the reader gives up on (rows counted from the sheet's first)."""
        try:
            read = self.book.get_sheet_by_name(sheet)
            first = read.start[0] if read.start else 0
            for offset, row in enumerate(_rows_kept_going(read.iter_rows())):
                if row is None:
                    return first + offset + 1
        except Exception:  # noqa: BLE001 - a detail for the message
            pass
        return None

    def empty_looking(self, cells: list[tuple[str, int, int]]) -> dict[tuple[str, int, int], str]:
        """What cells (sheet, row, column index) that read empty hold: an Excel error such as ``#DIV/0!`` (which the
        reader gives as empty), or the text of a formula whose result was never saved (files written by scripts,
        not by Excel or LibreOffice). Only .xlsx keeps those where openpyxl finds them; one pass over the rows
        concerned of each sheet for the saved values, and one for the formulas of the cells still unexplained."""
        if self.format != "xlsx" or not cells:
            return {}
        from openpyxl.cell.cell import ERROR_CODES

        cells = cells[:FORMULAS_EXPLAINED]
        found = {cell: value for cell, value in self._held(cells, data_only=True).items() if value in ERROR_CODES}
        formulas = self._held([cell for cell in cells if cell not in found], data_only=False)
        found.update((cell, value) for cell, value in formulas.items() if value.startswith("="))
        return found

    def _held(self, cells: list[tuple[str, int, int]], data_only: bool) -> dict[tuple[str, int, int], str]:
        """The text openpyxl reads in cells, as saved values (``data_only``) or as formulas."""
        from openpyxl import load_workbook

        found: dict[tuple[str, int, int], str] = {}
        if not cells:
            return found
        try:
            book = load_workbook(io.BytesIO(self.data), read_only=True, data_only=data_only)
        except Exception:  # noqa: BLE001 - the calamine reading already reported what matters
            return found
        try:
            wanted: dict[str, set[tuple[int, int]]] = {}
            for sheet, row, column in cells:
                wanted.setdefault(sheet, set()).add((row, column))
            for sheet, places in wanted.items():
                rows = {row for row, _ in places}
                for number, values in enumerate(book[sheet].iter_rows(min_row=min(rows), max_row=max(rows),
                                                                      values_only=True), start=min(rows)):
                    for row, column in places:
                        if row == number and column < len(values):
                            value = values[column]
                            if isinstance(value, str):
                                found[(sheet, row, column)] = value
        except Exception:  # noqa: BLE001 - a detail for a message; never a reason to fail
            pass
        finally:
            book.close()
        return found


def _rows_kept_going(rows):
    """The rows of a sheet, None for one the reader gave up on."""
    while True:
        try:
            yield next(rows)
        except StopIteration:
            return
        except BaseException as error:  # see _reader_gave_up
            if not _reader_gave_up(error):
                raise
            yield None


def open_workbook(path: Path, sheets: set[str] | None = None, limits: Limits = LIMITS) -> OpenedWorkbook:
    """Read a workbook file, measure it against the limits and open it; raise WorkbookUnreadable saying why it
    cannot be. ``sheets``: the names (lower case) that will be read, if not all."""
    from python_calamine import CalamineWorkbook  # fastest maintained xlsx reader; no pandas overhead

    data = read_file(path, limits.file_bytes)
    info = m.WorkbookInfo(str(path), hashlib.sha256(data).hexdigest())
    if not data.startswith(OLE_MAGIC) and not data.startswith(b"PK"):  # .xlsx and .ods are zip files
        raise WorkbookUnreadable(_not_a_workbook(data))
    try:
        measure = measure_workbook(data, sheets, limits)
    except WorkbookRefused as refused:
        raise WorkbookUnreadable(refused.message, refused.sheet, refused.row) from None
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except BaseException as error:  # calamine reports zip, XML and size problems in several classes, a panic too
        if not isinstance(error, Exception) and not is_panic(error):
            raise
        if "cannot detect file format" in str(error).lower():  # the reader's guess failed: its own error is lost
            raise WorkbookUnreadable(Message(fmsg.WORKBOOK_DAMAGED_UNSAID, format=Verbatim(f".{measure.format}"))) \
                from None
        raise WorkbookUnreadable(Message(fmsg.WORKBOOK_DAMAGED, error=Verbatim(f"{type(error).__name__}: {error}"))) \
            from None
    return OpenedWorkbook(path, info, measure.format, data, book, measure)
