"""artifact.stray_punctuation: an unmatched or misplaced quote mark or bracket.

One pass over each paragraph with a small stack:
- brackets ( ) [ ] { } must pair within a paragraph; a closer of the wrong kind
  ("(paraffin}") or with no opener, or an opener never closed, is flagged. List
  markers ("1)", "a)") and emoticons are not brackets;
- curly double quotes “ ” must pair. A quotation may run over several paragraphs:
  news style leaves the quote open at the end of each paragraph and reopens it with
  “ at the start of the next, so an unclosed “ is only flagged when the next
  paragraph does not start with a quote mark. Straight double quotes are paired by
  their position (an opener follows a space, a closer precedes one);
- an opening single quote ‘ at the start of a line followed by a space ("‘ visit"),
  and ‘ used inside a word in place of the apostrophe ("Korea‘s").
The apostrophe ’ and the straight ' are never paired: they are apostrophes far more
often than quotes.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import Edit, Finding, Severity, propose_edit, report
from analysis.text import MAX_FINDINGS, Block, paragraphs

CODE = "artifact.stray_punctuation"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_QUOTE_START = "“\"‘'«"
# "1)", "a)", "iv)" list markers and ":)" / ";)" emoticons
_LIST_MARKER = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\)")
_EMOTICON = re.compile(r"[:;=8]-?[()\[\]]")
_OPEN_AT_START = re.compile(r"(?m)^[ \t]*[‘'“\"][ \t]+(?=[\w“\"‘'])")
_SINGLE_IN_WORD = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")
_RELEVANT = re.compile(r"[()\[\]{}“”\"]")
MAX_REPORTS_PER_PARAGRAPH = 3


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-…"):
        return "close"
    return "either"


class StrayPunctuation:
    def __call__(self, doc: Doc) -> Doc:
        previous: Block | None = None
        before = len(doc._.findings)
        for block in paragraphs(doc):
            if len(doc._.findings) - before >= MAX_FINDINGS:
                return doc
            if previous is not None:
                self._paragraph(doc, previous, block)
            previous = block
        if previous is not None:
            self._paragraph(doc, previous, None)
        return doc

    def _flag(
        self, doc: Doc, spans: list[tuple[int, int]], severity: Severity, message: str, **evidence
    ) -> None:
        report(
            doc,
            Finding(
                code=CODE,
                severity=severity,
                message=message,
                spans=spans,
                suggestion=evidence.pop("suggestion", None),
                evidence=evidence,
            ),
        )

    def _line_starts(self, doc: Doc, text: str, base: int) -> set[int]:
        """Flag quote marks opening a line followed by a space; returns their indices."""
        found = set()
        for m in _OPEN_AT_START.finditer(text):
            i = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
            mark = text[i]
            start = base + i
            if mark in "‘'":
                closed = "’ " in text[m.end() : m.end() + 400] or text.rstrip().endswith("’")
                if mark == "‘" and closed:
                    continue
            found.add(i)
            self._flag(
                doc,
                [(start, start + 1)],
                "error",
                "A stray quote mark starts this line, followed by a space: "
                "it belongs to no quotation (a broken line or link).",
                mark=mark,
                reason="quote mark at line start followed by a space",
                context=text[m.start() : m.start() + 40],
                suggestion="",
            )
            propose_edit(doc, Edit(start, base + m.end(), ""))
        return found

    def _paragraph(self, doc: Doc, block: Block, following: Block | None) -> None:
        text, base = block.text, block.start
        ignore: set[int] = set()
        for m in _LIST_MARKER.finditer(text):
            ignore.add(m.end() - 1)
        for m in _EMOTICON.finditer(text):
            ignore.add(m.end() - 1)
        starts = self._line_starts(doc, text, base)
        ignore.update(starts)
        brackets: list[int] = []
        quote_open: int | None = None
        straight_open: int | None = None
        problems: list[tuple[tuple[int, ...], str, str]] = []  # (marks, message, evidence reason)
        last_close: int | None = None
        for m in _RELEVANT.finditer(text):
            i, ch = m.start(), m.group()
            if i in ignore:
                continue
            if ch in _OPENERS:
                brackets.append(i)
            elif ch in _PAIRS:
                if brackets and text[brackets[-1]] == _PAIRS[ch]:
                    brackets.pop()
                elif brackets:
                    opener = brackets.pop()
                    problems.append(
                        (
                            (opener, i),
                            f"'{text[opener]}' is closed with '{ch}'.",
                            f"mismatched {text[opener]}…{ch}",
                        )
                    )
                else:
                    problems.append(((i,), f"'{ch}' closes a bracket that was never opened.", "unopened"))
            elif ch == "“":
                if quote_open is not None:
                    # one of the two openers is stray: show both
                    problems.append(
                        ((quote_open, i), "A quotation is opened twice without being closed.", "“ … “")
                    )
                quote_open = i
            elif ch == "”":
                if quote_open is None:
                    marks = (last_close, i) if last_close is not None else (i,)
                    problems.append((marks, "'”' closes a quotation that was never opened.", "unopened ”"))
                quote_open = None
                last_close = i
            else:  # straight double quote
                role = _straight_role(text, i)
                if straight_open is None and role != "close":
                    straight_open = i
                elif straight_open is not None and role != "open":
                    straight_open = None
                elif straight_open is not None:  # two openers in a row: one is stray
                    problems.append(
                        ((straight_open, i), "A quotation is opened twice without being closed.", '" … "')
                    )
                    straight_open = i
                else:
                    problems.append(((i,), "This closing quote mark has no opening one.", 'unopened "'))
        continued = following is not None and following.text[0] in _QUOTE_START
        for i in brackets:
            problems.append(((i,), f"'{text[i]}' is never closed in this paragraph.", "unclosed bracket"))
        if quote_open is not None and not continued:
            problems.append(((quote_open,), "This quotation is never closed.", "unclosed “"))
        if straight_open is not None and not continued:
            problems.append(((straight_open,), "This quotation is never closed.", 'unclosed "'))
        for marks, message, reason in sorted(problems)[:MAX_REPORTS_PER_PARAGRAPH]:
            i = marks[-1]
            self._flag(
                doc,
                [(base + k, base + k + 1) for k in marks],
                "warning",
                f"Unbalanced punctuation: {message}",
                mark="".join(text[k] for k in marks),
                reason=reason,
                context=text[max(0, marks[0] - 30) : i + 30],
            )
        for m in _SINGLE_IN_WORD.finditer(text):
            self._flag(
                doc,
                [(base + m.start(), base + m.end())],
                "warning",
                "An opening quote mark ‘ is used as an apostrophe inside a word; it should be ’.",
                mark="‘",
                reason="opening quote inside a word",
                context=text[max(0, m.start() - 20) : m.end() + 20],
                suggestion="’",
            )
            propose_edit(doc, Edit(base + m.start(), base + m.end(), "’"))


@Language.factory("copydesk_check_stray_punctuation")
def make_stray_punctuation(nlp: Language, name: str) -> StrayPunctuation:
    return StrayPunctuation()
