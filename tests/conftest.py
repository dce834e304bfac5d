"""Test set-up: Qt draws offscreen (set before any Qt import) and the fixture workbooks are at hand."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixture_tables import write_fixture  # noqa: E402


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
        from PySide6.QtCore import QSettings
    except ImportError:  # core tests run without Qt
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The .qm files are built from the committed .ts sources, as the build does."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "tools" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        module.build()
    except SystemExit:  # no lrelease (core tests without Qt): the translation tests skip themselves
        pass
