"""A what-if's change of a route is said alike in the window's tooltip and in the terminal."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.decide import Decider
from gui.core.decide_report import delta_text
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario
from gui.qt.decide_cells import delta_line

WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7))


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


def test_ten_days_or_more_added_read_to_a_tenth_in_the_window_as_in_the_terminal(qapp, decider):
    # 12.4 days more at Bandar Abbas: the terminal and the Excel quote said +12.4 days, the window +12 days
    decision = decider.decide(WHEAT, Scenario("", (Change("add_days", "Bandar Abbas", 12.4),)))
    moved = [d.delta for d in decision.routes if d.delta.change == "changed" and d.delta.days]
    assert moved and all(d.days == pytest.approx(12.4) for d in moved)
    for delta in moved:
        assert delta_text(delta, "USD").endswith("+12.4 days")
        assert delta_line(delta, "USD").endswith("+12.4 days")


def test_the_what_if_beside_the_window_says_a_change_of_days_as_the_terminal(qtbot, decider, bundled_engine):
    # 0.04 days more at Bandar Abbas: "+0.04 days" in the terminal, the tooltip and the Excel quote, but "0" in
    # the what-if's own table of routes; and 12.4 days more "+12.4" there as everywhere
    from gui.qt.scenario_dialog import COLUMNS, ScenarioDialog
    from gui.qt.session import QuoteSession

    session = QuoteSession()
    session.load_tables(bundled_engine.tables)
    dialog = ScenarioDialog(session)
    qtbot.addWidget(dialog)
    for added, said in ((0.04, "+0.04"), (12.4, "+12.4")):
        decision = decider.decide(WHEAT, Scenario("", (Change("add_days", "Bandar Abbas", added),)))
        dialog._on_decision_change(decision)
        cells = {dialog.table.item(row, COLUMNS.index("days")).text() for row in range(dialog.table.rowCount())
                 if dialog.table.item(row, COLUMNS.index("change")).text() == "changed"}
        assert cells == {said}, (added, cells)
        assert {delta_text(d.delta, "USD").split(", ")[-1] for d in decision.routes
                if d.delta.change == "changed"} == {f"{said} days"}


def test_a_change_of_cost_is_the_difference_of_the_two_costs_as_said(qtbot, decider, bundled_engine):
    # Khunjerab closed and the tenge 15 % down: route 10 (Caspian + Iran) cost 143,296.70 as the tables are and
    # 142,788.24 under the what-if; the window's what-if table read 143,297, 142,788 and "−508 USD", and the
    # terminal "−508 USD" under 142,788 USD. The rupee 10 % down too, so that several routes change (since Kazakh
    # trucks drive 9 h a day, the tenge alone moves one route of those this quote shows)
    from gui.core.decide_report import text_lines
    from gui.qt.scenario_dialog import COLUMNS, ScenarioDialog
    from gui.qt.session import QuoteSession

    decision = decider.decide(WHEAT, Scenario("", (Change("close", "Khunjerab", None, dt.date(2026, 12, 1)),
                                                   Change("fx_change", "KZT", -15.0),
                                                   Change("fx_change", "PKR", -10.0))))
    session = QuoteSession()
    session.load_tables(bundled_engine.tables)
    dialog = ScenarioDialog(session)
    qtbot.addWidget(dialog)
    dialog._on_decision_change(decision)

    def whole(text: str) -> int:
        return int(text.replace("−", "-").replace("+", "").split()[0].replace(",", ""))

    _, under, _ = text_lines(decision)
    compared = 0
    for row, decided in enumerate(decision.routes):
        if decided.delta is None or not decided.delta.compared or decided.delta.change != "changed":
            continue
        compared += 1
        cells = {c: dialog.table.item(row, COLUMNS.index(c)).text() for c in ("before", "after", "cost")}
        assert whole(cells["after"]) - whole(cells["before"]) == whole(cells["cost"]), cells
        said = next(line for line in under[row] if line.startswith("what-if against"))
        assert said.endswith(cells["cost"].replace("-", "−")) or f": {cells['cost']}" in said, (said, cells)
    assert compared >= 2
