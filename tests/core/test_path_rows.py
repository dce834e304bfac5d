"""A large group of paths is bounded all at once (path_rows.PathRows): the same bounds, to the last bit, in the same
order as bounding them one by one (bounds.PathBounds.bound, frontier.bound_order), each with whether it is surely
closed as PathBounds.surely_closed says, and so the same quotes, on the bundled tables and on a forwarder's network
of 100 legs."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from gui.core import bounds as bounding
from gui.core.frontier import bound_order
from gui.core.path_rows import PathRows
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables

DAY = dt.date(2026, 3, 2)


def one_by_one(bounds, group):
    return bound_order(group, bounds.bound)


def same_orders(engine: QuoteEngine, request: QuoteRequest, monkeypatch) -> int:
    """Every group of the request's paths ordered both ways (each group numbered, however small): compared item by
    item, the bounds by their bits. How many paths were compared."""
    monkeypatch.setattr(bounding, "NUMBERED_FROM", 1)
    *_, req, _blocked, bounds, groups = engine._prepared(request)
    compared = 0
    for group in groups or ():
        numbered = bounds._numbered_order(group)
        assert numbered is not None
        expected = one_by_one(bounds, group)
        assert [(item[1], item[2]) for item in numbered] == [(item[1], item[2]) for item in expected]
        for got, want in zip(numbered, expected):
            assert [float.hex(figure) for figure in got[0]] == [float.hex(figure) for figure in want[0]]
            assert type(got[0]) is type(want[0]) and got[3] is None
            assert got[4] is bounds.surely_closed(got[2])
        compared += len(group)
    return compared


def test_the_bundled_tables_bound_every_path_the_same_both_ways(monkeypatch):
    tables = load_tables()
    engine = QuoteEngine(tables)
    compared = 0
    for cargo, quantity, unit, origin, destination in [
            ("wheat", 500, "t", "Kostanay", "Karachi"), ("potatoes", 2, "containers", "Lahore", "Almaty"),
            ("crude oil", 20000, "t", "Atyrau", "Gwadar"), ("pharmaceuticals", 2, "t", "Karachi", "Astana")]:
        compared += same_orders(engine, QuoteRequest(cargo, quantity, unit, origin, destination, DAY, quoted_on=DAY),
                                monkeypatch)
    assert compared > 300


@pytest.fixture(scope="module")
def network():
    from tests.benchmarks.bench_search import generated_network

    return generated_network(100, 4)


def test_a_network_of_100_legs_bounds_every_path_the_same_both_ways(network, monkeypatch):
    tables, pairs = network
    engine = QuoteEngine(tables)
    compared = sum(same_orders(engine, QuoteRequest("wheat", quantity, "t", origin, destination, DAY, quoted_on=DAY),
                               monkeypatch) for origin, destination in pairs for quantity in (500, 1234))
    assert compared > 20_000


def test_a_quote_is_the_same_with_its_paths_bounded_either_way(network, monkeypatch):
    tables, pairs = network
    quotes = []
    for numbered_from in (1, math.inf):
        monkeypatch.setattr(bounding, "NUMBERED_FROM", numbered_from)
        engine = QuoteEngine(tables)
        quotes.append([engine.quote(QuoteRequest("wheat", quantity, "t", origin, destination, DAY, quoted_on=DAY))
                       for origin, destination in pairs for quantity in (500, 1234)])
    for numbered, one_by_one_ in zip(*quotes):
        assert numbered.routes == one_by_one_.routes
        assert [str(w) for w in numbered.warnings] == [str(w) for w in one_by_one_.warnings]
    assert sum(len(quote.routes) for quote in quotes[0]) > 100


def test_a_group_is_numbered_once_for_every_request_that_bounds_it(network, monkeypatch):
    tables, pairs = network
    made = []

    class Counted(PathRows):
        def __init__(self, paths):
            made.append(len(paths))
            super().__init__(paths)

    monkeypatch.setattr(bounding, "PathRows", Counted)
    engine = QuoteEngine(tables)
    origin, destination = pairs[0]
    engine.quote(QuoteRequest("wheat", 500, "t", origin, destination, DAY, quoted_on=DAY))
    first = len(made)
    assert first >= 1 and min(made) >= bounding.NUMBERED_FROM
    for quantity in (600, 700):  # another span of money: bounded anew, numbered already
        engine.quote(QuoteRequest("wheat", quantity, "t", origin, destination, DAY, quoted_on=DAY))
    assert len(made) == first


def test_a_figure_not_a_number_leaves_the_order_to_the_one_by_one_way():
    class Step:
        pass

    steps = [Step() for _ in range(3)]
    rows = PathRows(((steps[0], steps[1]), (steps[0], steps[2])))
    assert rows.rows.tolist() == [[1, 2], [1, 3]] and rows.ends.tolist() == [0, 1]
    adds = {steps[1]: (1.0, 1.0, 1.0), steps[2]: (math.nan, 1.0, 1.0), steps[0]: (0.5, 0.5, 0.5)}
    def closes(step, last):
        return step is steps[0] and not last or step is steps[1] and last

    assert rows.order(lambda before, step: adds[step], lambda last: (0.0, 0.0), 1.0, closes) is None
    adds[steps[2]] = (0.25, 2.0, 1.0)
    ordered = rows.order(lambda before, step: adds[step], lambda last: (0.0, 0.0), 1.0, closes)
    assert [(item[0], item[1], item[4]) for item in ordered] == [((0.75, 2.5, 1.5), 1, True),
                                                                  ((1.5, 1.5, 1.5), 0, True)]
    # a step that closes paths only where they end, and one that closes them only on the way: the last step of a
    # path is weighed at its end, the others on the way
    ordered = rows.order(lambda before, step: adds[step], lambda last: (0.0, 0.0), 1.0,
                         lambda step, last: step is steps[2] and not last or step is steps[0] and last)
    assert [item[4] for item in ordered] == [False, False]
