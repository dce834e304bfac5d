"""Walking the XML parts of an .xlsx or .ods file as they are decompressed, without building them: where each
sheet's last value is, and how much text its cells will hold once read. A DTD (the way to an entity bomb) is refused.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from array import array
from typing import Callable
from xml.parsers import expat


from . import file_messages as fmsg
from .messages import Figure, Message, Verbatim
from .workbook_limits import Limits, SheetMeasure, WorkbookRefused, _Budget

_FAR = 10 ** 12  # a position too far to be real (refused by the limits without turning it into a number)
ODS_ROWS, ODS_COLUMNS = 1_048_576, 16_384  # the most a spreadsheet has: a span past them is cut at them
MERGES_KEPT = 10_000  # merged ranges kept of one sheet: each is a problem, and a file may repeat one by the million
NOT_BLANK_KEPT = 10_000  # cells kept of one sheet that read empty but hold an error or an unsaved formula


# what the reader (Rust's usize and f64 parsers) takes for a count and for a number: anything else stops it reading
# the whole file, with no word of where
_COUNT = re.compile(r"\+?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)", re.IGNORECASE)
_NUMBER_TYPES = ("float", "percentage", "currency")  # the value types whose office:value the reader reads


def _column_letters(column: int) -> str:
    """The letters of a column (1 = A)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


def _shown(value: str) -> Verbatim:
    return Verbatim(value if len(value) <= 40 else value[:39] + "…")


def _no_dtd(*_args) -> None:
    raise WorkbookRefused(Message(fmsg.XML_DTD))


def _parser(start: Callable, end: Callable | None = None, text: Callable | None = None) -> expat.XMLParserType:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    return parser


class _Walk:
    """Feeds chunks to an expat parser; XML that does not parse is a damaged part."""

    parser: expat.XMLParserType
    part = ""

    def feed(self, chunk: bytes) -> None:
        try:
            self.parser.Parse(chunk, False)
        except expat.ExpatError as error:
            raise _damaged(self.part, error) from None

    def close(self) -> None:
        try:
            self.parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise _damaged(self.part, error) from None


def _damaged(part: str, error: object) -> WorkbookRefused:
    return WorkbookRefused(Message(fmsg.WORKBOOK_DAMAGED, error=Verbatim(f"{part}: {error}")))


def _is_count(text: str) -> bool:
    """Whether the reader takes the text for a count (a whole number that fits 64 bits)."""
    return bool(_COUNT.fullmatch(text)) and int(text) < 2 ** 64


def _local(name: str) -> str:
    return name[name.rfind(":") + 1:]


def _whole(text: str | None, default: int) -> int:
    if text is None:
        return default
    text = text.strip()
    if not text.isdigit():
        return default
    return int(text) if len(text) < 13 else _FAR


