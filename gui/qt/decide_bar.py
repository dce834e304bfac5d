"""The booth's questions in the form: one row under the terms. **Arrive by** a date with the certainty asked (each
route's odds, a band on the chart, the cheapest route in time recommended), the goals in a few words with
**Goals…** for the rest (modes, places to avoid, a cost ceiling, CO2e, money in transit), **What if…** for a
scenario laid over the tables, and the chart's cost as freight alone or with the capital tied up in transit."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..core import decide_messages as dmsg
from ..core.goals import summary
from .colours import theme
from .i18n import say
from .date_field import DateField
from .widgets import ElidedLabel

DAYS_AHEAD = 30  # the arrival date first offered: a month after the departure


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


class CertaintyField(QDoubleSpinBox):
    """The certainty asked, 1 to 99.9 % as the goals take it (check_numbers), in whole percents a step: "90 %",
    "99.9 %". Whole percents from 50 to 99 only, a quote's 99.9 % (from the command line, or saved) read 99 % and 30 %
    read 50 %, beside odds judged against the goal itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(1.0, 99.9)
        self.setSingleStep(1.0)
        self.setSuffix(" %")

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt API
        text = self.locale().toString(float(value), "f", 1)
        point = self.locale().decimalPoint()
        return text[:-2] if text.endswith(f"{point}0") else text


