"""Cyrillic letters that look Latin, typed in a sheet name, a header or a cell that takes Latin letters only (a Russian
or Kazakh keyboard layout left on for one letter): "sheet 'sources' is missing (sheets found: …, sourсes)" named a
sheet the user can see, with nothing to tell them apart. The letters are named."""
from __future__ import annotations

import pytest

from gui.core.errors import TablesError
from gui.core.tables import load_tables
from tests.fixture_tables import fixture_sheets, write_fixture

HINT = "only look like Latin letters: they are Cyrillic or Greek; type them again with a Latin keyboard layout"


@pytest.mark.parametrize(("text", "letters"), [
    ("sourсes", "с"), ("kоstаnay", "о, а"), ("РК", "Р, К"), ("rail", None), ("Казахстан", None), ("", None),
    ("Ωmega", None), ("yеs", "е")])
def test_look_alike_letters_are_told_only_among_latin_ones(text, letters):
    from gui.core.look_alikes import look_alikes

    assert look_alikes(text) == letters


def _problems(tmp_path, change) -> list[str]:
    corridors, tariffs = fixture_sheets()
    change(corridors, tariffs)
    with pytest.raises(TablesError) as caught:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    return [str(problem) for problem in caught.value.problems]


def test_a_sheet_named_with_a_look_alike_letter_is_pointed_out(tmp_path):
    def change(_corridors, tariffs):
        tariffs["sourсes"] = tariffs.pop("sources")

    said = _problems(tmp_path, change)
    assert said[0].startswith("tariffs.xlsx: sheet 'sources' is missing (sheets found: ")
    assert said[0].endswith(f"(in 'sourсes', с {HINT})"), said[0]


def test_a_header_with_a_look_alike_letter_is_pointed_out(tmp_path):
    def change(_corridors, tariffs):
        tariffs["fx"] = [{("сurrency" if key == "currency" else key): value for key, value in row.items()}
                         for row in tariffs["fx"]]

    said = _problems(tmp_path, change)
    assert said[0] == f"tariffs.xlsx, sheet 'fx', row 1: column currency missing from row 1 (in 'сurrency', с {HINT})"


@pytest.mark.parametrize(("sheet", "column", "typed"), [("legs", "from_place", "аlpha"), ("places", "country", "КZ"),
                                                        ("legs", "mode", "rаil"), ("legs", "two_way", "yеs")])
def test_a_cell_with_a_look_alike_letter_is_pointed_out(sheet, column, typed, tmp_path):
    def change(corridors, _tariffs):
        corridors[sheet][0][column] = typed

    said = _problems(tmp_path, change)
    assert any(f"sheet '{sheet}', row 2, column '{column}'" in line and f"(in '{typed}'," in line and HINT in line
               for line in said), said
