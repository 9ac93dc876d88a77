"""What makes a time value a claim: the clause the value is read in, and the trigger that
governs it there ("first", a negation, "last / previous", a break noun, "it has been
... since", a verb of recurrence, an instance named by what it preceded)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from analysis import lexicon
from analysis.events import event_lemma
from analysis.intervals.syntax import (
    _CLAUSE_DEPS,
    _clause_head,
    _compound_head,
    _has_subject,
    _one_of_many,
    _prep,
    _time_noun,
)
from analysis.intervals.values import _UNITS, _year_of

# words that point at the previous instance
_PREVIOUS = frozenset({"last", "previous", "prior", "preceding", "recent", "earlier", "latest"})
# nouns naming a break in a series: "a 12-year gap", "a lull that had lasted since 1971"
_BREAKS = frozenset({"gap", "hiatus", "wait", "absence", "drought", "break", "lull", "pause", "interval"})
# nouns that name the previous one of a series: "the strike's predecessor", "its forerunner"
PREDECESSORS = frozenset({"predecessor", "forerunner"})


_NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor"})


def _context(value: Token) -> tuple[Token, list[Token]]:
    """The clause of a value and the tokens a trigger may sit in: the clause's subtree,
    plus, up the tree through relative / subjectless clauses, the heads and their
    non-clausal dependents. A reporting clause ("police said") is never entered."""
    clause = _clause_head(value)
    tokens = {t.i: t for t in clause.subtree}
    # not a clause joined to it with its own subject ("the title was in 1994, and their last
    # Grand Slam came in 1978": the last Grand Slam is the second clause's)
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c):
            for t in c.subtree:
                tokens.pop(t.i, None)
    cur = clause
    while cur.head != cur:
        if cur.dep_ in ("ccomp", "parataxis", "csubj") and _has_subject(cur):
            break
        if cur.dep_ == "advcl" and _has_subject(cur):
            break
        up = cur.head
        tokens[up.i] = up
        for child in up.children:
            if child == cur or child.dep_ in _CLAUSE_DEPS or child.dep_ == "conj":
                continue
            for t in child.subtree:
                tokens[t.i] = t
        cur = up
        if cur.dep_ in _CLAUSE_DEPS or cur.pos_ in ("VERB", "AUX"):
            clause_above = _clause_head(cur)
            if clause_above != cur:
                continue
            if cur.dep_ in ("relcl", "acl", "xcomp") or not _has_subject(cur):
                continue
            break
    return clause, [tokens[i] for i in sorted(tokens)]


def _chain(tok: Token, clause: Token) -> list[Token]:
    """The tokens from a value up to its clause head (exclusive)."""
    out = []
    cur = tok
    while cur != clause and cur.head != cur and len(out) < 8:
        out.append(cur)
        cur = cur.head
    return out


def _negated(clause: Token, extra: list[Token]) -> bool:
    for t in extra:  # "Not since 2013 had ...", "Not for nine years": whatever the parse made of "Not"
        if t.dep_ == "prep" and t.i > 0 and t.doc[t.i - 1].lower_ in ("not", "never"):
            return True
        # "Not once in 12 years had ...": a negated adverb right before the phrase
        adv = t.doc[t.i - 1] if t.dep_ == "prep" and t.i > 1 else None
        if adv is not None and adv.pos_ == "ADV" and t.doc[adv.i - 1].lower_ in ("not", "never"):
            return True
    for t in [clause, *extra]:
        for c in t.children:
            if c.dep_ == "neg" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "only":
                continue  # "not only ... but"
            if c.dep_ == "neg" or c.lower_ in ("never", "without"):
                return True
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                c.lower_ in _NEGATIONS
                or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                or any(n.dep_ == "neg" for d in c.children for n in d.children)  # "Not one raid"
            ):
                return True
    return False


def _without_after(unit: Token) -> Token | None:
    """The "without" of "N years without an X" (no X for N years: the last one was N years
    ago), on the duration itself or, for "a run / spell / stretch of N years without an
    X", on the noun the duration measures or on the verb that noun is the object of."""
    holders = [unit]
    if _prep(unit) == "of":
        noun = unit.head.head
        holders.append(noun)
        if noun.dep_ in ("dobj", "nsubj", "attr"):
            holders.append(noun.head)
        elif noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            holders.append(noun.head.head)  # "brought to a close a spell of ... without"
    for h in holders:
        for c in h.children:
            if c.lower_ == "without" and c.dep_ == "prep" and c.i > unit.i:
                return c
    return None


