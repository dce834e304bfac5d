"""The Goals dialog at its edges: a ceiling shown again as it was set, "/t" typed in the field, a country by its
name."""
from __future__ import annotations

import dataclasses

import pytest

from gui.core.goal_reading import avoided
from gui.core.goals import Goals
from gui.qt.goals_dialog import GoalsDialog
from tests.qt.test_booth import booth_window, tables, wheat  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("tables")


@pytest.mark.parametrize("ceiling", [1_250_000.0, 250_000.5, 40_000.0, 80.25])
def test_a_ceiling_reads_back_as_it_was_set(qtbot, tables, ceiling):  # noqa: F811
    """1,250,000 USD for crude oil showed "1.25e+06", and OK said "the cost ceiling must be an amount such as 40000
    or 80/t, not '1.25e+06'"; 250,000.50 showed "250000", and OK lowered the ceiling by 50 cents."""
    window = booth_window(qtbot, tables, wheat())
    window.session.open_goals(Goals(max_cost=ceiling))
    dialog = GoalsDialog(window.session)
    qtbot.addWidget(dialog)
    assert "e" not in dialog.max_cost.text()
    assert dialog.values().max_cost == ceiling


def test_per_tonne_typed_in_the_field_counts_per_tonne(qtbot, tables):  # noqa: F811
    """"80/t" with the list left at "USD in total" set a ceiling of 80 USD for the whole 500 t."""
    window = booth_window(qtbot, tables, wheat())
    dialog = GoalsDialog(window.session)
    qtbot.addWidget(dialog)
    assert dialog.per.currentData() is False
    dialog.max_cost.setText("80/t")
    goals = dialog.values()
    assert (goals.max_cost, goals.max_cost_per_tonne) == (80.0, True)
    dialog.max_cost.setText("40000")
    assert dialog.values().max_cost_per_tonne is False


def test_a_country_is_avoided_by_its_name_in_the_dialog_and_said_by_it_beside_the_button(qtbot, tables):  # noqa: F811
    window = booth_window(qtbot, tables, wheat())
    dialog = GoalsDialog(window.session)
    qtbot.addWidget(dialog)
    dialog.avoid.setText("Iran, af")
    goals = dialog.values()  # "'Iran' is neither a place nor a country code of the tables" before
    assert goals.avoid == ("Iran", "af")
    window.session.open_goals(dataclasses.replace(window.session.goals, avoid=goals.avoid))
    qtbot.waitUntil(lambda: window.session.decision is not None and bool(window.session.decision.goals.avoid),
                    timeout=3000)
    assert window.form.decide.goals_label.full_text() == "avoiding Iran, Afghanistan"
    decision = window.session.decision
    assert decision.recommended is not None
    best = decision.result.routes[decision.recommended]
    assert not {"IR", "AF"} & {tables.places[p].country for p in best.place_ids}


def test_the_capital_in_transit_reads_with_the_days_it_is_worked_out_on(qtbot, tables):  # noqa: F811
    """90,000 USD of wheat (180 USD/t) at 12 % a year: route 1's 518.99 USD was 90,000 × 12 % × 17.54 days ÷ 365
    when it took 17.54 days, yet its line read "(12 % a year × 18 days)", which gives 532.60; it read "× 17.5 days"
    since, the days to a tenth as the capital is worked out on them."""
    from gui.core import formatting as fmt
    from gui.core.terms import Terms
    from gui.qt.decide_cells import decision_lines

    window = booth_window(qtbot, tables, wheat())
    decision = window.session.decider.decide(window.session.request, goals=Goals(capital_rate_pct=12.0),
                                             terms=Terms(goods_value="180"))
    for row, (route, decided) in enumerate(zip(decision.result.routes, decision.routes)):
        if decided.capital is None:
            continue
        assert decided.capital == pytest.approx(90_000 * 0.12 * route.days_typical / 365)
        line = next(text for text in decision_lines(decision, row) if text.startswith("Capital in transit"))
        days = fmt.days(route.days_typical, True)
        assert f"(12 % a year × {days} days)" in line
        assert decided.capital == pytest.approx(90_000 * 0.12 * float(days) / 365, rel=0.01)


