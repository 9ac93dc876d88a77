"""Build the pipeline once per process and run articles through it in batches."""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
from collections.abc import Iterable
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from analysis import extensions
from analysis.article import Article
from analysis.result import build_result
from analysis.style import extra_names

# the time all checks together may take on one article (COPYDESK_CHECK_BUDGET_S overrides it)
DEFAULT_CHECK_BUDGET_S = 30.0

# words the tokenizer would split at a hyphen into a preposition the parser then reads as one
# ("the Leeds by-election" became "Leeds by (an) election", the event lost to an agent phrase)
UNSPLIT_WORDS = ("by-election", "by-elections")

# spaCy's tokenizer strips prefixes and suffixes one at a time, copying the rest of the run each
# time: a run of brackets or quote marks without a space costs time in the square of its length
# (10,000 brackets took 23 s). Runs longer than this are tokenized in pieces of PIECE characters.
LONG_RUN = 400
PIECE = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")

# one small article run when the pipeline is built: it loads what components load lazily
WARM_UP = Article(title="Warm-up in Paris", body="The minister said on 3 March 2020 in Paris that it rained.")

# Enrichment components, in order. Checks come after them (see `check_factories`).
ENRICHMENT: tuple[str, ...] = (
    "copydesk_language",
    "copydesk_stats",
    "copydesk_entities",
    "copydesk_timeline",
    "copydesk_keyphrases",
    "copydesk_summary",
)

_COMPONENT_MODULES = (
    "analysis.enrich.boundaries",
    "analysis.enrich.budget",
    "analysis.enrich.language",
    "analysis.enrich.stats",
    "analysis.enrich.entities",
    "analysis.enrich.timeline",
    "analysis.enrich.keyphrases",
    "analysis.enrich.summary",
)


def check_factories() -> list[str]:
    """Every check in `analysis/checks/` (one module each, sorted by name).

    A check module `analysis/checks/foo.py` registers the factory `copydesk_check_foo`.
    Modules whose names start with `_` hold shared helpers, not checks.
    """
    import analysis.checks as package

    names = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        importlib.import_module(f"analysis.checks.{info.name}")
        names.append(f"copydesk_check_{info.name}")
    return names


_EXTRA_FACTORIES: dict[str, list[str]] = {}


def extra_check_factories(modules: Iterable[str]) -> list[str]:
    """Factories `copydesk_check_*` registered by importing each of `modules` (COPYDESK_EXTRA_CHECKS).

    A module may list its factories in `FACTORIES`; otherwise the ones its import registered count.
    """
    names: list[str] = []
    for module in modules:
        if module not in _EXTRA_FACTORIES:
            before = set(Language.factories)
            imported = importlib.import_module(module)
            found = getattr(imported, "FACTORIES", None) or sorted(set(Language.factories) - before)
            _EXTRA_FACTORIES[module] = [n for n in found if n.startswith("copydesk_check_")]
        names.extend(n for n in _EXTRA_FACTORIES[module] if n not in names)
    return names


class BoundedTokenizer:
    """spaCy's own tokenizer, with whitespace-free runs longer than LONG_RUN cut into pieces
    first, so that tokenizing takes time in proportion to the text. The Doc's text is the
    input, character for character; no word of real copy is that long."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        parts: list[str] = []
        start = 0
        for run in _LONG_RUN.finditer(text):
            parts.append(text[start : run.start()])
            parts += [text[i : min(i + PIECE, run.end())] for i in range(run.start(), run.end(), PIECE)]
            start = run.end()
        parts.append(text[start:])
        tokens = [t for part in parts if part for t in self.tokenizer(part)]
        return Doc(
            self.tokenizer.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens]
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def build_nlp(
    model: str,
    *,
    checks: bool = True,
    extra_checks: Iterable[str] = (),
    check_budget_s: float = DEFAULT_CHECK_BUDGET_S,
) -> Language:
    """Load the spaCy model named by configuration and add copydesk's components.

    `extra_checks` (the COPYDESK_EXTRA_CHECKS setting) names modules with more checks, added
    after the ones discovered in `analysis/checks/`; `check_budget_s` is the time all checks
    together may take on one article (COPYDESK_CHECK_BUDGET_S).
    """
    for module in _COMPONENT_MODULES:
        importlib.import_module(module)
    nlp = spacy.load(model)
    # the body limit is enforced by the API; let spaCy take a whole article
    nlp.max_length = 4_000_000
    for word in UNSPLIT_WORDS:
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("copydesk_title_boundary", before="parser")
    else:
        nlp.add_pipe("copydesk_title_boundary", first=True)
    for name in ENRICHMENT:
        nlp.add_pipe(name)
    if checks:
        for name in check_factories() + extra_check_factories(extra_checks):
            if name not in nlp.pipe_names:
                nlp.add_pipe(
                    "copydesk_budgeted",
                    name=name,
                    config={"check": name, "budget_s": check_budget_s},
                )
    settle(nlp)
    return nlp


def settle(nlp: Language) -> None:
    """Warm the pipeline up (the date parser, gazetteer, word lists load on first use), then
    take everything loaded so far out of the garbage collector's generations (gc.freeze):
    those ~750,000 long-lived objects (WordNet, gazetteer, spaCy's tables) never become
    garbage, yet each full collection walked them all (0.4 s, about once per 28k words)."""
    analyse(nlp, [WARM_UP])
    gc.collect()
    gc.freeze()


def make_article_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    extensions.reset(doc)
    doc._.article = article
    doc._.extra_names = extra_names(article.style)
    return doc


def analyse(
    nlp: Language,
    articles: Iterable[Article],
    families: Iterable[list[str] | None] | None = None,
    batch_size: int = 16,
) -> list[dict[str, Any]]:
    """Analyse articles in one batched `nlp.pipe` pass; returns plain JSON results.

    `families`, one entry per article, limits the findings to those check families
    (None: all). Docs are turned into JSON inside the memory zone, so a long-running
    worker does not grow with the strings it has seen.
    """
    articles = list(articles)
    wanted = list(families) if families is not None else [None] * len(articles)
    with nlp.memory_zone():
        docs = nlp.pipe((make_article_doc(nlp, a) for a in articles), batch_size=batch_size)
        return [build_result(nlp, doc, tuple(f) if f else None) for doc, f in zip(docs, wanted, strict=True)]
