"""The one renderer: a Document laid out into A4 pages, painted on a PDF, a printer or a
preview image. It needs QtGui (fonts, QPainter, QPdfWriter) but no widgets, so the
command line uses it too.

Layout runs once into a list of pages of drawing operations, in units of 1/10 point
(720 per inch); painting a page replays its operations on any device, scaled. That is
what lets the preview show page 1 at once and page through hundreds of pages, and the
footer say "第 x 页 共 y 页" before anything is printed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from linju_desktop.domain.i18n import tr
from linju_desktop.reports import model as m
from linju_desktop.reports import pdf_text
from linju_desktop.reports.period import ReportError

UNITS_PER_INCH = 720
MM = UNITS_PER_INCH / 25.4
A4 = (round(210 * MM), round(297 * MM))
MARGIN = round(15 * MM)
TOP = round(20 * MM)  # room for the running header
BOTTOM = round(18 * MM)  # and the footer
PAD = 35  # cell padding
LINE = 1.25  # line height, as a multiple of the font's height

# Preferred families: Noto CJK on Linux (fonts-noto-cjk), SimSun/YaHei on Windows,
# Songti/PingFang on macOS. Any font that can write Simplified Chinese will do.
FAMILIES = (
    "Noto Serif CJK SC",
    "Noto Sans CJK SC",
    "SimSun",
    "NSimSun",
    "Songti SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Source Han Serif SC",
    "WenQuanYi Micro Hei",
)

# font key -> (pixel size in units, bold)
FONT_SPECS: dict[str, tuple[int, bool]] = {
    "body": (105, False),
    "bold": (105, True),
    "table": (95, False),
    "table_bold": (95, True),
    "small": (80, False),
    "heading": (125, True),
    "title": (200, True),
    "subtitle": (120, False),
    "mark": (1300, True),
}


class Cancelled(Exception):
    """The user cancelled a long render."""


def ensure_gui() -> None:
    """QtGui needs an application object; the command line has none, and no screen."""
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _app
    _app = QGuiApplication(["linju"])


_app: QGuiApplication | None = None
_families: list[str] | None = None


def font_families() -> list[str]:
    global _families
    if _families is None:
        cjk = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        if not cjk:
            raise ReportError(
                tr(
                    "No Chinese font is installed, so the page cannot be printed. "
                    "Install one (on Debian/Ubuntu: apt install fonts-noto-cjk)."
                )
            )
        _families = [f for f in FAMILIES if f in cjk] or list(cjk[:1])
    return _families


def make_font(key: str) -> QFont:
    size, bold = FONT_SPECS[key]
    f = QFont()
    f.setFamilies(font_families())
    f.setPixelSize(size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Noto CJK's 'locl' swaps digits next to a Latin letter (the X of an ID number) for
    # glyphs no character maps to: they print, but vanish from the PDF's text, so
    # "226X" would read back as "X". The SC fonts' default glyphs are already right.
    f.setFeature(QFont.Tag("locl"), 0)
    return f


# -- operations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TextOp:
    font: str
    x: float
    y: float  # baseline
    text: str


@dataclass(frozen=True)
class LineOp:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 4


@dataclass(frozen=True)
class FillOp:
    x: float
    y: float
    w: float
    h: float


Op = TextOp | LineOp | FillOp


@dataclass
class Layout:
    document: m.Document
    width: int
    height: int
    pages: list[list[Op]] = field(default_factory=list)
    complete: bool = True  # False: the first page only, while the rest is laid out

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def text(self) -> str:
        """All text of all pages, in order (for tests and search)."""
        return "\n".join(op.text for page in self.pages for op in page if isinstance(op, TextOp))


class _Fonts:
    def __init__(self) -> None:
        self.font = {k: make_font(k) for k in FONT_SPECS}
        self.metrics = {k: QFontMetricsF(f) for k, f in self.font.items()}
        self.advances: dict[str, dict[str, float]] = {}  # per character, for wrapping
        self.widths: dict[str, dict[str, float]] = {k: {} for k in FONT_SPECS}  # whole strings
        self._ascents: dict[str, float] = {}

    def line_height(self, key: str) -> float:
        return self.metrics[key].height() * LINE

    def ascent(self, key: str) -> float:
        a = self._ascents.get(key)
        if a is None:
            fm = self.metrics[key]
            a = self._ascents[key] = fm.ascent() + (fm.height() * (LINE - 1)) / 2
        return a

    def advance(self, key: str, text: str) -> float:
        # Remembered: a ledger repeats its dates, categories and payees thousands of times.
        widths = self.widths[key]
        w = widths.get(text)
        if w is None:
            w = widths[text] = self.metrics[key].horizontalAdvance(text)
        return w

    def wrap(self, key: str, text: str, width: float) -> list[str]:
        """Lines of `text` that fit `width`: breaks after spaces and between CJK characters,
        inside a long Latin word only when it must, never before closing punctuation.

        Measured per character (cached): QTextLayout would do this, but in PySide6 6.12
        it corrupts reference counts and crashes the interpreter after a few thousand uses.
        """
        if not text:
            return [""]
        if "\n" not in text and self.advance(key, text) <= width:
            return [text]
        fm = self.metrics[key]
        cache = self.advances.setdefault(key, {})

        def adv(ch: str) -> float:
            w = cache.get(ch)
            if w is None:
                w = cache[ch] = fm.horizontalAdvance(ch)
            return w

        out: list[str] = []
        for para in text.replace("\r\n", "\n").split("\n"):
            start, x, last_break = 0, 0.0, -1
            i = 0
            while i < len(para):
                ch = para[i]
                w = adv(ch)
                if x + w > width and i > start:
                    cut = last_break if last_break > start else i
                    if cut == i and ch in _NO_LINE_START and i - 1 > start:
                        cut = i - 1  # take a character down with the punctuation
                    out.append(para[start:cut].rstrip())
                    start = cut
                    while start < len(para) and para[start] == " ":
                        start += 1
                    x = sum(adv(c) for c in para[start:i])
                    last_break = -1
                    continue
                x += w
                breakable = ch == " " or "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef"
                if breakable and i + 1 < len(para) and para[i + 1] not in _NO_LINE_START:
                    last_break = i + 1
                i += 1
            out.append(para[start:].rstrip())
        return out


_NO_LINE_START = frozenset("，。、；：？！）》」』”’〉】…—,.;:?!)%")


class _Layouter:
    def __init__(
        self,
        doc: m.Document,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        on_first_page: Callable[[Layout], None] | None = None,
    ) -> None:
        self.doc = doc
        self.on_first_page = on_first_page
        w, h = A4
        self.width, self.height = (h, w) if doc.landscape else (w, h)
        self.left, self.right = MARGIN, self.width - MARGIN
        self.top, self.bottom = TOP, self.height - BOTTOM
        self.fonts = _Fonts()
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.progress = progress
        self.cancelled = cancelled
        self.rows_total = sum(len(t.rows) for t in doc.tables()) or 1
        self.rows_done = 0
        self.new_page()

    # -- pages ----------------------------------------------------------------------------
    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        if len(self.pages) == 1 and self.on_first_page:
            # The preview shows page 1 now; its footer's page count comes with the rest.
            self.on_first_page(
                Layout(self.doc, self.width, self.height, [self.pages[0]], complete=False)
            )
        self.pages.append([])
        self.y = self.top

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if height > self.room() and self.y > self.top:
            self.new_page()

    def tick(self, n: int = 1) -> None:
        self.rows_done += n
        if self.rows_done % 200 == 0:
            if self.cancelled and self.cancelled():
                raise Cancelled
            if self.progress:
                self.progress(self.rows_done, self.rows_total)

    def text(self, key: str, x: float, top: float, text: str) -> None:
        if text:
            self.ops.append(TextOp(key, x, top + self.fonts.ascent(key), text))

    # -- blocks ---------------------------------------------------------------------------
    def run(self) -> Layout:
        self.title()
        for block in self.doc.blocks:
            if isinstance(block, m.Heading):
                self.heading(block)
            elif isinstance(block, m.Fields):
                self.fields(block)
            elif isinstance(block, m.Text):
                self.paragraph(block)
            elif isinstance(block, m.Table):
                self.table(block)
            elif isinstance(block, m.Signatures):
                self.signatures(block)
            elif isinstance(block, m.PageBreak):
                self.new_page()
            elif isinstance(block, m.Nothing):
                self.nothing(block)
        if self.progress:
            self.progress(self.rows_total, self.rows_total)
        return Layout(self.doc, self.width, self.height, self.pages)

    def centred(self, key: str, text: str) -> None:
        for line in self.fonts.wrap(key, text, self.right - self.left):
            x = (self.left + self.right - self.fonts.advance(key, line)) / 2
            self.text(key, x, self.y, line)
            self.y += self.fonts.line_height(key)

    def title(self) -> None:
        self.centred("title", self.doc.title)
        if self.doc.subtitle:
            self.centred("subtitle", self.doc.subtitle)
        self.y += 40
        info = tr("Branch: {branch}", branch=self.doc.branch)
        self.text("body", self.left, self.y, info)
        printed = tr("Printed: {date}", date=self.doc.printed_on.isoformat())
        self.text("body", self.right - self.fonts.advance("body", printed), self.y, printed)
        self.y += self.fonts.line_height("body") + 40

    def nothing(self, block: m.Nothing) -> None:
        """The page of an empty period: one large line in a box, nothing else."""
        lh = self.fonts.line_height("title")
        self.y += 4 * lh
        top, h = self.y, 4 * lh
        self.box(self.left, top, self.right, top + h, self.right - self.left)
        self.y = top + (h - lh) / 2
        self.centred("title", block.text)
        self.y = top + h + 40

    def heading(self, block: m.Heading) -> None:
        # Keep a heading with at least three lines of what follows it.
        self.ensure(self.fonts.line_height("heading") + 3 * self.fonts.line_height("body"))
        self.y += 30
        self.text("heading", self.left, self.y, block.text)
        self.y += self.fonts.line_height("heading") + 10

    def fields(self, block: m.Fields) -> None:
        cols = max(1, block.columns)
        pair_w = (self.right - self.left) / cols
        label_w = min(pair_w * 0.42, 1500)
        value_w = pair_w - label_w
        lh = self.fonts.line_height("body")
        for start in range(0, len(block.pairs), cols):
            chunk = block.pairs[start : start + cols]
            cells = [
                (
                    self.fonts.wrap("bold", label, label_w - 2 * PAD),
                    self.fonts.wrap("body", m.cell_text(value), value_w - 2 * PAD),
                )
                for label, value in chunk
            ]
            h = max(max(len(a), len(b)) for a, b in cells) * lh + 2 * PAD
            self.ensure(h)
            top = self.y
            for i, (label_lines, value_lines) in enumerate(cells):
                x = self.left + i * pair_w
                self.ops.append(FillOp(x, top, label_w, h))
                for j, line in enumerate(label_lines):
                    self.text("bold", x + PAD, top + PAD + j * lh, line)
                for j, line in enumerate(value_lines):
                    self.text("body", x + label_w + PAD, top + PAD + j * lh, line)
                self.ops.append(LineOp(x + label_w, top, x + label_w, top + h))
            self.box(self.left, top, self.left + len(chunk) * pair_w, top + h, pair_w)
            self.y += h
        self.y += 40

    def box(self, x1: float, y1: float, x2: float, y2: float, step: float) -> None:
        self.ops.extend([LineOp(x1, y1, x2, y1), LineOp(x1, y2, x2, y2)])
        x = x1
        while x <= x2 + 1:
            self.ops.append(LineOp(x, y1, x, y2))
            x += step

    def paragraph(self, block: m.Text) -> None:
        lh = self.fonts.line_height("body")
        width = self.right - self.left
        if block.label:
            self.ensure(self.fonts.line_height("bold") + 2 * lh)
            self.text("bold", self.left, self.y, block.label)
            self.y += self.fonts.line_height("bold")
        lines = self.fonts.wrap("body", block.text, width - 60) if block.text else []
        for line in lines:
            self.ensure(lh)
            self.text("body", self.left + 60, self.y, line)
            self.y += lh
        # Ruled room to write by hand, as on the printed record book's pages.
        for _ in range(max(0, block.min_lines - len(lines))):
            self.ensure(lh)
            self.y += lh
            self.ops.append(LineOp(self.left + 60, self.y - 12, self.right, self.y - 12, 2))
        self.y += 30

    def table(self, block: m.Table) -> None:
        fonts, width = self.fonts, self.right - self.left
        total_w = sum(c.weight for c in block.columns) or 1
        widths = [width * c.weight / total_w for c in block.columns]
        xs = [self.left + sum(widths[:i]) for i in range(len(widths) + 1)]
        lh = fonts.line_height("table")
        header = [
            fonts.wrap("table_bold", c.title, w - 2 * PAD)
            for c, w in zip(block.columns, widths, strict=True)
        ]
        header_h = max(len(h) for h in header) * lh + 2 * PAD
        title_h = fonts.line_height("bold") if block.title else 0

        def draw_header(continued: bool) -> None:
            if block.title:
                title = block.title + (tr(" (continued)") if continued else "")
                self.text("bold", self.left, self.y, title)
                self.y += title_h
            top = self.y
            self.ops.append(FillOp(self.left, top, width, header_h))
            for i, lines in enumerate(header):
                for j, line in enumerate(lines):
                    self.text("table_bold", xs[i] + PAD, top + PAD + j * lh, line)
            self.grid(xs, top, top + header_h)
            self.y += header_h

        self.ensure(title_h + header_h + lh + 2 * PAD)
        draw_header(False)
        if not block.rows:
            h = fonts.line_height("body") + 4 * PAD
            text = block.empty_text or tr("No records")
            x = (self.left + self.right - fonts.advance("body", text)) / 2
            self.text("body", x, self.y + 2 * PAD, text)
            self.box(self.left, self.y, self.right, self.y + h, width)
            self.y += h + 40
            return
        rows: list[tuple[list[Any], str]] = [(r, "table") for r in block.rows]
        if block.totals_label is not None:
            rows.append((block.totals(), "table_bold"))
        for values, key in rows:
            cells = [
                fonts.wrap(key, m.cell_text(v, c.kind), w - 2 * PAD)
                for v, c, w in zip(values, block.columns, widths, strict=True)
            ]
            n = max(len(c) for c in cells)
            done = 0
            while done < n:  # a row taller than the page continues on the next
                fit = int((self.room() - 2 * PAD) // lh)
                if fit < 1 or (
                    done == 0 and fit < n and self.y > self.top + header_h + title_h + 1
                ):
                    self.new_page()
                    draw_header(True)
                    continue
                take = min(n - done, fit)
                top = self.y
                h = take * lh + 2 * PAD
                for i, lines in enumerate(cells):
                    col = block.columns[i]
                    for j, line in enumerate(lines[done : done + take]):
                        x = xs[i] + PAD
                        if col.kind in ("int", "decimal", "money", "percent"):
                            x = xs[i + 1] - PAD - fonts.advance(key, line)
                        self.text(key, x, top + PAD + j * lh, line)
                self.grid(xs, top, top + h)
                self.y += h
                done += take
            self.tick()
        self.y += 40

    def grid(self, xs: Sequence[float], top: float, bottom: float) -> None:
        self.ops.extend([LineOp(xs[0], top, xs[-1], top), LineOp(xs[0], bottom, xs[-1], bottom)])
        self.ops.extend([LineOp(x, top, x, bottom) for x in xs])

    def signatures(self, block: m.Signatures) -> None:
        lh = self.fonts.line_height("body")
        self.ensure(3 * lh)
        self.y += lh
        each = (self.right - self.left) / max(1, len(block.labels))
        for i, label in enumerate(block.labels):
            x = self.left + i * each
            self.text("body", x, self.y, label + "：")
            start = x + self.fonts.advance("body", label + "：") + 20
            self.ops.append(LineOp(start, self.y + lh - 15, x + each - 120, self.y + lh - 15, 3))
        self.y += 2 * lh


def layout(
    doc: m.Document,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_first_page: Callable[[Layout], None] | None = None,
) -> Layout:
    ensure_gui()
    return _Layouter(doc, progress, cancelled, on_first_page).run()


# -- painting -------------------------------------------------------------------------------
class Painter:
    """Replays a Layout's pages on a QPainter (PDF, printer or image)."""

    def __init__(self, lay: Layout) -> None:
        self.lay = lay
        self.fonts = {k: make_font(k) for k in FONT_SPECS}

    def page(self, p: QPainter, index: int, scale: float) -> None:
        lay = self.lay
        p.save()
        p.scale(scale, scale)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        grey = QColor(232, 232, 232)
        ops = lay.pages[index]
        for op in ops:
            if type(op) is FillOp:
                p.fillRect(QRectF(op.x, op.y, op.w, op.h), grey)
        # Lines go out in one call per width and text with one pen: a 500-page ledger
        # makes some 200,000 operations, and each Qt call costs more than its drawing.
        lines: dict[float, list[QLineF]] = {}
        for op in ops:
            if type(op) is LineOp:
                lines.setdefault(op.width, []).append(QLineF(op.x1, op.y1, op.x2, op.y2))
        pen = QPen(QColor(0, 0, 0))
        for width, batch in lines.items():
            pen.setWidthF(width)
            p.setPen(pen)
            p.drawLines(batch)
        p.setPen(QPen(QColor(0, 0, 0)))
        current = ""
        draw = p.drawText
        for op in ops:
            if type(op) is TextOp:
                if op.font != current:
                    p.setFont(self.fonts[op.font])
                    current = op.font
                draw(QPointF(op.x, op.y), op.text)
        self.furniture(p, index)
        p.restore()

    def furniture(self, p: QPainter, index: int) -> None:
        """Running header and footer; the draft stamp."""
        lay, doc = self.lay, self.lay.document
        small = self.fonts["small"]
        p.setFont(small)
        p.setPen(QPen(QColor(60, 60, 60)))
        fm = QFontMetricsF(small)
        top_y = TOP - 90
        p.drawText(QPointF(MARGIN, top_y), doc.branch)
        head = doc.title + (f"　{tr('DRAFT')}" if doc.draft else "")
        p.drawText(QPointF(lay.width - MARGIN - fm.horizontalAdvance(head), top_y), head)
        p.drawLine(QPointF(MARGIN, top_y + 30), QPointF(lay.width - MARGIN, top_y + 30))
        foot_y = lay.height - BOTTOM + 120
        number = (
            tr("Page {page} of {pages}", page=index + 1, pages=lay.page_count)
            if lay.complete
            else tr("Page {page}", page=index + 1)
        )
        p.drawText(QPointF((lay.width - fm.horizontalAdvance(number)) / 2, foot_y), number)
        if doc.masked is not None:
            note = tr("ID numbers masked") if doc.masked else tr("FULL ID numbers: keep safe")
            p.drawText(QPointF(MARGIN, foot_y), note)
        printed = tr("Printed: {date}", date=doc.printed_on.isoformat())
        p.drawText(QPointF(lay.width - MARGIN - fm.horizontalAdvance(printed), foot_y), printed)
        if doc.draft:
            p.save()
            p.translate(lay.width / 2, lay.height / 2)
            p.rotate(-35)
            p.setFont(self.fonts["mark"])
            p.setPen(QPen(QColor(200, 30, 30, 70)))
            word = tr("DRAFT")
            mfm = QFontMetricsF(self.fonts["mark"])
            p.drawText(QPointF(-mfm.horizontalAdvance(word) / 2, mfm.ascent() / 3), word)
            p.restore()


