"""Map geometry: the bundled basemap, leg waypoints as the tables read and check them, and the route map of a quote."""
from __future__ import annotations

import datetime as dt
import json

import pytest


from gui.core import quote_messages as qmsg
from gui.core.errors import TablesError
from gui.core.geo import (WaypointError, distance_to_polyline, land_crossing, leg_line, line_km, load_basemap,
                          parse_waypoints, point_along)
from gui.core.leg_lines import check_leg_lines
from gui.core.request import QuoteRequest
from gui.core.resources import resource_path
from gui.core.route_map import RouteMap, route_map
from gui.core.tables import load_tables
from gui.core.workbook_check import check_workbook
from tests.fixture_tables import fixture_sheets, write_fixture

SEA = ("sea", "ferry")


def test_waypoints_read_in_either_decimal_style():
    assert parse_waypoints("26.4 56.75; 25,45 57,55;") == ((26.4, 56.75), (25.45, 57.55))
    assert parse_waypoints("26.4,56.75") == ((26.4, 56.75),)
    assert parse_waypoints("") == ()
    with pytest.raises(WaypointError) as wrong:
        parse_waypoints("26.4 56.75; Hormuz")
    assert wrong.value.args == ("format", "Hormuz")
    with pytest.raises(WaypointError) as far:
        parse_waypoints("56.75 196.4")
    assert far.value.args == ("range", "56.75 196.4")


def test_basemap_is_natural_earth_of_the_region_and_small():
    path = resource_path("map", "basemap.json")
    assert path.stat().st_size < 1_000_000
    assert json.loads(path.read_text())["about"].startswith("Natural Earth")
    assert (path.parent / "LICENSE-NaturalEarth.txt").is_file()
    basemap = load_basemap()
    codes = {country.code for country in basemap.countries}
    assert {"KZ", "UZ", "TM", "AF", "PK", "IR", "CN", "AZ", "GE", "KG", "TJ"} <= codes
    # land and water where a buyer knows them to be
    assert basemap.on_land(40.0, 60.0) and basemap.on_land(33.7, 73.0)  # Karakum, Islamabad
    assert not basemap.on_land(41.5, 50.5) and not basemap.on_land(25.0, 62.0)  # Caspian, Arabian Sea
    assert not basemap.on_land(41.1, 29.05)  # the Bosphorus is open water at this scale


def test_bundled_legs_are_drawn_honestly(bundled_engine):
    tables = bundled_engine.tables
    assert check_leg_lines(tables, "corridors.xlsx") == ()
    basemap = load_basemap()
    sea_legs = [leg for leg in tables.legs.values() if leg.mode in SEA]
    assert sea_legs and all(land_crossing(leg_line(leg, True, tables.places), basemap) is None for leg in sea_legs)
    # straight, Bandar Abbas–Karachi would cut across the Iranian coast: the waypoints take it through Hormuz
    leg = tables.legs["sea-bandar-abbas-karachi"]
    straight = (leg_line(leg, True, tables.places)[0], leg_line(leg, True, tables.places)[-1])
    assert land_crossing(straight, basemap) is not None
    # the Middle Corridor's sea leg goes round through the Bosphorus and Suez, about as long as its km
    poti = leg_line(tables.legs["sea-poti-karachi"], True, tables.places)
    assert any(abs(lat - 30.6) < 0.3 and abs(lon - 32.3) < 0.3 for lat, lon in poti)  # Suez Canal
    assert line_km(poti) == pytest.approx(tables.legs["sea-poti-karachi"].km, rel=0.1)
    assert leg_line(tables.legs["sea-poti-karachi"], False, tables.places) == tuple(reversed(poti))


def test_bad_waypoints_are_named_by_sheet_row_and_column(tmp_path):
    corridors, tariffs = fixture_sheets()
    corridors["legs"][4]["waypoints"] = "40 60; off Hormuz"
    corridors["legs"][5]["waypoints"] = "25 250"
    with pytest.raises(TablesError) as error:
        load_tables(*write_fixture(tmp_path, corridors, tariffs))
    said = [str(p) for p in error.value.problems]
    assert said == [
        "corridors.xlsx, sheet 'legs', row 6, column 'waypoints': expected points as latitude and longitude "
        "separated by ';', such as 26.4 56.75; 25.45 57.55, found 'off Hormuz'",
        "corridors.xlsx, sheet 'legs', row 7, column 'waypoints': a latitude runs from -90 to 90 and a longitude "
        "from -180 to 180, found '25 250'",
    ]


