"""style.outline_heading: essay-outline scaffolding left in a news article.

Generated drafts carry the outline they were written from: "I. Introduction",
"II Background: ...", "Brief background:", "Reason for the visit:", "Conclusion".
A news article's own crossheads ("Reaction", "Aftermath"), bylines, datelines and
captions are not defects. A body line is a heading candidate when it is short, is
its own paragraph-like line and does not end like a sentence. It is outline
scaffolding when it has one of the marks of an outline:

- strong: an outline number ("I.", "II)", "IV", "2.", "B.") in front of a
  title-like line; an essay section word as the whole line or its head
  ("Introduction", "Conclusion", "Overview of ...", "Background and context",
  "Analysis:"); a short label ending in a colon with an essay word
  ("Reason for Putin's visit:", "Importance of the visit:");
- weak: a short Title-Case label ending in a colon ("Security Arrangements:").

Strong headings are `warning`s. Weak ones are `info` alone, and `warning` when the
article has at least `SCAFFOLD_MIN` outline headings in all (an outline, not a
one-off label). Speech introductions ("He said:", "The statement read:") are never
headings. Broken outline numbering (I., then III.) is noted in the evidence.
"""

from __future__ import annotations

import re

import roman
from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS, Block, ends_sentence, is_title_case, lines

CODE = "style.outline_heading"
MAX_WORDS = 14
SCAFFOLD_MIN = 3

# words that title sections of an essay or report, not of a news story
ESSAY_WORDS = {
    "introduction",
    "intro",
    "conclusion",
    "conclusions",
    "concluding",
    "summary",
    "overview",
    "background",
    "context",
    "analysis",
    "discussion",
    "significance",
    "importance",
    "implications",
    "impact",
    "impacts",
    "outcomes",
    "outcome",
    "prospects",
    "challenges",
    "opportunities",
    "takeaways",
    "takeaway",
    "findings",
    "recommendations",
    "reasons",
    "reason",
    "examination",
    "evaluation",
    "assessment",
    "objectives",
    "purpose",
    "thesis",
    "abstract",
    "outline",
    "considerations",
    "perspectives",
    "insights",
    "factors",
    "developments",
    "consequences",
    "recap",
    "remarks",
    "thoughts",
    "points",
    "aspects",
    "issues",
    "highlights",
    "history",
    "role",
    "key",
    "brief",
    "detailed",
    "final",
    "future",
    "potential",
    "recent",
    "overall",
}
# section words that stand as a heading on their own ("Conclusion", "Background and Context")
SECTION_HEADS = {
    "introduction",
    "intro",
    "conclusion",
    "conclusions",
    "summary",
    "overview",
    "background",
    "context",
    "analysis",
    "discussion",
    "examination",
    "evaluation",
    "assessment",
    "recap",
    "outlook",
    "takeaways",
    "final thoughts",
    "key takeaways",
    "key points",
    "in conclusion",
    "in summary",
    "brief background",
    "historical background",
    "historical context",
    "concluding remarks",
    "closing thoughts",
    "executive summary",
    "abstract",
}
# section words that real news uses as crossheads on their own
NEWS_HEADS = {"background", "analysis", "context", "discussion", "outlook", "assessment", "history"}
# heads that open a generic essay heading: "Overview of ...", "Analysis of ...", "Impact on ..."
HEAD_WORDS = {
    "introduction",
    "conclusion",
    "summary",
    "overview",
    "background",
    "context",
    "analysis",
    "examination",
    "evaluation",
    "assessment",
    "significance",
    "importance",
    "implications",
    "impact",
    "impacts",
    "prospects",
    "reasons",
    "reason",
    "outcomes",
    "consequences",
    "challenges",
    "opportunities",
    "recommendations",
    "discussion",
    "brief",
    "detailed",
    "key",
    "potential",
    "future",
    "recent",
    "historical",
}
_SPEECH = re.compile(
    r"\b(said|says|say|told|tells|added|adds|wrote|writes|stated|states|read|reads|asked|asks|"
    r"explained|explains|noted|notes|tweeted|posted|announced|announces|according|include|included|"
    r"includes|following|follows|are|is|was|were|as)\s*:?$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^(?P<num>[IVXLC]{1,6}|\d{1,2}|[A-H])(?P<punct>[.)]|\s)\s*(?=[A-Z“\"‘'])")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _roman(text: str) -> int | None:
    """The value of a well-formed Roman numeral ("IV" -> 4), else None ("IIII", "IC", "")."""
    try:
        return roman.fromRoman(text) if text else None
    except roman.InvalidRomanNumeralError:
        return None


