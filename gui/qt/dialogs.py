"""Dialogs for documents: the letterhead, saving a quote for a buyer, the exchange rates (the quote history's
is history_dialog.py's)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..core import formatting as fmt
from .table_files import settings
from .i18n import say
from .problem_label import ProblemLabel
from .date_field import DateField
from .widgets import say_on_field

LETTERHEAD_KEYS = ("name", "contacts", "terms", "logo")


def letterhead() -> dict[str, str]:
    store = settings()
    return {key: str(store.value(f"letterhead/{key}", "")) for key in LETTERHEAD_KEYS}


def validity_days() -> int:
    """Days a new quote stays valid, as set in the letterhead (kept within the range a quote allows)."""
    from ..core.validation import VALIDITY_DAYS

    try:
        days = int(settings().value("letterhead/validity_days", 14))
    except (TypeError, ValueError, OverflowError):  # OverflowError: an edited "inf"
        return 14
    return min(max(days, VALIDITY_DAYS[0]), VALIDITY_DAYS[1])


def stale_after_days() -> int:
    """Exchange rates and rates older than this many days are pointed out on a quote (set in Letterhead…)."""
    from ..core.freshness import DEFAULT_STALE_DAYS

    from ..core.validation import STALE_DAYS

    try:  # within the range the Letterhead… dialog sets (an edited 1e20 reached the quote, and the dialog failed)
        return min(max(1, int(settings().value("quotes/stale_after_days", DEFAULT_STALE_DAYS))), STALE_DAYS[1])
    except (TypeError, ValueError, OverflowError):
        return DEFAULT_STALE_DAYS


def _lay_out_with_save_cancel(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


class LetterheadDialog(QDialog):
    """The company's name, logo, contacts and terms, printed on every quote; set once, remembered."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letterhead"))
        values = letterhead()
        self.name = QLineEdit(values["name"])
        self.contacts = QLineEdit(values["contacts"])
        self.terms = QPlainTextEdit(values["terms"])
        self.terms.setTabChangesFocus(True)  # Tab goes to the next field; the terms are typed, not indented
        self.logo = QLineEdit(values["logo"])
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setValue(validity_days())
        self.validity.setSuffix(self.tr(" days"))
        self.stale = QSpinBox()
        self.stale.setRange(1, 3650)
        self.stale.setValue(stale_after_days())
        self.stale.setSuffix(self.tr(" days"))
        self.stale.setToolTip(self.tr("A quote whose exchange rates or rates are older than this says so"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Company"), self.name)
        form.addRow(self.tr("Contacts"), self.contacts)
        form.addRow(self.tr("Logo"), logo_row)
        self.logo.setAccessibleName(self.tr("Logo"))  # the row's label names no field of a row of two
        form.addRow(self.tr("Terms"), self.terms)
        form.addRow(self.tr("Quotes valid for"), self.validity)
        form.addRow(self.tr("Warn when rates are older than"), self.stale)
        self.problem = ProblemLabel(self)  # a logo that is no picture
        form.addRow(self.problem)
        _lay_out_with_save_cancel(self, form)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def accept(self) -> None:
        from .quote_page import logo_size

        logo = self.logo.text().strip()
        if logo and logo_size(logo) is None:  # it would print as nothing, or as Qt's broken-picture icon
            self.problem.setText(self.tr("The logo {file} cannot be read as a picture (PNG or JPEG): choose another "
                                         "file, or leave the logo empty.").format(file=logo))
            say_on_field(self.logo, self.problem.text())
            self.logo.setFocus()
            return
        store = settings()
        store.setValue("letterhead/name", self.name.text().strip())
        store.setValue("letterhead/contacts", self.contacts.text().strip())
        store.setValue("letterhead/terms", self.terms.toPlainText().strip())
        store.setValue("letterhead/logo", self.logo.text().strip())
        store.setValue("letterhead/validity_days", self.validity.value())
        store.setValue("quotes/stale_after_days", self.stale.value())
        store.sync()
        super().accept()


class ExchangeRatesDialog(QDialog):
    """The table's rate for each currency on the departure date, and a field to set another for this quote
    (the rate agreed with the buyer's bank, say). An empty field means the table's rate."""

    def __init__(self, table_rates: list, overrides: dict[str, float], parent: QWidget | None = None):
        super().__init__(parent)
        from .i18n import local_date

        self.setWindowTitle(self.tr("Exchange rates for this quote"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for rate in table_rates:
            field = QLineEdit(fmt.significant(overrides[rate.currency], 8) if rate.currency in overrides else "")
            field.setPlaceholderText(fmt.rate(rate.units_per_usd))
            field.setToolTip(self.tr("Table: {rate} {currency} per USD as of {date}").format(
                rate=fmt.rate(rate.units_per_usd), currency=rate.currency, date=local_date(rate.as_of)))
            self.fields[rate.currency] = field
            form.addRow(self.tr("{currency} per USD").format(currency=rate.currency), field)
        self.problem = ProblemLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        reset = buttons.addButton(self.tr("Use the table's rates"), QDialogButtonBox.ButtonRole.ResetRole)
        reset.clicked.connect(lambda: [field.clear() for field in self.fields.values()])
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Leave a field empty to use the table's rate (shown in grey)."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> dict[str, float]:
        """The rates set, by currency; raises InputError naming the currency of a field that is not a rate."""
        from ..core import quote_messages as qmsg
        from ..core.errors import InputError
        from ..core.messages import Message, Verbatim
        from ..core.request import parse_quantity

        overrides = {}
        for currency, field in self.fields.items():
            if field.text().strip():
                what = Message(qmsg.RATE_OF, currency=Verbatim(currency))
                try:
                    overrides[currency] = parse_quantity(field.text(), what=what, field="fx", points=False)
                except InputError:
                    self.refused = field
                    raise
        return overrides

    def _accept_if_valid(self) -> None:
        from ..core.errors import InputError

        self.refused = None
        try:
            self.values()
        except InputError as error:
            self.problem.setText(say(error.message))
            for field in self.fields.values():  # said on the field it is about, which the keyboard goes to
                say_on_field(field, self.problem.text() if field is self.refused else "")
            return
        for field in self.fields.values():
            say_on_field(field, "")
        self.accept()

    @classmethod
    def ask(cls, table_rates: list, overrides: dict[str, float], parent: QWidget | None = None
            ) -> dict[str, float] | None:
        """The rates set (empty: the table's), or None if cancelled. A seam: tests replace it."""
        dialog = cls(table_rates, overrides, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


SHORT_VALIDITY_DAYS = 3  # a quote valid for fewer days than this is asked about once


class SaveQuoteDialog(QDialog):
    """Who the quote is for (optional: a lead at the fair) and how long it holds. A validity that ends before
    today cannot be saved; one ending within three days is asked about once. Tab goes field by field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save quote"))
        self.setMinimumWidth(420)  # room for the placeholders in Russian and Kazakh
        self.buyer = QLineEdit()
        self.buyer.setPlaceholderText(self.tr("optional"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("phone or e-mail, optional"))
        self.valid_until = DateField()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDate(QDate.currentDate().addDays(validity_days()))
        self.note = QLineEdit()
        self.problem = ProblemLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Buyer"), self.buyer)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.problem)
        _lay_out_with_save_cancel(self, form)
        self._short_confirmed: dt.date | None = None

    def values(self) -> dict:
        from ..core.formatting import one_line

        return {"buyer_name": one_line(self.buyer.text()), "buyer_contact": one_line(self.contact.text()),
                "valid_until": self.valid_until.date().toPython(), "note": one_line(self.note.text())}

    def accept(self) -> None:
        from .i18n import local_date

        today = dt.date.today()
        until = self.valid_until.date().toPython()
        if until < today:
            self.problem.setText(self.tr("A quote cannot be valid until {date}, before today ({today}).").format(
                date=local_date(until), today=local_date(today)))
            say_on_field(self.valid_until, self.problem.text())  # read with the date, not only in red below it
            return
        if (until - today).days < SHORT_VALIDITY_DAYS and self._short_confirmed != until:
            if not self.confirm_short_validity(until, (until - today).days):
                self.valid_until.setFocus()
                return
            self._short_confirmed = until
        super().accept()

    def confirm_short_validity(self, until: dt.date, days: int) -> bool:
        """Ask once whether a quote that holds only a few days is meant. A seam: tests replace it."""
        from PySide6.QtWidgets import QMessageBox

        from .i18n import local_date

        answer = QMessageBox.question(self, self.tr("Short validity"), self.tr(
            "This quote would be valid only until {date} ({days} day(s) from today). Save it so?").format(
                date=local_date(until), days=days))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> dict | None:
        """The values, or None if cancelled. A seam: tests replace it."""
        dialog = cls(parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(path) if path else None


from .history_dialog import HistoryDialog  # noqa: E402,F401 - where it was; it imports letterhead from here
