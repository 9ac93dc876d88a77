"""Whether a mention is another instance of its event (plural, "another", a year, a
participant of its own) or irrealis (planned, future, conditional, negated, hypothetical)."""

from __future__ import annotations

import re

from spacy.tokens import Token
from text_to_num import text2num

from analysis import lexicon
from analysis.events.mentions import (
    _MONTH_WORD,
    END_VERBS,
    GENERIC,
    OTHER_INSTANCE,
    SCENE_PREPS,
    SERIES_WORDS,
    START_VERBS,
    TIME_ADJUNCT_PREPS,
    _adjective_subject,
    _date_name,
    _date_tokens,
    _dated,
    _inverted_compound,
    _light,
    _named_by_day,
    _split_compound,
    event_lemma,
    noun_tagged_verb,
)
from analysis.events.placenames import _named_place
from analysis.events.syntax import (
    NAME_LABELS,
    TRACE_VERBS,
    _definite,
    _has_object,
    _hosting_verb,
    _hyphen_chain,
    _is_plural,
    _is_time,
    _it_thing,
    _occurs,
    _opens_sentence,
    _staging,
    _subject,
    cause_preposition,
    children_of,
    counted_occasion,
    denies_attribute,
    doc_tokens,
    free_relative_predicate,
    participle_of_compound,
    sent_tokens,
    speaks,
    to_infinitive,
    told_as_done,
    told_in_past,
    told_of,
    words_under,
)

# "next" under a phrase makes it a time to come: "next summer", "at the next meeting"
NEXT = frozenset({"next"})
# prepositions that put a date before or after the event rather than on it
UNTIL = frozenset({"until", "till"})
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
        "through",
        "throughout",
        "ahead",
        "within",
        "over",
        "to",
    }
)
# prepositions that give an event noun its target: "the attack on the embassy"
TARGET_PREPS = ("on", "against")
# prepositions of where a thing is ("the blast at the refinery", "the fire near the school")
SITE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
# prepositions that put an act within the time of an event: "cancelled during the gale"
WHILE_PREPS = frozenset({"during", "amid", "amidst", "throughout", "despite"})
# what was cancelled, delayed or urged after, because of or over an event follows from it
FOLLOW_PREPS = frozenset({"after", "following", "over", "by", "because", "due", "owing"})
BEFORE_AFTER = frozenset({"since", "after", "before", "until", "following", "prior", "ahead", "than"})
# words that make a mention planned, expected or hypothetical
IRREALIS_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "'ll", "must", "can"})
IRREALIS_WORDS = frozenset(
    {
        "plan",
        "planned",
        "planning",
        "schedule",
        "scheduled",
        "expect",
        "expected",
        "propose",
        "proposed",
        "possible",
        "potential",
        "prospective",
        "intend",
        "intended",
        "hope",
        "want",
        "aim",
        "prepare",
        "due",
        "upcoming",
        "future",
        "next",
        "postpone",
        "postponed",
        "delay",
        "delayed",
        "cancel",
        "cancelled",
        "canceled",
        "threaten",
        "threatened",
        "promise",
        "promised",
        "pledge",
        "pledged",
        "vow",
        "vowed",
        "call",
        "demand",
        "seek",
        "likely",
        "unlikely",
        "rumoured",
        "rumored",
        "fear",
        "feared",
        "avoid",
        "prevent",
        "urge",
    }
)
# irrealis words that say how sure a claim is: on a word the mention hangs from they weigh that
# word ("the likely cause of the crash"), not the mention
HOW_SURE = frozenset({"likely", "unlikely"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# spans of time short enough that "last ..." names the recent one ("last week's raid")
RECENT_UNITS = frozenset({"week", "weekend", "night", "month"})
# spans of time long enough that "N ... ago" or "last ..." sets an occurrence apart ("the siege
# two years ago", "the final last season")
DISTANT_UNITS = frozenset({"year", "season", "decade", "century"})
# words that count such a span back ("two years ago", "a season earlier")
BACK_WORDS = frozenset({"ago", "earlier", "before"})
# subjects that deny their verb ("Nobody expected the strike")
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "few", "nothing"})
CONDITIONAL = frozenset({"if", "unless", "whether", "should"})
# an ordinal written in figures ("the 3rd", "21st")
_NUMBERED = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


# what "by" names when it hedges a claim, not who did it: "by most accounts", "by one estimate",
# "by our count"
HEDGE_KINDS = frozenset({"noun.communication", "noun.cognition", "noun.quantity"})

# "on their doorstep": near where they are (an idiom of place, not a target)
DOORSTEP = frozenset({"doorstep", "doorsteps"})


def _participants(tok: Token) -> list[Token]:
    """Who or what the event word is about: possessor, of/by objects, subject, and the target
    of an event noun ("the attack on the embassy", "sanctions against Iran"; not a time)."""
    out = []
    # (a noun the tagger made a verb makes the word before it its subject: "the norovirus
    # outbreak" names no one; nor does "the ground stop in Y, officials said, followed ...", a
    # present-tense "verb" that is itself the subject of another)
    # (nor "since the crowd crush / the profit warning on 3 July", a clause to the tagger)
    misread = (
        tok.tag_ in ("VB", "VBP", "VBZ", "VBD", "VBN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    ) or (
        tok.tag_.startswith("VB")
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in BEFORE_AFTER for c in children_of(tok))
    )
    modifier = tok.i - 1 if tok.pos_ == "VERB" and (misread or noun_tagged_verb(tok)) else None
    # (not a singular noun right before it: "the police shooting in Y" is one compound)
    if (
        tok.tag_ == "VBG"
        and tok.dep_ == "acl"
        and tok.head.pos_ == "NOUN"
        and not participle_of_compound(tok)
    ):
        out.append(tok.head)  # "with 35,000 students protesting in Y": who does it
    for c in children_of(tok):
        if c.dep_ in ("poss", "nsubj", "nsubjpass"):
            if c.i != modifier:
                out.append(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("of", "by")):
            # (not a hedge: "The riot - in June, by most accounts - ...", "by one estimate")
            out.extend(
                g
                for g in children_of(c)
                if g.dep_ == "pobj" and not (c.lower_ == "by" and lexicon.noun_kind(g.lemma_) in HEDGE_KINDS)
            )
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS and tok.pos_ == "NOUN":
            out.extend(
                g
                for g in children_of(c)
                if g.dep_ == "pobj"
                and g.pos_ == "NOUN"
                and g.lower_ not in DOORSTEP  # ("the walkout on their doorstep": where, not what)
                # ("the kidnapping on a road in Kaduna": where; "the raid on the embassy" aims at it)
                and not (
                    c.lower_ == "on"
                    and lexicon.is_site_noun(g.lemma_)
                    and not lexicon.is_assault_noun(lexicon.noun_lemma(tok.lemma_))
                )
                and not any(_is_time(t) for t in g.subtree)  # "on [10 February disrupted payments]"
            )
    return out


def _name_key(tok: Token) -> str:
    return tok.lower_.replace("’", "'").removesuffix("'s")


def _same_names(p: Token, names: set[str]) -> bool:
    """A named participant the event's first mentions also name ("Putin", not "Bill Clinton")."""
    if _name_key(p) not in names:
        return False
    doc = p.doc
    for t in p.subtree:
        if t.dep_ in ("relcl", "appos", "acl", "cc", "conj"):
            return True
        if t.pos_ == "PROPN" and _name_key(t) not in names:
            lo, hi = sorted((t.i, p.i))
            # (not a heading glued on by the parse)
            if not any("\n" in t.text for t in doc_tokens(doc)[lo:hi]):
                return False
    return True


