"""How an article becomes one spaCy Doc, and how Doc offsets map back to its fields.

The Doc's text is `title + "\\n\\n" + body`, exactly as submitted, so that a
character offset in the Doc is an offset into one of the two fields plus a
constant. Components work in Doc offsets; `article.span(start, end)` turns them
into the SPAN objects of the result contract.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from analysis.style import HouseStyle

SEPARATOR = "\n\n"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # characters that take two UTF-16 units


@dataclass
class Article:
    title: str
    body: str
    published_at: dt.datetime | None = None
    language_hint: str | None = None
    article_id: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    # the client's house style for this article (plain data; see analysis/style.py), or None
    style: HouseStyle | None = None
    _astral: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @cached_property
    def text(self) -> str:
        # built once: the checks slice it for span texts (an Article is not changed once made)
        return self.title + SEPARATOR + self.body

    @property
    def body_start(self) -> int:
        return len(self.title) + len(SEPARATOR)

    def field_of(self, start: int) -> tuple[str, int]:
        """The field a Doc offset falls in, and that field's offset in the Doc."""
        if start < len(self.title) + 1:
            return "title", 0
        return "body", self.body_start

    def _utf16(self, name: str, index: int) -> int:
        # prefix counts of characters outside the BMP, built once per field; an empty list
        # when there are none (most text), so the per-character pass is skipped
        prefix = self._astral.get(name)
        if prefix is None:
            text = getattr(self, name)
            prefix = []
            if _ASTRAL.search(text):
                prefix = [0] * (len(text) + 1)
                count = 0
                for i, ch in enumerate(text):
                    if ord(ch) > 0xFFFF:
                        count += 1
                    prefix[i + 1] = count
            self._astral[name] = prefix
        return index + prefix[index] if prefix else index

    def span(self, start: int, end: int) -> dict[str, Any]:
        """A SPAN of the contract for Doc offsets [start, end), clipped to one field."""
        name, offset = self.field_of(start)
        text = getattr(self, name)
        s = min(max(start - offset, 0), len(text))
        e = min(max(end - offset, s), len(text))
        return {
            "field": name,
            "start": s,
            "end": e,
            "text": text[s:e],
            "utf16": {"start": self._utf16(name, s), "end": self._utf16(name, e)},
        }
