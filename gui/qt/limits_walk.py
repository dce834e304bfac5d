"""What the search limits keep out of the quote shown, walked on a thread of its own (``QuoteSession.find_limits``):
tens of ms on the bundled tables, seconds on tables of thousands of legs, and the window stays live meanwhile."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.stopping import Stopped
from .background import POLL_MS, Job

if TYPE_CHECKING:
    from ..core.quote import QuoteResult


class LimitsWalk(QObject):
    """One walk at a time; ``found`` with its QuoteResult once the result keeps what the limits keep out."""

    found = Signal(object)  # QuoteResult whose limit_warnings are now known

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._job: tuple[Job, QuoteResult] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, result: QuoteResult, in_line_for: float | None) -> None:
        """Walk for ``result``; said at once when done within ``in_line_for`` seconds (None: waited for)."""
        job = Job(result.found_limits)
        self._job = (job, result)
        if job.wait(in_line_for):
            self._look()
        else:
            self._poll.start()

    def settle(self) -> None:
        """Wait for the walk under way, if any, and say what it found (a document reads it on this thread)."""
        if self._job is not None:
            self._job[0].wait(None)
            self._look()

    def stop(self) -> None:
        """The walk asked to stop, its answer not wanted: a new quote is on its way. Waited for until it has stopped
        (at the next place it enters or path it prices: microseconds to milliseconds), so that the new quote has
        the engine and the collector's pause to itself."""
        if self._job is None:
            return
        (job, _), self._job = self._job, None
        self._poll.stop()
        job.ask_to_stop()
        job.wait(None)

    def _look(self) -> None:
        if self._job is None or not self._job[0].wait(0):
            return
        (job, result), self._job = self._job, None
        self._poll.stop()
        try:
            warnings = job.outcome()
        except Stopped:
            return
        result.keep_limits(warnings)
        self.found.emit(result)
