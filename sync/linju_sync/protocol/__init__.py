"""The wire between a station (the desktop) and the district server. See messages.py."""
