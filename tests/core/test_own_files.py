"""A document written over a file the command reads: `quote --tariffs prices.xlsx --xlsx prices.xlsx` replaced the
forwarder's tariffs with the quote, and `--pdf` over the quote history wiped it. Nothing is written then, and the
files are as they were."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui.core.resources import bundled_corridors, bundled_tariffs

ROOT = Path(__file__).resolve().parents[2]
QUOTE = ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
         "2026-12-07"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", *args], cwd=cwd, capture_output=True, text=True, timeout=180,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def own(tmp_path) -> Path:
    folder = tmp_path / "Тарифы 2026"  # a folder a user names, spaces and Cyrillic included
    folder.mkdir()
    shutil.copy(bundled_corridors(), folder / "corridors.xlsx")
    shutil.copy(bundled_tariffs(), folder / "tariffs.xlsx")
    return folder


@pytest.mark.parametrize(("options", "said"), [
    (["--tariffs", "tariffs.xlsx", "--xlsx", "tariffs.xlsx"],
     "--xlsx names the tariffs workbook the quote reads (--tariffs): the quote would replace it"),
    (["--corridors", "corridors.xlsx", "--xlsx", "./corridors.xlsx"],
     "--xlsx names the corridors workbook the quote reads (--corridors): the quote would replace it"),
    (["--pdf", "history.sqlite", "--history", "history.sqlite"],
     "--pdf names the quote history the quote is saved in (--history): the quote would replace it"),
])
def test_a_document_is_not_written_over_a_file_the_quote_reads(own, options, said):
    before = {path.name: path.read_bytes() for path in own.iterdir()}
    if "history.sqlite" in options:
        assert run(*QUOTE, "--xlsx", "first.xlsx", "--history", "history.sqlite", cwd=own).returncode == 0
        before = {path.name: path.read_bytes() for path in own.iterdir()}
    out = run(*QUOTE, *options, cwd=own)
    assert out.returncode == 2 and out.stderr.startswith(f"error: {said}"), out.stderr
    assert {path.name: path.read_bytes() for path in own.iterdir()} == before


@pytest.mark.parametrize(("document", "said"), [
    (bundled_tariffs(), "--xlsx names the tariffs workbook the quote reads (by default: the bundled one)"),
    (bundled_corridors(), "--xlsx names the corridors workbook the quote reads (by default: the bundled one)"),
    (bundled_corridors().parent / "fonts" / "new.xlsx", "--xlsx names a file of the program's own"),
    (bundled_corridors().parent / "translations" / "x.xlsx", "--xlsx names a file of the program's own")])
def test_a_document_is_not_written_over_the_programs_own_files(document, said):
    """`quote --xlsx resources/tariffs.xlsx` wrote the quote over the bundled tariffs, and every later command
    failed: the files a command reads by default are its files too, and so is the program's folder of resources.
    (Checked on the arguments alone: a run that got past the check would replace the bundled tables.)"""
    import argparse

    from gui.cli_output import written_over

    args = argparse.Namespace(pdf=None, xlsx=str(document), corridors=None, tariffs=None, scenario=None, history=None)
    assert written_over(args, "quote").startswith(said)
    assert written_over(argparse.Namespace(**{**vars(args), "xlsx": "elsewhere.xlsx"}), "quote") == ""


@pytest.mark.parametrize("journal", ["", "-wal", "-journal"])
def test_a_document_is_not_written_over_the_history_kept_by_default(tmp_path, journal):
    """`quote --pdf <the history kept by default>` turned every saved quote into a PDF page."""
    import os

    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_DATA_HOME": str(data),
           "APPDATA": str(data)}
    first = subprocess.run([sys.executable, "-m", "gui", *QUOTE, "--xlsx", "first.xlsx"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=180, env=env)
    assert first.returncode == 0, first.stderr
    history = next(data.rglob("quote-history.sqlite"))
    before = history.read_bytes()
    out = subprocess.run([sys.executable, "-m", "gui", *QUOTE, "--pdf", f"{history}{journal}"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=180, env=env)
    assert out.returncode == 2 and out.stderr.startswith(
        f"error: --pdf names the quote history the quote is saved in (by default: {history}): the quote would "
        "replace it"), out.stderr
    assert history.read_bytes() == before


def test_a_price_list_is_not_written_over_its_tariffs(own):
    before = (own / "tariffs.xlsx").read_bytes()
    out = run("pricelist", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--tariffs", "tariffs.xlsx", "--xlsx", "tariffs.xlsx", cwd=own)
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith("error: --xlsx names the tariffs workbook the price list reads (--tariffs): the "
                                 "price list would replace it"), out.stderr
    assert (own / "tariffs.xlsx").read_bytes() == before


def test_a_template_filled_in_is_not_written_over(tmp_path):
    """`template forms/` run again wrote fresh templates over the ones the user had filled in, without a word."""
    forms = tmp_path / "Формы ۱"
    assert run("template", str(forms), cwd=tmp_path).returncode == 0
    filled = forms / "tariffs-template.xlsx"
    filled.write_bytes(filled.read_bytes() + b"\0")  # the user's rows, as far as this test is concerned
    before = {path.name: path.read_bytes() for path in forms.iterdir()}
    out = run("template", str(forms), cwd=tmp_path)
    assert out.returncode == 73
    assert out.stderr == (f"error: {forms / 'corridors-template.xlsx'} already exists (it may be filled in): no "
                          "template was written; move it away or give another folder\n"), out.stderr
    assert {path.name: path.read_bytes() for path in forms.iterdir()} == before
