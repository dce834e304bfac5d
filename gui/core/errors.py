"""Errors a user can act on: each carries a plain message and, for tables, where the problem is."""
from __future__ import annotations

from dataclasses import dataclass


class CorridorQuoteError(Exception):
    """Base of every error shown to the user as one clear line."""


@dataclass(frozen=True)
class TableProblem:
    """One thing wrong in a workbook, located as precisely as the problem allows."""

    workbook: str
    problem: str
    sheet: str | None = None
    row: int | None = None  # spreadsheet row number, 1-based, header = row 1
    column: str | None = None

    def __str__(self) -> str:
        where = [self.workbook]
        if self.sheet:
            where.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.problem}"


class TablesError(CorridorQuoteError):
    """The workbooks cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[TableProblem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "unknown problem"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


class InputError(CorridorQuoteError):
    """A request the engine cannot quote: unknown cargo or place, bad quantity or unit."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(message)
