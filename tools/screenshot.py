"""Saves a screenshot of the main window for one request: python tools/screenshot.py [--language=ru]
[--colours=dark] [--map] [--map-window] [--terms=JSON] [--goals=JSON] [--scenario=FILE] [--what-if] [--waterfall]
[--size=WxH] OUT.png CARGO QTY UNIT FROM TO DATE [CURRENCY]
(--colours: light or dark whatever the system, as View → Colours sets them; --map: with the route map shown
instead of the cost–time chart; --map-window: the map's own window instead of the main window; --terms: commercial
terms as the fields of gui.core.terms.Terms, e.g. '{"incoterm": "CPT", "goods_value": "180"}', priced with the
waterfall shown; --waterfall: that chart alone; --goals: goals as the fields of gui.core.goals.Goals, e.g.
'{"arrive_by": "2026-03-20"}'; --scenario: a what-if scenario file; --what-if: the what-if dialog beside the
window, shot on its own; --size: the window's size, 1366x740 unless given). Works offscreen
(QT_QPA_PLATFORM=offscreen) and on a real or virtual X display."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    language = next((a.split("=", 1)[1] for a in argv if a.startswith("--language=")), "en")
    show_map = "--map" in argv
    map_window = "--map-window" in argv
    terms = next((a.split("=", 1)[1] for a in argv if a.startswith("--terms=")), "")
    size = next((a.split("=", 1)[1] for a in argv if a.startswith("--size=")), "1366x740")
    waterfall = "--waterfall" in argv
    goals = next((a.split("=", 1)[1] for a in argv if a.startswith("--goals=")), "")
    scenario = next((a.split("=", 1)[1] for a in argv if a.startswith("--scenario=")), "")
    what_if = "--what-if" in argv
    colours = next((a.split("=", 1)[1] for a in argv if a.startswith("--colours=")), "")
    argv = [a for a in argv if not a.startswith(("--language=", "--colours=", "--terms=", "--size=", "--goals=",
                                                 "--scenario="))
            and a not in ("--map", "--map-window", "--waterfall", "--what-if")]
    if len(argv) < 7 or any(a in ("-h", "--help") for a in argv):
        print(__doc__, file=sys.stderr)
        return 0 if any(a in ("-h", "--help") for a in argv) else 2
    out, cargo, quantity, unit, origin, destination, date, *rest = argv
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from gui.qt.i18n import install

    install(app, language)  # for this picture only: the saved language choice is left alone
    if colours:
        from gui.qt.colours import apply_scheme

        apply_scheme(app, colours)  # for this picture only, like the language
    from gui.core.request import QuoteRequest
    from gui.core.tables import load_tables
    from gui.qt.main_window import MainWindow

    window = MainWindow()
    window.session.request = QuoteRequest(cargo, quantity, unit, origin, destination, dt.date.fromisoformat(date),
                                          rest[0] if rest else "USD")
    window.resize(*(int(n) for n in size.split("x")))
    window.show()
    import json

    from gui.core.terms import Terms

    # the terms given, or none (a freight quote): never the ones remembered from the last run
    window.session.terms = Terms.from_data(json.loads(terms)) if terms else Terms()
    from gui.core.goals import Goals
    from gui.core.scenario import Scenario
    from gui.core.scenario_file import read_scenario

    window.session.goals = Goals.from_data(json.loads(goals)) if goals else Goals()  # never the remembered ones
    window.session.scenario = read_scenario(scenario) if scenario else Scenario()
    window.form.decide.show_goals()
    window.finish(load_tables())
    if show_map:
        from gui.qt.map_tab import SETTING
        from gui.qt.table_files import settings

        chosen = settings().value(SETTING)
        window.chart_tabs.show_map()
        settings().setValue(SETTING, chosen or "chart")  # for this picture only, like the language

    if map_window:
        window.chart_tabs.open_map_window()
        # the size the map's window opens at on a screen with room for it: the offscreen screen is 800 × 600
        window.chart_tabs.window_map.resize(1100, 720)
    if what_if:
        window.form.decide.edit_scenario()
        window.form.decide.dialog.resize(900, 520)
    shown = window.chart_tabs.window_map if map_window else window.below_tabs.waterfall if waterfall else \
        window.form.decide.dialog if what_if else window

    def shoot() -> None:
        screen = app.primaryScreen()
        picture = shown.grab() if app.platformName() == "offscreen" else screen.grabWindow(shown.winId())
        picture.save(out)
        print(f"{out}: {picture.width()}×{picture.height()} on {app.platformName()}, "
              f"{len(window.session.result.routes) if window.session.result else 0} routes")
        app.quit()

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
