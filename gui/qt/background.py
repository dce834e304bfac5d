"""Work that may take seconds (a quote on tables of thousands of legs) done on a thread of its own, so that the
window stays live: it paints, takes keys and clicks, and says it is busy. The work touches no widget; its answer
is read on the window's thread once it is done. The window's thread may meanwhile use the same engine (the
selected route's breakdown, prices under new terms): what they share are caches, each written in one step (a
dict's item, a cached property under its lock), which the two threads at worst both work out."""
from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager
from typing import Callable, Generic, Iterator, TypeVar

T = TypeVar("T")

# waited for in line: a quote this quick (every one on the bundled tables) is shown as it always was, with no sign
# of being busy; the eye takes a pause this short for the answer's own
QUICK_S = 0.15
POLL_MS = 20  # how often the window looks whether a job on a thread of its own is done: within a frame or two
# how soon the window's thread gets the interpreter from a quote's thread: Python runs one thread at a time and
# hands over after a switch interval, 5 ms unless set. Painting a key takes several turns, so while a quote on
# 10,000 legs was worked out a key typed was painted after 90 ms at the median (143 ms in nine of ten); at 1 ms,
# after 12 ms (19 ms). The quote's own time stayed within the spread of runs (tests/benchmarks/bench_live.py)
SWITCH_INTERVAL_S = 0.001


def window_first() -> None:
    """The window's thread gets the interpreter back within ``SWITCH_INTERVAL_S`` of asking (for the process)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


# while the window's thread paints a map or a chart, a job waits at the next place its work looks whether it is
# asked to stop (core/stopping.py: each beginning the quicker search walks on, each place the walk past the limits
# enters, each path priced, every few thousand steps of the walk), for at most this long. A paint makes hundreds of
# calls into Qt, and at each the job took the interpreter for up to a switch interval: a zoom step of the map of
# 100 legs, 15 ms with nothing else to do, took 144 ms while the walk past the limits ran
HOLD_MOST_S = 0.25
_paint_done = threading.Event()
_paint_done.set()
_painting = [0, None]  # paints under way (one inside another), the painting thread's identity


@contextmanager
def painting() -> Iterator[None]:
    """Jobs wait while the window's thread paints in the block (at their next stop sign, ``HOLD_MOST_S`` at most
    each time)."""
    try:
        _painting[0] += 1
        _painting[1] = threading.get_ident()
        _paint_done.clear()
        yield
    finally:
        _painting[0] = max(_painting[0] - 1, 0)
        if not _painting[0]:
            _paint_done.set()


def work_on_hold() -> bool:
    """Whether jobs wait at their stop signs now (the window's thread paints)."""
    return not _paint_done.is_set()


HOLD_LOOK_S = 0.005  # while held, a job looks this often whether it was asked to stop meanwhile


class _StopSign(threading.Event):
    """A job's sign that its answer is no longer wanted (``Job.ask_to_stop``), looked at between steps of its work,
    where the work also waits while the window paints (``painting``): until the paint is done, it is asked to stop
    (seen within ``HOLD_LOOK_S``) or ``HOLD_MOST_S`` has passed (give or take ``HOLD_LOOK_S``)."""

    def is_set(self) -> bool:
        if not _paint_done.is_set() and threading.get_ident() != _painting[1]:
            until = time.monotonic() + HOLD_MOST_S
            while not super().is_set() and not _paint_done.wait(HOLD_LOOK_S) and time.monotonic() < until:
                pass
        return super().is_set()


class Job(Generic[T]):
    """``work()`` started on a thread of its own (a daemon: a window closed while a long quote is worked out does
    not wait for it to end)."""

    def __init__(self, work: Callable[[], T]):
        self._outcome: list[tuple[bool, object]] = []
        self._stop = _StopSign()  # ``ask_to_stop``
        self._thread = threading.Thread(target=self._run, args=(work,), name="quote", daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], T]) -> None:
        from ..core.collector import collector_paused
        from ..core.stopping import stoppable

        try:
            # no collection on this thread: it could free the window's Qt objects here, which only their own
            # thread may do (collector_paused turns it off for every thread meanwhile, as a quote does anyway)
            with collector_paused(), stoppable(self._stop):
                self._outcome.append((True, work()))
        except BaseException as error:  # noqa: BLE001 - raised again on the window's thread, as it came
            self._outcome.append((False, error))

    def wait(self, seconds: float | None) -> bool:
        """Whether the work is done, waiting for it up to ``seconds`` (None: until it is)."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def ask_to_stop(self) -> None:
        """Its answer is no longer wanted: a route search and its pricing stop (core/stopping.py), the outcome
        then ``Stopped``; other work ends as it would."""
        self._stop.set()

    @property
    def stop_asked(self) -> bool:
        return self._stop.is_set()

    def outcome(self) -> T:
        """The work's answer, once done; its exception raised here."""
        done, value = self._outcome[0]
        if not done:
            raise value
        return value
