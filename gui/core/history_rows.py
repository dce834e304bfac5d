"""The quotes of the history as read back from their rows: a saved quote, a listing of those found, and the
reading of a row that leaves out one the program could not open again (history.QuoteHistory finds them)."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from .requote import compare_quotes

# No figure this program saves comes near it: two million tonnes of goods at a million dollars a tonne, in tenge,
# is 1e15. A larger one (or Infinity, NaN, a 400-digit integer) is an edit by hand that a chart's scale, a map's
# line or a change in per cent cannot take (float overflow), so its row is counted among those that cannot be read.
LARGEST_FIGURE = 1e18
_LONGEST_INTEGER = len(str(int(LARGEST_FIGURE)))


def _figure(text: str) -> float:
    number = float(text)
    if not abs(number) <= LARGEST_FIGURE:  # also NaN
        raise ValueError(f"figure {text[:40]} out of range")
    return number


def _integer(text: str) -> int:
    number = int(text) if len(text.lstrip("-")) <= _LONGEST_INTEGER else None  # 400 figures: not even read
    if number is None or abs(number) > LARGEST_FIGURE:
        raise ValueError(f"integer {text[:40]} out of range")
    return number


def _no_constant(text: str):
    raise ValueError(f"{text} is no figure")  # JSON's NaN, Infinity and -Infinity, which Python writes and reads


def document_of(text: str) -> Any:
    """A saved document's JSON, its figures each within ±LARGEST_FIGURE; ValueError if one is not."""
    return json.loads(text, parse_float=_figure, parse_int=_integer, parse_constant=_no_constant)


@dataclass(frozen=True)
class SavedQuote:
    number: str
    created: str
    valid_until: str
    buyer_name: str
    buyer_contact: str
    cargo: str
    origin: str
    destination: str
    currency: str
    best_cost: float | None
    note: str
    document: dict[str, Any]

    def expired(self, today: dt.date | None = None) -> bool:
        return dt.date.fromisoformat(self.valid_until) < (today or dt.date.today())


@dataclass(frozen=True)
class Listing:
    """Saved quotes found, newest first, and how many rows matched but could not be read (damaged)."""

    quotes: tuple[SavedQuote, ...]
    unreadable: int = 0


# the columns a saved quote is read from ({note}: the note, or '' before version 2), and what a search matches
COLUMNS = ("number, created, valid_until, buyer_name, buyer_contact, cargo, origin, destination, currency, "
           "best_cost, {note}, document")
MATCH = ("number LIKE ?1 OR buyer_name LIKE ?1 OR buyer_contact LIKE ?1 OR cargo LIKE ?1 OR origin LIKE ?1 "
         "OR destination LIKE ?1")


def rows_one_at_a_time(db: sqlite3.Connection, columns: str, pattern: str) -> tuple[list[tuple], int]:
    """The rows that match ``pattern``, read one at a time past a damaged page, and how many could not be read."""
    ids: list[int] = []
    try:
        for (row_id,) in db.execute("SELECT id FROM quotes ORDER BY id"):
            ids.append(row_id)
    except sqlite3.DatabaseError:
        pass  # the ids past a damaged page are found by number below
    try:
        top = db.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0
    except sqlite3.DatabaseError:
        top = max(ids, default=0)
    wanted = ids + list(range(max(ids, default=0) + 1, top + 1))
    rows, lost = [], 0
    for row_id in wanted:
        try:
            row = db.execute(f"SELECT {columns} FROM quotes WHERE id = ?2 AND ({MATCH})",
                             (pattern, row_id)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            rows.append(row)
    return rows, lost


def decoded(row: tuple) -> SavedQuote | None:
    """A saved quote from its row, or None if the row is damaged: a date or the document cannot be read, or the
    document is not one this program can open again (a row edited by hand: a request without its date, a route's
    cost in words or beyond any figure it saves), which would fail only once the user opens it or quotes it again."""
    try:
        dt.datetime.fromisoformat(row[1])
        dt.date.fromisoformat(row[2])
        best = row[9]  # the best cost listed, a column of its own
        if best is not None and not (isinstance(best, (int, float)) and abs(best) <= LARGEST_FIGURE):
            return None
        document = document_of(row[11])
        if not isinstance(document, dict) or not isinstance(document.get("routes"), list):
            return None
        number = (document.get("quote") or {}).get("number")
        if number and number != row[0]:  # listed under one number, exported under another
            return None
        read_back(document)
        return SavedQuote(*row[:11], document)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError, ArithmeticError):
        return None


def read_back(document: dict[str, Any]) -> None:
    """Read a saved document as opening it in the form and quoting it again do: its request, terms, goals and
    what-if, and its routes as compared (with themselves, and with none); an error of the kinds _decoded catches if
    one cannot be."""
    from .decide_report import goals_from_document, scenario_from_document
    from .price_report import terms_from_document
    from .report import request_from_document

    if not isinstance(document.get("quote"), dict) or not isinstance(document.get("currency"), str):
        raise ValueError("no number or no currency")  # every document and export reads both
    request_from_document(document)
    terms_from_document(document)
    goals_from_document(document)
    scenario_from_document(document)
    compare_quotes(document, document)  # its figures, route by route
    compare_quotes(document, {**document, "routes": [], "tables": {}})  # its routes named, its tables' date