def page_layout(lay: Layout) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape
        if lay.document.landscape
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))


def write_pdf(
    lay: Layout,
    path: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    writer = QPdfWriter(path)
    writer.setResolution(UNITS_PER_INCH)
    writer.setPageLayout(page_layout(lay))
    writer.setTitle(f"{lay.document.branch} {lay.document.title}")
    writer.setCreator("Linju")
    painter = QPainter(writer)
    try:
        painter_ = Painter(lay)
        for i in range(lay.page_count):
            if cancelled and cancelled():
                raise Cancelled
            if i:
                writer.newPage()
            painter_.page(painter, i, 1.0)
            if progress:
                progress(i + 1, lay.page_count)
    finally:
        painter.end()
    drawn = set("".join(op.text for page in lay.pages for op in page if type(op) is TextOp))
    drawn |= set(lay.document.branch + lay.document.title + tr("DRAFT") + "第页共打印日期身份证号")
    fonts = [make_font(k) for k in ("body", "bold")]
    pdf_text.fix_text_map(path, pdf_text.corrections(fonts, drawn))


def page_image(lay: Layout, index: int, dpi: float) -> QImage:
    """One page as a picture (the preview, and PNGs for screenshots)."""
    scale = dpi / UNITS_PER_INCH
    size = QSizeF(lay.width * scale, lay.height * scale).toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    try:
        Painter(lay).page(p, index, scale)
    finally:
        p.end()
    return image
