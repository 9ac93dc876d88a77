"""`claims(doc)`: the interval claims and dated instances of an article, each with the range
of years its previous occurrence may lie in, counted back from the years of its event."""

from __future__ import annotations

import calendar
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from analysis import gazetteer, lexicon
from analysis.events import event_lemma, events, hyphen_head, main_event, speaks
from analysis.intervals.syntax import (
    _CLAUSE_DEPS,
    _INDEFINITE,
    _active_subject,
    _clause_head,
    _compound_head,
    _has_subject,
    _indefinite,
    _one_of_many,
    _particle,
    _possessor,
    _prep,
    _previous_subject,
    _subject,
    _tells_of,
    _time_noun,
    _verb_of,
)
from analysis.intervals.triggers import (
    _BREAKS,
    _NEGATIONS,
    _PREVIOUS,
    _before_this,
    _break_of,
    _chain,
    _clause_break,
    _context,
    _dangling_it_has_been,
    _first_governs,
    _follows_one,
    _is_break,
    _is_previous,
    _last_on_verb,
    _marks_previous,
    _measured_break,
    _negated,
    _nominal_first,
    _points_back,
    _predecessor,
    _reached_break,
    _recurs,
    _sentence_subject_year,
    _since_dependent,
    _without_after,
)
from analysis.intervals.values import (
    _UNITS,
    _YEAR,
    _counted_back,
    _duration,
    _measures_time,
    _orphan_preposition,
    _runs_to_now,
    _year_of,
    reference_events,
)
from analysis.text import text_of

# discourse markers that put a claim on another subject
_CONTRAST = re.compile(r"\b(?:by contrast|in contrast|elsewhere|unlike|whereas|by comparison)\b", re.I)
# "we" and "our" speak for a group (a club, a firm, a town), which a claim in the third person counts too
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "his", "her", "my", "your"})


# prepositions that say where a series is counted: "the first in the north in 12 years"
_PLACE_PREPS = frozenset({"in", "across", "throughout", "at", "on"})
# words that make a place another one than the claim's: "on a different island"
_OTHER = frozenset({"other", "another", "different"})


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
_GENERIC = frozenset({"one", "time", "kind", "occasion", "instance", "first", "last", "such"})


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
    ("the death sentence" counts sentences, "death" says which; not "the ferry service")."""
    tok = hyphen_head(tok)
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and event_lemma(tok.head):
        tok = hyphen_head(tok.head)
    return tok


def _kind_noun(trigger: Token, clause: Token, tokens: list[Token], skip: set[int]) -> Token | None:
    """The noun a claim counts occurrences of: the one the trigger modifies or is in
    apposition to or predicated of, else the clause's event noun nearest the trigger."""
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
        for t in trigger.doc[trigger.i + 1 : min(trigger.i + 3, trigger.sent.end)]:
            if (
                t.i not in skip
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


def _scope(sent: Span, tokens: list[Token], trigger: Token | None, kind_tok: Token | None) -> str:
    """Whose series the claim is about: "general", "person:<name>" or "other:<i>"."""
    if _CONTRAST.search(sent.text):
        return f"other:{sent.start}"
    holders = [t for t in (trigger, kind_tok) if t is not None]
    for h in holders:
        target = h.head if h.dep_ in ("amod", "nummod") else h
        for c in target.children:
            if c.dep_ == "poss":
                if c.lower_ in _PERSON_PRONOUNS:
                    return "person:"
                if c.ent_type_ == "PERSON":
                    return f"person:{c.text.lower()}"
            if c.dep_ in ("relcl", "acl"):  # "the first strike she had covered"
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass") and (
                        s.lower_ in _PERSON_PRONOUNS or s.ent_type_ == "PERSON"
                    ):
                        return "person:" + ("" if s.lower_ in _PERSON_PRONOUNS else s.text.lower())
    for t in tokens:  # "For Ana Ruiz, it was ..."
        if t.lower_ == "for" and t.dep_ == "prep":
            obj = [c for c in t.children if c.dep_ == "pobj"]
            if obj and (obj[0].ent_type_ == "PERSON" or obj[0].lower_ in ("him", "her", "me", "us")):
                return "person:" + ("" if obj[0].ent_type_ != "PERSON" else obj[0].text.lower())
    for t in tokens:  # "on a different island", "tore through another county"
        if t.dep_ not in ("pobj", "dobj") or _time_noun(t):  # not "in a very different era"
            continue
        if any(
            c.lower_ in _OTHER or _distant(c) for c in t.children if c.dep_ in ("det", "amod", "compound")
        ):
            return f"other:{sent.start}"  # "on a different island", "a remote province"
    for t in tokens:  # "the first in the north of the country", "In Lyon, the last strike was ..."
        # or the place an instance's verb hit: "Heavy snow hit the north in 2013"
        placed = t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
        if not placed and not (t.dep_ == "dobj" and kind_tok is not None and t.head == kind_tok.head):
            continue
        if lexicon.is_direction_noun(t.lemma_):
            return f"place:direction:{t.lemma_.lower()}"
        if t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN":
            ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
            return f"place:name:{ent.text if ent is not None else t.text}"
    return "general"


def _distant(adj: Token) -> bool:
    """An adjective that puts a place away from the one spoken of ("remote", "distant",
    "faraway", "neighbouring", "nearby", "adjacent"): WordNet's senses of "distant", "adjacent"
    and "near" and those similar to them (British spellings read as American). A series counted
    "in the area" or "in the country" does not reach there."""
    if adj.dep_ not in ("amod", "compound"):
        return False
    # the small model tags "neighbouring" as a noun in a compound: "a neighbouring county"
    if adj.dep_ == "compound" and not adj.lower_.endswith("ing"):
        return False
    lemma = adj.lower_.replace("our", "or")
    return any(lexicon.similar_adjectives(lemma, far) for far in ("distant", "adjacent", "near"))


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
    noun = trigger.head if trigger.dep_ == "amod" else trigger
    for holder in (noun, kind_tok):
        if holder is None:
            continue
        for c in holder.children:
            if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                return c, False
    return None, False


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


