"""Opening tables in the window: checked in the background, changes shown first, failures keep the old ones."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.request import QuoteRequest
from gui.qt.main_window import MainWindow
from gui.qt.table_files import remember, remembered_paths
from tests.fixture_tables import fixture_sheets, write_fixture

# the window reads workbooks in a process of its own (a new interpreter): on a machine busy with other work that
# start alone has taken over ten seconds; a wait ends as soon as the signal comes, so a long limit costs nothing
READ_TIMEOUT_MS = 60_000


def make_window(qtbot, tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    window.show()
    if tables is not None:
        window.finish(tables)
    else:
        from gui.core.tables import load_tables

        window.finish(load_tables())
    return window


def test_new_tariffs_show_their_changes_then_apply(qtbot, tmp_path, fixture_tables):
    window = make_window(qtbot, fixture_tables)
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["amount"] = 550
    _, new_tariffs = write_fixture(tmp_path, corridors, tariffs)
    seen = []
    window.ask_table_files = lambda: [str(new_tariffs)]
    window.confirm_changes = lambda changes, notes=(): seen.extend(str(c) for c in changes) or True
    with qtbot.waitSignal(window.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        window.open_tables()
    assert seen == ["rate changed: leg_rates row 6, r5 Port One–Port Two (sea), c20, freight: amount: 500 → 550 (+10%)"]
    sea = next(r for r in window.session.result.routes if r.corridor == "Sea")
    assert sea.cost == 5840 + 6 * 50
    remembered = remembered_paths()
    assert remembered is not None and remembered[1] == new_tariffs
    assert str(remembered[0]) == fixture_tables.corridors_file.path


def test_declined_changes_keep_the_tables_in_use(qtbot, tmp_path, fixture_tables):
    window = make_window(qtbot, fixture_tables)
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["amount"] = 550
    _, new_tariffs = write_fixture(tmp_path, corridors, tariffs)
    window.ask_table_files = lambda: [str(new_tariffs)]
    asked = []
    window.confirm_changes = lambda changes, notes=(): asked.append(changes) and False
    window.open_tables()
    qtbot.waitUntil(lambda: bool(asked) and window._load is None, timeout=READ_TIMEOUT_MS)
    assert window.session.tables is fixture_tables


def test_a_broken_workbook_is_reported_and_nothing_changes(qtbot, tmp_path, fixture_tables):
    window = make_window(qtbot, fixture_tables)
    broken = tmp_path / "tariffs.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    reported = []
    window.ask_table_files = lambda: [str(broken)]
    window.show_problems = lambda problems: reported.extend(str(p) for p in problems)
    before = window.session.result
    window.open_tables()
    qtbot.waitUntil(lambda: bool(reported), timeout=READ_TIMEOUT_MS)
    assert reported[0].startswith("tariffs.xlsx: the workbook is damaged or unsafe")
    assert window.session.tables is fixture_tables and window.session.result is before
    assert window.open_action.isEnabled()


@pytest.mark.parametrize("make", ["xls_dimensions_claim", "whitespace_bomb"])
def test_a_workbook_made_to_break_the_reader_is_named_and_the_window_stays(qtbot, tmp_path, fixture_tables,
                                                                           fixture_paths, make):
    """An .xls that declares four billion rows aborts the reader the moment it opens; 2 GiB of spaces in a sheet
    once took 2 GB: both are refused in the reading process, in one line, and the window goes on."""
    from tests import hostile_files as hostile

    window = make_window(qtbot, fixture_tables)
    bomb = (hostile.xls_dimensions_claim(tmp_path / "tariffs.xls") if make == "xls_dimensions_claim"
            else hostile.whitespace_bomb(fixture_paths[1], tmp_path / "tariffs.xlsx"))
    reported = []
    window.ask_table_files = lambda: [str(bomb)]
    window.show_problems = lambda problems: reported.extend(str(p) for p in problems)
    window.open_tables()
    qtbot.waitUntil(lambda: bool(reported), timeout=READ_TIMEOUT_MS)
    assert reported[0].startswith(bomb.name + ": ") or reported[0].startswith(bomb.name + ", sheet 'fx'")
    assert window.session.tables is fixture_tables and window.open_action.isEnabled()


def test_last_good_tables_are_used_at_start_and_forgotten_when_broken(qtbot, tmp_path, fixture_paths):
    from gui.qt.app import load_into

    corridors, tariffs = write_fixture(tmp_path)
    remember(corridors, tariffs)
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.request = QuoteRequest("wheat", "140", "t", "Alpha", "Omega", dt.date(2026, 3, 1), "USD")
    with qtbot.waitSignal(window.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        load_into(window)  # a file the user chose is read in a process of its own
    assert window.session.tables.tariffs_file.path == str(tariffs)
    tariffs.write_bytes(b"")
    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        load_into(second)
    assert second.session.tables.tariffs_file.path.endswith("resources/tariffs.xlsx")
    assert "no longer load (tariffs.xlsx)" in second.statusBar().currentMessage()
    assert remembered_paths() is None
    write_fixture(tmp_path)  # both as they were; then the corridors workbook broken, and named (it said tariffs)
    remember(corridors, tariffs)
    corridors.write_bytes(b"")
    third = MainWindow()
    qtbot.addWidget(third)
    with qtbot.waitSignal(third.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        load_into(third)
    assert "no longer load (corridors.xlsx)" in third.statusBar().currentMessage()


def test_back_to_the_bundled_tables(qtbot, fixture_tables):
    window = make_window(qtbot, fixture_tables)
    remember(fixture_tables.corridors_file.path, fixture_tables.tariffs_file.path)
    with qtbot.waitSignal(window.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        window.use_bundled_tables()
    assert window.session.tables.corridors_file.path.endswith("resources/corridors.xlsx")
    assert remembered_paths() is None


@pytest.mark.slow
def test_a_huge_workbook_loads_in_the_background(qtbot, tmp_path, fixture_tables):
    """100,000 rate rows: the window keeps answering while they are read, and shows which sheet it is on."""
    import importlib.util
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTimer

    bench = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_tables.py"
    spec = importlib.util.spec_from_file_location("bench_tables", bench)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    huge = tmp_path / "tariffs.xlsx"
    module.build(huge, 100_000)
    window = make_window(qtbot, None)
    window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1), "USD")
    ticks, messages = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window.statusBar().messageChanged.connect(messages.append)
    window.ask_table_files = lambda: [str(huge)]
    window.confirm_changes = lambda changes, notes=(): True
    with qtbot.waitSignal(window.session.tablesChanged, timeout=120000):
        window.open_tables()
    timer.stop()
    assert len(window.session.tables.leg_rates) == 100_000
    assert any("leg_rates" in m for m in messages)
    assert len(ticks) >= 5  # the event loop ran while the workbook was read


def test_the_notes_of_reading_new_tables_are_said_before_and_after_they_are_used(qtbot, tmp_path, fixture_tables):
    """A misspelt optional column (vaild_from) is ignored with a note that `check` prints; the window said nothing,
    so a forwarder's dates went unused without a word. The notes are in the dialog that asks to use the tables and
    in the status bar."""
    window = make_window(qtbot, fixture_tables)
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][4]["vaild_from"] = dt.date(2026, 1, 1)
    _, new_tariffs = write_fixture(tmp_path, corridors, tariffs)
    window.ask_table_files = lambda: [str(new_tariffs)]
    told = []
    window.confirm_changes = lambda changes, notes=(): told.extend(str(n) for n in notes) or True
    with qtbot.waitSignal(window.session.tablesChanged, timeout=READ_TIMEOUT_MS):
        window.open_tables()
    assert any("extra columns ignored: vaild_from" in note for note in told), told
    assert "vaild_from" in window.statusBar().currentMessage()
    assert "vaild_from" in window.statusBar().toolTip()


def test_settings_edited_by_hand_give_way_to_the_defaults(fixture_tables):
    """Remembered tables written as a list ("a, b", which Qt reads as one) raised TypeError at start, and a rate
    age of 1e20 days reached the quote and failed the Letterhead… dialog (OverflowError)."""
    from gui.core.freshness import DEFAULT_STALE_DAYS
    from gui.qt.dialogs import stale_after_days, validity_days
    from gui.qt.table_files import settings

    store = settings()
    store.setValue("tables/corridors", [fixture_tables.corridors_file.path, fixture_tables.corridors_file.path])
    store.setValue("tables/tariffs", fixture_tables.tariffs_file.path)
    assert remembered_paths() is None
    for value, days in ((1e20, 3650), ("inf", DEFAULT_STALE_DAYS), (5000, 3650), (-4, 1), (45, 45)):
        store.setValue("quotes/stale_after_days", value)
        assert stale_after_days() == days, value
    store.setValue("letterhead/validity_days", float("inf"))
    assert validity_days() == 14
    for key in ("tables/corridors", "tables/tariffs", "quotes/stale_after_days", "letterhead/validity_days"):
        store.remove(key)
