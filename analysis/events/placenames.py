"""Which words name a place: an NER place, a name the gazetteer or the house style knows,
a location noun; what `mentions`, `instances` and `places` ask before calling a word a place."""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token

from analysis import lexicon
from analysis.events.syntax import children_of, doc_tokens
from analysis.gazetteer import is_town, resolve

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels the small NER gives place names by mistake ("in Novi Sad" as a work of art, "the
# Recife carnival" as a product, "from Da Nang" as a person)
MISREAD_PLACE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"})
# prepositions of position: "exploded beneath a street in Lyon", "erupted above Goma", "hills
# above Athens"
POSITION_PREPS = frozenset(
    {"above", "below", "beneath", "under", "underneath", "beside", "behind", "along", "alongside", "within"}
)
# prepositions that give a site its place: "a motorway near Lyon", "a warehouse on the edge of
# Glasgow", "hills above Athens", "off the coast of Cornwall" (never "to": "the road to Quito")
SITE_PLACE_PREPS = (
    frozenset({"in", "at", "on", "near", "inside", "outside", "around", "across", "throughout", "off", "of"})
    | POSITION_PREPS
)
# nouns that name a part of a place: "across parts of Sanaa"
PARTITIVE = frozenset({"part", "rest", "heart"})
# months and weekdays, never a place where the NER tags them a date (the town of March)
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))
# words that pick some of a set: "one of the suburbs of Kyiv"
PICK = frozenset({"one", "some", "many", "several", "each", "any"})


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity token i belongs to, found from the token's IOB tags (no scan of doc.ents)."""
    tokens = doc_tokens(doc)
    if not tokens[i].ent_type_:
        return None
    start = i
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and tokens[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tokens[start].ent_type_)


def _place_text(ent: Span) -> tuple[int, int, str]:
    text, start = ent.text, ent.start_char
    if text.startswith(("the ", "The ")):
        text, start = text[4:], start + 4
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if len(text) > 2 and text.endswith(".") and not text[-2].isupper():
        text = text[:-1]  # "Fes." with the full stop the tokenizer left on it (not "U.S.")
    return start, start + len(text), text


def _house_places(doc: Doc) -> dict[str, list[list[str]]]:
    """The client's house-style places (`doc._.extra_names["places"]`) by last word, read once per Doc."""
    found = doc.user_data.get("copydesk_house_places")
    if found is None:
        found = {}
        for name in (doc._.extra_names or {}).get("places", ()):
            if words := name.split():
                found.setdefault(words[-1], []).append(words)
        doc.user_data["copydesk_house_places"] = found
    return found


def _house_place(g: Token, doc: Doc) -> tuple[int, int, str] | None:
    """A place the client's house style names ending at g."""
    for words in _house_places(doc).get(g.text, ()):
        name = " ".join(words)
        start = g.i - len(words) + 1
        if start >= 0 and [t.text for t in doc_tokens(doc)[start : g.i + 1]] == words:
            return doc_tokens(doc)[start].idx, g.idx + len(g.text), name
    return None


def _tagged_place(g: Token, ent: Span | None, doc: Doc) -> tuple[int, int, str] | None:
    """The place a word names by a tag: its whole name where the NER cut it short, its NER
    place, or a place the house style knows (what `_place_of` and `_named_place` both ask first)."""
    if (whole := _split_name(g, ent)) is not None:
        return whole
    if ent is not None and ent.label_ in PLACE_LABELS:
        return _place_text(ent)
    return _house_place(g, doc)


