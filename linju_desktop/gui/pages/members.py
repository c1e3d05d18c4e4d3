"""党员: the roster list and the member form."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import members as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.identity import mask_id, parse_id
from linju_desktop.domain.text import ParseError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.import_dialog import choose_roster_file, import_roster
from linju_desktop.gui.messages import kept_in_place_of
from linju_desktop.gui.models import Column
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.widgets import GuardedDialog, big_button, confirm, inform
from linju_desktop.gui.worker import run_in_background
from linju_desktop.reports.catalogue import Order
from linju_desktop.services import branch, exporting
from linju_desktop.services import members as service
from linju_desktop.store import page_queries_people as queries


class MembersPage(ListPage):
    key = "members"
    table = "members"

    def title(self) -> str:
        return self.tr("Members")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        return [
            (self.tr("Roster of members (ID numbers masked)"), Order("roster")),
            (self.tr("Roster with FULL ID numbers (keep safe)"), Order("roster", full_ids=True)),
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.show_ids = False
        self._groups: dict[str, str] = {}
        self.search_placeholder = self.tr(
            "Search by name, pinyin initials (e.g. zsf), building or phone"
        )
        super().__init__(ctx, parent)

    def columns(self) -> list[Column]:
        today = self.ctx.today()
        return [
            Column("name", lambda: self.tr("Name"), sort_by="name_initials", width=110),
            Column(
                "gender",
                lambda: self.tr("Gender"),
                lambda r: rules.GENDER_LABELS.get(r["gender"] or "", ""),
                "gender",
                width=60,
            ),
            Column(
                "age",
                lambda: self.tr("Age"),
                lambda r: rules.age(r["birth_date"], today) or "",
                "birth_date",
                True,
                60,
            ),
            Column(
                "id_number",
                lambda: self.tr("ID number"),
                lambda r: r["id_number"] if self.show_ids else mask_id(r["id_number"] or ""),
                width=200,
            ),
            Column("mobile", lambda: self.tr("Mobile"), sort_by="mobile", width=130),
            Column(
                "member_kind",
                lambda: self.tr("Category"),
                lambda r: rules.MEMBER_KIND_LABELS.get(r["member_kind"] or "", ""),
                "member_kind",
                width=100,
            ),
            Column(
                "party_group",
                lambda: self.tr("Party group"),
                lambda r: self._groups.get(r["party_group_id"] or "", ""),
                width=110,
            ),
            Column(
                "address",
                lambda: self.tr("Building / unit / room"),
                lambda r: "-".join(x for x in (r["building"], r["unit"], r["room"]) if x),
                "building",
                width=150,
            ),
            Column(
                "standing",
                lambda: self.tr("Party standing"),
                lambda r: rules.party_standing_years(r["full_date"], today) or "",
                "full_date",
                True,
                80,
            ),
            Column("marks", lambda: self.tr("Notes"), self._marks),
        ]

    def _marks(self, r: dict) -> str:
        out = []
        if r["status"] == "left":
            out.append(self.tr("left"))
        if r["is_centre_household"]:
            out.append(self.tr("centre household"))
        if r["is_reporting"]:
            out.append(
                self.tr("reporting from {employer}").format(employer=r["reporting_employer"] or "?")
            )
        if r["mobility"] in ("mobile", "lost_contact"):
            out.append(rules.MOBILITY_LABELS[r["mobility"]])
        return "；".join(out)

    def base_filters(self) -> dict:
        return {"status": "active"}

    def default_order(self) -> tuple[str, bool]:
        return ("building", False)

    def decorate(self, rows: list[dict]) -> None:
        if not self._groups:
            self._groups = {g["id"]: g["name"] for g in branch.party_groups(self.ctx.store)}

    def build_actions(self) -> None:
        self.actions_row.addWidget(
            big_button(
                self.tr("Add a member"),
                self.tr("Enter a new member by hand"),
                self.add_member,
                primary=True,
            )
        )
        self.actions_row.addWidget(
            big_button(
                self.tr("Import roster…"),
                self.tr("Read members from an Excel or CSV file"),
                self.import_file,
            )
        )
        self.actions_row.addWidget(
            big_button(
                self.tr("Export…"),
                self.tr("Save the roster as Excel or CSV"),
                lambda: self.export_file(),
            )
        )
        self.actions_row.addStretch(1)
        self.reveal = QCheckBox(self.tr("Show full ID numbers"))
        self.reveal.setToolTip(self.tr("ID numbers are hidden by default to protect members"))
        self.reveal.toggled.connect(self._toggle_ids)
        self.actions_row.addWidget(self.reveal)
        self.add_filter(
            "status",
            self.tr("Status"),
            [("active", self.tr("On the roster")), ("left", self.tr("Left"))],
        )
        self.filters["status"].setCurrentIndex(1)
        self.add_filter("member_kind", self.tr("Category"), list(rules.MEMBER_KIND_LABELS.items()))
        groups = [(g["id"], g["name"]) for g in branch.party_groups(self.ctx.store)]
        self.add_filter("party_group_id", self.tr("Party group"), groups)
        buildings = [(b, b) for b in service.buildings(self.ctx.store)]
        self.add_filter("building", self.tr("Building"), buildings)
        self.filter_row.addStretch(1)

    def current_filters(self) -> dict:
        out = {}
        for key, box in self.filters.items():
            if box.currentData() is not None:
                out[key] = box.currentData()
        return out

    def refresh(self) -> None:
        self._groups = {}
        super().refresh()

    def _toggle_ids(self, on: bool) -> None:
        self.show_ids = on
        self.model.layoutChanged.emit()

    def empty_hint(self) -> tuple[str, str, Callable[[], None]] | None:
        if not hasattr(self, "template_button"):  # a second way in: fill the template first
            self.template_button = QPushButton(self.tr("Save a blank roster template…"))
            self.template_button.setMinimumHeight(44)
            self.template_button.clicked.connect(self.save_template)
            self.empty.layout().insertWidget(2, self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        return (
            self.tr(
                "The roster is empty. If you keep it in Excel or a CSV file, read it in: "
                "each row is checked and you see which ones need a look. No file yet? Save "
                "the blank template, fill it in with Excel, then import it. Or add members "
                "by hand."
            ),
            self.tr("Import the roster…"),
            self.import_file,
        )

    def activate(self, row: dict) -> None:
        MemberDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table == "members":
            self.select_id(row_id)
            MemberDialog(self.ctx, row_id, self).exec()

    def add_member(self) -> None:
        MemberDialog(self.ctx, None, self).exec()

    def import_file(self) -> None:
        path = choose_roster_file(self)
        if path:
            import_roster(self.ctx, self, path)

    def save_template(self) -> None:
        """The empty roster's export: the import template's columns, ready to fill in."""
        self.export_file(self.tr("Save the roster template"), "党员花名册模板.xlsx")

    def export_file(self, title: str = "", file_name: str = "党员花名册.xlsx") -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            title or self.tr("Export the roster"),
            str(Path.home() / file_name),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        mask = not self.show_ids
        run_in_background(
            lambda _p: exporting.export_book(self.ctx.store, "members", path, mask_ids=mask),
            lambda n: self.ctx.status.emit(self.tr("Exported %n member(s)", "", n)),
            lambda exc, _tb: inform(self, self.tr("Export failed"), str(exc), error=True),
        )

    def self_test(self) -> None:
        dlg = MemberDialog(self.ctx, None, self)
        dlg.show()
        dlg.form.editors["id_number"].setText("11010519491231002X")  # type: ignore[attr-defined]
        dlg.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            edit = MemberDialog(self.ctx, row["id"], self)
            edit.show()
            edit.reject()


class MemberDialog(GuardedDialog):
    """Add or change one member; derived values are shown, never typed.
    The form is ui/members_member_dialog.ui; the code fills it and its choice lists."""

    def __init__(self, ctx: AppContext, member_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setObjectName("member_dialog")
        current = queries.member(ctx.store, member_id) if member_id else None
        values = service.as_form(ctx.store, current) if current else {}
        form = load_form("members_member_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.resize(form.size())
        self.setWindowTitle(
            self.tr("Member: {name}").format(name=current["name"])
            if current
            else form.windowTitle()
        )
        self.form, self.more = child(form, "fields"), child(form, "more_fields")
        # What the ID number says (or what is wrong with it) changes while typing: in kept
        # space, so the fields below never move.
        self.derived = kept_in_place_of(child(form, "derived"))
        v = values.get
        kinds = rules.MEMBER_KIND_LABELS.items()
        _choices(child(form, "member_kind"), kinds, v("member_kind"), self.tr("(from the dates)"))
        groups = child(form, "party_group")
        groups.addItem("")
        groups.addItems([g["name"] for g in branch.party_groups(ctx.store)])
        groups.setCurrentText(v("party_group") or "")
        _choices(child(form, "person_kind"), rules.PERSON_KIND_LABELS.items(), v("person_kind"))
        _choices(
            child(form, "mobility"), rules.MOBILITY_LABELS.items(), v("mobility") or "normal", None
        )
        for fields in (self.form, self.more):
            for key, editor in fields.editors.items():
                if isinstance(editor, QLineEdit):
                    editor.setText(v(key) or "")
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(bool(v(key)))
                elif isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(v(key) or "")
        more = child(form, "more")
        more.setChecked(bool(current))
        more.toggled.connect(self.more.setVisible)
        self.more.setVisible(bool(current))
        # adopt() moved the fields to the end of the Tab order: 更多信息 comes after them
        QWidget.setTabOrder(list(self.form.editors.values())[-1], more)
        buttons = child(form, "buttons")
        after_fields(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if current and current["status"] == "active":
            leave = buttons.addButton(
                self.tr("Record leaving…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            leave.clicked.connect(self.leave)
        id_edit = self.form.editors["id_number"]
        id_edit.textChanged.connect(lambda _t: self._timer.start())  # type: ignore[attr-defined]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_derived)
        self.update_derived()

    def update_derived(self) -> None:
        text = self.form.editors["id_number"].text().strip()  # type: ignore[attr-defined]
        if not text:
            self.derived.setText(self.tr("Birth date and gender will be read from the ID number"))
            return
        try:
            parsed = parse_id(text, self.ctx.today())
        except ParseError as exc:
            # The message in the chosen language (str() is the English source).
            self.derived.setText(exc.text() if len(text) >= 15 else "")
            return
        self.derived.setText(
            self.tr("Born {date}, {gender}, aged {age}").format(
                date=parsed.birth_date.isoformat(),
                gender=rules.GENDER_LABELS[parsed.gender],
                age=rules.age(parsed.birth_date, self.ctx.today()),
            )
        )

    def raw_values(self) -> dict:
        out: dict = {}
        for form in (self.form, self.more):
            for key, editor in form.editors.items():
                if isinstance(editor, QCheckBox):
                    out[key] = editor.isChecked()
                elif isinstance(editor, QComboBox) and editor.isEditable():
                    out[key] = editor.currentText()
                elif isinstance(editor, QComboBox):
                    out[key] = editor.currentData() or ""
                elif isinstance(editor, QPlainTextEdit):
                    out[key] = editor.toPlainText()
                else:
                    out[key] = editor.text()
        return out

    def save(self) -> None:
        if self.more.refuse_too_long():
            self.more.setVisible(True)
            return
        raw, store, today, member_id = (
            self.raw_values(),
            self.ctx.store,
            self.ctx.today(),
            self.member_id,
        )

        def call(_progress: object) -> tuple[str, list]:
            if member_id:
                _changed, warnings = service.update(store, member_id, raw, today)
                return member_id, warnings
            return service.add(store, raw, today)

        run_op(self.ctx, call, self._saved, self._refused)

    def _saved(self, result: tuple[str, list]) -> None:
        self.member_id, warnings = result
        if warnings:
            inform(self, self.tr("Saved — please check"), "\n".join(w.text() for w in warnings))
        self.ctx.status.emit(self.tr("Member saved"))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        in_more = any(p.field in self.more.editors for p in exc.problems)
        self.form.show_problems(
            [p for p in exc.problems if p.field not in self.more.editors], fallback="name"
        )
        if in_more:
            self.more.setVisible(True)
            self.more.show_problems([p for p in exc.problems if p.field in self.more.editors])

    def leave(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Record leaving"),
            self.tr("Why does the member leave (transfer out, death, ...)?"),
        )
        if not ok:
            return
        if not confirm(
            self,
            self.tr("Record leaving"),
            self.tr("The member stays in the history but leaves the roster. Continue?"),
        ):
            return
        store, member_id, today = self.ctx.store, self.member_id or "", self.ctx.today()

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            inform(self, self.tr("Record leaving"), str(exc), error=True)

        run_op(
            self.ctx,
            lambda _p: service.leave(store, member_id, today, reason),
            lambda _r: self.accept(),
            refused,
        )


def _choices(
    box: QComboBox, items: Iterable[tuple[str, str]], current: str | None, blank: str | None = ""
) -> None:
    """Fill a choice list (key as the item's data), with a blank first unless blank is None."""
    if blank is not None:
        box.addItem(blank, None)
    for key, label in items:
        box.addItem(label, key)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
