"""Figures behind a quote: their age, the direction a node is crossed in, hub emissions, CHF in the FX table."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gui.core.ages import oldest_figures
from gui.core.changes import compare_tables
from gui.core.report import oldest_figure_text
from gui.core.request import QuoteRequest
from gui.selftest import DEPARTURE, REQUESTS

DAY = dt.date(2026, 3, 1)


def _route(engine, cargo, quantity, unit, origin, destination, corridor, via=None):
    """The first route of ``corridor`` (through the place ``via``, an id, when given)."""
    result = engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, DAY))
    return next(r for r in result.routes if r.corridor == corridor and (via is None or via in r.place_ids))


def test_a_route_names_its_oldest_dated_figure(bundled_engine):
    route = _route(bundled_engine, "wheat", "500", "t", "Kostanay", "Karachi", "Iran rail + sea (Bandar Abbas)")
    dated = [c.as_of for line in (*route.legs, *route.nodes) for c in line.charges if c.as_of and c.amount]
    assert route.oldest_figure is not None and route.oldest_figure.as_of == min(dated)
    # the Turkmen rate, derived from the carried-forward 2010 KTZ grain rate (the Kazakh lines take KTZ's 2025 one)
    assert route.oldest_figure.as_of == dt.date(2010, 2, 15) and route.oldest_figure.where.startswith("Bolashak")
    assert "2010-02-15" in str(oldest_figure_text(route))


def test_every_figure_older_than_2020_behind_a_bundled_quote_says_how_it_was_carried_forward(bundled_engine):
    """No pre-2020 rate or fee drives a total without a note saying why no newer one was used (none was found) and
    how it was carried forward: checked on one request per corridor family, on a date each is open and on the
    booth's date."""
    old = {}
    for day in (DEPARTURE, DAY):
        for cargo, quantity, unit, origin, destination, _ in REQUESTS:
            for route in bundled_engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, day)).routes:
                for line in (*route.legs, *route.nodes):
                    old.update({c.reference: c for c in line.charges
                                if c.amount and c.as_of and c.as_of < dt.date(2020, 1, 1)})
    unexplained = [ref for ref, charge in old.items()
                   if "carried forward" not in charge.estimate_note or "found" not in charge.estimate_note]
    assert unexplained == []


def test_a_border_where_the_gauge_changes_counts_the_change_and_the_formalities_once_each(bundled_engine):
    route = _route(bundled_engine, "wheat", "500", "t", "Kostanay", "Karachi", "Iran rail + sea (Bandar Abbas)",
                   via="etrek")
    at_etrek = [n for n in route.nodes if n.place_id == "etrek"]
    etrek = {n.event: n for n in at_etrek}
    assert len(at_etrek) == 2 and set(etrek) == {"border_crossing", "gauge_change"}
    # the change of gauge: a train of 50 wagons at the 50 wagons a day Iran Railways gives as the low end of Inche
    # Burun's capacity; the border: the Turkmen rail border time of the CAREC survey (3.9 h) and as much again for
    # the Iranian side, timed apart from the change, not inside it
    assert (etrek["gauge_change"].days_min, etrek["gauge_change"].days_typical) == (0.25, 1.0)
    assert etrek["border_crossing"].days_typical == round(2 * 3.9 / 24, 2)


def test_khunjerab_counts_both_sides_and_its_direction(bundled_engine):
    def khunjerab(route):
        return next(n for n in route.nodes if n.place_id == "khunjerab")

    north = khunjerab(_route(bundled_engine, "potatoes", "2", "containers", "Lahore", "Almaty",
                             "China (Khorgos–Kashgar–Khunjerab–KKH)"))
    south = khunjerab(_route(bundled_engine, "general", "2", "containers", "Almaty", "Islamabad",
                             "China (Khorgos–Kashgar–Khunjerab–KKH)"))
    assert (north.direction, south.direction) == ("outbound", "inbound")
    # CPMM: Pakistan's outbound average (33.1 h, 2023, as at Taftan) and the PRC's 2.1 h into China, against Sost's
    # own inbound and the PRC's 17.0 h out of China; the Chinese port's weekend (0.29 days) both ways; and the least
    # wait at Sost's whole throughput, 12,000 t in December 2025 ÷ 31 days, for the two containers' tonnes
    sost = round(12000 / 31, 1)
    assert north.throughput.days == pytest.approx(2 * 25.68 / sost)
    assert north.days_typical == pytest.approx((33.1 + 2.1) / 24 + 0.29 + 2 * 25.68 / sost, abs=0.006)
    assert south.days_typical == pytest.approx(0.5 + 17.0 / 24 + 0.29 + south.throughput.days, abs=0.006)
    # the PRC's own road border cost of the CAREC survey, by the way the truck crosses China's border
    assert {(c.reference, c.rate) for c in north.charges} == {("khunjerab-pk", 238), ("khunjerab-cn-out", 266)}
    assert {(c.reference, c.rate) for c in south.charges} == {("khunjerab-pk", 238), ("khunjerab-cn", 358)}


