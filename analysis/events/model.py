"""The event model: mentions grouped into events, with the dates and places attached to them,
computed once per Doc (`events(doc)`, the main event first)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.tokens import Doc, Span, Token

from analysis import lexicon
from analysis.dates import YEAR, is_stretch
from analysis.events.dates import (
    RELATIVE_TIMES,
    _adjacent,
    _after_colon,
    _antecedent,
    _aside_on_its_time,
    _cleft_focus,
    _colon_antecedent,
    _comma_before,
    _counted_dates,
    _date_clause,
    _heading_date,
    _interposed,
    _it_did,
    _it_target,
    _landing,
    _lasting_since,
    _linear,
    _modal,
    _of_date,
    _of_host,
    _of_year,
    _ordered_act,
    _pronoun_target,
    _reaction_to,
    _said_it_of,
    _scene_host,
    _scene_of,
    _scene_of_event,
    _speaker,
    _subject_aside,
    _target,
    _this_and_previous_sentence,
    _time_of_aside,
    _until_clause,
    _verb_dates_own_act,
    _when_clause_subject,
    acted_on_by,
    date_root,
    subject_role,
    when_restated,
)
from analysis.events.instances import (
    NOT_ON,
    TARGET_PREPS,
    UNTIL,
    _done_last,
    _earlier_one,
    _irrealis,
    _judged_after,
    _name_key,
    _not_until,
    _other_instance,
    _says_another,
    _set_back,
    measures,
    owned_by_another_time,
    seen_unforeseen,
    traced_back_to,
)
from analysis.events.mentions import (
    _MONTH_WORD,
    GENERIC,
    LIGHT_VERBS,
    _act_on_thing,
    _date_name,
    _dated_subject,
    _eventive_it,
    _eventive_subject,
    _lasting_or_undergone,
    _named_by_day,
    _named_by_its_day,
    _occasion_plural,
    _placed_happening,
    _plain_plural,
    _time_adjunct_happening,
    _told_key,
    _verb_particle,
    decided_contest,
    event_lemma,
    filled_time_key,
    kind_named,
    noun_tagged_verb,
    reached_state,
    titled_rite,
)
from analysis.events.places import (
    _own_places,
    _places_of,
    _reported_where_place,
    _where_it_place,
    aftermath_place,
)
from analysis.events.syntax import (
    NAME_LABELS,
    NOT_EVENT_VERBS,
    _definite,
    _hyphen_chain,
    _is_plural,
    _occurs,
    _people,
    _tokens_where,
    children_of,
    doc_tokens,
    free_relative_predicate,
    in_label,
    index_sentences,
    it_subject,
    participle_of_compound,
    pseudo_cleft_clause,
    sent_tokens,
    speaks,
    that_clause,
    told_as_done,
)
from analysis.gazetteer import place_key
from analysis.text import text_of

# words on a mention that place it before another of its kind: even in the lead, where "Second
# strike hits ..." names the story's event, "An earlier typhoon ..." does not
EARLIER = frozenset({"earlier", "previous", "prior", "former"})
_HAS_YEAR = re.compile(rf"\b{YEAR}\b")


def _said_cleft(root: Token, mentions: dict[int, str]) -> list[int]:
    """The event of a cleft a verb of saying or a one-word aside splits ("It was on 28 July,
    delegates said, that the summit took place", "It was in May, recall, when the summit took
    place"): the parse hangs the "that" or "when" clause on the saying (itself the cleft's head
    or an aside on it); that clause's subject is what the date dates."""
    be = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if be is None or be.lemma_ != "be" or not it_subject(be):
        return []
    doc = root.doc
    tokens = doc_tokens(doc)
    sayings = [be.head] if be.dep_ == "ccomp" else []
    sayings += [c for c in children_of(be) if c.dep_ == "parataxis"]
    # (or any aside the parse hangs there: "It was on 9 June, as the court later pointed out,
    # that ...", "It was in May, recall, when ...")
    asides = [c for c in children_of(be) if c.dep_ == "advcl" and c.i > be.i]
    return [
        g.i
        for say in sayings + asides
        if speaks(say)
        or say.dep_ == "advcl"
        or (0 < say.i < len(doc) - 1 and tokens[say.i - 1].text == tokens[say.i + 1].text == ",")
        for v in children_of(say)
        if v.i > say.i
        and (
            (v.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(v)))
            or (v.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in children_of(v)))
        )
        for g in children_of(v)
        if g.dep_ in ("nsubj", "nsubjpass") and g.i in mentions
    ]


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


