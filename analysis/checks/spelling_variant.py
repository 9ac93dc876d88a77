"""entity.spelling_variant: a name spelled two ways, or a near miss of a known place.

Name forms are capitalised proper-noun tokens and tokens of any named entity
(whatever label the NER gave them; hyphenated names such as "Jong-un" are one
form). Two forms are variants of one name when they are close (optimal string
alignment distance 1, or 2 for forms of 8+ letters; same first letter; 5+ letters)
and nothing says they are different names:
- both are known places (Austria / Australia, Slovakia / Slovenia);
- one is the other plus an ending (Korea / Korean, Niger / Nigeria);
- a hyphen-separated segment differs entirely (Jong-un / Jong-il);
- they are given names followed by different surnames (Jon Smith / John Doe);
- the variant is an everyday English word (wordfreq: Zipf frequency 4.3 or more): "Center"
  beside "Centre", "County" beside "Country" are words, not slips (and of a word
  and a non-word, the word is the right spelling: "Hiuse" / "House");
- a given name followed by a surname beside a place (Indira Gandhi / India);
- both are established in the article (3+ uses each) and the gazetteer does not
  know one while knowing the other.
The likely right spelling is the form the gazetteer knows, else the more frequent
one. A form alone that is one letter from a known country, US state, continent or
large city, used where a place is expected, is reported as a near miss too; so is a word
for a people one letter from the English word built on a large place's name ("Indyan",
"Brazillian"; not another ending of it: "Pakistani", "Swede"). A capitalised word hyphened
to a lower-case prefix ("pro-Baijing") counts as a name whatever the tagger says.

Comparisons are bucketed by first letter and length, and the number of distinct
forms is capped, so the work grows with the number of distinct names, not the
square of the text.

Severity: `error` when both forms are in the article, the suggested form is used
as a place and the gazetteer knows it but not the variant; `warning` otherwise (a variant of a name the
gazetteer does not know, a tie between two forms, or a near miss of a place with
no other form in the article). On the real-article corpus this keeps errors to
genuine misspellings of places.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA
from spacy.attrs import IDX, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from analysis import gazetteer
from analysis.findings import Finding, report
from analysis.gazetteer import PLACE_PREPS, PLACE_VERBS
from analysis.lexicon import zipf
from analysis.text import text_of

CODE = "entity.spelling_variant"
MIN_LEN = 5
MAX_FORMS = 4000
# words of titles and offices, often capitalised, never names
TITLES = frozenset(
    [
        "vice",
        "deputy",
        "senator",
        "governor",
        "minister",
        "president",
        "general",
        "chief",
        "prime",
        "secretary",
        "chancellor",
        "mayor",
        "judge",
        "justice",
        "premier",
        "speaker",
        "colonel",
        "major",
        "captain",
        "sheriff",
        "bishop",
        "pope",
        "cardinal",
    ]
)
# words after which a capitalised word is used as a place ("in Callifornia", "visited Indyana")
PLACE_CUES = PLACE_PREPS | PLACE_VERBS


def known_names() -> tuple[frozenset[str], dict[tuple[str, int], tuple[str, ...]]]:
    """Words of known place names (lowercased), and the bigger ones indexed by (first letter, length):
    both from the one gazetteer (`analysis.gazetteer`)."""
    index = gazetteer.index()
    return index.words, index.big


# how common a word must be (wordfreq's Zipf scale: 4 is once per 10,000 words... 4.3 about
# the 8,000 most frequent English words) to count as an everyday word rather than a name
COMMON_ZIPF = 4.3
# a word of English at all, if rarer than an everyday one ("brazilian")
KNOWN_ZIPF = 3.5


def is_common(word: str) -> bool:
    """An everyday English word ("County", "Voice", "Indian"), by its frequency in wordfreq's lists."""
    low = word.lower()
    return low in TITLES or zipf(low) >= COMMON_ZIPF


