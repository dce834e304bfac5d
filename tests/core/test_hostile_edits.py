"""The bundled workbooks as a user's hands, another program or a hostile script leave them, in .xlsx and .ods: sheets
deleted, columns renamed, text and dates where figures go, NaN, infinite and huge figures, formulas, ids twice, odd
Unicode, blank rows in the middle. `check`, `check --changes` and a quote must answer each with problems that name
their sheet, row and column, or with a quote; never with a traceback."""
from __future__ import annotations

import datetime as dt
import json
import math
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from gui.core.cells import parse_date
from gui.core.changes import compare_tables
from gui.core.errors import InputError
from gui.core.quote import QuoteEngine
from gui.core.report import result_to_dict
from gui.core.request import QuoteRequest
from gui.core.sheets import SCHEMAS, normalise_header, optional_sheets
from gui.core.workbook_check import check_workbook
from tests.fixture_ods import ods_content, write_ods_parts

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = 30  # each checks a whole workbook (a third of a second), and may quote on it
REQUEST = QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7), "USD")

NOT_A_NUMBER = ("far", "n/a", "12,5,0", "—", "1 2 3", "١٢x", "=SUM(A:A)", "#DIV/0!", "e", "1e5000x")
WILD_NUMBERS = (float("nan"), float("inf"), float("-inf"), 1e300, -1e300)
NOT_A_DATE = ("someday", "2026-13-45", "31.02.2026", "2026-02-30", "99999-01-01", "next Tuesday")
ODD_TEXT = ("", " ", "\u200b", "\u202eevil", "e\u0301", "😀", "ﬁ", "x" * 5000, "line\nbreak", "tab\there",
            "TRUE", "#N/A", "=A1", "'quoted", "{braces}", "１２", "-0", "NaN", "*")
ODD_VALUES = (*WILD_NUMBERS, -1, 0, -0.0, 10 ** 30, True, False, dt.datetime(1900, 1, 1), dt.datetime(9999, 12, 31))


def _read(name: str) -> dict[str, list[list]]:
    book = load_workbook(ROOT / "resources" / name, read_only=True)
    try:
        return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets}
    finally:
        book.close()


BUNDLED = {"corridors": _read("corridors.xlsx"), "tariffs": _read("tariffs.xlsx")}


def _columns(kind: str) -> dict[str, dict[str, str]]:
    """Each sheet's columns by what they take: "number", "date" or "other"."""
    kinds = {}
    for sheet, columns in {**SCHEMAS[kind], **optional_sheets(kind)}.items():
        kinds[sheet] = {c.name: "number" if c.parse.__qualname__.startswith("number_cell") else
                        "date" if c.parse is parse_date else "other" for c in columns}
    return kinds


COLUMNS = {kind: _columns(kind) for kind in BUNDLED}
KEYED = {"places", "legs", "nodes", "closures", "cargo_types", "equipment", "emission_factors", "leg_rates",
         "node_fees"}  # sheets whose first column is an id that must be unique


EDITS = ("delete sheet", "rename column", "number", "date", "odd text", "odd value", "twice", "blank rows",
         "delete rows", "swap columns", "header down")


def edits() -> st.SearchStrategy:
    """A workbook and one to three edits of it, each (what, sheet, where, how: numbers that pick a row, a column
    and a value), small enough to shrink; ``_edited`` makes them."""
    edit = st.tuples(st.sampled_from(EDITS), st.integers(0, 99), st.integers(0, 999), st.integers(0, 99),
                     st.integers(0, 99))
    return st.tuples(st.sampled_from(sorted(BUNDLED)), st.lists(edit, min_size=1, max_size=3))


