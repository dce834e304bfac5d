"""Saved quotes: kept exactly as given, found again, compared on re-quote, safe against a killed process."""
from __future__ import annotations

import copy

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.core.history import HistoryError, QuoteHistory
from gui.core.history_schema import MIGRATIONS, SCHEMA_VERSION
from gui.core.requote import compare_quotes
from gui.core.report import quote_document
from gui.core.request import QuoteRequest

ROOT = Path(__file__).resolve().parents[2]


def document(engine, quantity=140, departure=dt.date(2026, 3, 1)):
    result = engine.quote(QuoteRequest("wheat", quantity, "t", "alpha", "omega", departure, "USD"))
    return quote_document(result, engine.tables)


def test_saved_quote_comes_back_exactly(tmp_path, engine):
    history = QuoteHistory(tmp_path / "history.sqlite")
    original = document(engine)
    number = history.save(original, valid_until=dt.date(2026, 12, 31), buyer_name="Ahmed Khan",
                          buyer_contact="+92 300 0000000", created=dt.datetime(2026, 11, 27, 10, 30))
    assert number == "CQ-2026-00001"
    saved = history.get(number)
    assert saved.buyer_name == "Ahmed Khan" and saved.best_cost == pytest.approx(5840)
    assert saved.document["routes"] == original["routes"]
    assert saved.document["quote"]["valid_until"] == "2026-12-31"
    assert not saved.expired(dt.date(2026, 12, 1)) and saved.expired(dt.date(2027, 1, 1))
    second = history.save(original, valid_until=dt.date(2026, 12, 31), created=dt.datetime(2026, 11, 28, 9, 0))
    assert second == "CQ-2026-00002"
    assert [q.number for q in history.find()] == ["CQ-2026-00002", "CQ-2026-00001"]
    assert [q.number for q in history.find("ahmed")] == ["CQ-2026-00001"]
    assert [q.number for q in history.find("Omega")] == ["CQ-2026-00002", "CQ-2026-00001"]


def test_a_later_change_of_tables_never_alters_a_saved_quote(tmp_path, engine):
    history = QuoteHistory(tmp_path / "h.sqlite")
    number = history.save(document(engine), valid_until=dt.date(2026, 12, 31))
    before = history.get(number).document
    newer = document(engine, quantity=280)  # a different answer today
    assert newer["routes"] != before["routes"]
    assert history.get(number).document == before


def test_requote_lists_the_differences(engine):
    old = document(engine, departure=dt.date(2026, 3, 1))
    new = document(engine, departure=dt.date(2026, 5, 10))  # the gate is closed in May
    assert compare_quotes(old, new) == [
        "North via Gate → Beta: now unavailable: Gate closed from 2026-05-01 to 2026-05-31 (test closure); "
        "the cargo would reach it on 2026-05-13"]
    assert compare_quotes(old, old) == []


def test_a_change_from_nought_is_said_without_a_per_cent(engine):
    """A saved cost of nought (a row edited by hand) said +0.0 % when compared, and a price of nought divided by
    zero in the window's re-quote: both now give the change as a dash."""
    new = document(engine, departure=dt.date(2026, 3, 1))
    old = copy.deepcopy(new)
    route = next(r for r in old["routes"] if r["cost"] is not None)
    route["cost"] = 0.0
    said = [str(line) for line in compare_quotes(old, new)]
    assert len(said) == 1 and said[0].endswith(f": cost 0 → {route_cost(new, route):,.0f} USD (—)")
    new_priced = copy.deepcopy(new)
    for r in (route, next(r for r in new_priced["routes"] if r["corridor"] == route["corridor"]
                          and r["place_ids"] == route["place_ids"])):
        r["seller_price"] = {"total": 0.0 if r is route else 1234.5}
    said = [str(line) for line in compare_quotes(old, new_priced)]
    assert len(said) == 2 and said[1].endswith(": price under the terms 0.00 → 1,234.50 USD (—)")


def route_cost(document, like) -> float:
    return next(r["cost"] for r in document["routes"] if r["corridor"] == like["corridor"]
                and r["place_ids"] == like["place_ids"])


def test_schema_upgrades_itself(tmp_path, engine):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO quotes (number, created, valid_until, cargo, origin, destination, currency, "
                   "tables_hash, document) VALUES ('CQ-2025-00001', '2025-05-01 10:00:00', '2025-05-15', 'Wheat', "
                   "'Alpha', 'Omega', 'USD', 'x', ?)", (json.dumps(document(engine)),))
    history = QuoteHistory(path)
    assert history.version == SCHEMA_VERSION == 2
    saved = history.get("CQ-2025-00001")
    assert saved.note == "" and saved.expired()


