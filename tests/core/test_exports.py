"""The quote as a workbook and the price list: read back and compared; saves that fail lose nothing."""
from __future__ import annotations

import datetime as dt
import errno
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gui.core.export_xlsx import write_quote_workbook
from gui.core.files import SaveError, write_atomically
from gui.core.report import quote_document
from gui.core.request import QuoteRequest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def document(engine):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    return quote_document(result, engine.tables, number="CQ-2026-00007", created="2026-11-27",
                          valid_until="2026-12-11", buyer={"name": '=HYPERLINK("http://x","click")',
                                                           "contact": "+92 300 0000000"})


def test_workbook_read_back(tmp_path, document):
    path = write_quote_workbook(document, tmp_path / "quote.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "Routes", "Breakdown", "Sources"]
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=3, values_only=True) if row[0]}
    assert summary["Quote number"] == "CQ-2026-00007" and summary["Valid until"] == dt.datetime(2026, 12, 11)
    assert summary["Recommended route"].startswith("1. Sea: 5,840 USD")
    routes = list(book["Routes"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[5]) for r in routes] == [(r["corridor"], r["cost"]) for r in document["routes"]]
    breakdown = list(book["Breakdown"].iter_rows(min_row=2, values_only=True))
    assert sum(r[13] for r in breakdown if r[0] == 1) == pytest.approx(5840)
    kzt = [r for r in breakdown if r[12] == "KZT"]
    assert kzt and all(r[14] == "USD" for r in kzt)
    assert [r[0] for r in book["Sources"].iter_rows(min_row=2, values_only=True)] == ["SRC1"]


def test_the_quote_s_date_and_time_are_a_date_in_the_reader_s_own_order(tmp_path, engine):
    """The summary's "Date" was the text "2026-11-30 07:18:28" in every language, while the PDF read 30.11.2026 in
    Russian and every other date of the sheet was a date Excel shows in the reader's order."""
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    document = quote_document(result, engine.tables, number="CQ-1", created="2026-11-30 07:18:28",
                              valid_until="2026-12-14")
    sheet = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Summary"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=3) if row[0].value}
    assert cells["Date"].value == dt.datetime(2026, 11, 30, 7, 18)  # to the minute, as the PDF: no 07:18:28 in it
    assert cells["Date"].number_format == "yyyy-mm-dd hh:mm"  # one way everywhere, as the PDF says it
    assert cells["Valid until"].number_format == "yyyy-mm-dd"


def test_the_summary_gives_the_oldest_exchange_rate_used(tmp_path, bundled_engine):
    """It said "Exchange rates as of" the newest (CHF's 28 January) while the quote's KZT rate was of 23 January."""
    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7),
                                               "USD"))
    document = quote_document(result, bundled_engine.tables, number="CQ-1", created="2026-11-27",
                              valid_until="2026-12-11")
    # the base currency's row (USD, 1 per USD, dated 1 January) is no rate and is not the oldest
    days = {fx["currency"]: dt.date.fromisoformat(fx["as_of"]) for fx in document["fx"] if fx["currency"] != "USD"}
    assert len(set(days.values())) > 1 and min(days.values()) == dt.date(2026, 1, 23)  # KZT's
    path = write_quote_workbook(document, tmp_path / "quote.xlsx")
    summary = {row[0]: row[1] for row in load_workbook(path)["Summary"].iter_rows(min_row=3, values_only=True)
               if row[0]}
    assert summary["Oldest exchange rate used"] == dt.datetime.combine(min(days.values()), dt.time())


