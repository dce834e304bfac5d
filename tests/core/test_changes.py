"""What new tables change against those in use (`check --changes`, and the window before it takes them): every
sheet a quote reads, not only the rates."""
from __future__ import annotations

import datetime as dt

from gui.core.changes import compare_tables
from gui.core.tables import load_tables
from tests.fixture_tables import fixture_sheets, write_fixture


def changes(tmp_path, fixture_tables, corridors, tariffs) -> list[str]:
    return [str(c) for c in compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path, corridors, tariffs)))]


def test_a_search_rule_changed_is_reported(tmp_path, fixture_tables):
    """max_detour raised from 3.6 to 5 in the settings sheet gives other routes, yet `check --changes` said "0
    change(s) against the bundled tables"."""
    corridors, tariffs = fixture_sheets()
    corridors["settings"] = [{"setting": "max_detour", "value": 5}, {"setting": "max_legs", "value": None},
                             {"setting": "reenter_countries", "value": "yes"}]
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert "search setting changed: max_detour: 3.6 → 5" in lines
    assert "search setting changed: max_legs: 18 → no limit" in lines
    assert "search setting changed: reenter_countries: no → yes" in lines
    assert len(lines) == 3, lines


def test_a_stop_s_days_and_a_throughput_changed_are_reported(tmp_path, fixture_tables):
    """The nodes sheet's days at a border or a port and the throughputs sheet's daily figures add days to every
    route through the place; changed, `check --changes` listed nothing."""
    corridors, tariffs = fixture_sheets()
    corridors["nodes"][1]["days_typical"] = 1.5  # the gauge change at Gate, was 1
    corridors["nodes"].append({"node_id": "n-gate-road", "place_id": "gate", "event": "border_crossing",
                               "mode": "road", "days_min": 2, "days_typical": 3, "days_max": 5,
                               "source_ids": "SRC1"})
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert "stop time changed: n-gauge Gate, gauge change, rail: 0.5/1/2 days, both → 0.5/1.5/2 days, both" in lines
    assert "stop time added: n-gate-road Gate, border crossing, road: 2/3/5 days, both" in lines
    corridors["throughputs"] = [{"throughput_id": "t-gate", "place_id": "gate", "event": "border_crossing",
                                 "mode": "*", "direction": "both", "cargo_classes": "*", "equipment": "*",
                                 "per_day": 40, "unit": "road_vehicles", "as_of": dt.date(2025, 3, 1),
                                 "what": "trucks a day, both ways", "source_ids": "SRC1"}]
    (tmp_path / "more").mkdir()
    lines = changes(tmp_path / "more", fixture_tables, corridors, tariffs)
    assert "throughput added: t-gate Gate: 40 road vehicles a day, both, as of 2025-03-01" in lines


def test_a_cargo_type_equipment_and_emission_factor_changed_are_reported(tmp_path, fixture_tables):
    """A cargo's density (tonnes a container holds), a wagon's payload (wagons needed) and an emission factor change
    every quote of that cargo, wagon or mode; `check --changes` said "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    corridors["cargo_types"][0]["density_t_per_m3"] = 0.78
    corridors["cargo_types"][1]["shelf_life_days"] = 30
    corridors["equipment"][0]["payload_t"] = 65
    corridors["emission_factors"][0]["value"] = 25
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert ("cargo type changed: wheat Wheat: bulk grain, 0.75 t per m³, shelf life not given → bulk grain, 0.78 t "
            "per m³, shelf life not given") in lines
    assert ("cargo type changed: oil Crude oil: liquid bulk, 0.85 t per m³, shelf life not given → liquid bulk, "
            "0.85 t per m³, shelf life 30 days") in lines
    assert ("equipment changed: hopper Hopper wagon: 70 t, 104 m³, by rail, for bulk_grain → 65 t, 104 m³, by rail, "
            "for bulk_grain") in lines
    assert "emission factor changed: f-rail: 30 g_co2e_per_tkm → 25 g_co2e_per_tkm" in lines
    assert len(lines) == 4, lines


def test_a_leg_s_ends_cargo_and_way_a_place_s_name_and_a_closure_s_modes_are_reported(tmp_path, fixture_tables):
    """A leg turned one-way, closed to a cargo or moved to other ends, a place renamed or no longer an endpoint,
    and a closure widened from sea to every mode all change quotes; the report compared only a leg's km, days and
    status, a place's country and kind, and a closure's dates, so each of these read "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    corridors["legs"][2]["two_way"] = "no"  # l3 Beta–Omega
    corridors["legs"][3]["cargo_classes"] = "general"  # l4 Alpha–Port One: no more grain
    corridors["places"][5]["name"] = "Omega City"
    corridors["places"][4]["endpoint"] = "no"  # Port Two
    corridors["closures"][1]["modes"] = "*"
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert ("leg changed: l3: Beta–Omega City (road), 400 km, 1/1.5/2 days, operational, cargo *, equipment *, both "
            "ways → Beta–Omega City (road), 400 km, 1/1.5/2 days, operational, cargo *, equipment *, one way") in lines
    assert any(line.startswith("leg changed: l4: ") and line.endswith("cargo general, equipment *, both ways")
               for line in lines), lines
    assert ("place changed: omega: Omega, PK, city, quoted from and to → Omega City, PK, city, quoted from and to"
            in lines)
    assert ("place changed: port2: Port Two, PK, port, quoted from and to → Port Two, PK, port, passed through only"
            in lines)
    assert ("closure changed: sea-winter: Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every year, modes "
            "sea, cargo *, equipment * → Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every year, modes *, "
            "cargo *, equipment *") in lines
    assert len(lines) == 5, lines


