"""Keyboard order for the Designer forms of these pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def after_fields(widget: QWidget) -> None:
    """Put `widget` (the dialog's buttons) back after the fields in the Tab order.

    forms.DesignerFieldForm.adopt() re-parents each field into its message box, which moves
    the fields to the end of the focus chain; re-adding the buttons restores the order of
    the form, so the first field takes the focus when the dialog opens, as before."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent else None
    if parent is None or layout is None:
        return
    index = layout.indexOf(widget)
    if index < 0:  # in a nested layout: find it there
        return
    layout.removeWidget(widget)
    widget.setParent(None)
    layout.insertWidget(index, widget)
