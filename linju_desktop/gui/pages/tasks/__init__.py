"""派单任务: the tasks and errands page and its forms (Designer forms ui/tasks_*.ui)."""

from linju_desktop.gui.pages.tasks.dialogs import PublishDialog, VolunteerDialog
from linju_desktop.gui.pages.tasks.exchange import ExchangeDialog, ReverseDialog
from linju_desktop.gui.pages.tasks.library import GoodsDialog, ItemDialog, LibraryDialog
from linju_desktop.gui.pages.tasks.page import TasksPage
from linju_desktop.gui.pages.tasks.people import VolunteersDialog

__all__ = [
    "ExchangeDialog",
    "GoodsDialog",
    "ItemDialog",
    "LibraryDialog",
    "PublishDialog",
    "ReverseDialog",
    "TasksPage",
    "VolunteerDialog",
    "VolunteersDialog",
]
