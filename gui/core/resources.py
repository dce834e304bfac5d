"""The one place that knows where bundled files live, from a source tree and in a frozen build."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Folder holding the bundled workbooks, icons and translations.

    PyInstaller unpacks data next to the executable and exposes it as ``sys._MEIPASS``;
    the build mirrors the source layout, so ``resources/`` sits at the same relative place.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def bundled_corridors() -> Path:
    return resource_path("corridors.xlsx")


def bundled_tariffs() -> Path:
    return resource_path("tariffs.xlsx")
