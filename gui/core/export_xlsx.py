"""A quote as an Excel workbook (summary, routes compared, breakdown, sources), and the booth's price list."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .files import write_atomically

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _put(sheet, row: int, column: int, value: Any):
    """Write a cell; text that a spreadsheet would run as a formula is stored as plain text."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # openpyxl would otherwise write "=..." as a formula
    return cell


def _append(sheet, values: Iterable[Any]) -> None:
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet.cell(1, 1).value is not None else 1
    for column, value in enumerate(values, start=1):
        _put(sheet, row, column, value)


def _header(sheet, names: list[str]) -> None:
    from openpyxl.styles import Font

    _append(sheet, names)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # a coordinate, not a cell: a cell would add an empty row


def _widths(sheet, widths: dict[str, int]) -> None:
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width


def write_quote_workbook(document: dict[str, Any], path: Path | str) -> Path:
    """Write the quote document (see report.quote_document) to ``path``, atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    request, quote, tables = document["request"], document["quote"], document["tables"]
    summary["A1"] = "Freight quote"
    summary["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Quote number", quote.get("number", "")), ("Date", quote.get("created", "")),
        ("Valid until", quote.get("valid_until", "")),
        ("Buyer", quote.get("buyer", {}).get("name", "")), ("Contact", quote.get("buyer", {}).get("contact", "")),
        ("Cargo", request["cargo_name"]), ("Quantity", request["load"]), ("From", request["from"]),
        ("To", request["to"]), ("Departure", request["date"]), ("Currency", document["currency"]),
        ("Corridors table", f"{tables['corridors']['file']} (sha256 {tables['corridors']['sha256'][:12]})"),
        ("Tariffs table", f"{tables['tariffs']['file']} (sha256 {tables['tariffs']['sha256'][:12]})"),
        ("Exchange rates as of", tables.get("fx_as_of") or ""),
    ]
    for offset, (label, value) in enumerate(rows, start=3):
        _put(summary, offset, 1, label).font = Font(bold=True)
        _put(summary, offset, 2, value)
    best = next((r for r in document["routes"] if r["available"] and r["pareto"]), None)
    row = len(rows) + 4
    if best:
        _put(summary, row, 1, "Recommended route").font = Font(bold=True)
        _put(summary, row, 2, f"{best['corridor']}: {best['cost']:,.0f} {best['currency']}, "
                              f"{best['days_min']:g}–{best['days_typical']:g}–{best['days_max']:g} days")
        row += 1
    row += 1
    _put(summary, row, 1, "Exchange rates used").font = Font(bold=True)
    for fx in document["fx"]:
        row += 1
        _put(summary, row, 1, fx["currency"])
        table = fx.get("table_units_per_usd")
        _put(summary, row, 2, f"{fx['units_per_usd']:,.4f} per USD, set for this quote (table: {table:,.4f} as of "
                              f"{fx['as_of']})" if table else f"{fx['units_per_usd']:,.4f} per USD as of {fx['as_of']}")
    _widths(summary, {"A": 24, "B": 80})

    routes = book.create_sheet("Routes")
    _header(routes, ["#", "Corridor", "Path", "Available", "Why not", "Cost", "Currency", "Cost per t", "Days min",
                     "Days typical", "Days max", "km", "CO2e kg", "Best trade-off", "Borders", "Warnings"])
    for number, route in enumerate(document["routes"], start=1):
        _append(routes, [number, route["corridor"], " → ".join(route["path"]), "yes" if route["available"] else "no",
                         route["unavailable_reason"] or "", route["cost"], route["currency"], route["cost_per_tonne"],
                         route["days_min"], route["days_typical"], route["days_max"], route["km"], route["co2e_kg"],
                         "yes" if route["pareto"] else "", ", ".join(route["border_crossings"]),
                         "; ".join(route["warnings"])])
    _widths(routes, {"B": 44, "C": 70, "E": 50, "P": 60})

    breakdown = book.create_sheet("Breakdown")
    _header(breakdown, ["Route #", "Step", "Mode or event", "Equipment", "Units", "km", "Days typical", "Charge",
                        "Basis", "Rate", "Quantity", "Amount", "Currency", "Converted", "Quote currency",
                        "Sources", "Estimate"])
    for number, route in enumerate(document["routes"], start=1):
        steps = _in_travel_order(route)
        for kind, line in steps:
            name = f"{line['from']} → {line['to']}" if kind == "leg" else f"at {line['place']}"
            what = line["mode"] if kind == "leg" else line["event"].replace("_", " ")
            first = [number, name, what, line.get("equipment", ""), line.get("units", ""),
                     line.get("km", ""), line["days_typical"]]
            if not line["charges"]:
                _append(breakdown, first + ["", "", "", "", "", "", line["cost"], document["currency"],
                                            ", ".join(line["sources"]), line["estimate"] or ""])
            for charge in line["charges"]:
                _append(breakdown, first + [charge["charge"], charge["basis"], charge["rate"], charge["quantity"],
                                            charge["amount"], charge["currency"], charge["converted"],
                                            document["currency"], ", ".join(charge["sources"]),
                                            charge["estimate"] or ""])
    _widths(breakdown, {"B": 40, "C": 16, "D": 14, "H": 26, "P": 30, "Q": 60})

    sources = book.create_sheet("Sources")
    _header(sources, ["Id", "Title", "Publisher", "Date", "Reliability", "Address"])
    for source in document.get("sources", []):
        _append(sources, [source["id"], source["title"], source["publisher"], source["date"], source["reliability"],
                          source["url"]])
    _widths(sources, {"A": 28, "B": 70, "C": 30, "F": 60})
    return write_atomically(path, lambda temporary: book.save(temporary))


def _in_travel_order(route: dict) -> list[tuple[str, dict]]:
    after: dict[int, list] = {}
    for node in route["nodes"]:
        after.setdefault(node["after_leg"], []).append(node)
    steps = [("node", node) for node in after.get(-1, [])]
    for index, leg in enumerate(route["legs"]):
        steps.append(("leg", leg))
        steps += [("node", node) for node in after.get(index, [])]
    return steps


def write_price_list(rows: list[dict[str, Any]], path: Path | str, title: str = "Price list") -> Path:
    """One line per cargo, quantity and destination: the best available route and its price."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Price list"
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "The cheapest route open on the departure date for each line; see a full quote for the breakdown."
    _header(sheet, ["Cargo", "Quantity", "From", "To", "Departure", "Best route", "Price", "Currency", "Per tonne",
                    "Days min–typ–max", "CO2e t", "Note"])
    for row in rows:
        _append(sheet, [row["cargo"], row["quantity"], row["from"], row["to"], row["date"], row["route"],
                        row["cost"], row["currency"], row["per_tonne"], row["days"], row["co2e_t"], row["note"]])
    _widths(sheet, {"A": 26, "B": 30, "F": 48, "J": 18, "L": 50})
    return write_atomically(path, lambda temporary: book.save(temporary))