def _edited(kind: str, edits_made) -> tuple[dict[str, list[list]], list[tuple[str, list, str, bool]]]:
    """The sheets edited, and the cells a problem must name: (sheet, the row by identity (blank rows may move it),
    column, whether only the cross-checks find it)."""
    sheets = {name: [list(row) for row in rows] for name, rows in BUNDLED[kind].items()}
    named: list[tuple[str, list, str, bool]] = []
    for what, pick_sheet, pick_row, pick_column, pick_value in edits_made:
        names = sorted(sheets)
        if not names:
            break
        sheet = names[pick_sheet % len(names)]
        rows = sheets[sheet]
        header = [normalise_header(value) for value in rows[0]] if rows else []
        if what == "delete sheet":
            del sheets[sheet]
            continue
        if len(rows) < 2 or not header:
            continue
        at = 1 + pick_row % (len(rows) - 1)
        column = pick_column % len(header)
        if what == "rename column":
            old = str(rows[0][column] or "")
            rows[0][column] = (None, old.upper(), f" {old} ", old + "x", old.replace("_", "-"), "\u200b" + old,
                               "ﬁ" + old, str(rows[0][0]))[pick_value % 8]
        elif what == "blank rows":
            rows[at:at] = [[None] * len(header) for _ in range(1 + pick_value % 4)]
        elif what == "delete rows":
            del rows[at:at + 1 + pick_value]
        elif what == "swap columns":
            other = pick_value % len(header)
            for row in rows:
                row.extend([None] * (max(column, other) + 1 - len(row)))
                row[column], row[other] = row[other], row[column]
        elif what == "header down":
            rows.insert(0, [None] * len(header))
        elif what == "twice":
            copy = list(rows[at])
            rows.insert(at + 1, copy)
            if sheet in KEYED and header[0] in COLUMNS[kind].get(sheet, {}) and copy[0]:
                named.append((sheet, copy, header[0], True))
        else:
            kinds = COLUMNS[kind].get(sheet, {})
            wanted = {"number": "number", "date": "date"}.get(what)
            choices = [i for i, name in enumerate(header) if wanted is None or kinds.get(name) == wanted]
            if not choices:
                continue
            column = choices[pick_column % len(choices)]
            row = rows[at]
            row.extend([None] * (column + 1 - len(row)))
            values = {"number": NOT_A_NUMBER + WILD_NUMBERS, "date": NOT_A_DATE, "odd text": ODD_TEXT,
                      "odd value": ODD_VALUES}[what]
            row[column] = values[pick_value % len(values)]
            if wanted is not None and header.count(header[column]) == 1:
                named.append((sheet, row, header[column], False))
    return sheets, named


def _write(path: Path, sheets: dict[str, list[list]]) -> Path:
    if path.suffix == ".ods":
        return write_ods_parts(path, ods_content(sheets))
    book = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            # a figure no spreadsheet keeps (Excel has no NaN nor infinity) as a user types it
            sheet.append([str(v) if isinstance(v, float) and not math.isfinite(v) else v for v in row])
    book.save(path)
    return path


