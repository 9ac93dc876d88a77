"""Whose series a claim counts: a person's, a contrasted or other subject's, one counted in a
place (`_scope`), or the possessor's or doer's (`_claim_owner`)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from analysis import lexicon
from analysis.events import event_lemma, place_of
from analysis.intervals.syntax import (
    _active_subject,
    _one_of_many,
    _possessor,
    _previous_subject,
    _tells_of,
    _time_noun,
)

# discourse markers that put a claim on another subject
_CONTRAST = re.compile(r"\b(?:by contrast|in contrast|elsewhere|unlike|whereas|by comparison)\b", re.I)
# "we" and "our" speak for a group (a club, a firm, a town), which a claim in the third person counts too
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "you", "his", "her", "my", "your"})


# prepositions that say where a series is counted: "the first in the north in 12 years"
_PLACE_PREPS = frozenset({"in", "across", "throughout", "at", "on"})
# words that make a place another one than the claim's: "on a different island"
_OTHER = frozenset({"other", "another", "different"})


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
        # "He had last fought in 2021": the person the verb "last" qualifies is done by
        if h.dep_ == "advmod" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in _PERSON_PRONOUNS for s in h.head.children
        ):
            return "person:"
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
        if placed and t.pos_ == "NOUN" and (site := place_of(t)) is not None:
            return f"place:name:{site}"  # "at the Dagenham plant", "at the sister plant in Bridgend"
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
