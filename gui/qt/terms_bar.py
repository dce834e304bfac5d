"""The commercial terms in the form: one row under the cargo fields. Incoterm and named place, the goods' value,
the seller's margin and the insurance; **More…** holds the importer, the proof of origin and the figures the
tables leave blank. With no Incoterm chosen the row shows only the choice, and the window quotes freight."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ..core import formatting as fmt
from ..core.terms import default_place, place_choices
from .i18n import name

TYPING_PAUSE_MS = 400
COVERS = ("", "icc_a", "icc_b", "icc_c")
MORE_FIELDS = ("insured_pct", "importer", "goods_origin", "inputs")  # set under More…


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def cover_names() -> dict[str, str]:
    return {"": tr("no insurance"), "icc_a": tr("ICC (A)"), "icc_b": tr("ICC (B)"), "icc_c": tr("ICC (C)")}


def terms_line(session) -> str:
    """What the terms are, for the line under the form: ``CPT Karachi · goods 180 USD/t · margin 5 %``."""
    price, terms = session.price, session.terms
    if price is None or not terms.active:
        return ""
    checked = price.checked
    parts = [f"{checked.rule.rule} {name(checked.place.name)}"]
    currency = terms.goods_currency.strip().upper()
    if terms.goods_basis == "total":
        parts.append(tr("goods {value}").format(value=fmt.money(checked.goods_value, currency, given=True)))
    else:  # as given: 0.01 USD/t read "0 USD/t"
        parts.append(tr("goods {value}").format(value=fmt.money_per(checked.goods_value, currency, given=True)))
    if checked.margin:
        parts.append(tr("margin {value}").format(
            value=fmt.ltr(f"{fmt.significant(checked.margin * 100)} %") if terms.margin_basis == "percent"
            else fmt.money_per(checked.margin, currency, given=True)))
    insurance = checked.insurance
    if insurance is not None:
        who = tr("the seller insures") if (checked.rule.insurance == "seller"
                                          or checked.rule.risk_in_transit == "seller") else tr("the buyer insures")
        parts.append(f"{who} {cover_names()[insurance.cover]} {fmt.ltr(fmt.significant(insurance.rate * 100))} %")
    return " · ".join(parts)


class TermsBar(QWidget):
    """Takes the session it edits, like the cargo form; every change prices again without quoting again. With no
    Incoterm chosen it is one short field, and the form puts its one-line note beside it (``activeChanged``)."""

    activeChanged = Signal(bool)  # an Incoterm is chosen (the row shows every term) or not

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self.tr("&Terms"), self)
        self.incoterm = QComboBox(self)
        self.incoterm.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.incoterm)
        self.hint = self.tr("freight only: choose an Incoterm to quote the goods delivered, with the buyer's "
                            "landed cost")
        self.incoterm.setToolTip(self.hint)
        self.at = QLabel(self.tr("at"), self)
        self.place = QComboBox(self)
        # "at" before it is its label, but a screen reader read the box unnamed: it is the Incoterm's named place
        self.at.setBuddy(self.place)
        self.place.setAccessibleName(self.tr("Named place"))
        self.at.setAccessibleName(self.place.accessibleName())  # the label a screen reader on Linux reads it by
        self.place.setMinimumContentsLength(12)
        self.place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goods_label = QLabel(self.tr("&Goods"), self)
        self.goods = QLineEdit(self)
        self.goods.setPlaceholderText(self.tr("value"))
        self.goods.setMaximumWidth(110)
        self.goods_label.setBuddy(self.goods)
        self.goods_currency = QComboBox(self)
        self.goods_basis = QComboBox(self)
        self.goods_basis.addItem(self.tr("per t"), "per_tonne")
        self.goods_basis.addItem(self.tr("in total"), "total")
        # beside the goods' value and the margin, with no label of their own: each named by what it chooses
        self.goods_currency.setAccessibleName(self.tr("Currency of the goods' value"))
        self.goods_basis.setAccessibleName(self.tr("Goods' value per tonne or in total"))
        self.margin_label = QLabel(self.tr("Ma&rgin"), self)
        self.margin = QLineEdit(self)
        self.margin.setPlaceholderText("0")
        self.margin.setMaximumWidth(70)
        self.margin_label.setBuddy(self.margin)
        self.margin_basis = QComboBox(self)
        self.margin_basis.addItem("%", "percent")
        self.margin_basis.addItem(self.tr("per t"), "per_tonne")
        self.margin_basis.setAccessibleName(self.tr("Margin in % or per tonne"))
        self.insurance_label = QLabel(self.tr("&Insurance"), self)
        self.cover = QComboBox(self)
        for key, text in cover_names().items():
            self.cover.addItem(text, key)
        self.insurance_label.setBuddy(self.cover)
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("premium %"))
        self.rate.setAccessibleName(self.rate.placeholderText())  # no label of its own: it was read unnamed
        self.rate.setMaximumWidth(90)
        self.rate.setToolTip(self.tr("Premium in % of the insured value (110 % of the value unless set under More…)"))
        self.percent = QLabel("%", self)
        self.more = QPushButton(self.tr("Mor&e…"), self)
        self.more.setToolTip(self.tr("Importer, proof of origin, insured value and the rates the tables leave "
                                     "blank"))
        self.fields = {"incoterm": self.incoterm, "named_place": self.place, "goods_value": self.goods,
                       "margin": self.margin, "insurance": self.rate, "insured_pct": self.more,
                       "importer": self.more, "goods_origin": self.more, "inputs": self.more}
        self._tips: dict[str, str] = {}
        self._problems: dict[str, str] = {}  # as the session said them, field by field
        self._place_chosen = bool(session.terms.named_place)  # by the user (else the rule's usual place)
        self._priced = [self.at, self.place, self.goods_label, self.goods, self.goods_currency, self.goods_basis,
                        self.margin_label, self.margin, self.margin_basis, self.insurance_label, self.cover, self.rate,
                        self.percent, self.more]
        for widget in (self.label, self.incoterm, *self._priced):
            layout.addWidget(widget)
        from .latin_keys import add_latin_key

        for widget, letter in ((self.label, "T"), (self.goods_label, "G"), (self.margin_label, "R"),
                               (self.insurance_label, "I"), (self.more, "E")):  # as the English underlines
            add_latin_key(widget, letter)
        self._stretch = QWidget(self)  # takes the rest of the row (or gives its place to the form's note)
        self._stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self._stretch, 1)
        self.active = False
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.change_figures)
        # view → model
        self.incoterm.currentIndexChanged.connect(self.change_incoterm)
        self.place.activated.connect(self.change_place)
        for line in (self.goods, self.margin, self.rate):
            line.textEdited.connect(lambda _text: self._typing.start())
            line.editingFinished.connect(self.change_figures)
        for box in (self.goods_currency, self.goods_basis, self.margin_basis, self.cover):
            box.currentIndexChanged.connect(self.change_figures)
        self.more.clicked.connect(self.edit_more)
        # model → view
        session.tablesChanged.connect(self._on_tables_change)
        session.quoteChanged.connect(self._on_quote_change)
        session.problemChanged.connect(self._on_problem_change)
        session.termsReplaced.connect(self.show_terms)
        self._show_priced(False)

    # ------------------------------------------------------------------ view → model

    def change_incoterm(self) -> None:
        code = self.incoterm.currentData() or ""
        fields = {"incoterm": code}
        tables, result = self.session.tables, self.session.result
        rule = tables.trade.incoterms.get(code) if tables is not None and tables.trade is not None else None
        if rule is not None and result is not None:
            # the rule's usual place (FCA: the origin, DAP: the destination, CIF: the port of arrival), unless the
            # user named one that the new rule can name too
            if not self._place_chosen or self.session.terms.named_place not in place_choices(tables, result, rule):
                fields["named_place"] = ""
                self._place_chosen = False
            if rule.duties_taxes == "seller" and self.session.terms.importer_of_record == "buyer":
                fields["importer_of_record"] = "seller"
            elif rule.duties_taxes != "seller":
                fields["importer_of_record"] = "buyer"
        self._show_priced(bool(code))
        self.session.change_terms(**fields)
        self._fill_places()

    def change_place(self) -> None:
        self._place_chosen = True
        self.session.change_terms(named_place=self.place.currentData())

    def change_figures(self) -> None:
        self._typing.stop()
        fields = dict(goods_value=self.goods.text().strip() or None,
                      goods_currency=self.goods_currency.currentData() or "USD",
                      goods_basis=self.goods_basis.currentData(), margin=self.margin.text().strip() or "0",
                      margin_basis=self.margin_basis.currentData(), insurance_cover=self.cover.currentData() or "",
                      insurance_rate_pct=self.rate.text().strip() or None)
        terms = self.session.terms
        if any(getattr(terms, key) != value for key, value in fields.items()):
            self.session.change_terms(**fields)

    def edit_more(self) -> None:
        from .terms_dialog import TermsDialog

        chosen = TermsDialog.ask(self.session, self.window())
        if chosen is not None:
            self.session.change_terms(**chosen)

    # ------------------------------------------------------------------ model → view

    def _on_tables_change(self, tables) -> None:
        with QSignalBlocker(self.incoterm), QSignalBlocker(self.goods_currency):
            self.incoterm.clear()
            self.incoterm.addItem(self.tr("none"), "")
            self.incoterm.setItemData(0, self.tr("Freight only"), Qt.ItemDataRole.ToolTipRole)
            trade = tables.trade
            for rule in (trade.incoterms.values() if trade is not None else ()):
                self.incoterm.addItem(rule.rule, rule.rule)
                self.incoterm.setItemData(self.incoterm.count() - 1, name(rule.name), Qt.ItemDataRole.ToolTipRole)
            self.goods_currency.clear()
            for code in tables.currencies:
                self.goods_currency.addItem(code, code)
        self.incoterm.setEnabled(trade is not None and bool(trade.incoterms))
        if trade is None:
            self.incoterm.setToolTip(self.tr("these tables have no commercial sheets: freight only"))
        self.show_terms()

    def show_terms(self) -> None:
        """The session's terms in the fields (at start-up, or a saved quote opened into the form)."""
        terms = self.session.terms
        widgets = (self.incoterm, self.goods_currency, self.goods_basis, self.margin_basis, self.cover)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.incoterm.setCurrentIndex(max(0, self.incoterm.findData(terms.incoterm.strip().upper())))
        self.goods.setText("" if terms.goods_value is None else str(terms.goods_value))
        self.goods_currency.setCurrentIndex(max(0, self.goods_currency.findData(terms.goods_currency)))
        self.goods_basis.setCurrentIndex(max(0, self.goods_basis.findData(terms.goods_basis)))
        self.margin.setText("" if str(terms.margin) in ("0", "0.0") else str(terms.margin))
        self.margin_basis.setCurrentIndex(max(0, self.margin_basis.findData(terms.margin_basis)))
        self.cover.setCurrentIndex(max(0, self.cover.findData(terms.insurance_cover)))
        self.rate.setText("" if terms.insurance_rate_pct is None else str(terms.insurance_rate_pct))
        del blockers
        self._place_chosen = bool(terms.named_place)
        self._show_priced(terms.active)
        self._fill_places()

    def _on_quote_change(self, result) -> None:
        self._fill_places()
        self._offer_rules(result)

    def _offer_rules(self, result) -> None:
        """Sea-only rules (FAS, FOB, CFR, CIF) are offered only where a route of the quote has the sea leg they
        need; the others say why in their tooltip."""
        tables = self.session.tables
        model = self.incoterm.model()
        if tables is None or tables.trade is None or not isinstance(model, QStandardItemModel):
            return
        for row in range(1, self.incoterm.count()):
            rule = tables.trade.incoterms.get(self.incoterm.itemData(row))
            if rule is None:
                continue
            usable = rule.modes != "sea" or (result is not None and bool(place_choices(tables, result, rule)))
            model.item(row).setEnabled(usable)
            tip = name(rule.name) if usable else self.tr("{name}: sea transport only, and no route of this quote "
                                                         "has a sea leg").format(name=name(rule.name))
            self.incoterm.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)

    def _fill_places(self) -> None:
        tables, result, terms = self.session.tables, self.session.result, self.session.terms
        with QSignalBlocker(self.place):
            self.place.clear()
            if tables is None or result is None or tables.trade is None:
                return
            rule = tables.trade.incoterms.get(terms.incoterm.strip().upper())
            for place_id in place_choices(tables, result, rule):
                if place_id in tables.places:  # (a quote of tables being replaced names places of its own)
                    self.place.addItem(name(tables.places[place_id].name), place_id)
            current = terms.named_place or (default_place(rule, result) if rule is not None else "")
            index = self.place.findData(current)
            if index < 0 and current:
                from ..core.errors import InputError
                from ..core.request import find_place

                try:
                    index = self.place.findData(find_place(tables, current).place_id)
                except InputError:
                    index = -1
            self.place.setCurrentIndex(index)

    def _show_priced(self, shown: bool) -> None:
        for widget in self._priced:
            widget.setVisible(shown)
        if shown != self.active:
            self.active = shown
            self.activeChanged.emit(shown)

    def _on_problem_change(self, field: str, message: str) -> None:
        """A term the tables or the routes cannot use is framed in red (the line under the form says why); the
        ones under More… frame the button."""
        from .form import _mark

        if field not in self.fields:
            return
        if not self._tips:
            self._tips = {key: widget.toolTip() for key, widget in self.fields.items()}
        self._problems[field] = message
        for key, widget in self.fields.items():
            if widget is self.more:
                continue
            problem = self._problems.get(key, "")
            _mark(widget, "problem", bool(problem))
            widget.setToolTip(problem or self._tips[key])
        _mark(self.more, "problem", any(self._problems.get(key) for key in MORE_FIELDS))