def _is_break(tok: Token) -> bool:
    """A noun naming a break in a series, also as a verbal noun: "a 12-year gap", "12 years
    of waiting"."""
    lemma = tok.lemma_.lower()
    if lemma in _BREAKS:
        return True
    verbal = tok.pos_ in ("NOUN", "VERB") and tok.dep_ in ("pobj", "pcomp")
    return verbal and lexicon.verb_of_gerund(tok.lower_) in _BREAKS


def _break_of(unit: Token) -> Token | None:
    """The break a duration measures with "of": "ended 12 years of waiting"."""
    for p in unit.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ in ("pobj", "pcomp") and _is_break(o):
                    return o
    return None


def _measured_break(v: Token) -> Token | None:
    """The break a duration measures through its verb: the verb itself ("had waited 15 years
    for a census") or the verb's subject ("the wait for a visit lasted 20 years", "the gap
    since the last flood was 12 years"). The break must be of a series: it says what was
    awaited or since when, or its usual sense is a span of time ("the wait had lasted 30
    years"); not a drought or a break that lasted years as an event of its own."""
    head = v.head
    if v.dep_ not in ("npadvmod", "dobj", "attr") or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ == "advcl" and _is_break(head.head) and any(m.lower_ == "for" for m in head.children):
        return head.head  # the small model's "wait [for a regatta lasted nine years]"
    for cand in (head, *(c for c in head.children if c.dep_ == "nsubj")):
        if not _is_break(cand) or (cand.pos_ == "VERB" and cand.lemma_.lower() not in _BREAKS):
            continue
        said = any(p.dep_ == "prep" and p.lower_ in ("for", "since") for p in cand.children)
        if said or (cand.pos_ == "NOUN" and lexicon.noun_kind(lexicon.noun_lemma(cand.text)) == "noun.time"):
            return cand
    return None


def _clause_break(verb: Token) -> Token | None:
    """The break a relative clause describes: "a drought that had lasted since 1971"."""
    return verb.head if verb.dep_ in ("relcl", "acl") and _is_break(verb.head) else None


def _reached_break(verb: Token) -> Token | None:
    """The break a clause reaching back to a year describes ("a wait that stretched back to
    1998"), also where the parse hung the clause on the thing awaited ("the long wait for a
    derby, which reached back to 1990") or on the verb whose object the break is ("Closing
    a gap reaching back to 2011, ..."): what reaches back to a year is the wait, not the derby."""
    if (found := _clause_break(verb)) is not None:
        return found
    head = verb.head
    awaited = head.dep_ == "pobj" and head.head.lower_ == "for"
    if verb.dep_ == "relcl" and awaited and _is_break(head.head.head):
        return head.head.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ in ("advcl", "acl") and before is not None and before.head == head and _is_break(before):
        return before
    return None


def _predecessor(tok: Token) -> bool:
    """A noun naming the previous one of a series: "its predecessor", "the strike's predecessor"."""
    return tok.pos_ == "NOUN" and lexicon.noun_lemma(tok.text) in PREDECESSORS


def _follows_one(tok: Token) -> bool:
    """The "one" of "The strike followed one in 2012": what a thing came after, a stand-in for
    its own kind, is the previous one of its series."""
    verb = tok.head
    return (
        tok.lower_ == "one"
        and tok.dep_ == "dobj"
        and verb.lemma_.lower() in ("follow", "succeed")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _is_previous(tok: Token) -> bool:
    """A "last/previous/..." word pointing at an earlier instance, not at a period of time
    ("last week", "the last 12 years", "prior to")."""
    if tok.lower_ not in _PREVIOUS:
        return False
    if tok.lower_ == "last" and _last_year_of(tok):
        return True  # "2012 was the last year with a hosepipe ban"
    if tok.head.pos_ in ("NOUN", "PROPN") and _one_of_many(tok.head):
        return False  # "an earlier recession, in 1994": one of the earlier ones, not the last
    if tok.lower_ == "recent":
        return tok.i > 0 and tok.nbor(-1).lower_ == "most"
    if tok.lower_ == "latest":
        return _latest_before(tok)
    if tok.lower_ == "earlier" and tok.dep_ != "amod":
        return False
    if tok.lower_ == "prior" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return False
    head = tok.head
    if head.lemma_.lower() in _UNITS:  # "the last 12 years"; but "a previous one 8 years earlier"
        return head.dep_ == "npadvmod"
    # not "last week", "last Tuesday", "the previous month"; but a time noun after an event
    # noun is a misparsed verb ("the last recorded derailment dates from 1984"), and one
    # that only qualifies a noun after a determiner is no date ("the last April snowfall")
    if head.pos_ in ("NOUN", "PROPN") and head.i > tok.i and _time_noun(head):
        determined = tok.i > 0 and (tok.nbor(-1).dep_ in ("det", "poss") or tok.nbor(-1).tag_ == "POS")
        if determined and head.dep_ == "compound" and head.head.i > head.i:
            return True
        return any(event_lemma(t) for t in tok.doc[tok.i + 1 : head.i])
    return True


def _latest_before(latest: Token) -> bool:
    """ "the latest X" is mostly this one; it is an earlier one only where the sentence says so:
    "before this / that / it / now" in it ("Before this, the latest quake had been in 2008"),
    or the noun is the subject of a past perfect ("the town's latest quake had come in 2008")."""
    sent = latest.sent
    if any(
        t.lower_ == "before" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("this", "that", "it", "now")
        for t in sent
    ):
        return True
    noun = latest.head
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in noun.head.children
    )


