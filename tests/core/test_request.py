"""Quantities as people type them: thousands separators, Pakistan's lakhs, a decimal comma."""
from __future__ import annotations

import pytest

from gui.core.cells import CellError, parse_number
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
    """Typed, "1,000" is 1 in Russian and 1000 in English: asked about; a workbook's cell with that text is refused
    with both readings (it was read as thousands: an exchange rate "503,350" made quotes a thousand times off)."""
    if said is None:  # a space groups the thousands: the comma is a decimal one
        assert parse_quantity(typed) == 1500.0
        return
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert said in str(raised.value.message)
    with pytest.raises(CellError) as refused:
        parse_number(typed)
    assert said in str(refused.value.args[0])


@pytest.mark.parametrize("typed", ["1,2,3", "1,,000", "1.000.000,5.5", ","])
def test_a_quantity_no_language_writes_is_refused(typed):
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert typed.strip() in str(raised.value.message)


@pytest.mark.parametrize(("typed", "said"), [
    ("1.500", "quantity '1.500' could mean 1.5 or 1500; type one of them"),
    ("12.500", "quantity '12.500' could mean 12.5 or 12500; type one of them"),
    ("1,500", "quantity '1,500' could mean 1.5 or 1500; type one of them"),
])
def test_a_point_before_three_figures_is_asked_about_as_a_comma_is(typed, said):
    """"1.500" t was priced as 1.5 t without a word, where "1,500" was asked about: in Russian and Kazakh "1.500" is
    a common way to write fifteen hundred. Either separator alone before three figures is now asked about."""
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert str(raised.value) == said


@pytest.mark.parametrize(("typed", "number"), [
    ("0.500", 0.5), ("1.5", 1.5), ("1.25", 1.25), ("1.2345", 1.2345),  # no three figures after one point
    ("1.500.000", 1.5e6), ("12.500.000", 1.25e7),  # thousands grouped by points (was "must be a number")
    ("۵۰۰", 500.0), ("٥٠٠", 500.0), ("۱۲۵۰", 1250.0), ("１５００", 1500.0),  # figures of other scripts
    ("١٬٥٠٠", 1500.0), ("١٫٥", 1.5), ("1٫5", 1.5),  # the Arabic separators say which they are (were refused)
    ("1’500", 1500.0), ("1'500", 1500.0),  # an apostrophe groups thousands, typographic too (1’500 was refused)
    ("1e3", 1000.0),
])
def test_more_ways_of_writing_a_quantity(typed, number):
    assert parse_quantity(typed) == pytest.approx(number)


def test_an_exchange_rate_keeps_its_decimal_point():
    """A rate is written to three decimals with a point (505.125 KZT per USD); only its comma is asked about."""
    assert parse_quantity("505.125", points=False) == 505.125
    with pytest.raises(InputError):
        parse_quantity("505,125", points=False)


@pytest.mark.parametrize(("typed", "said"), [
    ("500т", "quantity '500т' has a unit in it: give the number (500) and the unit (т) apart"),
    ("500 tons", "quantity '500 tons' has a unit in it: give the number (500) and the unit (tons) apart"),
    ("2 containers", "quantity '2 containers' has a unit in it: give the number (2) and the unit (containers) apart"),
    ("500 USD", "quantity must be a number, not '500 USD'"),
])
def test_a_quantity_with_its_unit_in_it_says_so(typed, said):
    """"500 tons" typed into the quantity said only "must be a number"; now it names the unit to give apart."""
    with pytest.raises(InputError) as raised:
        parse_quantity(typed)
    assert str(raised.value) == said


def test_a_quantity_saved_when_a_point_was_a_decimal_point_prices_as_it_did():
    """A quote saved with the quantity "1.500" was priced on 1.5 t; reopened, it would now be asked about, and a
    requote of the saved quote refused. Saved figures keep the reading they were priced on."""
    import datetime as dt

    from gui.core.report import request_from_document
    from gui.core.terms import Terms
    from gui.core.validation import as_saved

    assert as_saved("1.500") == "1.5" and as_saved("12.500") == "12.5" and as_saved("1,500") == "1,500"
    assert as_saved("500") == "500" and as_saved(1.5) == 1.5
    document = {"request": {"cargo": "wheat", "quantity": "1.500", "unit": "t", "from": "Kostanay", "to": "Karachi",
                            "date": "2026-12-07", "currency": "USD"}}
    request = request_from_document(document)
    assert parse_quantity(request.quantity) == 1.5 and request.departure == dt.date(2026, 12, 7)
    assert Terms.from_data({"incoterm": "CPT", "goods_value": "1.250", "currency": "USD"}).goods_value == "1.25"


def test_a_quantity_with_the_minus_sign_is_said_to_be_below_zero():
    """"−500" (the minus sign, as the quote prints a change) said "must be a number"; it is a negative number."""
    with pytest.raises(InputError) as raised:
        parse_quantity("\u2212500")
    assert str(raised.value) == "quantity must be greater than zero, not -500"


@pytest.mark.parametrize(("typed", "place_id"), [
    ("Karachi, Pakistan", "karachi"), ("Karachi, PK", "karachi"), ("kostanay ,  kazakhstan", "kostanay"),
    ("Almaty\u060c KZ", "almaty"),  # the Arabic comma, as Urdu writes a list
])
def test_a_place_written_with_its_country_is_the_place_of_that_country(bundled_engine, typed, place_id):
    """"Karachi, Pakistan", as an address is written, was refused as a name nothing in the tables is spelled like."""
    from gui.core.request import find_place

    assert find_place(bundled_engine.tables, typed, field="destination").place_id == place_id


def test_a_place_written_with_another_country_is_refused_not_taken(bundled_engine):
    from gui.core.request import find_place

    with pytest.raises(InputError) as raised:
        find_place(bundled_engine.tables, "Karachi, KZ", field="destination")
    assert str(raised.value) == "destination 'Karachi, KZ': Karachi is in Pakistan, not in Kazakhstan"
    with pytest.raises(InputError) as raised:  # a tail that is no country leaves the name unknown, as before
        find_place(bundled_engine.tables, "Karachi, Narnia", field="destination")
    assert "unknown destination 'Karachi, Narnia'" in str(raised.value)
