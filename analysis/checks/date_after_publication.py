"""date.after_publication: a past, real event dated after the article was published.

"Died on March 26" in a piece published on 26 February cannot be true: either the
date or the tense is wrong. Each date of `doc._.timeline` that starts more than a
day after `published_at` (a day of slack for time zones) is checked against the
verb it dates, found through the parse: the date's head is a verb directly (a
temporal modifier, "died March 26") or through "on", "in", "at", "during" or "since"
("died on March 26"). The event is *realis* when that verb is past or perfect
(Tense=Past, "has died", "was killed", "the meeting held on…") and not:

- under a modal or future auxiliary ("will", "would", "could", "may"…);
- negated ("did not die");
- in a plan: governed through xcomp/ccomp/conj/advcl by "scheduled", "plans",
  "expected", "set", "due", "intends", "agreed"…, or in an "if" clause;
- a date of something that is not an event verb (a noun: "the March 26 vote").

Dates reached through "by", "until", "for", "before" or "to" look ahead and are left
alone, as are relative dates ("Monday", already resolved against `published_at`). A
yearless date gets the year nearest `published_at` (see `_when`), and counts only
when it falls within two months after it and its sentence names no year ("In 2019,
… on February 6"): a month named without a year ("in December") from September
more likely means the last one. Without
`published_at` there is no finding.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from analysis.checks._when import MONTHS, explicit, has_year, interval
from analysis.dates import normalise
from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS

CODE = "date.after_publication"
SLACK = dt.timedelta(days=1)
YEARLESS_WINDOW = dt.timedelta(days=62)
PREPOSITIONS = frozenset({"on", "in", "at", "during", "since", "of"})
MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "wo"})
PLAN_LEMMAS = frozenset(
    {
        "schedule",
        "plan",
        "expect",
        "set",
        "due",
        "intend",
        "aim",
        "hope",
        "propose",
        "postpone",
        "delay",
        "reschedule",
        "slate",
        "agree",
        "promise",
        "vow",
        "threaten",
        "want",
        "seek",
        "prepare",
        "likely",
        "able",
    }
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(rf"\b(?:{_DAY}\s+(?:{MONTHS})|(?:{MONTHS})\.?\s+{_DAY})\b(?!,?\s*\d)")
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp"})


def governor(date_root: Token) -> Token | None:
    """The verb a date expression dates, or None when it dates a noun or looks ahead."""
    tok = date_root
    if tok.dep_ == "pobj":
        prep = tok.head
        if prep.lower_ not in PREPOSITIONS:
            return None
        tok = prep
    elif tok.dep_ not in ("npadvmod", "tmod", "obl", "advmod", "nmod"):
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _modal_or_negated(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("aux", "auxpass") and (child.tag_ == "MD" or child.lower_ in MODALS):
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    return False


def realis(verb: Token) -> bool:
    """True when `verb` is a past or perfect event that the text says happened."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    perfect = any(a.lemma_ == "have" for a in aux)
    past_aux = any(a.tag_ == "VBD" for a in aux)
    if verb.tag_ == "VBD":
        past = True
    elif verb.tag_ == "VBN":
        # "has died", "was killed", or a reduced clause: "the meeting held on…"
        past = perfect or past_aux or (not aux and verb.dep_ in ("acl", "advcl", "conj"))
    else:
        past = past_aux or perfect  # "was being held"
    if not past:
        return False
    if verb.lemma_.lower() in PLAN_LEMMAS or _modal_or_negated(verb):
        return False
    cur = verb
    for _ in range(4):
        if cur.dep_ not in _CLAUSE_LINKS or cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in PLAN_LEMMAS or _modal_or_negated(cur):
            return False
    return True


class DateAfterPublication:
    @staticmethod
    def _yearless(doc: Doc, anchor: dt.datetime) -> list[dict]:
        """Day-and-month dates the timeline does not hold ("on 9 November" that the model's NER
        missed), normalised by the same normaliser."""
        text = doc._.article.text
        covered = [entry["span"] for entry in doc._.timeline]
        out = []
        for m in _DAY_MONTH.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in covered):
                continue
            value = normalise(m.group(), anchor)
            if value is not None and value.granularity == "day":
                out.append({"text": m.group(), "span": (m.start(), m.end()), "_date": value})
        return out

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        if article.published_at is None:
            return doc
        published = article.published_at.date()
        reported = 0
        for entry in doc._.timeline + self._yearless(doc, article.published_at):
            if reported >= MAX_FINDINGS:
                break
            value = entry["_date"]
            if not explicit(entry["text"]):
                continue
            days = interval(entry["text"], value, published)
            if days is None or days[0] <= published + SLACK:
                continue
            span = doc.char_span(*entry["span"], alignment_mode="expand")
            if span is None:
                continue
            if not has_year(entry["text"]):
                # a yearless date is only placed after publication when it is close after it, and
                # takes the year its sentence names ("In 2019 … on February 6")
                if days[0] - published > YEARLESS_WINDOW:
                    continue
                sent = span.sent
                if any(has_year(e.text) for e in sent.ents if e.label_ == "DATE"):
                    continue
            verb = governor(span.root)
            if verb is None or not realis(verb):
                continue
            sent = verb.sent
            report(
                doc,
                Finding(
                    code=CODE,
                    severity="error",
                    message=(
                        f"“{verb.text}” tells of something that already happened, but it is dated "
                        f"{days[0].isoformat()}, after the article was published ({published.isoformat()}). "
                        "Check the date or the tense."
                    ),
                    spans=[entry["span"]],
                    suggestion=None,
                    evidence={
                        "date": entry["text"],
                        "resolved": days[0].isoformat(),
                        "published_at": published.isoformat(),
                        "event": verb.lemma_,
                        "sentence": sent.text.strip()[:300],
                    },
                ),
            )
            reported += 1
        return doc


@Language.factory("copydesk_check_date_after_publication")
def make_date_after_publication(nlp: Language, name: str) -> DateAfterPublication:
    return DateAfterPublication()
