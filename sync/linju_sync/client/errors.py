"""Errors the secretary can act on. Messages are English source strings with {named}
parameters; the desktop translates them (linju_desktop.services.sync registers Chinese)."""

from __future__ import annotations

from typing import Any

# code -> English source text. Codes are stable: the GUI and the CLI branch on them.
MESSAGES: dict[str, str] = {
    "not_enrolled": "This computer is not enrolled with the district server yet. Ask the "
    "community office for an enrollment code, then run: linju sync enroll --server ADDRESS "
    "--code CODE",
    "unreachable": "Cannot reach the district server at {url}. Check the network cable or "
    "Wi-Fi and try again; your records are safe on this computer.",
    "timeout": "The district server did not answer in time (the network is slow or "
    "unstable). Try again later; what was already sent is kept.",
    "unauthorized": "The district server no longer accepts this computer (its access was "
    "revoked or replaced). Ask the community office for a new enrollment code and enroll again.",
    "forbidden": "The district server refused the request: {reason}. Ask the community "
    "office to check this station's permissions.",
    "bad_code": "The enrollment code was not accepted: {reason}. Check the code, or ask the "
    "community office for a new one (each code works once).",
    "server_error": "The district server had a problem (HTTP {status}). Try again later; "
    "nothing was lost.",
    "refused": "The district server refused the request (HTTP {status}): {reason}",
    "protocol": "The district server speaks a different sync version. Please install the "
    "newest Linju.",
    "bad_response": "The district server sent an answer this program cannot read ({detail}). "
    "Try again later.",
    "cancelled": "Sync was cancelled. What was sent so far is kept; the rest goes next time.",
    "bundle_invalid": "The sync file {name} is damaged or was changed after it was made; "
    "it was not used. Ask for a new copy.",
    "bundle_foreign": "The sync file {name} belongs to another station; it was not used.",
    "bundle_unreadable": "The file {name} is not a Linju sync file.",
    "bundle_not_for_us": "The sync file {name} was made for another computer or another "
    "district server (or for this one before it was enrolled again), so it cannot be opened "
    "here; it was not used.",
    "bundle_outdated": "The sync file {name} was made by an older version of Linju in a "
    "format that is no longer accepted; it was not used. Ask for a new one.",
    "bundle_no_keys": "This computer was enrolled by an older version of Linju and has no "
    "keys for sync files yet. Connect it to the district server once (linju sync run) and try "
    "again. If it can never connect, it must be enrolled again with a new code.",
}


class SyncError(Exception):
    """A sync failure with a stable code and user-facing parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.source.format(**params) if params else self.source)

    @property
    def source(self) -> str:
        return MESSAGES.get(self.code, self.code)