def test_a_newer_schema_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(HistoryError, match="written by a newer Corridor Quote"):
        QuoteHistory(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "history.sqlite"
    path.write_text("this is a letter, not a database")
    with pytest.raises(HistoryError, match="cannot be opened"):
        QuoteHistory(path)


SAVER = r"""
import datetime as dt, json, sys
sys.path.insert(0, sys.argv[1])
from gui.core.history import QuoteHistory
history = QuoteHistory(sys.argv[2])
document = json.loads(open(sys.argv[3]).read())
while True:
    number = history.save(document, valid_until=dt.date(2030, 1, 1))
    print(number, flush=True)
"""


def test_killed_mid_save_every_committed_quote_is_readable(tmp_path, engine):
    doc_path = tmp_path / "doc.json"
    doc_path.write_text(json.dumps(document(engine)))
    database = tmp_path / "history.sqlite"
    committed: list[str] = []
    for _ in range(6):
        process = subprocess.Popen([sys.executable, "-c", SAVER, str(ROOT), str(database), str(doc_path)],
                                   stdout=subprocess.PIPE, text=True)
        # killed once it has saved at least once (a loaded machine may take long to start it), at a moment that
        # varies from round to round, mostly within a save
        committed.append(process.stdout.readline().strip())
        time.sleep(0.01 + 0.03 * (len(committed) % 4))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate()
        committed += output.split()
    assert len(committed) > 3
    history = QuoteHistory(database)
    assert history._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    numbers = {q.number for q in history.find(limit=100000)}
    assert set(committed) <= numbers
    for number in committed[:: max(1, len(committed) // 20)]:
        assert history.get(number).document["routes"]


# ------------------------------------------------------------------------------ a history that degrades

def _history_with(tmp_path, engine, count: int) -> QuoteHistory:
    history = QuoteHistory(tmp_path / "history.sqlite")
    for day in range(count):
        history.save(document(engine), valid_until=dt.date(2026, 12, 31),
                     created=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=day))
    return history


def test_a_damaged_row_is_skipped_and_counted(tmp_path, engine):
    history = _history_with(tmp_path, engine, 4)
    raw = sqlite3.connect(tmp_path / "history.sqlite")
    raw.execute("UPDATE quotes SET document = '{not json' WHERE number = 'CQ-2026-00002'")
    raw.execute("UPDATE quotes SET valid_until = 'soon' WHERE number = 'CQ-2026-00003'")
    raw.commit()
    raw.close()
    listing = history.listing()
    assert [q.number for q in listing.quotes] == ["CQ-2026-00004", "CQ-2026-00001"] and listing.unreadable == 2
    assert [q.number for q in history.find()] == ["CQ-2026-00004", "CQ-2026-00001"]
    assert history.get("CQ-2026-00004").document["routes"]
    with pytest.raises(HistoryError, match="the saved quote CQ-2026-00002 is damaged"):
        history.get("CQ-2026-00002")


def test_damaged_pages_cost_their_quotes_not_the_history(tmp_path, engine):
    history = _history_with(tmp_path, engine, 60)
    assert history.check() == ["ok"]
    history.close()
    path = tmp_path / "history.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA journal_mode=DELETE")
    page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    data = bytearray(path.read_bytes())
    for page in (pages // 2, pages // 2 + 1):  # two pages in the middle of the quotes
        data[page * page_size:(page + 1) * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(data))
    history = QuoteHistory(path)
    listing = history.listing(limit=1000)
    assert listing.unreadable > 0 and 0 < len(listing.quotes) < 60
    assert len(listing.quotes) + listing.unreadable >= 50
    assert history.check() != ["ok"]


def test_a_damaged_database_is_set_aside_only_when_asked(tmp_path, engine):
    from gui.core.history import set_aside

    path = tmp_path / "quote-history.sqlite"
    path.write_bytes(b"this is not a database, it was overwritten" * 100)
    with pytest.raises(HistoryError) as caught:
        QuoteHistory(path)
    assert caught.value.damaged and path.exists()
    kept = set_aside(path, dt.datetime(2026, 11, 29, 8, 30))
    assert kept.name == "quote-history.damaged-20261129-083000.sqlite"
    assert kept.read_bytes().startswith(b"this is not a database") and not path.exists()
    fresh = QuoteHistory(path)
    assert fresh.find() == [] and fresh.save(document(engine), valid_until=dt.date(2026, 12, 31))


READ_ONLY_FOLDER = """
import datetime as dt, json, subprocess, sys
folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "tmpfs", folder], check=True)
from gui.core.history import HistoryError, QuoteHistory
document = json.loads(sys.argv[2])
history = QuoteHistory(folder + "/history.sqlite")
history.save(document, valid_until=dt.date(2026, 12, 31))
history.close()
subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
history = QuoteHistory(folder + "/history.sqlite")
print(history.read_only, [q.number for q in history.find()])
try:
    history.save(document, valid_until=dt.date(2026, 12, 31))
except HistoryError as error:
    print(error)
"""


def _in_mount_namespace(script: str, folder, engine) -> subprocess.CompletedProcess:
    """``script`` run as root of a user and mount namespace of its own (to mount a small or read-only file system
    on ``folder``), given the folder and a quote document; skipped where the machine has no such namespaces."""
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    folder.mkdir()
    out = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c", script,
                          str(folder), json.dumps(document(engine))], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    if out.returncode != 0 and ("unshare" in out.stderr or "mount" in out.stderr):
        pytest.skip(f"no mount namespace here: {out.stderr.strip()[:200]}")
    assert out.returncode == 0, out.stderr
    return out


@pytest.mark.skipif(sys.platform != "linux", reason="a read-only mount in a namespace of its own")
def test_a_read_only_folder_opens_the_history_to_read(tmp_path, engine):
    folder = tmp_path / "mounted"
    out = _in_mount_namespace(READ_ONLY_FOLDER, folder, engine)
    listed, refused = out.stdout.splitlines()
    assert listed.startswith("True ['CQ-")
    assert refused == f"the quote history in {folder} is read-only: saved quotes can be looked at, not added"


NEW_IN_A_READ_ONLY_FOLDER = """
import subprocess, sys
folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", folder], check=True)
from gui.core.history import HistoryError, QuoteHistory
try:
    QuoteHistory(folder + "/history.sqlite")
except HistoryError as error:
    print(error)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a read-only mount in a namespace of its own")
def test_a_new_history_in_a_read_only_folder_says_the_folder_is_read_only(tmp_path):
    """`--history ro/h.sqlite` said SQLite's "unable to open database file": the folder, and why, instead."""
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    folder = tmp_path / "mounted"
    folder.mkdir()
    out = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
                          NEW_IN_A_READ_ONLY_FOLDER, str(folder)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    if out.returncode != 0 and ("unshare" in out.stderr or "mount" in out.stderr):
        pytest.skip(f"no mount namespace here: {out.stderr.strip()[:200]}")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"the quote history cannot be kept in {folder}: Read-only file system"


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path):
    """Neither a quotes table added nor the journal switched to WAL: the file keeps every byte."""
    path = tmp_path / "accounts.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO customers (name) VALUES ('Ahmed Khan')")
    db.close()
    before = _sha256(path)
    with pytest.raises(HistoryError, match=r"^the quote history accounts.sqlite holds what this program does not "
                                           r"make \(table customers\): it was not opened, and is left as it is$"):
        QuoteHistory(path)
    assert _sha256(path) == before and sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.close()