def _names_one_of_several(tok: Token, several: set[str]) -> bool:
    """A date naming the mention picks one occurrence among others: a year alone ("the 2014
    election"), a relative date ("last year's"), or any date when the article speaks of several
    of its kind ("the attacks on U.S. citizens ... the December 31 attack on the embassy"). A
    day or month naming the one event the article tells of is its date ("the 26 April
    earthquake"; a full date with another year is set aside once the event's dates are known)."""
    if not _date_name(tok):
        return False
    return not _named_by_day(tok) or lexicon.noun_lemma(tok.lemma_) in several


def _lately(date: Token) -> bool:
    """ "last week's", "last night's", "last Tuesday's": a recent time that points at the one
    event the article tells of, not at an earlier one of a series ("last year's election")."""
    words = [t for t in date.subtree if t.dep_ != "case"]
    return any(t.lower_ == "last" for t in words) and all(
        t.lower_ == "last" or t.lower_ in RECENT_UNITS or _MONTH_WORD.match(t.text) and not t.like_num
        for t in words
    )


def measures(tok: Token) -> frozenset[str]:
    """The numbers before an event noun that measure it ("a magnitude 5.2 earthquake", "a 6.4
    quake"); not a date's, a time's, a year's or an ordinal."""
    dates = _date_tokens(tok.doc)
    return frozenset(
        t.lower_
        for c in tok.lefts
        for t in c.subtree
        if t.like_num
        and t.i not in dates
        and t.ent_type_ not in ("DATE", "TIME", "ORDINAL")
        and not (len(t.text) == 4 and t.text.isdigit())
    )


def owned_by_another_time(tok: Token, years: bool = True) -> bool:
    """A time another than the event's owns the mention: "last year's election", "the previous
    season's final", (`years`) "2014's election"; not "last week's", a recent time that points
    at the one event (see `_lately`)."""
    return any(
        c.dep_ == "poss"
        # (a time the NER left untagged: "Last year's premiere" after a quote)
        and (c.ent_type_ == "DATE" or lexicon.noun_kind(c.lemma_) == "noun.time")
        and any(t.lower_ in OTHER_INSTANCE or (years and t.like_num and len(t.text) == 4) for t in c.subtree)
        and not _lately(c)
        for c in children_of(tok)
    )


def _other_instance(
    tok: Token,
    names: set[str],
    event_nouns: set[str],
    several: frozenset[str] = frozenset(),
    occasion: bool = False,
    first: bool = False,
) -> bool:
    """The text marks this mention as another occurrence of its kind (`several`: lemmas the
    article also uses in the plural; `occasion`: a plural that names one occasion; `first`:
    the event's first mention in the body)."""
    tok = _role_word(tok)
    if tok.pos_ != "VERB" and _is_plural(tok) and not occasion:
        return True
    if _names_one_of_several(tok, several):
        return True
    if _says_another(tok, series=False):
        return True
    if _set_apart(tok):
        return True
    dated = {t.i for t in _date_name(tok)}
    # (the parse may hang the year on the compound's first noun: "the 2019 [cup] final")
    modifiers = [
        *children_of(tok),
        *(
            g
            for c in children_of(tok)
            if c.dep_ == "compound" or _adjective_subject(c)
            for g in children_of(c)
        ),
    ]
    if any(
        c.dep_ in ("compound", "amod", "nummod", "poss")
        and c.like_num
        and len(c.text) == 4
        and c.i not in dated
        for c in modifiers
    ):
        return True  # "the 2014 election" (the year of a full date naming it is weighed later)
    for c in children_of(tok):
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and c.i == tok.i + 1
            and any(g.dep_ == "pobj" and g.like_num and len(g.text) == 4 for g in children_of(c))
        ):
            return True  # "the flood of 2016", as "the 2016 flood"
    if owned_by_another_time(tok):
        return True  # "last year's election", "2014's election"
    if _other_participant(tok, names, event_nouns):
        return True
    if _compared_occasion(tok):
        return True
    # inside "since / after / before ..." it is another event, unless "the" or a possessive
    # refers back to this one ("since its flotation on 11 March", "after the plane's landing")
    if any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for w in _noun_phrase_words(tok)
        for c in children_of(w)
    ):
        return False
    if tok.pos_ == "VERB" and _definite(_subject(tok)):
        return False  # "after the bridge collapsed on 5 December": says when that bridge did
    if tok.pos_ == "VERB" and (it := _subject(tok)) is not None and it.lower_ == "it" and _it_thing(tok):
        return False  # "freed the ship six days after it ran aground on 30 March": that ship
    if told_of(tok) is not None:
        return False  # "called out after reports of a stabbing": what the reports told of
    if first and _brought_in(tok):
        return False
    anc = tok
    for _ in range(3):
        if anc.dep_ == "pobj" and anc.head.lower_ in BEFORE_AFTER:
            return True
        if anc.dep_ in ("advcl", "acl") and any(
            c.lower_ in BEFORE_AFTER and c.dep_ == "mark" for c in children_of(anc)
        ):
            return True
        anc = anc.head
    return False


