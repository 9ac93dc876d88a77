"""Language identification: langdetect (what `analysis.enrich.language` uses) against lingua.

Speed per article and accuracy on the 150 English corpus articles (every one must come out
"en"), and on non-English text nobody here wrote: the example sentences spaCy ships for each
language (`spacy.lang.<code>.examples`), each language's sentences joined into one short
"article" and, harder, every sentence alone. What matters to copydesk is English or not (a
non-English article is refused); the exact code only appears in the refusal message.

    .venv/bin/python -m bench.language            # a table; --json for the numbers
    (the lingua rows need `pip install lingua-language-detector`, not a dependency)
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import spacy.lang

from analysis.enrich.language import SAMPLE_CHARS, identify

NEWS = Path(__file__).resolve().parents[1] / "tests" / "data" / "news"


# the languages a newsroom is likely to be sent, as lingua names them
LINGUA_NEWS_LANGUAGES = (
    "ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "SWEDISH", "DANISH",
    "BOKMAL", "FINNISH", "POLISH", "CZECH", "ROMANIAN", "HUNGARIAN", "GREEK", "RUSSIAN",
    "UKRAINIAN", "TURKISH", "ARABIC", "HEBREW", "PERSIAN", "HINDI", "BENGALI", "CHINESE",
    "JAPANESE", "KOREAN", "INDONESIAN", "VIETNAMESE", "CATALAN",
)  # fmt: skip
# their ISO 639-1 codes (Bokmål is "nb")
IN_SET = {
    "en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ro", "hu", "el",
    "ru", "uk", "tr", "ar", "he", "fa", "hi", "bn", "zh", "ja", "ko", "id", "vi", "ca",
}  # fmt: skip


def corpus() -> list[str]:
    out = []
    for path in sorted(NEWS.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        out.append(doc["body"] or doc["title"])
    return out


def foreign() -> dict[str, list[str]]:
    """spaCy's example sentences by language code, English and multi-language aside."""
    out: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(spacy.lang.__path__):
        if not info.ispkg or info.name in ("en", "xx"):
            continue
        try:
            module = importlib.import_module(f"spacy.lang.{info.name}.examples")
        except ImportError:
            continue
        sentences = [s for s in getattr(module, "sentences", []) if isinstance(s, str) and s.strip()]
        if sentences:
            out[info.name] = sentences
    return out


def lingua_detector(languages: list[str] | None, low_accuracy: bool = False) -> Callable[[str], str]:
    from lingua import Language, LanguageDetectorBuilder

    builder = (
        LanguageDetectorBuilder.from_languages(*(getattr(Language, name) for name in languages))
        if languages
        else LanguageDetectorBuilder.from_all_languages()
    )
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()

    def detect(text: str) -> str:
        found = detector.detect_language_of(text[:SAMPLE_CHARS])
        return "und" if found is None else found.iso_code_639_1.name.lower()

    return detect


def measure(name: str, detect: Callable[[str], str], news: list[str], other: dict[str, list[str]]) -> dict:
    detect(news[0])  # warm
    times = []
    english = 0
    for text in news:
        start = time.perf_counter()
        code = detect(text)
        times.append(time.perf_counter() - start)
        english += code == "en"
    joined = {lang: detect("\n".join(sents)) for lang, sents in other.items()}
    # short English: the first paragraph of each corpus article, cut to its first sentence
    firsts = [re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0] for text in news]
    short_english = sum(detect(s) in ("en", "und") for s in firsts)
    singles = [(lang, detect(s)) for lang, sents in other.items() for s in sents]
    return {
        "detector": name,
        "ms_per_article_median": round(statistics.median(times) * 1000, 2),
        "ms_per_article_mean": round(statistics.mean(times) * 1000, 2),
        "corpus_english": f"{english}/{len(news)}",
        "corpus_first_sentences_english": f"{short_english}/{len(firsts)}",
        "foreign_joined_not_english": f"{sum(c != 'en' for c in joined.values())}/{len(joined)}",
        "foreign_joined_exact": f"{sum(c == lang for lang, c in joined.items())}/{len(joined)}",
        "foreign_joined_exact_in_30": f"{sum(c == lang for lang, c in joined.items() if lang in IN_SET)}"
        f"/{sum(lang in IN_SET for lang in joined)}",
        "foreign_sentences_not_english": f"{sum(c != 'en' for _, c in singles)}/{len(singles)}",
        "foreign_joined_taken_for_english": sorted(lang for lang, c in joined.items() if c == "en"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    news, other = corpus(), foreign()
    rows = []
    started = time.perf_counter()
    rows.append(measure("langdetect, seeded (copydesk)", lambda t: identify(t)[0], news, other))
    for label, languages, low in (
        ("lingua, 30 news languages, low accuracy", LINGUA_NEWS_LANGUAGES, True),
        ("lingua, 30 news languages, high accuracy", LINGUA_NEWS_LANGUAGES, False),
        ("lingua, all 75 languages", None, False),
    ):
        start = time.perf_counter()
        detect = lingua_detector(languages, low)
        load_s = time.perf_counter() - start
        row = measure(label, detect, news, other)
        row["load_s"] = round(load_s, 2)
        rows.append(row)
    if args.json:
        print(json.dumps({"rows": rows, "seconds": round(time.perf_counter() - started, 1)}, indent=2))
        return
    keys = [k for k in rows[0] if k != "detector"] + ["load_s"]
    print("| detector | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for row in rows:
        print(f"| {row['detector']} | " + " | ".join(str(row.get(k, "")) for k in keys) + " |")


if __name__ == "__main__":
    main()
