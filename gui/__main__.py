"""`python -m gui` starts the window; `python -m gui quote ...` and the other commands work without it."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from .cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