def _cell_reference(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of a reference such as XFD1048576; None if it is not one."""
    letters = ref.rstrip("0123456789")
    digits = ref[len(letters):]
    letters = letters.upper()
    if not letters or not digits or not letters.isalpha() or not letters.isascii():
        return None
    column = 0
    for letter in letters[:6]:
        column = column * 26 + ord(letter) - 64
    return _whole(digits, 0), column if len(letters) <= 6 else _FAR


def _attribute(attrs: dict[str, str], local: str) -> str | None:
    for key, value in attrs.items():
        if key == local or key.endswith(":" + local):
            return value
    return None


def sheet_parts(workbook_xml: bytes, rels_xml: bytes, names: set[str]) -> tuple[list[tuple[str, str]], str]:
    """The (part, sheet name) of each worksheet in xl/workbook.xml, and the shared-strings part."""
    sheets: list[tuple[str, str]] = []  # name, relationship id
    targets: dict[str, str] = {}
    shared = "xl/sharedStrings.xml"

    def on_sheet(name, attrs):
        if _local(name) == "sheet":
            sheets.append((attrs.get("name", ""), _attribute(attrs, "id") or ""))

    def on_relationship(name, attrs):
        nonlocal shared
        if _local(name) == "Relationship":
            target = attrs.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[attrs.get("Id", "")] = part
            if attrs.get("Type", "").endswith("/sharedStrings"):
                shared = part

    for data, handler, part in ((workbook_xml, on_sheet, "xl/workbook.xml"),
                                (rels_xml, on_relationship, "xl/_rels/workbook.xml.rels")):
        if data:
            try:
                _parser(handler).Parse(data, True)
            except expat.ExpatError as error:
                raise _damaged(part, error) from None
    parts = [(targets[rid], name) for name, rid in sheets if targets.get(rid) in names]
    return parts, shared


class SharedStrings(_Walk):
    """The length in bytes of each shared string, and the longest; more strings than cells is refused."""

    part = "xl/sharedStrings.xml"

    def __init__(self, limits: Limits):
        self.limits = limits
        self.lengths = array("Q")
        self.longest = 0
        self._length = -1  # bytes of the string being read; -1 outside one
        self.parser = _parser(self._start, self._end, self._text)

    def _too_many(self, count: int) -> None:
        raise WorkbookRefused(Message(fmsg.TOO_MANY_STRINGS, count=Figure(count, ",.0f"),
                                      limit=Figure(self.limits.cells, ",.0f")))

    def _start(self, name, attrs):
        local = _local(name)
        if local == "si":
            self._length = 0
        elif local == "sst":  # the reader sets room aside for as many strings as this claims
            claimed = max(_whole(attrs.get("count"), 0), _whole(attrs.get("uniqueCount"), 0))
            if claimed > self.limits.cells:
                self._too_many(claimed)

    def _end(self, name):
        if self._length >= 0 and _local(name) == "si":
            self.lengths.append(self._length)
            self.longest = max(self.longest, self._length)
            self._length = -1
            if len(self.lengths) > self.limits.cells:
                self._too_many(len(self.lengths))

    def _text(self, data: str):
        if self._length >= 0:
            self._length += len(data.encode("utf-8", "surrogatepass"))


class XlsxSheetScanner(_Walk):
    """The last row and column holding a value in one worksheet, and how many cells use a shared string."""

    def __init__(self, budget: _Budget, sheet: SheetMeasure):
        self.budget = budget
        self.sheet = sheet
        self.part = sheet.name
        self.row = 0
        self.column = 0
        self.cell: tuple[int, int] | None = None  # the cell being read, until its value is seen
        self.last = (0, 0)  # the cell before it: cells come row by row, left to right, each once
        self.shared = False
        self.formula: tuple[int, int] | None = None  # the cell with a formula, until its saved value is seen
        self.text_result = False  # the cell read holds text worked out by a formula (t="str")
        self.reading_value = False  # the text of a formula's <v> goes to ``_saved_value``
        self.parser = _parser(self._start)

    def _not_blank(self, cell: tuple[int, int]) -> None:
        if len(self.sheet.not_blank) < NOT_BLANK_KEPT:
            self.sheet.not_blank.add(cell)

    def close(self) -> None:
        super().close()
        if self.formula is not None:
            self._not_blank(self.formula)

    def _saved_value(self, data: str) -> None:
        """Text in the <v> of a formula's cell (read only there: <v/> is a result never saved)."""
        if data.strip():
            self.formula = None  # (the handler stays till the next cell: changing it here flushes text into it)

    def _start(self, name, attrs):
        local = name[name.rfind(":") + 1:]
        if local == "c":
            if self.reading_value:
                self.reading_value = False
                self.parser.CharacterDataHandler = None
            if self.formula is not None:  # the cell before held a formula and no value (<f> comes before <v>)
                self._not_blank(self.formula)
                self.formula = None
            ref = attrs.get("r")
            found = _cell_reference(ref) if ref else None
            if found is None:
                self.column += 1
                self.cell = (self.row, self.column)
            else:
                self.cell = found
                self.row, self.column = found
            if self.cell <= self.last:  # the reader keeps the last value of a cell written twice, and says nothing
                row, column = self.cell
                raise WorkbookRefused(Message(fmsg.CELL_TWICE, cell=Verbatim(
                    f"{_column_letters(min(column, 16_384))}{row}")), self.sheet.name, row)
            self.last = self.cell
            kind = attrs.get("t")
            self.shared = kind == "s"
            self.text_result = kind == "str"
            if kind == "e":  # an error, #N/A or #DIV/0!, which the reader gives as empty
                self._not_blank(self.cell)
        elif local == "f":
            # a formula of a text result may have saved an empty one (=IF(…, "", …): <v></v>); any other
            # saves a figure, a date or yes/no
            self.formula = None if self.text_result else self.last
        elif local == "v" or local == "is":
            if self.formula is not None:  # its saved result, if the <v> holds any text
                if local == "is":
                    self.formula = None
                else:
                    self.reading_value = True
                    self.parser.CharacterDataHandler = self._saved_value
            if self.cell is not None:
                row, column = self.cell
                sheet = self.sheet
                if row > sheet.rows or column > sheet.columns:
                    self.budget.sheet_extent(sheet, row, column)
                if self.shared and local == "v":
                    sheet.shared_cells += 1
                self.cell = None
        elif local == "row":
            self.row = _whole(attrs.get("r"), self.row + 1)
            self.column = 0

    @staticmethod
    def shared_text(archive: zipfile.ZipFile, part: str, shared: SharedStrings, limits: Limits) -> int:
        """The bytes of shared text a sheet's cells use, string by string (a second, slower walk, made only when
        the quick bound — cells × longest string — is past the limit)."""
        total = 0
        state = {"shared": False, "index": None}

        def start(name, attrs):
            local = _local(name)
            if local == "c":
                state["shared"] = attrs.get("t") == "s"
            elif local == "v" and state["shared"]:
                state["index"] = []

        def text(data):
            if state["index"] is not None:
                state["index"].append(data)

        def end(name):
            nonlocal total
            if state["index"] is not None and _local(name) == "v":
                index = _whole("".join(state["index"]), -1)
                state["index"] = None
                if 0 <= index < len(shared.lengths):
                    total += shared.lengths[index]
                    if total > limits.text_bytes:
                        raise WorkbookRefused(Message(fmsg.TOO_MUCH_TEXT, limit=Figure(limits.text_bytes / 2 ** 20,
                                                                                     ",.0f")))

        parser = _parser(start, end, text)
        try:
            with archive.open(part) as stream:
                while chunk := stream.read(1 << 20):
                    parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            raise _damaged(part, error) from None
        return total


class OdsScanner(_Walk):
    """Every table of an .ods content.xml: rows and cells repeated by count, as the reader expands them, and the
    text of each cell times its repeats."""

    part = "content.xml"

    def __init__(self, budget: _Budget):
        self.budget = budget
        self.sheet: SheetMeasure | None = None
        self.row = 0
        self.row_repeat = 1
        self.column = 0
        self.cell: tuple[int, int] | None = None  # first column and repeat of the cell being read
        self.cell_text = 0
        self.parser = _parser(self._start, self._end, self._text)

    def _mark(self) -> None:
        start, repeat = self.cell
        sheet = self.sheet
        rows, columns = self.row + self.row_repeat, start + repeat
        if rows > sheet.rows or columns > sheet.columns:
            self.budget.sheet_extent(sheet, rows, columns)

    def _start(self, name, attrs):
        local = _local(name)
        if self.sheet is None:
            if local == "table":
                self.sheet = SheetMeasure(_attribute(attrs, "name") or "?")
                self.row = 0
            return
        if local in ("table-cell", "covered-table-cell"):
            self._check_cell(attrs)
            repeat = max(1, _whole(_attribute(attrs, "number-columns-repeated"), 1))
            if local == "table-cell":
                self._merge(attrs, repeat)
            self.cell = (self.column, repeat)
            self.column += repeat
            self.cell_text = 0
            if _attribute(attrs, "value-type") is not None:
                self._mark()
        elif local == "p" and self.cell is not None:
            self._mark()
        elif local == "table-row":
            count = _attribute(attrs, "number-rows-repeated")
            if count is not None and not _is_count(count):
                raise WorkbookRefused(Message(fmsg.ODS_ROW_NOT_A_COUNT, value=_shown(count),
                                              attribute=Verbatim("table:number-rows-repeated")),
                                      self.sheet.name, self.row + 1)
            self.row_repeat = max(1, _whole(count, 1))
            self.column = 0

    def _check_cell(self, attrs: dict[str, str]) -> None:
        """A cell's repeat count and its number as the reader will parse them: one it cannot is named by its sheet,
        row and cell, where the reader would only fail on the whole file."""
        count = _attribute(attrs, "number-columns-repeated")
        cell = Verbatim(f"{_column_letters(self.column + 1)}{self.row + 1}")
        if count is not None and not _is_count(count):
            raise WorkbookRefused(Message(fmsg.ODS_CELL_NOT_A_COUNT, cell=cell,
                                          attribute=Verbatim("table:number-columns-repeated"), value=_shown(count)),
                                  self.sheet.name, self.row + 1)
        value = _attribute(attrs, "value")
        if value is not None and _attribute(attrs, "value-type") in _NUMBER_TYPES and not _NUMBER.fullmatch(value):
            raise WorkbookRefused(Message(fmsg.ODS_CELL_NOT_A_NUMBER, cell=cell, attribute=Verbatim("office:value"),
                                          value=_shown(value)), self.sheet.name, self.row + 1)

    def _merge(self, attrs: dict[str, str], repeat: int) -> None:
        """A cell spanning others (merged, in a spreadsheet's words): its range, once for each repeat of the cell
        and of its row (up to MERGES_KEPT), as python-calamine tells those of an .xlsx but not of an .ods."""
        rows = min(max(1, _whole(_attribute(attrs, "number-rows-spanned"), 1)), max(1, ODS_ROWS - self.row))
        columns = min(max(1, _whole(_attribute(attrs, "number-columns-spanned"), 1)), max(1, ODS_COLUMNS - self.column))
        if rows == 1 and columns == 1:
            return
        merged = self.sheet.merged
        for row in range(self.row, self.row + self.row_repeat):
            for column in range(self.column, self.column + repeat):
                if len(merged) >= MERGES_KEPT:
                    return
                merged.append((row, column, row + rows - 1, column + columns - 1))

    def _end(self, name):
        if self.sheet is None:
            return
        local = _local(name)
        if local in ("table-cell", "covered-table-cell") and self.cell is not None:
            if self.cell_text:
                self.budget.text(self.cell_text * self.cell[1] * self.row_repeat, self.sheet.name)
            self.cell = None
        elif local == "table-row":
            self.row += self.row_repeat
            self.row_repeat = 1
        elif local == "table":
            self.budget.sheet_done(self.sheet)
            self.sheet = None

    def _text(self, data: str):
        if self.cell is not None:
            self.cell_text += len(data.encode("utf-8", "surrogatepass"))
