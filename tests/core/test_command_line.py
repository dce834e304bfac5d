"""The command line behaves like one: --version, usage errors that never start the window, --help named as
typed, quiet output into a closed pipe, "did you mean" for mistyped names, and a log of faults."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui import __version__
from gui.core.formatting import shorten
from gui.core.suggest import closest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=env)


def no_display() -> dict:
    """An environment where starting Qt would abort (no screen, no offscreen platform)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


def test_version_is_printed():
    out = run("--version", env=no_display())
    assert out.returncode == 0 and out.stdout.strip() == f"Corridor Quote {__version__}"


@pytest.mark.parametrize("args", [["--bogus"], ["qoute"], ["quote", "--bogus"], ["-x"]])
def test_a_usage_error_exits_2_without_starting_the_window(args):
    out = run(*args, env=no_display())
    assert out.returncode == 2, out.stderr
    assert out.stdout == "" and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "--help" in lines[0]


def test_help_names_the_command_as_typed(tmp_path):
    out = run("quote", "--help")
    assert out.returncode == 0 and out.stdout.startswith("usage: python -m gui quote ")
    script = tmp_path / "corridor-quote"
    script.write_text("import sys\nfrom gui.__main__ import main\nsys.exit(main())\n")
    out = subprocess.run([sys.executable, str(script), "--help"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert out.stdout.startswith("usage: corridor-quote "), out.stdout + out.stderr


def test_every_option_of_every_command_says_what_it_takes():
    """`--help` describes each option and argument of each command: none is listed by its name alone (the price
    list's --currency was)."""
    import argparse

    from gui.cli import build_parser

    parser = build_parser()
    commands = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    bare = [f"{name} {action.option_strings or action.dest}" for name, command in commands.choices.items()
            for action in command._actions if not action.help]
    assert bare == []


def test_output_into_a_closed_pipe_ends_quietly():
    """`quote ... | head -3`: three lines, then the reader is gone; no traceback, no message."""
    process = subprocess.Popen([sys.executable, "-m", "gui", "pricelist", "--help"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader leaves before anything is written
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    head = subprocess.run(f'"{sys.executable}" -m gui list places | head -3', shell=True, cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert len(head.stdout.splitlines()) == 3 and head.stderr == ""
    many = subprocess.Popen([sys.executable, "-m", "gui", "quote", "--cargo", "wheat", "--quantity", "500",
                             "--from", "Kostanay", "--to", "Karachi", "--date", "2026-03-01", "--json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    many.stdout.read(100)
    many.stdout.close()
    _, err = many.communicate(timeout=120)
    assert err == b"" and many.returncode in (0, 141)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full to stand for a full disk")
@pytest.mark.parametrize("args", [["list", "places"], ["--help"], ["--version"], ["quote", "--help"],
                                  ["quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to",
                                   "Karachi", "--date", "2026-03-01", "--json"]])
@pytest.mark.parametrize("buffered", [True, False])
def test_output_onto_a_full_disk_is_said_as_such(args, buffered, tmp_path):
    """`quote ... > /dev/full` (a full disk): one line saying the output could not be written and why, exit 74
    (EX_IOERR); not "an unexpected fault" (70), not a silent 0 after --help, and never a traceback."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), APPDATA=str(tmp_path))
    env.pop("PYTHONUNBUFFERED", None)
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    with open("/dev/full", "w") as full:
        out = subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                             text=True, timeout=120, env=env)
    assert out.returncode == 74, out.stderr
    assert out.stderr == "error: the output could not be written: No space left on device\n"


@pytest.mark.skipif(os.name != "posix", reason="a closed standard output, as a POSIX shell's >&- leaves it")
@pytest.mark.parametrize("args", [["list", "places"], ["quote", "--cargo", "wheat", "--quantity", "500", "--from",
                                                       "Kostanay", "--to", "Karachi", "--date", "2026-03-01"]])
def test_a_closed_standard_output_is_said_as_such(args, tmp_path):
    """`quote ... >&-`: "an unexpected fault" (AttributeError, exit 70); now the output that could not be written
    (74), as on a full disk."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), APPDATA=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "gui", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, timeout=120, env=env, preexec_fn=lambda: os.close(1))
    assert out.returncode == 74, out.stderr
    assert out.stderr == "error: the output could not be written: standard output is closed\n"


@pytest.mark.parametrize(("args", "expected"), [
    (["--from", "kostanai"], "error: unknown origin 'kostanai'; did you mean Kostanay?"),
    (["--to", "Almati"], "error: unknown destination 'Almati'; did you mean Almaty?"),
    (["--cargo", "wheet"], "error: unknown cargo 'wheet'; did you mean Wheat?"),
    (["--unit", "tonns"], "error: unknown unit 'tonns'; did you mean tonnes?"),
    (["--currency", "tenge"], "error: unknown currency 'TENGE'; did you mean KZT?"),
    (["--from", "xyzzy"], "error: unknown origin 'xyzzy': nothing in the tables is spelled like it "
                          "(see python -m gui list places)"),
])
def test_a_mistyped_name_gets_the_closest_names(args, expected):
    request = {"--cargo": "wheat", "--quantity": "500", "--from": "Kostanay", "--to": "Karachi",
               "--date": "2026-03-01"}
    request.update(dict(zip(args[::2], args[1::2])))
    out = run("quote", *[item for pair in request.items() for item in pair])
    assert out.returncode == 2 and out.stderr.strip() == expected


def test_suggestions_are_few_and_best_first():
    places = {"kostanay": ("kostanay", "Kostanay", "Костанай"), "astana": ("astana", "Astana", "Nur-Sultan"),
              "almaty": ("almaty", "Almaty", "Алматы"), "baku": ("baku", "Baku (Alat)", "Alat")}
    assert closest("kostanai", places) == ["kostanay"]
    assert closest("Костанаи", places) == ["kostanay"]
    assert closest("almati", places) == ["almaty"]
    assert closest("paris", places) == []
    many = {f"p{i}": (f"p{i}", f"Karachi {i}") for i in range(10)}
    assert len(closest("karachi", many)) == 3


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("China (Khorgos–Kashgar–Khunjerab–KKH)", 30, "China (Khorgos–Kashgar…"),
    ("Caspian / Middle Corridor + sea (Baku–Poti–Suez)", 26, "Caspian / Middle Corridor…"),
    ("Iran rail + sea", 58, "Iran rail + sea"),
    ("Supercalifragilistic", 8, "Superca…"),
])
def test_terminal_columns_shorten_at_word_boundaries(text, width, expected):
    assert shorten(text, width) == expected and len(shorten(text, width)) <= width


def test_text_table_never_cuts_a_name_inside_a_word(bundled_engine):
    import datetime as dt

    from gui.core.report import result_to_text
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("crude oil", "50000", "t", "Atyrau", "Karachi", dt.date(2026, 3, 1)))
    text = result_to_text(result).splitlines()
    shortened = 0
    for route in result.routes:
        row = next(line for line in text if line[6:].startswith(shorten(route.corridor, 58)))
        shown = row[6:64].rstrip()
        if shown != route.corridor:
            shortened += 1
            assert shown.endswith("…") and route.corridor.startswith(shown[:-1])
            assert route.corridor[len(shown) - 1] in " –-/(+,", shown  # the next letter starts a new word
    assert shortened  # the crude routes include the 92-character Caspian + BTC corridor


def test_commands_write_a_log_in_the_user_data_folder(tmp_path):
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), APPDATA=str(tmp_path))
    out = run("quote", "--cargo", "wheat", "--quantity", "500", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-03-01", env=env)
    assert out.returncode == 0
    log = tmp_path / "Corridor Quote" / "corridor-quote.log"
    assert f"Corridor Quote {__version__} started" in log.read_text(encoding="utf-8")
    assert (tmp_path / "Corridor Quote" / "faults.log").exists()


def _command_raising(tmp_path, raising: str) -> subprocess.CompletedProcess:
    """``list places`` run with its command replaced by one that runs ``raising`` (Python lines, indented)."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), APPDATA=str(tmp_path))
    code = ("import sys; from gui import cli\n"
            f"def broken(args):\n{raising}\n"
            "cli.COMMANDS['list'] = broken\n"
            "sys.exit(cli.main(['list', 'places']))\n")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env=env)


def test_an_unexpected_fault_is_one_line_and_a_logged_traceback(tmp_path):
    """A fault nobody foresaw (here: a corridors workbook that is a folder) is logged with its traceback."""
    out = _command_raising(tmp_path, "    raise RuntimeError('the walk lost its way')")
    assert out.returncode == 70 and "Traceback" not in out.stderr
    assert out.stderr.startswith("error: an unexpected fault stopped the command (RuntimeError: the walk lost")
    log = (tmp_path / "Corridor Quote" / "corridor-quote.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "the walk lost its way" in log


def test_a_panic_of_a_compiled_reader_is_one_line_too(tmp_path):
    """A panic in a library written in Rust reaches Python as pyo3's PanicException, a BaseException that
    'except Exception' lets through: it is a fault like any other, not a traceback."""
    out = _command_raising(tmp_path, "    class PanicException(BaseException): pass\n"
                                     "    raise PanicException('index out of bounds')")
    assert out.returncode == 70 and "Traceback" not in out.stderr
    assert out.stderr.startswith("error: an unexpected fault stopped the command (PanicException: index out")


def test_routes_through_the_same_places_read_apart_in_the_terminal(bundled_engine):
    """Two routes of a corridor through the same places differ in their modes or equipment: the 'via' line says
    which (two Iran overland routes of wheat from Kostanay pass Zahedan, Taftan and Quetta, one by rail, one by
    road from Zahedan)."""
    import datetime as dt

    from gui.core.report import result_to_text, via_text
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    same_places: dict[tuple, list] = {}
    for route in result.routes:
        same_places.setdefault(tuple(route.path), []).append(route)
    pairs = [group for group in same_places.values() if len(group) > 1]
    assert pairs  # the case this test is for
    for group in pairs:
        assert len({via_text(route) for route in group}) == len(group)
    text = result_to_text(result)
    for group in pairs:  # each run of legs named where it begins
        for route in group:
            runs = [(leg.mode, leg.equipment_name) for i, leg in enumerate(route.legs)
                    if i == 0 or (leg.mode, leg.equipment_name) != (route.legs[i - 1].mode,
                                                                    route.legs[i - 1].equipment_name)]
            assert via_text(route).count(": ") == len(runs)
            assert all(f"{mode}, {name}: " in via_text(route) for mode, name in runs)
    first = result.routes[0]
    assert f"via {first.legs[0].mode}, {first.legs[0].equipment_name}: {first.path[0]} → {first.path[1]}" in text


def test_the_rates_line_says_when_every_charge_is_in_dollars(bundled_engine):
    import datetime as dt

    from gui.core.report import result_to_text
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("wheat", "500", "t", "Kostanay", "Almaty", dt.date(2026, 3, 1)))
    assert result_to_text(result).splitlines()[1] == "FX: none (every charge is in US dollars)"


def test_the_terminal_numbers_its_routes_as_its_warnings_name_them(bundled_engine):
    """The terminal warned of an old KZT rate "used only by routes 12–15, 18" and recommended "1. Iran rail + sea",
    over a table of routes without numbers: the clerk counted 18 rows of many lines each."""
    import datetime as dt

    from gui.core.report import result_to_text
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    text = result_to_text(result)
    # routes 10 and 13: the Caspian crossing Kuryk – Amirabad was 12 before the road over Irkeshtam paid the Uzbek,
    # Kyrgyz and Chinese CAREC costs and its two routes came after it
    assert "used only by routes 10, 13" in text
    rows = [line for line in text.splitlines() if line[:3].strip().isdigit()]
    assert [int(row[:3]) for row in rows] == list(range(1, len(result.routes) + 1))
    for row, route in zip(rows, result.routes):
        assert row[6:].startswith(shorten(route.corridor, 58)) and (row[4] == "*") == route.pareto
    kzt = {number for number, route in enumerate(result.routes, start=1)
           if any(c.currency == "KZT" for part in (*route.legs, *route.nodes) for c in part.charges)}
    assert kzt == {10, 13}


def test_the_terminal_gives_days_as_the_documents_do(bundled_engine):
    """Route 1 of the wheat quote read 12–18–46 in the terminal beside 17.5 (12–46) in its PDF and window."""
    import datetime as dt

    from gui.core import formatting as fmt
    from gui.core.report import result_to_text
    from gui.core.request import QuoteRequest

    result = bundled_engine.quote(QuoteRequest("wheat", 500, "t", "Kostanay", "Karachi", dt.date(2026, 12, 7)))
    rows = [line for line in result_to_text(result).splitlines() if line[:3].strip().isdigit()]
    finer = fmt.days_told_apart([route.days_typical for route in result.routes])
    for row, route, tenth in zip(rows, result.routes, finer):
        span = fmt.days_span(route.days_min, route.days_typical, route.days_max, tenth)  # "17.5 (12–46)"
        typical, low_high = span.strip("\u2066\u2069").split(" ", 1)
        low, high = low_high.strip("()").split("–")
        assert f" {low}–{typical}–{high} " in row, (row, span)
    # 12–17.5–46 before the change of gauge into Iran was timed on its own; 11–15.1–41 before a box landed at
    # Karachi stayed the week of the Ministry of Maritime Affairs (July 2025) instead of 2 days assumed
    assert " 13–20.1–47 " in rows[0]