class OutlineHeading:
    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[Block, str, str, dict]] = []
        for line in lines(doc):
            verdict = self._classify(line)
            if verdict is not None:
                found.append((line, *verdict))
                if len(found) >= MAX_FINDINGS:
                    break
        if not found:
            return doc
        # outline numbering: roman or arabic numbers should run 1, 2, 3...
        numbers = [(line, ev["number"]) for line, _, _, ev in found if ev.get("number") is not None]
        expected = 1
        for line, number in numbers:
            ev = next(e for b, _, _, e in found if b is line)
            if number != expected:
                ev["numbering"] = f"expected {expected}, found {number}: the outline numbering is broken"
            expected = number + 1
        scaffold = len(found) >= SCAFFOLD_MIN
        for line, strength, why, evidence in found:
            severity = "warning" if strength == "strong" or scaffold else "info"
            evidence = {"why": why, "strength": strength, "outline_headings": len(found), **evidence}
            report(
                doc,
                Finding(
                    code=CODE,
                    severity=severity,
                    message=(
                        "Essay-outline heading left in the article: news copy does not carry "
                        "the outline it was drafted from. Remove it, or turn it into a real crosshead."
                    ),
                    spans=[(line.start, line.end)],
                    suggestion="",
                    evidence=evidence,
                ),
            )
        return doc

    def _classify(self, line: Block) -> tuple[str, str, dict] | None:
        text = line.text
        if len(text) > 160 or line.words > MAX_WORDS:
            return None
        colon = text.endswith(":")
        if ends_sentence(text) and not colon:
            return None
        if text[0] in "“\"‘'(" or _SPEECH.search(text):
            return None
        evidence: dict = {}
        m = _NUMBER.match(text)
        rest = text
        if m is not None:
            raw = m.group("num")
            number = int(raw) if raw.isdigit() else _roman(raw)
            if raw.isalpha() and len(raw) == 1 and raw not in "IVX":
                number = ord(raw) - ord("A") + 1
            # "I" followed by a space is usually the pronoun: needs a title-like rest
            rest = text[m.end() :]
            rest_words = _WORD.findall(rest)
            # without "." or ")" only a roman numeral counts ("I Putin's Visit: ..."), and
            # only before a labelled heading: "I", "A" and "V" are words too
            bare = m.group("punct").isspace()
            is_roman = _roman(raw) is not None
            labelled = ":" in rest or " ".join(rest_words).casefold() in SECTION_HEADS
            if (
                number is not None
                and rest_words
                and is_title_case(rest_words)
                and (not bare or (is_roman and labelled))
            ):
                evidence["number"] = number
                evidence["marker"] = m.group(0).strip()
                return "strong", "numbered outline heading", evidence
        words = [w.casefold() for w in _WORD.findall(rest)]
        if not words:
            return None
        label = " ".join(words)
        if label in NEWS_HEADS and not colon:
            # a real crosshead in news too: only scaffolding next to other outline headings
            return "weak", "section word used as a crosshead", evidence
        if words[0] in HEAD_WORDS and len(words) >= 2 and words[1] in ESSAY_WORDS and line.words <= 8:
            return "strong", f"heading of essay words '{words[0]} {words[1]}'", evidence
        if label in SECTION_HEADS or (
            len(words) <= 4 and all(w in SECTION_HEADS or w in {"and", "&"} for w in words)
        ):
            return "strong", "essay section word as a heading", evidence
        if (
            words[0] in HEAD_WORDS
            and (len(words) == 1 or words[1] in {"of", "for", "on", "and", "to"})
            and (words[0] in SECTION_HEADS or colon or len(words) >= 3)
        ):
            return "strong", f"heading opens with the essay word '{words[0]}'", evidence
        if colon and line.words <= 8:
            essay = [w for w in words if w in ESSAY_WORDS]
            if essay:
                return "strong", f"short label ending in a colon with the essay word '{essay[0]}'", evidence
            if is_title_case(_WORD.findall(rest)) and line.words <= 5:
                return "weak", "short Title-Case label ending in a colon", evidence
        return None


@Language.factory("copydesk_check_outline_heading")
def make_outline_heading(nlp: Language, name: str) -> OutlineHeading:
    return OutlineHeading()
