"""What is an event mention: the event lemma of a noun (WordNet, hyphens, compounds), and
the nouns and verbs the syntax uses as happenings (held, hosted, dated, undergone, told)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from analysis import lexicon
from analysis.dates import MONTHS
from analysis.events.placenames import _named_place, _place_of
from analysis.events.syntax import (
    NAME_LABELS,
    NOT_EVENT_VERBS,
    OCCUR_VERBS,
    _definite,
    _hosting_verb,
    _hyphen_chain,
    _is_plural,
    _it_thing,
    _occurs,
    _staging,
    _subject,
    children_of,
    counted_occasion,
    doc_tokens,
    drew_people,
    harmed_people,
    hyphen_head,
    it_subject,
    participle_of_compound,
    reported_relative,
    speaks,
)

# verbs that carry an event noun as object: "began a visit", "held the summit", "staged a walkout"
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
        "convene",
        "launch",
        "mark",
        "host",
        "carry",
        "conduct",
        "call",
        "organise",
        "organize",
        "attend",
        "have",
        "give",
        "deliver",
        "issue",
        "order",
    }
)
# verbs whose date is the start or the end of the event
START_VERBS = frozenset({"begin", "start", "open", "commence", "launch", "kick", "erupt"})
END_VERBS = frozenset({"end", "finish", "conclude", "close", "wrap", "complete"})
# prepositions that put an act inside an event: "killed in a pile-up", "scored at the final"
SCENE_PREPS = frozenset({"in", "at"})
# words of how often something recurs, which the NER tags as dates
FREQUENCY_WORDS = frozenset({"annual", "yearly", "monthly", "weekly", "daily", "quarterly", "biennial"})
# words that name the series an occasion belongs to ("the annual meeting"): another instance
# only beside a first mention that did not name it so
SERIES_WORDS = frozenset({"annual", "inaugural"})
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
        "sixth",
        "subsequent",
        "similar",
        "other",
        "each",
        "every",
        "annual",
        "inaugural",  # (the first of a series: "the inaugural hackathon was held in 2015")
        "latest",
        "separate",
        "rival",  # ("a rival gala, held the same weekend")
        "many",
        "several",
        "no",
        "unrelated",
        "again",
    }
)
# "of its kind", "of this scale": not a participant
GENERIC = frozenset(
    {"kind", "type", "sort", "scale", "size", "magnitude", "time", "year", "day", "week", "month"}
)
# kinds of noun that are held or staged without being events ("the hostages were held in a
# basement", "the trophy was staged", "the seat was held in 2019")
HOSTED_NOT_EVENTS = frozenset(
    {"noun.person", "noun.time", "noun.location", "noun.artifact", "noun.possession", "noun.quantity"}
)
# verbs of a thing coming into being: "a sinkhole opened up", "a crater formed"
FORMING_VERBS = frozenset({"open", "form", "appear", "emerge", "develop"})
# what WordNet files first a noun that is a happening when it forms: a thing, a state, a
# phenomenon (not a person, group, place, time, artefact or idea: "a crowd formed", "a plan emerged")
FORMING_KINDS = frozenset({"noun.object", "noun.state", "noun.phenomenon", "noun.attribute"})
WHO_WHERE_WHEN = frozenset({"noun.person", "noun.location", "noun.time"})
# a month name: a date naming a noun with a month in it is a day or month, not a year of a series
_MONTH_WORD = re.compile(
    rf"^(?:{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$", re.IGNORECASE
)


def _hyphen_lemma(tok: Token, chain: tuple[int, int]) -> str | None:
    """The lemma of a hyphenated event noun ("the pile-up", "a walk-out"), carried by the
    word the parse makes the head of the compound; its other parts are not mentions."""
    start, end = chain
    words = doc_tokens(tok.doc)[start:end:2]
    if tok.i != hyphen_head(tok).i or not all(t.is_alpha for t in words):
        return None
    if any(t.ent_type_ in NAME_LABELS or t.pos_ == "PROPN" and not t.is_lower for t in words):
        return None  # "Jong-un", "Al-Shabaab"
    nominal = tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in (
        "nsubj",
        "nsubjpass",
        "dobj",
        "pobj",
        "attr",
        "appos",
    )
    # "The semi-final came ...", parsed as an adjective on the verb: no adjective modifies a verb
    # (or a noun modifier: "The work-to-rule began", its head "work")
    nominal = nominal or (
        tok.dep_ in ("amod", "nmod") and tok.head.pos_ in ("VERB", "AUX") and tok.i < tok.head.i
    )
    if not nominal:
        return None
    found = lexicon.hyphenated_noun(tuple(t.text for t in words))
    if found is None:  # "re-election": the last part carries it
        return _noun_lemma_of(tok) if tok.pos_ == "NOUN" else None
    lemma, eventive = found
    return lemma if eventive else None


def _noun_lemma_of(tok: Token) -> str | None:
    lemma = lexicon.noun_lemma(tok.lemma_ if tok.pos_ == "NOUN" else tok.text)
    return lemma if lexicon.is_event_noun(lemma) else None


def event_lemma(tok: Token) -> str | None:
    """The lemma of an event noun, else None; also the head of a compound whose modifier is an
    event noun and whose own senses include an event ("the gas leak", see `_compound_event_head`)."""
    return _word_event_lemma(tok) or _compound_event_head(tok)


def _word_event_lemma(tok: Token) -> str | None:
    """The lemma of a noun that names an event by itself, else None."""
    if (chain := _hyphen_chain(tok)) is not None:
        return _hyphen_lemma(tok, chain)
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV"):
        # (every reading below needs one: most tokens leave here, read once)
        return noun_tagged_verb(tok)
    if (
        tok.pos_ == "ADJ"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and tok.is_alpha
        and any(c.dep_ in ("det", "compound", "poss") or _adjective_subject(c) for c in children_of(tok))
    ):
        # the small model tags a noun after "the" as an adjective: "In 2018 the inquest took place"
        # (or after the noun before it: "The cup [final] was played", "the trade [fair]")
        lemma = lexicon.noun_lemma(tok.lower_)
        return lemma if lexicon.is_event_noun(lemma) else None
    if tok.pos_ in ("ADJ", "ADV") and (_inverted_compound(tok) or _split_compound(tok) is not None):
        # "the book fair", "a trade fair": the head of a compound tagged as an adjective after it
        lemma = lexicon.noun_lemma(tok.lower_)
        if lexicon.is_event_noun(lemma):
            return lemma
        # ("the court martial": WordNet has the compound, hyphenated, as a trial)
        return lexicon.event_compound(doc_tokens(tok.doc)[tok.i - 1].lower_, lemma)
    if tok.pos_ == "NOUN" and "-" in tok.text[1:-1]:
        # a word the tokenizer keeps whole ("by-election", see `analysis.nlp.UNSPLIT_WORDS`)
        found = lexicon.hyphenated_noun(tuple(tok.text.split("-")))
        return found[0] if found is not None and found[1] else None
    if tok.pos_ == "PROPN" and (titled := _titled_event_compound(tok)) is not None:
        return titled
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.is_alpha:
        return None
    if tok.pos_ == "PROPN" and not (tok.is_title or tok.is_lower):
        return None
    if titled_rite(tok):
        # "the Mass"; "the requiem Mass" is the requiem, "the funeral Mass" the funeral, whatever
        # the tagger made of the word before
        before = doc_tokens(tok.doc)[tok.i - 1]
        lemma = lexicon.noun_lemma(before.lower_)
        modifier = (
            before.is_lower and before.is_alpha and (before.pos_ == "NOUN" or lexicon.is_event_noun(lemma))
        )
        return lemma if modifier else tok.lower_
    named = tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "LAW", "FAC", "LOC", "PRODUCT")
    if named and not _lower_case_name(tok):
        return None
    if tok.pos_ == "PROPN" and tok.is_sent_start and tok.tag_ == "NNPS" and not tok.ent_type_:
        # a plural common noun the tagger took for a name because it opens the sentence
        # ("Talks between the two sides were hosted by Qatar")
        return lexicon.event_noun_lemma(tok.text)
    lemma = lexicon.noun_lemma(tok.lemma_ if tok.pos_ == "NOUN" else tok.text)
    if lexicon.is_event_noun(lemma) or (tok.is_lower and lexicon.is_common_event_noun(lemma)):
        return lemma  # ("the march in Rome": in lower case not the month, whatever the tagger says)
    return None


def noun_tagged_verb(tok: Token) -> str | None:
    """The lemma of an event noun the small model tagged a verb: a present-tense one after the
    word before it ("The norovirus outbreak in Kaduna spread ...", "outbreak" as a verb with
    "norovirus" its subject), when WordNet knows the word as no verb at all; or a gerund with a
    determiner of its own."""
    if not tok.is_alpha or not tok.is_lower or tok.i == 0:
        return None
    if tok.tag_ == "VBG":
        # a gerund with a determiner of its own is a noun: "the gala [screening] sold out"
        # (not the scene of an act, left to the verb as before: "premiered at a gala screening
        # on 4 May" dates the premiere)
        nominal = tok.dep_ in ("nsubj", "nsubjpass", "dobj") or (
            tok.dep_ == "pobj" and tok.head.lower_ not in SCENE_PREPS
        )
        own_determiner = nominal and any(c.dep_ == "det" and c.i < tok.i for c in children_of(tok))
        # ... and so is the head of a compound whose first noun holds the determiner, as the
        # gerund's subject or compound ("a day after the bail [hearing] there"), or one the parse
        # hangs after that noun ("the boat [capsizing] occurred", `_inverted_compound`)
        split_head = tok.dep_ in ("pcomp", "pobj", "nsubj", "dobj") and any(
            c.dep_ in ("nsubj", "compound")
            and c.i == tok.i - 1
            and c.tag_ == "NN"
            and any(g.dep_ == "det" for g in children_of(c))
            for c in children_of(tok)
        )
        # ... or a bare participle the parse hangs on a thing with a determiner: "the boat
        # [capsizing] in mid-February" (not someone doing something: "the boy swimming")
        bare = participle_of_compound(tok) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd", "advmod") for c in children_of(tok)
        )
        head = tok.head
        thing = (
            bare
            and any(c.dep_ == "det" for c in children_of(head))
            and lexicon.noun_kind(head.lemma_) not in ("noun.person", "noun.group", "noun.animal")
        )
        if own_determiner or split_head or _inverted_compound(tok) or thing:
            return lexicon.event_noun_lemma(tok.lower_)
        return None
    if tok.tag_ not in ("VB", "VBP", "VBZ"):
        return None
    if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
        c.dep_ in ("det", "poss") and c.i < tok.i for c in children_of(tok)
    ):
        # an argument with a determiner of its own is a noun: "after the tailings dam [collapse]"
        return lexicon.event_noun_lemma(tok.lower_)
    before = doc_tokens(tok.doc)[tok.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "ADJ", "DET") or lexicon.has_verb_reading(tok.lower_):
        return None
    return lexicon.event_noun_lemma(tok.lower_)


def _titled_event_compound(tok: Token) -> str | None:
    """The head's lemma of a compound WordNet has as a happening, written in capitals as the
    name of its series ("the Grand Prix", "the World Cup"); else None."""
    if not tok.is_title:
        return None
    before = doc_tokens(tok.doc)[tok.i - 1] if tok.i else tok
    if (
        before.head.i != tok.i
        or before.dep_ != "compound"
        or not before.is_title
        # (whatever else the NER makes of it: "the Grand Prix" may be a building to it)
        or tok.ent_type_ in ("PERSON", "GPE", "LOC", "NORP")
        or lexicon.event_compound(before.lower_, tok.lower_) is None
    ):
        return None
    return lexicon.noun_lemma(tok.lower_)


def titled_rite(tok: Token) -> bool:
    """A word in capitals inside the sentence that names a rite English writes so ("the
    Mass", "Holy Communion"; see `lexicon.is_capitalised_event`), not a name the NER knows."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and not tok.ent_type_
        and not tok.is_sent_start
        and lexicon.is_capitalised_event(tok.text)
    )


