"""What a buyer reads first, above the table: the cheapest, the fastest and the lowest-CO2e open route, each with
its cost per tonne and per container, truck or wagon, its typical days and the quote's validity; a click (or
Enter) selects that route in the table, the chart and the detail."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ..core import formatting as fmt
from ..core import summary
from .i18n import name, say

MAX_CARDS = 3
FIGURES_APART = "  ·  "
_BRACKETS = re.compile(r" \([^()]*\)")


def tr(text: str) -> str:
    # lupdate files module-level tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


def kind_titles() -> dict[str, str]:
    return {summary.RECOMMENDED: tr("Meets the goals"), summary.FRESH: tr("Within shelf life"),
            summary.FRESH_TYPICALLY: tr("Typically within shelf life"),
            summary.CHEAPEST: tr("Cheapest"), summary.FASTEST: tr("Fastest"), summary.GREENEST: tr("Lowest CO2e")}


def unit_word(kind: str) -> str:
    return {"container": tr("per container"), "wagon": tr("per wagon"), "truck": tr("per truck"),
            "tanker": tr("per tanker"), "pipeline": tr("per batch")}.get(kind, tr("per unit"))


class HighlightCard(QPushButton):
    """Two lines (what it is best at and which route; its figures), shortened to the width it is given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.figure_lines = 1  # two where the card is too narrow for its figures on one (set_figure_lines)
        self.setFixedHeight(self.fontMetrics().height() * 2 + 10)
        self.setStyleSheet("text-align: left; padding: 2px 8px;")
        self.index = -1
        self.lines = ("", "")
        self.head, self.route = "", ("", "")  # the title: what the card stands for, then the route's words
        self.kinds, self.number = "", 0  # the head's parts: what the card stands for, the route's number
        self.figures: tuple[str, ...] = ()

    def set_lines(self, kinds: str, number: int, route: tuple[str, str], figures: list[str]) -> None:
        """``kinds``: what the card stands for; ``number``: the route's; ``route``: its corridor and what tells it
        apart from the quote's other routes of that corridor ("" if none); ``figures``: the second line's parts,
        most wanted first."""
        from .routes_view import join_route_name

        # the kinds set apart: in Urdu "سب سے کم CO2e" ends in Latin letters, which took the colon and the number
        # after them into their left-to-right run ("1 :CO2e")
        head = f"{fmt.isolate(kinds)}: {number}. "
        self.kinds, self.number = kinds, number
        self.head, self.route, self.figures = head, route, tuple(figures)
        self.lines = (head + join_route_name(*route), FIGURES_APART.join(figures))
        self.setToolTip("\n".join(self.lines))
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def set_figure_lines(self, lines: int) -> None:
        self.figure_lines = lines
        self.setFixedHeight(self.fontMetrics().height() * (1 + lines) + 10)
        self._elide()

    def figures_fit(self) -> bool:
        """Every figure on the card's second line, whole."""
        return self.fontMetrics().horizontalAdvance(self.lines[1]) <= max(40, self.width() - 20)

    def wanted_width(self) -> int:
        """The width that shows every figure whole (the route's name may shorten: the tooltip has it)."""
        return self.fontMetrics().horizontalAdvance(self.lines[1]) + 22

    def _elide(self) -> None:
        room = max(40, self.width() - 20)
        metrics = self.fontMetrics()
        # what the card stands for and the route's number stay readable; where the quote has other routes of the
        # corridor, the corridor's name gives way before what tells this route apart (two Russian cards of the
        # wheat quote read "Иран: ж/д + море (Бендер-А…" and "Иран: ж/д + море (Бен…", routes 1 and 2 alike);
        # the name shortens as the table's does, keeping the mode
        from .routes_view import fit_route_name, join_route_name

        title, figures = self.lines
        corridor, telling = self.route
        head = self.head
        # what the card stands for gives way before the route's number, the one thing a click is asked by: under
        # goals "Быстрее всего в рамках целей: 14." at 911 px lost its number to the ellipsis
        number = f": {self.number}. "
        least_name = metrics.horizontalAdvance("……")
        if metrics.horizontalAdvance(head) > room - least_name:
            kinds = metrics.elidedText(self.kinds, Qt.TextElideMode.ElideRight,
                                       max(0, room - least_name - metrics.horizontalAdvance(number)))
            head = fmt.isolate(kinds) + number
            title = head + join_route_name(corridor, telling)
        if metrics.horizontalAdvance(title) > room:
            # the corridor's bracketed stops go first, whole: "Iran rail + sea · Tejen" rather than "Iran rail +
            # se… · Tejen" (the tooltip and the table keep them)
            plain = _BRACKETS.sub("", corridor)
            if plain != corridor and metrics.horizontalAdvance(head + join_route_name(plain, telling)) <= room:
                title, corridor = head + join_route_name(plain, telling), plain
        if telling and metrics.horizontalAdvance(title) > room:
            title = head + fit_route_name(corridor, telling, room - metrics.horizontalAdvance(head), metrics)
        # the figures give way whole, last first: a price is never cut mid-number ("6,686 US…" at 150 % in
        # Urdu), and the tooltip has them all; on a card given two lines for them, those that do not fit on the
        # first go on the second (the figure per wagon, at 911 px)
        parts = list(self.figures)
        if self.figure_lines > 1 and metrics.horizontalAdvance(FIGURES_APART.join(parts)) > room:
            first = parts[:1]
            while len(first) < len(parts) and \
                    metrics.horizontalAdvance(FIGURES_APART.join(parts[:len(first) + 1])) <= room:
                first = parts[:len(first) + 1]
            rest = FIGURES_APART.join(parts[len(first):])
            self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                                    for line in (title, FIGURES_APART.join(first), rest)))
            return
        while len(parts) > 1 and metrics.horizontalAdvance(FIGURES_APART.join(parts)) > room:
            parts.pop()
        if len(parts) < len(self.figures):
            figures = FIGURES_APART.join(parts) + FIGURES_APART + "…"
            if metrics.horizontalAdvance(figures) > room:
                figures = FIGURES_APART.join(parts)
        self.setText("\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
                                for line in (title, figures)))


