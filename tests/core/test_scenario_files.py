"""A scenario file a user is sent: whatever it holds, one line naming the change and the key, never a fault, a
hang or gigabytes of memory."""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
from pathlib import Path

import pytest

from gui.core.decide_report import scenario_to_dict
from gui.core.errors import InputError
from gui.core.request import QuoteRequest
from gui.core.scenario import Change, Scenario
from gui.core.scenario_fx import fx_overrides
from gui.core.scenario_tables import apply
from gui.core.scenario_file import read_scenario

DEPARTURE = dt.date(2026, 3, 1)


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as error:
        read_scenario(path)
    assert error.value.field == "scenario"
    str(error.value.message).encode("utf-8")  # printable: a lone surrogate here crashed the terminal's print
    return error.value


def written(tmp_path: Path, text: str, name: str = "what-if.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_deep_nesting_is_not_a_scenario_file(tmp_path):
    for text in ("[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
                 '{"changes":' + "[" * 100_000 + "]" * 100_000 + "}"):
        assert str(refused(written(tmp_path, text, "deep.json")).message) == \
            "the scenario deep.json is not a scenario file (JSON): it is nested too deeply"


def test_text_that_is_not_valid_unicode_names_its_key(tmp_path):
    # "\ud800" is a legal JSON escape, but a lone surrogate can be neither printed nor saved
    assert str(refused(written(tmp_path, json.dumps({"name": "\ud800x", "changes": []}))).message) == \
        "the what-if: 'name' holds text that is not valid Unicode"
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"close": "Khun\ud800jerab"}]}))).message) == \
        "what-if change 1: 'close' holds text that is not valid Unicode"
    assert "unknown key 'fr\\ud800om'" in str(refused(written(tmp_path, json.dumps(
        {"changes": [{"close": "Khunjerab", "fr\ud800om": "2026-03-01"}]}))).message)


def test_a_number_too_long_to_be_a_figure_is_said_so(tmp_path):
    path = written(tmp_path, '{"changes": [{"add_days": "Termez", "days": ' + "1" * 5000 + "}]}", "long.json")
    assert str(refused(path).message) == \
        "the scenario long.json is not a scenario file (JSON): a number in it is 5,000 characters long, too long " \
        "for a figure"


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = written(tmp_path, json.dumps({"changes": []}) + " " * (2 * 1024 * 1024), "big.json")
    assert str(refused(path).message) == "the scenario big.json is 2,049 KB; a scenario file is at most 1,024 KB"


@pytest.mark.skipif(not os.path.exists(os.devnull) or sys.platform == "win32", reason="a device file")
def test_a_device_is_not_a_file(tmp_path):
    from gui.core.workbook_file import WorkbookUnreadable, read_file

    assert str(refused(Path(os.devnull)).message) == \
        "cannot read the scenario null: it is a device or a pipe, not a file"
    with pytest.raises(WorkbookUnreadable) as error:  # and the workbooks' reader, in its own words
        read_file(Path(os.devnull), 1024)
    assert str(error.value.message) == "a folder, a device or a pipe, not a workbook file"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    outcome: list[BaseException | Scenario] = []

    def read() -> None:
        try:
            outcome.append(read_scenario(pipe))
        except BaseException as error:  # noqa: BLE001 - handed to the test
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # it opened the pipe and waits: give it a writer so that it ends, then fail
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(10)
        pytest.fail("reading a named pipe waited for a writer")
    assert isinstance(outcome[0], InputError)
    assert str(outcome[0].message) == "cannot read the scenario pipe.json: it is a device or a pipe, not a file"


