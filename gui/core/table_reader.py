"""Reading one workbook's sheets against their schemas (gui/core/sheets.py), collecting every problem with its sheet,
row and column: a sheet missing or twice, the corridors and tariffs workbooks given the wrong way round, a cell that
cannot be read. Checking the sheets against each other is tables.py's."""
from __future__ import annotations

from pathlib import Path
from typing import Callable


from . import file_messages as fmsg
from . import model as m
from .errors import TableProblem
from .external_links import link_notes
from .files import workbook_name
from .look_alikes import latin_look, with_look_alikes
from .messages import Figure, Message, Verbatim
from .sheets import SCHEMAS, Row, optional_sheets, parse_sheet
from .workbook_file import OpenedWorkbook, WorkbookUnreadable, open_workbook
from .workbook_limits import sheet_key


class TableReader:
    """Reads one workbook and parses every sheet against its schema, collecting the problems."""

    def __init__(self, path: Path, label: str, problems: list[TableProblem], notes: list[str],
                 progress: Callable[[str], None] | None = None):
        self.progress = progress
        self.path = path
        self.label = label
        self.problems = problems
        self.notes = notes
        self.failed_keys: set[str] = set()  # ids of rows whose cells could not be read

    def problem(self, text: Message, sheet: str | None = None, row: int | None = None, column: str | None = None):
        self.problems.append(TableProblem(workbook_name(self.path), text, sheet, row, column))

    def read(self) -> tuple[m.WorkbookInfo | None, dict[str, list[Row]]]:
        try:
            optional = optional_sheets(self.label)  # read where the workbook has them
            book = open_workbook(self.path, {*SCHEMAS[self.label], *optional})
        except WorkbookUnreadable as error:
            self.problem(error.message, error.sheet, error.row)
            return None, {}
        if book.format == "xls":  # calamine reads it; say so, since its formulas and dates are older conventions
            self.notes.append(Message(fmsg.XLS_NOTE, workbook=Verbatim(workbook_name(self.path))))
        sheets: dict[str, list[Row]] = {}
        blank_cells: list[tuple[str, int, int, int]] = []  # sheet, row, column index, problem index
        by_lower: dict[str, str] = {}
        before = len(self.problems)
        for name in book.sheet_names:
            folded = sheet_key(name)
            if folded in by_lower and folded in {*SCHEMAS[self.label], *optional}:
                # which one is meant cannot be told (Excel allows 'fx' and 'fx '): neither is read
                self.problem(Message(fmsg.SHEET_TWICE, sheet=Verbatim(folded),
                                     names=Verbatim(f"'{by_lower[folded]}', '{name}'")))
            by_lower.setdefault(folded, name)
        if len(self.problems) > before:
            return None, {}
        other = "tariffs" if self.label == "corridors" else "corridors"
        if not set(by_lower) & (set(SCHEMAS[self.label]) - {"sources"}) and kind_of(set(by_lower)) == other:
            # the files were swapped: one sentence, not a missing sheet each
            theirs = [name for name in SCHEMAS[other] if name in by_lower and name != "sources"]
            self.problem(Message(fmsg.LOOKS_LIKE_TARIFFS if other == "tariffs" else fmsg.LOOKS_LIKE_CORRIDORS,
                                 sheets=Verbatim(", ".join(theirs[:3]) + (", …" if len(theirs) > 3 else ""))))
            return None, {}
        for sheet_name, columns in {**SCHEMAS[self.label], **optional}.items():
            if self.progress is not None:
                self.progress(f"{workbook_name(self.path)}: {sheet_name}")
            actual = by_lower.get(sheet_name)
            if actual is None and sheet_name in optional:
                continue
            if actual is None:
                said = Message(fmsg.SHEET_MISSING, sheet=Verbatim(sheet_name),
                               found=Verbatim(", ".join(book.sheet_names)))
                typed = next((name for name in book.sheet_names if sheet_key(latin_look(name)) == sheet_name), None)
                self.problem(with_look_alikes(said, typed) if typed is not None else said)
                continue
            try:
                cells = book.cells(actual)
            except WorkbookUnreadable as error:
                self.problem(error.message, sheet_name, error.row)
                continue
            parsed = parse_sheet(cells, columns, book.merged(actual), book.not_blank(actual))
            del cells  # the raw cells of a large sheet go before the next is read
            if book.hidden(actual):  # a forwarder may not know a sheet it cannot see prices its quotes
                self.notes.append(Message(fmsg.HIDDEN_SHEET, workbook=Verbatim(workbook_name(self.path)),
                                          sheet=Verbatim(actual)))
            if parsed.extra_columns:
                extra = Verbatim(", ".join(parsed.extra_columns))
                self.notes.append(Message(fmsg.EXTRA_COLUMNS, workbook=Verbatim(workbook_name(self.path)),
                                          sheet=Verbatim(sheet_name), columns=extra))
            base = len(self.problems)
            blank_cells.extend((actual, row, column, base + at) for row, column, at in parsed.blank_cells)
            for found in parsed.problems:
                self.problem(found.message, sheet_name, found.row, found.column)
            if parsed.unlisted:
                first, last = parsed.unlisted_rows
                self.problem(Message(fmsg.MORE_CELL_PROBLEMS, count=Figure(parsed.unlisted, ",.0f"),
                                     first=Figure(first, ".0f"), last=Figure(last, ".0f")), sheet_name, first)
            self.failed_keys.update(parsed.failed_keys)
            sheets[sheet_name] = parsed.rows
        if blank_cells:
            self._explain_blanks(book, blank_cells)
        if book.format in ("xlsx", "ods"):  # a figure linked from another workbook is read as last saved: say which
            self.notes.extend(link_notes(workbook_name(self.path), book.data, set(sheets), book.format))
        return book.info, sheets

    def _explain_blanks(self, book: OpenedWorkbook, blank_cells: list[tuple[str, int, int, int]]) -> None:
        """A required cell that reads empty may hold an Excel error, or a formula whose result was never saved: say
        so for that cell (an optional one is there only when it holds one)."""
        held = book.empty_looking([(sheet, row, column) for sheet, row, column, _ in blank_cells])
        for sheet, row, column, at in blank_cells:
            text = held.get((sheet, row, column))
            if text is not None:
                old = self.problems[at]
                said = Message(fmsg.CELL_FORMULA, formula=Verbatim(text[:40])) if text.startswith("=") else \
                    Message(fmsg.CELL_ERROR_VALUE, error=Verbatim(text))
                self.problems[at] = TableProblem(old.workbook, said, old.sheet, old.row, old.column)


def kind_of(names: set[str]) -> str | None:
    """"corridors" or "tariffs" by sheet names (lower case); None if neither."""
    # by the sheets of each kind's own: both have a 'sources' sheet, which says neither (a quote's own workbook,
    # whose one sheet in common is its Sources, was called a corridors workbook "(sheets )")
    corridors = len(names & set(SCHEMAS["corridors"]) - {"sources"})
    tariffs = len(names & set(SCHEMAS["tariffs"]) - {"sources"})
    if not corridors and not tariffs:
        return None
    return "corridors" if corridors >= tariffs else "tariffs"
