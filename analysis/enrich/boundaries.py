"""Keep the headline out of the body's first sentence.

Runs before the parser: the first token of the body starts a sentence, which
the parser then respects. Without it a headline with no full stop is read as
the start of the lead's first sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TitleBoundary:
    def __call__(self, doc: Doc) -> Doc:
        body_start = doc._.article.body_start
        for token in doc:
            if token.idx >= body_start and not token.is_space:
                token.is_sent_start = True
                break
        return doc


@Language.factory("copydesk_title_boundary")
def make_title_boundary(nlp: Language, name: str) -> TitleBoundary:
    return TitleBoundary()
