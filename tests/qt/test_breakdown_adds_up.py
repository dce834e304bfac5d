"""A breakdown in whole units adds up to the total beside it, in the window and on the PDF's page of workings, as
its days do: lines each rounded on their own came to 2 PKR more than the route."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from gui.core import formatting as fmt
from gui.core.decide import Decider
from gui.core.decide_report import add_decision
from gui.core.goals import Goals
from gui.core.report import quote_document
from gui.core.request import QuoteRequest
from gui.core.scenario import Scenario
from gui.qt.documents import write_quote_pdf
from gui.qt.breakdown_model import BreakdownModel

KINNOW = QuoteRequest("kinnow", "3", "reefer", "Lahore", "Almaty", dt.date(2026, 3, 1), "PKR")


@pytest.fixture(scope="module")
def decision(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine).decide(KINNOW, Scenario(), Goals())


def _figure(text: str) -> int:
    return int(text.replace("≈", "").split()[0].replace(",", ""))


def test_the_window_s_breakdown_adds_up_to_the_route_s_cost(qapp, decision):
    model = BreakdownModel()
    column = model.COLUMNS.index("converted")
    checked = 0
    for route in decision.result.routes:
        if route.cost is None:
            continue
        model.set_route(route)
        cells = [model.index(row, column).data() for row in range(model.rowCount())]
        assert sum(_figure(cell) for cell in cells) == _figure(fmt.money(route.cost, route.currency)), route.corridor
        checked += 1
    assert checked >= 10


def test_the_pdf_s_steps_add_up_to_the_recommended_route_s_cost(qapp, tmp_path, decision, bundled_engine):
    document = add_decision(quote_document(decision.result, bundled_engine.tables, number="CQ-2026-00078",
                                           created="2026-11-30", valid_until="2026-12-14"), decision)
    best = document["routes"][decision.recommended]
    # route 10 (by road from Shymkent; 11 before a reefer paid the CIS railways' reefer coefficient) since the
    # Karakoram Highway's slower speed took the rail route from Shymkent (now 4) past the kinnow's 21 days at its
    # longest; both go Gilgit → Sost → Khunjerab, whose lines the rounding below is about (8,334,038 PKR, 7,794,515
    # before the road over Irkeshtam paid the Uzbek, Kyrgyz and Chinese CAREC costs)
    assert f"{best['cost']:,.0f}" == "8,334,038"
    text = " ".join(" ".join(page.extract_text().split()) for page in
                    PdfReader(write_quote_pdf(document, tmp_path / "q.pdf")).pages)
    # Gilgit → Sost dry port, 186,304.54 PKR, and Sost dry port → Khunjerab Pass, 71,655.59 PKR, each rounded
    # on their own read 186,305 and 71,656: the lines of the rail route came to 6,608,366 against 6,608,364. The
    # road route's lines, 13 steps, come to its total to the rupee (with Uzbekistan's 2023 costs another line gives
    # up the rounding, and Gilgit → Sost reads 186,305 as on its own)
    steps = re.findall(r"≈ ([\d,]+)", text)
    assert len(steps) == 13 and sum(int(step.replace(",", "")) for step in steps) == 8_334_038
    assert "≈ 186,305" in text



def test_the_window_s_charges_read_as_the_cost_beside_them(qapp, bundled_engine):
    """Wheat Kostanay → Islamabad by China: the rail line's one charge of 3,445.54 USD read 3,446 USD beside the
    line's cost of 3,445 USD (the route's missing unit went to a line with a larger remainder). Charges in the
    quote's currency that make up their line now add up to the cost beside them."""
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Islamabad", dt.date(2026, 12, 7),
                                               quoted_on=dt.date(2026, 12, 7)))
    model = BreakdownModel()
    own, converted = model.COLUMNS.index("own"), model.COLUMNS.index("converted")
    checked = apart = 0
    for route in result.routes:
        if route.cost is None:
            continue
        model.set_route(route)
        lines = [*model._items]
        for row, (_, line, _) in enumerate(lines):
            if not line.charges or any(c.currency != route.currency for c in line.charges):
                continue
            charges = model.index(row, own).data().split("; ")
            cost = _figure(model.index(row, converted).data())
            assert sum(_figure(charge) for charge in charges) == cost, (route.corridor, row, charges, cost)
            apart += sum(round(c.amount) for c in line.charges) != cost  # each on its own would not
            checked += 1
    assert checked >= 50 and apart >= 1


def test_charges_in_the_quote_s_currency_add_up_to_their_line_as_shown():
    assert fmt.charges_adding_up([(3445.54, "USD")], "USD", 3445.54, 3445.0) == [3445.0]
    assert fmt.charges_adding_up([(3433.59, "USD"), (455.0, "USD")], "USD", 3888.59, 3888.0) == [3433.0, 455.0]
    assert fmt.charges_adding_up([(3433.59, "USD"), (455.0, "USD")], "USD", 3888.59, 3889.0) == [3434.0, 455.0]
    # in another currency, or not making up the line's cost: each on its own
    assert fmt.charges_adding_up([(3445.54, "EUR")], "USD", 3780.1, 3780.0) == [3446.0]
    assert fmt.charges_adding_up([(100.6, "USD")], "USD", 150.6, 150.0) == [101.0]
    # a cost as shown out of the charges' reach (two units away): each on its own
    assert fmt.charges_adding_up([(10.4, "USD")], "USD", 10.4, 12.0) == [10.0]
    assert fmt.charges_adding_up([], "USD", 0.0, 0.0) == []
