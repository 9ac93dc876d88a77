"""artifact.orphan_fragment: a sentence broken across paragraphs by a short fragment.

Scraped link text and inline markup often come out on lines of their own:

    ... both nations are seeking
    strengthened alliances and diplomatic relations
    in the face of increasing tensions with the West.

A line (usually a paragraph of its own) is an orphan fragment when it is short, the
line before it stops mid-sentence (no sentence-final punctuation), and the line after
it carries on the same sentence (starts lower-case or with punctuation such as "." or
","). When the next line starts upper-case the break is only taken as mid-sentence if
the previous line ends in a function word ("of", "the", "for"), which headings and
finished sentences do not, and the fragment starts lower-case. Lines broken by single
newlines must also be much shorter than their neighbours (hard-wrapped text is not
broken). Each line is looked at once with its two neighbours.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import Edit, Finding, propose_edit, report
from analysis.text import MAX_FINDINGS, Block, body_of, ends_sentence, is_title_case, lines, title_words

CODE = "artifact.orphan_fragment"
MAX_WORDS = 10
MAX_CHARS = 90
# a continuation paragraph starting with one of these joins without a space
_TIGHT = ".,;:!?)]}”’…%"
_CONTINUES = _TIGHT + "‘“\"'(-–—"
# function words that cannot end a sentence: a paragraph ending in one stops mid-sentence
_DANGLING = {
    w
    for w in STOP_WORDS
    if w
    not in {
        "it",
        "them",
        "him",
        "her",
        "me",
        "us",
        "you",
        "this",
        "that",
        "these",
        "those",
        "too",
        "also",
        "again",
        "well",
        "here",
        "there",
        "now",
        "then",
        "so",
        "yet",
        "still",
        "ever",
        "out",
        "up",
        "down",
        "off",
        "over",
        "on",
        "in",
        "together",
        "else",
        "elsewhere",
        "everything",
        "nothing",
        "something",
        "anything",
        "everyone",
        "someone",
        "anyone",
        "none",
        "alone",
        "instead",
        "otherwise",
        "however",
        "though",
        "thereafter",
        "already",
        "enough",
        "more",
        "less",
        "least",
        "most",
        "much",
        "many",
        "few",
        "several",
        "all",
        "both",
        "either",
        "neither",
        "each",
        "own",
        "same",
        "first",
        "last",
        "once",
        "twice",
        "back",
        "around",
        "beforehand",
        "afterwards",
        "yourself",
        "himself",
        "herself",
        "itself",
        "myself",
        "ourselves",
        "themselves",
        "yourselves",
        "mine",
        "yours",
        "hers",
        "ours",
        "theirs",
        "please",
        "see",
        "whom",
        "why",
        "how",
        "what",
        "where",
        "when",
        "who",
        "which",
        "whatever",
        "wherever",
        "whenever",
        "whoever",
        "whether",
        "nobody",
        "somewhere",
        "anywhere",
        "everywhere",
        "nowhere",
        "become",
        "became",
        "becomes",
        "being",
        "been",
        "be",
        "is",
        "are",
        "was",
        "were",
        "am",
        "do",
        "does",
        "did",
        "done",
        "say",
        "said",
        "made",
        "make",
        "get",
        "go",
        "give",
        "take",
        "call",
        "show",
        "put",
        "move",
        "keep",
        "seem",
        "seems",
        "seemed",
        "part",
        "side",
        "top",
        "bottom",
        "front",
        "name",
        "full",
        "empty",
        "amount",
        "thus",
        "hence",
        "indeed",
        "perhaps",
        "rather",
        "quite",
        "almost",
        "always",
        "never",
        "sometimes",
        "often",
        "below",
        "above",
        "along",
        "behind",
        "beyond",
        "latter",
        "former",
        "besides",
        "meanwhile",
        "moreover",
        "nevertheless",
        "really",
        "regarding",
        "various",
        "ca",
        "n't",
        "'s",
        "re",
        "'re",
        "ve",
        "'ve",
        "ll",
        "'ll",
        "'d",
        "'m",
        "serious",
        "fifteen",
        "fifty",
        "forty",
        "eleven",
        "twelve",
        "twenty",
        "sixty",
        "hundred",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "one",
        "two",
        "third",
        "noone",
        "not",
        "no",
        "nor",
        "only",
        "very",
        "just",
        "even",
    }
}


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].strip("\"'“”‘’()[]").casefold() if words else ""


def _mid_sentence_start(text: str) -> bool:
    first = text[0]
    return first.islower() or first in _CONTINUES


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def _sentence_tail(text: str) -> str:
    """The unfinished last sentence of text (at most ~200 characters)."""
    tail = text[-200:]
    last = None
    for match in _SENTENCE_END.finditer(tail):
        last = match
    if last is not None:
        return tail[last.end() :]
    return tail if len(text) <= 200 else "…" + tail.split(" ", 1)[-1]


def _sentence_head(text: str) -> str:
    """The first sentence of text (at most ~200 characters)."""
    head = text[:200]
    m = _SENTENCE_END.search(head)
    if m is not None:
        return head[: m.end()].rstrip()
    return head if len(text) <= 200 else head.rsplit(" ", 1)[0] + "…"


def _rejoin(parts: list[str]) -> str:
    out = parts[0]
    for part in parts[1:]:
        out += part if part[0] in _TIGHT else " " + part
    return out


class OrphanFragment:
    def __call__(self, doc: Doc) -> Doc:
        seen_edits: set[int] = set()
        window: list[Block] = []
        flagged: Block | None = None
        reported = 0
        for block in lines(doc):
            if reported >= MAX_FINDINGS:
                return doc
            window.append(block)
            if len(window) > 3:
                window.pop(0)
            # the rest of a sentence after a flagged fragment is part of the same break
            if len(window) == 3 and window[0] is not flagged and self._check(doc, *window, seen_edits):
                flagged = window[1]
                reported += 1
        # the last line of the body has no next line: it can only finish the sentence
        if len(window) >= 2 and window[-2] is not flagged:
            self._check(doc, window[-2], window[-1], None, seen_edits)
        return doc

    def _check(self, doc: Doc, prev: Block, frag: Block, nxt: Block | None, seen: set[int]) -> bool:
        if frag.words > MAX_WORDS or len(frag.text) > MAX_CHARS or ends_sentence(prev.text):
            return False
        if not any(c.isalnum() for c in frag.text):
            return False
        body, offset = body_of(doc)
        until = nxt.start if nxt is not None else frag.end
        single = "\n\n" not in body[prev.end - offset : until - offset].replace(" ", "").replace("\t", "")
        # lines broken by single newlines: hard-wrapped text has lines of about the same
        # width; a fragment is much shorter than its neighbours
        widest = max(len(prev.text), len(nxt.text) if nxt is not None else 0)
        # (and the last, short line of a wrapped paragraph is where a sentence ends anyway)
        if single and (len(frag.text) >= 0.6 * widest or nxt is None or ends_sentence(frag.text)):
            return False
        # the previous line must be a sentence in progress, not a heading, label or quote mark
        if prev.text[0] in "‘“\"'" and prev.words < 3:
            return False
        last = prev.text.rstrip()[-1]
        dangling = _last_word(prev.text) in _DANGLING or last in ",–—-("
        heading_like = not dangling and (prev.words < 4 or is_title_case(title_words(prev.text)))
        frag_lower = frag.text[0].islower() or frag.text[0] in _CONTINUES
        frag_dangles = _last_word(frag.text) in _DANGLING or frag.text[-1] in ",–—-("
        closes = ends_sentence(frag.text)
        if closes:
            # the fragment is the end of the sentence: "... to receive / the Medal of Science."
            if not (dangling or (frag_lower and not heading_like)):
                return False
            strength = "the fragment finishes the sentence the previous line leaves open"
        elif nxt is None:
            return False
        elif _mid_sentence_start(nxt.text):
            if not (frag_lower or dangling or prev.words >= 4):
                return False
            strength = "next line continues the sentence"
        elif not heading_like and (dangling or frag_lower or frag_dangles):
            strength = "previous line stops mid-sentence and the fragment cannot stand alone"
        else:
            return False
        # rejoined sentence: the tail of prev, the fragment, the head of next
        prev_tail = _sentence_tail(prev.text)
        next_head = _sentence_head(nxt.text) if nxt is not None else ""
        suggestion = _rejoin([prev_tail, frag.text] if closes else [prev_tail, frag.text, next_head])
        report(
            doc,
            Finding(
                code=CODE,
                severity="error",
                message=(
                    "This fragment is cut off from its sentence by paragraph breaks "
                    "(typically scraped link text); join it back into the sentence."
                ),
                spans=[(frag.start, frag.end)],
                suggestion=suggestion,
                evidence={
                    "previous_ends_with": prev.text[-30:],
                    "next_starts_with": nxt.text[:30] if nxt is not None else None,
                    "fragment_words": frag.words,
                    "why": strength,
                },
            ),
        )
        pairs = [(prev, frag)] if closes or nxt is None else [(prev, frag), (frag, nxt)]
        for left, right in pairs:
            if left.end in seen:
                continue
            seen.add(left.end)
            propose_edit(doc, Edit(left.end, right.start, "" if right.text[0] in _TIGHT else " "))
        return True


@Language.factory("copydesk_check_orphan_fragment")
def make_orphan_fragment(nlp: Language, name: str) -> OrphanFragment:
    return OrphanFragment()