def _lower_case_name(tok: Token) -> bool:
    """A word in lower case the tagger made a name of an organisation on its own ("the
    [congress] in Makassar" tagged ORG): English writes a name with a capital, so after "the"
    it is the common noun."""
    tokens = doc_tokens(tok.doc)
    return (
        tok.is_lower
        and tok.is_alpha
        and tok.ent_type_ == "ORG"
        and tok.i > 0
        and tokens[tok.i - 1].lower_ == "the"
        and tok.ent_iob_ == "B"
        and (tok.i + 1 == len(tok.doc) or tokens[tok.i + 1].ent_iob_ != "I")
    )


def _inverted_compound(tok: Token) -> bool:
    """The small model's parse of "book fair" / "trade fair": the head noun as an adjective (or
    an adverb: "the Lyon county [fair]") modifying the word before it (an English adjective
    never follows its noun there)."""
    return (
        # (or a gerund: "the boat [capsizing] occurred in June")
        (tok.pos_ in ("ADJ", "ADV") or tok.tag_ == "VBG")
        and tok.dep_ in ("amod", "appos")
        and tok.is_alpha
        and tok.is_lower
        and tok.head.i == tok.i - 1
        and tok.head.pos_ == "NOUN"
    )


def _adjective_subject(c: Token) -> bool:
    """The noun the small model made the subject of the event noun it tagged an adjective
    right after it ("the trade [fair]", "A second trade [fair], in Benin, followed"): the
    compound's first noun."""
    return c.dep_ == "nsubj" and c.head.pos_ == "ADJ" and c.i == c.head.i - 1 and c.pos_ == "NOUN"


