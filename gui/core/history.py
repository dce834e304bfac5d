"""Saved quotes in an SQLite database: kept exactly as they were given, searchable, and read back only where the
program can open them again (comparing one with today's tables on re-quote is requote.py's)."""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import json
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator


from . import file_messages as fmsg
from .errors import OutputError
from .history_files import disk_full, present, tidy
from .history_files import set_aside as set_aside  # kept importable from here
from .messages import Figure, Message, Verbatim
from .requote import compare_quotes  # what changed on re-quote; kept importable from here

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
# the tables, indexes, triggers and views of a database, but SQLite's own (sqlite_autoindex_…, sqlite_stat1…)
_OBJECTS = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"


class HistoryError(OutputError):
    """The history database cannot be used; the message says why. ``damaged``: the file is not a database any
    more (it can be set aside, with the user's consent, and a new history started)."""

    def __init__(self, message, damaged: bool = False):
        super().__init__(message)
        self.damaged = damaged


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


_COLUMNS = ("number, created, valid_until, buyer_name, buyer_contact, cargo, origin, destination, currency, "
            "best_cost, {note}, document")
_MATCH = ("number LIKE ?1 OR buyer_name LIKE ?1 OR buyer_contact LIKE ?1 OR cargo LIKE ?1 OR origin LIKE ?1 "
          "OR destination LIKE ?1")


