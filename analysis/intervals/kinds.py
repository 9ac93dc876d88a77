"""What a claim counts: the event noun (or verb) it is about, a stand-in that counts the
series of the claim before it, and the adjectives, compounds and objects that say which
series."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from analysis import lexicon
from analysis.events import event_lemma, hyphen_head, speaks
from analysis.intervals.syntax import (
    _CLAUSE_DEPS,
    _clause_head,
    _compound_head,
    _has_subject,
    _possessor,
    _tells_of,
    _time_noun,
    _verb_of,
)
from analysis.intervals.triggers import (
    _NEGATIONS,
    _PREVIOUS,
    _is_break,
    _is_previous,
    _last_on_verb,
    _nominal_first,
    _predecessor,
    _recurs,
)
from analysis.intervals.values import _UNITS, _measures_time


def _reporter(tok: Token) -> bool:
    """Whether a noun is (in) the subject of a reporting verb or of "according to": the
    source of the sentence ("emergency services said", "the mayor's office said"), which is
    never what a claim counts."""
    cur = tok
    while cur.head != cur:
        if cur.dep_ == "nsubj" and speaks(cur.head):
            return True
        if cur.dep_ == "pobj" and cur.head.dep_ == "agent" and speaks(cur.head.head):
            return True  # "the ruling was described by lawyers as ..."
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and cur.head.head.lower_ == "according":
            return True
        if cur.dep_ in _CLAUSE_DEPS:
            return False
        cur = cur.head
    return False


def _antecedent(tok: Token) -> Token | None:
    """The event a pronoun ("it", "this") stands for: the nearest event noun before it in
    its sentence or the sentence before, leaving out the sources of reports."""
    doc = tok.doc
    sent = tok.sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[begin : tok.i]):
        if event_lemma(t) and not _reporter(t):
            return t
    return None


def _referent(tok: Token) -> Token | None:
    """What a noun phrase's head stands for: a relative pronoun its antecedent ("the
    derailment, which officials said was the first ..."), "it" / "this" the event before
    it, anything else itself."""
    if tok.tag_ in ("WDT", "WP") or (tok.lower_ == "that" and tok.dep_ in ("nsubj", "nsubjpass")):
        for a in tok.ancestors:
            if a.dep_ == "relcl":
                return a.head
            if a.dep_ not in ("ccomp", "xcomp") and a.dep_ in _CLAUSE_DEPS:
                break
        return None
    if tok.lower_ == "none" and tok.dep_ in ("nsubj", "nsubjpass"):
        # "Rangers spotted a lynx. None had been seen for 40 years.": the event, else the thing
        # the sentence before told of
        if (ante := _antecedent(tok)) is not None or tok.sent.start == 0:
            return ante
        root = tok.doc[tok.sent.start - 1].sent.root
        return next((c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and _named(c)), None)
    if tok.lower_ in ("it", "this", "that") and tok.pos_ in ("PRON", "DET") and tok.dep_ != "det":
        if tok.lower_ == "it" and any(
            c.dep_ == "attr" and c.lemma_.lower() in ("time", "occasion") for c in tok.head.children
        ):
            return None  # "It was the first time in N years that ...": the event is in the that-clause
        return _antecedent(tok)
    return tok


# nouns that stand for the event without naming it: "the first time", "the last one"
# (and the words for one staging of a recurring event: "the previous edition was held in 2021")
_GENERIC = frozenset(
    {
        "one",
        "time",
        "kind",
        "occasion",
        "instance",
        "first",
        "last",
        "such",
        "edition",
        "instalment",
        "installment",
    }
)


def _misparsed_noun(tok: Token) -> str | None:
    """The event noun lemma of a word the tagger took for a verb in a noun's place, the
    subject or object of another verb ("The series win in New Zealand was ...", "The tsunami
    warning ... was lifted"): a verb is never a subject."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or not tok.is_alpha:
        return None
    return lexicon.event_noun_lemma(tok.text)


def _named(tok: Token) -> bool:
    """A noun that says what the claim counts: an event noun, or another noun that is not
    generic, a place or a time ("the first title since 2001", "the previous government")."""
    if _misparsed_noun(tok):
        return True
    if tok.pos_ == "ADJ" and tok.dep_ != "amod" and event_lemma(tok):
        return True  # "The semi-final, a first in ...": an event noun the tagger took for an adjective
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in _GENERIC or tok.ent_type_:
        return False
    if event_lemma(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma in _UNITS or lexicon.is_location_noun(lemma) or _time_noun(tok):
        return False
    # a word in lower case is no name, however the tagger took it ("the first supernova")
    return tok.pos_ == "NOUN" or tok.is_lower


# the prepositions of a cause (a closed class): "closed because of fog", "due to a strike"
_CAUSES = frozenset({"because", "due", "owing", "amid", "following", "thanks"})


def _aside(tok: Token) -> bool:
    """A noun beside what a claim counts: its doer (`_doer`) or its cause ("The airport closed
    for the first time since 1996 because of fog")."""
    if _doer(tok):
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in _CAUSES or (prep.dep_ == "pcomp" and prep.head.lower_ in _CAUSES)


def _perceivable(adj: Token) -> bool:
    """An adjective whose usual sense is being perceived ("visible", "observable", "audible"):
    that sense or one similar to it in WordNet (not "open", visible only in a rarer sense). A
    claim that a thing was so counts sightings of it."""
    first = lexicon.wordnet().synsets(adj.lower_, "a")[:1]
    if not first:
        return False
    near = {first[0], *first[0].similar_tos()}
    return any(s in near for word in ("visible", "audible") for s in lexicon.wordnet().synsets(word, "a")[:1])


def _body(tok: Token) -> bool:
    """A common noun whose usual sense is a body of people or a person ("team", "council")."""
    return tok.pos_ == "NOUN" and lexicon.noun_kind(lexicon.noun_lemma(tok.text)) in (
        "noun.group",
        "noun.person",
    )


def _doer(tok: Token) -> bool:
    """The subject of a verb in the active voice whose usual sense is a body or a person
    ("the council froze the tax", "the council raised charges"): who did it, though WordNet
    also has it as a meeting, so never the event counted."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and _body(tok)


def _whole_noun(tok: Token) -> Token:
    """The noun a claim's noun is part of: a word written with hyphens is one word ("semi-final",
    whichever part the parse picked), and a noun modifying an event noun names only its kind
    ("the death sentence" counts sentences, "death" says which; not "the ferry service"),
    also across other nouns of the compound ("the cable car accident" counts accidents)."""
    tok = hyphen_head(tok)
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and event_lemma(tok.head):
        tok = hyphen_head(tok.head)
    head = _compound_head(tok)  # "cable car accident": through a noun that is no event
    if head != tok and head.pos_ == "NOUN" and event_lemma(head):
        tok = hyphen_head(head)
    return _phrase_end(tok)


def _phrase_end(tok: Token) -> Token:
    """The event noun that ends a phrase a noun naming no event opens: the nouns before it
    say which kind ("cable car accident": cars, cables; "cholera outbreak"), however the
    tagger took the last word (an adjective: "no cup final"; a verb WordNet has no verb
    sense of: "the cholera outbreak")."""
    if tok.pos_ not in ("NOUN", "PROPN") or event_lemma(tok):
        return tok
    for t in tok.doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]:
        if not (t.is_alpha and t.is_lower) or t.pos_ not in ("NOUN", "ADJ", "VERB"):
            return tok
        if t.pos_ == "VERB" and lexicon.wordnet().synsets(t.lower_, "v"):
            return tok  # a verb: "the cable snapped"
        if lexicon.is_event_noun(lexicon.noun_lemma(t.text)):
            return t
        if t.pos_ != "NOUN":
            return tok
    return tok


def _kind_noun(trigger: Token, clause: Token, tokens: list[Token], skip: set[int]) -> Token | None:
    """The noun a claim counts occurrences of: the one the trigger modifies or is in
    apposition to or predicated of, else the clause's event noun nearest the trigger."""
    if trigger.dep_ == "neg" and trigger.head.dep_ == "acl" and trigger.head.head.pos_ == "NOUN":
        return trigger.head.head  # "a level not seen since 2011": what the participle is on
    if _predecessor(trigger):  # "the strike's predecessor": the possessor; "its predecessor": the one before
        poss = _possessor(trigger)
        return poss if poss is not None and _named(poss) else None
    if _is_break(trigger) and not event_lemma(trigger):
        skip = skip | {trigger.i}  # "a wait that stretched back to 1998": the wait is for something else
    # "The one before it was in 2015": "it" is this one, whatever the parse made of it
    skip = skip | {t.i + 1 for t in trigger.sent if t.lower_ == "before" and t.i + 1 < t.sent.end}
    cands: list[Token] = []
    head = trigger.head
    if trigger.dep_ in ("amod", "nummod"):
        head = _compound_head(head)  # "the first rate hike": the hike, not the rate
    if trigger.dep_ in ("amod", "nummod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        cands.append(head)
        if head.dep_ == "appos":
            cands.append(head.head)
        if trigger.i > 0 and trigger.nbor(-1).tag_ == "POS" and head.dep_ in ("attr", "appos"):
            # "The drought is the region's first ...": the parse made the possessor the head
            cands += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != head]
    argument = trigger.dep_ in ("attr", "conj", "appos", "nsubj", "acomp", "dobj", "pobj")
    # a noun the parse hung loosely on a verb of telling is none of its arguments: "The one
    # before it was in 2015, the keeper recalled"
    if argument or (trigger.pos_ in ("NOUN", "PRON") and not _tells_of(trigger.head)):
        for c in trigger.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                cands += [o for o in c.children if o.dep_ == "pobj"]
        gov = trigger.head
        while gov.dep_ == "conj" and gov.head != gov:
            gov = gov.head
        if trigger.dep_ == "appos":
            cands.append(gov)
        if trigger.dep_ == "dobj":  # "carried out a heart transplant, its first in nine years": an apposition
            cands += [c for c in gov.children if c.dep_ == "dobj" and c.i < trigger.i]
        cands += [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c != trigger]
        if gov.dep_ == "xcomp" and not _has_subject(gov):  # "The pair is believed to be the first ..."
            cands += [c for c in gov.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.dep_ == "npadvmod" and head.pos_ == "VERB":
        # "counted the wolf pack, their first since 2009": the parse hangs "first" on the verb,
        # but set off after the verb's object it is in apposition to that object
        cands += [c for c in head.children if c.dep_ == "dobj" and c.i < trigger.i]
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None and trigger.dep_ == "advmod":  # "had last seen a flood"
        cands += [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    # "the first recorded on the lake since 1987": "first" on a participle the parse made the noun
    participle = trigger.lower_ == "first" and trigger.dep_ == "amod" and head.tag_ == "VBN"
    if (_nominal_first(trigger) or participle) and head.dep_ in ("attr", "acomp", "appos"):
        # "The county's new hospital is the first built there since 1972": the copula's subject
        cands += [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    phrase = head if trigger.dep_ in ("amod", "nummod", "compound") else trigger
    if phrase.dep_ == "oprd":  # "called the outage the town's first in six years"
        cands += [c for c in phrase.head.children if c.dep_ == "dobj"]
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "as":  # "was described as the first ..."
        cands += [c for c in phrase.head.head.children if c.dep_ in ("nsubjpass", "dobj")]
    for rel in (c for c in phrase.children if c.dep_ == "relcl"):  # "the last time it happened"
        cands += [c for c in rel.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        # "the last time the town saw an outage", however the parse hung "an outage"
        cands += [t for t in rel.subtree if t.i > rel.i and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")]
        cands += [c for c in rel.children if c.dep_ == "nsubj"]
    if _is_break(trigger):  # "With the merger, a gap of ... came to an end"
        for p in trigger.children:  # "ended a 31-year wait for a league title": what was awaited
            if p.dep_ == "prep" and p.lower_ == "for":  # not "a wait for the team": who waited
                cands[:0] = [o for o in p.children if o.dep_ == "pobj" and not _body(o)]
        for c in trigger.head.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"):
                cands += [o for o in c.children if o.dep_ == "pobj"]
    elif trigger.pos_ in ("NOUN", "PROPN"):  # "the tribunal before this one"
        cands.insert(0, trigger)
    if trigger.lower_ == "without":  # "a run of 12 years without a title": what was missing,
        cands[:0] = [o for o in trigger.children if o.dep_ == "pobj"]  # not the run
        skip = skip | {t.i for t in trigger.sent if _measures_time(t)}
    for c in cands:
        if any(k.dep_ == "case" for k in c.children):
            continue  # a possessor ("the sector's"), not what is counted
        if c.i in skip and c.pos_ == "PRON":
            continue  # the "it" of "the one before it" stands for this one
        c = _referent(c)  # type: ignore[assignment]
        if c is not None and c.i not in skip and _named(c) and not _reporter(c):
            return c
    # a noun right after "first/last" the tagger took for something else ("the last lockout")
    if trigger.lower_ in ("first", "last", "previous", "prior", "recent", "preceding"):
        # (not the verb "last" is an adverb of: "a hailstorm had last hit the town")
        on_verb = _last_on_verb(trigger) if trigger.dep_ == "advmod" else None
        for t in trigger.doc[trigger.i + 1 : min(trigger.i + 3, trigger.sent.end)]:
            if (
                t.i not in skip
                and t != on_verb
                and t.is_alpha
                and t.is_lower
                and lexicon.is_event_noun(lexicon.noun_lemma(t.text))
            ):
                return t
    ones = [o for o in (phrase, head, *trigger.children) if o.lower_ == "one" and o.dep_ != "nummod"]
    if ones:  # "...; the previous one was 40 years ago", "ended a decade without one"
        one = ones[0]
        if one.dep_ == "pobj" and one.head.lower_ in ("than", "as"):
            # "the ruling drew more attention than the previous one": one like the subject
            compared = _verb_of(one) or one.head.head
            for t in compared.children:
                if t.dep_ in ("nsubj", "nsubjpass") and t.i not in skip and _named(t) and not _reporter(t):
                    return t
        for t in reversed(one.doc[one.sent.start : one.i]):
            if (
                t.i not in skip
                and not _reporter(t)
                and (event_lemma(t) or (t.dep_ in ("nsubj", "nsubjpass", "dobj") and _named(t)))
            ):
                return t
        for t in _clause_head(one).children:  # "After the previous one, the tribunal sat"
            # not the source: "..., the keeper recalled"
            teller = _reporter(t) or (t.dep_ == "nsubj" and _tells_of(t.head))
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in skip and _named(t) and not teller:
                return t
        for t in _clause_head(one).subtree:  # "The previous one came N years before the tribunal"
            if t.dep_ == "pobj" and t.head.lower_ in ("before", "after") and t.i not in skip and _named(t):
                return t
    args = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    if clause.lemma_.lower() in ("have", "be", "do"):  # "Not since 1998 had the area seen a
        # bailout": the small model makes the fronted auxiliary the head of the verb it serves
        for v in clause.children:
            if v.dep_ in ("ccomp", "xcomp") and v.pos_ == "VERB" and v.i > clause.i:
                args += [c for c in v.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    negation = trigger.dep_ == "neg" or trigger.lower_ in _NEGATIONS
    # "The tribunal came after a 40-year absence", "The derby returned after ...": the subject
    gap = _is_break(trigger) or _recurs(trigger)
    skip = skip | {trigger.i} if gap else skip
    for c in args:
        if c.i in skip or c.pos_ == "PRON":
            continue
        ref = _referent(c)
        if ref is None or ref.i in skip:
            continue
        if (event_lemma(ref) and not _doer(ref)) or (
            negation and c.dep_ in ("dobj", "nsubjpass", "attr") and _named(ref)
        ):
            return ref  # "had not seen an outage like it", "such a lockout had not been seen"
        if gap and c.dep_ in ("nsubj", "nsubjpass") and _named(ref):
            return ref
    pool = [t for t in tokens if t.i not in skip and event_lemma(t) and not _reporter(t) and not _aside(t)]
    if pool:
        return min(pool, key=lambda t: abs(t.i - trigger.i))
    if clause.lemma_.lower() == "be" and any(c.dep_ == "acomp" and _perceivable(c) for c in clause.children):
        # "The comet was visible for the first time in 25 years": a sighting of the subject is
        # counted (not "the lighthouse was open", a state no sighting tells of)
        subj = next((c for c in args if c.dep_ == "nsubj" and c.i not in skip), None)
        if subj is not None and _named(subj):
            return subj
    for c in args:  # "It is the first in 12 years": what "it" stands for
        ref = _referent(c) if c.pos_ == "PRON" and c.i not in skip else None
        if ref is not None and event_lemma(ref):
            return ref
    pool = [
        t for t in clause.sent if t.i not in skip and event_lemma(t) and not _reporter(t) and not _aside(t)
    ]
    return min(pool, key=lambda t: abs(t.i - trigger.i)) if pool else None


def _clause_of_time(time: Token) -> Token | None:
    """The clause "the first time" counts: "the first time in 18 years that the bridge has
    been closed", "For the first time since 1994, the river burst its banks"."""
    for c in time.children:
        if c.dep_ in ("relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
    if time.dep_ == "pobj" and time.head.lower_ == "for":
        head = _clause_head(time)
        return head if head.pos_ in ("VERB", "AUX") else None
    if time.dep_ in ("attr", "dobj"):  # "It is / This marks the first time in 25 years that ..."
        for c in time.head.children:
            marks = [m for m in c.children if m.dep_ == "mark"]
            if c.dep_ in ("ccomp", "advcl") and any(m.lower_ == "that" for m in marks):
                return c
    if time.dep_ == "nsubj":  # "Rarely has the court sat on a Sunday; the last time was in 1974"
        before = [c for c in time.head.children if c.dep_ in ("ccomp", "parataxis") and c.i < time.i]
        if (
            before
            and before[-1].pos_ == "VERB"
            and any(t.text == ";" for t in time.doc[before[-1].i : time.i])
        ):
            return before[-1]
    return None


def _said_of_clause(trigger: Token) -> Token | None:
    """The verb a claim's relative clause says something of when its antecedent is a
    clause, not a noun: "Parliament was recalled from recess, something that has not
    happened since 1982" (the relative clause hangs on a pronoun in apposition to the verb,
    or on the verb itself)."""
    clause = trigger.head if trigger.dep_ == "neg" or trigger.lower_ in _NEGATIONS else trigger
    if clause.dep_ != "relcl" or not any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("WDT", "WP") or c.lower_ == "that")
        for c in clause.children
    ):
        return None
    ante = clause.head
    if ante.pos_ == "PRON" and ante.dep_ in ("appos", "npadvmod", "dobj"):  # "something that ...": a clause
        ante = next((a for a in ante.ancestors if a.pos_ == "VERB"), ante)
    return ante if ante.pos_ == "VERB" else None


def _negated_verb(trigger: Token) -> Token | None:
    """The verb of a negated claim that names no event noun in its own clause ("no dam in
    the region had failed in 30 years", "the pier had not collapsed since 1962"): what the
    verb does is what is counted. Not a copula, "have" or a verb of seeing or knowing
    ("had not seen an outage", "had not recorded a case"), whose object is the kind."""
    if not (trigger.dep_ == "neg" or trigger.lower_ in _NEGATIONS):
        return None
    verb = trigger.head
    if trigger.dep_ == "det" and verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head  # "no dam ... had failed"
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have") or _tells_of(verb):
        return None
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" for c in args):
        return None
    if any(event_lemma(c) for c in args):
        return None
    return verb


def _claim_verb(trigger: Token, kind_tok: Token | None) -> tuple[Token | None, bool]:
    """The verb whose occurrence a claim counts, and whether it names the claim's kind
    (else it is only another way of saying it):
    - "last" on a verb: "The club was last relegated in 2012", "Cholera last broke out";
    - the clause of "the first time": "the first time since 2001 that the team has
      reached the final";
    - the infinitive of "the first X to VERB", another way only ("the first heatwave to
      reach 40C" and "the city last reached 40C")."""
    if (verb := _last_on_verb(trigger)) is not None:
        return verb, True
    if (verb := _said_of_clause(trigger)) is not None:
        return verb, True
    if (verb := _negated_verb(trigger)) is not None:
        return verb, True
    if trigger.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ == "since" for m in trigger.children):
        return trigger, True  # "It had been 16 years since a lion escaped from the zoo"
    if (trigger.lower_ == "first" or _is_previous(trigger)) and trigger.head.lemma_.lower() in (
        "time",
        "occasion",
    ):
        verb = _clause_of_time(trigger.head)  # "the last time the regiment was deployed abroad"
        if verb is not None and verb.lemma_.lower() != "be":
            # "the last time the town saw an outage": what the verb took counts, the verb is
            # only another way of saying it
            took = kind_tok is not None and kind_tok.i > verb.i and kind_tok in list(verb.subtree)
            return verb, not took
        time = trigger.head
        first = trigger.lower_ == "first"
        if verb is None and first and time.dep_ == "npadvmod" and time.head.pos_ == "VERB":
            # "won the league in 2019, the first time in 30 years": its clause (not "last time":
            # the verb it hangs on tells what else happened then, not what is counted)
            return time.head, True
    noun = trigger.head if trigger.dep_ == "amod" else trigger
    for holder in (noun, kind_tok):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                return c, False
    return None, False


def _bare(noun: Token) -> bool:
    """A noun with no determiner nor possessor ("granted clemency", "imposed martial law"):
    a mass noun that names what was done, not a thing it was done to."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _verb_forms(verb: Token) -> list[str]:
    """A verb's base forms: the tagger's lemma and WordNet's ("staged": the tagger says
    "stag", WordNet also "stage")."""
    lemma = verb.lemma_.lower()
    return [lemma] + sorted(
        f for f in lexicon.verb_lemmas(verb.lower_) if f != lemma and lexicon.wordnet().morphy(f, "v") == f
    )


def _happens(verb: Token) -> bool:
    """A verb that says only that something took place, not what: "happen" and the words of
    its usual WordNet sense ("occur", "take place"), or "do so" / "do it"."""
    lemma = verb.lemma_.lower()
    if lemma == "do":
        return any(
            c.dep_ in ("advmod", "dobj") and c.lower_ in ("so", "it", "that", "this") for c in verb.children
        )
    senses = lexicon.wordnet().synsets(lemma, "v")[:1]
    return bool(senses) and senses[0] in lexicon.wordnet().synsets("happen", "v")[:1]


def _stand_in(tok: Token) -> bool:
    """A word that stands for a thing named elsewhere: "it", "this", "that", or a generic
    noun ("one", "occasion", "instance", "time")."""
    if tok.pos_ == "PRON" or tok.tag_ in ("DT", "WDT"):
        return tok.lower_ in ("it", "this", "that", "which")
    return tok.lemma_.lower() in _GENERIC


def _negated_stand_in(trigger: Token, clause: Token) -> bool:
    """Whether a negated claim names nothing of its own: "it" happened, or someone saw or
    had "one" ("That has not occurred since 2007", "The town has not had one for 12 years",
    "Not since 2016 has the valley witnessed one"). It counts what the claim before it counted."""
    if not (trigger.dep_ == "neg" or trigger.lower_ in _NEGATIONS):
        return False
    if _sees_stand_in(trigger):
        return True
    # the small model makes a fronted "had" the head of the verb it serves
    verbs = [trigger.head, clause, *(v for v in clause.children if v.dep_ in ("ccomp", "xcomp"))]
    for verb in verbs:
        if verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if _happens(verb) and subjects and not objects and all(_stand_in(a) for a in subjects):
            return True
        seeing = _tells_of(verb) or lexicon.verb_kind(verb.lemma_.lower()) == "verb.possession"
        if seeing and objects and all(_stand_in_object(o) for o in objects):
            return True
    return False


def _stands_in(kind_tok: Token | None, verb: Token | None) -> bool:
    """Whether a claim names no thing of its own and so counts the series of the claim before
    it: its noun, if any, is generic ("The previous occasion was in 2011"), and its verb, if
    any, only says that something took place ("The last time that happened", "The club last
    did so") or is said of a stand-in ("It was last sighted in 2012", "The previous one was
    declared in 2016")."""
    if kind_tok is not None and not _stand_in(kind_tok):
        return False
    if verb is None or _happens(verb):
        return True
    if verb.lemma_.lower() == "be" or any(c.dep_ == "nsubjpass" for c in verb.children):
        args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
        return bool(args) and all(_stand_in(a) for a in args)
    return False


def _stand_in_object(tok: Token) -> bool:
    """An object that names nothing of its own: a stand-in (`_stand_in`), or a pronoun
    likened to one ("anything like it", "nothing like this")."""
    if _stand_in(tok):
        return True
    return tok.pos_ == "PRON" and any(
        p.dep_ == "prep" and p.lower_ == "like" and any(_stand_in(o) for o in p.children)
        for p in tok.children
    )


def _sees_stand_in(trigger: Token) -> bool:
    """Whether a claim only says that someone saw, recorded, remembered or had "one" ("The
    county last recorded one in 2015", "Fans remember the last one", "the town had not seen
    anything like it since 1990"): a verb of seeing, telling, knowing or having does nothing
    to the series, and its stand-in object is the thing the claim before it counted."""
    verb: Token | None = _last_on_verb(trigger)
    objects: list[Token] = []
    if verb is None and (trigger.dep_ == "neg" or trigger.lower_ in _NEGATIONS):
        verb = trigger.head  # "the town had not seen anything like it"
    if verb is None and trigger.dep_ == "amod" and trigger.head.dep_ == "dobj":
        verb, objects = trigger.head.head, [trigger.head]  # "remember the last one"
    if verb is None or verb.pos_ != "VERB":
        return False
    objects = objects or [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    seeing = _tells_of(verb) or lexicon.verb_kind(lemma) == "verb.possession"
    return seeing and bool(objects) and all(_stand_in_object(o) for o in objects)


def _such_of(noun: Token | None, key: Any) -> set[str]:
    """The kind "such" points back to: "called a general strike, the first such stoppage in
    40 years" counts strikes, the event noun named before it."""
    if noun is None or not any(c.lower_ == "such" for c in noun.children):
        return set()
    ante = _antecedent(noun)
    lemma = event_lemma(ante) if ante is not None else None
    return {key(lemma)} if lemma else set()


def _subject_of(noun: Token | None, verb: Token | None) -> bool:
    """Whether a claim's noun is only the subject of the verb it counts ("the first time in
    30 years that the central bank has intervened"): its adjectives say which doer, not
    which kind of event."""
    return (
        noun is not None
        and verb is not None
        and noun.head == verb
        and noun.dep_ in ("nsubj", "nsubjpass")
        and not event_lemma(noun)
    )


def _classes(noun: Token | None) -> frozenset[str]:
    """The adjectives that say which series a claim's noun belongs to ("annual loss",
    "presidential election"); "first", "last", "such" and the like say nothing of it."""
    if noun is None:
        return frozenset()
    return frozenset(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ == "amod"
        and c.pos_ == "ADJ"
        and c.lower_ not in _PREVIOUS
        and c.lower_ not in ("first", "such", "similar", "same")
        and c.text != "-"
        and hyphen_head(c) != hyphen_head(noun)  # "semi" of "semi-final" is the noun itself
    )


def _manner(verb: Token | None) -> frozenset[str]:
    """The adverbs that say which series a verb instance belongs to, as a claim's adjectives
    do ("The club won away at Anfield" is an away win)."""
    if verb is None:
        return frozenset()
    out = set()
    for c in verb.children:
        if c.dep_ != "advmod" or c.pos_ != "ADV" or any(d.dep_ == "npadvmod" for d in c.children):
            continue  # not "four years ago": a time
        if lexicon.is_adjective(c.lower_):
            out.add(c.lower_)
        # an adverb made of an adjective stands for it: "posthumously quashed" is a posthumous quashing
        out |= {
            p.name()
            for s in lexicon.wordnet().synsets(c.lower_, "r")
            for lem in s.lemmas()
            for p in lem.pertainyms()
        }
    return frozenset(out)


def _object_classes(verb: Token | None) -> frozenset[str]:
    """The adjectives of what a verb instance brought (its object or passive subject), which
    say its series as a claim's adjectives do ("The city opened a new tram line", "A new bridge
    was built")."""
    if verb is None:
        return frozenset()
    return frozenset(a for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for a in _classes(c))


def _names_of(noun: Token | None, kind: str) -> set[str]:
    """The names a claim's noun gives its kind: its event lemma, and the verb of a gerund
    ("the first whale stranding" counts what "were stranded" says)."""
    if noun is None:
        return set()
    lemma = event_lemma(noun) or kind
    verb = lexicon.verb_of_gerund(lemma)
    names = {lemma, verb} if verb else {lemma}
    if lexicon.is_taking_part(lexicon.noun_lemma(noun.text)):
        # "their previous appearance in the final": taking part in a final counts finals
        names |= {
            found
            for p in noun.children
            if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for o in p.children
            if o.dep_ == "pobj" and (found := event_lemma(o))
        }
    return names


def _compounds(noun: Token | None) -> frozenset[str]:
    """The common nouns compounded before a claim's noun, which name its series ("lung" in
    "lung transplant", "tornado" in "tornado warning"); not a part of the noun's own word
    ("walk" of "walk-out")."""
    if noun is None:
        return frozenset()
    return frozenset(
        lexicon.noun_lemma(c.text)
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "NOUN" and hyphen_head(c) != hyphen_head(noun)
    )


def _named_compounds(noun: Token | None) -> frozenset[str]:
    """The names compounded before a claim's noun, which narrow its series to one
    competition, product or programme ("Grand Slam" in "their last Grand Slam success")."""
    if noun is None:
        return frozenset()
    return frozenset(
        " ".join(t.lower_ for t in c.subtree)
        for c in noun.children
        if c.dep_ == "compound" and c.pos_ == "PROPN"
    )


def _occurrence(lemma: str) -> bool:
    """A noun with a sense that is an occurrence though its first is not ("outage", first a
    quantity; "blackout", first a time): the event itself, never whose series it is."""
    return lexicon.has_event_sense(lemma) or (
        lexicon.is_time_noun(lemma) and not lexicon.is_period_noun(lemma)
    )


def _objects(verb: Token | None) -> frozenset[str]:
    """What a verb was done to, which says which series it counts: "cut taxes" and "cut
    spending", "reached the final" and "reached the semi-final" are two series."""
    if verb is None:
        return frozenset()
    return frozenset(
        lexicon.noun_lemma(c.text)
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass") and c.is_alpha and c.pos_ not in ("PRON", "PROPN")
    )