def test_the_number_of_changes_and_the_name_s_length_are_limited(tmp_path, bundled_engine):
    change = {"add_days": "Termez", "days": 0.001}
    assert len(read_scenario(written(tmp_path, json.dumps({"changes": [change] * 50}))).changes) == 50
    assert str(refused(written(tmp_path, json.dumps({"changes": [change] * 1000}))).message) == \
        "the what-if: it has 1,000 changes; at most 50 are laid over the tables"
    assert str(refused(written(tmp_path, json.dumps({"name": "x" * 900_000, "changes": [change]}))).message) == \
        "the what-if: its name is 900,000 characters long; at most 200"
    # the command line's flags and the window add changes without a file: the same limits when they are laid over
    many = Scenario("", tuple(Change("add_days", "Termez", 0.001) for _ in range(51)))
    with pytest.raises(InputError, match="it has 51 changes; at most 50"):
        apply(bundled_engine.tables, many, DEPARTURE)
    with pytest.raises(InputError, match="its name is 201 characters long"):
        apply(bundled_engine.tables, Scenario("x" * 201, (Change("add_days", "Termez", 1.0),)), DEPARTURE)


def test_an_unknown_key_is_named_with_the_closest_known_one(tmp_path):
    error = refused(written(tmp_path, json.dumps({"changes": [{"close": "Khunjerab", "form": "2027-03-01"}]})))
    assert str(error.message) == "what-if change 1: unknown key 'form'; did you mean from?"
    assert error.suggestions == ("from",)
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"open": "Torkham"}, {"clsoe": "Torkham"}]}))
                       ).message) == "what-if change 2: unknown key 'clsoe'; did you mean close?"
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"road_surcharge_pct": 8, "x": 1}]}))).message) \
        == "what-if change 1: unknown key 'x'; known: road_surcharge_pct"
    assert str(refused(written(tmp_path, json.dumps({"name": "x", "chnages": [{"close": "Torkham"}]}))).message) \
        == "the what-if: unknown key 'chnages'; did you mean changes?"


def test_two_changes_in_one_entry_are_refused(tmp_path):
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"close": "Torkham", "open": "Khunjerab"}]}))
                       ).message) == "what-if change 1: 'close' and 'open' are two changes; give each its own entry"
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"fx": "KZT", "rate": 500, "change_pct": -15}]}))
                       ).message) == \
        "what-if change 1: 'rate' and 'change_pct' are two changes; give each its own entry"


def test_null_is_not_a_scenario_and_a_change_needs_a_name(tmp_path):
    assert str(refused(written(tmp_path, "null")).message) == \
        "a scenario is an object with a name and a list of changes"
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"close": None}]}))).message) == \
        "what-if change 1: 'close' needs a name in quotes, such as \"Torkham\", not null"
    assert str(refused(written(tmp_path, json.dumps({"changes": [{"scale_rates": "KZ", "factor": 2, "mode": 5}]}))
                       ).message) == "what-if change 1: 'mode' needs a name in quotes, such as \"rail\", not 5"


def test_usd_is_the_base_currency_and_figures_are_shown_as_given(bundled_engine):
    tables = bundled_engine.tables
    for kind in ("fx", "fx_change"):
        with pytest.raises(InputError) as error:
            apply(tables, Scenario("", (Change(kind, "USD", 10.0),)), DEPARTURE)
        assert str(error.value.message) == \
            "what-if change 1: USD is the base of the exchange-rate table; set the other currency's rate"
    with pytest.raises(InputError) as error:
        fx_overrides(Scenario("", (Change("fx_change", "KZT", -99.9999999),)), lambda code, day: 500.0, DEPARTURE,
                     ())
    assert str(error.value.message) == "what-if change 1: −99.9999999 is outside −90 to 900"
    with pytest.raises(InputError) as error:
        apply(tables, Scenario("", (Change("limit", "max_legs", 2.0000001),)), DEPARTURE)
    assert str(error.value.message) == "what-if change 1: expected a whole number, not '2.0000001'"


@pytest.mark.parametrize(("rate", "said"), [(0.0, "0"), (-5.0, "−5"), (float("inf"), "inf")])
def test_an_exchange_rate_that_is_not_positive_is_said_in_words(rate, said):
    """Before: "what-if change 1: 0 is outside 1e-09 to inf"."""
    with pytest.raises(InputError) as error:
        fx_overrides(Scenario("", (Change("fx", "KZT", rate),)), lambda code, day: 500.0, DEPARTURE, ())
    assert str(error.value.message) == \
        f"what-if change 1: the KZT rate must be a positive number of KZT per USD, not {said}"


