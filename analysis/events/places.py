"""Place attachment: the places the parse attaches to an event mention (in / at / near,
hosted by, held in, where it struck, what it affected), never an origin or a destination."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from analysis import lexicon
from analysis.dates import COUNT_WORDS
from analysis.events.dates import RELATIVE_TIMES, _after_comma, _comma_before, resumed_clause
from analysis.events.instances import DOORSTEP, TARGET_PREPS, _irrealis
from analysis.events.mentions import (
    LIGHT_VERBS,
    OTHER_INSTANCE,
    PARTAKE_VERBS,
    START_VERBS,
    TIME_ADJUNCT_PREPS,
    _ended_in_outcome,
    _inverted_compound,
    _it_noun,
    _light,
    _split_compound,
    event_lemma,
    reached_state,
)
from analysis.events.placenames import (
    MISREAD_PLACE_LABELS,
    PLACE_LABELS,
    POSITION_PREPS,
    SITE_PLACE_PREPS,
    _ent_at,
    _is_location_noun,
    _named_place,
    _place_of,
    is_large_place,
)
from analysis.events.syntax import (
    CAUSE_WORDS,
    COUNT_LABELS,
    DASHES,
    DRAW_VERBS,
    LOCATING_VERBS,
    TRACE_VERBS,
    _definite,
    _has_object,
    _hosting_verb,
    _hyphen_chain,
    _is_plural,
    _is_time,
    _occurs,
    _people,
    _people_or_count,
    _raises,
    _staging,
    _took_lives,
    as_aside_predicate,
    cause_preposition,
    children_of,
    counted_occasion,
    doc_tokens,
    free_relative_predicate,
    it_subject,
    lemma_positions,
    misparsed_took_place,
    misread_cause_subject,
    misread_hyphen_subject,
    named_common_noun,
    of_participle_owner,
    opening_common_noun,
    predicated_occurrence,
    pseudo_cleft_clause,
    reported_relative,
    sent_tokens,
    speaks,
    than_expected,
    that_clause,
    to_infinitive,
    told_as_done,
    told_of,
    verb_parted_from,
)
from analysis.gazetteer import compatible, place_key, resolve

# how a compass phrase hangs on the event or its verb ("happened west of Perth", "the fire
# north of Perth"; the small model also makes it a clausal complement)
COMPASS_DEPS = frozenset({"advmod", "npadvmod", "amod", "ccomp", "appos"})
# prepositions that give the event its place; "to" only for a trip that names no origin
EVENT_PLACE_PREPS = (
    frozenset(
        {
            "in",
            "at",
            "near",
            "inside",
            "outside",
            "to",
            "into",
            "across",
            "throughout",
            "around",
            "through",
            "off",
        }
    )
    | POSITION_PREPS
)
# prepositions of a time a place phrase may hang on: "just after midnight in Lisbon"
TIME_PREPS = frozenset({"after", "before", "around", "about", "until", "till", "by", "for"})
# a place that saw, witnessed or bore the brunt of an event is where it happened
WITNESS_VERBS = frozenset({"see", "witness", "experience", "suffer", "endure"})
# verbs that send people out to an event ("were called to", "were sent to")
SUMMON_VERBS = frozenset({"call", "send", "dispatch", "scramble", "rush", "deploy"})
# verbs whose agent, when the event is their subject, was where it happened ("the stampede was
# witnessed by hundreds in Pune", "the leak was spotted by a crew in Lyon")
SPOTTING_VERBS = frozenset({"witness", "spot", "notice", "detect"})
# verbs by which a camera or a bystander records an event as it happens
RECORDING_VERBS = frozenset({"capture", "film", "record"})
# what was seen or recorded during an event was there: "Footage filmed in Pikine during the
# incursion"
SEEN_OR_RECORDED_VERBS = WITNESS_VERBS | RECORDING_VERBS
# verbs of where a body has its seat: no event is based or headquartered anywhere
SEAT_VERBS = frozenset({"base", "headquarter"})
# verbs of sending a thing somewhere: their "to" is where it went, whatever the subject (people
# sent out after an event go where it was: SUMMON_VERBS, read on its own)
SENDING_VERBS = frozenset({"send", "ship", "dispatch", "post", "mail", "forward", "deliver", "transport"})
# words whose "to" says where something is, not where it went: "close to Denver"
NEARNESS = frozenset({"close", "next", "near"})
# prepositions of place the small model can tag as adverbs ("just outside Tangier")
MISREAD_PREPS = frozenset({"outside", "inside", "near"})
# prepositions that make an event the topic of what is said ("commented on", "asked about")
SPOKEN_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# verbs that weigh a candidate, not name the choice: "had considered Madrid as the venue",
# "Madrid was touted as the venue", "ruled out Lyon as the venue"
WEIGHED_VERBS = frozenset(
    {"consider", "tout", "propose", "suggest", "float", "eye", "shortlist", "rule", "reject"}
)
# kinds of verb whose object is the place an event hit ("struck Valparaiso", "rocked Kabul"), not
# a topic ("discussed Ukraine") or a metonym ("angered Moscow")
STRIKE_VERB_KINDS = frozenset({"verb.contact", "verb.motion", "verb.weather", "verb.change"})
# ... and when its object is a site, any of the verb's three usual senses may be the physical
# one ("buried homes", "destroyed a plant"), or one of attack ("targeted a checkpoint in Basra",
# "besieged a base near Herat"); not verbs of making ("the merger created the largest bank in
# Europe")
SITE_VERB_KINDS = STRIKE_VERB_KINDS | {"verb.competition"}
# kinds of verb whose circumstance an event is where the verb happened: "injured in the crush
# at a hall in Seoul", "escaped in the jailbreak at a prison in Gulu", "died in the fire in Leeds"
HARM_VERB_KINDS = frozenset({"verb.contact", "verb.motion", "verb.change", "verb.body"})
# kinds of verb that can act on an event from elsewhere ("watched the final at a pub in Leeds",
# "discussed the strike at a meeting in Paris")
STRANDED_PREPS = frozenset({"in", "at", "near", "on", "outside"})
DISTANT_VERB_KINDS = frozenset(
    {"verb.perception", "verb.communication", "verb.cognition", "verb.emotion", "verb.social"}
)
# events that are physical happenings ("fire", "mudslide", "flood"; not "verdict", "strike") and
# the verb senses by which they can wreck a site ("destroyed", "buried"; not "rattled")
PHYSICAL_EVENT_KINDS = frozenset({"noun.event", "noun.phenomenon", "noun.process"})
HANDS_ON_VERB_KINDS = frozenset({"verb.contact", "verb.change", "verb.weather"})
# words that take a place as a share of it: "half of Chile was hit", "most of Ohio"
SHARE_WORDS = frozenset({"much", "most", "part", "parts", "all", "some", "half", "swathes", "rest"})


def _venue_city(g: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The town a named venue the gazetteer does not know is in: "Westminster Abbey in London",
    "the Royal Albert Hall in London", "Madison Square Garden in New York"."""
    for p in children_of(g):
        if p.dep_ == "prep" and p.lower_ in SITE_PLACE_PREPS - {"of"}:
            for h in children_of(p):
                if h.dep_ == "pobj" and (found := _place_of(h, doc)) is not None and resolve(found[2]):
                    if any(conj.ent_type_ in PLACE_LABELS for conj in h.conjuncts):
                        return None  # a list
                    return found
    return None


def _watched(noun: Token) -> bool:
    """An object, or what an object is "of": its "from" may be where those who saw or followed
    it were ("watched the launch from a beach", "followed news of the launch from Turkey")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun.dep_ == "dobj"


def _own_places(h: Token, doc: Doc, goals: bool = True) -> list[tuple[int, int, str]] | None:
    """Places on one head word through its prepositions (None: a list of places, a tour);
    `goals`: whether "to" counts ("a visit to Japan", not "cut the road to Quito" or "the
    defeat to Ireland")."""
    tokens = doc_tokens(doc)
    if h.pos_ in ("NOUN", "PROPN"):
        goals = goals and lexicon.is_journey_noun(h.lemma_)
    elif any(c.dep_ == "dobj" for c in children_of(h)) or h.lemma_.lower() in SENDING_VERBS:
        # "extended loans to China", "sent troops to Mali": where the object went; "samples
        # were sent to a laboratory in Lyon": no event is sent anywhere
        goals = False
    goals = goals and not lexicon.is_outcome_noun(h.lemma_)  # (also when misparsed as a verb)
    out: list[tuple[int, int, str]] = []
    # (a particle with an object is a preposition the parse misread: "the capsizing [off] Lampedusa")
    preps = [
        c
        for c in children_of(h)
        if c.dep_ == "prep" or (c.dep_ == "prt" and any(g.dep_ == "pobj" for g in children_of(c)))
    ]
    # "in and around Durban": the object hangs on the second preposition of the pair
    # (the tagger may make the second an adverb: "in and around Kobe")
    preps += [
        p
        for c in preps
        for p in c.conjuncts
        if p.dep_ in ("conj", "prep") and (p.pos_ == "ADP" or any(g.dep_ == "pobj" for g in children_of(p)))
    ]
    # "The vigil, in Karbala, was over": a phrase set off by commas right after the word is the
    # word's, though the parse may hang it on the comma
    # (the comma may hang elsewhere, then a second comma closes the phrase: "That vigil, in
    # Karbala, is ...")
    comma = tokens[h.i + 1] if h.i + 1 < len(doc) and tokens[h.i + 1].text == "," else None
    preps += [
        p
        for p in (children_of(comma) if comma is not None else ())
        if p.dep_ == "prep"
        and (
            comma.head.i == h.i or (p.right_edge.i + 1 < len(doc) and tokens[p.right_edge.i + 1].text == ",")
        )
    ]
    # (or on the verb after it: "Investigators said the blaze, on an estate in Glasgow, was
    # started deliberately", the parse making the noun the object of "said")
    aside = tokens[h.i + 2] if comma is not None and h.i + 2 < len(doc) else None
    if (
        aside is not None
        and h.pos_ == "NOUN"
        and h.dep_ in ("nsubj", "nsubjpass", "dobj")  # (not "After the visit, in Bangkok, ...": the clause's)
        and aside.dep_ == "prep"
        # (or on the saying: "Prosecutors said the hijacking, on a highway outside Monterrey, ended")
        and (aside.head.i > aside.i or (speaks(aside.head) and h.head.i == aside.head.i))
        and aside.right_edge.i + 1 < len(doc)
        and tokens[aside.right_edge.i + 1].text == ","
        and aside not in preps
    ):
        preps.append(aside)
    # "broke out without warning in Lima", "struck with little warning near Osaka": a place
    # phrase the parse hangs on the bare noun of a manner phrase of the verb is the verb's
    if h.pos_ in ("VERB", "AUX"):
        preps += [
            p
            for c in children_of(h)
            if c.dep_ == "prep" and c.lower_ in ("with", "without")
            for g in children_of(c)
            if g.dep_ in ("pobj", "pcomp")
            and g.pos_ in ("NOUN", "VERB")
            and not any(d.dep_ in ("det", "poss") and d.lower_ != "no" for d in children_of(g))
            and not _is_location_noun(g)
            for p in children_of(g)
            if p.dep_ == "prep" and p.i > g.i
        ]
    # "took place a kilometre from the station in Durban": a distance's "from" says how near
    # (or "happened a few streets from the square", the distance parsed as the verb's object)
    preps += [
        p
        for a in children_of(h)
        if a.dep_ in ("npadvmod", "dobj")
        for p in children_of(a)
        if _distance_from(p)
    ]
    # "lasted nearly nine hours in Durban": the parse hangs the place on the length of time
    if h.pos_ == "VERB":
        preps += [
            p
            for a in children_of(h)
            if a.dep_ in ("npadvmod", "dobj") and _is_time(a) and a.ent_type_ != "DATE"
            for p in children_of(a)
            if p.dep_ == "prep" and p.i > a.i
        ]
    # "began somewhere in Durban", "back in Lagos": the phrase hangs on an adverb of the verb
    # (or on one the parse made a predicate: "was staged close to Nairobi")
    preps += [
        p
        for a in children_of(h)
        if a.dep_ in ("advmod", "oprd") and a.pos_ == "ADV"
        for p in children_of(a)
        if p.dep_ == "prep" and p.i > a.i
    ]
    # "from Smolensk to Kaluga", "halted trains from Paris to Brussels", "marched through Lyon
    # to Paris": a route
    # (not "marched through central Santiago to the presidential palace": a way within one place)
    path = preps + [p for o in children_of(h) if o.dep_ == "dobj" for p in children_of(o)]
    # "passed through Lyon on its way to Paris": the idiom names the goal of the route
    path += [
        p
        for c in preps
        if c.lower_ == "on"
        for g in children_of(c)
        if g.dep_ == "pobj" and g.lower_ == "way"
        for p in children_of(g)
        if p.dep_ == "prep"
    ]
    words = {c.lower_ for c in path if not _distance_from(c)}
    goals_named = any(
        g.dep_ == "pobj" and _place_of(g, doc)
        for c in path
        if c.lower_ in ("to", "into")
        for g in children_of(c)
    )
    has_from = "from" in words or "through" in words and goals_named
    # "evicted families from a settlement in Nairobi", "the eviction of squatters from a post
    # office in Marseille": taken out of where it was done (not a route: "airlifted from Kabul
    # to Doha"; a noun's own "from" only as a subject: in "coordinated the response to the
    # evacuation from an office in Y" the parse hangs the verb's phrase on the noun)
    removed_from: set[int] = set()
    if not goals_named and (
        lexicon.is_removal_verb(h.lemma_)
        if h.pos_ == "VERB"
        else h.pos_ == "NOUN" and any(lexicon.is_removal_verb(v) for v in lexicon.verb_of(h.lemma_.lower()))
    ):
        # (the parse may hang "from" on who was taken out: "the eviction of squatters from ...")
        taken = [o for o in children_of(h) if o.dep_ == "dobj"] + _objects_of(h, "of")
        froms = [p for o in taken for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "from"]
        preps += froms
        own = h.pos_ == "VERB" or h.dep_ in ("nsubj", "nsubjpass")
        removed_from = {p.i for p in froms} | ({p.i for p in preps if p.lower_ == "from"} if own else set())
    elif not goals_named and h.pos_ == "NOUN" and not _watched(h) and lexicon.is_leaving_noun(h.lemma_):
        # "the jailbreak from a prison in Y", "the launch from Kourou": left from where it was
        removed_from = {p.i for p in preps if p.lower_ == "from"}
    elif not goals_named and h.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in children_of(h)):
        # "Ammonia leaked from a fertiliser factory in Multan": what came out of a site happened
        # at it (not "Delegates flew in from Lagos": a city is where they set out from)
        removed_from = {
            p.i
            for p in preps
            if p.lower_ == "from"
            and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" and lexicon.is_site_noun(g.lemma_)
                for g in children_of(p)
            )
        }
    for c in preps:
        if _spoken_at(c):
            continue
        # "took place close to Denver", "next to the station": nearness, not a goal
        reach = _within_reach(c)
        near = c.lower_ == "to" and c.head.lower_ in NEARNESS or _distance_from(c) or bool(reach)
        low = "near" if near else c.lower_
        if c.i in removed_from:
            low = "in"
        if low in ("to", "into", "through") and has_from or low == "to" and not goals:
            continue  # a route or a goal, not the event's place
        if low == "on" and (p := _doorstep_place(c, doc)) is not None:
            out.append(p)  # "the walkout on their doorstep": where "they" are
            continue
        # "on" a site ("on a farm near Tver") or a named road or venue ("on the M6 near Stoke")
        named_on = low == "on" and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in ("PERSON", "DATE", "TIME")
            for g in children_of(c)
        )
        # "happened just after midnight in Lisbon": the parse hangs the place on the time
        # (or on the date itself: "broke out on 3 May in Tver", "during the night near Omsk")
        timed = low in TIME_PREPS | {"on", "during"} and any(
            g.dep_ == "pobj" and _is_time(g) for g in children_of(c)
        )
        if (
            low not in EVENT_PLACE_PREPS
            and not named_on
            and not timed
            and not (
                low == "on"
                and any(g.dep_ == "pobj" and lexicon.is_site_noun(g.lemma_) for g in children_of(c))
            )
        ):
            continue
        objects = reach or [g for g in children_of(c) if g.dep_ == "pobj"]
        if low == "through":
            # (not a channel: "issued its statement on the signing through its press office in Y")
            objects = [g for g in objects if not any(d.dep_ == "poss" for d in children_of(g))]
        if not objects and c.i < h.i and low in ("in", "at", "near") and c.i + 1 < len(doc):
            # "said that near Kyiv, the pile-up happened": a fronted phrase whose name the parse
            # made the verb's subject; the preposition then governs the name right after it
            name = _ent_at(doc, c.i + 1)
            if name is not None and tokens[c.i + 1].ent_iob_ == "B" and name.label_ in PLACE_LABELS:
                objects = [name.root] if name.root.head.i == h.i else []
        for g in objects:
            found = _place_of(g, doc)
            if found is not None and not resolve(found[2]):
                found = _venue_city(g, doc) or found  # "at Westminster Abbey in London"
            if found is None and named_on:
                # a road or venue the gazetteer does not know, placed by its own phrase: "the
                # crash happened on the M6 near Stoke" (not the road's name itself)
                found = _venue_city(g, doc)
            if found is None and low == "in":
                found = _compass_place(g, doc)  # "in the north of Anyang"
            if found is None and low in ("in", "at", "inside", "outside", "near") and not _is_time(g):
                # "took place at a club in Manchester": what the event's own locative phrase
                # names is where it was, whatever WordNet files the noun as first
                # ("at a jeweller in Antwerp": at a person is at their premises)
                found = (
                    _located(g, doc, people=low == "at")
                    or _town_named_before(g, doc)
                    or _officers_region(g, doc)
                )
            if found is None and _is_time(g) and not _timed_occasion(g):
                # "at 9.30 a.m. local time in Kabul": the parse hangs the place on the time
                found = next(
                    (
                        p
                        for t in children_of(g)
                        if t.dep_ == "prep" and t.lower_ in EVENT_PLACE_PREPS - {"to", "into"}
                        for o in children_of(t)
                        if o.dep_ == "pobj" and (p := _place_of(o, doc)) is not None
                    ),
                    None,
                )
            if found is None:
                continue
            if any(conj.ent_type_ in PLACE_LABELS for conj in g.conjuncts):
                return None  # a list of places: several stops, not a contradiction
            out.append(found)
    # "The leak occurred during a tank transfer in Lyon": what happened during another
    # happening happened where that one was
    if _occurs(h):
        out += [
            p
            for c in children_of(h)
            if c.dep_ == "prep" and c.lower_ == "during"
            for g in children_of(c)
            if g.dep_ == "pobj" and event_lemma(g) is not None
            for p in _own_places(g, doc, goals=False) or []
        ]
    # "the airstrike on a convoy outside Aleppo", "the attack on a school in Gaza": what the
    # event hit is where it was (not "a ban on imports from China"; not the topic of a message
    # or a study, "the report on the riot in Kaduna", nor another happening, "the protest
    # against the war in Iraq")
    if lexicon.noun_kind(h.lemma_) not in lexicon.TOPIC_LEXNAMES:
        out += [
            p
            for c in preps
            if c.lower_ in TARGET_PREPS
            for g in children_of(c)
            if g.dep_ == "pobj"
            and not _is_time(g)
            and lexicon.noun_kind(g.lemma_) not in lexicon.TOPIC_LEXNAMES | {"noun.act", "noun.event"}
            and (p := _located(g, doc, people=True)) is not None
        ]
    # "happened 20 km west of Perth", "the bushfire north of Perth": a compass word's place
    out += [p for c in children_of(h) if c.dep_ in COMPASS_DEPS and (p := _compass_place(c, doc)) is not None]
    # "took place just outside Tangier": the parse read the preposition as an adverb of the name
    # (or, fronted, as a compound of a name it made a second subject: "Near Rawalpindi, the
    # outbreak spread")
    out += [
        p
        for c in children_of(h)
        if c.pos_ == "PROPN"
        and any(
            a.lower_ in MISREAD_PREPS
            and a.i < c.i
            and (a.dep_ == "advmod" or a.dep_ == "compound" and a.i == c.left_edge.i)
            for a in children_of(c)
        )
        and (p := _place_of(c, doc)) is not None
    ]
    # "Photos taken in Tangier": the parse read "taken in" as a phrasal verb with the place
    # its object
    out += [
        p
        for c in children_of(h)
        if c.dep_ == "prt" and c.lower_ in ("in", "at", "near")
        for o in children_of(h)
        if o.dep_ == "dobj"
        and o.left_edge.i == c.i + 1
        and o.pos_ == "PROPN"
        and (p := _place_of(o, doc)) is not None
    ]
    # "the outbreak was reported from Kerala": what is reported from a place happened there
    # (only the event itself passive: not "reporters from Kerala", "reported it from Lyon")
    if (
        h.lemma_.lower() == "report"
        and h.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in children_of(h))
    ):
        out += [
            p
            for c in preps
            if c.lower_ == "from"
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
    if h.lemma_.lower() == "host":  # "hosted by Norway"
        out += [found for g in _agents(h) if (found := _place_of(g, doc)) is not None]
    return out


def _timed_occasion(g: Token) -> bool:
    """ "weeks after a chess olympiad in Puxi", "after the festival in Lyon": an occasion
    WordNet also files as a time, with its own article, is placed by its own phrase (not "just
    before dawn in Tangier")."""
    return (
        g.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ == "det" for c in children_of(g))
        and lexicon.has_usual_event_sense(g.lemma_)
    )


def _misread_main_verb(c: Token) -> bool:
    """ "Relatives of those caught in the avalanche gathered in Sion": the parse found no main
    verb for the sentence's first noun (it made that noun the root, or a second subject of a
    verb of saying after it) and hung the real verb on the event as a participle clause; its
    phrases are that noun's."""
    if c.dep_ != "acl":
        return False
    top = c.head
    while top.dep_ in ("pobj", "prep", "agent", "acl", "compound", "conj") and top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN") or top.i >= c.head.i:
        return False
    return top.dep_ == "ROOT" or (
        top.dep_ == "nsubj" and sum(x.dep_ == "nsubj" for x in children_of(top.head)) > 1
    )


def _spoken_at(prep: Token) -> bool:
    """ "Police commented on the avalanche at a news briefing in Bern": on an event that is
    the topic of what is said, an "at" phrase naming another occasion (a briefing, a meeting)
    is where it was said; the parse hangs it on the event."""
    topic = prep.head
    said = topic.head.head
    return (
        prep.lower_ == "at"
        and topic.dep_ == "pobj"
        and topic.head.lower_ in SPOKEN_TOPIC_PREPS
        and (speaks(said) or said.pos_ == "NOUN" and lexicon.noun_kind(said.lemma_) == "noun.communication")
        and any(
            g.dep_ == "pobj" and not _is_location_noun(g) and event_lemma(g) is not None
            for g in children_of(prep)
        )
    )