def _close(a: str, b: str) -> int | None:
    """The edit distance when a and b are close enough to be one name misspelt."""
    if a[0].lower() != b[0].lower() or a.lower() == b.lower():
        return None
    shorter = min(len(a), len(b))
    if max(len(a), len(b)) < MIN_LEN or shorter < MIN_LEN - 1:
        return None
    limit = 2 if shorter >= 8 else 1
    d = OSA.distance(a.lower(), b.lower(), score_cutoff=limit)
    return d if d <= limit else None


def _different_names(a: str, b: str) -> bool:
    la, lb = a.lower(), b.lower()
    if la.startswith(lb) or lb.startswith(la):
        return True  # Korea / Korean, Niger / Nigeria, Putin / Putins
    prefix = 0
    while prefix < min(len(la), len(lb)) and la[prefix] == lb[prefix]:
        prefix += 1
    if OSA.distance(la, lb) >= 2 and prefix >= max(len(la), len(lb)) - 2:
        return True  # a different ending, not a slip: Minister / Ministry
    if prefix == len(la) - 1 == len(lb) - 1 and (la[-1] == "s" or lb[-1] == "s"):
        return True  # a plural or demonym: Swedes / Sweden, Americas / American
    for gb, us in (("re", "er"), ("our", "or"), ("ise", "ize"), ("yse", "yze"), ("ogue", "og")):
        stem = la[: -len(gb)] if la.endswith(gb) else lb[: -len(gb)] if lb.endswith(gb) else None
        if stem is not None and {la, lb} == {stem + gb, stem + us}:
            return True  # British and American spelling: Centre / Center, Labour / Labor
    sa, sb = la.split("-"), lb.split("-")
    if len(sa) == len(sb) and len(sa) > 1:
        for x, y in zip(sa, sb, strict=True):
            if x != y and OSA.distance(x, y) >= min(len(x), len(y)):
                return True  # Jong-un / Jong-il
    return False


# the endings English gives the word for a place's people (Indian, Chinese, Polish, Iraqi)
_PEOPLE_ENDINGS = ("an", "ese", "ish", "i")


