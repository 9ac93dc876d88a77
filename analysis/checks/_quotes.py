"""Quotation context shared by checks: which stretches of the text are inside quote marks.

A leftover, a claim or a first-person line inside a quotation is someone's speech the
article reports, not the writer's own text. Quotes are paired per paragraph (a quote
left open at a paragraph break is closed there, as news style reopens it), curly
quotes by their direction and straight double quotes by alternation. Single curly
quotes count only when they open at a word start and close at a word end, so
apostrophes ("Putin’s") are not quotes. One linear pass over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_OPEN = "“«"
_CLOSE = "”»"


_MARKS = re.compile(r'[“«”»"]|\n[ \t]*\n')


def quoted_ranges(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """[start, end) ranges of `text` (shifted by `offset`) that lie inside double quotes."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch[0] == "\n":
            if start is not None:
                out.append((offset + start, offset + i))
                start = None
        elif ch in _OPEN:
            if start is None:
                start = i
        elif ch in _CLOSE:
            if start is not None:
                out.append((offset + start, offset + i + 1))
                start = None
        elif start is None:
            start = i
        else:
            out.append((offset + start, offset + i + 1))
            start = None
    if start is not None:
        out.append((offset + start, offset + len(text)))
    return out


class Quotes:
    """Answers "is this Doc offset inside a quotation?" by bisection."""

    def __init__(self, text: str, offset: int = 0) -> None:
        self.ranges = quoted_ranges(text, offset)
        self.starts = [s for s, _ in self.ranges]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.ranges[i][0] <= pos < self.ranges[i][1]

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a quotation."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ranges[i][1] > start
