"""The workbooks the buyer is sent, read cell by cell: one way of writing a date, a reason beside "closes", the
price list's title and notes in the list's languages."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook

from gui.core.decide import Decider
from gui.core.decide_report import add_decision, price_list_row
from gui.core.export_xlsx import write_price_list, write_quote_workbook
from gui.core.messages import Wording
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario

DEC_7 = dt.date(2026, 12, 7)
WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEC_7, quoted_on=DEC_7)
# a reader's wording whose dates in text read day first, as the Russian and Urdu documents write them
DAY_FIRST = Wording(date=lambda day: f"{day.day}/{day.month}/{day.year}", language="ru")
LOCAL_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/20\d\d\b")


@pytest.fixture(scope="module")
def decider():
    from gui.core.tables import load_tables

    return Decider(load_tables())


def _texts(path) -> list[str]:
    book = load_workbook(path)
    return [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str)]


def test_a_workbook_s_dates_in_text_read_as_its_date_cells(decider, tmp_path):
    """The Russian and Urdu quote workbooks showed their date cells year-month-day (2026-01-23) and the same dates
    within their sentences in the reader's order: "KZT/USD of 23/1/2026", "23/1/2026 تک فی USD 503.35", "the cargo
    passes between 12/12/2026 and 15/12/2026". Every date in a workbook now reads year-month-day."""
    document = quote_document(decider.decide(WHEAT).result, decider.engine.tables, number="CQ-2026-00001")
    texts = _texts(write_quote_workbook(document, tmp_path / "quote.xlsx", DAY_FIRST))
    assert not [text for text in texts if LOCAL_DATE.search(text) and "Decree" not in text
                and not text.startswith("http")]
    assert any("2026-01-23" in text for text in texts)  # the KZT rate's day, in its row and its warning


def test_a_source_s_day_is_a_date_cell(decider, tmp_path):
    """The Sources sheet held each source's day as text ("2024-12-03") beside the summary's date cells; a full day
    is now a date cell read year-month-day, a month or year alone ("2024-05", "c. 2018") stays as written."""
    document = quote_document(decider.decide(WHEAT).result, decider.engine.tables, number="CQ-2026-00001")
    sheet = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Sources"]
    days = [row[3] for row in sheet.iter_rows(min_row=2)]
    assert any(isinstance(cell.value, dt.datetime) and cell.number_format == "yyyy-mm-dd" for cell in days)
    assert not [cell.value for cell in days if isinstance(cell.value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d",
                                                                                              cell.value)]


def test_the_price_list_s_notes_and_day_made_read_as_its_departures(decider, tmp_path):
    """The price list's Departure column is a date read 2026-12-07, but its notes said the same days in the
    reader's order ("proposed for 1/6/2026") and its About sheet gave the day made as text."""
    row = price_list_row(decider.decide(WHEAT))
    path = write_price_list([row], tmp_path / "prices.xlsx", wording=DAY_FIRST,
                            about=[("Made on", "2026-12-01"), ("Program", "Corridor Quote")])
    book = load_workbook(path)
    note = book["Price list"].cell(4, 12).value
    assert "proposed for 2026-06-01" in note and not LOCAL_DATE.search(note)
    made = book["About"].cell(1, 2)
    assert made.value == dt.datetime(2026, 12, 1) and made.number_format == "yyyy-mm-dd"


def test_a_bilingual_price_list_s_title_and_explanation_are_in_both_languages(decider, tmp_path):
    """`pricelist --language ur --bilingual` put the English beside each heading and name, but its title ("Price
    list from Kostanay, departures 2026-12-07") and the sentence under it were in Urdu alone."""
    row = price_list_row(decider.decide(WHEAT))
    urdu = Wording(translate=lambda context, text: "«" + text + "»", name=lambda text: "«" + text + "»",
                   language="ur", bilingual=True)
    sheet = load_workbook(write_price_list([row], tmp_path / "prices.xlsx", wording=urdu, origin="Kostanay",
                                           day=DEC_7)).worksheets[0]
    title, explained = sheet["A1"].value, sheet["A2"].value
    assert title == ("«Price list from {origin}, departures {date}»".format(origin="«Kostanay»", date="2026-12-07")
                     + " / Price list from Kostanay, departures 2026-12-07")
    assert explained.startswith("«The cheapest route") and " / The cheapest route open on the departure" in explained
    english = load_workbook(write_price_list([row], tmp_path / "english.xlsx", origin="Kostanay",
                                             day=DEC_7)).worksheets[0]
    assert english["A1"].value == "Price list from Kostanay, departures 2026-12-07"  # one language: said once


def test_an_urdu_list_joins_its_notes_with_the_arabic_semicolon_and_reads_right_to_left(decider, tmp_path):
    """The Urdu price list joined its notes with a Latin semicolon (a weak letter in right-to-left text), and its
    cells were read in the context's order: LibreOffice printed a note's last word alone on its line as two empty
    boxes ("گزرتا" then "▯▯" for "گزرتا ہے"). Its notes are joined with "؛ " and its Urdu cells read right to
    left; a cell without an Urdu letter (the tables' file and fingerprint) keeps the context's order."""
    row = price_list_row(decider.decide(WHEAT))
    urdu = Wording(translate=lambda context, text: "ع" + text, language="ur")
    path = write_price_list([row], tmp_path / "prices.xlsx", wording=urdu,
                            about=[("Program", "Corridor Quote 0.1.0")])
    book = load_workbook(path)
    note = book.worksheets[0].cell(4, 12)
    assert "؛ " in note.value and "; ع" not in note.value
    assert note.alignment.readingOrder == 2 and note.alignment.wrap_text
    assert book.worksheets[0].sheet_view.rightToLeft
    assert book.worksheets[1].cell(1, 2).alignment.readingOrder in (None, 0)


def test_the_what_if_sheet_says_why_a_route_closes(decider, tmp_path):
    """The What if sheet listed the routes the what-if no longer offers with "closes" alone, where the terminal
    and the window say why ("Etrek / Inche Burun closed from 2026-11-01 to 2027-02-01 (what-if …)")."""
    scenario = Scenario("Iran shut", (Change("close", "Sarakhs", start=dt.date(2026, 11, 1), end=dt.date(2027, 2, 1)),
                                      Change("close", "Etrek", start=dt.date(2026, 11, 1), end=dt.date(2027, 2, 1))))
    decision = decider.decide(WHEAT, scenario)
    assert any(gone.change == "closes" for gone in decision.gone)
    document = add_decision(quote_document(decision.result, decider.engine.tables, number="CQ-2026-00002"),
                            decision, decider.engine.tables)
    sheet = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["What if"]
    changes = [row[4].value for row in sheet.iter_rows() if row[4].value and str(row[4].value).startswith("closes")]
    assert changes and all("closed from 2026-11-01 to 2027-02-01" in change for change in changes), changes
