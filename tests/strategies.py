"""Hypothesis strategies shared by the property tests: requests as a user (or a hostile script) might type them."""
from __future__ import annotations

import datetime as dt
import math

from hypothesis import strategies as st

from gui.core.request import QuoteRequest
from gui.core.validation import departure_window


def log_uniform(low: float, high: float) -> st.SearchStrategy[float]:
    """Floats spread evenly over the decades between ``low`` and ``high`` (both > 0)."""
    return st.floats(math.log10(low), math.log10(high)).map(lambda exponent: 10.0 ** exponent)


def quantities() -> st.SearchStrategy[float | str]:
    """Mostly what a shipper types (1 kg to 2 million t), sometimes anything from 1e-12 to 1e12, as a number or as
    text in either decimal style."""
    number = st.one_of(log_uniform(1e-3, 2e6), log_uniform(1e-3, 2e6), log_uniform(1e-3, 2e6),
                       log_uniform(1e-12, 1e12))
    # the decimal comma with four places: "12,345" (three) could be 12.345 or 12345, and is asked about
    return st.one_of(number, number.map(lambda q: f"{q:.6g}"), number.map(lambda q: f"{q:,.4f}".replace(",", " ")
                                                                              .replace(".", ",")))


def departures(tables) -> st.SearchStrategy[dt.date]:
    """Mostly dates the tables can price, sometimes any date from year 1 to 9999."""
    first, last = departure_window(tables)
    return st.one_of(st.dates(first, last), st.dates(first, last), st.dates(first, last),
                     st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))


def fx_overrides(tables, on: dt.date | None = None) -> st.SearchStrategy[tuple[tuple[str, float], ...]]:
    """None, a rate near the table's (a bank's agreed rate), or anything from 1e-300 to 1e300."""
    rates = {r.currency: r.units_per_usd for r in tables.fx if r.currency != "USD"}
    near = st.sampled_from(sorted(rates)).flatmap(
        lambda code: st.floats(0.5, 2.0).map(lambda factor: (code, rates[code] * factor)))
    wild = st.tuples(st.sampled_from(sorted(rates)), log_uniform(1e-300, 1e300))
    return st.one_of(st.just(()), st.just(()), st.lists(near, max_size=2).map(tuple),
                     st.lists(st.one_of(near, wild), min_size=1, max_size=2).map(tuple))


def quote_requests(tables) -> st.SearchStrategy[QuoteRequest]:
    """Nine in ten name a cargo, a unit it travels in and two places the tables know; the rest anything."""
    places = {p.place_id: (p.place_id, p.name) for p in tables.places.values()}
    kinds = {"container": "containers", "wagon": "wagons", "truck": "trucks"}
    any_unit = ["t", "kg", "m3", *kinds.values(), *sorted(tables.equipment)]

    def suitable(cargo) -> list[str]:
        fits = [e for e in tables.equipment.values() if cargo.handling_class in e.handling_classes]
        return ["t", "kg", "m3", *sorted({kinds[e.kind] for e in fits if e.kind in kinds}),
                *sorted(e.equipment_id for e in fits)]

    @st.composite
    def request(draw) -> QuoteRequest:
        usual = draw(st.integers(0, 9)) > 0
        cargo = draw(st.sampled_from(sorted(tables.cargo_types.values(), key=lambda c: c.cargo_id)))
        cargo_text = draw(st.sampled_from((cargo.cargo_id, cargo.name, *cargo.aliases))) if usual \
            else draw(st.text(max_size=8))
        unit = draw(st.sampled_from(suitable(cargo) if usual else any_unit))
        counted = unit not in ("t", "kg", "m3")
        # units are counted whole, mostly; sometimes as any quantity at all
        quantity = draw(st.one_of(st.integers(1, 400), st.integers(1, 400), quantities()) if counted
                        else quantities())
        origin, destination = draw(st.lists(st.sampled_from(sorted(places)), min_size=2, max_size=2, unique=True))
        return QuoteRequest(
            cargo=cargo_text, quantity=quantity, unit=unit,
            origin=draw(st.sampled_from(places[origin])), destination=draw(st.sampled_from(places[destination])),
            departure=draw(departures(tables)),
            currency=draw(st.sampled_from(sorted({r.currency for r in tables.fx}))),
            fx_overrides=draw(fx_overrides(tables)))

    return request()
