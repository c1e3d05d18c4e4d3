"""One step of a request's loop (支部派单、党员接单、群众评单), asking just what it needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import requests as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import fit_to_screen
from linju_desktop.gui.messages import TEXT_LIMIT, set_limit
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.requests.common import (
    HANDLER_ACTIONS,
    address,
    category_label,
    departments,
)
from linju_desktop.gui.widgets import FieldForm, GuardedDialog, combo, inform, problems_text
from linju_desktop.services import members as member_service
from linju_desktop.services import resident_requests as service
from linju_desktop.store import page_queries_people as queries


class MemberPicker(QComboBox):
    """The active roster, searchable by typing any part of a name or building."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for m in member_service.active_roster(ctx.store):
            where = address(m)
            self.addItem(f"{m['name']}（{where}）" if where else m["name"], m["id"])
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(self.tr("type a name to search"))
        self.setCurrentIndex(0)

    def member_id(self) -> str | None:
        i = self.findText(self.currentText().strip())
        if i < 0:  # a bare name typed without the building
            i = next(
                (
                    k
                    for k in range(self.count())
                    if self.itemText(k).split("（")[0] == self.currentText().strip()
                ),
                -1,
            )
        return self.itemData(i) if i >= 0 else None

    def choose(self, member_id: str) -> None:
        self.setCurrentIndex(self.findData(member_id))


class ActionDialog(GuardedDialog):
    """One step of the loop, asking just what that step needs; a typed result or note is
    not dropped by Esc or the close box without asking."""

    def __init__(
        self, ctx: AppContext, request: dict, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.request, self.action = ctx, request, action
        self.setObjectName(f"action_{action}")
        self.setWindowTitle(
            self.tr("{action}: request {number}").format(
                action=rules.action_label(action), number=request["number"]
            )
        )
        self.resize(640, 420)
        fit_to_screen(self)  # scrolls inside, buttons on screen
        outer = QVBoxLayout(self)
        f = self.form = FieldForm()
        outer.addWidget(f)
        self.radios: dict[str, QRadioButton] = {}
        self.member: MemberPicker | None = None
        self.department: QComboBox | None = None
        note_label = self.tr("&Note (optional)")
        if action == "assess":
            f.add(
                "category",
                self.tr("&Category"),
                combo(
                    [(c.code, category_label(c.code)) for c in rules.DEFAULT_CATEGORIES],
                    request["category"],
                ),
                self.tr("The time limit follows the category"),
            )
        elif action == "dispatch":
            f.add("handling", self.tr("Handled &by"), self._radios(rules.HANDLING_LABELS))
            self.member = MemberPicker(ctx)
            f.add("assignee_member_id", self.tr("&Member"), self.member)
            self.department = QComboBox()
            self.department.setEditable(True)
            self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.department.addItems(departments(ctx))
            self.department.setCurrentIndex(-1)
            self.department.lineEdit().setPlaceholderText(self.tr("choose or type a department"))
            f.add("department", self.tr("&Department"), self.department)
            for r in self.radios.values():
                r.toggled.connect(self._handling_changed)
            self._handling_changed()
        elif action == "return":
            note_label = self.tr("&Why is it returned?")
        elif action == "complete":
            result = QPlainTextEdit()
            result.setTabChangesFocus(True)
            result.setPlaceholderText(self.tr("What was done, and what came of it"))
            set_limit(result, TEXT_LIMIT)
            f.add("result", self.tr("&Result"), result)
        elif action == "rate":
            f.add("rating", self.tr("The resident is"), self._radios(rules.RATING_LABELS))
            note_label = self.tr("&What the resident said (optional)")
        elif action == "reopen":
            note_label = self.tr("&What is still to be done?")
        elif action == "archive" and request.get("rating") == "unsatisfied":
            note_label = self.tr("&Why archive although the resident was unsatisfied?")
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)
        note.setMaximumHeight(100)
        set_limit(note, TEXT_LIMIT)
        f.add("note", note_label, note)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            rules.action_label(action), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def _radios(self, labels: dict[str, str]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(box)
        for key, label in labels.items():
            r = QRadioButton(core_tr(label))
            r.setObjectName(f"radio_{key}")
            group.addButton(r)
            row.addWidget(r)
            self.radios[key] = r
        row.addStretch(1)
        return box

    def _choice(self) -> str | None:
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def _handling_changed(self) -> None:
        handling = self._choice()
        lay: QFormLayout = self.form.layout_
        lay.setRowVisible(self.form.labels["assignee_member_id"], handling == "member")
        lay.setRowVisible(self.form.labels["department"], handling == "department")

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        e = self.form.editors
        note = e["note"]
        assert isinstance(note, QPlainTextEdit)
        out["note"] = note.toPlainText()
        if self.action == "assess":
            out["category"] = e["category"].currentData()  # type: ignore[attr-defined]
        elif self.action == "dispatch":
            out["handling"] = self._choice()
            if out["handling"] == "member" and self.member is not None:
                out["assignee_member_id"] = self.member.member_id()
            elif out["handling"] == "department" and self.department is not None:
                out["department"] = self.department.currentText()
        elif self.action == "complete":
            out["result"] = e["result"].toPlainText()  # type: ignore[attr-defined]
        elif self.action == "rate":
            out["rating"] = self._choice()
        return out

    def actor(self, fields: dict[str, Any]) -> str:
        """Who did the step: the handler for their own steps, else the branch secretary."""
        req = self.request
        if self.action in HANDLER_ACTIONS:
            if req.get("handling") == "member" and req.get("assignee_id"):
                names = queries.member_names(self.ctx.store, {req["assignee_id"]})
                return names.get(req["assignee_id"], "")
            if req.get("handling") == "department":
                return req.get("department") or ""
        return queries.secretary_name(self.ctx.store)

    def save(self) -> None:
        if self.form.refuse_too_long():
            return
        fields = self.fields()
        store, request_id, action = self.ctx.store, self.request["id"], self.action
        actor = self.actor(fields)
        # A department typed for a dispatch joins the list offered next time.
        name = (fields.get("department") or "").strip()
        known = departments(self.ctx)
        remember = action == "dispatch" and fields.get("handling") == "department"
        remember = remember and bool(name) and name not in known

        def call(_progress: object) -> None:
            service.act(store, request_id, action, fields, actor=actor)
            if remember:
                store.set_setting("departments", [*known, name])

        run_op(
            self.ctx,
            call,
            lambda _r: self._done(),
            self._refused,
            tables=["settings"] if remember else [],
        )

    def _done(self) -> None:
        self.ctx.status.emit(
            self.tr("Request {number}: {action} done").format(
                number=self.request["number"], action=rules.action_label(self.action)
            )
        )
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        if any(p.field == "state" for p in exc.problems):
            # e.g. someone else moved the request on meanwhile (sync), or reopen refused
            inform(self, self.tr("Cannot do this"), problems_text(exc), error=True)
            self.reject()
            return
        self.form.show_problems(exc.problems, fallback="note")