def _last_year_of(last: Token) -> bool:
    """ "YEAR was the last year / season with an X": the copula's subject is a year, its
    complement the last period "with" or "of" something."""
    period = last.head
    lemma = period.lemma_.lower()
    if period.dep_ != "attr" or not (lemma in _UNITS or lexicon.is_period_noun(lemma)):
        return False
    verb = period.head
    with_ = any(p.dep_ == "prep" and p.lower_ == "with" for p in (*period.children, *verb.children))
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return with_ and subject is not None and _year_of(subject) is not None


def _nominal_first(first: Token) -> bool:
    """ "the first" before a participle the parse hung it on as an adverb ("the first held at
    the cathedral in a century"): an adverb takes no article, so it is the noun "first"."""
    return (
        first.lower_ == "first"
        and first.dep_ == "advmod"
        and first.i > 0
        and first.nbor(-1).lower_ == "the"
        and first.head.tag_ == "VBN"
        and first.head.i > first.i
    )


def _first_governs(first: Token, prep: Token) -> bool:
    """Whether "in N years" / "since YEAR" (the preposition `prep`) belongs to this "first":
    it hangs off the noun "first" modifies (or "first" itself) or off that noun's clauses
    ("the first flood the valley had seen in six years"), or off the copula / verb the noun
    completes ("This is the first walkout ... in 12 years"), never off a verb the noun is the
    subject of ("The first phase will last for five years"). When the parse did not put
    them in one clause, no verb may come between them."""
    noun = _compound_head(first.head) if first.dep_ in ("amod", "nummod", "compound") else first
    if first.dep_ == "advmod" and first.i > 0 and first.nbor(-1).tag_ == "POS":
        noun = first.head  # "United's first": the parse hung "first" on the possessor
    at = prep.head
    if _nominal_first(first) and (at == first.head or first.head in at.ancestors):
        return True  # "the first held at the cathedral in almost a century"
    if noun.lemma_.lower() == "time" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        # "for the first time" is an adverbial of its clause, wherever the parse hung it
        return _clause_head(noun) == _clause_head(prep)
    if at == noun or any(a == noun for a in at.ancestors):
        return True
    if at == noun.head and noun.dep_ in ("attr", "dobj", "appos", "oprd", "pobj", "conj", "npadvmod"):
        return True
    # between a subject and its verb a phrase is the subject's, wherever the parse hung it:
    # "The orchestra's first tour abroad in 20 years begins next week"
    if at == noun.head and noun.dep_ in ("nsubj", "nsubjpass") and noun.i < prep.i < at.i:
        return True
    # "the first hurricane to hit the island in 30 years": the infinitive saying what the first
    # one did, which the parse hung on the copula beside the noun
    if (
        at.dep_ in ("xcomp", "advcl")
        and at.head == noun.head
        and noun.dep_ in ("attr", "dobj", "oprd")
        and noun.i < at.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in at.children)
    ):
        return True
    # a predicate noun the parse hung one step lower: "described the hijacking as the first
    # ... since 1985", "acquitted the officer, the county's first acquittal ... in two decades"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head == at:
        return True
    if noun.dep_ == "appos" and noun.head.dep_ in ("dobj", "attr", "oprd") and noun.head.head == at:
        return True
    if first.i < prep.i and not any(a == prep for a in first.ancestors):
        between = first.doc[first.i + 1 : prep.i]
        linked = any(a == at for a in first.ancestors) or any(a == first for a in at.ancestors)
        return not linked and not any(t.pos_ == "VERB" or t.text in (";", ":") for t in between)
    return False


