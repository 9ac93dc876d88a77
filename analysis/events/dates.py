"""Date attachment: which mention a date of the timeline dates through the parse, and its
role (at, start, end); never through since / after / before / until."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import Any

from spacy.tokens import Doc, Span, Token

from analysis import lexicon
from analysis.dates import COUNT_WORDS, DateValue
from analysis.events.instances import (
    BEFORE_AFTER,
    CONDITIONAL,
    IRREALIS_AUX,
    IRREALIS_WORDS,
    NOT_ON,
    SITE_PREPS,
    _dated_participle,
    _host_noun,
    _inverted_condition,
    _not_until,
)
from analysis.events.mentions import (
    _MONTH_WORD,
    END_VERBS,
    LIGHT_VERBS,
    SCENE_PREPS,
    START_VERBS,
    TIME_ADJUNCT_PREPS,
    _contest_predicate,
    _date_name,
    _inverted_compound,
    _light,
    _passive_staged,
    _strictly_occurs,
    event_lemma,
)
from analysis.events.syntax import (
    DASHES,
    LOCATING_VERBS,
    _definite,
    _is_plural,
    _occurs,
    _opens_sentence,
    _raises,
    _staging,
    _subject,
    _tokens_where,
    _took_lives,
    as_aside_predicate,
    children_of,
    denies_attribute,
    doc_tokens,
    drew_people,
    free_relative_predicate,
    hyphen_head,
    is_it,
    it_subject,
    misread_cause_subject,
    misread_hyphen_subject,
    of_participle_owner,
    parted_subject,
    predicated_occurrence,
    pseudo_cleft_clause,
    reported_relative,
    speaks,
    than_expected,
    to_infinitive,
    told_in_past,
)
from analysis.text import text_of

# prepositions whose object is what an act is about, not the act: "warned of the storm"
TOPIC_PREPS = frozenset({"of", "about", "over", "against"})
# and what a verb that reacts to an event is about: "commented on the hearing"
REACTION_PREPS = TOPIC_PREPS | {"on", "into", "regarding", "concerning"}
# prepositions that join a report to what it tells of: "the report on a raid", "an inquiry into"
REPORT_PREPS = frozenset({"on", "into", "about", "of", "over", "from"})
# adverbs that place an act in a sequence: its date is its own ("first commented on ...")
ORDER_ADVERBS = frozenset({"first", "later", "again", "initially", "subsequently", "previously", "earlier"})
# days that recur after an event: "the anniversary of the blast on 12 May" is not the
# blast's date ("the date / day of the blast was 12 May" is)
RELATIVE_TIMES = frozenset({"anniversary", "centenary", "centennial", "bicentenary", "jubilee"})


def date_root(span: Span) -> Token:
    """The word a date hangs by: spaCy's root of its span, unless the parse split the date and
    hung its parts on different words ("the theft on May 4, 2017 will be remembered", with
    ", 2017" an apposition of a noun before): then the first part's, the words the date follows."""
    outside = [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]
    return outside[0] if len(outside) > 1 else span.root


def _heading_date(span: Span) -> bool:
    """A date that heads an entry of a timeline ("March 2000: Deemed unfit for trial"): the
    words before it belong to the entry before, and the date to what follows the colon. Not
    the object of a preposition before it: "The landslide in early July: what we know" is a
    headline that dates its event."""
    doc = span.doc
    tokens = doc_tokens(doc)
    if span.end >= len(doc) or tokens[span.end].text != ":":
        return False
    before = tokens[span.start - 1] if span.start > 0 else None
    return before is None or before.pos_ != "ADP" or date_root(span).head.i != before.i


def _landing(root: Token) -> tuple[Token | None, str | None]:
    """Climb from a date to the word it dates; returns (word, preposition crossed)."""
    prep = None
    cur = root
    for _ in range(5):
        if cur.head.i == cur.i:
            return None, prep
        if prep == "of" and lexicon.is_time_noun(cur.lemma_):
            prep = None  # "by the morning of 15 January": the part of the day takes the phrase's preposition
        if cur.dep_ in ("prep", "pcomp") or cur.pos_ == "ADP":
            prep = prep or cur.lower_
        if cur.dep_ == "pobj" and cur.head.pos_ in ("ADP", "SCONJ"):
            prep = prep or cur.head.lower_
        head = cur.head
        if head.pos_ == "VERB" and (compared := than_expected(head)) is not None:
            return compared, prep  # "came later than planned on 3 May": hung on "planned"
        if head.pos_ == "VERB" and _bare_gerund(head):
            return head.head.head, prep  # "began without warning on 3 May": the parse hung it on "warning"
        if _bare_noun_without(head):
            return head.head.head, prep  # "adjourned without explanation on 5 September"
        if head.pos_ == "VERB" and _as_aside(head, root):
            return head.head, prep  # "drew crowds, as officials said, in May": hung on "said"
        if head.pos_ == "VERB" and (resumed := resumed_clause(head, cur)) is not None:
            return resumed, prep  # "The spill happened, the utility said, in June": hung on "said"
        if _bare_date_on_site(cur, head, prep):
            cur = head  # "began a sit-in at the building yesterday": the clause's time, not the building's
            continue
        # (not a date that names the noun's event: "despite the ban of 3 May")
        if head.pos_ in ("VERB", "AUX") or (
            event_lemma(head) and (prep == "of" or not _concurrent(head)) and not _site_of_act(head)
        ):
            return head, prep
        # ("on Saturday morning": the day names the part of it the phrase is about)
        part_of_day = cur.dep_ == "compound" and cur.i == head.i - 1 and lexicon.is_time_noun(head.lemma_)
        if (
            head.pos_ in ("NOUN", "PROPN")
            and cur.dep_ not in ("pobj", "prep", "appos", "nummod", "npadvmod")
            and not part_of_day
        ):
            return None, prep
        cur = head
    return None, prep


def _site_of_act(noun: Token) -> bool:
    """A noun first of all a site, where a verb's act was done or what it was taken from
    ("stole gems from a shop in Antwerp on Wednesday", the parse hanging the date on "shop"):
    the date is the act's."""
    return noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and lexicon.is_first_a_site(noun.lemma_)


def _bare_date_on_site(date: Token, head: Token, prep: str | None) -> bool:
    """A date with no preposition ("yesterday", "last week") the parse hung on the object of a
    preposition that is first of all a site ("at the administration building yesterday"): a
    site has no time of its own, the date is the clause's (not "during the book launch last
    Monday": WordNet files "launch" first as a boat)."""
    return (
        prep is None
        and date.dep_ == "npadvmod"
        and head.dep_ == "pobj"
        and head.pos_ == "NOUN"
        and lexicon.is_first_a_site(head.lemma_)
    )


def _concurrent(noun: Token) -> bool:
    """An event in a phrase of what went on at the same time as the verb's ("went ahead despite
    a protest on 3 May", "was staged amid strikes in June"): its date is the verb's too."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("despite", "amid", "amidst") and prep.head.pos_ == "VERB"


def _as_aside(verb: Token, date: Token) -> bool:
    """An aside of saying or hearing set off by commas ("..., as officials said, ...") with the
    date after its closing comma: the date is the clause's the aside interrupts."""
    return (
        verb.dep_ == "advcl"
        and verb.i < date.i
        and (speaks(verb) or lexicon.verb_kind(verb.lemma_) == "verb.perception")
        and any(_after_comma(c) and c.lower_ == "as" and c.dep_ == "mark" for c in verb.lefts)
        and any(c.text == "," and verb.i < c.i < date.i for c in children_of(verb))
    )


def resumed_clause(verb: Token, phrase: Token) -> Token | None:
    """The clause a phrase resumes after an attribution set off by commas ("The spill happened,
    the utility said, in June"): the parse makes the clause the object of saying and hangs the
    phrase on "said"; with no comma after "said" the phrase is the saying's ("..., the minister
    said in Brussels")."""
    if phrase.dep_ != "prep" or phrase.i < verb.i or not _after_comma(phrase) or not speaks(verb):
        return None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return verb.head  # (or makes the saying an aside on the clause: "The vigil went ahead, ...")
    doc = verb.doc
    return next(
        (
            c
            for c in children_of(verb)
            if c.dep_ == "ccomp" and c.i < verb.i and doc_tokens(doc)[c.right_edge.i + 1].text == ","
        ),
        None,
    )


def _after_comma(t: Token) -> bool:
    """A comma right before the word."""
    return t.i > 0 and doc_tokens(t.doc)[t.i - 1].text == ","