def test_a_refused_history_keeps_its_journal_mode(tmp_path):
    path = tmp_path / "new.sqlite"
    with sqlite3.connect(path) as db:
        for statements in MIGRATIONS:
            for statement in statements:
                db.execute(statement)
        db.execute("PRAGMA user_version = 99")
    db.close()
    before = _sha256(path)
    with pytest.raises(HistoryError, match="written by a newer Corridor Quote"):
        QuoteHistory(path)
    assert _sha256(path) == before


@pytest.mark.parametrize(("added", "named"), [
    ("CREATE TRIGGER t AFTER INSERT ON quotes BEGIN DELETE FROM quotes WHERE id < new.id; END", "trigger t"),
    ("CREATE VIEW quotes_view AS SELECT number FROM quotes", "view quotes_view"),
    ("CREATE TABLE notes (text TEXT)", "table notes"),
])
def test_a_history_with_objects_this_program_does_not_make_is_refused(tmp_path, engine, added, named):
    """A trigger sent in someone's history would delete the earlier quotes on the next save; a view or table is
    no part of a history either. The file is refused before anything is written, every quote in it kept."""
    path = tmp_path / "history.sqlite"
    history = QuoteHistory(path)
    for _ in range(2):
        history.save(document(engine), valid_until=dt.date(2026, 12, 31))
    history.close()
    with sqlite3.connect(path) as db:
        db.execute(added)
    db.close()
    before = _sha256(path)
    with pytest.raises(HistoryError, match=f"holds what this program does not make \\({named}\\)"):
        QuoteHistory(path)
    assert _sha256(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM quotes").fetchone() == (2,)
    db.close()


@pytest.mark.parametrize("made", [
    "number TEXT NOT NULL UNIQUE ON CONFLICT REPLACE",  # a save over a quote of the same number
    "number TEXT NOT NULL UNIQUE CHECK (number <> '')",
])
def test_a_history_whose_table_says_more_than_its_columns_is_refused(tmp_path, engine, made):
    """The check compared the columns alone: a table made with ON CONFLICT REPLACE or a CHECK passed as ours, was
    switched to WAL (written to), and a save could then replace a quote or fail. Its statement is compared too."""
    from gui.core.history_schema import MIGRATIONS, SCHEMA_VERSION

    path = tmp_path / "history.sqlite"
    with sqlite3.connect(path) as db:
        for number, statements in enumerate(MIGRATIONS, start=1):
            for statement in statements:
                db.execute(statement.replace("number TEXT NOT NULL UNIQUE", made))
            db.execute(f"PRAGMA user_version = {number}")
    db.close()
    assert SCHEMA_VERSION == len(MIGRATIONS)
    before = _sha256(path)
    with pytest.raises(HistoryError, match="holds what this program does not make \\(table quotes\\)"):
        QuoteHistory(path)
    assert _sha256(path) == before


def test_an_empty_file_becomes_a_new_history(tmp_path, engine):
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"")
    assert QuoteHistory(path).save(document(engine), valid_until=dt.date(2026, 12, 31)).startswith("CQ-")