def _split_compound(tok: Token) -> Token | None:
    """The noun before the head of a compound the small model split off as an adjective with a
    role of its own ("Traders said the trade [fair] in Tainan had ...", "held the trade [fair]",
    "the trade [fair], in Togo, opened"): an English adjective does not follow "the" and a noun
    with no verb between, so the two words are one noun; the one before holds the noun's place
    in the clause, the adjective its phrases. None unless the adjective reads as an event noun.
    (Or an adverb: "The county [fair] opened in Lyon", the head on the verb after it.)"""
    if not (
        tok.pos_ in ("ADJ", "ADV") and tok.is_alpha and tok.is_lower and tok.i >= 2
    ) or _inverted_compound(tok):
        return None
    if tok.dep_ == "amod" and tok.head.i > tok.i:
        return None  # an adjective on the noun after it
    if tok.dep_ in ("oprd", "acomp", "xcomp") and not (_light(tok.head) or _hosting_verb(tok.head)):
        return None  # a predicate: "declared the area clear", "kept the town quiet"
    tokens = doc_tokens(tok.doc)
    noun, det = tokens[tok.i - 1], tokens[tok.i - 2]
    if not (
        noun.pos_ == "NOUN"
        and noun.is_alpha
        and noun.is_lower
        and not _is_plural(noun)
        and det.dep_ == "det"
        and det.head.i == noun.i
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        # (not the noun made the subject of an adjective that has a noun's role: "the trade
        # [fair], the organisers said, drew ...", "which hosted the trade [fair]")
        and not (noun.head.i == tok.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
    ):
        return None
    return noun if lexicon.is_event_noun(lexicon.noun_lemma(tok.lower_)) else None


COMPOUND_HEAD_NOT_EVENT_KINDS = frozenset(
    {"noun.location", "noun.person", "noun.time", "noun.attribute", "noun.quantity", "noun.possession"}
)


def _compound_event_head(tok: Token) -> str | None:
    """The lemma of the head of a noun compound whose modifier reads as an event noun, when
    one of the head's senses is an event: in "the gas leak", "the test flight", "the rescue
    mission" the head names what happened (WordNet files it first as a crack, a group) and the
    place phrase hangs on it. Not a place, person, time, quantity, attribute or sum ("the murder
    scene", "the strike days", "the gas supply", "the opposition force", "the tsunami toll")."""
    if tok.pos_ != "NOUN" or not tok.is_alpha or not tok.is_lower or _is_plural(tok):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    before = doc_tokens(tok.doc)[tok.i - 1] if tok.i else tok
    if (
        before.head.i == tok.i
        and before.dep_ in ("compound", "amod")
        and before.is_lower
        and lexicon.event_compound(before.lower_, lemma)
    ):
        # "the power outage", "the grand prix", "the opening night" (a time to the NER): WordNet
        # has the compound as a happening
        return lemma
    if tok.ent_type_:
        return None
    if not any(_word_event_lemma(c) for c in _common_compounds(tok)):
        return None
    if lemma in lexicon.NOT_EVENTS and lexicon.noun_kind(lemma) == "noun.act":
        return lemma  # "the homecoming game": too general alone, an act with its kind before it
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS:
        return None
    if lexicon.noun_kind(lemma) == "noun.time":
        # "the film festival": first a time in WordNet, then an act ("the strike days" are times)
        return lemma if lexicon.has_usual_event_sense(lemma) else None
    if lexicon.noun_kind(lemma) in COMPOUND_HEAD_NOT_EVENT_KINDS:
        return None
    return lemma if lexicon.has_event_sense(lemma) or lexicon.is_event_noun(lemma) else None


def _date_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the timeline's dates (the NER's and the patterns' the NER missed), once per Doc."""
    found = doc.user_data.get("copydesk_date_tokens")
    if found is None:
        found = frozenset(
            t.i
            for entry in doc._.timeline
            if (span := doc.char_span(*entry["span"], alignment_mode="expand")) is not None
            for t in span
        )
        doc.user_data["copydesk_date_tokens"] = found
    return found


def _date_name(tok: Token) -> list[Token]:
    """The tokens of a date written before a noun as its name ("the 26 April earthquake",
    "the December 31 attack", "the 2014 election"), in text order."""
    doc = tok.doc
    # (read once per token: the instance, irrealis and date readings all ask again)
    known = doc.user_data.setdefault("copydesk_date_names", {})
    if tok.i in known:
        return list(known[tok.i])
    dates = _date_tokens(doc)
    tokens = doc_tokens(doc)

    def is_date(t: Token) -> bool:
        # (not a common noun the NER took into a date: "the sports day on 3 May")
        common = t.pos_ == "NOUN" and t.is_lower and lexicon.noun_kind(t.lemma_) != "noun.time"
        return (t.ent_type_ == "DATE" and not common) or t.i in dates

    found: set[int] = set()
    for c in children_of(tok):
        if (
            is_date(c)
            and c.i < tok.i
            and c.dep_ in ("compound", "nmod", "amod", "nummod")
            and c.lower_ not in FREQUENCY_WORDS  # ("the annual meeting": how often, not when)
        ):
            found.update(t.i for t in c.subtree)
            # the whole date, when the parse hung its parts on different words ("the [7] [June]
            # moorland blaze": "June" on "moorland")
            lo, hi = c.i, c.i
            while lo > 0 and is_date(tokens[lo - 1]):
                lo -= 1
            while hi + 1 < tok.i and is_date(tokens[hi + 1]):
                hi += 1
            found.update(range(lo, hi + 1))
    known[tok.i] = [tokens[i] for i in sorted(found)]
    return list(known[tok.i])


def _named_by_day(tok: Token) -> bool:
    """A day or month (not a year, a season or "last year") names the mention: "the 26 April
    earthquake", "the Tuesday attack"."""
    name = _date_name(tok)
    return any(_MONTH_WORD.match(t.text) for t in name) and not any(t.lower_ in OTHER_INSTANCE for t in name)


def _act_on_thing(tok: Token) -> str | None:
    """The verb a thing that is no happening ("title", "seat") is the object of ("lost the
    title", "losing his title"): the act the mention stands for; None for an event noun or a
    verb that only carries it ("held the title"), or a word WordNet does not know ("listed the
    airstrike"), which names no thing either."""
    if tok.pos_ == "VERB" or tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or _light(tok.head):
        return None
    kind = lexicon.noun_kind(tok.lemma_)
    if kind is None or kind in lexicon.EVENT_LEXNAMES or lexicon.has_usual_event_sense(tok.lemma_):
        return None
    return tok.head.lemma_.lower()


def _held(tok: Token) -> bool:
    """A noun a verb of staging makes an occasion: "a vigil was held", "staged a rally", "the
    parade, held on 11 July" (not "held the trophy": the noun must have an event sense)."""
    dep = tok.dep_
    if dep in ("nsubjpass", "dobj"):
        head = tok.head
        if _staging(head):
            return dep == "nsubjpass" or not any(c.dep_ == "auxpass" for c in children_of(head))
    if dep == "nsubj" and tok.head.tag_ == "VBD" and _misread_participle(tok, tok.head):
        # ("the parade, staged in early June, had gone to plan": the small model reads a
        # participle set off by commas as the verb, its noun as the one who staged)
        return True
    # ("the picket, which was held in Vadodara": the relative clause says what a passive would;
    # "the parade, which officials say was staged on 11 November": or what it says was)
    return tok.n_rights > 0 and any(
        (c.dep_ == "acl" and c.tag_ == "VBN" and _staging(c))
        or (
            c.dep_ == "relcl"
            and any(
                _passive_staged(v) and _relative_subject(v)
                for v in (c, *(g for g in children_of(c) if g.dep_ == "ccomp" and speaks(c)))
            )
        )
        for c in tok.rights
    )


def _misread_participle(tok: Token, verb: Token, played: bool = False) -> bool:
    """ "the parade, staged in June, had gone ...": a verb of staging right after its subject
    and a comma, with no object, and a date or place phrase on it (`played`: "the derby,
    played on 19 November, ...")."""
    return (
        tok.i + 2 == verb.i
        and tok.nbor(1).text == ","
        and (verb.lemma_.lower() == "play" if played else _staging(verb))
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children_of(verb))
        and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in children_of(verb))
    )


# determiners and quantifiers that make a plural many things ("three attacks", "some talks")
QUANTIFIERS = frozenset(
    {
        "some",
        "many",
        "several",
        "few",
        "these",
        "those",
        "both",
        "all",
        "any",
        "numerous",
        "multiple",
        "various",
        "such",
        "most",
    }
)


def _occasion_plural(tok: Token) -> bool:
    """A plural noun the syntax treats as one occasion: the subject of an occurrence or
    staging predicate ("talks were hosted by Qatar", "the celebrations were held on 12 July",
    "negotiations took place in Doha"), or dated by one day ("the layoffs on 10 March"), with
    no number or quantifier ("three attacks", "several protests" are many)."""
    if not _is_plural(tok) or tok.pos_ not in ("NOUN", "PROPN") or not _plain_plural(tok):
        return False
    # "the talks", "its layoffs", "talks between the two sides"; a bare "caucuses were held on
    # 3 February" is many
    if counted_occasion(tok) is not None:
        return True  # "the round of talks": one sitting of them
    if not _definite(tok) and not any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(tok)):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and (_occurs(tok.head) or _staging(tok.head) or _hosted(tok)):
        return True
    about = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children_of(tok))
    if about and lexicon.is_spoken_exchange(tok.lemma_):
        return True  # "the peace talks", "the merger negotiations": what they are about names one round
    if _held(tok) or any(
        c.dep_ == "relcl"
        and _occurs(c)
        and any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in children_of(c))
        for c in children_of(tok)
    ):
        return True  # "the talks, held in Zurich", "the talks, which opened in Cairo"
    if _named_by_day(tok):
        return True  # "the 10 March layoffs"
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(
            g.dep_ == "pobj" and g.ent_type_ == "DATE" and _MONTH_WORD.match(g.text) for g in children_of(c)
        )
        and any(t.like_num and len(t.text) <= 2 for t in c.subtree)
        for c in children_of(tok)
    )


def _plain_plural(tok: Token) -> bool:
    """A plural with no number, quantifier, order word or year: "the talks", "its layoffs"."""
    for c in children_of(tok):
        if c.dep_ in ("nummod", "quantmod") or (c.like_num and c.dep_ in ("compound", "amod", "nmod")):
            return False
        if c.lower_ in QUANTIFIERS or c.lower_ in OTHER_INSTANCE or c.ent_type_ in ("ORDINAL", "CARDINAL"):
            return False
    return not (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num
    )  # "two of the attacks"


def _relative_subject(clause: Token) -> bool:
    """A relative clause whose subject is its "which" / "that" / "who"."""
    return any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") for g in children_of(clause))


