"""Hybrid logical clock (Kulkarni et al.), as Actual Budget and cr-sqlite use.

A stamp is a fixed-width string "PPPPPPPPPPPPP-CCCC-NNNNNNNNNNNNNNNN": wall-clock
milliseconds (13 ASCII digits), a counter (4 upper-case hex digits) and the node id (16
ASCII letters or digits). Fixed width makes string order equal causal order, so SQLite
can compare stamps with plain text comparison; that is also why nothing else parses (no
Arabic-Indic digits, no lower-case hex): anything else would sort in the wrong place.

A local clock that jumps backwards (or is wrong by a day) never reorders history:
the clock never goes below the largest stamp it has seen and only the counter
advances until wall time catches up.

Because the clock never goes back, one stamp from the far future would drag it there
for good. So a remote stamp more than MAX_RECEIVE_AHEAD_MS ahead of this computer's wall
clock is refused (receive() raises ClockError and changes nothing), the district server
refuses a station's stamp more than MAX_CLOCK_AHEAD_MS ahead of its own wall clock, and
the clock never leaves its format: a full counter borrows the next millisecond, and a
stamp past the last one the format can hold is refused instead of growing a digit.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
MAX_MILLIS = 10**13 - 1  # 13 digits: the year 2286
DAY_MS = 24 * 60 * 60 * 1000
# The district server refuses a station's stamp further ahead of its own wall clock than
# this: a station clock a day (or a few days) wrong still syncs, a stamp from years ahead
# cannot drag the one clock every station shares into the future.
MAX_CLOCK_AHEAD_MS = 7 * DAY_MS
# A computer merges a remote stamp at most this far ahead of its own wall clock: the
# server's stamps may be up to MAX_CLOCK_AHEAD_MS ahead of the server's clock, and this
# computer's clock may be as many days slow.
MAX_RECEIVE_AHEAD_MS = 2 * MAX_CLOCK_AHEAD_MS

_STAMP = re.compile(r"([0-9]{13})-([0-9A-F]{4})-([0-9A-Za-z]{16})")
STAMP_SHAPE = _STAMP  # fullmatch: what Stamp.parse takes
_NODE = re.compile(r"[0-9A-Za-z]{16}")


class ClockError(ValueError):
    """A stamp that cannot be parsed, is too far ahead, or would overflow the clock."""


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    node: str

    def __str__(self) -> str:
        if not (0 <= self.millis <= MAX_MILLIS and 0 <= self.counter <= MAX_COUNTER):
            raise ClockError(f"a clock stamp out of range: {self.millis}, {self.counter}")
        if not _NODE.fullmatch(self.node):
            raise ClockError(f"malformed node id: {self.node!r}")
        return f"{self.millis:013d}-{self.counter:04X}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        m = _STAMP.fullmatch(text) if isinstance(text, str) else None
        if m is None:
            raise ClockError(f"malformed clock stamp: {text!r}")
        return cls(int(m[1]), int(m[2], 16), m[3])


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def _next(millis: int, counter: int) -> tuple[int, int]:
    """The state after (millis, counter) at the same wall time."""
    if counter < MAX_COUNTER:
        return millis, counter + 1
    if millis < MAX_MILLIS:
        return millis + 1, 0  # counter exhausted within one millisecond: borrow the next
    raise ClockError("the clock has reached the last stamp its format can hold")


class HybridClock:
    """Issues strictly increasing stamps for one node."""

    def __init__(
        self,
        node: str,
        last: str | None = None,
        now: Callable[[], int] = wall_millis,
        max_ahead_ms: int = MAX_RECEIVE_AHEAD_MS,
    ) -> None:
        if not isinstance(node, str) or not _NODE.fullmatch(node):
            raise ClockError("node id must be 16 ASCII letters or digits")
        self.node = node
        self._now = now
        self.max_ahead_ms = max_ahead_ms
        self._millis, self._counter = 0, 0
        if last:
            s = Stamp.parse(last)
            self._millis, self._counter = s.millis, s.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._millis, self._counter, self.node))

    def horizon(self) -> int:
        """The latest wall time (ms) a remote stamp may carry for receive() to take it."""
        return self._now() + self.max_ahead_ms

    def tick(self) -> str:
        """A new stamp for a local event."""
        wall = self._now()
        if self._millis < wall <= MAX_MILLIS:
            self._millis, self._counter = wall, 0
        else:
            self._millis, self._counter = _next(self._millis, self._counter)
        return self.last

    def receive(self, remote: str) -> str:
        """Merge a stamp seen from another node; returns the new local stamp. A stamp
        more than max_ahead_ms ahead of the wall clock is refused (ClockError) and the
        clock stays as it was."""
        r = Stamp.parse(remote)
        wall = self._now()
        if r.millis > wall + self.max_ahead_ms:
            raise ClockError(
                f"clock stamp {remote!r} is more than {self.max_ahead_ms // DAY_MS} days "
                "ahead of this computer's clock"
            )
        wall = min(wall, MAX_MILLIS)
        top = max(wall, self._millis, r.millis)
        if top == self._millis == r.millis:
            state = _next(self._millis, max(self._counter, r.counter))
        elif top == self._millis:
            state = _next(self._millis, self._counter)
        elif top == r.millis:
            state = _next(r.millis, r.counter)
        else:
            state = (wall, 0)
        self._millis, self._counter = state
        return self.last