def _of_date(root: Token, target: int) -> bool:
    """A date as the "of" object of the mention: "the coup of 22 July", "the blizzard of 1978"."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == target


def _of_year(span: Span, target: int) -> bool:
    """A year alone as the "of" object of the mention names its occurrence, as a year before it
    does: "the blizzard of 1978" (as "the 1978 blizzard"); a day ("the referendum of 12 May
    2016") is the date of the one the article tells of."""
    return _of_date(date_root(span), target) and not any(_MONTH_WORD.match(t.text) for t in span)


def _cleft_clause_subject(be: Token, mentions: set[int]) -> tuple[int, str] | None:
    """ "It was on 20 May that the cup final took place, organisers told reporters": the clause
    after the cleft's "that" tells of the event its subject names, where the parse made that
    clause part of the attribution after it; the first verb after "that" with a mention as its
    subject."""
    tokens = doc_tokens(be.doc)
    sent_end = be.sent.end
    that = next(
        (t for t in tokens[be.i + 1 : sent_end] if t.lower_ == "that" and t.dep_ == "mark"),
        None,
    )
    if that is None:
        return None
    # (only a telling set off by commas may come between: "It was in May, the union reminded
    # reporters, that the strike began")
    verbs = [t for t in tokens[be.i + 1 : that.i] if t.pos_ in ("VERB", "AUX")]
    if verbs and (
        tokens[that.i - 1].text != ","
        or any("verb.communication" not in lexicon.verb_kinds(t.lemma_) for t in verbs)
    ):
        return None
    verb = next((t for t in tokens[that.i + 1 : sent_end] if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i not in mentions or subject.i < that.i:
        return None
    return subject.i, subject_role(verb, _role(verb))


def _doer_told(verb: Token, mentions: dict[int, str]) -> bool:
    """A verb whose subject or object is an event mention, or the relative clause of one ("the
    blast, which ripped through ...", "began their sit-in outside the office"): a date on it
    has an event to go to (not "claims arising from the leak in 2015": the leak's own)."""
    if verb.pos_ != "VERB":
        return False
    for c in children_of(verb):
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            told = verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
            if told.i in mentions:
                return True
    return False


def _bare_noun_without(noun: Token) -> bool:
    """A bare noun after "without" on a verb ("adjourned without explanation", "ended without
    agreement"): what did not happen has no date; one the parse hangs on it is the verb's."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ == "without"
        and prep.head.pos_ == "VERB"
        and not any(c.dep_ in ("det", "poss") for c in children_of(noun))
    )


def _bare_gerund(verb: Token) -> bool:
    """A gerund alone in a manner phrase ("without warning"), not an act of its own ("after
    hearing the news"): a date the parse hangs on it belongs to the verb the phrase is on."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.lower_ not in NOT_ON
        and prep.head.pos_ == "VERB"
        and not any(
            c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp", "attr") and not _time_compound(verb, c)
            for c in children_of(verb)
        )
    )


def _time_compound(verb: Token, obj: Token) -> bool:
    """A gerund the parse gave the time noun after it as its object: "during opening hours",
    "in working time" are one noun."""
    return obj.dep_ == "dobj" and obj.i == verb.i + 1 and lexicon.is_time_noun(obj.lemma_)


def _linear(doc: Doc, span: Span, mentions: set[int]) -> Token | None:
    """Fallback when the parse fails: "<event word> [to X] in/on <date>" on one line."""
    tokens = doc_tokens(doc)
    i = span.start - 1
    if i < 0 or tokens[i].lower_ not in ("in", "on", "during"):
        return None
    for j in range(i - 1, max(i - 8, -1), -1):
        tok = tokens[j]
        if j in mentions:
            return tok
        if tok.pos_ in ("VERB", "AUX", "PUNCT", "SPACE") or "\n" in tok.text:
            return None
    return None


# adverbs that say which part of a day or month a date phrase means: "early on 21 August"
PART_OF_TIME = frozenset({"early", "late"})


def _adjacent(doc: Doc, span: Span, mentions: dict[int, str]) -> int | None:
    """A mention right before the date: "<event noun> in/on/at <date>"."""
    tokens = doc_tokens(doc)
    i = span.start - 1
    if i >= 0 and i in mentions and tokens[i].pos_ != "VERB":
        if _bare_date_on_site(date_root(span), tokens[i], None):
            return None  # ("began a sit-in at the building yesterday": the clause's date)
        return i  # "the strike yesterday", "the marathon last Tuesday"
    if i >= 1 and tokens[i].text == "(" and i - 1 in mentions:
        return i - 1  # "the walkout (March 2019)": a date in brackets after the noun is its own
    if i < 1 or tokens[i].lower_ not in ("in", "on", "at", "during", "of"):
        return None  # ("the typhoon of 5 September", which the parse may hang elsewhere)
    if i >= 2 and tokens[i - 1].lower_ in PART_OF_TIME and tokens[i].lower_ in ("in", "on"):
        i -= 1  # "since the collision early on 21 August": when in the day
    if i >= 2 and tokens[i - 1].text == "(":
        # "The capsizing (in January 2017, according to the coastguard) has ...", "the loss of
        # signal (in July 2020)": the noun's, or the event's whose complement it is
        owner = _complement_owner(tokens[i - 2], mentions)
        return owner if owner is not None else i - 2 if i - 2 in mentions else None
    # ("the hit-and-run in March": the hyphened word's head, whatever the tagger made of it)
    site = hyphen_head(tokens[i - 1])
    if site.i in mentions and (site.pos_ != "VERB" or site.i != i - 1):
        if (_site_of_act(site) and _doer_told(tokens[i].head, mentions)) or _bare_noun_without(site):
            # ("which ripped through the building in 2018", the parse hanging it on the verb
            # whose doer is an event; what did not happen has no date: "adjourned without
            # explanation on 5 September")
            return None
        return site.i
    if (owner := _complement_owner(tokens[i - 1], mentions)) is not None and not (
        tokens[owner].dep_ in ("dobj", "nsubjpass") and tokens[owner].head.i == tokens[i].head.i
    ):
        # "claims arising from the blockade of the oil terminal on 2 June" (not "handed down the
        # verdict against the mayor on 2 May": the date of what the verb did to it)
        return owner
    return _time_named_by(tokens[i - 1], mentions)  # "the time-trial stage on 9 June"


def _complement_owner(noun: Token, mentions: dict[int, str]) -> int | None:
    """The mention whose complement ends right before a date: "the blockade of [the oil
    terminal] on 2 June" (the event noun, then its preposition, then a noun that is no event)."""
    prep = noun.head
    owner = prep.head
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ != "pobj"
        or prep.i != owner.i + 1
        or owner.i not in mentions
        or owner.pos_ == "VERB"
        # (nor a verb the tagger made a noun, heading a clause: "The sit-in spread to a second
        # building on 25 January")
        or owner.dep_ in ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "parataxis")
        or lexicon.is_time_noun(noun.lemma_)
        or any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in (noun, *children_of(noun)))
        or lexicon.is_first_a_site(owner.lemma_)
        or (owner.dep_ == "pobj" and owner.head.lower_ in TIME_ADJUNCT_PREPS)
    ):
        # (not a place, nor a site: "a heist at a gallery in Dresden on 6 August", "a village
        # in Nepal's Gorkha district in mid-July", "stole watches from a shop in the old town on
        # 4 August", nor what another time adjunct names: "crashed after take-off from the
        # airport on 24 July": the clause's date)
        return None
    return owner.i


def _counted_stretch(verb: Token) -> bool:
    """A verb whose object counts a stretch of the event ("entered its sixth day", "went into
    a second week"): its date is a day inside the event, not the event's."""
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    objects += [o for c in children_of(verb) if c.lower_ == "into" for o in children_of(c)]
    return any(
        lexicon.is_stretch_of_time(o.lemma_) and any(m.dep_ == "amod" and m.like_num for m in children_of(o))
        for o in objects
    )


# prepositions of what an event is about: "a vote on the bill", "a strike over pay"
_ABOUT = frozenset({"on", "over", "about"})


def _topic_of(word: Token, mentions: set[int]) -> int | None:
    """The event noun a date hung on what that event is about dates: "the vote on the budget
    on Tuesday" (the parse hangs "on Tuesday" on "budget"); None otherwise."""
    prep = word.head
    if word.pos_ != "NOUN" or word.dep_ != "pobj" or prep.lower_ not in _ABOUT:
        return None
    owner = prep.head
    return owner.i if owner.pos_ == "NOUN" and owner.i in mentions and owner.i != word.i else None


# verbs that bring crews to an event as it happens: the day they were called is its day
SUMMONING_VERBS = frozenset({"call", "alert", "summon"})


def _summoned_to(word: Token, mentions: set[int]) -> int | None:
    """The event a passive verb of summoning sends its subject "to" ("Crews were alerted on 12 May
    to a chip pan fire", "Police were called on 3 July to the riot"), else None."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in SUMMONING_VERBS:
        return None
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(word)):
        return None
    return next(
        (
            g.i
            for c in children_of(word)
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in children_of(c)
            if g.dep_ == "pobj" and g.i in mentions
        ),
        None,
    )


def _pseudo_cleft_focus(word: Token, mentions: set[int]) -> int | None:
    """The mention a pseudo-cleft names when the date is in its free relative: "What happened
    on 18 May was a walkout", "What nobody saw coming on 18 May was an auction" (a verb of
    happening, perceiving or foreseeing, the thing done the copula's complement)."""
    verb = word.head if word.dep_ == "xcomp" else word  # ("saw [coming] on 18 May")
    lemma = verb.lemma_.lower()
    if not (
        _occurs(verb) or lexicon.verb_kind(lemma) == "verb.perception" or lexicon.is_expecting_verb(lemma)
    ):
        return None
    if verb.dep_ == "csubj":
        foci = children_of(verb.head)
    else:  # ("What happened on 18 May - a walkout ...": the focus hung on the date or the verb)
        foci = [
            f for p in children_of(verb) if p.dep_ == "prep" for g in children_of(p) for f in children_of(g)
        ]
        foci += children_of(verb)
    return next((c.i for c in foci if c.i in mentions and pseudo_cleft_clause(c) == verb), None)


