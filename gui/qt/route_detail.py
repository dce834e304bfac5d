"""The selected route, as the main window shows it: the row chosen in the table and on the chart, then its title,
its warnings, its legs and stops, the chart along it, and the age of its oldest figure in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from ..core import formatting as fmt
from .i18n import local_date as _local_date, name, say
from .routes_view import fit_breakdown_columns

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context


class RouteDetail:
    """The main window's detail of the selected route (a part of MainWindow: its ``routes_view``, ``detail_title``,
    ``detail_notes``, ``breakdown_view``, ``distance_chart`` and ``figure_age``)."""

    def _on_selection_change(self, index: int) -> None:
        if index >= 0:
            source = self.routes_model.index(index, 0)
            proxy_index = self.routes_proxy.mapFromSource(source)
            # the table is told (its signals held back, it painted the row chosen before as the highlighted one,
            # and a screen reader heard nothing); the session, which has the route already, does not echo it
            self.routes_view.selectionModel().setCurrentIndex(
                proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.routes_view.show_row(proxy_index.row())
        else:
            self.routes_view.clearSelection()
        if self.cost_time_chart is not None:
            self.cost_time_chart.show_selected(index)
        # the detail follows on the next turn of the event loop, so the table and chart repaint first
        self._detail_timer.start()

    def _update_detail(self) -> None:
        route = self.session.selected_route
        self.breakdown_model.set_route(route)
        if route is not None and route.place_ids != self._fitted_detail:
            self._fitted_detail = route.place_ids
            fit_breakdown_columns(self.breakdown_view, self.breakdown_model)
        if self.distance_chart is not None:
            self.distance_chart.set_route(route)
        self._show_figure_age(route)
        if route is None:
            self.detail_title.setText(translate("MainWindow", "Select a route to see it leg by leg."))
            self.detail_notes.setText("")
            return
        from ..core.summary import best_open_alternative, route_number

        index = self.session.selected
        number = route_number(index)
        from .decide_cells import detail_line

        decided = detail_line(self.session.decision if self.session.decision is not None
                              and self.session.decision.result is self.session.result else None, index)
        notes = [*([decided] if decided else []), *(say(warning) for warning in route.warnings)]
        whole = _unbroken  # a figure and its unit never part at the end of a line ("93.9 t / CO2e")
        finer = self.routes_model.days_finer(index)  # as the table gives them
        figures = fmt.comma().join((whole(fmt.days_range(route.days_min, route.days_typical, route.days_max, finer)),
                                    whole(fmt.km(route.km)), whole(fmt.co2e(route.co2e_kg))))
        if route.available and route.cost is not None:
            # "freight": under commercial terms the price per tonne is another figure, beside it on the screen
            freight = translate("MainWindow", "freight {cost}").format(
                cost=whole(fmt.money(route.cost, route.currency)))
            self.detail_title.setText(f"{number}. {name(route.corridor)} — " + fmt.comma().join(
                (freight, whole(fmt.money_per(route.cost_per_tonne, route.currency)), figures)))
        else:
            # no total for a route that cannot be used: why, and what it would cost if it reopened, in the notes
            self.detail_title.setText(f"{number}. {name(route.corridor)} — {say(route.unavailable_reason)}")
            if route.cost is not None:
                notes.insert(0, translate("MainWindow", "If it reopened: {cost}, {figures}").format(
                    cost=fmt.money(route.cost, route.currency), figures=figures))
            alternative = best_open_alternative(self.session.result, index)
            if alternative is not None:
                other_index, other = alternative
                notes.insert(0, translate(
                    "MainWindow", "Best open alternative: {number}. {corridor}, {cost}, {days}").format(
                    number=route_number(other_index), corridor=name(other.corridor),
                    cost=fmt.money(other.cost, other.currency),
                    days=f"{fmt.days(other.days_typical)} {fmt.unit('days')}"))
        self.detail_notes.setText("\n".join("⚠ " + note for note in notes))
        self.detail_notes.setVisible(bool(notes))

    def _show_figure_age(self, route) -> None:
        age = route.oldest_figure if route is not None else None
        if age is None:
            self.figure_age.setText("")
            self.figure_age.setToolTip("")
            return
        self.figure_age.setText(translate("MainWindow", "Oldest rate {date}: {charge} ({where})").format(
            charge=name(age.charge), where=say(age.where), date=_local_date(age.as_of)))
        tip = translate("MainWindow",
                        "The oldest dated rate or fee in this route's total ({reference}; sources: {sources}).").format(
            reference=age.reference, sources=", ".join(age.source_ids) or "—")
        if route.undated_figures:
            tip += " " + translate("MainWindow", "{count} of its rates or fees carry no date.").format(
                count=route.undated_figures)
        self.figure_age.setToolTip(tip)


def _unbroken(figure: str) -> str:
    return figure.replace(" ", "\u00a0")