def _formed(tok: Token) -> bool:
    """The subject of a verb of forming, or of a relative clause of one ("The sinkhole, which
    opened up in Lyon"), or a noun the parse gave the verb as a participle right after it ("Police
    said the sinkhole formed in Tver")."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in FORMING_VERBS:
        return True
    return any(
        c.pos_ == "VERB"
        and c.lemma_.lower() in FORMING_VERBS
        and (
            (c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in children_of(c)))
            or (c.dep_ == "acl" and c.i == tok.i + 1 and c.tag_ in ("VBD", "VBN"))
        )
        for c in children_of(tok)
    )


def _eventive_subject(tok: Token) -> str | None:
    """The lemma of a noun the text uses as an event: the subject of an occurrence predicate
    ("The outage began on 12 May", "the outage, which struck in July") or what a verb of
    staging holds ("a vigil was held") whose WordNet senses include an event, or the subject
    of "take place" / "happen" / "occur" whatever WordNet says of it."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    if _held(tok) and not _is_plural(tok):
        lemma = lexicon.noun_lemma(tok.lemma_)
        # (a thing was held or staged only in an act sense, however rare: "the picket was held
        # in Malta", first a lookout in WordNet; not "held the picket", a stake, maybe)
        rare = not (tok.dep_ == "dobj" and _staging(tok.head)) and lexicon.has_rare_act_sense(lemma)
        # ("members staged the picket": no one stages a person; one holds one, "held the driver")
        acted = _hosting_verb(tok.head) == "stage" and _acting_person_noun(lemma)
        # (or a word WordNet lacks: "the gherao, held outside the office", a loanword)
        eventive = (
            lexicon.has_event_sense(lemma)
            or rare
            or lexicon.is_spoken_exchange(lemma)
            or _unlisted_word(tok, lemma)
            or acted
        )
        # ("Kazan staged the derby": first a hat in WordNet, but no one stages or hosts a thing;
        # not a person, place or time: "hosted the president")
        staged = (
            _hosting_verb(tok.head) in ("stage", "host") and lexicon.noun_kind(lemma) not in WHO_WHERE_WHEN
        )
        if (eventive or staged) and lemma not in GENERIC and lemma not in lexicon.NOT_EVENTS:
            return lemma
        if (named := kind_named(tok)) is not None:
            return named  # "the memorial service was held"
    if (
        _formed(tok)
        and lexicon.noun_kind(lemma := lexicon.noun_lemma(tok.lemma_)) in FORMING_KINDS
        and lemma not in GENERIC
        and lemma not in lexicon.NOT_EVENTS
    ):
        # "A sinkhole opened up beneath the road", "the fare glitch appeared on 12 May": a natural
        # thing or a state that forms is a happening
        return lemma
    if (
        tok.dep_ == "nsubjpass"
        and lexicon.verb_kind(tok.head.lemma_.lower()) == "verb.perception"
        # (a noun before it, or one the tagger took for an adjective: "the ammonia leak")
        and (
            _kind_named_before(tok)
            or any(
                c.dep_ == "amod" and c.is_lower and not lexicon.is_adjective(c.text) for c in children_of(tok)
            )
        )
        and lexicon.has_event_sense(lemma := lexicon.noun_lemma(tok.lemma_))
        and lemma not in GENERIC
        and lemma not in lexicon.NOT_EVENTS
    ):
        # "The ammonia leak was detected in Lyon": a word with an event sense that a noun before
        # it names the stuff of, found as it happened (not "the pipe was detected")
        return lemma
    if tok.dep_ == "nsubj" and _ended_in_outcome(tok.head):
        # "The derby ended in a goalless draw": only a happening ends in one, whatever WordNet
        # files the word as (a hat); not a person, a place or a time
        lemma = lexicon.noun_lemma(tok.lemma_)
        if (
            lemma not in GENERIC
            and lemma not in lexicon.NOT_EVENTS
            and lexicon.noun_kind(lemma) not in WHO_WHERE_WHEN
        ):
            return lemma
    contest = tok.dep_ in ("nsubj", "nsubjpass") and _contest_predicate(tok.head)
    # (or a participle set off after it: "The derby, played on 19 November, ...", or a relative
    # clause: "The derby, which kicked off at noon, ...")
    # (which the parse may make the verb: `_misread_participle`)
    contest = (
        contest
        or any(
            (c.dep_ == "acl" or c.dep_ == "relcl" and _relative_subject(c)) and _contest_predicate(c)
            for c in tok.rights
        )
        or (
            tok.dep_ == "nsubj" and tok.head.tag_ == "VBD" and _misread_participle(tok, tok.head, played=True)
        )
        # (or hung on the verb the noun is on: "scored twice in the derby, played on 24 August")
        or (
            tok.i + 2 < len(tok.doc)
            and (after := doc_tokens(tok.doc)[tok.i + 2]).tag_ == "VBN"
            and after.dep_ == "advcl"
            and after.head.is_ancestor(tok)
            and _misread_participle(tok, after, played=True)
        )
    )
    if contest and not _split_off_next(tok):
        # "The derby ended goalless", "the rescheduled fixture kicked off / went ahead / was
        # played on 3 May": only a contest or an occasion does so, whatever WordNet files the
        # word as (a hat, a fitting, a person who qualifies)
        lemma = lexicon.noun_lemma(tok.lemma_)
        kind = lexicon.noun_kind(lemma)
        if lemma in lexicon.NOT_EVENTS:
            return kind_named(tok)  # "the charity game was played on 3 May"
        if (
            lemma not in GENERIC
            and kind != "noun.communication"
            and (kind not in WHO_WHERE_WHEN or (kind == "noun.person" and _of_named_series(tok)))
        ):
            return lemma
    if tok.dep_ == "nsubj" and harmed_people(tok.head) and not _is_plural(tok):
        # "The turnstile crush left several fans in hospital": what harms people and can be an
        # act, however rare the sense, is a happening (not a person, place or time)
        lemma = lexicon.noun_lemma(tok.lemma_)
        if (
            lemma not in GENERIC
            and lemma not in lexicon.NOT_EVENTS
            and lexicon.noun_kind(lemma) not in WHO_WHERE_WHEN
            and (lexicon.has_event_sense(lemma) or lexicon.has_rare_act_sense(lemma))
        ):
            return lemma
    if (
        tok.dep_ == "nsubjpass"
        and lexicon.is_causative_verb(tok.head.lemma_, _verb_particle(tok.head))
        and not _is_plural(tok)
    ):
        # "the outage at its data centre was caused by a software fault": what is caused, and
        # can be an event, happened (not a person, place or time)
        lemma = lexicon.noun_lemma(tok.lemma_)
        if (
            lemma not in GENERIC
            and lemma not in lexicon.NOT_EVENTS
            and lexicon.noun_kind(lemma) not in WHO_WHERE_WHEN
            and lexicon.has_event_sense(lemma)
        ):
            return lemma
    if (
        tok.dep_ == "nsubj"
        and (
            _made_landfall(tok.head) or lexicon.verb_kind(tok.head.lemma_) in ("verb.contact", "verb.weather")
        )
        and lexicon.is_natural_phenomenon(tok.lemma_)
        and not _is_plural(tok)
    ):
        # "the cyclone made landfall near Chittagong", "the cyclone struck Lima": a happening,
        # however WordNet files its first sense (a state)
        return lexicon.noun_lemma(tok.lemma_)
    if tok.dep_ == "nsubj" and drew_people(tok.head) and not _is_plural(tok):
        # "the festival drew huge crowds": what draws crowds and can be an act is one
        lemma = lexicon.noun_lemma(tok.lemma_)
        if (
            not _generic(tok, lemma)
            and lemma not in lexicon.NOT_EVENTS
            and (lexicon.has_usual_event_sense(lemma) or lemma in GENERIC)  # ("the sports day drew ...")
        ):
            return lemma
    if tok.dep_ in ("nsubj", "nsubjpass") and _occurs(tok.head):
        if reported_relative(tok.head) is not None:
            return None  # "which the met office said hit in May": the office said it
        pred = tok.head
    elif (fronted := _fronted_occurrence(tok)) is not None:
        pred = fronted  # "Taking place in Y, the expo drew ..."
    elif _hosted(tok):
        lemma = lexicon.noun_lemma(tok.lemma_)
        if lemma in lexicon.NOT_EVENTS:
            return kind_named(tok)  # "the thanksgiving service was hosted by the abbey"
        if _generic(tok, lemma) or not tok.is_alpha:
            return None
        kind = lexicon.noun_kind(lemma)
        if (
            _unlisted_word(tok, lemma)
            or (kind not in HOSTED_NOT_EVENTS - {"noun.time"} and lexicon.has_usual_event_sense(lemma))
            or (kind == "noun.time" and _kind_named_before(tok))
            or (kind == "noun.group" and lexicon.is_gathering_group(lemma))  # "the tribunal sat"
            or lexicon.is_spoken_exchange(lemma)  # "the dialogue was hosted by Oman"
        ):
            return lemma  # "the hackathon was staged in Delft", "the festival was held in Perth"
        return None
    else:
        pred = next(
            (c for c in children_of(tok) if c.dep_ == "relcl" and _occurs(c) and _relative_subject(c)), None
        )
        if pred is None:
            return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if lemma in lexicon.NOT_EVENTS and _strictly_occurs(pred):
        return kind_named(tok)  # "the church service took place on 3 May"
    if _generic(tok, lemma) or lemma in lexicon.NOT_EVENTS:
        return None
    if lexicon.has_event_sense(lemma) or (tok.is_lower and lexicon.has_usual_event_sense(lemma)):
        return lemma  # ("the march ended": first a month in WordNet, then an act)
    # only something that happens can "take place" or "occur": "the tribunal took place on 3 May"
    # (WordNet files "tribunal" as a body, not its sitting); "the idea occurred to her" is no event
    verb = pred.lemma_.lower()
    strict = _strictly_occurs(pred)
    kind = lexicon.noun_kind(lemma)
    if kind == "noun.time" and (lexicon.has_usual_event_sense(lemma) or _kind_named_before(tok)):
        # "the festival took place": first a time in WordNet, then an act; "the fashion week
        # took place", a time the word before it names by what fills it
        kind = "noun.act"
    # (a word WordNet lacks that takes place is an event too: "the hackathon took place")
    known = kind is not None or _unlisted_word(tok, lemma)
    if strict and known and kind not in WHO_WHERE_WHEN:
        return lemma
    went_ahead = verb == "go" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(pred))
    # (or a person named as a verb is: "the exchange hack occurred", a hack first a writer)
    acting = (
        _acting_person_noun(lemma) or strict and kind == "noun.person" and lexicon.has_verb_reading(lemma)
    )
    if (strict or went_ahead) and acting and not _took_a_place(pred):
        # "the picket took place / went ahead on 3 May": first a picketer in WordNet, but also
        # what pickets do; no person takes place (one takes a place: "the substitute took his
        # place") nor goes ahead (with something: "the driver went ahead with the delivery")
        return lemma
    if verb in ("erupt", "break") and kind in ("noun.communication", "noun.state", "noun.feeling"):
        # "the fracas erupted", "panic broke out": a quarrel, state or feeling that breaks out
        # is a happening (WordNet files a fracas as talk; a volcano, a thing, erupts otherwise)
        return lemma
    if kind not in WHO_WHERE_WHEN and _kind_named_before(tok) and lexicon.has_rare_act_sense(lemma):
        # "the power cut struck on 3 July", "the crowd crush began near the gate": a word with
        # a rare act sense whose kind a noun before it names (a cut is first a share in WordNet)
        return lemma
    # a specific state the text says began, ended or took effect is dated as a happening is:
    # "the truce began at midnight", "the drought ended in May" (not "the situation began")
    if tok.is_lower and lexicon.is_specific_state(lemma):
        return lemma
    return None