def test_numbers_follow_the_highest_not_the_count(tmp_path, engine):
    """A quote deleted by hand frees no number: the next one follows the highest (COUNT(*)+1 collided)."""
    path = tmp_path / "history.sqlite"
    history = QuoteHistory(path)
    created = dt.datetime(2026, 11, 27, 10, 30)
    for _ in range(3):
        history.save(document(engine), valid_until=dt.date(2026, 12, 31), created=created)
    history._db.execute("DELETE FROM quotes WHERE number = 'CQ-2026-00002'")
    assert history.save(document(engine), valid_until=dt.date(2026, 12, 31), created=created) == "CQ-2026-00004"
    assert [q.number for q in history.find()] == ["CQ-2026-00004", "CQ-2026-00003", "CQ-2026-00001"]


def test_a_number_edited_past_the_largest_integer_stops_no_save(tmp_path, engine):
    """A history holding CQ-2026-9223372036854775807 (SQLite's largest integer), edited by hand or sent so, took
    one quote more (…808), then refused every save as a number already taken: SQLite reads …808 as …807 again.
    Numbers of more than 12 figures are not counted on from."""
    path = tmp_path / "history.sqlite"
    history = QuoteHistory(path)
    created = dt.datetime(2026, 11, 27, 10, 30)
    history.save(document(engine), valid_until=dt.date(2026, 12, 31), created=created)
    history._db.execute("UPDATE quotes SET number = 'CQ-2026-9223372036854775807'")
    numbers = [history.save(document(engine), valid_until=dt.date(2026, 12, 31), created=created) for _ in range(3)]
    assert numbers == ["CQ-2026-00001", "CQ-2026-00002", "CQ-2026-00003"]
    history._db.execute("UPDATE quotes SET number = 'CQ-2026--5' WHERE number = 'CQ-2026-00003'")
    assert history.save(document(engine), valid_until=dt.date(2026, 12, 31), created=created) == "CQ-2026-00003"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes as on Linux")
