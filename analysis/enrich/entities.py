"""Named entities grouped by what they refer to, each with every mention's span.

"Putin", "Vladimir Putin" and "Putin’s" are one entity: possessives and a
leading article are trimmed from each mention, and a one-word person name that
is the surname of exactly one longer person name joins it. The canonical form
is the longest form seen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from analysis.text import text_of

LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
POSSESSIVES = ("’s", "'s", "’", "'")
ARTICLES = ("the ", "The ")


def mention_bounds(ent: Span) -> tuple[int, int, str]:
    """Doc offsets and text of a mention, without a possessive ending or leading article."""
    text, start = ent.text, ent.start_char
    for suffix in POSSESSIVES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    for article in ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text, start = text[len(article) :], start + len(article)
            break
    return start, start + len(text), text


def referent_key(text: str) -> str:
    """The key mentions of one referent share: lower case, one apostrophe, single spaces."""
    return " ".join(text.replace("’", "'").split()).lower()


def group_entities(doc: Doc) -> list[dict[str, Any]]:
    groups: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        start, end, text = mention_bounds(ent)
        if not text.strip():
            continue
        groups[referent_key(text)].append((start, end, text, ent.label_))

    # a lone surname joins the one longer person name it ends
    def is_person(mentions: list) -> bool:
        return Counter(m[3] for m in mentions).most_common(1)[0][0] == "PERSON"

    by_surname: dict[str, list[str]] = defaultdict(list)
    people = [k for k, v in groups.items() if is_person(v)]
    for key in people:
        if " " in key:
            by_surname[key.split()[-1]].append(key)
    for short in [k for k in people if " " not in k]:
        longer = by_surname.get(short, [])
        if len(longer) == 1:
            groups[longer[0]].extend(groups.pop(short))

    title_end = len(doc._.article.title)
    length = max(len(text_of(doc)), 1)
    entities = []
    for mentions in groups.values():
        mentions.sort()
        forms = Counter(m[2] for m in mentions)
        canonical = max(forms, key=lambda f: (len(f.split()), forms[f], f))
        label = Counter(m[3] for m in mentions).most_common(1)[0][0]
        in_title = any(m[0] < title_end for m in mentions)
        first = mentions[0][0] / length
        weight = len(mentions) + (3 if in_title else 0) + (1 - first)
        entities.append(
            {
                "text": forms.most_common(1)[0][0],
                "label": label,
                "canonical": canonical,
                "count": len(mentions),
                "salience": weight,
                "mentions": [(m[0], m[1]) for m in mentions],
            }
        )
    top = max((e["salience"] for e in entities), default=1.0)
    for e in entities:
        e["salience"] = round(e["salience"] / top, 3)
    entities.sort(key=lambda e: (-e["salience"], e["canonical"]))
    return entities


def common_words(ent: Span) -> bool:
    """A "name" the model made of common words alone ("the hackathon" as a place, "kerosene" as
    a person): every word lower case, past a leading article."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    return ent.label_ in LABELS and bool(words) and all(t.is_lower and t.is_alpha for t in words)


class Entities:
    def __call__(self, doc: Doc) -> Doc:
        # (dropped from the Doc itself: the checks after this read its names too)
        if any(common_words(e) for e in doc.ents):
            doc.ents = [e for e in doc.ents if not common_words(e)]
        doc._.entities = group_entities(doc)
        return doc


@Language.factory("copydesk_entities")
def make_entities(nlp: Language, name: str) -> Entities:
    return Entities()
