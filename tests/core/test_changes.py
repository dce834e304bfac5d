"""What new tables change against those in use (`check --changes`, and the window before it takes them): every
sheet a quote reads, not only the rates."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.changes import compare_tables
from gui.core.messages import Wording
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
    assert "stop time changed: nodes row 3, n-gauge Gate, gauge change, rail: days_typical: 1 → 1.5" in lines
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
    assert "cargo type changed: cargo_types row 2, wheat Wheat: density_t_per_m3: 0.75 → 0.78" in lines
    assert "cargo type changed: cargo_types row 3, oil Crude oil: shelf_life_days: not given → 30" in lines
    assert "equipment changed: equipment row 2, hopper Hopper wagon: payload_t: 70 → 65" in lines
    assert "emission factor changed: emission_factors row 2, f-rail: value: 30 → 25" in lines
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
    assert "leg changed: legs row 4, l3: two_way: yes → no" in lines
    assert "leg changed: legs row 5, l4: cargo_classes: * → general" in lines
    assert "place changed: places row 7, omega: name: Omega → Omega City" in lines
    assert "place changed: places row 6, port2: endpoint: yes → no" in lines
    assert "closure changed: closures row 3, sea-winter: modes: sea → *" in lines
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
    assert lines == ["closure changed: closures row 3, sea-winter: checked_date: not given → 2026-11-30"], lines
    before = fixture_sheets()[0]
    before["closures"][1]["checked_date"] = dt.date(2026, 11, 30)
    (tmp_path / "before").mkdir()
    corridors["closures"][1]["checked_date"] = dt.date(2026, 12, 1)
    lines = [str(c) for c in compare_tables(load_tables(*write_fixture(tmp_path / "before", before, tariffs)),
                                            load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    assert lines == ["closure changed: closures row 3, sea-winter: checked_date: 2026-11-30 → 2026-12-01"], lines


def test_a_closure_s_reason_reworded_is_reported(tmp_path, fixture_tables):
    """The reason is what a closure's warning prints; a workbook that only reworded it read "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    old_reason = fixture_tables.closures[1].reason
    corridors["closures"][1]["reason"] = "sea ice in the northern Caspian"
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == [f"closure changed: closures row 3, sea-winter: reason: {old_reason} → sea ice in the northern "
                     "Caspian"], lines