def _check_and_quote(path: Path, kind: str) -> None:
    report = check_workbook(path)
    for problem in report.problems:
        assert problem.workbook == path.name, problem
        assert problem.row is None or problem.sheet, problem  # a row is always of a sheet
        assert problem.column is None or problem.row is not None, problem
        assert str(problem)
    if report.usable:
        assert all(str(note) for note in report.notes)
        assert all(str(change) for change in compare_tables(check_workbook(ROOT / "resources" / f"{kind}.xlsx").tables,
                                                             report.tables))  # check --changes
        try:
            result = QuoteEngine(report.tables).quote(REQUEST)
        except InputError:
            return
        json.dumps(result_to_dict(result), allow_nan=False)
    return report


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_any_edit_of_the_bundled_workbooks_is_named_by_its_cell_or_quoted(suffix, tmp_path_factory):
    folder = tmp_path_factory.mktemp("edits")

    # no shrinking: a failing case is a few small tuples already, and shrinking one re-checks hundreds of workbooks
    @settings(max_examples=EXAMPLES, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(edit=edits())
    def check(edit):
        kind, edits_made = edit
        sheets, named = _edited(kind, edits_made)
        path = _write(folder / f"{kind}{suffix}", sheets)
        report = _check_and_quote(path, kind)
        whole = [p for p in report.problems if (p.row or 1) <= 1]  # a sheet, or the workbook, refused as a whole
        for sheet, row, column, cross_checked in named:
            if sheet not in sheets or not any(row is r for r in sheets[sheet]):
                continue
            if any(p.sheet in (None, sheet) or cross_checked for p in whole):
                continue  # its cells are not read, or the workbooks are not cross-checked
            number = next(i for i, r in enumerate(sheets[sheet]) if r is row) + 1
            assert any(p.sheet == sheet and p.row == number and p.column == column for p in report.problems), \
                (edits_made, sheet, number, column, [str(p) for p in report.problems][:5])

    check()


# ------------------------------------------------------------------------------ files damaged below the cells

def _parts(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as book:
        return [(item.filename, book.read(item.filename)) for item in book.infolist()]


@pytest.mark.parametrize("cut", [0.05, 0.3, 0.6, 0.9, 0.999])
@pytest.mark.parametrize("name", ["corridors.xlsx", "tariffs.xlsx"])
def test_a_workbook_cut_short_anywhere_is_damaged_in_one_line(name, cut, tmp_path):
    data = (ROOT / "resources" / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: int(len(data) * cut)])
    report = check_workbook(path)
    assert [p.sheet for p in report.problems] == [None]
    assert str(report.problems[0]).startswith(f"{name}: the workbook is damaged or unsafe and was not read (")


def _linked(tmp_path, cells: dict[str, str], target: str, values: dict[str, str] | None = None,
            path_type: str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath",
            ) -> Path:
    """The bundled tariffs with cells of leg_rates (by reference: formula) linked to a workbook at ``target``, with
    the values saved beside the links (``values``, by reference) or those the cells held; ``path_type``: the type
    of the relationship that names the linked file."""
    import re

    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = []
    for name, data in _parts(ROOT / "resources" / "tariffs.xlsx"):
        if name == "xl/worksheets/sheet1.xml":
            for cell, formula in cells.items():
                value = (values or {}).get(cell, r"\1")
                data, count = re.subn(rf'<c r="{cell}" t="n"><v>([^<]*)</v></c>'.encode(),
                                      rf'<c r="{cell}">{formula}<v>{value}</v></c>'.encode(), data)
                assert count == 1
        elif name == "xl/workbook.xml":
            data = data.replace(b"<definedNames />", b'<externalReferences><externalReference r:id="rId99"/>'
                                                      b'</externalReferences><definedNames />')
        elif name == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", f'<Relationship Id="rId99" Type="{rel}/externalLink" Target='
                                                     f'"externalLinks/externalLink1.xml"/></Relationships>'.encode())
        parts.append((name, data))
    parts.append(("xl/externalLinks/externalLink1.xml", (
        f'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{rel}">'
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Rates"/></sheetNames></externalBook></externalLink>'
    ).encode()))
    parts.append(("xl/externalLinks/_rels/externalLink1.xml.rels", (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
        f'Type="{path_type}" Target="{target}" TargetMode="External"/>'
        '</Relationships>').encode()))
    path = tmp_path / "tariffs.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts:
            book.writestr(name, data)
    return path


def test_a_figure_linked_from_another_workbook_is_read_as_last_saved(tmp_path):
    """Excel keeps the value a link to another file last had beside the link: that value is read (the other file is
    never opened, nor is anything fetched), and the workbook is usable."""
    path = _linked(tmp_path, {"J2": "<f>[1]Rates!B2</f>"}, "https://example.invalid/rates.xlsx", {"J2": "0.009"})
    report = _check_and_quote(path, "tariffs")
    assert report.usable and report.tables.leg_rates[0].amount == 0.009


