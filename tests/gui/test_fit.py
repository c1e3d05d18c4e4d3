"""Large text, small screens, high contrast and screen readers (issue 9, points 1, 2, 8):
every page and form of the window is walked (gui/tour.py) in both themes."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from linju_desktop.gui.appearance import apply_appearance


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def background(w: QWidget) -> QColor:
    """The colour behind a widget: its own if it fills its background, else its first
    ancestor's that does (the window at the top)."""
    node: QWidget | None = w
    while node is not None:
        node.ensurePolished()
        if node.autoFillBackground() or node.isWindow() or _paints_base(node) or _styled(node):
            return colour(node, node.backgroundRole())
        node = node.parentWidget()
    return colour(w, w.backgroundRole())


def colour(w: QWidget, role: QPalette.ColorRole) -> QColor:
    group = QPalette.ColorGroup.Active if w.isEnabled() else QPalette.ColorGroup.Disabled
    return w.palette().color(group, role)


def _styled(w: QWidget) -> bool:
    """A style-sheet rule gives it a background of its own (a banner, a card)."""
    parent = w.parentWidget()
    if parent is None or not w.testAttribute(Qt.WidgetAttribute.WA_StyledBackground):
        return False
    return colour(w, w.backgroundRole()) != colour(parent, parent.backgroundRole())


def _paints_base(w: QWidget) -> bool:
    # Editors and lists paint their Base colour behind their text; so do buttons and tabs
    # (Button); style-sheet backgrounds arrive in the palette after polish.
    return isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox))


def visible_texts(root: QWidget) -> list[tuple[QWidget, str]]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        if isinstance(w, (QLabel, QAbstractButton, QGroupBox)):
            text = w.text() if not isinstance(w, QGroupBox) else w.title()
            if text.strip() and not text.startswith("<"):
                out.append((w, text))
        elif isinstance(w, (QLineEdit, QAbstractSpinBox, QComboBox)):
            out.append((w, "editor"))
    return out


def _flat(w: QWidget) -> bool:
    # tick boxes and radio buttons draw their text on whatever is behind them
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    return isinstance(w, (QCheckBox, QRadioButton))


def is_large(w: QWidget) -> bool:
    # WCAG: 18 pt, or 14 pt bold
    f = w.font()
    return f.pointSizeF() >= 18 or (f.bold() and f.pointSizeF() >= 14)


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def window(request, demo_ctx, qtbot):
    from linju_desktop.gui.main_window import MainWindow

    apply_appearance(demo_ctx_app(), 200, request.param)
    w = MainWindow(demo_ctx)
    w.show()
    yield w
    w.close()
    apply_appearance(demo_ctx_app(), 125, False)
    # Delete the window and the tour's dialogs now, while their store is still open.
    from PySide6.QtCore import QCoreApplication, QEvent

    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def demo_ctx_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def test_every_text_meets_wcag_aa_in_both_themes(window):
    from linju_desktop.gui.tour import tour

    low = []
    for name, root in tour(window):
        for w, text in visible_texts(root):
            fg = colour(w, w.foregroundRole())
            bg = background(w)
            if isinstance(w, (QAbstractButton, QTabBar)) and not _flat(w):
                bg = colour(w, w.backgroundRole())
            ratio = contrast(fg, bg)
            need = 3.0 if is_large(w) else 4.5
            if ratio < need:
                low.append(
                    f"{name}: {w.objectName() or type(w).__name__} «{text[:20]}» "
                    f"{fg.name()} on {bg.name()} = {ratio:.2f}"
                )
        for view in root.findChildren(QAbstractItemView):
            if view.isVisibleTo(root) and view.model() is not None:
                low += [f"{name}: {t}" for t in low_contrast_cells(view)]
    assert low == [], "\n".join(low)


def low_contrast_cells(view: QAbstractItemView, rows: int = 40) -> list[str]:
    """Table and list cells: the model's colours (an overdue date, a 已支出) over the view's."""
    model, out = view.model(), []
    pal = view.palette()
    for r in range(min(rows, model.rowCount())):
        for c in range(columns(model)):
            idx = model.index(r, c)
            text = model.data(idx, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            fg = model.data(idx, Qt.ItemDataRole.ForegroundRole)
            bg = model.data(idx, Qt.ItemDataRole.BackgroundRole)
            fg = (
                QColor(fg.color() if hasattr(fg, "color") else fg)
                if fg
                else pal.color(QPalette.ColorRole.Text)
            )
            bgs = [pal.color(QPalette.ColorRole.Base)]
            if view.alternatingRowColors() and r % 2:
                bgs = [pal.color(QPalette.ColorRole.AlternateBase)]
            if bg:
                bgs = [QColor(bg.color() if hasattr(bg, "color") else bg)]
            for b in bgs:
                if contrast(fg, b) < 4.5:
                    out.append(
                        f"cell «{str(text)[:16]}» {fg.name()} on {b.name()} = {contrast(fg, b):.2f}"
                    )
    return out


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QAbstractItemView,
)


