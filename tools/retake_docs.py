"""Retakes the pictures in docs/ that the README shows, each with its own request, language, colours, size and
scale: python tools/retake_docs.py [--out DIR] [--only NAME...] [--list] [--any-font]

Run it from the project root after a change to the window, the documents or the tables. The window pictures are
drawn offscreen by tools/screenshot.py (QT_QPA_PLATFORM=offscreen, so no display is needed); the pictures at
1920 × 1080, 150 % are the window at 1280 × 720 with QT_SCALE_FACTOR=1.5. The PDF pages are the command line's
--pdf, turned into PNG at 90 dpi by pdftoppm (poppler-utils); the four quotes are numbered CQ-2026-00001 to
00004 from a history of their own, in the order below. Every run gets a fresh HOME, so the settings of whoever
runs it (a language, colours, the last request, the quote history) neither leak into the pictures nor are
changed. Each picture is checked to have the pixel size it has now. Needs no network.

--out DIR     write the pictures there instead of docs/ (to compare them with the current ones first)
--only NAME   retake only these pictures (names as in docs/, with or without .png); for any PDF page the four
              quotes are all made again, so that each keeps its number
--list        print the name of every picture it makes and exit
--any-font    take them even where the window's font is not Noto Sans, which they are all drawn in (Debian:
              apt-get install fonts-noto-core; with DejaVu Sans alone, lines wrap and names are cut elsewhere)
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOW = (1366, 740)  # a 1366 × 768 screen less the taskbar: tools/screenshot.py's default size
BOOTH = (1920, 1080)  # 1280 × 720 at 150 %
WHEAT = ["Wheat", "500", "t", "Kostanay", "Karachi", "2026-12-07"]
WHEAT_MARCH = ["Wheat", "500", "t", "Kostanay", "Karachi", "2026-03-01"]
CITRUS = ["kinnow", "3", "containers", "Lahore", "Almaty", "2026-12-07"]
POTATOES = ["potatoes", "2", "containers", "Lahore", "Almaty", "2026-12-07"]
CPT_KARACHI = ('{"incoterm": "CPT", "named_place": "Karachi", "goods_value": "180", "margin": "5", '
               '"insurance_cover": "icc_a", "insurance_rate_pct": "0.3"}')
DAP_ALMATY = ('{"incoterm": "DAP", "named_place": "Almaty", "goods_value": "600", "margin": "20", '
              '"margin_basis": "per_tonne", "insurance_cover": "icc_a", "insurance_rate_pct": "0.45", '
              '"origin_proof": true, "inputs": {"kz-cd-0805-2.rate_pct": 5, "kz-cd-0805-2.specific_amount": 0.017}}')
# the README's worked examples (a) and (b)
SCENARIO = "--scenario=docs/what-if-torkham-tenge.json"
PDF_DPI = 90  # an A4 page at 744 × 1053
PDF_SIZE = (744, 1053)
FONT = "Noto Sans"  # the interface's font in every picture: Debian's fonts-noto-core


@dataclass(frozen=True)
class Shot:
    """A picture of the window (or of one of its parts) drawn by tools/screenshot.py."""
    name: str
    request: list[str]
    flags: tuple[str, ...] = ()
    size: tuple[int, int] = WINDOW  # the picture's pixels
    scale: str = ""  # QT_SCALE_FACTOR

    def command(self, out: Path) -> list[str]:
        flags = list(self.flags)
        if self.scale and not any(flag.startswith("--size=") for flag in flags):
            flags.append(f"--size={round(self.size[0] / float(self.scale))}x{round(self.size[1] / float(self.scale))}")
        return [sys.executable, str(ROOT / "tools" / "screenshot.py"), *flags, str(out), *self.request]


@dataclass(frozen=True)
class Quote:
    """A PDF quote from the command line, each page a picture (NAME-1.png, NAME-2.png…)."""
    name: str
    arguments: list[str]
    pages: int

    def picture_names(self) -> list[str]:
        return [f"{self.name}-{page}" for page in range(1, self.pages + 1)]


SHOTS = [
    Shot("window-wheat-kostanay-karachi", WHEAT),
    Shot("window-wheat-kostanay-karachi-dark", WHEAT, ("--colours=dark",)),
    Shot("window-wheat-kostanay-karachi-ru", WHEAT, ("--language=ru",)),
    Shot("window-map-wheat-kostanay-karachi", WHEAT, ("--map",)),
    Shot("map-window-wheat-kostanay-karachi", WHEAT, ("--map-window",), (1100, 720)),
    Shot("window-map-potatoes-lahore-almaty-ur", POTATOES, ("--language=ur", "--map")),
    Shot("map-window-potatoes-lahore-almaty-ur", POTATOES, ("--language=ur", "--map-window"), (1100, 720)),
    Shot("window-potatoes-lahore-almaty-ur", POTATOES, ("--language=ur",)),
    Shot("terms-wheat-cpt-karachi-1366x768", WHEAT_MARCH, (f"--terms={CPT_KARACHI}",)),
    Shot("waterfall-wheat-cpt-karachi", WHEAT_MARCH, (f"--terms={CPT_KARACHI}", "--waterfall"), (573, 179)),
    Shot("terms-kinnow-dap-almaty-1920x1080-150", CITRUS[:5] + ["2026-03-01"], (f"--terms={DAP_ALMATY}",), BOOTH,
         "1.5"),
    Shot("booth-wheat-kzt-1366x768", WHEAT + ["KZT"]),
    Shot("booth-wheat-kzt-1920x1080-150", WHEAT + ["KZT"], (), BOOTH, "1.5"),
    Shot("booth-citrus-1366x768", CITRUS),
    Shot("booth-citrus-1920x1080-150", CITRUS, (), BOOTH, "1.5"),
    Shot("deliver-by-wheat-1366x768", WHEAT, ('--goals={"arrive_by": "2026-12-26"}',)),
    Shot("deliver-by-wheat-1920x1080-150", WHEAT, ('--goals={"arrive_by": "2026-12-26"}',), BOOTH, "1.5"),
    Shot("what-if-torkham-tenge-1366x768", WHEAT, (SCENARIO, "--what-if"), (900, 520)),
    Shot("what-if-window-1366x768", WHEAT, (SCENARIO,)),
]

_WHEAT_CLI = ["--cargo", "wheat", "--quantity", "500", "--unit", "t", "--from", "Kostanay", "--to", "Karachi",
              "--date", "2026-12-07"]
_CITRUS_CLI = ["--cargo", "kinnow", "--quantity", "3", "--unit", "containers", "--from", "Lahore", "--to", "Almaty",
               "--date", "2026-12-07"]
QUOTES = [  # in this order: their numbers CQ-2026-00001 to 00004 are on the pages
    Quote("pdf-wheat-en", _WHEAT_CLI, 3),
    Quote("pdf-citrus-en", _CITRUS_CLI, 2),
    Quote("pdf-wheat-ur", _WHEAT_CLI + ["--language", "ur"], 3),
    Quote("pdf-citrus-ur", _CITRUS_CLI + ["--language", "ur"], 3),
]


def names() -> list[str]:
    """Every picture this script makes, as named in docs/ without .png."""
    return [shot.name for shot in SHOTS] + [name for quote in QUOTES for name in quote.picture_names()]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    return struct.unpack(">II", header[16:24])


def _environment(home: Path, scale: str = "") -> dict[str, str]:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
                   [str(ROOT)] + ([os.environ["PYTHONPATH"]] if os.environ.get("PYTHONPATH") else [])))
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:3])}… failed ({done.returncode}):\n{done.stderr[-2000:]}")


def interface_font(work: Path) -> str:
    """The family Qt draws the window in here, offscreen: the system's sans-serif face, not bundled."""
    probe = "from PySide6.QtGui import QFont, QFontInfo, QGuiApplication; app = QGuiApplication([]); " \
            "print(QFontInfo(QFont()).family())"
    done = subprocess.run([sys.executable, "-c", probe], env=_environment(work), capture_output=True, text=True,
                          timeout=120)
    return done.stdout.strip()


