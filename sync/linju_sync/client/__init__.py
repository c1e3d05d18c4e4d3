"""The station's sync engine (Qt-free, over requests). See engine.py."""

from linju_sync.client.engine import Progress, SyncEngine, SyncReport, enroll
from linju_sync.client.errors import SyncError
from linju_sync.client.station import StationStore

__all__ = ["Progress", "StationStore", "SyncEngine", "SyncError", "SyncReport", "enroll"]
