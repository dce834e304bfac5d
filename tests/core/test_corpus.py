"""A corpus of workbooks as people break them, made here (no opaque binaries in the repository): each one is
tried on the loader and on the command line, which must name the problem in one line and never show a traceback."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gui.cli import main as cli_main
from gui.core.errors import TablesError
from gui.core.tables import load_tables
from tests import hostile_files as hostile
from tests.fixture_tables import fixture_sheets, write_fixture


def _set(sheet, row, column, value):
    def change(c, t):
        book = c if sheet in c else t
        book[sheet][row][column] = value
    return change


def _drop_column(sheet, column):
    def change(c, t):
        book = c if sheet in c else t
        for row in book[sheet]:
            row.pop(column, None)
    return change


def _drop_sheet(sheet):
    return lambda c, t: (c if sheet in c else t).pop(sheet)


CORPUS = {
    # name: (change, expected words in the first problem)
    "text in a number column": (_set("legs", 0, "km", "far"), "expected a number"),
    "negative rate": (_set("leg_rates", 0, "amount", -3), "at least 0"),
    "zero km": (_set("legs", 1, "km", 0), "greater than 0"),
    "min over typical": (_set("legs", 0, "days_min", 9), "min ≤ typical ≤ max"),
    "unknown place": (_set("legs", 2, "to_place", "atlantis"), "unknown place 'atlantis'"),
    "duplicate id": (_set("places", 1, "place_id", "alpha"), "duplicate place_id 'alpha'"),
    "closure ends before it starts": (_set("closures", 0, "end_date", dt.date(2026, 1, 1)), "before start_date"),
    "currency without a rate": (_set("node_fees", 0, "currency", "CHF"), "CHF has no rate"),
    "missing sheet": (_drop_sheet("equipment"), "sheet 'equipment' is missing"),
    "missing column": (_drop_column("fx", "units_per_usd"), "column units_per_usd missing"),
    "date as nonsense text": (_set("fx", 0, "as_of", "last Tuesday"), "expected a date"),
    "unknown mode": (_set("legs", 3, "mode", "camel"), "expected one of road, rail"),
    "unknown equipment": (_set("leg_rates", 2, "equipment", "zeppelin"), "unknown equipment 'zeppelin'"),
    "no origin for a figure": (_set("legs", 0, "source_ids", None), "neither source_ids nor estimate_note"),
    "unknown source": (_set("legs", 0, "source_ids", "WHO_KNOWS"), "unknown source id"),
    "empty rates sheet": (lambda c, t: t.update(leg_rates=[]), "column"),
    "exchange rate of 1e-320": (_set("fx", 1, "units_per_usd", 1e-320), "at least 0.0001"),
    "exchange rate of 1e300": (_set("fx", 1, "units_per_usd", 1e300), "at most 100,000,000"),
    "a leg of a million days": (_set("legs", 0, "days_max", 1e6), "at most 365"),
    "a stop of a million days": (_set("nodes", 0, "days_max", 1e6), "at most 365"),
    "a rate of 1e300": (_set("leg_rates", 0, "amount", 1e300), "at most 1,000,000,000"),
    "valid to 9999-12-31": (_set("leg_rates", 0, "valid_to", dt.date(9999, 12, 31)), "open end"),
}


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_broken_workbook_is_refused_by_loader_and_cli(name, tmp_path, capsys):
    change, expected = CORPUS[name]
    corridors, tariffs = fixture_sheets()
    change(corridors, tariffs)
    corridors_path, tariffs_path = write_fixture(tmp_path, corridors, tariffs)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    assert expected in str(caught.value.problems[0])
    code = cli_main(["quote", "--cargo", "wheat", "--quantity", "10", "--from", "alpha", "--to", "omega",
                     "--corridors", str(corridors_path), "--tariffs", str(tariffs_path)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and expected in err.splitlines()[0]


DAMAGES = ("empty", "truncated", "not a zip", "csv", "zip without sheets")


def _damage(folder: Path, damage: str) -> Path:
    _, tariffs_path = write_fixture(folder)
    data = tariffs_path.read_bytes()
    if damage == "empty":
        tariffs_path.write_bytes(b"")
    elif damage == "truncated":
        tariffs_path.write_bytes(data[: len(data) // 3])
    elif damage == "not a zip":
        tariffs_path.write_bytes(b"\x00\x01garbage" * 100)
    elif damage == "csv":
        tariffs_path.write_text("rate_id;leg_id;amount\nr1;l1;0,05\n", encoding="utf-8")
    else:
        with zipfile.ZipFile(tariffs_path, "w") as book:
            book.writestr("readme.txt", "nothing here")
    return tariffs_path


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_files(damage, tmp_path, capsys):
    tariffs_path = _damage(tmp_path, damage)
    corridors_path = tmp_path / "corridors.xlsx"
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    assert str(caught.value.problems[0]).startswith("tariffs.xlsx: ")
    code = cli_main(["check", str(tariffs_path), "--with", str(corridors_path)])
    out = capsys.readouterr().out
    assert code == 2 and "Traceback" not in out and "problem: tariffs.xlsx" in out


CSV_ROWS = "rate_id;leg_id;amount;валюта\nr1;l1;0,05;тенге\n"
TEXT_FILES = {  # as spreadsheets and editors save a table as text
    "UTF-8 with a mark (Excel's CSV UTF-8)": b"\xef\xbb\xbf" + CSV_ROWS.encode(),
    "UTF-8 cut inside a letter at 2 KB": ("r" + CSV_ROWS * 60).encode(),
    "UTF-16 with its mark (Excel's Unicode text)": CSV_ROWS.replace(";", "\t").encode("utf-16"),
    "UTF-16 without a mark": "rate_id,leg_id,amount\nr1,l1,0.05\n".encode("utf-16-le"),
    "Windows-1251 (a Russian Excel's CSV)": CSV_ROWS.encode("cp1251"),
}


@pytest.mark.parametrize("name", sorted(TEXT_FILES))
def test_a_table_saved_as_text_in_any_encoding_is_named_as_one(name, tmp_path):
    """A CSV in Windows-1251 or UTF-16, or a UTF-8 one whose first 2 KB end inside a Cyrillic letter, was "not an
    Excel workbook (.xlsx)", as a picture would be: it is now a text (CSV) file with one table, as any other."""
    path = tmp_path / "tariffs.csv"
    path.write_bytes(TEXT_FILES[name])
    with pytest.raises(TablesError) as caught:
        load_tables(None, path)
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.csv: a text (CSV) file with one table; the tables need a workbook with one sheet per table; save it "
        "from Excel or LibreOffice as .xlsx"]


