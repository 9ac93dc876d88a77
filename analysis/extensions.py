"""Every `Doc._` extension copydesk uses, registered once, in one place.

`nlp.make_article_doc` gives each Doc fresh containers (see `reset`), so no
mutable default is ever shared between Docs.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> what it holds
EXTENSIONS: dict[str, str] = {
    "article": "analysis.article.Article for this Doc (title, body, published_at)",
    "language": "{'code': str, 'confidence': float}",
    "supported": "False when the language is not one copydesk analyses: checks skip the Doc",
    "stats": "words, sentences, paragraphs, reading time, readability",
    "entities": "grouped named entities with their mentions (Doc offsets)",
    "timeline": "normalised date expressions (Doc offsets)",
    "events": "events the text dates or places, used by the consistency checks",
    "keyphrases": "[{'text', 'score'}]",
    "summary": "[(start, end)] sentences chosen as the summary",
    "claims": "check-worthy claims (Doc offsets)",
    "findings": "list[Finding]",
    "edits": "list[Edit] that produce clean_body",
    "scores": "extra document scores, e.g. boilerplate_density",
    "incomplete": "names of checks that could not finish",
    "checks_deadline": "monotonic time after which the remaining checks are skipped",
    "extra_names": "names the client's house style adds to the gazetteer (analysis/style.py): "
    "{'places': [...], 'people': [...], 'organisations': [...]}; the spelling and place checks "
    "treat them as known",
}

_LIST_DEFAULTS = (
    "entities",
    "timeline",
    "events",
    "keyphrases",
    "summary",
    "claims",
    "findings",
    "edits",
    "incomplete",
)
_DICT_DEFAULTS = ("language", "stats", "scores", "extra_names")


def register() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def reset(doc: Doc) -> None:
    """Give a Doc fresh containers so no state leaks from one Doc to another."""
    for name in _LIST_DEFAULTS:
        setattr(doc._, name, [])
    for name in _DICT_DEFAULTS:
        setattr(doc._, name, {})
    doc._.supported = True
    doc._.checks_deadline = None


register()
