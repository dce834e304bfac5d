"""A corpus of workbooks as people break them, made here (no opaque binaries in the repository): each one is
tried on the loader and on the command line, which must name the problem in one line and never show a traceback."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from gui.cli import main as cli_main
from gui.core.errors import TablesError
from gui.core.tables import load_tables
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


@pytest.mark.parametrize("damage", ["empty", "truncated", "not a zip", "csv", "zip without sheets"])
def test_damaged_files(damage, tmp_path, capsys):
    corridors_path, tariffs_path = write_fixture(tmp_path)
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
    with pytest.raises(TablesError) as caught:
        load_tables(corridors_path, tariffs_path)
    assert str(caught.value.problems[0]).startswith("tariffs.xlsx: ")
    code = cli_main(["check", str(tariffs_path), "--with", str(corridors_path)])
    out = capsys.readouterr().out
    assert code == 2 and "Traceback" not in out and "problem: tariffs.xlsx" in out


def test_the_user_files_are_never_written(tmp_path):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["amount"] = "bad"
    paths = write_fixture(tmp_path, corridors, tariffs)
    before = [(p.stat().st_mtime_ns, p.read_bytes()) for p in paths]
    with pytest.raises(TablesError):
        load_tables(*paths)
    cli_main(["check", str(paths[1]), "--with", str(paths[0])])
    assert [(p.stat().st_mtime_ns, p.read_bytes()) for p in paths] == before
