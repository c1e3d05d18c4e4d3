"""One address box for a flat in a residential compound: "3-2-501", "3号楼2单元501",
"3栋2单元501室", "3#2-501", "3号楼501" all read as building / unit / room, stored the
way the rest of the record books write them ("3号楼", "2单元", "501")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from linju_desktop.domain.text import to_half_width

# Short forms: building-unit-room or building-room, any dash, slash or space between.
_SEP = r"\s*[-—–/ ]\s*"
_SHORT = re.compile(rf"^(\d+)(?:\s*#\s*|{_SEP})(?:(\d+){_SEP})?(\d+)\s*室?$")
# Long forms: each part with its own word; unit and room may be missing.
_LONG = re.compile(
    r"^(?:(\d+)\s*(?:号楼|号|栋|幢|楼|#))?\s*(?:(\d+)\s*(?:单元|门))?\s*(?:(\d+)\s*(?:室|号)?)?$"
)


@dataclass(frozen=True)
class Address:
    building: str = ""
    unit: str = ""
    room: str = ""

    def text(self) -> str:
        """How the address reads back: "3号楼2单元501"."""
        return f"{self.building}{self.unit}{self.room}"


def _parts(b: str | None, u: str | None, r: str | None) -> Address:
    return Address(
        f"{int(b)}号楼" if b else "",
        f"{int(u)}单元" if u else "",
        r or "",
    )


def parse_address(text: str) -> Address:
    """Building, unit and room from what was typed. Anything that is not one of the
    known shapes is kept whole as the building (an address is never refused or lost)."""
    s = to_half_width(text or "").strip()
    if not s:
        return Address()
    m = _SHORT.match(s)
    if m:
        return _parts(m.group(1), m.group(2), m.group(3))
    m = _LONG.match(s)
    if m and any(m.groups()):
        return _parts(*m.groups())
    return Address(building=s)
