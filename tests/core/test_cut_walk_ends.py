"""The walk past the search limits leaves a path at the destination where it is beaten within its corridor there
(``_Allowed.hopeless`` with ``whole``): the warnings are those of walking every such path to the end and bounding
it after, and far fewer paths are kept (on a network of 100 legs, 99.5 % of those that got there were beaten)."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core import rule_cuts
from gui.core.cut_walk import SearchResult
from gui.core.quote import QuoteEngine
from gui.core.request import QuoteRequest
from gui.core.tables import load_tables

DAY = dt.date(2026, 3, 2)


def walked(result, monkeypatch, whole: bool) -> tuple[list[str], int]:
    """The quote's limit warnings worked out anew, and how many paths past a limit the walk kept; ``whole``: with
    the check at the destination, else as if every path past a limit were walked to the end."""
    kept = []
    cut_paths = SearchResult.cut_paths
    hopeless = rule_cuts._Allowed.hopeless

    def counted(self, *args):
        found = cut_paths(self, *args)
        kept.append(len(found))
        return found

    monkeypatch.setattr(SearchResult, "cut_paths", counted)
    if not whole:
        monkeypatch.setattr(rule_cuts._Allowed, "hopeless",
                            lambda self, labels, cost, days, whole=False: hopeless(self, labels, cost, days))
    warnings = [str(w) for w in result.found_limits()]
    monkeypatch.undo()
    return warnings, sum(kept)


def network_pairs():
    from tests.benchmarks.bench_search import generated_network

    tables, pairs = generated_network(100, 3)
    return [(tables, a, b) for a, b in pairs]


@pytest.fixture(scope="module")
def generated():
    return network_pairs()


def test_paths_beaten_at_the_destination_are_not_kept_and_the_warnings_stay(generated, monkeypatch):
    fewer = 0
    for tables, origin, destination in generated:
        result = QuoteEngine(tables).quote(QuoteRequest("wheat", 500, "t", origin, destination, DAY, quoted_on=DAY))
        every, every_kept = walked(result, monkeypatch, whole=False)
        quick, quick_kept = walked(result, monkeypatch, whole=True)
        assert quick == every
        assert quick_kept <= every_kept
        fewer += quick_kept * 10 < every_kept
    assert fewer >= 2  # kept before and now: 31,145 and 309 (kz-hub-0 → pk-port), 26,754 and 570 (kz-hub-1)


@pytest.mark.parametrize("cargo, quantity, unit, origin, destination", [
    ("wheat", 500, "t", "Kostanay", "Karachi"), ("potatoes", 2, "containers", "Lahore", "Almaty"),
    ("pharmaceuticals", 2, "t", "Karachi", "Astana"), ("wheat", 500, "t", "Gwadar", "Almaty")])
def test_on_the_bundled_tables_the_warnings_are_those_of_walking_every_path_to_the_end(
        cargo, quantity, unit, origin, destination, monkeypatch):
    result = QuoteEngine(load_tables()).quote(QuoteRequest(cargo, quantity, unit, origin, destination, DAY,
                                                           quoted_on=DAY))
    every, every_kept = walked(result, monkeypatch, whole=False)
    quick, quick_kept = walked(result, monkeypatch, whole=True)
    assert quick == every and quick_kept <= every_kept
