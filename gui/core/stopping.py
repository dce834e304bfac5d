"""A quote that no one waits for any more, stopped where it spends its time: the window asks for it when the
request changes while a quote on tables of thousands of legs is worked out on a thread of its own (a quicker
search there takes seconds; gui/qt/background.py). The request asked for then is quoted at once, not after."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

_asked = threading.local()  # per thread: the event that asks its quote to stop, if any


class Stopped(Exception):
    """The quote was asked to stop: its answer is not wanted. Nothing it left half done is kept (a search's tables
    are kept only when whole)."""


@contextmanager
def stoppable(stop: threading.Event) -> Iterator[None]:
    """Work on this thread within the block may be asked to stop by ``stop.set()``."""
    _asked.stop = stop
    try:
        yield
    finally:
        _asked.stop = None


def stop_event() -> threading.Event | None:
    """The event that asks this thread's work to stop (None: none can)."""
    return getattr(_asked, "stop", None)
