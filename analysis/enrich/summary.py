"""An extractive summary: the body sentences densest in the article's key phrases and entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from analysis.text import span_text, text_of

SENTENCES = 3
MIN_WORDS, MAX_WORDS = 6, 60


class Summary:
    def __call__(self, doc: Doc) -> Doc:
        if not doc._.supported:
            return doc
        body_start = doc._.article.body_start
        weights: dict[str, float] = {}
        for k in doc._.keyphrases:
            for word in k["text"].lower().split():
                weights[word] = max(weights.get(word, 0.0), k["score"])
        for e in doc._.entities:
            for word in e["canonical"].lower().split():
                weights[word] = max(weights.get(word, 0.0), e["salience"])
        scored = []
        length = max(len(text_of(doc)), 1)
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha]
            if sent.start_char < body_start or not MIN_WORDS <= len(words) <= MAX_WORDS:
                continue
            text = span_text(sent)
            if "\n" in text.strip():
                continue  # broken across lines: not a sentence an editor would quote
            score = sum(weights.get(t.lower_, 0.0) for t in words) / len(words) ** 0.5
            # the lead matters in news: a small bonus for coming early
            score *= 1.0 + 0.5 * (1 - sent.start_char / length)
            start = sent.start_char + (len(text) - len(text.lstrip()))
            end = sent.end_char - (len(text) - len(text.rstrip()))
            scored.append((score, start, end))
        best = sorted(scored, key=lambda s: (-s[0], s[1]))[:SENTENCES]
        doc._.summary = sorted((s, e) for _, s, e in best)
        return doc


@Language.factory("copydesk_summary")
def make_summary(nlp: Language, name: str) -> Summary:
    return Summary()
