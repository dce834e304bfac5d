"""What the commands write: standard output (a closed pipe ends quietly, a full disk is said as such, neither is a
fault), and the names of the documents they write (a PDF is not named as a workbook, nor a workbook as a PDF)."""
from __future__ import annotations

import argparse
import contextlib
import os
import sys

EXIT_OUTPUT_FAILED = 74  # standard output could not be written: a full disk, /dev/full, an I/O error (EX_IOERR)
EXIT_BROKEN_PIPE = 141  # the reader of our output went away (128 + SIGPIPE, as shell tools end)


class OutputFailed(Exception):
    """Standard output could not be written (a full disk, /dev/full): the reader's side, not a fault of ours."""


class GuardedOutput:
    """Standard output whose write failures other than a closed pipe are told apart from the program's own faults
    (argparse would even swallow them after --help)."""

    def __init__(self, stream):
        self._stream = stream

    def _guarded(self, call, *args):
        try:
            return call(*args)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(error.strerror or str(error)) from error

    def write(self, text: str) -> int:
        return self._guarded(self._stream.write, text)

    def flush(self) -> None:
        self._guarded(self._stream.flush)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_output():
    stream = sys.stdout
    if stream is None:  # started with standard output closed (`>&-`): nothing the command says could be read
        raise OutputFailed("standard output is closed")
    sys.stdout = GuardedOutput(stream)
    try:
        yield
    finally:
        sys.stdout = stream


def output_failed(failed: OutputFailed) -> int:
    """Standard output could not be written: one line saying so, and why (a full disk), then the null device in its
    place so that the interpreter's last flush does not fail again."""
    print(f"error: the output could not be written: {failed}", file=sys.stderr)
    output_closed()
    return EXIT_OUTPUT_FAILED


def output_closed() -> int:
    """The reader of our output went away (``| head``): stop quietly. Standard output is pointed at the null
    device so that the interpreter's last flush does not fail again (Python's documented recipe for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # AttributeError: no standard output at all
        pass
    return EXIT_BROKEN_PIPE


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_KINDS = {"pdf": ("a PDF", (".pdf",), "--pdf"), "xlsx": ("a workbook", WORKBOOK_SUFFIXES, "--xlsx")}


def document_file(kind: str):
    """An argparse type for the file of a ``pdf`` or ``xlsx`` document: a name that ends as the other kind's is the
    two options swapped (`--pdf prices.xlsx` would write a PDF over the workbook of that name)."""
    from .cli_arguments import _file

    other = "xlsx" if kind == "pdf" else "pdf"

    def checked(text: str) -> str:
        suffix = os.path.splitext(_file(text).strip())[1].lower()
        if suffix in _KINDS[other][1]:
            raise argparse.ArgumentTypeError(f"{text!r} is the name of {_KINDS[other][0]} ({suffix}), not of "
                                             f"{_KINDS[kind][0]}; did you mean {_KINDS[other][2]}?")
        return text

    return checked


def written_over(args: argparse.Namespace, command: str) -> str:
    """A document (``--pdf``, ``--xlsx``) named as a file the command reads, which it would replace: the sentence
    saying so, or "" (`quote --tariffs prices.xlsx --xlsx prices.xlsx` wrote the quote over the forwarder's tariffs;
    `--xlsx resources/tariffs.xlsx`, over the bundled tables every later quote read; `--pdf` on the quote history
    kept by default, over every quote saved)."""
    from .core.files import one_of_ours
    from .core.paths import default_history
    from .core.resources import bundled_corridors, bundled_tariffs

    read = {"--corridors": getattr(args, "corridors", None) or bundled_corridors(),
            "--tariffs": getattr(args, "tariffs", None) or bundled_tariffs(),
            "--scenario": getattr(args, "scenario", None)}
    history = getattr(args, "history", None) or default_history()
    what = {"--corridors": ("corridors workbook", f"the {command} reads"),
            "--tariffs": ("tariffs workbook", f"the {command} reads"),
            "--scenario": ("scenario", f"the {command} reads"),
            "history": ("quote history", "the quote is saved in" if command == "quote" else "quotes are saved in")}
    for flag in ("--pdf", "--xlsx"):
        document = getattr(args, flag[2:], None)
        if not document:
            continue
        found = one_of_ours(document, read, history)
        if found == "program":
            return f"{flag} names a file of the program's own (its bundled tables, fonts or translations): the " \
                   f"{command} would replace it; save it elsewhere"
        if found is not None:
            name, how = what[found]
            option = "--history" if found == "history" else found
            given = getattr(args, option[2:], None) is not None
            said = f"({option})" if given else ("(by default: the bundled one)" if found != "history" else
                                               f"(by default: {history})")
            return f"{flag} names the {name} {how} {said}: the {command} would replace it"
    return ""