def test_dwell_and_fees_follow_the_direction_a_border_is_crossed(bundled_engine):
    def torkham(route):
        return next(n for n in route.nodes if n.place_id == "torkham")

    outward = torkham(_route(bundled_engine, "general", "1", "trucks", "Karachi", "Almaty",
                             "Trans-Afghan east (Termez–Torkham)"))
    inward = torkham(_route(bundled_engine, "general", "1", "trucks", "Almaty", "Karachi",
                            "Trans-Afghan east (Termez–Torkham)"))
    assert (outward.direction, inward.direction) == ("outbound", "inbound")
    assert inward.days_typical > outward.days_typical
    fees = {n.direction: {c.reference: c.amount for c in n.charges} for n in (outward, inward)}
    assert fees["outbound"]["torkham-pk"] == 267 and fees["inbound"]["torkham-pk-in"] == 525


def test_hub_factors_count_container_handling_and_border_idling(bundled_engine):
    route = _route(bundled_engine, "potatoes", "2", "containers", "Lahore", "Almaty", "Iran rail + sea (Bandar Abbas)")
    port = next(n for n in route.nodes if n.event == "port_handling")
    assert port.emission_factor.unit == "kg_co2e_per_teu"
    assert abs(port.co2e_kg - 2 * 2 * port.emission_factor.value) < 1e-6  # two 40' boxes = 4 TEU
    trucks = _route(bundled_engine, "general", "1", "trucks", "Karachi", "Almaty", "Trans-Afghan east (Termez–Torkham)")
    border = next(n for n in trucks.nodes if n.place_id == "torkham")
    assert border.emission_factor.unit == "kg_co2e_per_unit_hour"
    # idling for the dwell alone: a truck of a shipment does not wait the whole of the crossing's throughput time
    dwell = border.days_typical - border.throughput.days
    assert abs(border.co2e_kg - dwell * 24 * border.emission_factor.value) < 1e-6
    assert trucks.co2e_kg > sum(leg.co2e_kg for leg in trucks.legs)


def test_every_stop_of_grain_and_oil_routes_has_a_hub_factor_named(bundled_engine):
    """GLEC's default per tonne for what is not a container: the grain moved into other wagons at Etrek, 0.6 kg
    per tonne; crude through a liquid bulk terminal, 3.1 kg per tonne; a train at a rail border waits without
    its locomotive, 0, with its reason."""
    wheat = _route(bundled_engine, "wheat", "500", "t", "Kostanay", "Karachi", "Iran rail + sea (Bandar Abbas)",
                   via="etrek")
    assert not any("CO2e leaves out the stops at" in str(w) for w in wheat.warnings)
    # the grain out of the hoppers into the boxes at Bandar Abbas is a fee alone, its tonnes handled at the port's line
    moved = [n for n in wheat.nodes if n.event == "transshipment" and not n.days_max and not n.typical_basis]
    assert [(n.place_id, n.emission_factor, n.co2e_kg) for n in moved] == [("bandar-abbas", None, 0.0)]
    assert all(node.emission_factor is not None for node in wheat.nodes if node not in moved)
    etrek = next(n for n in wheat.nodes if n.place_id == "etrek" and n.event == "gauge_change")
    assert etrek.emission_factor.factor_id == "hub-gauge-change-ambient" and etrek.co2e_kg == 500 * 0.6
    assert "GLEC" in etrek.emission_factor.origin.estimate_note
    border = next(n for n in wheat.nodes if n.event == "border_crossing" and n.mode == "rail")
    assert border.co2e_kg == 0 and "locomotive" in border.emission_factor.origin.estimate_note
    crude = bundled_engine.quote(QuoteRequest("crude oil", "50000", "t", "Atyrau", "Karachi", DAY))
    terminals = [n for r in crude.routes for n in r.nodes  # crude is always in a tank of some kind
                 if n.event in ("port_handling", "transshipment", "gauge_change") and n.mode != "ferry"
                 and (n.event != "transshipment" or n.days_max or n.typical_basis)]
    assert terminals and all(n.emission_factor.value == 3.1 for n in terminals)
    assert all(n.emission_factor is not None for r in crude.routes for n in r.nodes
               if n.event != "transshipment" or n.days_max or n.typical_basis)  # a change's fee alone: none


