"""Help, faults and languages from a source install: the guide opens with F1 in the interface language, About
names the version and the tables in use, a fault is logged and told once, and translations compile by themselves."""
from __future__ import annotations

import logging
import os
import shutil
import stat
import sys

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from gui import __version__
from gui.core import paths
from gui.qt import help as help_menu
from gui.qt import translations
from gui.qt.faults import FaultReporter, where_it_failed
from gui.qt.main_window import MainWindow


@pytest.fixture
def window(qtbot, fixture_tables):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.finish(fixture_tables)
    return window


def test_f1_opens_the_user_guide(qtbot, window):
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, help_menu.GuideDialog))
    assert guide.isVisible() and guide.path.name == "guide-en.md"
    assert "Your first quote" in guide.text.toPlainText()
    guide.close()


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ur"])
def test_the_guide_is_bundled_in_each_language(language):
    path = help_menu.guide_path(language)
    assert path.name == f"guide-{language}.md"
    english = help_menu.guide_path("en").read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.count("\n## ") == english.count("\n## ")  # the same sections
    assert help_menu.guide_path("de").name == "guide-en.md"  # no German guide: English


def test_about_names_version_tables_and_licences(qtbot, window):
    window.help_actions["about"].trigger()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, help_menu.AboutDialog))
    text = about.about.toPlainText()
    tables = window.session.tables
    assert f"Corridor Quote {__version__}" in text
    assert tables.tariffs_file.sha256[:16] in text and tables.corridors_file.sha256[:16] in text
    assert tables.fx_as_of.isoformat() in text
    licences = about.licences.toPlainText()
    assert "SIL OPEN FONT LICENSE" in licences.upper() and "Bitstream Vera" in licences
    assert "LGPL-3.0" in licences
    about.close()


def test_shortcuts_are_read_from_the_menus(qtbot, window):
    window.help_actions["shortcuts"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, help_menu.ShortcutsDialog))
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Save quote"] == "Ctrl+S" and rows["Quote history"] == "Ctrl+H" and rows["User guide"] == "F1"
    dialog.close()


def test_user_data_folder_is_the_one_qt_gives(qapp):
    qapp.setApplicationName("Corridor Quote")
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) == \
        str(paths.user_data_dir()).replace(os.sep, "/")
    assert QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation) == \
        str(paths.user_cache_dir()).replace(os.sep, "/")


def _boom():
    raise ValueError("no rate for the gauge change")


def test_a_fault_is_logged_and_told_once(qtbot, caplog):
    """A second fault while the dialog is open (its event loop runs) is logged, not shown on top of it."""
    reporter = FaultReporter()
    told = []

    def ask(what, where, details):
        told.append((what, where))
        reporter.excepthook(*_fault())  # e.g. the repaint under the dialog fails again
        QApplication.processEvents()  # what the dialog's own event loop does

    reporter.ask = ask
    with caplog.at_level(logging.ERROR, logger="gui"):
        reporter.excepthook(*_fault())
        qtbot.waitUntil(lambda: bool(told))
    assert len(told) == 1 and told[0][0] == "ValueError: no rate for the gauge change"
    assert told[0][1].startswith("test_help_and_faults.py:") and told[0][1].endswith("(_boom)")
    assert reporter.shown == 1 and reporter.unshown == 1
    assert caplog.text.count("no rate for the gauge change") >= 2 and "Traceback" in caplog.text


def _fault():
    try:
        _boom()
    except ValueError:
        return sys.exc_info()


def test_where_names_the_programs_own_frame():
    kind, value, trace = _fault()
    assert where_it_failed(trace).endswith("(_boom)")


def test_translations_compile_from_the_sources_by_themselves(tmp_path, monkeypatch):
    """A fresh clone has only .ts sources: the first use compiles them, beside the sources when that folder is
    writable, else into the user's cache."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(translations.translations_dir() / "corridor_quote_ru.ts", folder)
    monkeypatch.setattr(translations, "translations_dir", lambda: folder)
    monkeypatch.setattr(translations, "user_cache_dir", lambda: tmp_path / "cache")
    assert translations.compiled_translation("ru") == folder / "corridor_quote_ru.qm"
    (folder / "corridor_quote_ru.qm").unlink()
    if os.name == "posix" and os.geteuid() != 0:  # root writes anywhere: a read-only folder proves nothing
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            assert translations.compiled_translation("ru") == tmp_path / "cache" / "translations" / \
                "corridor_quote_ru.qm"
        finally:
            folder.chmod(stat.S_IRWXU)
    else:
        monkeypatch.setattr(translations, "compile_source", _refuse_beside(translations.compile_source, folder))
        assert translations.compiled_translation("ru") == tmp_path / "cache" / "translations" / \
            "corridor_quote_ru.qm"
    with pytest.raises(translations.TranslationUnavailable, match="corridor_quote_de"):
        translations.compiled_translation("de")


def _refuse_beside(compile_source, folder):
    def refuse(source, target):
        if target.parent == folder:
            raise translations.TranslationUnavailable(f"{folder} is read-only")
        compile_source(source, target)
    return refuse


def test_a_language_that_cannot_load_says_why(qtbot, window, monkeypatch):
    from gui.qt import i18n

    def unavailable(code):
        raise translations.TranslationUnavailable("PySide6's lrelease was not found")

    monkeypatch.setattr(i18n, "compiled_translation", unavailable)
    problem = i18n.install(QApplication.instance(), "ru")
    try:
        assert problem == "PySide6's lrelease was not found"
        window.report_language_problem("ru", problem)
        assert window.statusBar().currentMessage() == ("Русский could not be loaded, so the interface stays in "
                                                       "English: PySide6's lrelease was not found")
    finally:
        i18n.install(QApplication.instance(), "en")


def test_help_speaks_the_interface_language(qtbot):
    from gui.qt import i18n

    assert i18n.install(QApplication.instance(), "ru") == ""
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert "&Справка" in titles
        assert window.help_actions["guide"].text() == "&Руководство пользователя"
        assert help_menu.guide_path().name == "guide-ru.md"
    finally:
        i18n.install(QApplication.instance(), "en")
