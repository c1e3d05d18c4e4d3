"""协商议事: the consultations page (a Designer form, ui/consultations_page.ui)."""

from linju_desktop.gui.pages.consultations.page import ConsultationsPage

__all__ = ["ConsultationsPage"]
