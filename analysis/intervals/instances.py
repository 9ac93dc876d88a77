"""Dated mentions of one instance of a kind that make no claim about intervals ("a hailstorm
struck the town in 2017"), and whose series each belongs to: a claim's gap they fall in
disagrees with it."""

from __future__ import annotations

import calendar

from spacy.tokens import Token

from analysis.events import event_lemma
from analysis.intervals.kinds import _doer, _named
from analysis.intervals.owners import _owner_name
from analysis.intervals.syntax import (
    _INDEFINITE,
    _active_subject,
    _indefinite,
    _one_of_many,
    _possessor,
    _prep,
    _previous_subject,
    _subject,
    _tells_of,
    _time_noun,
)
from analysis.intervals.triggers import _is_previous
from analysis.intervals.values import _UNITS, _duration, _year_of

# prepositions that give a time or a purpose, not a thing an event happened to (a closed class)
_TIME_PREPS = frozenset({"after", "before", "since", "until", "till", "during", "amid", "following", "for"})


def _past_asserted(verb: Token) -> bool:
    """A verb that tells what happened: past tense (or a past participle qualifying a noun),
    not negated, not under a modal, a condition or a report of plans."""
    aux = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBD" and not (
        verb.tag_ == "VBN"
        and (
            verb.dep_ == "acl"
            or any(a.tag_ == "VBD" for a in aux)
            or (verb.dep_ == "ROOT" and not aux)  # a past tense the tagger took for a participle
        )
    ):
        return False
    return not any(
        c.dep_ == "neg" or c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
        for c in verb.children
    )


def _past_by_year(verb: Token, value: Token) -> bool:
    """A verb form the tagger took for a present ("The river also burst its banks in
    2011": "burst", "cut", "hit", "put" are both) dated by a year before the publication:
    with no auxiliary, no negation and no modal, it tells what happened then."""
    published = verb.doc._.article.published_at if verb.doc._.article is not None else None
    year = _year_of(value)
    if verb.tag_ not in ("VBP", "VB") or published is None or year is None or year >= published.year:
        return False
    return not any(
        c.dep_ in ("aux", "auxpass", "neg") or c.tag_ == "MD" or c.dep_ == "mark" for c in verb.children
    )


def _instance_owner(noun: Token, verb: Token | None, named: bool) -> frozenset[str]:
    """Whose series a dated instance belongs to: the doer of its verb when that is not the
    instance itself ("The hospital performed a heart transplant", "Its rival made a
    profit", "Teachers walked out"), and where the doer is ("Surgeons at the hospital"),
    else its noun's possessor ("the prison's 2019 lockdown"). A doer with "a/another" is
    another one than any the claim names ("A rival bank raised rates")."""
    subj = _active_subject(verb) if verb is not None else None
    subj = _previous_subject(subj) or subj if subj is not None else None
    if subj is not None and subj != noun and named and _tells_of(verb):  # type: ignore[arg-type]
        # "Geologists recorded an eruption of the volcano": who told of it owns nothing; the
        # thing it happened to does
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        names = {_owner_name(_possessor(noun))} | {_owner_name(o) for o in of if o.dep_ == "pobj"}
        return frozenset(names - {""})
    if subj is None or (subj == noun and named):
        name = _owner_name(_possessor(noun))
        return frozenset({name}) if name else frozenset()
    if _one_of_many(subj):
        return frozenset({"~" + _owner_name(subj)})  # "A rival bank", "A Briton": any one of them
    names = {_owner_name(subj)}
    # "The agency downgraded the country's credit rating": the country's series too
    names |= (
        {_owner_name(_possessor(o)) for o in verb.children if o.dep_ == "dobj"} if verb is not None else set()
    )
    names |= {
        _owner_name(o)
        for p in subj.children
        if p.dep_ == "prep" and p.lower_ in ("at", "of", "from")
        for o in p.children
        if o.dep_ == "pobj"
    }
    return frozenset(names - {""})


def _bare_event(noun: Token) -> bool:
    """An event noun with no determiner nor possessor, singular ("Snow fell", "Heavy
    flooding hit the town"; the small model tags a sentence-initial one a name): one more
    occurrence, not the article's own event ("The flood hit the town")."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.i == noun.sent.start and noun.ent_type_ == "")


# the month names (a closed class): "in March 2011" dates what "in" hangs on
_MONTHS = frozenset(m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:]))


def _dated_at(value: Token) -> tuple[int, Token] | None:
    """The year a value dates a clause to and the word that carries it to the clause (a
    preposition, or "ago"): "in 2015", "during 2015", "in March 2011", "in the winter of
    2010", "as recently as 2015", "five years ago" (counted back from the publication)."""
    year = _year_of(value)
    if year is None:
        ago = value.head
        if value.dep_ != "npadvmod" or ago.lower_ != "ago" or (dur := _duration(value)) is None or dur[1]:
            return None  # checked first: most tokens are neither
        published = value.doc._.article.published_at if value.doc._.article is not None else None
        if published is None:
            return None
        if dur[0] != int(dur[0]) or _UNITS[value.lemma_.lower()] != 1:
            return None  # "a decade ago" is round, not a year
        return published.year - int(dur[0]), ago
    host = value.head
    if value.dep_ in ("nummod", "compound") and host.lower_ in _MONTHS:
        value, host = host, host.head  # "in March 2011": the month's preposition
    elif value.dep_ == "pobj" and host.lower_ == "of" and host.head.dep_ == "pobj" and _time_noun(host.head):
        value, host = host.head, host.head.head  # "in the winter of 2010"
    if value.dep_ != "pobj":
        return None
    if _prep(value) in ("in", "during"):
        return year, host
    adverb = host.head  # "as recently as 2015", "as late as 2015"
    if (
        _prep(value) == "as"
        and adverb.pos_ == "ADV"
        and adverb.i > 0
        and adverb.nbor(-1).lower_ == "as"
        and adverb.dep_ == "advmod"
    ):
        return year, host
    return None