def test_a_closure_s_reason_reworded_in_another_language_is_reported_by_its_column(tmp_path, fixture_tables):
    """A Russian, Kazakh or Urdu quote's warning prints the reason_ru, reason_kk or reason_ur of the closure; a
    workbook that only reworded one of them read "0 change(s)"."""
    corridors, tariffs = fixture_sheets()
    corridors["closures"][1]["reason_ru"] = "лёд на севере Каспия"  # the fixture gives none: added
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == ["closure changed: closures row 3, sea-winter: reason_ru: not given → лёд на севере Каспия"], lines
    before = fixture_sheets()[0]
    before["closures"][1].update(reason_ru="зимние штормы", reason_ur="سردیوں کے طوفان")
    (tmp_path / "before").mkdir()
    corridors["closures"][1].update(reason="winter storms and ice", reason_ur="سردیوں کے طوفان")
    lines = [str(c) for c in compare_tables(load_tables(*write_fixture(tmp_path / "before", before, tariffs)),
                                            load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    # the English reason first, then the others in the sheet's order; the Urdu one, the same, not said
    assert lines == ["closure changed: closures row 3, sea-winter: reason: winter storms → winter storms and ice; "
                     "reason_ru: зимние штормы → лёд на севере Каспия"], lines


@pytest.mark.parametrize("sheet, index, column, value, line", [
    ("closures", 1, "reason", "ice", "closure changed: closures row 3, sea-winter: reason: winter storms → ice"),
    ("legs", 0, "days_max", 5, "leg changed: legs row 2, l1: days_max: 4 → 5"),
    ("nodes", 1, "direction", "inbound", "stop time changed: nodes row 3, n-gauge Gate, gauge change, rail: "
                                         "direction: both → inbound"),
    ("leg_rates", 0, "valid_to", dt.date(2030, 1, 1), "rate changed: leg_rates row 2, r1 Alpha–Gate (rail), *, "
                                                      "freight: valid_to: open → 2030-01-01"),
    ("node_fees", 0, "event", "port_handling", "node fee changed: node_fees row 2, f1 Gate, port handling, border "
                                               "fee: event: border crossing → port handling"),
])
def test_one_cell_edited_is_one_line_naming_its_sheet_row_column_and_both_values(tmp_path, fixture_tables, sheet,
                                                                                   index, column, value, line):
    """A closure whose reason alone was reworded read as the whole closure twice, every column, and a forwarder
    could not see what changed; a leg, a stop, a rate or a fee the same. One cell edited: one line with the sheet,
    the row (as the spreadsheet numbers it, the header being row 1), the id, the column and its old and new value."""
    corridors, tariffs = fixture_sheets()
    (corridors if sheet in corridors else tariffs)[sheet][index][column] = value
    assert changes(tmp_path, fixture_tables, corridors, tariffs) == [line]


def test_a_rate_s_amount_changed_says_by_how_much_and_a_changed_row_is_said_in_the_reader_s_language(tmp_path,
                                                                                                    fixture_tables):
    """The amount's change by a share of itself stays with the amount's column; the sentence, its words and its
    figures are translated, the sheet's and its columns' names are not (they are the workbook's headings)."""
    corridors, tariffs = fixture_sheets()
    tariffs["leg_rates"][0].update(amount=tariffs["leg_rates"][0]["amount"] * 1.25, basis="per_unit")
    (change,) = compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path, corridors, tariffs)))
    assert str(change).startswith("rate changed: leg_rates row 2, r1 ") and "; amount: " in str(change), str(change)
    assert str(change).endswith("(+25%)"), str(change)
    wording = Wording(translate=lambda context, text: text.replace("changed", "geändert").replace(" row ", " Zeile "),
                      number=lambda text: text.replace(".", ","))
    said = change.text.render(wording)
    assert said.startswith("rate geändert: leg_rates Zeile 2, r1 ") and "basis: " in said, said


def test_a_long_reason_reworded_shows_the_words_that_differ_with_a_few_either_side(tmp_path, fixture_tables):
    """A reason of 150 characters with a word added read twice whole, 679 characters in all for one closure's
    Russian reason; the words both share at either end are left out ("…"), three kept either side."""
    corridors, tariffs = fixture_sheets()
    words = "Пункты пропуска на границе закрыты для торговли после столкновений 11–13 октября; торговля всё ещё " \
            "приостановлена"
    before = fixture_sheets()[0]
    before["closures"][1]["reason_ru"] = words
    (tmp_path / "before").mkdir()
    corridors["closures"][1]["reason_ru"] = words.replace("после столкновений", "после тяжёлых столкновений")
    lines = [str(c) for c in compare_tables(load_tables(*write_fixture(tmp_path / "before", before, tariffs)),
                                            load_tables(*write_fixture(tmp_path, corridors, tariffs)))]
    assert lines == ["closure changed: closures row 3, sea-winter: reason_ru: … для торговли после "
                     "столкновений 11–13 октября; … → … для торговли после тяжёлых столкновений 11–13 "
                     "октября; …"], lines


def test_a_closure_s_point_on_its_leg_is_reported(tmp_path, fixture_tables):
    """closures.at_km, where on its leg a row holds, moves the day the cargo meets it: set on a row, changed, and
    said of a row added."""
    corridors, tariffs = fixture_sheets()
    corridors["closures"][1]["at_km"] = 600
    lines = changes(tmp_path, fixture_tables, corridors, tariffs)
    assert lines == ["closure changed: closures row 3, sea-winter: at_km: not given → 600"], lines
    corridors, tariffs = fixture_sheets()
    corridors["closures"].append({**corridors["closures"][1], "closure_id": "sea-works", "at_km": 250})
    (tmp_path / "added").mkdir()
    lines = [str(c) for c in compare_tables(fixture_tables, load_tables(*write_fixture(tmp_path / "added", corridors,
                                                                                         tariffs)))]
    assert any("sea-works" in line and "250 km along the leg" in line for line in lines), lines