def test_days_are_shown_to_a_tenth_on_every_sheet(tmp_path, bundled_engine):
    """The Breakdown's days typical (and the what-if's routes no longer offered) had no number format: a stop read
    2.791655902867476, where the Routes sheet shows days to a tenth."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.scenario import Change, Scenario

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD")
    decision = Decider(bundled_engine.tables, bundled_engine).decide(request, Scenario("", (
        Change("close", "Bandar Abbas"),)))
    assert decision.gone
    document = add_decision(quote_document(decision.result, bundled_engine.tables, number="CQ-1",
                                           created="2026-11-27", valid_until="2026-12-11"), decision)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    for sheet, heading in (("Routes", "Days typical"), ("Breakdown", "Days typical"), ("What if", "Days typical")):
        rows = list(book[sheet].iter_rows())
        top = next(i for i, row in enumerate(rows) if heading in [cell.value for cell in row])
        column = [cell.value for cell in rows[top]].index(heading)
        days = [row[column] for row in rows[top + 1:] if isinstance(row[column].value, float)]
        assert days and {cell.number_format for cell in days} == {"0.0"}, sheet
    # the cost of a route no longer offered as the Routes sheet gives costs (a float read 52639.23 with no format)
    rows = list(book["What if"].iter_rows())
    top = next(i for i, row in enumerate(rows) if "Cost" in [cell.value for cell in row])
    costs = [row[2] for row in rows[top + 1:] if isinstance(row[2].value, (int, float))]
    assert costs and {cell.number_format for cell in costs} == {"#,##0.00"}


def test_every_sum_of_money_of_a_what_if_workbook_is_to_the_cent(tmp_path, bundled_engine):
    """The What if sheet and the Routes sheet's what-if and capital columns formatted costs "#,##0" (52,639) beside
    the Routes sheet's costs in "#,##0.00" (52,639.23): one workbook, two ways of writing money."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.goals import Goals
    from gui.core.scenario import Change, Scenario
    from gui.core.terms import Terms

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD")
    decision = Decider(bundled_engine.tables, bundled_engine).decide(
        request, Scenario("", (Change("close", "Bandar Abbas"), Change("road_surcharge", "", 8.0))),
        Goals(capital_rate_pct=12.0), Terms(goods_value=90000.0, goods_basis="total"))
    document = add_decision(quote_document(decision.result, bundled_engine.tables, number="CQ-1",
                                           created="2026-11-27", valid_until="2026-12-11"), decision)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    headings = [cell.value for cell in book["Routes"][1]]
    formats = {heading: {row[column].number_format for row in book["Routes"].iter_rows(min_row=2)
                         if isinstance(row[column].value, (int, float))}
               for column, heading in enumerate(headings)}
    for heading in ("Cost", "Cost per t", "Capital in transit", "Economic cost", "Cost as the tables are"):
        assert formats[heading] == {"#,##0.00"}, heading
    assert formats["Δ cost"] == {"+#,##0.00;-#,##0.00;0.00"}
    rows = list(book["What if"].iter_rows())
    top = next(i for i, row in enumerate(rows) if "Cost" in [cell.value for cell in row])
    costs = [cell for row in rows[top + 1:] for cell in (row[2], row[5]) if isinstance(cell.value, (int, float))]
    assert costs and {cell.number_format for cell in costs} == {"#,##0.00"}


def test_text_that_looks_like_a_formula_stays_text(tmp_path, document):
    path = write_quote_workbook(document, tmp_path / "quote.xlsx")
    cell = next(c for row in load_workbook(path)["Summary"].iter_rows() for c in row
                if c.value == '=HYPERLINK("http://x","click")')
    assert cell.data_type == "s"


def test_a_failed_save_keeps_the_old_file(tmp_path):
    target = tmp_path / "quote.xlsx"
    target.write_bytes(b"the quote saved yesterday")

    def full_disk(temporary):
        temporary.write_bytes(b"half a quote")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(SaveError, match="the disk is full"):
        write_atomically(target, full_disk)
    assert target.read_bytes() == b"the quote saved yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["quote.xlsx"]  # no temporary left behind


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(SaveError, match="does not exist|cannot be written|was not saved"):
        write_atomically(tmp_path / "nowhere" / "quote.xlsx", lambda temporary: temporary.write_bytes(b"x"))


def test_locked_or_read_only_file_message():
    from gui.core.files import explain

    message = explain(PermissionError(errno.EACCES, "Permission denied"), Path("C:/quotes/quote.xlsx"))
    assert "open in another program" in message


