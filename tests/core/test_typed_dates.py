"""Dates typed where an ISO date is asked for: a date written as a language writes it (07.12.2026, 12/07/2026) is
refused with the dates it may mean, never taken as one of them."""
from __future__ import annotations

import pytest

from gui.core.typed_dates import date_meanings, iso_date
from tests.core.test_cli import run


@pytest.mark.parametrize(("typed", "meanings"), [
    ("07.12.2026", ("2026-12-07",)),  # points: day first, as Russian, Kazakh and German write it
    ("12/07/2026", ("2026-07-12", "2026-12-07")),  # 12 July in Pakistan, 7 December in the United States
    ("13/07/2026", ("2026-07-13",)), ("07/07/2026", ("2026-07-07",)), ("12-07-2026", ("2026-07-12", "2026-12-07")),
    ("2026/12/07", ("2026-12-07",)), ("2026-12-7", ("2026-12-07",)),
    ("31/02/2026", ()), ("7.12.26", ()), ("next week", ()),
    ("20261207", ("2026-12-07",)), ("20261307", ()), ("2026W49", ()), ("2026-W49-1", ()),
])
def test_a_date_written_another_way_is_given_its_meanings(typed, meanings):
    assert date_meanings(typed) == meanings


def test_an_iso_date_is_read_with_the_spaces_around_it():
    """" 2026-12-07" (a shell variable with a space) was refused as no date."""
    assert iso_date(" 2026-12-07 ").isoformat() == "2026-12-07"


@pytest.mark.parametrize("typed", ["2026W49", "2026-W49-1", "20261207", "2026-12-07T00:00", "٢٠٢٦-١٢-٠٧"])
def test_only_year_month_day_with_dashes_is_read_as_a_date(typed):
    """Python reads a week (2026W49: Monday 30 November) and 20261207 as ISO dates; the README says a date written
    another way is refused with the dates it may mean."""
    with pytest.raises(ValueError):
        iso_date(typed)


@pytest.mark.parametrize(("typed", "said"), [
    ("07.12.2026", "expected a date as YYYY-MM-DD, got '07.12.2026'; did you mean 2026-12-07?"),
    ("12/07/2026", "expected a date as YYYY-MM-DD, got '12/07/2026'; did you mean 2026-07-12 or 2026-12-07?"),
])
def test_the_command_line_suggests_the_dates_a_written_one_may_mean(typed, said):
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", typed)
    assert out.returncode == 2 and out.stdout == "" and f"argument --date: {said}" in out.stderr


def test_a_what_if_file_suggests_the_dates_a_written_one_may_mean():
    from gui.core.errors import InputError
    from gui.core.scenario_file import scenario_from_data

    with pytest.raises(InputError) as raised:
        scenario_from_data({"changes": [{"close": "Torkham", "from": "12/07/2026"}]})
    assert str(raised.value.message) == ("what-if change 1: expected a date such as 2026-03-10, not '12/07/2026'; "
                                         "did you mean 2026-07-12, 2026-12-07?")


@pytest.mark.parametrize(("written", "read"), [("13/07/2026", "2026-07-13"), ("07.12.2026", "2026-12-07"),
                                               ("07/07/2026", "2026-07-07"), ("2026/12/07", "2026-12-07")])
def test_a_workbook_date_written_as_text_is_read_where_it_can_mean_one_day(written, read):
    from gui.core.cells import parse_date

    assert parse_date(written).isoformat() == read


def test_a_workbook_date_that_may_mean_two_days_is_refused_in_words():
    """A text cell "12/07/2026" was read as 12 July without a word; an American-made sheet meant 7 December."""
    from gui.core.cells import CellError, parse_date

    with pytest.raises(CellError) as raised:
        parse_date("12/07/2026")
    assert str(raised.value.args[0]) == "'12/07/2026' could be 2026-07-12, 2026-12-07: write the date as 2026-03-01"