def _target(word: Token, mentions: set[int]) -> tuple[int | None, str]:
    """The mention a date on `word` dates, and its role (at / start / end)."""
    lemma = word.lemma_.lower()
    role = _role(word)
    if _counted_stretch(word):
        return None, "at"  # "The occupation entered its sixth day on Saturday": a day inside it
    if word.pos_ == "VERB":
        for c in children_of(word):
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in LIGHT_VERBS:
                for g in children_of(c):
                    if g.dep_ == "dobj" and g.i in mentions:
                        # "On 27 May, Kim welcomed Putin, marking the first visit ..." ("restored
                        # power on Sunday, ending the outage": the participle's own start or end)
                        return g.i, role if _role(c) == "at" else _role(c)
    if (owner := _circumstance_of(word, mentions)) is not None:
        return owner, _role(word.head.head)
    if (scene := _summoned_to(word, mentions)) is not None:
        return scene, "at"  # "Crews were alerted on 12 May to a chip pan fire"
    if (
        word.pos_ == "VERB"
        and (focus := _pseudo_cleft_focus(word, mentions)) is not None
        and _said_of(word, mentions) is None  # (not '"What happened was a disgrace," he said of the derby')
    ):
        return focus, "at"  # "What happened on 18 May was a walkout"
    if (subject := parted_subject(word)) is not None and subject.i in mentions:
        return subject.i, role  # "The landslide -- news of which ... -- struck in March"
    if (named := _time_named_by(word, mentions)) is not None:
        return named, role  # "the time-trial stage on 9 June"
    if (topic := _topic_of(word, mentions)) is not None:
        return topic, role  # "a referendum on nuclear power on 6 October", hung on "power"
    if word.i in mentions:
        # a verb that is the event's own act dates the whole of it: "Opened on 5 September, the
        # bypass ..." is the opening, "the satellite was launched on 18 February" the launch
        if word.pos_ == "VERB":
            return word.i, "at"
        if word.dep_ == "dobj" and lexicon.is_revoking_verb(word.head.lemma_):
            return word.i, "end"  # "lifted the embargo in March 2019", the parse hanging the date on the noun
        if word.dep_ == "dobj" and word.head.pos_ == "VERB" and (part := _role(word.head)) != "at":
            return word.i, part  # "began a strike on 3 May", "completed their merger in March"
        return word.i, role
    if (
        word.pos_ == "NOUN"
        and word.dep_ == "pobj"
        and word.head.head.tag_ == "VBG"
        and _state_left_by(word.head.head) is not None
        and event_lemma(word) is None
    ):
        word = word.head.head  # "kept fans guessing about the winner in June": the state's time
    if word.pos_ not in ("VERB", "AUX"):
        return None, "at"
    if (owner := of_participle_owner(word)) is not None and owner.i in mentions and word.i not in mentions:
        # "the collapse of a bridge carrying commuters on Tuesday": the parse hangs the date on
        # the participle
        return owner.i, role
    if word.dep_ == "acomp" and word.tag_ == "VBN" and word.head.lemma_ == "be" and _subject(word) is None:
        word = word.head  # "which was rubber-stamped in May": a passive the parse made an adjective
    role = _role(word)
    if (relative := reported_relative(word)) is not None and relative.head.i in mentions:
        return relative.head.i, role  # "the hailstorm, which the met office said hit in 2018"
    if (named := _free_relative_event(word, mentions)) is not None:
        return named, role  # "What the owners called a canal blockage began in March"
    if (owner := _relative_past_aside(word, mentions)) is not None:
        return owner, role  # "the heist, which, as the owners pointed out, happened in October"
    if (
        word.dep_ == "relcl"
        and (owner := _mention_with_predicate(word, mentions, predicated_occurrence)) is not None
    ):
        return owner, role  # "The fire is remembered as something that happened in May"
    if (clause_of := _when_clause_of(word, mentions)) is not None:
        return clause_of, "at"
    if (staged := _fronted_staging(word, mentions)) is not None:
        return staged, role
    if word.lemma_ == "be" and it_subject(word):
        # "It was in May that the bridge collapsed": the cleft dates the clause after "that",
        # told by its verb alone (a subject that is a mention is weighed below: "It was in May
        # that the derby was won" dates the derby, not a win)
        for c in children_of(word):
            if (
                c.dep_ == "ccomp"
                and c.i in mentions
                and any(g.lower_ == "that" for g in children_of(c))
                and not any(
                    g.dep_ in ("nsubj", "nsubjpass") and any(t.i in mentions for t in g.subtree)
                    for g in children_of(c)
                )
            ):
                return c.i, _role(c)
        if (cleft := _cleft_clause_subject(word, mentions)) is not None:
            return cleft
    # (or a word with hyphens parsed as the verb's modifier: "The semi-final took place on 3 May")
    subjects = [
        c for c in children_of(word) if c.dep_ in ("nsubj", "nsubjpass", "csubj") or misread_hyphen_subject(c)
    ]
    for c in subjects:
        # (not "Timeline: the shoot-out happened ...", nor a subject whose phrase ends at a colon,
        # the verb's other subject after it: "A brief recap of how this began: the crash
        # happened on 3 May"; the parse may make the colon the phrase's last word)
        edge = c.right_edge.i + (c.right_edge.text != ":")
        heading = len(subjects) > 1 and edge < len(c.doc) and doc_tokens(c.doc)[edge].text == ":"
        if c.i in mentions and not heading and not misread_cause_subject(c):
            if lexicon.is_expecting_verb(word.lemma_):
                # "The storm had been forecast on Monday": the date it was foretold, not its own
                return None, role
            # "The blast came on 12 May", "the ruling was issued in January"
            return _report_topic(c, word, mentions) or c.i, subject_role(word, role)
        if (named := _time_named_by(c, mentions)) is not None and not heading:
            return named, role  # "The time-trial stage was won on 3 May"
        # ("When the cup final was played ...": the parse made "final" an adjective of "cup")
        for g in children_of(c):
            if g.i in mentions and _inverted_compound(g) and not heading:
                return g.i, role
            if g.dep_ == "appos" and g.i in mentions and doc_tokens(c.doc)[g.left_edge.i - 1].text == ":":
                # "Results and fixtures: the photo finish separated ...": a heading before a
                # colon, the sentence's subject after it hung on the heading
                return g.i, role
    if any(c.lower_ == "it" for c in subjects) and (topic := _as_for_topic(word)) in mentions:
        return topic, role  # "As for the derby, it drew a record crowd on 9 June"
    for said_of in (_said_of(word, mentions), _there_in_what_was_said(word, mentions)):
        if said_of is not None:
            return said_of, role
    if (shown := _pictured_event(word, mentions)) is not None:
        return shown, role
    if not subjects and (split := _split_attribution_subject(word, mentions)) is not None:
        return split, role
    if word.dep_ == "relcl" and (dashed := _dashed_relative_of(word, mentions)) is not None:
        return dashed, role
    if word.dep_ in ("relcl", "acl") and not _of_a_report(word):
        if word.head.i in mentions:
            # "the strike, which began on 5 December" (a report's clause of happening: its topic)
            return _report_topic(word.head, word, mentions) or word.head.i, role
        # ("The cup final, which was played on 3 May": "final" an adjective of "cup", the head)
        for g in children_of(word.head):
            if g.i in mentions and _inverted_compound(g):
                return g.i, role
    # ("The account of the raid - which police said happened in May - ...": the clause a relative
    # hung on the phrase reports)
    told_relative = word.dep_ == "ccomp" and word.head.dep_ == "relcl" and _attributes(word.head)
    host = word.head.head if told_relative else word.head
    if (
        (word.dep_ in ("advcl", "relcl") or told_relative)
        and (subj := _subject(word)) is not None
        and subj.lower_ == "which"
        and subj.i >= 2
        and (
            doc_tokens(word.doc)[subj.i - 1].text == ","
            or (told_relative and doc_tokens(word.doc)[subj.i - 1].text in DASHES)
        )
        and subj.i - 2 in mentions
        # (a relative clause the parse hung on the noun itself is weighed above)
        and (word.dep_ == "advcl" or host.i != subj.i - 2)
        # (not "the report on the raid, which was published on 3 May": what a report is; a
        # report does not happen)
        and not (
            host.pos_ == "NOUN"
            and lexicon.noun_kind(host.lemma_) == "noun.communication"
            and not (told_relative and _occurs(word))
        )
    ):
        # "Recalling the sit-in, which began in early July, ...": the parse made the relative
        # clause an adverbial one, or hung it on the phrase around the noun ("Coverage of the
        # final, which was played on 3 May, ..."); "which" is still the noun before its comma
        return subj.i - 2, role
    if (
        (near := _comma_before(word)) is not None
        and near.i in mentions
        and word.dep_ in ("relcl", "acl")
        and lexicon.noun_kind(word.head.lemma_) != "noun.communication"
    ):  # (not "the report on a raid, published on 3 May": a report is what gets published)
        # "Owners affected by the recall, issued on 12 June, ...": the parse hung the participle
        # on the phrase's head; it describes the mention the comma follows
        return near.i, role
    if (reduced := _reduced_relative(word, mentions)) is not None:
        return reduced, role
    if (verb := _state_left_by(word)) is not None:
        # "The shooting left two people wounded in January", "kept fans guessing in June": the
        # state it left them in
        for c in children_of(verb):
            if c.dep_ == "nsubj" and c.i in mentions:
                return c.i, role
        if verb.dep_ in ("relcl", "acl") and verb.head.i in mentions:
            return verb.head.i, role  # "the photo finish, which left the crowd waiting in June"
        if (split := _split_attribution_subject(verb, mentions)) is not None:
            return split, role  # "The opener, the club told reporters, left fans waiting in May"
    if (just_after := _just_after(word, mentions)) is not None:
        return just_after, "at"
    if lemma in ("go", "come", "be") and _when_clause_subject(word, mentions) is None:
        # "Workers went on strike on 10 May", "was on trial in May": the state the verb enters
        # (not "was on duty in early July, when the derailment happened": the clause's event)
        for c in children_of(word):
            if c.dep_ == "prep" and c.lower_ == "on":
                for g in children_of(c):
                    if g.dep_ == "pobj" and g.i in mentions and not _date_name(g) and g.pos_ == "NOUN":
                        return g.i, "start" if lemma == "go" else "at"
    # ("The robbery, detectives later confirmed, took place ...": the parse may also make the
    # event's own verb a conjunct of the saying, or its complement: "which the team said struck")
    reported = word.dep_ in ("ccomp", "xcomp") or (word.dep_ == "conj" and word.i > word.head.i)
    if reported and _attributes(word.head):
        reporter, subj = word.head, _subject(word)
        # "the strike, which the union said began on 5 December": a relative clause that reports it
        if (
            reporter.dep_ == "relcl"
            and reporter.head.i in mentions
            and (subj is None or subj.tag_ in ("WDT", "WP"))
        ):
            return reporter.head.i, role
        # "The lockout, the union said in a statement, began in May": the small model makes the event
        # the subject of "said"; an event does not speak
        for c in children_of(reporter) if subj is None else ():
            if c.dep_ in ("nsubj", "nsubjpass", "dep", "nmod") and c.i in mentions and c.i < reporter.i:
                return c.i, role
    if word.dep_ == "xcomp" and _subject(word) is None and _raises(word.head):
        # "The fire is thought to have started on 3 May", "the blast appears to have come in
        # June": the raising verb's subject is the infinitive's
        for c in children_of(word.head):
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in mentions:
                return c.i, role
    if _subject(word) is None:
        # "The lockout, the union now concede, began in May": the parse makes the attribution a
        # parataxis of the verb and leaves the event hanging from it
        for rep in children_of(word):
            if rep.dep_ == "parataxis" and rep.i < word.i and _attributes(rep):
                for c in children_of(rep):
                    if c.dep_ in ("dep", "nsubj") and c.i in mentions and c.i < rep.i:
                        return c.i, role
                # (or anywhere else, set off right before it: "Key facts: the parade, organisers
                # said, wound through the centre on 18 June", the parade hung on the heading)
                comma = rep.left_edge.i if rep.left_edge.text == "," else rep.left_edge.i - 1
                if comma >= 1 and doc_tokens(word.doc)[comma].text == "," and comma - 1 in mentions:
                    return comma - 1, role
    if (
        lemma == "be"
        and word.dep_ == "relcl"
        and word.head.dep_ == "nsubj"
        and any(c.lower_ == "there" for c in children_of(word))
    ):
        # "Nobody who was there on 9 June will forget the derby": being there is being at it
        for c in children_of(word.head.head):
            if c.dep_ == "dobj" and c.i in mentions:
                return c.i, "at"
    if lemma == "be":
        # "The date of the sit-in was 6 August": a time noun of the event is the event's date
        for c in children_of(word):
            if (
                c.dep_ == "nsubj"
                and lexicon.is_time_noun(c.lemma_)
                and c.lemma_.lower() not in RELATIVE_TIMES
            ):
                for p in children_of(c):
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for g in children_of(p):
                            if g.dep_ == "pobj" and g.i in mentions:
                                return g.i, role
    if lemma == "be" and it_subject(word):
        # "It is that strike, in June, that the union keeps citing": a cleft's focus, dated by
        # the phrase set off after it
        for c in children_of(word):
            # (or the noun of "cup final" the parse made an adjective of "cup")
            focus = [c, *(g for g in children_of(c) if _inverted_compound(g))]
            for f in focus if c.dep_ == "attr" else ():
                if f.i in mentions and any(k.dep_ == "ccomp" and k.i > c.i for k in children_of(word)):
                    return f.i, role
    # (or the noun of "cup final" the parse made an adjective of "cup")
    objects = [
        o
        for c in children_of(word)
        if c.dep_ in ("dobj", "attr", "oprd")
        for o in (c, *(g for g in children_of(c) if _inverted_compound(g)))
    ]
    revoking = lexicon.is_revoking_verb(lemma)  # "lifted the curfew on 3 May": its end
    for c in objects:
        if (
            c.i in mentions
            and (
                _light(word)
                or lemma in _IMPOSING
                or revoking
                or (lexicon.is_contest_verb(lemma) and lexicon.is_contest_noun(c.lemma_))
            )
            and not _commemorates(word)
        ):
            # "began a visit to Japan on 12 March", "held the vote in May", "imposed a curfew
            # on 3 May", "won the cup final on Saturday"; "lifted the curfew on 3 May" ends it
            return c.i, "end" if revoking else role
    if _occurs(word) and word.dep_ == "pcomp" and word.head.lower_ == "as" and _subject(word) is None:
        # "Insurers treat the fire as having occurred on 3 May", "referred to the fire as having
        # taken place in May": the object just before the "as" of the verb it hangs on
        before = word.head.i - 1
        if word.head.head.i in mentions and word.head.head.i == before:
            return word.head.head.i, role  # ("lists the boat capsizing as having ...": "as" on the noun)
        for c in children_of(word.head.head):
            for o in [c] if c.dep_ == "dobj" else [g for g in children_of(c) if g.dep_ == "pobj"]:
                if o.i in mentions and o.right_edge.i == before:
                    return o.i, role
    if (found := _when_clause_subject(word, mentions)) is not None:
        return found.i, _role(found.head)
    return None, role


def _report_topic(subject: Token, verb: Token, mentions: Collection[int]) -> int | None:
    """The event a report is into or on when the parse makes the report the subject of
    happening ("The report into the crash -- which, the board stated, occurred in May -- runs
    to 90 pages"): a message does not happen; what it is about does."""
    if lexicon.noun_kind(subject.lemma_) != "noun.communication" or not _strictly_occurs(verb):
        return None
    return next(
        (
            g.i
            for p in children_of(subject)
            if p.dep_ == "prep" and p.lower_ in ("into", "on", "of", "about")
            for g in children_of(p)
            if g.dep_ == "pobj" and g.i in mentions
        ),
        None,
    )


def subject_role(verb: Token, role: str) -> str:
    """The role of a date on the verb its event is the subject of: a verb of ending or starting
    with an object of its own ends or starts that ("The screening closed the festival in May" is
    when the screening was), not a part of its own ("the talks ended their first round")."""
    if role != "at" and any(
        g.dep_ == "dobj"
        # (a noun phrase: not "ended goalless", an adjective the parse made an object)
        and any(d.dep_ == "det" for d in children_of(g))
        and not any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in children_of(g))
        for g in children_of(verb)
    ):
        return "at"
    return role


def _time_named_by(word: Token, mentions: set[int] | dict[int, str]) -> int | None:
    """The event a noun of a stretch of time is named by ("the time-trial stage", "the
    election day", "the strike weekend"): the compound before it, when that is a mention."""
    if word.pos_ != "NOUN" or word.i in mentions or not lexicon.is_stretch_of_time(word.lemma_):
        return None
    named = [c for c in children_of(word) if c.dep_ == "compound" and c.i in mentions]
    # (not one a year or a word of its own sets apart: "the 2018 time-trial stage", "the
    # previous election day", which the instance rules read on the mention alone)
    if len(named) != 1 or any(c.like_num or c.dep_ in ("amod", "nummod") for c in children_of(word)):
        return None
    return named[0].i


def _as_for_topic(verb: Token) -> int | None:
    """The noun of an "As for ..." phrase fronted on the verb, which the verb's "it" stands for
    ("As for the derby, it drew a record crowd"); not what a message or a thought is about."""
    if speaks(verb) or lexicon.verb_kind(verb.lemma_) in ("verb.communication", "verb.cognition"):
        return None
    for c in children_of(verb):
        if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i:
            for f in children_of(c):
                if f.dep_ == "prep" and f.lower_ == "for":
                    return next((g.i for g in children_of(f) if g.dep_ == "pobj"), None)
    return None


