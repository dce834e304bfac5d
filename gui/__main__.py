"""`python -m gui` starts the window; `python -m gui quote ...` and friends work without it."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and not argv[0].startswith("-"):
        from .cli import main as cli_main

        return cli_main(argv)
    if argv and argv[0] == "--self-test":
        from .selftest import run as self_test

        return self_test()
    if argv and argv[0] in ("-h", "--help"):
        from .cli import build_parser

        build_parser().print_help()
        return 0
    from .qt.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
