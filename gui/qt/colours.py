"""The window's colours, a light set and a dark set chosen by the palette in use (a dark Windows desktop gives a
dark palette), each checked for contrast: text 4.5:1 against the background (WCAG AA), marks 3:1
(tests/qt/test_colours.py). Documents and printouts keep the light set: paper is white."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Theme:
    dark: bool
    frontier: QColor  # best trade-offs: table text, chart points and line
    muted: QColor  # routes that cannot be used, secondary text
    dominated: QColor  # other open routes on the chart (a mark, not text)
    selected: QColor  # the selected route's ring on the chart
    caution: QColor  # warnings: risks, old rates, a back-dated quote
    problem: QColor  # a field that cannot be used
    node_row: QColor  # background of a border, port or transfer line in the route detail
    time_line: QColor  # days along the route
    steps: dict  # node event -> colour of its step on the distance chart and its legend
    chart_background: QColor
    chart_text: QColor

    def css(self, role: str) -> str:
        return getattr(self, role).name()


LIGHT = dict(frontier="#0b5cad", muted="#666666", dominated="#7d8791", selected="#c25e00", caution="#8a4b00",
             problem="#b3261e", node_row="#f3f0e6", time_line="#2e7d32",
             steps={"border_crossing": "#b3261e", "port_handling": "#0b5cad", "gauge_change": "#6a3d9a",
                    "transshipment": "#5f6b7a", "closure_wait": "#8a4b00"})
DARK = dict(frontier="#74b4ff", muted="#a9a9a9", dominated="#8d97a1", selected="#ffa040", caution="#ffb74d",
            problem="#ff8a80", node_row="#3a3526", time_line="#81c784",
            steps={"border_crossing": "#ff7a6e", "port_handling": "#74b4ff", "gauge_change": "#c7a2ff",
                   "transshipment": "#a9b4c2", "closure_wait": "#ffb74d"})

_cache: dict[tuple, Theme] = {}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def theme(palette: QPalette | None = None, *, paper: bool = False) -> Theme:
    """The colours for ``palette`` (the application's by default); ``paper``: the light set whatever the screen."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if app is not None else QPalette()
    dark = is_dark(palette) and not paper
    base = QColor("#ffffff") if paper else palette.color(QPalette.ColorRole.Base)
    text = QColor("#222222") if paper else palette.color(QPalette.ColorRole.Text)
    key = (dark, base.rgba(), text.rgba())
    found = _cache.get(key)
    if found is None:
        values = DARK if dark else LIGHT
        found = _cache[key] = Theme(
            dark=dark, frontier=QColor(values["frontier"]), muted=QColor(values["muted"]),
            dominated=QColor(values["dominated"]), selected=QColor(values["selected"]),
            caution=QColor(values["caution"]), problem=QColor(values["problem"]),
            node_row=QColor(values["node_row"]), time_line=QColor(values["time_line"]),
            steps={event: QColor(colour) for event, colour in values["steps"].items()},
            chart_background=base, chart_text=text)
    return found


SCHEMES = ("system", "light", "dark")
LIGHT_HIGHLIGHT = "#1d6bb0"  # 5.6:1 with white
_DARK_ROLES = {
    "Window": "#2d2d2d", "WindowText": "#e8e8e8", "Base": "#1e1e1e", "AlternateBase": "#272727",
    "ToolTipBase": "#3a3a3a", "ToolTipText": "#f0f0f0", "PlaceholderText": "#9a9a9a", "Text": "#e8e8e8",
    "Button": "#353535", "ButtonText": "#e8e8e8", "BrightText": "#ff8a80", "Link": "#74b4ff",
    "Highlight": "#2f6fb5", "HighlightedText": "#ffffff", "Light": "#4a4a4a", "Midlight": "#3e3e3e",
    "Mid": "#2a2a2a", "Dark": "#1a1a1a", "Shadow": "#101010",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("Text", "WindowText", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#7f7f7f"))
    return palette


def saved_scheme() -> str:
    from .table_files import settings

    scheme = str(settings().value("view/colours", "system"))
    return scheme if scheme in SCHEMES else "system"


def apply_scheme(app: QApplication, scheme: str, *, remember: bool = False) -> None:
    """Colours as the system gives them, or light or dark whatever the system (a bright fair hall, a dark
    desktop); every window follows through its palette-change event."""
    from .table_files import settings

    if scheme == "dark":
        app.setPalette(dark_palette())
    elif scheme == "light":
        palette = app.style().standardPalette()
        # the selected row's white text needs a deeper blue than Fusion's own (#308cc6 gives 3.7:1)
        palette.setColor(QPalette.ColorRole.Highlight, QColor(LIGHT_HIGHLIGHT))
        app.setPalette(palette)
    else:
        app.setPalette(QPalette())  # the style's and the system's own
    if remember:
        store = settings()
        store.setValue("view/colours", scheme)
        store.sync()
