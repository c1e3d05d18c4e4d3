"""Helpers for the report tests: the demo station's date, and reading PDFs back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf

TODAY = dt.date(2025, 11, 20)
YEAR = 2025


def pdf_text(path: Path) -> str:
    """The text of every page, as a PDF viewer's search or copy sees it (not normalised:
    the ToUnicode maps must give back the very characters printed)."""
    reader = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() for p in reader.pages)


def squeeze(text: str) -> str:
    return "".join(text.split())
