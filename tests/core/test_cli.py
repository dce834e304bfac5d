"""The command line as a script would use it: JSON out, one clear line and a non-zero exit on bad input."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def fixture_args(paths) -> list[str]:
    return ["--corridors", str(paths[0]), "--tariffs", str(paths[1])]


def test_json_quote_has_every_documented_field(fixture_paths):
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--unit", "t", "--from", "Alpha", "--to", "Omega",
              "--date", "2026-03-01", "--json", *fixture_args(fixture_paths))
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    route = data["routes"][0]
    for key in ("corridor", "path", "available", "unavailable_reason", "cost", "currency", "days_min",
                "days_typical", "days_max", "co2e_kg", "pareto", "warnings", "legs"):
        assert key in route
    for key in ("from", "to", "mode", "km", "cost", "days_typical", "sources"):
        assert key in route["legs"][0]
    assert route["corridor"] == "Sea" and route["cost"] == pytest.approx(5840)
    assert route["path"] == ["Alpha", "Port One", "Port Two", "Omega"]
    assert data["tables"]["tariffs"]["file"] == "tariffs.xlsx"


def test_currency_option(fixture_paths):
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--date", "2026-03-01", "--currency", "KZT", "--json", *fixture_args(fixture_paths))
    data = json.loads(out.stdout)
    assert data["routes"][0]["currency"] == "KZT"
    assert data["routes"][0]["cost"] == pytest.approx(5840 * 500)


def test_text_output_lists_routes(fixture_paths):
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--date", "2026-03-01", *fixture_args(fixture_paths))
    assert out.returncode == 0
    assert "5,840 USD" in out.stdout and "planned line" in out.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["--quantity", "-500"], "quantity must be greater than zero"),
    (["--quantity", "five"], "quantity must be a number"),
    (["--cargo", "bananas"], "unknown cargo 'bananas'"),
    (["--from", "Atlantis"], "unknown origin 'Atlantis'"),
    (["--date", "2026-13-01"], "expected a date as YYYY-MM-DD"),
    (["--quantity", "1e300"], "error: 1e+300 t is more than this tool quotes (2,000,000 t)"),
    # an option that changes nothing without another is a usage error naming both, before the tables load
    (["--set", "nope=5"], "error: --set needs --incoterm: without an Incoterm the quote is freight only"),
    (["--margin", "5%", "--insured", "120"], "--margin and --insured need --incoterm"),
    (["--goods-value", "180/t"], "--goods-value needs --incoterm, to price the goods, or --capital-rate"),
    (["--capital-rate", "12"], "--capital-rate needs --goods-value"),
    (["--on-time", "80"], "--on-time needs --arrive-by"),
    (["--buyer", "Karachi Flour Mills"], "--buyer needs --pdf or --xlsx: it goes on the documents only"),
    (["--language", "ur", "--valid-days", "30"], "--language and --valid-days need --pdf or --xlsx"),
    (["--modes", ""], "error: argument --modes: allow at least one mode (got '')"),
    (["--modes", "road,no-road"], "allow at least one mode (got 'road,no-road')"),
    (["--xlsx", ""], "argument --xlsx: expected a file name, got ''"),
])
def test_bad_input_is_one_line_without_traceback(fixture_paths, args, message):
    base = {"--cargo": "wheat", "--quantity": "140", "--from": "alpha", "--to": "omega", "--date": "2026-03-01"}
    for flag, value in zip(args[::2], args[1::2]):
        base[flag] = value
    argv = ["quote", *[item for pair in base.items() for item in pair], *fixture_args(fixture_paths)]
    out = run(*argv)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], out.stderr


WHEAT = ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
         "2026-03-01"]


@pytest.mark.parametrize(("args", "message"), [
    (["--incoterm", "DAP", "--goods-value", "200/t", "--insurance-rate", "0.3"],
     "--insurance-rate needs a cover under DAP: --insurance A, B or C (see"),
    (["--incoterm", "DAP", "--goods-value", "200/t", "--insurance", "none", "--insurance-rate", "0.3"],
     "--insurance-rate needs a cover under DAP: --insurance A, B or C ('none' insures nothing)"),
    # the terms' figures: their range named, never a fault (exit 70) or a negative price
    (["--incoterm", "CIP", "--goods-value", "200/t", "--insurance-rate", "10", "--insured", "1000"],
     "error: insured value must be a percentage from 110 to 200, not '1000'"),
    (["--incoterm", "DAP", "--goods-value", "200/t", "--margin", "1e30%"],
     "error: margin must be a percentage from 0 to 100, not '1e+30'"),
    (["--incoterm", "DAP", "--goods-value", "1e9 USD/t"], "error: goods value: expected a number at most 1,000,000 "
                                                         "USD/t, found 1,000,000,000 USD/t"),
    (["--goods-value", "1e307", "--capital-rate", "12"],
     "error: goods value: expected a number at most 500,000,000 USD, found 1e+307 USD"),
    (["--goods-value", "abc", "--capital-rate", "12"], "error: goods value must be a number, not 'abc'"),
    (["--from", "Karachi", "--to", "Kostanay", "--incoterm", "DDP", "--goods-value", "180 USD/t", "--set",
      "kz-quarantine-permit=1e308"], "error: kz-quarantine-permit: expected a number at most 1,000,000,000, "
                                     "found 1e+308"),
    # typed with no figure (a shell variable left empty): read as none, 0 % or no ceiling at all
    (["--incoterm", "CPT", "--goods-value", "180", "--margin", "%"],
     "error: --margin '%' holds no figure: give one such as '5%' or '12/t', or leave the option out"),
    (["--incoterm", "CPT", "--goods-value", "180", "--margin", ""], "error: --margin is empty"),
    (["--incoterm", "CIF", "--goods-value", "180", "--insured", " "], "error: --insured is empty"),
    (["--max-cost", ""], "error: --max-cost is empty: give one such as 40000 or 80/t, or leave the option out"),
    (["--avoid", ""], "error: --avoid is empty: give a place or a country such as AF, or leave the option out"),
])
def test_terms_out_of_range_are_one_line_naming_the_range(args, message):
    base = list(WHEAT)
    for option in ("--from", "--to"):  # given in args, in place of WHEAT's: an option given twice is refused
        if option in args:
            at = base.index(option)
            del base[at:at + 2]
    out = run(*base, *args)  # the bundled tables: they hold the commercial sheets
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], out.stderr


@pytest.mark.parametrize(("rate", "said"), [(1e308, "1e+308"), (1e-300, "1e-300"),
                                             (1234567.5, "1,234,567.5")])
def test_a_rate_far_off_the_table_s_is_said_in_a_few_figures(rate, said):
    """--fx KZT=1e308 printed the rate in 309 digits."""
    from gui.core.errors import InputError
    from gui.core.validation import check_fx_override

    with pytest.raises(InputError) as raised:
        check_fx_override("KZT", rate, 503.35)
    assert str(raised.value.message) == f"the KZT rate {said} per USD is more than 1,000 times off the table's " \
                                        "503.35: a typing error?"


def test_unreadable_workbook_is_named(tmp_path, fixture_paths):
    broken = tmp_path / "tariffs.xlsx"
    broken.write_bytes(b"this is not a workbook")
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--corridors", str(fixture_paths[0]), "--tariffs", str(broken))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == ("error: tariffs.xlsx: a text file, not an Excel workbook (.xlsx); save it from "
                                  "Excel or LibreOffice as .xlsx")


def test_control_characters_typed_are_escaped_not_echoed(fixture_paths):
    """An escape sequence in a mistyped name would recolour the terminal: it is shown as \\x1b instead."""
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "Al\x1b[31mpha", "--to", "omega",
              *fixture_args(fixture_paths))
    assert out.returncode == 2 and "\x1b" not in out.stderr
    assert out.stderr.startswith("error: unknown origin 'Al\\x1b[31mpha'")


@pytest.mark.skipif(sys.platform == "win32", reason="command-line arguments as bytes")
@pytest.mark.parametrize(("buyer", "said"), [
    (b"Ahmed \xff", "expected text, got bytes the terminal's encoding cannot read: 'Ahmed \\xff'"),
    (b"Ahmed\x1b[31m", "expected text without control characters, got 'Ahmed\\x1b[31m'"),
    (b"Ahmed\nLtd", "expected text without control characters, got 'Ahmed\\nLtd'"),  # the error split in two
])
def test_a_buyer_that_is_not_text_is_refused_in_plain_words(tmp_path, fixture_paths, buyer, said):
    """Before: "the quote was not saved: 'utf-8' codec can't encode character '\\udcff'" (and a used number)."""
    history = tmp_path / "history.sqlite"
    out = subprocess.run([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "140", "--from",
                          "alpha", "--to", "omega", "--buyer", buyer, "--xlsx", str(tmp_path / "q.xlsx"),
                          "--history", str(history), *fixture_args(fixture_paths)],
                         cwd=ROOT, capture_output=True, timeout=120)
    error = out.stderr.decode("utf-8")
    assert out.returncode == 2 and "\x1b" not in error and said in error and "codec" not in error
    assert len(error.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_what_if_name_with_a_control_character_is_refused_as_a_buyer_s_is(fixture_paths):
    """--scenario-name, printed with the quote and on its documents, took a newline or an escape sequence raw: the
    terminal's line split, or its colours changed."""
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--scenario-name", "Diesel\x1b[31m up", "--road-surcharge", "10", *fixture_args(fixture_paths))
    assert out.returncode == 2 and "\x1b" not in out.stderr
    assert "expected text without control characters, got 'Diesel\\x1b[31m up'" in out.stderr


def test_the_json_of_a_numbered_quote_carries_its_number(fixture_paths, tmp_path):
    """--json with --xlsx gave every figure but not the number the workbook carries (only a line on stderr): a
    script filing the quote could not tie the JSON to its document."""
    xlsx = tmp_path / "q.xlsx"
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--date", "2026-03-01", "--json", "--xlsx", str(xlsx), "--history", str(tmp_path / "h.sqlite"),
              "--buyer", "Acme", "--valid-days", "10", *fixture_args(fixture_paths))
    assert out.returncode == 0, out.stderr
    quote = json.loads(out.stdout)["quote"]
    from openpyxl import load_workbook

    summary = dict(load_workbook(xlsx)["Summary"].iter_rows(min_row=3, max_col=2, values_only=True))
    assert quote["number"] == summary["Quote number"] and quote["number"] in out.stderr
    assert quote["valid_until"] == summary["Valid until"].date().isoformat() and quote["buyer"]["name"] == "Acme"
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega",
              "--date", "2026-03-01", "--json", *fixture_args(fixture_paths))
    assert "quote" not in json.loads(out.stdout)  # no document, no number