def test_command_line_documents_and_price_list(tmp_path):
    xlsx, pdf, prices = tmp_path / "q.xlsx", tmp_path / "q.pdf", tmp_path / "prices.xlsx"
    out = subprocess.run([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "500", "--from",
                          "Kostanay", "--to", "Karachi", "--date", "2026-03-01", "--xlsx", str(xlsx), "--pdf",
                          str(pdf)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert load_workbook(xlsx)["Routes"].max_row > 5
    assert pdf.read_bytes().startswith(b"%PDF")
    out = subprocess.run([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "500", "--from",
                          "Kostanay", "--to", "Karachi", "--date", "2026-03-01", "--xlsx", str(xlsx), "--language",
                          "kk"], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert load_workbook(xlsx).sheetnames[0] == "Жиынтық"  # documents in Kazakh
    # the terminal stays English: English words and thousands separators
    assert "Wheat: 500 t" in out.stdout and re.search(r"\b\d{1,3},\d{3} USD\b", out.stdout)
    out = subprocess.run([sys.executable, "-m", "gui", "pricelist", "--cargo", "wheat", "--cargo", "potatoes",
                          "--quantity", "500 t", "--quantity", "2 containers", "--from", "Kostanay", "--to",
                          "Karachi", "--to", "Lahore", "--date", "2026-03-01", "--xlsx", str(prices)],
                         cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    book = load_workbook(prices)
    rows = list(book["Price list"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 8 and all(row[6] for row in rows)
    # what the prices rest on, as a quote says it: the tables' fingerprints and the exchange rates, which the
    # price list left out; its days as the quote of the same request gives them ("17.5 (12–46)", not "12–18–46")
    basis = list(book["About"].iter_rows(values_only=True))
    from gui.core.tables import load_tables

    tables = load_tables()
    assert ("Corridors workbook", f"corridors.xlsx, SHA-256 {tables.corridors_file.sha256}") in basis
    assert ("Tariffs workbook", f"tariffs.xlsx, SHA-256 {tables.tariffs_file.sha256}") in basis
    assert {value.split(" ")[1] for label, value in basis if label == "Exchange rate"} >= {"KZT/USD", "PKR/USD"}
    wheat = next(row for row in rows if row[0] == "Wheat" and row[3] == "Karachi" and row[1] == "500 t")
    # "17.5 (12–46)" before the gauge change into Iran was timed apart; "15.1 (11–41)" before a week at Karachi
    assert wheat[9] == "20.1 (13–47)", wheat


def test_the_workbook_gives_each_exchange_rate_as_used(engine, tmp_path):
    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1), "USD",
                                       (("KZT", 505.125),)))
    path = write_quote_workbook(quote_document(result, engine.tables), tmp_path / "quote.xlsx")
    rows = {row[0]: row[1] for row in load_workbook(path).worksheets[0].iter_rows(values_only=True)}
    assert rows["KZT"].startswith("505.125 per USD, set for this quote (table: 500 as of ")  # not 505.1250


def test_the_documents_round_days_once_as_the_terminal_does(tmp_path, bundled_engine):
    """The documents rounded days kept to a tenth a second time: route 6's 56.53 days at most read 57 in the
    terminal and 56 in the PDF (28 (20–56)). The document keeps them unrounded; shown, they round once."""
    from gui.core import formatting as fmt
    from gui.core.report import result_to_text

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables)
    terminal = result_to_text(result)
    kept = ("days_min", "days_typical", "days_max")
    finer = fmt.days_told_apart([route.days_typical for route in result.routes])
    twice = 0
    for route, shown, tenth in zip(result.routes, document["routes"], finer):
        days = [getattr(route, key) for key in kept]
        said = [fmt.days(days[0]), fmt.days(days[1], tenth), fmt.days(days[2])]
        assert "–".join(said) in terminal
        assert [fmt.days(shown["days_min"]), fmt.days(shown["days_typical"], tenth), fmt.days(shown["days_max"])] \
            == said
        twice += any(fmt.number(round(value, 1)) != fmt.number(value) for value in days)
    assert twice  # some route's days read otherwise if first rounded to a tenth
    # the Excel quote's recommended route, in words, as the PDF and the window give it
    path = write_quote_workbook(document, tmp_path / "quote.xlsx")
    summary = {row[0]: row[1] for row in load_workbook(path)["Summary"].iter_rows(values_only=True) if row[0]}
    best = next(route for route in result.routes if route.available and route.pareto)
    tenth = finer[result.routes.index(best)]
    assert summary["Recommended route"].endswith(
        ", " + fmt.days_span(best.days_min, best.days_typical, best.days_max, tenth) + " days")


def test_the_excel_quote_says_to_the_buyer_what_the_pdf_says(tmp_path, bundled_engine):
    """The Excel quote goes to the buyer too: it carried the forwarder's "best trade-offs not shown … (setting
    routes_per_corridor)" and "check them before quoting", which the PDF keeps off or says in the buyer's words."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables, number="CQ-2026-00008", created="2026-11-30",
                              valid_until="2026-12-14")
    assert any("best trade-offs not shown" in text for text in document["warnings"])
    assert any("check them before quoting" in text for text in document["warnings"])
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    said = " ".join(str(cell) for row in book["Summary"].iter_rows(values_only=True) for cell in row if cell)
    said += " ".join(str(cell) for row in book["Routes"].iter_rows(values_only=True) for cell in row if cell)
    assert "best trade-offs not shown" not in said and "check them before quoting" not in said
    assert "older than 90 days" in said  # the old rates are still said, in the buyer's words


def test_the_buyer_s_excel_names_no_sheet_of_the_tables(tmp_path, bundled_engine):
    """Medicines to Tashkent: the buyer read "no row for Uzbekistan in sheet 'customs_valuation'". Uzbekistan has its
    row now; flour to Kabul (no Afghan customs rules in the tables) says the same of Afghanistan."""
    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.terms import Terms

    result = bundled_engine.quote(QuoteRequest("wheat-flour", "50", "t", "Kostanay", "Kabul", dt.date(2026, 12, 7),
                                               "USD"))
    price = price_quote(bundled_engine.tables, bundled_engine.fx, result, Terms("DAP", "Kabul", "300"))
    document = add_prices(quote_document(result, bundled_engine.tables, number="CQ-2", created="2026-11-30",
                                         valid_until="2026-12-14"), price, bundled_engine.tables)
    assert any("customs_valuation" in m for r in document["routes"] if r.get("buyer_landed_cost")
               for m in r["buyer_landed_cost"]["missing"])  # the forwarder's document says which sheet
    path = write_quote_workbook(document, tmp_path / "quote.xlsx")
    said = [str(c) for ws in load_workbook(path) for row in ws.iter_rows(values_only=True) for c in row if c]
    assert not any("customs_valuation" in text for text in said)
    assert any("how Afghanistan values imports for customs is not known" in text for text in said)


def test_the_excel_lists_the_exchange_rates_a_quote_converts_at_and_not_usd_itself(tmp_path, bundled_engine):
    """"USD 1 per USD" stood among the rates used; USD is the table's base, not a rate."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables, number="CQ-2026-00009", created="2026-11-30",
                              valid_until="2026-12-14")
    assert "USD" in {fx["currency"] for fx in document["fx"]}
    summary = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Summary"]
    rows = [row for row in summary.iter_rows(values_only=True) if row[0]]
    start = next(i for i, row in enumerate(rows) if row[0] == "Exchange rates used")
    listed = [row[0] for row in rows[start + 1:start + 1 + len(document["fx"])] if row[1] and "per USD" in row[1]]
    assert "USD" not in listed and {"KZT", "PKR"} <= set(listed)


def test_the_excel_quote_numbers_its_recommended_route_as_its_routes_sheet(tmp_path, bundled_engine):
    """500 t of wheat to Karachi has three routes named "Iran rail + sea (Bandar Abbas)" (1, 2 and 5); the summary
    recommended "Iran rail + sea (Bandar Abbas): 52,639 USD" without saying which, where the PDF says "1. …"."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    routes = list(book["Routes"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] == "Iran rail + sea (Bandar Abbas)" for row in routes) > 1
    number, _, rest = summary["Recommended route"].partition(". ")
    row = routes[int(number) - 1]
    # and which of the three, as the PDF's heading says: "1. Iran rail + sea (Bandar Abbas) · via Sarakhs: …"
    places = document["routes"][int(number) - 1]["told_apart"]["places"]
    assert row[0] == int(number) and rest.startswith(f"{row[1]} · via {', '.join(places)}: {row[5]:,.0f} USD")


@pytest.mark.parametrize("wanted, shown", [(90.0, "0%"), (99.5, "0.0#%"), (99.9, "0.0#%"), (95.25, "0.0#%")])
def test_the_certainty_asked_reads_as_asked_on_the_summary(tmp_path, bundled_engine, wanted, shown):
    """On time ≥ 99.5 %: the Excel summary's "Certainty asked" was formatted to whole percents and read 100%, beside
    odds of 99.6 % that met it and the PDF's "99.5 % asked"."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.goals import Goals

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD")
    decision = Decider(bundled_engine.tables, bundled_engine).decide(
        request, goals=Goals(arrive_by=dt.date(2027, 1, 10), on_time_pct=wanted))
    document = add_decision(quote_document(decision.result, bundled_engine.tables, number="CQ-1",
                                           created="2026-11-27", valid_until="2026-12-11"), decision)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    cell = next(row[1] for row in book["Summary"].iter_rows() if row[0].value == "Certainty asked")
    assert cell.value == pytest.approx(wanted / 100) and cell.number_format == shown


def test_sums_of_money_in_the_workbooks_read_as_money(tmp_path, bundled_engine):
    """The Excel quote's Price sheet gave wheat's landed cost under CPT Karachi as 275359.5 and the terminal charge
    as 857.6 (no number format), where the PDF says 275,359.50 and 857.60; the Routes and Breakdown sheets' costs,
    and the price list's prices, had no format either (52639.23, 52639)."""
    from gui.core.export_xlsx import write_price_list
    from gui.core.landed import price_quote
    from gui.core.price_report import add_prices
    from gui.core.terms import Terms

    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("CPT", "karachi", 200, margin="5"))
    document = add_prices(quote_document(result, tables, number="CQ-8"), price, tables)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    money = "#,##0.00"
    prices = [row for row in book["Price"].iter_rows() if isinstance(row[0].value, int) and
              isinstance(row[3].value, float)]
    assert prices and all(cell.number_format == money for row in prices for cell in row[2:6])
    lines = [row for row in book["Price"].iter_rows() if isinstance(row[0].value, int) and
             isinstance(row[4].value, float)]
    assert lines and all(row[4].number_format == money for row in lines)
    assert all(row[6].number_format == money for row in lines if isinstance(row[6].value, float))
    included = [row for row in book["Price"].iter_rows() if row[0].value in ("included", "not included")
                and row[3].value is not None]
    assert included and all(row[3].number_format == money for row in included)
    routes = [row for row in book["Routes"].iter_rows(min_row=2) if row[5].value is not None]
    assert routes and all(row[5].number_format == money and row[7].number_format == money for row in routes)
    charges = [row for row in book["Breakdown"].iter_rows(min_row=2) if isinstance(row[11].value, (int, float))]
    assert charges and all(row[11].number_format == money and row[13].number_format == money for row in charges)
    listed = load_workbook(write_price_list([{
        "cargo": "Wheat", "quantity": "500 t", "from": "Kostanay", "to": "Karachi", "date": "2026-12-07",
        "route": "Iran rail + sea", "cost": 52639.23, "currency": "USD", "per_tonne": 105.28, "days": "17.5 (12–46)",
        "co2e_t": 102.6, "note": ""}], tmp_path / "prices.xlsx"))["Price list"]
    row = next(listed.iter_rows(min_row=4))
    assert (row[6].number_format, row[8].number_format, row[10].number_format) == (money, money, "0.0")


