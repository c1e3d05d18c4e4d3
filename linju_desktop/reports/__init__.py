"""Printed outputs: what each says (Qt-free builders), one renderer, one workbook writer."""

from linju_desktop.reports import words  # noqa: F401  (registers the Chinese catalogue)
