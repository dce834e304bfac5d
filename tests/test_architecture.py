"""The house rules that keep the core reusable: no Qt in gui/core, no network anywhere in a quote."""
from __future__ import annotations

import ast
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")


def test_core_imports_without_qt():
    code = (
        "import sys, gui.core.quote, gui.core.tables, gui.core.report, gui.cli\n"
        f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_qt_import_statement_in_core():
    offenders = []
    for path in (ROOT / "gui" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_quote_opens_no_network_connection(monkeypatch, fixture_paths, capsys):
    def refuse(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from gui.cli import main

    corridors, tariffs = fixture_paths
    code = main(["quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
                 "--date", "2026-03-01", "--corridors", str(corridors), "--tariffs", str(tariffs)])
    assert code == 0
    assert "Sea" in capsys.readouterr().out


@pytest.mark.parametrize("folder", ["gui", "tests", "tools"])
def test_no_network_library_is_used(folder):
    for path in (ROOT / folder).rglob("*.py"):
        if path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("import requests", "import urllib.request", "import http.client", "QNetworkAccessManager"):
            assert needle not in text, f"{path}: {needle}"


# the quote's modules, each importing only those before it: the values a quote holds, the search's tables of shortest
# km, the search, the walk past its limits, the quicker search for networks too large to try, the network, what
# happens along a path, the money of one leg or stop, a walk's running totals, what a change of equipment charges,
# the walk along one path, the choice of a path's equipment, a path's plan and its pricing, the quicker search's
# costs of a run of legs, the bounds before pricing, then the engine that ties them together
QUOTE_LAYERS = ("route_values", "place_tables", "path_search", "cut_walk", "label_search", "network", "path_events",
                "tariffs", "walk_totals", "equipment_changes", "route_walk", "equipment_choice", "route_pricer",
                "run_costs", "bounds", "rule_cuts", "quote")


# the what-if's modules in the same way: what a change says, the scenario and the rules of one change, what a change
# names in the tables, what a scaling of rates touches, closures against openings, the scenario laid over the tables,
# its exchange rates, then a scenario file's rules
SCENARIO_LAYERS = ("scenario_words", "scenario", "scenario_targets", "scenario_rates", "scenario_openings",
                   "scenario_tables", "scenario_fx", "scenario_file")
# imports made when called, upwards on purpose: Scenario.from_data reads by the file's rules
CALLED_UPWARDS = {("scenario", "scenario_file")}


def _imported_above(layers: tuple[str, ...]) -> list[str]:
    offenders = []
    for level, name in enumerate(layers):
        tree = ast.parse((ROOT / "gui" / "core" / f"{name}.py").read_text(encoding="utf-8"))
        for block in ast.walk(tree):  # imports for type hints only do not count
            if isinstance(block, ast.If) and getattr(block.test, "id", "") == "TYPE_CHECKING":
                block.body = []
        imported = {node.module.split(".")[-1] if node.module else alias.name for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.level == 1 for alias in node.names}
        offenders += [f"{name} imports {other}" for other in imported & set(layers[level + 1:])
                      if (name, other) not in CALLED_UPWARDS]
    return offenders


def test_quote_modules_import_only_those_below_them():
    assert _imported_above(QUOTE_LAYERS) == []


def test_scenario_modules_import_only_those_below_them():
    assert _imported_above(SCENARIO_LAYERS) == []