@pytest.mark.parametrize("wanted", [99.9, 30.0, 95.5, 90.0])
def test_the_certainty_asked_reads_in_the_form_as_the_goal_holds_it(qtbot, tables, wanted):  # noqa: F811
    """A quote asking 99.9 % (from the command line, or saved) showed "on time ≥ 99 %" in the form, and one asking
    30 % showed 50 %, beside odds judged against the goal itself."""
    import datetime as dt

    from tests.qt.test_booth import LATER

    window = booth_window(qtbot, tables, wheat())
    window.session.open_goals(Goals(arrive_by=LATER + dt.timedelta(days=25), on_time_pct=wanted))
    qtbot.waitUntil(lambda: window.session.decision is not None
                    and window.session.decision.goals.arrive_by is not None, timeout=3000)
    bar = window.form.decide
    bar.show_goals()
    assert bar.sure.value() == wanted and bar.sure.text() == f"{wanted:g} %"
    assert window.session.goals.on_time_pct == wanted  # showing it changed nothing
    bar.sure.setValue(wanted - 1)  # a step is a whole percent
    qtbot.waitUntil(lambda: window.session.goals.on_time_pct == wanted - 1, timeout=2000)


def test_a_country_is_avoided_by_its_name_in_the_window_s_languages(qtbot, tables):  # noqa: F811
    """Only English names were read: "Афганистан, ایران" was refused as one unknown place (the Arabic comma of
    an Urdu list not read as a separator either)."""
    window = booth_window(qtbot, tables, wheat())
    dialog = GoalsDialog(window.session)
    qtbot.addWidget(dialog)
    dialog.avoid.setText("Афганистан، ایران")
    goals = dialog.values()
    assert goals.avoid == ("Афганистан", "ایران")
    assert avoided(tables, goals)[1] == {"AF", "IR"}
    dialog.avoid.setText("Ауғанстан, Атлантида")
    dialog.accept()
    assert "Атлантида" in dialog.problem.text() and dialog.isVisible() is not None


def test_the_dialog_refuses_to_avoid_the_destination(qtbot, tables):  # noqa: F811
    window = booth_window(qtbot, tables, wheat())
    dialog = GoalsDialog(window.session)
    qtbot.addWidget(dialog)
    dialog.avoid.setText("Torkham, PK")
    dialog.accept()
    assert dialog.problem.text() == "no route can avoid Pakistan: the quote goes from Kostanay to Karachi"


@pytest.mark.parametrize("goods_value", [None, "180"])
def test_the_rate_s_unit_and_what_it_is_counted_on_are_not_read_as_one_phrase(qtbot, tables, goods_value):  # noqa: F811
    """The rate's unit and the note on the goods' value stood side by side and read as one phrase: "% a year, on
    the goods' value give the goods' value under Terms". The note is a sentence of its own, on the line below."""
    from PySide6.QtCore import QPoint

    window = booth_window(qtbot, tables, wheat())
    if goods_value is not None:
        window.session.change_terms(goods_value=goods_value)
    dialog = GoalsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    unit, note = dialog.capital_unit, dialog.value_note
    assert unit.text() == "% a year of the goods' value"
    assert note.text() == ("Goods' value: 90,000 USD, as given under Terms." if goods_value else
                           "Give the goods' value under Terms: without it the cost of capital is not counted.")
    assert note.text()[0].isupper() and note.text().endswith(".")  # a sentence, not the unit's tail
    below = note.mapTo(dialog, QPoint(0, 0)).y()
    assert below >= unit.mapTo(dialog, QPoint(0, unit.height())).y()
    assert below >= dialog.capital.mapTo(dialog, QPoint(0, dialog.capital.height())).y()
    assert dialog.capital.accessibleName() == "Cost of capital"
    assert note.text() in dialog.capital.accessibleDescription()