# prepositions whose object is what something else came after, during or since: a happening or
# a time ("after the derby", "during the regatta"; "amid" may also take a thing: "amid the rubble");
# a verb in such a phrase is planned or called for after the event, not the event itself
TIME_ADJUNCT_PREPS = frozenset({"since", "after", "following", "during", "amid"})


def _time_adjunct_happening(tok: Token) -> str | None:
    """The lemma of a definite singular common noun a preposition of time takes ("in the days
    after the cyclone", "since the derby", "during the regatta"): what something came after
    is a happening, whatever WordNet files the word as first (a hat, a state); not a person,
    place or time ("after the summer"), a name, nor a verb's own "after" ("named after the
    bridge", "looked after the child")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.ent_type_ or not tok.is_alpha or _is_plural(tok):
        return None
    prep = tok.head
    if prep.lower_ not in TIME_ADJUNCT_PREPS - {"amid"} or not _definite(tok):
        return None
    verb = prep.head
    if verb.pos_ == "VERB" and (
        lexicon.is_phrasal_verb(verb.lemma_, prep.lower_)
        # ("a street named after the battle": what a name is given after)
        or (verb.tag_ == "VBN" and lexicon.verb_kind(verb.lemma_) == "verb.communication")
    ):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if _generic(tok, lemma) or lemma in lexicon.NOT_EVENTS or lexicon.noun_kind(lemma) in WHO_WHERE_WHEN:
        return None
    return lemma


def _made_landfall(verb: Token) -> bool:
    """ "made landfall near Chittagong": only a storm does."""
    return verb.lemma_.lower() == "make" and any(c.lower_ == "landfall" for c in children_of(verb))


def _strictly_occurs(pred: Token) -> bool:
    """ "happened", "occurred", "took place", "broke out": said only of what happens (not "the
    idea occurred to her")."""
    verb = pred.lemma_.lower()
    to_someone = any(c.dep_ == "prep" and c.lower_ == "to" for c in children_of(pred))
    return (verb in ("happen", "occur") and not to_someone) or (
        verb in ("take", "break")
        and any(c.lower_ in ("place", "out") and c.dep_ in ("dobj", "prt") for c in children_of(pred))
    )


def kind_named(tok: Token) -> str | None:
    """A word too general to name an event alone with the word before it that names its kind
    ("memorial service", "charity game"): the two as the event's key, when the word has an act
    sense; else None. Only that pair is then the event, not every "service" of the text."""
    lemma = lexicon.noun_lemma(tok.lemma_)
    if tok.i == 0 or not lexicon.is_general_event_noun(lemma):
        return None
    mod = doc_tokens(tok.doc)[tok.i - 1]
    if (
        mod.head.i != tok.i
        or mod.dep_ not in ("compound", "amod")
        or not (mod.is_lower and mod.is_alpha)
        or mod.lower_ in OTHER_INSTANCE
        or lexicon.noun_kind(mod.lemma_) == "noun.time"
    ):
        return None
    return f"{mod.lower_} {lemma}"


def _unlisted_word(tok: Token, lemma: str) -> bool:
    """A lower-case word of four letters or more that WordNet lacks ("hackathon", "gherao"):
    what it is, only the text says."""
    return lexicon.noun_kind(lemma) is None and tok.is_lower and tok.is_alpha and len(lemma) > 3


def _acting_person_noun(lemma: str) -> bool:
    """A noun first filed as a person that is also a verb of acting ("picket"): what such
    people do, when the text says it took place or was staged."""
    return lexicon.noun_kind(lemma) == "noun.person" and bool(lexicon.verb_of(lemma))


def _took_a_place(verb: Token) -> bool:
    """ "took his place", "took a place": a place with a determiner, a seat one takes."""
    return any(
        c.lower_ == "place" and c.dep_ == "dobj" and any(g.dep_ in ("det", "poss") for g in children_of(c))
        for c in children_of(verb)
    )


def _fronted_occurrence(tok: Token) -> Token | None:
    """A participle of occurring fronted before the clause whose subject `tok` is, with no
    subject of its own ("Taking place in Y, the expo drew ..."): the subject is what takes place."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next(
        (
            c
            for c in children_of(tok.head)
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i < tok.i
            and _occurs(c)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        ),
        None,
    )


def _generic(tok: Token, lemma: str) -> bool:
    """A word too general to be an event's: not a time named by what fills it ("the week"
    alone, not "the fashion week")."""
    return lemma in GENERIC and not (lexicon.noun_kind(lemma) == "noun.time" and _kind_named_before(tok))


def filled_time_key(tok: Token, lemma: str) -> str:
    """The key of an event a time noun names by what fills it: that word and the noun ("sports
    day", "fashion week"), not every day or week of the text; else `lemma`."""
    if lemma not in GENERIC or lexicon.noun_kind(lemma) != "noun.time":
        return lemma
    fill = _common_compounds(tok)
    return f"{fill[-1].lower_} {lemma}" if fill else lemma


def _common_compounds(tok: Token) -> list[Token]:
    """The common nouns in lower case the parse hangs on a noun as its compound ("fashion" of
    "the fashion week", "power" of "the power cut")."""
    return [c for c in children_of(tok) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]


def _kind_named_before(tok: Token) -> bool:
    """A noun whose kind a common noun before it names: a time by what fills it ("the fashion
    week", "the race day": said to be held or to take place, it is that happening), a word
    with a rare act sense by what it befell ("the power cut")."""
    return bool(_common_compounds(tok))


# first kinds of a noun a day names that stay things whatever senses follow: "the 30 June
# deadline", "the 3 May letter", "the 5 April budget", "the 1 May train", "the 2 June issue",
# "the 4 July crowd"
DAY_NAMED_NOT_HAPPENING_KINDS = COMPOUND_HEAD_NOT_EVENT_KINDS | {
    "noun.communication",
    "noun.artifact",
    "noun.cognition",
    "noun.group",
}


def _named_by_its_day(tok: Token) -> str | None:
    """The lemma of a noun a day names ("the 6 March glitch", "the 9 May truce") when one of
    its usual senses is an event or its usual sense a specific state: the text treats it as a
    happening of that day, so its other mentions are that happening too; so is one with any act
    sense at all, however rare, unless it is first a thing that only carries a date ("the 6
    May jam", not "the 3 May letter"). Not a year or month alone ("the 2019 budget",
    "the March report"), nor a time ("the 30 June deadline")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not tok.is_alpha or not tok.is_lower or _is_plural(tok):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS:
        return None
    if not (
        lexicon.has_event_sense(lemma)
        or lexicon.is_specific_state(lemma)
        # "the 6 May jam": first a preserve in WordNet, its act sense far down
        or (
            lexicon.noun_kind(lemma) not in DAY_NAMED_NOT_HAPPENING_KINDS
            and lexicon.has_rare_act_sense(lemma)
        )
    ):
        return None
    # (the word first, read per lemma and cached; the date before it costs more to read)
    if not any(t.like_num for t in _date_name(tok)) or not _named_by_day(tok):
        return None
    return lemma


# kinds of a noun's first sense that name no happening even beside an act sense: "the crisis
# in Syria" (a state), "the government in Kabul" (a body), "the office in Lyon" (a building),
# "the earthquake toll in Myanmar" (a sum), "the speech in Lyon" (a message)
PLACED_NOT_HAPPENING_KINDS = COMPOUND_HEAD_NOT_EVENT_KINDS - {"noun.time"} | {
    "noun.state",
    "noun.group",
    "noun.artifact",
    "noun.communication",
}


# verbs whose subject takes part in their object, the event: "Dockers in Genoa joined the strike"
# (not those who stage, hold or organise it: "Organisers in Valencia staged the final")
PARTAKE_VERBS = frozenset({"join", "attend"})


def reached_state(tok: Token) -> bool:
    """A stop or state a predicate comes "to", part of the predicate and not a happening of its
    own: an indefinite stop ("came to a close", "brought the city to a halt"; not "led to
    a crisis") or a bare state or phenomenon ("came to light", "rose to power"; not "went to
    war", an act)."""
    if not (
        tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB"
    ):
        return False
    if not any(children_of(tok)):
        return lexicon.noun_kind(tok.lemma_) in ("noun.phenomenon", "noun.state", "noun.attribute")
    return any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok)
    ) and lexicon.is_ending_noun(tok.lemma_)


