"""The shared shortcuts in `analysis.text` answer what spaCy's own (slower) properties do.

`text_of` / `span_text` must equal `Doc.text` / `Span.text`, and `EntityIndex.within` must
equal `Span.ents`, on every sentence and noun chunk of corpus articles and awkward text.
"""

from __future__ import annotations

from analysis.article import Article
from analysis.nlp import make_article_doc
from analysis.text import EntityIndex, span_text, text_of
from tests.conftest import load_news, seed_article


def test_text_and_entities_of_spans_match_spacy(nlp):
    articles = [Article(title=a["title"], body=a["body"]) for a in load_news()[:30]] + [seed_article()]
    awkward = "  Lead line \n\n  Second , para 😀 .\n\nUN  in Paris. "
    articles.append(Article(title="Tabs\tand  spaces ", body=awkward))
    checked = 0
    for article in articles:
        doc = make_article_doc(nlp, article)
        for _, proc in nlp.pipeline[: nlp.pipe_names.index("ner") + 1]:
            doc = proc(doc)
        assert text_of(doc) == doc.text
        index = EntityIndex(doc)
        for span in [*doc.sents, *doc.noun_chunks, doc[2:40], doc[5:5]]:
            assert span_text(span) == span.text
            assert [(e.start, e.end, e.label_) for e in index.within(span)] == [
                (e.start, e.end, e.label_) for e in span.ents
            ]
            checked += 1
    assert checked > 1000