def test_a_saved_quote_s_scenario_still_reads_back():
    scenario = Scenario("Torkham back", (Change("open", "Torkham", start=DEPARTURE), Change("fx_change", "KZT", -15.0),
                                         Change("scale_rates", "KZ", 1.3, mode="rail"), Change("limit", "max_legs")))
    assert Scenario.from_data(scenario_to_dict(scenario)) == scenario
    assert Scenario.from_data(None) == Scenario()  # a quote saved without a scenario


def test_a_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    # Windows Notepad (before 2019) and many editors save UTF-8 with a byte order mark: the file was refused with
    # "Unexpected UTF-8 BOM (decode using utf-8-sig)", which the user cannot act on
    path = tmp_path / "what-if.json"
    path.write_bytes("\ufeff".encode() + json.dumps({"name": "Torkham", "changes": [{"open": "Torkham"}]}).encode())
    assert read_scenario(path).changes == (Change("open", "Torkham"),)


@pytest.mark.parametrize("change, said", [
    ({"close": "T" * 200_000}, "what-if change 1: 'close' is 200,000 characters long; a name is at most 200"),
    ({"scale_rates": "KZ", "factor": 1.3, "mode": "r" * 100_000},
     "what-if change 1: 'mode' is 100,000 characters long; a name is at most 200"),
    ({"limit": "m" * 300_000, "value": 2}, "what-if change 1: 'limit' is 300,000 characters long; a name is at most "
                                           "200"),
    ({"close": "Torkham", "from": "2026-01-01" * 10_000},
     "what-if change 1: expected a date such as 2026-03-10, not '2026-01-012026-01-012026-01-012026-01-01…'"),
])
def test_a_name_or_value_longer_than_any_is_refused_in_a_short_line(tmp_path, bundled_engine, change, said):
    """A file's place, mode or setting of 100,000–300,000 characters was quoted whole in the error: one "line" of
    300 KB on the terminal, and as much text in the window's problem label."""
    error = refused(written(tmp_path, json.dumps({"changes": [change]})))
    assert str(error.message) == said and len(str(error.message)) < 120
    # typed on the command line or in the window, laid over the tables: the same
    if "from" not in change:
        kind = next(iter(change))
        made = Change("scale_rates", "KZ", 1.3, mode=change["mode"]) if "mode" in change else \
            Change(kind, change[kind], change.get("value"))
        with pytest.raises(InputError) as laid:
            apply(bundled_engine.tables, Scenario("", (made,)), DEPARTURE)
        assert str(laid.value.message) == said


@pytest.mark.parametrize("name, shown", [('["Torkham reopens"]', "[…]"), ('{"en": "x"}', "{…}"), ("2026", "2026"),
                                         ("true", "true")])
def test_a_name_that_is_not_text_is_refused_naming_the_key(tmp_path, name, shown):
    """``"name": ["Torkham reopens"]`` was taken as the name "['Torkham reopens']", printed so above the quote and on
    its documents; an object, a number or true likewise."""
    error = refused(written(tmp_path, '{"name": %s, "changes": [{"open": "Torkham"}]}' % name))
    assert str(error.message) == f"the what-if: 'name' needs a name in quotes, such as \"Torkham reopens\", not {shown}"
    assert read_scenario(written(tmp_path, '{"name": null, "changes": [{"open": "Torkham"}]}')).name == ""


