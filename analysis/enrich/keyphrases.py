"""Key phrases: the noun phrases the article keeps coming back to."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.text import span_text

TOP = 10
_SKIP_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}


def phrase(chunk: Span) -> Span | None:
    tokens = list(chunk)
    while tokens and (
        tokens[0].is_stop or tokens[0].pos_ in {"DET", "PRON", "PUNCT"} or tokens[0].tag_ == "POS"
    ):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    if not tokens or not any(t.pos_ in {"NOUN", "PROPN"} for t in tokens):
        return None
    if any(t.ent_type_ in _SKIP_LABELS for t in tokens) or any(t.is_space for t in tokens):
        return None
    return chunk.doc[tokens[0].i : tokens[-1].i + 1]


class Keyphrases:
    def __call__(self, doc: Doc) -> Doc:
        if not doc._.supported or not doc.has_annotation("DEP"):
            return doc
        title_end = len(doc._.article.title)
        counts: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = {}
        for chunk in doc.noun_chunks:
            span = phrase(chunk)
            if span is None:
                continue
            key = " ".join(t.lemma_.lower() for t in span)
            weight = (1.0 + 0.5 * (len(span) - 1)) * (2.0 if span.start_char < title_end else 1.0)
            counts[key] += weight
            forms.setdefault(key, Counter())[span_text(span)] += 1
        top = counts.most_common(TOP)
        best = top[0][1] if top else 1.0
        doc._.keyphrases = [
            {"text": forms[key].most_common(1)[0][0], "score": round(score / best, 3)} for key, score in top
        ]
        return doc


@Language.factory("copydesk_keyphrases")
def make_keyphrases(nlp: Language, name: str) -> Keyphrases:
    return Keyphrases()
