"""claim.unattributed: fills `doc._.claims` and flags high-scoring claims with no source.

Every body sentence (cut at line breaks, so a heading glued to a sentence does not
count) gets a check-worthiness score from what a fact-checker would check:

| feature | weight |
|---|---|
| a number that is not a date (CARDINAL, QUANTITY, MONEY, PERCENT; not "two", "3") | 0.4 |
| money, a percentage or a quantity with a unit | +0.2 |
| a large figure (thousands, millions) | +0.1 |
| a superlative or a "first / only / record" | 0.25 |
| a causal link ("because", "led to", "due to", "as a result") | 0.25 |
| a prediction ("will", "expected to", "forecast") | 0.15 |

Sentences scoring 0.35 or more are claims. A claim is `attributed` when its
sentence or the next names a source: "according to", a reporting verb (said, told,
reported, announced, confirmed, estimated...), or a quote with its speaker.
Findings (severity `info`) are raised for unattributed claims scoring 0.6 or
more, at most `MAX_FINDINGS` per article, highest first. Direct quotes are never
flagged: the quote itself is the source's claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from analysis.checks._quotes import Quotes
from analysis.findings import Finding, report
from analysis.text import span_text

CODE = "claim.unattributed"
CLAIM_THRESHOLD = 0.35
FINDING_THRESHOLD = 0.6
# findings per article: the most check-worthy unsourced claims, not every figure of a
# number-heavy piece (an election or budget story would otherwise be all findings)
MAX_FINDINGS = 2

NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
UNIT_LABELS = frozenset({"QUANTITY", "MONEY", "PERCENT"})
REPORTING = frozenset(
    {
        "say",
        "tell",
        "report",
        "state",
        "announce",
        "claim",
        "confirm",
        "estimate",
        "add",
        "note",
        "explain",
        "warn",
        "write",
        "acknowledge",
        "allege",
        "cite",
        "quote",
        "insist",
        "argue",
        "accuse",
        "deny",
        "reveal",
        "indicate",
        "publish",
        "describe",
        "tweet",
        "post",
        "testify",
        "predict",
        "declare",
        # findings and measurements: "the researchers found", "polls showed", "RealClearPolitics measured"
        "find",
        "show",
        "measure",
        "suggest",
        "conclude",
        "record",
        "count",
        "calculate",
        "expect",
        "credit",
        "read",
        "project",
        "survey",
        "poll",
        "issue",
        "release",
    }
)
# a source named as a noun: "the National Hurricane Center's update had…", "the study's data"
SOURCE_NOUNS = frozenset(
    {
        "update",
        "report",
        "study",
        "survey",
        "poll",
        "data",
        "estimate",
        "figure",
        "statement",
        "census",
        "analysis",
        "forecast",
        "research",
        "researcher",
        "record",
        "statistic",
        "advisory",
        "bulletin",
    }
)
# sentences that state a rule or a definition, not a claim: "a category 3 hurricane must sustain
# winds of 111 mph", "at least 1,991 delegates are needed", "in order for … to"
_RULE = re.compile(
    r"\b(?:must|in order (?:for|to)|(?:is|are) (?:needed|required)|needs? to|eligible|cut-?off|"
    r"threshold|defined as|classification|classif(?:y|ied|ying))\b|^for (?:a|an|the) \w+ to\b",
    re.I,
)
# scheduled and planned facts: "is to be completed by", "were scheduled to", "the planned pipeline"
_SCHEDULED = re.compile(r"\b(?:scheduled|planned|is to|are to|is due to|are due to|slated)\b", re.I)
# a court's verdict or sentence the article reports: "was sentenced to 73 months", "a fine of $86,000"
VERDICT_VERBS = frozenset({"sentence", "convict", "acquit", "fine", "charge", "indict", "plead"})
# results of a vote the article reports: "won with 25.7% of the vote", "secured 39 delegates"
RESULT_NOUNS = frozenset({"vote", "delegate", "ballot", "seat", "primary", "voter", "turnout", "election"})
RESULT_VERBS = frozenset(
    {"win", "receive", "secure", "come", "earn", "take", "get", "have", "lead", "finish", "award", "vote"}
)
_ACCORDING = re.compile(
    r"\b(?:according to|citing|cited by|per the|sources? (?:say|said)|reportedly|"
    r"as (?:revealed|reported|shown|announced|stated|confirmed|estimated) (?:by|in|at)|data (?:from|by))\b",
    re.I,
)
_CAUSAL = re.compile(
    r"\b(?:because|due to|led to|leading to|lead to|caused|causing|as a result|resulted in|result of|"
    r"contributed to|owing to|thanks to|blamed on|triggered)\b",
    re.I,
)
_PREDICT = re.compile(r"\b(?:will|expected to|forecast|projected to|likely to|set to|is poised to)\b", re.I)
_FIRSTS = re.compile(
    r"\b(?:first|only|record|unprecedented|largest|biggest|highest|lowest|worst|best)\b", re.I
)
_LARGE = re.compile(r"\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?\s*(?:million|billion|trillion)\b|\b\d{4,}\b", re.I)
_SMALL = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|both|a few|several|\d)", re.I)
_QUOTES = '"“”'
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*[^\s\n][^\n]*)*")


def _segments(sent: Span) -> list[Span]:
    """A sentence cut at line breaks, each piece trimmed of whitespace."""
    doc = sent.doc
    out, start = [], sent.start
    for tok in sent:
        if "\n" in tok.text or (tok.is_space and "\n" in tok.whitespace_):
            if tok.i > start:
                out.append(doc[start : tok.i])
            start = tok.i + 1
        elif "\n" in tok.whitespace_:
            out.append(doc[start : tok.i + 1])
            start = tok.i + 1
    if start < sent.end:
        out.append(doc[start : sent.end])
    trimmed = []
    for seg in out:
        s, e = seg.start, seg.end
        while s < e and (doc[s].is_space or doc[s].is_punct and doc[s].text not in _QUOTES):
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if e - s >= 6:
            trimmed.append(doc[s:e])
    return trimmed


def _numbers_in(seg: Span, number_ents: list[Span], starts: list[int]) -> list[Span]:
    """The number entities inside `seg`, found by bisection (`Span.ents` scans every entity
    of the Doc, which made this check quadratic in the article's length)."""
    found = []
    for i in range(bisect_left(starts, seg.start), len(number_ents)):
        ent = number_ents[i]
        if ent.start >= seg.end:
            break
        if ent.end <= seg.end:
            found.append(ent)
    return found


def score(seg: Span, numbers: list[Span]) -> tuple[float, list[str]]:
    text = span_text(seg)
    reasons = []
    value = 0.0
    numbers = [e for e in numbers if not _SMALL.fullmatch(e.text.strip())]
    labels = {e.label_ for e in numbers}
    if labels:
        value += 0.4
        reasons.append("number")
        if labels & UNIT_LABELS:
            value += 0.2
            reasons.append("quantity")
        if _LARGE.search(" ".join(e.text for e in numbers)):
            value += 0.1
            reasons.append("large figure")
    if any(t.tag_ in ("JJS", "RBS") for t in seg) or _FIRSTS.search(text):
        value += 0.25
        reasons.append("superlative")
    if _CAUSAL.search(text):
        value += 0.25
        reasons.append("causal")
    if _PREDICT.search(text):
        value += 0.15
        reasons.append("prediction")
    return round(min(value, 1.0), 2), reasons


def _named(t: Token) -> bool:
    """The noun is a subject or has a possessor ("the ministry's figures")."""
    return t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" for c in t.children)


def _has_source(seg: Span) -> bool:
    """A source named in the segment: "according to", or a reporting verb anywhere in it with a
    subject or an agent ("polling averages measured by RealClearPolitics showed", "the
    researchers also found"), not a bare passive ("was forecast to")."""
    if _ACCORDING.search(span_text(seg)):
        return True
    for t in seg:
        lemma = t.lemma_.lower()
        if lemma in SOURCE_NOUNS and t.pos_ == "NOUN" and _named(t):
            return True
        if lemma in REPORTING and t.pos_ in ("VERB", "AUX"):
            if lemma in ("say", "tell", "report", "announce", "state", "claim", "confirm"):
                return True
            if any(c.dep_ in ("nsubj", "agent", "csubj") for c in t.children) or t.dep_ in ("acl", "relcl"):
                return True
    return False


def left_alone(seg: Span) -> str | None:
    """Why a claim is not worth an editor's look even without a source, or None."""
    text = span_text(seg)
    if _RULE.search(text):
        return "rule"
    if _SCHEDULED.search(text):
        return "scheduled"
    lemmas = {t.lemma_.lower() for t in seg}
    if lemmas & RESULT_NOUNS and lemmas & RESULT_VERBS:
        return "result"
    if lemmas & VERDICT_VERBS:
        return "verdict"
    return None


def claims(doc: Doc) -> list[tuple[dict[str, Any], list[str], bool]]:
    article = doc._.article
    body_start = article.body_start
    quotes = Quotes(article.body, body_start)
    # paragraph starts: a source named earlier in the paragraph covers the sentences after it
    paragraph_starts = [body_start + m.start() for m in _PARAGRAPH.finditer(article.body)]
    segments: list[Span] = []
    for sent in doc.sents:
        if sent.end_char <= body_start:
            continue
        segments.extend(s for s in _segments(sent) if s.start_char >= body_start)
    number_ents = [e for e in doc.ents if e.label_ in NUMBER_LABELS]
    starts = [e.start for e in number_ents]
    out = []
    sourced_paragraph = -1
    for n, seg in enumerate(segments):
        paragraph = bisect_left(paragraph_starts, seg.start_char + 1) - 1
        has_source = _has_source(seg)
        if has_source:
            sourced_paragraph = paragraph
        value, reasons = score(seg, _numbers_in(seg, number_ents, starts))
        if value < CLAIM_THRESHOLD:
            continue
        nxt = segments[n + 1] if n + 1 < len(segments) else None
        attributed = has_source or (nxt is not None and _has_source(nxt)) or sourced_paragraph == paragraph
        text = span_text(seg)
        quoted = any(q in text for q in _QUOTES) or quotes.inside(seg.start_char)
        if not attributed and not quoted and left_alone(seg):
            quoted = True  # not flagged, still listed among the claims
        entry = {
            "text": text,
            "span": (seg.start_char, seg.end_char),
            "checkworthiness": value,
            "attributed": attributed,
        }
        out.append((entry, reasons, quoted))
    return out


class ClaimUnattributed:
    def __call__(self, doc: Doc) -> Doc:
        found = claims(doc)
        doc._.claims = [entry for entry, _, _ in found]
        flagged = [
            (entry, reasons)
            for entry, reasons, quoted in found
            if not entry["attributed"] and not quoted and entry["checkworthiness"] >= FINDING_THRESHOLD
        ]
        flagged.sort(key=lambda x: (-x[0]["checkworthiness"], x[0]["span"]))
        for entry, reasons in flagged[:MAX_FINDINGS]:
            report(
                doc,
                Finding(
                    code=CODE,
                    severity="info",
                    message=(
                        "This factual claim ("
                        + ", ".join(reasons)
                        + ") names no source in its sentence or the next. Say who says so."
                    ),
                    spans=[entry["span"]],
                    suggestion=None,
                    evidence={"checkworthiness": entry["checkworthiness"], "features": reasons},
                ),
            )
        return doc


@Language.factory("copydesk_check_claim_unattributed")
def make_claim_unattributed(nlp: Language, name: str) -> ClaimUnattributed:
    return ClaimUnattributed()