def _done_last(tok: Token) -> bool:
    """The act, or what it was done to, of a verb with "last" before it: "the club last won
    the league in 1987", "the race was last run in 2009", "when the volcano last erupted".
    "Last" on the verb tells the previous occurrence, the one before the article's (not "Last,"
    opening a sentence: "finally")."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None or verb.pos_ != "VERB":
        return False
    tokens = doc_tokens(tok.doc)
    return any(
        c.dep_ == "advmod" and c.lower_ == "last" and c.i < verb.i and tokens[c.i + 1].text != ","
        for c in children_of(verb)
    )


def _set_back(tok: Token) -> bool:
    """A time phrase right after the mention's phrase that puts it a year or more back: "the
    Basra siege three years ago", "the race in Oslo last season was tamer", "the final a year
    earlier". The parse may hang it on the verb after it or on the phrase around it (after the
    verb it dates the verb: "the siege ended three years ago"). The phrase is a date the date
    rules compare; the model takes such a mention's place for another occurrence's."""
    for t in sent_tokens(tok):
        if t.dep_ not in ("advmod", "npadvmod"):
            continue
        # (or fronted on its verb: "Twelve months earlier, the final in Oslo had drawn ...")
        on_it = (t.head.i == tok.i and t.i > tok.i) or (
            tok.dep_ in ("nsubj", "nsubjpass") and t.head.i == tok.head.i and t.right_edge.i < tok.i
        )
        # (or on the phrase around it: "Memories of the Lyon flood two years ago are raw")
        # (not on a verb before it: "a chapter that began with the premiere two years ago")
        around = t.head.pos_ in ("NOUN", "PROPN") and t.head.is_ancestor(tok)
        next_to_it = t.left_edge.i == tok.right_edge.i + 1 and (
            around or (t.head.pos_ in ("VERB", "AUX") and t.head.i > t.i)
        )
        if not (on_it or next_to_it):
            continue
        if t.lower_ in BACK_WORDS:
            units = [c for c in children_of(t) if c.dep_ == "npadvmod"]
            if any(lexicon.noun_lemma(c.lemma_) in DISTANT_UNITS or _year_of_months(c) for c in units):
                return True
        elif lexicon.noun_lemma(t.lemma_) in DISTANT_UNITS and any(
            c.dep_ == "amod" and c.lower_ in ("last", "previous", "past") for c in children_of(t)
        ):
            return True
    return False


def _year_of_months(unit: Token) -> bool:
    """ "twelve months", "18 months": months that make a year or more."""
    if lexicon.noun_lemma(unit.lemma_) != "month":
        return False
    for c in children_of(unit):
        if c.dep_ == "nummod":
            try:
                return int(c.text) >= 12 if c.text.isdigit() else text2num(c.lower_, "en") >= 12
            except ValueError:
                return False
    return False


def _compared_occasion(tok: Token) -> bool:
    """A mention in a clause that repeats a verb with "do" to compare ("drop out of this
    race, as she did in the marathon in Athens", "... than it did at the 2019 games") is the
    other occasion compared with; so is what a verb of comparing sets the event beside
    ("compared the raid with one in Kano", "likened it to the fire in Lyon", "the blast
    resembled the one in Oslo")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("like", "unlike") and head.dep_ == "prep":
        return True  # "Like the riot in Lusaka two years ago, it began at a market"
    if (
        tok.dep_ == "pobj"
        and head.lower_ in ("with", "to")
        and head.head.pos_ == "VERB"
        and lexicon.is_comparing_verb(head.head.lemma_)
    ):
        return True
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and lexicon.is_likeness_verb(head.lemma_):
        return True
    anc = tok
    for _ in range(3):
        anc = anc.head
        if anc.lemma_ == "do" and anc.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in ("as", "like", "than") for c in children_of(anc))
    return False


def _than_thought(adj: Token) -> bool:
    """A comparative measured against what was thought or expected of the event, not against
    another one: "a collapse more costly than engineers had feared"."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "than" for m in children_of(c))
        and (
            lexicon.verb_kind(c.lemma_) in ("verb.cognition", "verb.emotion")
            or lexicon.is_expecting_verb(c.lemma_)
        )
        for c in children_of(adj)
    )


def _comparative(adj: Token) -> bool:
    """An adjective in the comparative: "smaller", "more violent", "less costly"."""
    return adj.tag_ == "JJR" or any(m.lower_ in ("more", "less") for m in children_of(adj))


def _next_to(word: Token) -> bool:
    """ "next to the port": a place beside, not the next of a series or time."""
    return word.lower_ == "next" and any(p.dep_ == "prep" and p.lower_ == "to" for p in children_of(word))


def _says_another(tok: Token, series: bool = True) -> bool:
    """A word on the mention says it is one of a series: "another strike", "the previous
    election", "the second round", "New Zealand 1st innings", "their most recent title"; or
    "a" with a comparative sets it beside the event: "a smaller blaze", "a more violent riot".
    `series`: whether a word that only names the series ("the annual meeting") counts; it
    does not when the event was first named that way too. (Read once per word and Doc: the
    event model asks again of each group's first mention.)"""
    known = tok.doc.user_data.setdefault("copydesk_says_another", {})
    key = (tok.i, series)
    if key not in known:
        known[key] = _read_says_another(tok, series)
    return known[key]


def _read_says_another(tok: Token, series: bool) -> bool:
    if _ranked_itself(tok):
        return False
    words = OTHER_INSTANCE if series else OTHER_INSTANCE - SERIES_WORDS
    dated = {t.i for t in _date_name(tok)}
    phrase = tok.head if _inverted_compound(tok) else tok  # "a smaller trade [fair]"
    split = _split_compound(tok)  # "another trade [fair] opened": the words on the noun before
    # ("the previous round of talks": the words on the sitting the talks are one of)
    split = split or counted_occasion(tok)
    phrase = split or phrase
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(phrase)) and any(
        c.dep_ == "amod" and _comparative(c) and not _than_thought(c) for c in children_of(phrase)
    ):
        return True
    # a word before a compound qualifies the whole compound, wherever the parse hung it: "a
    # previous student sit-in", with "previous" on "student" (not a part of a word written with
    # hyphens: "the no-confidence vote")
    fronted = [
        m
        for c in children_of(tok)
        if (c.dep_ == "compound" or _adjective_subject(c)) and c.i < tok.i
        for m in children_of(c)
        if m.i < c.i and _hyphen_chain(m) is None
    ]
    # ... and before a plural possessor the article cannot be its own: "an unrelated junior
    # doctors' walkout"
    fronted += [
        m
        for c in children_of(tok)
        if c.dep_ == "poss"
        and c.tag_ == "NNS"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(c))
        for m in children_of(c)
        if m.i < c.i
    ]
    if (first := _phrase_opening(tok)) is not None and first.lower_ in words and first.pos_ == "ADJ":
        return True
    # "The rivals meet again in the Ibrox derby", "staged the race again": what a verb does
    # again in or to is another one (not "referred again to the intrusion": the same one)
    scene = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in SCENE_PREPS
    verb = tok.head.head if scene else tok.head
    if (
        (scene or tok.dep_ == "dobj")
        and verb.pos_ == "VERB"
        and not speaks(verb)
        and any(c.lower_ == "again" for c in children_of(verb))
    ):
        return True
    return any(
        (
            c.lower_ in words
            and c.dep_ in ("amod", "det", "advmod", "nummod", "compound", "predet")
            and not _next_to(c)
        )
        or (c.lower_ == "recent" and any(m.lower_ == "most" for m in children_of(c)))
        # ("Brandenburg holds its own state election": one of its own, beside the other's)
        or (c.lower_ == "own" and c.dep_ == "amod" and any(m.dep_ == "poss" for m in children_of(tok)))
        or (
            c.dep_ in ("amod", "compound", "nummod")
            and (c.ent_type_ == "ORDINAL" or _NUMBERED.match(c.text))
            and c.i not in dated
        )
        for c in (*children_of(tok), *(children_of(split) if split is not None else ()))
    ) or any(m.lower_ in words and m.dep_ in ("amod", "det") for m in fronted)


def _ranked_itself(tok: Token) -> bool:
    """A ranked event noun whose copula has "it" or "this" for subject ("... was the first
    outbreak in Accra in years") is the event the text tells of, ranked among others of its
    kind, not another one; not in a cleft ("... was the second strike that turned violent")."""
    be = tok.head
    clauses = [c for c in children_of(tok) if c.dep_ in ("relcl", "acl")]
    clauses += [c for c in children_of(be) if c.dep_ in ("ccomp", "advcl")]
    return (
        tok.dep_ == "attr"
        and be.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this") for c in children_of(be))
        and not any(c.left_edge.lower_ in ("that", "which", "who") for c in clauses)
    )


def _phrase_opening(tok: Token) -> Token | None:
    """The word right after the determiner that opens the mention's noun phrase, read off the
    text where the parse broke the phrase up ("a separate gas [leak]" with the event noun hung
    on the noun before it, "an unrelated hit-and-[run]"); None if no determiner opens it."""
    tokens = doc_tokens(tok.doc)

    def in_phrase(i: int) -> bool:
        return (
            tokens[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            or tokens[i].text == "-"
            or tokens[i - 1].text == "-"
        )

    i = tok.i - 1
    if i < 1 or not in_phrase(i):
        return None  # (most mentions: a determiner or no phrase word right before)
    start = tok.sent.start
    while i > start and in_phrase(i):
        i -= 1
    return tokens[i + 1] if tokens[i].dep_ == "det" else None


def _earlier_one(tok: Token, first: bool) -> bool:
    """ "since a blaze in Lyon", "after an earthquake in 2010": an indefinite event noun after
    since / after / before is another occurrence, even in the lead (where the main event's
    mentions are otherwise taken as its own); not the event's `first` mention in the body,
    brought in (`_brought_in`)."""
    if first and _brought_in(tok):
        return False
    dets = [c.lower_ for c in children_of(tok) if c.dep_ == "det"]
    return dets[:1] in (["a"], ["an"]) and tok.dep_ == "pobj" and tok.head.lower_ in BEFORE_AFTER


def _brought_in(tok: Token) -> bool:
    """ "Loadings were halted after a blowout in Oman" ... "the blowout": an event's first
    mention after "after" or "following", with "a" and no date of its own but a recent day, is
    how a story brings its event in (not "after a blowout in 2010", an earlier one); so is a
    clause's subject after "after": "Prices rose after a blowout in Oman halted output"."""
    if tok.dep_ == "pobj":
        after = tok.head.lower_ in ("after", "following")
    else:
        after = tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in children_of(tok.head)
        )
    return (
        after
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok))
        and all(_recent_day(tok, entry) for entry in _own_dates(tok))
    )


