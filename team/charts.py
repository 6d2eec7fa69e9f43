"""Server-rendered SVG column charts for the dashboard, readable by screen readers.

Drawn with presentation attributes (fill="…") only: the CSP forbids inline styles, and a
matplotlib SVG styles every element with a style attribute. Each chart is one image with a title
and a description; the page puts the same figures in a table beside it.
"""
from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH, HEIGHT = 960, 300  # wide and low: the chart spans the page
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 44, 36
FONT = "Arial, Helvetica, sans-serif"
TEXT = "#0b0c0c"
GRID = "#b1b4b6"
# Each at least 4.5:1 against white, and segments are parted by white lines (WCAG 1.4.11).
COLOURS = ("#4c2c92", "#1d70b8", "#00703c", "#a4161a")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]  # None: nothing to show for that column
    colour: str


def column_chart(chart_id: str, title: str, description: str, labels: Sequence[str],
                 series: Sequence[Series], axis: str, whole: bool = True) -> Markup:
    """One column per label, its series stacked; `whole` keeps the value axis to whole numbers."""
    totals = [sum(v or 0 for v in column) for column in zip(*(s.values for s in series))]
    top, step = scale(max(totals, default=0), whole)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="{FONT}" font-size="14" fill="{TEXT}">',
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(description)}</desc>',
        _text(4, TOP - 20, axis, anchor="start", bold=True),
        *_gridlines(top, step, whole),
        *_columns(labels, series, totals, top, whole),
        *(_legend(series) if len(series) > 1 else ()),
        "</svg>",
    ]
    return Markup("".join(parts))


def scale(peak: float, whole: bool = True, ticks: int = 5) -> tuple[float, float]:
    """A round top for the value axis and the step between its gridlines."""
    if peak <= 0:
        return 1.0, 1.0
    raw = peak / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0) if whole else step
    return step * math.ceil(peak / step - 1e-9), step


def _plot_height() -> float:
    return HEIGHT - TOP - BOTTOM


def _y(value: float, top: float) -> float:
    return TOP + _plot_height() * (1 - value / top)


def _gridlines(top: float, step: float, whole: bool) -> Iterator[str]:
    for i in range(round(top / step) + 1):
        value = i * step
        y = _y(value, top)
        colour = TEXT if i == 0 else GRID
        yield f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="{colour}" stroke-width="1"/>'
        yield _text(LEFT - 6, y + 4, _number(value, whole), anchor="end")


def _columns(labels: Sequence[str], series: Sequence[Series], totals: Sequence[float], top: float,
             whole: bool) -> Iterator[str]:
    slot = (WIDTH - LEFT - RIGHT) / max(len(labels), 1)
    width = slot * 0.6
    for i, label in enumerate(labels):
        x = LEFT + i * slot + (slot - width) / 2
        base = 0.0
        for s in series:
            value = s.values[i] or 0
            if value > 0:
                yield (f'<rect x="{x:.1f}" y="{_y(base + value, top):.1f}" width="{width:.1f}" '
                       f'height="{_y(base, top) - _y(base + value, top):.1f}" fill="{s.colour}" '
                       'stroke="#ffffff" stroke-width="1"/>')
            base += value
        if any(s.values[i] is not None for s in series):
            yield _text(x + width / 2, _y(totals[i], top) - 5, _number(totals[i], whole))
        yield _text(x + width / 2, HEIGHT - BOTTOM + 18, label)


def _legend(series: Sequence[Series]) -> Iterator[str]:
    x = WIDTH - RIGHT - sum(_key_width(s.name) for s in series)
    for s in series:
        yield f'<rect x="{x}" y="{TOP - 32}" width="14" height="14" fill="{s.colour}"/>'
        yield _text(x + 20, TOP - 20, s.name, anchor="start")
        x += _key_width(s.name)


def _key_width(name: str) -> int:
    # Text cannot be measured here; 8 units a character is generous for Arial at this size.
    return len(name) * 8 + 34


def _text(x: float, y: float, content: str, anchor: str = "middle", bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{weight}>{escape(content)}</text>'


def _number(value: float, whole: bool = True) -> str:
    return f"{value:,.0f}" if whole or value == int(value) else f"{value:,.1f}"
