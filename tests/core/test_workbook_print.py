"""The Excel quote and the price list on paper: each sheet prints a page wide, its headings on every page, and its
dates read one way everywhere (2026-12-07), whatever the reader's system."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from gui.core.report import quote_document
from gui.core.request import QuoteRequest

WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), quoted_on=dt.date(2026, 12, 7))


@pytest.fixture(scope="module")
def quote_book(tmp_path_factory, bundled_engine):
    from gui.core.export_xlsx import write_quote_workbook

    document = quote_document(bundled_engine.quote(WHEAT), bundled_engine.tables, number="CQ-2026-00040",
                              created="2026-11-30 07:18:28", valid_until="2026-12-14")
    return load_workbook(write_quote_workbook(document, tmp_path_factory.mktemp("book") / "quote.xlsx"))


@pytest.fixture(scope="module")
def price_book(tmp_path_factory):
    from gui.core.decide import Decider
    from gui.core.decide_report import price_list_row
    from gui.core.export_xlsx import write_price_list
    from gui.core.tables import load_tables

    row = price_list_row(Decider(load_tables()).decide(WHEAT))
    return load_workbook(write_price_list([row], tmp_path_factory.mktemp("prices") / "prices.xlsx",
                                          about=[("Made", "2026-12-01")]))


def test_every_sheet_prints_a_page_wide_with_its_headings_on_each_page(quote_book, price_book):
    """The Urdu what-if quote printed on 115 pages (LibreOffice), its columns cut over pages of their own and no
    heading over the rows after the first page: every sheet is A4 landscape, one page wide, its heading row
    repeated, the quote's number and the page's on each page."""
    for book in (quote_book, price_book):
        for sheet in book.worksheets:
            setup = sheet.page_setup
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            assert setup.fitToWidth >= 1 and setup.fitToHeight == 0, sheet.title
            assert setup.orientation == "landscape" and int(setup.paperSize) == 9, sheet.title  # A4
            assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert quote_book["Routes"].print_title_rows == "$1:$1" and quote_book["Breakdown"].print_title_rows == "$1:$1"
    assert price_book["Price list"].print_title_rows == "$3:$3"  # its headings, under the title and what it is
    assert "CQ-2026-00040" in quote_book["Routes"].oddFooter.center.text


def test_dates_read_year_month_day_whatever_the_reader_s_system(quote_book, price_book):
    """Dates used Excel's built-in short date (number format 14, "mm-dd-yy"), which Excel shows in the order of the
    reader's system: 12/07/26 in one office, 07.12.26 in the next, for a quote whose PDF reads 2026-12-07."""
    dated = [cell for book in (quote_book, price_book) for sheet in book.worksheets for row in sheet.iter_rows()
             for cell in row if isinstance(cell.value, dt.datetime)]
    assert len(dated) >= 4
    for cell in dated:
        wanted = "yyyy-mm-dd" if cell.value.time() == dt.time() else "yyyy-mm-dd hh:mm"
        assert cell.number_format == wanted, (cell.parent.title, cell.coordinate, cell.number_format)


