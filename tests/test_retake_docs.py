"""Every picture in docs/ and in the README has a recipe in tools/retake_docs.py, so none is added that nobody can
retake after a change."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    if "retake_docs" not in sys.modules:  # its dataclasses look their module up there
        spec = importlib.util.spec_from_file_location("retake_docs", ROOT / "tools" / "retake_docs.py")
        sys.modules["retake_docs"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["retake_docs"])
    return sys.modules["retake_docs"]


def test_every_picture_the_readme_shows_has_a_recipe():
    shown = set(re.findall(r"\(docs/([\w.-]+)\.png\)", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert shown and shown - set(_tool().names()) == set()


def test_every_picture_in_docs_has_a_recipe_and_every_recipe_a_picture():
    assert {path.stem for path in (ROOT / "docs").glob("*.png")} == set(_tool().names())


def test_the_list_names_each_picture_once():
    names = _tool().names()
    assert len(names) == len(set(names))