def test_a_folder_or_pipe_is_no_history(tmp_path):
    import os

    pipe, folder = tmp_path / "pipe.sqlite", tmp_path / "folder.sqlite"
    os.mkfifo(pipe)
    folder.mkdir()
    for path in (pipe, folder):
        with pytest.raises(HistoryError, match=f"^the quote history {path} is a folder, a device or a pipe, not a "
                                               "file$"):
            QuoteHistory(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.sqlite", "pipe.sqlite"]


def test_a_history_another_program_holds_is_named(tmp_path, engine):
    """Another program holding the history past the wait: "error: the quote was not saved: database is locked",
    naming no file, and a forwarder may keep several (--history). It names the file and says what to do."""
    path = tmp_path / "history.sqlite"
    history = QuoteHistory(path)
    history._db.execute("PRAGMA busy_timeout=50")  # not the ten seconds a save waits
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryError) as error:
            history.save(document(engine), valid_until=dt.date(2026, 3, 15))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = str(error.value.message)
    assert said == (f"the quote was not saved: the quote history {path} is held by another program (another "
                    "Corridor Quote saving a quote, or a backup or sync tool); save again in a moment")
    assert "database is locked" not in said
    assert history.save(document(engine), valid_until=dt.date(2026, 3, 15))  # once it lets go
    history.close()


FULL_DISK = """
import datetime as dt, json, os, subprocess, sys
folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", folder], check=True)
from gui.core.history import HistoryError, QuoteHistory
document = json.loads(sys.argv[2])
history = QuoteHistory(folder + "/history.sqlite")
for _ in range(2):
    history.save(document, valid_until=dt.date(2026, 12, 31))
history.close()
filler = os.open(folder + "/filler", os.O_WRONLY | os.O_CREAT)  # the rest of the disk taken by another program
try:
    while True:
        os.write(filler, b"x" * 4096)
except OSError:
    os.close(filler)
for name in ("history.sqlite", "new.sqlite"):
    try:
        history = QuoteHistory(folder + "/" + name)
        try:
            history.save(document, valid_until=dt.date(2026, 12, 31))
        finally:
            history.close()
    except HistoryError as error:
        print(error)
print(sorted(os.listdir(folder)))
os.remove(folder + "/filler")
history = QuoteHistory(folder + "/history.sqlite")
print(history.check(), [q.number for q in history.find()])
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a small file system in a namespace of its own")
def test_a_full_disk_loses_no_quote_says_so_and_leaves_no_journal_behind(tmp_path, engine):
    """A save on a full disk left history.sqlite-shm and history.sqlite-wal beside the history (and an empty
    new.sqlite where none was), said "the quote history history.sqlite cannot be opened: disk I/O error", and the
    -shm it left made even reading the history fail ("disk I/O error") until it was deleted by hand."""
    folder = tmp_path / "full"
    out = _in_mount_namespace(FULL_DISK, folder, engine)
    first, second, files, reopened = out.stdout.splitlines()
    assert first in (f"the disk is full: the quote history {folder}/history.sqlite cannot be opened (nothing saved "
                     "in it is lost); free some space and try again",
                     f"the disk is full: the quote was not saved in the quote history {folder}/history.sqlite (the "
                     "quotes saved before are kept); free some space and save again")
    assert second.startswith(f"the disk is full: the quote history {folder}/new.sqlite cannot be opened") or \
        second.startswith("the disk is full: the quote was not saved")
    assert files == "['filler', 'history.sqlite']"  # no -wal, -shm, nor an empty new.sqlite
    assert reopened == "['ok'] ['CQ-2026-00002', 'CQ-2026-00001']"


def test_a_failed_save_in_a_new_history_takes_away_the_files_it_made(tmp_path, engine):
    """SQLite's own limit on pages stands for a full disk: a history made by the failing save is taken away whole
    (file, journal and index), one that held quotes keeps them and is left without a journal."""
    path = tmp_path / "history.sqlite"
    history = QuoteHistory(path)
    history._db.execute("PRAGMA max_page_count = 6")  # room for the tables, none for a quote
    with pytest.raises(HistoryError) as caught:
        history.save(document(engine), valid_until=dt.date(2026, 12, 31))
    assert str(caught.value.message) == (f"the disk is full: the quote was not saved in the quote history {path} "
                                         "(the quotes saved before are kept); free some space and save again")
    history.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    kept = QuoteHistory(path)
    kept.save(document(engine), valid_until=dt.date(2026, 12, 31))
    kept._db.execute("PRAGMA max_page_count = " + str(kept._db.execute("PRAGMA page_count").fetchone()[0]))
    with pytest.raises(HistoryError):
        kept.save(document(engine), valid_until=dt.date(2026, 12, 31))
    kept.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite"]
    assert [q.number for q in QuoteHistory(path).find()] == ["CQ-2026-00001"]
