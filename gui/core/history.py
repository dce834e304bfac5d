"""Saved quotes in an SQLite database: kept exactly as they were given, searchable, and compared on re-quote."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import messages as msg
from .errors import CorridorQuoteError
from .messages import Figure, Message, Verbatim

# Each step upgrades the schema by one version; a database of any older version is brought up to date on open.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: the quotes
        """CREATE TABLE quotes (
               id INTEGER PRIMARY KEY,
               number TEXT NOT NULL UNIQUE,
               created TEXT NOT NULL,
               valid_until TEXT NOT NULL,
               buyer_name TEXT NOT NULL DEFAULT '',
               buyer_contact TEXT NOT NULL DEFAULT '',
               cargo TEXT NOT NULL,
               origin TEXT NOT NULL,
               destination TEXT NOT NULL,
               currency TEXT NOT NULL,
               best_cost REAL,
               tables_hash TEXT NOT NULL,
               fx_as_of TEXT,
               document TEXT NOT NULL)""",
    ),
    (  # 2: search by buyer and date; a free note per quote
        "CREATE INDEX quotes_created ON quotes (created)",
        "CREATE INDEX quotes_buyer ON quotes (buyer_name)",
        "ALTER TABLE quotes ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(CorridorQuoteError):
    """The history database cannot be used; the message says why."""


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


class QuoteHistory:
    """Open (and, if needed, create or upgrade) the database at ``path``."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")  # a saved quote survives a power cut
            self._upgrade()
        except sqlite3.DatabaseError as error:
            raise HistoryError(Message(msg.HISTORY_UNREADABLE, file=Verbatim(self.path.name),
                                       error=Verbatim(str(error)))) from None
        except OSError as error:
            raise HistoryError(Message(msg.HISTORY_NO_FOLDER, folder=Verbatim(str(self.path.parent)),
                                       error=Verbatim(error.strerror or str(error)))) from None

    def close(self) -> None:
        self._db.close()

    @property
    def version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _upgrade(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise HistoryError(Message(msg.HISTORY_NEWER, version=Figure(version, ".0f")))
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            with self._transaction():
                for statement in statements:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    def _transaction(self):
        db = self._db

        class _Transaction:
            def __enter__(self):
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, kind, value, traceback):
                db.execute("COMMIT" if kind is None else "ROLLBACK")
                return False

        return _Transaction()

    def save(self, document: dict[str, Any], *, valid_until: dt.date, buyer_name: str = "", buyer_contact: str = "",
             note: str = "", created: dt.datetime | None = None) -> str:
        """Store the quote document as it is; return its new quote number (CQ-YYYY-NNNNN)."""
        created = created or dt.datetime.now().replace(microsecond=0)
        request = document["request"]
        best = next((r["cost"] for r in document["routes"] if r["available"] and r["cost"] is not None), None)
        tables = document["tables"]
        try:
            with self._transaction():
                year = created.year
                count = self._db.execute("SELECT COUNT(*) FROM quotes WHERE number LIKE ?",
                                         (f"CQ-{year}-%",)).fetchone()[0]
                number = f"CQ-{year}-{count + 1:05d}"
                document = dict(document)
                document["quote"] = {**document.get("quote", {}), "number": number,
                                     "created": created.isoformat(sep=" "), "valid_until": valid_until.isoformat(),
                                     "buyer": {"name": buyer_name, "contact": buyer_contact}}
                self._db.execute(
                    "INSERT INTO quotes (number, created, valid_until, buyer_name, buyer_contact, cargo, origin, "
                    "destination, currency, best_cost, tables_hash, fx_as_of, document, note) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (number, created.isoformat(sep=" "), valid_until.isoformat(), buyer_name, buyer_contact,
                     request["cargo_name"], request["from"], request["to"], document["currency"], best,
                     tables["corridors"]["sha256"] + ":" + tables["tariffs"]["sha256"], tables.get("fx_as_of"),
                     json.dumps(document, ensure_ascii=False), note))
        except sqlite3.OperationalError as error:
            raise HistoryError(Message(msg.QUOTE_NOT_SAVED, error=Verbatim(str(error)))) from None
        return number

    def find(self, text: str = "", limit: int = 200) -> list[SavedQuote]:
        """Newest first; ``text`` matches the number, buyer, cargo or places."""
        pattern = f"%{text.strip()}%"
        rows = self._db.execute(
            "SELECT number, created, valid_until, buyer_name, buyer_contact, cargo, origin, destination, currency, "
            "best_cost, note, document FROM quotes WHERE number LIKE ?1 OR buyer_name LIKE ?1 OR buyer_contact "
            "LIKE ?1 OR cargo LIKE ?1 OR origin LIKE ?1 OR destination LIKE ?1 ORDER BY created DESC, id DESC "
            "LIMIT ?2", (pattern, limit)).fetchall()
        return [SavedQuote(*row[:11], json.loads(row[11])) for row in rows]

    def get(self, number: str) -> SavedQuote:
        found = [q for q in self.find(number) if q.number == number]
        if not found:
            raise HistoryError(Message(msg.NO_SAVED_QUOTE, number=Verbatim(number)))
        return found[0]


def compare_quotes(saved: dict[str, Any], fresh: dict[str, Any]) -> list[Message]:
    """What changed between a saved quote and the same request on today's tables, route by route."""
    def key(route):
        # the same places can be passed by different legs (road, or a planned railway): the corridor tells them apart
        return route["corridor"], tuple(route["place_ids"])

    def named(route) -> Message:
        via = route["path"][1:-1]
        if not via:
            return Message(msg.ROUTE_DIRECT, corridor=route["corridor"])
        return Message(msg.ROUTE_VIA, corridor=route["corridor"], places=Message.joined(via, " → "))

    before = {key(r): r for r in saved["routes"]}
    after = {key(r): r for r in fresh["routes"]}
    lines = []
    for route_key, new in after.items():
        old = before.get(route_key)
        name = named(new)
        if old is None:
            lines.append(Message(msg.NEW_ROUTE, route=name))
            continue
        if old["available"] != new["available"]:
            reason = (new.get("said") or {}).get("unavailable_reason")
            lines.append(Message(msg.NOW_AVAILABLE, route=name) if new["available"] else Message(
                msg.NOW_UNAVAILABLE, route=name,
                reason=Message.from_data(reason, new["unavailable_reason"] or "") if reason
                else Verbatim(new["unavailable_reason"] or "")))
        if old["cost"] is not None and new["cost"] is not None and abs(new["cost"] - old["cost"]) >= 0.005:
            change = (new["cost"] - old["cost"]) / old["cost"] if old["cost"] else 0.0
            lines.append(Message(msg.COST_CHANGED, route=name, old=Figure(old["cost"]), new=Figure(new["cost"]),
                                 currency=Verbatim(new["currency"]), change=Figure(change, "+.1%")))
        if abs(new["days_typical"] - old["days_typical"]) >= 0.05:
            lines.append(Message(msg.DAYS_CHANGED, route=name, old=Figure(old["days_typical"], "g"),
                                 new=Figure(new["days_typical"], "g")))
    for route_key, old in before.items():
        if route_key not in after:
            lines.append(Message(msg.ROUTE_GONE, route=named(old)))
    if saved["tables"] != fresh["tables"]:
        lines.append(Message(msg.TABLES_CHANGED, old=_day(saved["tables"].get("fx_as_of")),
                             new=_day(fresh["tables"].get("fx_as_of"))))
    return lines


def _day(text: str | None):
    try:
        return dt.date.fromisoformat(text) if text else Verbatim("—")
    except ValueError:
        return Verbatim(text)
