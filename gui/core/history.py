"""Saved quotes in an SQLite database: kept exactly as they were given, searchable, and read back only where the
program can open them again. The schema and its migrations: history_schema.py; a quote read back from its row:
history_rows.py; the history's files on the disk: history_files.py; comparing a quote with today's tables on
re-quote: requote.py."""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any, Iterator

from . import file_messages as fmsg
from .errors import OutputError
from .history_files import disk_full, present, tidy
from .history_files import set_aside as set_aside  # kept importable from here
from .history_rows import COLUMNS, MATCH, Listing, SavedQuote, decoded, rows_one_at_a_time
from .history_schema import schema_fault, upgrade, user_version
from .messages import Message, Verbatim
from .requote import compare_quotes as compare_quotes  # what changed on re-quote; kept importable from here

NUMBER_FIGURES = 12  # the figures of a quote number counted on from (CQ-2026-00012: five)


class HistoryError(OutputError):
    """The history database cannot be used; the message says why. ``damaged``: the file is not a database any
    more (it can be set aside, with the user's consent, and a new history started)."""

    def __init__(self, message, damaged: bool = False):
        super().__init__(message)
        self.damaged = damaged


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
                upgrade(self._db)
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

    def _check_schema(self) -> None:
        """Refuse a file that is no history of ours before anything is written to it (history_schema)."""
        problem = schema_fault(self._db, self.path.name)
        if problem is not None:
            raise HistoryError(problem)

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
        return user_version(self._db)

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
            # after the highest number of the year, not the count: a quote deleted by hand frees no number; of
            # numbers of at most NUMBER_FIGURES figures and nothing else: one edited by hand past SQLite's integers
            # (CQ-2026-9223372036854775807) took one quote more, then every save failed as a number taken, and
            # CQ-2026--5 gave CQ-2026--0004
            prefix = f"CQ-{created.year}-"
            last = self._db.execute("SELECT MAX(CAST(substr(number, length(?1) + 1) AS INTEGER)) FROM quotes "
                                    "WHERE number LIKE ?1 || '%' AND length(number) <= length(?1) + ?2 "
                                    "AND substr(number, length(?1) + 1) NOT GLOB '*[^0-9]*'",
                                    (prefix, NUMBER_FIGURES)).fetchone()[0]
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
        columns = COLUMNS.format(note="note" if self.version >= 2 else "'' AS note")
        try:
            rows = self._db.execute(f"SELECT {columns} FROM quotes WHERE {MATCH} ORDER BY created DESC, id DESC "
                                    f"LIMIT ?2", (pattern, limit)).fetchall()
            lost = 0
        except sqlite3.DatabaseError:
            rows, lost = rows_one_at_a_time(self._db, columns, pattern)
        quotes = []
        for row in rows:
            quote = decoded(row)
            if quote is None:
                lost += 1
            else:
                quotes.append(quote)
        quotes.sort(key=lambda q: q.created, reverse=True)
        return Listing(tuple(quotes[:limit]), lost)

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