def test_an_earlier_exchange_rate_changed_or_removed_is_reported(tmp_path, fixture_tables):
    """Only each currency's newest rate was compared: the KZT rate of 1 January, which converts every quote departing
    before 1 June, changed from 500 to 600 and the report said nothing."""
    corridors, tariffs = fixture_sheets()
    tariffs["fx"][1]["units_per_usd"] = 600  # KZT of 2026-01-01; the newest KZT is of 2026-06-01
    tariffs["fx"].append({"currency": "PKR", "units_per_usd": 290, "as_of": dt.date(2026, 3, 1),
                          "source_ids": "SRC1"})
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    # a newer PKR row is said once, as the newest rate's change, not again as a row added
    assert sorted(lines) == [
        "exchange rate changed: KZT 2026-01-01: 500 per USD as of 2026-01-01 → 600 per USD as of 2026-01-01",
        "exchange rate changed: PKR: 280 per USD as of 2026-01-01 → 290 per USD as of 2026-03-01"]
    assert len(lines) == 2, lines


def test_a_closure_s_checked_date_changed_is_reported(tmp_path, fixture_tables):
    """The closures sheet's checked_date, the day a pending decision (KTZ's grain tariff proposal) was last looked
    for, is the "as of" of the quote's warning; a forwarder who re-dated it read "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    corridors["closures"][1]["checked_date"] = dt.date(2026, 11, 30)
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == ["closure changed: sea-winter: Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every year, "
                     "modes sea, cargo *, equipment * → Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every "
                     "year, modes sea, cargo *, equipment *, as of 2026-11-30"], lines
    before = fixture_sheets()[0]
    before["closures"][1]["checked_date"] = dt.date(2026, 11, 30)
    (tmp_path / "before").mkdir()
    corridors["closures"][1]["checked_date"] = dt.date(2026, 12, 1)
    lines = [str(c) for c in compare_tables(load_tables(*write_fixture(tmp_path / "before", before, tariffs)),
                                            load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    assert len(lines) == 1 and lines[0].endswith("as of 2026-11-30 → Port One–Port Two (sea): risk "
                                                  "2000-12-01 to 2000-02-28 every year, modes sea, cargo *, "
                                                  "equipment *, as of 2026-12-01"), lines


def test_a_closure_s_reason_reworded_is_reported(tmp_path, fixture_tables):
    """The reason is what a closure's warning prints; a workbook that only reworded it read "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    old_reason = fixture_tables.closures[1].reason
    corridors["closures"][1]["reason"] = "sea ice in the northern Caspian"
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == ["closure changed: sea-winter: Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every year, "
                     f"modes sea, cargo *, equipment *; reason: {old_reason} → Port One–Port Two (sea): risk "
                     "2000-12-01 to 2000-02-28 every year, modes sea, cargo *, equipment *; reason: sea ice in the "
                     "northern Caspian"], lines


def test_a_closure_s_reason_reworded_in_another_language_is_reported_by_its_column(tmp_path, fixture_tables):
    """A Russian, Kazakh or Urdu quote's warning prints the reason_ru, reason_kk or reason_ur of the closure; a
    workbook that only reworded one of them read "0 change(s)"."""
    line = "Port One–Port Two (sea): risk 2000-12-01 to 2000-02-28 every year, modes sea, cargo *, equipment *"
    corridors, tariffs = fixture_sheets()
    corridors["closures"][1]["reason_ru"] = "лёд на севере Каспия"  # the fixture gives none: added
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == [f"closure changed: sea-winter: {line}; reason_ru: not given → {line}; reason_ru: лёд на "
                     "севере Каспия"], lines
    before = fixture_sheets()[0]
    before["closures"][1].update(reason_ru="зимние штормы", reason_ur="سردیوں کے طوفان")
    (tmp_path / "before").mkdir()
    corridors["closures"][1].update(reason="winter storms and ice", reason_ur="سردیوں کے طوفان")
    lines = [str(c) for c in compare_tables(load_tables(*write_fixture(tmp_path / "before", before, tariffs)),
                                            load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    # the English reason first, then the others in the sheet's order; the Urdu one, the same, not said
    assert lines == [f"closure changed: sea-winter: {line}; reason: winter storms; reason_ru: зимние штормы → "
                     f"{line}; reason: winter storms and ice; reason_ru: лёд на севере Каспия"], lines
