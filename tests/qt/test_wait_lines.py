"""A wait for a closure to end, on the quote's paper: where, from when and until when, in the buyer's words."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from pypdf import PdfReader

from gui.core.quote import QuoteEngine
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario
from gui.core.scenario_tables import apply
from gui.qt.documents import write_quote_pdf

DEC_7 = dt.date(2026, 12, 7)
WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEC_7, quoted_on=DEC_7)


def _wait_pdf(bundled_engine, tmp_path, opens: dt.date, cost: int) -> str:
    """The PDF of the wheat quote recommending the Termez–Torkham route that costs ``cost``, Torkham open from
    ``opens`` in a what-if."""
    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=opens),)), DEC_7)
    document = quote_document(QuoteEngine(tables).quote(WHEAT), tables, number="CQ-2026-00031")
    document["recommended"] = next(number for number, route in enumerate(document["routes"], start=1)
                                   if round(route["cost"] or 0) == cost)
    path = write_quote_pdf(document, tmp_path / "quote.pdf")
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_wait_of_the_earliest_day_alone_is_said_not_left_as_a_bare_zero(qapp, tmp_path, bundled_engine):
    """Torkham open from 14 December: cargo at Torkham on its earliest day (the 12th) waits, on its typical day it
    does not. The breakdown's line read "Torkham | wait for a closure to end | 0.0 | — | ≈0": a zero marked as an
    estimate, and nothing to say why it is there. It says who waits and until when, and that the typical days and
    the price have no wait; its zero is no estimate."""
    text = _wait_pdf(bundled_engine, tmp_path, dt.date(2026, 12, 14), 76169)
    assert ("cargo reaching Torkham on 2026-12-13 waits until it reopens on 2026-12-14; on the typical day it is "
            "open, so the typical days and the money have no wait") in text
    assert "≈0" not in text.replace(" ", "")


def test_a_wait_with_fees_says_its_dates_beside_the_fees_notes(qapp, tmp_path, bundled_engine):
    """Torkham open from 16 December: the wait costs the trucks' holding charge and the boxes' detention. The
    line's note gave the detention's note alone; the days of the wait were lost."""
    text = _wait_pdf(bundled_engine, tmp_path, dt.date(2026, 12, 16), 81214)
    assert "waits at Torkham from 2026-12-14 until it reopens on 2026-12-16" in text
    assert "a shipper-owned container pays no detention" in text



def test_a_wait_whose_fees_have_no_note_is_no_estimate(qapp, tmp_path, bundled_engine):
    """A wait whose fees all come from the tables with no estimate note (the trucks' holding charge at Torkham
    alone) was marked "≈ 326", an estimate whose working, in the Excel quote, was only where and until when the
    cargo waits. Its dates are still said under the place; its money is not marked."""
    tables = apply(bundled_engine.tables, Scenario("", (Change("open", "Torkham", start=dt.date(2026, 12, 16)),)),
                   DEC_7)
    document = quote_document(QuoteEngine(tables).quote(WHEAT), tables, number="CQ-2026-00032")
    number, route = next((number, route) for number, route in enumerate(document["routes"], start=1)
                         if round(route["cost"] or 0) == 81214)
    wait = next(node for node in route["nodes"] if node["event"] == "closure_wait")
    for charge in wait["charges"]:  # as a wait whose fees carry no note
        charge["estimate"], charge["said"] = None, None
    wait["estimate"] = "waits at Torkham from 2026-12-14 until it reopens on 2026-12-16"
    wait["said"] = {"estimate": {"template": "waits at {where} from {reached} until it reopens on {date}",
                                 "values": {"where": "Torkham", "reached": {"date": "2026-12-14"},
                                            "date": {"date": "2026-12-16"}}}}
    document["recommended"] = number
    path = write_quote_pdf(document, tmp_path / "quote.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "waits at Torkham from 2026-12-14 until it reopens on 2026-12-16" in text
    shown = re.search(r"131,100 PKR truck holding charge 3,496 USD container detention (≈ )?([\d,]+)", text)
    assert shown and shown.group(1) is None, text[text.find("131,100"):][:200]


def test_a_wait_on_the_way_is_said_and_drawn_where_it_is(qapp, tmp_path, bundled_engine):
    """Wheat leaving Tashkent on 30 September 2027 waits at Irkeshtam, 686 km along the Tashkent – Kashgar road
    (closures.at_km). Its line read "at Tashkent", and the cost and time along the route drew the wait at km 0; it
    is "686 km on from Tashkent" in the window, the PDF and the Excel quote, and the chart draws it at km 686, the
    leg's days shared out either side by its km. No wait fee is a point's: none is charged there."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.qt.breakdown_model import BreakdownModel
    from gui.qt.distance_chart import cumulative_steps

    request = QuoteRequest("wheat", "500", "t", "Tashkent", "Islamabad", dt.date(2027, 9, 30),
                           quoted_on=dt.date(2026, 12, 2))
    result = bundled_engine.quote(request)
    number, route = next((n, r) for n, r in enumerate(result.routes, start=1)
                         if any(line.leg_id == "irk-road-tashkent-kashgar" for line in r.legs))
    [wait] = [n for n in route.nodes if n.event == "closure_wait"]
    assert (wait.place_name, wait.km_on, wait.cost, wait.charges) == ("Tashkent", 686.0, 0.0, ())
    model = BreakdownModel()
    model.set_route(route)
    steps = [model.cell_text(row, "step").strip() for row in range(model.rowCount())]
    assert "686 km on from Tashkent" in steps
    series = cumulative_steps(route)
    [(km, top, _, label)] = [s for s in series.steps_at if s[2] == "closure_wait"]
    assert km == series.km[top] == 686.0 and label == "686 km on from Tashkent"
    assert series.km[-1] == sum(leg.km for leg in route.legs)
    assert series.days[-1] == pytest.approx(route.days_typical)

    document = quote_document(result, bundled_engine.tables, number="CQ-2027-00001")
    assert next(n for n in document["routes"][number - 1]["nodes"] if n["event"] == "closure_wait")["km_on"] == 686
    document["recommended"] = number
    pdf = write_quote_pdf(document, tmp_path / "quote.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "686 km on from Tashkent" in text and "closure to end at 686 km on from Tashkent" in text
    write_quote_workbook(document, tmp_path / "quote.xlsx")
    workbook = load_workbook(tmp_path / "quote.xlsx")
    cells = {str(c.value) for sheet in workbook for row in sheet.iter_rows() for c in row if c.value}
    assert "686 km on from Tashkent" in cells