def _placed_happening(tok: Token) -> str | None:
    """The lemma of a definite noun the text places as a happening, "the rally in Tabriz", "the
    festival at Putian", "the stabbing in Jepara", when one of its usual senses is an act or
    event (not first a state, body or building), it is first a gathering, or it is a gerund:
    a thing that happened somewhere, so its other mentions are that happening too."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not tok.is_alpha or not tok.is_lower or _is_plural(tok):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS:
        return None
    kind = lexicon.noun_kind(lemma)
    if not (
        (kind not in PLACED_NOT_HAPPENING_KINDS and lexicon.has_usual_event_sense(lemma))
        or lexicon.is_gathering_group(lemma)
        or (kind is None and lexicon.has_event_sense(lemma))
    ):
        return None
    # (the word first, read per lemma and cached; then the phrase that places it)
    # (or one a story brings in: "crews attended a parade in Lille"; or the subject of a past
    # verb the place hangs on: "the festival sold out in Tainan")
    article = _definite(tok) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok))
    verb = tok.head if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBN") else None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in PARTAKE_VERBS:
        verb = tok.head
    if not article or not any(
        c.dep_ == "prep"
        and c.lower_ in SCENE_PREPS
        and any(g.dep_ == "pobj" and _place_of(g, tok.doc) is not None for g in children_of(c))
        for h in (tok, verb)
        if h is not None
        for c in children_of(h)
    ):
        return None
    return lemma


# verbs whose object is something that happened to their subject: "survived the cyclone"
UNDERGO_VERBS = frozenset({"survive", "witness", "endure", "experience"})


def _ended_in_outcome(verb: Token, preps: tuple[str, ...] = ("in",)) -> bool:
    """ "ended in a draw / in defeat / in chaos" (or, with `preps`, "ended with an arrest"): an
    ending verb whose phrase names a happening; or "ended 2-1", "finished 3-3": only a contest
    ends with a score."""
    if verb.lemma_.lower() not in END_VERBS:
        return False
    return _scored(verb) or any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(
            g.dep_ == "pobj" and lexicon.has_usual_event_sense(lexicon.noun_lemma(g.lemma_))
            for g in children_of(c)
        )
        for c in children_of(verb)
    )


def _scored(verb: Token) -> bool:
    """A score on the verb: "ended 2-1", "finished 3-3"."""
    doc = verb.doc
    tokens = doc_tokens(doc)
    return any(
        c.dep_ == "npadvmod"
        and c.like_num
        and c.i + 2 < len(doc)
        and tokens[c.i + 1].text in ("-", "–")
        and tokens[c.i + 2].like_num
        for c in children_of(verb)
    )


# how a contest can end without a score: "ended goalless", "finished level", "ended all square"
DRAWN_RESULTS = frozenset({"goalless", "scoreless", "level", "square", "tied", "drawn"})


def _dated(verb: Token, preps: tuple[str, ...] | None = None) -> bool:
    """A verb with a date phrase of its own ("played on 19 November"), by one of `preps` if
    given."""
    return any(
        p.dep_ == "prep"
        and (preps is None or p.lower_ in preps)
        and any(g.ent_type_ in ("DATE", "TIME") for g in children_of(p))
        for p in children_of(verb)
    )


def _contest_predicate(verb: Token) -> bool:
    """A predicate only a contest or an occasion takes: "kicked off", "went ahead", "was
    played", or an ending verb with a drawn result ("ended goalless", "finished level")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    kids = {c.lower_: c.dep_ for c in children_of(verb)}
    if any(dep == "dobj" and w not in DRAWN_RESULTS for w, dep in kids.items()):
        return False  # "kicked off the campaign", "played a role" (the parse may make "goalless" one)
    if lemma == "kick" and kids.get("off") == "prt":
        return True
    if lemma == "go" and kids.get("ahead") in ("advmod", "prt"):
        return True
    if lemma == "play" and verb.tag_ == "VBN" and "nsubjpass" in kids.values():
        return True
    if lemma == "play" and verb.tag_ == "VBN" and verb.dep_ == "acl" and _dated(verb):
        return True  # "The derby, played on 19 November, ..." (not "the role played by him")
    return lemma in END_VERBS and any(w in DRAWN_RESULTS for w in kids)


# what only a contest ends in, whoever won: "ended in a goalless draw", "finished in a home win"
# (not "victory" or "defeat", which a war or a campaign ends in too)
CONTEST_RESULTS = frozenset({"draw", "tie", "win"})


