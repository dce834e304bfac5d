"""The main window's menus: File (the quote's documents, its history, the tables, the exchange rates and the
letterhead), Language, View (Colours, the map) and Help, with one underlined letter per item of a menu, and the letters
English underlines where a translation underlines one a Latin keyboard cannot type (Urdu)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

translate = QCoreApplication.translate  # named so pyside6-lupdate collects the texts, in the window's context


def add_menus(window: QMainWindow) -> None:
    """Build the window's menu bar; its actions are the window's attributes (tests trigger them)."""
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    window.open_action = QAction(translate("MainWindow", "&Open tables…"), window)
    window.open_action.setShortcut(QKeySequence.StandardKey.Open)
    window.open_action.triggered.connect(window.open_tables)
    window.bundled_action = QAction(translate("MainWindow", "Use the &bundled tables"), window)
    window.bundled_action.triggered.connect(window.use_bundled_tables)
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    window.save_action = _action(window, translate("MainWindow", "&Save quote…"), window.save_quote,
                                 QKeySequence.StandardKey.Save)
    window.pdf_action = _action(window, translate("MainWindow", "Save as &PDF…"), window.save_pdf)
    window.print_action = _action(window, translate("MainWindow", "&Print…"), window.print_quote,
                                  QKeySequence.StandardKey.Print)
    window.xlsx_action = _action(window, translate("MainWindow", "&Export to Excel…"), window.export_xlsx)
    window.history_action = _action(window, translate("MainWindow", "Quote &history…"), window.show_history, "Ctrl+H")
    window.letterhead_action = _action(window, translate("MainWindow", "&Letterhead…"), window.edit_letterhead)
    window.rates_action = _action(window, translate("MainWindow", "Exchange &rates for this quote…"),
                                  window.edit_exchange_rates)
    for action in (window.save_action, window.pdf_action, window.print_action, window.xlsx_action, None,
                   window.history_action, None, window.open_action, window.bundled_action, window.rates_action,
                   window.letterhead_action,
                   None, quit_action):
        file_menu.addAction(action) if action else file_menu.addSeparator()
    from .i18n import LANGUAGES, saved_language

    current = saved_language()
    language_menu = window.menuBar().addMenu(translate("MainWindow", "&Language"))
    window.language_actions = {}
    for code, language_name in LANGUAGES.items():
        action = QAction(language_name, window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, code=code: window.languageChosen.emit(code))
        language_menu.addAction(action)
        window.language_actions[code] = action
    language_menu.addSeparator()
    from .i18n import bilingual_documents, save_bilingual_documents

    window.bilingual_action = QAction(translate("MainWindow", "&Bilingual quotes (English beside this language)"),
                                      window)
    window.bilingual_action.setCheckable(True)
    window.bilingual_action.setChecked(bilingual_documents())
    window.bilingual_action.setEnabled(current != "en")
    window.bilingual_action.setToolTip(translate("MainWindow",
                                                 "PDF, printed and Excel quotes carry the English text too"))
    window.bilingual_action.toggled.connect(save_bilingual_documents)
    language_menu.addAction(window.bilingual_action)
    window.colour_actions = _add_view_menu(window)
    from .help import add_help_menu

    window.help_actions = add_help_menu(window)
    from .mnemonics import unclash

    for menu_action in window.menuBar().actions():  # one letter per item, in every language
        unclash(menu_action.menu())
    from .latin_keys import add_latin_menu_keys

    add_latin_menu_keys(window.menuBar(), "FLVH")  # File, Language, View, Help: as the English underlines
    from .latin_keys import plain_untyped_underlines

    plain_untyped_underlines(window.menuBar())  # Urdu's menus underline no Arabic letter
    from .latin_keys import keep_alt_letters_out

    keep_alt_letters_out()  # an Alt + letter no key takes does not type the letter over a field


def _add_view_menu(window: QMainWindow) -> dict[str, QAction]:
    """View → Colours: as the system, light (a bright fair hall) or dark; remembered."""
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QApplication

    from .colours import apply_scheme, saved_scheme

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    menu = view_menu.addMenu(translate("MainWindow", "&Colours"))
    group = QActionGroup(window)
    actions = {}
    current = saved_scheme()
    for scheme, text in (("system", translate("MainWindow", "As the &system")),
                         ("light", translate("MainWindow", "&Light")), ("dark", translate("MainWindow", "&Dark"))):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setChecked(scheme == current)
        action.triggered.connect(lambda _checked=False, scheme=scheme: apply_scheme(
            QApplication.instance(), scheme, remember=True))
        group.addAction(action)
        menu.addAction(action)
        actions[scheme] = action
    view_menu.addSeparator()
    # the map has its own tab beside the chart: the keyboard reaches it by Tab too, this goes straight to it
    window.map_action = _action(window, translate("MainWindow", "&Map of the routes"),
                                lambda: _show_map(window), "Ctrl+M")
    view_menu.addAction(window.map_action)
    return actions


def _show_map(window: QMainWindow) -> None:
    tabs = getattr(window, "chart_tabs", None)  # made once the tables have loaded
    if tabs is not None:
        tabs.show_map()


def _action(window: QMainWindow, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action
