"""The history database's schema: the migrations that make it, version by version, and the check that a file
holds exactly what they make before anything is written to it (history.QuoteHistory opens it)."""
from __future__ import annotations

import sqlite3

from . import file_messages as fmsg
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
# the tables, indexes, triggers and views of a database, but SQLite's own (sqlite_autoindex_…, sqlite_stat1…)
_OBJECTS = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"
# and the statements that made them: the columns alone let through a table whose statement adds a CHECK (every
# save refused, after the file was switched to WAL) or ON CONFLICT REPLACE (a save over a quote of the same number)
_STATEMENTS = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"


def _statements(db: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """Each object's statement, its spaces and line breaks made one space."""
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in db.execute(_STATEMENTS).fetchall()}


def user_version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def schema_fault(db: sqlite3.Connection, file_name: str) -> Message | None:
    """None for a new or empty file, or a history holding exactly what this program's migrations made for its
    version; else why it is refused: another program's database, or a trigger or view someone added to a history
    (a trigger runs on our next save and could delete quotes), or a history of a newer version of the program."""
    version = user_version(db)
    found = set(db.execute(_OBJECTS).fetchall())
    if version > SCHEMA_VERSION and (not found or ("table", "quotes") in found):
        return Message(fmsg.HISTORY_NEWER, version=Figure(version, ".0f"))
    expected, columns, statements = _made_by(min(max(version, 0), SCHEMA_VERSION))
    if 0 <= version <= SCHEMA_VERSION and found == expected and (not found or (
            db.execute("PRAGMA table_info(quotes)").fetchall() == columns and _statements(db) == statements)):
        return None
    foreign = sorted(found - expected) or sorted(found & {("table", "quotes")}) or [("user_version", version)]
    return Message(fmsg.HISTORY_FOREIGN, file=Verbatim(file_name),
                   objects=Verbatim(", ".join(f"{kind} {name}".strip() for kind, name in foreign)))


def upgrade(db: sqlite3.Connection) -> None:
    """Bring the database up to this program's version, one migration at a time, each in its own transaction (a
    database no newer than this program's: see schema_fault)."""
    version = user_version(db)
    for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
        with _transaction(db):
            for statement in statements:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")


def _transaction(db: sqlite3.Connection):
    class _Transaction:
        def __enter__(self):
            db.execute("BEGIN IMMEDIATE")

        def __exit__(self, kind, value, traceback):
            db.execute("COMMIT" if kind is None else "ROLLBACK")
            return False

    return _Transaction()


def _made_by(version: int) -> tuple[set[tuple[str, str]], list[tuple], set[tuple[str, str, str]]]:
    """The objects, the columns of ``quotes`` and the objects' statements this program's migrations make up to
    ``version``."""
    db = sqlite3.connect(":memory:")
    try:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                db.execute(statement)
        return (set(db.execute(_OBJECTS).fetchall()), db.execute("PRAGMA table_info(quotes)").fetchall(),
                _statements(db))
    finally:
        db.close()