class HighlightsBar(QWidget):
    routeChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.cards = [HighlightCard(self) for _ in range(MAX_CARDS)]
        for card in self.cards:
            card.clicked.connect(lambda _checked=False, card=card: self.routeChosen.emit(card.index))
            layout.addWidget(card, 1)
        # when no route meets the goals: which goal binds and by how much, where the best routes would be
        self.binding = QLabel(self)
        self.binding.setWordWrap(True)
        self.binding.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.binding.hide()
        layout.addWidget(self.binding, MAX_CARDS)
        self.valid = QLabel(self)
        font = QFont(self.valid.font())
        font.setItalic(True)
        self.valid.setFont(font)
        layout.addWidget(self.valid)
        self._valid_date = ""
        self.setFixedHeight(self.cards[0].height() + 2 * self.layout().contentsMargins().top())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._show_valid()

    def figures_cut(self) -> bool:
        """A card shown too narrow for its figures on one line."""
        return any(not card.isHidden() and not card.figures_fit() for card in self.cards)

    def set_margin(self, margin: int) -> None:
        """The room above and below the cards: 2 px, or none where the window is short (lower_part.py)."""
        self.layout().setContentsMargins(6, margin, 6, margin)
        self.set_figure_lines(self.cards[0].figure_lines)

    def set_figure_lines(self, lines: int) -> None:
        """One line for the figures, or two (the window decides, where it has the height: MainWindow._fit_lower)."""
        for card in self.cards:
            card.set_figure_lines(lines)
        self.setFixedHeight(self.cards[0].height() + 2 * self.layout().contentsMargins().top())

    def _show_valid(self) -> None:
        """The quote's validity on one line beside the cards, or on two where the cards would then be too narrow
        for their lines (911 px, 1366 × 768 at 150 %): "valid until" over the date gives them 80 px more, and the
        figure per wagon, cut to "…", is whole."""
        if not self._valid_date:
            self.valid.setText("")
            return
        template = tr("valid until {date}")
        line = template.format(date=self._valid_date)
        cards = [card for card in self.cards if not card.isHidden()]
        metrics = self.valid.fontMetrics()
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - metrics.horizontalAdvance(line) \
            - self.layout().spacing() * len(cards)
        wanted = max((card.wanted_width() for card in cards), default=0)
        before, _, after = template.partition("{date}")
        if cards and room < wanted * len(cards) and "{date}" in template and (before.strip() or after.strip()):
            parts = [before.strip(), self._valid_date + after] if before.strip() else \
                [before + self._valid_date, after.strip()]
            line = "\n".join(parts)
        self.valid.setText(line)

    def apply_theme(self) -> None:
        """Light or dark chosen while the window is open: a card with a style sheet keeps the palette it was
        polished with (the cards stood light in a dark window). It is given the bar's; polishing it again would
        give it the application's font too, smaller than the window's."""
        for card in self.cards:
            card.setPalette(self.palette())

    def set_result(self, result, tables, valid_until: str, prices=None, decision=None) -> None:
        """The best routes; under commercial terms (``prices``) with the price and the landed cost per tonne;
        under goals (``decision``) among the routes that meet them."""
        found = summary.highlights(result, prices, decision) if result is not None else []
        binding = decision.binding if decision is not None and decision.result is result else None
        self.binding.setVisible(binding is not None)
        if binding is not None:
            from .colours import theme

            text = say(binding)
            self.binding.setStyleSheet(f"color: {theme().css('problem')};")
            self.binding.setText(text)
            self.binding.setToolTip(text)
        titles = kind_titles()
        within_goals = decision is not None and decision.result is result and decision.goals.active
        finer = fmt.days_told_apart([r.days_typical for r in result.routes]) if found else []  # as the table
        for card, highlight in zip(self.cards, found + [None] * MAX_CARDS):
            card.setVisible(highlight is not None)
            if highlight is None:
                card.index = -1
                continue
            route = highlight.route
            card.index = highlight.index
            kinds = " · ".join(titles[k] for k in highlight.kinds if k != summary.RECOMMENDED)
            if within_goals and kinds:
                # best only among the routes that meet the goals: "Fastest: 14." read as the fastest of all, with
                # a quicker route that misses a goal in the table
                kinds = tr("{kinds} within the goals").format(kinds=kinds)
            if summary.RECOMMENDED in highlight.kinds:
                kinds = " · ".join(filter(None, [titles[summary.RECOMMENDED], kinds]))
            price = prices.route(highlight.index) if prices is not None else None
            if price is not None and price.seller_price is not None:
                figures = [f"{price.rule} {fmt.money_per(price.seller_per_tonne, route.currency)}"]
                figures.append(tr("landed {figure}").format(figure=fmt.money_per(price.landed_per_tonne,
                                                                                 route.currency))
                               if price.landed is not None else tr("landed: rates to give"))
            else:
                figures = [f"{fmt.money_per(route.cost_per_tonne, route.currency)}"]
                unit = summary.per_unit(route, tables) if tables is not None else None
                if unit is not None:
                    figures.append(f"{fmt.money(unit.amount, route.currency)} {unit_word(unit.kind)}")
            # the days second, before the figure per wagon or the landed cost: a narrow card (Russian at 150 %)
            # shortens its line at the end, and the fastest route's card must not lose its days
            figures.insert(1, f"{fmt.days(route.days_typical, finer[highlight.index])} {fmt.unit('days')}")
            # a perishable's route that may take longer than the cargo keeps says so here as in its status: when
            # every route may (mangoes Karachi → Almaty), "Cheapest: 1." was offered with no word of it
            spoils = decision.route(highlight.index).shelf_life if decision is not None and \
                decision.result is result else None
            if spoils is not None:
                figures.insert(2, tr("may spoil") + " ⚠")
            card.set_lines(kinds, summary.route_number(highlight.index), _route_words(result, highlight.index),
                           figures)
            why = ""
            if spoils is not None:
                why = "\n⚠ " + say(spoils)
            if {summary.FRESH, summary.FRESH_TYPICALLY} & set(highlight.kinds):  # the cheaper route passed over
                why += "\n" + say(decision.passed_over)
            card.setToolTip(card.toolTip() + why + "\n" + tr("Quote valid until {date}").format(date=valid_until))
        self._valid_date = valid_until if found else ""
        self._show_valid()


def _route_words(result, index: int) -> tuple[str, str]:
    """The corridor, and where the quote has other routes of it, what tells this one apart, as the table's
    cramped cells say it (``China (Khorgos…)``, ``rail Urumqi``): two cards naming the same corridor name two
    routes."""
    from .route_cells import short_telling
    from .routes_view import first_stop_only

    route = result.routes[index]
    apart = short_telling(summary.telling(result, index))
    return (first_stop_only(name(route.corridor)), apart) if apart else (name(route.corridor), "")