class DecideBar(QWidget):
    """Takes the session it edits; ``economicChanged`` tells the chart to add the capital in transit."""

    economicChanged = Signal(bool)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(6)
        self.arrive = QCheckBox(self.tr("Arrive &by"), self)
        self.arrive.setToolTip(self.tr("Each route's odds of arriving on or before this day, from the minimum, "
                                       "typical and maximum time of every leg and stop and the closures on the way"))
        self.date = DateField(self)
        self.date.setCalendarPopup(True)
        # the box before it says what the day is; Qt ties no label to the date, and a screen reader read it unnamed
        self.date.setAccessibleName(self.arrive.text().replace("&", ""))
        self.sure_label = QLabel(self.tr("on time ≥"), self)
        self.sure = CertaintyField(self)
        self.sure.setToolTip(self.tr("The certainty asked: routes less likely to arrive in time miss the goal"))
        self.sure_label.setBuddy(self.sure)
        self.goals_label = ElidedLabel(self)
        self.goals_button = QPushButton(self.tr("Go&als…"), self)
        self.goals_button.setToolTip(self.tr("Modes allowed, places or countries to avoid, a cost ceiling, the lowest "
                                             "CO2e within a margin, and the rate for money in transit"))
        self.what_if = QPushButton(self.tr("&What if…"), self)
        self.what_if.setToolTip(self.tr("Lay changes over the tables — a crossing opened or closed, days added, "
                                        "rates scaled, an exchange rate moved — and compare every route"))
        self.scenario_label = ElidedLabel(self)
        self.economic = QCheckBox(self.tr("Chart: freight + ca&pital"), self)
        self.economic.setToolTip(self.tr("Plot freight plus the goods' value tied up in transit (value × annual rate "
                                         "× typical days ÷ 365); the goods' value is the one under Terms, the rate "
                                         "is set under Goals…"))
        for widget in (self.arrive, self.date, self.sure_label, self.sure):
            layout.addWidget(widget)
        layout.addSpacing(10)
        layout.addWidget(self.goals_button)
        layout.addWidget(self.goals_label, 2)
        layout.addWidget(self.what_if)
        layout.addWidget(self.scenario_label, 2)
        layout.addWidget(self.economic)
        from .latin_keys import add_latin_key

        for widget, letter in ((self.arrive, "B"), (self.goals_button, "A"), (self.what_if, "W"),
                               (self.economic, "P")):  # as the English underlines
            add_latin_key(widget, letter)
        self.fields = {"arrive_by": self.date, "on_time_pct": self.sure, "scenario": self.what_if,
                       **{key: self.goals_button for key in ("modes", "avoid", "max_cost", "co2_within_pct",
                                                             "capital_rate_pct")}}
        self._tips = {key: widget.toolTip() for key, widget in self.fields.items()}
        self._problems: dict[str, str] = {}
        self.dialog = None  # the what-if dialog, once opened
        # view → model
        self.arrive.toggled.connect(self._on_arrive_toggled)
        self.date.dateChanged.connect(lambda _date: self.change_arrival())
        self.sure.valueChanged.connect(lambda value: self.session.change_goals(on_time_pct=float(value)))
        self.goals_button.clicked.connect(self.edit_goals)
        self.what_if.clicked.connect(self.edit_scenario)
        self.economic.toggled.connect(self.economicChanged)
        # model → view
        session.goalsReplaced.connect(self.show_goals)
        session.scenarioChanged.connect(lambda _scenario: self._show_scenario())
        session.decisionChanged.connect(lambda _decision: self._show_state())
        session.problemChanged.connect(self._on_problem_change)
        self.show_goals()

    # ------------------------------------------------------------------ view → model

    def _on_arrive_toggled(self, checked: bool) -> None:
        if checked and self.date.date().toPython() < self.session.request.departure:  # a month after leaving
            with QSignalBlocker(self.date):
                self.date.setDate(_qdate(_month_after(self.session.request.departure)))
        self.change_arrival()

    def change_arrival(self) -> None:
        """The date as it stands, even one before the departure while it is being typed ("2026" of 2026-12-20 when
        the field read 2027-01-06): the session says what is wrong with it, and the next keys put it right. Put
        back to a month after leaving, it became 2027-12-20."""
        self.date.setEnabled(self.arrive.isChecked())
        self.sure.setEnabled(self.arrive.isChecked())
        if not self.arrive.isChecked():
            if self.session.goals.arrive_by is not None:
                self.session.change_goals(arrive_by=None)
            return
        day = self.date.date().toPython()
        if day != self.session.goals.arrive_by:
            self.session.change_goals(arrive_by=day)

    def edit_goals(self) -> None:
        from .goals_dialog import GoalsDialog

        chosen = GoalsDialog.ask(self.session, self.window())
        self._back_from_dialog(self.goals_button)
        if chosen is not None:
            self.session.open_goals(chosen)

    def edit_scenario(self) -> None:
        """The what-if dialog beside the window (it stays open while the window follows it)."""
        from .scenario_dialog import ScenarioDialog

        if self.dialog is None:
            self.dialog = ScenarioDialog(self.session, self.window())
            self.dialog.finished.connect(lambda _result: self._back_from_dialog(self.what_if))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _back_from_dialog(self, button: QPushButton) -> None:
        """The keyboard back on the window, at the button that opened the dialog: with no window manager to hand it
        back (and on the offscreen platform) no window had it once the dialog closed, and Alt+A, Ctrl+M and the
        rest did nothing until a click."""
        window = self.window()
        if window.isVisible():
            window.activateWindow()
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ model → view

    def show_goals(self) -> None:
        goals = self.session.goals
        with QSignalBlocker(self.arrive), QSignalBlocker(self.date), QSignalBlocker(self.sure):
            self.arrive.setChecked(goals.arrive_by is not None)
            if goals.arrive_by is not None:
                self.date.setDate(_qdate(goals.arrive_by))
            self.sure.setValue(goals.on_time_pct)
        self.date.setEnabled(goals.arrive_by is not None)
        self.sure.setEnabled(goals.arrive_by is not None)
        self._show_state()

    def _show_state(self) -> None:
        goals = self.session.goals
        currency = self.session.request.currency
        if goals.arrive_by is None:  # greyed, the field shows the day it would take: a month after leaving
            with QSignalBlocker(self.date):
                self.date.setDate(_qdate(_month_after(self.session.request.departure)))
        parts = [say(part) for part in summary(goals, currency) if part.template != dmsg.GOAL_BY]  # by: beside
        self.goals_label.set_full_text(" · ".join(parts))
        decision = self.session.decision
        usable = decision is not None and decision.goods_value is not None and goals.capital_rate_pct is not None
        self.economic.setEnabled(usable)
        if not usable and self.economic.isChecked():
            self.economic.setChecked(False)
        self._show_scenario()

    def _show_scenario(self) -> None:
        from .decide_view import scenario_line

        scenario = self.session.scenario
        if scenario.active:
            decision = self.session.decision
            line = scenario_line(decision) if decision is not None and decision.scenario == scenario else ""
            title = scenario.name.strip() or "; ".join(say(c) for c in _described(scenario))
            self.scenario_label.setStyleSheet(f"color: {theme().css('caution')};")
            self.scenario_label.set_full_text(line or self.tr("what if: {name}").format(name=title),
                                              "\n".join([line, *(say(c) for c in _described(scenario))]).strip())
        else:
            self.scenario_label.setStyleSheet("")
            self.scenario_label.set_full_text(self.tr("tables as they are"))

    def _on_problem_change(self, field: str, message: str) -> None:
        from .form import _mark

        if field not in self.fields:
            return
        self._problems[field] = message
        for key, widget in self.fields.items():
            problem = next((self._problems[k] for k, w in self.fields.items() if w is widget and self._problems.get(k)),
                           "")
            _mark(widget, "problem", bool(problem))
            widget.setToolTip(problem or self._tips[key])


def _described(scenario):
    from ..core.scenario import describe

    return [describe(change) for change in scenario.changes]


def _month_after(departure: dt.date) -> dt.date:
    """The arrival date first offered, ``DAYS_AHEAD`` after the departure; the last day a date has for a departure
    picked near it (9999-12-31 from the calendar raised OverflowError, and every start after it)."""
    return departure + dt.timedelta(days=DAYS_AHEAD) if departure < dt.date.max - dt.timedelta(days=DAYS_AHEAD) \
        else dt.date.max


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
