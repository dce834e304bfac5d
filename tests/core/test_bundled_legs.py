"""The bundled legs as a forwarder reads them: no leg shorter than the straight line between its ends."""
from __future__ import annotations

import math

import pytest



def straight_line_km(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_no_leg_is_shorter_than_the_straight_line_between_its_places(bundled_engine):
    """The places' coordinates are approximate (a few km): a leg may fall a little under the straight line, never
    far. Taftan–Zahedan by rail was 52 km, against 89 km in a straight line and 112 km by the road beside it."""
    places = bundled_engine.tables.places
    short = []
    for leg in bundled_engine.tables.legs.values():
        a, b = places[leg.from_place], places[leg.to_place]
        if a.lat is None or b.lat is None:
            continue
        line = straight_line_km(a, b)
        if leg.km < 0.95 * line:
            short.append(f"{leg.leg_id}: {leg.km:g} km, {line:.0f} km in a straight line")
    assert short == []


def test_quetta_zahedan_by_rail_follows_the_lines_kilometre_posts(bundled_engine):
    legs = bundled_engine.tables.legs
    assert legs["pk-rail-taftan-quetta"].km == pytest.approx(615.1)
    assert legs["pk-rail-zahedan-taftan"].km == pytest.approx(106.5)
    # the rail and the road between Taftan and Zahedan are of a length
    assert legs["pk-rail-zahedan-taftan"].km == pytest.approx(legs["ir-road-zahedan-taftan"].km, rel=0.1)