@pytest.mark.parametrize(("change", "said"), [
    ({"close": "Karachi", "from": "2026-12-01", "to": "9999-12-31"}, "9999-12-31 is outside 1950-01-01 to 2100-12-31"),
    ({"close": "Karachi", "from": "0001-01-01"}, "0001-01-01 is outside 1950-01-01 to 2100-12-31"),
    ({"open": "Torkham", "from": "9999-12-31"}, "9999-12-31 is outside 1950-01-01 to 2100-12-31"),
])
def test_a_date_past_any_table_s_years_is_refused(tmp_path, bundled_engine, change, said):
    """A closure "to 9999-12-31" (for ever, as a spreadsheet writes it) stopped the quote with "an unexpected fault
    (OverflowError: date value out of range)": the day after its end, where the route may go on, is past Python's
    calendar. Dates of a what-if keep to the years a workbook's dates may take, as the --close option's do."""
    from gui.core.decide import Decider

    scenario = read_scenario(written(tmp_path, json.dumps({"name": "for ever", "changes": [change]})))
    with pytest.raises(InputError) as error:
        Decider(bundled_engine.tables, bundled_engine).decide(
            QuoteRequest("wheat", "500", "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)), scenario)
    assert str(error.value.message) == f"what-if change 1: {said}"


@pytest.mark.parametrize(("text", "said"), [
    # JSON keeps a key's last value: Torkham was closed from the 20th, the 1st dropped unsaid
    ('{"changes": [{"close": "Torkham", "from": "2026-12-01", "from": "2026-12-20"}]}',
     "what-if change 1: 'from' is given twice: it takes one value"),
    # the first list of changes was dropped whole
    ('{"name": "x", "changes": [{"close": "Torkham"}], "changes": [{"add_days": "Bandar Abbas", "days": 3}]}',
     "the what-if: 'changes' is given twice: it takes one value"),
    ('{"changes": [{"open": "Torkham"}, {"close": "Khunjerab", "close": "Torkham"}]}',
     "what-if change 2: 'close' is given twice: it takes one value"),
])
def test_a_key_given_twice_in_a_scenario_file_is_refused_not_dropped(tmp_path, text, said):
    path = tmp_path / "what-if.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_scenario(path)
    assert str(error.value) == said


@pytest.mark.parametrize(("figure", "said"), [
    ('"1,200"', "'1,200' could mean 1.2 or 1200; type one of them"),
    ('"12,500"', "'12,500' could mean 12.5 or 12500; type one of them"),
])
def test_a_figure_with_one_comma_before_three_is_asked_about_as_the_window_asks(tmp_path, figure, said):
    # a file's "factor": "1,200" scaled rates × 1.2, where the window and the quantity ask which is meant
    path = written(tmp_path, '{"changes": [{"scale_rates": "KZ", "factor": %s}]}' % figure)
    assert str(refused(path)) == f"what-if change 1: {said}"


def test_a_figure_written_as_the_languages_write_it_is_read_as_the_window_reads_it(tmp_path):
    path = written(tmp_path, '{"changes": [{"add_days": "Sarakhs", "days": "1,5"}, {"fx": "KZT", "change_pct": '
                             '"-15 %"}, {"limit": "max_legs", "value": "1 000"}]}')
    assert [c.value for c in read_scenario(path).changes] == [1.5, -15.0, 1000.0]


def test_a_file_s_name_reaches_the_terminal_without_its_control_characters(tmp_path):
    """``--scenario-name`` refuses control characters; the same name in a file was printed as it was: escape
    sequences set the terminal's title and cleared it, a line break split the line scripts read, an override
    turned it round. Such a name is read as the window reads one pasted: control characters as spaces, no
    direction controls."""
    name = "Torkham \u001b]0;pwned\u0007\u001b[2J\nreopens \u202eevah"
    text = json.dumps({"name": name, "changes": [{"open": "Torkham"}]})
    scenario = read_scenario(written(tmp_path, text))
    assert scenario.name == "Torkham  ]0;pwned  [2J reopens evah"
    assert not any(ord(c) < 32 or c == "\u202e" for c in scenario.name)
    place = read_scenario(written(tmp_path, json.dumps({"changes": [{"close": "\u202eTorkham"}]}), "place.json"))
    assert place.changes[0].target == "Torkham"  # as matched, and as the terminal's what-if line says it
