"""Bar charts drawn on the server as SVG: no script, no CDN, printable, readable by a
screen reader (each chart has a title and a table of the same numbers beside it)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 270, 48, 56, 34
COLOURS = ("#1f5fa8", "#c0392b", "#2e7d32")


def _head(title: str, width: int, height: int) -> list[str]:
    """The opening of a chart: its own id (a page has several charts) and its title,
    shown on the chart as well as read by a screen reader."""
    import hashlib

    cid = "chart-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:10]
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{cid}" class="chart">',
        f'<title id="{cid}">{escape(title)}</title>',
        f'<text x="8" y="20" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]


def _ticks(top: float) -> tuple[float, list[float]]:
    """A round axis maximum at or above `top` and its gridlines (1, 2 or 5 times 10^k)."""
    import math

    raw = max(top, 4) / 4  # whole numbers: counts
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    steps = math.ceil(max(top, 1) / step)
    return step * steps, [step * i for i in range(steps + 1)]


def bars(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> Markup:
    """Grouped vertical bars: one group per label, one bar per series."""
    n = max(1, len(labels))
    top, gridlines = _ticks(max([v for _, values in series for v in values] + [1]))
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - TOP - BOTTOM
    group = plot_w / n
    bar = max(2.0, group * 0.8 / max(1, len(series)))
    parts = _head(title, WIDTH, HEIGHT)
    parts.append(
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - 8}" y2="{TOP + plot_h}" '
        'stroke="#333"/>'
    )
    for step, value in enumerate(gridlines):
        y = TOP + plot_h - plot_h * value / top
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12">'
            f"{value:,.0f}</text>"
        )
        if step:
            parts.append(
                f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - 8}" y2="{y:.1f}" stroke="#ddd"/>'
            )
    for i, label in enumerate(labels):
        x0 = LEFT + i * group + group * 0.1
        for j, (_name, values) in enumerate(series):
            v = values[i] if i < len(values) else 0
            h = plot_h * v / top
            x = x0 + j * bar
            parts.append(
                f'<rect x="{x:.1f}" y="{TOP + plot_h - h:.1f}" width="{bar - 1:.1f}" '
                f'height="{h:.1f}" fill="{COLOURS[j % len(COLOURS)]}">'
                f"<title>{escape(label)} {escape(_name)}: {v:g}</title></rect>"
            )
        short = label if len(label) <= 6 else label[:5] + "…"
        parts.append(
            f'<text x="{x0 + group * 0.4:.1f}" y="{TOP + plot_h + 16}" text-anchor="middle" '
            f'font-size="12">{escape(short)}</text>'
        )
    for j, (name, _values) in enumerate(series):
        x = LEFT + j * 160
        parts.append(
            f'<rect x="{x}" y="{HEIGHT - 22}" width="12" height="12" '
            f'fill="{COLOURS[j % len(COLOURS)]}"/>'
            f'<text x="{x + 18}" y="{HEIGHT - 12}" font-size="13">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def hbars(
    title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> Markup:
    """Horizontal grouped bars, one row per label: readable for fifty communities."""
    row_h, left, width = 14 * max(1, len(series)) + 8, 150, WIDTH
    height = TOP + row_h * max(1, len(labels)) + 40
    top = max([v for _, values in series for v in values] + [1])
    plot_w = width - left - 60
    parts = _head(title, width, height)
    for i, label in enumerate(labels):
        y0 = TOP + i * row_h
        parts.append(
            f'<text x="{left - 6}" y="{y0 + row_h / 2 + 4:.1f}" text-anchor="end" '
            f'font-size="12">{escape(label)}</text>'
        )
        for j, (name, values) in enumerate(series):
            v = values[i] if i < len(values) else 0
            w = plot_w * v / top
            y = y0 + 4 + j * 14
            parts.append(
                f'<rect x="{left}" y="{y}" width="{w:.1f}" height="12" '
                f'fill="{COLOURS[j % len(COLOURS)]}"><title>{escape(label)} {escape(name)}: '
                f'{v:g}</title></rect><text x="{left + w + 4:.1f}" y="{y + 10}" '
                f'font-size="11">{v:g}</text>'
            )
    for j, (name, _values) in enumerate(series):
        x = left + j * 160
        parts.append(
            f'<rect x="{x}" y="{height - 22}" width="12" height="12" '
            f'fill="{COLOURS[j % len(COLOURS)]}"/>'
            f'<text x="{x + 18}" y="{height - 12}" font-size="13">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
