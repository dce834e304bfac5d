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
