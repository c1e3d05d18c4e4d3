"""The resident-request state machine as data, shared by the desktop and the server.

The server checks every incoming change of a request's "state" against this table from
the server's CURRENT state (protocol.tables POLICY "requests"); it must not import the
desktop, so the pure table lives here. linju_desktop.domain.requests keeps the same
table (a test checks they agree) with labels and the Qt-free rules around it.
"""

from __future__ import annotations

STATES: tuple[str, ...] = (
    "registered",
    "assessed",
    "dispatched",
    "accepted",
    "in_progress",
    "done",
    "rated",
    "archived",
    "returned",
)

# action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "assess": (frozenset({"registered", "returned"}), "assessed"),
    "dispatch": (frozenset({"assessed"}), "dispatched"),
    "accept": (frozenset({"dispatched"}), "accepted"),
    "return": (frozenset({"dispatched"}), "returned"),
    "start": (frozenset({"accepted"}), "in_progress"),
    "complete": (frozenset({"accepted", "in_progress"}), "done"),
    "rate": (frozenset({"done"}), "rated"),
    "archive": (frozenset({"rated"}), "archived"),
    "reopen": (frozenset({"rated"}), "in_progress"),
}

# Default time limits in hours by category (DOMAIN.md, "verify"); the district uses them
# for the due time of a request it dispatches when it gives none.
LIMIT_HOURS: dict[str, int] = {
    "flying_lead": 7 * 24,
    "parking": 7 * 24,
    "rubbish": 7 * 24,
    "street_lights": 7 * 24,
    "lifts": 7 * 24,
    "illegal_structures": 15 * 24,
    "utilities": 24,
    "neighbour_disputes": 7 * 24,
    "elderly_help": 7 * 24,
    "emergency": 2,
    "other": 7 * 24,
}


def is_step(from_state: str, to_state: str) -> bool:
    """Whether one action leads from from_state to to_state."""
    return any(from_state in starts and to == to_state for starts, to in TRANSITIONS.values())
