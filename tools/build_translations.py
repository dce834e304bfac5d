"""Compiles the committed translation sources (resources/translations/*.ts) into the .qm files the app loads.

Run: python tools/build_translations.py      (the build, CI and the tests run it; .qm files are not committed)
Update the sources after changing interface text: pyside6-lupdate gui/qt/*.py gui/core/*.py -ts resources/translations/*.ts
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"


def lrelease() -> str:
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return found
    raise SystemExit("pyside6-lrelease not found: install PySide6")


def build(force: bool = False) -> list[Path]:
    built = []
    for source in sorted(FOLDER.glob("*.ts")):
        target = source.with_suffix(".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    for path in build(force="--force" in sys.argv):
        print(f"{path.name}: {path.stat().st_size} bytes")