@pytest.mark.parametrize("second", ["quote", "./quote", "link"])
def test_the_pdf_and_the_workbook_to_one_file_is_a_usage_error(fixture_paths, tmp_path, second):
    """--pdf q.xlsx --xlsx q.xlsx wrote the workbook, then the PDF over it: a file named .xlsx that held a PDF, and a
    quote number spent on a workbook that was gone."""
    target = tmp_path / "quote"  # named as neither kind: a name of the other kind is refused as such
    target.write_bytes(b"")
    (tmp_path / "link").symlink_to(target)
    history = tmp_path / "h.sqlite"
    out = subprocess.run([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "140", "--from",
                          "alpha", "--to", "omega", "--pdf", "quote", "--xlsx", second, "--history", str(history),
                          *fixture_args(fixture_paths)], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("error: --pdf and --xlsx name the same file"), out.stderr
    assert target.read_bytes() == b"" and not history.exists()


@pytest.mark.parametrize(("args", "said"), [
    (["quote", "--pdf", "q.xlsx"], "argument --pdf: 'q.xlsx' is the name of a workbook (.xlsx), not of a PDF; "
                                   "did you mean --xlsx?"),
    (["quote", "--pdf", "Q.ODS"], "argument --pdf: 'Q.ODS' is the name of a workbook (.ods), not of a PDF"),
    (["quote", "--xlsx", "q.pdf"], "argument --xlsx: 'q.pdf' is the name of a PDF (.pdf), not of a workbook; "
                                   "did you mean --pdf?"),
    (["pricelist", "--xlsx", "prices.pdf"], "argument --xlsx: 'prices.pdf' is the name of a PDF (.pdf)"),
])
def test_a_document_named_as_the_other_kind_is_refused(args, said, capsys):
    """`--pdf prices.xlsx` wrote a PDF over the workbook of that name, and `--xlsx q.pdf` a workbook that no PDF
    reader opens: the two options swapped, said before anything is written or numbered."""
    from gui.cli import build_parser

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(args)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(("args", "said"), [
    (["list", "places", "--corridors", ""], "argument --corridors: expected a file name, got ''"),
    (["list", "places", "--tariffs", " "], "argument --tariffs: expected a file name, got ' '"),
    (["calibrate", "--corridors", ""], "argument --corridors: expected a file name, got ''"),
    (["calibrate", "--tariffs", ""], "argument --tariffs: expected a file name, got ''"),
    (["check", ""], "argument workbook: expected a file name, got ''"),
    (["check", "tariffs.xlsx", "--with", ""], "argument --with: expected a file name, got ''"),
    (["template", ""], "argument folder: expected a folder name, got ''"),
])
def test_an_empty_file_name_is_an_error_in_every_command(args, said, capsys):
    """`list`, `calibrate` and `check --with` took an empty name (an unset variable in a script) for the bundled
    workbook and answered as if for the user's own; `template ""` wrote into the current folder; `check ""` said
    ": a folder, a device or a pipe". `quote` and `pricelist` refused it already."""
    from gui.cli import build_parser

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(args)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_a_document_or_history_that_cannot_be_written_has_an_exit_code_of_its_own(tmp_path, fixture_paths):
    """A folder that is not there, a full disk or a damaged quote history ended with 2, as a mistyped option does:
    a script could not tell "fix the command" from "free the disk, then run it again". They end with 73
    (EX_CANTCREAT); bad input stays 2."""
    request = ["quote", "--cargo", "wheat", "--quantity", "140", "--from", "alpha", "--to", "omega", "--date",
               "2026-03-01", *fixture_args(fixture_paths)]
    out = run(*request, "--xlsx", str(tmp_path / "nowhere" / "q.xlsx"), "--history", str(tmp_path / "h.sqlite"))
    assert out.returncode == 73, out.stderr
    assert out.stderr.strip() == f"error: the folder {tmp_path / 'nowhere'} does not exist"
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all" * 100)
    out = run(*request, "--xlsx", str(tmp_path / "q.xlsx"), "--history", str(damaged))
    assert out.returncode == 73 and "the quote history damaged.sqlite cannot be opened" in out.stderr, out.stderr
    assert not (tmp_path / "q.xlsx").exists()
    out = run(*request[:-4], "--quantity", "-1", *fixture_args(fixture_paths), "--xlsx", str(tmp_path / "q.xlsx"))
    assert out.returncode == 2, out.stderr


@pytest.mark.parametrize(("typed", "said"), [
    ("1,500", "quantity '1,500' could mean 1.5 or 1500; type one of them"),
    ("100,000", "quantity '100,000' could mean 100 or 100000; type one of them"),
])
def test_a_comma_before_three_figures_is_asked_about_not_guessed(typed, said):
    """"1,500" t was quoted as 1.5 t (a decimal comma, as typed in Russian) where an English forwarder meant 1,500 t,
    and `--goods-value 100,000` priced goods of 100 USD: a comma before exactly three figures is asked about."""
    from gui.core.errors import InputError
    from gui.core.request import parse_quantity

    with pytest.raises(InputError) as caught:
        parse_quantity(typed)
    assert str(caught.value) == said
    assert parse_quantity("1,5") == 1.5 and parse_quantity("0,500") == 0.5 and parse_quantity("1 500") == 1500
    assert parse_quantity("1,25") == 1.25 and parse_quantity("1500") == 1500


def test_a_goods_value_with_a_thousands_comma_is_not_read_as_a_hundred():
    """140 t of wheat Kostanay → Karachi, CPT, `--goods-value 100,000`: priced goods worth 100 USD (104.12 USD/t
    with the carriage)."""
    out = run("quote", "--cargo", "wheat", "--quantity", "140", "--from", "Kostanay", "--to", "Karachi", "--date",
              "2026-12-07", "--goods-value", "100,000", "--incoterm", "CPT")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.strip() == "error: goods value '100,000' could mean 100 or 100000; type one of them"


def test_a_price_list_line_its_cargo_or_places_do_not_fit_is_listed_with_why_and_the_rest_priced(fixture_paths,
                                                                                                tmp_path):
    """One line that cannot be priced (crude oil in wagons, a destination that is the origin) ended the whole price
    list with that error, and no file; a name no line can use still does."""
    from openpyxl import load_workbook

    prices = tmp_path / "prices.xlsx"
    out = run("pricelist", "--cargo", "wheat", "--cargo", "oil", "--quantity", "140 t", "--quantity", "2 wagons",
              "--from", "Alpha", "--to", "Omega", "--to", "Alpha", "--date", "2026-03-01", "--xlsx", str(prices),
              *fixture_args(fixture_paths))
    assert out.returncode == 0, out.stderr
    assert "2 prices, 6 lines without one" in out.stdout
    assert "no price: Crude oil, 2 wagons, Alpha → Omega: Crude oil is not carried in wagons" in out.stderr
    rows = list(load_workbook(prices)["Price list"].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 8
    oil = next(r for r in rows if r[0] == "Crude oil" and r[1] == "2 wagons" and r[3] == "Omega")
    assert oil[6] is None and oil[11].startswith("Crude oil is not carried in wagons")
    assert sum(r[6] is not None for r in rows) == 2
    # nothing at all to price: an error, and no file
    none = tmp_path / "none.xlsx"
    out = run("pricelist", "--cargo", "oil", "--quantity", "2 wagons", "--from", "Alpha", "--to", "Omega",
              "--date", "2026-03-01", "--xlsx", str(none), *fixture_args(fixture_paths))
    assert out.returncode == 2 and "not carried in wagons" in out.stderr and not none.exists()
    out = run("pricelist", "--cargo", "whaet", "--quantity", "140 t", "--from", "Alpha", "--to", "Omega",
              "--xlsx", str(none), *fixture_args(fixture_paths))
    assert out.returncode == 2 and "whaet" in out.stderr and not none.exists()


@pytest.mark.parametrize("typed, amount, unit", [("500 t", "500", "t"), ("1 234,5 t", "1 234,5", "t"),
                                                 ("500t", "500", "t"), ("500", "500", "t"),
                                                 ("2 containers", "2", "containers"), ("3 c20", "3", "c20"),
                                                 ("1e3 t", "1e3", "t"), ("١٬٥٠٠ t", "١٬٥٠٠", "t"),
                                                 ("1’500 t", "1’500", "t"), ("۵۰۰ t", "۵۰۰", "t")])
def test_a_price_list_quantity_is_read_as_a_number_then_its_unit(typed, amount, unit):
    """'1 234,5 t' had been cut at its first space: 1 of the unit '234,5 t'; '1e3 t', which --quantity takes, was
    1 of the unit 'e3 t', and '١٬٥٠٠ t' (the Arabic thousands separator) 1 of '٬٥٠٠ t'."""
    from gui.cli_tables import _amount_and_unit

    assert _amount_and_unit(typed) == (amount, unit)


MESSAGE_KEYS = {"template", "values", "parts", "separator", "figure", "spec", "date", "term", "verbatim",
                "in_sentence", "list", "message"}


def _json_keys(value, inside_said: bool = False) -> set[str]:
    """Every key of a JSON quote but those a message structure holds (its placeholders' names), the ids of the
    values given with --set, the kinds a price's lines are added up by and the what-if's changes."""
    keys: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if not inside_said:
                keys.add(key)
            if key not in ("inputs", "by_kind", "changes"):  # (a what-if's changes are as in its file)
                keys |= _json_keys(item, inside_said or key == "said")
    elif isinstance(value, list):
        for item in value:
            keys |= _json_keys(item, inside_said)
    return keys


def test_the_readme_names_every_key_of_the_json(tmp_path):
    """The JSON's `said.estimate`, `fx[].what_if_from`, `tables.fx_oldest` and some fifty more keys were in no part
    of the README. Its "The JSON, key by key" names each key a quote with terms, a what-if and a date to arrive by
    prints, and each kind of value a message structure holds."""
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
              "2026-12-07", "--scenario", str(ROOT / "docs" / "what-if-torkham-tenge.json"), "--incoterm", "CIF",
              "--goods-value", "250/t", "--insurance", "C", "--insurance-rate", "0.3", "--arrive-by", "2026-12-30",
              "--capital-rate", "10", "--buyer", "Buyer", "--json", "--xlsx", str(tmp_path / "quote.xlsx"),
              "--history", str(tmp_path / "history.sqlite"))
    assert out.returncode == 0, out.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # the key-by-key table, and the two parts it points to: the commercial terms' keys and the deciding keys
    section = "".join(readme[start:readme.index("\n#", start + 5)] for start in (
        readme.index("### The JSON, key by key"), readme.index("**In the JSON** (`--json`)"),
        readme.index("### In the JSON")))
    keys = _json_keys(json.loads(out.stdout)) | MESSAGE_KEYS
    # named alone (`sources`), in a path (`seller_price.by_kind`, `fx[].as_of`) or in a sample ({"figure": 1.3})
    missing = sorted(key for key in keys if not re.search(rf'[`.]{re.escape(key)}(\[\])?[`.]|"{re.escape(key)}"',
                                                           section))
    assert missing == [], missing


@pytest.mark.parametrize("args", [
    ["pricelist", "--cargo", "wheat", "--quantity", "500 t", "--from", "Kostanay", "--from", "Lahore", "--to",
     "Karachi", "--xlsx", "p.xlsx"],
    ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--to", "Lahore"],
    ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi", "--date",
     "2026-12-07", "--date", "2026-12-14"],
])
def test_an_option_that_takes_one_value_is_refused_when_given_twice(args, capsys):
    """`pricelist --from Kostanay --from Lahore` priced from Lahore alone, saying nothing of Kostanay: argparse
    keeps the last. An option that takes one value is now refused when given twice; those that say "repeat"
    (--cargo, --to of the price list, --fx) still take several."""
    from gui.cli import build_parser

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(args)
    assert stopped.value.code == 2
    assert "is given twice: it takes one value" in capsys.readouterr().err
    repeated = build_parser().parse_args(["pricelist", "--cargo", "wheat", "--cargo", "rice", "--quantity", "500 t",
                                          "--from", "Kostanay", "--to", "Karachi", "--to", "Lahore", "--xlsx",
                                          "p.xlsx"])
    assert repeated.cargo == ["wheat", "rice"] and repeated.destinations == ["Karachi", "Lahore"]