def _place_of(g: Token, doc: Doc, depth: int = 0) -> tuple[int, int, str] | None:
    """The place a word names: an NER place, a name the gazetteer or the house style knows, or
    a location noun that says whose part it is ("the outskirts of Osaka", "a suburb of Qingpu",
    "the Baoshan area", "parts of Sanaa")."""
    ent = _ent_at(doc, g.i)
    venue = ent is None or ent.label_ in ("ORG", "FAC") or not resolve(ent.text)
    if (
        (g.pos_ == "PROPN" or ent is not None)
        and depth < 2
        and venue
        and not resolve(ent.text if ent else g.text)
    ):
        # a named venue a place owns: "at Vienna's State Opera", "at London's Wembley Stadium"
        for c in children_of(g):
            # (or names a building: "at Lukla airport", "Olomouc university hospital", not
            # "Norfolk Island", a name the NER split; or a town the gazetteer lacks is in the
            # area its apposition names: "near East Palestine, Ohio")
            if (
                (
                    (c.dep_ == "poss" or (c.dep_ == "compound" and g.pos_ == "NOUN"))
                    and c.i < g.i
                    or c.dep_ == "appos"
                    and c.i > g.i
                )
                and (found := _place_of(c, doc, depth + 1)) is not None
                and resolve(found[2])
            ):
                return found
            # ... or names in an "in / near" phrase: "at Hampden Park in Glasgow", "on the Rhine
            # near Basel" (not a list of them)
            towns = [
                found
                for h in children_of(c)
                if c.dep_ == "prep" and c.lower_ in ("in", "near") and h.dep_ == "pobj"
                if (found := _place_of(h, doc, depth + 1)) is not None and resolve(found[2])
            ]
            if len(towns) == 1 and not any(conj.ent_type_ for h in children_of(c) for conj in h.conjuncts):
                return towns[0]
    if (tagged := _tagged_place(g, ent, doc)) is not None:
        return tagged
    if ent is not None and g.i + 1 < ent.end and doc_tokens(doc)[g.i + 1].text == ",":
        # "in Tver, Network Rail said": the NER ran a place into the name after its comma
        name = doc[ent.start : g.i + 1]
        if resolve(name.text):
            return name.start_char, name.end_char, name.text
    if g.lower_ in PICK and depth < 2:
        # "in one of the poorer districts of Kyiv": the place of what it picks one of
        return next(
            (
                found
                for c in children_of(g)
                if c.dep_ == "prep" and c.lower_ == "of"
                for h in children_of(c)
                if h.dep_ == "pobj" and (found := _place_of(h, doc, depth + 1)) is not None
            ),
            None,
        )
    if (
        (g.pos_ == "PROPN" and not g.is_lower or g.is_title)  # (not "the prison van ambush")
        and (ent is None or len(ent) == 1 or _name_in_date(g, ent))
        # (not a word for people that opens the sentence: "Police gave ...", also a Polish town)
        and not (
            ent is None and g.is_sent_start and lexicon.noun_kind(g.lower_) in ("noun.person", "noun.group")
        )
        # (nor a common word that opens it: "Much of Monaco ...", also a German town)
        and not (ent is None and g.is_sent_start and g.is_stop)
        and not (ent is not None and ent.label_ == "DATE" and g.lower_ in CALENDAR_WORDS)  # "in March"
        # (or an island or region the tagger took for a people: "on Sumatra" as NORP)
        and (resolve(g.text) or ((ent is None or ent.label_ == "NORP") and resolve(g.text, areas=True)))
    ):
        return g.idx, g.idx + len(g.text), g.text  # a place the small NER took for a name: "near Lyon"
    if ent is not None and ent.label_ in MISREAD_PLACE_LABELS and resolve(ent.text):
        return _place_text(ent)  # "from Da Nang" tagged as a person
    if (ent is None or ent.label_ in ("PERSON", "ORG", "NORP")) and (name := _untagged_name(g)) is not None:
        return name  # "Sint Maarten" untagged, "French Guiana" split into NORP + PERSON
    if (
        ent is None
        and g.pos_ == "NOUN"
        and depth < 2
        and (_is_location_noun(g) or lexicon.is_site_noun(g.lemma_))
    ):
        # "of" names the place of a region or a natural feature ("the outskirts of Osaka", "the
        # coast of Cornwall", "the main square of Tbilisi"), the owner of a building ("the
        # embassy of Japan"): through a building only to another site ("the car park of a stadium")
        area = _is_location_noun(g) or lexicon.has_area_sense(g.lemma_)
        # (an adjective the NER took for a place the gazetteer does not know, a nationality,
        # only when nothing else names one: "the Ukrainian city of Kharkiv" is Kharkiv)
        adjective = None
        for c in children_of(g):
            modifier = c.dep_ in ("compound", "amod", "nmod") and c.i < g.i  # "the Tirunelveli area"
            if modifier and (found := _place_of(c, doc, depth + 1)) is not None:
                if not resolve(found[2]):
                    # (or a name it does not know, when an owner names a place: "Vienna's
                    # Hofburg palace" is in Vienna)
                    adjective = adjective or found
                    continue
                return found
            if c.dep_ == "prep" and c.lower_ in SITE_PLACE_PREPS:
                for h in children_of(c):
                    if h.dep_ != "pobj":
                        continue
                    if (
                        c.lower_ == "of"
                        and not area
                        and not (h.pos_ == "NOUN" and lexicon.is_site_noun(h.lemma_))
                    ):
                        # "the streets of Boston", "the port of Antwerp": a town's own (not "the
                        # embassy of Japan": a country owns it, wherever it stands); sites in the
                        # plural are spread over the place, a country too ("the streets of Peru",
                        # "the beaches of Chile"; not "the headquarters of ...", no plural)
                        found = _place_of(h, doc, depth + 1)
                        spread = g.tag_ == "NNS" and g.lemma_.lower() != g.lower_
                        if found is not None and (is_town(found[2]) or spread):
                            return found
                        continue
                    if (found := _place_of(h, doc, depth + 1)) is not None:
                        return found
        # "Sweden's capital, Stockholm": the place the apposition names; "in Nepal's Dhading
        # district": else the place that owns it
        for dep in ("appos", "poss"):
            for c in children_of(g):
                if c.dep_ == dep and (found := _place_of(c, doc, depth + 1)) is not None:
                    return found
        return adjective
    return None


