"""What the buyer is sent, read as the buyer signing an offer reads it: where risk passes, figures that add up."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.landed import price_quote
from gui.core.price_report import add_prices, risk_text, shipment_port, text_lines
from gui.core.report import result_to_dict
from gui.core.request import QuoteRequest
from gui.core.terms import Terms

WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))


@pytest.fixture(scope="module")
def wheat_cif():
    from gui.core.quote import QuoteEngine
    from gui.core.tables import load_tables

    engine = QuoteEngine(load_tables())
    result = engine.quote(WHEAT)
    terms = Terms("CIF", "karachi", 250, insurance_cover="icc_c", insurance_rate_pct=0.3)
    price = price_quote(engine.tables, engine.fx, result, terms)
    return engine, result, add_prices(result_to_dict(result), price, engine.tables)


def test_cif_names_the_port_of_shipment_of_the_route(wheat_cif):
    """Under CIF Karachi the risk line said "when the goods are on board the ship at the port of shipment" and no
    port: the named place of CFR and CIF is the port of destination. Incoterms 2020: risk passes on board at the
    port of shipment, which is the route's: Bandar Abbas on route 1, Poti (not Aktau, the ferry's) by the Caspian."""
    engine, result, document = wheat_cif
    routes = document["routes"]
    first = routes[0]
    assert shipment_port(document, first) == "Bandar Abbas"
    said = str(risk_text(document, first))
    assert said.endswith("Port of shipment of route 1: Bandar Abbas."), said
    caspian = next(r for r in routes if any(leg["mode"] == "ferry" for leg in r["legs"])
                   and r["legs"][-1]["mode"] == "sea")
    assert shipment_port(document, caspian) == caspian["legs"][-1]["from"] != "Aktau"
    overland = next(r for r in routes if not any(leg["mode"] == "sea" for leg in r["legs"]))
    assert shipment_port(document, overland) is None
    assert any("Port of shipment of route 1: Bandar Abbas" in line for line in text_lines(document))
    # FOB names the port of shipment itself: nothing to add
    fob = price_quote(engine.tables, engine.fx, result, Terms("FOB", "bandar-abbas", 250))
    fob_document = add_prices(result_to_dict(result), fob, engine.tables)
    assert "Port of shipment" not in str(risk_text(fob_document, fob_document["routes"][0]))