READ_ONLY_OUTPUT = """
import subprocess, sys
folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", folder], check=True)
common = ["--cargo", "wheat", "--from", "Kostanay", "--to", "Karachi", "--date", "2026-12-07"]
for command in (["quote", *common, "--quantity", "500", "--xlsx", folder + "/q.xlsx"],
                ["quote", *common, "--quantity", "500", "--pdf", folder + "/q.pdf"],
                ["pricelist", *common, "--quantity", "500 t", "--xlsx", folder + "/p.xlsx"]):
    out = subprocess.run([sys.executable, "-m", "gui", *command], capture_output=True, text=True)
    print(out.returncode, out.stderr.strip())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a read-only mount in a namespace of its own")
def test_a_read_only_output_folder_is_said_alike_by_the_quote_and_the_price_list(tmp_path):
    """The quote said "q.xlsx cannot be written: the folder is not writable or the file is open in another program
    (close it and save again)", the price list "/media/stick is read-only: p.xlsx was not saved"."""
    import shutil

    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    folder = tmp_path / "stick"
    folder.mkdir()
    out = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c", READ_ONLY_OUTPUT,
                          str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")})
    if out.returncode != 0 and ("unshare" in out.stderr or "mount" in out.stderr):
        pytest.skip(f"no mount namespace here: {out.stderr.strip()[:200]}")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [f"73 error: {folder} is read-only: {name} was not saved"
                                       for name in ("q.xlsx", "q.pdf", "p.xlsx")]


def test_an_unwritable_folder_is_said_alike_before_the_work_and_by_the_write(tmp_path, monkeypatch):
    """Refused before the work (check_target) and by the write itself (explain), a folder is said in one way: on a
    read-only file system, as read-only; else as not writable."""
    import errno

    from gui.core import files
    from gui.core.files import SaveError

    target = tmp_path / "q.xlsx"
    monkeypatch.setattr(files.os, "access", lambda *_: False)
    for read_only, error in ((True, errno.EROFS), (False, errno.EACCES)):
        monkeypatch.setattr(files, "_read_only", lambda _folder, flag=read_only: flag)
        with pytest.raises(SaveError) as refused:
            files.check_target(target)
        assert str(refused.value) == str(files.explain(OSError(error, "no"), target))
    assert str(refused.value).startswith("q.xlsx cannot be written: the folder is not writable")