def test_check_notes_sea_legs_over_land_and_waypoints_out_of_order(tmp_path):
    corridors, tariffs = fixture_sheets()
    corridors["legs"][0]["waypoints"] = "70 50"  # alpha → gate by way of the Arctic: lat and lon swapped
    corridors_path, _ = write_fixture(tmp_path, corridors, tariffs)
    report = check_workbook(corridors_path, tmp_path / "tariffs.xlsx")
    assert report.usable
    notes = [str(n) for n in report.notes]
    assert any("leg l1: the line through its waypoints is" in n and "longer than the leg's 500 km" in n
               for n in notes)
    # the fixture's sea leg goes straight from the Caspian to the Arabian Sea, over Iran
    assert any(n.startswith("corridors.xlsx, sheet 'legs', leg l5: the map draws this sea leg across land")
               for n in notes)
    corridors["legs"][4]["waypoints"] = "40.5 51.5; 37.5 53; 36.5 54"  # still over land after the Caspian
    write_fixture(tmp_path, corridors, tariffs)
    assert any("leg l5" in str(n) for n in check_workbook(corridors_path, tmp_path / "tariffs.xlsx").notes)


def test_route_map_follows_the_quote(bundled_engine):
    tables = bundled_engine.tables
    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 3, 1),
                                               "USD"))
    picture = route_map(result, tables)
    assert [r.index for r in picture.routes] == list(range(len(result.routes)))
    for drawn, route in zip(picture.routes, result.routes):
        assert (drawn.corridor, drawn.available, drawn.pareto) == (route.corridor, route.available, route.pareto)
        assert len(drawn.lines) == len(route.legs) and drawn.undrawn == 0
        # the lines join up, from the origin to the destination
        assert drawn.lines[0][0] == (tables.places[route.place_ids[0]].lat, tables.places[route.place_ids[0]].lon)
        assert all(a[-1] == b[0] for a, b in zip(drawn.lines, drawn.lines[1:]))
    # Torkham is closed on the day the Trans-Afghan cargo gets there, as the quote says
    east = next(i for i, r in enumerate(result.routes) if r.corridor.startswith("Trans-Afghan east"))
    torkham = next(k for k in picture.marks if k.closure_id == "pk-af-closure-torkham")
    passed = next(p for p in torkham.passes if p.route == east)
    assert passed.state == "closed" and str(passed.typical) in result.routes[east].unavailable_reason
    assert (torkham.lat, torkham.lon) == (tables.places["torkham"].lat, tables.places["torkham"].lon)
    # every route with a warning of a risk window has that window marked for it
    for index, route in enumerate(result.routes):
        for mark in picture.marks:
            if mark.state_for(index) == "risk":
                assert any(getattr(w, "template", None) == qmsg.AT_RISK for w in route.warnings)
    assert RouteMap.from_data(json.loads(json.dumps(picture.to_data()))) == picture


def test_route_map_dates_move_with_the_departure(bundled_engine):
    tables = bundled_engine.tables

    def torkham_state(day):
        result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", day, "USD"))
        marks = [k for k in route_map(result, tables).marks if k.closure_id == "pk-af-closure-torkham"]
        return marks[0].worst if marks else None

    assert torkham_state(dt.date(2026, 3, 1)) == "closed"
    assert torkham_state(dt.date(2025, 6, 2)) is None  # before the 2025 closure: nothing to mark


def test_plane_helpers():
    assert distance_to_polyline((5, 5), [(0, 0), (10, 0)]) == 5
    assert distance_to_polyline((15, 0), [(0, 0), (10, 0)]) == 5
    assert point_along(((0.0, 0.0), (0.0, 10.0)), 0.5) == pytest.approx((0.0, 5.0))
