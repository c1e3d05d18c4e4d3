"""Hybrid logical clock (Kulkarni et al.), as Actual Budget and cr-sqlite use.

A stamp is a fixed-width string "PPPPPPPPPPPPP-CCCC-NNNNNNNNNNNNNNNN": wall-clock
milliseconds, a hex counter and the node id. Fixed width makes string order equal
causal order, so SQLite can compare stamps with plain text comparison.

A local clock that jumps backwards (or is wrong by a day) never reorders history:
the clock never goes below the largest stamp it has seen and only the counter
advances until wall time catches up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 0xFFFF
_WIDTH = 13 + 1 + 4 + 1 + 16


class ClockError(ValueError):
    """A stamp that cannot be parsed or would overflow the clock."""


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:04X}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        if not isinstance(text, str) or len(text) != _WIDTH:
            raise ClockError(f"malformed clock stamp: {text!r}")
        millis, counter, node = text.split("-") if text.count("-") == 2 else ("", "", "")
        if not (millis.isdigit() and len(counter) == 4 and len(node) == 16):
            raise ClockError(f"malformed clock stamp: {text!r}")
        try:
            return cls(int(millis), int(counter, 16), node)
        except ValueError as exc:
            raise ClockError(f"malformed clock stamp: {text!r}") from exc


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing stamps for one node."""

    def __init__(
        self, node: str, last: str | None = None, now: Callable[[], int] = wall_millis
    ) -> None:
        if len(node) != 16:
            raise ClockError("node id must be 16 characters")
        self.node = node
        self._now = now
        self._millis, self._counter = 0, 0
        if last:
            s = Stamp.parse(last)
            self._millis, self._counter = s.millis, s.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._millis, self._counter, self.node))

    def tick(self) -> str:
        """A new stamp for a local event."""
        wall = self._now()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._advance_counter()
        return self.last

    def receive(self, remote: str) -> str:
        """Merge a stamp seen from another node; returns the new local stamp."""
        r = Stamp.parse(remote)
        wall = self._now()
        top = max(wall, self._millis, r.millis)
        if top == self._millis == r.millis:
            self._counter = max(self._counter, r.counter)
            self._advance_counter()
        elif top == self._millis:
            self._advance_counter()
        elif top == r.millis:
            self._millis, self._counter = r.millis, r.counter
            self._advance_counter()
        else:
            self._millis, self._counter = wall, 0
        return self.last

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            self._millis += 1
            self._counter = 0
        else:
            self._counter += 1
