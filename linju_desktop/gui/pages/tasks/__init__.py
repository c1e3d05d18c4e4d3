"""派单任务: the tasks and errands page (Designer forms ui/tasks_*.ui)."""

from linju_desktop.gui.pages.tasks.page import PublishDialog, TasksPage, VolunteerDialog

__all__ = ["PublishDialog", "TasksPage", "VolunteerDialog"]
