"""Entry point of the frozen application (PyInstaller runs a script, not a package's __main__)."""
import multiprocessing
import sys

from gui.__main__ import main

if __name__ == "__main__":
    # the window reads workbooks in a child process: in a frozen build the child is this executable again, and
    # freeze_support() turns it into the reader instead of a second window
    multiprocessing.freeze_support()
    sys.exit(main())
