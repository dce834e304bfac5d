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


def test_cpt_and_cip_name_where_the_first_carrier_takes_the_goods(wheat_cif):
    """Under CPT Karachi the risk line said "on handing the goods over to the first carrier" and no place, under a
    title naming Karachi: a buyer could read that the risk passes at Karachi. Incoterms 2020: it passes at the
    hand-over to the first carrier, the route's start (Kostanay), which the risk line now names."""
    engine, result, _ = wheat_cif
    for rule in ("CPT", "CIP"):
        terms = Terms(rule, "karachi", 250, insurance_cover="icc_a" if rule == "CIP" else "", insurance_rate_pct=0.3)
        document = add_prices(result_to_dict(result), price_quote(engine.tables, engine.fx, result, terms),
                              engine.tables)
        said = str(risk_text(document, document["routes"][1]))
        assert said.endswith("The first carrier of route 2 takes the goods at Kostanay."), said
    dap = price_quote(engine.tables, engine.fx, result, Terms("DAP", "karachi", 250))
    dap_document = add_prices(result_to_dict(result), dap, engine.tables)
    assert "first carrier" not in str(risk_text(dap_document, dap_document["routes"][0]))


def test_the_estimates_working_is_said_to_be_in_english_in_another_language(wheat_cif, tmp_path):
    """The Russian and Urdu workbooks showed the estimates' working in English (the tables' own notes, quoting
    their sources: "KTZ: grain over 2,100 km to Saryagash costs 'around $12' a tonne") under the heading "Оценка",
    as if it had been left untranslated. No catalogue translates the tables' notes: the heading says they are in
    English as the sources give them, on the Breakdown and the Price sheets alike; English keeps "Estimate"."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.messages import Wording

    _, _, document = wheat_cif
    document = dict(document, quote={"number": "CQ-1", "created": "2026-11-30", "valid_until": "2026-12-14"})
    russian = Wording(translate=lambda context, text: f"«{text}»", language="ru")
    for wording, wanted in ((russian, "«Estimate: its working, in English as the tables' sources give it»"),
                            (Wording(), "Estimate")):
        path = write_quote_workbook(document, tmp_path / f"{wording.language}.xlsx", wording)
        book = load_workbook(path)
        headings = [[cell.value for cell in row] for sheet in book for row in sheet.iter_rows()
                    if wanted in [cell.value for cell in row]]
        assert len(headings) == 2, headings  # the Breakdown's and the Price sheet's


def test_a_what_if_s_estimate_heading_says_which_notes_are_in_english(tmp_path):
    """Under a what-if the Russian workbook's heading still said the working was "in English as the tables' sources
    give it", over notes whose what-if part is Russian ("провозная плата × 1,08: топливная надбавка …"). It now says
    the tables' notes are in English and a what-if's in the workbook's language, on both sheets."""
    from openpyxl import load_workbook

    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.export_xlsx import WHAT_IF_ESTIMATE, write_quote_workbook
    from gui.core.messages import Wording
    from gui.core.scenario import Change, Scenario
    from gui.core.tables import load_tables

    tables = load_tables()
    decider = Decider(tables)
    terms = Terms("CIF", "karachi", 250, insurance_cover="icc_c", insurance_rate_pct=0.3)
    decision = decider.decide(WHEAT, Scenario("Diesel up", (Change("road_surcharge", value=8),)), None, terms)
    price = price_quote(tables, decider.engine.fx, decision.result, terms)
    document = add_decision(add_prices(result_to_dict(decision.result), price, tables), decision, tables)
    document = dict(document, quote={"number": "CQ-1", "created": "2026-11-30", "valid_until": "2026-12-07"})
    russian = Wording(translate=lambda context, text: f"«{text}»", language="ru")
    book = load_workbook(write_quote_workbook(document, tmp_path / "ru.xlsx", russian))
    cells = [cell.value for sheet in book for row in sheet.iter_rows() for cell in row]
    assert cells.count(f"«{WHAT_IF_ESTIMATE}»") == 2  # the Breakdown's and the Price sheet's
    assert "«Estimate: its working, in English as the tables' sources give it»" not in cells


def test_the_price_list_speaks_to_the_buyer_as_the_quote_does():
    """The price list's notes said "no decision recorded in the tables" and "the shelf life of citrus (kinnow) is
    about 21 days (in the tables)": the forwarder's words, where the PDF and the Excel quote of the same request say
    "no decision known" and leave "(in the tables)" out. The price list is a buyer's document too."""
    from gui.core.decide import Decider
    from gui.core.decide_report import price_list_row
    from gui.core.tables import load_tables

    decider = Decider(load_tables())
    wheat = price_list_row(decider.decide(WHEAT))["note"]
    kinnow = price_list_row(decider.decide(QuoteRequest("citrus", "3", "r40", "Kostanay", "Karachi",
                                                        dt.date(2026, 12, 7))))["note"]
    assert "proposed for 2026-06-01; no decision known" in wheat
    assert "the shelf life of citrus (kinnow) is about 21 days" in kinnow
    assert "in the tables" not in wheat + kinnow


