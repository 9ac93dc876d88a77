"""Language identification's shortcut gives langdetect's own answers.

`plainly_english` must say yes to every corpus article it can and no to the example
sentences of every other language spaCy ships.
"""

from __future__ import annotations

import importlib
import pkgutil

import spacy.lang

from analysis.enrich.language import SAMPLE_CHARS, plainly_english
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


def test_plainly_english_on_news_and_never_on_other_languages():
    news = [a["body"][:SAMPLE_CHARS] for a in load_news()]
    assert sum(plainly_english(body) for body in news) >= 0.95 * len(news)
    for code, sentences in _examples().items():
        assert not plainly_english(" ".join(sentences)), code
        assert not any(plainly_english(s) for s in sentences), code