def test_a_stop_without_a_fitting_hub_factor_is_said(bundled_engine):
    from gui.core.quote import QuoteEngine

    tables = bundled_engine.tables
    no_grain = dataclasses.replace(tables, emission_factors=tuple(
        f for f in tables.emission_factors if f.factor_id != "hub-gauge-change-ambient"))
    route = _route(QuoteEngine(no_grain), "wheat", "500", "t", "Kostanay", "Karachi",
                   "Iran rail + sea (Bandar Abbas)", via="etrek")
    assert any("CO2e leaves out the stops at" in str(w) and "Etrek" in str(w) for w in route.warnings)


def test_swiss_francs_are_in_the_exchange_rate_table(bundled_engine):
    chf = [rate for rate in bundled_engine.tables.fx if rate.currency == "CHF"]
    # a market rate (what Iranian Railways' tariff in francs is converted at), not the CIS Tariff Policy's
    # coefficient of 2024, which its note names for a Policy rate
    assert chf and chf[-1].as_of == dt.date(2026, 1, 28) and chf[-1].units_per_usd == 0.7672
    assert "--fx CHF=0.87" in chf[-1].origin.estimate_note
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DAY, "CHF"))
    assert result.currency == "CHF" and any(r.cost for r in result.routes)


def test_check_reports_the_oldest_figures_and_a_re_dated_rate(bundled_engine):
    tables = bundled_engine.tables
    lines = [str(line) for line in oldest_figures(tables)]
    # BTC's tariff of about 2006 (CPC's 2017 rate once showed 2004, the date of a source giving its history)
    assert any(line.startswith("oldest rate:") and "pipe-baku-ceyhan" in line and "2006-01-01" in line
               for line in lines), lines
    rate = tables.leg_rates[0]
    redated = dataclasses.replace(tables, leg_rates=(dataclasses.replace(rate, as_of=dt.date(2026, 1, 1)),
                                                     *tables.leg_rates[1:]))
    changes = [str(c) for c in compare_tables(tables, redated)]
    assert len(changes) == 1 and f"as_of: {rate.as_of} → 2026-01-01" in changes[0], changes


def test_a_stand_in_for_a_container_replaces_the_per_tonne_stand_in_and_is_not_added_to_it(bundled_engine):
    """A place's handling row for one equipment type overrides its row for any equipment only under the same
    charge name: under another name both would be charged (a container at Aktau paid a lift and Karachi's
    per-tonne charge). A row of its own charge (a siding's use) is added on purpose."""
    fees = [f for f in bundled_engine.tables.node_fees
            if f.event in ("port_handling", "transshipment", "gauge_change") and f.place_id != "*"]
    specific = {(f.place_id, f.event, f.equipment) for f in fees if f.equipment != "*"}
    for place, event, equipment in specific:
        own = {f.charge for f in fees if (f.place_id, f.event, f.equipment) == (place, event, equipment)}
        general = {f.charge for f in fees if (f.place_id, f.event, f.equipment) == (place, event, "*")}
        assert general <= own, (place, event, equipment, general - own)


def test_a_container_through_an_iranian_port_pays_the_ports_transit_charge_in_usd(bundled_engine):
    route = _route(bundled_engine, "potatoes", "2", "containers", "Lahore", "Almaty", "Iran rail + sea (Bandar Abbas)")
    port = next(n for n in route.nodes if n.place_id == "bandar-abbas" and n.event == "port_handling")
    assert [(c.reference, c.currency, c.rate) for c in port.charges] == [("bandar-abbas-port-r40", "USD", 162.26)]


