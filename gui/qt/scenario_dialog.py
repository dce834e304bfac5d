"""What if…: a scenario laid over the tables, edited beside the window — its name and changes, each checked against
the tables as it is added — with every route compared with the tables as they are below it (scenario_table.py).
Each change re-quotes at once; the window shows the scenario's quote until **Tables as they are**. Scenarios are
saved to and opened from files (the format the command line's ``--scenario`` reads)."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QVBoxLayout, QWidget)

from ..core import decide_messages as dmsg
from ..core.errors import InputError
from ..core.scenario import LIMITS, MAX_NAME, WAIT, Change, Scenario, describe
from ..core.scenario_words import held_limit
from ..core.scenario_file import read_scenario
from ..core.validation import ambiguous_separator, number_text
from .i18n import name, say
from .problem_label import ProblemLabel
from .scenario_table import COLUMNS as COLUMNS  # the table's columns, kept importable from here
from .scenario_table import WhatIfTable
from .date_field import DateField
from .widgets import fit_to_screen, say_on_field

KINDS = ("open", "close", "add_days", "scale_rates", "fx_change", "fx", "road_surcharge", "limit")


class ScenarioDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What if"))
        self.setModal(False)
        self.session = session
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Name"), self))
        self.name = QLineEdit(session.scenario.name, self)
        self.name.setPlaceholderText(self.tr("e.g. Torkham reopens"))
        self.name.setMaxLength(MAX_NAME)
        top.itemAt(0).widget().setBuddy(self.name)
        top.addWidget(self.name, 1)
        layout.addLayout(top)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(self.tr("Changes"))  # a screen reader said "list" and nothing more
        self.changes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        layout.addWidget(self.changes)
        self.kind = QComboBox(self)
        for key, text in self.kind_names().items():
            self.kind.addItem(text, key)
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setMinimumContentsLength(25)  # a search limit with its value: max_domestic_detour (1.5)
        self.value = QLineEdit(self)
        self._value_width = self.fontMetrics().horizontalAdvance("× 0000.00")
        self.value.setMinimumWidth(self._value_width)
        self.value.setMaximumWidth(self.fontMetrics().horizontalAdvance("× 0000.00") * 2)
        self.from_on = QCheckBox(self.tr("from"), self)
        self.start = DateField(self)
        self.to_on = QCheckBox(self.tr("to"), self)
        self.end = DateField(self)
        for field in (self.start, self.end):
            field.setCalendarPopup(True)
            day = session.request.departure
            field.setDate(QDate(day.year, day.month, day.day))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        kind_label, value_label = QLabel(self.tr("Chan&ge"), self), QLabel(self.tr("&Value"), self)
        kind_label.setBuddy(self.kind)
        value_label.setBuddy(self.value)
        # two rows: what to change, then its value, dates and buttons; in one row, the longer wording of Russian or
        # Urdu at 150 % made the dialog wider than a 1920-pixel screen
        what = QHBoxLayout()
        for widget in (kind_label, self.kind):
            what.addWidget(widget)
        what.addWidget(self.target, 1)
        layout.addLayout(what)
        how = QHBoxLayout()
        for widget in (value_label, self.value, self.from_on, self.start, self.to_on, self.end):
            how.addWidget(widget)
        how.addStretch(1)
        for widget in (self.add_button, self.remove_button):
            how.addWidget(widget)
        layout.addLayout(how)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.table = WhatIfTable(self)
        self.table.setAccessibleName(self.tr("Routes, as the tables are and with the changes"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.clear_button = QPushButton(self.tr("&Tables as they are"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        for button in (self.open_button, self.save_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):  # Return in the value field adds the change, once
            button.setAutoDefault(False)
        from .latin_keys import add_latin_key

        # as the English underlines, where Urdu's labels underline letters a Latin keyboard cannot type
        for widget, letter in ((top.itemAt(0).widget(), "N"), (kind_label, "G"), (value_label, "V"),
                               (self.add_button, "A"), (self.remove_button, "R"), (self.open_button, "O"),
                               (self.save_button, "S"), (self.clear_button, "T"), (self.close_button, "C")):
            add_latin_key(widget, letter)
        # view → model
        self.kind.currentIndexChanged.connect(self._offer_targets)
        self.target.currentTextChanged.connect(self._hint_value)  # max_wait_days is days, the other limits not
        self.add_button.clicked.connect(self.add_change)
        self.value.returnPressed.connect(self.add_change)
        self.remove_button.clicked.connect(self.remove_change)
        self.name.editingFinished.connect(self.change_name)
        self.open_button.clicked.connect(self.open_file)
        self.save_button.clicked.connect(self.save_file)
        self.clear_button.clicked.connect(lambda: self.session.change_scenario(Scenario()))
        self.close_button.clicked.connect(self.close)
        self.from_on.toggled.connect(self.start.setEnabled)
        self.to_on.toggled.connect(self.end.setEnabled)
        # model → view
        session.scenarioChanged.connect(lambda _scenario: self._show_changes())
        session.decisionChanged.connect(self._on_decision_change)
        session.problemChanged.connect(self._on_problem_change)
        self._offer_targets()
        self._show_changes()
        self._on_decision_change(session.decision)
        self._on_problem_change("scenario", session.problem("scenario"))  # one said before the dialog opened
        fit_to_screen(self, 920, 560)

    def kind_names(self) -> dict[str, str]:
        return {"open": self.tr("Open a crossing or leg"), "close": self.tr("Close a crossing or leg"),
                "add_days": self.tr("Add days at a place or leg"), "scale_rates": self.tr("Scale rates (× factor)"),
                "fx_change": self.tr("A currency's value, % against the USD"),
                "fx": self.tr("An exchange rate, per USD"), "road_surcharge": self.tr("Road fuel surcharge, %"),
                "limit": self.tr("A search limit (empty: none)")}

    # ------------------------------------------------------------------ view → model

    def change(self) -> Change:
        """The change the add row describes (its figures checked when the scenario is laid over the tables)."""
        kind = self.kind.currentData()
        typed = self.target.currentText().strip()  # a name in the list (its English name is its data), or typed
        found = self.target.findText(typed, Qt.MatchFlag.MatchFixedString)
        target = self.target.itemData(found) if found >= 0 else typed
        typed = self.value.text().strip().replace("\u2212", "-").rstrip("%").strip()
        text = number_text(typed)
        value = None
        if kind in ("add_days", "scale_rates", "fx", "fx_change", "road_surcharge") or (kind == "limit" and text):
            if not text:
                raise InputError("scenario", _message(dmsg.VALUE_MISSING))
            ambiguous = ambiguous_separator(typed)  # "1,500": 1.5 or 1500, as the languages write it
            if ambiguous is not None:
                raise InputError("scenario", _message(dmsg.VALUE_AMBIGUOUS, text=typed, decimal=ambiguous[0],
                                                      thousands=ambiguous[1]))
            try:
                value = float(text)
            except ValueError:
                raise InputError("scenario", _message(dmsg.NOT_A_FIGURE, text=text)) from None
        start = self.start.date().toPython() if self.from_on.isChecked() and kind in ("open", "close") else None
        end = self.end.date().toPython() if self.to_on.isChecked() and kind == "close" else None
        mode = ""
        if kind == "scale_rates" and ":" in target:
            target, _, mode = target.partition(":")
        return Change(kind, target.strip(), value, start, end, mode.strip())

    def add_change(self) -> None:
        """Add the change if the tables can take it; else say why here and leave the scenario as it is."""
        field = self.value  # what is wrong with a figure is said on the value, the rest on what it changes
        try:
            change = self.change()
            if change.kind not in ("fx", "fx_change"):
                field = self.target
            scenario = self.session.scenario.with_change(change)
            self.check(scenario)
        except InputError as error:
            self.problem.setText(say(error.message))
            say_on_field(self.target if field is self.value else self.value, "")
            say_on_field(field, self.problem.text())  # read with the field, which the keyboard goes to
            return
        self.problem.clear()
        for each in (self.value, self.target):
            say_on_field(each, "")
        self.session.change_scenario(scenario)
        self.value.clear()

    def check(self, scenario: Scenario) -> None:
        """Lay the scenario over the tables (and its exchange rates over the quote's) as the quote will."""
        from ..core.scenario_fx import fx_overrides
        from ..core.scenario_tables import apply
        from ..core.validation import check_fx_override

        tables, engine, request = self.session.tables, self.session.engine, self.session.request
        if tables is None or engine is None:
            return
        apply(tables, scenario, request.departure)
        day = request.departure
        for code, rate in fx_overrides(scenario, lambda c, d: engine.fx.rate(c, d).units_per_usd, day,
                                       request.fx_overrides):
            try:
                check_fx_override(code, rate, engine.fx.rate(code, day).units_per_usd)
            except InputError as error:
                raise InputError("scenario", _message(dmsg.SCENARIO_RATE, problem=error.message)) from None

    def remove_change(self) -> None:
        row = self.changes.currentRow()
        scenario = self.session.scenario
        if 0 <= row < len(scenario.changes):
            self.session.change_scenario(scenario.without(row))

    def change_name(self) -> None:
        scenario = self.session.scenario
        if self.name.text().strip() != scenario.name:
            from dataclasses import replace

            self.session.change_scenario(replace(scenario, name=self.name.text().strip()))

    def ask_open_path(self) -> Path | None:
        """The scenario file to open. A seam: tests replace it."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a scenario"), "",
                                              self.tr("Scenarios (*.json);;All files (*)"))
        return Path(path) if path else None

    def ask_save_path(self) -> Path | None:
        """Where to save the scenario. A seam: tests replace it."""
        from ..core.files import file_name_of
        from .dialogs import ask_save_path

        suggested = file_name_of(self.session.scenario.name or "what-if") + ".json"
        return ask_save_path(self, self.tr("Save the scenario"), suggested, self.tr("Scenarios (*.json)"))

    def open_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        try:
            scenario = read_scenario(path)
        except InputError as error:
            self.problem.setText(say(error.message))
            return
        self.problem.clear()
        self.session.change_scenario(scenario)

    def save_file(self) -> Path | None:
        path = self.ask_save_path()
        if path is None:
            return None
        from ..core.errors import CorridorQuoteError
        from ..core.files import check_not_ours, write_atomically
        from ..core.paths import default_history

        text = json.dumps(self.session.scenario.to_data(), ensure_ascii=False, indent=2) + "\n"
        try:
            check_not_ours(path, self.session.tables, getattr(self.parent(), "history_path", None) or default_history())
            write_atomically(path, lambda temporary: Path(temporary).write_text(text, encoding="utf-8"))
        except CorridorQuoteError as error:
            self.problem.setText(say(error.message))
            return None
        self.problem.clear()
        return path

    # ------------------------------------------------------------------ model → view

    def _offer_targets(self) -> None:
        """What the kind of change applies to: places (and legs typed as two places), countries, currencies."""
        kind = self.kind.currentData()
        tables = self.session.tables
        self.target.clear()
        self.target.setEnabled(kind != "road_surcharge")
        self.value.setEnabled(kind not in ("open", "close"))
        self.from_on.setEnabled(kind in ("open", "close"))
        self.start.setEnabled(kind in ("open", "close") and self.from_on.isChecked())
        self.to_on.setEnabled(kind == "close")
        self.end.setEnabled(kind == "close" and self.to_on.isChecked())
        self.value.setPlaceholderText({"add_days": self.tr("days"), "scale_rates": self.tr("× factor"),
                                       "fx_change": self.tr("± %"), "fx": self.tr("per USD"),
                                       "road_surcharge": "%",
                                       "limit": self.tr("factor or count")}.get(kind, ""))
        # wide enough for its hint in any language (a cut hint says nothing)
        self.value.setMinimumWidth(max(self._value_width, self.value.fontMetrics().horizontalAdvance(
            self.value.placeholderText()) + 16))
        if tables is None:
            return
        if kind == "limit":
            # each in words with the value the tables hold, so that the user sees what is raised, and the name
            # of its setting, which the corridor workbook's settings sheet and a typed target use
            for setting in LIMITS:
                self.target.addItem(f"{say(held_limit(setting, getattr(tables.settings, setting)))} ({setting})",
                                    setting)
            self._hint_value()
            return
        if kind in ("fx", "fx_change"):
            for code in tables.currencies:
                if code != "USD":
                    self.target.addItem(code, code)
            return
        if kind == "scale_rates":
            for code in sorted({p.country for p in tables.places.values()}):
                self.target.addItem(code, code)
        crossings = sorted((p for p in tables.places.values()), key=lambda p: (p.kind != "border_crossing",
                                                                               name(p.name)))
        for place in crossings:
            self.target.addItem(name(place.name), place.name)
        self.target.setCurrentIndex(0)

    def _hint_value(self) -> None:
        """A search limit's hint follows the limit chosen: max_wait_days is days, and left empty it means that the
        cargo never waits, where another limit left empty is lifted."""
        if self.kind.currentData() != "limit":
            return
        found = self.target.findText(self.target.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        waits = (self.target.itemData(found) if found >= 0 else self.target.currentText().strip()) == WAIT
        self.value.setPlaceholderText(self.tr("days; empty: never wait") if waits else self.tr("factor or count"))
        self.value.setMinimumWidth(max(self._value_width, self.value.fontMetrics().horizontalAdvance(
            self.value.placeholderText()) + 16))

    def _show_changes(self) -> None:
        scenario = self.session.scenario
        self.changes.clear()
        for change in scenario.changes:
            self.changes.addItem(say(describe(change)))
        if self.name.text().strip() != scenario.name:
            self.name.setText(scenario.name)
        self.clear_button.setEnabled(scenario.active)
        self.save_button.setEnabled(scenario.active)

    def _on_problem_change(self, field: str, message: str) -> None:
        if field == "scenario":
            self.problem.setText(message)

    def _on_decision_change(self, decision) -> None:
        self.table.show_decision(decision)


def _message(template: str, **values):
    from ..core.messages import Message, Verbatim

    return Message(template, **{key: value if isinstance(value, Message) else Verbatim(str(value))
                                for key, value in values.items()})
