"""The form's one line under its fields: what is being quoted ("25 t = 1 × 40' reefer container") or, in red, what
is wrong with a field and what was probably meant, as links Tab and Return reach; the frames that mark a field; and
where the line sits (beside the short terms field, or under the terms once they fill their row)."""
from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from ..core import formatting as fmt
from .colours import theme
from .i18n import in_line_direction, name, say

if TYPE_CHECKING:
    from ..core.quote import QuoteResult

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the form's context


def form_style() -> str:
    """A field marked with the property ``problem`` (red) or ``caution`` (amber) gets a frame; the style sheet is
    set once (and again when the palette changes), so marking a field never changes its font or size."""
    colours = theme()
    return (f"*[problem=\"true\"] {{ border: 2px solid {colours.css('problem')}; border-radius: 3px; }}"
            f"*[caution=\"true\"] {{ border: 2px solid {colours.css('caution')}; border-radius: 3px; }}")


def mark(widget: QWidget, kind: str, on: bool) -> None:
    """Set or clear a field's ``problem``/``caution`` frame (drawn by the form's style sheet)."""
    if bool(widget.property(kind)) == on:
        return
    widget.setProperty(kind, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()  # drawn again now: a quote answered after the keyboard has left the field clears its frame too


class FormNote:
    """The cargo form's note line (a part of CargoForm: its ``note``, ``terms``, ``fields``, ``session`` and the
    problem it shows)."""

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

    def _update_note(self) -> None:
        """One line: the problem of a field (red, suggestions as links), else the load and any caution."""
        departure = self.session.request.departure
        past = departure < dt.date.today()
        mark(self.departure, "caution", past and self._problem[0] != "departure")
        if self._problem[0]:
            field, message = self._problem
            text = html.escape(message)
            for suggestion in self.session.suggestions(field):
                shown = html.escape(name(suggestion) if field != "unit" else suggestion)
                text = text.replace(shown, f"<a href=\"{html.escape(suggestion)}\">{shown}</a>", 1)
            self.note.setText(in_line_direction(f"<span style='color:{theme().css('problem')}'>{text}</span>"))
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

            parts.append(f"<span style='color:{theme().css('caution')}'>" + html.escape(translate(
                "CargoForm", "departure {date} is before today: a back-dated quote").format(date=local_date(departure)))
                + "</span>")
        self.note.setText(in_line_direction(" · ".join(parts)))
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


def load_line(result: QuoteResult, tables) -> str:
    """The load as the quote understood it: "500 t = 8 × Grain hopper wagon (Iran rail + sea)", the units of the
    cheapest open route's main equipment."""
    from ..core.summary import highlights, per_unit

    text = say(result.load.description)
    if result.load.locked is None and tables is not None:
        best = next((h for h in highlights(result) if "cheapest" in h.kinds), None)
        unit = per_unit(best.route, tables) if best else None
        if unit is not None:
            text += " = " + translate("CargoForm", "{count} × {equipment} on the cheapest route"
                                                       ).format(count=fmt.number(unit.count),
                                                                equipment=name(unit.equipment_name))
    return text