def test_noise_is_not_taken_for_text(tmp_path):
    import random

    path = tmp_path / "tariffs.xlsx"
    path.write_bytes(random.Random(7).randbytes(4000))
    with pytest.raises(TablesError) as caught:
        load_tables(None, path)
    assert str(caught.value.problems[0]).startswith("tariffs.xlsx: not an Excel workbook (.xlsx)")


def test_the_user_files_are_never_written(tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["amount"] = "bad"
    paths = write_fixture(tmp_path, corridors, tariffs)
    before = [(p.stat().st_mtime_ns, p.read_bytes()) for p in paths]
    with pytest.raises(TablesError):
        load_tables(*paths)
    cli_main(["check", str(paths[1]), "--with", str(paths[0])])
    assert [(p.stat().st_mtime_ns, p.read_bytes()) for p in paths] == before


# ------------------------------------------------------------------------------ hostile files, under a memory limit

GiB = 1 << 30
_LIMITED = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit})); "
            "sys.argv = ['gui', *sys.argv[1:]]; runpy.run_module('gui', run_name='__main__')")
ROOT = Path(__file__).resolve().parents[2]
needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="no address-space limit on Windows")


def run_limited(*args: str, limit: int = GiB) -> subprocess.CompletedProcess:
    """``python -m gui ARGS`` in a process that cannot use more than ``limit`` bytes of address space: a reader
    that aborts or asks for too much memory fails the test instead of passing for a refusal."""
    return subprocess.run([sys.executable, "-c", _LIMITED.format(limit=limit), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


HOSTILE = {
    # name: (make(folder, fixture tariffs) -> file, words of the refusal)
    "one cell at XFD1048576": (lambda d, t: hostile.cell_far_away(t, d / "tariffs.xlsx"),
                               "sheet 'fx': the sheet reaches row 1,048,576"),
    "one cell at Z1000000": (lambda d, t: hostile.cell_far_away(t, d / "tariffs.xlsx", "Z1000000"),
                             "sheet 'fx': the sheet reaches row 1,000,000"),
    "500,000 rows": (lambda d, t: hostile.many_rows(t, d / "tariffs.xlsx"),
                     "sheet 'leg_rates': the sheet reaches row 100,002; sheets of at most 100,000 rows below"),
    "2 GiB of whitespace in 2 MB": (lambda d, t: hostile.whitespace_bomb(t, d / "tariffs.xlsx"),
                                    "unpacks to 1,011 times its packed size"),
    "2 GiB of whitespace, zip directory lying": (lambda d, t: hostile.whitespace_bomb(t, d / "tariffs.xlsx", lie=True),
                                                 "unpacks to more than 256 MiB"),
    "one long shared string in 30,000 cells": (lambda d, t: hostile.shared_string_amplifier(d / "tariffs.xlsx"),
                                               "more than 128 MiB of text"),
    "four billion shared strings declared": (lambda d, t: hostile.shared_string_claim(d / "tariffs.xlsx"),
                                             "declares 4,000,000,000 shared strings"),
    "XML entity bomb": (lambda d, t: hostile.entity_bomb(t, d / "tariffs.xlsx"), "declares XML entities"),
    "20,000 parts": (lambda d, t: hostile.many_parts(t, d / "tariffs.xlsx"), "made of 20,012 parts"),
    "65 MiB file": (lambda d, t: hostile.huge_file(d / "tariffs.xlsx"), "the file is 65 MiB"),
    "password-protected .xlsx": (lambda d, t: hostile.locked_xlsx(t, d / "tariffs.xlsx"), "protected by a password"),
    "password-protected .ods": (lambda d, t: hostile.ods_locked(d / "tariffs.ods"), "protected by a password"),
    "password-protected .xls": (lambda d, t: hostile.xls_locked(d / "tariffs.xls"), "protected by a password"),
    ".ods with repeated cells": (lambda d, t: hostile.ods_repeated_cells(d / "tariffs.ods"),
                                 "sheet 'fx': the sheet spans 3,001 rows × 2,000 columns"),
    ".ods with a repeated row": (lambda d, t: hostile.ods_repeated_rows(d / "tariffs.ods"),
                                 "sheet 'fx': the sheet reaches row 1,048,576"),
    ".xls with a cell at IV65536": (lambda d, t: hostile.xls_far_cell(d / "tariffs.xls"),
                                    "sheet 'fx': the sheet spans 65,536 rows × 256 columns"),
    ".xls declaring four billion rows": (lambda d, t: hostile.xls_dimensions_claim(d / "tariffs.xls"),
                                         "sheet 'fx': the sheet reaches row 4,000,000,000"),
}


def _content_case(name: str):
    """The workbook the change breaks, written beside the one it leaves as it was."""
    def make(folder: Path, _tariffs: Path) -> Path:
        corridors, tariffs = fixture_sheets()
        CORPUS[name][0](corridors, tariffs)
        corridors_path, tariffs_path = write_fixture(folder, corridors, tariffs)
        return tariffs_path if tariffs != fixture_sheets()[1] else corridors_path
    return make


def _damaged_case(damage: str):
    def make(folder: Path, _tariffs: Path) -> Path:
        return _damage(folder, damage)
    return make


QUOTE = ("quote", "--cargo", "wheat", "--from", "alpha", "--to", "omega")
INPUTS = {
    # name: (arguments after the fixture tables, words of the one-line refusal)
    "departure 9999-11-29": (("--quantity", "10", "--date", "9999-11-29"), "outside what these tables can price"),
    "departure 0001-01-01": (("--quantity", "10", "--date", "0001-01-01"), "outside what these tables can price"),
    "5e-324 kg": (("--quantity", "5e-324", "--unit", "kg"), "less than this tool quotes (at least 1 kg)"),
    "1e-300 t": (("--quantity", "1e-300", "--unit", "t"), "less than this tool quotes"),
    "1e300 t": (("--quantity", "1e300", "--unit", "t"), "more than this tool quotes"),
    "KZT=5e-324": (("--quantity", "10", "--fx", "KZT=5e-324"), "more than 1,000 times off the table's"),
    "KZT=1e308": (("--quantity", "10", "--fx", "KZT=1e308"), "more than 1,000 times off the table's"),
    "KZT=inf": (("--quantity", "10", "--fx", "KZT=inf"), "must be a positive number"),
    "valid for 99999999 days": (("--quantity", "10", "--valid-days", "99999999"), "1 to 365 days"),
    "valid for -5 days": (("--quantity", "10", "--valid-days", "-5"), "1 to 365 days"),
    "old after 99999999999 days": (("--quantity", "10", "--stale-after", "99999999999"), "0 to 3650 days"),
}

LIMITED_CASES = {**HOSTILE,
                 **{f"content: {name}": (_content_case(name), expected) for name, (_, expected) in CORPUS.items()},
                 **{f"damaged: {damage}": (_damaged_case(damage), "tariffs.xlsx: ") for damage in DAMAGES}}


@pytest.fixture(scope="module")
def limited_runs(tmp_path_factory, fixture_paths):
    """Every case made and run at once, two processes at a time: check, then quote with the file as a table."""
    from concurrent.futures import ThreadPoolExecutor

    corridors, tariffs = fixture_paths
    jobs = {}
    for number, (name, (make, _)) in enumerate(LIMITED_CASES.items()):
        folder = tmp_path_factory.mktemp(f"case{number}")
        path = make(folder, tariffs)
        if path.name == "corridors.xlsx":
            pair, companion = (path, folder / "tariffs.xlsx"), folder / "tariffs.xlsx"
        else:
            companion = folder / "corridors.xlsx" if (folder / "corridors.xlsx").exists() else corridors
            pair = (companion, path)
        jobs[(name, "check")] = ("check", str(path), "--with", str(companion))
        jobs[(name, "quote")] = ("quote", "--cargo", "wheat", "--quantity", "10", "--from", "alpha", "--to",
                                 "omega", "--corridors", str(pair[0]), "--tariffs", str(pair[1]))
    for name, (args, _) in INPUTS.items():
        jobs[(name, "quote")] = (*QUOTE, "--corridors", str(corridors), "--tariffs", str(tariffs), *args)
    # the tables of every impossible input are the fixture's own, which check passes: checked once for all of them
    jobs["fixture", "check"] = ("check", str(tariffs), "--with", str(corridors))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(jobs, pool.map(lambda args: run_limited(*args), jobs.values())))
    return results


@needs_rlimit
@pytest.mark.parametrize("name", list(INPUTS))
def test_every_impossible_input_is_refused_in_one_line_within_1_gb(name, limited_runs):
    out = limited_runs[(name, "quote")]
    assert out.returncode == 2 and out.stdout == "", out.stdout + out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr and INPUTS[name][1] in out.stderr
    assert limited_runs[("fixture", "check")].returncode == 0


@needs_rlimit
@pytest.mark.parametrize("name", list(LIMITED_CASES))
@pytest.mark.parametrize("command", ["check", "quote"])
def test_every_case_is_refused_in_one_line_within_1_gb(name, command, limited_runs):
    out = limited_runs[(name, command)]
    said = out.stdout + out.stderr
    assert out.returncode == 2, f"exit {out.returncode}: {said[-2000:]}"
    assert "Traceback" not in said and "memory allocation" not in said
    assert LIMITED_CASES[name][1] in said


# ------------------------------------------------------------------ numbers shown as dates that no calendar reaches

def _date_cell_holding(folder: Path, value: float, number_format: str | None = None) -> tuple[Path, Path]:
    """The fixture tables with the fx sheet's first as_of (C2, formatted as a date) holding ``value``."""
    from openpyxl import load_workbook

    corridors_path, tariffs_path = write_fixture(folder)
    book = load_workbook(tariffs_path)
    cell = book["fx"]["C2"]
    assert book["fx"]["C1"].value == "as_of" and cell.is_date
    cell.value = value
    if number_format:
        cell.number_format = number_format
    book.save(tariffs_path)
    return corridors_path, tariffs_path


@pytest.mark.parametrize("value, number_format", [(-1e12, None), (-1e30, "hh:mm"), (1e12, "[h]:mm:ss"),
                                                  (-5e9, "[h]:mm:ss")])
def test_a_number_shown_as_a_date_beyond_any_calendar_is_named_by_its_cell(value, number_format, tmp_path, capsys):
    """The reader gives up on such a cell (a panic of its date library, or a duration Python cannot hold): the
    sheet is read again with its numbers as numbers, so that the cell is named like any other."""
    corridors_path, tariffs_path = _date_cell_holding(tmp_path, value, number_format)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    problem = caught.value.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("fx", 2, "as_of")
    assert "expected a date, found the number" in str(problem)
    code = cli_main(["check", str(tariffs_path), "--with", str(corridors_path)])
    out = capsys.readouterr().out
    assert code == 2 and "sheet 'fx', row 2, column 'as_of': expected a date" in out


def test_the_rest_of_a_sheet_read_again_keeps_its_dates(tmp_path):
    """Only the broken cell is a problem: the other dates of the sheet read as before."""
    corridors_path, tariffs_path = _date_cell_holding(tmp_path, -1e12)
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    assert len(caught.value.problems) == 1


def test_an_xls_date_beyond_any_calendar_is_named_by_its_row(tmp_path, capsys):
    """An .xls cell the reader gives up on: its sheet and row are named (the old format is not read again)."""
    import xlwt

    corridors_path, _ = write_fixture(tmp_path)
    book = xlwt.Workbook()
    for name, rows in fixture_sheets()[1].items():
        sheet = book.add_sheet(name, cell_overwrite_ok=True)
        header = list(dict.fromkeys(key for row in rows for key in row))
        for column, key in enumerate(header):
            sheet.write(0, column, key)
        for number, row in enumerate(rows, start=1):
            for column, key in enumerate(header):
                value = row.get(key)
                if isinstance(value, dt.date):
                    sheet.write(number, column, value, xlwt.easyxf(num_format_str="yyyy-mm-dd"))
                elif value is not None:
                    sheet.write(number, column, value)
    fx = book.get_sheet(list(fixture_sheets()[1]).index("fx"))
    fx.write(3, 2, -1e12, xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    tariffs_path = tmp_path / "tariffs.xls"
    book.save(str(tariffs_path))
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    problem = caught.value.problems[0]
    assert (problem.sheet, problem.row) == ("fx", 4)
    assert "a number formatted as a date or a time that no calendar reaches" in str(problem)
    code = cli_main(["check", str(tariffs_path), "--with", str(corridors_path)])
    assert code == 2 and "sheet 'fx', row 4: " in capsys.readouterr().out
