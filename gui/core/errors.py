"""Errors a user can act on: each carries a plain message and, for tables, where the problem is."""
from __future__ import annotations

from dataclasses import dataclass


from . import file_messages as fmsg
from .messages import Figure, Message, Verbatim


class CorridorQuoteError(Exception):
    """Base of every error shown to the user as one clear line (a Message, so it can be said in any language)."""

    @property
    def message(self) -> Message | str:
        return self.args[0] if self.args else ""


class OutputError(CorridorQuoteError):
    """A file the user asked for (a document, the quote history) could not be written: not the input's fault, so
    the command line ends with its own exit code."""


@dataclass(frozen=True)
class TableProblem:
    """One thing wrong in a workbook, located as precisely as the problem allows."""

    workbook: str
    problem: Message | str
    sheet: str | None = None
    row: int | None = None  # spreadsheet row number, 1-based, header = row 1
    column: str | None = None

    @property
    def message(self) -> Message:
        """``workbook, sheet 'x', row n, column 'c': problem``, sayable in any language."""
        where: list[Message | str] = [Verbatim(self.workbook)]
        if self.sheet:
            where.append(Message(fmsg.SHEET_AT, sheet=Verbatim(self.sheet)))
        if self.row is not None:
            where.append(Message(fmsg.ROW_AT, row=Figure(self.row, ".0f")))
        if self.column:
            where.append(Message(fmsg.COLUMN_AT, column=Verbatim(self.column)))
        problem = self.problem if isinstance(self.problem, Message) else Verbatim(self.problem)
        return Message(fmsg.PROBLEM_AT, where=Message.joined(where, ", "), problem=problem)

    def __str__(self) -> str:
        return str(self.message)


class TablesError(CorridorQuoteError):
    """The workbooks cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[TableProblem]):
        self.problems = list(problems)
        more = len(self.problems) - 1
        first = self.problems[0].message if self.problems else Verbatim("unknown problem")
        if more > 0:
            first = Message(fmsg.ONE_MORE_PROBLEM if more == 1 else fmsg.MORE_PROBLEMS, first=first,
                            count=Figure(more, ".0f"))
        super().__init__(first)


class InputError(CorridorQuoteError):
    """A request the engine cannot quote: unknown cargo or place, bad quantity or unit. ``suggestions`` are the
    names closest to a mistyped one (at most three), or the names an ambiguous one may mean, for an interface to
    offer."""

    def __init__(self, field: str, message: Message | str, suggestions: tuple[str, ...] = ()):
        self.field = field
        self.suggestions = tuple(suggestions)
        super().__init__(message)


def is_panic(error: BaseException) -> bool:
    """A panic of a library written in Rust (the workbook reader): pyo3 raises it as PanicException, which derives
    from BaseException, so ``except Exception`` does not catch it."""
    return type(error).__name__ == "PanicException"
