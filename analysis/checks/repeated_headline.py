"""artifact.repeated_headline: the headline, or a near copy of it, repeated inside the body.

Scrapers and CMS imports often paste the headline back into the body, at the top or
before every section. A body line is a repetition when, after folding case,
punctuation and spacing, it is at least `THRESHOLD` similar to the title (rapidfuzz
`ratio`), or it is the title followed by a short site suffix ("... | Reuters").
Each body line is compared with the title once, and only lines of comparable length
are compared, so the check is linear in the body.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from analysis.findings import report_removable_line
from analysis.text import MAX_FINDINGS, lines

CODE = "artifact.repeated_headline"
THRESHOLD = 88.0
# headlines longer than this are not headlines; skip rather than compare huge strings
MAX_TITLE = 400
# a repeated headline may carry a short site/section suffix after a separator
_SUFFIX_SEP = re.compile(r"\s+[|\-–—:•·]\s+")
_NON_WORD = re.compile(r"[\W_]+")


def comparison_text(text: str) -> str:
    """The form two lines are compared in: NFKC, case-folded, runs of punctuation as one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


class RepeatedHeadline:
    def __call__(self, doc: Doc) -> Doc:
        title = comparison_text(doc._.article.title)
        if len(title) < 12 or len(title) > MAX_TITLE or len(title.split()) < 3:
            return doc
        low, high = len(title) * 0.75, len(title) * 1.3
        longest = len(doc._.article.title) * 1.3 + 60
        shortest = len(title) * 0.6
        reported = 0
        for line in lines(doc):
            # cheap length filter first: a repetition has about the title's length
            if not shortest <= len(line.text) <= longest:
                continue
            if reported >= MAX_FINDINGS:
                break
            text = comparison_text(line.text)
            how = None
            score = 0.0
            if low <= len(text) <= high:
                score = fuzz.ratio(text, title)
                if score >= THRESHOLD:
                    how = "exact copy" if text == title else "near copy"
            if how is None:
                parts = _SUFFIX_SEP.split(line.text, maxsplit=1)
                if len(parts) == 2 and len(parts[1]) <= 60:
                    head = comparison_text(parts[0])
                    if low <= len(head) <= high:
                        score = fuzz.ratio(head, title)
                        if score >= THRESHOLD:
                            how = "copy with a suffix"
            if how is None:
                continue
            report_removable_line(
                doc,
                line,
                code=CODE,
                severity="error",
                message="The headline is repeated inside the body; remove this line.",
                evidence={"similarity": round(score, 1), "match": how, "title": doc._.article.title},
            )
            reported += 1
        return doc


@Language.factory("copydesk_check_repeated_headline")
def make_repeated_headline(nlp: Language, name: str) -> RepeatedHeadline:
    return RepeatedHeadline()