def test_the_excel_breakdown_s_days_add_up_to_the_route_s(tmp_path, bundled_engine):
    """Each line's days rounded on its own, route 1 of wheat Kostanay → Karachi read 17.6 in its lines against
    17.5 for the route: the Breakdown shows the lines' days rounded so that they add up (days_typical_shown)."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    document = quote_document(result, bundled_engine.tables)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    rows = list(book["Breakdown"].iter_rows(min_row=2, values_only=True))
    # one figure a step, on each of its charges' rows, shown to a tenth (its number format)
    steps = {(r[1], r[2]): round(r[6], 1) for r in rows if r[0] == 1}
    # now 20.06 (15.06 with 2 days assumed at Karachi)
    assert round(sum(steps.values()), 1) == round(document["routes"][0]["days_typical"], 1) == 20.1


def test_an_offer_is_never_valid_past_the_departure_it_is_priced_for(tmp_path, engine):
    """Saved on 30 November to leave on 7 December, a quote read "valid until 14 December": the price is the
    departure day's, so the offer ends on it, and the Excel quote says why beside the date."""
    from gui.core.report import offer_valid_until

    result = engine.quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 12, 7), "USD"))
    document = quote_document(result, engine.tables, number="CQ-1", created="2026-11-30 09:00:00",
                              valid_until="2026-12-14")
    assert offer_valid_until(document) == ("2026-12-07", True)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    summary = {row[0]: row[1:] for row in book["Summary"].iter_rows(min_row=3, max_col=3, values_only=True)}
    assert summary["Valid until"] == (dt.datetime(2026, 12, 7), "the departure day")
    # within the departure, and a back-dated quote (warned as such), keep their validity
    later = quote_document(result, engine.tables, created="2026-11-20", valid_until="2026-12-04")
    assert offer_valid_until(later) == ("2026-12-04", False)
    back = quote_document(result, engine.tables, created="2026-12-20", valid_until="2027-01-03")
    assert offer_valid_until(back) == ("2027-01-03", False)


def test_a_route_the_what_if_closes_has_no_days_in_the_what_if(tmp_path, bundled_engine):
    """The What if sheet's routes that "close" under the what-if (Bandar Abbas closed) gave no cost in the what-if
    but their days as before (17.5), as if the closed route still went: they have neither."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.scenario import Change, Scenario

    request = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD")
    decision = Decider(bundled_engine.tables, bundled_engine).decide(request, Scenario("", (
        Change("close", "Bandar Abbas"),)))
    document = add_decision(quote_document(decision.result, bundled_engine.tables, number="CQ-1",
                                           created="2026-11-27", valid_until="2026-12-11"), decision)
    rows = list(load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["What if"].iter_rows(
        values_only=True))
    top = next(i for i, row in enumerate(rows) if "Days typical in the what-if" in row)
    closed = [row for row in rows[top + 1:] if str(row[4] or "").startswith("closes: ")]  # and why
    assert closed and all(row[5] is None and row[6] is None for row in closed)
