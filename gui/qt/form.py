"""The cargo form: what, how much, from, to, when, in which currency. Problems are shown at the field."""
from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QGridLayout, QLabel, QLineEdit, QToolButton,
                               QWidget)

from typing import TYPE_CHECKING

from .i18n import set_up_date_field
from .session import QuoteSession

if TYPE_CHECKING:
    from ..core.model import Tables

UNITS = (("t", "t"), ("m³", "m3"), ("containers", "containers"), ("wagons", "wagons"), ("trucks", "trucks"))
TYPING_PAUSE_MS = 250  # re-quote once the user pauses typing, not on every key


class CargoForm(QWidget):
    """Takes the session it edits; fills its lists from the tables the session holds."""

    def __init__(self, session: QuoteSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.cargo = QComboBox(self)
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("e.g. 500"))
        self.unit = QComboBox(self)
        self.origin = self._place_box()
        self.swap = QToolButton(self)
        self.swap.setText("⇄")
        self.swap.setToolTip(self.tr("Swap origin and destination"))
        self.destination = self._place_box()
        self.departure = QDateEdit(self)
        self.departure.setCalendarPopup(True)
        set_up_date_field(self.departure)
        self.currency = QComboBox(self)
        fields = (("cargo", self.tr("Cargo"), self.cargo), ("quantity", self.tr("Quantity"), self.quantity),
                  ("unit", self.tr("Unit"), self.unit), ("origin", self.tr("From"), self.origin),
                  ("swap", "", self.swap), ("destination", self.tr("To"), self.destination),
                  ("departure", self.tr("Departure"), self.departure),
                  ("currency", self.tr("Currency"), self.currency))
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setVerticalSpacing(2)
        self.problems: dict[str, QLabel] = {}
        for column, (name, text, widget) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(widget)
            layout.addWidget(label, 0, column)
            layout.addWidget(widget, 1, column, Qt.AlignmentFlag.AlignBottom if name == "swap" else
                             Qt.AlignmentFlag.AlignVCenter)
            if name == "swap":
                continue
            problem = QLabel(self)
            problem.setObjectName(f"problem_{name}")
            problem.setStyleSheet("color: #b3261e;")
            problem.setWordWrap(True)
            layout.addWidget(problem, 2, column)
            self.problems[name] = problem
        for column, stretch in enumerate((3, 1, 2, 3, 0, 3, 2, 1)):
            layout.setColumnStretch(column, stretch)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.change_quantity)
        # view → model
        self.cargo.currentIndexChanged.connect(lambda: self.session.change_request(cargo=self.cargo.currentData()))
        self.quantity.textEdited.connect(lambda: self._typing.start())
        self.quantity.editingFinished.connect(self.change_quantity)
        self.unit.currentIndexChanged.connect(lambda: self.session.change_request(unit=self.unit.currentData()))
        self.origin.lineEdit().editingFinished.connect(lambda: self.change_place("origin", self.origin))
        self.origin.activated.connect(lambda: self.change_place("origin", self.origin))
        self.destination.lineEdit().editingFinished.connect(lambda: self.change_place("destination",
                                                                                     self.destination))
        self.destination.activated.connect(lambda: self.change_place("destination", self.destination))
        self.swap.clicked.connect(self.change_direction)
        self.departure.dateChanged.connect(
            lambda date: self.session.change_request(departure=date.toPython()))
        self.currency.currentIndexChanged.connect(
            lambda: self.session.change_request(currency=self.currency.currentData()))
        # model → view
        session.tablesChanged.connect(self._on_tables_change)
        session.problemChanged.connect(self._on_problem_change)
        self.setTabOrder(self.cargo, self.quantity)

    def _place_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        return box

    # ------------------------------------------------------------------ view → model

    def change_quantity(self) -> None:
        self._typing.stop()
        if self.quantity.text() != str(self.session.request.quantity):
            self.session.change_request(quantity=self.quantity.text())

    def change_place(self, field: str, box: QComboBox) -> None:
        text = box.currentText().strip()
        if text != getattr(self.session.request, field):
            self.session.change_request(**{field: text})

    def change_direction(self) -> None:
        request = self.session.request
        with QSignalBlocker(self.origin), QSignalBlocker(self.destination):
            self.origin.setCurrentText(request.destination)
            self.destination.setCurrentText(request.origin)
        self.session.change_request(origin=request.destination, destination=request.origin)

    # ------------------------------------------------------------------ model → view

    def _on_tables_change(self, tables: Tables) -> None:
        request = self.session.request
        blockers = [QSignalBlocker(w) for w in (self.cargo, self.unit, self.origin, self.destination,
                                                self.departure, self.currency, self.quantity)]
        from ..core.errors import InputError
        from ..core.request import find_place
        from .i18n import current_language

        language = current_language()
        self.cargo.clear()
        for cargo in sorted(tables.cargo_types.values(), key=lambda c: c.name_in(language)):
            self.cargo.addItem(cargo.name_in(language), cargo.cargo_id)
        self.cargo.setCurrentIndex(max(0, self.cargo.findData(request.cargo)))
        self.unit.clear()
        names = {"t": self.tr("t"), "m3": self.tr("m³"), "containers": self.tr("containers"),
                 "wagons": self.tr("wagons"), "trucks": self.tr("trucks")}
        for _, key in UNITS:
            self.unit.addItem(names[key], key)
        for equipment in tables.equipment.values():
            if equipment.kind in ("container", "wagon", "truck"):
                self.unit.addItem(equipment.name_in(language), equipment.equipment_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(request.unit)))
        places = sorted((p.name_in(language) for p in tables.places.values() if p.endpoint))
        for box, value in ((self.origin, request.origin), (self.destination, request.destination)):
            box.clear()
            box.addItems(places)
            try:
                box.setCurrentText(find_place(tables, value).name_in(language))
            except InputError:
                box.setCurrentText(value)
        self.quantity.setText(str(request.quantity))
        self.departure.setDate(QDate(request.departure.year, request.departure.month, request.departure.day))
        self.currency.clear()
        for code in tables.currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(request.currency)))
        del blockers
        # the request now names exactly what the form shows
        self.session.change_request(cargo=self.cargo.currentData(), origin=self.origin.currentText(),
                                    destination=self.destination.currentText())

    def _on_problem_change(self, field: str, message: str) -> None:
        label = self.problems.get(field)
        if label is None:
            return
        label.setText(message)
        widget = {"cargo": self.cargo, "quantity": self.quantity, "unit": self.unit, "origin": self.origin,
                  "destination": self.destination, "departure": self.departure,
                  "currency": self.currency}[field]
        widget.setStyleSheet("border: 2px solid #b3261e;" if message else "")
        widget.setToolTip(message)