def _instance(value: Token) -> tuple[Token, Token | None, bool] | None:
    """A dated mention of one instance of a kind, with no claim about intervals, as (noun,
    verb, named): the noun and the verb the year dates, and whether the noun names the kind
    (else the verb does, and the noun is only who or what it happened to):
    - an indefinite noun: "A hailstorm struck the town in 2017", "Another ferry sank on the
      route in 2014", "An earthquake felt in the capital in 2011", "A collision on the
      crossing in 2001", "The stadium hosted a concert in 2019", "Dozens of whales";
    - a noun its year modifies: "the club's 2009 cup final", "the prison's 2019 lockdown";
    - a past verb with a definite subject that is no event: "The lender suspended its
      dividend in 2016", "Back in 2016 the river flooded the old town"."""
    dated = _dated_at(value)
    if dated is None and _year_of(value) is None:
        return None
    if dated is None and value.dep_ in ("nummod", "compound", "amod") and value.head.pos_ == "NOUN":
        noun = value.head
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head  # "the club's 2009 cup final"
        # one of a holder's series ("the festival's 2016 parade"); "the 2016 presidential
        # election" alone is a well-known event of its own, which a claim seldom counts
        owned = _possessor(noun) is not None
        if owned and _named(noun) and not any(_is_previous(c) or c.lower_ == "first" for c in noun.children):
            return noun, None, True
        return None
    if dated is None:
        return None
    carrier = dated[1]
    at = carrier.head
    if at.pos_ == "ADV" and at.dep_ == "advmod":  # "Back in 2015, a curfew was imposed"
        at = at.head
    while at.dep_ == "pobj" and at.head.dep_ == "prep" and at.head.head.pos_ == "NOUN":
        upper = at.head.head  # "A collision on the crossing in 2001": the year dates the collision
        if event_lemma(at) and (_indefinite(at) or not _indefinite(upper)):
            break
        at = upper
    if at.pos_ in ("NOUN", "PROPN"):  # "A flood in 2017 hit the town"
        noun, verb = at, None
    elif at.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in at.children):
        # "There was a by-election in 1990", "there had also been a bailout in 2013": the
        # existential's noun is one more instance, dated by the year
        # (any named noun: what there "was" in a year happened then, "a bailout", "a surplus")
        noun = next((c for c in at.children if c.dep_ == "attr"), None)
        if noun is None or not _past_asserted(at) or not _indefinite(noun) or not _named(noun):
            return None
        return noun, at, True
    elif at.pos_ == "VERB" and (_past_asserted(at) or _past_by_year(at, value)):
        if at.dep_ == "acl" and at.head.pos_ in ("NOUN", "PROPN"):
            noun, verb = at.head, None  # "an earthquake felt in the capital in 2011"
        else:
            if at.lemma_.lower() == "have":  # "In 2016 the manufacturer had to recall 20,000 devices"
                at = next((c for c in at.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), at)
            subj = _subject(at) or (_subject(at.head) if at.dep_ == "xcomp" else None)
            if subj is None:
                return None
            # "The stadium hosted a concert", "was put under a tornado warning" (not "after
            # riots": a time preposition gives the verb's time, not its object)
            objs = [c for c in at.children if c.dep_ == "dobj"]
            objs += [
                o
                for p in at.children
                if p.dep_ == "prep" and p != carrier and p.lower_ not in _TIME_PREPS
                for o in p.children
                if o.dep_ == "pobj"
            ]
            for cand in (subj, *objs):
                bare = cand.dep_ != "pobj" or any(d.lower_ in _INDEFINITE for d in cand.children)
                if bare and _indefinite(cand) and event_lemma(cand):
                    return cand, at, True
            # "The lender suspended its dividend in 2016", "Dozens of whales were stranded", "The
            # council was dissolved in 2008" (not "The flood hit the town", the article's own flood)
            if (
                _indefinite(subj)
                or (subj.pos_ in ("NOUN", "PROPN") and (not event_lemma(subj) or _doer(subj)))
                or subj.dep_ == "nsubjpass"
            ):
                return subj, at, False
            if event_lemma(subj) and _bare_event(subj):
                return subj, at, True  # "Snow fell on the city in 2020", "Heavy flooding hit the town"
            ante = _previous_subject(subj)
            if ante is not None and not event_lemma(ante):
                return subj, at, False  # "It had suspended flights there in 2009": the airline did
            return None
    elif at.lemma_.lower() == "be" and at.pos_ == "AUX" and any(c.dep_ == "acomp" for c in at.children):
        subj = _subject(at)  # "Three years ago a total solar eclipse was visible from the city"
        if subj is None or not _past_asserted(at) or not _indefinite(subj) or not event_lemma(subj):
            return None
        return subj, at, True
    else:
        return None
    if not _indefinite(noun) or noun.pos_ != "NOUN":
        return None
    if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and not _past_asserted(noun.head):
        return None
    return noun, verb, True
