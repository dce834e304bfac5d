"""Saving never destroys: a document that cannot be written whole leaves the earlier file as it was, says why, and
what a killed save left behind is cleared at the next save into that folder."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.core.files import SaveError, check_pdf, check_xlsx, remove_left_overs, write_atomically

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file-size limits and signals as on Linux")


def test_a_cut_pdf_or_workbook_is_not_whole(tmp_path):
    target = tmp_path / "quote.pdf"
    target.write_bytes(b"%PDF-1.4 the quote of yesterday %%EOF")
    with pytest.raises(SaveError, match="could not be written whole"):
        write_atomically(target, lambda temporary: temporary.write_bytes(b"%PDF-1.4 half a quote"), check_pdf)
    with pytest.raises(SaveError, match="could not be written whole"):
        write_atomically(tmp_path / "quote.xlsx", lambda temporary: temporary.write_bytes(b"PK\x03\x04 cut"),
                         check_xlsx)
    assert target.read_bytes() == b"%PDF-1.4 the quote of yesterday %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quote.pdf"]


FULL_DISK = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
             "sys.argv = ['gui', *sys.argv[1:]]; runpy.run_module('gui', run_name='__main__')")


@posix_only
@pytest.mark.parametrize(("kind", "command", "limit"), [
    # a quote's PDF is numbered in the quote history first: room for the history (37 KB), not for the PDF (400 KB)
    ("pdf", ["quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega"], 100_000),
    # a price list is not numbered: nothing past 3 KB can be written
    ("xlsx", ["pricelist", "--cargo", "wheat", "--quantity", "140 t", "--from", "alpha", "--to", "omega"], 3000),
])
def test_a_full_disk_keeps_the_earlier_document(tmp_path, fixture_paths, kind, command, limit):
    """The file-size limit makes every write past it fail as a full disk would (EFBIG instead of ENOSPC); Qt's PDF
    writer says nothing of it, so only the check of the finished file can tell."""
    target = tmp_path / f"quote.{kind}"
    target.write_bytes(b"the quote sent yesterday")
    out = subprocess.run([sys.executable, "-c", FULL_DISK.format(limit=limit), *command, "--date", "2026-03-01",
                          "--corridors", str(fixture_paths[0]), "--tariffs", str(fixture_paths[1]),
                          f"--{kind}", str(target)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data")})
    assert out.returncode == 73, out.stdout + out.stderr  # not 2, a usage error: the input was right
    error = out.stderr.splitlines()[-1]
    assert error.startswith(f"error: quote.{kind} ") and "Traceback" not in out.stderr
    assert target.read_bytes() == b"the quote sent yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", f"quote.{kind}"]
    histories = list((tmp_path / "data").rglob("quote-history.sqlite"))
    assert bool(histories) == (command[0] == "quote")  # a quote's numbering was tried, and taken back
    for history in histories:  # the document that was not written has no number
        with sqlite3.connect(history) as db:
            assert db.execute("SELECT number FROM quotes").fetchall() == []


def quote(tmp_path, fixture_paths, *outputs: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "140", "--from",
                           "alpha", "--to", "omega", "--date", "2026-03-01", "--corridors", str(fixture_paths[0]),
                           "--tariffs", str(fixture_paths[1]), "--history", str(tmp_path / "history.sqlite"),
                           *outputs], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@posix_only
def test_a_document_that_cannot_be_written_spends_no_quote_number(tmp_path, fixture_paths):
    """The history and the documents agree: a quote is kept under a number only if a document carries it."""
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    for outputs, error in ((["--xlsx", str(tmp_path / "no folder" / "quote.xlsx")],
                            f"error: the folder {tmp_path / 'no folder'} does not exist"),
                           (["--xlsx", str(tmp_path / "quote.xlsx"), "--pdf", str(pipe)],
                            f"error: {pipe} is a folder, a device or a pipe, not a file: nothing was saved there")):
        out = quote(tmp_path, fixture_paths, *outputs)
        assert (out.returncode, out.stderr.splitlines()) == (73, [error])  # a file that cannot be written
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and not (tmp_path / "quote.xlsx").exists()
    out = quote(tmp_path, fixture_paths, "--xlsx", str(tmp_path / "quote.xlsx"))
    assert out.returncode == 0 and out.stderr.startswith("quote CQ-2026-00001 saved in the history")


def test_a_quote_is_taken_back_when_its_document_fails(tmp_path, engine):
    """Past the checks made before numbering (a disk filling up while the PDF is written, say), the quote leaves
    the history again, unless a first document carrying its number was written."""
    import argparse
    import datetime as dt

    from gui.cli import _numbered
    from gui.core.history import QuoteHistory
    from gui.core.report import quote_document
    from gui.core.request import QuoteRequest

    document = quote_document(engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1),
                                                        "USD")), engine.tables)
    args = argparse.Namespace(history=str(tmp_path / "history.sqlite"), valid_days=30, buyer="")
    written = []

    def fails(_document):
        raise SaveError("the disk is full: quote.pdf was not saved")

    with pytest.raises(SaveError):
        _numbered(document, args, [fails])
    with pytest.raises(SaveError):
        _numbered(document, args, [written.append, fails])
    history = QuoteHistory(tmp_path / "history.sqlite")
    assert [q.number for q in history.find()] == [d["quote"]["number"] for d in written] == [
        f"CQ-{dt.date.today().year}-00001"]


def test_a_numbered_document_reaches_its_place_only_once_the_history_keeps_its_number(tmp_path, engine,
                                                                                       monkeypatch):
    """The documents are written whole beside their places, and renamed into them after the history's commit: a
    commit that fails (a disk filling up), or a stop half way (a fault, Ctrl+C), leaves no numbered document, no
    temporary file, and the number free for the next quote."""
    import argparse
    import datetime as dt

    from gui.cli import _numbered
    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.history import HistoryError, QuoteHistory
    from gui.core.report import quote_document
    from gui.core.request import QuoteRequest

    document = quote_document(engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1),
                                                        "USD")), engine.tables)
    args = argparse.Namespace(history=str(tmp_path / "history.sqlite"), valid_days=30, buyer="")
    book = tmp_path / "quote.xlsx"
    book.write_bytes(b"an earlier quote")

    def workbook(numbered):
        write_quote_workbook(numbered, book)
        assert book.read_bytes() == b"an earlier quote"  # not yet in its place: the number is not kept yet

    def interrupted(_numbered_document):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _numbered(document, args, [workbook, interrupted])
    opened = QuoteHistory.__init__

    class CommitFails:  # the history's connection, whose COMMIT meets a full disk
        def __init__(self, db):
            self.db = db

        def execute(self, sql, *values):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("disk I/O error")
            return self.db.execute(sql, *values)

        def __getattr__(self, name):
            return getattr(self.db, name)

    def full_disk(self, *a, **k):
        opened(self, *a, **k)
        self._db = CommitFails(self._db)

    monkeypatch.setattr(QuoteHistory, "__init__", full_disk)
    with pytest.raises(HistoryError):
        _numbered(document, args, [workbook])
    monkeypatch.undo()
    assert book.read_bytes() == b"an earlier quote"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite", "quote.xlsx"]  # no temporary left
    _numbered(document, args, [lambda numbered: write_quote_workbook(numbered, book)])
    assert book.read_bytes()[:2] == b"PK"
    assert [q.number for q in QuoteHistory(tmp_path / "history.sqlite").find()] == [
        f"CQ-{dt.date.today().year}-00001"]


@posix_only
def test_a_folder_device_or_pipe_is_never_replaced(tmp_path, monkeypatch):
    pipe, folder, device = tmp_path / "pipe.pdf", tmp_path / "folder.xlsx", tmp_path / "device.pdf"
    os.mkfifo(pipe)
    folder.mkdir()
    device.write_bytes(b"stands for a device node")
    real_stat = os.stat

    def stat_of_a_device(path, *args, **kwargs):  # as /dev/null: a character device (mknod needs root)
        found = real_stat(path, *args, **kwargs)
        if os.fspath(path) != os.fspath(device):
            return found
        return os.stat_result((stat.S_IFCHR | 0o666, *found[1:]))

    monkeypatch.setattr(os, "stat", stat_of_a_device)
    for target in (pipe, folder, device):
        with pytest.raises(SaveError, match=f"^{re.escape(str(target))} is a folder, a device or a pipe, not a "
                                            "file: nothing was saved there$"):
            write_atomically(target, lambda temporary: temporary.write_bytes(b"%PDF-1.4 %%EOF"))
    monkeypatch.undo()
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and folder.is_dir() and list(folder.iterdir()) == []
    assert device.read_bytes() == b"stands for a device node"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["device.pdf", "folder.xlsx", "pipe.pdf"]


@posix_only
def test_a_symbolic_link_is_written_through(tmp_path):
    """The link stays a link; the file it points at is replaced whole, in its own folder."""
    sent = tmp_path / "sent"
    sent.mkdir()
    real = sent / "quote.pdf"
    real.write_bytes(b"%PDF-1.4 the quote of yesterday %%EOF")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    assert write_atomically(link, lambda temporary: temporary.write_bytes(b"%PDF-1.4 today %%EOF"), check_pdf) == link
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes() == b"%PDF-1.4 today %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.pdf", "sent"] and os.listdir(sent) == ["quote.pdf"]


@posix_only
def test_what_a_killed_save_left_is_removed_at_the_next_save(tmp_path):
    """A save killed while it writes leaves its temporary file; the next save into the folder removes it, but
    never another program's file, nor the temporary file of a save still under way."""
    writer = ("import sys, time; from gui.core.files import write_atomically; "
              "write_atomically(sys.argv[1], lambda t: (t.write_bytes(b'half'), print('writing', flush=True), "
              "time.sleep(60)))")
    process = subprocess.Popen([sys.executable, "-c", writer, str(tmp_path / "quote.pdf")], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".quote.pdf.~corridor-quote-")
    other = tmp_path / ".quote.pdf.x1y2.part"  # another program's own temporary file
    other.write_bytes(b"theirs")
    ours_under_way = tmp_path / f".quote.xlsx.~corridor-quote-{os.getpid()}-0123456789ab.tmp"
    ours_under_way.write_bytes(b"being written")
    write_atomically(tmp_path / "price list.xlsx", lambda t: t.write_bytes(b"a price list"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [other.name, ours_under_way.name, "price list.xlsx"])
    old = time.time() - 2 * 24 * 3600  # a day later the process id may belong to someone else
    os.utime(ours_under_way, (old, old))
    assert remove_left_overs(tmp_path) == [ours_under_way]


@posix_only
def test_a_link_into_a_missing_folder_names_that_folder(tmp_path):
    from gui.core.files import check_target

    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "missing" / "quote.pdf")
    with pytest.raises(SaveError) as error:
        check_target(link)
    assert str(tmp_path / "missing") in str(error.value.message)