def _state_left_by(word: Token) -> Token | None:
    """The verb a participle tells the state of its object after: "left two people wounded",
    "kept the crowd guessing" (the parse hangs the participle on the object or on the verb)."""
    if word.tag_ not in ("VBN", "VBG"):
        return None
    obj = word.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.ent_type_ == "CARDINAL":
        obj = obj.head.head  # "left hundreds of sailors waiting": the count is the object
    if word.dep_ == "acl" and obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
        return obj.head
    if (
        word.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "dobj" and c.i < word.i for c in children_of(word.head))
        # (an adverbial clause with an object of its own is an act of its own: "forcing its
        # closure in 2012")
        and not (word.dep_ == "advcl" and any(c.dep_ == "dobj" for c in children_of(word)))
    ):
        return word.head
    return None


def _circumstance_of(word: Token, mentions: set[int]) -> int | None:
    """The event whose own verb has, after "in" or "with", the event noun a date was hung on:
    "The opener, the club said, was played in torrential rain on 9 September", "the hearing,
    which ended with a lengthy ban on 3 April" (a circumstance of the act, dated with it; not a
    cause, "sparked by a shooting on 3 May", nor what it followed); or a clause after "with" that
    tells what went on as it did ("ended with the crowd singing the anthem on 5 February")."""
    absolute = word.dep_ == "pcomp" and word.pos_ == "VERB" and word.head.lower_ == "with"
    if not absolute and (
        word.i not in mentions or word.dep_ != "pobj" or word.head.lower_ not in ("in", "with")
    ):
        return None
    verb = word.head.head
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in children_of(verb)):
        return None  # (an object the phrase may be on: "follows the killing of X in an airstrike")
    if (subject := _subject(verb)) is not None and subject.i in mentions and subject.i != word.i:
        return subject.i
    if verb.dep_ in ("relcl", "acl") and verb.head.i in mentions:
        return verb.head.i
    return _split_attribution_subject(verb, mentions) if subject is None else None


def _split_attribution_subject(verb: Token, mentions: set[int]) -> int | None:
    """ "The opener, the club told reporters, was played on 9 September": the parse made the
    interposed attribution the verb, with two subjects, and the clause after it its conjunct;
    the first subject, set off by a comma, is the conjunct's."""
    tokens = doc_tokens(verb.doc)
    if verb.dep_ != "conj" or not speaks(verb.head):
        return None
    saying = verb.head
    if (
        saying.dep_ == "parataxis"
        and saying.head.i in mentions
        and tokens[saying.head.i + 1].text == ","
        and saying.left_edge.i <= saying.head.i + 2
    ):
        # (or the mention made the root, the attribution hung on it: "The opener, the club told
        # reporters, left fans waiting in May")
        return saying.head.i
    # (the first may be left a loose dependent: "\n\nThe opener, the club told reporters, ...")
    said = [
        c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass", "dep") and c.i < verb.head.i
    ]
    if (
        len(said) == 2
        and said[0].i in mentions
        and said[1].dep_ in ("nsubj", "nsubjpass")
        and tokens[said[0].right_edge.i + 1].text == ","
    ):
        return said[0].i
    return None


# verbs that take a picture or a film: when it was taken is when what it shows was
CAMERA_VERBS = frozenset({"film", "shoot", "record", "take", "capture", "photograph", "tape", "snap"})


def _pictured_event(word: Token, mentions: set[int]) -> int | None:
    """ "The footage of the blast was filmed on 20 May", "Photos of the rally were taken in
    June": a picture of the event, taken then (not one shared, posted or aired then)."""
    if word.tag_ != "VBN" or not CAMERA_VERBS & lexicon.verb_lemmas(word.text):
        return None
    return next(
        (
            g.i
            for s in children_of(word)
            if s.dep_ == "nsubjpass" and s.pos_ == "NOUN" and lexicon.is_depiction_noun(s.lemma_)
            for p in children_of(s)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p)
            if g.dep_ == "pobj" and g.i in mentions
        ),
        None,
    )


def _said_of(word: Token, mentions: set[int]) -> int | None:
    """The event a saying is "of" or "about" when a free relative of occurring opens what was
    said, or is its verb's object: '"What happened in mid-May was unacceptable," the director
    said of the premiere', '"We all remember what happened in May," a baker said of the flood'
    (or fronted: 'Of the derby, the coach said: "What took place on 3 May ..."'); or the focus
    of a pseudo-cleft: "What happened in mid-May was the premiere"."""
    if not _occurs(word) or not any(c.dep_ == "nsubj" and c.lower_ == "what" for c in children_of(word)):
        return None
    if word.dep_ == "ccomp" and word.head.dep_ == "ccomp" and not speaks(word.head):
        # '"Nobody will forget what happened on 3 May," a baker said of the flood': the free
        # relative is what the clause said remembers or saw
        return _saying_topic(word.head, mentions)
    if word.dep_ not in ("csubj", "csubjpass"):
        return None
    # "What happened on 9 June was the derailment": the pseudo-cleft's focus, an event told
    # before (not "was a disgrace", what is thought of it; see `_pseudo_cleft_focus` for one
    # told with "a")
    for c in children_of(word.head):
        if c.i in mentions and _definite(c) and pseudo_cleft_clause(c) == word:
            return c.i
    return _saying_topic(word.head, mentions)


def _there_in_what_was_said(word: Token, mentions: set[int]) -> int | None:
    """Being there on a day, in what was said of an event, is being at it then: '"Nobody who
    was there on 3 May will forget it," a worshipper said of the consecration'."""
    if word.lemma_ != "be" or not any(
        c.dep_ == "advmod" and c.lower_ in ("there", "here") for c in children_of(word)
    ):
        return None
    clause = word
    for _ in range(4):
        if clause.dep_ in ("ccomp", "parataxis") and speaks(clause.head):
            return _saying_topic(clause, mentions)
        clause = clause.head
    return None


def _saying_topic(clause: Token, mentions: Collection[int]) -> int | None:
    """The mention a saying is "of" or "about", for the clause said: '"It happened on the quay
    in Ceuta," a docker said of the fire', 'Asked about the rockfall, a ranger said:
    "That shut the pass in May"' (the question's topic)."""
    if clause.dep_ not in ("ccomp", "parataxis") or not speaks(clause.head):
        return None
    for c in children_of(clause.head):
        preps = [c] if c.dep_ == "prep" and c.lower_ in ("of", "about") else []
        if c.dep_ == "advcl" and c.lemma_.lower() == "ask" and c.tag_ == "VBN":
            preps = [p for p in children_of(c) if p.dep_ == "prep" and p.lower_ in ("about", "over")]
        if c.dep_ == "advcl" and c.lemma_.lower() == "refer" and c.tag_ == "VBG":
            # '"What happened in May is being investigated," the army said, referring to the raid'
            preps = [p for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "to"]
        for p in preps:
            for g in children_of(p):
                if g.dep_ == "pobj" and g.i in mentions:
                    return g.i
    return None


def _said_it_of(word: Token, mentions: Collection[int]) -> int | None:
    """ "it" opening what was said of or about an event, with no mention before it in its
    sentence: that event (see `_saying_topic`); or the event a question before it asked about
    (`_asked_before`)."""
    subj = _subject(word)
    if subj is None or not is_it(subj):
        return None
    if (topic := _saying_topic(word, mentions)) is None:
        return _asked_before(subj, mentions)
    # (a mention in the question itself does not stand between: "Asked about the riot at a
    # press briefing, a spokesperson said it broke out in May")
    question = doc_tokens(word.doc)[topic].head.head
    asked = range(question.left_edge.i, question.right_edge.i + 1) if question.dep_ == "advcl" else ()
    if any(word.sent.start <= i < subj.i and i not in asked and i != topic for i in mentions):
        return _asked_before(subj, mentions)
    return topic


def _asked_before(it: Token, mentions: Collection[int]) -> int | None:
    """ "It was unclear where the landslide struck; police now say it was in Lyon":
    "it" after a question of where or when an event happened, in its sentence or the one
    before, with no other mention between, is that event."""
    tokens = doc_tokens(it.doc)
    start = it.sent.start
    start = tokens[start - 1].sent.start if start > 0 else start
    for t in reversed(tokens[start : it.i]):
        if t.lower_ in ("where", "when") and t.dep_ == "advmod" and (_occurs(t.head) or _staging(t.head)):
            found = next(
                (c.i for c in children_of(t.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i in mentions),
                None,
            )
            # (a word only naming another's kind does not stand between: "the civil defence agency")
            if found is None or any(found < i < it.i and tokens[i].dep_ != "compound" for i in mentions):
                return None
            return found
    return None


def _when_clause_subject(word: Token, mentions: set[int]) -> Token | None:
    """The event a clause on the dated verb places in the same moment: "It was on 12 May that the
    verdict was delivered", "In June, as the flood peaked, ...", "Police arrived on 3 May, when
    the riot began". Not a clause with its own date."""
    lemma = word.lemma_.lower()
    for c in children_of(word):
        if (
            c.dep_ in ("ccomp", "advcl", "relcl")
            and (lemma == "be" or _at_that_moment(c))
            and not any(t.ent_type_ == "DATE" for t in c.subtree)
        ):
            for g in children_of(c):
                if g.dep_ in ("nsubj", "nsubjpass") and g.i in mentions:
                    return g
    return None


# how soon after an event a dated act can follow and still share its date: "Police were called
# on 9 July, minutes after the derailment"
MOMENTS = frozenset({"seconds", "minutes", "moments", "hours", "shortly", "soon", "immediately", "just"})


def _just_after(word: Token, mentions: set[int]) -> int | None:
    """The event that a dated verb followed within moments: "Police were called in early July,
    minutes after the derailment happened", "... on 9 July, shortly after the blast". Days
    after, or plain "after", may be another day."""
    for c in children_of(word):
        if c.dep_ == "prep" and c.lower_ == "after" and any(m.lower_ in MOMENTS for m in children_of(c)):
            return next((g.i for g in children_of(c) if g.dep_ == "pobj" and g.i in mentions), None)
    for c in children_of(word):
        if (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "after" for m in children_of(c))
            and any(m.dep_ in ("npadvmod", "advmod") and m.lower_ in MOMENTS for m in children_of(c))
            and not any(t.ent_type_ == "DATE" for t in c.subtree)
        ):
            return next(
                (g.i for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass") and g.i in mentions), None
            )
    return None


# light verbs whose fronted participle stages the event the sentence's subject names
FRONTED_STAGING = LIGHT_VERBS - {"attend", "call", "give", "have", "mark", "order", "pay"}


def _when_clause_of(word: Token, mentions: set[int]) -> int | None:
    """A "when / as" clause on an occurrence predicate happens at the same time as the event
    that is its subject: "The outage came when a cable failed on 3 May" dates the outage."""
    if word.dep_ != "advcl" or not any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") and c.i < word.i
        for c in children_of(word)
    ):
        return None
    head = word.head
    if not (
        _occurs(head)
        or (head.lemma_.lower() == "come" and not any(c.dep_ == "dobj" for c in children_of(head)))
    ):
        return None
    subj = _subject(head)
    return subj.i if subj is not None and subj.i in mentions and subj.i < head.i else None


# the usual senses of verbs whose "as" clause says who told or knew of it, not when it was
_ASIDE_KINDS = frozenset({"verb.communication", "verb.cognition", "verb.perception"})


def _aside_of_source(clause: Token) -> bool:
    """An "as" clause of who told or knew of what the sentence says: a verb of saying, knowing
    or seeing, active, with a subject and no object of its own ("as the office confirmed", "as
    records show"; not "as the breach was uncovered", "as police found the body")."""
    return (
        lexicon.verb_kind(clause.lemma_) in _ASIDE_KINDS
        and any(c.dep_ == "nsubj" for c in children_of(clause))
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp") for c in children_of(clause))
    )


