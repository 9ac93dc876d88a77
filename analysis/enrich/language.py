"""Language identification: copydesk analyses English; other text is marked unsupported."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs
from spacy.language import Language
from spacy.tokens import Doc

SUPPORTED = "en"
SAMPLE_CHARS = 5000  # enough to identify a language; keeps long bodies cheap
MIN_LETTERS = 20  # below this, no language can be told: "und", analysed as English

DetectorFactory.seed = 0  # langdetect is randomised; the same text must give the same answer


def identify(text: str) -> tuple[str, float]:
    sample = text[:SAMPLE_CHARS]
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