def _themes(tok: Token) -> set[str]:
    """The names of what an event word was done to: a verb's object or passive subject, an event
    noun's "of" object ("the iPod was launched", "the launch of the Jukebox")."""
    if tok.pos_ == "VERB":
        found = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
    else:
        found = [
            g
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
    return {_name_key(t) for t in found if t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS}


# what one forgets is past, whatever tense the forgetting is in ("will never forget the flood
# on 3 May"; not "remember", which may be a planned commemoration: "will remember the victims
# on 3 May")
FORGETTING = frozenset({"forget"})


def _things_acted_on(tok: Token, noun: bool) -> set[str]:
    """The common nouns an event word was done to, for a verb and a noun of one act: the verb's
    object ("suspended parliament"), the noun's modifier or "of" object ("the licence
    suspension", "the suspension of the licence"); no name, and no word too general to say."""
    if not noun:
        found = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
    else:
        found = [c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i] + [
            g
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
    return {
        lemma
        for t in found
        if t.pos_ == "NOUN" and not t.ent_type_ and (lemma := lexicon.noun_lemma(t.lemma_)) not in GENERIC
    }


def _message_topics(tok: Token, reported: bool = False) -> set[str]:
    """What a message is about: the common-noun object of a verb of saying ("announced new
    restrictions"), what it says of ("the recall, which was announced"), the noun before or the
    "of" object of a noun of one ("the merger announcement", "the announcement of the merger");
    with `reported`, also the subject of the clause a verb reports ("announced the debate was
    cancelled")."""
    if tok.pos_ == "VERB":
        if not speaks(tok):
            return set()
        found = [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
        if tok.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP") for t in found):
            found.append(tok.head)  # "the recall, which was announced on 22 July"
        if reported:  # "announced on Friday the debate has been cancelled"
            found += [
                g
                for c in children_of(tok)
                if c.dep_ == "ccomp"
                for g in children_of(c)
                if g.dep_ in ("nsubj", "nsubjpass")
            ]
    elif lexicon.noun_kind(tok.lemma_) == "noun.communication":
        found = [c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i]
        found += [
            g
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        ]
    else:
        return set()
    return {lexicon.noun_lemma(t.lemma_) for t in found if t.pos_ == "NOUN"}


def _unlike_first(group: dict[str, Any], field: str, values: set[str] | frozenset[str]) -> bool:
    """A mention's `values` (its classifying adjectives, its measures) share none with the
    first its event was given, kept in `group[field]` (set by the first mention that has any)."""
    return bool(values) and group.setdefault(field, values) is not values and not values & group[field]


def _days(date: Any) -> tuple[Any, Any]:
    """The first and last day a date (`analysis.dates.DateValue`) may mean."""
    return date.start, date.end


def _names(span: Span | Doc) -> set[str]:
    """Names, and the common nouns of who acts or is acted on ("police", "the port"), of a stretch of text."""
    # (read once per stretch and Doc: every event asks again for the sentence of its first mention)
    doc = span.doc if isinstance(span, Span) else span
    key = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    known = doc.user_data.setdefault("copydesk_event_names", {})
    if key not in known:
        known[key] = _read_names(doc_tokens(doc)[key[0] : key[1]])
    return set(known[key])


def _read_names(tokens: list[Token]) -> set[str]:
    return {
        _name_key(t) if t.pos_ != "NOUN" else t.lemma_.lower()
        for t in tokens
        if t.ent_type_ in NAME_LABELS
        or t.pos_ == "PROPN"
        or (
            t.pos_ == "NOUN"
            and (
                t.dep_ in ("nsubj", "nsubjpass", "poss")
                or (t.dep_ == "pobj" and t.head.lower_ in ("of", "by", *TARGET_PREPS))
            )
        )
    }


def events(doc: Doc) -> list[dict[str, Any]]:
    """The events of the Doc (main one first), computed once and cached in `doc._.events`."""
    if doc.user_data.get("copydesk_events_done"):
        return doc._.events
    doc.user_data["copydesk_events_done"] = True
    index_sentences(doc)
    doc._.events = result = _compute(doc)
    return result


def main_event(doc: Doc) -> dict[str, Any] | None:
    return next((e for e in events(doc) if e.get("main")), None)


def _name_halves(doc: Doc, groups: dict[str, dict[str, Any]]) -> dict[str, str]:
    """The kinds all of whose mentions come right before a mention of one other kind, which the
    parse hangs on them at least once ("the travel fair" read as "travel" and an adjective
    "fair"): the first word of that kind's name, not an event of its own (not a compound the
    parse always got right, "the strike ballot", where the first names what the second is
    about). Maps each to the kind it names."""
    out: dict[str, str] = {}
    tokens = doc_tokens(doc)
    at = {i: k for k, g in groups.items() for i in (*g["mentions"], *g["others"], *g["irrealis"])}
    for key, g in groups.items():
        told = [*g["mentions"], *g["others"], *g["irrealis"]]
        into = {at.get(i + 1) for i in told}
        misread = any(i + 1 < len(doc) and tokens[i + 1].head.i == i for i in told)
        if told and misread and len(into) == 1 and (other := into.pop()) not in (None, key):
            out[key] = other
    return out


def _label(kind: str, agent: str | None, place: str | None) -> str:
    label = kind
    if agent:
        label += f": {agent}"
    if place and place != agent:  # (not "hustings: Wigan → Wigan", a place the text also named as the agent)
        label += f" → {place}" if agent else f": {place}"
    return label


def _keys_by_usual_sense(keys: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k in keys:
        if (sense := lexicon.usual_sense(k)) is not None:
            out.setdefault(sense, []).append(k)
    return out


def _compound_names(noun_at: dict[int, str], tokens: list[Token]) -> dict[str, set[str]]:
    """lemma -> the WordNet compounds the text writes it in ("a power failure": power_failure),
    whose kind is the one the phrase names (`lexicon.event_compound`)."""
    out: dict[str, set[str]] = {}
    for i, lemma in noun_at.items():
        before = tokens[i - 1] if i else None
        if (
            before is not None
            and before.head.i == i
            and before.dep_ == "compound"
            and before.is_lower
            and before.i not in noun_at  # (not two events' words: "the protest march")
            and (joint := lexicon.event_compound(before.lower_, lemma)) is not None
        ):
            out.setdefault(lemma, set()).add(joint)
    return out


def _group(lemmas: list[str], salience: Counter[str], compounds: dict[str, set[str]]) -> dict[str, str]:
    """lemma -> the key of its event: lemmas of one specific kind join the most salient one
    (by a compound the text writes one in: "a power failure" ... "the blackout")."""

    def alike(a: str, b: str) -> bool:
        if lexicon.shortens(a, b) or lexicon.shortens(b, a):
            return True
        names_a, names_b = {a, *compounds.get(a, ())}, {b, *compounds.get(b, ())}
        return any(lexicon.same_kind(x, y) for x in names_a for y in names_b)

    first = {lemma: n for n, lemma in reversed(list(enumerate(lemmas)))}  # (the first index of each)
    order = sorted(set(lemmas), key=lambda lemma: (-salience[lemma], first[lemma]))
    key: dict[str, str] = {}
    kinds: list[str] = []  # (the distinct keys so far, in order: dict.fromkeys(key.values()))
    for lemma in order:
        for k in kinds:
            if alike(lemma, k):
                key[lemma] = k
                break
        else:
            key[lemma] = lemma
            kinds.append(lemma)
    # a general word for one more specific event the article tells of refers back to it ("the
    # hurricane" ... "the storm"; "the wildfire" ... "the fire") when no other event is of that kind
    keys = list(dict.fromkeys(key.values()))
    for lemma in order:
        if key[lemma] != lemma:
            continue
        below = [k for k in keys if k != lemma and lexicon.more_general(lemma, k)]
        above = [k for k in keys if k != lemma and lexicon.more_general(k, lemma)]
        if len(below) == 1 and not above and salience[below[0]] >= salience[lemma]:
            for m, k in key.items():
                if k == lemma:
                    key[m] = below[0]
    # a word whose rarer sense is the one event of a kind the article tells of names it ("the
    # explosion" ... "the blast": an explosion, though first a fly ball), when no other event
    # of the article is what its usual sense names
    keys = list(dict.fromkeys(key.values()))
    by_sense = _keys_by_usual_sense(keys)
    for lemma in order:
        if key[lemma] != lemma:
            continue
        named = [k for sense in lexicon.rarer_senses(lemma) for k in by_sense.get(sense, ()) if k != lemma]
        if len(named) == 1 and not any(lexicon.same_kind(lemma, k) for k in keys if k != lemma):
            for m, k in key.items():
                if k == lemma:
                    key[m] = named[0]
    return key


HAPPENING_KINDS = frozenset({"noun.event", "noun.act", "noun.phenomenon"})


def _relative_host(verb: Token) -> Token | None:
    """The noun a relative clause hangs on, or the noun whose phrase ends in that one ("a
    previous flood on the lower river, which ..."), else None."""
    if verb.dep_ != "relcl":
        return None
    host = verb.head
    if host.dep_ == "pobj" and host.head.dep_ == "prep" and host.head.head.pos_ == "NOUN":
        host = host.head.head
    return host if host.pos_ == "NOUN" else None


def _bare_happenings(
    doc: Doc, noun_at: dict[int, str], key_of: dict[str, str], salience: Counter[str]
) -> dict[int, str]:
    """ "The blast went off in Lagos ... the incident in Lagos": a definite word for any
    happening ("the incident", "the episode") names the last happening told before it, in its
    sentence or the two before, by a definite singular noun of an act, event or phenomenon
    (not "a break-in in 1999": an indefinite one is often another instance, told in
    passing). When the headline and lead tell of a happening, the article's story, also told
    before by a definite noun, "the incident" is that one: an event told in passing between
    them is not what the story calls "the incident"."""
    tokens = doc_tokens(doc)
    out: dict[int, str] = {}
    weight: Counter[str] = Counter()
    for lemma, n in salience.items():
        weight[key_of.get(lemma, lemma)] += n
    story = max(weight, key=lambda k: weight[k]) if weight else None
    if story is not None and (
        lexicon.is_bare_happening(story) or lexicon.noun_kind(story) not in HAPPENING_KINDS
    ):
        story = None
    for i, lemma in noun_at.items():
        tok = tokens[i]
        if key_of.get(lemma) != lemma or not lexicon.is_bare_happening(lemma):
            continue
        if not _definite(tok) or _is_plural(tok) or _own_past_time(tok) or _kind_named(tok):
            continue
        before = [
            j
            for j, other in noun_at.items()
            if j < i
            and key_of.get(other) not in (None, lemma)
            and _definite(tokens[j])
            and not _is_plural(tokens[j])
            and not lexicon.is_bare_happening(other)
            and lexicon.noun_kind(other) in HAPPENING_KINDS
        ]
        if story is not None and story in {key_of[noun_at[j]] for j in before}:
            out[i] = story
        elif before and tokens[max(before)].sent.start >= _sentences_back(doc, tok, 2):
            out[i] = key_of[noun_at[max(before)]]  # (only a happening told just before it)
    return out


def _own_kind(tok: Token, lemma: str, key: str, earlier: list[int]) -> bool:
    """A mention whose noun modifier names its kind ("the ferry fire", "the arson attack")
    keeps to its own word where that word joined the event of another word (an air strike's
    "fire" and "attack"): the modifier says which fire, so it is not the bare word's event.
    A modifier that repeats the site the event was told at only says where ("the market
    attack" after gunmen "opened fire ... at a market")."""
    if key == lemma or tok.pos_ != "NOUN":
        return False
    modifiers = [c.lemma_.lower() for c in _noun_modifiers(tok) if c.is_lower and not c.ent_type_]
    if not modifiers:
        return False
    if not all(lexicon.is_site_noun(m) for m in modifiers):
        return True
    # (`earlier`: the indices of the event's mentions so far)
    tokens = doc_tokens(tok.doc)
    told_at = {t.lemma_.lower() for j in earlier for t in sent_tokens(tokens[j]) if t.pos_ == "NOUN"}
    return not told_at.issuperset(modifiers)


# kinds of noun WordNet files a happening's other name under ("truce", "armistice": states;
# "outage": a quantity), read as a mention when they refer back to one
SYNONYM_KINDS = frozenset({"noun.state", "noun.phenomenon", "noun.process", "noun.quantity"})


def _definite_synonyms(doc: Doc, noun_at: dict[int, str]) -> dict[int, str]:
    """Nouns WordNet does not file as happenings that refer back, with "the", to an event noun
    of the same specific kind told before them ("A ceasefire took effect ... The truce ...",
    "A blackout hit Karachi ... the outage"): mentions of it (`lexicon.same_kind`), when WordNet
    files them first as a state, phenomenon, process or quantity (not an act, which would be an
    event noun of its own if it were one: "the timing" of a ceremony)."""
    if not noun_at:
        return {}
    first_at: dict[str, int] = {}
    for i, lemma in sorted(noun_at.items()):
        # (an event noun, not a thing the text made one: "The website was based in Seoul")
        if lexicon.is_event_noun(lemma) or lexicon.has_event_sense(lemma):
            first_at.setdefault(lemma, i)
    found: dict[int, str] = {}
    for tok in _tokens_where(doc, ("NOUN",), in_names=False):
        if tok.i in noun_at or tok.dep_ == "compound" or tok.tag_ != "NN" or tok.ent_type_:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)):
            continue
        lemma = lexicon.noun_lemma(tok.lemma_)
        if lemma in lexicon.NOT_EVENTS or lemma in GENERIC or lexicon.is_event_noun(lemma):
            continue
        if lexicon.noun_kind(lemma) not in SYNONYM_KINDS:
            continue  # (not a thing: "the site" after "the website"; nor an act: "the timing")
        if any(at < tok.i and lexicon.same_kind(lemma, told) for told, at in first_at.items()):
            found[tok.i] = lemma
    return found


def _kind_before_broad_head(tok: Token, lemma: str, noun_at: dict[int, str]) -> int | None:
    """The compound before a broad head noun that names its event ("the launch event", "a coup
    attempt": `lexicon.is_broad_event_head`), read already (it comes first), else None."""
    if tok.pos_ != "NOUN" or not lexicon.is_broad_event_head(lemma):
        return None
    # (an event noun by itself, not a word another reading made a mention: "the world record
    # attempt" stays an attempt, whatever "record" was read as elsewhere)
    return next(
        (
            c.i
            for c in children_of(tok)
            if c.dep_ == "compound" and c.i in noun_at and c.i < tok.i and lexicon.is_event_noun(noun_at[c.i])
        ),
        None,
    )


# first kinds of a head noun that tells of the happening before it rather than naming a thing
# of its own: a message or a state ("the quarantine order", "the bomb threat")
TELLING_HEAD_KINDS = frozenset({"noun.communication", "noun.state"})


def _after_another(span: Span, mentions: dict[int, str], others: dict[int, str]) -> int | None:
    """The mention of another instance a date set off by a comma follows in its clause, with no
    verb and no mention of the event between ("a separate disruption the day before, on 18
    July"), else None."""
    tokens = doc_tokens(span.doc)
    comma = span.start - 1 - (span.start >= 1 and tokens[span.start - 1].pos_ == "ADP")
    if comma < 1 or tokens[comma].text != ",":
        return None
    for i in range(comma - 1, max(span.sent.start, comma - 8) - 1, -1):
        if i in others:
            return i
        if i in mentions or tokens[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def _give_to_other(entry: dict[str, Any], kind: str, other_days: dict[str, list[tuple[Any, Any]]]) -> None:
    """File a date as another instance's of `kind`: labelled with it, and kept among the days
    of other instances rather than the event's."""
    entry["event"] = kind
    other_days.setdefault(kind, []).append(_days(entry["_date"]))


def _told_by_head(tok: Token) -> Token | None:
    """The head of a compound an event noun opens, when the head is no event noun itself and
    is a message or a state ("the quarantine order", "the bomb threat") or a rite written in
    capitals ("the funeral Mass"), else None: its predicate, date and place are the event's."""
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and titled_rite(head):
        return head  # "the funeral Mass was held in Lyon"
    if (
        tok.dep_ != "compound"
        or head.i != tok.i + 1
        or head.pos_ != "NOUN"
        or not head.is_lower
        or not head.is_alpha
        or head.ent_type_
        or _is_plural(head)
        or event_lemma(head) is not None
    ):
        return None
    return head if lexicon.noun_kind(lexicon.noun_lemma(head.lemma_)) in TELLING_HEAD_KINDS else None


def _kind_named(tok: Token) -> bool:
    """A noun modifier that is no happening says which one: "the prison break", "the hospital
    fire" name a kind of their own, not any happening told before (as "the shooting incident"
    or "the incident" would)."""
    return any(not lexicon.has_event_sense(c.lemma_) for c in _noun_modifiers(tok))


def _noun_modifiers(tok: Token) -> list[Token]:
    """The nouns written as words of their own before a noun that modify it ("the ferry fire";
    not the "hold" of "hold-up")."""
    # (a word in lower case tagged a name is a noun: "the listeria outbreak")
    return [
        c
        for c in children_of(tok)
        if c.dep_ == "compound"
        and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.is_lower)
        and c.i < tok.i
        and c.whitespace_
    ]


def _noun_run(tok: Token) -> tuple[str, ...]:
    """The lower-case nouns written right before a noun, and the noun ("border clash"), read
    from the text: the parse may make "border" a compound in one sentence, a subject in the next,
    and the tagger "recall" in "the recall petition" an adjective, which WordNet has none for."""
    tokens = doc_tokens(tok.doc)
    start = tok.i
    while (
        start > 0
        and not tokens[start].is_sent_start
        and (
            tokens[start - 1].pos_ == "NOUN"
            or (tokens[start - 1].pos_ == "ADJ" and not lexicon.is_adjective(tokens[start - 1].lower_))
        )
        and tokens[start - 1].is_lower
        and tokens[start - 1].whitespace_
    ):
        start -= 1
    return tuple(t.lower_ for t in tokens[start : tok.i + 1])


def _written_name(tok: Token) -> tuple[tuple[str, ...], int]:
    """The words an event noun is written with, read from the text, and the noun's place among
    them: the nouns before it ("payments glitch") and, for a compound, the head after it
    ("strike ballot"); a word written with hyphens whole ("sit-in")."""
    tokens = doc_tokens(tok.doc)
    if (chain := _hyphen_chain(tok)) is not None:
        # (a word written with hyphens, whole: "sit-in", not its "in")
        return tuple(t.lower_ for t in tokens[chain[0] : chain[1]]), tok.i - chain[0]
    words = _noun_run(tok)
    end = tok.i
    while tokens[end].dep_ == "compound" and tokens[end].head.i == end + 1 and tokens[end].whitespace_:
        end += 1
    return words + tuple(t.lower_ for t in tokens[tok.i + 1 : end + 1]), len(words) - 1


def _retold_names(tokens: list[Token], noun_at: dict[int, str]) -> dict[int, str]:
    """An event noun written again with the same words after "the", where the tagger or the
    parse reads it otherwise ("The payments glitch took place ..." ... "Witnesses said the
    payments glitch on 3 July had ...", "glitch" tagged a verb): the same noun (not one tagged
    a noun, which the readings above turned down, nor where a noun follows, which the phrase
    then modifies: "the glitch report")."""
    names = {_written_name(tokens[i]): lemma for i, lemma in noun_at.items()}
    firsts = {words[0] for words, _ in names}
    at: dict[str, list[int]] = {}
    for t in tokens:
        if t.lower_ in firsts:
            at.setdefault(t.lower_, []).append(t.i)
    found: dict[int, str] = {}
    for (words, k), lemma in names.items():
        for start in at.get(words[0], ()):
            end = start + len(words)
            if (
                start < 1
                or end > len(tokens)
                or start + k in noun_at
                or tokens[start + k].pos_ in ("NOUN", "PROPN")  # (a noun the readings above turned down)
                or tokens[start - 1].lower_ not in ("the", "this", "that")
                or tokens[start - 1].tag_ != "DT"  # ("revealed that in December": no determiner)
                or tuple(t.lower_ for t in tokens[start:end]) != words
                or (end < len(tokens) and tokens[end].pos_ in ("NOUN", "PROPN") and not tokens[end].ent_type_)
            ):
                continue
            found[start + k] = lemma
    return found


def _own_past_time(tok: Token) -> bool:
    """A time of its own right after the noun phrase that puts it well before the story: "the
    incident in Riga last month", "the incident two years ago", "the incident in 2019" (not
    "the incident on Friday", which may be the story's day)."""
    doc = tok.doc
    # in its phrase or right after it (the parse hangs "last month" on the verb)
    window = doc[tok.i + 1 : min(tok.right_edge.i + 2, len(doc))]
    start = next((t.i for t in window if t.ent_type_ == "DATE" and t.ent_iob_ == "B"), None)
    if start is None:
        return False
    words = []
    for t in doc_tokens(doc)[start:]:
        if t.ent_type_ != "DATE" or (t.ent_iob_ == "B" and t.i != start):
            break
        words.append(t.lower_)
    return (
        "ago" in words
        or any(_HAS_YEAR.fullmatch(w) for w in words)
        or (words[0] in ("last", "previous") and any(w in ("year", "month", "decade") for w in words))
    )


def _sentences_back(doc: Doc, tok: Token, n: int) -> int:
    """Where the sentence `n` sentences before `tok`'s starts (the first sentence's start at most)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc_tokens(doc)[start - 1].sent.start
    return start


# a date phrase that says itself it is past: a year, or a word that counts back
_SAYS_PAST = re.compile(rf"\b(?:{YEAR}|last|yesterday|ago|earlier)\b", re.IGNORECASE)


def _before_its_verb(span: Span, subject: Token, verb: Token) -> bool:
    """A date between a subject and its verb, with only the verb's auxiliaries, "not" or an
    adverb after it ("the parade on 6 August was not made public"): it dates the subject, not
    what the verb says of it."""
    doc = subject.doc
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.i == verb.i
        and subject.i < span.start
        and span.end <= verb.i
        and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in doc_tokens(doc)[span.end : verb.i])
    )


def _subject_phrase(span: Span, mention: Token, verb: Token) -> Token | None:
    """The verb's subject when a date and the mention it dates are both inside its phrase."""
    return next(
        (
            c
            for c in children_of(verb)
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.left_edge.i <= min(mention.i, span.start)
            and max(mention.i, span.end - 1) <= c.right_edge.i
        ),
        None,
    )


def _past_dates(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """The words of the dates wholly before publication: those that say so themselves, with a
    year ("3 May 2019") or a backward word ("last Tuesday", "yesterday"); and all those the
    normaliser reads so (a bare "19 August" is the last one, but may be the coming one)."""
    anchor = doc._.article.published_at
    past: set[int] = set()
    before: set[int] = set()
    for entry in doc._.timeline if anchor is not None else ():
        span = doc.char_span(*entry["span"], alignment_mode="expand")
        if span is not None and entry["_date"].end < anchor.date():
            before.update(range(span.start, span.end))
            if _SAYS_PAST.search(entry["text"]):
                past.update(range(span.start, span.end))
    return frozenset(past), frozenset(before)


# kinds of a noun's first sense that a date after it does not make a happening, whatever rare
# act sense it has: a person, place, time, body or thing ("the centre on Thursday")
DATED_NOT_HAPPENING_KINDS = frozenset(
    {"noun.person", "noun.location", "noun.time", "noun.group", "noun.artifact"}
)


def _compute(doc: Doc) -> list[dict[str, Any]]:
    if not doc._.supported or len(doc) == 0:
        return []
    lead = _lead(doc)
    if not lead:
        return []
    tokens = doc_tokens(doc)
    body_start = doc._.article.body_start
    lead_end = lead[-1].end_char
    anchor = doc._.article.published_at
    past, before = _past_dates(doc)

    # 1. event nouns, and how salient each lemma is (headline counts double)
    noun_at: dict[int, str] = {}
    salience: Counter[str] = Counter()
    order: list[str] = []
    verbs: list[Token] = []
    used_as_event = {
        filled_time_key(tok, lemma)
        # (each reading below needs a common noun no name covers, or "it")
        for tok in _tokens_where(doc, ("NOUN",), ("it",), in_names=False)
        if (
            lemma := _eventive_subject(tok)
            or _lasting_or_undergone(tok)
            or _named_by_its_day(tok)
            or _placed_happening(tok)
            or _eventive_it(tok)
            or _dated_subject(tok)
            or _time_adjunct_happening(tok)
        )
        and not reached_state(tok)
    }
    # (every reading below needs one of these tags, or a word written with hyphens)
    for tok in _tokens_where(doc, ("VERB", "NOUN", "PROPN", "ADJ", "ADV"), hyphens=True):
        if tok.pos_ == "VERB" and _hyphen_chain(tok) is None and noun_tagged_verb(tok) is None:
            verbs.append(tok)
            continue
        lemma = event_lemma(tok)
        # (a common noun the tagger took for a name because it opens the sentence: "Unrest swept
        # the city on 3 May" ... "the 7 May unrest")
        opening = tok.pos_ == "PROPN" and tok.is_sent_start and tok.is_title and tok.tag_ == "NNP"
        # (or a word in lower case it took for one: "the parish [festival] went ahead")
        common = tok.pos_ == "NOUN" or opening or (tok.pos_ == "PROPN" and tok.is_lower and tok.is_alpha)
        # (the NER may take a time named by what fills it into a date: "the sports day on 3 May")
        # (only such a time: not the month "March" because a march was an event)
        plain = lexicon.noun_lemma(tok.lemma_)
        dated_time = (
            tok.ent_type_ == "DATE" and (key := filled_time_key(tok, plain)) != plain and key in used_as_event
        )
        if lemma is None and used_as_event and common and (not tok.ent_type_ or dated_time):
            lemma = lexicon.noun_lemma(tok.lemma_ if tok.pos_ == "NOUN" else tok.lower_)
            # ("the memorial service", "the sports day": not any service or day)
            lemma = kind_named(tok) if lemma in lexicon.NOT_EVENTS else filled_time_key(tok, lemma)
            # ("a counter-rally" is no rally)
            lemma = lemma if lemma in used_as_event and _hyphen_chain(tok) is None else None
        if lemma is None or _speaker(tok) or in_label(tok) or reached_state(tok):
            continue
        if tok.dep_ == "dobj" and _occurs(tok.head):
            continue  # the noun of an idiom of happening: "the fire took hold in May"
        if (named := _kind_before_broad_head(tok, lemma, noun_at)) is not None:
            # "the launch event", "the coup attempt": the launch, the coup, told once (by the
            # head, which holds the phrase's place and dates: not "a launch" before "event")
            lemma = noun_at.pop(named)
        if (head := _told_by_head(tok)) is not None:
            # "the quarantine order was imposed on 12 May": the quarantine, told by the head
            # that holds the phrase's predicate
            noun_at[head.i] = lemma
            order.append(lemma)
            continue
        noun_at[tok.i] = lemma
        order.append(lemma)
        if tok.idx < lead_end and not _is_plural(tok):
            salience[lemma] += 2 if tok.idx < body_start else 1
    # nouns the text dates directly are events too ("the gala on 3 May", "Saturday's final"),
    # and a noun the article also uses as a verb names that verb's act ("the systems were
    # hacked" ... "the hack on 7 May")
    verb_lemmas = {t.lemma_.lower() for t in verbs}
    dated_nouns: dict[int, str] = {}
    for entry in doc._.timeline:
        span = doc.char_span(*entry["span"], alignment_mode="expand")
        if span is None or _heading_date(span):
            continue
        root = date_root(span)
        head = root.head
        if root.dep_ == "poss" and head.pos_ == "NOUN":
            dated_nouns[head.i] = lexicon.noun_lemma(head.lemma_)
        elif (
            root.dep_ == "pobj"
            # (or a day the noun is "of": "the blackout of 20 August", not "the class of 2019")
            and (head.lower_ in ("on", "in", "at") or (head.lower_ == "of" and entry["granularity"] == "day"))
            # (or the noun a date set off by commas after a subject is an aside on: "His
            # sacking, on 19 November, came ...")
            and (noun := head.head if head.head.pos_ == "NOUN" else _subject_aside(head)) is not None
        ):
            lemma = lexicon.noun_lemma(noun.lemma_)
            if (
                noun.i not in noun_at
                and noun.ent_type_ == ""
                and not _scene_of_event(noun, noun_at)
                # a person is no event ("Carried out by a lone attacker on 7 May"; not "were
                # hacked" ... "the hack on 7 May", a verb of the article)
                and (lexicon.noun_kind(lemma) != "noun.person" or lemma in verb_lemmas)
                and not lexicon.is_aftermath_noun(lemma)
                and (
                    lexicon.verb_of(lemma)
                    or lexicon.has_event_sense(lemma)
                    or lemma in verb_lemmas
                    # ("the turnstile crush on 3 May": first a leather in WordNet, but also an
                    # act; not a place, a body, a thing or a time: "the centre on Thursday")
                    or (
                        lexicon.has_rare_act_sense(lemma)
                        and lexicon.noun_kind(lemma) not in DATED_NOT_HAPPENING_KINDS
                    )
                )
            ):
                dated_nouns[noun.i] = lexicon.noun_lemma(noun.lemma_)
    for i, lemma in dated_nouns.items():
        if i not in noun_at and lemma not in lexicon.NOT_EVENTS and lemma not in GENERIC:
            noun_at[i] = lemma
            order.append(lemma)
    # a noun the text dates as an event names that event where it recurs undated ("Saturday's
    # derby ..." ... "arrests at the derby on 24 August")
    dated_lemmas = {noun_at[i] for i in dated_nouns if i in noun_at}
    for tok in doc_tokens(doc) if dated_lemmas else ():
        if (
            tok.i not in noun_at
            and tok.pos_ == "NOUN"
            and not tok.ent_type_
            and tok.dep_ != "compound"
            and (lemma := lexicon.noun_lemma(tok.lemma_)) in dated_lemmas
            and not _scene_of_event(tok, noun_at)
        ):
            noun_at[tok.i] = lemma
            order.append(lemma)
    for i, lemma in _definite_synonyms(doc, noun_at).items():
        noun_at[i] = lemma  # "A ceasefire took effect ... The truce, which came into force ..."
        order.append(lemma)
    for i, lemma in _retold_names(tokens, noun_at).items():
        noun_at[i] = lemma  # "the payments glitch" ... "said the payments glitch on 3 July had ..."
        order.append(lemma)
    if not noun_at and not verbs:
        return []  # (an article with no event noun may still tell one change twice by verbs)
    key_of = _group(order, salience, _compound_names(noun_at, tokens))
    # "This visit is the first trip ...": a copula says two nouns name one event
    for i, lemma in noun_at.items():
        tok = tokens[i]
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and not salience[key_of[lemma]]:
            subj = [c.i for c in children_of(tok.head) if c.dep_ == "nsubj" and c.i in noun_at]
            if subj:
                key_of[lemma] = key_of[noun_at[subj[0]]]
    nouns = set(key_of)

    # 2. verbs: nominalisations of the article's event nouns, and the headline's own verbs
    kinds_by_salience = sorted(
        dict.fromkeys(key_of.values()), key=lambda k: -sum(salience[m] for m in key_of if key_of[m] == k)
    )
    main_key = kinds_by_salience[0] if salience else None
    verb_at: dict[int, str] = {}
    # an event noun that is a gerund names the act of its verb: "was sentenced" ... "his sentencing"
    gerunds = {
        v: n for n in nouns if n.endswith("ing") and key_of[n] == n and (v := lexicon.verb_of_gerund(n))
    }
    by_sense = _keys_by_usual_sense(list(dict.fromkeys(key_of.values())))
    first_of: dict[str, int] = {}  # (each event's first mention in the body: a headline names the lead's)
    for i in sorted(noun_at):
        if tokens[i].idx >= body_start:
            first_of.setdefault(key_of[noun_at[i]], i)
    for tok in verbs:
        lemma = tok.lemma_.lower()
        if lemma in NOT_EVENT_VERBS:
            continue
        # (a relative clause's subject is the noun it is on: "another flood, which inundated ...")
        subjects = [c for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            subjects = [tok.head]
        if any(
            c.i in noun_at
            and (lexicon.has_usual_event_sense(noun_at[c.i], 1) or noun_at[c.i] in used_as_event)
            for c in subjects
        ):
            # the predicate of a noun first filed as an event tells of that event, not of an act
            # of its own: "the marathon was run on 30 October" (not a "run", an attempt, a trial)
            continue
        # (sets in a fixed order: a set's order changes with each process's string hashing, and
        # the first link found is the one kept)
        linked = [key_of[n] for n in sorted(lexicon.nouns_of(lemma)) if key_of.get(n) == n]
        if not linked and lemma not in LIGHT_VERBS:
            # the noun of the verb's own act, filed first as something else ("resigned" ... "her
            # resignation"), or of the phrasal verb ("laid off" ... "the layoffs")
            # (a phrasal verb with an object acts on it: "shut down all schools" is no "shutdown")
            particle = "" if any(c.dep_ == "dobj" for c in children_of(tok)) else _verb_particle(tok)
            linked = [key_of[n] for n in sorted(lexicon.act_nouns_of(lemma, particle)) if key_of.get(n) == n]
        if not linked and lemma in gerunds:
            linked = [gerunds[lemma]]
        if lemma in LIGHT_VERBS or any(c.dep_ == "prt" for c in children_of(tok)):
            pass  # "carries out transports": a light or phrasal verb is not its synonyms' act
        elif not linked:
            # a synonym's act: "the plant was shut" ... "the closure of the plant"
            linked = [key_of[n] for n in sorted(lexicon.synonym_nouns_of(lemma)) if key_of.get(n) == n]
        if not linked:
            # the verb's act under another name: "was stolen" (stealing, larceny) ... "the theft"
            linked = [
                k
                for n in sorted(lexicon.nouns_of(lemma))
                for sense in lexicon.rarer_senses(n)
                for k in by_sense.get(sense, ())
                if k != n and lexicon.same_kind(n, k)
            ][:1]
        done_by_people = any(c.dep_ == "nsubj" and _people(c) for c in children_of(tok))
        # (or done to something, told in the passive: "the servers were hacked" ... "the hack")
        done_to = tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in children_of(tok))
        if not linked and key_of.get(lemma) == lemma and (done_by_people or done_to):
            # a verb spelled as the event noun, done by people: "Protesters marched through
            # Santiago" ... "the march" (not "The earthquake struck Lima" in a strike story)
            linked = [lemma]
        if not linked:
            linked = _named_later(tok, noun_at, first_of)
        if linked:
            verb_at[tok.i] = linked[0]
    # a one-off change told twice of one thing by verbs alone: "The bridge collapsed on 2
    # December" ... "after the bridge collapsed on 5 December"
    told: dict[str, list[int]] = {}
    for tok in verbs:
        if (
            tok.i not in verb_at
            and (told_key := _told_key(tok)) is not None
            and not any(c.i in noun_at for c in children_of(tok) if c.dep_ in ("nsubj", "nsubjpass"))
        ):
            told.setdefault(told_key, []).append(tok.i)
    for told_key, found in told.items():
        if len(found) > 1 and told_key not in key_of.values():
            verb_at.update(dict.fromkeys(found, told_key))
            kinds_by_salience.append(told_key)

    # 3. group, and set aside other instances and irrealis mentions
    groups: dict[str, dict[str, Any]] = {}
    # mentions set a year or more back: dated as any other, placed as another occurrence
    set_back: set[int] = set()
    refers = _bare_happenings(doc, noun_at, key_of, salience)
    own: set[tuple[str, ...]] = set()  # the compounds that keep their own kind, once decided
    for i in sorted(set(noun_at) | set(verb_at)):
        key = refers.get(i) or (key_of[noun_at[i]] if i in noun_at else verb_at[i])
        if i in noun_at and i not in refers:
            earlier = groups[key]["first"] if key in groups else []
            words = _noun_run(tokens[i])
            if words in own or _own_kind(tokens[i], noun_at[i], key, earlier):
                own.add(words)
                key = noun_at[i]
                if key not in kinds_by_salience:
                    kinds_by_salience.append(key)
        g = groups.setdefault(key, {"key": key, "mentions": [], "others": [], "irrealis": [], "first": []})
        g["first"].append(i)
    lead_names = set().union(*(_names(s) for s in lead))
    # a plural the text treats as one occasion ("talks were hosted by Qatar" ... "the talks in
    # Oman") makes its lemma's other plain plurals that occasion too
    # (only a lemma the article never uses in the singular: beside "a caucus", "the caucuses" are many)
    singular = {lemma for i, lemma in noun_at.items() if not _is_plural(tokens[i])}
    occasions = {
        lemma for i, lemma in noun_at.items() if lemma not in singular and _occasion_plural(tokens[i])
    }
    several = frozenset(
        lemma for i, lemma in noun_at.items() if _is_plural(tokens[i]) and lemma not in occasions
    )
    # one verb told twice in a sentence ("won at Newcastle in the Cup, and then won 4-1 at
    # Fulham") tells a series of acts: neither is the one event
    told_in = Counter((tokens[i].sent.start, tokens[i].lemma_) for i in verb_at)
    serial = {i for i in verb_at if told_in[(tokens[i].sent.start, tokens[i].lemma_)] > 1}
    for g in groups.values():
        first = tokens[g["first"][0]]
        names = lead_names if g["key"] == main_key else lead_names | _names(first.sent)
        for n, i in enumerate(g["first"]):
            tok = tokens[i]
            in_lead = tok.idx < lead_end
            # (the body's first mention of it: a headline may name it before)
            opening = all(tokens[j].idx < body_start for j in g["first"][:n]) and tok.idx >= body_start
            # (a noun mention, whatever its tag: the tagger makes "hit-and-run" a verb, and the
            # head of "a police shooting" a participle of "police")
            split = participle_of_compound(tok)
            noun = i in noun_at or split
            occasion = (
                noun
                and _is_plural(tok)
                and noun_at.get(i) in occasions
                and _plain_plural(tok)
                and (_definite(tok) or _occasion_plural(tok))
            )
            if in_lead and _is_plural(tok) and noun and not occasion:
                continue  # "Amazon fires" in a headline: the kind, not a mention to compare
            # the lead's mentions of the main event are that event ("Second strike hits ..."),
            # but a later one that says it is another is another ("A second strike was held")
            other = (
                i in serial
                # ("the club last won the title in 1987": the one before, in the lead too)
                or _done_last(tok)
                or (n > 0 and _says_another(tok) and not _says_another(first))
                or (in_lead and any(c.dep_ == "amod" and c.lower_ in EARLIER for c in children_of(tok)))
                # ("The festival returns in August. Last year's festival, held in August 2023,
                # ...": a later mention owned by another time; not "2023's", which may name it)
                or (in_lead and n > 0 and owned_by_another_time(tok, years=False))
                or (
                    (not in_lead or g["key"] != main_key)
                    and _other_instance(tok, names, nouns, several, occasion, first=opening)
                )
            )
            if not other and in_lead and noun:
                # "The fire, the worst since a blaze in Lyon in 2010, ..."
                other = _earlier_one(tok, first=opening)
            if not other and n > 0:
                # "Apple's iPod was launched in 2001 ... since the launch of the Nomad Jukebox in
                # 2000": two named things the act was done to are two acts
                theirs, mine = _themes(first), _themes(tok)
                other = bool(theirs and mine) and theirs.isdisjoint(mine)
            if not other and n > 0:
                # "the merger announcement" ... "announced new restrictions on Friday": a
                # message about another thing is another message
                theirs, mine = _message_topics(first), _message_topics(tok)
                other = (
                    bool(theirs and mine)
                    and theirs.isdisjoint(mine)
                    and (first.pos_ == "VERB") != (tok.pos_ == "VERB")
                )
                if not other and first.pos_ == tok.pos_ == "VERB":
                    # two verbs, each telling of a happening: "announced the debate was
                    # cancelled" ... "the recall, which was announced on 22 July"
                    theirs, mine = _message_topics(first, reported=True), _message_topics(tok, reported=True)
                    other = (
                        bool(theirs and mine)
                        and theirs.isdisjoint(mine)
                        and all(lexicon.is_event_noun(t) for t in theirs | mine)
                    )
            first_noun = g["first"][0] in noun_at or participle_of_compound(first)
            if not other and n > 0 and first_noun != noun:
                # "the Queen suspended parliament" ... "the licence suspension in March": a verb
                # and a noun of its act, done to two different things, are two acts (a noun
                # the tagger made a verb is a noun: "the teacher [walkout] emptied classrooms")
                theirs, mine = _things_acted_on(first, first_noun), _things_acted_on(tok, noun)
                other = bool(theirs and mine) and theirs.isdisjoint(mine)
            if not other and n > 0:
                # "losing his Olympic title in Athens" ... "recapturing his world title in
                # Helsinki": a thing that is no happening, done two things to, is two acts
                mine_act = _act_on_thing(tok)
                other = mine_act is not None and any(
                    _act_on_thing(tokens[j]) not in (None, mine_act) for j in g["first"][:n]
                )
            if (
                not other
                and n > 0
                and not in_lead
                and noun
                and free_relative_predicate(tok) is None
                and pseudo_cleft_clause(tok) is None  # (nor "What happened then was a strike")
            ):
                # a later "a strike": another strike (not "what police called a strike")
                # (or on a possessive before it: "a doctors' strike")
                dets = [c.lower_ for c in children_of(tok.head if split else tok) if c.dep_ == "det"] or [
                    g.lower_
                    for c in children_of(tok)
                    if c.dep_ == "poss" and c.tag_ == "NNS"
                    for g in children_of(c)
                    if g.dep_ == "det"
                ]
                # (not one a speaker never believed they'd witness: "I never believed I'd
                # witness a riot in this town")
                other = bool(dets) and dets[0] in ("a", "an") and not seen_unforeseen(tok)
            if not other and noun:
                # "the local strike" ... "the national strike": a classifying adjective unlike
                # the one the event was first given names another instance
                kinds = {
                    c.lower_
                    for c in children_of(tok)
                    if c.dep_ == "amod" and lexicon.is_classifying_adjective(c.text)
                }
                # ... and so does a measure unlike the one it was first given ("a magnitude 5.2
                # earthquake" ... "a 6.4 quake")
                # (both read: each mention that has any may be the first to set them)
                unlike = [_unlike_first(g, "classes", kinds), _unlike_first(g, "sizes", measures(tok))]
                other = any(unlike)
            if not other and tok.pos_ == "VERB" and (host := _relative_host(tok)) is not None:
                # "a previous flood on the lower river, which peaked in March": a relative
                # clause on another instance's phrase tells of that one
                other = host.i in g["others"]
            if other:
                g["others"].append(i)
            elif _irrealis(tok, past, before):
                g["irrealis"].append(i)
            else:
                g["mentions"].append(i)
                if noun and _set_back(tok):
                    # "the Basra siege three years ago": its date is compared as any other; its
                    # place is an earlier siege's, not this one's
                    set_back.add(i)

    # 4. dates
    text = text_of(doc)
    all_mentions = {i: g["key"] for g in groups.values() for i in g["mentions"]}
    other_mentions = {i: g["key"] for g in groups.values() for i in g["others"] + g["irrealis"]}
    dated: dict[str, list[dict[str, Any]]] = {}
    # dates of an act done to a mention ("a grand jury handed up the indictment on 7 May"),
    # the event's own only where another mention is dated through the same act (`_same_act_dates`)
    acts: dict[str, list[dict[str, Any]]] = {}
    # the days other instances of each kind were given
    other_days: dict[str, list[tuple[Any, Any]]] = {}
    for entry in doc._.timeline:
        start, end = entry["span"]
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or _heading_date(span):
            continue
        root = date_root(span)
        target, role, named, since, day_owner = None, "at", False, False, False
        timed: Token | None = None  # (the event whose timing the date is an aside on)
        word: Token | None = None  # (the word the date landed on, when the parse is climbed)
        cleft = [
            g.i
            for c in children_of(root)
            if c.dep_ in ("relcl", "acl")
            for g in children_of(c)
            if g.dep_ in ("nsubj", "nsubjpass") and g.i in all_mentions
        ] or _said_cleft(root, all_mentions)
        if (
            root.dep_ in ("compound", "amod")
            and root.head.dep_ in ("poss", "npadvmod")
            and lexicon.is_time_noun(root.head.lemma_)
            and not span.start <= root.head.i < span.end
        ):
            # "Tuesday morning's fire", "broke out last Monday evening": the NER leaves the part
            # of the day out of the date; the phrase hangs by it (not "On Wednesday morning, ...",
            # left alone as before: corpus 0106 dates another quake that way)
            root = root.head
        if root.dep_ == "poss" and root.head.i in all_mentions:
            target = root.head.i  # "Saturday's massacre"
            day_owner = entry["_date"].granularity == "day"  # names the day it happened
        elif cleft:
            target = cleft[0]  # "It was on 3 March that the marathon was run"
        elif (restated := when_restated(span, all_mentions)) is not None:
            target = restated
        elif (
            root.dep_ in ("compound", "amod", "nummod", "poss")
            and root.head.pos_ in ("NOUN", "PROPN")
            and not (span.start <= root.head.i < span.end)
            and not (
                span.start > 0 and tokens[span.start - 1].pos_ == "ADP"
            )  # "on 1 October emerge": a misparse
        ):
            head = root.head
            while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.i < head.head.i:
                head = head.head  # "the 7 June moorland blaze": the parse hangs "June" on "moorland"
            if head.i in other_mentions:
                entry["event"] = other_mentions[head.i]
            if head.i not in all_mentions or not _named_by_day(head):
                continue  # "the 2014 election": names a thing
            # "the 26 April earthquake": the one earthquake, named by its date
            target, named = head.i, True
        else:
            word, prep = _landing(root)
            if word is not None and "\n" in text[min(word.idx, start) : max(word.idx, start)]:
                word = None  # the parse ran across a line break (a heading glued to a sentence)
            if word is None:
                word = _linear(doc, span, set(all_mentions))
                prep = None
            near = _adjacent(doc, span, all_mentions)  # "photographs of the landslide on 20 June"
            aside = False
            phrase = root.head
            # (the parse may hang the phrase on the comma itself: "Photographs of the launch, in May")
            owner = phrase.head.head if phrase.head.text == "," else phrase.head
            focus = None  # ("It was that derby, in May, that ...": the cleft's focus)
            # "The heist's timing -- in 2015, with ... -- could not have been worse": its time
            # (before the timing itself, which may be a mention: an act to WordNet)
            # (or a bare date: "The timing of the coup, last Wednesday, ...")
            timed = (
                _time_of_aside(phrase if root.dep_ == "pobj" else root)
                if root.dep_ in ("pobj", "npadvmod")
                else None
            )
            if timed is not None and timed.i not in all_mentions:
                timed = None
            if timed is not None:
                near, aside = timed.i, True
            if (
                near is None
                and root.dep_ == "pobj"
                and phrase.dep_ == "prep"
                and (
                    (owner.pos_ == "NOUN" and owner.i not in all_mentions)
                    or _aside_on_its_time(phrase)
                    or _subject_aside(phrase) is not None
                    or (focus := _cleft_focus(phrase, span)) is not None
                )
                and (comma := focus if focus is not None else _comma_before(phrase)) is not None
                and comma.i in all_mentions
            ):
                # "CCTV footage from the robbery, on 25 January, ...": a date set off by a comma
                # after the mention, hung by the parse on the head of the phrase
                near = comma.i
                # (an aside, whatever adverb of order the verb has: "Details of the hearing, in
                # late June, emerged only later")
                aside = True
            if near is not None and (
                (_ordered_act(word, tokens[near]) and not aside)
                or _verb_dates_own_act(word, tokens[near], all_mentions)
                # ("was on duty in early July, when the derailment happened": the clause's event;
                # not a date inside a cleft's focus: "It was not until the crush on 29 July that
                # ...", the crush's)
                or (
                    word is not None
                    and root.head.head.i == word.i
                    and _when_clause_subject(word, set(all_mentions)) is not None
                )
            ):
                # "police first commented on the raid on 3 May", "had warned of the typhoon on 29
                # August": the date of the act the parse hangs it on
                near = None
            if near is not None:
                word, prep = tokens[near], None
            if (
                word is not None
                and word.i in all_mentions
                and (act := _reaction_to(word, all_mentions)) is not None
            ):
                word, prep = act, None  # "commented on the summit on 1 March": the comment's date
            if word is not None and prep in UNTIL and _not_until(word):
                word, prep = _until_clause(word), None  # "not until DATE": it happened then
            # "traced the strike back to 3 May", "the feud dates back to 2019": where it began
            # (the NER may leave the day out of the date: "back to 10 May" as "May")
            before = doc[max(span.start - 2, 0) : span.start]
            back = any(t.lower_ == "to" and t.head.lower_ == "back" for t in before)
            if back:
                prep = None
            if prep == "since" and word is not None and _lasting_since(word, all_mentions):
                since, prep = True, None  # "The wildfire has burned since 3 February": its start
            if prep == "over" and is_stretch(span.text):
                prep = None  # "completed over the weekend": during it
            if prep in ("from", "between") and "/" in entry["_date"].value:
                prep = None  # "held from 19 to 23 August": the days it took
            if word is None or (prep and prep in NOT_ON):
                continue
            if near is None and (other := _after_another(span, all_mentions, other_mentions)) is not None:
                # "unrelated to a separate disruption the day before, on 18 July": the other one's
                _give_to_other(entry, other_mentions[other], other_days)
                continue
            word = _of_host(_interposed(word, span), all_mentions)
            target, role = _target(word, set(all_mentions))
            role = "start" if since else role
            if back:
                role = "start"
                if target is None and word.pos_ == "VERB":
                    target = next(
                        (c.i for c in children_of(word) if c.dep_ == "dobj" and c.i in all_mentions), None
                    )
            if target is None and (it := _pronoun_target(word, all_mentions, other_mentions)) is not None:
                target, role = it, subject_role(word, role)
            if target is None and (scene := _scene_of(word, all_mentions)) is not None:
                target = scene
            elif (
                target == word.i
                and (scene := _scene_of(word, all_mentions, itself=True)) is not None
                and all_mentions[scene] != all_mentions[target]
            ):
                target = scene  # ("died in a stampede on 2 July": the stampede's day)
            if target is None and (scene := _scene_host(word, all_mentions)) is not None:
                target = scene
            if target is None:
                if (obj := _object_mention(word, all_mentions)) is not None:
                    acts.setdefault(all_mentions[obj], []).append(
                        {"entry": entry, "mention": obj, "verb": word.lemma_.lower()}
                    )
                other, _ = _target(word, set(other_mentions))
                if other is not None:
                    _give_to_other(entry, other_mentions[other], other_days)
                continue
            if any(t.lower_ == "next" for t in span) or (
                anchor is not None and entry["_date"].start > anchor.date() and entry["_date"].relative
            ):
                continue  # "next year": a planned occurrence
        clause = _date_clause(root, target)
        if clause is not None and _before_its_verb(span, tokens[target], clause):
            clause = None  # "why the parade on 6 August was not made public": the noun's date
        if (
            clause is not None
            and _modal(clause)
            and clause.lemma_.lower() not in FORGETTING
            and timed is None  # ("The heist's timing, in May, could not have been worse")
            and not (named or day_owner)
            # (nor a judgement of it: "Coming in May, the fire could hardly have been worse timed")
            and not _judged_after(tokens[target])
            # (nor what something can be traced to: "can be traced back to the raid on 3 May")
            and traced_back_to(tokens[target]) is None
            # (a date in the phrase of the clause's subject is the phrase's: "the cause of the
            # walkout in October 2019 has not been found", "details of the raid in March can be
            # reported"; not where that subject is a planned event: "a hearing on the strike on
            # 3 June will decide")
            and (
                (subject := _subject_phrase(span, tokens[target], clause)) is None
                or (
                    subject.i != target
                    and (subject.i in all_mentions or subject.i in other_mentions)
                    and _modal(clause, denied=False)
                )
            )
        ):
            # "will hold a hearing on the strike on 3 June": the date of the planned act (not
            # a day naming its event: "would appeal the 28 June verdict", "Tuesday's raid")
            continue
        if (
            clause is None
            and not (named or day_owner)
            # (a noun the tagger made a participle counts: "the site of the boat capsizing")
            and (tokens[target].pos_ != "VERB" or target in noun_at)
            and not _HAS_YEAR.search(entry["text"])
            # (not a date the event is "of", which names it: "an inquiry into the outage of 20
            # August will report by winter")
            and not _of_date(root, target)
            and (above := _date_clause(tokens[target], -1)) is not None
            and not any(c.i == target for c in children_of(above) if c.dep_ in ("nsubj", "nsubjpass"))
            and _modal(above, denied=False)
            # (not what one will forget, which is past: "Nobody will forget the flood on 3 May")
            and above.lemma_.lower() not in FORGETTING
            and traced_back_to(tokens[target]) is None
        ):
            # "are expected to debate the consequences of [the crash in June]": a date with no
            # year, hung on an event a planned clause is about, is the plan's
            continue
        host = (
            tokens[target].head.head
            if tokens[target].dep_ == "pobj" and tokens[target].head.lower_ == "of"
            else None
        )
        if host is not None and host.lemma_.lower() in RELATIVE_TIMES and span.start > target:
            continue  # "marked the anniversary of the blast on 12 May": the anniversary's date
        named = (
            named
            or (root.head.i == target and root.i < target and root.dep_ != "poss")
            or _of_year(span, target)
        )
        dated.setdefault(all_mentions[target], []).append(
            {
                "entry": entry,
                "mention": target,
                "role": role,
                # ("ended in a 1-1 draw on 4 May": the day the contest was played, not a long run's end)
                "decided": role == "end" and decided_contest(word),
                "nominal": tokens[target].pos_ != "VERB" and not since,
                "named": named,
                # "the 26 January avalanche", "the coup of 22 July": a day that names the event
                "by_day": day_owner
                or ((named or _of_date(root, target)) and any(_MONTH_WORD.match(t.text) for t in span)),
                # the act it was dated through: "the indictment, handed up in December"
                "verb": word.lemma_.lower()
                if word is not None and word.pos_ == "VERB" and word.i != target
                else None,
            }
        )
        # "The power cut halted the semi-final on 10 February": the date of what it acted on
        if not named and (actor := acted_on_by(tokens[target], span, all_mentions)) is not None:
            dated.setdefault(all_mentions[actor], []).append(_plain_date(entry, actor))
    for key, found in dated.items():
        # a full date naming a mention ("the 14 April 2018 sinking") whose year none of the
        # event's other dates has names another occurrence, as "the 2014 election" does
        years = [{*range(d["entry"]["_date"].start.year, d["entry"]["_date"].end.year + 1)} for d in found]
        dated[key] = [
            d
            for n, d in enumerate(found)
            if (
                not (d["named"] and _HAS_YEAR.search(d["entry"]["text"]))
                or any(years[n] & years[m] for m in range(len(found)) if m != n)
                or len(found) == 1
            )
            # "a 6.4 quake that hit on January 7" ... "the January 7 quake": a day naming the
            # mention that another instance of its kind was given names that one
            and not (d["by_day"] and _days(d["entry"]["_date"]) in other_days.get(key, []))
        ]

    for key, done in acts.items():
        dated[key] = dated.get(key, []) + _same_act_dates(done, dated.get(key, []))

    # "on 8 May, two days after the relegation": the interval dates the event it counts from
    for target, entry in _counted_dates(doc, all_mentions):
        dated.setdefault(all_mentions[target], []).append(
            _plain_date(entry, target, nominal=tokens[target].pos_ != "VERB")
        )

    # 5. places
    sent_index = {s.start: n for n, s in enumerate(doc.sents)}
    placed: dict[str, list[dict[str, Any]]] = {}
    # "The stoppage caught the port off guard when it started in Durban": "it" as the subject
    # of an occurrence predicate or of a passive light verb ("it was held in Fes")
    for verb in verbs:
        target = _it_target(verb, all_mentions, other_mentions)
        # (or "it" after a colon, whatever it did, as for dates: "The log pins the blaze down:
        # it tore through the barn in Lyon"; where it went is not where it happened)
        colon = target is None and _after_colon(verb) and _it_did(verb)
        if colon:
            target = _colon_antecedent(verb, all_mentions)
        if target is None:
            continue
        found = _own_places(verb, doc, goals=not colon) or []
        for s, e, name in found:
            placed.setdefault(all_mentions[target], []).append(
                {
                    "text": name,
                    "span": (s, e),
                    "mention": target,
                    "sent": sent_index.get(verb.sent.start, -1),
                }
            )

    # '"It was just outside Lyon," a haulier said of the fire': "it" and a copula opening what
    # was said of an event (the model's verbs are full verbs only)
    for be in _tokens_where(doc, ("AUX",)):
        if be.lemma_ != "be" or be.dep_ not in ("ccomp", "ROOT", "parataxis"):
            continue
        if (target := _said_it_of(be, all_mentions)) is None:
            continue
        for s, e, name in _own_places(be, doc) or []:
            placed.setdefault(all_mentions[target], []).append(
                {"text": name, "span": (s, e), "mention": target, "sent": sent_index.get(be.sent.start, -1)}
            )

    # "The first reports of the siege came from Vanuatu, where police said it began": "it" in a
    # report's where-clause, as the subject of an occurrence predicate; or "it" doing something
    # in a where-clause ("Much of the coverage was about Tver, where it shut the metro") (a
    # plural, "the reports", is never what "it" stands for)
    singular_others = {i: k for i, k in other_mentions.items() if not _is_plural(tokens[i])}
    for verb in verbs:
        if not it_subject(verb, passive=True):
            continue
        if (p := _reported_where_place(verb, doc) or _where_it_place(verb, doc, all_mentions)) is None:
            continue
        starts = _this_and_previous_sentence(verb)
        if (target := _antecedent(verb, starts, all_mentions, singular_others)) is None:
            continue
        placed.setdefault(all_mentions[target], []).append(
            {
                "text": p[2],
                "span": (p[0], p[1]),
                "mention": target,
                "sent": sent_index.get(verb.sent.start, -1),
            }
        )

    told = Counter(all_mentions.values())
    for i, key in all_mentions.items():
        if i in set_back:
            continue
        # (an event told once, undated and not placed by "it": its places would only name it in
        # the report, and one mention is one telling, not two that disagree)
        if told[key] < 2 and key not in dated and key not in placed:
            continue
        tok = tokens[i]
        found = _places_of(tok, doc)
        if any(s < 0 for s, _, _ in found):
            continue
        # (else where what it left behind was: implied, never the event's main place)
        implied = not found and (aftermath := aftermath_place(tok, doc)) is not None
        for s, e, name in [aftermath] if implied else found:
            placed.setdefault(key, []).append(
                {
                    "text": name,
                    "span": (s, e),
                    "mention": i,
                    "sent": sent_index.get(tok.sent.start, -1),
                    **({"implied": True} if implied else {}),
                }
            )

    # a kind every mention of which is the first word of another kind's two-word name ("the
    # travel fair", parsed as "travel" and an adjective "fair") is that event: its dates and
    # places are the other's
    halves = _name_halves(doc, groups)
    for key in halves:
        into, shift = key, 0
        while into in halves and shift < len(halves):  # ("the emergency evacuation drill")
            into, shift = halves[into], shift + 1
        own = set(groups[key]["mentions"])
        for table in (dated, placed):
            table.setdefault(into, []).extend(
                {**d, "mention": d["mention"] + shift if d["mention"] in own else d["mention"]}
                for d in table.pop(key, [])
            )
        main_key = into if main_key == key else main_key
        del groups[key]

    # 6. labels: the kind, the agent the lead names most, the main place
    people: Counter[str] = Counter()
    # (the Doc's entities read once: each sentence's `ents` reads them all anew)
    for e in doc.ents:
        if e.label_ == "PERSON" and any(s.start <= e.start and e.end <= s.end for s in lead):
            people[e.text.replace("’s", "").replace("'s", "").split()[-1]] += 1
    agent = people.most_common(1)[0][0] if people else None
    out = []
    for key in kinds_by_salience:
        g = groups.get(key)
        if g is None:
            continue
        places = sorted(placed.get(key, []), key=lambda p: p["span"])
        top_place = None
        if places:
            counts = Counter(place_key(p["text"]) for p in places)
            stated = [p for p in places if not p.get("implied")]
            pool = [p for p in stated if p["span"][0] < lead_end] or stated
            if pool:
                top_place = max(pool, key=lambda p: (counts[place_key(p["text"])], -p["span"][0]))["text"]
        is_main = key == main_key
        label = _label(key, agent if is_main else None, top_place)
        dates = dated.get(key, [])
        for d in dates:
            d["entry"]["event"] = label
        out.append(
            {
                "key": key,
                "label": label,
                "main": is_main,
                "agent": agent if is_main else None,
                "main_place": top_place,
                "lemmas": sorted(lemma for lemma, k in key_of.items() if k == key),
                "mentions": g["mentions"],
                "other_mentions": sorted(g["others"] + g["irrealis"]),
                "dates": dates,
                "places": places,
            }
        )
    return out


def _named_later(tok: Token, noun_at: dict[int, str], first_of: dict[str, int]) -> list[str]:
    """The event a later sentence names, with "the", by a noun of its own for what a clause's
    verb told: "Armed men robbed a shop ..." ... "the heist" (a robbery); "Nurses walked off the
    job ..." ... "the walkout" (a strike in which workers walk out). Only a verb that tells,
    in the past and not denied, a clause of its own or what was said, and a noun the
    body names nothing by before that verb (`lexicon.names_act_of`)."""
    if (
        speaks(tok)
        or not told_as_done(tok)
        or not (tok.dep_ in ("ROOT", "conj") or (tok.dep_ == "ccomp" and speaks(tok.head)))
        # (not a verb whose clause completes it: "tried to have him freed"; what a "that"
        # clause tells is the act's content: "ruled that the concession was unlawful")
        or any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not that_clause(c)) for c in children_of(tok))
    ):
        return []
    doc = tok.doc
    tokens = doc_tokens(doc)
    sent = tok.sent
    for key, i in first_of.items():  # (in the order of the text: built from sorted positions)
        noun = tokens[i]
        if i < sent.end:
            continue
        if _sentences_back(doc, noun, 2) > sent.start:
            break  # (two sentences on at most)
        # (a day or month may name it: "the 29 August heist", "Saturday's verdict")
        day = {t.i for t in _date_name(noun)} if _named_by_day(noun) else set()
        if (
            any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.ent_type_ == "DATE")
                for c in children_of(noun)
            )
            # (bare: a word before it names a kind the verb did not tell: "the takeover bid")
            and not any(c.dep_ in ("compound", "amod") and c.i not in day for c in children_of(noun))
            and not _is_plural(noun)
            and lexicon.names_act_of(noun_at[i], tok.lemma_.lower())
        ):
            return [key]
    return []