def test_a_figure_linked_from_another_workbook_is_noted_with_its_cell_and_the_file(tmp_path):
    """The figure read as last saved had come with no word of where it came from: a note now names the sheet, the
    cell and the linked file (its name only; nothing is opened or fetched)."""
    path = _linked(tmp_path, {"J2": "<f>[1]Rates!B2</f>", "J3": '<f>IF(A3="[2]",1,1)</f>'},
                   "https://example.invalid/rates.xlsx")
    report = check_workbook(path)
    assert report.usable
    assert [str(note) for note in report.notes if "another workbook" in str(note)] == [
        "tariffs.xlsx, sheet 'leg_rates': cells J2 take their figures from another workbook, rates.xlsx; they are "
        "read as last saved in this one (that file is not opened): check them against it"]


def test_a_shared_formula_linked_from_another_workbook_names_each_cell_it_fills(tmp_path):
    shared = {"J2": '<f t="shared" si="0" ref="J2:J8">\'[1]Rates 2026\'!B2</f>',
              **{f"J{row}": '<f t="shared" si="0"/>' for row in range(3, 9)}}
    path = _linked(tmp_path, shared, "file:///C:/Users/Aigerim/Tariffs/Rates%202026.xlsx")
    notes = [str(note) for note in check_workbook(path).notes if "another workbook" in str(note)]
    assert notes == ["tariffs.xlsx, sheet 'leg_rates': cells J2, J3, J4, J5, J6 and 2 more take their figures from "
                     "another workbook, Rates 2026.xlsx; they are read as last saved in this one (that file is not "
                     "opened): check them against it"]


def test_a_link_whose_file_excel_could_not_find_names_the_file(tmp_path):
    """Excel writes the path of a linked file it could not find under its own relationship type
    (xlExternalLinkPath/xlPathMissing): the note named the file "[1]", as if none were given."""
    path = _linked(tmp_path, {"J2": "<f>[1]Rates!B2</f>"}, "rates.xlsx", path_type=(
        "http://schemas.microsoft.com/office/2006/relationships/xlExternalLinkPath/xlPathMissing"))
    notes = [str(note) for note in check_workbook(path).notes if "another workbook" in str(note)]
    assert notes == ["tariffs.xlsx, sheet 'leg_rates': cells J2 take their figures from another workbook, "
                     "rates.xlsx; they are read as last saved in this one (that file is not opened): check them "
                     "against it"]


def test_an_ods_figure_linked_from_another_workbook_is_noted_as_in_an_xlsx(tmp_path, fixture_paths):
    """An .ods keeps a link's last value beside its formula, as Excel does, and it was read with no word of the link:
    the note an .xlsx gets names the cells and the file. A link's name written inside a string is no link."""
    content = _tariffs_ods_content()
    link = ("table:formula=\"of:=['file:///C:/Users/Aigerim/Tariffs/Rates%202026.ods'#$Rates.B2]\" "
            'office:value-type="float" office:value="0.05"')
    content = content.replace('office:value-type="float" office:value="0.05"', link, 1)
    content = content.replace('<table:table-cell office:value-type="string"><text:p>USD',
                              '<table:table-cell table:formula="of:=&quot;[\'x.ods\'#$A.B1]&quot;" '
                              'office:value-type="string"><text:p>USD', 1)
    report = check_workbook(write_ods_parts(tmp_path / "tariffs.ods", content), fixture_paths[0])
    assert report.usable and report.tables.leg_rates[0].amount == 0.05
    assert [str(note) for note in report.notes if "another workbook" in str(note)] == [
        "tariffs.ods, sheet 'leg_rates': cells G2 take their figures from another workbook, Rates 2026.ods; they are "
        "read as last saved in this one (that file is not opened): check them against it"]


def test_an_ods_range_linked_to_external_data_is_noted_with_its_cells(tmp_path, fixture_paths):
    """Sheet > Link to External Data keeps a range of another file's figures in the .ods, read as last saved without
    a word; the note names the range's cells and the file."""
    content = _tariffs_ods_content().replace(
        'office:value-type="float" office:value="0.05">',
        'office:value-type="float" office:value="0.05"><table:cell-range-source table:name="Rates" '
        'xlink:href="../shared/Rates.ods" table:filter-name="calc8" table:last-column-spanned="2" '
        'table:last-row-spanned="4"/>', 1)
    content = content.replace("<office:document-content ", '<office:document-content '
                              'xmlns:xlink="http://www.w3.org/1999/xlink" ', 1)
    report = check_workbook(write_ods_parts(tmp_path / "tariffs.ods", content), fixture_paths[0])
    assert [str(note) for note in report.notes if "another workbook" in str(note)] == [
        "tariffs.ods, sheet 'leg_rates': cells G2, H2, G3, H3, G4 and 3 more take their figures from another "
        "workbook, Rates.ods; they are read as last saved in this one (that file is not opened): check them against "
        "it"]