def test_gwadar_charges_a_container_by_the_way_it_passes_the_quay(bundled_engine):
    def by_sea(origin, destination):
        result = bundled_engine.quote(QuoteRequest("general", "2", "containers", origin, destination, DAY))
        route = next(r for r in result.routes if any(leg.mode == "sea" for leg in r.legs))
        return next(n for n in route.nodes if n.place_id == "gwadar" and n.event == "port_handling")

    loaded, ashore = by_sea("Gwadar", "Karachi"), by_sea("Karachi", "Gwadar")
    assert (loaded.direction, ashore.direction) == ("outbound", "inbound")
    # a 40' box: the loaded rate is derived from the loaded 20' one, as its note says
    assert [(c.reference, c.rate, c.currency) for c in loaded.charges] == [("gwadar-port-c40hc-out", 126.08, "USD")]
    assert [(c.reference, c.rate, c.currency) for c in ashore.charges] == [("gwadar-port-c40hc", 104.0, "USD")]


def test_containers_cross_the_caspian_on_their_own_trucks(bundled_engine):
    """The Kuryk–Amirabad RoRo carries trucks; a container's truck drives on with its box (one truck per box),
    not 500 t re-loaded into tilt trucks for the crossing and back into boxes after it."""
    route = _route(bundled_engine, "wheat", "500", "t", "Kostanay", "Karachi",
                   "Caspian + Iran (Kuryk–Amirabad) + Iran overland (Zahedan–Taftan–Quetta)")
    legs = {leg.leg_id: leg for leg in route.legs}
    ferry, before = legs["ferry-kuryk-amirabad"], legs["kz-road-aktau-kuryk"]
    assert ferry.equipment_id == before.equipment_id == "c40" and ferry.units == before.units == 19
    assert round(ferry.cost, 2) == 19 * 1650.0


def test_a_ban_on_imports_is_said_for_an_import_only(bundled_engine):
    """Wheat into Pakistan from Kazakhstan meets the ban; wheat from Karachi to Lahore is no import (as the
    price under terms says, with no duties); a ban row with no date says no 'since'."""
    into = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DAY))
    assert str(into.warnings[0]).startswith("Pakistan prohibits imports of wheat since 2024-07-12 (")
    within = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Karachi", "Lahore", DAY))
    assert not any("prohibits imports" in str(w) for w in within.warnings)
    from gui.core.customs import ban_warnings

    trade = bundled_engine.tables.trade
    undated = dataclasses.replace(trade, duties=tuple(
        dataclasses.replace(d, valid_from=None) if d.kind == "prohibited" else d for d in trade.duties))
    sources = bundled_engine.tables.sources
    said = ban_warnings(undated, into.cargo, "KZ", "PK", [DAY], sources)
    assert [str(w) for w in said] == ["Pakistan prohibits imports of wheat (Dawn, 2024-07-13)"]
    from gui.core.customs import _ban_said

    ban = next(d for d in undated.duties if d.kind == "prohibited")
    assert str(_ban_said(ban, "Wheat", sources)).startswith("Pakistan prohibits imports of wheat (Dawn, 2024-07-13): ")


def test_a_ban_names_its_source_by_publisher_and_date(bundled_engine):
    """The warning a buyer reads first names its source as a reader knows it, by publisher and date, in the
    window, the terminal and the documents alike (the quote's warning): it read "(DAWN_2024_WHEATBAN)"."""
    into = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DAY))
    assert str(into.warnings[0]) == "Pakistan prohibits imports of wheat since 2024-07-12 (Dawn, 2024-07-13)"
    assert "DAWN_2024_WHEATBAN" not in str(into.warnings[0])
    from gui.core.customs import sources_said
    from gui.core.messages import Wording

    day_first = Wording(date=lambda day: day.strftime("%d.%m.%Y"))
    assert into.warnings[0].render(day_first).endswith("(Dawn, 13.07.2024)")  # the reader's way with a date
    both = sources_said(("DAWN_2024_WHEATBAN", "DAILYPAK_2024_WHEATBAN", "NOT_LISTED"), bundled_engine.tables.sources)
    assert str(both) == "Dawn, 2024-07-13; Daily Pakistan, 2024-07-13; NOT_LISTED"
