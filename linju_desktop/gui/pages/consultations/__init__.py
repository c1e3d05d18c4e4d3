"""协商议事: the consultations page (a Designer form, ui/consultations_page.ui) and its forms."""

from linju_desktop.gui.pages.consultations.dialogs import (
    AddendumDialog,
    HouseholdDialog,
    MatterDialog,
    OutcomeDialog,
)
from linju_desktop.gui.pages.consultations.page import ConsultationsPage
from linju_desktop.gui.pages.consultations.sharing import SharingDialog

__all__ = [
    "AddendumDialog",
    "ConsultationsPage",
    "HouseholdDialog",
    "MatterDialog",
    "OutcomeDialog",
    "SharingDialog",
]
