"""`--self-test`: proves an installation (from source or frozen) works, printing each check; exit 0 only if all do."""
from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# one request per corridor family, in the direction its trade runs
REQUESTS = (
    ("wheat", "500", "t", "Kostanay", "Karachi", "Iran rail + sea (Bandar Abbas)"),
    ("wheat", "500", "t", "Kostanay", "Quetta", "Iran overland (Zahedan–Taftan–Quetta)"),
    ("wheat", "500", "t", "Kostanay", "Karachi", "Trans-Afghan east (Termez–Torkham)"),
    ("wheat", "500", "t", "Kostanay", "Karachi", "Trans-Afghan west (Turkmenistan–Herat–Chaman)"),
    ("general", "2", "containers", "Almaty", "Islamabad", "China (Khorgos–Kashgar–Khunjerab–KKH)"),
    ("general", "2", "containers", "Shymkent", "Islamabad", "China (Irkeshtam–Kashgar–KKH)"),
    ("wheat", "500", "t", "Kostanay", "Karachi", "Caspian / Middle Corridor + sea (Baku–Poti–Suez)"),
    ("crude oil", "50000", "t", "Atyrau", "Karachi", "CPC pipeline + tanker (Novorossiysk)"),
    ("potatoes", "2", "containers", "Lahore", "Almaty", "China (Khorgos–Kashgar–Khunjerab–KKH)"),
)
DEPARTURE = dt.date(2025, 6, 2)  # before the 2025 Afghan closures, so every family can be priced


def run() -> int:
    started = time.perf_counter()
    failures = 0
    _settings_aside()

    def check(what: str, ok: bool, detail: str = "") -> None:
        nonlocal failures
        failures += 0 if ok else 1
        print(f"{'ok  ' if ok else 'FAIL'} {what}{': ' + detail if detail else ''}", flush=True)

    from . import __version__
    from .core.resources import bundled_corridors, bundled_tariffs, resources_dir

    print(f"Corridor Quote {__version__} self-test ({'frozen' if getattr(sys, 'frozen', False) else 'source'}; "
          f"resources in {resources_dir()})")
    from .core.errors import CorridorQuoteError
    from .core.quote import QuoteEngine
    from .core.request import QuoteRequest
    from .core.tables import load_tables

    try:
        tables = load_tables()
        check("bundled workbooks load and check", True,
              f"{bundled_corridors().name}: {len(tables.places)} places, {len(tables.legs)} legs; "
              f"{bundled_tariffs().name}: {len(tables.leg_rates)} rates, FX as of {tables.fx_as_of}")
    except CorridorQuoteError as error:
        check("bundled workbooks load and check", False, str(error))
        return 1
    engine = QuoteEngine(tables)
    for cargo, quantity, unit, origin, destination, family in REQUESTS:
        try:
            result = engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, DEPARTURE, "USD"))
            routes = [r for r in result.routes if r.corridor == family and r.available and r.cost]
            detail = (f"{cargo} {origin} → {destination}: {routes[0].cost:,.0f} USD, {routes[0].days_typical:.0f} d"
                      if routes else f"{cargo} {origin} → {destination}: no available route")
            check(f"quote {family}", bool(routes) and routes[0].legs != (), detail)
        except CorridorQuoteError as error:
            check(f"quote {family}", False, str(error))
    _price_check(check, tables, engine)
    try:
        import openpyxl  # noqa: F401 - the exports and template writer need it in the bundle
        import python_calamine  # noqa: F401

        check("Excel readers and writers present", True)
    except ImportError as error:
        check("Excel readers and writers present", False, str(error))
    try:  # the window reads a workbook the user opens in a process of its own (freeze_support in the frozen build)
        from .core.table_process import TableProcess

        read = TableProcess((), bundled_corridors(), bundled_tariffs()).run()
        check("tables read in a separate process", read.tariffs_file.sha256 == tables.tariffs_file.sha256
              and (read.trade is not None) == (tables.trade is not None))
    except CorridorQuoteError as error:
        check("tables read in a separate process", False, str(error))
    _window_check(check, tables)
    _languages_check(check)
    print(f"{'passed' if not failures else f'{failures} check(s) failed'} in {time.perf_counter() - started:.1f} s")
    return 0 if not failures else 1


