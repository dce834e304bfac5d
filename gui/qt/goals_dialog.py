"""Goals…: the modes allowed, places or countries to avoid, a cost ceiling, the lowest CO2e within a margin of the
cheapest, and the annual rate at which the goods' value tied up in transit is counted. What cannot be used is said
under the fields and the dialog stays open."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..core import decide_messages as dmsg
from ..core import formatting as fmt
from ..core.countries import split_list
from ..core.errors import InputError
from ..core.goal_reading import avoided, check_ends, check_numbers, parse_ceiling
from ..core.goals import Goals
from ..core.messages import Message
from .i18n import learn_country_names, say
from .problem_label import ProblemLabel
from .widgets import say_on_field

# what a user picks: sea stands for the Caspian ferries too
MODE_CHOICES = (("road", ("road",)), ("rail", ("rail",)), ("sea", ("sea", "ferry")), ("pipeline", ("pipeline",)))


def ceiling_text(amount: float) -> str:
    """A ceiling as the field shows it again, every figure kept and none in an exponent: 1,250,000 read "1.25e+06",
    which the field then refused, and 250,000.50 "250000", a lower ceiling on OK."""
    return f"{amount:.4f}".rstrip("0").rstrip(".")


class GoalsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        learn_country_names()  # done by the language's install; a window made without one reads them too
        self.setWindowTitle(self.tr("Goals"))
        self.session = session
        goals = session.goals
        currency = session.request.currency
        form = QFormLayout()
        modes = QHBoxLayout()
        names = {"road": self.tr("&road"), "rail": self.tr("ra&il"), "sea": self.tr("&sea and ferry"),
                 "pipeline": self.tr("&pipeline")}
        self.modes: dict[str, QCheckBox] = {}
        for key, members in MODE_CHOICES:
            box = QCheckBox(names[key], self)
            box.setChecked(not goals.modes or any(m in goals.modes for m in members))
            modes.addWidget(box)
            self.modes[key] = box
        modes.addStretch(1)
        form.addRow(self.tr("Modes allowed"), modes)
        self.avoid = QLineEdit(", ".join(goals.avoid), self)
        self.avoid.setPlaceholderText(self.tr("places or countries, e.g. Afghanistan, IR, Torkham"))
        form.addRow(self.tr("Avoid"), self.avoid)
        ceiling = QHBoxLayout()
        self.max_cost = QLineEdit("" if goals.max_cost is None else ceiling_text(goals.max_cost), self)
        self.max_cost.setPlaceholderText(self.tr("no ceiling"))
        self.per = QComboBox(self)
        self.per.addItem(self.tr("{currency} in total").format(currency=currency), False)
        self.per.addItem(self.tr("{currency} per t").format(currency=currency), True)
        self.per.setCurrentIndex(1 if goals.max_cost_per_tonne else 0)
        ceiling.addWidget(self.max_cost, 1)
        ceiling.addWidget(self.per)
        form.addRow(self.tr("Cost at most"), ceiling)
        greenest = QHBoxLayout()
        self.co2 = QCheckBox(self.tr("recommend the lowest CO2e among routes at most"), self)
        self.co2.setChecked(goals.co2_within_pct is not None)
        self.co2_pct = QDoubleSpinBox(self)
        self.co2_pct.setRange(0, 1000)
        self.co2_pct.setDecimals(0)
        self.co2_pct.setSuffix(" %")
        self.co2_pct.setValue(goals.co2_within_pct if goals.co2_within_pct is not None else 15)
        greenest.addWidget(self.co2)
        greenest.addWidget(self.co2_pct)
        dearer = QLabel(self.tr("dearer than the cheapest"), self)
        greenest.addWidget(dearer)
        greenest.addStretch(1)
        form.addRow(self.tr("CO2e"), greenest)
        # the rate, its unit beside it, and what it is counted on in a sentence of its own on the line below: side
        # by side they read as one phrase ("% a year, on the goods' value give the goods' value under Terms")
        capital = QHBoxLayout()
        self.capital = QLineEdit("" if goals.capital_rate_pct is None else f"{goals.capital_rate_pct:g}", self)
        self.capital.setPlaceholderText(self.tr("not counted"))
        # wide enough for its hint in any language (a cut hint says nothing), no wider: it takes a rate
        self.capital.setFixedWidth(max(90, self.capital.fontMetrics().horizontalAdvance(
            self.capital.placeholderText()) + 16))
        self.capital.setToolTip(self.tr("The money tied up while the goods travel: the goods' value × this rate × "
                                        "the typical days ÷ 365"))
        capital.addWidget(self.capital)
        self.capital_unit = QLabel(self.tr("% a year of the goods' value"), self)
        capital.addWidget(self.capital_unit)
        capital.addStretch(1)
        capital_label = QLabel(self.tr("Cost of capital"), self)
        capital_label.setBuddy(self.capital)
        form.addRow(capital_label, capital)
        value = session.goods_value  # as typed under Terms just now, though no rate has counted it yet
        self.value_note = QLabel(self.tr("Goods' value: {value}, as given under Terms.").format(
            value=fmt.money(value, currency)) if value is not None else
            self.tr("Give the goods' value under Terms: without it the cost of capital is not counted."), self)
        self.value_note.setWordWrap(True)
        form.addRow("", self.value_note)
        # a row's label names no field of a row of several: a screen reader read each one unnamed
        self.max_cost.setAccessibleName(self.tr("Cost at most"))
        self.co2_pct.setAccessibleName(self.tr("CO2e"))
        self.co2_pct.setAccessibleDescription(f"{self.co2.text()} … {dearer.text()}")
        self.capital.setAccessibleName(capital_label.text())
        self.capital.setAccessibleDescription(f"{self.capital_unit.text()}. {self.value_note.text()}")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        clear = QPushButton(self.tr("&No goals"), self)
        clear.setToolTip(self.tr("Every mode, nothing avoided, no ceiling, no CO2e margin (the arrival date stays)"))
        buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from .latin_keys import add_latin_key

        for widget, letter in ((self.modes["road"], "R"), (self.modes["rail"], "I"), (self.modes["sea"], "S"),
                               (self.modes["pipeline"], "P"), (clear, "N")):  # as the English underlines
            add_latin_key(widget, letter)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())  # no empty band above the buttons

    def clear(self) -> None:
        for box in self.modes.values():
            box.setChecked(True)
        self.avoid.clear()
        self.max_cost.clear()
        self.co2.setChecked(False)

    def values(self) -> Goals:
        """The goals as entered; an InputError names what cannot be used."""
        allowed = tuple(m for key, members in MODE_CHOICES if self.modes[key].isChecked() for m in members)
        if len(allowed) == 5:
            allowed = ()  # every mode: no goal
        elif not allowed:
            raise InputError("modes", Message(dmsg.NO_MODE_ALLOWED))
        avoid = split_list(self.avoid.text())  # "افغانستان، ایران": the Arabic comma separates an Urdu list
        max_cost, per_tonne = (None, False)
        if self.max_cost.text().strip():
            number, typed_per_tonne = parse_ceiling(self.max_cost.text().replace(" ", ""),
                                                    self.session.request.currency)
            max_cost, per_tonne = number, typed_per_tonne or bool(self.per.currentData())  # "80/t" is per tonne
        rate = None
        if self.capital.text().strip():
            try:
                rate = float(self.capital.text().strip().replace(",", ".").rstrip("%"))
            except ValueError:
                rate = float("nan")  # said by check_numbers
        goals = replace(self.session.goals, modes=allowed, avoid=avoid, max_cost=max_cost,
                        max_cost_per_tonne=per_tonne, co2_within_pct=self.co2_pct.value() if self.co2.isChecked()
                        else None, capital_rate_pct=rate)
        goals = check_numbers(goals)
        if goals.avoid and self.session.tables is not None:
            avoided(self.session.tables, goals)
            request = self.session.request
            try:
                check_ends(self.session.tables, goals, request.origin, request.destination)
            except InputError as error:
                if error.field == "avoid":  # an origin or destination not yet known is the form's to say
                    raise
        return goals

    def accept(self) -> None:
        try:
            self.values()
        except InputError as error:
            self.problem.setText(say(error.message))
            # the keyboard to the field refused, the reason said on it: a screen reader heard nothing of the line
            fields = {"modes": self.modes["road"], "avoid": self.avoid, "max_cost": self.max_cost,
                      "co2_within_pct": self.co2_pct, "capital_rate_pct": self.capital}
            for key, field in fields.items():
                if key != error.field:
                    say_on_field(field, "")
            if error.field in fields:
                say_on_field(fields[error.field], self.problem.text())
            return
        super().accept()

    @classmethod
    def ask(cls, session, parent: QWidget | None = None) -> Goals | None:
        """The goals chosen, or None if cancelled. A seam: tests replace it."""
        dialog = cls(session, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