def _before_this(tok: Token) -> Token | None:
    """The noun of "the eruption before this one / the ones before it": an earlier
    instance named by what it preceded."""
    if tok.lower_ == "before" and tok.dep_ == "mark" and tok.i > 0:
        # the small model reads "The one before it was in 2012" as "before it was ...": after a
        # noun, "before it / this / that (one)" followed by its verb is still the noun's phrase
        doc, noun = tok.doc, tok.nbor(-1)
        nxt = [t.lower_ for t in doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]]
        pointer = 2 if nxt[:2] in (["this", "one"], ["that", "one"]) else 1 if nxt[:1] == ["it"] else 0
        after = tok.i + 1 + pointer
        if (
            pointer
            and noun.pos_ in ("NOUN", "PROPN", "NUM")
            and after < tok.sent.end
            and doc[after].pos_ in ("VERB", "AUX")
        ):
            return noun
        return None
    if tok.lower_ != "before" or tok.dep_ != "prep" or tok.head.pos_ not in ("NOUN", "PRON", "PROPN", "NUM"):
        return None
    for obj in (c for c in tok.children if c.dep_ == "pobj"):
        if obj.lower_ in ("it", "this", "that", "them") or (
            obj.lower_ == "one" and any(d.lower_ in ("this", "that") for d in obj.children)
        ):
            return tok.head
    return None


def _points_back(tokens: list[Token] | Span) -> bool:
    """Whether the words name an earlier instance: "the previous heatwave", "the town's last
    protest", "the eruption before that", "since the island last felt a quake"."""
    return any(_is_previous(t) or _before_this(t) is not None for t in tokens)


def _since_dependent(verb: Token) -> Token | None:
    """A "since ..." phrase or clause on a verb: "nine years have elapsed since the prior raid"."""
    for c in verb.children:
        if c.lower_ == "since" and c.dep_ == "prep":
            return c
        if c.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark" for m in c.children):
            return c
    return None


def _recurs(verb: Token) -> bool:
    """A verb that says the event came back: "returned", "resumed", "recurred", or any verb
    with "again"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return lexicon.is_recurrence_verb(verb.lemma_) or any(c.lower_ == "again" for c in verb.children)


def _next_sentence(tok: Token) -> Span | None:
    doc = tok.doc
    end = tok.sent.end
    return doc[end].sent if end < len(doc) else None


def _dangling_it_has_been(value: Token) -> Span | None:
    """ "It had been eleven years." standing alone, its "since" in the next sentence ("Not
    since then had ...", "The last such walkout ...", "This is the first ..."): that sentence."""
    head = value.head
    if value.dep_ != "attr" or head.lemma_.lower() != "be" or head.dep_ != "ROOT":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    if any(t.lower_ in ("since", "before", "after", "ago") for t in value.sent):
        return None
    nxt = _next_sentence(value)
    if nxt is None:
        return None
    words = [t.lower_ for t in nxt]
    then = any(a == "since" and b == "then" for a, b in zip(words, words[1:], strict=False))
    if then or _points_back(nxt) or any(t.lower_ == "first" for t in nxt):
        return nxt
    return None


def _sentence_subject_year(value: Token) -> Token | None:
    """The copula a year is the subject of: "2011 was the last time ...", also when the small
    model cut the sentence after the year."""
    if value.dep_ == "nsubj" and value.head.pos_ in ("VERB", "AUX"):
        return value.head  # "2004 had brought the last strike of this size"
    doc = value.doc
    if value.dep_ == "ROOT" and value.sent.end - value.sent.start <= 2 and value.sent.end < len(doc):
        nxt = doc[value.sent.end]
        if nxt.lemma_.lower() == "be" and nxt.is_lower:
            return nxt
    return None


def _last_on_verb(trigger: Token) -> Token | None:
    """The verb a "last/previous" adverb modifies ("the club was last relegated"), also when
    the small model took it for part of the subject ("United last played": "last" nsubj or amod)."""
    if trigger.lower_ not in _PREVIOUS or trigger.lower_ == "latest" or trigger.head.pos_ != "VERB":
        return None
    if trigger.dep_ == "advmod":
        return trigger.head
    between = trigger.doc[trigger.i + 1 : trigger.head.i]
    if (
        trigger.dep_ in ("nsubj", "amod")
        and trigger.i < trigger.head.i
        and all(t.pos_ in ("AUX", "ADV", "PART") for t in between)
    ):
        return trigger.head  # "United last played", parsed as a name or an adjective
    return None


def _marks_previous(tok: Token) -> bool:
    """A mention of an earlier instance: "the previous strike", "the strike before this one"."""
    if tok.i + 1 < len(tok.doc) and _before_this(tok.nbor(1)) == tok:
        return True  # "The raid before this one took place in 1989", "before" parsed as a clause's
    return any(_is_previous(c) or _before_this(c) is not None for c in tok.children)
