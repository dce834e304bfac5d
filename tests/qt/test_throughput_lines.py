"""The window's breakdown says a stop's throughput time on the stop's line, with its figures."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from gui.core.request import QuoteRequest
from gui.qt.breakdown_model import BreakdownModel


def test_the_stop_line_says_the_least_wait_for_its_throughput(qtmodeltester, bundled_engine):
    result = bundled_engine.quote(QuoteRequest("wheat", 5000, "t", "kostanay", "quetta", dt.date(2026, 3, 2)))
    route = next(r for r in result.routes if any(n.place_id == "taftan" and n.throughput for n in r.nodes))
    model = BreakdownModel()
    model.set_route(route)
    qtmodeltester.check(model)
    said = "throughput: 188 road vehicles at 150 road vehicles a day (Taftan / Mirjaveh, 2022): +1.25 days"
    rows = [row for row in range(model.rowCount()) if said in model.cell_text(row, "what")]
    assert len(rows) == 1
    assert model.cell_text(rows[0], "what") == f"border crossing; {said}"
    tip = model.data(model.index(rows[0], 0), Qt.ItemDataRole.ToolTipRole)
    # under the step's own name, which the tip gives whole where the column is too narrow for it
    assert tip.startswith("at Taftan / Mirjaveh\n" + said + "\n") and "MEHR_2022_MIRJAVEH" in tip
    taftan = next(n for n in route.nodes if n.place_id == "taftan")
    assert model.cell_text(rows[0], "days") == f"{taftan.days_typical:.1f}"


def test_the_pdf_says_it_under_the_stop(qapp, tmp_path):
    from pypdf import PdfReader

    from gui.core.quote import QuoteEngine
    from gui.core.report import quote_document
    from gui.qt.documents import write_quote_pdf
    from tests.core.test_throughput import GATE_WAGONS, _tables

    port = dict(GATE_WAGONS, throughput_id="port-tonnes", place_id="port1", event="port_handling", mode="sea",
                unit="t", per_day=100, as_of=dt.date(2023, 6, 30))
    tables = _tables(tmp_path / "tables", port)
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", 140, "t", "alpha", "omega", dt.date(2026, 3, 1)))
    path = write_quote_pdf(quote_document(result, tables), tmp_path / "quote.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "How the price of route 1 is made" in text
    assert "throughput: 140 t at 100 t a day (Port One, 2023): +1.40 days" in text


def test_the_breakdown_days_add_up_to_the_routes_days(qtmodeltester, bundled_engine):
    """Route 1 of wheat Kostanay → Karachi is 17.5 typical days; its lines, each rounded on its own, came to 17.6
    in the window's breakdown (the core, the terminal and the JSON had them add up)."""
    from gui.core import formatting as fmt

    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    for route in result.routes[:6]:
        model = BreakdownModel()
        model.set_route(route)
        qtmodeltester.check(model)
        days = [float(model.cell_text(row, "days")) for row in range(model.rowCount())]
        assert round(sum(days), 1) == float(fmt.days(route.days_typical, finer=True)), route.corridor
