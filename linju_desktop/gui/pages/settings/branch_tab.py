"""Settings, 支部信息: the branch's name and where it works (ui/settings_branch_tab.ui)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QVBoxLayout, QWidget

from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.services import branch


def compounds_of(profile: dict | None) -> list[str]:
    """The compounds column holds a JSON list; tolerate plain text from older rows."""
    raw = (profile or {}).get("compounds") or ""
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return [line for line in str(raw).splitlines() if line.strip()]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


class BranchTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings_branch_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.form = child(form, "fields")
        current = branch.profile(ctx.store) or {}
        for key in ("name", "community", "street", "district"):
            child(form, key).setText(current.get(key) or "")
        child(form, "compounds").setPlainText("\n".join(compounds_of(current)))
        child(form, "primary").clicked.connect(self.save)
        self.note = child(form, "good")

    def save(self) -> None:
        e = self.form.editors
        self.note.clear()
        store = self.ctx.store
        values = {
            "name": e["name"].text(),  # type: ignore[attr-defined]
            "compounds": e["compounds"].toPlainText().splitlines(),  # type: ignore[attr-defined]
            "community": e["community"].text(),  # type: ignore[attr-defined]
            "street": e["street"].text(),  # type: ignore[attr-defined]
            "district": e["district"].text(),  # type: ignore[attr-defined]
        }
        run_op(
            self.ctx,
            lambda _p: branch.save_profile(store, **values),
            lambda _r: self._saved(),
            self._refused,
            tables=["branch"],  # the profile may be unchanged: the pages hear of it all the same
        )

    def _saved(self) -> None:
        self.form.clear_messages()
        self.note.setText(self.tr("Saved."))
        self.ctx.status.emit(self.tr("Branch details saved"))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        self.form.show_problems(exc.problems, fallback="name")
