"""(placeholder: routes of this console page are being written)."""

from __future__ import annotations

from fastapi import FastAPI

from linju_sync.server.web.base import Console


def register_routes(app: FastAPI, console: Console) -> None:
    """Adds this page's routes to the console."""