def _at_that_moment(clause: Token) -> bool:
    """A clause of time that tells what happened at a moment: "when" anything ("when the riot
    began", "when the strike was on"); "as" or "while" a simple past ("as the flood peaked", "as
    the vote passed narrowly", "as the breach was found"), not what went on ("as the strike
    dragged on", "while the siege continued", "as the strike was entering its third week"), nor
    an "as" of who told or knew of it ("as the office confirmed", "as records show")."""
    marks = {m.lower_ for m in children_of(clause) if m.dep_ in ("mark", "advmod") and m.i < clause.i}
    if "when" in marks:
        return True
    if marks == {"as"} and _aside_of_source(clause):
        return False  # "In 2017, as the office confirmed, the congress was held"
    return (
        bool(marks & {"as", "while"})
        and clause.tag_ in ("VBD", "VBN")
        and told_in_past(clause)
        and not lexicon.is_lasting_verb(clause.lemma_.lower())
        and not any(c.dep_ == "prt" and c.lower_ in ("on", "along") for c in children_of(clause))
    )


def when_restated(span: Span, mentions: Collection[int]) -> int | None:
    """ "In early July, when the march took place, organisers ...", "Police were called on 3 May,
    when the riot broke out": a "when" clause set off by a comma right after a date tells what
    happened then (its subject, an event mention); so does an "as" clause at that moment
    ("Those on site on 3 May, as the breach was found, ...": see `_at_that_moment`)."""
    doc = span.doc
    tokens = doc_tokens(doc)
    i = span.end
    if i + 2 >= len(doc) or tokens[i].text != "," or tokens[i + 1].lower_ not in ("when", "as"):
        return None
    clause = tokens[i + 1].head
    if clause.pos_ not in ("VERB", "AUX") or clause.i < i or not _at_that_moment(clause):
        return None
    subj = _subject(clause)
    return subj.i if subj is not None and subj.i in mentions else None


def _contested(word: Token) -> bool:
    """A participle of competing or racing with a contest for the subject of the clause it
    opens ("Played on 25 May, the final", "Run on 6 October, the marathon")."""
    subj = _subject(word.head)
    return (
        subj is not None
        and lexicon.is_contest_noun(subj.lemma_)
        and any(
            lexicon.is_contest_verb(v) or lexicon.verb_kind(v) == "verb.motion"
            for v in lexicon.verb_lemmas(word.text)
        )
    )


def _fronted_staging(word: Token, mentions: set[int]) -> int | None:
    """A sentence-opening participle of staging, with no subject of its own, tells of the event
    the main clause's subject names: "Carried out at night on 2 May, the raid ...". (The small
    model may tag it a past tense and lemmatise it wrongly: "Staged" as "stag".) So does one of
    occurring or coming: "Occurring on 2 May, the blast ...", "Coming on 2 May, the ruling ..."."""
    # (or of contesting a contest: "Played on 25 May, the final ...", "Run on 6 October, the
    # marathon ...")
    # (the tagger may take "Run" for a base form)
    staging = (word.tag_ in ("VBN", "VBD") and lexicon.verb_lemmas(word.text) & FRONTED_STAGING) or (
        word.tag_ in ("VBN", "VBD", "VB") and _contested(word)
    )
    if (
        word.dep_ != "advcl"
        or not (staging or (word.tag_ == "VBG" and (_occurs(word) or word.lemma_.lower() == "come")))
        or word.i > word.head.i
        or not _opens_sentence(doc_tokens(word.doc)[word.left_edge.i])
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children_of(word))
    ):
        return None
    subj = _subject(word.head)
    return subj.i if subj is not None and subj.i in mentions else None


# units an interval between two dated acts is counted in, in days, and the slack each allows
# (an evening event "two days" before a morning one is 1.5 days before it)
COUNTED_UNITS = {"day": (1, 1), "week": (7, 3)}


def _count(unit: Token) -> int | None:
    """The number of a counted unit: "two days", "a week", "10 days"."""
    for c in children_of(unit):
        if c.dep_ in ("nummod", "det"):
            if c.text.isdigit():
                return int(c.text)
            return COUNT_WORDS.get(c.lower_)
    return None


def _counted_unit(word: Token) -> tuple[int, int] | None:
    """(days, slack) of "two days" / "a week" hung on `word` ("after", or the verb of an "after"
    clause)."""
    unit = next(
        (c for c in children_of(word) if c.dep_ == "npadvmod" and c.lemma_.lower() in COUNTED_UNITS), None
    )
    if unit is None or (n := _count(unit)) is None:
        return None
    days, slack = COUNTED_UNITS[unit.lemma_.lower()]
    return n * days, slack


def _counted_dates(doc: Doc, mentions: dict[int, str]) -> list[tuple[int, dict[str, Any]]]:
    """A clause dated to a day and "N days/weeks after/before" an event mention dates that event
    by subtraction: "The manager quit on 8 May, two days after the relegation" puts the
    relegation on 6 May (a day's slack, three for weeks)."""
    tokens = doc_tokens(doc)
    out: list[tuple[int, dict[str, Any]]] = []
    days: dict[int, DateValue] = {}  # the verb a day-granular date hangs on
    for entry in doc._.timeline:
        value = entry["_date"]
        span = doc.char_span(*entry["span"], alignment_mode="expand")
        if span is None or value.granularity != "day":
            continue
        root = date_root(span)
        if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.pos_ == "VERB":
            days[root.head.head.i] = value
        elif root.dep_ == "npadvmod" and root.head.pos_ == "VERB":
            days[root.head.i] = value  # "quit Tuesday, two days after ..."
    if not days:
        return out
    for tok in _tokens_where(doc, words=("after", "before")):
        unit, one = tok.head, False
        if (
            tok.dep_ == "prep"
            and unit.lemma_.lower() in COUNTED_UNITS
            and unit.dep_ == "npadvmod"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(unit))
        ):
            # "quit on 8 May, the day after the relegation": one unit
            mention = next((c for c in children_of(tok) if c.dep_ == "pobj" and c.i in mentions), None)
            counted, verb, one = unit, unit.head, True
        elif tok.dep_ == "prep":
            mention = next((c for c in children_of(tok) if c.dep_ == "pobj" and c.i in mentions), None)
            counted, verb = tok, tok.head
        elif tok.dep_ == "mark":
            clause = tok.head
            subj = _subject(clause)
            mention = (
                clause if clause.i in mentions else subj if subj is not None and subj.i in mentions else None
            )
            counted, verb = clause, clause.head
        else:
            continue
        if one:
            found = COUNTED_UNITS[unit.lemma_.lower()]
        else:
            found = _counted_unit(counted)
            unit = next(
                (
                    c
                    for c in children_of(counted)
                    if c.dep_ == "npadvmod" and c.lemma_.lower() in COUNTED_UNITS
                ),
                unit,
            )
        if mention is None or verb.i not in days or _modal(verb) or found is None:
            continue  # (not "will reopen on 8 May, a week after the flood": a plan)
        shift, slack = found
        anchor = days[verb.i].start + dt.timedelta(days=-shift if tok.lower_ == "after" else shift)
        first = min(t.i for t in unit.subtree)
        last = max(mention.i, tok.i)
        start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
        value = DateValue(
            anchor.isoformat(),
            "day",
            None,
            anchor - dt.timedelta(days=slack),
            anchor + dt.timedelta(days=slack),
        )
        text = text_of(doc)[start:end]
        out.append(
            (
                mention.i,
                {
                    "text": text,
                    "value": value.value,
                    "granularity": "day",
                    "modifier": None,
                    "event": None,
                    "span": (start, end),
                    "_date": value,
                },
            )
        )
    return out


def _scene_of_event(noun: Token, events: dict[int, str]) -> bool:
    """A noun an event noun's "at / in / near" phrase names is where the event was, not an
    event of its own: "the explosion at the refinery on 21 August" dates the explosion."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in SITE_PREPS and prep.head.i in events


def _scene_of(word: Token, mentions: dict[int, str], itself: bool = False) -> int | None:
    """A verb that is no event of its own, done within the one event an "in / during / at"
    phrase on it names, is dated with that event: "A lorry driver was killed in a pile-up on the
    motorway on 2 January", "On 6 November, voters backed the measure in a recall election";
    (`itself`) so is one that is: "11 pilgrims died in a stampede on 2 July"."""
    if word.pos_ != "VERB" or (word.i in mentions and not itself) or speaks(word):
        return None  # (not "As of Sunday, officials reported 5,667 cases in the outbreak")
    found = [
        g.i
        for c in children_of(word)
        if c.dep_ == "prep" and c.lower_ in SCENE_PREPS
        for g in children_of(c)
        if g.dep_ == "pobj" and g.i in mentions and g.pos_ == "NOUN" and not _is_plural(g)
    ]
    if len(found) > 1:
        # "took jewels in a heist at a gallery on 6 August": the event the act was "in", not
        # the site it was "at"
        found = [i for i in found if doc_tokens(word.doc)[i].head.lower_ == "in"]
    return found[0] if len(found) == 1 else None


def _scene_host(word: Token, mentions: dict[int, str]) -> int | None:
    """A word that is no event, the scene an event's own verb took place at or in, passes a date
    the parse hangs on it to that verb: "The film premiered at a gala screening on 10 May"."""
    prep = word.head
    if word.i in mentions or word.dep_ != "pobj" or prep.lower_ not in SCENE_PREPS:
        return None
    verb = prep.head
    return verb.i if verb.pos_ == "VERB" and verb.i in mentions and prep.dep_ == "prep" else None


def _reduced_relative(word: Token, mentions: set[int]) -> int | None:
    """A past participle right after "<mention>," with no auxiliary, object or subject of its own
    after it is a reduced relative clause on the mention, whatever the parse made of it
    ("Neighbours filmed the eviction, carried out by bailiffs on 7 October"; "Tickets for the
    fight, staged on 9 December, sold out"; "Under the plea deal, reached on 7 June, he ...").
    Not a report's ("the report on a raid, published on 3 May": a report is what gets published)."""
    doc = word.doc
    tokens = doc_tokens(doc)
    if word.tag_ not in ("VBN", "VBD") or word.i < 2 or tokens[word.i - 1].text != ",":
        return None
    near = tokens[word.i - 2]
    if near.i not in mentions or near.pos_ not in ("NOUN", "PROPN"):
        return None
    if near.dep_ == "pobj" and speaks(near.head.head):
        return None  # "The blockade, officials said in a statement, began in January": an attribution
    if any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp")
        or (c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i > word.i)
        for c in children_of(word)
    ):
        return None
    host = _host_noun(near)
    if (
        host is not None
        and near.head.lower_ in REPORT_PREPS
        and lexicon.noun_kind(host.lemma_) in ("noun.communication", "noun.cognition")
    ):
        return None  # (not "Tickets for the fight, staged on 9 December": tickets are not published)
    return near.i


