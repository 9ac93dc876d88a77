"""Language identification: copydesk analyses English; other text is marked unsupported.

Most articles are plainly English: when English function words ("the", "of", "which", ...)
make up at least a tenth of the sample's words, the answer is English with confidence 1.0
and langdetect does not run (on the 150 corpus articles langdetect's confidence rounds to
1.0 on every one; in spaCy's example sentences for 60+ other languages those words are under
1 % of the words). Any other text goes to langdetect, seeded.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect_langs
from spacy.language import Language
from spacy.tokens import Doc

SUPPORTED = "en"
SAMPLE_CHARS = 5000  # enough to identify a language; keeps long bodies cheap
MIN_LETTERS = 20  # below this, no language can be told: "und", analysed as English

DetectorFactory.seed = 0  # langdetect is randomised; the same text must give the same answer

# words frequent in English and rare in any other language's text (not "in", "a", "on", "was",
# which other languages use): their share of the words says "English" without langdetect
ENGLISH_WORDS = frozenset((
    "the", "of", "and", "with", "that", "which", "has", "have", "had", "from", "this", "said",
    "been", "would", "their", "they", "there", "who", "were",
))  # fmt: skip
ENGLISH_SHARE = 0.10  # at least this share of the words are ENGLISH_WORDS: English
MIN_WORDS = 40  # fewer words than this: leave it to langdetect
_WORD = re.compile(r"[^\W\d_]+")


def plainly_english(sample: str) -> bool:
    """True when English function words are at least ENGLISH_SHARE of the sample's words."""
    words = _WORD.findall(sample.lower())
    return len(words) >= MIN_WORDS and sum(w in ENGLISH_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def identify(text: str) -> tuple[str, float]:
    sample = text[:SAMPLE_CHARS]
    if plainly_english(sample):
        return SUPPORTED, 1.0
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "und", 0.0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return "und", 0.0
    return best.lang, round(best.prob, 3)


class LanguageIdentifier:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        code, confidence = identify(article.body or article.title)
        hint = (article.language_hint or "").lower().split("-")[0]
        supported = code in (SUPPORTED, "und") and hint in ("", SUPPORTED)
        doc._.language = {"code": code, "confidence": confidence, "supported": supported}
        doc._.supported = supported
        return doc


@Language.factory("copydesk_language")
def make_language(nlp: Language, name: str) -> LanguageIdentifier:
    return LanguageIdentifier()


def unsupported_reason(result: dict) -> str | None:
    """Why a result cannot stand as an analysis (a language copydesk does not analyse), or None."""
    language = result["language"]
    if language.get("supported", True):
        return None
    return (
        f"the article's language is '{language['code']}' (confidence {language['confidence']}); "
        "copydesk analyses English only"
    )
