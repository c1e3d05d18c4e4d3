"""Problems a user can fix, reported at the field they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from linju_desktop.domain.i18n import tr


@dataclass(frozen=True)
class Problem:
    """One user-fixable problem with one field.

    `message` is an English source string with {named} parameters; text()
    gives it in the current language. Warnings do not stop a save.
    """

    field: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False

    def text(self) -> str:
        return tr(self.message, **self.params)


class ValidationError(Exception):
    """Raised by services when a record cannot be saved as it is."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if not p.warning]
        super().__init__("; ".join(p.text() for p in self.problems))

    def by_field(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p.text())
        return out


def raise_if_errors(problems: list[Problem]) -> list[Problem]:
    """Raise for errors; hand back the warnings for the caller to show."""
    if any(not p.warning for p in problems):
        raise ValidationError(problems)
    return [p for p in problems if p.warning]
