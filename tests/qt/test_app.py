"""Starting the application: the window paints first, then the tables load; a broken table is reported."""
from __future__ import annotations

from gui.qt.app import load_into
from gui.qt.main_window import MainWindow


def test_window_starts_on_the_bundled_tables(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.cost_time_chart is None  # charts come after the first paint
    load_into(window)
    assert window.session.result is not None and window.routes_model.rowCount() > 5
    # the table is only as fresh as its oldest currency: the span of each currency's latest rate, not the newest
    oldest, newest = window.session.tables.fx_dates
    assert f"exchange rates as of {oldest.isoformat()} – {newest.isoformat()}" in window.tables_info.full_text()
    assert oldest < window.session.tables.fx_as_of
    # on a narrow window the tables' line ends in "…" clear of the oldest figure, not cut off against it
    window.resize(700, window.height())
    qtbot.waitUntil(lambda: window.tables_info.text().endswith("…"))
    info, age = window.tables_info.geometry(), window.figure_age.geometry()
    assert info.right() < age.left() and window.tables_info.fontMetrics().horizontalAdvance(
        window.tables_info.text()) <= info.width()


def test_window_reports_unusable_tables(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.finish(None, "tariffs.xlsx: file not found")
    assert "tariffs.xlsx: file not found" in window.statusBar().currentMessage()
    assert window.routes_model.rowCount() == 0


def test_fonts_are_available(qapp):
    from PySide6.QtGui import QFont, QFontInfo

    assert QFontInfo(QFont()).family()


def test_shutting_down_closes_the_history_and_stops_a_reading(qtbot, qapp, fixture_tables, tmp_path):
    import sqlite3

    import pytest

    from gui.qt.app import close_everything
    from gui.qt.table_files import TableLoad

    window = MainWindow()
    qtbot.addWidget(window)
    window.history_path = tmp_path / "history.sqlite"
    window.finish(fixture_tables)
    window.show()
    window.show_history()
    history = window.history_dialog.history
    load = TableLoad(None, None, window)
    load.start()
    close_everything(qapp)
    assert not TableLoad.running and not window.isVisible() and not window.history_dialog.isVisible()
    with pytest.raises(sqlite3.ProgrammingError):  # closed with its window
        history.find()


RUN_UNTIL_LOADED = """
import sys
import gui.qt.app as app
loaded = app.load_into
def load_into(window):
    loaded(window)
    print("ready", flush=True)
app.load_into = load_into
sys.exit(app.run([]))
"""


def test_ctrl_c_and_sigterm_stop_the_window(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    if sys.platform == "win32":
        pytest.skip("POSIX signals")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    for sent, expected in ((signal.SIGINT, 130), (signal.SIGTERM, 143)):
        process = subprocess.Popen([sys.executable, "-c", RUN_UNTIL_LOADED], cwd=root, env=env, text=True,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert process.stdout.readline() == "ready\n"
            process.send_signal(sent)
            assert process.wait(timeout=20) == expected
            assert "Traceback" not in process.stderr.read()
        finally:
            process.kill()
            process.communicate()
