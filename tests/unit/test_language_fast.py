"""Language identification's shortcuts give langdetect's own answers.

`extract_ngrams` must produce exactly the list langdetect's `Detector._extract_ngrams` does
(text in many scripts, and random strings mixing scripts, capitals, spaces and combining
marks); `plainly_english` must say yes to every corpus article it can and no to the example
sentences of every other language spaCy ships.
"""

from __future__ import annotations

import importlib
import pkgutil
import random

import pytest
import spacy.lang
from langdetect import DetectorFactory, LangDetectException, detector_factory
from langdetect import detect_langs as langdetect_detect_langs
from langdetect.detector import Detector

from analysis.enrich.language import SAMPLE_CHARS, detect_langs, extract_ngrams, plainly_english
from tests.conftest import load_news


def _examples() -> dict[str, list[str]]:
    found = {}
    for info in pkgutil.iter_modules(spacy.lang.__path__):
        if info.name in ("en", "xx"):  # "xx" mixes languages, English among them
            continue
        try:
            module = importlib.import_module(f"spacy.lang.{info.name}.examples")
        except ImportError:
            continue
        if getattr(module, "sentences", None):
            found[info.name] = list(module.sentences)
    return found


def _random_texts(count: int) -> list[str]:
    rng = random.Random(12)
    alphabet = "aAbBzZ  éÉçÇ,.-'’ĀșțДдЖ中日本語ひらカタ한국ئیAB CDEF ẠẢ\u0301\u0300"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(count)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    news = load_news()
    found = [a["body"] for a in news] + [a["title"] for a in news]
    for sentences in _examples().values():
        found.append(" ".join(sentences))
        found.extend(sentences)
    return found + _random_texts(400)


def test_ngrams_are_langdetects_own(texts):
    detector_factory.init_factory()
    factory = detector_factory._factory
    assert len(texts) > 1000
    for text in texts:
        detector = Detector(factory)
        detector.append(text)
        detector.cleaning_text()
        assert extract_ngrams(detector.text, factory.word_lang_prob_map) == detector._extract_ngrams(), text


def _answer(detect, text: str) -> str:
    try:
        return str(detect(text))
    except LangDetectException:
        return "no features"


def test_detect_langs_gives_langdetects_answer(texts):
    assert DetectorFactory.seed == 0
    for text in texts[::3]:
        sample = text[:SAMPLE_CHARS]
        assert _answer(detect_langs, sample) == _answer(langdetect_detect_langs, sample), text


def test_plainly_english_on_news_and_never_on_other_languages():
    news = [a["body"][:SAMPLE_CHARS] for a in load_news()]
    assert sum(plainly_english(body) for body in news) >= 0.95 * len(news)
    for code, sentences in _examples().items():
        assert not plainly_english(" ".join(sentences)), code
        assert not any(plainly_english(s) for s in sentences), code
