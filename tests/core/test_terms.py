"""Prices under commercial terms on the small test network, worked out by hand: the split at the Incoterm's
point, margin, insurance, the customs value up to the place of entry, duties (ad valorem, "X % but not less
than Y", slabs, preferences), taxes on their bases, fees by value tier and in an index unit, and the field errors."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.errors import InputError, TablesError
from gui.core.landed import price_quote
from gui.core.price_report import add_prices
from gui.core.terms_block import included_block
from gui.core.quote import QuoteEngine
from gui.core.report import result_to_dict
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables
from gui.core.terms import Terms
from tests.fixture_tables import fixture_sheets, write_fixture
from tests.fixture_trade import TRADE

SEA, NORTH, DIRECT = 0, 1, 2  # the routes of the fixture, cheapest first


@pytest.fixture(scope="module")
def trade_tables(tmp_path_factory):
    corridors, tariffs = fixture_sheets()
    tariffs.update(TRADE)
    return load_tables(*write_fixture(tmp_path_factory.mktemp("trade"), corridors, tariffs))


@pytest.fixture(scope="module")
def quoted(trade_tables):
    engine = QuoteEngine(trade_tables)
    result = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    assert [r.corridor for r in result.routes][:3] == ["Sea", "North", "Direct"]

    def price(**terms):
        return price_quote(trade_tables, engine.fx, result, Terms(**{"goods_value": 200, **terms}))

    return price


def totals(route) -> dict[str, float]:
    return {line.reference or line.kind: line.converted for line in route.lines}


def test_dap_by_sea_worked_by_hand(quoted):
    sea = quoted(incoterm="DAP", named_place="omega", margin=10).routes[SEA]
    # goods 140 t × 200 = 28,000; phyto for each of the 6 boxes the wheat leaves in (it reached port1 in 2
    # wagons) × 1 IDX × 1,000 KZT = 6,000 KZT = 12 USD; carriage 1,400 + 420 + 3,000 + 420 + 168,000 PKR (600 USD)
    # = 5,840; margin 10 % of 33,852 = 3,385.20
    assert sea.seller_price == 37237.20
    assert [line.party for line in sea.lines if line.kind in ("goods", "freight", "margin")] == ["seller"] * 7
    # customs value: all but the road from port2, in rupees: 36,637.20 USD × 280
    assert (sea.customs.value, sea.customs.currency, sea.customs.entry_place) == (10258416.00, "PKR", "Port Two")
    lines = totals(sea)
    assert lines["cd"] == 3663.72  # 10 % = 1,025,841.60 PKR
    assert lines["rd"] == 366.37  # the higher of 1 % (102,584.16 PKR) and 2 USD/t × 140 t (78,400 PKR)
    assert lines["acd-low"] == 0.0  # the customs duty of 10 % is in the 0–10 slab
    assert lines["cess"] == 366.37  # 1 % of the customs value, entering at port2
    assert lines["st"] == 8133.46  # 20 % of 11,386,841.76 PKR
    assert lines["wht"] == 2440.04  # 5 % of 13,664,210.11 PKR (value, duties and sales tax)
    assert lines["gd-high"] == 2.00  # 560 PKR: the declared value is above 10 million
    assert sea.landed == 52209.16
    assert any("broker" in str(w) for w in sea.warnings)  # the blank fee is said to be left out


def test_land_route_enters_at_the_border_and_leaves_the_onward_transshipment_out(quoted):
    north = quoted(incoterm="DAP", named_place="omega", margin=10).routes[NORTH]
    # to beta: 3,500 + 40 + 700,000 KZT (1,400) + 1,680 = 6,620 USD; goods, phyto and margin (3,970.40) on top;
    # the transshipment at beta is for the road onwards, not for the carriage into Pakistan
    assert north.customs.entry_place == "Beta"
    assert north.customs.value == round((28000 + 4 + 6620 + 3970.40) * 280, 2)
    assert "cess" not in totals(north)  # levied only on goods entering at port2


def test_named_place_splits_the_charges(quoted):
    fob = quoted(incoterm="FOB", named_place="port1").routes[SEA]
    parties = {str(line.label): line.party for line in fob.lines if line.kind == "freight"}
    assert parties == {"freight, Alpha–Port One": "seller", "handling, at Port One: port handling": "seller",
                       "freight, Port One–Port Two": "buyer", "handling, at Port Two: port handling": "buyer",
                       "freight, Port Two–Omega": "buyer"}
    assert fob.seller_price == 28000 + 12 + 1400 + 420  # phyto for the 6 boxes leaving from port1
    cpt = quoted(incoterm="CPT", named_place="port2").routes[SEA]
    at_port2 = [line for line in cpt.lines if "Port Two: port" in str(line.label)]
    assert [(line.party, line.group) for line in at_port2] == [("buyer", "at_place")]  # unloading: the buyer's
    exw = quoted(incoterm="EXW", named_place="alpha").routes[SEA]
    assert exw.seller_price == 28000
    assert {line.party for line in exw.lines if line.kind != "goods"} == {"buyer"}


def test_a_sea_rule_prices_only_the_routes_with_its_sea_leg(quoted):
    fob = quoted(incoterm="FOB", named_place="port1")
    assert fob.routes[SEA].reason == ""
    assert "not pass Port One" in str(fob.routes[NORTH].reason)


@pytest.mark.parametrize("terms, field, words", [
    (dict(incoterm="CIF", named_place="omega", insurance_rate_pct=0.2), "incoterm", "no route of this quote has"),
    (dict(incoterm="FOB", named_place="alpha"), "incoterm", "use FCA"),
    # said in words, as the other fields are ("unknown named_place 'gamma'" read as a column of the tables)
    (dict(incoterm="DAP", named_place="gamma"), "named_place", "unknown named place 'gamma'"),
    (dict(incoterm="DAP", named_place="port"), "named_place", "named place 'port' is ambiguous: Port One, Port Two"),
    (dict(incoterm="XYZ"), "incoterm", "unknown Incoterm"),
    (dict(incoterm="DAP", goods_value=None), "goods_value", "give the value of the goods"),
    (dict(incoterm="DAP", goods_value="-5"), "goods_value", "greater than zero"),
    (dict(incoterm="CIP"), "insurance", "must insure"),
    # DAP and CPT oblige no one to insure: a cover chosen needs its rate, and the error says no more ("under DAP the
    # seller must insure the goods (at least ICC (A), on 110 % of the price)" was untrue)
    (dict(incoterm="DAP", insurance_cover="icc_a"), "insurance", "give the premium rate of the ICC (A) cover chosen"),
    (dict(incoterm="CPT", insurance_cover="icc_b"), "insurance", "give the premium rate of the ICC (B) cover chosen"),
    (dict(incoterm="CIP", insurance_cover="icc_c", insurance_rate_pct=0.3), "insurance", "at least ICC (A)"),
    (dict(incoterm="CIP", insurance_rate_pct=0.3, insured_pct=100), "insured_pct", "at least 110"),
    (dict(incoterm="DAP", insurance_cover="icc_a", insurance_rate_pct=40), "insurance", "cannot be right"),
    (dict(incoterm="DAP", importer_of_record="seller"), "importer", "only under DDP"),
    (dict(incoterm="DAP", inputs=(("cd.rate_pct", 5),)), "inputs", "not a blank rate"),
    (dict(incoterm="DAP", goods_currency="XXX"), "goods_value", "unknown currency"),
    # each figure within a stated range (gui/core/validation.py), said before a price is worked out
    (dict(incoterm="CIP", insurance_rate_pct=10, insured_pct=1000), "insured_pct",
     "insured value must be a percentage from 110 to 200, not '1000'"),
    (dict(incoterm="DAP", insurance_cover="icc_a", insurance_rate_pct=1, insured_pct="1e6"), "insured_pct",
     "from 100 to 200, not '1e+06'"),
    (dict(incoterm="CIP", insurance_rate_pct=1, insured_pct="inf"), "insured_pct", "finite"),
    (dict(incoterm="DAP", margin="1e30"), "margin", "margin must be a percentage from 0 to 100, not '1e+30'"),
    (dict(incoterm="DAP", margin="1e20", margin_basis="per_tonne"), "margin",
     "margin: expected a number at most 1,000,000 USD/t"),
    (dict(incoterm="DAP", goods_value="1e9"), "goods_value",
     "goods value: expected a number at most 1,000,000 USD/t, found 1,000,000,000 USD/t"),
    (dict(incoterm="DAP", goods_value="1e308", goods_basis="total"), "goods_value",
     "at most 140,000,000 USD, found 1e+308 USD"),
    (dict(incoterm="DAP", goods_value="-inf"), "goods_value", "finite"),
    (dict(incoterm="DAP", inputs=(("broker.amount", "1e308"),)), "inputs", "broker.amount: expected a number at "
                                                                           "most 1,000,000,000"),
    (dict(incoterm="DAP", inputs=(("broker.amount", "inf"),)), "inputs", "broker.amount must be a finite number"),
    (dict(incoterm="DAP", inputs=(("wht-other.rate_pct", "5000"),)), "inputs", "at most 1,000, found 5000"),
    # a code the tables do not know, such as a typo for a preference's origin, would have lost the preference
    (dict(incoterm="DAP", goods_origin="XX"), "goods_origin", "unknown country of origin 'XX'; known: KZ, PK"),
    (dict(incoterm="DAP", goods_origin="kx"), "goods_origin", "unknown country of origin 'kx'; known: KZ, PK"),
])
def test_terms_that_cannot_be_used_are_field_errors(quoted, terms, field, words):
    with pytest.raises(InputError) as raised:
        quoted(**terms)
    assert raised.value.field == field
    assert words in str(raised.value)


def test_the_largest_figures_allowed_still_price_without_a_fault(quoted):
    # insured 200 % at a 10 % premium: the gross-up divides by 1 − 0.2, never by nought
    cip = quoted(incoterm="CIP", named_place="omega", insurance_rate_pct=10, insured_pct=200, margin=100,
                 goods_value=1_000_000, inputs=(("broker.amount", 1e9), ("wht-other.rate_pct", 1000))).routes[SEA]
    premium = next(line for line in cip.lines if line.kind == "insurance")
    assert premium.amount > 0 and cip.seller_price > 140 * 1_000_000 * 2


def test_cif_must_insure_and_the_premium_is_in_the_price(quoted):
    cif = quoted(incoterm="CIF", named_place="port2", insurance_rate_pct=0.5).routes[SEA]
    premium = next(line for line in cif.lines if line.kind == "insurance")
    # insured value: 110 % of goods, phyto and carriage to port2 (not its unloading) and the premium itself:
    # 28,000 + 12 + 1,400 + 420 + 3,000 = 32,832; premium = 0.0055 × 32,832 / (1 − 0.0055) = 181.57
    assert (premium.party, premium.amount, premium.currency) == ("seller", 181.57, "USD")
    assert "ICC (C)" in str(premium.label)  # the least cover CIF allows, where none was chosen
    assert cif.seller_price == 32832 + 181.57


def test_ddp_puts_duties_and_import_fees_in_the_price(quoted):
    ddp = quoted(incoterm="DDP", named_place="omega").routes[SEA]
    assert {line.party for line in ddp.lines if line.kind in ("duty", "tax")} == {"seller"}
    assert ddp.seller_price == ddp.landed


@pytest.mark.parametrize("place", ["alpha", "port1"])
def test_duties_paid_at_a_place_before_the_import_border_are_refused(quoted, place):
    # DDP at a place in Kazakhstan had put Pakistan's duties in the price, with no carriage to Pakistan in it
    with pytest.raises(InputError) as raised:
        quoted(incoterm="DDP", named_place=place)
    assert raised.value.field == "named_place"
    assert "the goods are imported into Pakistan after it; name a place in Pakistan, or use DAP" in str(raised.value)
    assert quoted(incoterm="DAP", named_place=place).routes  # the buyer clearing the goods may take them anywhere


@pytest.mark.parametrize("place", ["beta", "gate"])
def test_duties_paid_where_the_goods_enter_the_importing_country_are_priced(quoted, place):
    # Gate is a border crossing the tables put in Kazakhstan, from which the routes go on into Pakistan: the goods
    # are cleared for import there, as at Saryagash / Keles into Uzbekistan
    priced = quoted(incoterm="DDP", named_place=place)
    assert any(route.seller_price for route in priced.routes)


def test_a_preference_needs_its_proof(quoted):
    plain = totals(quoted(incoterm="DAP", named_place="omega").routes[SEA])
    proven = quoted(incoterm="DAP", named_place="omega", origin_proof=True).routes[SEA]
    assert totals(proven)["cd"] == round(plain["cd"] / 2, 2)
    assert any("50% of the rate for goods of KZ origin" in str(w) for w in proven.warnings)
    foreign = quoted(incoterm="DAP", named_place="omega", origin_proof=True, goods_origin="PK").routes[SEA]
    assert totals(foreign)["cd"] == plain["cd"]


def test_a_blank_rate_must_be_given_before_the_landed_cost_is_known(quoted):
    other = quoted(incoterm="DAP", named_place="omega", importer="other").routes[SEA]
    assert other.landed is None and other.seller_price is not None
    assert "wht-other.rate_pct" in str(other.missing[0])
    given = quoted(incoterm="DAP", named_place="omega", importer="other", margin=10,
                   inputs=(("wht-other", "6"),)).routes[SEA]
    assert totals(given)["wht-other"] == round(0.06 * 13664210.11 / 280, 2)
    broker = quoted(incoterm="DAP", named_place="omega", inputs=(("broker.amount", 2800),)).routes[SEA]
    assert totals(broker)["broker"] == 10.00
    assert not any("broker" in str(w) for w in broker.warnings)


def test_a_prohibition_is_said_from_its_date(trade_tables):
    engine = QuoteEngine(trade_tables)
    result = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2027, 3, 1), "USD"))
    sea = price_quote(trade_tables, engine.fx, result, Terms("DAP", "omega", 200)).routes[SEA]
    assert any("prohibits imports of wheat since 2027-01-01" in str(w) for w in sea.warnings)
    # the freight quote says it too, once and first, without terms: the buyer's first question
    assert "prohibits imports of wheat since 2027-01-01" in str(result.warnings[0])
    assert sum("prohibits imports" in str(w) for w in result.warnings) == 1
    # not for a cargo arriving before the ban
    early = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    assert not any("prohibits imports" in str(w) for w in early.warnings)


def test_document_carries_the_prices_and_the_block(quoted, trade_tables):
    price = quoted(incoterm="CPT", named_place="omega", insurance_cover="icc_a", insurance_rate_pct=0.3)
    engine = QuoteEngine(trade_tables)
    document = add_prices(result_to_dict(engine.quote(QuoteRequest(
        "wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))), price, trade_tables)
    assert document["incoterm"]["rule"] == "CPT" and document["terms"]["incoterm"] == "CPT"
    route = document["routes"][SEA]
    assert route["seller_price"]["total"] == price.routes[SEA].seller_price
    assert route["buyer_landed_cost"]["total"] == price.routes[SEA].landed
    assert sum(line["converted"] for line in route["seller_price"]["lines"]) == pytest.approx(
        route["seller_price"]["total"])
    block = {item.group: item.included for item in included_block(document, route)}
    assert block == {"goods": True, "export_clearance": True, "carriage_to_place": True, "insurance": False,
                     "import_clearance": False, "duties_taxes": False}
    assert Terms.from_data(document["terms"]).incoterm == "CPT"


def test_the_block_names_the_seller_s_margin_only_when_there_is_one(trade_tables, quoted):
    """FOB and CIF with no margin said "the goods, 140 t, and the seller's margin"."""
    engine = QuoteEngine(trade_tables)
    result = result_to_dict(engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1),
                                                      "USD")))
    said = {}
    for margin in (0, 10):
        document = add_prices(result, quoted(incoterm="CPT", named_place="omega", margin=margin), trade_tables)
        goods = next(item for item in included_block(document, document["routes"][SEA]) if item.group == "goods")
        said[margin] = str(goods.text)
    assert said == {0: "the goods, 140 t", 10: "the goods, 140 t, and the seller's margin"}


@pytest.mark.parametrize("sheet, change, where", [
    ("incoterms", {"rule": "FOO"}, ("incoterms", "rule")),
    ("hs_codes", {"cargo_id": "rice"}, ("hs_codes", "cargo_id")),
    ("duties", {"kind": "specific", "specific_currency": None}, ("duties", "specific_currency")),
    ("import_taxes", {"base": "customs_value;excise"}, ("import_taxes", "base")),
    ("fees", {"currency": "MRP"}, ("fees", "currency")),
])
def test_commercial_sheets_are_checked_row_by_row(tmp_path, sheet, change, where):
    corridors, tariffs = fixture_sheets()
    tariffs.update({name: [dict(row) for row in rows] for name, rows in TRADE.items()})
    tariffs[sheet][0].update(change)
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    found = [(p.sheet, p.column) for p in raised.value.problems]
    assert where in found
    assert all(p.row for p in raised.value.problems if p.sheet == where[0])


def test_an_index_unit_is_valued_by_the_span_that_holds_the_day_or_else_the_nearest_and_says_which():
    from gui.core.fee_units import unit_value
    from gui.core.model import Origin
    from gui.core.trade_tables import FeeUnit

    day = dt.date
    spans = [FeeUnit("MRP", "KZ", value, "KZT", start, end, Origin()) for value, start, end in (
        (3932, day(2025, 1, 1), day(2025, 12, 31)), (4325, day(2026, 1, 1), day(2026, 12, 31)),
        (4600, day(2027, 7, 1), day(2027, 12, 31)))]
    held = unit_value(spans, "MRP", "KZ", day(2026, 3, 1))
    assert (held.span.value, held.carried, held.warning()) == (4325, False, None)
    early = unit_value(spans, "MRP", "KZ", day(2024, 6, 1))
    assert str(early.warning()) == "the 2025 MRP (3,932 KZT) is used for 2024: no 2024 value is in the tables"
    # a 2027 value from July: "no 2027 value" would not be true of February
    gap = unit_value(spans, "MRP", "KZ", day(2027, 2, 1))
    assert str(gap.warning()) == ("the MRP of 2026-01-01 to 2026-12-31 (4,325 KZT) is used on 2027-02-01: no value "
                                  "for that day is in the tables")
    assert unit_value(spans, "MRP", "UZ", day(2026, 3, 1)) is None


def test_an_index_unit_past_its_dates_is_carried_and_said_for_a_stop_s_fee_and_a_commercial_fee_alike(tmp_path):
    # the transfer at Gate set as 5 IDX a tonne (5,000 KZT while the IDX of 2026 holds), the phytosanitary
    # certificate as 1 IDX a wagon: in 2027 the one was charged at the 2026 value unsaid, the other "not given"
    corridors, tariffs = fixture_sheets()
    tariffs.update({name: [dict(row) for row in rows] for name, rows in TRADE.items()})
    transfer = next(fee for fee in tariffs["node_fees"] if fee["fee_id"] == "f2")
    transfer.update(amount=5, currency="IDX")
    (tmp_path / "idx").mkdir()
    tables = load_tables(*write_fixture(tmp_path / "idx", corridors, tariffs))
    engine = QuoteEngine(tables)
    carried = "the 2026 IDX (1,000 KZT) is used for 2027: no 2027 value is in the tables"
    for day, past in ((dt.date(2026, 3, 1), False), (dt.date(2027, 3, 1), True)):
        result = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", day, "USD"))
        north = next(index for index, route in enumerate(result.routes) if route.corridor == "North")
        route = result.routes[north]
        charge = next(c for node in route.nodes for c in node.charges if c.reference == "f2")
        assert (charge.rate, charge.amount, charge.currency, charge.outside_validity) == (5000, 700_000, "KZT", past)
        assert ("KZT" in route.currencies, carried in [str(w) for w in route.warnings]) == (True, past)
        price = price_quote(tables, engine.fx, result, Terms("DAP", "omega", 200)).routes[north]
        phyto = next(line for line in price.lines if line.reference == "phyto")
        assert (phyto.amount, phyto.currency) == (2000, "KZT")  # 2 wagons × 1 IDX × 1,000 KZT
        assert (carried in [str(w) for w in price.warnings]) == past
    transfer["place_id"] = "beta"  # a Pakistani place: the Kazakh unit is not a money there
    (tmp_path / "beta").mkdir()
    with pytest.raises(TablesError) as raised:
        load_tables(*write_fixture(tmp_path / "beta", corridors, tariffs))
    assert [str(p.message) for p in raised.value.problems] == [
        "tariffs.xlsx, sheet 'node_fees', row 3, column 'currency': IDX is neither a currency of sheet 'fx' nor a "
        "unit of sheet 'fee_units' for PK"]


def test_a_tariffs_workbook_without_the_commercial_sheets_still_quotes(fixture_tables, engine):
    assert fixture_tables.trade is None
    result = engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))
    with pytest.raises(InputError) as raised:
        price_quote(fixture_tables, engine.fx, result, Terms("DAP", "omega", 200))
    assert "no 'incoterms' sheet" in str(raised.value)


def test_excel_quote_holds_the_same_prices_line_by_line(quoted, trade_tables, tmp_path):
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.report import quote_document

    price = quoted(incoterm="CPT", named_place="omega", insurance_cover="icc_a", insurance_rate_pct=0.3)
    result = QuoteEngine(trade_tables).quote(QuoteRequest("wheat", "140", "t", "alpha", "omega",
                                                          dt.date(2026, 3, 1), "USD"))
    document = add_prices(quote_document(result, trade_tables, number="CQ-2026-00009"), price, trade_tables)
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))
    assert "Price" in book.sheetnames
    rows = list(book["Price"].iter_rows(values_only=True))
    assert rows[0][:2] == ("Terms of sale", "CPT Omega (Incoterms 2020)")
    header = next(i for i, row in enumerate(rows) if row[:2] == ("Route #", "Corridor"))
    sea = rows[header + 1 + SEA]
    assert sea[3] == price.routes[SEA].seller_price and sea[5] == price.routes[SEA].landed
    lines = [row for row in rows[next(i for i, row in enumerate(rows) if row[0] == "Lines of each priced route"):]
             if row[0] == SEA + 1 and row[1] in ("seller", "buyer")]
    assert sum(row[6] for row in lines if row[1] == "seller") == pytest.approx(price.routes[SEA].seller_price)
    assert sum(row[6] or 0 for row in lines) == pytest.approx(price.routes[SEA].landed)  # a fee not given: blank
    included = [(row[0], row[3]) for row in rows if row[0] in ("included", "not included")]
    expected = [("included" if item.included else "not included", item.amount)
                for item in included_block(document, document["routes"][SEA])]
    assert included == expected and included[0][0] == "included" and included[-1][0] == "not included"


def test_check_changes_lists_what_new_commercial_sheets_change(trade_tables, tmp_path):
    from gui.core.changes import compare_tables

    corridors, tariffs = fixture_sheets()
    new = {name: [dict(row) for row in rows] for name, rows in TRADE.items()}
    new["duties"][0]["rate_pct"] = 11  # customs duty 10 % → 11 %
    new["import_taxes"] = [row for row in new["import_taxes"] if row["tax_id"] != "cess"]
    new["fees"].append({"fee_id": "permit", "country": "PK", "side": "import", "charge": "import permit",
                        "basis": "per_consignment", "amount": 1500, "currency": "PKR", "source_ids": "SRC1"})
    tariffs.update(new)
    changes = {(c.what, c.key): str(c) for c in compare_tables(trade_tables,
                                                               load_tables(*write_fixture(tmp_path, corridors,
                                                                                          tariffs)))}
    assert changes[("duty", "cd")] == "duty changed: cd customs duty (Pakistan, 1001): 10 % → 11 %"
    assert changes[("import tax", "cess")].startswith("import tax removed: cess port cess (Pakistan, *): 1 %")
    assert changes[("fee", "permit")].startswith("customs fee added: permit import permit (Pakistan, *): 1,500 PKR "
                                                 "per consignment")
    assert len(changes) == 3
    (tmp_path / "bare").mkdir()
    bare = load_tables(*write_fixture(tmp_path / "bare", *fixture_sheets()))
    assert [str(c) for c in compare_tables(trade_tables, bare)][-1] == (
        "commercial sheets removed: the new tables quote freight only")


def _decided_document(trade_tables, goals, **terms):
    """The quote document as the terminal and the documents get it: prices and the decision (the recommendation)."""
    from gui.core.decide import Decider
    from gui.core.decide_report import add_decision
    from gui.core.report import quote_document

    decider = Decider(trade_tables)
    terms = Terms(**{"goods_value": 200, **terms})
    decision = decider.decide(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"),
                              goals=goals, terms=terms)
    price = price_quote(trade_tables, decider.engine.fx, decision.result, terms)
    return add_decision(add_prices(quote_document(decision.result, trade_tables), price, trade_tables), decision)


def test_the_terminal_and_the_excel_quote_price_the_recommended_route(trade_tables, tmp_path):
    """The cheapest route (Sea) misses the goal: the line-by-line price and the Excel quote's "included" block are
    the recommended route's (North), as the PDF's, not the first priced route's."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.goals import Goals
    from gui.core.price_report import text_lines

    document = _decided_document(trade_tables, Goals(avoid=("port1",)), incoterm="DAP", named_place="omega")
    assert document["recommended"] == NORTH + 1
    north = document["routes"][NORTH]
    lines = text_lines(document)
    assert f"Route {NORTH + 1} line by line, the recommended route (USD;" in "\n".join(lines)
    assert lines[-len(included_block(document, north)) - 2].split()[-1] == f"{north['seller_price']['total']:,.2f}"
    rows = list(load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Price"].iter_rows(
        values_only=True))
    assert (f"Included in the price of route {NORTH + 1}",) == tuple(
        row[0] for row in rows if str(row[0]).startswith("Included in the price"))
    included = [(row[0], row[3]) for row in rows if row[0] in ("included", "not included")]
    assert included == [("included" if item.included else "not included", item.amount)
                        for item in included_block(document, north)]