def _check(path: Path, size: tuple[int, int]) -> str:
    if not path.is_file():
        return f"{path.name}: not written"
    got = png_size(path)
    return "" if got == size else f"{path.name}: {got[0]} × {got[1]}, not {size[0]} × {size[1]}"


def take_shot(shot: Shot, out: Path, work: Path) -> str:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=work))  # no settings carried from one picture to the next
    target = out / f"{shot.name}.png"
    _run(shot.command(target), _environment(home, shot.scale))
    return _check(target, shot.size)


def take_quote(quote: Quote, wanted: list[str], out: Path, work: Path, history: Path) -> list[str]:
    if not shutil.which("pdftoppm"):
        raise RuntimeError("pdftoppm is needed for the PDF pages (Debian: apt-get install poppler-utils)")
    pdf = work / f"{quote.name}.pdf"
    _run([sys.executable, "-m", "gui", "quote", *quote.arguments, "--pdf", str(pdf), "--history", str(history)],
         _environment(work / "home-quotes"))
    _run(["pdftoppm", "-png", "-r", str(PDF_DPI), str(pdf), str(work / quote.name)], os.environ.copy())
    pages = sorted(work.glob(f"{quote.name}-*.png"))
    problems = [] if len(pages) == quote.pages else [f"{quote.name}.pdf: {len(pages)} pages, not {quote.pages}"]
    for page in pages:
        name = f"{quote.name}-{int(page.stem.rsplit('-', 1)[1])}"
        if name in wanted:
            shutil.copyfile(page, out / f"{name}.png")
            problems.append(_check(out / f"{name}.png", PDF_SIZE))
    return [problem for problem in problems if problem]


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    if "--list" in argv:
        print("\n".join(f"{name}.png" for name in names()))
        return 0
    out = ROOT / "docs"
    only: list[str] = []
    rest = iter(argv)
    for arg in rest:
        if arg == "--out":
            out = Path(next(rest, "")).resolve()
        elif arg.startswith("--out="):
            out = Path(arg.split("=", 1)[1]).resolve()
        elif arg in ("--only", "--any-font"):
            continue
        elif arg.startswith("--only="):
            only.append(arg.split("=", 1)[1])
        elif arg.startswith("-"):
            print(f"unknown option {arg}\n{__doc__}", file=sys.stderr)
            return 2
        else:
            only.append(arg)
    wanted = [name.removesuffix(".png").removeprefix("docs/") for name in only] or names()
    unknown = [name for name in wanted if name not in names()]
    if unknown:
        print(f"no recipe for {', '.join(unknown)}; --list names them", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="retake-docs-") as temporary:
        work = Path(temporary)
        font = interface_font(work)
        if font != FONT and "--any-font" not in argv:
            print(f"the window's font here is {font or 'none'}, not {FONT}, which every picture is drawn in: "
                  "install it (Debian: apt-get install fonts-noto-core), or give --any-font", file=sys.stderr)
            return 2
        for shot in SHOTS:
            if shot.name in wanted:
                began = time.monotonic()
                try:
                    problems.append(take_shot(shot, out, work))
                except (RuntimeError, subprocess.TimeoutExpired) as error:
                    problems.append(f"{shot.name}: {error}")
                print(f"{shot.name}.png ({time.monotonic() - began:.0f} s)", flush=True)
        if any(name in wanted for quote in QUOTES for name in quote.picture_names()):
            history = work / "history.sqlite3"
            for quote in QUOTES:  # all four, so that each keeps its number
                began = time.monotonic()
                try:
                    problems += take_quote(quote, wanted, out, work, history)
                except (RuntimeError, subprocess.TimeoutExpired) as error:
                    problems.append(f"{quote.name}: {error}")
                print(f"{quote.name}.pdf ({time.monotonic() - began:.0f} s)", flush=True)
    problems = [problem for problem in problems if problem]
    print(f"{len(wanted)} pictures into {out} in {time.monotonic() - started:.0f} s"
          + (":\n" + "\n".join(problems) if problems else ""))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
