"""The Help menu: the bundled user guide (in the interface language where translated), the keyboard shortcuts,
the log folder, and About (version, the tables in use, the licences of what the program ships)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMainWindow, QMessageBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from .. import APP_NAME, __version__
from ..core.paths import user_data_dir as log_folder  # the log lives in the user's data folder
from ..core.resources import resource_path
from .i18n import current_language, local_date, local_dates
from .widgets import fit_to_screen

# what the program ships besides its own code, and under which licence (the fonts' full texts are bundled)
COMPONENTS = (
    ("Qt 6 / PySide6", "LGPL-3.0", "PySide6-Essentials"),
    ("pyqtgraph", "MIT", "pyqtgraph"),
    ("NumPy", "BSD-3-Clause", "numpy"),
    ("openpyxl", "MIT", "openpyxl"),
    ("python-calamine", "MIT", "python-calamine"),
    ("defusedxml", "PSF-2.0", "defusedxml"),
)
FONTS = (("DejaVu Sans", "Bitstream Vera / DejaVu fonts licence (free)", "LICENSE-DejaVu.txt"),
         ("Noto Naskh Arabic", "SIL Open Font License 1.1", "LICENSE-Noto.txt"))


def tr(text: str) -> str:
    # lupdate files module-level tr("…") calls under the empty context; look them up there
    return QCoreApplication.translate("", text)


def guide_path(language: str | None = None) -> Path:
    """The user guide in ``language`` (the interface language by default), else the English one."""
    folder = resource_path("guide")
    wanted = folder / f"guide-{language or current_language()}.md"
    return wanted if wanted.is_file() else folder / "guide-en.md"


def add_help_menu(window: QMainWindow) -> dict[str, QAction]:
    """Build the window's Help menu; returns its actions by name (tests trigger them)."""
    menu = window.menuBar().addMenu(tr("&Help"))
    actions = {
        "guide": QAction(tr("User &guide"), window),
        "shortcuts": QAction(tr("&Keyboard shortcuts"), window),
        "log": QAction(tr("Show the &log folder"), window),
        "about": QAction(tr("&About Corridor Quote"), window),
        "about_qt": QAction(tr("About &Qt"), window),
    }
    actions["guide"].setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    actions["guide"].triggered.connect(lambda: show_dialog(GuideDialog(window)))
    actions["shortcuts"].triggered.connect(lambda: show_dialog(ShortcutsDialog(window)))
    actions["log"].triggered.connect(show_log_folder)
    actions["about"].triggered.connect(lambda: show_dialog(AboutDialog(window)))
    actions["about_qt"].triggered.connect(lambda: QMessageBox.aboutQt(window))
    for key in ("guide", "shortcuts", None, "log", None, "about", "about_qt"):
        menu.addAction(actions[key]) if key else menu.addSeparator()
    return actions