def test_a_workbook_without_links_gets_no_link_note():
    assert not [n for n in check_workbook(ROOT / "resources" / "tariffs.xlsx").notes if "another workbook" in str(n)]


ODS_ROWS = {  # (what follows the last row of leg_rates, what check says of it: None for usable)
    "a million empty rows, as LibreOffice saves a sheet's end": (
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated='
        '"1024"/></table:table-row>', None),
    "empty rows repeated a trillion times": (
        '<table:table-row table:number-rows-repeated="999999999999"><table:table-cell/></table:table-row>', None),
    "a value repeated over 200,000 rows": (
        '<table:table-row table:number-rows-repeated="200000"><table:table-cell office:value-type="string">'
        '<text:p>x</text:p></table:table-cell></table:table-row>',
        "tariffs.ods, sheet 'leg_rates': the sheet reaches row 200,008; sheets of at most 100,000 rows below the "
        "header are read (delete what lies below the table and save again)"),
    "a cell spanning more than any sheet": (
        '<table:table-row><table:table-cell table:number-columns-spanned="99999999999999" table:number-rows-spanned='
        '"99999999" office:value-type="string"><text:p>r9</text:p></table:table-cell></table:table-row>',
        "tariffs.ods, sheet 'leg_rates', row 9, column 'rate_id': cells A9:XFD1048576 are merged: a spreadsheet shows "
        "the value of A9 in each, but keeps it only in A9; unmerge them and fill each cell"),
}


def _tariffs_ods_content() -> str:
    """The fixture's tariffs as an .ods content.xml."""
    from tests.fixture_ods import as_rows
    from tests.fixture_tables import fixture_sheets

    _, tariffs = fixture_sheets()
    return ods_content({name: as_rows(sheet) for name, sheet in tariffs.items()})


def _tariffs_ods_with(tmp_path, rows: str):
    """The fixture's tariffs as an .ods, with ``rows`` (table XML) after the first sheet's (leg_rates') last row."""
    content = _tariffs_ods_content()
    return write_ods_parts(tmp_path / "tariffs.ods", content.replace("</table:table>", rows + "</table:table>", 1))


@pytest.mark.parametrize("case", sorted(ODS_ROWS))
def test_rows_and_spans_an_ods_repeats_past_any_sheet(case, tmp_path, fixture_paths):
    rows, said = ODS_ROWS[case]
    report = check_workbook(_tariffs_ods_with(tmp_path, rows), fixture_paths[0])
    assert report.usable if said is None else str(report.problems[0]) == said


ODS_DAMAGE = {  # (a row after leg_rates' last, what check says of it); the reader failed on each with "Cannot
    # detect file format", which named no sheet, no row and the wrong fault
    "a negative row repeat": (
        '<table:table-row table:number-rows-repeated="-3"><table:table-cell/></table:table-row>',
        'row 9: the workbook is damaged and was not read: the row has table:number-rows-repeated="-3", where a whole '
        'number belongs'),
    "a row repeat in words": (
        '<table:table-row table:number-rows-repeated="three"><table:table-cell/></table:table-row>',
        'row 9: the workbook is damaged and was not read: the row has table:number-rows-repeated="three", where a '
        'whole number belongs'),
    "a row repeat past 64 bits": (
        '<table:table-row table:number-rows-repeated="99999999999999999999999"><table:table-cell/></table:table-row>',
        'row 9: the workbook is damaged and was not read: the row has table:number-rows-repeated='
        '"99999999999999999999999", where a whole number belongs'),
    "a negative cell repeat": (
        '<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated="-1"/></table:table-row>',
        'row 9: the workbook is damaged and was not read: cell B9 has table:number-columns-repeated="-1", where a '
        'whole number belongs'),
    "a figure that is not a number": (
        '<table:table-row><table:table-cell office:value-type="float" office:value="1,5"><text:p>1,5</text:p>'
        '</table:table-cell></table:table-row>',
        'row 9: the workbook is damaged and was not read: cell A9 has office:value="1,5", where a number belongs'),
}