def _own_dates(tok: Token) -> list[dict]:
    """The timeline's dates inside a mention's phrase."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    return [e for e in tok.doc._.timeline if lo <= e["span"][0] and e["span"][1] <= hi]


def _recent_day(tok: Token, entry: dict) -> bool:
    """A date of a day or a week, within a year before the article ("after a derailment on 4
    May"): how a story dates the event it brings in; a year or a month is an earlier one's
    ("after an earthquake in 1999")."""
    date = entry["_date"]
    if date.granularity not in ("day", "week"):
        return False
    anchor = tok.doc._.article.published_at
    return anchor is None or (anchor.date() - date.end).days <= 366


def _other_participant(tok: Token, names: set[str], event_nouns: set[str]) -> bool:
    """A participant (possessor, of / by object, subject) the event's first mentions do not name."""
    dates = _date_tokens(tok.doc)
    for p in _participants(tok):
        if event_lemma(p):
            continue
        if p.i in dates and p.dep_ == "pobj":
            continue  # "the looting of 2 June": when, not who (a year alone is weighed with the dates)
        if (
            p.dep_ == "poss"
            and lexicon.is_time_noun(p.lemma_)
            and any(c.dep_ == "compound" and c.i in dates for c in children_of(p))
        ):
            continue  # "Tuesday morning's fire": when, not who
        if p.dep_ == "poss" and tok.pos_ != "VERB" and not _has_object(tok) and _named_place(p, p.doc):
            # "Zimbabwe's marathon": where it was, not who held it (whatever the tagger makes of
            # the noun: "Malaysia's lorry rollover", "rollover" a name to it)
            continue
        if p.dep_ == "poss" and p.ent_type_ == "DATE" and p.i in dates and _MONTH_WORD.match(p.text):
            # "Tuesday's collapse": when, not who (its date is weighed with the others); not
            # "yesterday's vote" or a quote's "today's judgment", said on another day
            continue
        if p.pos_ == "PRON":
            if tok.pos_ == "VERB" and p.lower_ not in ("it", "which", "that"):
                return True  # "He was convicted in 2006": who, the text does not say here
            continue
        if p.pos_ == "PROPN" or p.ent_type_ in NAME_LABELS:
            if not _same_names(p, names):
                return True
        elif p.pos_ == "NOUN":
            if lexicon.noun_kind(p.lemma_) == "noun.location" and any(
                g.dep_ == "pobj" and _named_place(g, g.doc)
                for c in children_of(p)
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c)
            ):
                continue  # "the raid on the edge of Ottawa": where it was, not what it was on
            if any(
                t.pos_ == "PROPN" and _name_key(t) not in names and _named_place(t, t.doc) is None
                for t in children_of(p)
                if t.dep_ == "compound"
            ):
                return True  # "the Pence family" (not "the Cardiff drivers": where they are)
            lemma = p.lemma_.lower()
            if lemma not in event_nouns and lemma not in GENERIC:
                if tok.pos_ == "VERB" and lemma not in names:
                    return True  # "students protesting in Belgium": who acts says which instance
                if tok.pos_ != "VERB" and p.dep_ != "nsubj" and lemma not in names:
                    return True  # "the shutdown of the mine" beside "the shutdown of the port"
    return False


def _predicate(tok: Token) -> Token | None:
    """The verb a mention is an argument of (through a preposition at most; the predicate of a
    free relative that names it)."""
    if (named := free_relative_predicate(tok)) is not None:
        return named
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        head = cur.head
        if head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ not in ("pobj", "prep", "conj", "appos"):
            return None
        cur = head
    return None


def _asserted(verb: Token) -> bool:
    """A clause with its own subject and a past, non-modal verb states what happened
    ("the strike, which began on 5 May"; "The strike began on 5 May; officials would not
    elaborate"): what governs it does not make it planned or negated."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    if any(
        c.dep_ in ("aux", "auxpass", "neg") and (c.lower_ in IRREALIS_AUX or c.lower_ in NEGATIONS)
        for c in children_of(verb)
    ):
        return False
    return told_in_past(verb)


def _dated_participle(c: Token, loose: bool = False) -> bool:
    """A past participle on a noun with a date of its own ("the inquiry, launched on 19
    February"): a past act, whatever the clause around it plans (`loose`: whatever the parse
    made of it)."""
    return (
        (loose or c.dep_ == "acl")
        and c.tag_ in ("VBN", "VBD")
        and c.lower_ not in IRREALIS_WORDS
        and not any(a.dep_ in ("aux", "auxpass") for a in children_of(c))
        and _dated(c, preps=("on", "in", "at"))
    )


def _set_off_dated_participle(tok: Token) -> bool:
    """A past participle with a date of its own set off by a comma right after the noun, whatever
    the parse hung it on ("had planned the robbery, carried out on 9 August, for months": the
    parse makes it a clause of "planned"): a past act, as in `_dated_participle`."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc_tokens(doc)[tok.i + 1].text != ",":
        return False
    part = doc_tokens(doc)[tok.i + 2]
    return (
        part.dep_ in ("acl", "advcl", "conj", "ROOT")
        # (a subject before the noun is the clause's the parse took it for: "ECOWAS threatened
        # intervention after the coup, staged in September")
        and not any(a.dep_ in ("nsubj", "nsubjpass", "dobj") and a.i > tok.i for a in children_of(part))
        and _dated_participle(part, loose=True)
    )


def _host_noun(tok: Token) -> Token | None:
    """The noun a mention hangs from through a preposition ("the cause of that shutdown",
    "plans for a strike"; or an adjective used as one: "More on the attack is expected"), else
    None."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("pobj", "prep"):
            return None
        cur = cur.head
        if cur.i != tok.i and (
            cur.pos_ in ("NOUN", "PROPN") or cur.pos_ == "ADJ" and cur.dep_ in ("nsubj", "nsubjpass", "dobj")
        ):
            return cur
    return None


def _while_of(tok: Token, verb: Token) -> bool:
    """The mention only says when the verb's act was ("Ferries were cancelled during the gale",
    "plans were delayed amid the strike"): what was cancelled or delayed is not the event."""
    return tok.dep_ == "pobj" and tok.head.lower_ in WHILE_PREPS and tok.head.head.i == verb.i


def _followed_from(tok: Token, verb: Token) -> bool:
    """ "Flights were cancelled after the blast", "trains were delayed by the derailment",
    "police urged calm over the riot": a past act of cancelling, delaying or urging that
    followed from the event says it happened (only the act's own object is called off)."""
    if tok.dep_ != "pobj":
        return False
    prep = cause_preposition(tok.head)  # ("because of the strike", "due to the blast")
    if prep.lower_ not in FOLLOW_PREPS or prep.head.i != verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in children_of(verb)):
        return False
    return told_in_past(verb)


def _placed_by_its_noun(tok: Token) -> bool:
    """A noun that carries its own place: "the blast in Manila", "the Manila blast" (not a
    possessive, often the agent: "China's transition")."""
    for c in children_of(tok):
        if c.dep_ == "compound" and _named_place(c, tok.doc) is not None:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in SITE_PREPS
            and any(g.dep_ == "pobj" and _named_place(g, tok.doc) is not None for g in children_of(c))
        ):
            return True
    return False


# what can be done only to a thing that already happened: remembered, discussed, studied
RETROSPECT_VERB_KINDS = frozenset({"verb.cognition", "verb.communication"})


def _modal_aux(verb: Token) -> bool:
    """A verb with a modal or future auxiliary of its own ("will cost", "could take")."""
    return any(c.dep_ == "aux" and c.lower_ in IRREALIS_AUX for c in children_of(verb))