@pytest.mark.parametrize("language", ["ru", "ur"])
def test_the_price_list_is_written_in_the_language_asked_as_the_quote_is(tmp_path, language):
    """`quote` had --language for its documents and `pricelist` none: a buyer in Karachi got the list in English.
    Its names, quantities and notes are now said in the language asked (an Urdu list reads right to left); the
    terminal stays English. (In a process of its own: the translations need Qt.)"""
    import subprocess
    import sys
    from pathlib import Path

    path = tmp_path / "prices.xlsx"
    out = subprocess.run([sys.executable, "-m", "gui", "pricelist", "--cargo", "wheat", "--quantity", "500 t",
                          "--from", "Kostanay", "--to", "Karachi", "--date", "2026-12-07", "--xlsx", str(path),
                          "--language", language], cwd=Path(__file__).resolve().parents[2], capture_output=True,
                         text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("wrote ") and out.stdout.rstrip().endswith(": 1 price")  # it said "1 prices"
    sheet = load_workbook(path).worksheets[0]
    line = [cell.value for cell in sheet[4]]
    wheat, karachi = {"ru": ("Пшеница", "Карачи"), "ur": ("گندم", "کراچی")}[language]
    assert line[0] == wheat and line[3] == karachi
    assert "Pakistan prohibits" not in line[11] and line[11]
    assert bool(sheet.sheet_view.rightToLeft) == (language == "ur")
    assert sheet["A1"].value.endswith("2026-12-07")  # the date one way everywhere, as in the cells
    # the days in the list's figures, as its quote says them: the Russian list read "17.5 (12–46)"; "15,1 (11–41)"
    # before a box landed at Karachi stayed a week instead of 2 days assumed
    assert line[9] == {"ru": "20,1 (13–47)", "ur": "20.1 (13–47)"}[language]

def test_the_summary_s_note_beside_the_validity_is_not_under_the_map(quote_book):
    """The summary's "the departure day", beside a validity cut to the departure, stood in a column 13 wide and ran
    under the map placed after it: "the departure d"."""
    summary = quote_book["Summary"]
    assert summary["C5"].value == "the departure day"
    assert summary.column_dimensions["C"].width >= len("the departure day")
    warnings = [row for row in summary.iter_rows() if row[0].value == "Warning"]
    assert all(row[0].alignment.vertical == row[1].alignment.vertical for row in warnings)


def test_a_wrapped_heading_prints_whole(price_book):
    """The price list's "Per tonne" was wrapped over two lines in a row one line tall: the page showed "Per" (and
    the Russian list "За" of "За тонну"). The heading row is as tall as its most wrapped heading."""
    from gui.core.xlsx_print import LINE_POINTS

    sheet = price_book["Price list"]
    heading = [cell for cell in sheet[3] if cell.value == "Per tonne"][0]
    assert heading.alignment.wrap_text
    assert (sheet.row_dimensions[3].height or 0) >= 2 * LINE_POINTS


def test_a_narrowed_column_holds_its_cyrillic_heading():
    """A column of short figures is narrowed to its longest figure or its heading's longest word; counted in
    letters, the bold Russian headings printed as "Отправлени" and "Валют" (a Cyrillic letter is wider than a
    digit)."""
    from openpyxl import Workbook

    from gui.core.export_xlsx import _append, _header
    from gui.core.xlsx_print import print_setup

    book = Workbook()
    sheet = book.active
    _header(sheet, ["Отправление", "Валюта"])
    _append(sheet, ["2026-12-07", "USD"])
    print_setup(book)
    assert sheet.column_dimensions["A"].width >= 13  # 11 letters × 1.25: not narrowed (it was, to 12)
    assert sheet.column_dimensions["B"].width >= 8.5  # 6 letters × 1.25


def test_the_price_list_prints_its_notes_whole(price_book):
    """A price list's note is all it says of a line's route, but it was cut at the quote's five lines: wheat to
    Karachi's stopped at "a ×2.6 rise of KTZ's grain rail tariff, not in the rates here, proposed for"."""
    from gui.core.xlsx_print import LINE_POINTS, _lines

    sheet = price_book["Price list"]
    note = sheet.cell(4, 12)
    wanted = _lines(note.value, sheet.column_dimensions["L"].width)
    assert wanted > 5
    assert sheet.row_dimensions[4].height >= min(wanted, 27) * LINE_POINTS


def test_the_excel_breakdown_says_a_wait_s_dates_beside_its_fees(tmp_path, bundled_engine):
    """Torkham open from 16 December: the PDF says "waits at Torkham from 2026-12-14 until it reopens on 2026-12-16"
    under the wait, but the Excel quote's Breakdown gave its fees' notes alone ("a shipping line's box: …"), the
    days of the wait lost. The wait's first fee carries the wait's note."""
    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.quote import QuoteEngine
    from gui.core.scenario import Change, Scenario
    from gui.core.scenario_tables import apply

    day = dt.date(2026, 12, 7)
    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)),
                   day)
    document = quote_document(QuoteEngine(tables).quote(WHEAT), tables, number="CQ-2026-00041")
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    notes = [row[-1] for row in book["Breakdown"].iter_rows(values_only=True)
             if row[1] == "at Torkham" and row[2] == "wait for a closure to end"]
    assert notes
    assert any(str(note).startswith("waits at Torkham from 2026-12-14 until it reopens on 2026-12-16")
               for note in notes)
    assert any("a shipper-owned container pays no detention" in str(note) for note in notes)
    # and once: the detention's own row had said its note again under the wait's, which holds it
    assert not any(str(note).startswith("a shipping line's box") for note in notes), notes


def test_the_summary_s_labels_are_not_cut_in_a_longer_language(tmp_path, bundled_engine):
    """The Russian summary's "Самый старый из использованных курсов валют" (43 letters) stood in a column 28 wide
    and was cut by its value beside it. The labels' column takes its longest label, to a bound past which it
    wraps; the English keeps its 28."""
    from dataclasses import replace

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.messages import ENGLISH

    document = quote_document(bundled_engine.quote(WHEAT), bundled_engine.tables, number="CQ-2026-00042")
    russian = {"Oldest exchange rate used": "Самый старый из использованных курсов валют"}
    wording = replace(ENGLISH, language="ru", translate=lambda context, text: russian.get(text, text))
    english = load_workbook(write_quote_workbook(document, tmp_path / "en.xlsx"))["Summary"]
    book = load_workbook(write_quote_workbook(document, tmp_path / "ru.xlsx", wording=wording))
    summary = book.worksheets[0]
    label = next(cell for (cell,) in summary.iter_rows(min_col=1, max_col=1) if cell.value == russian[
        "Oldest exchange rate used"])
    width = summary.column_dimensions["A"].width
    assert width > 28 and (width >= 1.25 * len(label.value) or label.alignment.wrap_text)
    assert english.column_dimensions["A"].width == 28
