"""Under DPU the seller unloads at the named place: where the tables charge nothing there, the price says so
instead of reading the same as under DAP."""
from __future__ import annotations

import datetime as dt

from gui.core.landed import price_quote
from gui.core.request import QuoteRequest
from gui.core.terms import Terms

DAY = dt.date(2027, 6, 1)


def priced(engine, rule: str, destination: str, place: str, cargo=("potatoes", 2, "containers", "Lahore")):
    name, quantity, unit, origin = cargo
    result = engine.quote(QuoteRequest(name, quantity, unit, origin, destination, DAY, "USD"))
    price = price_quote(engine.tables, engine.fx, result, Terms(rule, place, "250"))
    return next(route for route in price.routes if route is not None and route.seller_price is not None)


def unloading(route) -> list:
    return [line for line in route.lines if line.group == "at_place"]


def test_dpu_at_the_end_of_a_land_leg_says_the_unloading_is_not_in_the_tables(bundled_engine):
    """2 reefer containers of potatoes Lahore → Almaty by rail: DPU Almaty priced 24,126.30 USD, to the cent the
    price under DAP Almaty, with nothing said of the seller's unloading."""
    dpu = priced(bundled_engine, "DPU", "Almaty", "Almaty")
    (line,) = unloading(dpu)
    assert (line.party, line.amount, line.converted) == ("seller", None, None)
    assert str(line.label) == "unloading at Almaty: not in the tables; not given"
    assert any("unloading at Almaty" in str(w) for w in dpu.warnings)  # "left out, not in the tables …"
    dap = priced(bundled_engine, "DAP", "Almaty", "Almaty")
    assert unloading(dap) == []  # under DAP the buyer unloads: not the seller's to leave out


def test_dpu_at_a_port_charges_the_discharge_it_has(bundled_engine):
    """Wheat by rail and sea to Karachi: the port's handling is the unloading, priced, and nothing said missing."""
    route = priced(bundled_engine, "DPU", "Karachi", "Karachi", ("wheat", 500, "t", "Kostanay"))
    lines = unloading(route)
    assert lines and all(line.amount is not None and line.party == "seller" for line in lines)
