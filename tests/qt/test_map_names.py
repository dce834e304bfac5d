"""The places' names on the route map: found room for through a grid of the boxes taken (the same names as weighing
every box), and on a map of thousands of places only those on a route named."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter

from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.route_map import route_map
from gui.qt import map_painter as mp

MARCH = dt.date(2026, 3, 1)


class EveryBox(list):
    """The boxes taken as draw_places weighed them before the grid: every spot against every box."""

    def add(self, box: QRectF) -> None:
        self.append(box)

    def hits(self, box: QRectF, but: QRectF) -> bool:
        return any(box.intersects(other) for other in self if other != but)


class Recording(QPainter):
    """A painter that keeps the texts drawn, in order."""

    def __init__(self, device):
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args):  # noqa: N802 - Qt API
        self.texts.append(args[-1])
        return super().drawText(*args)


def names_drawn(drawn, size: tuple[int, int], selected: int = 0) -> tuple[list[str], list[tuple[float, float, str]]]:
    """The names draw_places draws on a map of ``size`` px, and its dots."""
    image = QImage(*size, QImage.Format.Format_ARGB32)
    view = mp.MapView(mp.fitted_bounds(drawn), QRectF(0, 0, *size))
    painter = Recording(image)
    font, bold = QFont(), QFont()
    bold.setBold(True)
    dots = mp.draw_places(painter, view, drawn, selected, 1.0, mp.Words(), font, bold,
                          [QRectF(0, 0, size[0], 24)])  # a legend's band, as the window's map has
    painter.end()
    return painter.texts, [(at.x(), at.y(), pid) for at, pid in dots]


@pytest.fixture(scope="module")
def network_map():
    """A forwarder's network of 1,000 legs (390 places, every name tried) and its first pair's quote, mapped."""
    from tests.networks import Shape, corridor_network, endpoints, tables_from_sheets

    corridors, tariffs = corridor_network(Shape(400, 1_000, hubs_per_country=3), seed=7)
    tables = tables_from_sheets(corridors, tariffs)
    origin, destination = endpoints(corridors, 3, 1)[0]
    result = QuoteEngine(tables).quote(QuoteRequest("wheat", 500, "t", origin, destination, MARCH, quoted_on=MARCH))
    return route_map(result, tables)


@pytest.mark.parametrize("size", [(470, 200), (800, 600), (1600, 900)])
@pytest.mark.parametrize("which", ["bundled", "1,000 legs"])
def test_the_grid_of_boxes_taken_draws_the_names_that_weighing_every_box_draws(qapp, bundled_engine, network_map,
                                                                               monkeypatch, which, size):
    """Weighing each spot against every dot took 0.7 s a paint on 4,000 places; the grid weighs it against those near
    it. The names, their order and the dots are the same, on maps small enough to crowd them and large enough not."""
    if which == "bundled":
        drawn = route_map(bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", MARCH,
                                                            "USD")), bundled_engine.tables)
    else:
        drawn = network_map
    gridded = names_drawn(drawn, size)
    monkeypatch.setattr(mp, "Taken", EveryBox)
    weighed = names_drawn(drawn, size)
    assert gridded == weighed
    assert len(gridded[0]) >= 3 and len(gridded[1]) == len(drawn.places)


def test_on_a_map_of_many_places_only_those_on_a_route_are_named(qapp, network_map, monkeypatch):
    """Among thousands of depots and sidings hardly a name of a place on no route fits, and weighing each took most
    of a paint: past ``OFF_ROUTE_NAMED_MOST`` places shown they are left to the tooltips (the documents' maps never
    name them). The names of places on routes are drawn as before."""
    on_routes = {pid for route in network_map.routes for pid in route.place_ids}
    names = {network_map.place_by_id[pid].name: pid for pid in network_map.place_by_id}
    every, _ = names_drawn(network_map, (1600, 900))
    assert any(names[text] not in on_routes for text in every)  # 390 places: off-route names drawn where they fit
    monkeypatch.setattr(mp, "OFF_ROUTE_NAMED_MOST", len(network_map.places) - 1)
    fewer, dots = names_drawn(network_map, (1600, 900))
    assert fewer and all(names[text] in on_routes for text in fewer)
    assert fewer == [text for text in every if names[text] in on_routes]
    assert len(dots) == len(network_map.places)  # every place keeps its dot
