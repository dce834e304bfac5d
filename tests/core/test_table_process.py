"""Reading the tables in a process of their own: the same tables, the same problems, and a reading that can be
stopped; the caller never sees more than tables or problems."""
from __future__ import annotations

import threading

import pytest

from gui.core.errors import TablesError
from gui.core.table_process import TableProcess
from tests import hostile_files as hostile
from tests.fixture_tables import fixture_sheets, write_fixture


def test_the_same_tables_as_read_here(fixture_paths, fixture_tables):
    progress = []
    tables = TableProcess((), *fixture_paths).run(progress.append)
    assert tables.tariffs_file == fixture_tables.tariffs_file and tables.legs == fixture_tables.legs
    assert "tariffs.xlsx: leg_rates" in progress


def test_chosen_workbooks_are_told_apart_by_their_sheets(tmp_path, fixture_paths):
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0]["amount"] = 0.07
    chosen = tmp_path / "new rates.xlsx"  # the name says nothing: the sheets do
    write_fixture(tmp_path, corridors, tariffs)[1].rename(chosen)
    tables = TableProcess([chosen], *fixture_paths).run()
    assert tables.tariffs_file.path == str(chosen) and tables.corridors_file.path == str(fixture_paths[0])


def test_problems_come_back_as_problems(tmp_path, fixture_paths):
    bomb = hostile.cell_far_away(fixture_paths[1], tmp_path / "tariffs.xlsx")
    with pytest.raises(TablesError) as caught:
        TableProcess((), fixture_paths[0], bomb).run()
    assert "sheet 'fx': the sheet reaches row 1,048,576" in str(caught.value.problems[0])


def test_a_cell_written_twice_is_refused_naming_it(tmp_path, fixture_paths):
    """A cell written twice in a sheet's XML (a file made by hand or by a faulty program) was read with its last
    value and no word: one exchange rate ten times another, the quotes with it."""
    twice = hostile.cell_twice(fixture_paths[1], tmp_path / "tariffs.xlsx")
    with pytest.raises(TablesError) as caught:
        TableProcess((), fixture_paths[0], twice).run()
    assert [str(p) for p in caught.value.problems] == [
        "tariffs.xlsx, sheet 'fx', row 3: cell B3 is written twice, or after a cell that follows it (the reader would "
        "keep one of its values without a word); open the workbook in Excel or LibreOffice and save it again"]


def test_a_reading_can_be_stopped(tmp_path, fixture_paths):
    """A long reading (100,000 rows take seconds) ends at once when the window closes."""
    long = hostile.many_rows(fixture_paths[1], tmp_path / "tariffs.xlsx", rows=99_000)
    reading = TableProcess((), fixture_paths[0], long)
    threading.Timer(0.3, reading.stop).start()
    with pytest.raises(TablesError) as caught:
        reading.run()
    assert [str(p) for p in caught.value.problems] == ["corridors.xlsx, tariffs.xlsx: the reading was stopped"]
