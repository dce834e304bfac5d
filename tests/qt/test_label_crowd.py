"""The charts' labels weigh all the spots of a label at once against the boxes taken and the lines drawn (numpy),
and a repaint with nothing moved takes the places worked out before: the same places as weighing each spot against
each box and line in Python, in made-up crowds and in the window's own charts."""
from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QPointF, QRectF

from gui.qt import label_places
from gui.qt.label_places import place_labels
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - tables is a fixture


class OneByOne(label_places._Crowd):
    """Each spot weighed against each box taken and each line drawn, one by one in Python, as before numpy."""

    def blocked(self, spots):
        boxes = [tuple(row) for row in self._boxes[:self._box_count].tolist()]
        return [any(label_places._overlap(box, other) for other in boxes)
                or any(label_places._meets(line, box, self._clear) for line in self._lines) for box in spots.boxes]

    def along_drawn(self, point, spots):
        return [any(label_places._runs_along((point, label_places._nearest(box, point)), line)
                    for line in self._lines[:self._drawn]) for box in spots]


class LosesTheLastBox(label_places._Crowd):
    """A crowd that forgets the last box taken when it weighs spots: it must be caught."""

    def blocked(self, spots):
        self._box_count -= 1
        try:
            return super().blocked(spots)
        finally:
            self._box_count += 1


class NearIsMeeting(label_places._Crowd):
    """A crowd that takes every line whose bounds come near a spot as meeting it, unweighed: it must be caught."""

    def blocked(self, spots):
        lines, self._lines = self._lines, [((0.0, 0.0), (0.0, 0.0))] * len(self._lines)
        meets = label_places._meets
        label_places._meets = lambda line, box, clear=0.0: True
        try:
            return super().blocked(spots)
        finally:
            self._lines, label_places._meets = lines, meets


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
def test_labels_go_where_weighing_each_spot_against_each_box_and_line_puts_them(seed, kind, clear, monkeypatch):
    scene = crowd(seed)
    quick = placed(scene, *kind, clear)
    monkeypatch.setattr(label_places, "_Crowd", OneByOne)
    assert quick == placed(scene, *kind, clear)
    assert sum(spot is not None for spot in quick) >= 1


@pytest.mark.parametrize("seed", range(6))
def test_spots_kept_from_an_earlier_placing_give_the_places_of_spots_made_anew(seed):
    scene = crowd(seed)
    label_places._spots_round.cache_clear()
    anew = [placed(scene, *kind) for kind in KINDS]
    made = label_places._spots_round.cache_info()
    assert [placed(scene, *kind) for kind in KINDS] == anew
    again = label_places._spots_round.cache_info()
    window = [kind for kind in KINDS if kind[3] <= label_places.WINDOW_REACH]  # paper's are not kept
    assert again.misses == made.misses and again.hits >= made.hits + len(window) * len(scene["anchors"])
    # the same points in a smaller plot, at another clearance: spots of their own, not those kept
    area = scene["area"]
    smaller = dict(scene, area=QRectF(area.x() + 20, area.y() + 10, area.width() * 0.6, area.height() * 0.7))
    for kind in KINDS:
        kept = placed(smaller, *kind, 3.0)
        label_places._spots_round.cache_clear()
        assert placed(smaller, *kind, 3.0) == kept


@pytest.mark.parametrize("wrong", [LosesTheLastBox, NearIsMeeting], ids=["loses-a-box", "near-is-meeting"])
def test_a_crowd_that_weighs_wrong_places_labels_elsewhere(wrong, monkeypatch):
    differ = 0
    for seed in range(12):
        scene = crowd(seed)
        monkeypatch.setattr(label_places, "_Crowd", OneByOne)
        one_by_one = placed(scene, *KINDS[0])
        monkeypatch.setattr(label_places, "_Crowd", wrong)
        differ += placed(scene, *KINDS[0]) != one_by_one
    assert differ >= 3


@pytest.mark.parametrize("request_", [dict(cargo="potatoes", quantity="2", unit="containers", origin="Lahore",
                                           destination="Almaty"), {}], ids=["potatoes", "wheat"])
def test_the_window_charts_place_their_labels_as_weighing_one_by_one_does(qtbot, tables, request_,  # noqa: F811
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
    monkeypatch.setattr(label_places, "_Crowd", OneByOne)
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