def test_every_control_has_an_accessible_name(window):
    from linju_desktop.gui.tour import tour

    nameless = set()
    for name, root in tour(window):
        for w in root.findChildren(QWidget):
            if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(root):
                continue
            if isinstance(w, QHeaderView):
                continue  # its sections are read by their titles
            if w.parentWidget() is not None and isinstance(
                w.parentWidget(), (QComboBox, QAbstractSpinBox, QLineEdit)
            ):
                continue  # the inner parts of a compound editor
            if _accessible_name(w):
                continue
            nameless.add(f"{name}: {type(w).__name__} {w.objectName()}")
    assert sorted(nameless) == [], "\n".join(sorted(nameless))


def _accessible_name(w: QWidget) -> str:
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface else ""


def test_every_picture_fits_a_1366x768_screen_at_200_percent(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "shots"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "linju_desktop.gui.screenshots",
            "--out",
            str(out),
            "--text-scale",
            "200",
            "--screen",
            "1366x768",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    pictures = sorted(out.glob("*.png"))
    assert len(pictures) >= 25  # pages, settings tabs and forms
    for path in pictures:
        image = QImage(str(path))
        assert image.width() <= 1366 and image.height() <= 768, path.name


def columns(model) -> int:
    from PySide6.QtCore import QAbstractListModel

    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def tab_chain(root: QWidget) -> list[QWidget]:
    """The controls Tab visits in `root`, in order, from its first."""

    def takes_tab(w: QWidget) -> bool:
        return (
            bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and w.isVisible()
            and w.isEnabled()
            and w.focusProxy() is None
            and root.isAncestorOf(w)
        )

    chain, w = [], root.nextInFocusChain()
    while w is not root and len(chain) < 2000:
        if takes_tab(w) and w not in chain:
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def test_tab_follows_the_reading_order_and_reaches_every_button(window):
    """In every form, Tab starts at the first field, goes down a column and then to the
    next column on the right, never back up within a column, ends with the dialog's
    buttons, and reaches every button (every action works from the keyboard)."""
    from linju_desktop.gui.tour import tour

    trouble = []
    for name, root in tour(window):
        if not isinstance(root, QDialog):
            continue
        chain = tab_chain(root)
        scroll = root.findChild(QWidget, "dialog_scroll")
        # the chain is a ring: read it from the first field after the buttons
        starts = [i for i in range(len(chain)) if _in(scroll, chain[i]) > _in(scroll, chain[i - 1])]
        if starts:
            chain = chain[starts[0] :] + chain[: starts[0]]
        for a, b in itertools.pairwise(chain):
            if scroll is not None and scroll.isAncestorOf(a) and not scroll.isAncestorOf(b):
                continue  # from the scrolled fields to the buttons below them
            # a control scrolled inside an inner scroll area reads where that area stands
            a, b = _holder(root, a, b), _holder(root, b, a)
            pa, pb = a.mapTo(root, a.rect().topLeft()), b.mapTo(root, b.rect().topLeft())
            up = pb.y() + b.height() <= pa.y()  # b lies wholly above a
            next_column = pb.x() >= pa.x() + a.width() - 4
            if up and not next_column:
                trouble.append(f"{name}: {_name(a)} → {_name(b)} goes back up")
        for button in root.findChildren(QAbstractButton):
            inner = isinstance(button.parentWidget(), (QTabBar, QAbstractSpinBox, QLineEdit))
            # Tab reaches one radio button of an exclusive group; the arrows move within it
            group = (
                [b for b in button.parentWidget().findChildren(QRadioButton) if b.autoExclusive()]
                if isinstance(button, QRadioButton) and button.autoExclusive()
                else []
            )
            if any(b in chain for b in group):
                continue
            if button.isVisible() and button.isEnabled() and button not in chain and not inner:
                trouble.append(f"{name}: {_name(button)} not reached by Tab")
    assert trouble == [], "\n".join(trouble)


def _holder(root: QWidget, w: QWidget, other: QWidget) -> QWidget:
    """The inner scroll area that holds `w` but not `other`, else `w` itself."""
    p = w.parentWidget()
    while p is not None and p is not root:
        inner = isinstance(p, QScrollArea) and p.objectName() != "dialog_scroll"
        if inner and not p.isAncestorOf(other) and p is not other:
            return p
        p = p.parentWidget()
    return w


def _in(scroll: QWidget | None, w: QWidget) -> bool:
    return scroll is not None and scroll.isAncestorOf(w)


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton) else ""
    return f"{type(w).__name__} {w.objectName()} {text}".strip()


def test_no_button_is_squeezed_below_its_text_at_200_percent(window):
    """On a 1366x768 screen at 200 %, every visible button of every page and form is as
    wide as its text needs (a full row of actions once squeezed 打印／导出 to 卬／导出)."""
    from linju_desktop.gui.tour import tour

    window.resize(1366, 768)
    squeezed = []
    for name, root in tour(window):
        for button in root.findChildren(QAbstractButton):
            shown = button.isVisible() and button.text() and not isinstance(button, QRadioButton)
            if shown and button.width() < button.sizeHint().width():
                hint = button.sizeHint().width()
                squeezed.append(f"{name}: «{button.text()}» {button.width()} < {hint}")
    assert not squeezed, squeezed