def decided_contest(verb: Token) -> bool:
    """An ending verb that gives a contest's result ("ended in a 1-1 draw", "finished in a
    narrow win", "ended 2-1", "finished level"): a match is decided the day it is played, so
    this is no end of a long run."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in END_VERBS:
        return False
    return (
        _contest_predicate(verb)
        or _scored(verb)
        or any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "with")
            and any(
                g.dep_ == "pobj" and lexicon.noun_lemma(g.lemma_) in CONTEST_RESULTS for g in children_of(c)
            )
            for c in children_of(verb)
        )
    )


def _split_off_next(tok: Token) -> bool:
    """The word after is an adjective the parse linked to this one: the first noun of a compound
    the parse split ("When the cup [final] was played")."""
    nxt = doc_tokens(tok.doc)[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "ADJ" and tok.i in (nxt.head.i, *(c.i for c in children_of(nxt)))


def _of_named_series(tok: Token) -> bool:
    """A noun a name before it classifies: "the World Cup qualifier", "the Ashes decider"."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in children_of(tok))


def _lasting_or_undergone(tok: Token) -> str | None:
    """The lemma of a noun the text uses as a happening though WordNet files it first as
    something else, when one of its usual senses is an event: the subject of "last" with a
    length of time or up to a time ("the blackout lasted 12 hours", "the outage lasted for a
    day", "the vigil lasted well into the night"), or what someone survived or witnessed
    ("fishermen who survived the cyclone")."""
    if tok.dep_ not in ("nsubj", "dobj") or tok.pos_ != "NOUN" or tok.ent_type_ or not tok.is_alpha:
        return None
    if _is_plural(tok):
        return None
    head = tok.head
    verb = head.lemma_.lower()
    if tok.dep_ == "nsubj" and verb == "last":
        lengths = [c for c in children_of(head) if c.dep_ in ("dobj", "npadvmod")] + [
            g
            for c in children_of(head)
            if c.dep_ == "prep" and c.lower_ in ("for", "into", "until", "till", "through", "past")
            for g in children_of(c)
        ]
        if not any(lexicon.is_period_noun(t.lemma_) or lexicon.is_time_noun(t.lemma_) for t in lengths):
            return None
    elif not (tok.dep_ == "dobj" and head.pos_ == "VERB" and verb in UNDERGO_VERBS):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS or not lexicon.has_usual_event_sense(lemma):
        return None
    return lemma


def _hosted(tok: Token) -> bool:
    """A noun the syntax shows is held or staged somewhere: the subject of a passive "held /
    staged / hosted" ("the expo was staged in Doha"; "held" only with a place or date phrase:
    not "the record is held by"), or the object of an active "stage / host" ("Doha hosted the
    expo")."""
    head = tok.head
    # "the tribunal, which was held in Leeds": the relative clause says of its antecedent what
    # a passive would ("the tribunal was held in Leeds")
    if any(
        c.dep_ == "relcl"
        and any(g.dep_ == "nsubjpass" and g.tag_ in ("WDT", "WP") for g in children_of(c))
        and _passive_staged(c)
        for c in children_of(tok)
    ):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.i < tok.i
        and _passive_staged(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        for c in children_of(head)
    ):
        return True  # "Held in Leeds, the expo drew ...": a participle fronted says the same
    verb = _holding_verb(head)
    if verb is None:
        return False
    if tok.dep_ == "dobj":
        return verb in ("stage", "host")
    if verb == "sit" and tok.dep_ == "nsubj":  # "the tribunal sat in Leeds": a body in session
        return lexicon.is_gathering_group(lexicon.noun_lemma(tok.lemma_)) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") for c in children_of(head)
        )
    return tok.dep_ == "nsubjpass" and _passive_staged(head)


def _holding_verb(verb: Token) -> str | None:
    """`_hosting_verb`, with "conduct" read as "hold" (a gathering is conducted as it is held)."""
    return "hold" if verb.pos_ == "VERB" and verb.lemma_.lower() == "conduct" else _hosting_verb(verb)


def _passive_staged(verb: Token) -> bool:
    """A passive "held / staged / hosted" ("held" only with a place or date phrase: not "the
    record is held by"; nor "conducted", held as a gathering is: "the convocation was
    conducted in October", not "heat is conducted by")."""
    hosting = _holding_verb(verb)
    if hosting not in ("hold", "stage", "host"):
        return False
    placed = ("in", "at", "on", "near", "outside", "inside")
    return hosting != "hold" or any(c.dep_ == "prep" and c.lower_ in placed for c in children_of(verb))


def _light(verb: Token) -> bool:
    """A verb that carries an event noun as its object (by its lemma, or by a base form of its
    text when the tagger's lemma is another verb's: "staged" as "stag")."""
    lemma = verb.lemma_.lower()
    if lemma in LIGHT_VERBS or lemma in START_VERBS:
        return True
    return verb.pos_ == "VERB" and bool((LIGHT_VERBS | START_VERBS) & lexicon.verb_lemmas(verb.text))


def _told_key(verb: Token) -> str | None:
    """The key of a one-off change a verb tells of a definite thing, dated in its clause ("the
    bridge collapsed on 2 December", "the levee gave way on 19 May"): "bridge collapse"; else
    None. Two such clauses of one thing tell one event, though no noun names it."""
    lemma = verb.lemma_.lower()
    # ("the resignation was announced on 3 May" ... "was announced in July": made known once;
    # "the cluster was detected in May" ... "was detected in July": noticed once)
    passive = verb.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))
    made_known = passive and (lexicon.is_making_known(lemma) or _noticed_here(verb))
    if verb.tag_ not in ("VBD", "VBN") or (speaks(verb) and not made_known) or _occurs(verb):
        return None  # ("the launch went ahead on 3 May": the date is the launch's)
    for c in children_of(verb):
        if c.dep_ in ("prt", "advmod", "dobj") and c.is_alpha and lexicon.is_phrasal_verb(lemma, c.lower_):
            lemma = f"{lemma} {c.lower_}"  # "gave way", "ran aground"
            break
    else:
        if (lemma in NOT_EVENT_VERBS and not made_known) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(verb)
        ):
            return None  # what a verb does to something else is told of that thing
    subj = _subject(verb)
    if subj is not None and subj.lower_ == "it":
        subj = _it_thing(verb)  # "freed the ship six days after it ran aground on 30 March"
    elif subj is not None and subj.ent_type_:
        return None
    elif subj is not None and subj.tag_ == "WDT":
        subj = _relative_antecedent(verb)  # "the cluster, which was identified in May"
    made = subj is not None and lexicon.is_made_thing(subj.lemma_)  # ("trawler": first a fisherman)
    if (
        subj is None
        or subj.pos_ != "NOUN"
        or _is_plural(subj)
        or not _definite(subj)
        or (lexicon.noun_kind(subj.lemma_) == "noun.person" and not made)
        # (a thing that "went down" sank; a price that did fell)
        or not (made_known or lexicon.is_one_off_change(lemma, thing=made))
    ):
        return None
    # (or the focus of a cleft: "It was in May that the cluster was identified")
    cleft = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ == "be" and it_subject(verb.head) else None
    dated = any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "in", "at")
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(c))
        for c in (*children_of(verb), *(children_of(cleft) if cleft is not None else ()))
    )
    # or placed: "the trawler went down off Cork" ... "when the trawler went down off Galway"
    placed = any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at", "near", "off", "outside")
        and any(g.dep_ == "pobj" and _named_place(g, g.doc) is not None for g in children_of(c))
        for c in children_of(verb)
    )
    return f"{lexicon.noun_lemma(subj.lemma_)} {lemma}" if dated or placed else None


# kinds of thing noticed again and again, each time somewhere else: a disease, a microbe, a
# plant, a substance ("the variant was detected in May ... in sewage in July")
_NOTICED_MANY_TIMES = frozenset({"noun.state", "noun.animal", "noun.plant", "noun.substance"})


def _noticed_here(verb: Token) -> bool:
    """A passive verb of noticing told of one thing, with no named place on it: "the cluster
    was detected in May", "the leak was first spotted on 3 May" (not "the variant was
    detected in Peru": noticed anew in each place)."""
    if not lexicon.is_noticing(verb.lemma_.lower()):
        return False
    subj = _subject(verb)
    if subj is not None and subj.tag_ == "WDT":
        subj = _relative_antecedent(verb)
    if subj is None or lexicon.noun_kind(lexicon.noun_lemma(subj.lemma_)) in _NOTICED_MANY_TIMES:
        return False
    return not any(
        c.dep_ == "prep"
        and any(g.dep_ == "pobj" and _named_place(g, g.doc) is not None for g in children_of(c))
        for c in children_of(verb)
    )


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's "which" stands for, the clause on it or said on it ("the
    cluster, which was identified in May", "which officials said was identified in May")."""
    clause = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and speaks(verb.head) else verb
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ != "NOUN":
        return None
    # (a noun only as its kind names it: not "the 2017 downgrade, which was announced in July", another)
    return noun if all(c.dep_ in ("det", "compound", "relcl", "punct") for c in children_of(noun)) else None