@pytest.mark.parametrize("case", sorted(ODS_DAMAGE))
def test_an_ods_the_reader_cannot_parse_names_the_attribute_and_the_row(case, tmp_path, fixture_paths):
    rows, said = ODS_DAMAGE[case]
    problems = check_workbook(_tariffs_ods_with(tmp_path, rows), fixture_paths[0]).problems
    assert [str(p) for p in problems] == [f"tariffs.ods, sheet 'leg_rates', {said}; open it in a spreadsheet program "
                                          f"and save it again"]
    assert (problems[0].sheet, problems[0].row) == ("leg_rates", 9)


def test_figures_and_repeats_the_reader_takes_are_read(tmp_path, fixture_paths):
    """'+3', '1e5', 'NaN' are what the reader parses: they are not called damage (NaN is a wrong figure)."""
    content = _tariffs_ods_content()
    rows = ('<table:table-row table:number-rows-repeated="+2"><table:table-cell table:number-columns-repeated="+3"/>'
            '</table:table-row>')
    path = write_ods_parts(tmp_path / "tariffs.ods", content.replace("</table:table>", rows + "</table:table>", 1))
    assert check_workbook(path, fixture_paths[0]).usable


def test_a_reader_that_cannot_tell_the_format_is_not_quoted_word_for_word(tmp_path, fixture_paths, monkeypatch):
    """The reader's "Cannot detect file format" on a file already known to be an .ods misled: the format is said."""
    import python_calamine

    from tests.fixture_ods import as_rows
    from tests.fixture_tables import fixture_sheets

    def refuse(*_args, **_kwargs):
        raise python_calamine.CalamineError("Cannot detect file format")

    _, tariffs = fixture_sheets()
    path = write_ods_parts(tmp_path / "tariffs.ods", ods_content({n: as_rows(r) for n, r in tariffs.items()}))
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", refuse)
    assert [str(p) for p in check_workbook(path, fixture_paths[0]).problems] == [
        "tariffs.ods: the workbook is damaged and was not read: the reader of .ods files could not make it out; open "
        "it in a spreadsheet program and save it again"]


def test_a_sheet_of_thousands_of_wrong_rows_lists_a_thousand_problems_and_counts_the_rest(tmp_path, fixture_paths):
    """20,000 rows pasted into leg_rates, each with only a first cell, made 80,000 problems, each named: 3 s to check
    and 2.5 s more to say, and 80,000 lines from `check`. The first thousand are named, the rest counted in a line."""
    from tests.fixture_ods import as_rows
    from tests.fixture_tables import fixture_sheets

    _, tariffs = fixture_sheets()
    content = ods_content({name: as_rows(rows) for name, rows in tariffs.items()})
    pasted = ('<table:table-row table:number-rows-repeated="3000"><table:table-cell office:value-type="string">'
              '<text:p>x</text:p></table:table-cell></table:table-row>')
    path = write_ods_parts(tmp_path / "tariffs.ods", content.replace("</table:table>", pasted + "</table:table>", 1))
    problems = check_workbook(path, fixture_paths[0]).problems
    assert len(problems) == 1001 and all(p.sheet == "leg_rates" and p.column for p in problems[:1000])
    assert str(problems[-1]) == ("tariffs.ods, sheet 'leg_rates', row 259: 11,000 more problems in the cells of rows "
                                 "259 to 3008, not listed one by one; are these rows meant for this sheet?")
