"""Keep the headline out of the body's first sentence, and each paragraph out of the last.

Runs before the parser: the first token of the body, and the first token after a blank line
that follows the end of a sentence, start a sentence, which the parser then respects. Without
it a headline with no full stop is read as the start of the lead's first sentence, and a
paragraph that opens with a dateline or a label ("Lyon - ...", "Update:") as the end of the
paragraph before. A paragraph that does not end a sentence was broken off by a link or is a
heading: the parser joins it as before.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# what ends a paragraph that ends a sentence (not a line a link or a heading broke off)
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'", ")"})


class TitleBoundary:
    def __call__(self, doc: Doc) -> Doc:
        body_start = doc._.article.body_start
        first = True  # (the body's first word)
        after_break = False  # (a blank line since the last word, which ended a sentence)
        last = ""
        for token in doc:
            if token.is_space:
                after_break = after_break or (token.text.count("\n") >= 2 and last[-1:] in SENTENCE_ENDS)
                continue
            if token.idx >= body_start and (first or after_break):
                token.is_sent_start = True
                first = False
            after_break = False
            last = token.text
        return doc


@Language.factory("copydesk_title_boundary")
def make_title_boundary(nlp: Language, name: str) -> TitleBoundary:
    return TitleBoundary()