def place_of(g: Token) -> str | None:
    """The name of the place a word names (`_place_of`): "Bridgend" for "the sister plant in
    Bridgend" (the NER took it for a person), "Dagenham" for "the Dagenham plant"."""
    found = _place_of(g, g.doc)
    return found[2] if found is not None else None


def _name_in_date(g: Token, ent: Span) -> bool:
    """The one name in what the NER tagged a date, run into the time after it: "mutinied in
    Bouaké overnight" ("Bouaké overnight" as one date)."""
    return ent.label_ == "DATE" and ent.start == g.i and not any(t.pos_ == "PROPN" for t in ent[1:])


def _split_name(g: Token, ent: Span | None) -> tuple[int, int, str] | None:
    """A place name of several words the NER cut short, ending at `g`: its first word tagged
    a place of its own and the last one another ("Norfolk" + "Island"), or the last left
    untagged. A place is named by its whole name, when the gazetteer knows that name and not
    the part the NER kept ("in Norfolk Island", not "Island")."""
    if g.pos_ != "PROPN" or (ent is not None and (ent.label_ not in PLACE_LABELS or ent.start != g.i)):
        return None
    words = [c for c in children_of(g) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < g.i]
    if not words or words[0].i + len(words) != g.i:
        return None
    if not any(t.ent_type_ in PLACE_LABELS and t.ent_iob_ == "B" for t in words):
        return None  # (an untagged name is `_untagged_name`'s)
    text = g.doc[words[0].i : g.i + 1].text
    if not resolve(text) or (ent is not None and resolve(ent.text)):
        return None
    return words[0].idx, g.idx + len(g.text), text


def _untagged_name(g: Token) -> tuple[int, int, str] | None:
    """A name of several words the NER left untagged that the gazetteer knows ("Sint Maarten")."""
    if g.pos_ != "PROPN":
        return None
    words = [c for c in children_of(g) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < g.i]
    if not words or words[0].i + len(words) != g.i or any(t.ent_type_ in PLACE_LABELS for t in words):
        return None
    text = g.doc[words[0].i : g.i + 1].text
    return (words[0].idx, g.idx + len(g.text), text) if resolve(text) else None


def _named_place(g: Token, doc: Doc) -> tuple[int, int, str] | None:
    """A place named without a preposition to say so ("the Palau evacuation", "Zimbabwe's
    marathon"): an NER place, a house-style place, an untagged name the gazetteer knows, or a
    one-word name the NER took for a person or organisation that the gazetteer knows as a
    city of 100,000+ or a country, and that is not a word of a longer name in the article
    ("Zigong's derailment"; not "Jackson's visit" beside "Andrew Jackson"), or that it took for
    a nationality ("the Herat ambush")."""
    ent = _ent_at(doc, g.i)
    if (tagged := _tagged_place(g, ent, doc)) is not None:
        return tagged
    if g.pos_ != "PROPN" or g.is_lower:
        return None  # (a word in lower case is no name: "the prison van ambush")
    if ent is None and resolve(g.text):
        return g.idx, g.idx + len(g.text), g.text
    if ent is None:
        return _untagged_name(g)
    if (name := _misread_name(ent, g)) is not None:
        return name
    if len(ent) != 1 or ent.label_ not in MISREAD_PLACE_LABELS | {"NORP"} or not is_large_place(g.text):
        return None  # (a nationality resolves to no place: "the Russian invasion")
    if any(len(e) > 1 and g.text in e.text.split() for e in doc.ents):
        return None
    return g.idx, g.idx + len(g.text), g.text


def _misread_name(ent: Span, g: Token) -> tuple[int, int, str] | None:
    """A name of several words the NER took for an organisation or a person, ending at `g`,
    that the gazetteer knows as a whole as a country or a city of 100,000+ ("the Abu Dhabi
    heist", "the Rio de Janeiro carnival"; not "the Manchester United match")."""
    words = [t for t in ent if t.dep_ != "det"]
    if len(words) < 2 or ent.label_ not in MISREAD_PLACE_LABELS or ent.end - 1 != g.i:
        return None
    if not all(t.pos_ == "PROPN" for t in words):
        return None
    text = g.doc[words[0].i : g.i + 1].text
    if not is_large_place(text):
        return None
    return words[0].idx, g.idx + len(g.text), text


def is_large_place(name: str) -> bool:
    """The gazetteer knows the name, first, as a country or a city of 100,000+: the test a name
    the NER took for something else passes to be read as a place ("the Herat ambush")."""
    places = resolve(name)
    return bool(places) and not (places[0].kind == "city" and places[0].population < 100_000)


def _is_location_noun(g: Token) -> bool:
    return (
        g.lemma_.lower() in PARTITIVE or lexicon.is_location_noun(g.lemma_) or lexicon.is_place_word(g.lemma_)
    )