# the farthest a distance's "from" may put an event and still place it at the place it names
# ("a kilometre from Tver", "two miles from Tver"; not "80 km from Tver", which is elsewhere)
NEAR_KM = 5.0
# units of length in kilometres
UNIT_KM = {"metre": 0.001, "meter": 0.001, "yard": 0.001, "foot": 0.0003, "km": 1.0, "kilometre": 1.0}
UNIT_KM |= {"kilometer": 1.0, "mile": 1.6, "street": 0.0001, "block": 0.0001, "door": 0.0001}


def _short_distance(unit: Token) -> bool:
    """A length of at most `NEAR_KM`: "a kilometre", "two miles", "500 metres", "a few
    kilometres", "a few hundred metres" (metres, yards or feet however many)."""
    km = UNIT_KM.get(lexicon.noun_lemma(unit.lemma_))
    if km is None:
        return False
    if km < 0.01:
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("few", "couple") for c in children_of(unit)):
        return 3 * km <= NEAR_KM  # "(no more than) a few kilometres"
    counts = [c for c in children_of(unit) if c.dep_ in ("nummod", "det")]
    if len(counts) != 1:
        return False
    text = counts[0].lower_.replace(",", "")
    count = COUNT_WORDS.get(text) or (int(text) if text.isdigit() else None)
    return count is not None and count * km <= NEAR_KM


def _distance_from(prep: Token) -> bool:
    """ "a kilometre from the station", "500 metres from Tver", "not far from Tver": a "from"
    after a short distance says where the event was, near the place it names, not where
    anything came from."""
    if prep.lower_ != "from":
        return False
    # (the parse hangs the distance above the "from", below it, or beside it on the verb)
    before = doc_tokens(prep.doc)[prep.i - 1] if prep.i else prep
    if before.lower_ == "far" and any(c.dep_ == "neg" for c in children_of(before)):
        return True  # "not far from Tver", "far" above the "from" or beside it
    # (or as the verb's object: "happened a few streets from ...")
    units = [prep.head] if prep.dep_ == "prep" and prep.head.dep_ in ("npadvmod", "dobj") else []
    units += [c for c in children_of(prep) if c.dep_ == "npadvmod"]
    # (or beside it, whichever role: "broke out 500 metres from Osaka")
    units += [before] if before.dep_ in ("npadvmod", "dobj") and before.head.i == prep.head.i else []
    return any(_short_distance(u) for u in units)


def _within_reach(prep: Token) -> list[Token]:
    """What "within a few hundred metres of" or "within two miles of" names: the event was
    near it."""
    if prep.lower_ != "within":
        return []
    return [
        g
        for unit in children_of(prep)
        if unit.dep_ == "pobj" and _short_distance(unit)
        for p in children_of(unit)
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in children_of(p)
        if g.dep_ == "pobj"
    ]


def _one_place(found: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The first of places that all name one place, None when they name several or none."""
    return found[0] if len({place_key(p[2]) for p in found}) == 1 else None


def _doorstep_place(prep: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "on their (own) doorstep": the place of those "their" stands for, the one place the
    sentence names before it for people or a place's own ("Residents of Bulawayo said the
    walkout on their doorstep ...", "Bulawayo's leaders ... the walkout on their very own
    doorstep")."""
    g = next((o for o in children_of(prep) if o.dep_ == "pobj" and o.lower_ in DOORSTEP), None)
    if g is None or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(g)):
        return None
    return _one_place(
        [
            p
            for t in doc_tokens(doc)[g.sent.start : g.i]
            if t.pos_ == "PROPN"
            and t.dep_ in ("poss", "pobj", "compound", "conj")  # (a list names no one place)
            and (p := _place_of(t, doc) or _whole_place_name(t, doc)) is not None
        ]
    )


def _reacts_to(verb: Token, tok: Token) -> bool:
    """A passive whose subject is the event and whose verb judges, examines, discusses or
    shows it: "the coup was condemned in Washington", "the crash was investigated in Moscow"
    place the reaction. Not a verb that makes it or tells of it ("the verdict was delivered in
    Leeds", "the strike was called in Jeddah", "the crash was reported near Tver")."""
    if tok.dep_ != "nsubjpass":
        return False
    return (
        lexicon.is_reaction_verb(verb.lemma_)
        or (_sensed(verb) and bool(_own_places(tok, tok.doc)))
        or _shown(verb, tok)
        # ("the trade show was followed closely in Lyon"; not "was followed by riots in Lyon")
        or (lexicon.is_watching_verb(verb.lemma_) and not any(c.dep_ == "agent" for c in children_of(verb)))
    )


def _shown(verb: Token, tok: Token) -> bool:
    """A passive of showing whose subject is a happening, not a showing or a work itself: "the
    final was shown on screens in a Lyon square" places the showing (not "the retrospective
    was shown in Lyon", "the film was shown in Cannes")."""
    lemma = lexicon.noun_lemma(tok.lemma_)
    return (
        lexicon.is_showing_verb(verb.lemma_)
        and lexicon.noun_kind(lemma) != "noun.communication"
        and not lexicon.is_display_noun(lemma)
    )


def _placed_noun_reaction(verb: Token, tok: Token) -> bool:
    """A passive whose subject, the event, already names its own place, and whose verb neither
    makes nor stages it: "The Iran riot was covered at length in Seoul", "the crash in Tver was
    mourned in Moscow" place the watching and the mourning (not "the Oslo summit was held in
    Bergen", "the riot in Lagos was put down in Ikeja" is within it anyway)."""
    if tok.dep_ != "nsubjpass" or tok.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in START_VERBS or _occurs(verb) or _hosting_verb(verb):
        return False
    return bool(_named_before(tok, tok.doc) or _own_places(tok, tok.doc))


def _sensed(verb: Token) -> bool:
    """A verb of perception ("the quake in Turkey was felt in Cyprus", "the blast in Bremen was
    heard in Hamburg"): when the event is placed on its own noun, the verb's place is where the
    witnesses were ("feel" is first a feeling). Alone ("the tremor was felt in Hokkaido") it
    is the only place the sentence gives, and counts."""
    kind = lexicon.verb_kind(verb.lemma_)
    return kind == "verb.perception" or (
        kind == "verb.emotion" and "verb.perception" in lexicon.verb_kinds(verb.lemma_)
    )


def _host_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place that hosted the event ("Doha hosted the expo", "the hotel in Tbilisi that
    hosted the olympiad", "a stadium in Leeds, which staged the final"): the subject of an
    active "host" or "stage" whose object is the event ("played host to" it), or the antecedent
    of that subject; the subject a fronted participle shares with its clause ("Having hosted the
    final, Lyon ..."); the subject of a relative clause whose "which" is the event ("the
    festival, which Lisbon hosted"); a place set up "with ... as hosts" before the event's
    clause."""
    verb = tok.head
    subjects: list[Token] = []
    hosting = _hosting_verb(verb) if tok.dep_ == "dobj" else None
    if (
        tok.dep_ == "pobj"
        and verb.lower_ == "to"
        and verb.head.lemma_.lower() == "play"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in children_of(verb.head))
    ):
        verb, hosting = verb.head, "host"  # "Lyon played host to the final"
    held = hosting == "hold" and _held_there(verb, tok)
    if hosting in ("host", "stage") or held:
        subjects = [s for s in children_of(verb) if s.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "advcl":
            # "Having hosted the final, Lyon ...": the fronted participle's subject is the clause's
            subjects = [
                s
                for s in children_of(verb.head)
                if s.dep_ in ("nsubj", "nsubjpass") and verb in _fronted_participles(verb.head, s)
            ]
    # "the festival, which Lisbon hosted": a relative clause whose "which" is the hosted thing
    subjects += [
        s
        for c in children_of(tok)
        if c.dep_ == "relcl"
        and _hosting_verb(c) in ("host", "stage")
        and any(o.dep_ == "dobj" and o.tag_ in ("WDT", "WP") for o in children_of(c))
        for s in children_of(c)
        if s.dep_ == "nsubj"
    ]
    # "With Lyon as hosts, the final was staged ...": the place a "with ... as host" sets up
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # (the parse hangs the "as" on the place or on the "with")
        subjects += [
            g
            for c in children_of(verb)
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in children_of(c)
            if g.dep_ == "pobj"
            and any(
                a.dep_ == "prep"
                and a.lower_ == "as"
                and any(h.dep_ == "pobj" and h.lemma_.lower() == "host" for h in children_of(a))
                for a in [*children_of(g), *children_of(c)]
            )
        ]
    out = []
    for s in subjects:
        # ("Residents of Vilnius, which held the fair": "which" is no man, whatever the tagger
        # calls the name)
        thing = s.lower_ == "which"
        focus = _relative_antecedent(verb) if s.tag_ in ("WDT", "WP") and verb.dep_ == "ccomp" else None
        if focus is not None:
            s = focus  # "It was Hanoi that hosted the food drive": the focus of the cleft
        elif s.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            which, s = s, verb.head  # "the hotel in Tbilisi that hosted the olympiad"
            if which.lower_ == "which" and _people(s):
                # "Officials in Peru, which hosted the final": "which" is no person, so the
                # parse hung it on the wrong noun; it is the place just before it
                s = next(
                    (
                        g
                        for c in children_of(s)
                        if c.dep_ == "prep"
                        for g in children_of(c)
                        if g.dep_ == "pobj" and g.right_edge.i < verb.i and _place_of(g, doc) is not None
                    ),
                    s,
                )
        if _people(s) and s.ent_type_ not in PLACE_LABELS and not _misread_place_name(s, doc):
            continue  # "Organisers staged the race": who, not where
        if held and s.ent_type_ not in PLACE_LABELS and not thing:
            continue  # ("held" only by a name tagged a place: "Jordan held the rally" may be a man)
        if (p := _place_of(s, doc)) is not None:
            out.append(p)
    return out


def _witness_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place that saw the event or took its brunt ("Lagos saw the riot", "It was Perth
    that took the brunt of the storm", "Kenya witnessed the stampede"): the subject of a verb of
    witnessing whose object is the event, or the place a relative or cleft clause names, or
    where those it was witnessed by were. Only a name tagged as a place or known whole to the
    gazetteer (not "Jordan saw the attack", a man); not a view ("Paris saw the vote as a
    warning") nor an outcome a side suffers ("France suffered the defeat")."""
    verb = tok.head
    if tok.dep_ == "nsubjpass" and verb.lemma_.lower() in SPOTTING_VERBS:
        # "the stampede was witnessed by hundreds of people in Pune": where its witnesses were
        # (not "by millions on television": a screen's "on", wherever the parse hangs it)
        if _on_screen(verb):
            return []
        agents = _agents(verb)
        # ("hundreds of people in Pune": the phrase may hang on the number)
        found = [
            p
            for g in agents
            for w in {g, _counted(g)}
            for p in (
                [_place_of(w, doc)] if w.ent_type_ in PLACE_LABELS else _own_places(w, doc, goals=False) or []
            )
            if p is not None
        ]
        return [p] if (p := _one_place(found)) is not None else []
    if tok.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in RECORDING_VERBS:
        # "Cameras in Pune captured the stampede", "residents in Pune filmed the riot": what
        # recorded it as it happened was there (not "recorded it off the television")
        if any(c.dep_ == "prep" and c.lower_ in ("from", "off") and c.i > verb.i for c in verb.subtree):
            return []
        found = [
            p
            for s in children_of(verb)
            if s.dep_ == "nsubj" and s.pos_ == "NOUN"
            for p in _own_places(s, doc, goals=False) or []
        ]
        return [p] if (p := _one_place(found)) is not None else []
    if tok.dep_ == "nsubj" and verb.lemma_ == "be":
        # "The blaze was the third that Omsk had witnessed", "the flood was the worst Tver has
        # seen": a clause of witnessing on what the event is said to be, its object the gap
        clauses = [
            r
            for a in children_of(verb)
            if a.dep_ == "attr"
            for r in children_of(a)
            if r.dep_ == "relcl"
            and r.pos_ == "VERB"
            and r.lemma_.lower() in WITNESS_VERBS
            # (the object the gap, or the relative word the parse made it)
            and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") and c.tag_ not in ("WDT", "WP") for c in children_of(r)
            )
        ]
        found = [
            p
            for r in clauses
            for s in children_of(r)
            if s.dep_ == "nsubj"
            and (p := _place_of(s, doc) if s.ent_type_ in PLACE_LABELS else _whole_place_name(s, doc))
            is not None
        ]
        return [p] if (p := _one_place(found)) is not None else []
    if tok.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_ == "brunt":
        verb = verb.head.head  # "bore / took the brunt of the storm"
    elif tok.dep_ not in ("dobj", "ccomp") or verb.lemma_.lower() not in WITNESS_VERBS:
        return []
    if verb.pos_ != "VERB" or lexicon.is_outcome_noun(tok.lemma_):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in (*children_of(verb), *children_of(tok))):
        return []
    # "I'd witness a riot here in Lyon": where the witnesses are, which "here" names
    # (the parse may hang the place on the verb, right after "here")
    here = [
        p
        for c in children_of(verb)
        if c.dep_ == "advmod" and c.lower_ == "here"
        for r in (*children_of(c), *children_of(verb))
        if r.dep_ == "prep" and r.i == c.i + 1 and r.lower_ in ("in", "at")
        for g in children_of(r)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]
    if here:
        return here
    subjects = [s for s in children_of(verb) if s.dep_ == "nsubj"]
    # (a name the parse took for an adverb: "Vanuatu took the brunt of the rally")
    subjects = subjects or [s for s in verb.lefts if s.dep_ in ("advmod", "npadvmod") and s.pos_ == "PROPN"]
    out = []
    for s in subjects:
        if s.tag_ in ("WDT", "WP"):
            if verb.dep_ == "relcl":
                # "the town that saw the riot", "It was Perth that bore ..."
                if (antecedent := _relative_antecedent(verb)) is None:
                    continue
                s = antecedent
            else:
                # "It was Tijuana, not the capital, that saw the fair": the cleft's focus (the
                # parse hangs the clause on "was" or "was" on the clause)
                cleft = [verb.head] if verb.dep_ == "ccomp" else []
                cleft += [c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < s.i]
                s = next(
                    (a for c in cleft if c.lemma_ == "be" for a in children_of(c) if a.dep_ == "attr"), s
                )
        p = _place_of(s, doc) if s.ent_type_ in PLACE_LABELS else _whole_place_name(s, doc)
        if p is None and verb.lemma_.lower() in SPOTTING_VERBS | {"see"} and not _on_screen(verb):
            p = _people_place(s, doc)  # "People in Lyon who saw the riot up close"
        if p is not None:
            out.append(p)
    return out


def _said_here_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """'"Nothing like it ever happened here," a resident of Tver said of the flood': people of
    a place who say of the event that it happened, or was seen, "here" place it where they are."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "about") or not speaks(prep.head):
        return None
    verb = prep.head
    said = [t for c in children_of(verb) if c.dep_ == "ccomp" for t in c.subtree]
    # (a happening or a sight there: not "we are all thinking of them here", far away)
    if not any(
        t.lower_ == "here"
        and t.dep_ == "advmod"
        and (_occurs(t.head) or t.head.lemma_.lower() in WITNESS_VERBS)
        for t in said
    ):
        return None
    return next(
        (
            p
            for who in children_of(verb)
            if who.dep_ == "nsubj" and (p := _people_place(who, doc)) is not None
        ),
        None,
    )


def _resumed_places(verb: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """ "The spill happened, the utility said, in Tangshan": a place phrase after an attribution
    set off by commas resumes the clause the attribution interrupts, though the parse hangs it on
    the verb of saying (not "..., the minister said in Brussels", where the saying was)."""
    say = verb.head
    return [
        p
        for c in children_of(say)
        if c.lower_ in ("in", "at", "near")
        and (clause := resumed_clause(say, c)) is not None
        and clause.i == verb.i
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]


def _on_screen(verb: Token) -> bool:
    """The verb's clause has an "on" that is not a time ("saw the final on television")."""
    return any(
        t.dep_ == "prep" and t.lower_ == "on" and not any(_is_time(g) for g in children_of(t))
        for t in verb.subtree
        if t.i > verb.i
    )


def _held_there(verb: Token, tok: Token) -> bool:
    """A place that "held" one event with no place, partner or goal of its own is its venue
    ("Tehran held the vigil", "Having held the derby, Kazan ..."); not a party to talks ("Iran
    held talks with Oman", plural and with a partner) nor one that held it elsewhere ("France
    held the summit in Nice")."""
    if _is_plural(tok):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb)):
        return False
    return _own_places(verb, verb.doc) == []


