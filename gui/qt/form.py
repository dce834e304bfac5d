"""The cargo form: what, how much, from, to, when, in which currency. Under it one line that always says what
is being quoted ("25 t = 1 × 40' reefer container") or, in red, what is wrong with a field and what was probably
meant; the line keeps its height, so the table and charts below never move."""
from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QComboBox, QCompleter, QGridLayout, QLabel, QLineEdit, QSizePolicy,
                               QToolButton, QWidget)

from ..core import formatting as fmt
from ..core.suggest import fold
from .colours import theme
from .i18n import name, say
from .latin_keys import add_latin_key, jump_to
from .session import QuoteSession
from .widgets import DateField, LinkLine

if TYPE_CHECKING:
    from ..core.model import Tables
    from ..core.quote import QuoteResult

TYPING_PAUSE_MS = 250  # re-quote once the user pauses typing, not on every key
# the letters the English labels underline: Alt + the letter still jumps to the field where a translation
# underlines none (Urdu's labels), so a booth's Latin keyboard reaches every field in any language
ENGLISH_KEYS = {"cargo": "C", "quantity": "Q", "unit": "U", "origin": "M", "destination": "O", "departure": "D",
                "currency": "N"}
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # every name and alias of a completer's row, folded as the core folds


class NameCompleter(QCompleter):
    """Completes a cargo or place from any part of any name the tables give it (the interface language's, the
    others, the aliases: "kinnow", "Qostanay", "pindi"), compared as the core compares names (case, spaces and
    punctuation aside); the list and the field show the name in the interface language."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.names = QStandardItemModel(self)
        self.setModel(self.names)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def set_names(self, rows) -> None:
        """``rows``: (name shown, key, every name and alias it answers to), in the order the list shows them."""
        self.names.clear()
        for shown, key, names in rows:
            item = QStandardItem(shown)
            item.setData(key, Qt.ItemDataRole.UserRole)
            # a separator the folded text can never hold: a match never runs across two names
            item.setData("|" + "|".join(dict.fromkeys(fold(n) for n in (shown, *names))) + "|", SEARCH_ROLE)
            self.names.appendRow(item)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 - Qt API
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def form_style() -> str:
    """A field marked with the property ``problem`` (red) or ``caution`` (amber) gets a frame; the style sheet is
    set once (and again when the palette changes), so marking a field never changes its font or size."""
    colours = theme()
    return (f"*[problem=\"true\"] {{ border: 2px solid {colours.css('problem')}; border-radius: 3px; }}"
            f"*[caution=\"true\"] {{ border: 2px solid {colours.css('caution')}; border-radius: 3px; }}")


class CargoForm(QWidget):
    """Takes the session it edits; fills its lists from the tables the session holds."""

    def __init__(self, session: QuoteSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setStyleSheet(form_style())
        self.cargo = self._typed_box(NameCompleter(self))
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("e.g. 500"))
        self.unit = self._typed_box()
        self.origin = self._typed_box(NameCompleter(self))
        self.swap = QToolButton(self)
        self.swap.setText("⇄")
        self.swap.setToolTip(self.tr("Swap origin and destination"))
        self.destination = self._typed_box(NameCompleter(self))
        self.departure = DateField(self)
        self.departure.setCalendarPopup(True)
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
        session.priceChanged.connect(lambda _price: self._update_note())
        # typed names are taken when the keyboard leaves the field, also while the completer's list is open (then
        # the field itself is never told it lost the focus, and Tab would leave the old value quoted)
        QApplication.instance().focusChanged.connect(self._on_focus_change)
        self.setTabOrder(self.cargo, self.quantity)

    def _typed_box(self, completer: NameCompleter | None = None) -> QComboBox:
        """A list one may also type into: the typed text is matched anywhere in the names, case aside. A
        ``NameCompleter`` also finds the names the list does not show (aliases, other languages, places that are
        not endpoints); it is the line's own, so the box never looks its rows up in its shorter list."""
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if completer is None:
            completer = QCompleter(box.model(), box)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            box.setCompleter(completer)
        else:
            completer.setParent(box)
            box.lineEdit().setCompleter(completer)
        return box

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
            if _within(old, box) and not _within(new, box):
                self._take(field)

    def _take(self, field: str) -> None:
        """Quote what a typed field holds now."""
        if field == "cargo":
            self.change_cargo()
        elif field == "unit":
            self.change_unit()
        else:
            self.change_place(field, self.fields[field])

    def _place_note(self, terms_shown: bool) -> None:
        """The note line sits beside the one short terms field while no Incoterm is chosen (the booth's freight
        quote keeps its height), and under the terms once they fill their row."""
        self.layout().removeWidget(self.note)
        self.terms.layout().removeWidget(self.note)
        self.terms._stretch.setVisible(terms_shown)
        if terms_shown:
            self.layout().addWidget(self.note, 4, 0, 1, self._columns)
        else:
            self.terms.layout().insertWidget(2, self.note, 1)

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

    def _use_suggestion(self, text: str) -> None:
        """A suggestion in the note line was clicked: put it in the field it is for."""
        field = self._problem[0]
        if field == "named_place":
            self.session.change_terms(named_place=text)
            self.terms.place.setFocus()  # the keyboard goes back to the field, as for the others
            return
        widget = self.fields.get(field)
        if isinstance(widget, QComboBox) and widget.isEditable():
            with QSignalBlocker(widget):
                widget.setCurrentText(name(text) if field != "unit" else text)
            self._take(field)
            widget.setFocus()

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
        with QSignalBlocker(self.cargo), QSignalBlocker(self.currency), QSignalBlocker(self.departure):
            self._show_cargo(self.session.tables, request.cargo)
            self.currency.setCurrentIndex(max(0, self.currency.findData(request.currency)))
            self.departure.setDate(QDate(request.departure.year, request.departure.month, request.departure.day))
        self.quantity.setText(str(request.quantity))
        self._show_unit(request.unit)
        tables = self.session.tables
        for box, value in ((self.origin, request.origin), (self.destination, request.destination)):
            with QSignalBlocker(box):
                box.setCurrentText(self._place_name(tables, value))

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
        return {"t": self.tr("t (tonnes)"), "m3": self.tr("m³ (cubic metres)"), "containers": self.tr("containers"),
                "wagons": self.tr("wagons"), "trucks": self.tr("trucks")}

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
            _mark(widget, "problem", key == self._problem[0])
            widget.setToolTip(self._problem[1] if key == self._problem[0] else "")
        self._update_note()

    def _on_quote_change(self, result: QuoteResult | None) -> None:
        if result is not None:
            self._show_unit(result.load.unit)  # "T" or "tonnes" typed: the list entry it stands for
        self._update_note()

    def _update_note(self) -> None:
        """One line: the problem of a field (red, suggestions as links), else the load and any caution."""
        departure = self.session.request.departure
        past = departure < dt.date.today()
        _mark(self.departure, "caution", past and self._problem[0] != "departure")
        if self._problem[0]:
            field, message = self._problem
            text = html.escape(message)
            for suggestion in self.session.suggestions(field):
                shown = html.escape(name(suggestion) if field != "unit" else suggestion)
                text = text.replace(shown, f"<a href=\"{html.escape(suggestion)}\">{shown}</a>", 1)
            self.note.setText(f"<span style='color:{theme().css('problem')}'>{text}</span>")
            self.note.setToolTip(message)
            self._offer_links(field, "<a href" in text)
            return
        self._offer_links("", False)
        result = self.session.result
        parts = [html.escape(load_line(result, self.session.tables))] if result is not None else []
        from .terms_bar import terms_line

        terms = terms_line(self.session)
        if terms and result is not None:
            parts.append(html.escape(terms))
        if past:
            from .i18n import local_date

            parts.append(f"<span style='color:{theme().css('caution')}'>" + html.escape(self.tr(
                "departure {date} is before today: a back-dated quote").format(date=local_date(departure)))
                + "</span>")
        self.note.setText(" · ".join(parts))
        self.note.setToolTip("")


    def _offer_links(self, field: str, linked: bool) -> None:
        """A suggestion ("did you mean Karachi?") is taken by keyboard too: Tab from the field goes to it, Return
        puts it in the field; without one, the line is no stop for Tab."""
        flags = Qt.TextInteractionFlag.LinksAccessibleByMouse
        if not linked:
            self.note.setTextInteractionFlags(flags)
            self.note.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click on the line leaves the keyboard where it is
            return
        self.note.setTextInteractionFlags(flags | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)  # a Tab stop
        widget = self.fields.get(field) or self.terms.fields.get(field)
        if widget is not None:
            QWidget.setTabOrder(widget, self.note)


def _within(widget: QWidget | None, box: QComboBox) -> bool:
    """Whether ``widget`` is the typed box, its line, or its completer's list."""
    if widget is None:
        return False
    popup = box.completer().popup() if box.completer() else None
    return any(w is widget or w.isAncestorOf(widget) for w in (box, popup) if w is not None)


def _mark(widget: QWidget, kind: str, on: bool) -> None:
    """Set or clear a field's ``problem``/``caution`` frame (drawn by the form's style sheet)."""
    if bool(widget.property(kind)) == on:
        return
    widget.setProperty(kind, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def load_line(result: QuoteResult, tables) -> str:
    """The load as the quote understood it: "500 t = 8 × Grain hopper wagon (Iran rail + sea)", the units of the
    cheapest open route's main equipment."""
    from ..core.summary import highlights, per_unit

    text = say(result.load.description)
    if result.load.locked is None and tables is not None:
        best = next((h for h in highlights(result) if "cheapest" in h.kinds), None)
        unit = per_unit(best.route, tables) if best else None
        if unit is not None:
            text += " = " + QCoreApplication.translate("CargoForm", "{count} × {equipment} on the cheapest route"
                                                       ).format(count=fmt.number(unit.count),
                                                                equipment=name(unit.equipment_name))
    return text