def _consequence_of_told(tok: Token, verb: Token) -> bool:
    """ "The blast in Manila will cost millions", "the Taipei tornado should be a lesson": a
    definite event named by its place (by a phrase or a name before it), the subject of a
    modal verb that does not say it happens, is one already told; the modal speaks of what
    follows from it. So is one "expected to feature in a report" (the modal or the expecting
    on the verb above an infinitive), or what a modal verb of remembering takes ("few will
    forget the Manila blast"). (Not a gathering, which is planned with any verb: "the summit
    in Doha will bring together ...", unless it will be remembered or discussed; nor a dated
    one: "the vote on 3 May will decide ...".)"""
    # ("what lessons would be drawn from the fire in Lyon": what is drawn on was)
    drawn_from = tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.i == verb.i
    if (tok.head.i != verb.i and not drawn_from) or not _definite(tok):
        return False
    lemma = verb.lemma_.lower()
    if (
        tok.dep_ not in ("nsubj", "nsubjpass")
        and not drawn_from
        and not (tok.dep_ == "dobj" and lexicon.verb_kind(lemma) in RETROSPECT_VERB_KINDS)
    ):
        return False
    # (the infinitive under it: "nobody expected the blast in Manila to dominate the news")
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and to_infinitive(verb))
    above = verb.head if infinitive else None
    if tok.dep_ == "nsubjpass" and lemma in IRREALIS_WORDS:
        # "the Manila blast is expected to feature in the report": the infinitive says it
        inner = next((c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if inner is None:
            return False
        above, verb, lemma = verb, inner, inner.lemma_.lower()
    if not _modal_aux(verb) and not (
        above is not None and (above.lemma_.lower() in IRREALIS_WORDS or _modal_aux(above))
    ):
        return False  # (a negation keeps its reading: "China's transition has not struck a chord")
    if (
        verb.pos_ not in ("VERB", "AUX")
        or _occurs(verb)
        or lemma in START_VERBS
        or lemma in END_VERBS
        or _hosting_verb(verb) is not None
        or lemma in IRREALIS_WORDS
        or (lemma == "be" and not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in children_of(verb)))
    ):
        return False  # "the fire will start ...", "the final will be held / be in Paris"
    noun = lexicon.noun_lemma(tok.lemma_)
    # (unless what the modal says is done to it looks back: "the concert in Lima will be
    # remembered / discussed for years")
    looks_back = tok.dep_ != "nsubj" and lexicon.verb_kind(lemma) in RETROSPECT_VERB_KINDS
    if (lexicon.is_gathering_group(noun) or lexicon.is_gathering(noun)) and not looks_back:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False
    return _placed_by_its_noun(tok)


def _unexpected(verb: Token, tok: Token, clause: Token | None = None) -> bool:
    """ "Nobody had expected the pile-up", "Officials did not foresee the strike": a negated
    expectation of a definite event says it happened unforeseen; so does one of the clause
    the event is the subject of (`clause`: "never imagined the riot would happen here") or
    the object of seeing in ("I never believed I'd witness a riot")."""
    # (the article may hang on the modifier: "the [cholera] outbreak")
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for w in _noun_phrase_words(tok)
        for c in children_of(w)
    )
    negated = any(
        c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS)
        for c in children_of(verb)
    )
    # (the parse may make the object a clause of its own: "Nobody expected [the outbreak in
    # Lyon] to dominate")
    if clause is not None:
        # (or what the clause would witness: "I never believed I'd witness a riot", one seen)
        seen = tok.dep_ == "dobj" and lexicon.verb_kind(clause.lemma_.lower()) == "verb.perception"
        return tok.head.i == clause.i and (tok.dep_ == "nsubj" and definite or seen) and negated
    obj = tok.dep_ == "dobj" or (tok.dep_ == "ccomp" and tok.pos_ == "NOUN")
    return obj and tok.head.i == verb.i and definite and negated


# the auxiliary of a future seen from the past: "never imagined the riot would happen"
WOULD = frozenset({"would", "'d"})


def _unforeseen_clause(clause: Token, tok: Token) -> bool:
    """A would-clause under a negated expectation or a thought never had, of which `tok` is the
    definite subject or the object seen (`_unexpected`): what it says came, unforeseen."""
    return (
        clause.dep_ == "ccomp"
        and (lexicon.is_expecting_verb(clause.head.lemma_) or _never_thought(clause.head))
        and _unexpected(clause.head, tok, clause=clause)
    )


def seen_unforeseen(tok: Token) -> bool:
    """What a clause never believed in would witness: "I never believed I'd witness a riot
    in this town" (a riot that came, however indefinite the words for it)."""
    return (
        tok.dep_ == "dobj"
        and any(c.dep_ == "aux" and c.lower_ in WOULD for c in children_of(tok.head))
        and _unforeseen_clause(tok.head, tok)
    )


def _never_thought(verb: Token) -> bool:
    """ "I never believed", "nobody thought": a thought that was never had, told in the past
    (not "did not think", a doubt that may have come true)."""
    return (
        verb.tag_ == "VBD"
        and lexicon.verb_kind(verb.lemma_.lower()) == "verb.cognition"
        and any(c.lower_ == "never" or c.lower_ in NEGATIVE_SUBJECTS for c in children_of(verb))
    )


def _lasts_until(t: Token, verb: Token) -> bool:
    """A word of an "until / till" phrase of the verb."""
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ in UNTIL and t.head.i == verb.i:
            return True
        t = t.head
    return False


def _happened_anyway(verb: Token, tok: Token) -> bool:
    """The event is what a verb of preventing was not done to, or might have been done to:
    "why the crush was not prevented", "the blast might have been averted", "nobody could have
    stopped the fire" (it happened); or what was planned in advance: "the raid was planned
    weeks in advance", "was carefully planned" (not "is planned for May"); or what is
    expected to stay as it is ("is expected to remain a talking point")."""
    if (
        tok.head.i == verb.i
        and tok.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in IRREALIS_WORDS
        and any(c.dep_ == "xcomp" and lexicon.is_lasting_verb(c.lemma_) for c in children_of(verb))
    ):
        return True  # "the launch is expected to remain a talking point": it is one already
    if (
        tok.head.i == verb.i
        and tok.dep_ == "nsubj"
        and lexicon.is_lasting_verb(verb.lemma_)
        and _definite(tok)
        and not _is_plural(tok)
        and _modal_aux(verb)
        # (not where or when it goes on: "the strike will continue in Lyon next week"; the
        # subject's own phrase and the day it lasts until say neither: "The curfew, enforced
        # across Karachi, will remain in place until Friday")
        and not any(
            t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
            for t in verb.subtree
            if t.i > tok.i and not tok.is_ancestor(t) and not _lasts_until(t, verb)
        )
    ):
        return True  # "the walkout would continue until ...": it is under way
    if traced_back_to(tok) is verb:
        return True
    if tok.head.i != verb.i or tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    aux = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}
    if lexicon.is_preventing_verb(verb.lemma_):
        negated = any(c.dep_ == "neg" for c in children_of(verb))
        return negated or (bool(aux & IRREALIS_AUX) and "have" in aux)
    if verb.lemma_.lower() != "plan" or tok.dep_ != "nsubjpass" or not aux & {"was", "were", "had"}:
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in ("carefully", "meticulously", "painstakingly"))
        or (c.dep_ == "prep" and any(g.lower_ == "advance" for g in children_of(c)))
        or (c.dep_ == "npadvmod" and any(g.lower_ == "advance" for g in c.subtree))
        for c in children_of(verb)
    )


