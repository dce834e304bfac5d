"""Compiles the committed translation sources (resources/translations/*.ts) into the .qm files the app loads.

Run: python tools/build_translations.py [--force]
The build runs it; a source install also compiles them by itself at start-up (gui/qt/translations.py), so the
.qm files are not committed. Update the sources after changing interface text:
    pyside6-lupdate gui/qt/*.py gui/core/*.py -ts resources/translations/*.ts
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gui.qt.translations import TranslationUnavailable, build_all  # after the path is set

if __name__ == "__main__":
    try:
        for path in build_all(force="--force" in sys.argv):
            print(f"{path.name}: {path.stat().st_size} bytes")
    except TranslationUnavailable as error:
        raise SystemExit(f"error: {error}") from None
