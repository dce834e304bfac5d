"""A clean workbook to start from: every sheet and header, drop-down lists for the fixed columns, instructions."""
from __future__ import annotations

from pathlib import Path

from .files import check_xlsx, save_workbook, write_atomically
from .settings import SHEET as SETTINGS
from .settings import settings_rows
from .sheets import SCHEMAS, optional_sheets

ROWS_WITH_LISTS = 2000  # the drop-down lists cover this many rows under the header

SHEET_PURPOSE = {
    "places": "Places: cities, border crossings, ports, junctions. One row a place.",
    "legs": "Legs: one transport element between two places. Routes are searched over these.",
    "nodes": "Dwell at a place: border crossings, gauge changes, port handling, transshipment. "
             "place_id * is the default where a place has no row of its own; equipment (optional) times one "
             "type, which takes that row before the row for * (any type).",
    "throughputs": "Optional: what a stop passes a day, of all traders (t, road_vehicles or wagons). A shipment of N "
                   "units takes at least N / per_day days there; a stop without a row is timed by its dwell alone.",
    "closures": "Closures and risk windows with dates. every_year = yes repeats day and month each year. at_km "
                "(a leg's row, optional): km from the leg's from_place to the point where it holds.",
    "cargo_types": "Cargo types with their handling class and density.",
    "equipment": "Containers, wagons, trucks, tankers: payload and volume.",
    "emission_factors": "CO2e factors, well-to-wheel: transport in g per t·km, hubs in kg per t.",
    "sources": "Where the figures come from. Every figure row needs source_ids or an estimate_note.",
    "leg_rates": "Rates per leg and equipment. Rows with different charges are added up.",
    "node_fees": "Fees at places (borders, ports, gauge changes, transshipment).",
    "fx": "Exchange rates: units of the currency for one US dollar, with the date.",
    "settings": "The rules of the route search, filled in with their defaults; a blank value means no limit "
                "(max_wait_days: never wait for a closure to end).",
    "incoterms": "Optional, with the sheets below: the Incoterms 2020 rules, who pays what and where risk passes.",
    "hs_codes": "The tariff line of each cargo type in each country of import; a seasonal line gives the first and "
                "last day of the year it applies (season_from, season_to: MM-DD), by the day of clearance.",
    "duties": "Customs duties by tariff code: ad valorem, per quantity, 'X % but not less than Y', preferences, "
              "slabs. A blank rate is asked of the user.",
    "import_taxes": "VAT, sales tax and other taxes at import, with their base and step.",
    "fees": "Fees at export and import: per declaration, per unit, by value tier, in money or an index (MRP).",
    "fee_units": "Index units fees are set in (Kazakhstan's MRP), with their value for each span of dates.",
    "customs_valuation": "How each country of import builds the customs value: its customs territory, currency, "
                         "and whether handling at the place of entry counts.",
}


def _describe(column) -> str:
    parts = ["must be filled" if column.required else "optional"]
    allowed = getattr(column.parse, "allowed", None)
    several = getattr(column.parse, "allowed_list", None)
    if allowed:
        parts.append("one of: " + ", ".join(allowed))
    elif several:
        parts.append("one or more, separated by ';', of: " + ", ".join(several) + " (or *)")
    if column.name.endswith("_date") or column.name in ("valid_from", "valid_to", "as_of"):
        parts.append("a date, e.g. 2026-03-01")
    if column.name in ("source_ids",):
        parts.append("ids from the sources sheet, separated by ';'")
    if column.name == "estimate_note":
        parts.append("how an estimated figure was worked out")
    return "; ".join(parts)


def write_template(kind: str, path: Path | str) -> Path:
    """Write an empty ``corridors`` or ``tariffs`` workbook that the application will accept once filled."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind not in SCHEMAS:
        raise ValueError(f"kind must be one of {', '.join(SCHEMAS)}")
    path = Path(path)
    book = Workbook()
    guide = book.active
    guide.title = "instructions"
    guide.append([f"Corridor Quote — {kind} workbook"])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append(["Row 1 of each sheet holds the column names; one record a row; blank rows are skipped. "
                  "Lists are separated by ';' and * means any. Check a filled workbook with: "
                  "python -m gui check FILE.xlsx"])
    guide.append([])
    guide.append(["sheet", "column", "what it takes"])
    for cell in guide[4]:
        cell.font = Font(bold=True)
    sheets = {**SCHEMAS[kind], **optional_sheets(kind)}
    for sheet_name, columns in sheets.items():
        guide.append([sheet_name, "", SHEET_PURPOSE.get(sheet_name, "")])
        guide.cell(row=guide.max_row, column=1).font = Font(bold=True)
        for column in columns:
            guide.append(["", column.name, _describe(column)])
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 22
    guide.column_dimensions["C"].width = 110
    for sheet_name, columns in sheets.items():
        sheet = book.create_sheet(sheet_name)
        sheet.append([column.name for column in columns])
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            letter = get_column_letter(index)
            sheet.cell(row=1, column=index).font = Font(bold=True)
            sheet.column_dimensions[letter].width = max(12, len(column.name) + 4)
            allowed = getattr(column.parse, "allowed", None)
            if allowed:
                rule = DataValidation(type="list", formula1='"' + ",".join(allowed) + '"', allow_blank=True,
                                      showErrorMessage=True, errorTitle=column.name,
                                      error=f"{column.name} takes one of: {', '.join(allowed)}")
                rule.add(f"{letter}2:{letter}{ROWS_WITH_LISTS + 1}")
                sheet.add_data_validation(rule)
        if sheet_name == SETTINGS:  # the defaults, to change rather than to look up
            for row in settings_rows():
                sheet.append(row)
    return write_atomically(path, lambda temporary: save_workbook(book, temporary), check_xlsx)