def _bare(noun: Token) -> bool:
    """A noun with no determiner nor possessor ("granted clemency", "imposed martial law"):
    a mass noun that names what was done, not a thing it was done to."""
    return noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def _bare_event(noun: Token) -> bool:
    """An event noun with no determiner nor possessor, singular ("Snow fell", "Heavy
    flooding hit the town"; the small model tags a sentence-initial one a name): one more
    occurrence, not the article's own event ("The flood hit the town")."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    return noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.i == noun.sent.start and noun.ent_type_ == "")


def _verb_forms(verb: Token) -> list[str]:
    """A verb's base forms: the tagger's lemma and WordNet's ("staged": the tagger says
    "stag", WordNet also "stage")."""
    lemma = verb.lemma_.lower()
    return [lemma] + sorted(
        f for f in lexicon.verb_lemmas(verb.lower_) if f != lemma and lexicon.wordnet().morphy(f, "v") == f
    )


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


def _read(value: Token, published: int | None) -> dict[str, Any] | None:
    """The claim a time value makes, or None."""
    clause, tokens = _context(value)
    chain = _chain(value, clause)
    sent = value.sent
    in_ctx = {t.i for t in tokens}
    dur = _duration(value)
    year = _year_of(value)
    ref: tuple[str, int, int, int] | None = None  # name, start, end, end index
    if dur is None and year is None:
        if value.lower_ != "since":
            return None
        rest = value.doc[value.i + 1 : sent.end]
        best = None
        for pattern, name, start, stop in reference_events():
            hit = pattern.match(rest.text)
            if hit and (best is None or hit.end() > best[0]):
                best = (hit.end(), name, start, stop)
        if best is None:
            return None
        span = value.doc.char_span(rest.start_char, rest.start_char + best[0], alignment_mode="expand")
        if span is None:
            return None
        ref = (best[1], best[2], best[3], span.end)
    # the words before the value up to a comma or the sentence start: where a trigger sits
    # when the parse went wrong ("The league's last final before this season took place in 1999")
    left = value.i
    while left > sent.start and value.doc[left - 1].text not in (",", ";", ":", "—", "–", "(", '"', "“"):
        left -= 1
    near = {t.i: t for t in tokens}
    near.update({t.i: t for t in value.doc[left : value.i]})
    widened = [near[i] for i in sorted(near)]
    firsts = [
        t
        for t in widened
        if t.lower_ == "first"
        and (
            (t.dep_ != "advmod" and t.pos_ != "ADV")
            or (t.i > 0 and t.nbor(-1).tag_ in ("POS", "PRP$"))
            or _nominal_first(t)
        )
    ]  # an adverb "first" ("first cut its dividend") is no claim, but "United's first" is
    copula = _sentence_subject_year(value) if year is not None else None
    if copula is not None:  # "2011 was the last time the town had a launch"
        extra = {t.i: t for t in copula.subtree if t.i not in near}
        tokens = tokens + list(extra.values())
        widened = sorted([*widened, *extra.values()], key=lambda t: t.i)
    previous = [t for t in widened if _is_previous(t) or _predecessor(t) or _follows_one(t)]
    previous += [h for t in widened if (h := _before_this(t)) is not None]
    trigger: Token | None = None
    dur_of: tuple[float, str, tuple[int, int] | None] | None = None
    since_tok: Token | None = None
    needs_kind = True  # a claim with no "first/last" must name what it counts
    rng: tuple[int, int] | None = None
    basis = ""
    start = value.i
    end = value.i + 1
    prep = _prep(value)
    # "since it went on sale in 2009", "since records began in 1880": the year dates the
    # clause "since" opens, so it is the "since YEAR" of the claim
    since_mark = None
    if year is not None and prep == "in" and value.head.head == clause:
        opened = clause
        while opened.dep_ == "xcomp":  # "since detectives began keeping records in 1979"
            opened = opened.head
        if opened.dep_ == "advcl":
            since_mark = next((m for m in opened.children if m.dep_ == "mark" and m.lower_ == "since"), None)
    # "no tornado between 2014 and this year": a span that runs up to now is "since 2014"
    until_now = year is not None and prep == "between" and _runs_to_now(value)
    # "a wait that stretched back to 1998": a break reaching back to a year runs since then
    reach = value.head.head.head if value.head.head.lower_ == "back" else value.head.head  # "went back to"
    back_to = (
        year is not None
        and prep == "to"
        and any(c.lower_ == "back" for c in (*reach.children, value.head.head))
        and _reached_break(reach) is not None
    )
    if (
        ref is not None
        or since_mark is not None
        or until_now
        or back_to
        or (year is not None and any(_prep(t) == "since" or t.lower_ == "since" for t in chain))
    ):
        # "since YEAR / since the end of the Cold War"
        since = value
        if since_mark is not None:
            since = since_mark
        elif until_now:
            since = value.head
        elif back_to:
            since = value.head if value.head.head == reach else value.head.head
        elif ref is None:
            since = next((t.head for t in chain if _prep(t) == "since"), None) or next(
                t for t in chain if t.lower_ == "since"
            )
        since_tok = since
        if ref is not None:
            rng, basis, end = (ref[1], ref[2]), ref[0], ref[3]
        else:
            rng, basis = (year, year), str(year)  # type: ignore[assignment]
            if [t.lower_ for t in value.doc[max(sent.start, value.i - 2) : value.i]] == ["at", "least"]:
                rng = (-10_000, year)  # "the first since at least 2007": the last one then or before
        host = since.head
        breaks = _reached_break(host) if back_to else _clause_break(host)
        firsts = [t for t in firsts if _first_governs(t, since)]
        if firsts:
            trigger = min(firsts, key=lambda t: abs(t.i - since.i))
            needs_kind = False
        elif _negated(clause, [since, host]) or any(c.dep_ == "neg" for c in since.children):
            trigger = next((t for t in tokens if t.lower_ in _NEGATIONS or t.dep_ == "neg"), since)
        elif breaks is not None:
            trigger = breaks
        else:
            return None
    elif dur is not None:
        n, qual, dstart = dur
        start = dstart
        ref_year: tuple[int, int] | None = None
        # a count in words ("a quarter of a century") hangs from the phrase's own head; a
        # unit hung outside the phrase is its head, wherever the parse put a qualifier ("in
        # well over 10 years" with "well" on "in")
        phrase = value.doc[dstart : value.i + 1]
        v = (
            next((t for t in phrase if not dstart <= t.head.i <= value.i), value)
            if dstart < value.i and dstart <= value.head.i <= value.i
            else value
        )
        if v is not value:
            prep = _prep(v)
        head = v.head
        governor = v.head
        if prep is None and (orphan := _orphan_preposition(value.doc, dstart)) is not None:
            prep, governor = orphan.lower_, orphan  # "first in well over 10 years", parsed apart
        firsts = [t for t in firsts if _first_governs(t, governor)] if prep else []
        if prep in ("in", "for", "over", "within") and firsts:
            trigger = min(firsts, key=lambda t: abs(t.i - value.i))
            needs_kind = False
        elif prep in ("in", "for", "over") and _negated(clause, [governor]):
            trigger = next((t for t in tokens if t.lower_ in _NEGATIONS or t.dep_ == "neg"), governor)
        elif v.dep_ in ("npadvmod", "dobj") and any(c.lower_ == "without" for c in head.children):
            trigger = next(c for c in head.children if c.lower_ == "without")  # "went N years without"
        elif (without := _without_after(v)) is not None:
            trigger = without  # "a run of 12 years without a title", "Twelve years without a win"
        elif v.dep_ in ("compound", "nummod", "amod") and head.lemma_.lower() in _BREAKS:
            trigger = head  # "a 12-year gap"
        elif v.dep_ == "npadvmod" and head.lower_ == "long" and head.head.lemma_.lower() in _BREAKS:
            trigger = head.head  # "a decade-long wait"
        elif prep == "of" and head.head.lemma_.lower() in _BREAKS:
            trigger = head.head  # "a gap of 12 years"
        elif (waiting := _break_of(v)) is not None:
            trigger = waiting  # "ended 12 years of waiting"
        elif prep == "after" and (
            waited := next(
                (
                    c
                    for c in head.head.children
                    if c.dep_ == "nsubj" and _is_break(c) and any(p.lower_ == "for" for p in c.children)
                ),
                None,
            )
        ):
            trigger = waited  # "The wait for a title is over after 12 years": what was awaited
        elif (
            v.dep_ in ("attr", "npadvmod", "dobj")
            and head.lemma_.lower() == "be"
            and (
                any(
                    c.lower_ == "since" or any(m.lower_ == "since" for m in c.children if m.dep_ == "mark")
                    for c in head.children
                )
                # "It is 12 years since the last X": the parse hung "since" on the duration
                or (v.dep_ == "attr" and _since_dependent(v) is not None)
            )
        ):
            trigger = head  # "it had been 12 years since ..."
            since_dep = _since_dependent(head) or _since_dependent(v)
            marker = [t for t in since_dep.subtree if _is_previous(t)] if since_dep is not None else []
            if marker:  # "... since we last had a blackout": the earlier instance names the kind
                trigger, needs_kind = marker[0], False
            elif since_dep is not None and since_dep.dep_ == "advcl" and _past_asserted(since_dep):
                trigger, needs_kind = since_dep, False  # "... since a lion escaped": that clause is the kind
        elif v.dep_ == "npadvmod" and head.lower_ == "since" and head.head.lemma_.lower() == "be":
            trigger = head.head  # the same, parsed as "[8 years] since"
        elif (
            v.dep_ in ("nsubj", "attr", "npadvmod", "dobj")
            and (since_dep := _since_dependent(head)) is not None
            and _points_back(list(since_dep.subtree))
        ):
            # "nine years have elapsed since the prior raid": the earlier instance
            # names what is counted
            trigger = next(t for t in since_dep.subtree if _is_previous(t) or _before_this(t) is not None)
            needs_kind = False
        elif (following := _dangling_it_has_been(value)) is not None:
            trigger = head  # "It had been 25 years. Not since then had the town faced ..."
            tokens = list(following)
            clause = following.root
        elif v.dep_ == "npadvmod" and head.lower_ in ("after", "earlier", "before", "ago", "later"):
            end = max(end, head.i + 1)
            if head.lower_ == "ago":
                if not previous:
                    return None
                trigger = previous[0]
                needs_kind = False
                if published is not None:
                    ref_year = (published, published)
            elif head.lower_ == "after" and head.dep_ == "mark":
                # "came 50 years after the volcano last erupted": the clause's "last" marks the previous one
                last = [c for c in head.head.children if _is_previous(c) and _last_on_verb(c) == head.head]
                if not last:
                    return None
                trigger, needs_kind = last[0], False
            elif head.lower_ == "after":
                objs = [c for c in head.children if c.dep_ == "pobj"]
                if not objs or not (
                    any(_is_previous(c) for c in objs[0].children)
                    or (objs[0].lower_ == "one" and any(c.lower_ == "before" for c in objs[0].children))
                ):
                    return None
                marker = [c for c in objs[0].children if _is_previous(c)]
                trigger = marker[0] if marker else head  # "after the previous one": "one" is the kind
            else:
                if not previous:
                    return None
                trigger = previous[0]
                needs_kind = False
        elif prep == "after" and _recurs(head.head):
            trigger = head.head  # "the derby returned after 12 years", "flooded again after ..."
        elif (measured := _measured_break(v)) is not None:
            trigger = measured  # "had waited 15 years for a census", "the wait had lasted 30 years"
            # "the wait" with nothing awaited named is the wait for the event told of before
            needs_kind = measured.pos_ == "VERB" or not any(d.lower_ == "the" for d in measured.children)
        else:
            return None
        rng = (0, 0)  # counted back from the year of the claim's event, once its kind is known
        dur_of = (n, qual, ref_year)
    else:
        # a year of the previous instance: "the last strike was in 2007", "the 1987 raid was the last"
        assert year is not None
        if not previous:
            return None
        host = value.head
        ranged = value.i + 1 < len(value.doc) and value.nbor(1).lower_ in ("to", "until", "-", "–")
        ok = (
            prep in ("in", "to", "during", "of")
            or (prep == "from" and not ranged)  # "dates from 2005", not "from 2001 to 2005"
            # "had to wait until 2012 for the last title": the wait ended with it
            or (prep == "until" and _is_break(host.head))
            or copula is not None
            or value.dep_ in ("attr", "appos", "npadvmod")
            # "was as long ago as 2010", "as recently as 2019": the year the comparison reaches
            or (prep == "as" and host.head.pos_ in ("ADV", "ADJ") and host.head.i < host.i)
            # "the 1987 final was the last", "1987's final was the last"
            or (value.dep_ in ("nummod", "compound", "amod", "poss") and host.pos_ in ("NOUN", "PROPN"))
        )
        if not ok:
            return None
        trigger = min(previous, key=lambda t: abs(t.i - value.i))
        needs_kind = False
        if _last_on_verb(trigger) is not None and _verb_of(value) not in (trigger.head, None):
            return None  # "The factory opened in 1985 and last expanded in 2016": 1985 is the opening's
        if value.dep_ in ("nummod", "compound", "amod", "poss") and not (
            trigger.head == host
            or (trigger.dep_ in ("attr", "acomp") and host.dep_ in ("nsubj", "nsubjpass"))
            # "The 2012 final was the previous one": "last" on the copula's generic noun
            or (
                host.dep_ in ("nsubj", "nsubjpass")
                and trigger.head.dep_ == "attr"
                and trigger.head.head == host.head
                and trigger.head.lower_ in _GENERIC
            )
        ):
            return None  # "the 2014 election" next to some other "last"
        rng, basis = (year, year), str(year)
    if trigger is None or rng is None:
        return None
    skip = {t.i for t in since_tok.subtree} if since_tok is not None else set()
    kind_tok = None
    if _said_of_clause(trigger) is not None:
        needs_kind = False  # "..., something that has not happened since 1982": the verb is the kind
    elif _negated_verb(trigger) is not None:
        needs_kind = False  # "no dam in the region had failed in 30 years": the verb is the kind
    else:
        kind_tok = _kind_noun(trigger, clause, tokens, skip - {trigger.i})
        kind_tok = _whole_noun(kind_tok) if kind_tok is not None else None
    stand_in = kind_tok is None and needs_kind and _negated_stand_in(trigger, clause)
    if kind_tok is None and needs_kind and not stand_in:
        return None
    lo_i = min(trigger.i, start)
    hi_i = max(trigger.i + 1, end)
    near = kind_tok is not None and (lo_i - 8 <= kind_tok.i < lo_i or hi_i <= kind_tok.i < hi_i + 8)
    if (
        kind_tok is not None and near and kind_tok.i in in_ctx and kind_tok.i not in skip
    ):  # show what it counts
        lo_i, hi_i = min(lo_i, kind_tok.i), max(hi_i, kind_tok.i + 1)
    return {
        "start": lo_i,
        "end": hi_i,
        "trigger": trigger,
        "kind_tok": kind_tok,
        "range": rng,
        "dur": dur_of,
        "start_value": start,
        "value": value.i,
        "basis": basis,
        "scope": _scope(sent, tokens, trigger, kind_tok),
        "owner": _claim_owner(trigger, kind_tok),
        "referent": _pronoun_referent(trigger, kind_tok),
        "clause": {t.i for t in clause.subtree},
        "head": clause,
        "stand_in": stand_in,
    }


def _event_years(
    doc: Doc, event: dict | None, instances: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    # the date of "the previous strike", "the strike before this one" or "another ferry sank
    # in 2014" (an instance, `_instance`) is not this one's
    dates = (
        [
            d
            for d in event["dates"]
            if not _marks_previous(doc[d["mention"]]) and d["mention"] not in instances
        ]
        if event
        else []
    )
    if dates:
        years = [d["entry"]["_date"].start.year for d in dates]
        years += [d["entry"]["_date"].end.year for d in dates]
        return min(years), max(years)
    published = doc._.article.published_at
    if published is not None:
        return published.year, published.year
    # no date for the event nor the article: news reports the latest date it gives
    years = [t["_date"].end.year for t in doc._.timeline if t.get("_date") and not t["_date"].relative]
    if years:
        return max(years) - 1, max(years)
    return None


def claims(doc: Doc) -> list[dict[str, Any]]:
    event = main_event(doc)
    published = doc._.article.published_at
    pub_year = published.year if published is not None else None
    all_events = events(doc)
    keys = {lemma: e["key"] for e in reversed(all_events) for lemma in e["lemmas"]}
    if event:  # the main event first: a claim with no event noun of its own is about it
        keys = {event["key"]: event["key"], **keys}
    other = {e["key"]: set(e["other_mentions"]) for e in all_events}

    by_key = {e["key"]: e for e in all_events}
    main_years = _event_years(doc, event)
    instance_tokens: frozenset[int] = frozenset()  # the words of dated instances, found below

    def base_years(kind: str) -> tuple[int, int] | None:
        """The year a claim counts back from: its event's dates, else the publication."""
        e = by_key.get(kind)
        if e is not None and (e["dates"] or e is event):
            return _event_years(doc, e, instance_tokens)
        if pub_year is not None:
            return pub_year, pub_year
        return main_years

    def key(lemma: str) -> str:
        if lemma in keys:
            return keys[lemma]
        for k in dict.fromkeys(keys.values()):
            if lexicon.same_kind(lemma, k):
                return k
        return lemma

    found: list[dict[str, Any]] = []
    used: set[int] = set()
    for tok in doc:
        if tok.i in used:
            continue
        if not (
            tok.lemma_.lower() in _UNITS or (tok.like_num and _YEAR.match(tok.text)) or tok.lower_ == "since"
        ):
            continue
        if tok.lower_ == "since" and any(t.like_num and _YEAR.match(t.text) for t in tok.subtree if t != tok):
            continue  # read at its year
        c = _read(tok, pub_year)
        if c is not None:
            used.add(tok.i)
            found.append(c)
    out = []
    text = text_of(doc)
    marks: set[int] = set()
    claimed = {doc[c["value"]].sent.start for c in found}
    for tok in doc:  # dated instances: they only tell against a claim's gap (see `conflicts`)
        if tok.i in used or (got := _instance(tok)) is None or _CONTRAST.search(tok.sent.text):
            continue
        if tok.sent.start in claimed:
            continue  # "In 2019 the river flooded the town for the first time in 30 years": the claim's own
        noun, verb, named = got
        year = dated[0] if (dated := _dated_at(tok)) is not None else int(tok.text)
        # an instance names its kind itself: the very lemma, not one the article's events
        # group with it nor a noun of a wider kind ("an attack in 2015" need not be the raid's)
        lemma = (event_lemma(noun) or lexicon.noun_lemma(noun.text)) if named else None
        alts = {lemma} if lemma else set()
        if verb is not None and verb.lemma_.lower() != "be":  # "an eclipse was visible": the eclipse alone
            for base_form in _verb_forms(verb):
                alts |= set(lexicon.event_nouns_of_verb(base_form, _particle(verb))) | {base_form}
                # the act named by a synonym of its usual sense: "crowned" (as "coronate") a coronation
                alts |= set(lexicon.synonym_nouns_of(base_form)) if not _particle(verb) else set()
        if (
            verb is not None and not named
        ):  # what the verb brought: "reported a profit", "a curfew was imposed", "granted clemency"
            alts |= {
                lexicon.noun_lemma(c.text)
                for c in verb.children
                if c.dep_ in ("dobj", "nsubjpass")
                and c.pos_ == "NOUN"
                and (_indefinite(c) or _bare(c) or _tells_of(verb))  # "the aurora was photographed"
            }
            # "Nurses went on strike", "came under attack": a bare event noun after a preposition
            alts |= {
                lemma
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ not in _TIME_PREPS
                for o in p.children
                if o.dep_ == "pobj" and _bare(o) and (lemma := event_lemma(o))
            }
        if not alts:
            continue
        marks |= {noun.i} | ({verb.i} if verb is not None else set())
        if verb is not None:  # "The team won the title in 2005": the title's date is the instance's
            marks |= {c.i for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")}
            marks |= {o.i for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
        ends = [noun.left_edge.i, noun.i, tok.i] + ([verb.i] if verb is not None and not named else [])
        span = doc[min(ends) : max(ends) + 1]
        tokens = list(verb.subtree if verb is not None else noun.subtree)
        out.append(
            {
                "span": (span.start_char, span.end_char),
                "kind": lemma or sorted(alts)[0],
                "scope": _scope(tok.sent, tokens, None, noun),
                "alts": alts,
                "range": (year, year),
                "instance": True,
                "mods": _classes(noun) | _manner(verb) if named else _manner(verb) | _object_classes(verb),
                "compounds": _compounds(noun) if named else frozenset(),
                "owner": _instance_owner(noun, verb, named),
                # "A landslip closed a mountain pass": what the named instance was done to
                "objects": _objects(verb) - {lexicon.noun_lemma(noun.text)} if named else _objects(verb),
                "parts": frozenset(alts) | (frozenset() if named else _objects(verb)),
                "verbs": frozenset()
                if named or verb is None or _tells_of(verb)
                else frozenset(_verb_forms(verb)),
                "basis": str(year),
                "text": text[span.start_char : span.end_char],
            }
        )
    instance_tokens = frozenset(marks)
    previous: tuple[int, str] | None = None  # the last claim's sentence start and kind
    for c in sorted(found, key=lambda c: c["start"]):
        span = doc[c["start"] : c["end"]]
        kind_tok = c["kind_tok"]
        kind = None
        if kind_tok is not None:  # an event noun joins the article's events; another noun is itself
            lemma = event_lemma(kind_tok) or _misparsed_noun(kind_tok)
            kind = key(lemma) if lemma else kind_tok.lemma_.lower()
        # a verb claim ("The club was last relegated in 2012") counts what its verb does: the
        # verb's event nouns are other names of its kind, and its kind when the article has
        # that event or the claim named no event noun of its own
        alts: set[str] = set()
        holder = ""  # whose series a verb claim counts: "the river last froze over"
        owner = c["owner"]
        verb, names = _claim_verb(c["trigger"], kind_tok)
        if verb is not None and names:
            subj = [
                t
                for t in verb.children
                if t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ in ("NOUN", "PROPN") or any(d.dep_ == "det" for d in t.children))
            ]  # a noun after "the" the small model may tag an adjective ("The reservoir last froze")
            if subj and not event_lemma(subj[0]) and not _occurrence(lexicon.noun_lemma(subj[0].text)):
                holder = lexicon.noun_lemma(subj[0].text) if subj[0].pos_ != "PROPN" else subj[0].text.lower()
                if subj[0].dep_ == "nsubj" and _other_holder(subj[0]):
                    owner = "~other " + _owner_name(subj[0])  # "A neighbouring court last recorded one"
                elif subj[0].dep_ == "nsubj" and not any(
                    d.lower_ in _INDEFINITE or d.lower_ == "no" for d in subj[0].children
                ):  # "no dam had failed": any dam, none owns the series
                    owner = _owner_name(subj[0])  # the doer owns the series ("the lender"), not "a lion"
                elif subj[0].dep_ == "nsubj" and any(d.lower_ in _INDEFINITE for d in subj[0].children):
                    owner = "~" + _owner_name(subj[0])  # "the first time a Scot had climbed it": any Scot
        if verb is not None:
            nouns = sorted(lexicon.event_nouns_of_verb(verb.lemma_, _particle(verb)))
            alts = {key(n) for n in nouns} | {verb.lemma_.lower()}
            args = [t for t in verb.children if t.dep_ in ("dobj", "attr") and t.pos_ != "PRON"]
            if not args:  # "a sinkhole last opened", "the model was last recalled": the subject
                args = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
            # "slipped into recession", "lived through a flood", "was last hit by a storm"
            args += [
                o
                for p in verb.children
                if p.dep_ in ("prep", "agent")
                for o in p.children
                if o.dep_ == "pobj"
            ]
            # what the verb took, by its own word as well as the article's event it joins
            # ("last reported a dividend": "dividend", though the article's "reward" takes it in)
            took = {event_lemma(t) or t.lemma_.lower() for t in args if _named(t)}
            alts |= took | {key(n) for n in took}
            if names and (kind_tok is None or not event_lemma(kind_tok)):
                known = [key(n) for n in nouns if key(n) in keys.values()]
                if known:
                    kind = known[0]
                elif kind is None or kind_tok is not None:  # not the previous claim's kind: "the
                    # factory last expanded"; nor the subject of the verb: "the first time the river flooded"
                    kind = nouns[0] if nouns else verb.lemma_.lower()
        told = [o for o in out if not o.get("instance")]
        if c["stand_in"] and not told:
            continue  # "That has not occurred since 2007" with no claim before it to stand for
        seen = bool(told) and _sees_stand_in(c["trigger"])
        if seen:
            kind_tok = None  # the seer ("residents remember the last one") is not what is counted
        if told and (seen or c["stand_in"] or _stands_in(kind_tok, verb)):
            kind, alts = told[-1]["kind"], set()  # "It last happened in 2016", "the previous occasion"
        if kind is None and previous is not None:
            kind = previous[1]  # "A first eruption in 12 years. The last happened in 2007."
        kind = kind or next(iter(keys.values()), None)
        if kind is None:
            continue
        others = other.get(kind, set())
        governors = {a.i for a in c["head"].ancestors}
        if any(
            t.i in others and t.i in governors and (kind_tok is None or t.i != kind_tok.i) for t in span.sent
        ):
            continue  # about another instance of the event ("Yeltsin's visit ... the first summit since ...")
        if kind in keys.values() or (kind_tok is not None and event_lemma(kind_tok)):
            previous = (span.sent.start, kind)  # "the last one" refers back to an event, not a "question"
        rng, basis = c["range"], c["basis"]
        base = base_years(kind)
        if c["dur"] is not None:
            n, qual, fixed = c["dur"]
            base = fixed or base
            if base is None:
                continue
            rng = _counted_back(n, qual, base)
            basis = f"{doc[c['start_value'] : c['value'] + 1].text} (event in {base[0]}"
            basis += (f"-{base[1]}" if base[1] != base[0] else "") + ")"
        out.append(
            {
                "span": (span.start_char, span.end_char),
                "kind": kind,
                "scope": c["scope"],
                "alts": alts | {kind} | _names_of(kind_tok, kind) | _such_of(kind_tok, key),
                "mods": frozenset() if _subject_of(kind_tok, verb) else _classes(kind_tok),
                "compounds": frozenset() if _subject_of(kind_tok, verb) else _compounds(kind_tok),
                "owner": c["owner"] or owner,
                "referent": frozenset() if c["owner"] or owner else c["referent"],
                "named": _named_compounds(kind_tok),
                "objects": _objects(verb),
                "holder": holder,
                "noun": lexicon.noun_lemma(kind_tok.text)
                if kind_tok is not None and _named(kind_tok)
                else "",
                # a verb of seeing or telling ("saw the aurora") is no act of the series: its object is
                "verbs": frozenset(_verb_forms(verb))
                if verb is not None and names and not _tells_of(verb)
                else frozenset(),
                "range": rng,
                "base": base,
                "basis": basis,
                "text": text[span.start_char : span.end_char],
            }
        )
    return sorted(out, key=lambda c: c["span"])


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


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


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
        if lexicon.wordnet().synsets(c.lower_, "a"):
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
    return {lemma, verb} if verb else {lemma}


def _compounds(noun: Token | None) -> frozenset[str]:
    """The common nouns compounded before a claim's noun, which name its series ("lung" in
    "lung transplant", "tornado" in "tornado warning")."""
    if noun is None:
        return frozenset()
    return frozenset(
        lexicon.noun_lemma(c.text) for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
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


def _same_series(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two claims' modifiers allow one series: one of them has none, or some pair
    is alike; two different classifying adjectives ("annual" and "quarterly" losses,
    "presidential" and "parliamentary" elections) are two series."""
    if not a or not b or any(lexicon.similar_adjectives(x, y) for x in a for y in b):
        return True
    return not any(lexicon.is_classifying_adjective(x) for x in a | b)


def _same_holder(a: str, b: str) -> bool:
    """Two verb claims about different subjects count two series ("the river last froze
    over" and "the lake last froze over"), unless the nouns share a WordNet sense."""
    if not a or not b or a == b:
        return True
    return bool(set(lexicon.wordnet().synsets(a, "n")) & set(lexicon.wordnet().synsets(b, "n")))


def _one_holder(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two claims count one holder's series (`_same_holder`), or one's "holder" is
    what the other counts: in "a bonus was paid to miners, the first in a decade" the bonus
    is the thing, as in "the mining firm last paid a bonus", not whose series it is."""
    ha, hb = a.get("holder", ""), b.get("holder", "")
    if _same_holder(ha, hb):
        return True
    return ha in b["alts"] | b.get("objects", frozenset()) or hb in a["alts"] | a.get("objects", frozenset())


def _occurrence(lemma: str) -> bool:
    """A noun with a sense that is an occurrence though its first is not ("outage", first a
    quantity; "blackout", first a time): the event itself, never whose series it is."""
    return lexicon.has_event_sense(lemma) or (
        lexicon.is_time_noun(lemma) and not lexicon.is_period_noun(lemma)
    )


def _owner_name(tok: Token | None) -> str:
    """A noun as the owner of a series: a common noun's lemma, a name marked "=" (a name and
    a common noun may be one owner: "United" and "the club"); a pronoun says nothing."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
        return ""  # "Sunday's promotion": the day is when, not whose
    return "=" + tok.text.lower() if tok.pos_ == "PROPN" else lexicon.noun_lemma(tok.text)


def _other_holder(tok: Token) -> bool:
    """A holder said to be another than the one spoken of: one owned by a pronoun ("their
    opponents", "its neighbour": not they, not it), marked as other or nearby ("another
    club", "a neighbouring court") or as the one before ("the previous mayor")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.tag_ == "PRP$":
            return True
        if c.dep_ in ("amod", "compound") and (c.lower_ in _OTHER or _distant(c)):
            return True
        if c.dep_ == "amod" and c.lower_ in ("former", "previous", "prior"):
            return True  # "The previous mayor last posted a surplus": the one before, not this one
    return False


def _possessive_antecedent(pron: Token | None) -> Token | None:
    """What a possessive "its" / "their" stands for: the subject of the clause it is in, when
    that is a noun and no event ("The ferry company cancelled its timetable, its first
    cancellation since 2001": the company)."""
    if pron is None or pron.lower_ not in ("its", "their"):
        return None
    verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or event_lemma(subj):
        return None
    if (pron.lower_ == "its") == (subj.tag_ in ("NNS", "NNPS")):
        return None  # "its" stands for one, "their" for many: "Skaters flocked to the reservoir for its ..."
    return subj


def _claim_owner(trigger: Token, kind_tok: Token | None) -> str:
    """Whose series a claim counts: the possessor of its noun or of its "first" ("the
    airline's first profit", "the union's ballot was its first"), else the subject of the
    verb its noun is the object of ("Hospital staff staged their first walkout")."""
    first = trigger.head if trigger.dep_ in ("amod", "nummod") else trigger
    for holder in (kind_tok, first):
        if (owner := _owner_name(poss := _possessor(holder))) != "":
            if _one_of_many(poss):  # type: ignore[arg-type]
                return "~" + owner  # "A rival nation's most recent regatta": some other one's
            if _other_holder(poss):  # type: ignore[arg-type]
                return "~other " + owner  # "Their opponents' last title": not theirs
            return owner
    for holder in (kind_tok, first):  # "The company cut its dividend, its first cut since 2001"
        if (owner := _owner_name(_possessive_antecedent(_possessor(holder)))) != "":
            return owner
    for holder in (kind_tok, first):  # "the first strike by nurses in 50 years": the doer
        for p in holder.children if holder is not None else ():
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if p.dep_ == "prep" and p.lower_ == "by" and (owner := _owner_name(obj)) != "":
                return owner
    if kind_tok is not None and kind_tok.dep_ == "dobj" and kind_tok.head.pos_ == "VERB":
        if _tells_of(kind_tok.head):
            return ""  # "Farmers reported the first rabies case": the source, not whose case it is
        doer = _active_subject(kind_tok.head)
        if doer is not None and _other_holder(doer):
            return "~other " + _owner_name(doer)  # "A neighbouring parish last held one"
        if doer is not None and _one_of_many(doer):
            return "~" + _owner_name(doer)  # "the first time that a Briton had won the marathon": any Briton
        return _owner_name(doer)
    return ""


def _pronoun_referent(trigger: Token, kind_tok: Token | None) -> frozenset[str]:
    """What a claim's pronoun doer may stand for: the words of the noun subject of the
    sentence before ("The men from the Emerald Isle ... But they have not won the title
    since 1985": men, from, the, emerald, isle); empty when the doer is no pronoun or
    nothing stands before it."""
    doer = None
    if kind_tok is not None and kind_tok.dep_ == "dobj" and kind_tok.head.pos_ == "VERB":
        doer = _active_subject(kind_tok.head)
    elif trigger.head.pos_ in ("VERB", "AUX"):
        doer = _active_subject(trigger.head)
    ante = _previous_subject(doer) if doer is not None else None
    return frozenset(t.lower_ for t in ante.subtree) if ante is not None else frozenset()


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


def _same_owner(claim: str, inst: frozenset[str]) -> bool:
    """Whether an instance's owners (`_instance_owner`) may be the claim's owner."""
    if not claim or not inst:
        return True
    if any(b.startswith("~") for b in inst):
        # one of many doers ("A Briton won the marathon in 2002") is in a series counted over
        # any such doer ("the first time since 1986 that a Briton had won it"), no other
        return claim.startswith("~") and any(
            _same_owner(claim[1:], frozenset({b[1:]})) for b in inst if b.startswith("~") and b != "~"
        )
    claim = claim.lstrip("~")
    return any(
        claim == b
        or (claim.startswith("=") == b.startswith("=") and _same_holder(claim.lstrip("="), b.lstrip("=")))
        or claim.startswith("=") != b.startswith("=")
        for b in inst
    )


def _disagree(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many years two claims lie apart. A dated instance ("a hailstorm struck the town in
    2017") tells only against a claim whose gap it falls in: later than the previous one the claim
    gives, before the claim's own event ("the first hailstorm in 30 years")."""
    if a.get("instance") and b.get("instance"):
        return 0
    held, had = a.get("compounds", frozenset()), b.get("compounds", frozenset())
    if held and had and not held & had:
        # two series, against an instance or a claim: "the first lung transplant in nine years"
        # and "a kidney transplant in 2020" or "the last heart transplant was in 2001"
        return 0
    if a.get("instance") or b.get("instance"):
        inst, claim = (a, b) if a.get("instance") else (b, a)
        mods, own = claim.get("mods", frozenset()), inst.get("mods", frozenset())
        if mods and not any(lexicon.similar_adjectives(x, y) for x in mods for y in own):
            return 0  # "the first major quake since 2004" says nothing of "a quake in 2010"
        if not _same_owner(claim.get("owner", ""), inst.get("owner", frozenset())):
            return 0  # "the airline's first profit in eight years" and "its rival made a profit in 2021"
        done, had_done = claim.get("objects", frozenset()), inst.get("objects", frozenset())
        if done and had_done and not done & had_done:
            return 0  # "cut taxes for the first time in a decade" and "cut spending in 2019"
        if not _same_act(claim.get("verbs", frozenset()), inst.get("verbs", frozenset())):
            return 0  # "the first time in 25 years that the bank has bought gold" and "sold gold in 2012"
        if any(name not in inst["text"].lower() for name in claim.get("named", ())):
            return 0  # "their last Grand Slam success came in 1978" and "they won two games in 2004"
        year, base = inst["range"][0], claim.get("base")
        if base is None or not claim["range"][1] < year < base[0]:
            return 0
        return year - claim["range"][1]
    names = [str(c.get("owner", "")) for c in (a, b)]
    if all(n.startswith("=") for n in names) and not _same_holder(names[0][1:], names[1][1:]):
        return 0  # "Wales won it for the first time in 20 years", "Ireland last won it in 2010"
    for some, other in ((names[0], b), (names[1], a)):
        # "the region's first festival in ten years", "A neighbouring country last had one in
        # 1998"; not when the indefinite doer is what is counted ("a sinkhole last opened")
        # (nor when it is the other's owner: "the mayor's resignation", "A mayor last resigned")
        owner = str(other.get("owner", ""))
        counted = {owner.lstrip("="), other.get("kind"), other.get("noun"), other.get("holder")}
        if (
            some.startswith("~")
            and not owner.startswith("~")
            and some[1:] not in counted | set(other.get("alts", ()))
        ):
            return 0
    for name, other in ((names[0], b), (names[1], a)):
        if name.startswith("=") and other.get("referent") and name[1:] not in other["referent"]:
            return 0  # "Wales' last title was in 1994" … "The Irish side … they have not won it since 1985"
    return _apart(a["range"], b["range"])


def _same_act(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a verb claim and a verb instance tell one act: one verb, or verbs sharing one
    of their usual WordNet senses ("bought" and "purchased"; not "bought" and "sold")."""
    if not a or not b or a & b:
        return True
    senses = {s for v in a for s in lexicon.wordnet().synsets(v, "v")[:3]}
    return any(s in senses for v in b for s in lexicon.wordnet().synsets(v, "v")[:3])


def _same_place(a: str, b: str) -> bool:
    """Two places a series is counted in: two compass regions ("the north", "the south") or
    two places the gazetteer knows to exclude each other are different series."""
    _, ka, na = a.split(":", 2)
    _, kb, nb = b.split(":", 2)
    if ka != kb:
        return True
    if ka == "direction":
        return na == nb
    return gazetteer.compatible(na, nb) is not False


def _same_subject(a: str, b: str) -> bool:
    if a.startswith("other:") or b.startswith("other:"):
        return False
    if a.startswith("person:") != b.startswith("person:"):
        return False
    if a.startswith("person:"):
        na, nb = a.split(":", 1)[1], b.split(":", 1)[1]
        return not na or not nb or na == nb
    if a.startswith("place:") and b.startswith("place:"):
        return _same_place(a, b)
    # a series counted in a place and one counted nowhere in particular are one series,
    # but "in the east of the country" is a part, counted apart from the whole
    return not (a.startswith("place:direction:") or b.startswith("place:direction:"))


def _where_counted(claim: dict[str, Any]) -> str:
    """A claim's scope, a place that owns the series taken as where it is counted: "Kent had
    its first blizzard in 30 years" counts blizzards in Kent, as "In Kent, the last ..." does."""
    scope, owner = claim["scope"], claim.get("owner", "")
    named = isinstance(owner, str) and owner.startswith("=")
    if scope == "general" and named and gazetteer.resolve(owner[1:]):
        return "place:name:" + owner[1:]
    return scope


def _told_as(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A claim's noun and a dated instance told by a verb and what it was done to: "the
    club's first trophy" and "The club lifted the cup", "a 30-year wait for the title" and
    "The team won the title", "the city's first snowfall" and "Snow fell on the city" (the
    instance's noun or object names the claim's thing or a kind of it)."""
    if bool(a.get("instance")) == bool(b.get("instance")):
        return False
    inst, claim = (a, b) if a.get("instance") else (b, a)
    noun = claim.get("noun", "")
    return bool(noun) and any(lexicon.names_a_kind_of(p, noun) for p in inst.get("parts", ()))


def _by_kind(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The claims grouped by what they count: one kind, or kinds one claim names two ways
    ("the club's first relegation" and "the club was last relegated": relegation and
    relegate), joined transitively; a group is named by its most frequent kind."""
    groups: list[list[dict[str, Any]]] = []
    for c in items:
        linked = [g for g in groups if any(c["alts"] & o["alts"] or _told_as(c, o) for o in g)]
        merged = [c]
        for g in linked:
            merged = g + merged
            groups.remove(g)
        groups.append(merged)
    out: dict[str, list[dict[str, Any]]] = {}
    for g in groups:
        kinds = [c["kind"] for c in g]
        name = max(dict.fromkeys(kinds), key=kinds.count)
        out.setdefault(name, []).extend(sorted(g, key=lambda c: c["span"]))
    return out