def traced_back_to(tok: Token) -> Token | None:
    """The verb of tracing a definite event is what something is traced to ("Much of what
    followed can be traced back to the raid"): whatever its mood, the event happened."""
    to = tok.head
    if tok.dep_ != "pobj" or to.lower_ != "to" or not _definite(tok):
        return None
    verb = to.head.head if to.head.dep_ == "advmod" else to.head  # ("traced [back] to")
    return verb if verb.lemma_.lower() in TRACE_VERBS else None


def _role_word(tok: Token) -> Token:
    """The word that holds a mention's place in its clause: the noun before a head the small
    model made an adjective ("Next year's cup [final] will be held": "cup")."""
    if _inverted_compound(tok):
        return tok.head
    return _split_compound(tok) or tok


# verbs of remembering: their object happened, whatever their own tense or polarity
MEMORY_VERBS = frozenset({"remember", "forget", "recall", "relive"})


def _irrealis(tok: Token, past: frozenset[int] = frozenset(), before: frozenset[int] = frozenset()) -> bool:
    """Planned, future, conditional, negated or hypothetical. `past`: the words of dates the
    text puts wholly before publication; `before`: those of all dates read as before it (see
    `model._past_dates`)."""
    tok = _role_word(tok)
    for c in children_of(tok):
        if c.lower_ in IRREALIS_WORDS and c.dep_ in ("amod", "compound", "advmod", "acl", "nmod"):
            if c.dep_ == "acl" and _came_about(tok):
                continue  # "The launch, originally scheduled for July, took place on 22 August"
            return True
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and words_under(c, NEXT):
            return True  # "a similar run in Lyon next summer"
        if c.lower_ in NEGATIONS and c.dep_ in ("neg", "det"):
            return True
        if c.dep_ == "acl" and _staged_to_come(c):
            return True  # "the vote to take place in May"
    if tok.dep_ in ("nsubj", "nsubjpass") and _staged_to_come(tok.head):
        return True  # "the parade to be staged on 13 July will be the largest" (its subject)
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and tok.head.head.pos_ == "VERB"
        # (a verb that moves something somewhere: not "filed for bankruptcy", the act itself)
        and lexicon.verb_kind(tok.head.head.lemma_.lower()) == "verb.motion"
        and tok.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in children_of(tok))
    ):
        return True  # "Samples were sent to a laboratory for confirmation": what they went for, to come
    if (
        tok.pos_ != "VERB"
        and any((c.dep_ == "relcl" and _asserted(c)) or _dated_participle(c) for c in children_of(tok))
        or (tok.pos_ == "NOUN" and _set_off_dated_participle(tok))
    ):
        # "preparing for the fire, which broke out on 12 May"; "The inquiry, launched on 19
        # February, will report next year": it happened
        return False
    host = _host_noun(tok) if tok.pos_ != "VERB" else None
    if host is not None:
        # "the cause of that shutdown was not known", "a review of the strike will follow": the
        # verb speaks of the host; "plans for a strike", "a planned review of ..." do not
        # ("the likely cause of the derailment": how sure the cause is, not whether it happened)
        return host.lemma_.lower() in IRREALIS_WORDS or any(
            c.lower_ in IRREALIS_WORDS - HOW_SURE and c.dep_ in ("amod", "compound")
            for c in children_of(host)
        )
    if seen_unforeseen(tok):
        return False  # "I never believed I'd witness a riot": it came
    if _judged_by_modal(tok):
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in MEMORY_VERBS:
        # "Nobody will forget the derby", "fans will long remember the final": what is
        # remembered happened, whatever the tense of the remembering
        return False
    if _topic_of_talk(tok) or _talked_of_later(tok):
        # "planned to brief reporters about the leak in Oslo": the plan is the briefing's;
        # "Lyon's leak will be the subject of a review": the future is the review's
        return False
    if (
        tok.pos_ != "VERB"
        and (
            _dated_by(tok, past)
            or (_dated_by(tok, before) and _told_as_past(tok))
            or _named_by_past_date(tok, before)
            or _dated_on_its_verb(tok, before)
        )
        and not _denied_subject(tok)
    ):
        # "the concert on 19 August 2019 will be remembered", "were not told of the raid on 3
        # May until ...": what the clause's verb foresees or denies is not the dated event (a
        # bare "on 3 May" is a past one only in a clause told in the past)
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else _predicate(tok)
    if verb is not None and tok.pos_ != "VERB" and _consequence_of_told(tok, verb):
        return False
    # "Since the strike in Lyon, lawyers have called for a review": what a "since" phrase
    # counts from happened; in an "after" or "during" phrase the verb's planning or calling is
    # about what came after, not about the event ("After the blast, police expected more")
    adjunct = tok.dep_ == "pobj" and tok.head.lower_ in TIME_ADJUNCT_PREPS and verb is not None
    if adjunct and tok.head.lower_ == "since":
        return False
    for _ in range(4):
        if verb is None:
            return False
        if _happened_anyway(verb, tok) or _denied_counterfactual(verb, tok) or _judged_after(tok):
            return False
        if _inverted_condition(verb):
            return True
        if _weighed_degree(verb):
            return False
        for c in children_of(verb):
            low = c.lower_
            if c.dep_ in ("aux", "auxpass") and low in IRREALIS_AUX and not (low == "would" and speaks(verb)):
                # ("officials would say only that ...": a past refusal to say more, not a
                # hypothesis; "Nobody imagined the riot would happen here": it did, unforeseen)
                return not (low in WOULD and _unforeseen_clause(verb, tok))
            if (
                (c.dep_ == "neg" or (low in NEGATIONS and c.dep_ in ("advmod", "neg")))
                and not _not_until(verb)
                # "adjourned in Libya, not where first reported": after a comma "not" denies
                # the phrase it opens, not the verb
                and not (c.i > verb.i and c.i > 0 and doc_tokens(c.doc)[c.i - 1].text == ",")
                # "Analysts had not expected the profit warning", "did not foresee the collapse"
                and not (lexicon.is_expecting_verb(verb.lemma_) and _unexpected(verb, tok))
                # "Lima has not recovered from the quake": what is yet to be got over happened
                and not (lexicon.is_recovery_verb(verb.lemma_) and _recovered_from(verb, tok))
                # "The fire was not the first of its kind", "was not deliberate": what it was
                and not (tok.dep_ == "nsubj" and tok.head.i == verb.i and denies_attribute(verb))
                # "The outbreak in Lima was not reflected in the figures", "was not noticed": what
                # was not seen of a known event, not that it did not happen
                and not (
                    tok.dep_ in ("nsubj", "nsubjpass")
                    and tok.head.i == verb.i
                    and _definite(tok)
                    and lexicon.verb_kind(verb.lemma_) == "verb.perception"
                )
            ):
                return True
            if c.dep_ == "mark" and low in CONDITIONAL and not _presupposed(tok, verb):
                return True
            if _next_to(c):
                continue  # "struck next to the port": where, not when
            if c.dep_ in ("npadvmod", "advmod") and low in ("next", "tomorrow"):
                return True
            if c.dep_ in ("npadvmod", "prep", "advmod") and any(
                t.head.i != tok.i and not _next_to(t) and _next_time(t, c) and not _the_next(t, verb)
                for t in words_under(c, NEXT)
            ):
                return True
        lemma = verb.lemma_.lower()
        declared = lemma == "call" and tok.dep_ == "nsubjpass" and tok.head.i == verb.i
        # "Paramedics were called to the crash", "Crews were called to a blaze": people summoned
        # to an event go where it happens
        summoned = (
            lemma == "call"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "to"
            and tok.head.head.i == verb.i
            and any(c.dep_ == "nsubjpass" for c in children_of(verb))
        )
        # "called the spill in Lyon regrettable / a disaster": judged, so it happened (not
        # "called for a strike", "called a strike for Monday", nor the name given: "what they
        # call the coup of 2019")
        judged = lemma == "call" and any(c.dep_ == "oprd" and c.i != tok.i for c in children_of(verb))
        if (
            (lemma in IRREALIS_WORDS or verb.lower_ in IRREALIS_WORDS)
            and not (adjunct and tok.head.head.i == verb.i)
            and not declared
            and not summoned
            and not judged
            # ("What engineers called a power failure began in May": naming, not calling for)
            and free_relative_predicate(tok) is None
            and not _unexpected(verb, tok)
            and not _while_of(tok, verb)
            and not _followed_from(tok, verb)
            and not _object_about(tok, verb)
            and not _planned_for_a_stretch(verb)
            # ("The power cut delayed the second half": what delays something else happened)
            and not (
                tok.dep_ == "nsubj"
                and tok.head.i == verb.i
                and any(c.dep_ == "dobj" for c in children_of(verb))
            )
        ):
            return True  # (not "the strike was called on 3 May": declared, so it happened)
        if verb.dep_ in ("ccomp", "conj") and _asserted(verb):
            return False
        if verb.dep_ == "ccomp" and _definite(tok) and _indirect_question(verb):
            # "Police have not said what caused the spill in Lyon": what is asked about a known
            # event, whatever the verb above does to the question
            return False
        if verb.dep_ in ("xcomp", "ccomp", "conj", "pcomp", "auxpass") or verb.dep_ == "pobj":
            verb = verb.head if verb.head.i != verb.i else None
            if verb is not None and verb.pos_ not in ("VERB", "AUX"):
                return verb.lemma_.lower() in IRREALIS_WORDS
            continue
        return False
    return False


