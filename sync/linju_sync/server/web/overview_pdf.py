"""The overview as an A4 PDF with the Chinese font embedded (fpdf2; the server has no Qt).

The same numbers as the page and the Excel export: the figure table, meetings by type,
the three lists and rates, funds, the months, and a row per street and community.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from linju_sync.server.web import labels
from linju_sync.server.web.i18n import register, t

# (regular, bold, index in the collection): Debian's fonts-noto-cjk, then Windows' own.
FONTS = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
     "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    ("C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyhbd.ttc", 0),
    ("C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/simsun.ttc", 0),
)  # fmt: skip

register(
    {
        "The server has no Chinese font, so no PDF can be made; install fonts-noto-cjk "
        "or set LINJU_SERVER_FONT.": "服务器没有中文字体，无法生成 PDF；请安装 fonts-noto-cjk 或设置 LINJU_SERVER_FONT。",
        "Page {page}": "第 {page} 页",
        "Printed {date}": "打印日期 {date}",
        "Monthly": "各月",
        "{amount} yuan": "{amount} 元",
    }
)


class NoFont(Exception):
    """No Chinese font on this server."""


def _font() -> tuple[str, str, int]:
    custom = os.environ.get("LINJU_SERVER_FONT")
    if custom and Path(custom).exists():
        return custom, custom, 0
    for regular, bold, index in FONTS:
        if Path(regular).exists() and Path(bold).exists():
            return regular, bold, index
    raise NoFont(
        t(
            "The server has no Chinese font, so no PDF can be made; install fonts-noto-cjk "
            "or set LINJU_SERVER_FONT."
        )
    )


def overview_pdf(
    view: dict[str, Any], title: str, scope: str, start: dt.date, end: dt.date
) -> bytes:
    from fpdf import FPDF

    regular, bold, index = _font()

    class Doc(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("cjk", size=8)
            self.cell(0, 6, t("Page {page}", page=self.page_no()), align="C")

    pdf = Doc(orientation="L", format="A4")
    pdf.set_title(title)
    pdf.set_creator("linju-server")
    pdf.add_font("cjk", "", regular, collection_font_number=index)
    pdf.add_font("cjk", "B", bold, collection_font_number=index)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("cjk", "B", 16)
    pdf.cell(
        0, 10, f"{title}  {start.isoformat()} – {end.isoformat()}", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("cjk", size=9)
    pdf.cell(0, 6, f"{scope}  " + t("Printed {date}", date=dt.date.today().isoformat()),
             new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    pdf.ln(2)
    total = view["total"]

    def table(rows: list[list[str]], widths: tuple[int, ...] | None = None, names: int = 1) -> None:
        """A ruled table: the first `names` columns read left, the numbers right."""
        pdf.set_font("cjk", size=9)
        align = tuple("LEFT" if i < names else "RIGHT" for i in range(len(rows[0])))
        with pdf.table(col_widths=widths, text_align=align, line_height=6) as tbl:
            for r in rows:
                row = tbl.row()
                for cell in r:
                    row.cell(str(cell))
        pdf.ln(3)

    figures_rows = [[t("Figure"), t("Value")]]
    figures_rows += [[t(label), f"{total[key]:,}"] for key, label in labels.FIGURE_ROWS]
    figures_rows += [[t(label), f"{total.get('members_by_kind', {}).get(k, 0):,}"]
                     for k, label in labels.MEMBER_KINDS.items()]  # fmt: skip
    figures_rows += [[t(label), f"{total['meetings_by_type'].get(k, 0):,}"]
                     for k, label in labels.MEETING_TYPES.items()]  # fmt: skip
    figures_rows += [
        [t(label), f"{total['requests_by_list'][k]:,}"] for k, label in labels.LISTS.items()
    ]
    figures_rows += [
        [t(label), f"{labels.percent(total['rates'][k])} ({total['rates'][k]['numerator']}/"
                   f"{total['rates'][k]['denominator']})"]
        for k, label in labels.RATES.items()
    ]  # fmt: skip
    for key, label in (
        ("allocated_fen", "Allocated"),
        ("spent_fen", "Spent"),
        ("left_fen", "Left"),
    ):
        figures_rows.append([t(label), t("{amount} yuan", amount=labels.yuan(total["funds"][key]))])
    neighbourhood = total.get("neighbourhood", {})
    figures_rows += [[t(label), labels.neighbourhood_value(k, neighbourhood.get(k, 0))]
                     for k, label in labels.NEIGHBOURHOOD.items()]  # fmt: skip
    table(figures_rows, (60, 40))

    months = view.get("months") or []
    if months:
        pdf.set_font("cjk", "B", 11)
        pdf.cell(0, 8, t("Monthly"), new_x="LMARGIN", new_y="NEXT")
        head = [t("Figure"), *(t("{n} month", n=m) for m in range(1, 13))]
        rows = [head]
        for key, label in (("requests_total", "Requests received"), ("requests_closed",
                           "Requests closed"), ("meetings_total", "Meetings held")):  # fmt: skip
            rows.append([t(label), *(f"{m[key]:,}" for m in months)])
        table(rows)

    keys = [k for k, _ in labels.FIGURE_ROWS]
    if len(view["by_street"]) > 1:
        rows = [[t("Street"), *(t(label) for _, label in labels.FIGURE_ROWS)]]
        rows += [[name, *(f"{f[k]:,}" for k in keys)] for name, f in view["by_street"]]
        table(rows)
    rows = [[t("Street"), t("Community"), *(t(label) for _, label in labels.FIGURE_ROWS)]]
    rows += [[s, c, *(f"{f[k]:,}" for k in keys)] for (s, c), f in view["by_community"]]
    table(rows, names=2)
    return bytes(pdf.output())
