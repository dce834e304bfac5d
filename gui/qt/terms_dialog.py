"""Terms → More…: who imports and how the importer is taxed, where the goods come from and whether a certificate of
origin goes with them, the insured value, and the rates and fees the tables leave blank that this quote needs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.blank_figures import blank_figures_for
from ..core.terms import origin_countries
from ..core.trade_messages import COUNTRIES
from .i18n import say
from .widgets import fit_to_screen


class TermsDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terms: importer, origin, blank rates"))
        terms, tables, result = session.terms, session.tables, session.result
        rule = tables.trade.incoterms.get(terms.incoterm.strip().upper()) if tables and tables.trade else None
        ddp = rule is not None and rule.duties_taxes == "seller"
        form = QFormLayout()
        self.importer_of_record = QComboBox(self)
        if ddp:
            self.importer_of_record.addItem(self.tr("the seller, through its own entity there"), "seller")
            self.importer_of_record.addItem(self.tr("the seller, through a licensed customs broker"), "broker")
        else:
            self.importer_of_record.addItem(self.tr("the buyer (only DDP makes the seller import)"), "buyer")
        self.importer_of_record.setCurrentIndex(max(0, self.importer_of_record.findData(terms.importer_of_record)))
        form.addRow(self.tr("Importer of record"), self.importer_of_record)
        self.importer = QComboBox(self)
        self.importer.addItem(self.tr("a company or industrial undertaking"), "company")
        self.importer.addItem(self.tr("another person (a sole trader, a partnership)"), "other")
        self.importer.setCurrentIndex(max(0, self.importer.findData(terms.importer)))
        form.addRow(self.tr("The importer is"), self.importer)
        self.atl = QCheckBox(self.tr("on Pakistan's Active Taxpayers List (else withholding tax is doubled)"), self)
        self.atl.setChecked(terms.importer_atl)
        form.addRow("", self.atl)
        self.resale = QCheckBox(self.tr("imports for resale (a commercial importer)"), self)
        self.resale.setChecked(terms.resale)
        form.addRow("", self.resale)
        self.origin = QComboBox(self)
        home = result.origin.country if result is not None else ""
        self.origin.addItem(self.tr("as the route starts ({country})").format(country=home), "")
        countries = origin_countries(tables) if tables else []  # as check_terms knows them
        for code in countries:
            self.origin.addItem(f"{code} — {self.tr_country(code)}", code)
        self.origin.setCurrentIndex(max(0, self.origin.findData(terms.goods_origin.strip().upper())))
        form.addRow(self.tr("Country of origin of the goods"), self.origin)
        self.proof = QCheckBox(self.tr("a certificate of origin goes with the goods (a tariff preference needs it)"),
                               self)
        self.proof.setChecked(terms.origin_proof)
        form.addRow("", self.proof)
        self.insured = QLineEdit(str(terms.insured_pct), self)
        self.insured.setToolTip(self.tr("Insured value in % of the value insured (goods, margin, carriage); CIF "
                                        "and CIP need at least 110 %"))
        form.addRow(self.tr("Insured value, %"), self.insured)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.figures = blank_figures_for(tables, result, terms) if tables is not None and result is not None else []
        given = dict(terms.inputs)
        heading = QLabel(self.tr("Rates and fees the tables leave blank (the research did not find them): give "
                                 "the ones you know; a blank duty or tax rate keeps the landed cost unknown, a blank "
                                 "fee is left out and said so"), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(self.figures), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Unit"), self.tr("Value")])
        self.table.setAccessibleName(self.tr("Rates and fees the tables leave blank"))
        self.table.setAccessibleDescription(heading.text())  # the heading above it, which names no table
        self.table.verticalHeader().setVisible(False)
        for row, figure in enumerate(self.figures):
            what = QTableWidgetItem(say(figure.what))
            what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
            what.setToolTip(f"{figure.key}\n{figure.note}\n{', '.join(figure.source_ids)}".strip())
            unit = QTableWidgetItem(figure.unit)
            unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value = given.get(figure.key, given.get(figure.key.rsplit(".", 1)[0]))
            self.table.setItem(row, 0, what)
            self.table.setItem(row, 1, unit)
            self.table.setItem(row, 2, QTableWidgetItem("" if value is None else f"{float(value):g}"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVisible(bool(self.figures))
        # Tab comes in at the first value to give and goes on to OK (it went round every cell for ever); the
        # arrows move between the values, typing fills one in
        self.table.setTabKeyNavigation(False)
        if self.figures:
            self.table.setCurrentCell(0, 2)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        shown = {f.key for f in self.figures} | {f.key.rsplit(".", 1)[0] for f in self.figures}
        self._others = tuple((k, v) for k, v in terms.inputs if k not in shown)
        fit_to_screen(self, 760, 420 + 24 * min(len(self.figures), 8))

    def tr_country(self, code: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Terms", COUNTRIES[code]) if code in COUNTRIES else code

    def values(self) -> dict:
        inputs = list(self._others)
        for row, figure in enumerate(self.figures):
            text = (self.table.item(row, 2).text() if self.table.item(row, 2) else "").strip()
            if text:
                inputs.append((figure.key, text))
        return {"importer_of_record": self.importer_of_record.currentData(), "importer": self.importer.currentData(),
                "importer_atl": self.atl.isChecked(), "resale": self.resale.isChecked(),
                "goods_origin": self.origin.currentData() or "", "origin_proof": self.proof.isChecked(),
                "insured_pct": self.insured.text().strip() or "110", "inputs": tuple(sorted(inputs))}

    @classmethod
    def ask(cls, session, parent: QWidget | None = None) -> dict | None:
        """The terms chosen, or None if cancelled. A seam: tests replace it."""
        dialog = cls(session, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