def _judged_by_modal(tok: Token) -> bool:
    """ "The riot in Lyon could still sway the vote", "the attack in early July should void the
    count": a definite event with a place or date of its own, the subject
    of a "could / should / might / may" verb that is no happening of it, is a known event whose
    outcome is weighed (not "will": "the vote in May will decide", maybe one to come)."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and _definite(tok)
        and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "near") for c in children_of(tok))
        and any(
            c.dep_ == "aux" and c.lower_ in ("could", "should", "might", "may") for c in children_of(verb)
        )
        and not any(c.dep_ == "neg" for c in children_of(verb))
        and _no_happening(verb)
    )


def _indirect_question(clause: Token) -> bool:
    """A clause opened by a question word ("what caused ...", "why it began ..."), not "whether"."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "advmod", "attr") and c.tag_ in ("WP", "WDT", "WRB")
        for c in children_of(clause)
    )


def _denied_counterfactual(verb: Token, tok: Token) -> bool:
    """ "Had the checks been made, the derailment would never have happened": an event said
    not to have happened in another past is one that happened in this one (its subject, with
    "would" / "could" / "might", "have" and a negation on an occurrence predicate)."""
    if tok.dep_ != "nsubj" or tok.head.i != verb.i or not _occurs(verb):
        return False
    kids = {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "neg")}
    return bool(kids & {"would", "could", "might"}) and "have" in kids and bool(kids & NEGATIONS)


def _judged_after(tok: Token) -> bool:
    """ "The fire could hardly have been worse timed", "the rescue should have been handled
    better": a definite event, the subject of a modal perfect that is no happening of its own,
    judged after it happened (not "the strike could have begun in May": whether it happened)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _definite(tok):
        return False
    verb = tok.head.head if tok.head.dep_ in ("aux", "auxpass") else tok.head
    aux = {c.lower_ for w in (verb, tok.head) for c in children_of(w) if c.dep_ in ("aux", "auxpass")}
    return (
        bool(aux & {"could", "might", "should"})
        and "have" in aux
        and verb.tag_ == "VBN"
        and _no_happening(verb)
    )


def _no_happening(verb: Token) -> bool:
    """A verb that tells what became of its subject, not that it happened, was held or was
    planned ("hurt turnout", "should void the result"; not "went ahead", "was staged", "was
    postponed")."""
    return not _occurs(verb) and not _staging(verb) and verb.lemma_.lower() not in IRREALIS_WORDS


def _next_time(t: Token, phrase: Token) -> bool:
    """ "next" dates the phrase: it names a time ("next week", "in the next few days", "on
    Tuesday next") or the phrase's own object ("at the next meeting"); not a thing deep inside
    it ("left them a week to rest before the next leg")."""
    return (
        t.ent_type_ in ("DATE", "TIME")
        or lexicon.is_time_noun(t.head.lemma_)
        or t.head.i == phrase.i
        or (t.head.dep_ == "pobj" and t.head.head.i == phrase.i)
    )


def _the_next(t: Token, verb: Token) -> bool:
    """ "the next morning", "the next day" on a verb told in the past: the time after the one
    just told, in the past (not "next week", nor "the next meeting", another one to come)."""
    time = t.head
    return (
        lexicon.is_time_noun(time.lemma_)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(time))
        and told_in_past(verb)
    )


def _told_as_past(tok: Token) -> bool:
    """The clause the mention is in is told in the past tense, with no modal."""
    verb = _predicate(tok)
    return (
        verb is not None
        and told_in_past(verb)
        and verb.tag_ != "MD"
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in children_of(verb))
    )


# verbs that, denied, deny the happening itself: "did not proceed", "never materialised"
_HAPPENING_VERBS = frozenset({"proceed", "materialise", "materialize", "carry"})


def _of_happening(verb: Token) -> bool:
    """A verb of occurring or staging: "took place", "was held", "was hosted"."""
    return _occurs(verb) or _hosting_verb(verb) is not None


def _planned_for_a_stretch(verb: Token) -> bool:
    """ "The heist had been planned for months", "planned three weeks in advance", "months ahead":
    how long the planning went on or how far ahead, told in the past, says nothing is still to
    come (not "planned for March", a time it was set for)."""

    def stretch(o: Token) -> bool:
        return o.tag_ == "NNS" and lexicon.is_stretch_of_time(o.lemma_)

    return told_in_past(verb) and any(
        (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.dep_ == "pobj" and stretch(o) for o in children_of(c))
        )
        or (c.dep_ in ("dobj", "npadvmod") and stretch(c))
        or (c.dep_ == "advmod" and any(g.dep_ == "npadvmod" and stretch(g) for g in children_of(c)))
        for c in children_of(verb)
    )


def _came_about(tok: Token) -> bool:
    """The subject of a past verb of occurring or staging, not denied: what was planned of it
    ("The vote, scheduled for May, was held on 3 June") was overtaken by its happening."""
    return tok.dep_ in ("nsubj", "nsubjpass") and _of_happening(tok.head) and told_as_done(tok.head)


def _staged_to_come(verb: Token) -> bool:
    """An infinitive of staging or occurring: "to be held", "to take place"."""
    return to_infinitive(verb) and _of_happening(verb)


