"""Tables the user opens: pick the workbooks, read them in the background, say what they change or why they
cannot be used, and use them or keep the ones in use. A part of MainWindow, kept apart so that each reads at
once: ``self`` is the window (its session and the seams tests replace: ``ask_table_files``, ``confirm_changes``,
``show_problems``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .i18n import say

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context


class TableActions:
    """The window's actions on table files (mixed into MainWindow)."""

    def ask_table_files(self) -> list[str]:
        """The workbooks the user picks (one or both). A seam: tests replace it."""
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, translate("MainWindow", "Open tables"), "",
                                                translate("MainWindow", "Excel workbooks (*.xlsx);;All files (*)"))
        return paths

    def confirm_changes(self, changes: list, notes: tuple = ()) -> bool:
        """Show what new tables change, and the notes of reading them, and ask before using them. A seam: tests
        replace it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "Use these tables?"))
        if changes:
            said = translate("MainWindow", "{count} change(s) against the tables in use.")
            box.setText(said.format(count=len(changes)))
            box.setDetailedText("\n".join(say(c.text) for c in changes))
        else:
            box.setText(translate("MainWindow", "These tables hold the same figures as the ones in use."))
        if notes:  # a misspelt column ignored, a hidden sheet read: what `check` says, said before they are used
            box.setInformativeText(self.table_notes_text(notes))
        box.setStandardButtons(QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Apply

    def show_problems(self, problems: list) -> None:
        """Say once, in plain words, why tables cannot be used. A seam: tests replace it."""
        from PySide6.QtWidgets import QMessageBox

        text = _listed([say(p.message) for p in problems], 25)
        QMessageBox.warning(self, translate("MainWindow", "The tables cannot be used"),
                            translate("MainWindow", "The tables in use stay as they were.") + "\n\n" + text)

    def open_tables(self) -> None:
        paths = [Path(p) for p in self.ask_table_files()]
        if not paths:
            return
        current = self.session.tables
        corridors = Path(current.corridors_file.path) if current else None
        tariffs = Path(current.tariffs_file.path) if current else None
        # which workbook is which is told by its sheets, in the reading process: not even opening it happens here
        self.load_tables_in_background(corridors, tariffs, confirm=True, chosen=paths)

    def use_bundled_tables(self) -> None:
        self.load_tables_in_background(None, None, confirm=False)

    def load_tables_in_background(self, corridors: Path | None, tariffs: Path | None, *, confirm: bool,
                                  chosen: list[Path] | tuple[Path, ...] = ()) -> None:
        from .table_files import TableLoad

        if self._load is not None:
            return  # one load at a time
        self._load = TableLoad(corridors, tariffs, self, chosen)
        self._load.progress.connect(lambda text: self.statusBar().showMessage(translate("MainWindow", "Reading {what}…")
                                                                              .format(what=text)))
        bundled = corridors is None and tariffs is None and not chosen
        self._load.loaded.connect(lambda tables: self._on_tables_loaded(tables, confirm, bundled))
        self._load.failed.connect(self._on_tables_failed)
        self.open_action.setEnabled(False)
        self._load.start()

    def _end_load(self) -> None:
        self._load.deleteLater()
        self._load = None
        self.open_action.setEnabled(True)

    def table_notes_text(self, notes) -> str:
        """The notes of reading tables, at most ten of them, as the window says them."""
        return translate("MainWindow", "Notes on reading them:") + "\n" + _listed([say(note) for note in notes], 10)

    def _on_tables_loaded(self, tables, confirm: bool, bundled: bool) -> None:
        from ..core.changes import compare_tables
        from .table_files import remember

        self._end_load()
        notes = tuple(tables.notes)
        if confirm and self.session.tables is not None:
            changes = compare_tables(self.session.tables, tables)
            if not (self.confirm_changes(changes, notes) if notes else self.confirm_changes(changes)):
                self._on_tables_change(self.session.tables)
                return
        self.session.load_tables(tables)
        remember(None, None) if bundled else remember(tables.corridors_file.path, tables.tariffs_file.path)
        self.say_table_notes(tables)

    def say_table_notes(self, tables) -> None:
        """The notes of reading the tables in use (tables remembered from the last run too), in the status bar for
        half a minute (once a quote worked out meanwhile is shown: the busy sign says the routes shown are not
        those of the tables' yet), all of them in its tooltip while they are in use."""
        notes = tuple(tables.notes)
        self.statusBar().setToolTip(self.table_notes_text(notes) if notes else "")
        if not notes:
            return
        said = translate("MainWindow", "The tables were read with {count} note(s); the first: {note}").format(
            count=len(notes), note=say(notes[0]))
        if self.session.working:
            self.busy.after = said
        else:
            self.statusBar().showMessage(said, 30000)

    def _on_tables_failed(self, problems) -> None:
        self._end_load()
        if self.session.tables is not None:
            self._on_tables_change(self.session.tables)
        self.show_problems(problems)


def _listed(lines: list[str], most: int) -> str:
    """At most ``most`` lines, and how many more there are."""
    text = "\n".join(lines[:most])
    if len(lines) > most:
        text += "\n" + translate("MainWindow", "… and {count} more").format(count=len(lines) - most)
    return text