def test_with_no_route_recommended_the_terminal_says_which_route_it_prices(trade_tables, tmp_path):
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.goals import Goals
    from gui.core.price_report import text_lines

    document = _decided_document(trade_tables, Goals(max_cost=1), incoterm="DAP", named_place="omega")
    assert document["recommended"] is None and document["binding"]
    assert f"Route {SEA + 1} line by line, the first priced route; no route is recommended (USD;" in "\n".join(
        text_lines(document))
    rows = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx"))["Price"].iter_rows(values_only=True)
    assert [row[0] for row in rows if str(row[0]).startswith("Included in the price")] == [
        f"Included in the price of route {SEA + 1}"]  # the same route as the terminal's
    # a recommended route the rule does not fit: its own "no price", not another route's lines
    document = _decided_document(trade_tables, Goals(avoid=("port1",)), incoterm="FOB", named_place="port1")
    lines = text_lines(document)
    assert lines[-1].startswith(f"Route {NORTH + 1}, the recommended route: FOB Port One: no price: ")
    assert "not pass Port One" in lines[-1] and not any("line by line" in line for line in lines)


def test_the_terminal_says_why_the_landed_cost_is_missing(quoted, trade_tables):
    """A blank rate not given: the terminal gave the price alone and never said that a landed cost was missing, or
    why; it now says the core's reason under the route's price line and in the price line by line, as the PDF does."""
    from gui.core.price_report import route_price_lines, text_lines

    price = quoted(incoterm="DAP", named_place="omega", importer="other")
    engine = QuoteEngine(trade_tables)
    document = add_prices(result_to_dict(engine.quote(QuoteRequest(
        "wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))), price, trade_tables)
    missing = document["routes"][SEA]["buyer_landed_cost"]["missing"]
    assert len(missing) == 1 and "wht-other.rate_pct" in missing[0]
    said = f"! landed cost unknown: {missing[0]}"
    assert route_price_lines(document)[SEA][-1] == said
    lines = text_lines(document)
    landed = next(i for i, line in enumerate(lines) if line.split()[:2] == ["landed", "cost"])
    assert lines[landed].split()[-1] == "—" and lines[landed + 1] == f"  {said}"
    # a known landed cost says nothing of the kind
    known = add_prices(result_to_dict(engine.quote(QuoteRequest(
        "wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1), "USD"))), quoted(incoterm="DAP",
                                                                                    named_place="omega"), trade_tables)
    assert not any("landed cost unknown" in line for line in [*text_lines(known), *route_price_lines(known)[SEA]])


def test_the_price_line_says_its_sums_in_the_readers_number_format(quoted, trade_tables):
    """The Russian and Kazakh PDFs gave the price in English style ("211,084.76 USD") among "211 084,76": its sums
    were quoted as text. They are figures now: the reader's format in a document, English in the terminal."""
    from gui.core.messages import Wording
    from gui.core.price_report import price_text

    price = quoted(incoterm="CPT", named_place="omega", insurance_cover="icc_a", insurance_rate_pct=0.3)
    result = QuoteEngine(trade_tables).quote(QuoteRequest("wheat", "140", "t", "alpha", "omega",
                                                          dt.date(2026, 3, 1), "USD"))
    document = add_prices(result_to_dict(result), price, trade_tables)
    route = document["routes"][SEA]
    line = price_text(document, route)
    russian = Wording(language="ru", number=lambda text: text.replace(",", "\u00a0").replace(".", ","))
    sums = [route["seller_price"]["per_tonne"], route["seller_price"]["total"], route["buyer_landed_cost"]["total"]]
    assert sums[1] >= 1000  # a thousands separator to tell the styles apart
    for value in sums:
        assert f"{value:,.2f} USD" in line  # the terminal's
        assert russian.number(f"{value:,.2f}") + " USD" in russian.say(line)
        assert f"{value:,.2f}" not in russian.say(line)


def test_the_proof_a_preference_needs_is_said_in_the_readers_language():
    """The EAEU preference named its proof in English inside a Kazakh, Russian or Urdu sentence."""
    tables = load_tables()
    preferences = [d for d in tables.trade.duties if d.kind == "preference" and d.proof]
    assert preferences
    for language in ("ru", "kk", "ur"):
        texts = tables.local_texts(language)
        for duty in preferences:
            assert texts.get(duty.proof, duty.proof) != duty.proof, (language, duty.duty_id)


def test_the_insured_value_is_the_price_the_buyer_reads():
    """Kinnow DAP Almaty: the insurance line read "110 % of 74,993.25 USD" under a price of 74,993.26 USD, the
    insured value added up per currency and the price line by line."""
    tables = load_tables()
    engine = QuoteEngine(tables)
    result = engine.quote(QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty", dt.date(2027, 1, 15), "USD"))
    priced = price_quote(tables, engine.fx, result, Terms(incoterm="DAP", named_place="almaty", goods_value=971.37,
                                                          insurance_cover="icc_a", insurance_rate_pct=0.45))
    checked = 0
    for route in priced.routes:
        if route.seller_price is None:
            continue
        insurance = next(line for line in route.lines if line.kind == "insurance")
        assert insurance.label.values["value"].values["value"].value == route.seller_price, route.index
        checked += 1
    assert checked >= 5


def test_under_ddp_the_buyer_cannot_be_the_importer_of_record(quoted):
    """``--incoterm DDP --importer-of-record buyer`` was accepted, the document saying the buyer imports while the
    seller pays the duties and clears; with none given, DDP's importer is the seller and any other rule's the
    buyer."""
    from gui.core.errors import InputError

    with pytest.raises(InputError) as raised:
        quoted(incoterm="DDP", named_place="omega", importer_of_record="buyer")
    assert "under DDP the seller is the importer of record" in str(raised.value)
    assert quoted(incoterm="DDP", named_place="omega").checked.terms.importer_of_record == "seller"
    assert quoted(incoterm="DAP", named_place="omega").checked.terms.importer_of_record == "buyer"
    with pytest.raises(InputError):
        quoted(incoterm="DAP", named_place="omega", importer_of_record="seller")


def test_the_urdu_excel_quote_s_price_sheet_reads_right_to_left(bundled_engine, tmp_path):
    """The Urdu Excel quote said what the price includes with "کرایہ لاہور → آستانہ", its arrow pointing right,
    to the origin, while the path column of the same workbook points left, as Urdu reads; and its customs value
    rows named the place of entry in English, after a Latin comma."""
    from openpyxl import load_workbook

    from gui.core.export_xlsx import write_quote_workbook
    from gui.core.messages import Wording
    from gui.core.terms_block import BLOCK
    from gui.core.report import quote_document

    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("potatoes", 2, "containers", "Lahore", "Astana", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 11, 30)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("DAP", goods_value="300", margin="5"))
    document = add_prices(quote_document(result, tables, number="CQ-9"), price, tables)
    names = tables.local_texts("ur")
    carriage = {BLOCK["carriage_to_place"]: "کرایہ {origin} → {place}، راستے کے پڑاؤ سمیت"}  # as translated
    urdu = Wording(translate=lambda context, text: carriage.get(text, text), name=lambda text: names.get(text, text),
                   language="ur")
    book = load_workbook(write_quote_workbook(document, tmp_path / "quote.xlsx", urdu))
    paths = [row[2] for row in book["Routes"].iter_rows(min_row=2, values_only=True) if row[2]]
    assert paths and all(" ← " in path and "→" not in path for path in paths)
    texts = [str(cell) for row in book["Price"].iter_rows(values_only=True) for cell in row if cell]
    assert f"کرایہ {names['Lahore']} ← {names['Astana']}، راستے کے پڑاؤ سمیت" in texts
    customs = [text for text in texts if text.startswith("Customs value: ")]
    assert customs and all(text.split(": ", 1)[1].split("، ")[0] in names.values() for text in customs)


def test_fca_at_the_seller_s_premises_lists_no_carriage_to_them(trade_tables, quoted):
    """FCA Lahore said "included: carriage Lahore → Lahore, with the stops on the way", with no amount: the seller
    carries nothing to its own premises. The carriage on is the buyer's, and said so."""
    engine = QuoteEngine(trade_tables)
    result = result_to_dict(engine.quote(QuoteRequest("wheat", "140", "t", "alpha", "omega", dt.date(2026, 3, 1),
                                                      "USD")))
    document = add_prices(result, quoted(incoterm="FCA", named_place="alpha"), trade_tables)
    block = [(item.group, item.included, str(item.text)) for item in included_block(document, document["routes"][SEA])]
    assert "carriage_to_place" not in [group for group, _, _ in block]
    assert ("carriage_after", False, "carriage Alpha → Omega") in block


def test_a_move_within_one_customs_territory_has_no_export_or_import_side(bundled_engine):
    """DDP Almaty for wheat from Kostanay charged a Kazakh export phytosanitary certificate, warned that a Kazakh
    declarant must import the goods, listed import clearance and duties as included and read "landed in : …"
    with no country: nothing crosses a customs border on a move within Kazakhstan."""
    from gui.core import trade_messages as tmsg
    from gui.core.price_report import price_text

    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Almaty", dt.date(2026, 12, 7)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("DDP", "almaty", 100_000, goods_basis="total"))
    assert not any(w.template == tmsg.KZ_DDP_DECLARANT for w in price.warnings)
    document = add_prices(result_to_dict(result), price, tables)
    for index, route in enumerate(price.routes):
        groups = {line.group for line in route.lines}
        assert not groups & {"export_clearance", "import_clearance", "duties_taxes"}, groups
        assert route.landed == route.seller_price and route.importing_country == ""
        assert any(getattr(w, "template", None) == tmsg.NO_IMPORT for w in route.warnings)
        said = document["routes"][index]
        block = {item.group for item in included_block(document, said)}
        assert not block & {"export_clearance", "import_clearance", "duties_taxes"}, block
        text = str(price_text(document, said))
        assert "the buyer's whole cost" in text and "landed in" not in text, text
    # across a border the export side and the import side stay
    abroad = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    priced = price_quote(tables, bundled_engine.fx, abroad, Terms("DAP", "karachi", 100_000, goods_basis="total"))
    groups = {line.group for route in priced.routes for line in route.lines}
    assert {"export_clearance", "duties_taxes"} <= groups


def test_ddp_within_one_customs_territory_says_no_import_clearance_in_its_risk(bundled_engine):
    """DDP Almaty for wheat from Kostanay said "Risk passes to the buyer when the goods, cleared for import, are at
    the buyer's disposal…", beside "no import: Kostanay and Almaty are in one customs territory". With no import,
    the risk passes where it does under DDP, as DAP says it; across a border DDP keeps its own words."""
    from gui.core.price_report import risk_text

    tables = bundled_engine.tables
    ddp, dap = tables.trade.incoterms["DDP"], tables.trade.incoterms["DAP"]
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Almaty", dt.date(2026, 12, 7)))
    price = price_quote(tables, bundled_engine.fx, result, Terms("DDP", "almaty", 100_000, goods_basis="total"))
    document = add_prices(result_to_dict(result), price, tables)
    said = str(risk_text(document))
    assert "import" not in said and said == f"Risk passes to the buyer {dap.risk_passes}.", said
    abroad = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    priced = price_quote(tables, bundled_engine.fx, abroad, Terms("DDP", "karachi", 100_000, goods_basis="total"))
    assert str(risk_text(add_prices(result_to_dict(abroad), priced, tables))) == (
        f"Risk passes to the buyer {ddp.risk_passes}.")


@pytest.mark.parametrize("data, words", [
    ([1], "expected named fields such as incoterm and goods_value, found [1]"),
    ("CIF", "expected named fields such as incoterm and goods_value, found 'CIF'"),
    ({"margin": [5]}, "'margin' cannot be [5]"),
    ({"incoterm": 7}, "'incoterm' cannot be 7"),
    ({"resale": "yes"}, "'resale' cannot be 'yes'"),
    ({"inputs": [500]}, "'inputs' cannot be [500]"),
    ({"inputs": {"kz_vat": "a lot"}}, "'inputs.kz_vat' cannot be 'a lot'"),
])
def test_saved_terms_of_the_wrong_shape_are_refused_in_one_line(data, words):
    """A list where the terms go had raised AttributeError ('list' object has no attribute 'items')."""
    from gui.core.terms import TermsUnreadable

    with pytest.raises(TermsUnreadable) as raised:
        Terms.from_data(data)
    assert str(raised.value) == "the saved terms cannot be read: " + words
    assert isinstance(raised.value, InputError) and raised.value.field == "terms"


def test_saved_terms_read_back_as_saved():
    terms = Terms(incoterm="CIF", goods_value="1 234,5", resale=True, inputs=(("kz_vat", 12.0),))
    assert Terms.from_data(terms.to_data()) == terms and Terms.from_data(None) == Terms() == Terms.from_data({})


def test_the_buyer_reads_a_missing_figure_of_one_line_once():
    """A duty with a rate and a specific amount, both blank: the buyer's PDF read "customs duty into Kazakhstan: not
    in the tables and not given; customs duty into Kazakhstan: not in the tables and not given" (the keys, which
    told them apart, are the forwarder's). The forwarder's copy keeps both keys."""
    from gui.core import trade_messages as tmsg
    from gui.core.messages import Message, Verbatim
    from gui.core.price_report import _missing

    said = [Message(tmsg.NOT_ENTERED, what="customs duty", country="Kazakhstan", key=Verbatim(f"kz-cd-0805-2.{k}"))
            for k in ("rate_pct", "specific_amount")]
    landed = {"missing": [str(m) for m in said], "said": {"missing": [m.to_data() for m in said]}}
    assert str(_missing(landed, buyer=True)) == ("landed cost unknown: customs duty into Kazakhstan: not in the "
                                                  "tables and not given")
    forwarder = str(_missing(landed, buyer=False))
    assert "rate_pct" in forwarder and "specific_amount" in forwarder
