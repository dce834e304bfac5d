"""Quantities as people type them: thousands separators, Pakistan's lakhs, a decimal comma."""
from __future__ import annotations

import pytest

from gui.core.cells import parse_number
from gui.core.errors import InputError
from gui.core.request import parse_quantity


@pytest.mark.parametrize(("typed", "number"), [
    ("1,000", 1000.0), ("12,500", 12500.0), ("1,000,000", 1e6),  # English thousands (1,000 was read as 1)
    ("1,00,000", 1e5), ("10,00,000", 1e6),  # lakhs, as Pakistan writes them
    ("1,5", 1.5), ("0,750", 0.75), ("1,2345", 1.2345),  # a decimal comma, as Russian and Kazakh write it
    ("1 234,5", 1234.5), ("1\u00a0234,5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), (" 500 ", 500.0),
])
def test_a_quantity_is_read_as_the_languages_write_it(typed, number):
    assert parse_quantity(typed) == pytest.approx(number)
    assert parse_number(typed) == pytest.approx(number)  # a workbook's cell reads alike


@pytest.mark.parametrize("typed", ["1,2,3", "1,,000", "1.000.000,5.5", ","])
def test_a_quantity_no_language_writes_is_refused(typed):
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert typed.strip() in str(raised.value.message)
