"""Contrast of what is actually on the screen (issue 9, point 2): colours that reach the
pixels from code or style sheets, not from a widget's palette — delegates (an overdue due
time), selected rows, the navigation list, table headers, buttons and labels with style
sheet backgrounds (the funds balance, banners, chips, segment buttons) — are read from a
picture of each page and form, in both themes: each text's colour is its picture's colour
farthest from the background (the most common colour around it). Pictures are taken at
200 % so that glyph strokes reach their full colour; the limit is the one for the text's
size at 100 % (4.5:1, or 3:1 for large text), as the colours are the same at every size."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)

from linju_desktop.gui.appearance import apply_appearance

SCALE = 200


def luminance(rgb: int) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: int, b: int) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_and_ground(image: QImage, rect: QRect) -> tuple[int, int, float] | None:
    """(text colour, background colour, contrast) in `rect` of the picture: the background
    is its most common colour, the text the colour farthest from it that covers a few
    pixels (a glyph's core, not a stray anti-aliased edge)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 4 or rect.height() < 4:
        return None
    part = image.copy(rect)
    pixels = Counter(memoryview(part.constBits()).cast("I"))
    ground = pixels.most_common(1)[0][0] & 0xFFFFFF
    seen = [c & 0xFFFFFF for c, n in pixels.items() if n >= 4]
    if not seen:
        return None
    text = max(seen, key=lambda c: contrast(c, ground))
    return text, ground, contrast(text, ground)


def need(font_points: float, bold: bool) -> float:
    """WCAG AA for the text at 100 % (18 pt, or 14 pt bold, count as large)."""
    points = font_points * 100 / SCALE
    return 3.0 if points >= 18 or (bold and points >= 14) else 4.5


def seen_rect(w: QWidget, root: QWidget, inner: QRect | None = None) -> QRect:
    """Where `w` (or its `inner` part) shows in root's picture; empty when part of it is
    scrolled out of sight (its text may then be out of sight too)."""
    inner = w.rect() if inner is None else inner
    if not w.visibleRegion().boundingRect().contains(inner):
        return QRect()
    return QRect(w.mapTo(root, inner.topLeft()), inner.size())


def name_of(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def painted_texts(root: QWidget) -> list[tuple[str, QRect, float]]:
    """(what, where in root, the contrast it needs) for each text a style sheet or code
    paints: labels and buttons, tabs, header sections and item-view cells."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.window() is not root:
            continue
        f = w.font()
        if isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull():
            if w.textFormat() == Qt.TextFormat.RichText or w.text().lstrip().startswith("<"):
                continue  # rich text carries its own colours (none so far)
            where = seen_rect(w, root, w.contentsRect())
            out.append((f"{name_of(w)} «{w.text()[:16]}»", where, need(f.pointSizeF(), f.bold())))
        elif isinstance(w, QAbstractButton) and w.text().strip():
            if isinstance(w.parentWidget(), QTabBar):
                continue
            where = seen_rect(w, root, w.rect().adjusted(3, 3, -3, -3))
            out.append((f"{name_of(w)} «{w.text()[:16]}»", where, need(f.pointSizeF(), f.bold())))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                where = seen_rect(w, root, w.tabRect(i).adjusted(4, 4, -4, -4))
                out.append((f"tab «{w.tabText(i)}»", where, need(f.pointSizeF(), f.bold())))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            out += header_texts(w, root)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            out += cell_texts(w, root)
    return out


def header_texts(header: QHeaderView, root: QWidget) -> list[tuple[str, QRect, float]]:
    out = []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    count = header.model().columnCount() if horizontal else 0
    for section in range(count):
        if header.isSectionHidden(section):
            continue
        x, width = header.sectionViewportPosition(section), header.sectionSize(section)
        inner = QRect(x + 4, 4, width - 8, header.height() - 8)
        text = header.model().headerData(section, header.orientation())
        if text:
            f = header.font()
            where = seen_rect(header.viewport(), root, inner)
            out.append((f"header «{text}»", where, need(f.pointSizeF(), True)))
    return out


def cell_texts(view: QAbstractItemView, root: QWidget, rows: int = 25) -> list:
    out = []
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    for r in range(min(rows, model.rowCount())):
        for c in range(columns):
            index = model.index(r, c)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text or not str(text).strip():
                continue
            cell = view.visualRect(index).adjusted(3, 3, -3, -3)
            if cell.isEmpty():
                continue
            f = view.font()
            where = seen_rect(view.viewport(), root, cell)
            # a delegate may paint bold (an overdue time): judged as normal text at 100 %
            out.append(
                (f"{name_of(view)} cell «{str(text)[:16]}»", where, need(f.pointSizeF(), False))
            )
    return out


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def window(request, demo_ctx, qtbot):
    from PySide6.QtCore import QCoreApplication, QEvent

    from linju_desktop.gui.main_window import MainWindow

    app = QApplication.instance()
    apply_appearance(app, SCALE, request.param)
    w = MainWindow(demo_ctx)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    # after the window is gone: restyling its toured pages and forms took seconds
    apply_appearance(app, 125, False)


def select_first_rows(root: QWidget) -> None:
    """Selected rows are painted in the selection colours: have one in every table."""
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or view.model() is None or not view.isVisible():
            continue
        if view.objectName() == "nav":
            continue  # choosing its first row would go to the first page
        if view.model().rowCount() and view.selectionMode() != view.SelectionMode.NoSelection:
            view.setCurrentIndex(view.model().index(0, 0))


def test_painted_text_meets_wcag_aa_in_both_themes(window):
    from linju_desktop.gui.tour import settle, tour

    low = []
    checked = 0
    for name, root in tour(window):
        select_first_rows(root)
        settle()
        picture = root.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        for what, where, limit in painted_texts(root):
            found = text_and_ground(picture, where)
            if found is None:
                continue
            checked += 1
            text, ground, ratio = found
            if ratio < limit:
                low.append(
                    f"{name}: {what} {QColor(text).name()} on {QColor(ground).name()} "
                    f"= {ratio:.2f} (needs {limit})"
                )
    assert checked > 300  # texts read in all (a picture reading nothing would pass)
    assert low == [], "\n".join(sorted(set(low)))


def test_the_reading_finds_low_contrast_it_is_shown():
    """The picture reading itself: grey on grey is found, black on white passes."""
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#777777"))
    for x in range(10, 40):
        for y in range(10, 14):
            image.setPixel(QPoint(x, y), QColor("#999999").rgb())
    text, ground, ratio = text_and_ground(image, image.rect())
    assert (QColor(text).name(), QColor(ground).name()) == ("#999999", "#777777")
    assert ratio < 2
    image.fill(QColor("white"))
    for x in range(10, 40):
        image.setPixel(QPoint(x, 12), QColor("black").rgb())
    assert text_and_ground(image, image.rect())[2] == pytest.approx(21, abs=0.01)


def test_an_overdue_time_painted_by_its_delegate_reads_in_both_themes(window, qtbot):
    """The requests table's delegate paints an overdue due time in the style sheets' red
    over the row's ground, and in their darker red over the selection (where a style
    sheet's selection colour would otherwise turn it black like the rest of the row): read
    from the picture, both meet 4.5:1 and the selected one stays unlike its row's text."""
    from linju_desktop.gui.pages.requests.page import warning_colour
    from linju_desktop.gui.tour import settle

    page = window.show_page("requests")
    page.segment_buttons["overdue"].click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)  # type: ignore[attr-defined]
    view = page.view  # type: ignore[attr-defined]
    keys = [c.key for c in page.model.columns]  # type: ignore[attr-defined]
    due = keys.index("due")
    readings = []
    for selected in (False, True):
        red = warning_colour(on_selection=selected).rgb() & 0xFFFFFF
        row = 1 if selected and page.model.rowCount() > 1 else 0  # type: ignore[attr-defined]
        index = view.model().index(row, due)
        if selected:
            view.setCurrentIndex(index)
            view.selectRow(row)
        else:
            view.clearSelection()
        view.scrollTo(index)
        settle()
        picture = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

        def read(column: int, row: int = row, picture: QImage = picture):
            cell = view.visualRect(view.model().index(row, column)).adjusted(3, 3, -3, -3)
            return text_and_ground(picture, seen_rect(view.viewport(), window, cell))

        found = read(due)
        assert found is not None, readings
        text, ground, ratio = found
        readings.append((selected, QColor(text).name(), QColor(ground).name(), round(ratio, 2)))
        assert contrast(text, red) < 1.3, readings  # the delegate's red is what is read
        assert ratio >= 4.5, readings
        if selected:  # another cell of the row in sight, in the selection's own text colour
            others = (read(c) for c in range(len(keys)) if c != due)
            plain, plain_ground, _ = next(o for o in others if o is not None and o[2] > 3)
            assert plain_ground == ground, readings  # the same selection behind both
            assert contrast(text, plain) > 1.5, (QColor(plain).name(), readings)
