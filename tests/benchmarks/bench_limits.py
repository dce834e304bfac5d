"""Benchmark: the largest workbooks the limits accept, and the refusal of each hostile one, beside the bundled tables.

Run: python tests/benchmarks/bench_limits.py [--quick]
Each reading runs `check` in a fresh process (so its peak memory is its own) under a 1 GiB address-space limit,
the limit the hostile-workbook tests use; figures are wall time and peak resident memory of that process.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

GiB = 1 << 30
CHILD = """
import contextlib, io, json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
started = time.perf_counter()
from gui.cli import main
with contextlib.redirect_stdout(io.StringIO()) as said:
    code = main(sys.argv[1:])
try:  # this process's own high-water mark (ru_maxrss keeps the parent's across fork and exec on Linux)
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"code": code, "seconds": time.perf_counter() - started, "peak_mb": peak,
                  "said": said.getvalue().splitlines()[-2:]}}))
"""


def measure(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD.format(limit=GiB), *args], cwd=ROOT, capture_output=True,
                         text=True, timeout=900)
    if out.returncode != 0 or not out.stdout.strip():
        return {"code": out.returncode, "seconds": float("nan"), "peak_mb": float("nan"),
                "said": [out.stderr.strip()[-200:]]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def _cell(column: str, row: int, value) -> str:
    if hasattr(value, "isoformat"):
        value = value.isoformat()[:10]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{column}{row}"><v>{value}</v></c>'
    text = str(value).replace("&", "&amp;").replace("<", "&lt;")
    return f'<c r="{column}{row}" t="inlineStr"><is><t>{text}</t></is></c>'


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def largest_tariffs(path: Path, sheets: dict[str, tuple[int, int]]) -> None:
    """The bundled tariffs with the given sheets grown to (rows, columns): rows copied from the bundled ones with
    new ids, extra columns of 40 characters of text (ignored by the checks, but read)."""
    from openpyxl import load_workbook

    from gui.core.resources import bundled_tariffs

    source = load_workbook(bundled_tariffs(), read_only=True)
    parts = {}
    with zipfile.ZipFile(bundled_tariffs()) as bundled:
        for item in bundled.infolist():
            parts[item.filename] = bundled.read(item.filename)
    for number, name in enumerate(source.sheetnames, start=1):
        if name not in sheets:
            continue
        rows, columns = sheets[name]
        lines = list(source[name].iter_rows(values_only=True))
        header = list(lines[0]) + [f"extra_{i}" for i in range(columns - len(lines[0]))]
        body = lines[1:]
        out = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><sheetData>', '<row r="1">',
               *(_cell(_letters(i), 1, h) for i, h in enumerate(header)), "</row>"]
        letters = [_letters(i) for i in range(len(header))]
        for r in range(2, rows + 2):
            values = list(body[(r - 2) % len(body)])
            values[0] = f"{values[0]}-{r}"
            values += [f"remark {r:08d} on this rate, kept as text here"[:40]] * (len(header) - len(values))
            out.append(f'<row r="{r}">' + "".join(_cell(letters[i], r, v) for i, v in enumerate(values)
                                                   if v is not None) + "</row>")
        out.append("</sheetData></worksheet>")
        parts[f"xl/worksheets/sheet{number}.xml"] = "".join(out).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        for name, data in parts.items():
            book.writestr(name, data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip the largest accepted workbooks (minutes)")
    args = parser.parse_args()
    from gui.core.resources import bundled_corridors, bundled_tariffs
    from gui.core.workbook_limits import LIMITS
    from tests import hostile_files as hostile
    from tests.fixture_tables import write_fixture

    print(f"Limits: {LIMITS.rows:,} rows a sheet, {LIMITS.total_rows:,} rows and {LIMITS.cells:,} cells a workbook, "
          f"{LIMITS.text_bytes >> 20} MiB of text, parts {LIMITS.part_bytes >> 20} MiB each and "
          f"{LIMITS.total_bytes >> 20} MiB in all unpacked, files {LIMITS.file_bytes >> 20} MiB, ratio "
          f"{LIMITS.ratio}:1. Each `check` in its own process under a 1 GiB address-space limit.\n")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows.append(("bundled tariffs (baseline)", bundled_tariffs(), measure("check", str(bundled_tariffs()))))
        if not args.quick:
            cases = {"largest accepted: leg_rates 100,000 rows x 24 columns (2.4 M cells, 40-char texts)":
                     {"leg_rates": (100_000, 24)},
                     "largest accepted: 140,000 rows (leg_rates 100,000 x 17 + node_fees 40,000 x 19 columns)":
                     {"leg_rates": (100_000, 17), "node_fees": (40_000, 19)}}
            for number, (name, sheets) in enumerate(cases.items()):
                path = folder / f"largest{number}.xlsx"
                largest_tariffs(path, sheets)
                rows.append((name, path, measure("check", str(path), "--with", str(bundled_corridors()))))
        corridors, tariffs = write_fixture(folder)
        bombs = {
            "one cell at XFD1048576": lambda d: hostile.cell_far_away(tariffs, d / "xfd.xlsx"),
            "one cell at Z1000000": lambda d: hostile.cell_far_away(tariffs, d / "z.xlsx", "Z1000000"),
            "500,000 rows": lambda d: hostile.many_rows(tariffs, d / "rows.xlsx"),
            "2 GiB of whitespace": lambda d: hostile.whitespace_bomb(tariffs, d / "ws.xlsx"),
            "2 GiB of whitespace, directory lying": lambda d: hostile.whitespace_bomb(tariffs, d / "lie.xlsx",
                                                                                      lie=True),
            "one shared string in 30,000 cells": lambda d: hostile.shared_string_amplifier(d / "amp.xlsx"),
            "4e9 shared strings declared": lambda d: hostile.shared_string_claim(d / "claim.xlsx"),
            "XML entity bomb": lambda d: hostile.entity_bomb(tariffs, d / "entities.xlsx"),
            "20,000 parts": lambda d: hostile.many_parts(tariffs, d / "parts.xlsx"),
            "password-protected .xlsx": lambda d: hostile.locked_xlsx(tariffs, d / "locked.xlsx"),
            ".ods 3,000 x 2,000 repeated cells": lambda d: hostile.ods_repeated_cells(d / "cells.ods"),
            ".ods row repeated 1,048,575 times": lambda d: hostile.ods_repeated_rows(d / "rows.ods"),
            ".xls cell at IV65536": lambda d: hostile.xls_far_cell(d / "far.xls"),
            ".xls declaring 4e9 rows": lambda d: hostile.xls_dimensions_claim(d / "dims.xls"),
        }
        for name, make in bombs.items():
            path = make(folder)
            rows.append((f"refused: {name}", path, measure("check", str(path), "--with", str(corridors))))
        print(f"{'workbook':<92} {'size':>9} {'time':>8} {'peak':>8}  exit  last line")
        for name, path, result in rows:
            size = path.stat().st_size
            said = (result["said"] or [""])[-1][:90]
            print(f"{name:<92} {size / 1024:7.0f} K {result['seconds']:6.2f} s {result['peak_mb']:5.0f} MB "
                  f"{result['code']:>4}  {said}")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n({time.perf_counter() - started:.0f} s in all)")