def _lasting_since(verb: Token, mentions: dict[int, str]) -> bool:
    """A perfect with no object whose subject is an event mention tells how long the event has
    lasted: "The wildfire has burned since 3 February", "the sit-in has continued since 6
    April" date its start (not "Lawyers have fought the extradition since 2019", "the strike
    has cost millions since May")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children_of(verb))
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in mentions for c in children_of(verb))
    )


def _of_a_report(clause: Token) -> bool:
    """A clause after an event a report is about tells of the report when a comma sets it off
    ("the report on a raid, published on 3 May"; not "the recall, issued on 12 June") or its
    verb is one of telling or making ("the report on a shooting to be published in November";
    not "the report on a strike that began on 5 May")."""
    doc, noun = clause.doc, clause.head
    i = clause.left_edge.i
    host = _host_noun(noun)
    if host is None or lexicon.noun_kind(host.lemma_) not in ("noun.communication", "noun.cognition"):
        return False
    if _agrees_with(clause, noun) and not _agrees_with(clause, host):
        return False  # "Details of the rescue, which was launched in July, ...": the rescue's
    if (
        _occurs(clause)
        or _staging(clause)
        or _passive_staged(clause)
        or _acts_on_a_thing(clause)
        or _contest_predicate(clause)  # "a report on the derby, which kicked off on 3 May"
        or drew_people(clause)  # "memories of the fair, which drew crowds in May"
    ):
        return False  # "memories of the flood, which burst the riverbanks in 2018": the flood's
    return (i > 0 and doc_tokens(doc)[i - 1].text == ",") or bool(
        {"verb.communication", "verb.creation"} & lexicon.verb_kinds(clause.lemma_.lower())
    )


def _free_relative_event(word: Token, mentions: set[int]) -> int | None:
    """The mention a free relative before the verb names, when the verb is that relative's
    predicate (`free_relative_predicate`)."""
    tokens = doc_tokens(word.doc)
    if not any(t.lower_ == "what" for t in tokens[word.sent.start : word.i]):
        return None
    return _mention_with_predicate(word, mentions, free_relative_predicate)


def _relative_past_aside(word: Token, mentions: set[int]) -> int | None:
    """The mention whose relative clause `word` is the predicate of, past an "as" aside the
    parse took for the clause (`as_aside_predicate`)."""
    if word.pos_ != "VERB" or _subject(word) is not None:
        return None
    return _mention_with_predicate(word, mentions, as_aside_predicate)


def _mention_with_predicate(
    word: Token, mentions: set[int], predicate: Callable[[Token], Token | None]
) -> int | None:
    """The mention before `word` in its sentence whose predicate, as `predicate` finds it, is
    `word`."""
    return next(
        (
            t.i
            for t in doc_tokens(word.doc)[word.sent.start : word.i]
            if t.i in mentions and (found := predicate(t)) is not None and found.i == word.i
        ),
        None,
    )


def _agrees_with(clause: Token, noun: Token) -> bool:
    """The number of the clause's verb is the noun's, when the verb shows one ("was", "has",
    "begins" for one; "were", "have", "begin" for several): a relative clause belongs to the
    noun it agrees with."""
    finite = next((c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")), clause)
    if finite.lower_ in ("was", "is", "has") or finite.tag_ == "VBZ":
        return noun.tag_ in ("NN", "NNP")
    if finite.lower_ in ("were", "are", "have") or finite.tag_ == "VBP":
        return noun.tag_ in ("NNS", "NNPS")
    return True


def _acts_on_a_thing(verb: Token) -> bool:
    """An active verb whose object is a physical thing or a place ("burst the riverbanks",
    "buried the road"): what a happening does, no report or memory."""
    kinds = lexicon.THING_KINDS | {"noun.location"}
    return verb.tag_ != "VBN" and any(
        c.dep_ == "dobj" and lexicon.noun_kind(lexicon.noun_lemma(c.lemma_)) in kinds
        for c in children_of(verb)
    )


def _commemorates(verb: Token) -> bool:
    """A finite "marked" dates the marking ("On Sunday the awards marked the passing of
    Boseman"); "marking the first visit" on a clause of its own dates the event it marks."""
    return verb.lemma_.lower() == "mark" and verb.tag_ != "VBG"


# phrasal verbs of starting, by their verb and particle: "broke out", "set in", "got under way"
_PHRASAL_STARTS = {"break": ("out",), "set": ("in", "up"), "get": ("under",)}
# verbs that start a state put on people ("the curfew was imposed on 13 July")
_IMPOSING = frozenset({"impose", "reimpose"})


def _phrasal_start(verb: Token, lemma: str) -> bool:
    """A phrasal verb of starting: "the fire broke out", "the heatwave set in", "the blockade,
    set up on 25 January", "the recount got under way" ("under" with "way" as its object, or
    "underway")."""
    if lemma == "get" and any(c.lower_ == "underway" for c in children_of(verb)):
        return True
    particles = _PHRASAL_STARTS.get(lemma, ())
    for c in children_of(verb):
        if c.lower_ not in particles:
            continue
        objects = [w.lower_ for w in children_of(c) if w.dep_ == "pobj"]
        # (a particle, not a preposition with its own object: "the film is set in Paris")
        if objects == (["way"] if c.lower_ == "under" else []) and c.dep_ in ("prt", "prep", "advmod"):
            return True
    return False


def _role(verb: Token) -> str:
    """What a date on this verb says of its event: its start ("began", "erupted", "broke out"),
    its end ("ended") or when it happened."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "pobj" and verb.head.lower_ == "on" and verb.head.head.lemma_.lower() == "go":
        return "start"  # "went on strike on 10 May"
    if verb.pos_ not in ("VERB", "AUX"):
        return "at"  # a noun is the whole event: "the photo finish on 8 August", "the launch in May"
    over = any(c.lower_ == "over" and c.dep_ in ("prt", "acomp", "oprd") for c in children_of(verb))
    if lemma in ("be", "declare") and over:
        return "end"  # "the outbreak was declared over on 20 June"
    if lemma in START_VERBS or lemma in _IMPOSING or _phrasal_start(verb, lemma):
        return "start"
    # ("the merger, finalised on 4 March": a participle of bringing it to an end; "lifted the
    # embargo in 2019", "the curfew was lifted on Friday": cancelling it ends it)
    ending = verb.tag_ == "VBN" and (lexicon.is_ending_verb(lemma) or lexicon.is_revoking_verb(lemma))
    return "end" if lemma in END_VERBS or ending else "at"


def _comma_before(phrase: Token) -> Token | None:
    """The noun a phrase set off by a comma follows ("the recall, issued on 12 June", "footage
    from the robbery, on 25 January"), when the parse hung the phrase on the head of a longer
    noun phrase that ends in that noun (or in an event word the tagger made an adjective: "the
    cup final, in March"); else None."""
    doc = phrase.doc
    tokens = doc_tokens(doc)
    i = phrase.left_edge.i
    if i < 2 or tokens[i - 1].text != "," or tokens[i - 2].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    near, head = tokens[i - 2], phrase.head
    if head.text == ",":
        head = head.head  # (the parse may hang the phrase on the comma)
    return near if near.i != head.i and head.is_ancestor(near) else None


def _subject_aside(phrase: Token) -> Token | None:
    """A date phrase set off by commas between a subject and its verb is an aside on the noun
    the subject ends in, not the verb's date: "CCTV footage from the strike, in late April, was
    handed to police", "His sacking, on 19 November, came hours after a loss" (the parse hangs
    the phrase on the verb). The noun, or None."""
    doc, verb = phrase.doc, phrase.head
    if phrase.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or phrase.i > verb.i:
        return None
    end = phrase.right_edge.i + 1
    if end >= verb.i or doc_tokens(doc)[end].text != ",":
        return None
    near, subj = _comma_before(phrase), _subject(verb)
    if near is None or subj is None or subj.right_edge.i != near.i or subj.left_edge.i > near.i:
        return None
    return near


# nouns whose "of" object happened at the time they name: "the date / day / night of the fire"
# (not "the eve / anniversary of the fire")
TIME_OF = frozenset({"date", "day", "night", "morning", "afternoon", "evening", "time", "timing"})


def _aside_on_its_time(phrase: Token) -> bool:
    """A phrase set off by commas after "the date / day of X" gives X's time: "The date of the
    funeral, on 12 May, is marked each year" (the parse hangs it on "date" or on the verb)."""
    doc, head = phrase.doc, phrase.head
    if head.pos_ == "NOUN":
        owner = head
    elif head.pos_ in ("VERB", "AUX") and phrase.i < head.i:  # between the subject and its verb
        owner = _subject(head)
    else:
        return False
    end = phrase.right_edge.i + 1
    return (
        owner is not None
        and owner.i < phrase.i
        and owner.lemma_.lower() in TIME_OF
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(owner))
        and end < len(doc)
        and doc_tokens(doc)[end].text == ","
    )


def _time_of_aside(phrase: Token) -> Token | None:
    """The event whose time a phrase set off by a comma or dash after "its timing" gives: "The
    heist's timing -- in 2015, with the press in town -- could not have been worse", "The timing
    of the recall, in May, ...", "The timing of the coup, last Wednesday, ..." (the parse hangs
    the phrase on "timing" or on the verb); else None."""
    doc, head = phrase.doc, phrase.head
    tokens = doc_tokens(doc)
    if phrase.dep_ not in ("prep", "npadvmod"):
        return None
    owner = head if head.pos_ == "NOUN" else _subject(head) if head.pos_ in ("VERB", "AUX") else None
    start = phrase.left_edge.i
    if owner is None or owner.lemma_.lower() not in TIME_OF or not owner.i < start < len(doc):
        return None
    # (right after "timing", its "of" phrase, or, the parse hanging the phrase elsewhere, all of it)
    of_end = [
        c.right_edge.i for c in children_of(owner) if c.dep_ == "prep" and c.lower_ == "of" and c.i < start
    ]
    if tokens[start - 1].text not in (",", *DASHES) or tokens[start - 2].i not in (
        owner.i,
        owner.right_edge.i if head.i != owner.i else -1,
        *of_end,
    ):
        return None
    return next(
        (
            g
            for c in children_of(owner)
            for g in (
                [c] if c.dep_ == "poss" else children_of(c) if c.dep_ == "prep" and c.lower_ == "of" else []
            )
            if g.dep_ in ("poss", "pobj")
        ),
        None,
    )


def _cleft_focus(phrase: Token, span: Span) -> Token | None:
    """The focus of a cleft a date phrase is set off by commas right after ("It was that derby,
    in early May, that fans remembered"): the parse hangs the phrase on the clause after "that"
    (or makes "that" its object), but it is an aside on the noun before its comma; else None."""
    doc = phrase.doc
    tokens = doc_tokens(doc)
    start, end = phrase.i, span.end
    if start < 2 or tokens[start - 1].text != "," or end + 1 >= len(doc) or tokens[end].text != ",":
        return None
    focus = tokens[start - 2]
    # (or the head of a compound the tagger made an adjective: "It was that cup [final], in May")
    attr = focus.head if focus.dep_ == "amod" and focus.head.i < focus.i else focus
    be = attr.head
    return (
        focus
        if tokens[end + 1].lower_ == "that"
        and attr.dep_ == "attr"
        and focus.pos_ in ("NOUN", "PROPN", "ADJ")
        and be.lemma_ == "be"
        and it_subject(be)
        else None
    )


def _attributes(verb: Token) -> bool:
    """A verb of saying, or one set off as an attribution (see `_set_off`)."""
    return speaks(verb) or _set_off(verb)


def _set_off(verb: Token) -> bool:
    """A verb with a subject and no object, set off by commas inside another clause: an
    attribution of that clause, whatever WordNet files the verb under ("The derailment,
    officials later confirmed, happened in May", "On 3 May, the bank noted, the raid took
    place": "confirm" and "note" are not filed under saying)."""
    doc = verb.doc
    tokens = doc_tokens(doc)
    # (the nearest subject: the small model may give the verb the event as a first one)
    subj = max((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i, default=None)
    if verb.pos_ != "VERB" or subj is None or subj.left_edge.i < 1:
        return False
    if _occurs(verb) or (verb.head.i > verb.i and speaks(verb.head)):
        return False  # the reported clause itself: "On 3 May, the spill occurred, the agency said"
    if tokens[subj.left_edge.i - 1].text != "," or any(
        c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp", "oprd", "dative", "mark")
        for c in children_of(verb)
    ):
        return False
    after = [c.right_edge.i for c in verb.rights if c.dep_ in ("prep", "advmod")]
    right = max([verb.i, *after])
    return right + 1 < len(doc) and tokens[right + 1].text == ","


def _dashed_aside(word: Token, span: Span) -> bool:
    """A date right before a dash whose aside the parse hung it on, the clause it belongs to
    after the closing dash: "On 4 May -- a detail police stress -- the pile-up happened"."""
    doc = word.doc
    if span.end >= word.i or doc_tokens(doc)[span.end].text not in DASHES:
        return False
    close = next((t.i for t in doc_tokens(doc)[span.end + 1 : word.sent.end] if t.text in DASHES), None)
    return close is not None and word.i < close < word.head.i


def _interposed(word: Token, span: Span) -> Token:
    """A fronted date that the parse hung on an interposed attribution dates the clause after
    it: "On 12 May, police said, the strike began" (not "On 12 May, police said the strike
    began", the date of the saying); or on an aside between dashes (`_dashed_aside`)."""
    doc = word.doc
    if _dashed_aside(word, span):
        return word.head
    if (
        span.end > word.i
        or word.i + 1 >= len(doc)
        or doc_tokens(doc)[word.i + 1].text != ","
        or not _attributes(word)
    ):
        return word
    if word.head.i > word.i and (
        word.dep_ == "parataxis" or (word.dep_ in ("ccomp", "advcl") and _set_off(word))
    ):  # ("On 3 May, the bank confirmed, the raid ...": the parse may make it a ccomp or advcl)
        return word.head
    return next((c for c in children_of(word) if c.dep_ == "ccomp" and c.i > word.i), word)


def _speaker(tok: Token) -> bool:
    """An event noun as the one subject of a verb of saying is who speaks ("management said",
    "the administration announced"), not an event; two subjects are the small model's
    misparse of an interposed attribution ("The lockout, the union said, began in May")."""
    if tok.dep_ != "nsubj" or not speaks(tok.head) or any(_dated_participle(c) for c in children_of(tok)):
        return False  # (not "The inquiry, launched on 19 February, will report": the inquiry as an act)
    if _took_lives(tok.head):
        return False  # "the boat tragedy claimed dozens of lives": not a play that speaks
    if not lexicon.can_speak(lexicon.noun_lemma(tok.lemma_)):
        return False  # "The strike disrupted surgery": "disrupt" is first a verb of speech
    doc = tok.doc
    if tok.i + 2 == tok.head.i and doc_tokens(doc)[tok.i + 1].text == "," and tok.head.tag_ in ("VBD", "VBN"):
        return False  # "The takeover, agreed in May, ...": a participle on the noun, not its saying
    return sum(1 for c in children_of(tok.head) if c.dep_ in ("nsubj", "nsubjpass")) == 1


def _it_passive(word: Token) -> bool:
    """ "it" as the subject of a passive or of "came" with no clause of its own ("it was
    delivered on 3 May", "it came in June"; not "it was announced that ...")."""
    subj = _subject(word)
    if (
        subj is None
        or not is_it(subj)
        or any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > word.i for c in children_of(word))
    ):
        return False
    if subj.dep_ == "nsubjpass":
        return True
    return word.lemma_.lower() == "come" and not any(
        c.dep_ in ("dobj", "acomp", "attr") for c in children_of(word)
    )


# the roles of a noun that is what its clause tells of, not a word in one of its phrases
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj")

# the usual senses of verbs whose subject is a thing said, thought or owned, not a happening:
# "The report on the flood was damning: it found failings in March", "...: it cost £2m in 2019"
_NOT_DONE_BY_HAPPENINGS = _ASIDE_KINDS | {"verb.possession", "verb.stative"}


def _it_did(word: Token) -> bool:
    """An active verb in the simple past whose usual sense a happening can do ("tore through",
    "cleared every lot", "hit the vineyard"), not one of saying, thinking, seeing, owning or
    being."""
    return word.tag_ == "VBD" and lexicon.verb_kind(word.lemma_) not in _NOT_DONE_BY_HAPPENINGS


# kinds of things that do what `_it_did` allows: a body, a made or natural thing
_DOERS = frozenset({"noun.group", "noun.artifact", "noun.object", "noun.animal", "noun.plant"})


def _could_be_it(noun: Token) -> bool:
    """A subject "it" may stand for as the doer of what `_it_did` allows: one body or thing
    ("The council", "The firm", "The dam"; not "Farmers", "The mayor", nor a record or a message,
    "The report", which says, shows or finds and does nothing else)."""
    if _is_plural(noun) or noun.ent_type_ in ("PERSON", "NORP"):
        return False
    return noun.pos_ == "PROPN" or bool(noun.ent_type_) or lexicon.noun_kind(noun.lemma_) in _DOERS


def _colon_antecedent(word: Token, mentions: dict[int, str]) -> int | None:
    """ "The log pins the blaze down: it tore through the barn on 3 May": after a colon, "it"
    doing what a happening does is the one event the clause before has for its subject or object
    (of two, the one told of before), unless that clause's subject is a body or thing "it" may
    be ("The council debated the flood: it replaced the drains in June")."""
    start = word.sent.start
    subj = _nearest_subject(word)
    if subj is not None and subj.i >= start and _could_be_it(subj):
        return None
    tokens = doc_tokens(word.doc)
    named = [i for i in mentions if start <= i < word.i and tokens[i].dep_ in _ARGUMENTS]
    if len({mentions[i] for i in named}) > 1:
        # ("The ledger settles the auction: it raised £2m in May": of two, the one the text told
        # of before, as in `_given_instead`)
        told = {key for i, key in mentions.items() if i < start}
        named = [i for i in named if mentions[i] in told]
    return max(named) if len({mentions[i] for i in named}) == 1 else None


def _after_colon(word: Token) -> bool:
    """A clause whose subject "it" comes right after a colon in its sentence."""
    subj = _subject(word)
    return subj is not None and is_it(subj) and subj.i > 0 and doc_tokens(word.doc)[subj.i - 1].text == ":"


def _nearest_subject(word: Token) -> Token | None:
    """The last noun subject before `word` in its sentence or the one before."""
    doc = word.doc
    tokens = doc_tokens(doc)
    lo = tokens[word.sent.start - 1].sent.start if word.sent.start > 0 else word.sent.start
    for i in range(word.i - 1, lo - 1, -1):
        t = tokens[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN", "ADJ"):
            return t
    return None


# marks of a clause of time: "after it took place in May", "when it knocked systems offline"
TIME_MARKS = frozenset({"after", "when", "once", "before", "until", "as"})


def _it_of_time_clause(verb: Token, mentions: Collection[int]) -> int | None:
    """ "Staff heard of the intrusion only when it knocked systems offline in August": "it" as the
    subject of a clause of time is the one thing the clause it hangs on tells of, when that is
    a mention and its other words are people or many (not "The firm dropped the show when it
    went bankrupt in May": the firm or the show)."""
    # ("when" may be the clause's adverb)
    marks = [c for c in children_of(verb) if c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS]
    if verb.dep_ != "advcl" or not marks:
        return None
    if not it_subject(verb, passive=True):
        return None
    things = [
        t
        for c in children_of(verb.head)
        for t in ([c] if c.dep_ != "prep" else children_of(c))
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and t.pos_ in ("NOUN", "PROPN")
        and not _is_plural(t)
        and t.ent_type_ not in ("PERSON", "NORP")
        and lexicon.noun_kind(t.lemma_) != "noun.person"
    ]
    if len(things) == 1 and lexicon.noun_kind(things[0].lemma_) == "noun.communication":
        # what a message tells of: "News of the flood reached the city after it peaked in May"
        told = [
            g
            for c in children_of(things[0])
            if c.dep_ == "prep" and c.lower_ in ("of", "about")
            for g in children_of(c)
            if g.dep_ == "pobj" and g.i in mentions
        ]
        things = told or things
    if len(things) > 1 and (_occurs(verb) or _it_passive(verb) and verb.lemma_.lower() in LIGHT_VERBS):
        # only a happening takes place or is held: "The board was not told of the meeting until
        # after it was convened in March"
        things = [t for t in things if t.i in mentions]
    return things[0].i if len(things) == 1 and things[0].i in mentions else None


def _pronoun_target(word: Token, mentions: dict[int, str], others: dict[int, str]) -> int | None:
    """ "it" as the subject of an occurrence predicate ("briefed ministers on the raid, saying it
    took place in May"): the nearest mention before it, in its sentence or the one before,
    when every event mention there is of one event (its own sentence is asked first). "it" as
    the subject of a passive ("The verdict was brief: it was delivered in May") refers to the
    last noun subject before it only; "it" in a clause of time, the one thing the clause it
    hangs on tells of (`_it_of_time_clause`). Whatever the verb: "it" opening what was said of
    an event (`_said_it_of`), and "that" or "this" standing alone for what was just told."""
    if (told := _it_of_time_clause(word, mentions)) is not None:
        return told
    pronoun = _subject(word)
    dash = word.left_edge
    if (
        pronoun is not None
        and pronoun.lower_ == "it"
        and dash.text in DASHES
        and pronoun.i == dash.i + 1
        and dash.i - 1 in mentions
    ):
        # a clause set off by a dash right after a noun tells of that noun: "The gale -- it hit
        # on 3 May -- was ...", whatever the parse hangs the clause on
        return dash.i - 1
    if pronoun is not None and is_it(pronoun) and (word.lemma_ != "be" or _it_copula(word)):
        # whatever it did, "it" in what was said of an event is that event; and "that" or "this"
        # standing alone is what was just told ("Back to the pile-up: that closed the
        # motorway on 3 May"), where "it" may be any thing
        if (topic := _said_it_of(word, mentions)) is not None:
            return topic
        if pronoun.lower_ != "it":
            return _antecedent(word, _this_and_previous_sentence(word), mentions, others)
    if (
        it_subject(word)
        and word.dep_ == "ccomp"
        and word.tag_ == "VBD"
        and word.lemma_ != "be"  # ("said it was cold on Sunday": the weather's "it")
        and lexicon.verb_kind(word.lemma_.lower()) != "verb.weather"  # ("said it rained")
        and speaks(word.head)
        and (speaker := _subject(word.head)) is not None
        and any(speaker.left_edge.i <= i <= speaker.right_edge.i for i in mentions)
    ):
        # "Scientists tracking the wildfire said it ignited on 3 July": whatever it did, "it" in
        # what people named by the event say is the event (when it is the sentence's only one)
        return _antecedent(word, [word.sent.start], mentions, others)
    if not it_subject(word) or not (_occurs(word) or _it_copula(word)):
        # (`_after_colon` holds only with a subject)
        if _after_colon(word) and (_it_passive(word) or drew_people(word)):
            # "The last word on the final went to the league: it was played on 9 June", "...: it
            # drew a record crowd on 9 June": what a colon opens tells of the clause before it
            return _antecedent(word, [word.sent.start], mentions, others)
        if _after_colon(word) and _it_did(word):
            # "The log pins the blaze down: it tore through the barn on 3 May": whatever it did,
            # when the clause before names the event as its subject or object (after a subject
            # new to the text, the event told of before: see `_given_instead`)
            return _colon_antecedent(word, mentions)
        if not _it_passive(word):
            return None
        if (subj := _nearest_subject(word)) is not None and subj.i in mentions:
            return subj.i
        if word.dep_ != "ccomp" or not speaks(word.head):
            return None
        # reported: "The raid — police insist it was carried out in May — ...": the speaker is
        # the nearest subject, the event the one mention before it in the sentence
        starts = [word.sent.start]
    else:
        if (subj := _nearest_subject(word)) is not None and subj.i in mentions:
            if word.dep_ != "ccomp" or word.head.i != subj.head.i:
                # "The walk-out was the subject of a briefing; it began on 30 May" (unless the
                # subject is new and the text's event comes after it: see `_given_instead`)
                return _given_instead(word, subj, mentions) or subj.i
            # "the answer was that it went ahead on 9 June": what the subject's clause says is of
            # another thing
            mentions = {i: key for i, key in mentions.items() if i != subj.i}
        starts = _this_and_previous_sentence(word)
    return _antecedent(word, starts, mentions, others)


def _given_instead(word: Token, subj: Token, mentions: dict[int, str]) -> int | None:
    """ "The log dates the breach clearly: it occurred in May": when the subject before "it" is
    an event first named in this sentence, and one event the text has named before is named
    between the subject and "it", "it" is that one: what a text goes on about is what it has
    already told of. None otherwise."""
    start = word.sent.start
    told = {key for i, key in mentions.items() if i < start}
    if mentions[subj.i] in told:
        return None
    tokens = doc_tokens(word.doc)
    between = [i for i in mentions if subj.i < i < word.i and tokens[i].dep_ != "compound"]
    keys = {mentions[i] for i in between}
    if len(keys) != 1 or not keys <= told:
        return None
    return max(between)


def _this_and_previous_sentence(word: Token) -> list[int]:
    sent = word.sent
    return [sent.start] + ([doc_tokens(word.doc)[sent.start - 1].sent.start] if sent.start > 0 else [])


def _antecedent(
    word: Token, starts: list[int], mentions: dict[int, str], others: dict[int, str]
) -> int | None:
    """The nearest mention before `word` from the first of `starts` (sentence starts) that has
    any, when every event mention from there on is of one event; None otherwise."""
    tokens = doc_tokens(word.doc)
    for lo in starts:
        # a noun naming a kind of thing ("shop stewards") is no antecedent for "it", nor a
        # message set aside as another ("The last word on the hearing went to the panel: it took
        # place in June")
        before = [
            i
            for i in (*mentions, *others)
            if lo <= i < word.i
            and tokens[i].pos_ != "VERB"
            and tokens[i].dep_ != "compound"
            and not (i in others and lexicon.noun_kind(tokens[i].lemma_) == "noun.communication")
            # (nor a plural: "The recount (both campaigns said it took place in Lyon)")
            and not (i in others and _is_plural(tokens[i]))
        ]
        if not before:
            continue
        # ("In its summary of the walkout, the agency wrote that it started on 2 June": a
        # telling about another mention there is no antecedent)
        before = [i for i in before if not _about_another(tokens[i], before)] or before
        if len({mentions.get(i, others.get(i)) for i in before}) != 1:
            return None
        near = max(before)
        return near if near in mentions else None
    return None


def _about_another(noun: Token, mentions: list[int]) -> bool:
    """A noun of telling or finding out whose phrase is about another of the mentions: "its
    summary of the walkout", "the report on the strike"."""
    return lexicon.is_topic_noun(noun.lemma_) and any(
        g.i in mentions and g.i != noun.i
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "about", "into", "over")
        for g in children_of(c)
        if g.dep_ == "pobj"
    )


def _it_target(verb: Token, mentions: dict[int, str], others: dict[int, str]) -> int | None:
    """The mention "it" stands for as the subject of an occurrence predicate ("when it began in
    Durban") or of a passive light verb ("when it was staged in Lille"): the nearest mention before
    it, in its sentence or the one before, when every event mention there is of one event; or,
    whatever the verb, the mention of an "As for" phrase fronted on it."""
    its = it_subject(verb, passive=True)
    if its and (topic := _as_for_topic(verb)) in mentions:
        return topic  # "As for the derby, it was staged in Omsk"
    # (or a verb of opening with no object: "when it opened in Taipei")
    opens = verb.lemma_.lower() in START_VERBS and not any(c.dep_ == "dobj" for c in children_of(verb))
    occurs = (_occurs(verb) or opens) and it_subject(verb)
    # (or "it" placed somewhere: "those remarks placed it squarely in Lyon")
    occurs = occurs or (
        verb.lemma_.lower() in LOCATING_VERBS
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(verb))
    )
    passive = verb.lemma_.lower() in LIGHT_VERBS and verb.tag_ == "VBN"
    passive = passive and it_subject(verb, active=False, passive=True)
    if not occurs and not passive:
        return None
    if (topic := _said_it_of(verb, mentions)) is not None:
        return topic
    return _antecedent(verb, _this_and_previous_sentence(verb), mentions, others)


def _date_clause(root: Token, target: int) -> Token | None:
    """The verb of the clause a date sits in (the first verb above it), None when the parse
    hangs the date on the mention itself on the way ("amid fallout from the strike on 3 May")."""
    cur = root
    for _ in range(6):
        if cur.i == target or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur if cur.i != target else None
    return None


def _modal(verb: Token, denied: bool = True) -> bool:
    """A clause made future, conditional or (`denied`) negated by its grammar (will / would /
    could, if, not), through the verbs it completes ("will hold a hearing", "would be asked
    to hold", "are expected to debate")."""
    for _ in range(3):
        for c in children_of(verb):
            if c.dep_ in ("aux", "auxpass") and c.lower_ in IRREALIS_AUX:
                return True
            if denied and c.dep_ == "neg" and not _not_until(verb) and not denies_attribute(verb):
                return True
            if denied and c.dep_ == "mark" and c.lower_ in CONDITIONAL:
                return True
        if denied and _inverted_condition(verb):
            return True
        if verb.dep_ in ("acl", "relcl") and to_infinitive(verb) and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "will have more to say about it": the verb of the noun it is on
            continue
        if (
            verb.tag_ == "VBG"
            and (verb.dep_ == "advcl" or (verb.dep_ == "acl" and event_lemma(verb.head) is None))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb))
        ):
            # "will sit on the matter arising from the landslide on 23 June": a participle
            # with no subject of its own, on the clause or on a thing in it (not "the flood
            # killing three on 3 May"), is in the clause's time
            above = _date_clause(verb, -1)
            if above is None:
                return False
            verb = above
            continue
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        if verb.dep_ == "xcomp" and _planned_infinitive(verb):
            return True
        verb = verb.head
    return False