def show_dialog(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_log_folder() -> None:
    """Open the folder with the log in the file manager (a local folder: no network)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _closing_buttons(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def _browser(parent: QWidget) -> QTextBrowser:
    """Rich text that never leaves the computer: links are not followed and nothing is fetched."""
    browser = QTextBrowser(parent)
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    return browser


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        self.path = guide_path(language)
        layout = QVBoxLayout(self)
        self.text = _browser(self)
        self.text.setMarkdown(self.path.read_text(encoding="utf-8"))
        layout.addWidget(self.text)
        _closing_buttons(self, layout)
        fit_to_screen(self, 720, 620)


class ShortcutsDialog(QDialog):
    """Every menu command with a shortcut, read from the window's own actions, and the keys of the form."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        from .latin_keys import latin_keys

        # where the labels underline letters a Latin keyboard cannot type (Urdu), the keys that stand for them, each
        # with what it reaches: "Alt + its underlined letter" told of letters no key types
        latin = latin_keys(window)
        rows = [(tr("Next field / previous field"), "Tab / Shift+Tab"),
                (tr("Open a menu"), "Alt"),
                (tr("Move between routes in the table"), "↑ / ↓"),
                (tr("Close a dialog"), "Esc"),
                *latin]
        if not latin:
            rows.append((tr("Go to a field of the form"), tr("Alt + its underlined letter")))
        for action in window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.text():
                rows.append((action.text().replace("&", "").rstrip("…").strip(), keys))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Close
        for row, (what, keys) in enumerate(sorted(set(rows), key=lambda r: r[0].casefold())):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            keys_item = QTableWidgetItem(keys)
            keys_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, keys_item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        _closing_buttons(self, layout)
        fit_to_screen(self, 520, 480)


def _version(distribution: str) -> str:
    import importlib.metadata  # only when About is opened: it costs start-up time

    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:  # the frozen build keeps no package metadata for some
        return ""


class AboutDialog(QDialog):
    """The version, the tables in use with their dates and fingerprints, and the licences."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(tr("About Corridor Quote"))
        tables = getattr(getattr(window, "session", None), "tables", None)
        tabs = QTabWidget(self)
        self.about = _browser(self)
        self.about.setHtml(about_html(tables))
        self.licences = _browser(self)
        self.licences.setPlainText(licences_text())
        tabs.addTab(self.about, tr("About"))
        tabs.addTab(self.licences, tr("Licences"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        _closing_buttons(self, layout)
        fit_to_screen(self, 640, 560)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def about_html(tables) -> str:
    import platform

    frozen = getattr(sys, "frozen", False)
    lines = [f"<h2>{APP_NAME} {__version__}</h2>",
             "<p>" + _escape(tr("Offline freight quotes for the Kazakhstan ⇄ Pakistan trade. This program never "
                                "opens a network connection.")) + "</p>",
             "<p>" + _escape(tr("Python {python}, Qt {qt}, PySide6 {pyside}; {build} on {system}").format(
                 python=platform.python_version(), qt=qVersion(), pyside=_version("PySide6-Essentials") or "?",
                 build=tr("installed build") if frozen else tr("source install"), system=platform.platform(
                     terse=True))) + "</p>"]
    if tables is not None:
        heading = tr("Tables in use")
        lines.append(f"<h3>{_escape(heading)}</h3><ul>")
        for label, info in ((tr("Corridors"), tables.corridors_file), (tr("Tariffs"), tables.tariffs_file)):
            lines.append(f"<li><b>{_escape(label)}</b>: {_escape(Path(info.path).name)} — "
                         f"SHA-256 {info.sha256[:16]}…<br>{_escape(str(info.path))}</li>")
        lines.append("</ul>")
        valid_from = sorted(r.valid_from for r in (*tables.leg_rates, *tables.node_fees) if r.valid_from)
        lines.append("<p>" + _escape(tr("Exchange rates as of {fx}.").format(fx=local_dates(*tables.fx_dates))))
        if valid_from:
            lines.append(" " + _escape(tr("Rates valid from {first} to {last} (the oldest and newest rate "
                                          "dates).").format(first=local_date(valid_from[0]),
                                                            last=local_date(valid_from[-1]))))
        lines.append("</p>")
    lines.append("<p>" + _escape(tr("The log is kept in {folder}.").format(folder=log_folder())) + "</p>")
    return "".join(lines)


def licences_text() -> str:
    """The licences of the libraries and fonts the program ships, the fonts' in full."""
    parts = [tr("Corridor Quote ships these components under their own licences:"), ""]
    for name, licence, distribution in COMPONENTS:
        version = _version(distribution)
        parts.append(f"  {name}{' ' + version if version else ''} — {licence}")
    parts.append("")
    for family, licence, _ in FONTS:
        parts.append(f"  {family} — {licence}")
    for family, _, file in FONTS:
        parts += ["", "=" * 72, family, "=" * 72, resource_path("fonts", file).read_text(encoding="utf-8")]
    return "\n".join(parts)
