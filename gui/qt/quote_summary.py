"""The lines above the routes table, as the main window says them: the what-if and the goals, what the whole quote
warns of (what the search limits keep out once it is known), the routes open and the exchange rates; as many whole
lines as the window has room for."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent

from ..core import formatting as fmt
from ..core.frontier import trade_offs_in_short
from ..core.quote_messages import MORE_TRADE_OFFS, MORE_TRADE_OFFS_ONE
from ..core.search_messages import in_short
from .colours import theme
from .i18n import local_date as _local_date, say

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context

if TYPE_CHECKING:
    from ..core.quote import QuoteResult

LIMITS_AFTER_MS = 150  # the table and chart repaint first (a 0 ms timer can run before the repaint)


class QuoteSummary:
    """The main window's lines above the table (a part of MainWindow: its ``summary_lines``, ``highlights``,
    ``form`` and ``session``)."""

    def _show_limits(self, result: QuoteResult) -> None:
        """What the search limits keep out, said once known: worked out on a thread of its own (seconds on tables
        of thousands of legs), then ``_on_limits_found``."""
        self.session.find_limits(result)

    def _on_limits_found(self, result: QuoteResult) -> None:
        if self.session.result is result:
            self._show_summary(result)

    def _show_summary(self, result: QuoteResult | None) -> None:
        """The best routes, then the lines above the table: the what-if and what binds, the whole quote's warnings,
        the routes open and the exchange rates."""
        self.highlights.set_result(result, self.session.tables, _local_date(self.valid_until()), self.session.price,
                                   self.session.decision)
        if result is None:
            text = self.session.problem("fx") or self.session.problem("settings") or (translate(
                "MainWindow", "Working out the routes…") if self.session.working else translate(
                "MainWindow", "Correct the marked field to see the routes."))
            self.summary.setText(html.escape(text))
            self.summary.setToolTip(text)
            self._fit_summary(shrink=False)  # a typo being corrected does not move the table
            return
        set_here = translate("MainWindow", "set for this quote; table {rate} as of {date}")
        set_by_what_if = translate("MainWindow", "set by the what-if; table {rate} as of {date}")
        shifted = translate("MainWindow", "{change} against the USD by the what-if; table {rate} as of {date}")
        shifted_own = translate("MainWindow", "{change} against the USD by the what-if from {start} set for this "
                                              "quote; table {rate} as of {date}")

        def how(fx) -> str:
            if not fx.overridden:
                return _local_date(fx.as_of)
            if fx.by_what_if and fx.what_if_pct is not None:  # how the rate came about, not only its figure
                # the rate shifted is the user's where one was set: beside the table's alone, the figures disagree
                return (shifted if fx.what_if_from is None else shifted_own).format(
                    change=fmt.shift(fx.what_if_pct), rate=fmt.ltr(fmt.rate(fx.table_units_per_usd)),
                    start=fmt.ltr(fmt.rate(fx.what_if_from)) if fx.what_if_from is not None else "",
                    date=_local_date(fx.as_of))
            return (set_by_what_if if fx.by_what_if else set_here).format(
                rate=fmt.ltr(fmt.rate(fx.table_units_per_usd)), date=_local_date(fx.as_of))

        # under terms, the rates they use beyond the freight's too (a specific duty's EUR), as the terminal says them
        price = self.session.price if self.session.price is not None and self.session.result is result else None
        used = [*result.fx, *(fx for fx in (price.fx if price is not None else ())
                              if fx.currency not in {rate.currency for rate in result.fx})]
        rates = fmt.comma().join(fmt.ltr(f"{fmt.rate(fx.units_per_usd)} {fx.currency}/USD") + f" ({how(fx)})"
                                 for fx in used if fx.currency != "USD")
        available = sum(1 for r in result.routes if r.available)
        # every charge in US dollars: no rate to name ("FX:" and nothing after it read as a fault)
        line = translate("MainWindow", "{available} of {total} routes open on {date}. FX: {rates}") if rates else \
            translate("MainWindow", "{available} of {total} routes open on {date}. Every charge is in US dollars.")
        text = line.format(available=available, total=len(result.routes), date=_local_date(result.request.departure),
                           rates=rates)
        # the whole quote's warnings, then the terms' (a Kazakh declarant under DDP, an old rate the terms use)
        said = [(warning, say(warning)) for warning in (*result.warnings, *(price.warnings if price else ()))]
        warnings = [text for _, text in said]
        hidden = [say(warning) for warning in result.limit_warnings] if result.limits_known else []
        # what the limits keep out, and the trade-offs of several corridors not shown, each in one line (the
        # sentences are long, and the table needs the height); the sentences in the tooltip
        short = in_short(result.limit_warnings) if hidden else None
        trade_offs = trade_offs_in_short(result.warnings)
        shown = [text for warning, text in said
                 if trade_offs is None
                 or getattr(warning, "template", None) not in (MORE_TRADE_OFFS, MORE_TRADE_OFFS_ONE)]
        shown += [say(line) for line in (trade_offs, short) if line is not None]
        warnings += hidden
        caution = (f"<span style='color:{theme().css('caution')}'>⚠ " + html.escape(" · ".join(shown)) + "</span>"
                   if shown else "")
        from .decide_view import decision_notes, decision_tips, notes_html

        decision = self.session.decision if self.session.decision is not None and \
            self.session.decision.result is result else None
        notes = decision_notes(decision)
        lines = [part for part in (notes_html(notes), caution) if part]
        self.summary.setText("<br>".join([*lines, html.escape(text)]))
        self.summary.setToolTip("\n".join([*(note for _, note in notes), *decision_tips(decision), *warnings, text]))
        self._fit_summary(shrink=result.limits_known)

    def _fit_summary(self, shrink: bool = True) -> None:
        """At least two lines, so that a quote with no warning does not move the table; more when a warning wraps or
        a script stands taller than the form's font (Urdu), as far as the window has room above the table and charts
        at their least (LinesAbove). Fewer lines give their room back to the table only when two lines or more are
        freed, and only once what the search limits keep out is known (``shrink``, its line comes LIMITS_AFTER_MS
        later): a what-if switched on and off, or a keystroke, does not make the table jump."""
        self._fit_lower()  # the lower part stacked, or beside the charts on a short screen (gui/qt/lower_part.py)
        lines = self.summary_lines
        line = self.summary.fontMetrics().lineSpacing()
        current = lines.height() if lines.isVisible() else 0
        needed = lines.needed()
        # two lines freed, give or take the few pixels of the least height's margin: in Urdu four lines measured 96
        # px and the two left 52 (two lines and 4 px), 44 < 48, and two empty lines stood above the table
        height = needed if needed >= current or (shrink and current - needed > 1.5 * line) else current
        height = min(height, lines.whole_lines(self._room_for_summary()))
        lines.setFixedHeight(height)
        if height != current:
            # the table and charts move now, before the repaint the new quote asked for: else that paint shows
            # the lines over the table's top, and everything is painted again once the layouts catch up
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _room_for_summary(self) -> int:
        """The height the window leaves the lines above the table once the form, the best routes and the table
        and charts at their least have theirs (unbounded before the window is laid out)."""
        window = self.centralWidget()
        content = self._middle.parentWidget()
        if not self.isVisible() or window is None or content is None:
            return 1_000_000
        if self.lower_part.short:  # two lines and a scroll bar: the routes, over the route's detail, need the room more
            return 0
        layout = content.layout()
        margins = layout.contentsMargins()
        taken = (margins.top() + margins.bottom() + 3 * layout.spacing() + self.form.height()
                 + (self.highlights.height() if self.highlights.isVisible() else 0)
                 + self._middle.minimumSizeHint().height())
        return window.viewport().height() - taken
