"""Shared helpers for the hygiene checks: lines and paragraphs of the body in Doc offsets.

Everything here is a single linear pass over the body text (regex `finditer`), so the
checks built on it stay linear on hostile inputs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

_LINE = re.compile(r"[^\n]+")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t\r\f\v]*[^\s][^\n]*)*")

# a check stops reporting after this many findings in one article: a hostile input must
# not produce an unbounded result (the editor cannot act on more anyway)
MAX_FINDINGS = 200

# sentence-final punctuation, including closing quotes/brackets that end a sentence
TERMINAL = ".!?…:;"
CLOSERS = "\"'”’)]»"


@dataclass(frozen=True)
class Block:
    """A stretch of body text, in Doc offsets, with surrounding whitespace stripped."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def text_of(doc: Doc) -> str:
    """The Doc's text, from its article: `Doc.text` rebuilds the string from every token on
    each access (the tokenizer keeps the text exactly, so the two are equal)."""
    return doc._.article.text


def span_text(span: Span) -> str:
    """`Span.text` without joining its tokens again (it is the same slice of the Doc's text)."""
    return text_of(span.doc)[span.start_char : span.end_char]


class EntityIndex:
    """The Doc's entities, listed once, and `Span.ents` of any span by bisection.

    `Span.ents` (and `Doc.ents`) build a Span for every entity of the Doc on each call: asked
    once per sentence, that is quadratic in the article's length.
    """

    def __init__(self, doc: Doc) -> None:
        self.ents = doc.ents
        self.starts = [e.start for e in self.ents]

    def within(self, span: Span) -> list[Span]:
        """What `span.ents` returns: from the first entity starting in the span, while each ends in it."""
        out = []
        for i in range(bisect_left(self.starts, span.start), len(self.ents)):
            ent = self.ents[i]
            if ent.end > span.end:
                break
            out.append(ent)
        return out


def body_of(doc: Doc) -> tuple[str, int]:
    article = doc._.article
    return article.body, article.body_start


def _stripped(text: str, offset: int, m: re.Match) -> Block | None:
    raw = m.group()
    left = len(raw) - len(raw.lstrip())
    right = len(raw.rstrip())
    if right <= left:
        return None
    return Block(offset + m.start() + left, offset + m.start() + right, raw[left:right])


def lines(doc: Doc) -> Iterator[Block]:
    """Non-blank lines of the body."""
    body, offset = body_of(doc)
    for m in _LINE.finditer(body):
        block = _stripped(body, offset, m)
        if block is not None:
            yield block


def paragraphs(doc: Doc) -> Iterator[Block]:
    """Paragraphs of the body: runs of non-blank lines separated by blank lines."""
    body, offset = body_of(doc)
    for m in _PARAGRAPH.finditer(body):
        block = _stripped(body, offset, m)
        if block is not None:
            yield block


def ends_sentence(text: str) -> bool:
    """True when text ends like a finished sentence (or a label ending in a colon)."""
    stripped = text.rstrip(CLOSERS + " ")
    return bool(stripped) and stripped[-1] in TERMINAL


def removal_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Doc range that removes the line [start, end) together with one neighbouring line break run.

    Removes the line and the whitespace after it up to the next content; at the end of
    the body, the whitespace before it instead, so no dangling blank lines are left.
    """
    body, offset = body_of(doc)
    s, e = start - offset, end - offset
    # extend over trailing spaces on the same line
    n = len(body)
    after = e
    while after < n and body[after].isspace():
        after += 1
    if after < n:
        # keep the line start of the next content: remove up to it
        line_start = s
        while line_start > 0 and body[line_start - 1] in " \t":
            line_start -= 1
        return offset + line_start, offset + after
    before = s
    while before > 0 and body[before - 1].isspace():
        before -= 1
    return offset + before, offset + n


# words a headline or label keeps lower-case in Title Case ("Reason for the Visit")
TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "vs", "as"}
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def title_words(text: str) -> list[str]:
    """The words of text (letters first; digits and underscores never start one)."""
    return _TITLE_WORD.findall(text)


def is_title_case(words: list[str]) -> bool:
    """True when at least 3/4 of the words, small words aside, start with a capital."""
    content = [w for w in words if w.casefold() not in TITLE_SMALL_WORDS]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.75 * len(content)
