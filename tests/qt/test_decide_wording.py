"""How the window and the documents word the odds: the certainty asked as it was set, and a share that arrives by
no date said in a sentence of its own."""
from __future__ import annotations

import datetime as dt

import pytest

from gui.core.decide import Decider
from gui.core.decide_report import text_lines
from gui.core.goals import Goals
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario

JUNE = dt.date(2026, 6, 7)
WHEAT = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", JUNE)
# Khunjerab closed for 8 days while the cargo passes: longer than the tables wait (max_wait_days 7), so more than
# a tenth of the cargo by Khunjerab is stopped there and 90 % arrive by no date
PASS_CLOSES = Scenario("", (Change("close", "Khunjerab", start=dt.date(2026, 6, 18), end=dt.date(2026, 6, 25)),))


@pytest.fixture(scope="module")
def decider(bundled_engine):
    return Decider(bundled_engine.tables, bundled_engine)


def _khunjerab(decision) -> int:
    return next(i for i, (route, decided) in enumerate(zip(decision.result.routes, decision.routes))
                if "khunjerab" in route.place_ids and decided.odds is not None and decided.odds.sure_by is None)


def test_a_share_that_arrives_by_no_date_is_said_in_a_sentence(decider, qapp):
    """"90 % arrive by never (closures on the way)", and in Russian "90 % прибывает к никогда (закрытия на пути)":
    the date's place filled with a word that is no date."""
    from gui.qt.decide_cells import decision_lines

    decision = decider.decide(WHEAT, PASS_CLOSES, Goals(arrive_by=dt.date(2026, 6, 28)))
    row = _khunjerab(decision)
    line = decision_lines(decision, row)[0]
    assert "never" not in line and line.endswith("90 % by no date: closures on the way stop more than 10 %")
    terminal = text_lines(decision)[1][row][0]
    assert "never" not in terminal and terminal.endswith("90 % by no date: closures on the way stop more than 10 %")


def test_the_certainty_asked_reads_as_it_was_set(decider, qapp):
    """99.9 % asked read "100 % arrive by …" under each route and "100 % asked" in the column's tooltip."""
    from gui.qt.decide_cells import decision_lines, on_time_tip

    decision = decider.decide(WHEAT, None, Goals(arrive_by=dt.date(2026, 6, 28), on_time_pct=99.9))
    row = next(i for i, d in enumerate(decision.routes) if d.odds is not None and d.odds.sure_by is not None)
    assert "; 99.9 % arrive by " in decision_lines(decision, row)[0]
    assert on_time_tip(decision).endswith("99.9 % asked")


def test_the_pdf_says_a_share_arriving_by_no_date_in_a_sentence(decider, qapp):
    from gui.core.messages import Wording
    from gui.core.report import quote_document
    from gui.core.decide_report import add_decision
    from gui.qt.decide_document import odds_line

    decision = decider.decide(WHEAT, PASS_CLOSES, Goals(arrive_by=dt.date(2026, 6, 28)))
    document = add_decision(quote_document(decision.result, decider.tables, number="CQ-1", created="2026-05-30",
                                           valid_until="2026-06-07"), decision)
    route = document["routes"][_khunjerab(decision)]
    line = odds_line(document, route, Wording(), lambda day: str(day))
    assert "never" not in line and "90 % by no date: closures on the way stop more than 10 %" in line
