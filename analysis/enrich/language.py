"""Language identification: copydesk analyses English; other text is marked unsupported."""

from __future__ import annotations

from functools import cache

from lingua import Language as Lingua
from lingua import LanguageDetector, LanguageDetectorBuilder
from spacy.language import Language
from spacy.tokens import Doc

SUPPORTED = "en"
SAMPLE_CHARS = 5000  # enough to identify a language; keeps long bodies cheap
MIN_LETTERS = 20  # below this, no language can be told: "und", analysed as English
# the languages a newsroom is likely to be sent; a text in another one is named after the
# closest of these (what matters is that it is not English). bench/language.py measured this
# set against langdetect and against all of lingua's 75 languages.
LANGUAGES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "POLISH", "CZECH", "ROMANIAN", "HUNGARIAN", "GREEK", "RUSSIAN",
    "UKRAINIAN", "TURKISH", "ARABIC", "HEBREW", "PERSIAN", "HINDI", "BENGALI", "CHINESE",
    "JAPANESE", "KOREAN", "INDONESIAN", "VIETNAMESE", "CATALAN",
)  # fmt: skip


@cache
def detector() -> LanguageDetector:
    """Built on first use in each process (a worker warms it up). Low accuracy mode: trigram
    models only, which load in about 0.5 s and 40 MiB; the default mode also loads the 1-5 gram
    models for short texts (16 s and ~500 MiB more per process), for no gain on the measurements."""
    languages = (getattr(Lingua, name) for name in LANGUAGES)
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1) of text, or ("und", 0.0) when it has too few letters."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "und", 0.0
    values = detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return "und", 0.0
    return values[0].language.iso_code_639_1.name.lower(), round(values[0].value, 3)


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