def _verb_particle(verb: Token) -> str:
    """The particle of a phrasal verb WordNet has as one verb: "off" of "laid off", "out" of
    "broke out of a jail" (the parse may make it a preposition); else ""."""
    for c in children_of(verb):
        if (
            c.dep_ in ("prt", "advmod", "prep")
            and c.i == verb.i + 1
            and c.is_alpha
            and (c.dep_ == "prt" or lexicon.is_phrasal_verb(verb.lemma_, c.lower_))
        ):
            return c.lower_
    return ""


# kinds of noun "it" never stands for as a happening: who, where and when
IT_NOT_EVENT_KINDS = frozenset({"noun.person", "noun.time", "noun.location"})


def _it_noun(it: Token) -> Token | None:
    """The noun "it" stands for inside the sentence that names it: the nearest definite singular
    noun before it that is a subject or object ("Footage shows the siege as it began in Suzhou",
    "reports of the vigil came from Perm, where organisers said it was held"), passing over
    indefinite nouns and names; None when the nearest is a person, place or time ("the man ...
    when it began"), or a body that never sits as a gathering ("the ministry")."""
    tokens = doc_tokens(it.doc)
    for i in range(it.i - 1, it.sent.start - 1, -1):
        t = tokens[i]
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue
        if t.ent_type_ in NAME_LABELS or _is_plural(t) or not _definite(t):
            continue
        lemma = lexicon.noun_lemma(t.lemma_)
        kind = lexicon.noun_kind(lemma)
        if kind in IT_NOT_EVENT_KINDS:
            return None
        if kind == "noun.group" and not lexicon.is_gathering_group(lemma):
            continue  # ("took the ministry by surprise when it opened": not the ministry)
        return t
    return None


def _eventive_it(tok: Token) -> str | None:
    """The lemma of the noun "it" stands for when "it" is the subject of an occurrence or
    staging predicate: "the vigil ... where organisers said it was held", "the tribunal ...
    when it sat in Leeds", "the hostage crisis as it began in Suzhou" say of the noun what
    "the vigil was held" would (the noun must have an event sense, or be a gathering that sits
    or is held; "took place" and "happened" need only a thing)."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    occurs = tok.dep_ == "nsubj" and _occurs(verb)
    # (a passive "held" needs no place phrase here: the noun must have an event sense anyway)
    staged = tok.dep_ == "nsubjpass" and _hosting_verb(verb) in ("hold", "stage", "host")
    sat = (
        tok.dep_ == "nsubj"
        and _hosting_verb(verb) == "sit"
        and any(c.dep_ == "prep" and c.lower_ in SCENE_PREPS for c in children_of(verb))
    )
    if not (occurs or staged or sat) or (noun := _it_noun(tok)) is None:
        return None
    lemma = lexicon.noun_lemma(noun.lemma_)
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS or not noun.is_alpha:
        return None
    if lexicon.is_gathering_group(lemma):
        return lemma if staged or sat else None
    if sat or lexicon.noun_kind(lemma) == "noun.group":
        return None
    return lemma if lexicon.has_event_sense(lemma) else None


# kinds of a noun's usual sense that a dated predicate does not make a happening, whatever act
# sense follows: people, places, times, bodies, things, messages, thoughts, states, measures
# ("the firm was founded in 1990", "the river rose in May", "the plan was approved in June")
DATED_SUBJECT_NOT_KINDS = frozenset(
    {
        "noun.person",
        "noun.location",
        "noun.time",
        "noun.group",
        "noun.artifact",
        "noun.object",
        "noun.communication",
        "noun.cognition",
        "noun.state",
        "noun.attribute",
        "noun.possession",
        "noun.body",
        "noun.substance",
        "noun.food",
        "noun.plant",
        "noun.animal",
    }
)
# what the verb of a dated predicate may not first mean: telling, knowing or finding out ("the
# increase was announced in December", "the flaw was discovered in May" date no happening)
_TELLING_KINDS = frozenset({"verb.communication", "verb.cognition", "verb.perception"})
# verbs too light or too far from the happening to date their subject as one ("the plan made
# headlines on 3 May", "the increase was reported in May"); not those of occurring or staging
_NOT_DATING_VERBS = NOT_EVENT_VERBS - OCCUR_VERBS.keys() - {"get", "come", "hold", "conduct", "continue"}
# prepositions that date what a verb tells of ("was levied in 2018", "went live on 8 August")
_DATING_PREPS = frozenset({"on", "in", "at", "during"})
# how English makes a noun of a verb, for words WordNet lacks ("misconfiguration", "rollout",
# "shutdown", "takeover")
_NOMINALISED = re.compile(r"(?:[st]ion|ment|ance|ence|ure|out|down|off|over)$")


def _dated_subject(tok: Token) -> str | None:
    """The lemma of a definite noun that is the subject of a past verb with a date of its own
    ("the payment outage disrupted checkouts in early June", "the rollout got under way on 4
    February", "the shareholder meeting, staged on 29 June", "the outage, which struck on 3
    May"), when one of its usual senses is an act or event and its usual sense is no person,
    place, time, thing or message, it is first a gathering, or it is a word WordNet lacks made
    of a verb: the text dates it as a happening."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or not tok.is_alpha or not tok.is_lower or _is_plural(tok):
        return None
    if tok.dep_ in ("nsubj", "nsubjpass"):
        verbs = [tok.head]
    else:
        verbs = [
            c
            for c in children_of(tok)
            if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and _relative_subject(c))
        ]
    dated = any(_dated_past(v) for v in verbs)
    on_a_date = tok.dep_ == "nsubj" and _came_on_a_date(tok.head)
    if not (dated or on_a_date) or not _definite(tok):
        return None
    lemma = lexicon.noun_lemma(tok.lemma_)
    if lemma in GENERIC or lemma in lexicon.NOT_EVENTS:
        return None
    if on_a_date and lexicon.has_usual_event_sense(lemma):
        # "The parade was on 3 July", "the blackout came on 12 May": said to be on a date, a
        # noun one of whose usual senses is a happening is one, whatever its first sense is (a
        # procession, a time of darkness; not "the deadline was on Monday", never one)
        return lemma
    if not dated:
        return None
    kind = lexicon.noun_kind(lemma)
    if kind is None:
        return lemma if len(lemma) > 5 and _NOMINALISED.search(lemma) else None
    if lexicon.is_gathering_group(lemma):
        return lemma
    return lemma if kind not in DATED_SUBJECT_NOT_KINDS and lexicon.has_usual_event_sense(lemma) else None


def _came_on_a_date(verb: Token) -> bool:
    """ "was on 3 July", "came last Tuesday": a past "be" or "come" whose one complement is a
    date."""
    if verb.lemma_ not in ("be", "come") or verb.tag_ != "VBD":
        return False
    kids = [
        c
        for c in children_of(verb)
        if c.dep_ not in ("nsubj", "punct", "advmod", "ccomp", "parataxis", "advcl")
    ]
    return len(kids) == 1 and _dates_its_head(kids[0])


def _dates_its_head(c: Token) -> bool:
    """A phrase that is a date of the word it hangs on: "in 2018", "last Tuesday"."""
    return (
        c.dep_ == "prep"
        and c.lower_ in _DATING_PREPS
        and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(c))
    ) or (c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE")


def _dated_past(verb: Token) -> bool:
    """A past verb, not one of telling or finding out, with a date of its own: "was levied in
    2018", "kicked in last Tuesday"."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _NOT_DATING_VERBS:
        return False
    kinds = lexicon.verb_kinds(lemma)
    first = lexicon.verb_kind(lemma)
    if first in ("verb.cognition", "verb.perception") or (kinds and kinds <= _TELLING_KINDS):
        return False
    return any(_dates_its_head(c) for c in children_of(verb))