def test_the_price_list_gives_prices_to_the_cent_as_the_quote_does(tmp_path):
    """The price list gave the price in whole dollars ("#,##0", 52,639) beside a per-tonne price in cents (105.28,
    which × 500 t is 52,640), and the quote's workbook the same route's cost to the cent (52,639.23). A forwarder's
    price list in USD is to the cent: the price now is too, and the per-tonne price is it ÷ the tonnes."""
    from openpyxl import load_workbook

    from gui.core.decide import Decider
    from gui.core.decide_report import price_list_row
    from gui.core.export_xlsx import MONEY, write_price_list
    from gui.core.tables import load_tables

    decision = Decider(load_tables()).decide(WHEAT)
    row = price_list_row(decision)
    best = decision.result.routes[decision.recommended]
    assert row["cost"] == round(best.cost, 2) != round(best.cost)
    assert row["per_tonne"] == round(row["cost"] / 500, 2)
    sheet = load_workbook(write_price_list([row], tmp_path / "prices.xlsx"))["Price list"]
    line = next(sheet.iter_rows(min_row=4))
    assert (line[6].value, line[6].number_format, line[8].number_format) == (row["cost"], MONEY, MONEY)


def test_the_price_list_s_departure_is_a_date(tmp_path):
    """The Departure column held the text "2026-12-07": a spreadsheet could neither sort it as a date nor show it
    in the reader's order. It is a date, read year-month-day."""
    from openpyxl import load_workbook

    from gui.core.decide import Decider
    from gui.core.decide_report import price_list_row
    from gui.core.export_xlsx import write_price_list
    from gui.core.tables import load_tables

    row = price_list_row(Decider(load_tables()).decide(WHEAT))
    sheet = load_workbook(write_price_list([row], tmp_path / "prices.xlsx"))["Price list"]
    cell = next(sheet.iter_rows(min_row=4))[4]
    assert cell.value == dt.datetime(2026, 12, 7) and cell.number_format == "yyyy-mm-dd"


def test_ddp_says_its_margin_leaves_the_duties_and_taxes_at_cost(wheat_cif):
    """Under DDP the seller pays the duties, import taxes and import fees, yet its margin ("5 % of 176,781.63 USD")
    was on the goods and the carriage only, and did not say so: a buyer adding up the DDP price found 134,000 USD
    of duties outside the margin's base with no word why. Incoterms 2020 (pass 3, incoterms.csv) makes the seller
    bear them under DDP and says nothing of a margin on them; they are the importing country's, worked out on a
    customs value that already holds the margin, so they stay at cost, and the margin's line now says so."""
    engine, result, _ = wheat_cif
    terms = Terms("DDP", "karachi", 250, margin="5", importer_of_record="broker")
    route = price_quote(engine.tables, engine.fx, result, terms).routes[0]
    margin = next(line for line in route.lines if line.kind == "margin")
    assert "passed on at cost" in str(margin.label), margin.label
    base = sum(line.converted or 0 for line in route.lines if line.party == "seller" and line.kind in (
        "goods", "freight") or line.group == "export_clearance")
    assert margin.converted == pytest.approx(0.05 * base, abs=0.01)
    duties = [line for line in route.lines if line.kind in ("duty", "tax")]
    assert duties and all(line.party == "seller" for line in duties)
    assert route.seller_price == pytest.approx(sum(line.converted or 0 for line in route.lines
                                                   if line.party == "seller"), abs=0.01)
    cpt = price_quote(engine.tables, engine.fx, result, Terms("CPT", "karachi", 250, margin="5")).routes[0]
    assert "at cost" not in str(next(line for line in cpt.lines if line.kind == "margin").label)


