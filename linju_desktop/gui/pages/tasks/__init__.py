"""派单任务: the tasks and errands page (Designer forms ui/tasks_page.ui, ui/tasks_publish.ui)."""

from linju_desktop.gui.pages.tasks.page import PublishDialog, TasksPage

__all__ = ["PublishDialog", "TasksPage"]
