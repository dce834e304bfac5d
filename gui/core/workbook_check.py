"""What `check` says of one workbook: its kind, told by its sheets, whether it is usable with its companion (the bundled
other workbook unless given), its problems, and notes on what it holds that a quote would not show."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


from . import file_messages as fmsg
from . import model as m
from .errors import TableProblem, TablesError
from .files import workbook_name
from .messages import Figure, Message, Verbatim
from .resources import bundled_corridors, bundled_tariffs
from .table_reader import kind_of
from .workbook_file import WorkbookUnreadable, open_workbook
from .workbook_limits import sheet_key


@dataclass(frozen=True)
class CheckReport:
    """What checking one workbook found; ``tables`` are the tables it makes with its companion, if usable."""

    path: Path
    kind: str | None  # "corridors" or "tariffs"; None when the file could not be told apart
    problems: tuple[TableProblem, ...]
    notes: tuple[str, ...]
    tables: m.Tables | None

    @property
    def usable(self) -> bool:
        return self.tables is not None


def workbook_kind(path: Path) -> str | None:
    """"corridors" or "tariffs" by the sheets a workbook has; None if it is neither (or cannot be read)."""
    try:  # the names are all that is needed: no sheet is measured or read
        names = {sheet_key(name) for name in open_workbook(Path(path), set()).sheet_names}
    except WorkbookUnreadable:
        return None
    return kind_of(names)


def check_workbook(path: Path | str, companion: Path | str | None = None) -> CheckReport:
    """Check one workbook as it would be used: with the other workbook (the bundled one unless given)."""
    path = Path(path)
    told = workbook_kind(path)  # None for a file that cannot be read: its name decides how it is tried
    kind = told or ("tariffs" if "tarif" in path.name.lower() else "corridors")
    if companion is not None and workbook_kind(Path(companion)) == kind:
        # said of the workbook after --with, not of the one checked, nor as "--corridors on the command line"
        same = Message(fmsg.WITH_TARIFFS_TOO if kind == "tariffs" else fmsg.WITH_CORRIDORS_TOO)
        return CheckReport(path, told, (TableProblem(Path(companion).name, same),), (), None)
    if kind == "corridors":
        pair = (path, Path(companion) if companion else bundled_tariffs())
    else:
        pair = (Path(companion) if companion else bundled_corridors(), path)
    try:
        from .tables import load_tables  # which imports this module

        tables = load_tables(*pair)
    except TablesError as error:
        own = tuple(p for p in error.problems if p.workbook == workbook_name(path))
        return CheckReport(path, told, own or tuple(error.problems), (), None)
    notes = tuple(n for n in tables.notes if n.startswith(workbook_name(path)))
    if kind == "corridors":
        from .leg_lines import check_leg_lines

        notes += check_leg_lines(tables, workbook_name(path)) + _country_notes(tables, workbook_name(path))
    else:
        from .trade_sheets import trade_notes

        notes += trade_notes(tables, workbook_name(path)) + _future_fx_notes(tables, workbook_name(path))
    return CheckReport(path, kind, (), notes, tables)


def _country_notes(tables: m.Tables, workbook: str) -> tuple[Message, ...]:
    """Places whose country code neither the map nor the tariffs know: a code mistyped as another well-formed one
    ("KS" for KZ) would add a border to every route through them."""
    from .geo import load_basemap

    known = {country.code for country in load_basemap().countries}
    trade = tables.trade
    if trade is not None:
        known.update(country for _, country in trade.tariff_lines)
        for valuation in trade.valuation.values():
            known.update(valuation.territory)
    unknown: dict[str, list[str]] = {}
    for place in tables.places.values():
        if place.country not in known:
            unknown.setdefault(place.country, []).append(place.name)
    return tuple(Message(fmsg.COUNTRY_UNKNOWN, workbook=Verbatim(workbook), code=Verbatim(code),
                         places=Verbatim(", ".join(names)))
                 for code, names in sorted(unknown.items()))


def _future_fx_notes(tables: m.Tables, workbook: str) -> tuple[Message, ...]:
    """Rates dated after today are used only by quotes departing from their date on: say so, since the newest
    date is otherwise taken for the table's date."""
    later = [rate for rate in tables.fx if rate.as_of > dt.date.today()]
    if not later:
        return ()
    return (Message(fmsg.FX_AFTER_TODAY, workbook=Verbatim(workbook), count=Figure(len(later)),
                    date=max(rate.as_of for rate in later)),)