def test_pakistan_values_the_actual_terminal_charge_once_and_no_one_per_cent_landing_charge(wheat_cif):
    """Pakistan's customs value (Customs Act 1969 s.25(2)(a), FBR_S25) takes in the unloading and handling at the
    port of importation: the tables count the terminal charge at Karachi as it is charged (1,460 USD, 20 boxes by
    the box), not the
    1 % "landing charge" convention, which pass 3 did not source and which on top of it would count the handling
    twice. The terminal charge is in the landed cost once, as the buyer's line, and in the duty's base once."""
    engine, result, document = wheat_cif
    route = document["routes"][0]
    price, landed = route["seller_price"], route["buyer_landed_cost"]
    terminal = [line for line in landed["lines"] if line["kind"] == "freight"]
    assert len(terminal) == 1 and terminal[0]["amount"] == 20 * 73 and terminal[0]["currency"] == "USD"
    rate = next(fx["units_per_usd"] for fx in document["fx"] if fx["currency"] == "PKR")
    cif = price["total"]
    value = landed["customs_value"]["amount"]
    assert value == pytest.approx((cif + terminal[0]["converted"]) * rate, rel=1e-6)  # CIF + the actual handling
    assert value < (cif * 1.01 + terminal[0]["converted"]) * rate  # no 1 % on top
    # the landed cost adds every line once: the price, then the buyer's lines
    assert landed["total"] == pytest.approx(cif + sum(line["converted"] or 0 for line in landed["lines"]), abs=0.01)


def test_the_words_of_a_sea_leg_are_marked_where_a_term_is_looked_up(tmp_path):
    """The Russian and Urdu quotes under CIF Karachi said "Routes 3, 4, 7–15: CIF требует морского плеча (arriving
    at: Карачи)": "leaving" and "arriving at" are said as a Term, which is looked up in the Terms context, but were
    marked (and translated) in CoreMessages, so no translation was ever found for them."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from gui.core.messages import Term, Wording, _said_value
    from tests.conftest import ROOT

    lupdate = shutil.which("pyside6-lupdate") or shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not available")
    marked = tmp_path / "marked.ts"
    subprocess.run([lupdate, str(ROOT / "gui" / "core" / "trade_messages.py"), "-ts", str(marked)], check=True,
                   capture_output=True)
    contexts = {message.findtext("source"): context.findtext("name")
                for context in ET.parse(marked).getroot().iter("context") for message in context.iter("message")}
    assert (contexts["leaving"], contexts["arriving at"]) == ("Terms", "Terms")
    asked = []
    _said_value(Term("arriving at"), Wording(translate=lambda context, text: asked.append(context) or text))
    assert asked == ["Terms"]


def test_the_excel_quote_names_each_cif_route_s_port_of_shipment(wheat_cif, tmp_path):
    """The Price sheet lists every route's CIF price, and the risk line named only the recommended route's port of
    shipment: route 6 by the Caspian and Poti was priced with no word of where its risk passes."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook

    _, _, document = wheat_cif
    document = dict(document, quote={"number": "CQ-1", "created": "2026-11-30", "valid_until": "2026-12-14"})
    sheet = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Price"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    heading = next(row for row in rows if row[0] == "Route #")
    column = heading.index("Port of shipment")
    ports = {row[0]: row[column] for row in rows[rows.index(heading) + 1:][:len(document["routes"])]}
    for number, route in enumerate(document["routes"], start=1):
        priced = (route.get("seller_price") or {}).get("total") is not None
        assert ports[number] == (shipment_port(document, route) if priced else None)
    assert {"Bandar Abbas", "Poti"} <= set(ports.values())


def test_a_what_if_s_notes_are_said_in_the_reader_s_language_and_survive_a_saved_quote(tmp_path):
    """The what-if's notes on the figures it changed ("freight × 1.3: KZ rail rates × 1.3, in the what-if …", now
    with the country by its name) were
    made plain English text before the documents got them: a Russian Excel quote read them in English. They stay
    Messages to the documents, and a quote saved as JSON and opened again says them the same way."""
    import json

    from openpyxl import load_workbook

    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.messages import Wording
    from gui.core.report import quote_document
    from gui.core.scenario import Change, Scenario
    from gui.core.tables import load_tables

    decider = Decider(load_tables())
    decision = decider.decide(WHEAT, Scenario("", (Change("scale_rates", "KZ", 1.3, mode="rail"),)))
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1"), decision)
    english = "freight × 1.3: Kazakhstan rail rates × 1.3, in the what-if “Kazakhstan rail rates × 1.3”"
    assert english in document["routes"][0]["legs"][0]["charges"][0]["estimate"]  # the English text as before
    russian = Wording(translate=lambda context, text: f"«{text}»", language="ru")
    for name, saved in (("now", document), ("reopened", json.loads(json.dumps(document)))):
        book = load_workbook(write_quote_workbook(saved, tmp_path / f"{name}.xlsx", russian))
        notes = [row[-1] for row in book["«Breakdown»"].iter_rows(min_row=2, values_only=True)
                 if row[-1] and "in the what-if" in row[-1]]
        assert notes and all(english not in note for note in notes), name
        # every template translated, the change and the unnamed scenario's title (its changes) too
        assert all(" × 1.3: «««Kazakhstan»« «rail»» rates × 1.3», in the what-if “««Kazakhstan»« «rail»» rates × 1.3»”»"
                   in note
                   for note in notes), name
