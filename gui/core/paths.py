"""The user's own folders for this program (saved quotes, the log, compiled caches), found without Qt.

They are the folders Qt's ``QStandardPaths`` gives an application named "Corridor Quote" with no organisation
(``AppDataLocation`` and ``CacheLocation``), so the window and the command line write to the same place; a test in
tests/qt holds the two to each other.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import APP_NAME


def _home() -> Path:
    return Path(os.path.expanduser("~"))


def user_data_dir() -> Path:
    """Where saved quotes and the log live (not created here)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(_home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or ""
    return (Path(base) if os.path.isabs(base) else _home() / ".local" / "share") / APP_NAME


def default_history() -> Path:
    """The quote history kept when none is named (the window's, the command line's)."""
    return user_data_dir() / "quote-history.sqlite"


def user_cache_dir() -> Path:
    """Where files the program can always make again are kept (compiled translations of a source install)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(_home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "cache"
    if sys.platform == "darwin":
        return _home() / "Library" / "Caches" / APP_NAME
    base = os.environ.get("XDG_CACHE_HOME") or ""
    return (Path(base) if os.path.isabs(base) else _home() / ".cache") / APP_NAME
