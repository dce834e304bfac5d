"""The quote history and what-if files as a user's disk and a user's hands leave them: full, or edited by hand
(bad JSON, wrong types, a newer program's). Nothing already kept is lost, and each is said in one plain line."""
from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from pathlib import Path

import pytest

from gui.core.errors import InputError
from gui.core.files import SaveError, write_atomically
from gui.core.history import HistoryError, QuoteHistory
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.scenario_file import read_scenario


def _document(engine) -> dict:
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    return quote_document(result, engine.tables)


def _saved(tmp_path, engine, count: int) -> QuoteHistory:
    history = QuoteHistory(tmp_path / "history.sqlite")
    for day in range(count):
        history.save(_document(engine), valid_until=dt.date(2026, 12, 31),
                     created=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=day))
    return history


def _edit_rows(tmp_path, statement: str, values: tuple = ()) -> None:
    """The history's rows changed as a hand in a database tool changes them."""
    raw = sqlite3.connect(tmp_path / "history.sqlite")
    raw.execute(statement, values)
    raw.commit()
    raw.close()


EDITS = {  # a saved document as a hand in a database tool leaves it: still JSON, no longer a quote
    "request taken out": lambda d: d.pop("request"),
    "date in words": lambda d: d["request"].__setitem__("date", "next Tuesday"),
    "date a number": lambda d: d["request"].__setitem__("date", 20260301),
    "exchange rates a list": lambda d: d["request"].__setitem__("fx_overrides", [500]),
    "terms a list": lambda d: d.__setitem__("terms", [1]),
    "a route's cost in words": lambda d: d["routes"][0].__setitem__("cost", "cheap"),
    "a route a number": lambda d: d["routes"].__setitem__(0, 5),
    "tables taken out": lambda d: d.pop("tables"),
    "tables a string": lambda d: d.__setitem__("tables", "today's"),
    "currency taken out": lambda d: d.pop("currency"),  # every document and export reads it
    "quote a list": lambda d: d.__setitem__("quote", ["CQ-2026-00002"]),
    # figures a chart's scale, a map's line or a change in per cent cannot take (they raised OverflowError)
    "a route's cost infinite": lambda d: d["routes"][0].__setitem__("cost", float("inf")),
    "a route's cost not a number": lambda d: d["routes"][0].__setitem__("cost", float("nan")),
    "a route's cost 400 figures long": lambda d: d["routes"][0].__setitem__("cost", 10 ** 400),
    "a route's cost beyond any quote": lambda d: d["routes"][0].__setitem__("cost", 1e300),
    "a route's days 400 figures long": lambda d: d["routes"][0].__setitem__("days_typical", -10 ** 400),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_quote_edited_by_hand_is_counted_not_opened(edit, tmp_path, engine):
    """A saved document still JSON but no longer a quote (a request without its date, a route's cost in words) was
    listed, then failed with a fault report in the window once opened in the form or quoted again. It is now counted
    among the quotes that cannot be read, the others listed, and the row kept as it is."""
    history = _saved(tmp_path, engine, 3)
    raw = sqlite3.connect(tmp_path / "history.sqlite")
    document = json.loads(raw.execute("SELECT document FROM quotes WHERE number = 'CQ-2026-00002'").fetchone()[0])
    EDITS[edit](document)
    edited = json.dumps(document)
    raw.execute("UPDATE quotes SET document = ? WHERE number = 'CQ-2026-00002'", (edited,))
    raw.commit()
    listing = history.listing()
    assert [q.number for q in listing.quotes] == ["CQ-2026-00003", "CQ-2026-00001"] and listing.unreadable == 1
    assert raw.execute("SELECT document FROM quotes WHERE number = 'CQ-2026-00002'").fetchone()[0] == edited
    raw.close()


@pytest.mark.parametrize("best", [float("inf"), 10 ** 400, "cheap"])
def test_a_best_cost_column_edited_by_hand_is_counted_not_listed(best, tmp_path, engine):
    history = _saved(tmp_path, engine, 2)
    _edit_rows(tmp_path, "UPDATE quotes SET best_cost = ? WHERE number = 'CQ-2026-00001'",
               (str(best) if isinstance(best, int) else best,))  # sqlite keeps a 400-figure integer as text
    listing = history.listing()
    assert [q.number for q in listing.quotes] == ["CQ-2026-00002"] and listing.unreadable == 1


def test_the_largest_figures_a_quote_saves_are_read_back(tmp_path, engine):
    """Two million tonnes of goods at a million dollars a tonne, in tenge, is 1e15: within what is read back."""
    history = _saved(tmp_path, engine, 1)
    document = history.get("CQ-2026-00001").document
    document["routes"][0]["cost"] = 1e15
    _edit_rows(tmp_path, "UPDATE quotes SET document = ?, best_cost = ?", (json.dumps(document), 1e15))
    listing = history.listing()
    assert listing.unreadable == 0 and listing.quotes[0].document["routes"][0]["cost"] == 1e15


def test_a_damaged_quote_asked_for_by_number_is_said_damaged_not_missing(tmp_path, engine):
    """`history.get` on a row that cannot be read said "no saved quote CQ-…", as if it had never been saved."""
    history = _saved(tmp_path, engine, 2)
    _edit_rows(tmp_path, "UPDATE quotes SET document = '{\"routes\": 5' WHERE number = 'CQ-2026-00001'")
    with pytest.raises(HistoryError) as caught:
        history.get("CQ-2026-00001")
    assert str(caught.value.message) == ("the saved quote CQ-2026-00001 is damaged and cannot be opened; it is kept "
                                         "in the history as it is")
    with pytest.raises(HistoryError) as caught:
        history.get("CQ-2026-00009")
    assert str(caught.value.message) == "no saved quote CQ-2026-00009"
    assert history.get("CQ-2026-00002").number == "CQ-2026-00002"


def test_a_row_whose_number_is_not_its_document_s_is_counted_damaged(tmp_path, engine):
    """A row's number edited by hand was listed under it while the PDF and the Excel copy, made from the document,
    carried the number saved in it: one quote under two numbers."""
    history = _saved(tmp_path, engine, 2)
    _edit_rows(tmp_path, "UPDATE quotes SET number = 'CQ-2026-00042' WHERE number = 'CQ-2026-00001'")
    listing = history.listing()
    assert [q.number for q in listing.quotes] == ["CQ-2026-00002"] and listing.unreadable == 1


def test_a_document_nested_past_any_reader_is_counted_not_a_traceback(tmp_path, engine):
    """JSON nested 100,000 deep in a row made listing the history fail with a RecursionError (the window's history
    dialog and re-quote with it): the row is now one that cannot be read."""
    history = _saved(tmp_path, engine, 2)
    _edit_rows(tmp_path, "UPDATE quotes SET document = ? WHERE number = 'CQ-2026-00001'",
               ('{"routes": ' + "[" * 100_000 + "]" * 100_000 + "}",))
    listing = history.listing()
    assert [q.number for q in listing.quotes] == ["CQ-2026-00002"] and listing.unreadable == 1


def test_a_document_a_newer_program_saved_with_more_in_it_still_opens(tmp_path, engine):
    history = _saved(tmp_path, engine, 1)
    raw = sqlite3.connect(tmp_path / "history.sqlite")
    document = json.loads(raw.execute("SELECT document FROM quotes").fetchone()[0])
    document["carbon_price"] = {"per_tonne": 80}
    document["routes"][0]["rail_gauge_breaks"] = 2
    raw.execute("UPDATE quotes SET document = ?", (json.dumps(document),))
    raw.commit()
    raw.close()
    assert history.get("CQ-2026-00001").document["carbon_price"] == {"per_tonne": 80}


def test_a_full_disk_keeps_every_quote_saved_before_it(tmp_path, engine):
    """SQLite says a full disk as "database or disk is full", whether the disk or the database's own page limit
    ran out: the quote being saved is taken back, with the file named, and the history goes on as it was."""
    history = _saved(tmp_path, engine, 2)
    pages = history._db.execute("PRAGMA page_count").fetchone()[0]
    history._db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one page more
    big = _document(engine)
    big["quote"] = {"note": "x" * 200_000}  # more than the pages left free
    with pytest.raises(HistoryError) as caught:
        history.save(big, valid_until=dt.date(2026, 12, 31))
    assert str(caught.value.message) == (f"the disk is full: the quote was not saved in the quote history "
                                         f"{tmp_path / 'history.sqlite'} (the quotes saved before are kept); free "
                                         "some space and save again")
    assert not history._db.in_transaction
    assert [q.number for q in history.find()] == ["CQ-2026-00002", "CQ-2026-00001"]
    history.close()
    again = QuoteHistory(tmp_path / "history.sqlite")
    assert again.check() == ["ok"] and len(again.find()) == 2
    assert again.save(_document(engine), valid_until=dt.date(2026, 12, 31)).endswith("00003")


def test_a_what_if_saved_on_a_full_disk_keeps_the_file_it_was_to_replace(tmp_path, monkeypatch):
    """The window saves a what-if as the scenario dialog does: JSON written whole beside the file, then renamed over
    it. A disk that fills half way leaves the earlier file as it was, says so, and leaves nothing beside it."""
    target = tmp_path / "torkham.json"
    earlier = '{"name": "Torkham closes", "changes": [{"close": "Torkham"}]}\n'
    target.write_text(earlier, encoding="utf-8")

    def full(self, text, encoding=None):
        with open(self, "w", encoding=encoding) as stream:
            stream.write(text[: len(text) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    text = json.dumps({"name": "Torkham reopens", "changes": [{"open": "Torkham"}]})
    with pytest.raises(SaveError) as caught:
        write_atomically(target, lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))
    monkeypatch.undo()
    assert "torkham.json" in str(caught.value.message) and "full" in str(caught.value.message)
    assert target.read_text(encoding="utf-8") == earlier
    assert [p.name for p in tmp_path.iterdir()] == ["torkham.json"]
    assert read_scenario(target).name == "Torkham closes"


@pytest.mark.parametrize("text, said", [
    ('{"name": "x", "changes": [{"close": "Torkham"}', "is not a scenario file (JSON): Expecting"),
    ('{"name": "x", "changes": {"close": "Torkham"}}', "a scenario is an object with a name and a list of changes"),
    ('{"name": ["x"], "changes": []}', "name"),
    ('{"changes": [{"add_days": "Bandar Abbas", "days": "three"}]}', "change 1"),
    ('{"changes": [{"close": "Torkham", "from": "1 March"}]}', "change 1"),
    ('{"version": 3, "name": "x", "changes": []}', "version"),  # a newer program's file: its key is named
    ('{"name": "x", "changes": [{"close": "Torkham", "until": "2026-05-01"}]}', "until"),
])
def test_a_what_if_edited_by_hand_is_refused_in_one_line_naming_what(text, said, tmp_path):
    path = tmp_path / "what-if.json"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        read_scenario(path)
    message = str(caught.value.message)
    assert said in message and "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == before
