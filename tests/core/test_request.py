"""Quantities as people type them: thousands separators, Pakistan's lakhs, a decimal comma."""
from __future__ import annotations

import pytest

from gui.core.cells import parse_number
from gui.core.errors import InputError
from gui.core.request import parse_quantity


@pytest.mark.parametrize(("typed", "number"), [
    ("1,000,000", 1e6), ("12,500,000", 1.25e7),  # thousands in several groups (1,000,000 was refused)
    ("1,00,000", 1e5), ("10,00,000", 1e6),  # lakhs, as Pakistan writes them
    ("1,5", 1.5), ("0,750", 0.75), ("1,2345", 1.2345),  # a decimal comma, as Russian and Kazakh write it
    ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), (" 500 ", 500.0),
])
def test_a_quantity_is_read_as_the_languages_write_it(typed, number):
    assert parse_quantity(typed) == pytest.approx(number)
    assert parse_number(typed) == pytest.approx(number)  # a workbook's cell reads alike


@pytest.mark.parametrize(("typed", "said"), [("1,000", "could mean 1 or 1000"), ("12,500", "could mean 12.5 or 12500"),
                                             (" 1 500,000 ", None)])
def test_one_comma_before_three_figures_is_asked_about(typed, said):
    """Typed, "1,000" is 1 in Russian and 1000 in English: asked about; a workbook's cell keeps its documented
    reading as thousands."""
    if said is None:  # a space groups the thousands: the comma is a decimal one
        assert parse_quantity(typed) == 1500.0
        return
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert said in str(raised.value.message)
    assert parse_number(typed) == float(typed.replace(",", ""))


@pytest.mark.parametrize("typed", ["1,2,3", "1,,000", "1.000.000,5.5", ","])
def test_a_quantity_no_language_writes_is_refused(typed):
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert typed.strip() in str(raised.value.message)