def _object_mention(verb: Token, mentions: dict[int, str]) -> int | None:
    """The one mention a dated verb was done to, told in the past and not planned ("a grand jury
    handed up the indictment on 7 May")."""
    if verb.pos_ != "VERB" or _modal(verb):
        return None
    objects = [c.i for c in children_of(verb) if c.dep_ == "dobj" and c.i in mentions]
    return objects[0] if len(objects) == 1 else None


def _same_act_dates(done: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dates of acts done to an event that another mention of it is dated through as well,
    by the same verb or one sharing a usual sense: "A grand jury handed up the indictment on 7
    May" and "The indictment, handed up in December", "announced its boycott on 10 January"
    and "The boycott, declared on 24 January" (the act is how the event came about, told twice)."""
    verbs = {d["verb"] for d in found if d.get("verb")}
    return [
        _plain_date(a["entry"], a["mention"])
        for a in done
        if any(lexicon.synonyms_meet(a["verb"], v, "v") for v in verbs)
    ]


def _plain_date(entry: dict[str, Any], mention: int, nominal: bool = True) -> dict[str, Any]:
    """A date an event is given through another word's (an act on it, an interval counted
    from it): when it happened, neither naming it nor its day."""
    return {
        "entry": entry,
        "mention": mention,
        "role": "at",
        "nominal": nominal,
        "named": False,
        "by_day": False,
    }
