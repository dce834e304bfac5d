"""A quote that no one waits for any more, stopped where it spends the most time: the window asks for it when the
request changes while a quote on tables of thousands of legs is worked out on a thread of its own
(gui/qt/background.py). The walk stops within a few thousand steps and the quicker search at the next beginning
it walks on (the two take seconds there), and the pricing after them before the next path it prices."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator

_asked = threading.local()  # per thread: the event that asks its quote to stop, if any


class Stopped(Exception):
    """The quote was asked to stop: its answer is not wanted. Nothing it left half done is kept (a search's tables
    are kept only when whole)."""


@contextmanager
def stoppable(stop: threading.Event) -> Iterator[None]:
    """Work on this thread within the block may be asked to stop by ``stop.set()``."""
    before = stop_event()
    _asked.stop = stop
    try:
        yield
    finally:
        _asked.stop = before


def stop_event() -> threading.Event | None:
    """The event that asks this thread's work to stop (None: none can)."""
    return getattr(_asked, "stop", None)


def stops_before(work: Callable) -> Callable:
    """``work`` that raises Stopped instead of starting once this thread's work has been asked to stop."""
    stop = stop_event()
    if stop is None:
        return work

    def checked(*args, **kwargs):
        if stop.is_set():
            raise Stopped
        return work(*args, **kwargs)

    return checked
