"""Recording an exchange of points for goods: who, what, how many, on which day. The
person's balance and the stock left show as the choices change; an exchange beyond either
is refused by the service with a message at the quantity, and nothing is written."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child
from linju_desktop.gui.pages.form_dialog import FormDialog
from linju_desktop.services import volunteering as service
from linju_desktop.store.reads import neighbourhood as reads


class ExchangeDialog(FormDialog):
    ui = "tasks_exchange.ui"
    fallback = "quantity"

    def __init__(
        self, ctx: AppContext, volunteer_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Exchange points for goods"))
        service.ensure_library(ctx.store)
        people = self.e["volunteer"]
        for v in reads.volunteers(ctx.store):
            people.addItem(v["name"], v["id"])
        if volunteer_id:
            people.setCurrentIndex(max(0, people.findData(volunteer_id)))
        self.goods = {g["id"]: g for g in reads.goods(ctx.store)}
        for g in self.goods.values():
            self.e["goods"].addItem(
                self.tr("{name} ({points} points each)").format(name=g["name"], points=g["points"]),
                g["id"],
            )
        self.e["date"].setDate(QDate(ctx.today()))
        self.balance = child(self.form_widget, "balance")
        people.currentIndexChanged.connect(lambda _i: self.show_balance())
        self.e["goods"].currentIndexChanged.connect(lambda _i: self.show_balance())
        self.e["quantity"].valueChanged.connect(lambda _v: self.show_balance())
        self.show_balance()
        people.setFocus()

    def show_balance(self) -> None:
        vid, gid = self.e["volunteer"].currentData(), self.e["goods"].currentData()
        if vid is None or gid is None:
            self.balance.setText(self.tr("Add a volunteer and goods first."))
            return
        g = self.goods[gid]
        self.balance.setText(
            self.tr("{name} has {balance} points; this exchange costs {cost}. "
                    "{left} of “{goods}” left.")
            .format(name=self.e["volunteer"].currentText(),
                    balance=service.balance(self.ctx.store, vid),
                    cost=int(g["points"]) * self.e["quantity"].value(),
                    left=reads.goods_left(self.ctx.store, gid), goods=g["name"])
        )  # fmt: skip

    def save(self) -> None:
        vid, gid = self.e["volunteer"].currentData(), self.e["goods"].currentData()
        if vid is None or gid is None:
            self.show_balance()
            return
        store, quantity = self.ctx.store, self.e["quantity"].value()
        day = self.e["date"].date().toPython()
        self.run(lambda: service.exchange(store, vid, gid, quantity, day=day, recorded_by="书记"))


class ReverseDialog(FormDialog):
    """An exchange recorded by mistake is undone by a reversing entry (the points and the
    goods come back), with the reason; it is never erased."""

    ui = "tasks_reverse.ui"
    fallback = "entry"

    def __init__(self, ctx: AppContext, volunteer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        person = ctx.store.get("volunteers", volunteer_id) or {"name": ""}
        self.setWindowTitle(self.tr("Reverse an exchange of {name}").format(name=person["name"]))
        ledger = reads.person_ledger(ctx.store, volunteer_id)
        undone = {e["reverses_id"] for e in ledger if e["reverses_id"]}
        box = self.e["entry"]
        for e in reversed(ledger):  # the newest first
            if e["kind"] == "exchange" and e["id"] not in undone:
                box.addItem(
                    self.tr("{date}: {goods} × {quantity}, {points} points").format(
                        date=e["date"], goods=e["goods_name"] or "", quantity=e["quantity"],
                        points=-int(e["points"]),
                    ),
                    e["id"],
                )  # fmt: skip
        if box.count() == 0:
            box.addItem(self.tr("No exchange to reverse"), None)
        self.e["note"].setFocus()

    def save(self) -> None:
        entry, note = self.e["entry"].currentData(), self.e["note"].text()
        if entry is None:
            self.reject()
            return
        store, day = self.ctx.store, self.ctx.today()
        self.run(lambda: service.reverse(store, entry, note, day=day, recorded_by="书记"))