def _settings_aside() -> None:
    """The settings the self-test's window reads and saves, in a folder of its own removed at exit: the window
    saves its request, terms, goals and layout as it closes, and the user's became the self-test's wheat of June
    2025 (and a user's own remembered ones could have changed what the self-test's window showed)."""
    try:
        from .qt.table_files import keep_settings_in
    except ImportError:  # no window to check: the window check says so
        return
    folder = tempfile.mkdtemp(prefix="corridor-quote-self-test-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    keep_settings_in(folder)


def _window_check(check, tables) -> None:
    """Paint the main window offscreen once, with the charts, and read the table it shows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from .core.request import QuoteRequest
        from .qt.main_window import MainWindow

        app = QApplication.instance() or QApplication([sys.argv[0]])
        window = MainWindow()
        window.session.request = QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", DEPARTURE, "USD")
        window.show()
        window.finish(tables)
        window.session.settle()  # a slow machine may work the quote out on a thread of its own
        app.processEvents()
        image = window.grab()
        rows = window.routes_model.rowCount()
        ok = rows > 0 and not image.isNull() and window.cost_time_chart is not None
        check("window renders offscreen with table and charts", ok,
              f"{image.width()}×{image.height()} px, {rows} routes, platform {app.platformName()}")
        _map_check(check, window, app)
        window.close()
    except Exception as error:  # noqa: BLE001 - a self-test reports every failure as a line
        import traceback

        where = traceback.extract_tb(error.__traceback__)[-1]
        check("window renders offscreen with table and charts", False,
              f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})")


def _map_check(check, window, app) -> None:
    """Show the route map from the bundled basemap and see every route of the quote drawn on it."""
    try:
        from .core.geo import load_basemap
        from .qt.map_tab import SETTING
        from .qt.table_files import settings

        chosen = settings().value(SETTING)  # the user's choice of tab is left as it was
        basemap = load_basemap()
        window.chart_tabs.setCurrentIndex(1)
        app.processEvents()
        canvas = window.chart_tabs.route_map.canvas
        image = canvas.grab()
        routes = len(window.session.result.routes)
        drawn = len(canvas._lines)
        ok = drawn == routes > 0 and not image.isNull() and len(basemap.land) > 0
        check("route map draws every route on the bundled basemap", ok,
              f"{drawn} of {routes} routes, {len(basemap.land)} land rings, {len(basemap.borders)} border lines, "
              f"{len(canvas.map.marks)} closure or risk marks")
        settings().setValue(SETTING, chosen or "chart")
    except Exception as error:  # noqa: BLE001 - a self-test reports every failure as a line
        check("route map draws every route on the bundled basemap", False, f"{type(error).__name__}: {error}")


def _languages_check(check) -> None:
    """Each shipped language loads its compiled translation and says a core message in it; fonts are bundled."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from .core import messages as msg

        from .core import quote_messages as qmsg
        from .qt.i18n import LANGUAGES, install, register_fonts

        app = QApplication.instance() or QApplication([sys.argv[0]])
        for code in (c for c in LANGUAGES if c != "en"):
            problem = install(app, code)
            text = QCoreApplication.translate(msg.CONTEXT, qmsg.SAME_PLACE)
            check(f"language {code}", not problem and text != qmsg.SAME_PLACE, problem or text)
        install(app, "en")
        from .qt.help import guide_path

        guides = [code for code in LANGUAGES if guide_path(code).name == f"guide-{code}.md"]
        check("user guide in each language", len(guides) == len(LANGUAGES), ", ".join(guides))
        fonts = register_fonts()
        check("fonts for Cyrillic and Urdu bundled", {"DejaVu Sans", "Noto Naskh Arabic"} <= set(fonts),
              ", ".join(fonts))
    except Exception as error:  # noqa: BLE001 - a self-test reports every failure as a line
        check("languages", False, f"{type(error).__name__}: {error}")


def _price_check(check, tables, engine) -> None:
    """The first request under CPT Karachi: a price and a landed cost in Pakistan from the commercial sheets."""
    from .core.errors import CorridorQuoteError
    from .core.landed import price_quote
    from .core.request import QuoteRequest
    from .core.terms import Terms

    cargo, quantity, unit, origin, destination, family = REQUESTS[0]
    try:
        result = engine.quote(QuoteRequest(cargo, quantity, unit, origin, destination, DEPARTURE, "USD"))
        price = price_quote(tables, engine.fx, result, Terms("CPT", "karachi", 180))
        route = next((p for r, p in zip(result.routes, price.routes) if r.corridor == family), None)
        ok = route is not None and route.seller_price is not None and route.landed is not None
        detail = (f"{cargo} CPT Karachi: {route.seller_price:,.2f} USD, landed {route.landed:,.2f} USD" if ok
                  else "no price")
        check("price under Incoterms 2020, landed cost", ok, detail)
    except CorridorQuoteError as error:
        check("price under Incoterms 2020, landed cost", False, str(error))
