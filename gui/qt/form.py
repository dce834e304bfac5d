"""The cargo form: what, how much, from, to, when, in which currency. Under it one line that always says what
is being quoted ("25 t = 1 × 40' reefer container") or, in red, what is wrong with a field and what was probably
meant; the line keeps its height, so the table and charts below never move."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from .form_note import FormNote, form_style, mark
from .latin_keys import add_latin_key, jump_to
from .session import QuoteSession
from .typed_boxes import NameCompleter, typed_box, within
from .date_field import DateField
from .widgets import LinkLine

_mark = mark  # the terms and the booth's questions mark their fields as the form does

if TYPE_CHECKING:
    from ..core.model import Tables
    from ..core.quote import QuoteResult

TYPING_PAUSE_MS = 250  # re-quote once the user pauses typing, not on every key
# the letters the English labels underline: Alt + the letter still jumps to the field where a translation
# underlines none (Urdu's labels), so a booth's Latin keyboard reaches every field in any language
ENGLISH_KEYS = {"cargo": "C", "quantity": "Q", "unit": "U", "origin": "M", "destination": "O", "departure": "D",
                "currency": "N"}


class CargoForm(FormNote, QWidget):
    """Takes the session it edits; fills its lists from the tables the session holds."""

    def __init__(self, session: QuoteSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setStyleSheet(form_style())
        self.cargo = typed_box(self, NameCompleter(self))
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("e.g. 500"))
        self.unit = typed_box(self, )
        self.origin = typed_box(self, NameCompleter(self))
        self.swap = QToolButton(self)
        self.swap.setText("⇄")
        self.swap.setToolTip(self.tr("Swap origin and destination"))
        self.swap.setAccessibleName(self.swap.toolTip())  # a screen reader read the sign: "⇄", or nothing
        self.destination = typed_box(self, NameCompleter(self))
        self.departure = DateField(self)
        self.departure.setCalendarPopup(True)
        # the request's date while the tables load, not Qt's own 2000-01-01 (the form's first second, every start)
        departure = session.request.departure
        self.departure.setDate(QDate(departure.year, departure.month, departure.day))
        self.currency = QComboBox(self)
        self.fields = {"cargo": self.cargo, "quantity": self.quantity, "unit": self.unit, "origin": self.origin,
                       "destination": self.destination, "departure": self.departure, "currency": self.currency}
        # Alt + the underlined letter jumps to a field (the labels' buddies)
        labels = {"cargo": self.tr("&Cargo"), "quantity": self.tr("&Quantity"), "unit": self.tr("&Unit"),
                  "origin": self.tr("Fro&m"), "destination": self.tr("T&o"), "departure": self.tr("&Departure"),
                  "currency": self.tr("Curre&ncy")}
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 0)
        layout.setVerticalSpacing(2)
        order = ("cargo", "quantity", "unit", "origin", "swap", "destination", "departure", "currency")
        for column, key in enumerate(order):
            widget = self.swap if key == "swap" else self.fields[key]
            if key != "swap":
                label = QLabel(labels[key], self)
                label.setBuddy(widget)
                label.installEventFilter(self)
                layout.addWidget(label, 0, column)
                add_latin_key(label, ENGLISH_KEYS[key])  # Urdu's labels underline no letter a Latin keyboard types
            layout.addWidget(widget, 1, column)
        for column, stretch in enumerate((3, 1, 2, 3, 0, 3, 2, 1)):
            layout.setColumnStretch(column, stretch)
        self.note = LinkLine(self)  # the load as understood, or what is wrong
        self.note.setObjectName("form_note")
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setFixedHeight(self.note.fontMetrics().height() + 4)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # a long text never widens
        self.note.linkActivated.connect(self._use_suggestion)
        # the commercial terms: a row of their own (gui/qt/terms_bar.py)
        from .terms_bar import TermsBar

        self.terms = TermsBar(session, self)
        layout.addWidget(self.terms, 2, 0, 1, len(order))
        # the booth's questions: arrive by, goals, what if (gui/qt/decide_bar.py)
        from .decide_bar import DecideBar

        self.decide = DecideBar(session, self)
        layout.addWidget(self.decide, 3, 0, 1, len(order))
        self._columns = len(order)
        self.terms.activeChanged.connect(self._place_note)
        self._place_note(False)
        self._problem: tuple[str, str] = ("", "")  # field, message
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.change_quantity)
        # view → model
        self.cargo.currentIndexChanged.connect(self._on_cargo_index)
        self.cargo.lineEdit().editingFinished.connect(self.change_cargo)
        self.cargo.completer().activated[QModelIndex].connect(self._on_cargo_completed)
        self.quantity.textEdited.connect(lambda: self._typing.start())
        self.quantity.editingFinished.connect(self.change_quantity)
        self.unit.lineEdit().editingFinished.connect(self.change_unit)
        self.unit.activated.connect(self.change_unit)
        for field, box in (("origin", self.origin), ("destination", self.destination)):
            box.lineEdit().editingFinished.connect(lambda field=field, box=box: self.change_place(field, box))
            box.activated.connect(lambda _index, field=field, box=box: self.change_place(field, box))
            box.completer().activated[str].connect(lambda _text, field=field, box=box: self.change_place(field, box))
        self.swap.clicked.connect(self.change_direction)
        self.departure.dateChanged.connect(self.change_departure)
        self.currency.currentIndexChanged.connect(
            lambda: self.session.change_request(currency=self.currency.currentData()))
        # model → view
        session.tablesChanged.connect(self._on_tables_change)
        session.problemChanged.connect(self._on_problem_change)
        session.quoteChanged.connect(self._on_quote_change)
        session.requestReplaced.connect(self.show_request)
        session.departureMoved.connect(lambda _before, _today: self.show_departure())
        session.priceChanged.connect(lambda _price: self._update_note())
        # typed names are taken when the keyboard leaves the field, also while the completer's list is open (then
        # the field itself is never told it lost the focus, and Tab would leave the old value quoted)
        QApplication.instance().focusChanged.connect(self._on_focus_change)
        self.setTabOrder(self.cargo, self.quantity)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Alt + a field's letter selects what the field holds, so typing replaces it, also when the keyboard is
        in the field already (Qt selects it only when the focus moves)."""
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QLabel) and watched.buddy() is not None:
            jump_to(watched.buddy())
            return True
        return super().eventFilter(watched, event)

    def _on_focus_change(self, old: QWidget | None, new: QWidget | None) -> None:
        for field, box in (("cargo", self.cargo), ("unit", self.unit), ("origin", self.origin),
                           ("destination", self.destination)):
            if within(old, box) and not within(new, box):
                # the list of names goes with the keyboard: left open, it took the next keys (Tab to the quantity,
                # then "3", read "Citrus (kinnow)3" in the cargo field under X11)
                popup = box.completer().popup() if box.completer() is not None else None
                if popup is not None and popup.isVisible():
                    popup.hide()
                self._take(field)

    def _take(self, field: str) -> None:
        """Quote what a typed field holds now."""
        if field == "cargo":
            self.change_cargo()
        elif field == "unit":
            self.change_unit()
        else:
            self.change_place(field, self.fields[field])

    def apply_theme(self) -> None:
        self.setStyleSheet(form_style())
        self._update_note()

    def problem(self, field: str) -> str:
        """What is wrong with a field, as the note line says it ("" when nothing is)."""
        return self._problem[1] if self._problem[0] == field else ""

    # ------------------------------------------------------------------ view → model

    def change_quantity(self) -> None:
        self._typing.stop()
        if self.quantity.text() != str(self.session.request.quantity):
            self.session.change_request(quantity=self.quantity.text())

    def change_unit(self) -> None:
        """A unit picked from the list, or typed: whole words and abbreviations (t, m3, TEU, 40', reefer…) are
        understood by the core; what it cannot place is a problem with suggestions."""
        text = self.unit.currentText().strip()
        index = self.unit.findText(text, Qt.MatchFlag.MatchFixedString)
        key = self.unit.itemData(index) if index >= 0 else text
        if key != self.session.request.unit:
            self.session.change_request(unit=key)
        elif index < 0:  # typed again as it was: show the name it stands for
            self._show_unit(key)

    def change_cargo(self) -> None:
        """A cargo picked, or typed as any part of a name or alias ("kinnow"): the field then shows the cargo's
        name; what the tables cannot place is quoted as typed, so the note line says what is wrong."""
        text = self.cargo.currentText().strip()
        found = self._find("cargo", text)
        if found is None:
            if text != self.session.request.cargo:
                self.session.change_request(cargo=text)
            return
        index = self.cargo.findData(found)
        with QSignalBlocker(self.cargo):
            self.cargo.setCurrentIndex(index)
        if found != self.session.request.cargo:
            self.session.change_request(cargo=found)

    def _on_cargo_index(self, index: int) -> None:
        if index >= 0:
            self.session.change_request(cargo=self.cargo.itemData(index))

    def _on_cargo_completed(self, index: QModelIndex) -> None:
        key = index.data(Qt.ItemDataRole.UserRole)
        with QSignalBlocker(self.cargo):
            self.cargo.setCurrentIndex(self.cargo.findData(key))
        if key != self.session.request.cargo:
            self.session.change_request(cargo=key)

    def change_place(self, field: str, box: QComboBox) -> None:
        """A place picked, or typed as any part of a name or alias ("Qostanay", "pindi"): the field then shows the
        place's name."""
        text = box.currentText().strip()
        place = self._find("place", text)
        if place is not None and place != text:
            with QSignalBlocker(box):
                box.setCurrentText(place)
            text = place
        if text != getattr(self.session.request, field):
            self.session.change_request(**{field: text})

    def _find(self, kind: str, text: str) -> str | None:
        """The cargo id, or the place's name in the interface language, that typed text means; None when the
        tables have no such one, or several (the quote then says which)."""
        from ..core.errors import InputError
        from ..core.request import find_cargo, find_place
        from .i18n import current_language

        tables = self.session.tables
        if tables is None or not text:
            return None
        try:
            if kind == "cargo":
                return find_cargo(tables, text).cargo_id
            return find_place(tables, text).name_in(current_language())
        except InputError:
            return None

    def change_direction(self) -> None:
        request = self.session.request
        with QSignalBlocker(self.origin), QSignalBlocker(self.destination):
            self.origin.setCurrentText(request.destination)
            self.destination.setCurrentText(request.origin)
        self.session.change_request(origin=request.destination, destination=request.origin)

    def change_departure(self, date: QDate) -> None:
        self.session.change_request(departure=date.toPython())

    # ------------------------------------------------------------------ model → view

    def _on_tables_change(self, tables: Tables) -> None:
        request = self.session.request
        blockers = [QSignalBlocker(w) for w in self.fields.values()]
        from ..core.errors import InputError
        from ..core.request import find_place
        from .i18n import current_language

        language = current_language()
        self.cargo.clear()
        cargo_types = sorted(tables.cargo_types.values(), key=lambda c: c.name_in(language))
        for cargo in cargo_types:
            self.cargo.addItem(cargo.name_in(language), cargo.cargo_id)
        self.cargo.completer().set_names(
            (c.name_in(language), c.cargo_id, (c.cargo_id, c.name, *c.aliases, *(n for _, n in c.local_names)))
            for c in cargo_types)
        self._show_cargo(tables, request.cargo)
        self.unit.clear()
        for key, text in self.unit_names().items():
            self.unit.addItem(text, key)
        for equipment in tables.equipment.values():
            if equipment.kind in ("container", "wagon", "truck"):
                self.unit.addItem(equipment.name_in(language), equipment.equipment_id)
        self._show_unit(request.unit)
        places = sorted(p.name_in(language) for p in tables.places.values() if p.endpoint)
        # the list offers the endpoints; typing finds any place the tables know, endpoints first
        named = [(p.name_in(language), p.place_id, (p.place_id, p.name, *p.aliases, *(n for _, n in p.local_names)))
                 for p in sorted(tables.places.values(), key=lambda p: (not p.endpoint, p.name_in(language)))]
        for box, value in ((self.origin, request.origin), (self.destination, request.destination)):
            box.clear()
            box.addItems(places)
            box.completer().set_names(named)
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
        # the window opens in the cargo field, and a field filled anew while the keyboard is in it is selected
        # whole: typing replaces it rather than adding to it
        if self.window().focusWidget() is None:
            self.cargo.setFocus(Qt.FocusReason.OtherFocusReason)
        focused = self.window().focusWidget()
        if isinstance(focused, QComboBox) and focused.isEditable():
            focused = focused.lineEdit()  # the box has the focus for its line
        if isinstance(focused, QLineEdit) and self.isAncestorOf(focused):
            focused.selectAll()
        # the request now names exactly what the form shows
        self.session.change_request(cargo=self.cargo.currentData() or request.cargo, origin=self.origin.currentText(),
                                    destination=self.destination.currentText())

    def _cargo_index(self, tables: Tables, text: str) -> int:
        """The cargo a request names by id, name or alias (a request remembered, saved or written by hand); -1
        when the tables have none such: the field stays empty and the quote says why, rather than the first
        cargo of the list standing in for it unsaid."""
        from ..core.errors import InputError
        from ..core.request import find_cargo

        if tables is None:
            return self.cargo.findData(text)
        try:
            return self.cargo.findData(find_cargo(tables, text).cargo_id)
        except InputError:
            return -1

    def _show_cargo(self, tables: Tables | None, text: str) -> None:
        """The request's cargo in the field; one the tables do not have stays as it was typed."""
        index = self._cargo_index(tables, text)
        self.cargo.setCurrentIndex(index)
        if index < 0:
            self.cargo.setEditText(text)

    def show_request(self) -> None:
        """Show the session's request in the fields (a saved quote opened into the form)."""
        request = self.session.request
        with QSignalBlocker(self.cargo), QSignalBlocker(self.currency):
            self._show_cargo(self.session.tables, request.cargo)
            self.currency.setCurrentIndex(max(0, self.currency.findData(request.currency)))
        self.show_departure()
        self.quantity.setText(str(request.quantity))
        self._show_unit(request.unit)
        tables = self.session.tables
        for box, value in ((self.origin, request.origin), (self.destination, request.destination)):
            with QSignalBlocker(box):
                box.setCurrentText(self._place_name(tables, value))

    def show_departure(self) -> None:
        """Show the session's departure alone (a new day moved it): what is being typed in the other fields stays."""
        departure = self.session.request.departure
        with QSignalBlocker(self.departure):
            self.departure.setDate(QDate(departure.year, departure.month, departure.day))

    @staticmethod
    def _place_name(tables, value: str) -> str:
        from ..core.errors import InputError
        from ..core.request import find_place
        from .i18n import current_language

        try:
            return find_place(tables, value).name_in(current_language()) if tables else value
        except InputError:
            return value

    def unit_names(self) -> dict[str, str]:
        """The general units, by the key the core reads, as the list shows them."""
        return {"t": self.tr("t (tonnes)"), "m3": self.tr("m³ (cubic metres)"), "bbl": self.tr("bbl (barrels of oil)"),
                "containers": self.tr("containers"), "wagons": self.tr("wagons"), "trucks": self.tr("trucks")}

    def _show_unit(self, key: str) -> None:
        index = self.unit.findData(key)
        with QSignalBlocker(self.unit):
            if index >= 0:
                self.unit.setCurrentIndex(index)
            else:
                self.unit.setCurrentText(key)

    def _on_problem_change(self, field: str, message: str) -> None:
        if message:
            self._problem = (field, message)
        elif self._problem[0] == field:
            self._problem = ("", "")
        for key, widget in self.fields.items():
            mark(widget, "problem", key == self._problem[0])
            widget.setToolTip(self._problem[1] if key == self._problem[0] else "")
        self._update_note()

    def _on_quote_change(self, result: QuoteResult | None) -> None:
        if result is not None:
            self._show_unit(result.load.unit)  # "T" or "tonnes" typed: the list entry it stands for
        self._update_note()