def _set_apart(tok: Token) -> bool:
    """ "the raid was separate from the one in May", "unrelated to the strike in March",
    "unlike the blast in 2019": what a thing is told apart from is another one."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "unlike":
        return True
    return (
        prep.lower_ in ("from", "to")
        and prep.head.pos_ == "ADJ"
        and lexicon.is_difference_adjective(prep.head.text)
    )


def _denied_subject(tok: Token) -> bool:
    """ "The vote on 3 May 2019 did not take place", "was not held": the subject of a denied
    verb of happening or staging (not "the parade on 6 August was not made public": that
    denies what was done about it)."""
    verb = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and (_of_happening(verb) or verb.lemma_.lower() in _HAPPENING_VERBS)
        and any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in children_of(verb))
    )


def _topic_of_talk(tok: Token) -> bool:
    """The event, named as one the text knows, is what a verb of telling or talking, or more
    news, is about ("brief reporters about the leak", "will speak on the ruling", "will bring
    you more on the dam breach"); the verb's own mood (planned, future) is the talk's."""
    prep = tok.head
    if (
        tok.dep_ != "pobj"
        or prep.lower_ not in ("about", "on", "regarding", "concerning")
        or not _definite(tok)
    ):
        return False
    told = prep.head
    # ("We will bring you more on the Osaka dam breach", "will publish updates on the strike":
    # what will be told of it, the phrase hung on the message or on its verb)
    if _message(told):
        return told.dep_ in ("dobj", "nsubj", "nsubjpass") and told.head.pos_ == "VERB"
    return told.pos_ == "VERB" and (
        speaks(told) or any(c.dep_ == "dobj" and _message(c) for c in children_of(told))
    )


def _presupposed(tok: Token, verb: Token) -> bool:
    """A known event in a phrase of a question's or condition's verb told in the past ("asked
    whether anyone had been punished over the March riot"), or the subject of a verb that is
    no happening of it ("asked whether the fire in Lyon had hurt turnout"): the question is
    what came of it, not whether it happened (not "whether the strike went ahead / was held")."""
    subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == verb.i and _no_happening(verb)
    return (
        (tok.dep_ == "pobj" and tok.head.head.i == verb.i or subject)
        and _definite(tok)
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in children_of(verb))
    )


def _message(tok: Token) -> bool:
    """ "more" (told of something) or a noun of communication ("updates", "details")."""
    return tok.lower_ == "more" or (
        tok.pos_ == "NOUN" and lexicon.noun_kind(tok.lemma_) == "noun.communication"
    )


# what an event becomes when it is talked of: "the subject of a report", "the focus of a review"
TOPIC_NOUNS = frozenset({"subject", "focus", "topic"})


def _talked_of_later(tok: Token) -> bool:
    """A known event the clause says will be talked of or remembered ("Lyon's leak will be the
    subject of a review", "Lyon's leak should come up at the board's next sitting",
    "will be discussed by the board", "will long be remembered"): the future is the
    talk's, the mention keeps its own place. Only when the talk's clause names no date or place,
    which would be the talk's and not the event's."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _definite(tok) or _is_plural(tok):
        return False
    verb = tok.head
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]  # (a raising verb's infinitive)
    talked = any(
        (
            v.lemma_ == "be"
            and any(a.dep_ == "attr" and a.lemma_.lower() in TOPIC_NOUNS for a in children_of(v))
        )
        or (
            v.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in children_of(v))
            and v.lemma_.lower() not in IRREALIS_WORDS  # (not "is expected to bring together")
            and (speaks(v) or lexicon.verb_kind(v.lemma_) in ("verb.communication", "verb.cognition"))
        )
        or (
            v.lemma_.lower() in ("raise", "come")
            and any(c.lower_ == "up" and c.dep_ == "prt" for c in children_of(v))
        )
        or (v.lemma_.lower() == "raise" and v.tag_ == "VBN")
        for v in verbs
    )
    own = range(tok.left_edge.i, tok.right_edge.i + 1)
    return talked and not any(
        t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in verb.subtree if t.i not in own
    )


def _dated_by(tok: Token, dates: frozenset[int]) -> bool:
    """The noun carries one of these dates itself: "the raid on 3 May 2019", "the vote,
    last Tuesday,", "Tuesday's ruling"."""
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "during"):
            if any(g.dep_ == "pobj" and g.i in dates for g in children_of(c)):
                return True
        elif c.dep_ in ("appos", "npadvmod", "poss", "nmod") and c.i in dates:
            return True
    return False


def _named_by_past_date(tok: Token, dates: frozenset[int]) -> bool:
    """The object of a verb that does not stage it, named by a date before publication ("would
    appeal the 28 June verdict", "will review Tuesday's raid"): whatever is planned is done to
    it, it happened (not "will hold the 28 June vote", which stages it)."""
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and not _light(verb)
        and any(c.dep_ in ("compound", "poss") and c.i in dates for c in children_of(tok))
    )


def _dated_on_its_verb(tok: Token, dates: frozenset[int]) -> bool:
    """The subject of a verb that is not its happening, the date hung on that verb ("why the
    parade on 6 August was not made public": the small model hangs the noun's date on the verb),
    told in the past with no modal: what the verb denies is not the dated event."""
    verb = tok.head
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN"
        and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in children_of(verb)
        )
    )
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and past
        and verb.lemma_.lower() not in IRREALIS_WORDS
        and not _of_happening(verb)
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX for c in children_of(verb))
        and _dated_by(verb, dates)
    )


def _object_about(tok: Token, verb: Token) -> bool:
    """ "demanded a probe into the blast", "called for sanctions over the raid": the parse hangs
    the phrase on the verb, but what is wanted is the verb's object, about the event."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("into", "over")
        and tok.head.head.i == verb.i
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children_of(verb))
    )


def _recovered_from(verb: Token, tok: Token) -> bool:
    """The event is what the verb says its subject recovers from ("recovered from the quake")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.i == verb.i


def _weighed_degree(verb: Token) -> bool:
    """A modal perfect copula with a comparative ("the crash could have been far worse", "it
    might have been deadlier"): the counterfactual weighs how bad a real event was, so its
    subject happened (a definite one: "a strike would have been more costly" is hypothetical)."""
    kids = list(children_of(verb))
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_ == "be"
        and subject is not None
        and (_definite(subject) or subject.lower_ == "it")
        and any(c.dep_ == "aux" and c.lower_ in IRREALIS_AUX for c in kids)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids)
        and any(c.dep_ == "acomp" and _comparative(c) for c in kids)
    )


def _inverted_condition(verb: Token) -> bool:
    """A condition written with the auxiliary before the subject: "Had the vote been held on
    1 March, ...", "Were the strike to go ahead, ...", "Should the talks fail, ..."."""
    subj = _subject(verb)
    if subj is None or subj.left_edge.i == 0 or verb.i < subj.i:
        return False
    aux = doc_tokens(verb.doc)[subj.left_edge.i - 1]
    if aux.lower_ not in ("had", "were", "should"):
        return False
    if aux.head.i == verb.i and verb.dep_ == "advcl":
        return True  # "..., had the vote been held on 1 March"
    # a clause opening a sentence that asks nothing; the parse may make it a clausal subject
    # ("Had the evacuation come in 2018, officials said, ..."), make "Had" the main verb, or
    # hang it elsewhere when it glues the sentence to the one before
    return _opens_sentence(aux) and not verb.sent.text.rstrip().endswith("?")


def _not_until(verb: Token) -> bool:
    """ "did not begin until May", and the cleft with "not until May that ...": it happened then."""
    return any(c.dep_ == "neg" for c in children_of(verb)) and any(
        c.dep_ == "prep" and c.lower_ in UNTIL for c in children_of(verb)
    )


def _noun_phrase_words(tok: Token) -> list[Token]:
    """The word and, when it ends a two-word noun, the first (or the compound's
    words before it): the parse may hang "the" on the first ("after [the trade] fair opened",
    "trade" made a compound or even a subject of its own), so the determiner of the phrase may
    sit on either."""
    words = [tok]
    if tok.pos_ != "VERB" and tok.i > 0:
        before = doc_tokens(tok.doc)[tok.i - 1]
        if (
            # (or a sister the parse gave the same role: "since [the vaccine] rollout began")
            (before.head.i == tok.i or before.head.i == tok.head.i and before.dep_ == tok.dep_)
            and before.pos_ == "NOUN"
            and before.is_lower
            and before.dep_ in ("compound", "nsubj", "nsubjpass", "dobj", "pobj", "npadvmod")
        ):
            words.append(before)
        # (or on the first word of a longer or hyphenated compound: "after [the campus] sit-in",
        # "after the cash-in-transit heist")
        words += [
            c
            for c in children_of(tok)
            if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.is_lower and c not in words
        ]
    return words
