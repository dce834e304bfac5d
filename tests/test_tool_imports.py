"""The scripts under tools/ import from the program inside their functions too, where nothing runs them in the
tests: every name they import from gui must exist (tools/screenshot.py kept importing read_scenario from
gui.core.scenario after it moved to gui.core.scenario_file, and every docs picture of the window failed)."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "tools").glob("*.py")) + sorted((ROOT / "tests" / "benchmarks").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_every_name_a_script_imports_from_the_program_exists(script):
    missing = []
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        ours = isinstance(node, ast.ImportFrom) and node.module and node.level == 0
        if ours and node.module.split(".")[0] in ("gui", "tests"):
            module = importlib.import_module(node.module)
            missing += [f"{node.module}.{alias.name} (line {node.lineno})" for alias in node.names
                        if not hasattr(module, alias.name) and not _submodule(node.module, alias.name)]
    assert missing == []


def _submodule(package: str, name: str) -> bool:
    try:
        importlib.import_module(f"{package}.{name}")
    except ImportError:
        return False
    return True
