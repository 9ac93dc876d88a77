"""Parse helpers the interval claim reading shares: clause heads, prepositions, subjects and
possessors, indefinite nouns, verbs of telling."""

from __future__ import annotations

from spacy.tokens import Token

from analysis import lexicon
from analysis.events import speaks

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis"})


def _clause_head(tok: Token) -> Token:
    while tok.dep_ not in _CLAUSE_DEPS and tok.head != tok:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj":
            break
        tok = tok.head
    return tok


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def _prep(tok: Token) -> str | None:
    return tok.head.lower_ if tok.dep_ == "pobj" else None


def _time_noun(tok: Token) -> bool:
    if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "PROPN":
        return True
    return lexicon.is_period_noun(tok.lemma_.lower())


def _compound_head(tok: Token) -> Token:
    """The noun a compound's modifier belongs to: the small model hangs "first" on "rate" in
    "the first rate hike", "last" on "chess" in "the last chess olympiad"; a word before a
    compound qualifies the whole compound, whose head is its noun."""
    while (
        tok.dep_ == "compound"
        and tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and all(
            t.dep_ == "compound" or (t.dep_ == "punct" and t.text == "-")
            for t in tok.doc[tok.i + 1 : tok.head.i]
        )
    ):
        tok = tok.head
    return tok


# the adverbial particles of phrasal verbs (a closed class), which the small model often
# parses as adverbs: "walked out", "broke out", "shut down"
_PARTICLES = frozenset({"out", "up", "down", "off", "over", "in", "back", "away", "through"})


def _particle(verb: Token) -> str:
    """The particle of a phrasal verb: "out" of "walked out" (a `prt`, or an adverb right after it)."""
    for c in verb.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in _PARTICLES):
            return c.lower_
    return ""


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb above a word: the predicate its phrase belongs to."""
    for a in tok.ancestors:
        if a.pos_ == "VERB":
            return a
    return None


# determiners of a noun that mention one more instance of a kind: "a hailstorm", "another ferry"
_INDEFINITE = frozenset({"a", "an", "another"})


def _previous_subject(pron: Token) -> Token | None:
    """What a sentence-opening "it" / "they" subject stands for: the noun subject of the
    sentence before ("The airline suspended flights ... It had suspended flights there in
    2009"), else None."""
    if pron.pos_ != "PRON" or pron.lower_ not in ("it", "they") or pron.sent.start == 0:
        return None
    before = pron.doc[pron.sent.start - 1].sent.root
    subj = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def _one_of_many(noun: Token) -> bool:
    """A noun with "a" / "an" / "another" ("a rival bank", "an earlier recession"): some one
    of its kind, not a particular one (unlike `_indefinite`, a bare plural is not)."""
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)


def _indefinite(noun: Token) -> bool:
    """A noun phrase that brings in one more instance: "a hailstorm", "another ferry", or a
    bare plural or quantity with no determiner ("Dozens of whales", "Dockworkers")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if dets:
        return bool(dets & _INDEFINITE)
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS"


def _subject(verb: Token) -> Token | None:
    """A verb's subject, a relative pronoun taken for its antecedent ("the town, which was
    evacuated in 2012")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # the small model may hang it on the auxiliary: "The bridge [was] closed"
        subj = next((c for a in verb.children if a.dep_ in ("aux", "auxpass") for c in a.children), None)
        subj = subj if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") else None
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _possessor(tok: Token | None) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "poss"), None) if tok is not None else None


def _active_subject(verb: Token) -> Token | None:
    """The doer of a verb in the active voice, a relative pronoun taken for its antecedent."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _tells_of(verb: Token) -> bool:
    """A verb of saying, seeing or knowing ("reported", "confirmed", "recorded", "saw"),
    whose subject tells of an event rather than doing it."""
    return speaks(verb) or lexicon.verb_kind(verb.lemma_.lower()) in (
        "verb.communication",
        "verb.perception",
        "verb.cognition",
    )
