"""The tables of shortest km and detour allowances a network keeps per place for its searches (network.Network.row):
what a search finds and the steps it counts do not depend on what was searched before, and a table asked a little
wider by each search is not worked out anew each time."""
from __future__ import annotations

from gui.core import network as networking
from gui.core.network import Network

PAIRS = (("kostanay", "karachi"), ("astana", "gwadar"), ("peshawar", "almaty"), ("lahore", "aktau"))


def _found(result):
    return [[(s.leg.leg_id, s.forward) for s in path] for path in result.paths], result.search.steps_left


def test_a_search_finds_the_same_paths_in_the_same_steps_whatever_was_searched_before(bundled_engine):
    """The step budget is the same for a search whatever tables earlier searches left wider than it asks for."""
    tables = bundled_engine.tables
    handling = tables.cargo_types["wheat"].handling_class
    ends = [p.place_id for p in tables.places.values() if p.endpoint]
    busy = Network(tables)
    for origin in ends:  # every other pair first: their tables are kept, widened as they ask
        for destination in ends:
            if origin != destination and (origin, destination) not in PAIRS:
                busy.search(origin, destination, handling)
    for origin, destination in PAIRS:
        fresh = Network(tables).search(origin, destination, handling)
        assert _found(busy.search(origin, destination, handling)) == _found(fresh)
        assert fresh.paths


def test_a_table_asked_a_little_wider_each_time_is_worked_out_again_only_a_few_times(bundled_engine, monkeypatch):
    """Each search asks a place's table as far as its own detour limit reaches; one asked 5 % wider each time is
    widened to twice what it holds, not worked out again for every search, and still counts only the places within
    the radius asked."""
    tables = bundled_engine.tables
    handling = tables.cargo_types["wheat"].handling_class
    runs = []
    shortest_within = networking.shortest_within
    monkeypatch.setattr(networking, "shortest_within", lambda *a, **k: runs.append(a) or shortest_within(*a, **k))
    network = Network(tables)
    radius, counted = 100.0, []
    for _ in range(30):  # 100 km to 432 km
        row, places = network.row("allowance", "kostanay", radius, handling, None)
        _, within = shortest_within(network.place_index["kostanay"], network._numbered_edges(handling, None)[0],
                                        radius)
        counted.append(places == sum(km <= radius for km in within))
        radius *= 1.05
    assert all(counted)
    assert len(runs) <= 4  # 100, 200, 400 and 800 km (30 without the widening)


def test_a_search_kept_for_the_walk_past_the_limits_keeps_none_of_its_ways_on(bundled_engine):
    """A network keeps its searches (a quote walks on from one past the limits); the ways on from each place that
    the walk read are dropped when it is done: Python's garbage collector would go through them after each quote."""
    network = Network(bundled_engine.tables)
    result = network.search("kostanay", "karachi", bundled_engine.tables.cargo_types["wheat"].handling_class)
    assert result.paths and not any(result.search.way_rows) and not any(result.search._ends)