def _named_before(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The places a noun's own modifiers name before it: "the Palau evacuation", "Zimbabwe's
    marathon" (not the side that won or lost: "England's defeat"), a name parsed as a modifier
    of its own ("The [Iran] post-election riot") or tagged as an adjective ("the Nantong
    pileup", "the Mozambique dog attack")."""
    out = []
    for c in children_of(tok):
        if c.dep_ == "poss":
            named = not _has_object(tok) and not lexicon.is_outcome_noun(tok.lemma_)
        else:
            named = c.i < tok.i and (c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and _place_word(c))
        if named and (place := _named_place(c, doc) or _adjective_place(c)) is not None:
            out.append(place)
    return out


def _place_word(c: Token) -> bool:
    """A modifier the tagger made an adjective that is a place's name: tagged a place, or a
    capitalised word WordNet has no adjective for ("the Mozambique dog attack"; not "the
    French attack")."""
    if c.ent_type_ in PLACE_LABELS:
        return True
    if c.ent_type_ in MISREAD_PLACE_LABELS or c.ent_type_ == "NORP":
        return c.is_title and _misread_adjective(c)  # ("The Minsk runway incursion" as an organisation)
    return not c.ent_type_ and c.is_title and not lexicon.is_adjective(c.lower_)


def _adjective_place(c: Token) -> tuple[int, int, str] | None:
    """The place an untagged adjective names when the gazetteer knows it (see `_place_word`),
    or one the NER took, alone, for an organisation or a person that the gazetteer knows as a
    country or a city of 100,000+ ("The Lusaka ferry grounding")."""
    if c.ent_type_:
        # (whatever the tagger made it: "the Lusaka runway incursion" with Lusaka a pronoun)
        return (c.idx, c.idx + len(c.text), c.text) if c.is_title and _misread_adjective(c) else None
    if c.pos_ != "ADJ" or not c.is_title or not resolve(c.text):  # (not "the mine collapse")
        return None
    return c.idx, c.idx + len(c.text), c.text


def _misread_adjective(c: Token) -> bool:
    """A modifier (an adjective, even a pronoun, to the tagger) that the NER took, alone, for a
    name that is no place (or for a people), and the gazetteer knows as a country or a city of
    100,000+ (as `_named_place` asks of a name)."""
    # (or a people, when it is no adjective: "the Caloocan landslide", not "the French strike")
    misread = c.ent_type_ in MISREAD_PLACE_LABELS or (
        c.ent_type_ == "NORP" and not lexicon.is_adjective(c.lower_)
    )
    if not misread or c.ent_iob_ != "B":
        return False
    if c.i + 1 < len(c.doc) and doc_tokens(c.doc)[c.i + 1].ent_iob_ == "I":
        return False  # (a word of a longer name: "the Manchester United match")
    return is_large_place(c.text)


def _misread_place_name(s: Token, doc: Doc) -> bool:
    """A name the tagger took for a person or a people that is, whole, a place the gazetteer
    knows ("Lyon hosted the festival" with Lyon as a person, "Jinhua" as a nationality): a
    host that is a known place is the venue, whatever the tagger guessed ("Copenhagen, which
    hosted the conference" with Copenhagen as an organisation)."""
    return s.ent_type_ in ("PERSON", "NORP", "ORG") and _whole_place_name(s, doc) is not None


def _whole_place_name(s: Token, doc: Doc) -> tuple[int, int, str] | None:
    """A name the tagger did not take for a place (or left untagged) that is, whole, a place
    the gazetteer knows ("Pointe-Noire" untagged, "Vanuatu" as a person)."""
    if s.pos_ != "PROPN" or s.ent_type_ not in ("", "NORP", *MISREAD_PLACE_LABELS):
        return None
    ent = _ent_at(doc, s.i)
    if ent is not None and ent.root.i != s.i:
        return None
    span = ent if ent is not None else doc[s.left_edge.i : s.i + 1]  # (with its compounds)
    return (span.start_char, span.end_char, span.text) if resolve(span.text) else None


def _compass_place(w: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place of "west of Perth", "north-east of Kabul" (a compass word with an of-phrase)."""
    if not w.is_alpha or w.pos_ not in ("ADV", "NOUN", "ADJ", "PROPN"):
        return None
    for p in children_of(w):
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in children_of(p):
                if g.dep_ == "pobj" and (found := _place_of(g, doc)) is not None:
                    return found if lexicon.is_direction_noun(w.lemma_) else None
    return None


# kinds of noun of a site a part of it names: "the grounds of a college", "the premises of a plant"
SITE_KINDS = frozenset({"noun.artifact", "noun.location", "noun.object"})


def _located(g: Token, doc: Doc, people: bool = False) -> tuple[int, int, str] | None:
    """The place of a common noun that a locative preposition of the event governs, given by its
    own locative phrase ("at a club in Manchester", "at the home of a friend near Leeds" is the
    site chain's): not a person's ("a man from Leeds", "police in Leeds") nor through "of"."""
    if g.pos_ != "NOUN" or g.ent_type_ or lexicon.noun_kind(g.lemma_) == "noun.person" and not people:
        return None  # (`people`: the people an attack was on, "fired on shoppers at a market in Kano")
    for p in children_of(g):
        if p.dep_ == "prep" and p.lower_ in SITE_PLACE_PREPS - {"of"}:
            for h in children_of(p):
                if h.dep_ == "pobj" and (found := _place_of(h, doc)) is not None:
                    if any(conj.ent_type_ in PLACE_LABELS for conj in h.conjuncts):
                        return None  # "at stations in Leeds and York": a list
                    return found
    # "at the premises of the municipal stadium in Pune", "on the grounds of a college in Pune":
    # the part of a site is where the site is (not "the home of a friend near Leeds", a person's)
    return next(
        (
            found
            for p in children_of(g)
            if p.dep_ == "prep" and p.lower_ == "of" and _is_site_part(g)
            for h in children_of(p)
            if h.dep_ == "pobj"
            and lexicon.noun_kind(h.lemma_) in SITE_KINDS
            and (found := _located(h, doc)) is not None
        ),
        None,
    )


def _is_site_part(g: Token) -> bool:
    """A noun of a part or area of a site ("premises", "grounds", "forecourt", "car park"),
    in its written form or its lemma (the tagger makes "premises" "premise", an argument)."""
    return any(lexicon.noun_kind(lexicon.noun_lemma(w)) in SITE_KINDS for w in (g.lower_, g.lemma_))


def _officers_region(g: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place whose officer speaks of "the region" / "the area" ("The governor of Belgorod
    said the shelling in the region had stopped"): the one place a person noun before it in
    its sentence is "of". Only a bare definite noun."""
    if g.pos_ != "NOUN" or g.tag_ != "NN" or not lexicon.is_region_word(g.lemma_):
        return None
    if [c.lower_ for c in children_of(g)] != ["the"]:
        return None
    found = [
        p
        for t in doc_tokens(doc)[g.sent.start : g.i]
        if t.pos_ == "NOUN" and lexicon.noun_kind(t.lemma_) == "noun.person"
        for o in children_of(t)
        if o.dep_ == "prep" and o.lower_ == "of"
        for n in children_of(o)
        if n.dep_ == "pobj" and (p := _place_of(n, doc)) is not None
    ]
    return found[0] if len(found) == 1 else None


def _town_named_before(g: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The town "the city" / "the town" / "the capital" stands for: the one town named before it
    in its sentence ("Gothenburg police said the stabbing in the city was gang-related", "Rescuers
    reached Lima, where the landslide in the capital killed 12"). Only a bare definite noun (not
    "a city", "the nearby town", "the city of X"), and only when the sentence names one town."""
    if g.pos_ != "NOUN" or g.tag_ != "NN" or not lexicon.is_settlement_word(g.lemma_):
        return None
    if [c.lower_ for c in children_of(g)] != ["the"]:
        return None
    towns: dict[str, tuple[int, int, str]] = {}
    for t in doc_tokens(doc)[g.sent.start : g.i]:
        if t.ent_iob_ == "I" or not (t.ent_type_ or t.pos_ == "PROPN"):
            continue  # (each name once, at its first word)
        ent = _ent_at(doc, t.i)
        last = doc_tokens(doc)[ent.end - 1] if ent is not None else t
        if (p := _place_of(last, doc)) is not None and resolve(p[2]):
            towns.setdefault(place_key(p[2]), p)
    if len(towns) != 1:
        return None
    only = next(iter(towns.values()))
    return only if any(p.kind == "city" for p in resolve(only[2])) else None  # (Lima: also a region)


def _reported_from_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "Reported from Lagos, the raid has dominated headlines": a sentence that opens with
    where the event was reported from, the event's phrase starting the clause after the comma
    (the parse hangs the participle anywhere)."""
    tokens = doc_tokens(doc)
    start = tok.sent.start
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or tokens[start].lower_ != "reported"
        or tokens[start + 1].lower_ != "from"
        or tokens[tok.left_edge.i - 1].text != ","
    ):
        return None
    comma = tok.left_edge.i - 1
    if any(t.text == "," for t in tokens[start + 2 : comma]):
        return None
    return _place_of(tokens[comma - 1], doc)


def _fronted_participles(verb: Token, subject: Token) -> list[Token]:
    """Participle clauses fronted before the subject, with no subject of their own ("Held in
    Oslo, the summit drew ...", "Having hosted the final, Lyon ..."): a fronted participle
    says something of the clause's subject, as a reduced relative on it would. Not one of
    saying, perceiving or reacting ("Watched in Paris by millions, the final ...": where the
    watchers were)."""
    return [
        c
        for c in children_of(verb)
        if c.dep_ == "advcl"
        and c.i < subject.i
        and c.tag_ in ("VBN", "VBG", "VBD")  # (a clause with no subject is no finite one: "staged" as VBD)
        and not any(a.dep_ in ("nsubj", "nsubjpass", "mark", "csubj") for a in children_of(c))
        and not to_infinitive(c)
        and not speaks(c)
        and not _sensed(c)
        and not lexicon.is_reaction_verb(c.lemma_)
    ]


def _edition_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place naming a part or an instance "of" the event: "the Nairobi edition of the
    meeting", "Lyon's leg of the tour" (not a person's, "the Lyon winner of the race", nor
    another event's, "the Lyon screening of the final", nor a date's, "the Lyon anniversary
    of the blast")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return []
    part = tok.head.head
    if _people(part) or event_lemma(part) is not None or part.lemma_.lower() in RELATIVE_TIMES:
        return []
    return [
        p
        for c in children_of(part)
        if c.dep_ in ("compound", "poss") and c.i < part.i and (p := _place_of(c, doc)) is not None
    ]


def _while_it_lasted_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """How things were somewhere while the event lasted: "Traffic was slow in Oslo throughout
    the summit" (not where someone was: "the minister was in Tokyo during the coup")."""
    verb = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("during", "throughout") or verb.lemma_ != "be":
        return []
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    # (a common noun, which the tagger may take for a name when it opens the sentence; a
    # group is no one's whereabouts: "traffic", "security")
    if not subjects or not all(
        s.pos_ in ("NOUN", "PROPN") and not s.ent_type_ and lexicon.noun_kind(s.lemma_) != "noun.person"
        for s in subjects
    ):
        return []
    found = [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]
    return [p] if (p := _one_place(found)) is not None else []


def _witnesses_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where those who tell what they saw of the event were, or the police or firefighters who
    tell of it serve: "Witnesses in Lima said the stabbing happened fast", "Onlookers in Lima
    described the blast", "Police in Lima say the standoff ended" (not where officials or
    viewers were: "Officials in Lima said the summit went well")."""
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp":
        verb = verb.head
    if not (speaks(verb) and (tok.dep_ == "dobj" or verb.i != tok.head.i)):
        # (or in a clause on what they tell of: "Witnesses in Kabul described the moment the
        # sighting was reported")
        verb = next(
            (
                a
                for a in list(tok.ancestors)[1:4]
                if speaks(a) and any(c.dep_ == "dobj" and c.is_ancestor(tok) for c in children_of(a))
            ),
            None,
        )
        if verb is None:
            return None
    found = [
        p
        for c in children_of(verb)
        if c.dep_ == "nsubj"
        and (lexicon.is_witness_noun(c.lemma_) or lexicon.is_responder_noun(c.lemma_))
        and (p := _people_place(c, doc) or _responders_town(c, doc)) is not None
    ]
    return _one_place(found)


def _responders_town(who: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The town police or firefighters are named after ("Lyon police said", "the Lyon fire
    service"): the force of the place where what they tell of happened."""
    if not lexicon.is_responder_noun(who.lemma_):
        return None
    return _one_place(
        [
            p
            for c in children_of(who)
            if c.dep_ in ("compound", "amod")
            and c.i < who.i
            and (p := _named_place(c, doc) or _adjective_place(c))
        ]
    )


def _locals_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where those who live with the event's aftermath live: "The people of Leyte rebuilt
    quickly after the storm", "Villagers in Ely are still mopping up after the flood". The
    subject is people who live somewhere (residents, villagers, "the people of") of a clause
    the event's phrase is in. Not what they say of it ("Residents of Lyon described the blast
    as frightening": they may live anywhere) unless it is what the event did to them
    ("Residents of Lyon said the storm shook their homes"), where they saw or heard of it
    ("Residents of Lyon watched the final on screens"), how they felt about it ("were shocked
    by the attack", "mourned its victims") or where they went ("Villagers in Ely travelled to
    the rally")."""
    below, verb = tok, tok.head
    # (travellers only go through what a time phrase puts them in: "Holidaymakers in Lyon endured
    # long delays after the outage"; not what they read or heard about)
    passing = tok.dep_ == "pobj" and tok.head.lower_ in TIME_ADJUNCT_PREPS - {"since"}
    # (or a phrase of cause, or a clause of time the event is the subject of: "Households in Ely
    # were left without heat because of the outage", "Clinics in Ely were stretched when the
    # outage struck")
    passing = passing or (tok.dep_ == "pobj" and cause_preposition(tok.head).lower_ in CAUSE_WORDS)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and _time_marked(tok.head):
        passing, below, verb = True, tok.head, tok.head.head
    # (for any people there, what followed it or what it caused: not "during" or "amid" it,
    # where a strike or a protest may be anywhere, "Shops in Madrid stayed shut during the strike")
    after = not (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "amid"))
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            # ("faced long delays after the outage": WordNet files "face" under saying first)
            went_through = (
                passing and below.i == tok.head.i and any(c.dep_ == "dobj" for c in children_of(verb))
            )
            if (
                (speaks(verb) and not _befell_speakers(below, tok) and not went_through)
                or (_sensed(verb) and below.dep_ in ("dobj", "ccomp"))
                or lexicon.is_reaction_verb(verb.lemma_)
                # (another event they held: "Residents of Lyon held a vigil after the crash")
                or (_staging(verb) and any(d.dep_ == "dobj" and d.i != tok.i for d in children_of(verb)))
                # (where they went, how they felt; not what the event did: "the storm shook ...")
                or (
                    not (below.i == tok.i and tok.dep_ == "nsubj")
                    and (_moved_or_felt(verb) & lexicon.verb_kinds(verb.lemma_.lower()))
                )
            ):
                return None
            subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
            # (a count of people: "Hundreds of people in Ely were left without heat")
            subjects += [
                g
                for c in subjects
                if c.ent_type_ in COUNT_LABELS
                for o in children_of(c)
                if o.dep_ == "prep" and o.lower_ == "of"
                for g in children_of(o)
                if g.dep_ == "pobj"
            ]
            found = [
                p
                for c in subjects
                if (
                    lexicon.is_inhabitant_noun(c.lemma_)
                    or (passing and lexicon.is_traveller_noun(c.lemma_))
                    # (any people there underwent what such a phrase names: "households in Ely
                    # were left without heat after the outage", "schools in Ely stayed shut"; not
                    # what they did, "investors in Ely sold shares", "fans in Ely celebrated")
                    or (passing and after and c.tag_ in ("NNS", "NNPS") and _underwent(verb, c))
                )
                and (p := _people_place(c, doc)) is not None
            ]
            if found:
                return _one_place(found)
            if (
                passing
                and after
                and below.i != tok.i
                and any(c.tag_ in ("NNS", "NNPS") and _people(c) for c in subjects)
                and not any(d.dep_ == "dobj" for d in children_of(verb))
                # (a verb of working only: not where they met, gathered or celebrated, which may
                # be anywhere: "Fans celebrated in Y after the final")
                and lexicon.is_work_verb(verb.lemma_)
                and (own := _own_places(verb, doc, goals=False))
            ):
                # (or where they underwent it, on their verb: "Crews worked through the night in
                # Ely after the outage")
                return _one_place(own)
            if verb.dep_ not in ("ccomp", "xcomp", "conj"):
                return None
        elif verb.dep_ in ("relcl", "acl", "appos") or verb.i == verb.head.i:
            return None
        below, verb = verb, verb.head
    return None


def _underwent(verb: Token, who: Token) -> bool:
    """What `who` did, as `verb` tells it, is undergoing or staying (a passive, "be", a verb of
    being or becoming without an object) or working: not acting on something or reacting."""
    if any(d.dep_ == "dobj" for d in children_of(verb)):
        return False
    return (
        who.dep_ == "nsubjpass"
        or verb.lemma_ == "be"
        or lexicon.verb_kind(verb.lemma_.lower()) in ("verb.stative", "verb.change")
        or lexicon.is_work_verb(verb.lemma_)
    )


def _time_marked(verb: Token) -> bool:
    """A clause of time: "when the outage struck", "after the leak was found"."""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "while", "as", "once")
        for c in children_of(verb)
    )


def _moved_or_felt(verb: Token) -> frozenset[str]:
    """The kinds of verb that say where people went or how they felt, not where they were: an
    active one of motion ("travelled to the rally") or one of feeling; a passive of motion is
    what was done to them where they were ("Passengers in Lyon were stranded after the outage")."""
    if any(c.dep_ == "nsubjpass" for c in children_of(verb)):
        return frozenset({"verb.emotion"})
    return frozenset({"verb.motion", "verb.emotion"})


def _befell_speakers(clause: Token, tok: Token) -> bool:
    """What is said is that the event, the clause's subject or agent, did something to the
    speakers or what is theirs ("said the storm shook their homes", "said the blast woke them",
    "said they were cut off by the flood"); not how it made them feel or think ("said the
    attack shocked them")."""
    # (or its agent: "said their crops had been ruined by the storm")
    agent = tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.i == clause.i
    return (
        clause.dep_ == "ccomp"
        and ((tok.dep_ == "nsubj" and tok.head.i == clause.i) or agent)
        and lexicon.verb_kind(clause.lemma_) not in MENTAL_VERB_KINDS
        and any(
            w.lower_ in ("them", "us", "their", "our", "they", "we")
            and w.dep_ in ("dobj", "pobj", "poss", "nsubjpass")
            for w in clause.subtree
            if w.i > tok.i or agent
        )
    )


def _site_workers_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where those who work at the event's site are: "Volunteers in Lyon cleared debris near
    the flood's site" (the site "of" the event), "Crews in Lyon cordoned off its scene", or
    where they went to do it ("Inspectors flew to Lyon to survey its scene"). The site's phrase
    is what a verb of doing does, whose subject is people somewhere (not a verb of saying,
    seeing, thinking, feeling or going: "Experts in Lyon studied photos of its site")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or not _is_location_noun(tok.head.head):
        return None
    word = tok.head.head
    for _ in range(4):
        if word.dep_ not in ("dobj", "pobj", "prep"):
            return None
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    went = word.head
    if (
        word.dep_ in ("xcomp", "advcl")
        and to_infinitive(word)
        and lexicon.verb_kind(went.lemma_) == "verb.motion"
    ):
        # "Inspectors flew to Lyon to survey its scene": where they went to be at it
        return _one_place(
            [
                p
                for c in children_of(went)
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in children_of(c)
                if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
            ]
        )
    if speaks(word) or lexicon.verb_kind(word.lemma_) in MENTAL_VERB_KINDS | {"verb.motion"}:
        return None
    found = [p for c in children_of(word) if c.dep_ == "nsubj" and (p := _people_place(c, doc)) is not None]
    return _one_place(found)


# adverbs that point back at a place: "began there", "to happen here", "unfolded nearby"
THERE_WORDS = frozenset({"there", "here", "nearby"})


def _has_there(verb: Token) -> bool:
    """The verb says its act was "there" ("began there", "held there", "happen here")."""
    return any(c.lower_ in THERE_WORDS and c.dep_ == "advmod" for c in children_of(verb))


def _aside_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """A place set off by commas right after an event "of" names ("Details of the congress, in
    Syria, were set out"): the parse hangs it on the head of the phrase, the details; it is
    the event's (not "reaction to the summit, in Paris,": where the reaction was)."""
    tokens = doc_tokens(doc)
    if (
        tok.dep_ != "pobj"
        or tok.head.lower_ != "of"
        or tok.i + 3 >= len(doc)
        or tokens[tok.i + 1].text != ","
    ):
        return None
    prep = tokens[tok.i + 2]
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near") or prep.head.i != tok.head.head.i:
        return None
    place = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if place is None or place.right_edge.i + 1 >= len(doc) or tokens[place.right_edge.i + 1].text != ",":
        return None
    return _place_of(place, doc)


def _after_split_word_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "News of the semi-final in Kumasi": the parse splits the word written with hyphens and
    hangs the place phrase right after it on the head of the phrase the event is "of"."""
    chain = _hyphen_chain(tok)
    if chain is None or tok.dep_ != "pobj" or tok.head.lower_ != "of" or chain[1] >= len(doc):
        return None
    after = doc_tokens(doc)[chain[1]]
    if after.dep_ != "prep" or after.lower_ not in ("in", "at", "near") or after.head.i != tok.head.head.i:
        return None
    return _one_place(
        [p for g in children_of(after) if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None]
    )


def _staged_whole(tok: Token) -> bool:
    """The event word first in a compound whose head is no event itself ("the vaccination
    camp"), the compound the subject of a verb of staging or occurring: where the whole was
    held is where the event was (not "the strike fund, based in London")."""
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.pos_ != "NOUN" or event_lemma(head) is not None:
        return False
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and (_occurs(verb) or _staging(verb))


def _whereabouts_when(be: Token, verb: Token) -> bool:
    """Whether "The minister was in P when E happened" says where someone was, not where E was:
    the event's clause opened by a time word and a subject (or the antecedent of "who") that is
    one named person, not a call for witnesses ("anybody in P at the time", "Clergy who
    were in P when ...") nor a cleft's "it"."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "advmod" and c.lower_ in ("when", "while", "as") or c.dep_ == "mark"
        for c in children_of(verb)
    ):
        return False
    subject = next((c for c in children_of(be) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and be.dep_ == "relcl":
        subject = be.head
    return subject is not None and (
        subject.ent_type_ == "PERSON"
        or subject.pos_ in ("NOUN", "PROPN")
        and not _is_plural(subject)
        and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
            for c in children_of(subject)
        )
    )


def _places_of(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """Places the parse attaches to the event word: in/at/near/to ... on the word, its object,
    its predicate or a relative clause on it; a place naming it ("the Palau evacuation",
    "Zimbabwe's marathon"); the place of a location noun (site, scene, venue) it is "of", given
    by a preposition, a copula or an apposition; "X, where ..."; "there"."""
    tokens = doc_tokens(doc)
    inverted = _inverted_compound(tok)
    split = _split_compound(tok)
    word = tok  # (the event word itself, whichever word of a split compound holds the role)
    if _staged_whole(tok):
        tok = tok.head  # "Malta, where the vaccination camp was held": the whole was held there
    if inverted:
        tok = tok.head  # "held the book fair in Hamburg" parsed as "held the book [fair] in Hamburg"
    elif split is not None:
        # "the trade [fair] in Tainan had ...": the noun before holds the role, the split-off head
        # its own phrases
        tok, split = split, tok
    heads = [tok] + [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
    if split is not None:
        heads.append(split)
    if inverted:
        heads += [c for c in children_of(tok) if c.dep_ in ("amod", "appos") and c.i == tok.i + 1]
        # ... and its own phrases: "the trade [fair] in Lima" hangs "in Lima" on "fair"
    else:
        # "the requiem Mass in Bamako": the parse made the capitalised head an apposition
        heads += [c for c in children_of(tok) if c.dep_ == "appos" and c.i == tok.i + 1 and c.pos_ == "PROPN"]
    # "the summit, hosted by Peru", "the vote, held in Oslo", "the ruling, which was issued in Lyon"
    # (not an infinitive: "its intention to strengthen its chain in Poland" is another act)
    heads += [
        c
        for c in (*children_of(tok), *(children_of(split) if split is not None else ()))
        if c.pos_ in ("VERB", "AUX")
        # (an acl is never finite: "The concert, staged in Manila, ..." tagged VBD is a participle)
        # (nor is a participle set off by a comma the parse joined as a conjunct: "The trade
        # fair, staged this year in Lima, drew ...")
        and (
            c.dep_ == "relcl"
            or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG", "VBD"))
            # (or an adverbial clause on a noun, which is the same participle misread: "The
            # trade [fair], staged in Lima, opened")
            or (c.dep_ == "advcl" and c.tag_ == "VBN" and tok.pos_ != "VERB")
            or (
                c.dep_ == "conj"
                and c.tag_ in ("VBN", "VBD")
                and tokens[c.i - 1].text == ","
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in children_of(c))
            )
        )
        and not to_infinitive(c)
        and not (c.dep_ == "relcl" and _irrealis(c))  # "which moves to Madrid next year"
        # (nor where a body has its seat: "the firm at the centre of the probe, which is based in
        # Kazan", the clause hung on the event)
        and c.lemma_.lower() not in SEAT_VERBS
        # (a clause on a person the parse hung on the event: "The winner of the gala, who was
        # born in Oslo, ...")
        and not (c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in children_of(c)))
        and not _misread_main_verb(c)
    ]
    # "The fire is remembered as something that happened in Lyon"
    heads += [p] if (p := predicated_occurrence(tok)) is not None else []
    # "the heist, which, as police pointed out, happened in Lyon": past the aside the parse took
    # for the relative clause
    heads += [p] if (p := as_aside_predicate(tok)) is not None else []
    # "The landslide -- news of which was still coming in, with rescuers asking people to stay
    # away -- struck in Lyon": the verb the parse parted from the event (after an aside set off
    # by dashes or commas, or after "after the X") is the event's, whatever it hung it on
    if (after := verb_parted_from(tok)) is not None:
        heads.append(after)
    # "The policing of the march - which went ahead in Leeds - ...": a relative clause set off
    # by a dash right after the event, which the parse hung on the head of the longer phrase
    # (or by a comma, when what the clause says only an event does: "Footage of the sit-in,
    # which began in Nairobi, shows ...")
    if tok.i + 2 < len(doc) and tokens[tok.i + 2].tag_ in ("WDT", "WP"):
        rel = tokens[tok.i + 2].head
        mark = tokens[tok.i + 1].text
        if (
            rel.dep_ == "relcl"
            and rel.head.i != tok.i
            and rel.left_edge.i == tok.i + 2
            and (
                mark in DASHES
                or mark == ","
                and tok.dep_ == "pobj"
                and tokens[tok.i + 2].lower_ == "which"
                and (_occurs(rel) or _staging(rel))
            )
        ):
            heads.append(rel)
    # "Organisers of the fair, held in Leeds on Saturday, said": a participle of staging set off
    # by a comma right after the event, which the parse hung on the head of the longer phrase
    # (or of carrying it out, which the parse may hang on the main verb: "During the raid,
    # carried out in Hamburg, officers ...")
    after = tokens[tok.i + 2] if tok.dep_ == "pobj" and tok.i + 2 < len(doc) else None
    if (
        after is not None
        and (after.dep_ == "acl" and _staging(after) or after.dep_ in ("acl", "advcl") and _doing(after))
        and after.tag_ == "VBN"
        and tokens[tok.i + 1].text == ","
        # (the parse may hang the phrase of the event on the participle itself)
        and (tok.head.head.i == after.i or (near := _comma_before(after)) is not None and near.i == tok.i)
    ):
        heads.append(after)
    # "Thousands attended the ceremony, staged this year in India": a participle of staging or
    # carrying out set off by a comma right after the event, which the parse made a second verb
    # of the clause the event is the object of
    if tok.dep_ == "dobj" and tok.right_edge.i + 2 < len(doc) and tokens[tok.right_edge.i + 1].text == ",":
        after = tokens[tok.right_edge.i + 2]
        if (
            after.dep_ in ("conj", "advcl")
            and after.head.i == tok.head.i
            and after.tag_ in ("VBN", "VBD")  # (a bare past form with no subject is the participle)
            and (_staging(after) or _doing(after))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children_of(after))
        ):
            heads.append(after)
    # "the murder of the journalist in Leeds", "the collapse of a bridge in Leeds": the parse
    # hangs the place on what the act was done to; not another event ("the unveiling of the
    # signing in Leeds" is the signing's), a place or a time
    heads += [
        g
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"
        for g in children_of(c)
        if g.dep_ == "pobj"
        and g.pos_ in ("NOUN", "PROPN")
        # (or a thing first that names a making too: "the collapse of a building in Lagos")
        and (event_lemma(g) is None or lexicon.is_first_a_site(g.lemma_))
        and (g.pos_ == "NOUN" or _place_of(g, doc) is None)
        and not _is_time(g)
    ]
    # "the derailment of a train carrying grain near Poznan": a participle on what it is "of"
    # (or on what it carried: "a train carrying coal near Katowice")
    heads += [
        h
        for c in children_of(tok)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in children_of(c)
        for a in children_of(g)
        if of_participle_owner(a) is tok
        for h in (a, *(o for o in children_of(a) if o.dep_ == "dobj"))
    ]
    # "the hearing, which clerks said was held in Leeds": the reported clause of a relative
    heads += [
        g
        for c in children_of(tok)
        if c.dep_ == "relcl"
        for g in children_of(c)
        if g.dep_ in ("ccomp", "xcomp")
        and g.pos_ in ("VERB", "AUX")  # (the parse gives either)
        # (or "which the survey confirmed struck near Lyon", misread: `reported_relative`)
        and (speaks(c) or reported_relative(g) is c)
    ]
    # "Nurses went on strike at hospitals in Leeds", "the convoy came under attack near Herat":
    # the event named by a phrase of "go" / "come" is placed by that verb's phrases
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "under")
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.lemma_.lower() in ("go", "come")
    ):
        heads.append(tok.head.head)
    # "a map showing the riot erupted in Tonga", "images show the vigil unfolding in Lyon": the
    # small model makes the event the object of the verb of showing and the clause it is the
    # subject of a clause of its own; an occurrence verb right after the event noun, with no
    # subject of its own, is the event's predicate
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        nxt is not None
        and tok.dep_ in ("dobj", "compound")
        and nxt.tag_ in ("VBD", "VBG", "VBN")
        and nxt.head.i != tok.i
        and (
            (_occurs(nxt) and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(nxt)))
            # ("Delegates who attended the festival staged in Lyon described ...": a verb of
            # staging with no object is a participle, whatever subject the parse gave it before)
            or (
                _hosting_verb(nxt) in ("hold", "stage", "host")
                and nxt.tag_ in ("VBD", "VBN")
                and not any(
                    c.dep_ in ("dobj", "nsubjpass", "csubj") or c.i > tok.i and c.dep_ == "nsubj"
                    for c in children_of(nxt)
                )
            )
        )
    ):
        heads.append(nxt)
    # "Those who were in Kyiv for the runoff", "Security was tight in Oslo for the summit":
    # being somewhere for an event is being where it is
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "be":
        heads.append(tok.head.head)
    # (a word written with hyphens is a noun whatever its head's tag: "The hit-and-run happened";
    # and the subject of the verb it comes right before: "The semi-final happened", parsed as
    # modifiers of "happened")
    nominal = tok.pos_ != "VERB" or _hyphen_chain(tok) is not None
    dep = "nsubj" if misread_hyphen_subject(tok) else tok.dep_
    verb = tok.head
    if (named := free_relative_predicate(tok)) is not None:
        dep, verb = "nsubj", named  # "What police called an ambush ripped through a street in Y"
    if (
        nominal
        and dep in ("nsubj", "nsubjpass", "dobj")
        and (verb.pos_ in ("VERB", "AUX") or misparsed_took_place(verb))
        and not misread_cause_subject(tok)
    ):
        # not a verb whose object is another act or a message: "the verdict sparked protests in
        # Lyon", "the strike made headlines in Tokyo" place the protests and the headlines
        # (an "object" after a comma is an apposition the parse misread: "The riot broke out in
        # Nairobi, the second such incident")
        # ("The blaze took hold in Lyon": "take" with a bare noun is one predicate, like "took place")
        effect = (
            dep != "dobj"
            and any(
                c.dep_ == "dobj"
                # (or any event noun: "the leak in Lyon followed a separate leak in Cork")
                and (
                    lexicon.noun_kind(c.lemma_) in ("noun.act", "noun.event", "noun.communication")
                    or (c.pos_ == "NOUN" and event_lemma(c) is not None)
                )
                and not any(t.text == "," for t in tokens[verb.i + 1 : c.left_edge.i])
                and not (verb.lemma_.lower() == "take" and c.tag_ == "NN" and not list(children_of(c)))
                for c in children_of(verb)
            )
        )
        if (
            (dep != "dobj" or _light(verb))
            and not effect
            and not _reacts_to(verb, tok)
            and not _placed_noun_reaction(verb, tok)
            # "the blast resembled one in Oslo": the place is the other thing's
            and not (
                lexicon.is_likeness_verb(verb.lemma_) and any(c.dep_ == "dobj" for c in children_of(verb))
            )
        ):
            heads.append(verb)  # "the crash happened near Tver", "held the vote in Oslo"
            # "the landfall came earlier than expected just outside Tver"
            heads += [
                g
                for c in children_of(verb)
                if c.dep_ == "advmod"
                for g in children_of(c)
                if (compared := than_expected(g)) is not None and compared.i == verb.i
            ]
        if dep in ("nsubj", "nsubjpass"):
            heads += _fronted_participles(verb, tok)  # "Hosted by Qatar, the final drew ..."
        # "The fire is thought to have started in Leeds", "the blast appears to have hit Lyon":
        # a raising verb passes its subject to the infinitive
        if dep in ("nsubj", "nsubjpass") and _raises(verb):
            heads += [c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    out: list[tuple[int, int, str]] = []
    own: list[tuple[int, int, str]] = []  # (the places the event's own noun phrase gives)
    for h in heads:
        # "The landslide cut the road to Quito": "to" on the event's verb with an object is
        # where the object goes or leads, not where the event was
        goal = h.i != tok.i and tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in children_of(h))
        found = _own_places(h, doc, goals=not goal)
        if found is None:
            return [(-1, -1, "")]
        if h.i == tok.i and nominal:
            own = found
        out += found
    for h in _cause_heads(tok):
        found = _own_places(h, doc, goals=False)
        if found is None:
            return [(-1, -1, "")]
        out += found
    out += _struck_places(tok, doc)
    out += _harmed_people_places(tok, doc)
    out += [p] if (p := _victims_place(tok, doc)) is not None else []
    out += [p] if (p := _off_place(tok, doc)) is not None else []
    out += [p] if (p := _craft_when_place(tok, doc)) is not None else []
    out += _host_places(tok, doc)
    out += _witness_places(word, doc)  # ("saw the trade [fair]": the word that holds the role)
    out += [p] if (p := _said_here_place(tok, doc)) is not None else []
    out += _undergoer_place(tok, doc)
    out += _trailing_scene_places(tok, doc)
    out += _aside_after_during(tok, doc)
    out += _closing_object_places(tok, doc)
    if nominal and dep in ("nsubj", "nsubjpass"):
        out += _resumed_places(verb, doc)
    if tok.dep_ == "compound" and (p := _compass_place(tok.head, doc)) is not None:
        out.append(p)  # the misparse "the [bushfire west] of Perth"
    twin = tokens[tok.i - 1] if tok.i > 0 else None
    if (
        tok.pos_ == "NOUN"
        and twin is not None
        and twin.pos_ == "PROPN"
        and twin.head.i == tok.head.i != tok.i
        and twin.dep_ == tok.dep_
        and (p := _named_place(twin, doc)) is not None
    ):
        # "battled [the Jakarta] [blaze]": a name parsed as a second object of the verb right
        # before the event noun is the name that heads it
        out.append(p)
    # not a name: "South Sudan's Transitional Constitution" (a lower-case word tagged a name is
    # none: "the Lagos protest march")
    if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower):
        out += _named_before(tok, doc)
        for c in children_of(tok):
            if c.dep_ == "compound" and c.i < tok.i and c.ent_type_ not in ("PERSON", "ORG"):
                # "the Turin bridge collapse", "the Lagos fuel depot fire": the place naming the
                # thing that names the event
                out += [
                    p
                    for cc in children_of(c)
                    if cc.dep_ == "compound" and (p := _named_place(cc, doc)) is not None
                ]
    # "the siege of Sarajevo", "the shelling of Kharkiv": a military action's "of" is the place
    # it was waged on (only a name of a place, never a list: "the bombing of Gaza and Rafah")
    if tok.pos_ == "NOUN" and lexicon.is_assault_noun(tok.lemma_):
        out += [
            p
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
            and g.pos_ == "PROPN"
            and not any(conj.pos_ == "PROPN" for conj in g.conjuncts)
            and (p := _named_place(g, doc)) is not None
        ]
    # "the site / scene of the raid", "the quake's epicentre": the location noun's place
    site = None
    # (and "the venue / setting for the concert")
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and _is_location_noun(tok.head.head):
        site = tok.head.head
    elif tok.dep_ == "poss" and tok.head.pos_ == "NOUN" and _is_location_noun(tok.head):
        site = tok.head
    if site is not None:
        found = _own_places(site, doc) or []
        if site.dep_ == "nsubj" and site.head.lemma_ in ("be", "lie", "lay"):
            # "the epicentre of the quake was in Peru / lay near Lima": where the site is
            found += _own_places(site.head, doc) or []
        found += [
            p for c in children_of(site) if c.dep_ == "compound" and (p := _place_of(c, doc)) is not None
        ]
        found += _site_named(site, doc)
        # "the raid's scene, a warehouse in Leeds": the site the apposition renames it as
        found += [p for c in children_of(site) if c.dep_ == "appos" and (p := _place_of(c, doc)) is not None]
        if tok.dep_ == "pobj":
            # "the location of the riot, Melbourne, ...": the parse hangs the apposition on the
            # event noun that ends the phrase
            found += [
                p
                for c in children_of(tok)
                if c.dep_ == "appos" and c.pos_ == "PROPN" and (p := _place_of(c, doc)) is not None
            ]
        out += found
    out += _traced_to(tok, doc)
    out += [p] if (p := _aside_place(tok, doc)) is not None else []
    out += [p] if (p := _after_split_word_place(tok, doc)) is not None else []
    out += [p] if (p := _reported_from_place(tok, doc)) is not None else []
    out += _edition_places(tok, doc)
    out += _while_it_lasted_places(tok, doc)
    pred = tok.head if dep in ("nsubj", "nsubjpass") else tok if tok.pos_ == "VERB" else None
    # "Douala, where the evacuation began, ..."
    # ... and "the bar in Omaha in which / at which the shooting took place"
    where = (
        pred is not None
        and pred.dep_ == "relcl"
        and any(
            c.lower_ == "where"
            or c.dep_ == "prep"
            and c.lower_ in ("in", "at", "inside", "near")
            and any(w.dep_ == "pobj" and w.lower_ == "which" for w in children_of(c))
            for c in children_of(pred)
        )
    )
    if pred is not None and where:
        out += [p] if (p := _where_host_place(pred.head, doc)) is not None else []
    elif pred is not None and pred.head.lemma_ != "be" and (wh := _where_opening(pred)) is not None:
        # "Tickets sold out at the theatre in Salzburg where the premiere took place": the small
        # model hangs the where-clause on the main verb; it is about the place just before it
        where = True
        prev = tokens[wh.i - 2] if wh.i > 1 and tokens[wh.i - 1].text == "," else tokens[wh.i - 1]
        out += [p] if (p := _place_of(prev, doc)) is not None else []
    if pred is not None and not where and (p := _reported_where_place(pred, doc)) is not None:
        where = True
        out.append(p)  # "Vanuatu, where police said the siege began"
    # "Leeds was where the inquest opened": the subject of the copula
    copula = pred.head if pred is not None else None
    if copula is not None and copula.dep_ == "parataxis" and speaks(copula):
        copula = copula.head  # ("It was Oslo, police stressed, where ...": the saying set in)
    if (
        pred is not None
        and copula is not None
        and pred.dep_ in ("advcl", "ccomp")
        and copula.lemma_ == "be"
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(pred))
    ):
        # ... and the place a cleft names: "It was Oslo where the stabbing hit hardest"
        cleft = it_subject(copula)
        out += [
            p
            for c in children_of(copula)
            if (c.dep_ == "nsubj" or c.dep_ == "attr" and cleft) and (p := _place_of(c, doc))
        ]
    out += _affected_places(tok, doc)
    # "What happened in Depok was a stampede", "What happened in Depok - a stampede ..."
    if (clause := pseudo_cleft_clause(tok)) is not None and _occurs(clause):
        out += _own_places(clause, doc) or []
    # "the protest there", "after the avalanche there": "there" right after the event noun
    there_after = tok.pos_ == "NOUN" and tok.i + 1 < len(doc) and tokens[tok.i + 1].lower_ == "there"
    # (or on its object, where the parse hangs it: "the flood washed away two bridges there")
    there_pred = pred is not None and (
        _has_there(pred) or any(c.dep_ == "dobj" and _has_there(c) for c in children_of(pred))
    )
    # ("the trade show, held there, ...": a participle on the event noun)
    there_on_noun = any(c.dep_ in ("acl", "relcl") and _has_there(c) for c in children_of(tok))
    if there_after or there_pred or there_on_noun:
        # "crews were sent to Aruba after the shutdown began there": the place just named
        end = pred.i if there_pred and not there_after else tok.i
        # (or a name on a noun: "Detroit detectives said the robbery there was planned", or its
        # owner: "Tver's council met after the flood struck there"; not two names joined)
        # (or the clause's subject: "Cambodia has been in the news since the standoff there")
        before = [
            p
            for t in tokens[tok.sent.start : end]
            # ("Police chose Leeds as the venue, and the derby was staged there")
            if (
                t.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "poss", "conj")
                or t.dep_ == "compound"
                and t.head.pos_ == "NOUN"
            )
            and (p := _place_of(t, doc) or _whole_place_name(t, doc))
        ]
        if len({place_key(p[2]) for p in before}) == 1:
            out.append(before[-1])
    verb = tok.head if dep in ("nsubj", "nsubjpass") else None
    # "In Tver, aides said later, the rally turned violent": a place that opens the sentence
    # before an aside of saying is the reported clause's, where the parse hangs it on the saying
    # (the saying the clause's head, or an aside hung on the clause)
    sayings = [verb.head] if verb is not None and verb.dep_ == "ccomp" and verb.i > verb.head.i else []
    sayings += (
        [c for c in children_of(verb) if c.dep_ in ("advcl", "parataxis") and c.i < tok.i] if verb else []
    )
    out += [
        found
        for saying in sayings
        if speaks(saying) and "," in (verb.left_edge.text, tokens[tok.left_edge.i - 1].text)
        for p in children_of(saying)
        if p.dep_ == "prep"
        and p.lower_ in EVENT_PLACE_PREPS
        and all(t.is_space or t.is_punct for t in tokens[p.sent.start : p.i])
        and any(c.dep_ == "nsubj" and p.i < c.i < saying.i for c in children_of(saying))
        for g in children_of(p)
        if g.dep_ == "pobj" and (found := _place_of(g, doc)) is not None
    ]
    # ("It was in Tver, police said, that the verdict was delivered": the saying set in)
    cleft = None
    if verb is not None and speaks(verb.head) and that_clause(verb):
        saying = verb.head
        if saying.dep_ == "parataxis" or (saying.dep_ == "ccomp" and _after_comma(saying.left_edge)):
            # (or parsed as the clause the saying governs, set off by a comma: "It was in Tver,
            # the clerk stressed, that ...")
            cleft = saying.head if saying.head.lemma_ == "be" else None
        else:
            # (or with the saying as the sentence's verb and the cleft's "it was" its clause)
            cleft = next(
                (
                    c
                    for c in children_of(saying)
                    if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i < saying.i and it_subject(c)
                ),
                None,
            )
    if cleft is None and verb is not None and that_clause(verb):
        # ("It was in Tver, as the court later pointed out, that ...", "..., the bank later
        # confirmed, that ...": any aside between the cleft's place and its clause)
        saying = verb.head
        around = [saying.head, *(c for c in children_of(saying) if c.dep_ == "ccomp")]
        cleft = next(
            (c for c in around if c.lemma_ == "be" and it_subject(c) and c.i < saying.i < verb.i),
            None,
        )
        if cleft is None and verb.dep_ == "ROOT":
            # (or parsed with the cleft's "it was" a clause of the verb: "It was in Lima, the
            # mayor insisted, that the vigil was held")
            cleft = next(
                (
                    c
                    for c in children_of(verb)
                    if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i < verb.i and it_subject(c)
                ),
                None,
            )
    if (
        verb is not None
        and (
            verb.dep_ in ("relcl", "ccomp", "advcl")
            and (verb.head.pos_ in ("PROPN", "AUX") or cleft is not None)
            or verb.dep_ == "ROOT"
            and cleft is not None
        )
        and not where
    ):
        # "It was in Tver that the verdict was delivered": the place the cleft puts first
        anchor = cleft if cleft is not None else verb.head
        if anchor.pos_ == "PROPN" and anchor.head.dep_ == "prep" and anchor.head.lower_ in EVENT_PLACE_PREPS:
            found = _place_of(anchor, doc)
            if found is not None:
                out.append(found)
        elif anchor.lemma_ == "be" and not _whereabouts_when(anchor, verb):
            # (or a preposition the tagger made an adverb: "It was just [outside] Lusaka that ...")
            found = [
                p
                for c in children_of(anchor)
                if c.dep_ in ("prep", "advmod") and c.lower_ in EVENT_PLACE_PREPS
                for g in children_of(c)
                if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
            ]
            if not found and it_subject(anchor):
                # (or, in a cleft, the place of the site it puts first: "It was on a farm near
                # Leeds that ..."; not "the location of the depot is on the outskirts of Y")
                found = _own_places(anchor, doc) or []
            out += found
    if not out:
        out += _linear_cleft_places(tok, doc)
    if not out and (
        p := _came_for_place(tok, doc)
        or _participants_place(tok, doc)
        or _called_to(tok, doc)
        or _witnesses_place(tok, doc)
        or _locals_place(tok, doc)
        or _site_workers_place(tok, doc)
    ):
        out.append(p)
    if not out and (p := _what_happened_place(tok, doc)) is not None:
        out.append(p)
    if not out:
        out += _its_site_place(tok, doc)
    if not out and (p := _stranded_site_place(tok, doc) or _named_site_place(tok, doc)) is not None:
        out.append(p)
    # (after the whole noun: "blamed the trade [fair] in Bursa", the parse split at its head)
    last = max(tok.i, word.i)  # (a split head is `word` itself)
    # (or set off by a dash: "The mutiny - in Douala - erupted"; a bare name in brackets:
    # "Recap: the recall vote (Gaziantep)")
    bracketed = last + 3 < len(doc) and tokens[last + 1].text == "(" and tokens[last + 2].pos_ == "PROPN"
    j = last + 1 + (not bracketed and last + 1 < len(doc) and tokens[last + 1].text in DASHES)
    if (
        not out
        and j + 1 < len(doc)
        and (bracketed or tokens[j].lower_ in ("in", "at", "near", "outside", "inside"))
    ):
        # the parse hung "in X" elsewhere: "described the rally in Thailand"
        k = j + 1 + (tokens[j + 1].lower_ == "the")
        ent = _ent_at(doc, k) if k < len(doc) and tokens[k].ent_iob_ == "B" else None
        end = ent.end if ent is not None else k
        if ent is None and k < len(doc) and not tokens[k].ent_type_ and tokens[k].pos_ == "PROPN":
            # a name the NER left untagged: "blamed the retrial in Maputo on poor planning"
            end = k + 1
            while end < len(doc) and tokens[end].pos_ == "PROPN" and not tokens[end].ent_type_:
                end += 1
        # ("Santo Domingo" as a person)
        place = _place_of(tokens[end - 1], doc) if end > k else None
        if place is not None:
            nxt = tokens[end] if end < len(doc) else None
            if (nxt is None or nxt.lower_ not in ("and", "or", "&")) and (
                not bracketed or nxt and (nxt.text == ")" or _bracket_aside(nxt))
            ):
                out.append(place)
    if not out and (occasion := counted_occasion(tok)) is not None:
        # "the round of talks, held in Doha": the round's place is the talks'
        out += [p for p in _places_of(occasion, doc) if p[0] >= 0]
    if (
        not out
        and tok.pos_ == "VERB"
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > tok.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))
    ):
        # "A tanker ran aground off Mauritius, spilling fuel oil": a participle after the clause
        # tells what came of it there
        out += [p for p in _own_places(tok.head, doc, goals=False) or [] if p[0] >= 0]
    if not out and (p := _bare_scene_place(tok, doc) or _named_as_scene_place(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _pictured_place(tok, doc)) is not None:
        out.append(p)  # (last: only an event the sentence gives no other place)
    if not out and (p := _seen_during_place(tok, doc) or _present_during_place(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _their_ground_place(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _dateline_place(tok.sent, doc)) is not None:
        out.append(p)
    if not out and tok.pos_ in ("NOUN", "ADJ") and (p := _clause_above_place(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _as_scene_place(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _answered_where(tok, doc)) is not None:
        out.append(p)
    if not out and (p := _ranked_place(tok, doc)) is not None:
        out.append(p)
    # (a word written with hyphens is a noun whatever its head's tag: "The hit-and-run left ...")
    nominal = tok.pos_ in ("NOUN", "ADJ") or _hyphen_chain(tok) is not None
    if not out and nominal and (p := _predicate_place(tok, doc)) is not None:
        out.append(p)
    if own:
        # "The crash in Leeds shocked fans in Brazil": a place the event's own phrase gives is
        # where it was; one hung on what it did that cannot be there is where the effect was
        out = [p for p in out if p in own or all(compatible(o[2], p[2]) is not False for o in own)]
    # one place in the text is one statement, however many rules reach it ("Toulouse, where
    # the riot erupted" is not two votes for Toulouse against the lead's one)
    return [p for p in dict.fromkeys(out) if not _watched_from(p, doc)]


# phrases of the event's time after which a clause tells what it left behind
AFTERMATH_PREPS = frozenset({"after", "following"})
# where the aftermath was: "in Lima", "across Lima" (not from, to or for: origins, routes, goals)
AFTERMATH_PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "outside", "inside"})
# kinds of subject whose place is where what an event left behind was: how things stood
# ("life", "the mood", "the scene") and the crowds and crews of the place ("traffic", "crews");
# not who was or went there, what is done, traded or told there ("markets in Tokyo fell after
# the shutdown"), nor a thing that may have been moved ("the stolen car was found in Durban")
AFTERMATH_KINDS = frozenset({"noun.group", "noun.state", "noun.feeling", "noun.location"})


def aftermath_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The one place of the clause an "after X", "following X" or "in X's wake" phrase
    hangs on, for an event its sentence gives no place: where what it left behind was ("Life
    in Lima was back to normal after the riot", "Crews worked in Osaka for hours following the
    stabbing", "Troops gathered in Lima in the mutiny's wake"). Implied, not stated, so
    `model` marks it and its conflicts are warnings. Only for subjects of `AFTERMATH_KINDS`;
    not from a clause of saying, nor one with a named goal or origin ("sent aid to Lyon after
    the quake"), nor "during", when what goes on elsewhere is often its effect ("Lorries were
    stuck in Antwerp during the strike")."""
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ in ("wake", "aftermath") and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the wake" (or "aftermath") "of the riot"
        if prep.lower_ != "in":
            return None
    elif prep.lower_ not in AFTERMATH_PREPS:
        return None
    if tok.dep_ != "pobj" or not _definite(tok) or _is_plural(tok):
        return None
    host = prep.head
    for _ in range(2):
        # (through the time it is counted from: "in the days after X", "two days after X")
        if host.pos_ != "NOUN" or not _is_time(host):
            break
        host = host.head.head if host.dep_ == "pobj" else host.head
    if host.pos_ in ("VERB", "AUX"):
        goals = [
            g
            for c in children_of(host)
            if c.dep_ == "prep" and c.lower_ in ("to", "from", "for")
            for g in children_of(c)
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ]
        if speaks(host) or goals:
            return None
        subjects = [c for c in children_of(host) if c.dep_ in ("nsubj", "nsubjpass")]
        holders = [host, *subjects]
    elif host.pos_ == "NOUN":
        subjects = holders = [host]
    else:
        return None
    if not subjects or any(
        s.pos_ != "NOUN" or s.ent_type_ or lexicon.noun_kind(s.lemma_) not in AFTERMATH_KINDS
        for s in subjects
    ):
        return None
    # (or a place on the bare noun of a state they were in: "Crews were still at work in Ely
    # that night after it"; not "at a vigil in Paris", another event)
    found = [
        p
        for h in holders
        for c in children_of(h)
        if c.dep_ == "prep" and c.lower_ in AFTERMATH_PLACE_PREPS
        for g in children_of(c)
        if g.dep_ == "pobj"
        and (p := _place_of(g, doc) or (_located(g, doc) if _bare_noun(g) else None)) is not None
    ]
    return _one_place(found)


def _bare_noun(g: Token) -> bool:
    """A noun with no determiner, possessor or count: "at work", "on duty"."""
    return g.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nummod") for c in children_of(g))


def _watched_from(place: tuple[int, int, str], doc: Doc) -> bool:
    """A place its own where-clause says people watched or saw from ("In Lyon, where crowds
    watched on screens in the squares, ..."): the watchers', not the event's (not "Lyon,
    where the festival was seen by thousands")."""
    span = doc.char_span(place[0], place[1]) if place[0] >= 0 else None
    return span is not None and any(
        c.dep_ == "relcl"
        and c.left_edge.lower_ == "where"
        and lexicon.verb_kind(c.lemma_) == "verb.perception"
        and not any(s.dep_ in ("nsubj", "nsubjpass") and event_lemma(s) for s in children_of(c))
        for c in children_of(span.root)
    )


# nouns that mean the place of an event: "the scene", "the venue", "the site"
SCENE_NOUNS = frozenset({"scene", "venue", "location", "site"})


def _bare_scene_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "Crews at the scene in Lyon said the collapse ...", "a photo of the scene in
    Lyon after the collapse", "Fans lingered by the venue in Lyon after the
    final": "the scene" or "the venue" with nothing to say whose scene it is: the event's
    its sentence tells of (not "the music scene in Berlin", "the scene of another crash")."""
    sent = tok.sent
    doc_scenes = lemma_positions(doc, SCENE_NOUNS)
    tokens = doc_tokens(doc)
    found = [
        p
        for t in (tokens[i] for i in sorted(doc_scenes) if sent.start <= i < sent.end)
        if t.i != tok.i
        and [c.lower_ for c in children_of(t) if c.dep_ in ("det", "amod", "compound", "poss", "nummod")]
        == ["the"]
        and not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in children_of(t))
        and (p := _located(t, doc, people=True) or _copula_place(t, doc)) is not None
    ]
    return _one_place(found)


def _named_as_scene_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """A place named as the event's location ("Police named Lyon as its location", "The
    flood's venue was given as Lyon", "the flood's location was Lyon")."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_ not in SCENE_NOUNS:
        return None
    scene = of.head
    verb = scene.head
    if scene.dep_ == "pobj" and verb.lower_ == "as":
        # "named Lyon as its location": the object of the verb "as" hangs on
        found = [p for c in children_of(verb.head) if c.dep_ in ("dobj", "oprd") and (p := _place_of(c, doc))]
    elif scene.dep_ in ("nsubj", "nsubjpass", "dobj"):
        # "was given as Lyon", a copula's "was Lyon", "gave its location as six miles off Lyon"
        named = _objects_of(verb, "as")
        if scene.dep_ != "dobj":
            named += [c for c in children_of(verb) if c.dep_ == "attr" and verb.lemma_ == "be"]
        found = [p for g in named if (p := _place_of(g, doc) or _measured_from(g, doc)) is not None]
        # (or the distance hung on its own preposition: "as [six miles] off Lyon")
        found += [
            p
            for c in children_of(verb)
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in children_of(c)
            if g.dep_ == "prep"
            and any(_is_distance(u) for u in children_of(g) if u.dep_ == "npadvmod")
            and (p := _distance_place([g], doc)) is not None
        ]
    else:
        return None
    return _one_place(found)


def _is_distance(unit: Token) -> bool:
    return lexicon.noun_lemma(unit.lemma_) in UNIT_KM


def _measured_from(unit: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a distance is measured from: "six nautical miles off Lyon", "two miles from
    Lyon" (the event's whereabouts given by it)."""
    if not _is_distance(unit):
        return None
    preps = [c for c in children_of(unit) if c.dep_ == "prep"]
    # (the parse may hang the preposition right after the distance on the verb)
    if unit.i + 1 < len(doc) and (after := doc_tokens(doc)[unit.i + 1]).dep_ == "prep":
        preps.append(after)
    return _distance_place(preps, doc)


def _distance_place(preps: list[Token], doc: Doc) -> tuple[int, int, str] | None:
    objects = [
        g for c in preps if c.lower_ in ("off", "from", "outside") for g in children_of(c) if g.dep_ == "pobj"
    ]
    return _one_place([p for g in objects if (p := _place_of(g, doc)) is not None])


def _copula_place(t: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a copula gives its subject: "the location was just outside Lyon"."""
    if t.dep_ != "nsubj" or t.head.lemma_ != "be":
        return None
    return _one_place(
        [
            p
            for prep in children_of(t.head)
            if prep.dep_ == "prep" and prep.lower_ in SITE_PLACE_PREPS - {"of"}
            for g in children_of(prep)
            if g.dep_ == "pobj"
            and not _listed(g)
            and (p := _place_of(g, doc) or _located(g, doc)) is not None
        ]
    )


def _bracket_aside(comma: Token) -> bool:
    """A comma in brackets after a name that goes on with no other name to the bracket's end:
    "the ice storm (Kisangani, earlier this week)", not "(Lyon, Paris and Rome)"."""
    if comma.text != ",":
        return False
    for t in doc_tokens(comma.doc)[comma.i + 1 : comma.i + 8]:
        if t.text == ")":
            return True
        if t.pos_ == "PROPN" and not _is_time(t):
            return False
    return False


def _seen_during_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where what was seen or happened during the event was ("The scenes we saw in Monaco during the
    outbreak will stay with us", "What happened here in Tangier during the siege"): a witness
    there saw it there (not where someone merely was: "the minister was in Tokyo during the coup")."""
    verb = tok.head.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "during" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in SEEN_OR_RECORDED_VERBS and not _occurs(verb):
        return None
    found = _own_places(verb, doc, goals=False) or []
    return _one_place(found)


# a moment or a part of a day the event's time is told by: "on the night it flooded" read as a
# phrase with "of", "shows the moments after the flood"
MOMENT_NOUNS = frozenset(
    {"time", "day", "night", "morning", "afternoon", "evening", "hour", "minute", "second", "moment"}
)
# people no one has named, who were somewhere as a crowd is ("anyone who was there")
ANYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "those", "people", "someone"})


def _during_host(tok: Token) -> Token | None:
    """The word a phrase of the event's time hangs on: "during the flood", or a moment "of" the
    flood (its time, its night) with "at" or "on"."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_ in MOMENT_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # (at / on / in the time of it)
    elif prep.lower_ not in ("during", "throughout"):
        return None
    return prep.head if prep.dep_ == "prep" else None


def _unnamed_people(t: Token) -> bool:
    """Many people no one names ("visitors", "anyone", "those"): witnesses of what happened where
    they were (not a named one or one with a post: "the minister was in Tokyo during the coup")."""
    if t.lower_ in ANYONE_WORDS:
        return True
    # (a person in one of its senses: "climbers", first a plant)
    person = _people(t) or lexicon.has_person_sense(t.lemma_)
    # (a common plural the NER calls a person as it opens the sentence: "Shoppers in Lyon ...")
    named = t.ent_type_ and not (t.ent_type_ == "PERSON" and t.tag_ == "NNS" and t.is_sent_start)
    return _is_plural(t) and person and t.pos_ != "PRON" and not named


def _present_during_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where unnamed people were, or pictures come from, while the event happened: "Visitors who
    were in Lyon during the flood", or with a moment "of" it (its time, its night) after "at" or
    "on". A crowd there then saw it there (not one there for something else: "delegates who were
    in Tokyo for talks during the coup")."""
    host = _during_host(tok)
    if host is None:
        return _present_when_place(tok, doc)
    preps = ("in", "at")
    if host.pos_ in ("NOUN", "PRON", "PROPN"):
        if lexicon.is_depiction_noun(host.lemma_):
            preps = ("in", "at", "from")
        elif not _unnamed_people(host):
            return None
    elif host.lemma_ in ("be", "stay", "remain") and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in children_of(host)
    ):
        who = next((c for c in children_of(host) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None and host.dep_ == "acl" or who is not None and who.tag_ in ("WP", "WDT"):
            who = host.head  # "visitors who were in Lyon", "tourists staying in Lyon"
        if who is None or not _unnamed_people(who):
            return None
    else:
        return None
    found = [
        p
        for c in children_of(host)
        if c.dep_ == "prep" and c.lower_ in preps
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]
    return _one_place(found)


def _present_when_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where unnamed people or witnesses were as the event happened ("Witnesses in Lyon
    described the noise as the flood struck", "Hikers in Lyon took cover when the flood came")
    (not people reacting or watching it on a screen: "Fans in Lyon cheered as the final ended")."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when", "while") for c in children_of(clause)
    ):
        return None
    verb = clause.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # (the parse may hang the clause on the object: "heard a rumble as ...")
    if lexicon.is_reaction_verb(verb.lemma_) or _on_screen(verb):
        return None
    found = [
        p
        for c in children_of(verb)
        if c.dep_ == "nsubj"
        and (_unnamed_people(c) or lexicon.is_witness_noun(c.lemma_))
        and (p := _people_place(c, doc)) is not None
    ]
    return _one_place(found)


# words for where people live that WordNet files elsewhere than under locations
HOME_GROUND = frozenset({"doorstep", "village", "community", "street", "backyard", "estate", "farm"})


def _their_ground_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where people of a place live, when the event happened there ("Residents of Lyon woke to news
    that the flood had struck in their district", "Farmers in Lyon said the flood hit their
    village"): "their" points at the one people of a place the sentence names before."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    grounds = [
        g
        for c in children_of(verb)
        for g in (
            [c]
            if c.dep_ == "dobj"
            else children_of(c)
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")
            else []
        )
        if g.dep_ in ("dobj", "pobj")
        and (g.lemma_.lower() in HOME_GROUND or _is_location_noun(g))
        and any(d.dep_ == "poss" and d.lower_ == "their" for d in children_of(g))
    ]
    if not grounds or not _occurs(verb) and not lexicon.verb_kinds(verb.lemma_) & HARM_VERB_KINDS:
        return None
    found = [
        p
        for t in sent_tokens(tok)
        if t.i < tok.i and t.dep_ == "nsubj" and (p := _people_place(t, doc)) is not None
    ]
    return _one_place(found)


def _dateline_place(sent: Span, doc: Doc) -> tuple[int, int, str] | None:
    """The place of a dateline: a sentence that opens with a place name and a dash or colon
    ("Maputo: The sinkhole appeared late on Friday", "PARIS (Reuters) - The strike began",
    "Saitama, Tuesday - The storm ..."), or
    that follows one the sentence splitter cut off ("Shantou -"). A story datelined somewhere
    tells what happened there; only for an event the sentence gives no other place.
    (Read once per sentence: each mention in it asks.)"""
    known = doc.user_data.setdefault("copydesk_datelines", {})
    if sent.start not in known:
        known[sent.start] = _read_dateline(sent, doc)
    return known[sent.start]


def _read_dateline(sent: Span, doc: Doc) -> tuple[int, int, str] | None:
    tokens = doc_tokens(doc)
    # (the splitter may cut "PARIS (Reuters) -" into one or two sentences before this one)
    starts = [sent.start]
    while len(starts) < 3 and starts[-1] > 0:
        starts.append(tokens[starts[-1] - 1].sent.start)
    for start in starts:
        # (a dash set off by spaces, not a hyphen: "The Indore-based firm")
        end = next(
            (
                t.i
                for t in tokens[start + 1 : min(start + 8, len(doc))]
                if t.text == ":" or t.text in DASHES and tokens[t.i - 1].whitespace_
            ),
            None,
        )
        if end is None or (start != sent.start and not all(t.is_space for t in tokens[end + 1 : sent.start])):
            continue  # (a dateline cut off is all there is before this sentence)
        words = [t for t in tokens[start:end] if not t.is_space]
        if len(words) > 2 and words[0].text == "(" and words[-1].text == ")":
            words = words[1:-1]  # "(Pakistan) — ...": a press release's place in brackets
        while words and words[-1].text == ")":  # "PARIS (Reuters)": the agency in brackets
            opened = next((k for k in range(len(words) - 1, -1, -1) if words[k].text == "("), None)
            words = words[:opened] if opened else []
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        if comma and all(_is_time(t) or t.like_num or t.is_punct for t in words[comma + 1 :]):
            words = words[:comma]  # "Saitama, Tuesday -", "LONDON, May 5 (Reuters) -": the date
        if not words or not all(
            (t.is_title or t.is_upper) and t.pos_ != "DET" or t.text == "-" for t in words if t.is_alpha
        ):
            continue
        name = doc[words[0].i : words[-1].i + 1]
        text = name.text.title() if name.text.isupper() else name.text
        if resolve(text):
            return (name.start_char, name.end_char, text)
    return None


def _clause_above_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place of the clause the event's clause hangs on ("Hundreds gathered in Maputo as the
    by-election was won", "Crowds cheered in Lyon when the final ended"): the one place phrase
    of the first verb above the event's own, through clause links only (as, when, while,
    infinitives, conjoined verbs). Never across a verb of saying (the speaker's place), of
    being, staying or going ("the minister was in Tokyo during the coup"), nor from an event
    the verb takes as anything but its time ("rescuers worked in Lyon after the crash", "marched
    in London against the war"), nor from the event's own verb.
    Called last: only for an event its sentence gives no other place."""
    # (the event's own verb placed it or not already: "saw the walkout in Lyon" is where people
    # saw it, "the gala resembled one in Adelaide" another's place)
    own = tok.dep_ in ("nsubj", "nsubjpass", "dobj")
    if own:
        verb = tok.head
        if _sensed(verb) and _on_screen(verb):
            return None  # (as in `_came_for_place`)
    elif tok.dep_ == "pobj" and tok.head.lower_ == "during":
        verb = tok.head.head  # (not "marched in London against the war": a cause, not a time)
    else:
        return None
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX") or speaks(verb):
            return None
        # (where people were or went: "the minister was in Tokyo during the coup"; the event's
        # own predicate, whatever its kind, only passes the climb on: "as the walkout began")
        if verb.i != tok.head.i and {"verb.stative", "verb.motion"} & lexicon.verb_kinds(verb.lemma_.lower()):
            return None
        found = [
            p
            for c in children_of(verb)
            # (a phrase put before the event scopes its whole clause: "Across China, the
            # tournament caused widespread disruption")
            if (not own or c.i < tok.i)
            and c.dep_ == "prep"
            and c.lower_ in EVENT_PLACE_PREPS - {"to", "into", "through"}
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
        if found:
            return _one_place(found)
        if verb.dep_ not in ("advcl", "xcomp", "conj", "pcomp"):
            return None
        verb, own = verb.head, False
    return None


def _answered_where(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place the next sentence gives in answer to "Where did the explosion happen?" ("In
    Y, according to the operator.", "In a hotel in Y, organisers said."): the question's
    event is the subject of the verb "where" asks about; the answer opens with the place's
    preposition."""
    tokens = doc_tokens(doc)
    verb = tok.head
    if not (
        tok.dep_ in ("nsubj", "nsubjpass")
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(verb))
        and tok.sent.end < len(doc)
        and tokens[tok.sent.end - 1].text == "?"
    ):
        return None
    answer = tokens[tok.sent.end].sent
    opener = next((t for t in answer if not t.is_space), None)
    if opener is None or opener.lower_ not in ("in", "at", "near"):
        return None
    for g in children_of(opener):
        if g.dep_ == "pobj":
            return _place_of(g, doc) or _located(g, doc)
    return None


def _as_scene_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place the main clause sets for an event told in its "as" clause: what the people
    there filled ("Crowds thronged Lyon as the fair opened"), what the moment changed or
    swept up ("Lyon was thrown into chaos as the raid took place", "Lyon became the focus of
    attention as the quake struck"), or the scene an "it was" names ("It was a festive day in
    Lyon as the parade was held", "There were scenes of joy in Lyon as the parade passed"), or
    the place people were told to keep away from while it went on ("Motorists were told to avoid
    Lyon while the crash was cleared", "to keep away from Lyon as the storm raged"). Never
    a place that acts ("Spain imposed tariffs as the summit opened"), nor one that watched, felt
    or said. Called last."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    # (or "when": "It was a festive day in Lyon when the parade was held"; not a telling of it:
    # "It was evening in Lyon when the blast was reported")
    if verb.dep_ != "advcl" or not any(
        (c.dep_ == "mark" and c.lower_ in ("as", "while"))
        or (c.dep_ == "advmod" and c.lower_ == "when" and not speaks(verb))
        for c in children_of(verb)
    ):
        return None
    main = verb.head
    if (p := _kept_away_from(main, doc)) is not None:
        return p
    if main.lemma_ == "be" and any(c.dep_ == "expl" for c in children_of(main)):
        # "There were scenes of joy in Lyon as ...": the scene's place, on it or on "were"
        scenes = [c for c in children_of(main) if c.dep_ == "attr"]
        return _one_place(
            [
                p
                for h in [main, *scenes, *(g for c in scenes for g in _objects_of(c, "of"))]
                for g in _in_or_at(h)
                if (p := _place_of(g, doc)) is not None
            ]
        )
    # "Reporters described the scene in Lyon as the parade set off": the scene is the event's,
    # whoever tells of it (the parse may hang its place on the verb, right after it)
    scenes = [c for c in children_of(main) if c.dep_ == "dobj" and c.lemma_.lower() == "scene"]
    if scenes:
        after = [g for g in _in_or_at(main) if g.head.i == scenes[0].right_edge.i + 1]
        return _one_place(
            [p for g in [*_in_or_at(scenes[0]), *after] if (p := _place_of(g, doc)) is not None]
        )
    kind = lexicon.verb_kind(main.lemma_)
    if main.pos_ not in ("VERB", "AUX") or speaks(main) or kind in MENTAL_VERB_KINDS - {"verb.stative"}:
        return None
    subjects = [c for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass")]
    crowd = any(_people_or_count(s) for s in subjects)
    found = []
    for c in children_of(main):
        if (
            c.dep_ == "nsubjpass"
            or (c.dep_ == "nsubj" and kind == "verb.change")
            or (c.dep_ == "dobj" and crowd)
        ):
            found.append(_place_of(c, doc))
            if c.dep_ != "dobj" and _is_time(c):
                found += [_place_of(g, doc) for g in _in_or_at(c)]  # "A quiet morning in Lyon was shattered"
        elif c.dep_ == "attr" and main.lemma_ == "be" and any(s.lower_ == "it" for s in subjects):
            found += [_place_of(g, doc) for g in _in_or_at(c)]
    # "What was a calm afternoon in Lyon turned to chaos when ...": the time of day in a place that
    # the free relative subject names is the scene (the parse makes its copula the verb's
    # subject clause, or the verb's head)
    copula = next((c for c in children_of(main) if c.dep_ == "csubj" and c.lemma_ == "be"), None)
    if copula is None and not subjects and main.head.lemma_ == "be" and main.head.i < main.i:
        copula = main.head
    times = [c for c in children_of(copula) if c.dep_ in ("attr", "nsubj") and _is_time(c)] if copula else []
    if times:
        found += [_place_of(g, doc) for h in (copula, *times) for g in _in_or_at(h)]
    return _one_place([p for p in found if p is not None])


def _in_or_at(t: Token) -> list[Token]:
    """The objects of the word's "in" / "at" phrases, not one of a list."""
    return [
        g
        for prep in children_of(t)
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for g in children_of(prep)
        if g.dep_ == "pobj" and not _listed(g)
    ]


def _objects_of(t: Token, prep: str) -> list[Token]:
    """The objects of a word's preposition `prep`: "the eviction of [squatters]", "a sit-in by
    [drivers]"."""
    return [
        g
        for c in children_of(t)
        if c.dep_ == "prep" and c.lower_ == prep
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def _agents(verb: Token) -> list[Token]:
    """Who a passive verb was done by: the objects of its "by" ("hosted by [Norway]")."""
    return [g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]


def _kept_away_from(main: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a clause tells people to avoid or stay away from ("were told to avoid Lyon",
    "asked to keep away from Lyon"), on the verb or on its infinitive."""
    found = []
    for v in (main, *(c for c in children_of(main) if c.dep_ == "xcomp")):
        if v.lemma_.lower() == "avoid":
            found += [p for c in children_of(v) if c.dep_ == "dobj" and (p := _place_of(c, doc)) is not None]
        # ("stay away from Lyon": the parse hangs "from" on "away", on the verb, or makes "away"
        # the clause's head)
        away = [c for c in children_of(v) if c.lower_ == "away" and c.dep_ == "advmod"]
        found += [
            p
            for c in (*children_of(v), *(g for a in away for g in children_of(a)))
            if (away or v.lower_ == "away") and c.dep_ == "prep" and c.lower_ == "from"
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
    return _one_place(found)


# entity labels of a time ("on a wet morning") or a count, not a name
NAMELESS_LABELS = COUNT_LABELS | {"DATE", "TIME"}
# what a place phrase below the event's predicate must not pass through: another clause, or
# words that make it the place of something else (a route, a goal, an origin, whose it is)
PREDICATE_STOP_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "appos", "conj"})
PREDICATE_PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "outside", "inside", "throughout"})
# ... prepositions of a route, a goal, an origin, a topic, an agent or a company
PREDICATE_BLOCKING_PREPS = frozenset(
    {"from", "to", "into", "toward", "towards", "for", "of", "about", "on", "against", "by", "with"}
    | {"between", "via", "through"}
    # ("came weeks after an olympiad in Puxi": the place of what it followed or preceded)
    | {"after", "before", "since", "until"}
)
# kinds of verb whose infinitive of purpose is being at the event: cover, watch, attend
PRESENCE_VERB_KINDS = frozenset({"verb.perception", "verb.stative", "verb.contact", "verb.motion"})
# verbs whose phrases are the mind's, not the event's
MENTAL_VERB_KINDS = frozenset({"verb.cognition", "verb.emotion", "verb.perception", "verb.stative"})


def _predicate_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The one place phrase deeper in the event's own predicate, when nothing nearer placed it:
    "The storm sent the river over its banks in Monaco". The event is the subject, or what a
    relative clause on it ("which drew fans in Lyon") is about; the path down from its verb
    stays in the verb's clause and passes no person or group ("angered commuters in Lyon"), no
    other happening or message ("led to protests in Lyon", "made headlines in Lyon"), no name,
    and no preposition of route, goal, origin or topic; a phrase on the verb itself was the
    verb's to give. Not a verb of saying, thinking, feeling or reacting. Called last.

    A place that ends the clause may also be reached past the people the event drew, trapped or
    was carried out by ("drew thousands of supporters in Lyon", "was staged by traders in
    Lyon"), or past a happening it took place in or is said to be ("was set in the last race
    of the night in Lyon", "became a rout in Lyon"): the parse hangs a clause's last place
    phrase on the nearest noun, and in news copy it says where the clause's event was."""
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else []
    # "A landslide swept away homes in Kerala": the parse made the subject the root and
    # its verb, with an object, a participle on it
    verbs += [
        c
        for c in children_of(tok)
        if tok.dep_ == "ROOT"
        and c.dep_ == "acl"
        and c.i == tok.i + 1
        and any(g.dep_ == "dobj" for g in children_of(c))
    ]
    # "the premiere, which drew fans in Lyon"
    verbs += [
        c
        for c in children_of(tok)
        if c.dep_ == "relcl"
        and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in children_of(c))
        and not _irrealis(c)
    ]
    strict: list[tuple[int, int, str]] = []
    loose: list[tuple[int, int, str]] = []
    for verb in verbs:
        reached = _verb_places(verb, tok, doc)
        if reached is None:
            return None  # "drew crowds in Kumasi and Tamale": several places
        strict += reached[0]
        loose += reached[1]
    return _one_place(strict or loose)


def _verb_places(
    verb: Token, tok: Token, doc: Doc
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None:
    """The places `_predicate_place` reaches from one verb of the event: the strict ones, and
    the clause-final ones reached past people or a happening; None for a list of places."""
    if verb.pos_ != "VERB" or lexicon.is_reaction_verb(verb.lemma_):
        return [], []
    if speaks(verb) and not _took_lives(verb):
        return [], []
    kind = lexicon.verb_kind(verb.lemma_)
    if (
        kind in MENTAL_VERB_KINDS
        and not (kind == "verb.stative" and any(c.dep_ == "agent" for c in children_of(verb)))
        and not _ended_in_outcome(verb, ("in", "with"))
    ):
        # (but "was attended by thousands in Lyon": they were there; "ended 2-1 in Lyon")
        return [], []
    found: list[tuple[int, int, str]] = []
    loose: list[tuple[int, int, str]] = []
    # (a place phrase on the verb itself was the verb's to give, and was not taken: "made
    # headlines in Madrid" is where the headlines were)
    todo = [
        (c, False)
        for c in children_of(verb)
        if c.i != tok.i
        and c.dep_ not in PREDICATE_STOP_DEPS | {"nsubj", "nsubjpass", "mark", "punct"}
        and not (c.dep_ == "prep" and c.lower_ in PREDICATE_PLACE_PREPS)
    ]
    # ... but what it took place in may end the clause with one: "was run in the heat in Lyon"
    todo += [
        (g, True)
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ in PREDICATE_PLACE_PREPS
        for g in children_of(c)
        if g.dep_ == "pobj" and _place_of(g, doc) is None
    ]
    # ... and the state it left its object in, which the parse makes a participle on the object
    # or a clause of its own with no subject ("left the barge stranded on a mudflat near Lyon")
    objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
    todo += [
        (g, True)
        for c in (*children_of(verb), *(c for o in objects for c in children_of(o)))
        if c.tag_ in ("VBN", "VBD")
        and (c.dep_ == "acl" or c.dep_ == "ccomp" and any(o.i < c.i for o in objects))
        # (a state, not what another did: "a warehouse owned by a firm in Leeds")
        and not any(
            g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") for g in children_of(c)
        )
        for g in children_of(c)
    ]
    while todo:
        w, past = todo.pop()
        if w.dep_ in PREDICATE_STOP_DEPS and not (past and w.dep_ == "acl" and w.tag_ == "VBN"):
            continue  # (past people: "left several people injured in Lyon")
        if w.dep_ == "prep":
            low = w.lower_
            if low in PREDICATE_PLACE_PREPS or _on_site(w):
                for g in children_of(w):
                    if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None:
                        if _listed(g):
                            return None
                        if not past:
                            found.append(p)
                        elif _ends_clause(g):
                            loose.append(p)
                        continue
                    todo.append((g, past))
            elif (
                low not in PREDICATE_BLOCKING_PREPS
                or (past and low == "of" and (event_lemma(w.head) is not None or w.head.lower_ == "front"))
                # ("On a wet morning in Lyon, the crash happened ...": the time's setting)
                or (
                    low == "on"
                    and w.head.i == verb.i
                    and any(g.dep_ == "pobj" and _is_time(g) for g in children_of(w))
                )
                # ("trapped dozens of labourers in Lyon", "a crowd of fans in Lyon")
                or (low == "of" and _amount(w.head))
            ):
                # (and "the final race of the day in Lyon", "in front of a crowd in Lyon")
                todo += [(c, past) for c in children_of(w)]
            elif low in TIME_PREPS and (
                spans := [t for g in children_of(w) if (t := _stretch(g)) is not None]
            ):
                todo += [(c, past) for t in spans for c in children_of(t)]  # "for most of the day in Lyon"
            elif low == "by" and w.head.i == verb.i:
                todo += [(c, True) for c in children_of(w)]  # "was carried out by gunmen in Lyon"
            elif low == "with" and w.head.i == verb.i and _ended_in_outcome(verb, ("with",)):
                # "ended with an arrest in Lyon": the happening it ended in, then that one's place
                todo += [
                    (c, True)
                    for g in children_of(w)
                    if g.dep_ == "pobj" and event_lemma(g) is not None
                    for c in children_of(g)
                ]
            elif low == "to" and w.head.i == verb.i and not _causes(verb):
                # "came to a close in Lyon", "brought the city to a halt in Lyon": the stop
                # it reached, then the clause's place
                todo += [(c, True) for g in children_of(w) if reached_state(g) for c in children_of(g)]
            elif low in ("after", "before") and w.head.i == verb.i:
                # "began moments after the final whistle in Lyon": the moment of its own scene
                # (not "weeks after an olympiad in Lyon", another event told of)
                # ("opened before a packed courtroom in Lyon": a site it faced)
                todo += [
                    (g, True)
                    for g in children_of(w)
                    if g.dep_ == "pobj"
                    and (_scene_moment(g) or (lexicon.is_site_noun(g.lemma_) and event_lemma(g) is None))
                ]
            continue
        if (w.pos_ == "PROPN" or (w.ent_type_ and w.ent_type_ not in NAMELESS_LABELS)) and not (
            # (past the one who did it, named: "was performed by the Governor in Lyon")
            w.head.lower_ == "by" and w.head.head.i == verb.i and w.ent_type_ in ("", "PERSON")
        ):
            continue
        if w.pos_ == "NOUN" and (lexicon.noun_kind(w.lemma_) in lexicon.TOPIC_LEXNAMES or _ranked(w)):
            continue  # ("made headlines in Madrid", "hit the busiest port in Asia": a rank)
        if (w.pos_ == "NOUN" and _people_or_count(w)) or (w.dep_ == "dobj" and w.pos_ in ("ADJ", "NUM")):
            # ("angered commuters in Lyon": only past what the event's own verb did to them)
            # (a count or "several" standing for people: "left several injured in Lyon")
            todo += [(c, True) for c in children_of(w)]
            continue
        if w.pos_ == "NOUN" and event_lemma(w) is not None:
            # ("led to protests in Lyon" is theirs; "took place during roadworks in Lyon",
            # "became a rout in Lyon" the event's own)
            if w.dep_ in ("attr", "oprd") or (
                w.dep_ == "pobj" and w.head.lower_ in ("in", "at", "during", "amid", "by", "after", "before")
            ):
                todo += [(c, True) for c in children_of(w)]
            continue
        todo += [(c, past) for c in children_of(w)]
    return found, loose


def _on_site(prep: Token) -> bool:
    """ "on" a site or a part of one ("dumped snow on a motorway in Lyon", "stuck on a mudflat
    near Lyon", "on a ring road outside Lyon"): a locative "on", not a topic's ("a ban on
    imports")."""
    return prep.lower_ == "on" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and lexicon.is_site_noun(g.lemma_) and event_lemma(g) is None
        for g in children_of(prep)
    )


def _stretch(g: Token) -> Token | None:
    """The time word of a stretch of time a preposition's object names ("hours", "three
    weeks", "most of the day": "day"), else None."""
    if g.dep_ != "pobj":
        return None
    if _is_time(g):
        return g
    return next(
        (
            t
            for p in children_of(g)
            if p.dep_ == "prep" and p.lower_ == "of"
            for t in children_of(p)
            if _is_time(t)
        ),
        None,
    )


def _amount(noun: Token) -> bool:
    """A count, a share or a body of people whose "of" names what or who they were: "dozens of
    labourers", "a crowd of mourners", "most of the stock", "all of the homes"."""
    if noun.tag_ in ("JJS", "DT", "PDT"):
        return True
    return noun.pos_ == "NOUN" and (
        noun.ent_type_ in COUNT_LABELS or lexicon.noun_kind(noun.lemma_) in ("noun.quantity", "noun.group")
    )


def _ranked_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "The flood was the worst in Lima since 1998", "the first of its kind" there, "is thought
    to have been the first in Lima", "The flood, the deadliest in Lima since 1998, ...": an event
    ranked among those in a place is one of them (the place contains it)."""
    said = [c for c in children_of(tok) if c.dep_ == "appos"]  # (set off by commas or dashes)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # (set off by dashes, the parse may make it a second subject of the verb)
        said += [
            c
            for c in children_of(tok.head)
            if c.dep_ == tok.dep_
            and c.i > tok.i
            and c.left_edge.i - tok.i <= 3
            and any(t.text in DASHES or t.text == "," for t in doc_tokens(doc)[tok.i + 1 : c.left_edge.i])
        ]
    copula = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and copula.lemma_ != "be":
        copula = next((c for c in children_of(copula) if c.dep_ == "xcomp" and c.lemma_ == "be"), copula)
    if tok.dep_ in ("nsubj", "nsubjpass") and copula.lemma_ == "be":
        said += [c for c in children_of(copula) if c.dep_ == "attr"]
    ranks = [c for c in said if _ranks(c)]
    found = []
    if any(r.head.i == copula.i for r in ranks) and copula.lemma_ == "be":
        # "For Lagos, the flood was a first": the place it was a first for
        found += [
            p
            for c in children_of(copula)
            if c.dep_ == "prep" and c.lower_ == "for" and c.i < tok.i
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
    for rank in ranks:
        # "The flood was Lima's second in a month", "Lima's worst flood": the place's own
        found += [p for c in children_of(rank) if c.dep_ == "poss" and (p := _place_of(c, doc)) is not None]
        todo = list(children_of(rank))
        while todo:
            w = todo.pop()
            if w.dep_ == "acl" and w.tag_ == "VBN":
                todo += list(children_of(w))  # "the first ever recorded in Lima", "the worst seen in"
            if w.dep_ == "prep" and w.lower_ in ("in", "of"):
                for g in children_of(w):
                    if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None:
                        found.append(p)
                    elif g.dep_ == "pobj" and g.lower_ in ("kind", "type", "sort"):
                        todo += list(children_of(g))  # "the first of its kind" somewhere
                    elif g.dep_ == "pobj" and w.lower_ == "in":
                        # "the deadliest in Lima's history": the place whose record it is
                        found += [
                            p
                            for c in children_of(g)
                            if c.dep_ == "poss" and (p := _place_of(c, doc)) is not None
                        ]
    return _one_place(found)


def _ranks(c: Token) -> bool:
    """A word that ranks: a superlative or an ordinal ("the worst", "the first", "the most
    significant"), or a noun one of those modifies ("the deadliest flood")."""
    if c.tag_ == "JJS" or c.ent_type_ == "ORDINAL":
        return True
    if any(a.dep_ == "advmod" and a.tag_ == "RBS" for a in children_of(c)):
        return True
    return any(a.dep_ == "amod" and (a.tag_ == "JJS" or a.ent_type_ == "ORDINAL") for a in children_of(c))


def _what_happened_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "Reacting to the blast, the minister said what happened in Lyon was a tragedy": a
    definite event and "what happened in X" in one sentence are one happening (not "compared
    it to what happened in X", a phrase's object, often another)."""
    if not _definite(tok) or _is_plural(tok):
        return None
    for verb in sent_tokens(tok):
        if (
            verb.pos_ == "VERB"
            and verb.dep_ in ("csubj", "csubjpass", "ccomp", "nsubj")
            and _occurs(verb)
            and any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children_of(verb))
        ):
            return _one_place(_own_places(verb, doc) or [])
    return None


def _scene_moment(g: Token) -> bool:
    """A definite happening "after" or "before" which another came in the same scene, with
    no other kind of event named: "the final whistle", "the opening ceremony"."""
    return (
        g.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(g))
        and not _is_plural(g)
        and lexicon.noun_kind(g.lemma_) == "noun.event"
    )


def _ends_clause(g: Token) -> bool:
    """A phrase whose name ends its clause: the sentence, or a comma, dash or semicolon, or an
    "and" that starts another clause come right after it, or a time phrase that ends it."""
    nxt = doc_tokens(g.doc)[g.right_edge.i + 1] if g.right_edge.i + 1 < len(g.doc) else None
    if nxt is None or nxt.is_sent_start or nxt.text in (".", ",", ";", ":", "!", "?", ")", *DASHES):
        return True
    if nxt.dep_ == "prep" and nxt.head.i != g.i:
        # (or only a time follows: "left dozens trapped in Lyon at a time when ...")
        return any(o.dep_ == "pobj" and _is_time(o) and _ends_clause(o) for o in children_of(nxt))
    return nxt.lower_ in ("and", "but") and nxt.head.pos_ in ("VERB", "AUX") and nxt.head.i != g.i


def _listed(g: Token) -> bool:
    """A place named in a list ("in Kumasi and Tamale"): several places, not one to compare."""
    return any(c.ent_type_ in PLACE_LABELS or c.pos_ == "PROPN" for c in g.conjuncts)


def _ranked(noun: Token) -> bool:
    """A noun ranked by a superlative or "only" ("the busiest port in Asia"): its "in" is the
    range of the rank, not where the thing is."""
    return any(a.tag_ == "JJS" or a.dep_ == "amod" and a.lower_ == "only" for a in children_of(noun))


def _causes(verb: Token) -> bool:
    """A verb that makes its object happen ("caused", "sparked", "set off")."""
    if verb.pos_ != "VERB":
        return False
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), "")
    return lexicon.is_causative_verb(verb.lemma_, particle) or (
        not particle and lexicon.is_causative_verb(verb.lower_)
    )


def _cause_heads(tok: Token) -> list[Token]:
    """Verbs whose place is the event's although the event is neither their subject nor the
    object of a light verb:
    - a verb that causes or begins the event ("Lightning sparked the bushfire near Adelaide",
      "Faulty wiring caused the fire at a care home in Lille", "Gunmen opened fire on
      worshippers at a mosque in Christchurch"): a cause acts where its effect happens;
    - a verb of harm, motion or change whose circumstance the event is ("Fans were injured in
      the crush at a concert hall in Seoul", "inmates escaped in the jailbreak at a prison in
      Gulu", "three died in the fire at a Leeds hotel"): what befell people in an event
      befell them where it was. Not a verb that reacts to it ("was condemned in Paris in the
      wake of the attack") nor one of speech or thought."""
    verb = tok.head
    if tok.pos_ == "VERB":
        return []
    if tok.dep_ == "dobj" and (_causes(verb) or verb.pos_ == "VERB" and verb.lemma_.lower() in START_VERBS):
        return [verb]  # (a verb that begins the event causes it too: "opened fire at a mosque in X")
    prep = tok.head
    # "during" only for a physical happening: "Buildings collapsed across Peru during the
    # earthquake" (not "Shops in Madrid stayed shut during the strike")
    during = prep.lower_ == "during" and (
        lexicon.noun_kind(tok.lemma_) in PHYSICAL_EVENT_KINDS or lexicon.is_natural_phenomenon(tok.lemma_)
    )
    if (
        tok.dep_ == "pobj"
        and (prep.lower_ == "in" or during)
        and prep.dep_ == "prep"
        and prep.head.pos_ == "VERB"
    ):
        verb = prep.head
        kinds = lexicon.verb_kinds(verb.lemma_)
        if (
            lexicon.verb_kind(verb.lemma_) in HARM_VERB_KINDS
            and kinds & HARM_VERB_KINDS
            and not lexicon.is_reaction_verb(verb.lemma_)
        ):
            return [verb]
    return []


def _harmed_people_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """Where the people harmed in the event were: the subject of a verb of harm whose "in"
    names the event ("Worshippers at a mosque in Leeds were hurt in the attack", "two
    residents of Ely died in the fire"; same verbs as `_cause_heads`' harm branch), or the
    people a participle of harm by it hangs on ("residents in Ely affected by the flood")."""
    verbs = _cause_heads(tok) if tok.dep_ == "pobj" and tok.head.lower_ == "in" else []
    found = [
        p
        for v in verbs
        for who in children_of(v)
        if who.dep_ in ("nsubj", "nsubjpass") and (p := _people_place(who, doc)) is not None
    ]
    # the people a participle of harm by the event hangs on: "residents in Ely affected by the
    # flood", "Among those hardest hit by the flood were pensioners in Ely" (the copula's)
    verb = tok.head.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "by"
        and verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and lexicon.verb_kind(verb.lemma_) in HARM_VERB_KINDS
    ):
        who = verb.head
        among = who.lower_ == "those" and who.dep_ == "pobj" and who.head.lower_ == "among"
        if among and who.head.head.lemma_ == "be":
            people = [c for c in children_of(who.head.head) if c.dep_ in ("nsubj", "attr")]
        else:
            people = [who]
        found += [p for w in people if (p := _people_place(w, doc)) is not None]
    return found


def _off_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "the capsizing off Tonga", "the spill off Cornwall": the small model may
    take "off" right after a noun for a particle, or hang it and the place on something else
    (before a place it is no particle: "called off the strike" puts it before the noun)."""
    return _after_off(tok.i + 1, doc) if tok.pos_ == "NOUN" else None


def _craft_when_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "The train was just outside Lyon when the derailment happened", "the ship had been
    holding position off Tangier when the seizure took place": where the vehicle a clause is
    about was at the moment the event happened (not "the minister was in Paris when the
    bombing happened": a person is elsewhere)."""
    pred = tok.head
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        or pred.dep_ != "advcl"
        or not (_occurs(pred) or _staging(pred))
    ):
        return None
    if not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in children_of(pred)):
        return None
    main = pred.head
    subject = next((c for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not lexicon.is_vehicle_noun(subject.lemma_):
        return None
    found = _own_places(main, doc, goals=False) or []
    # (or an "off" the parse made a particle: "holding position off Tangier")
    found += [p for c in children_of(main) if c.dep_ == "prt" and (p := _after_off(c.i, doc)) is not None]
    return _one_place(found)


def _after_off(i: int, doc: Doc) -> tuple[int, int, str] | None:
    """The place right after an "off" at `i`, whatever the parse made of it."""
    tokens = doc_tokens(doc)
    if i + 1 >= len(tokens) or tokens[i].lower_ != "off":
        return None
    g = tokens[i + 2] if tokens[i + 1].pos_ == "DET" and i + 2 < len(tokens) else tokens[i + 1]
    ent = _ent_at(doc, g.i)
    if ent is not None:
        g = tokens[ent.end - 1]
    while g.dep_ == "compound" and g.head.i > g.i:
        g = g.head
    return _place_of(g, doc)


def _victims_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where the people the event harmed or left somehow were: "the blast killed three people
    in Homs", "the riot left twenty people dead in Belgrade", "the storm left thousands
    stranded at Lyon airport" (the people's own "in" / "at" / "near", or their state's; not
    "residents of Lyon", who may have been elsewhere); also in a relative clause on the event
    ("The raid that left four guards dead in Homs", "that killed four guards in Homs")."""
    verbs = [
        v for v in ((tok.head if tok.dep_ == "nsubj" else None), _own_relative_clause(tok)) if v is not None
    ]
    return _one_place([p for verb in verbs for p in _victim_places(verb, doc)])


def _victim_places(verb: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The places of the people one verb of harm, or "left", names as its object."""
    if verb.pos_ != "VERB" or lexicon.is_reaction_verb(verb.lemma_):
        return []
    leave = verb.lemma_.lower() == "leave"
    if not leave and lexicon.verb_kind(verb.lemma_) not in HARM_VERB_KINDS - {"verb.motion"}:
        return []  # (not "followed a meeting in Lyon")
    found = []
    for who in children_of(verb):
        if who.dep_ != "dobj" or who.pos_ != "NOUN" or event_lemma(who) is not None:
            continue
        # the people's own phrase, or their state's ("dead in Belgrade": an adjective on them,
        # or the verb's complement); for "leave" only their state's ("left relatives in Madrid
        # grieving" names where the relatives live)
        holders = [] if leave else [who]
        # (a count and its people: "left dozens of passengers missing in Lyon")
        people = [who] + [
            g
            for c in children_of(who)
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == who.i + 1
            for g in children_of(c)
            if g.dep_ == "pobj" and _people(g)
        ]
        # (a count only as left in a state: "drew hundreds of onlookers in Lyon" is no harm)
        if not _people(who) and (len(people) == 1 or not leave):
            continue
        holders += [a for w in people for a in children_of(w) if a.dep_ == "amod" and a.i > w.i]
        # ("left several people missing in Lyon": their state as a participle right after them)
        holders += [
            a
            for w in people
            for a in children_of(w)
            if a.dep_ == "acl" and a.tag_ in ("VBN", "VBG") and a.i == w.i + 1
        ]
        if leave:
            holders += [a for a in children_of(verb) if a.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
        for h in holders:
            for prep in children_of(h):
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near"):
                    found += [
                        p
                        for g in children_of(prep)
                        if g.dep_ == "pobj"
                        and not _listed(g)
                        and (p := _place_of(g, doc) or _located(g, doc))
                    ]
    return found


def _own_relative_clause(tok: Token) -> Token | None:
    """The verb of a relative clause on the word whose subject is "that" / "which"."""
    return next(
        (
            c
            for c in children_of(tok)
            if c.dep_ == "relcl"
            and any(w.dep_ == "nsubj" and w.lower_ in ("which", "that") for w in children_of(c))
        ),
        None,
    )


def _people_place(who: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a word for people says they were in: "residents of Texas" (its "of" only for
    inhabitants, not "the mayor of Lyon"), "farmers in Ulm", "worshippers at the Leeds mosque";
    never "from" (where they come from)."""
    if not _people(who) or not (who.pos_ == "NOUN" or opening_common_noun(who)):
        return None
    if who.ent_type_ and not named_common_noun(who):
        return None
    for prep in children_of(who):
        if prep.dep_ != "prep":
            continue
        low = prep.lower_
        if not (
            low in ("in", "at", "near", "across", "around", "throughout")
            or (low == "of" and lexicon.is_inhabitant_noun(who.lemma_))
        ):
            continue
        for g in children_of(prep):
            if g.dep_ != "pobj" or _listed(g):
                continue  # (a list: "residents of Ely and Wisbech", "crowds in Adelaide and Darwin")
            found = _place_of(g, doc) or _located(g, doc)
            if found is not None:
                return found
    return None


def _came_for_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where people went or gathered for the event ("Leaders flew to Quito for the summit",
    "Fans flocked to Lisbon for the final", "Reporters travelled to Quito to cover the summit", "made
    the trip to Quito for the final"): a verb of motion, or a journey, whose "for" or infinitive
    of purpose is the event, its "to" or "in"; never "from", and only when the event has no
    place of its own."""
    verb = tok.head.head
    if tok.dep_ == "dobj" and tok.head.dep_ in ("advcl", "xcomp") and _purpose(tok.head):
        if _sensed(tok.head) and _on_screen(tok.head):
            return None  # "gathered at the embassy in Lima to watch the final on a big screen"
        verb = tok.head.head  # "Reporters travelled to Quito to cover the summit"
    elif tok.dep_ != "pobj" or tok.head.lower_ != "for" or verb.pos_ not in ("VERB", "NOUN"):
        return None
    # "Those who made the trip to Quito for the final" ("for" on the verb or on the noun): the
    # journey's own "to"
    trip = [verb] if verb.pos_ == "NOUN" else [c for c in children_of(verb) if c.dep_ == "dobj"]
    if trip and lexicon.is_journey_noun(trip[0].lemma_):
        return _one_place(_own_places(trip[0], doc) or [])
    # (or people getting together, with nothing gathered: "Dozens gathered in Lima for a vigil")
    gathered = lexicon.is_gathering_verb(verb.lemma_) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)
    )
    if verb.pos_ != "VERB" or (lexicon.verb_kind(verb.lemma_) != "verb.motion" and not gathered):
        return None
    found = _own_places(verb, doc)
    return _one_place(found)


def _called_to(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """ "Police were sent to Leeds after reports of a stabbing": those sent out over a
    report of the event were sent where it was."""
    told = told_of(tok)
    if told is None or told.dep_ != "pobj":
        return None
    verb = told.head.head
    if told.head.lower_ not in ("after", "following", "over") or verb.lemma_.lower() not in SUMMON_VERBS:
        return None
    found = [
        p
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]
    return _one_place(found)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose that is being at the event ("to cover the summit", "to watch
    the final", "to attend the funeral"), not talking, thinking or feeling about it ("to discuss
    the summit", "to explain the strike", "flew home to celebrate the win")."""
    return (
        verb.tag_ == "VB"
        and to_infinitive(verb)
        and not lexicon.is_reaction_verb(verb.lemma_)
        and lexicon.verb_kind(verb.lemma_) in PRESENCE_VERB_KINDS
    )


# verbs of carrying an act out (with their particle, if they need one): who did it "by" them
# was where it was done
DOING_VERBS = {
    "carry": "out",
    "hand": "down",
    "conduct": "",
    "perform": "",
    "issue": "",
    "deliver": "",
    "pronounce": "",
    "stage": "",
    "mount": "",
    "commit": "",
    "undertake": "",
}


def _doing(verb: Token) -> bool:
    """A verb of carrying an act out ("carried out", "handed down", "conducted")."""
    particle = DOING_VERBS.get(verb.lemma_.lower())
    return particle is not None and (not particle or any(c.lower_ == particle for c in children_of(verb)))


def _doers_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where those who carried the event out were, by a participle on it or a passive it is the
    subject of ("the raid, carried out by police in Lyon", "the ruling was issued by a court in
    Lyon"); not those who ordered, welcomed or criticised it."""
    verbs = [c for c in children_of(tok) if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    for verb in verbs:
        if not _doing(verb):
            continue
        for who in _agents(verb):
            if (p := _people_place(who, doc)) is not None:
                return p
    return None


def _participants_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where those who took part in the event were ("Dockers in Genoa joined the strike",
    "Marchers in Chicago took part in the march", "Nurses in Leeds went on strike", "Traders in
    Kumasi began a boycott", "Soldiers in Bouaké mutinied", "a sit-in by drivers in Porto"): the
    place a subject of people (or the "by" of the event noun) says they were in or at (never
    "from"), when the event has no place of its own."""
    head = tok.head
    verb = None
    if tok.pos_ == "NOUN" and (doers := _objects_of(tok, "by")):
        return _people_place(doers[0], doc)  # "a sit-in by taxi drivers in central Porto"
    if tok.pos_ == "NOUN" and (p := _doers_place(tok, doc)) is not None:
        return p  # "the raid, carried out by police in Lyon", "the ruling was issued by a court in Lyon"
    owner = next((c for c in children_of(tok) if c.dep_ == "poss" and c.pos_ == "NOUN" and _people(c)), None)
    if tok.pos_ == "NOUN" and owner is not None:
        # "the Cardiff bus drivers' walkout", "the nurses in Leeds' strike": where its people are
        named = [
            p
            for c in owner.subtree
            if c.dep_ == "compound" and c.i < owner.i and (p := _named_place(c, doc)) is not None
        ]
        return named[0] if len(named) == 1 else _people_place(owner, doc)
    if tok.pos_ == "VERB" and not tok.dep_.startswith("aux"):
        verb = tok  # "Soldiers in Bouaké mutinied", "A court in Lyon acquitted him"
    elif (
        tok.dep_ == "dobj"
        and head.pos_ == "VERB"
        and lexicon.verb_lemmas(head.text) & (PARTAKE_VERBS | START_VERBS)
    ):
        # "joined the strike", "Traders in Kumasi began a boycott" (not who staged it: "Organisers
        # in Valencia staged the final")
        verb = head
    elif tok.dep_ == "pobj" and head.lower_ == "in":
        h = head.head.head if head.head.lower_ == "part" else head.head
        if h.lemma_.lower() == "take" and any(c.lower_ == "part" for c in children_of(h)):
            verb = h  # "took part in the march" (the parse hangs "in" on either)
        elif h.lemma_.lower() == "participate":
            verb = h
    elif tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "go":
        verb = head.head  # "went on strike"
    elif tok.dep_ == "nsubj" and head.pos_ == "VERB" and lexicon.verb_lemmas(head.text) & DRAW_VERBS:
        # "The funeral drew thousands of mourners in Kumasi": those it drew
        return next(
            (
                p
                for c in children_of(head)
                if c.dep_ == "dobj" and (p := _people_place(_counted(c), doc)) is not None
            ),
            None,
        )
    if verb is None:
        return None
    return next(
        (p for c in children_of(verb) if c.dep_ == "nsubj" and (p := _people_place(c, doc)) is not None),
        None,
    )


def _counted(c: Token) -> Token:
    """What a number or share word counts ("hundreds of cars", "thousands of mourners", "most of
    the homes"), else the word itself."""
    if c.pos_ == "NUM" or c.ent_type_ == "CARDINAL" or c.lower_ in SHARE_WORDS:
        counted = [g for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p)]
        return next((g for g in counted if g.dep_ == "pobj"), c)
    return c


def _named_site_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place of a site the event names ("contained the leak at the derailment site outside
    Gdansk", "the crash site near Lyon"): the site's own locative phrase. Only a word that is
    first a site and has no happening among its usual senses (not "the gas leak in Brunei", a
    leak being also an escape, nor "the emergency landing")."""
    site = tok.head
    if (
        tok.dep_ != "compound"
        or site.pos_ != "NOUN"
        or not lexicon.is_first_a_site(site.lemma_)
        or lexicon.has_usual_event_sense(site.lemma_)
    ):
        return None
    return _located(site, doc)


def _stranded_site_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place of a site phrase right after the event's object that the parse hung on the
    verb ("Crews battled the blaze at a timber yard near Leeds"): the site's
    own place, when the verb acts on the event where it is (not a verb of seeing, speech,
    thought or feeling: "Fans watched the final at a pub in Leeds"). Also after a "to" the
    event is the goal of ("Police were called to a brawl at a bar in Leeds", "Crews responded
    to a fire in one district of Lima"): those sent or called to an event go where it is (not a
    verb of perceiving or feeling: "listened to the speech at a pub in Leeds")."""
    verb = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.dep_ == "prep":
        verb = tok.head.head
        distant = lexicon.verb_kind(verb.lemma_) in ("verb.perception", "verb.emotion")
    elif tok.dep_ == "dobj":
        distant = lexicon.verb_kind(verb.lemma_) in DISTANT_VERB_KINDS
    else:
        return None
    if verb.pos_ != "VERB" or tok.right_edge.i + 1 >= len(doc):
        return None
    prep = doc_tokens(doc)[tok.right_edge.i + 1]
    if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in STRANDED_PREPS:
        return None
    if distant or lexicon.is_reaction_verb(verb.lemma_):
        return None
    for g in children_of(prep):
        if g.dep_ == "pobj" and g.pos_ == "NOUN" and lexicon.is_site_noun(g.lemma_):
            # ("a district of Lima": an area's "of" names its place)
            return _located(g, doc) or (_place_of(g, doc) if _is_location_noun(g) else None)
    return None


def _pictured_place(tok: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where pictures of the event were taken ("Film taken in Kobe during / after the flood", "Photos
    from Kobe show the wreckage the flood left behind", "a clip shot in Kobe records the
    flood"): a camera is where what it shows is. The picture must show the event (its
    object, or a thing "of" or left "by" it) or be taken during it; only for an event the
    sentence gives no other place (called last)."""
    head = tok.head
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("after", "as", "when", "while") for c in children_of(head))
        and (
            picture := _picture_subject(head.head)
            or _picture_noun(head.head)
            or _picture_noun(head.head.head)
        )
        is not None
    ):
        # "Footage filmed in Tangier showed the moments just after the siege ended" (the parse may
        # make "filmed in Tangier" the subject clause of "showed")
        # ("Photos taken in Kobe after the flood reveal the damage", parsed with the flood as
        # the subject of "reveal"; "Images from Kobe in the days after the raid were shared",
        # with the raid as the subject of "shared")
        taken = [c for c in children_of(head.head) if c.dep_ == "csubj" and c.tag_ == "VBN"]
        if head.head.tag_ == "VBN" and _after_or_during(head):
            taken.append(head.head)
        return _picture_place(picture, doc) or next((p for c in taken if (p := _taken_place(c, doc))), None)
    if tok.dep_ != "pobj" and tok.dep_ != "dobj":
        return None
    if tok.dep_ == "pobj" and head.lower_ in ("during", "after") and head.head.pos_ in ("VERB", "NOUN"):
        taken = head.head  # "photos taken in Kobe during the flood"
        if taken.pos_ == "NOUN":  # "a video [shot] in Kobe during the flood", parsed as a noun
            picture = next((c for c in children_of(taken) if c.dep_ == "compound"), None)
        else:
            picture = taken.head if taken.dep_ == "acl" else _picture_subject(taken)
        depicted = picture is not None and lexicon.is_depiction_noun(picture.lemma_)
        if depicted and (p := _taken_place(taken, doc)) is not None:
            return p  # (else what the picture shows: "shows the moments after the flood")
    shown = tok
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        shown = head.head  # "the aftermath of the flood"
    elif tok.dep_ == "pobj" and head.lower_ in ("after", "before"):
        # "the moments just after the flood", "the minutes before it" (the parse may hang the
        # "after" on the verb beside the object)
        spans = [head.head, *(c for c in children_of(head.head) if c.dep_ == "dobj" and c.i < head.i)]
        shown = next((t for t in spans if t.lemma_ in MOMENT_NOUNS), tok)
    elif tok.dep_ == "pobj" and head.lower_ == "by" and head.head.dep_ == "acl":
        shown = head.head.head  # "the damage left by the flood"
    if shown.dep_ != "dobj" or shown.head.pos_ != "VERB" or (shown.i != tok.i and _people(shown)):
        return None
    verb = shown.head  # (one that shows it, not one that sets it beside another or judges it)
    if lexicon.is_comparing_verb(verb.lemma_) or lexicon.is_reaction_verb(verb.lemma_):
        return None
    picture = _picture_subject(verb)
    return _picture_place(picture, doc) if picture is not None else None


def _picture_subject(verb: Token) -> Token | None:
    """The picture or film that is the subject of verb ("Images from Kobe showed ..."), also
    one the parse cut off as a root of its own right before it ("Footage | filmed in ...")."""
    tokens = doc_tokens(verb.doc)
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.left_edge.i > 0 and _lone_root(tokens[verb.left_edge.i - 1]):
        subject = tokens[verb.left_edge.i - 1]
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ in PLACE_LABELS:
        return None
    if lexicon.is_depiction_noun(subject.lemma_) or _misread_taking(subject):
        return subject
    return None


def _misread_taking(t: Token) -> bool:
    """ "Phone video [shot] in Kobe shows ...": the participle that took the picture parsed as a
    noun the picture is a compound of, with the phrases of the taking."""
    before = doc_tokens(t.doc)[t.i - 1] if t.i else t
    return (
        t.tag_ == "NN"
        and before.dep_ == "compound"
        and before.head.i == t.i
        and lexicon.is_depiction_noun(before.lemma_)
        and any(c.dep_ == "prep" for c in children_of(t))
    )


def _picture_noun(t: Token) -> Token | None:
    """`t` itself, when it is a picture or a film ("Images | from Kobe ...")."""
    return t if t.pos_ == "NOUN" and lexicon.is_depiction_noun(t.lemma_) else None


def _after_or_during(clause: Token) -> bool:
    """A clause opened by "after" or "during"."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "during") for c in children_of(clause))


def _lone_root(t: Token) -> bool:
    """A word the parse left as a root of its own."""
    return t.dep_ == "ROOT" and t.head.i == t.i


def _picture_place(picture: Token, doc: Doc) -> tuple[int, int, str] | None:
    """Where a picture was taken: its "from" ("photos from Kobe") or the place of the verb
    that took it ("a clip shot in Kobe")."""
    if _misread_taking(picture):
        return _taken_place(picture, doc)
    for c in children_of(picture):
        if c.dep_ == "prep" and c.lower_ == "from":
            # (or "from near Kobe", "from outside Kobe")
            objects = [
                *children_of(c),
                *(g for n in children_of(c) if n.dep_ == "prep" for g in children_of(n)),
            ]
            for g in objects:
                if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None:
                    return p
        if c.dep_ == "acl" and c.tag_ == "VBN" and (p := _taken_place(c, doc)) is not None:
            return p
    return None


def _taken_place(taken: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place on the verb that took a picture ("filmed in Kobe", "shot near Kobe"); not one
    that spread it ("aired in Paris", "seen in Paris", "broadcast", "circulated") or told of it."""
    kind = lexicon.verb_kind(taken.lemma_)
    if lexicon.is_reaction_verb(taken.lemma_) or kind == "verb.perception":
        return None
    if kind == "verb.communication" and "verb.creation" not in lexicon.verb_kinds(taken.lemma_):
        return None
    found = _own_places(taken, doc, goals=False) or []
    return _one_place(found)


def _reported_where_place(verb: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a where-clause of a report is about, when the event's clause is what was
    reported there: "The first reports came from Vanuatu, where police said the siege began" (a
    verb of saying in the where-clause tells the source, the clause it reports where the event
    was)."""
    rel = verb.head
    # (only a clause that tells the event happened: "said it began", "said it was held", "said
    # it was mounted"; not "said the strike had been announced / planned", a report or a
    # thought about it)
    happened = _occurs(verb) or (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in children_of(verb))
        and (
            verb.lemma_.lower() in LIGHT_VERBS
            or lexicon.verb_kind(verb.lemma_) not in DISTANT_VERB_KINDS | {"verb.stative", None}
        )
    )
    if not (
        happened
        and verb.dep_ == "ccomp"
        and speaks(rel)
        and rel.dep_ == "relcl"
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(rel))
    ):
        return None
    return _where_host_place(rel.head, doc)


def _where_it_place(verb: Token, doc: Doc, mentions: Collection[int]) -> tuple[int, int, str] | None:
    """The place a where-clause hangs on when "it" does something there: "Much of the coverage
    was about Tver, where it shut the metro" (the caller finds what "it" stands for). Only when the
    last thing named before the place is an event mention (not "the firm moved to Tver after
    the merger, where it employs 300": the firm); not a saying, a thought or a feeling there
    ("where it was first reported", "where it is remembered"), nor what may or will be."""
    if not (
        verb.dep_ == "relcl"
        and verb.pos_ == "VERB"
        and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(verb))
        and it_subject(verb, passive=True)
        and lexicon.verb_kind(verb.lemma_) not in MENTAL_VERB_KINDS | DISTANT_VERB_KINDS
        and not lexicon.is_reaction_verb(verb.lemma_)
        and not speaks(verb)
        and not _irrealis(verb)
        # (not what the news of it did there: "where it led the evening bulletins")
        and not any(
            c.dep_ == "dobj" and lexicon.noun_kind(c.lemma_) in lexicon.TOPIC_LEXNAMES
            for c in children_of(verb)
        )
    ):
        return None
    host = verb.head
    named = [
        t
        for t in doc_tokens(doc)[host.sent.start : host.left_edge.i]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and _place_of(t, doc) is None
    ]
    if not named or named[-1].i not in mentions:
        return None
    return _where_host_place(host, doc)


def _traced_to(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """Where an event was traced to is where it started: "traced the outbreak to a market in
    Abuja", "the fire was traced to Leeds"; where it was placed is where it was: "accounts
    placed the hijacking in Voronezh", "the blast was located near Lyon", "close to Lyon"."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return []
    lemma = verb.lemma_.lower()
    preps = ("to",) if lemma in TRACE_VERBS else ()
    preps += ("in", "at", "near") if lemma in LOCATING_VERBS else ()
    phrases = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in preps]
    if lemma in LOCATING_VERBS:
        # "put the ditching close to Brest": the nearness adverb's "to"
        phrases += [
            p
            for a in children_of(verb)
            if a.dep_ == "advmod" and a.lower_ in NEARNESS
            for p in children_of(a)
            if p.dep_ == "prep" and p.lower_ == "to"
        ]
    return [
        p
        for c in phrases
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc) or _located(g, doc)) is not None
    ]


def _where_host_place(host: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a where-clause hangs on, or the one a location noun it hangs on is said to be
    ("Toulouse, the city where the riot erupted", "named Lyon as the spot where it happened")."""
    found = _place_of(host, doc)
    if found is None and _is_location_noun(host):
        found = next(iter(_site_named(host, doc)), None)
    return found


def _its_site_place(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place a location noun after the event is said to be, when its "its" stands for the
    event ("the fire, whose cause is unknown, and its location: Lyon", "the crash and its
    exact location, a road outside Lyon")."""
    tokens = doc_tokens(doc)
    for t in tokens[tok.i + 1 : tok.sent.end]:
        if t.lower_ == "its" and t.dep_ == "poss" and _is_location_noun(t.head) and _it_noun(t) is tok:
            site = t.head
            after = site.i + 2 < len(doc) and tokens[site.i + 1].text == ":"
            # (the parse may hang the name after the colon anywhere)
            named = _place_of(tokens[site.i + 2], doc) if after else None
            return _site_named(site, doc) or ([named] if named is not None else [])
    return []


def _site_named(site: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place a location noun is said to be: by a copula ("Leeds was the raid's venue",
    "Leeds became the raid's scene", "the venue of the raid was Leeds"), an apposition
    ("Leeds, the raid's scene, ...", also when the parse hangs it on another word), or "as"
    ("police named Leeds as the raid's venue", "Leeds was named as its venue")."""
    tokens = doc_tokens(doc)
    head = site.head
    if site.dep_ in ("nsubj", "attr") and head.lemma_ in ("be", "become"):
        other = "attr" if site.dep_ == "nsubj" else "nsubj"
        said = [c for c in children_of(head) if c.dep_ == other]
        # "Saitama, which was the sit-in's scene": the place the relative pronoun stands for
        # (or a cleft's focus: "It was Osaka, and not the capital, that became the riot's scene")
        said = [
            (_it_was_focus(head) or (head.head if head.dep_ == "relcl" else c))
            if c.tag_ in ("WDT", "WP")
            else c
            for c in said
        ]
        return [p for c in said if (p := _place_of(c, doc)) is not None]
    if site.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ == "VERB":
        if head.head.lemma_.lower() in WEIGHED_VERBS or any(c.dep_ == "neg" for c in children_of(head.head)):
            return []  # a candidate, not the venue: "considered Madrid as the venue"
        return [
            p
            for c in children_of(head.head)
            if c.dep_ in ("dobj", "nsubjpass") and (p := _place_of(c, doc)) is not None
        ]
    if site.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() not in WEIGHED_VERBS:
        # "police gave the location of the raid as Leeds": "as" on the verb or on the noun
        # (or on the event noun: "gave the location of [the raid as Leeds]")
        event = [
            g for c in children_of(site) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
        ]
        found = [
            p
            for c in (*children_of(head), *children_of(site), *(c for e in event for c in children_of(e)))
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
        if found and not any(c.dep_ == "neg" for c in children_of(head)):
            return found
    if site.dep_ == "appos" and (p := _place_of(head, doc)) is not None:
        return [p]
    # "its location: Ganzhou": a name after a colon says what the site is
    named = [
        p
        for c in children_of(site)
        if c.dep_ == "appos"
        and tokens[c.left_edge.i - 1].text == ":"
        and (p := _place_of(c, doc)) is not None
    ]
    if named:
        return named
    if site.dep_ == "pobj" and head.lower_ in ("at", "on") and tokens[head.i - 1].text == ",":
        # "the memorial was unveiled in Lyon, at the spot where the raid happened": a phrase set
        # off by a comma right after a place phrase of the same verb says where in it
        return [
            p
            for c in children_of(head.head)
            if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.right_edge.i == head.i - 2
            for g in children_of(c)
            if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
        ]
    # "the venue where the final was held, a sports complex in Lyon": what the apposition is in
    renamed = [
        p
        for c in children_of(site)
        if c.dep_ == "appos" and c.pos_ == "NOUN"
        for p in (_own_places(c, doc, goals=False) or [])
    ]
    if renamed:
        return [p] if (p := _one_place(renamed)) is not None else []
    start = site.left_edge.i
    # (set off by commas, the parse may make it anything: "Back in Lima, the scene of the
    # crash, security was tight")
    end = site.right_edge.i + 1
    set_off = end < len(doc) and tokens[end].text == ","
    if (
        (site.dep_ in ("appos", "npadvmod", "dobj", "pobj") or set_off)
        and start >= 2
        and tokens[start - 1].text == ","
    ):
        # "working in Lima, the crash's scene,": set off right after a place it renames
        return [p] if (p := _place_of(tokens[start - 2], doc)) is not None else []
    return []


def _it_was_focus(clause: Token) -> Token | None:
    """The focus of the "it was" a cleft's "that" clause hangs on ("It was Osaka that ..."), or
    the word set against it the parse hangs it on ("It was Osaka, and not the capital, that
    ..."), else None."""
    be = clause.head
    if (
        clause.dep_ == "relcl"
        and be.dep_ in ("conj", "appos")
        and any(c.dep_ == "neg" for c in children_of(be))
    ):
        be = be.head
    elif clause.dep_ != "ccomp":
        return None
    if be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(be)):
        return None
    return next((c for c in children_of(be) if c.dep_ == "attr" and c.i < clause.i), None)


def _where_opening(pred: Token) -> Token | None:
    """The "where" opening pred's clause, when the clause follows a word it can be about."""
    wh = pred.left_edge
    # ("at which the shooting took place": the preposition opens it)
    which = wh.lower_ in ("in", "at") and wh.i + 1 < pred.i and wh.nbor().lower_ == "which"
    if (wh.lower_ != "where" and not which) or wh.head.i != pred.i or wh.i < 1 or wh.i > pred.i:
        return None
    return wh


def _struck_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """The place an event hit, given by what it hit: a place ("The landslide struck
    Valparaiso", "the blast rocked Kabul", "the tornado that hit Joplin") or a site and its
    place ("buried homes in Salta", "hit a ski resort near Innsbruck", "filled the main square
    of Tbilisi", "damaged hundreds of cars in Denver"). Not the people it hit ("killed a man
    from Lyon", "injured the mayor of Lyon"), nor where the thing it hit was bound ("cut the
    road to Quito", "hit a bus bound for Lyon"), nor a route ("shut ports from A to B")."""
    verbs = [tok.head] if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else []
    # "The mudslide is thought to have buried homes in Salta": the verb it is raised from
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verbs += [c for c in children_of(tok.head) if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    # "the tornado, which hit Joplin": a relative clause whose subject is the event
    verbs += [
        c
        for c in children_of(tok)
        if c.dep_ == "relcl"
        # (or "which the met office said hit Ohio", misread: `reported_relative`)
        and (any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in children_of(c)) or reported_relative(c) is c)
    ]
    # "The storm felled trees and flooded homes in Ohio": a verb sharing the event as subject
    verbs += [
        c
        for v in list(verbs)
        for c in v.conjuncts
        if not any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c))
    ]
    out: list[tuple[int, int, str]] = []
    own = event_lemma(tok)
    happening = lexicon.noun_kind(tok.lemma_) in PHYSICAL_EVENT_KINDS
    # (or a storm or a cyclone, filed as a state; not a riot, a war or a recession)
    physical = happening or lexicon.is_natural_phenomenon(tok.lemma_)
    by = tok.head
    if tok.dep_ == "pobj" and by.lower_ == "by" and by.dep_ in ("agent", "prep") and by.head.pos_ == "VERB":
        # the passive: "homes in Salta were buried by the landslide", "the Accra shops
        # destroyed by the fire", "Gutted by the fire, the warehouse near Leeds ..."
        verb = by.head
        patients = [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
        if verb.tag_ == "VBN" and verb.dep_ == "acl":
            patients.append(verb.head)
        if verb.dep_ == "relcl" and any(p.tag_ in ("WDT", "WP") for p in patients):
            # "a village near Arequipa that was buried by the mudslide", "villagers near Ica who
            # were hit by the flood": the relative's antecedent
            patients = [verb.head] + [p for p in patients if p.tag_ not in ("WDT", "WP")]
        if verb.tag_ == "VBN" and verb.dep_ == "advcl":
            patients += [c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl" and any(g.tag_ == "WP$" for p in patients for g in children_of(p)):
            patients.append(verb.head)  # "farmers in Ulm whose crops were ruined by the hail"
        if lexicon.verb_kinds(verb.lemma_) & SITE_VERB_KINDS:
            out += [
                p for site in patients if (p := _site_place(site, verb, doc, physical=happening)) is not None
            ]
            if physical:  # "residents of Texas, hit by the hurricane": where the people were
                out += [p for who in patients if (p := _people_place(who, doc)) is not None]
            if physical and verb.dep_ == "acl" and lexicon.verb_kind(verb.lemma_) in STRIKE_VERB_KINDS:
                # "Nagasaki, battered by the typhoon": the place itself
                out += [p for c in patients if c.pos_ == "PROPN" and (p := _named_place(c, doc)) is not None]
    for verb in verbs:
        if verb.pos_ != "VERB":
            continue
        # its objects, coordinated ones too ("felled trees and homes in Porto"; the small model
        # also hangs "and flooded homes in Porto" on the first verb as a noun)
        objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        objects += [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "NOUN"]
        # the antecedent of a relative object: "a warehouse near Leeds that the fire gutted"
        if verb.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in objects):
            objects = [verb.head] + [c for c in objects if c.lower_ not in ("that", "which")]
        # the focus of a cleft: "It was a warehouse near Leeds that the fire gutted"
        cleft = verb.dep_ == "ccomp" and verb.head.lemma_ == "be"
        if not objects and cleft and it_subject(verb.head):
            objects += [c for c in children_of(verb.head) if c.dep_ == "attr"]
        # the subject of a small clause: "left shops in Birmingham burned out"
        objects += [
            s
            for x in children_of(verb)
            if x.dep_ in ("ccomp", "xcomp")
            for s in children_of(x)
            if s.dep_ == "nsubj"
        ]
        for c in objects:
            # (a word the text alone makes an event has no lemma: "the cyclone battered the coast")
            if c.pos_ == "NOUN" and own is not None and event_lemma(c) == own:
                continue  # another of its kind, not a site it hit: "followed a separate leak in Cork"
            if c.lower_ in SHARE_WORDS:  # "left much of Dhaka under water"
                c = next(
                    (
                        g
                        for p in children_of(c)
                        if p.lower_ == "of"
                        for g in children_of(p)
                        if g.dep_ == "pobj"
                    ),
                    c,
                )
            if (
                lexicon.verb_kind(verb.lemma_) in STRIKE_VERB_KINDS
                and (place := _named_place(c, doc)) is not None
            ):
                # the place itself: the verb's usual sense must be physical ("The storm hit Lyon
                # and Nice" names a path, not a place to compare)
                if not _listed(c):
                    out.append(place)
                continue
            if not lexicon.verb_kinds(verb.lemma_) & SITE_VERB_KINDS:  # "The verdict shocked Lyon"
                continue
            if (place := _site_place(c, verb, doc, physical=physical)) is not None:
                out.append(place)
    return out


def _site_place(
    c: Token, verb: Token, doc: Doc, depth: int = 0, physical: bool = False
) -> tuple[int, int, str] | None:
    """The place of a site an event hit (an object or a passive subject of verb): "homes in
    Salta", "hundreds of cars in Denver", "the main square of Tbilisi", "a school in Quito".
    The verb's or the noun's usual sense must be the physical one: "buried homes", "flattened
    a school", not "rattled markets in Tokyo" (a feeling; the world of trade)."""
    site = _counted(c)
    # a physical event that struck a thing in a place struck that place: "the hailstorm
    # flattened the wheat crop in Nagpur", "the flood swept away cattle near Sylhet"
    struck_thing = (
        physical
        and bool(lexicon.verb_kinds(verb.lemma_) & HANDS_ON_VERB_KINDS)
        and lexicon.noun_kind(site.lemma_) in lexicon.THING_KINDS
    )
    if (
        site.pos_ == "NOUN"
        and not site.ent_type_
        and not lexicon.is_site_noun(site.lemma_)
        and depth == 0
        and not struck_thing
    ):
        # what stands or moves at a site: "traffic on roads around Lyon", "workers at a plant
        # in Detroit" (not "from": "a man from Lyon", nor "of": "the mayor of Lyon")
        return next(
            (
                found
                for p in children_of(site)
                if p.dep_ == "prep" and p.lower_ in SITE_PLACE_PREPS - {"of"}
                for g in children_of(p)
                if g.dep_ == "pobj"
                and g.pos_ == "NOUN"
                and (found := _site_place(g, verb, doc, 1)) is not None
            ),
            None,
        )
    # a site, even one first filed as a group ("a school", "the village"); not people
    # ("pilgrims", "the mayor of Lyon") and not a name ("the Kremlin")
    if site.pos_ != "NOUN" or site.ent_type_ or not (struck_thing or lexicon.is_site_noun(site.lemma_)):
        return None
    # a physical event (a fire, a mudslide) that destroyed or buried a site names it in any
    # sense ("the Accra market destroyed by the fire"); otherwise the verb's or the site's usual
    # sense must be the physical one
    hands_on = physical and lexicon.verb_kinds(verb.lemma_) & HANDS_ON_VERB_KINDS
    if (
        not hands_on
        and lexicon.verb_kind(verb.lemma_) not in STRIKE_VERB_KINDS
        and not lexicon.is_first_a_site(site.lemma_)
    ):
        return None
    if _ranked(site):
        return None  # a rank, not a location: "the largest port in Europe"
    place = _place_of(site, doc) or (_located(site, doc) if struck_thing else None)
    if place is None and site.dep_ == "dobj":
        # "Soldiers searched a village near Arequipa": the parse hung the site's place on the verb
        place = next(
            (
                found
                for p in children_of(site.head)
                if p.dep_ == "prep" and p.i == site.i + 1 and p.lower_ in SITE_PLACE_PREPS - {"of"}
                for g in children_of(p)
                if g.dep_ == "pobj" and (found := _place_of(g, doc)) is not None
            ),
            None,
        )
    if place is None and site is not c:  # the parse hung the place on the count
        place = next(
            (
                found
                for p in children_of(c)
                if p.dep_ == "prep" and p.lower_ in SITE_PLACE_PREPS - {"of"}
                for g in children_of(p)
                if g.dep_ == "pobj" and (found := _place_of(g, doc)) is not None
            ),
            None,
        )
    if place is None:
        return None
    named = doc.char_span(place[0], place[1], alignment_mode="expand")
    if named is not None and any(t.ent_type_ in PLACE_LABELS for t in named.root.conjuncts):
        return None  # a list of places: "homes in Salta and Jujuy"
    return place


# prepositions of where a scene was, right after it
SCENE_PLACE_PREPS = frozenset({"at", "on", "near", "in", "outside", "inside", "off"})


def _trailing_scene_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """ "in a mutiny at the naval base in Mombasa", "were involved in the pileup on a motorway
    near Cologne": the event named as the scene of a word ("in EVENT"), and a place phrase
    right after it that the parse hung on that word, not on the event: the event's."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during") or tok.pos_ != "NOUN":
        return []
    out = []
    for c in children_of(tok.head.head):
        if c.dep_ != "prep" or c.i != tok.right_edge.i + 1 or c.lower_ not in SCENE_PLACE_PREPS:
            continue
        if c.lower_ == "on" and not _on_site(c):
            continue
        for g in children_of(c):
            if g.dep_ != "pobj" or _is_time(g) or _listed(g):
                continue
            # (a common noun by its own locative phrase only: not "in the path of God")
            p = _place_of(g, doc) if g.pos_ == "PROPN" else _located(g, doc, people=c.lower_ == "at")
            if p is not None:
                out.append(p)
    return out


# kinds of verb whose object phrase is a topic or a feeling, not what the event did somewhere:
# "the summit discussed the situation in Gaza", "the verdict angered farmers in Wales"
TOPIC_VERB_KINDS = frozenset({"verb.communication", "verb.cognition", "verb.emotion", "verb.perception"})
# prepositions on the way down to such a phrase that say where things came from or went, when
# something else was, or what the act bore on ("hours before the summit in Lisbon", "put
# pressure on the council in Lyon")
ROUTE_PREPS = frozenset({"from", "to", "into", "toward", "towards", "via", "between", "across"})
AWAY_PREPS = ROUTE_PREPS | {"before", "after", "since", "until", "during", "on", "against", "about", "over"}


def _closing_object_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """ "The olympiad drew a record field of 190 teams in Maputo", "the collapse trapped thirty
    workers in Spain shortly after midday", "the regatta was abandoned for lack of wind in
    Zhengzhou": a place phrase that closes the clause the event is the subject of, which the
    parse hung on a noun of the predicate rather than on the verb, is where the event was.
    Not after a verb of telling, thinking or feeling ("discussed the situation in Gaza"), on
    another event ("sparked protests in Lyon"), below a route ("flights to Spain"), a clause
    or a superlative ("the largest bank in Europe"), nor when the verb has a place of its own.
    The same for the event's relative clause ("the crush, which left two people dead in Lyon")."""
    if tok.pos_ != "NOUN":
        return []
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB" else []
    verbs += [
        c
        for c in children_of(tok)
        if c.dep_ == "relcl"
        and c.pos_ == "VERB"
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WDT" for g in children_of(c))
    ]
    return [p for verb in verbs for p in _closing_places(tok, verb, doc)]


# prepositions on the way down to a closing place phrase that may still lead to the event's own
# place: what came before or after it, or between whom ("broke out after a week of storms in Lyon",
# "erupted between football fans in Lyon"), unless it is another happening (see below)
CLOSING_THROUGH_PREPS = frozenset({"before", "after", "between"})


def _closing_places(tok: Token, verb: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """`_closing_object_places` for one predicate of the event."""
    if speaks(verb) or lexicon.verb_kind(verb.lemma_) in TOPIC_VERB_KINDS or not told_as_done(verb):
        return []
    if any(c.dep_ == "prep" and c.lower_ in EVENT_PLACE_PREPS for c in children_of(verb)) and any(
        _place_of(g, doc) is not None
        for c in children_of(verb)
        if c.dep_ == "prep"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ):
        return []
    tokens = doc_tokens(doc)
    out = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near") or prep.head.pos_ != "NOUN":
            continue
        # (one place, not a list: "drew crowds in Kumasi and Tamale")
        place = next(
            (
                p
                for g in children_of(prep)
                if g.dep_ == "pobj" and not _listed(g) and (p := _place_of(g, doc)) is not None
            ),
            None,
        )
        if place is None:
            continue
        # the way up from the noun the phrase hangs on: objects and their phrases only
        up, ok = prep.head, True
        while ok and up.i != verb.i:
            ok = (
                (
                    up.dep_ in ("dobj", "pobj", "prep", "attr", "oprd")
                    # ("left two people dead in Lyon": an adjective said of the object)
                    or (up.dep_ == "amod" and up.i > up.head.i)
                    # ("moments after take-off in Lyon": how long after)
                    or (up.dep_ == "npadvmod" and lexicon.is_time_noun(up.lemma_))
                )
                and (up.lower_ not in AWAY_PREPS or up.lower_ in CLOSING_THROUGH_PREPS)
                # ("hours before the summit in Lisbon": the summit's place; not a bare phase of
                # the same going: "shortly after take-off in Lisbon")
                and not (
                    up.dep_ == "pobj"
                    and up.head.lower_ in CLOSING_THROUGH_PREPS
                    and event_lemma(up)
                    and (_is_plural(up) or any(c.dep_ in ("det", "poss") for c in children_of(up)))
                )
                # (not whom people belong to: "injured customers of a bank in Turin")
                and not (
                    up.lower_ == "of"
                    and up.dep_ == "prep"
                    and lexicon.noun_kind(up.head.lemma_) == "noun.person"
                )
                # (not another happening: "sparked protests in Lyon"; wind is weather, a film a work)
                and not (
                    up.pos_ == "NOUN"
                    and (
                        up.i == tok.i
                        or (
                            lexicon.has_usual_event_sense(up.lemma_)
                            and lexicon.noun_kind(up.lemma_) != "noun.phenomenon"
                        )
                    )
                )
                and not any(c.tag_ in ("JJS", "RBS") for c in children_of(up))
                # (nor one like it: "had echoes of a similar one in Oslo")
                and up.lower_ != "one"
                and not any(c.lower_ in OTHER_INSTANCE for c in children_of(up))
            )
            up = up.head
        if not ok:
            continue
        # nothing after it in the clause but a time, an attribution or punctuation
        rest = tokens[prep.right_edge.i + 1 : verb.right_edge.i + 1]
        allowed = {
            t.i
            for c in children_of(verb)
            if c.i > prep.i and (c.dep_ == "punct" or _is_time_phrase(c) or c.lower_ == "according")
            for t in c.subtree
        }
        if all(t.is_punct or t.i in allowed for t in rest):
            out.append(place)
    return out


def _linear_cleft_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """ "It was in Quito that the cup final took place, organisers told reporters": the place a
    cleft puts first, when the event's phrase comes right after its "that" but the parse made
    the clause part of the attribution after it (the event the subject of that clause)."""
    tokens = doc_tokens(doc)
    start = tok.left_edge.i
    if tok.dep_ not in ("nsubj", "nsubjpass") or start < 3 or tokens[start - 1].lower_ != "that":
        return []
    be = next(
        (t for t in tokens[tok.sent.start : start - 1] if t.lemma_ == "be" and it_subject(t)),
        None,
    )
    if be is None or any(t.pos_ in ("VERB", "AUX") for t in tokens[be.i + 1 : start - 1]):
        return []
    return [
        p
        for c in children_of(be)
        if c.dep_ == "prep" and c.lower_ in EVENT_PLACE_PREPS and c.i < start
        for g in children_of(c)
        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None
    ]


def _is_time_phrase(c: Token) -> bool:
    """A phrase that says when: "on Tuesday", "shortly after midday", "late on Friday"."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)


def _aside_after_during(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """ "During the visit, in Accra, she met ...": a place phrase set off by commas right after
    an event that a "during" phrase names, which the parse hung on the clause, is where the
    event was (not after "after" or "since": "After the summit, in Paris, she said")."""
    tokens = doc_tokens(doc)
    if tok.dep_ != "pobj" or tok.head.lower_ != "during" or tok.i + 3 >= len(doc):
        return []
    prep = tokens[tok.i + 2]
    end = prep.right_edge.i + 1
    if (
        tokens[tok.i + 1].text != ","
        or prep.dep_ != "prep"
        or prep.lower_ not in ("in", "at", "near")
        or prep.head.i == tok.i
        or end >= len(doc)
        or tokens[end].text != ","
    ):
        return []
    return [
        p
        for g in children_of(prep)
        if g.dep_ == "pobj" and not _listed(g) and (p := _place_of(g, doc)) is not None
    ]


def _undergoer_place(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """A place that saw, went through or suffered the event is where it happened ("it was the
    first time Andorra had seen a hijacking", "Chile experienced a quake"); not a side's
    outcome ("Wales suffered a defeat"), "saw ... as" (deemed) or a phrasal verb ("saw off")."""
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or lexicon.is_outcome_noun(tok.lemma_):
        return []
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or not lexicon.is_undergo_verb(verb.lemma_):
        return []
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "as") for c in children_of(verb)):
        return []
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP"):
        subj = _relative_antecedent(verb)
    place = _named_place(subj, doc) if subj is not None and subj.pos_ == "PROPN" else None
    return [place] if place is not None else []


def _relative_antecedent(verb: Token) -> Token | None:
    """What a relative pronoun subject of `verb` stands for: the noun the relative clause hangs
    on ("Chile, which suffered the quake"), or the focus of a cleft the parse made a clause of
    the copula ("It was Lima that saw the riot"). None for a place a person is from, which
    the parse may give the person's clause ("a driver from Lima who saw the riot")."""
    if verb.dep_ == "relcl":
        head = verb.head
        return None if head.dep_ == "pobj" and head.head.lower_ == "from" else head
    be = verb.head
    if verb.dep_ == "ccomp" and be.lemma_ == "be" and it_subject(be):
        return next((c for c in children_of(be) if c.dep_ == "attr"), None)
    return None


def _subject_place(verb: Token, doc: Doc) -> tuple[int, int, str] | None:
    """The place a clause is about: its subject names it, or a share of it ("much of Iran")."""
    for c in children_of(verb):
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in SHARE_WORDS:  # before the gazetteer: "Much" is also a town
            for prep in children_of(c):
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for g in children_of(prep):
                        if g.dep_ == "pobj" and (p := _place_of(g, doc)) is not None:
                            return p
        elif (p := _place_of(c, doc)) is not None:
            return p
    return None


def _affected_places(tok: Token, doc: Doc) -> list[tuple[int, int, str]]:
    """Places the parse says the event hit or happened in without a preposition on it: the
    subject of a passive the event is the agent of ("Ohio was left without power by the
    storm", "half of Chile was hit by the quake"); the subject of a clause whose object is a
    share of the event ("Ohio saw the worst of the flood"); and a copula's place when its
    subject is a share or effect of the event ("the heaviest losses from the quake were in
    Chile")."""
    if tok.dep_ != "pobj" or tok.pos_ == "VERB":
        return []
    prep = tok.head
    if prep.lower_ == "by":
        verb = prep.head
        while verb.dep_ in ("xcomp", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "was left without power by the storm"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)) or verb.tag_ == "VBN"
        # a verb of contact, motion or change ("affected", "hit", "left"), not of feeling or
        # speech: "Japan was shocked by the verdict" names who felt it, not where it was
        if passive and verb.pos_ == "VERB" and lexicon.verb_kind(verb.lemma_) in STRIKE_VERB_KINDS:
            return [p] if (p := _subject_place(verb, doc)) is not None else []
        return []
    if prep.lower_ not in ("of", "from"):
        return []
    if prep.lower_ == "from" and prep.head.pos_ == "VERB" and lexicon.is_recovery_verb(prep.head.lemma_):
        # "Months later, Lima is still recovering from the quake": a place recovering from an
        # event went through it (people recovering are not a place: `_subject_place` asks)
        return [p] if (p := _subject_place(prep.head, doc)) is not None else []
    share = prep.head
    # (not a message about it: "Coverage of the leak was extensive in Bolivia")
    if share.pos_ not in ("NOUN", "ADJ", "PRON") or _people(share) or lexicon.is_topic_noun(share.lemma_):
        return []
    if share.dep_ == "dobj" and share.head.pos_ == "VERB" and prep.lower_ == "of":
        verb = share.head  # "Ohio saw the worst of the flood"
        kind = lexicon.verb_kind(verb.lemma_)
        if kind in STRIKE_VERB_KINDS or kind in ("verb.stative", "verb.perception", "verb.possession"):
            return [p] if (p := _subject_place(verb, doc)) is not None else []
        return []
    # "the bulk of the losses from the quake was in Chile": up through one more of-phrase
    if share.dep_ == "pobj" and share.head.lower_ == "of" and share.head.head.dep_ == "nsubj":
        share = share.head.head
    if share.dep_ == "nsubj" and share.head.lemma_ == "be" and not _people(share):
        found = _own_places(share.head, doc)
        return found or []
    return []
