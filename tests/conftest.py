"""Test set-up: Qt draws offscreen (set before any Qt import) and the fixture workbooks are at hand."""
from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if sys.platform.startswith("linux"):
    # the window tests measure their layouts (what fits on a line, a column's room, a short screen) in one typeface,
    # Noto Sans from tests/fonts, whatever the machine's own sans-serif: read by fontconfig, so set before Qt starts
    # (tests/qt/conftest.py checks it took)
    os.environ["FONTCONFIG_FILE"] = str(Path(__file__).resolve().parent / "fonts" / "fonts.conf")
# the log, the settings, the saved quotes and compiled caches of the tests (and of the commands they run) go to a
# folder of their own, never the user's: the variables Qt and gui.core.paths read on Linux, macOS aside, and Windows
_USER_FOLDERS = tempfile.mkdtemp(prefix="corridor-quote-tests-")
for _variable, _sub in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                        ("APPDATA", "roaming"), ("LOCALAPPDATA", "local")):
    os.environ[_variable] = os.path.join(_USER_FOLDERS, _sub)
atexit.register(shutil.rmtree, _USER_FOLDERS, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixture_tables import write_fixture  # noqa: E402

try:  # property tests: the same examples on every run and machine unless asked to explore
    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("explore", max_examples=20_000, deadline=None)  # HYPOTHESIS_PROFILE=explore
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
except ImportError:
    pass


@pytest.fixture(scope="session")
def fixture_paths(tmp_path_factory) -> tuple[Path, Path]:
    return write_fixture(tmp_path_factory.mktemp("fixture"))


@pytest.fixture(scope="session")
def fixture_tables(fixture_paths):
    from gui.core.tables import load_tables

    return load_tables(*fixture_paths)


@pytest.fixture(scope="session")
def engine(fixture_tables):
    from gui.core.quote import QuoteEngine

    return QuoteEngine(fixture_tables)


@pytest.fixture(scope="session")
def bundled_engine():
    from gui.core.quote import QuoteEngine
    from gui.core.tables import load_tables

    return QuoteEngine(load_tables())


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory, monkeypatch):
    """Remembered tables go to a folder of the test's own, never the user's settings."""
    folder = tmp_path_factory.mktemp("settings")
    try:
        from gui.qt.table_files import keep_settings_in
    except ImportError:  # core tests run without Qt
        return
    keep_settings_in(folder)


@pytest.fixture(autouse=True)
def _english_afterwards():
    """Each test starts in English with no table names translated: a test that switched the language, or made a
    window fill the names of its tables in Urdu, leaves nothing for the next one."""
    yield
    import sys

    i18n = sys.modules.get("gui.qt.i18n")
    if i18n is None:
        return
    i18n.LOCAL_TEXTS.clear()
    if i18n.current_language() != "en":
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            i18n.install(app, "en")