@lru_cache(maxsize=4096)
def _people_word(form: str) -> str | None:
    """The word for a people one letter from `form` ("Indyan": "Indian"): an everyday
    capitalised word built on the stem of a large place's name (India, Indian), which is
    no place itself and not `form` with another ending (Pakistani, Europeans, Swede)."""
    big_index = known_names()[1]
    low = form.lower()
    if not low.isalpha():
        return None
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(low[:k], low[k:]) for k in range(len(low) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    for cand in sorted(edits - {low}):
        if len(cand) < MIN_LEN or cand[0] != low[0] or not cand.endswith(_PEOPLE_ENDINGS):
            continue
        if _different_names(low, cand) or zipf(cand) < KNOWN_ZIPF:
            continue
        if gazetteer.resolve(form[0] + cand[1:]):
            continue  # "Franck" is not a slip for the place France
        for length in range(MIN_LEN - 1, len(cand) + 1):
            if any(cand.startswith(w.lower()[:-1]) for w in big_index.get((cand[0], length), ())):
                return form[0] + cand[1:]
    return None


def collect(doc: Doc) -> dict[str, dict[str, Any]]:
    """Capitalised forms -> their occurrences (Doc offsets) and how they are used.

    `strong` counts the occurrences the tagger takes for a name; a form never taken
    for one (a capitalised word at a sentence start, an unknown word) can only be
    the misspelt side of a pair.
    """
    forms: dict[str, dict[str, Any]] = {}
    lowercase: set[str] = set()
    n = len(doc)
    full = text_of(doc)
    # token texts, offsets and trailing spaces from the Doc's arrays: a Token object is made
    # only for the capitalised forms that count
    array = doc.to_array([ORTH, IDX, SPACY]).tolist() if n else []
    strings = doc.vocab.strings
    texts = [strings[row[0]] for row in array]
    i = 0
    while i < n:
        text = texts[i]
        if text.islower():
            lowercase.add(text)
        j = i
        # join "Jong" "-" "un" into one form
        while (
            text[:1].isupper()  # "pro-Baijing": the name is the part after the prefix
            and j + 2 < n
            and texts[j + 1] == "-"
            and not array[j][2]
            and not array[j + 1][2]
        ):
            nxt = texts[j + 2]
            if not nxt.isalpha() or (nxt.islower() and len(nxt) >= 4 and is_common(nxt)):
                break  # "Baijing-based": a name and an everyday word
            j += 2
        start = array[i][1]
        form = full[start : array[j][1] + len(texts[j])]
        if (
            form[:1].isupper()
            and not form.isupper()
            and len(form) >= MIN_LEN - 1
            and form.replace("-", "").isalpha()
            and not (tok := doc[i]).is_stop
        ):
            # the tagger's view, read only for the capitalised forms that count
            is_name = (tok.pos_ == "PROPN" or tok.ent_type_) and tok.ent_type_ not in (
                "DATE",
                "TIME",
                "CARDINAL",
                "ORDINAL",
                "MONEY",
                "PERCENT",
                "QUANTITY",
            )
            strong = bool(is_name) and not (tok.is_sent_start and not tok.ent_type_ and tok.pos_ != "PROPN")
            # a capitalised word hyphened to a lower-case prefix is a name by its form, whatever
            # the tagger says: "pro-Beijing", "anti-Moscow"
            strong = strong or (
                i > 1 and texts[i - 1] == "-" and not array[i - 2][2] and texts[i - 2].islower()
            )
            entry = forms.get(form)
            if entry is None:
                if len(forms) >= MAX_FORMS:
                    i = j + 1
                    continue
                entry = forms[form] = {
                    "spans": [],
                    "after": set(),
                    "place_use": 0,
                    "person_use": 0,
                    "strong": 0,
                    "person": 0,
                    "people": 0,
                }
            entry["strong"] += strong
            entry["spans"].append((start, start + len(form)))
            entry["person"] += tok.ent_type_ == "PERSON"
            entry["people"] += tok.ent_type_ == "NORP"
            if (
                tok.ent_type_ in ("PERSON", "ORG", "")
                and j + 1 < n
                and doc[j + 1].pos_ == "PROPN"
                and doc[j + 1].ent_type_ in ("PERSON", "ORG", "")
                and texts[j + 1][:1].isupper()
            ):
                entry["after"].add(texts[j + 1])  # a given name followed by its surname
            if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
                entry["person_use"] += 1
            elif tok.ent_type_ in ("GPE", "LOC") or (i > 0 and texts[i - 1].lower() in PLACE_CUES):
                entry["place_use"] += 1
        i = j + 1
    return {f: e for f, e in forms.items() if f.lower() not in lowercase}


def _all(text: str, form: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence, also where the tagger did not see a name."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def _finding(
    text: str, variant: str, right: str, forms: dict[str, dict[str, Any]], known: frozenset[str], tie: bool
) -> Finding:
    nv, nr = len(forms[variant]["spans"]), len(forms.get(right, {"spans": []})["spans"])
    gaz_right = right.lower() in known
    gaz_variant = variant.lower() in known
    as_place = forms.get(right, {"place_use": 0})["place_use"] > 0
    severity = "error" if gaz_right and not gaz_variant and nr and as_place else "warning"
    spans = list(forms[variant]["spans"]) + _all(text, variant)
    if tie:
        spans += forms[right]["spans"] + _all(text, right)
        message = f"“{variant}” and “{right}” look like one name spelled two ways. Use one spelling."
    elif nr:
        message = (
            f"“{variant}” looks like a misspelling of “{right}”, which the article uses "
            f"{nr} time{'s' if nr != 1 else ''}."
        )
    else:
        message = f"“{variant}” looks like a misspelling of the place name “{right}”."
    if nr == 0:
        severity = "warning"
    return Finding(
        code=CODE,
        severity=severity,
        message=message,
        spans=sorted(set(spans)),
        suggestion=right,
        evidence={
            "variant": variant,
            "variant_count": nv,
            "suggested": right,
            "suggested_count": nr,
            "edit_distance": OSA.distance(variant.lower(), right.lower()),
            "gazetteer": {variant: gaz_variant, right: gaz_right},
        },
    )


def variants(doc: Doc) -> list[Finding]:
    forms = collect(doc)
    known, big_index = known_names()
    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for form in forms:
        buckets[(form[0].lower(), len(form))].append(form)
    findings: list[Finding] = []
    reported: set[str] = set()
    for form in forms:
        for length in range(len(form), len(form) + 3):
            for other in buckets.get((form[0].lower(), length), ()):
                if other == form or (length == len(form) and other < form):
                    continue
                if _close(form, other) is None or _different_names(form, other):
                    continue
                a, b = forms[form], forms[other]
                if not (a["strong"] and b["strong"]) and not (a["strong"] or b["strong"]):
                    continue
                if (
                    a["after"]
                    and b["after"]
                    and not (a["after"] & b["after"])
                    and (a["person"] or b["person"])
                ):
                    continue
                ka, kb = form.lower() in known, other.lower() in known
                if ka and kb:
                    continue  # Austria / Australia: two real places
                ca, cb = is_common(form), is_common(other)
                if ca and cb:
                    continue  # County / Country: two words
                if ca != cb and not (ka or kb):
                    ka, kb = ca, cb  # the everyday word is the right spelling of the pair
                na, nb = len(a["spans"]), len(b["spans"])
                tie = False
                if ka != kb:
                    variant, right = (other, form) if ka else (form, other)
                else:
                    if na >= 3 and nb >= 3:
                        continue  # two established names
                    if na == nb:
                        tie = True
                        first_a, first_b = a["spans"][0][0], b["spans"][0][0]
                        variant, right = (other, form) if first_a < first_b else (form, other)
                    else:
                        variant, right = (form, other) if na < nb else (other, form)
                if not forms[right]["strong"]:
                    continue  # a capitalised word the tagger does not take for a name: not a reference
                if is_common(variant):
                    continue  # a real word in a name ("Voice of America"), not a slip
                if forms[variant]["after"] and not forms[right]["after"] and forms[right]["place_use"]:
                    continue  # a given name (Indira Gandhi) beside a place (India)
                if variant in reported:
                    continue
                reported.add(variant)
                if tie:
                    reported.add(right)
                findings.append(_finding(text_of(doc), variant, right, forms, known, tie))
    # a lone near miss of a well-known place, or of the everyday word for its people
    for form, entry in forms.items():
        if form in reported or form.lower() in known or len(entry["spans"]) > 3 or not entry["strong"]:
            continue
        if entry["people"] and not is_common(form) and (right := _people_word(form)) is not None:
            if right not in forms:
                reported.add(form)
                findings.append(_finding(text_of(doc), form, right, forms, known, False))
            continue
        if entry["place_use"] * 2 < len(entry["spans"]) or entry["person_use"]:
            continue
        best = None
        for length in range(len(form) - 1, len(form) + 2):
            for name in big_index.get((form[0].lower(), length), ()):
                d = _close(form, name)
                if d == 1 and not _different_names(form, name):
                    best = name if best is None else best
        if best is not None and best not in forms:
            reported.add(form)
            findings.append(_finding(text_of(doc), form, best, forms, known, False))
    return findings


class SpellingVariant:
    def __call__(self, doc: Doc) -> Doc:
        # names the client's house style declares (its `gazetteer` rules) are spelled as meant
        house = {n.lower() for names in (doc._.extra_names or {}).values() for n in names}
        for finding in variants(doc):
            if finding.evidence.get("variant", "").lower() not in house:
                report(doc, finding)
        return doc


@Language.factory("copydesk_check_spelling_variant")
def make_spelling_variant(nlp: Language, name: str) -> SpellingVariant:
    return SpellingVariant()
