"""Entry point of the frozen application (PyInstaller runs a script, not a package's __main__)."""
import sys

from gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