class QuoteHistory:
    """Open (and, if needed, create or upgrade) the database at ``path``; in a folder that cannot be written, open
    the quotes saved there to read only (``read_only``)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.read_only = False
        # the history's files there before it was opened: a failed open or save takes away only those it made
        self._found = present(self.path)
        self._saved = 0  # quotes kept through this object
        self._failed = False
        try:
            self._open()
        except HistoryError:
            self._failed = True
            with contextlib.suppress(AttributeError, sqlite3.Error):
                self._db.close()
            tidy(self.path, self._found, self._saved)
            raise

    def _open(self) -> None:
        try:
            if self.path.exists() and not stat.S_ISREG(self.path.stat().st_mode):  # SQLite would write to a device
                raise HistoryError(Message(fmsg.HISTORY_NOT_A_FILE, path=Verbatim(str(self.path))))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():  # a read-only folder is said as such, not as SQLite's "unable to open"
                self.path.touch()
            self._db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            try:
                self._check_schema()  # before the first write: a file that is no history of ours is left as it was
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")  # a saved quote survives a power cut
                self._upgrade()
            except HistoryError:
                self._db.close()
                raise
            except sqlite3.OperationalError:
                if not self.path.exists() or os.access(self.path.parent, os.W_OK) and os.access(self.path, os.W_OK):
                    raise
                self._db.close()
                self._open_read_only()
        except sqlite3.DatabaseError as error:
            if _busy(error):
                raise HistoryError(Message(fmsg.HISTORY_BUSY_OPEN, file=Verbatim(str(self.path)))) from None
            if disk_full(error, self.path):  # SQLite says "disk I/O error" where it could not make its shared memory
                raise HistoryError(Message(fmsg.HISTORY_FULL_OPEN, file=Verbatim(str(self.path)))) from None
            damaged = not isinstance(error, sqlite3.OperationalError)  # "file is not a database", "malformed"
            raise HistoryError(Message(fmsg.HISTORY_UNREADABLE, file=Verbatim(self.path.name),
                                       error=Verbatim(str(error))), damaged) from None
        except OSError as error:
            if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                raise HistoryError(Message(fmsg.HISTORY_FULL_OPEN, file=Verbatim(str(self.path)))) from None
            raise HistoryError(Message(fmsg.HISTORY_NO_FOLDER, folder=Verbatim(str(self.path.parent)),
                                       error=Verbatim(error.strerror or str(error)))) from None

    def _open_read_only(self) -> None:
        """Read-only, as the folder (or the file) allows: first through SQLite's shared memory, and failing that
        as an immutable file (a crash may then hide the last quotes saved before it, never show wrong ones)."""
        uri = self.path.resolve().as_uri()
        for options in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                self._db = sqlite3.connect(uri + options, uri=True, timeout=10, isolation_level=None)
                self._db.execute("SELECT count(*) FROM quotes").fetchone()
                break
            except sqlite3.OperationalError:
                self._db.close()
                if options.endswith("immutable=1"):
                    raise
        self.read_only = True
        try:
            self._check_schema()
        except HistoryError:
            self._db.close()
            raise

    def _check_schema(self) -> None:
        """Use only a new or empty file, or a history holding exactly what this program's migrations made for its
        version: another program's database, or a trigger or view someone added to a history (a trigger runs on
        our next save and could delete quotes), is refused before anything is written to the file."""
        version = self.version
        found = set(self._db.execute(_OBJECTS).fetchall())
        if version > SCHEMA_VERSION and (not found or ("table", "quotes") in found):
            raise HistoryError(Message(fmsg.HISTORY_NEWER, version=Figure(version, ".0f")))
        expected, columns = _made_by(min(max(version, 0), SCHEMA_VERSION))
        if 0 <= version <= SCHEMA_VERSION and found == expected and (
                not found or self._db.execute("PRAGMA table_info(quotes)").fetchall() == columns):
            return
        foreign = sorted(found - expected) or sorted(found & {("table", "quotes")}) or [("user_version", version)]
        raise HistoryError(Message(fmsg.HISTORY_FOREIGN, file=Verbatim(self.path.name),
                                   objects=Verbatim(", ".join(f"{kind} {name}".strip() for kind, name in foreign))))

    def close(self) -> None:
        self._db.close()
        if self._failed:
            tidy(self.path, self._found, self._saved)

    def check(self) -> list[str]:
        """SQLite's own check of every page and index: ["ok"], or what is wrong."""
        try:
            return [row[0] for row in self._db.execute("PRAGMA integrity_check(20)").fetchall()]
        except sqlite3.DatabaseError as error:
            return [str(error)]

    @property
    def version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _upgrade(self) -> None:
        version = self.version  # no newer than this program's: see _check_schema
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
        with self.saving(document, valid_until=valid_until, buyer_name=buyer_name, buyer_contact=buyer_contact,
                         note=note, created=created) as saved:
            return saved["quote"]["number"]

    @contextlib.contextmanager
    def saving(self, document: dict[str, Any], *, valid_until: dt.date, buyer_name: str = "",
               buyer_contact: str = "", note: str = "", created: dt.datetime | None = None) -> Iterator[dict]:
        """Store the quote document as ``save`` does and give it back numbered, as stored; the quote is kept only
        if the block ends without an error. The documents that carry its number are written inside the block, so
        that one that fails (a full disk, say) takes the number back: a rollback needs no room on the disk, where
        deleting the row afterwards does. Other saves wait meanwhile (SQLite's lock; ``timeout`` seconds)."""
        if self.read_only:
            raise HistoryError(Message(fmsg.HISTORY_READ_ONLY, folder=Verbatim(str(self.path.parent))))
        created = created or dt.datetime.now().replace(microsecond=0)
        request = document["request"]
        best = next((r["cost"] for r in document["routes"] if r["available"] and r["cost"] is not None), None)
        tables = document["tables"]
        try:
            self._db.execute("BEGIN IMMEDIATE")
            # after the highest number of the year, not the count: a quote deleted by hand frees no number
            prefix = f"CQ-{created.year}-"
            last = self._db.execute("SELECT MAX(CAST(substr(number, length(?1) + 1) AS INTEGER)) FROM quotes "
                                    "WHERE number LIKE ?1 || '%'", (prefix,)).fetchone()[0]
            number = f"{prefix}{(last or 0) + 1:05d}"
            document = dict(document)
            document["quote"] = {**document.get("quote", {}), "number": number,
                                 "created": created.isoformat(sep=" "), "valid_until": valid_until.isoformat(),
                                 "buyer": {"name": buyer_name, "contact": buyer_contact}}
            stored = json.dumps(document, ensure_ascii=False, allow_nan=False)
            self._db.execute(
                "INSERT INTO quotes (number, created, valid_until, buyer_name, buyer_contact, cargo, origin, "
                "destination, currency, best_cost, tables_hash, fx_as_of, document, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (number, created.isoformat(sep=" "), valid_until.isoformat(), buyer_name, buyer_contact,
                 request["cargo_name"], request["from"], request["to"], document["currency"], best,
                 tables["corridors"]["sha256"] + ":" + tables["tariffs"]["sha256"], tables.get("fx_as_of"),
                 stored, note))
        except (sqlite3.DatabaseError, ValueError) as error:  # a full disk, a damaged page, a figure JSON refuses
            self._roll_back()
            raise self._not_saved(error) from None
        try:
            yield json.loads(stored)
        except BaseException:
            self._roll_back()
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._roll_back()
            raise self._not_saved(error) from None
        self._saved += 1

    def _not_saved(self, error: Exception) -> HistoryError:
        """Why a quote was not saved, naming the history's file: SQLite's own words ("database is locked") name
        none, and a forwarder may keep more than one history (``--history``)."""
        self._failed = True
        if _busy(error):
            return HistoryError(Message(fmsg.HISTORY_BUSY, file=Verbatim(str(self.path))))
        if disk_full(error, self.path):
            return HistoryError(Message(fmsg.HISTORY_FULL, file=Verbatim(str(self.path))))
        return HistoryError(Message(fmsg.QUOTE_NOT_SAVED_IN, file=Verbatim(str(self.path)), error=Verbatim(str(error))))

    def _roll_back(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def find(self, text: str = "", limit: int = 200) -> list[SavedQuote]:
        """Newest first; ``text`` matches the number, buyer, cargo or places. Damaged rows are left out."""
        return list(self.listing(text, limit).quotes)

    def listing(self, text: str = "", limit: int = 200) -> Listing:
        """Like ``find``, and how many matching rows could not be read. A damaged page costs the quotes on it,
        not the history: the rows are then read one at a time."""
        pattern = f"%{text.strip()}%"
        columns = _COLUMNS.format(note="note" if self.version >= 2 else "'' AS note")
        try:
            rows = self._db.execute(f"SELECT {columns} FROM quotes WHERE {_MATCH} ORDER BY created DESC, id DESC "
                                    f"LIMIT ?2", (pattern, limit)).fetchall()
            lost = 0
        except sqlite3.DatabaseError:
            rows, lost = self._rows_one_at_a_time(columns, pattern)
        quotes = []
        for row in rows:
            quote = _decoded(row)
            if quote is None:
                lost += 1
            else:
                quotes.append(quote)
        quotes.sort(key=lambda q: q.created, reverse=True)
        return Listing(tuple(quotes[:limit]), lost)

    def _rows_one_at_a_time(self, columns: str, pattern: str) -> tuple[list[tuple], int]:
        ids: list[int] = []
        try:
            for (row_id,) in self._db.execute("SELECT id FROM quotes ORDER BY id"):
                ids.append(row_id)
        except sqlite3.DatabaseError:
            pass  # the ids past a damaged page are found by number below
        try:
            top = self._db.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0
        except sqlite3.DatabaseError:
            top = max(ids, default=0)
        wanted = ids + list(range(max(ids, default=0) + 1, top + 1))
        rows, lost = [], 0
        for row_id in wanted:
            try:
                row = self._db.execute(f"SELECT {columns} FROM quotes WHERE id = ?2 AND ({_MATCH})",
                                       (pattern, row_id)).fetchone()
            except sqlite3.DatabaseError:
                lost += 1
                continue
            if row is not None:
                rows.append(row)
        return rows, lost

    def get(self, number: str) -> SavedQuote:
        found = [q for q in self.find(number) if q.number == number]
        if not found:
            raise HistoryError(Message(fmsg.SAVED_QUOTE_DAMAGED if self._holds(number) else fmsg.NO_SAVED_QUOTE,
                                       number=Verbatim(number)))
        return found[0]


    def _holds(self, number: str) -> bool:
        """Whether a row has the quote number, however damaged the rest of it is."""
        try:
            return self._db.execute("SELECT 1 FROM quotes WHERE number = ?", (number,)).fetchone() is not None
        except sqlite3.DatabaseError:
            return False


@functools.cache
def _busy(error: Exception) -> bool:
    """SQLite's "database is locked" or "… table is locked": another connection held the file past the wait."""
    return isinstance(error, sqlite3.OperationalError) and (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (5, 6)


def _made_by(version: int) -> tuple[set[tuple[str, str]], list[tuple]]:
    """The objects and the columns of ``quotes`` this program's migrations make up to ``version``."""
    db = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                db.execute(statement)
        return set(db.execute(_OBJECTS).fetchall()), db.execute("PRAGMA table_info(quotes)").fetchall()
    finally:
        db.close()


def _decoded(row: tuple) -> SavedQuote | None:
    """A saved quote from its row, or None if the row is damaged: a date or the document cannot be read, or the
    document is not one this program can open again (a row edited by hand: a request without its date, a route's
    cost in words), which would fail only once the user opens it or quotes it again."""
    try:
        dt.datetime.fromisoformat(row[1])
        dt.date.fromisoformat(row[2])
        document = json.loads(row[11])
        if not isinstance(document, dict) or not isinstance(document.get("routes"), list):
            return None
        _read_back(document)
        return SavedQuote(*row[:11], document)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError):
        return None


def _read_back(document: dict[str, Any]) -> None:
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
