"""The charts' labels are weighed only against the boxes and lines near them (BoxGrid), and a repaint with
nothing moved takes the places worked out before: the same places either way, in made-up crowds and in the window's
own charts."""
from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.qt import label_places
from gui.qt.box_grid import BoxGrid
from gui.qt.label_places import place_labels
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture


class EveryItem(BoxGrid):
    """Every item weighed against every spot, as before the grid."""

    def near(self, cells):
        return self._all


class MissingLastColumn(BoxGrid):
    """A grid that loses the items of the last column of cells a spot touches: it must be caught."""

    def near(self, cells):
        if cells is None:
            return self._all
        last = max(x for x, _ in cells)
        return [item for key in cells if key[0] != last for item in self._cells.get(key, ())] + self._everywhere


def crowd(seed: int) -> dict:
    """Points in clusters, their marks and whiskers, an arrival band and boxes of every odd kind the grid must take:
    drawn right to left, reaching to infinity, of many cells."""
    rng = random.Random(seed)
    area = QRectF(0, 0, rng.choice((300, 470, 900)), rng.choice((180, 300, 600)))
    points = []
    for _ in range(rng.randint(1, 5)):
        cx, cy = rng.uniform(0, area.width()), rng.uniform(0, area.height())
        spread = rng.choice((6, 20, 60))
        points += [QPointF(cx + rng.gauss(0, spread), cy + rng.gauss(0, spread)) for _ in range(rng.randint(1, 14))]
    sizes = [(rng.choice((6.0, 8.0, 16.0, 24.0, 70.0)), rng.random() < 0.3) for _ in points]
    taken = [QRectF(p.x() - 5, p.y() - 5, 10, 10) for p in points]
    taken.append(QRectF(area.width() * 0.7, 0, 12, area.height()))  # a band across the plot
    taken.append(QRectF(50, 60, -30, -20))  # given right to left and upwards
    taken.append(QRectF(-math.inf, 100, math.inf, 4))  # no finite size
    taken.append(QRectF(math.nan, 40, 10, 10))  # not a number
    whiskers = [((p.x() - rng.uniform(0, 40), p.y()), (p.x() + rng.uniform(0, 60), p.y())) for p in points]
    line = [(rng.uniform(0, area.width()), rng.uniform(0, area.height())) for _ in range(4)]
    drawn = whiskers + list(zip(line, line[1:])) + [((0.0, 0.0), (area.width() * 40, area.height() * 40))]
    return dict(anchors=points, sizes=sizes, area=area, taken=taken, drawn=drawn)


def placed(scene: dict, keep_all: bool, untangled: bool, every: bool, reach: float, clear: float = 2.0) -> list:
    boxes = place_labels(scene["anchors"], scene["sizes"], 10.0, 2.0, scene["area"], 9.0, keep_all, scene["taken"],
                         keep_all, untangled=untangled, drawn=scene["drawn"], every=every, reach=reach,
                         drawn_clear=clear)
    return [None if spot is None else (spot[0].getRect(), spot[1]) for spot in boxes]


KINDS = [(True, True, False, 4.5), (True, False, True, 10.5), (False, False, False, 4.5)]  # window, paper, names


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("kind", KINDS, ids=["numbers-window", "numbers-paper", "place-names"])
@pytest.mark.parametrize("clear", [2.0, -3.0], ids=["clear", "overlapping-lines"])
def test_the_grid_places_every_label_where_weighing_every_box_and_line_does(seed, kind, clear, monkeypatch):
    scene = crowd(seed)
    quick = placed(scene, *kind, clear)
    monkeypatch.setattr(label_places, "BoxGrid", EveryItem)
    assert quick == placed(scene, *kind, clear)
    assert sum(spot is not None for spot in quick) >= 1


def test_a_grid_that_misses_the_boxes_of_a_cell_places_labels_elsewhere(monkeypatch):
    differ = 0
    for seed in range(12):
        scene = crowd(seed)
        monkeypatch.setattr(label_places, "BoxGrid", EveryItem)
        every = placed(scene, *KINDS[0])
        monkeypatch.setattr(label_places, "BoxGrid", MissingLastColumn)
        differ += placed(scene, *KINDS[0]) != every
    assert differ >= 3


@pytest.mark.parametrize("request_", [dict(cargo="potatoes", quantity="2", unit="containers", origin="Lahore",
                                           destination="Almaty"), {}], ids=["potatoes", "wheat"])
def test_the_window_charts_place_their_labels_as_weighing_every_box_and_line_does(qtbot, tables, request_,  # noqa: F811
                                                                                 monkeypatch):
    asked = []

    def recorded(*args, **kwargs):
        asked.append((args, kwargs))
        return place_labels(*args, **kwargs)

    monkeypatch.setattr("gui.qt.charts.place_labels", recorded)
    window = booth_window(qtbot, tables, wheat(**request_), (1366, 740))
    window.chart_tabs.setCurrentIndex(0)
    qtbot.wait(300)
    for plot in (window.cost_time_chart.plot, window.distance_chart.cost_plot, window.distance_chart.time_plot):
        plot.grab()
    assert len(asked) >= 2
    answers = [place_labels(*args, **kwargs) for args, kwargs in asked]
    monkeypatch.setattr(label_places, "BoxGrid", EveryItem)
    for (args, kwargs), answer in zip(asked, answers):
        every = place_labels(*args, **kwargs)
        assert [None if s is None else (s[0].getRect(), s[1]) for s in answer] == \
            [None if s is None else (s[0].getRect(), s[1]) for s in every]


def test_a_repaint_with_nothing_moved_takes_the_places_worked_out_before(qtbot, tables, monkeypatch):  # noqa: F811
    worked = []

    def counted(*args, **kwargs):
        worked.append(1)
        return place_labels(*args, **kwargs)

    monkeypatch.setattr("gui.qt.charts.place_labels", counted)
    window = booth_window(qtbot, tables, wheat(), (1366, 740))
    window.chart_tabs.setCurrentIndex(0)
    qtbot.wait(300)
    plot, numbers = window.cost_time_chart.plot, window.cost_time_chart.numbers
    plot.grab()
    before, places = len(worked), list(numbers.placed)
    plot.grab()
    assert len(worked) == before and numbers.placed == places
    window.session.select_route((window.session.selected + 1) % len(window.session.result.routes))
    plot.grab()  # the ring moved: the numbers keep clear of it anew
    assert len(worked) > before
