"""What the window does with the quote on screen: its documents (PDF, Excel workbook, print), the quote history
(keep a quote, open one in the form, quote one again on today's tables) and the letterhead they carry. A part of
MainWindow, kept apart so that each reads at once: ``self`` is the window (its session, status bar and the seams
tests replace: ``ask_save_path``, ``confirm_set_aside``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .i18n import say

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context


class DocumentActions:
    """The window's document and history actions (mixed into MainWindow)."""

    def _history(self):
        from ..core.history import HistoryError, QuoteHistory, set_aside
        from ..core.paths import default_history

        if self.history_path is None:
            self.history_path = default_history()
        try:
            return QuoteHistory(self.history_path)
        except HistoryError as error:
            if not error.damaged or not self.confirm_set_aside(say(error.message)):
                raise
        kept = set_aside(self.history_path)
        said = translate("MainWindow", "The damaged history was kept as {file}; a new one is started")
        self.statusBar().showMessage(said.format(file=kept.name), 15000)
        return QuoteHistory(self.history_path)

    def confirm_set_aside(self, problem: str) -> bool:
        """Ask before a damaged history is put aside and a new one started. A seam: tests replace it."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, translate("MainWindow", "Quote history"),
            problem + "\n\n" + translate("MainWindow", "Keep the damaged file under another name beside it and "
                                                         "start a new, empty history? Nothing is deleted."))
        return answer == QMessageBox.StandardButton.Yes

    def current_document(self, **quote) -> dict | None:
        """The quote on screen as a document, or None (and a word in the status bar) when there is none."""
        from ..core.report import quote_document

        self.session.settle()  # the quote of the request the form shows, if it is still being worked out
        if self.session.result is None or not self.session.result.routes:
            self.statusBar().showMessage(
                translate("MainWindow", "There is no quote to save: correct the request first."), 8000)
            return None
        from ..core.decide_report import add_decision
        from ..core.price_report import add_prices

        decision = self.session.decision if self.session.decision is not None and \
            self.session.decision.result is self.session.result else None
        return add_decision(add_prices(quote_document(self.session.result, self.session.tables, **quote),
                                       self.session.price, self.session.tables), decision, self.session.tables)

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        """Where to write a file. A seam: tests replace it."""
        from .dialogs import ask_save_path

        return ask_save_path(self, title, suggested, pattern)

    def _report_failure(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, translate("MainWindow", "Not saved"), say(getattr(error, "message", str(error))))

    def _write(self, document: dict, kind: str) -> Path | None:
        from ..core.errors import CorridorQuoteError
        from ..core.export_xlsx import write_quote_workbook
        from ..core.files import check_not_ours, file_name_of
        from ..core.paths import default_history
        from .dialogs import letterhead
        from .documents import write_quote_pdf
        from .i18n import bilingual_documents, wording
        from .map_document import map_png
        from .quote_page import logo_png

        number = document["quote"].get("number") or "quote"
        request = document["request"]
        suggested = file_name_of(f"{number} {request['cargo_name']} {request['from']}-{request['to']}") + f".{kind}"
        pattern = translate("MainWindow", "PDF (*.pdf)") if kind == "pdf" else \
            translate("MainWindow", "Excel workbook (*.xlsx)")
        path = self.ask_save_path(translate("MainWindow", "Save quote"), suggested, pattern)
        if path is None:
            return None
        try:
            check_not_ours(path, self.session.tables, self.history_path or default_history())
            if kind == "pdf":
                write_quote_pdf(document, path, letterhead())
            else:
                head = letterhead()
                write_quote_workbook(document, path, wording(bilingual=bilingual_documents()),
                                     map_png=map_png(document), letterhead=head, logo_png=logo_png(head["logo"]))
        except CorridorQuoteError as error:
            self._report_failure(error)
            return None
        self.statusBar().showMessage(translate("MainWindow", "Saved {file}").format(file=path.name), 8000)
        return path

    def save_pdf(self) -> Path | None:
        document = self.numbered_document()
        return self._write(document, "pdf") if document else None

    def export_xlsx(self) -> Path | None:
        document = self.numbered_document()
        return self._write(document, "xlsx") if document else None

    def print_quote(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .dialogs import letterhead
        from .documents import print_quote

        document = self.numbered_document()
        if document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            print_quote(document, printer, letterhead())

    def save_quote(self) -> str | None:
        """Keep the quote in the history (with the buyer, if given); return its number."""
        document = self.numbered_document(again=True)
        if document is None:
            return None
        number = document["quote"]["number"]
        said = translate("MainWindow", "Saved as {number} in the quote history")
        self.statusBar().showMessage(said.format(number=number), 10000)
        return number

    def numbered_document(self, *, again: bool = False) -> dict | None:
        """The quote on screen as it is kept in the history: with its number, buyer and validity. Every document
        that leaves the booth (PDF, print, Excel) is a numbered quote; the first one asks for the buyer and saves
        it, later ones of the same quote reuse it (``again``: save a new number all the same)."""
        from ..core.errors import CorridorQuoteError
        from .dialogs import SaveQuoteDialog

        self.session.settle()
        result = self.session.result
        if not again and self._saved is not None and self._saved[0] is result:
            return self._saved[1]
        document = self.current_document()
        if document is None:
            return None
        values = SaveQuoteDialog.ask(self)
        if values is None:
            return None
        try:
            history = self._history()
            try:
                number = history.save(document, **values)
                saved = history.get(number).document
            finally:
                history.close()
        except CorridorQuoteError as error:
            self._report_failure(error)
            return None
        self._saved = (result, saved)
        return saved

    def requote(self, saved) -> list[str]:
        """The saved request on today's tables, and what differs."""
        self.session.settle()  # one quote at a time on the tables' engine
        from ..core.history import compare_quotes
        from ..core.report import quote_document, request_from_document

        from ..core.errors import InputError
        from ..core.landed import price_quote
        from ..core.price_report import add_prices, terms_from_document

        from ..core.decide_report import add_decision, goals_from_document, scenario_from_document

        request, terms = request_from_document(saved.document), terms_from_document(saved.document)
        try:  # under the scenario and goals it was saved with, where today's tables can still take them
            decision = self.session.decider.decide(request, scenario_from_document(saved.document),
                                                   goals_from_document(saved.document), terms)
        except InputError:
            decision = self.session.decider.decide(request, terms=terms)
        fresh = decision.result
        try:  # the saved terms on today's tables, where they still fit
            price = price_quote(self.session.tables, self.session.engine.fx, fresh, terms)
        except InputError:
            price = None
        return compare_quotes(saved.document, add_decision(add_prices(quote_document(fresh, self.session.tables),
                                                                      price, self.session.tables), decision,
                                                           self.session.tables))

    def open_saved(self, saved) -> None:
        """A saved quote's request (with its exchange rates) back in the form, quoted on today's tables. Every part
        is read before any is put in: a damaged quote (a key taken out, a date in words) raises with the window as
        it was, never with the terms, goals and what-if of the saved quote under the request on the screen."""
        from ..core.report import request_from_document

        from ..core.price_report import terms_from_document

        from ..core.decide_report import goals_from_document, scenario_from_document

        terms = terms_from_document(saved.document)
        goals = goals_from_document(saved.document)
        scenario = scenario_from_document(saved.document)
        request = request_from_document(saved.document)
        self.session.terms = terms  # priced once the request is quoted
        self.session.termsReplaced.emit()
        self.session.goals = goals  # the goals and the what-if it was saved with
        self.session.goalsReplaced.emit()
        self.session.scenario = scenario
        self.session.scenarioChanged.emit(self.session.scenario)
        self.session.follow_recommendation()
        self.session.open_request(request)
        said = translate("MainWindow", "Opened {number} in the form")
        self.statusBar().showMessage(said.format(number=saved.number), 8000)

    def show_history(self) -> None:
        from ..core.errors import CorridorQuoteError
        from .dialogs import HistoryDialog

        try:
            history = self._history()
        except CorridorQuoteError as error:
            self._report_failure(error)
            return
        dialog = HistoryDialog(history, self.requote, lambda saved, kind: self._write(saved.document, kind), self,
                               open_in_form=self.open_saved)
        self.history_dialog = dialog  # reachable from tests
        dialog.finished.connect(history.close)
        dialog.open()

    def edit_letterhead(self) -> None:
        from .dialogs import LetterheadDialog, stale_after_days

        dialog = LetterheadDialog(self)
        dialog.accepted.connect(lambda: self.session.change_request(stale_after_days=stale_after_days()))
        dialog.open()
