"""会议记录: the list (page), the meeting form (dialog, ui/meetings_dialog.ui) with its parts
(attendance and the roster checklist, minutes and drafts, follow-ups, photos, addenda).
What Save writes is the service's: services/meetings.save_form."""

from linju_desktop.gui.pages.meetings.dialog import MeetingDialog
from linju_desktop.gui.pages.meetings.page import MeetingsPage
from linju_desktop.gui.pages.meetings.photos import image_paths, thumbnail
from linju_desktop.gui.pages.meetings.roster import RosterList

__all__ = ["MeetingDialog", "MeetingsPage", "RosterList", "image_paths", "thumbnail"]
