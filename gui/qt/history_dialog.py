"""The quote history dialog: saved quotes, searched, shown as they were saved, re-quoted, exported. A saved quote
edited by hand so that showing it, exporting it or re-quoting it cannot read it is counted among the quotes that
cannot be read, never a fault report."""
from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, QUrl
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from ..core import formatting as fmt
from .colours import theme
from .i18n import local_date, name, saved_time, say
from .widgets import fit_to_screen

# what reading a document that is not the shape it was saved in raises (a key taken out, a figure in words)
NOT_READ = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError, ArithmeticError)
# a search is run as each key is typed while the list takes less than this to read; past it (a history of 200
# quotes of some 1 MB each takes 6-10 s), once typing has paused for SEARCH_PAUSE_MS: five keys were five reads
SEARCH_AT_ONCE_S, SEARCH_PAUSE_MS = 0.1, 400


class HistoryDialog(QDialog):
    """Saved quotes, newest first: search, look at one exactly as it was saved, re-quote it on today's tables."""

    COLUMNS = ("number", "created", "buyer", "cargo", "route", "best", "valid until")

    def __init__(self, history, requote, export, parent: QWidget | None = None, open_in_form=None):
        super().__init__(parent)
        self.history = history
        self.open_in_form = open_in_form  # callable(saved): the saved request into the window's form
        self.requote = requote  # callable(saved) -> list of difference lines
        self.export = export  # callable(saved, kind) with kind "pdf" or "xlsx"
        self.setWindowTitle(self.tr("Quote history"))
        fit_to_screen(self, 1100, 640)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search number, buyer, cargo or place"))
        self.search.textChanged.connect(self._searched)
        self._search_pause = QTimer(self)
        self._search_pause.setSingleShot(True)
        self._search_pause.setInterval(SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(self.refresh)
        self._read_s = 0.0  # how long the list took to read, the last time
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Saved"), self.tr("Buyer"), self.tr("Cargo"),
                                              self.tr("From → to"), self.tr("Best price"), self.tr("Valid until")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, the arrows choose a quote
        self.table.setAccessibleName(self.windowTitle())  # a screen reader said "table" and nothing more
        self.table.verticalHeader().setVisible(False)
        # the route takes the width the others leave: empty, the headers stood bunched at the left, a third of
        # the table's width, and the rest of the header bar bare
        self.table.horizontalHeader().setSectionResizeMode(self.COLUMNS.index("route"), QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.table.viewport())  # an empty list says so in the list, and why
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.table.viewport().installEventFilter(self)  # the words stay in the middle as the list is resized
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.installEventFilter(self)  # the keyboard coming in shows a quote at once
        self.search.installEventFilter(self)  # ↓ goes on to the quotes found
        from .problem_label import ThemedLabel

        self.state = ThemedLabel(self, "caution")  # read-only, damaged rows: the history says what it cannot do
        self.preview = QTextBrowser()
        self.differences = QLabel()
        self.differences.setWordWrap(True)
        self.differences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.requote_button = QPushButton(self.tr("Re-quote on today's tables"))
        self.requote_button.clicked.connect(self._requote)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.check_button = QPushButton(self.tr("Check the history"))
        self.check_button.setToolTip(self.tr("SQLite's own check of every page of the history file"))
        self.check_button.clicked.connect(self.check)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.open_button = QPushButton(self.tr("Open in the form"))
        self.open_button.setToolTip(self.tr("Quote this request again in the window, to change it"))
        self.open_button.clicked.connect(self._open_in_form)
        for button in (self.open_button, self.requote_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(close)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)
        layout.addWidget(self.differences)
        layout.addLayout(buttons)
        self.saved: list = []
        self.unshowable: set[str] = set()  # numbers of the quotes listed that could not be shown or exported
        self.refresh()

    def _searched(self) -> None:
        if self._read_s < SEARCH_AT_ONCE_S:
            self.refresh()
        else:
            self._search_pause.start()  # (again): read once typing pauses

    def refresh(self) -> None:
        from ..core import file_messages as fmsg
        from ..core.messages import Figure, Message, Verbatim

        self._search_pause.stop()
        chosen = self.selected()
        began = time.perf_counter()
        listing = self.history.listing(self.search.text())
        self._read_s = time.perf_counter() - began
        self.saved = [quote for quote in listing.quotes if quote.number not in self.unshowable]
        unreadable = listing.unreadable + len(listing.quotes) - len(self.saved)
        state = []
        if self.history.read_only:
            state.append(say(Message(fmsg.HISTORY_READ_ONLY, folder=Verbatim(str(self.history.path.parent)))))
        if unreadable:
            state.append(say(Message(fmsg.HISTORY_UNREADABLE_ROWS, count=Figure(unreadable, ",.0f"))))
        # an empty list says why, in the list: nothing saved yet, or nothing the search finds
        empty = "" if self.saved else (
            self.tr("No saved quote contains “{text}”.").format(text=self.search.text().strip())
            if self.search.text().strip() else
            self.tr("No quote saved yet: File → Save quote… (Ctrl+S) keeps the quote on the screen here."))
        self.empty.setText(empty)
        palette = self.empty.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme().muted)
        self.empty.setPalette(palette)
        self.empty.setVisible(bool(empty))
        self.table.setAccessibleDescription(empty)  # a screen reader hears why the list is empty
        self.state.setText("\n".join(state))
        self.state.setVisible(bool(state))
        self.table.setRowCount(len(self.saved))
        today = dt.date.today()
        for row, quote in enumerate(self.saved):
            expired = quote.expired(today)
            values = (quote.number, saved_time(quote.created), quote.buyer_name, name(quote.cargo),
                      name(quote.origin) + fmt.arrow() + name(quote.destination),
                      fmt.money(quote.best_cost, quote.currency),
                      saved_time(quote.valid_until) + (self.tr(" (expired)") if expired else ""))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if expired:
                    item.setForeground(theme().muted)
                self.table.setItem(row, column, item)
        self._size_columns()
        # the quote chosen stays chosen where the search still finds it, and none is where it does not: the
        # selection had stayed on its row number, and the preview showed whichever quote came to stand there
        still = next((row for row, quote in enumerate(self.saved) if chosen is not None
                      and quote.number == chosen.number), None)
        with QSignalBlocker(self.table.selectionModel()):
            self.table.clearSelection()
            if still is not None:
                self.table.selectRow(still)
        self._show_selected()

    def _size_columns(self) -> None:
        """Each column as wide as what it holds, and at least as wide as what it will hold (a number, a time, a
        price), so that an empty list lays its headers out as a full one does; the route takes the rest."""
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        today = dt.datetime.now().replace(second=0, microsecond=0)
        samples = {"number": f"CQ-{today.year}-00000", "created": saved_time(today.isoformat(sep=" ")),
                   "buyer": "M" * 12, "cargo": "M" * 8, "best": fmt.money(1_234_567, "USD"),
                   "valid until": local_date(today.date())}
        header = self.table.horizontalHeader()
        for column, key in enumerate(self.COLUMNS):
            if key in samples:
                least = metrics.horizontalAdvance(samples[key]) + 2 * metrics.averageCharWidth()
                header.resizeSection(column, max(header.sectionSize(column), least))
        self.empty.setGeometry(self.table.viewport().rect())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """↓ or Page Down in the search goes to the quotes it found, the first chosen; the keyboard coming into
        the list with none chosen chooses the one it stands on (the first): Tab or ↓ had shown no quote, and ↓
        once in the list went on to the second, passing over the newest. The words of an empty list stay in its
        middle as it is resized."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.table.viewport().rect())
        if watched is self.search and event.type() == QEvent.Type.KeyPress and self.table.rowCount() and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.table and event.type() == QEvent.Type.FocusIn and self.table.rowCount() and \
                not self.table.selectionModel().hasSelection():
            self.table.selectRow(max(0, self.table.currentRow()))
        return super().eventFilter(watched, event)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.saved[rows[0].row()] if rows else None

    def _not_read(self, quote) -> None:
        """A quote that showing, exporting or re-quoting could not read: counted with the damaged ones and left out
        of the list (its row is kept in the history as it is)."""
        self.unshowable.add(quote.number)
        self.refresh()

    def _show_selected(self) -> None:
        from .dialogs import letterhead
        from .documents import quote_html
        from .quote_page import install_logo
        from .paper_chart import cost_time_chart

        quote = self.selected()
        for button in (self.open_button, self.requote_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(quote is not None)
        self.open_button.setVisible(self.open_in_form is not None)
        self.differences.setText("")
        if quote is None:
            self.preview.setHtml("")
            return
        try:
            chart = cost_time_chart(quote.document, (1100, 520))
            head = letterhead()
            html = quote_html(quote.document, head)
        except NOT_READ:
            self._not_read(quote)
            return
        self.preview.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:cost-time"), chart)
        install_logo(self.preview.document(), head)
        self.preview.setHtml(html)

    def _requote(self) -> None:
        quote = self.selected()
        if quote is None:
            return
        from ..core.errors import CorridorQuoteError

        try:
            lines = self.requote(quote)
        except NOT_READ:
            self._not_read(quote)
            return
        except CorridorQuoteError as error:  # today's tables cannot quote it (its cargo or a place taken out)
            self.differences.setText(self.tr("On today's tables: ") + say(error.message))
            return
        said = "; ".join(say(line) for line in lines) if lines else self.tr("no difference")
        self.differences.setText(self.tr("On today's tables: ") + said)

    def _open_in_form(self) -> None:
        quote = self.selected()
        if quote is not None and self.open_in_form is not None:
            try:
                self.open_in_form(quote)
            except NOT_READ:
                self._not_read(quote)
                # said where the dialog's answers go: the quote left the list, and the form is as it was
                self.differences.setText(self.tr("{number} cannot be read (damaged): the form is as it was.").format(
                    number=quote.number))
                return
            self.accept()

    def check(self) -> None:
        """SQLite's integrity check, on demand: the answer goes where re-quote differences are shown."""
        found = self.history.check()
        self.differences.setText(self.tr("The history file is sound.") if found == ["ok"] else
                                 self.tr("The history file is damaged: {problems}").format(problems="; ".join(found)))

    def _export(self, kind: str) -> None:
        quote = self.selected()
        if quote is not None:
            try:
                self.export(quote, kind)
            except NOT_READ:
                self._not_read(quote)