def _planned_infinitive(verb: Token) -> bool:
    """An infinitive a verb of planning or expecting completes ("are expected to debate the
    crash in June", "plans to publish a report in May"), or "be" makes a plan of ("Lawmakers
    are to debate it in June"); not one of the past ("is thought to have started on 3 May")."""
    head = verb.head
    return (
        to_infinitive(verb)
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in children_of(verb))
        and (head.lemma_.lower() in IRREALIS_WORDS or (head.lemma_ == "be" and head.pos_ == "AUX"))
    )


def _dashed_relative_of(verb: Token, mentions: Collection[int]) -> int | None:
    """ "The policing of the march - which went ahead in May - ...": a relative clause set
    off by a dash right after a mention is that mention's, though the parse may hang it on the
    head of a longer phrase."""
    rel = verb.left_edge
    dash = doc_tokens(verb.doc)[rel.i - 1] if rel.i > 0 else None
    if rel.tag_ not in ("WDT", "WP") or dash is None or dash.text not in DASHES or dash.i == 0:
        return None
    before = dash.i - 1
    return before if before in mentions and before != verb.head.i else None


def _of_host(word: Token, mentions: dict[int, str]) -> Token:
    """A date on a thing an event is "of" dates the event: "the sinking of the ferry on 14 April"
    ("ferry" is first a boat, an act only as the verb's noun; not "the handling of that
    indictment on 3 May", nor a host that is no act: "the implications of the aid suspension
    on 27 January")."""
    if word.i not in mentions or word.dep_ != "pobj" or word.head.lower_ != "of":
        return word
    host = word.head.head
    acts = lexicon.has_usual_event_sense(host.lemma_) or lexicon.noun_kind(host.lemma_) is None
    if host.i in mentions and acts and lexicon.noun_kind(word.lemma_) in lexicon.THING_LEXNAMES:
        return host
    return word


