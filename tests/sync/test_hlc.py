"""The hybrid logical clock: monotonic, mergeable, robust to a wrong wall clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from linju_sync.protocol.hlc import ClockError, HybridClock, Stamp

NODE_A, NODE_B = "a" * 16, "b" * 16


class FakeWall:
    def __init__(self, t: int) -> None:
        self.t = t

    def __call__(self) -> int:
        return self.t


def test_stamps_sort_as_text_in_causal_order():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(NODE_A, now=wall)
    stamps = [clock.tick() for _ in range(5)]
    wall.t -= 86_400_000  # the wall clock jumps back a day
    stamps += [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 10
    assert Stamp.parse(stamps[-1]).millis == 1_700_000_000_000  # history was not reordered


def test_receive_moves_past_a_remote_stamp_from_the_future():
    local = HybridClock(NODE_A, now=FakeWall(1_000))
    remote = HybridClock(NODE_B, now=FakeWall(5_000)).tick()
    merged = local.receive(remote)
    assert merged > remote and local.tick() > merged


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridClock(NODE_A, last=f"{1000:013d}-FFFF-{NODE_A}", now=FakeWall(1000))
    assert Stamp.parse(clock.tick()) == Stamp(1001, 0, NODE_A)


@pytest.mark.parametrize(
    "bad",
    ["", "x", "0000000001000-00-aaaaaaaaaaaaaaaa", "000000000100a-0000-aaaaaaaaaaaaaaaa", None],
)
def test_malformed_stamps_are_refused(bad):
    with pytest.raises(ClockError):
        Stamp.parse(bad)  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.sampled_from("tr"), st.integers(0, 10**6)), max_size=60))
def test_every_event_gets_a_larger_stamp(events):
    wall_a, wall_b = FakeWall(10**6), FakeWall(10**6)
    a, b = HybridClock(NODE_A, now=wall_a), HybridClock(NODE_B, now=wall_b)
    last = ""
    for kind, t in events:
        wall_a.t, wall_b.t = t, 10**6 - t
        stamp = a.tick() if kind == "t" else a.receive(b.tick())
        assert stamp > last
        last = stamp