# what a verb does to its object when it acts on the object's course (or hits it): "delayed",
# "interrupted", "marred", "halted" (not "followed", "marked", "recalled", "decided")
_ACTING_KINDS = frozenset({"verb.contact", "verb.competition", "verb.motion", "verb.social"})
_RELATING_KINDS = frozenset({"verb.cognition", "verb.communication", "verb.perception", "verb.stative"})


def acted_on_by(mention: Token, span: Span, mentions: dict[int, str]) -> int | None:
    """The event whose verb acts on the course of the mention, its object, when the date that
    ends the clause is on the mention ("The power cut halted the semi-final on 10 February":
    the power cut was then too); not a verb that only relates the two in time or thought ("The
    vigil followed the ruling on 3 May", "the inquiry examined the crash on 3 May")."""
    verb = mention.head
    if mention.dep_ != "dobj" or verb.pos_ != "VERB" or span.start < mention.i:
        return None
    after = doc_tokens(mention.doc)[span.end] if span.end < len(mention.doc) else None
    if after is not None and not (after.is_punct or after.is_sent_start):
        return None  # (only a date that ends the clause)
    kinds = lexicon.verb_kinds(verb.lemma_)
    if not (
        "verb.change" in kinds
        or (lexicon.verb_kind(verb.lemma_) in _ACTING_KINDS and not kinds & _RELATING_KINDS)
    ):
        return None
    if lexicon.is_reaction_verb(verb.lemma_) or lexicon.is_likeness_verb(verb.lemma_):
        return None
    return next(
        (
            c.i
            for c in children_of(verb)
            if c.dep_ == "nsubj" and c.i in mentions and mentions[c.i] != mentions[mention.i]
        ),
        None,
    )


def _ordered_act(word: Token | None, mention: Token) -> bool:
    """The parse hangs the date on a verb that an adverb of order places in time ("first",
    "later", "again") and of which the mention is only an object or topic: the date is the
    act's ("the union first commented on the strike on 3 May", "later mentioned it in May")."""
    if word is None or word.pos_ != "VERB" or word.i == mention.i:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ORDER_ADVERBS for c in children_of(word)):
        return False
    if mention.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i > mention.i for c in children_of(word)
    ):
        # "later described the spill on 21 June as chaotic": a date between the object and what
        # it is described as is the object's (the act's own would follow: "... as chaotic in June")
        return False
    return not any(c.i == mention.i for c in children_of(word) if c.dep_ in ("nsubj", "nsubjpass"))


def _reaction_to(mention: Token, mentions: Collection[int]) -> Token | None:
    """The verb of which the mention is the topic, when that verb reacts to it or an adverb of
    order places it, or that makes it known: a date the parse hangs on the mention is the verb's
    ("Diplomats commented on [the summit on 1 March]", "police first questioned [the driver on 3
    May]", "announced [the merger on Monday]"; not "Critics praised [the concert on 18
    December]", whose date may be the concert's)."""
    head = mention.head.head if mention.dep_ == "pobj" else mention.head
    if mention.dep_ not in ("pobj", "dobj") or head.pos_ != "VERB":
        return None
    if mention.dep_ == "pobj" and mention.head.lower_ not in REACTION_PREPS:
        return None  # "praised the crew after the landing on 9 August": the landing's date
    if _ordered_act(head, mention) or (mention.dep_ == "pobj" and lexicon.is_reaction_verb(head.lemma_)):
        return head
    if (
        mention.dep_ == "dobj"
        and lexicon.is_making_public(head.lemma_)
        and head.i not in mentions
        and not lexicon.is_made_by_telling(lexicon.noun_lemma(mention.lemma_))
    ):
        # "The company reported [the data breach on 4 April]": the day it was made known (a
        # telling the article counts as an event of its own keeps its object's date: "when
        # announcing the arrest in May": no date for one of several announcements; what is made
        # by telling it is made that day: "announced the recall on 2 May")
        return head
    return None


def _verb_dates_own_act(word: Token | None, mention: Token, mentions: dict[int, str]) -> bool:
    """The parse hangs the date on a verb of which the mention right before the date is only a
    prepositional object: when the verb's subject is an event mention, the date is that event's
    ("The blizzard brought the city to a standstill on 28 December"); when the mention is what
    the act is about, the date is the act's ("Forecasters had warned of the typhoon on 29
    August", "spoke about the election on 2 May"; not "blamed the crowd for the stampede on 4
    October", where "for" names the event the act answers)."""
    if word is None or word.pos_ != "VERB" or word.i == mention.i or word.i in mentions:
        return False
    prep = mention.head
    if mention.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != word.i:
        return False
    if prep.lower_ in BEFORE_AFTER:
        return False  # "An inquiry was opened following the shoot-out in early December"
    if not told_in_past(word):
        return False  # "Police are suing over the raid last Tuesday": a present act takes no past date
    subject = _subject(word)
    if subject is not None and subject.i in mentions and subject.i != mention.i:
        return True
    return prep.lower_ in TOPIC_PREPS


def _it_copula(word: Token) -> bool:
    """ "it" as the subject of a bare copula that a date completes ("Asked when the strike
    began, the union said it was on 3 May"): "it" stands for the event, as with an occurrence
    verb (not the cleft "it was in May that ...", nor "it was a strike")."""
    it = next((c for c in children_of(word) if c.dep_ == "nsubj" and is_it(c)), None)
    if it is None or word.lemma_.lower() != "be":
        return False
    # (a clause before "it" is another one the parse glued on: "... when it began: it was in May")
    kids = [c for c in children_of(word) if c.dep_ != "punct" and c.i > it.i]
    # the date its one complement: not "it was in talks with regulators in May" (the company)
    return sum(c.dep_ == "prep" for c in kids) == 1 and all(c.dep_ in ("prep", "advmod") for c in kids)


def _until_clause(word: Token) -> Token:
    """The clause a "not until DATE that ..." cleft dates: the one marked by "that"."""
    for c in children_of(word):
        if c.dep_ in ("ccomp", "advcl", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)
        ):
            return c
    return word
