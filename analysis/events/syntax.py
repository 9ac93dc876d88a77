"""Parse helpers every layer of the event model shares: hyphenated words, plurals, times,
subjects, definite nouns and "it", and the verb classes (saying, occurring, staging, hosting)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy
from spacy import parts_of_speech
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, ORTH, POS, SPACY, TAG
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from analysis import lexicon
from analysis.gazetteer import resolve

# predicates whose intransitive subject is something that happens: "the outage began",
# "the sentencing took place", "the fire broke out" (with the particle or object in brackets)
OCCUR_VERBS: dict[str, tuple[str, ...] | None] = {
    "happen": None,
    "occur": None,
    "begin": None,
    "start": None,
    "end": None,
    "finish": None,
    "erupt": None,
    "unfold": None,
    "peak": None,
    "strike": None,
    "hit": None,  # "the storm hit on Monday" (not "hit the coast")
    "break": ("out",),
    "take": ("place", "effect", "hold"),
    "go": ("ahead", "off"),
    "open": None,  # "the festival opened on Thursday"
    "kick": ("off",),  # "the festival kicked off on 22 August"
    "come": ("into",),  # "the aid suspension came into force last Friday" (`_into_force`)
    "enter": ("into",),  # "the ban entered into force in May"
}
# occurrence verbs that are also states, an occurrence only in the past tense
TOLD_IN_PAST = frozenset({"open"})
# verbs of staging: what they hold is an occasion ("held a vigil", "the rally was staged", "the
# dialogue was convened")
STAGING_VERBS = frozenset({"hold", "stage", "convene"})
# verbs that say where something is: "accounts placed the hijacking in Voronezh"
# the dashes that set an aside off
DASHES = frozenset({"-", "–", "—", "--"})
LOCATING_VERBS = frozenset({"place", "put", "locate", "situate", "pinpoint"})
# verbs that find where or in what an event began: "traced the outbreak to Abuja"
TRACE_VERBS = frozenset({"trace", "track", "pinpoint"})
# verbs that report, and verbs too light to name an event of their own
NOT_EVENT_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "be",
        "have",
        "do",
        "make",
        "get",
        "take",
        "give",
        "go",
        "come",
        "become",
        "seem",
        "accord",
        "add",
        "claim",
        "state",
        "note",
        "include",
        "leave",
        "see",
        "show",
        "find",
        "know",
        "think",
        "believe",
        "mark",
        "hold",
        "conduct",
        "begin",
        "start",
        "end",
        "continue",
        "follow",
        "happen",
        "occur",
    }
)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


_HYPHEN = hash_string("-")


# verbs whose subject is their infinitive's ("the strike seemed to spread to Lyon")
RAISING_VERBS = frozenset({"seem", "appear", "prove", "tend"})


def _joined_hyphens(doc: Doc) -> frozenset[int]:
    """The hyphens glued to both neighbours (doc[i] is "-", neither it nor doc[i - 1] is followed
    by a space, 0 < i < len(doc) - 1), read once per Doc from its token array: `_hyphen_chain`
    runs on nearly every token, and reading the neighbours' text and spacing token by token
    was a twentieth of the event model's time."""
    found = doc.user_data.get("copydesk_joined_hyphens")
    if found is None:
        table = doc.to_array([ORTH, SPACY])
        spaced = table[:, 1].tolist()
        found = frozenset(
            i
            for i in (table[:, 0] == _HYPHEN).nonzero()[0].tolist()
            if 0 < i < len(spaced) - 1 and not spaced[i - 1] and not spaced[i]
        )
        doc.user_data["copydesk_joined_hyphens"] = found
    return found


_SENT_TOKENS = "copydesk_sent_tokens"  # (the hook `sent_tokens` reads)


def index_sentences(doc: Doc) -> None:
    """Answer `Token.sent`, `Span.sent` and `sent_tokens` from a table read once per Doc:
    spaCy's own `sent` scans the Doc's annotation each time, iterating a Span makes each token
    anew, and the event model asks both of thousands of tokens. (spaCy's user hooks: they are
    not serialized, and a copy of the Doc, which takes them along, is indexed anew on first use.)"""
    if "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        return
    sents = list(doc.sents)
    tokens = doc_tokens(doc)
    at = [0] * len(doc)
    for n, sent in enumerate(sents):
        at[sent.start : sent.end] = [n] * len(sent)

    def own(other: Doc) -> bool:
        if other is doc:
            return True
        for hooks in (other.user_token_hooks, other.user_span_hooks):
            hooks.pop("sent", None)
            hooks.pop(_SENT_TOKENS, None)
        index_sentences(other)
        return False

    doc.user_token_hooks["sent"] = lambda tok: sents[at[tok.i]] if own(tok.doc) else tok.sent
    doc.user_span_hooks["sent"] = lambda span: sents[at[span.start]] if own(span.doc) else span.sent
    doc.user_token_hooks[_SENT_TOKENS] = lambda tok: (
        tokens[sents[at[tok.i]].start : sents[at[tok.i]].end] if own(tok.doc) else sent_tokens(tok)
    )


_TOKENS = "copydesk_tokens"
_TAGS = "copydesk_tags"  # (`_tokens_where`'s columns)


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once (see `_ReadToken`): spaCy makes a token anew on every read
    (`doc[i]`, `tok.children`), and the event model reads thousands. Not to be changed by the
    caller."""
    # (`_doc_table`'s look-up written out: the event model asks this thousands of times a Doc)
    table = doc.user_hooks.get(_TOKENS)
    if table is None or table[0] is not doc:
        return _doc_table(doc, _TOKENS, _read_tokens)
    return table[1]


class _ReadToken(Token):
    """A token of `doc_tokens`, its text, tags, head and children read once with the table: a
    spaCy Token reads each anew from the Doc's annotation and string store (100 to 350 ns a
    read), and the event model makes some tens of thousands of reads a Doc. It is a Token of
    the Doc, equal to and hashed as spaCy's own; its other attributes (cheap to read), and the
    tokens spaCy's own methods return (`doc[i]`, `tok.subtree`), are spaCy's."""

    # (`_plural`: see `_is_plural`; `_chain`: see `_hyphen_chain`)
    __slots__ = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "head")
    __slots__ += ("_children", "_plural", "_chain")

    def _fill(self, *values: Any) -> None:
        self.i, self.text, self.lower_, self.lemma_, self.pos_, self.tag_, self.dep_, self.ent_type_ = values


# (the columns of `_ReadToken._fill`, in its order after "i": each holds a string's key)
_READ_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE]


def _read_tokens(doc: Doc) -> list[Token]:
    table = doc.to_array(_READ_COLUMNS)
    keys, at = numpy.unique(table, return_inverse=True)  # (each string looked up once)
    strings = numpy.array([doc.vocab.strings[key] for key in keys.tolist()], dtype=object)
    rows = range(len(doc))
    tokens = [_ReadToken(doc.vocab, doc, i) for i in rows]
    # (a loop in C: a Python loop over the rows costs three times as much)
    deque(map(_ReadToken._fill, tokens, rows, *strings[at.reshape(table.shape)].T.tolist()), maxlen=0)
    plural = _plural_rows(doc)
    for tok in tokens:
        tok._children = ()  # (most tokens have none: one list less each for the collector)
        tok._plural = (
            tok.i in plural
            and not lexicon.is_plural_only(tok.text)
            and not lexicon.is_singular_event_form(tok.text)  # "the putsch", tagged plural
        )
        tok._chain = None
    for start, end in _chains(doc):
        for tok in tokens[start:end:2]:  # (the words, not the hyphens between them)
            tok._chain = (start, end)
    for tok, offset in zip(tokens, doc.to_array([HEAD]).astype(numpy.int64).tolist(), strict=True):
        tok.head = head = tokens[tok.i + offset]
        if not offset:
            continue
        if head._children:
            head._children.append(tok)
        else:
            head._children = [tok]
    return tokens


def children_of(tok: Token) -> Sequence[Token]:
    """`tok.children`, in text order, read once with `doc_tokens`. Not to be changed by the caller."""
    if type(tok) is not _ReadToken:
        tok = doc_tokens(tok.doc)[tok.i]
    return tok._children


def _doc_table(doc: Doc, key: str, read: Callable[[Doc], Any]) -> Any:
    """A table of Doc's tokens, read once. Kept, as `index_sentences`'s table, in the Doc's user
    hooks, which are neither serialized nor deep-copied; a copy of the Doc takes them along and
    reads its own on first use (the table holds the Doc it was read from)."""
    table = doc.user_hooks.get(key)
    if table is None or table[0] is not doc:
        doc.user_hooks[key] = table = (doc, read(doc))
    return table[1]


def sent_tokens(tok: Token) -> list[Token]:
    """The tokens of `tok`'s sentence, from `index_sentences`'s table once it is read."""
    hook = tok.doc.user_token_hooks.get(_SENT_TOKENS)
    return hook(tok) if hook is not None else list(tok.sent)


def _rows_with(column: numpy.ndarray, keys: Iterable[int]) -> numpy.ndarray:
    """Which rows of a column of the Doc's token array hold one of `keys` (a comparison per
    key: `numpy.isin` sorts, and costs more on a Doc's few hundred rows)."""
    keep = numpy.zeros(len(column), dtype=bool)
    for key in keys:
        keep |= column == key
    return keep


def _tokens_where(
    doc: Doc,
    pos: tuple[str, ...] = (),
    words: tuple[str, ...] = (),
    *,
    in_names: bool = True,
    hyphens: bool = False,
) -> list[Token]:
    """The tokens of the Doc, in text order, whose coarse tag is one of `pos` (`in_names`: also
    inside a named entity; else only outside one), whose lower-case text is one of `words`, or
    (`hyphens`) that are part of a word written with hyphens. Read from the Doc's token array:
    a pass that creates every token to read its tags costs more than the few tokens it keeps."""
    table = _doc_table(doc, _TAGS, lambda d: d.to_array([POS, ENT_TYPE, LOWER]))
    keep = _rows_with(table[:, 0], [parts_of_speech.IDS[p] for p in pos])
    if not in_names:
        keep &= table[:, 1] == 0
    keep |= _rows_with(table[:, 2], [hash_string(w) for w in words])
    for i in _joined_hyphens(doc) if hyphens else ():
        keep[i - 1] = keep[i + 1] = True
    tokens = doc_tokens(doc)
    return [tokens[i] for i in keep.nonzero()[0].tolist()]


def _hyphen_chain(tok: Token) -> tuple[int, int] | None:
    """The tokens [start, end) of a word written with hyphens that the tokenizer split
    ("pile - up", "sit - ins"), when `tok` is one of them; else None."""
    return (tok if type(tok) is _ReadToken else doc_tokens(tok.doc)[tok.i])._chain


def _chains(doc: Doc) -> list[tuple[int, int]]:
    """The [start, end) of each word written with hyphens that the tokenizer split (a run of
    words joined by `_joined_hyphens`), in text order."""
    out: list[tuple[int, int]] = []
    for i in sorted(_joined_hyphens(doc)):
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 2)
        else:
            out.append((i - 1, i + 2))
    return out


def misread_hyphen_subject(tok: Token) -> bool:
    """A word written with hyphens the small model made modifiers of the verb right after it,
    a verb with no subject of its own ("The semi-final happened in Tver", "A go-slow started"):
    no modifier comes before its verb in English, so the word is the verb's subject."""
    verb = tok.head
    return (
        _hyphen_chain(tok) is not None
        and tok.dep_ in ("amod", "nmod")
        and (verb.pos_ in ("VERB", "AUX") or misparsed_took_place(verb))
        and tok.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    )


def misparsed_took_place(noun: Token) -> bool:
    """ "place" of "took place" made a noun the verb before it modifies ("The semi-final took
    place near Accra", parsed as modifiers of "place"): the occurrence predicate itself."""
    if noun.lower_ != "place" or noun.i == 0:
        return False
    took = doc_tokens(noun.doc)[noun.i - 1]
    return took.lemma_ == "take" and took.dep_ in ("amod", "compound") and took.head.i == noun.i


def hyphen_head(tok: Token) -> Token:
    """The part of a word written with hyphens that carries its lemma ("semi-final": the
    part the parse makes the compound's head), or the token itself."""
    chain = _hyphen_chain(tok)
    if chain is None:
        return tok
    start, end = chain
    words = doc_tokens(tok.doc)[start:end:2]
    return next((t for t in words if not start <= t.head.i < end or t.head.i == t.i), words[-1])


def lemma_positions(doc: Doc, lemmas: frozenset[str]) -> frozenset[int]:
    """The tokens whose lemma is one of `lemmas` (in lower case, capitalised or in capitals),
    read once per Doc and word set from its token array (for a rule that looks for a rare word
    in every sentence it is asked of)."""
    known = doc.user_data.setdefault("copydesk_lemma_positions", {})
    found = known.get(lemmas)
    if found is None:
        keep = _rows_with(doc.to_array(LEMMA), _cased_hashes(lemmas))
        known[lemmas] = found = frozenset(keep.nonzero()[0].tolist())
    return found


def words_under(head: Token, words: frozenset[str]) -> list[Token]:
    """The tokens of `head`'s subtree (itself included) whose lower-case text is one of
    `words`, in text order: found where the Doc has those words (`_tokens_where`) and climbed
    to `head` by their heads, not by making each token of the subtree anew (`Token.subtree`),
    for a rule that looks for a rare word under every phrase it is asked of."""
    out = []
    for found in _tokens_where(head.doc, words=tuple(words)):
        t = found
        while t.i != head.i and t.head.i != t.i:
            t = t.head
        if t.i == head.i:
            out.append(found)
    return out


@lru_cache(maxsize=64)
def _cased_hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(f(w)) for w in words for f in (str.lower, str.capitalize, str.upper))


def _is_plural(tok: Token) -> bool:
    """Tagged plural or plural by its morphology, and not a noun English has only in the
    plural ("the hustings was held"), read with `doc_tokens`."""
    return (tok if type(tok) is _ReadToken else doc_tokens(tok.doc)[tok.i])._plural


_PLURAL_TAGS = frozenset({hash_string("NNS"), hash_string("NNPS")})


def _plural_rows(doc: Doc) -> frozenset[int]:
    """The tokens tagged plural or whose morphology says so, from the Doc's token array
    (reading a token's morphology as text costs more than the question)."""
    table = doc.to_array([TAG, MORPH])
    # (each morphology read as text once: a Doc has few of them)
    plural = [m for m in set(table[:, 1].tolist()) - {0} if "Number=Plur" in doc.vocab.strings[m]]
    keep = _rows_with(table[:, 0], _PLURAL_TAGS) | _rows_with(table[:, 1], plural)
    return frozenset(keep.nonzero()[0].tolist())


def is_it(tok: Token) -> bool:
    """ "it", or "that" / "this" standing alone as a subject the way "it" does ("Back to
    the strike -- that began on 3 May", "The vigil? This was held in June"): not a
    determiner, nor the "that" that opens a relative clause ("the strike that began ...")."""
    if tok.lower_ == "it":
        return True
    return (
        tok.lower_ in ("that", "this")
        and tok.pos_ == "PRON"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.dep_ != "relcl"
        and not children_of(tok)
    )


def it_subject(verb: Token, active: bool = True, passive: bool = False) -> bool:
    """ "it" is the verb's subject: active ("it began"), passive ("it was held") or either."""
    deps = ("nsubj",) * active + ("nsubjpass",) * passive
    return any(c.dep_ in deps and is_it(c) for c in children_of(verb))


def _definite(tok: Token | None) -> bool:
    """A noun the text refers back to: "the bridge", "the port's crane" (not "a bridge", "it")."""
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
            for c in children_of(tok)
        )
    )


def counted_occasion(tok: Token) -> Token | None:
    """The singular noun a plural names one sitting of ("the round of talks", "this session of
    negotiations"): a plural WordNet has as a word of its own, after "of" on a definite noun
    with an act sense. None otherwise ("a wave of attacks" is many)."""
    head = tok.head
    if not (_is_plural(tok) and tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"):
        return None
    occasion = head.head
    if _is_plural(occasion) or not _definite(occasion) or not lexicon.has_rare_act_sense(occasion.lemma_):
        return None
    own_word = any(
        w.name() == tok.lower_ for s in lexicon.wordnet().synsets(tok.lower_, "n") for w in s.lemmas()
    )
    return occasion if own_word else None


def _occurs(verb: Token) -> bool:
    """An occurrence predicate used intransitively: "began", "broke out", "took place"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in OCCUR_VERBS:
        return False
    if lemma in TOLD_IN_PAST and verb.tag_ != "VBD":
        return False  # "the festival opened on Thursday"; not "we needed the government open"
    need = OCCUR_VERBS[lemma]
    if need == ("into",):
        return _into_force(verb)
    kids = {c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "dobj", "advmod")}
    if need is not None:
        return bool(kids.intersection(need))
    return not any(c.dep_ in ("dobj", "xcomp") for c in children_of(verb))


def _into_force(verb: Token) -> bool:
    """ "came into force", "entered into effect": a measure starting to apply."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(g.lower_ in ("force", "effect") for g in children_of(c))
        for c in children_of(verb)
    )


def _staging(verb: Token) -> bool:
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in STAGING_VERBS or (
        lemma not in NOT_EVENT_VERBS and bool(STAGING_VERBS & lexicon.verb_lemmas(verb.text))
    )


# verbs that name what a free relative stands for: "What police called an ambush ripped ..."
NAMING_VERBS = frozenset({"call", "describe", "dub", "term", "label", "brand"})


def free_relative_predicate(tok: Token) -> Token | None:
    """The predicate of a free relative that names the event ("What police called an ambush
    ripped through a street", "What officials described as a riot broke out"): the event is that
    predicate's subject. The small model parses the free relative as a subject clause, or
    makes the naming verb the root and the predicate a clause on it or on the event word."""
    naming = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ not in ("oprd", "attr", "dobj", "pobj") or naming.lemma_.lower() not in NAMING_VERBS:
        return None
    what = [c for c in naming.subtree if c.lower_ == "what" and c.i < naming.i]
    if not what or what[0].i != naming.left_edge.i:
        return None
    if naming.dep_ == "csubj":
        return naming.head
    return next(
        (
            c
            for c in sorted((*children_of(naming), *children_of(tok)), key=lambda c: c.i)
            if c.i > tok.i
            and c.pos_ == "VERB"
            and c.dep_ in ("acl", "advcl", "conj", "oprd", "ccomp", "relcl")
        ),
        None,
    )


def as_aside_predicate(noun: Token) -> Token | None:
    """The predicate of the relative clause on `noun` in "the heist, which, as the owners pointed
    out, happened in October": the small model takes the aside's verb for the relative clause's
    and hangs the real one, subjectless, on the main clause; that predicate, else None."""
    return next((p for c in children_of(noun) if (p := _past_as_aside(c)) is not None), None)


def _past_as_aside(relative: Token) -> Token | None:
    kids = children_of(relative)
    if relative.dep_ != "relcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    if not any(c.tag_ == "WDT" and c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None
    tokens = doc_tokens(relative.doc)
    # (hung on the aside's verb as a second one, or on the main clause after it)
    i = next((c.i - 1 for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"), relative.right_edge.i + 1)
    if i + 1 >= len(tokens) or tokens[i].text != ",":
        return None
    verb = tokens[i + 1]
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # "which, as police said, was held in Lyon"
    return verb if verb.pos_ == "VERB" and verb.i > i and _subject(verb) is None else None


def pseudo_cleft_clause(focus: Token) -> Token | None:
    """The free relative whose referent a pseudo-cleft's focus names: "What happened on 18 May
    was [a walkout]" -> "happened"; or that a dash or comma sets the focus after: "What happened
    in Depok - [a stampede] ..." (the parse hangs it on the place or date); else None."""
    be = focus.head
    # (hung on the place or date, or on the free relative's verb itself)
    appos = focus.dep_ == "appos" and focus.head.dep_ == "pobj" and focus.head.head.dep_ == "prep"
    if (appos or focus.dep_ == "npadvmod") and focus.left_edge.i > 0:
        verb = focus.head.head.head if appos else focus.head
        set_off = doc_tokens(focus.doc)[focus.left_edge.i - 1].text in (*DASHES, ",")
        what = any(g.lower_ == "what" and g.dep_ in ("nsubj", "nsubjpass") for g in children_of(verb))
        return verb if set_off and what else None
    if focus.dep_ != "attr" or be.lemma_ != "be":
        return None
    return next(
        (
            c
            for c in children_of(be)
            if c.dep_ in ("csubj", "csubjpass")
            and any(g.tag_ == "WP" and g.lower_ == "what" for g in children_of(c))
        ),
        None,
    )


def predicated_occurrence(noun: Token) -> Token | None:
    """The occurrence clause on what a subject is said to be: "The fire was something that
    happened in Lyon", "is remembered as an accident that took place in Lyon" (a relative
    clause whose subject is "that" / "which" on the copula's complement or the "as" phrase)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    said = [
        g
        for c in children_of(verb)
        if c.dep_ == "attr" and verb.lemma_ == "be" or c.dep_ == "prep" and c.lower_ == "as"
        for g in ((c,) if c.dep_ == "attr" else children_of(c))
        if g.dep_ in ("attr", "pobj")
    ]
    return next(
        (
            r
            for g in said
            for r in children_of(g)
            if r.dep_ == "relcl"
            and _occurs(r)
            and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children_of(r))
        ),
        None,
    )


def of_participle_owner(verb: Token) -> Token | None:
    """The event noun whose "of" object a present participle describes, which tells of the
    noun's moment and place ("the derailment of a train carrying chlorine near Poznan on 8
    August", "the collapse of a crane lifting beams in Leipzig"); else None."""
    thing = verb.head
    prep = thing.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or thing.dep_ != "pobj" or prep.lower_ != "of":
        return None
    return prep.head if prep.head.pos_ == "NOUN" else None


def _subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


# what opens a phrase of cause: "because of", "due to", "owing to"
CAUSE_PHRASES = frozenset({("because", "of"), ("due", "to"), ("owing", "to")})
CAUSE_WORDS = frozenset(first for first, _ in CAUSE_PHRASES)


def cause_preposition(prep: Token) -> Token:
    """The word that opens the phrase of cause a preposition completes ("because" for the "of"
    of "because of the strike", "due" for "due to the blast"), else the preposition itself."""
    return prep.head if prep.lower_ in ("of", "to") and prep.head.lower_ in CAUSE_WORDS else prep


def misread_cause_subject(tok: Token) -> bool:
    """A subject the small model took out of a phrase of cause right before it ("Flights that
    could not land because of the breach were diverted to Lyon", "the breach" the subject of
    "diverted"): what the verb tells is what befell the flights, not the event."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    start = tok.left_edge.i
    tokens = doc_tokens(tok.doc)
    return start >= 2 and (tokens[start - 2].lower_, tokens[start - 1].lower_) in CAUSE_PHRASES


# the verbs English uses as auxiliaries: any other verb the parse calls one is misread
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "get"})


def reported_relative(verb: Token) -> Token | None:
    """The relative clause that reports `verb` as its antecedent's, when the small model misread
    "which police said hit in May" (the saying made an auxiliary of "hit", "which" its object)
    or "which the survey confirmed struck in May" (the saying's clause holds "which" and the
    source, "struck" its subjectless complement); else None. The source says; it did not hit."""
    if verb.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_.lower() not in AUXILIARY_LEMMAS
        for c in children_of(verb)
    ):
        return verb
    said = verb.head
    if (
        verb.dep_ not in ("xcomp", "ccomp")
        or verb.tag_ not in ("VBD", "VBN")
        or _subject(verb) is not None
        or said.dep_ != "relcl"
        or said.i > verb.i
        or lexicon.verb_kind(said.lemma_) not in ("verb.communication", "verb.cognition")
    ):
        return None
    kids = children_of(said)
    relative = any(c.tag_ in ("WDT", "WP") and c.dep_ in ("nsubj", "dobj") for c in kids)
    source = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return said if relative and source else None


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence, though the parse may glue it to the one before ("...
    with Iran.  Had the inquest come ...") or leave a quote or space before it."""
    tokens = doc_tokens(tok.doc)
    i = tok.i - 1
    while i >= tok.sent.start and (tokens[i].is_space or tokens[i].is_quote):
        i -= 1
    return i < tok.sent.start or tokens[i].text in (".", "!", "?")


def _hosting_verb(verb: Token) -> str | None:
    """ "host", "stage", "hold" or "sit" when verb is one (the small model lemmatises "staged"
    as "stag")."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    return lemma if lemma in _HOSTING else _hosting_reading(verb.lower_)


_HOSTING = ("host", "stage", "hold", "sit")


@lru_cache(maxsize=16384)
def _hosting_reading(word: str) -> str | None:
    """The first of `_HOSTING`, in alphabetical order, that WordNet reads the word as."""
    return next((lemma for lemma in sorted(lexicon.verb_lemmas(word)) if lemma in _HOSTING), None)


def _is_time(g: Token) -> bool:
    """A word that names a time ("3 p.m.", "Friday", "dawn", "local time"), not a place."""
    return g.ent_type_ in ("DATE", "TIME") or g.lower_ == "time" or lexicon.is_time_noun(g.lemma_)


def _has_object(tok: Token) -> bool:
    """An event noun with an of / by object: a possessor is then its agent ("Russia's invasion of ...")."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in children_of(tok))


def _it_thing(verb: Token) -> Token | None:
    """The thing "it" names as the subject of a verb: the nearest definite noun before it in
    its sentence that is an argument ("Salvage crews freed the ship six days after it ran
    aground"; "no trace of the aircraft since it disappeared"), not a person, place or time."""
    tokens = doc_tokens(verb.doc)
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        t = tokens[i]
        if (
            t.pos_ == "NOUN"
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and t.ent_type_ not in NAME_LABELS  # (the NER may read "the ship six days" as a date)
            and not _is_plural(t)
            and _definite(t)
            and lexicon.noun_kind(t.lemma_) not in ("noun.person", "noun.group", "noun.time", "noun.location")
        ):
            return t
    return None


def speaks(verb: Token) -> bool:
    """A verb of saying ("said", "told", "announced"): its subject is a source, not an actor."""
    return verb.pos_ in ("VERB", "AUX") and lexicon.verb_kind(verb.lemma_) == "verb.communication"


def in_label(tok: Token) -> bool:
    """A word of the label that opens a line ("Round-up:", "Key points:", "Editor's note:",
    "Pictured:"): it names the kind of paragraph; the clause after the colon is the sentence.
    (Not "Police said: ...", a verb's subject.)"""
    sent = sent_tokens(tok)
    colon = next((t for t in sent[1:5] if t.text == ":"), None)
    return (
        colon is not None
        and tok.i < colon.i
        and colon.i + 2 < sent[-1].i + 1
        # (words of a label only: not "Police said:", not "Fire in Lyon:" or "Lyon fire:", a
        # headline's clause or phrase)
        and all(
            (t.pos_ in ("NOUN", "PROPN", "ADJ", "PART", "PUNCT") or t.tag_ == "VBN")
            and t.ent_type_ not in ("GPE", "LOC")
            and not (t.pos_ == "PROPN" and resolve(t.text))
            for t in sent[: colon.i - sent[0].i]
        )
    )


def denies_attribute(verb: Token) -> bool:
    """A copula with an attribute: its "not" denies what the subject was, not that it was or
    when ("The fire in July was not the first of its kind", "was not deliberate"); also with an
    aside before the attribute, where the parse hangs the attribute on the aside ("was not, the
    report says, a one-off")."""
    if verb.lemma_ != "be":
        return False
    return any(c.dep_ in ("attr", "acomp") for c in children_of(verb)) or any(
        c.dep_ == "parataxis"
        and c.i > verb.i
        and any(
            a.dep_ in ("appos", "attr", "acomp", "dobj") and a.i > c.i and a.pos_ in ("NOUN", "ADJ")
            for a in children_of(c)
        )
        for c in children_of(verb)
    )


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to": "to dominate", "to cover"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def told_of(tok: Token) -> Token | None:
    """The report a mention is told of in: "reports of a stabbing" gives "reports"."""
    told = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if told is not None and lexicon.noun_kind(told.lemma_) == "noun.communication":
        return told
    return None


def _raises(verb: Token) -> bool:
    """A passive ("is thought to", "is believed to") or raising verb ("seems to")."""
    return verb.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "auxpass" for c in children_of(verb)) or verb.lemma_.lower() in RAISING_VERBS
    )


# verbs of drawing people to an event: "the funeral drew thousands of mourners"
DRAW_VERBS = frozenset({"draw", "attract"})
# entity labels of a count ("drew thousands of fans")
COUNT_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT"})


def opening_common_noun(tok: Token) -> bool:
    """A common noun the tagger made a name because it opens the sentence with a capital
    ("Travellers in Lyon faced ...", tagged NNPS): no entity, and a noun in WordNet."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_sent_start
        and tok.is_title
        and not tok.ent_type_
        and lexicon.noun_kind(lexicon.noun_lemma(tok.lower_)) is not None
    )


def named_common_noun(tok: Token) -> bool:
    """A common noun opening the sentence that the NER alone took for a name ("Commuters in Cairo
    faced delays", "Commuters" an organisation): tagged a plain noun, the entity only itself."""
    return (
        tok.is_sent_start
        and tok.tag_ in ("NN", "NNS")
        and tok.ent_iob_ == "B"
        and (tok.i + 1 >= len(tok.doc) or doc_tokens(tok.doc)[tok.i + 1].ent_iob_ != "I")
    )


def _people(tok: Token) -> bool:
    """A word for people, a group or an organisation ("residents", "police", "the ministry")."""
    if tok.pos_ == "PRON" or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if opening_common_noun(tok):
        return lexicon.is_people_noun(lexicon.noun_lemma(tok.lower_))
    return tok.pos_ == "NOUN" and lexicon.is_people_noun(tok.lemma_)


def _people_or_count(tok: Token) -> bool:
    """People, a group of them or a count standing for them ("residents", "police", "dozens")."""
    return _people(tok) or tok.ent_type_ in COUNT_LABELS


def _took_lives(verb: Token) -> bool:
    """A verb of saying in its other sense, with people or lives as its object: "the blast
    claimed 23 lives", "claimed three victims"."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and (_people_or_count(c) or lexicon.noun_kind(c.lemma_) == "noun.state")
        for c in children_of(verb)
    )


def drew_people(verb: Token) -> bool:
    """ "drew huge crowds", "attracted thousands": a verb of drawing with people, a body of
    them or a count as its object."""
    return verb.lemma_.lower() in DRAW_VERBS and any(
        c.dep_ == "dobj" and (_people_or_count(c) or lexicon.noun_kind(c.lemma_) == "noun.group")
        for c in children_of(verb)
    )


def harmed_people(verb: Token) -> bool:
    """ "injured 12 fans", "killed two", "left several fans in hospital", "left 40 people
    homeless": a verb of bodily harm or contact (not one of being or of feeling alone), or
    "left" with a state, whose object is people or a count of them."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    kinds = lexicon.verb_kinds(lemma)
    leave = lemma == "leave"
    harm = (
        not leave
        and "verb.stative" not in kinds
        and ("verb.body" in kinds or lexicon.verb_kind(lemma) == "verb.contact")
    )
    if not (leave or harm):
        return False
    for who in children_of(verb):
        if who.dep_ != "dobj" or not (_people_or_count(who) or lexicon.has_person_sense(who.lemma_)):
            continue
        if harm:
            return True
        # (left in a state: "dead", "stranded", "in hospital"; not "left fans in Lyon")
        states = [c for c in children_of(verb) if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
        states += [a for a in children_of(who) if a.dep_ in ("amod", "acl") and a.i > who.i]
        where = [
            g
            for h in (verb, who)
            for c in children_of(h)
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in children_of(c)
            if g.dep_ == "pobj" and lexicon.noun_kind(g.lemma_) in ("noun.artifact", "noun.state")
        ]
        if states or where:
            return True
    return False


def told_in_past(verb: Token) -> bool:
    """The verb, or an auxiliary of it, is in the past tense ("began", "was held", "had been")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children_of(verb)
    )


def that_clause(clause: Token) -> bool:
    """A clause opened by "that" ("ruled that ...", "It was in Tver that ...")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


def told_as_done(verb: Token) -> bool:
    """Told in the past as done: not denied, with no modal ("was held", "walked out"; not "was
    not held", "would have walked out")."""
    return told_in_past(verb) and not any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD") for c in children_of(verb)
    )


def than_expected(verb: Token) -> Token | None:
    """The verb a "than expected" clause compares ("came earlier than expected just outside
    Y", "arrived later than planned on 3 May"): the parse hangs the verb's own phrases on the
    bare participle; None unless `verb` is that participle."""
    compared = verb.head
    if not (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in children_of(verb))
        and compared.pos_ in ("ADV", "ADJ")  # ("later" may be tagged a plain adverb)
        and compared.head.pos_ == "VERB"
        # (a bare participle: "than expected", "than planned", not "than officials expected")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") for c in children_of(verb))
    ):
        return None
    return compared.head


# prepositions that also open a clause of time, whose subject the parse may take for their object
TIME_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})
# how an aside set off by commas between a subject and its verb opens: a relative clause
RELATIVE_OPENERS = frozenset({"which", "whose", "who"})


def parted_subject(verb: Token) -> Token | None:
    """The subject of a verb with none of its own that the parse parted from it: the noun
    before an aside set off by dashes or commas right before the verb ("The landslide -- news of
    which was still coming in -- struck in Lyon", "The sinkhole, which dominated coverage for
    hours, formed in January"), or the noun right before it the parse made the object of a
    preposition of time ("Traders shut early after the depot fire spread on 3 July") or of the
    verb the clause hangs on ("never imagined the fire would happen here"), or the noun a free
    relative subject names (`_named_by_what`)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    if (named := _named_by_what(verb)) is not None:
        return named
    tokens = doc_tokens(verb.doc)
    sent = verb.sent
    # (past the verb's own auxiliaries: "-- was held in Lyon")
    auxes = [c.i for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    start = min([verb.i, *auxes])
    if start - 1 <= sent.start:
        return None
    before = tokens[start - 1]
    if before.text == ",":
        return _comma_aside_subject(verb, start, bool(auxes))
    if (
        before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and before.head.lower_ in TIME_CLAUSE_PREPS
        and before.head.head.i == verb.head.i != verb.i
        and (verb.tag_ in ("VBD", "VBZ", "VBP") or auxes)
    ):
        return before  # (the two hang on one verb: "shut early after [the fire] [spread ...]")
    if (
        before.pos_ == "NOUN"
        and before.dep_ == "dobj"
        and verb.dep_ == "ccomp"
        and before.head.i == verb.head.i
        and (verb.tag_ in ("VBD", "VBZ", "VBP") or auxes)
    ):
        # (the object of the verb the clause hangs on: "never imagined [the fire] [would happen]")
        return before
    if before.text not in DASHES:
        return None
    opening = next((t for t in reversed(tokens[sent.start : start - 1]) if t.text in DASHES), None)
    if opening is None or opening.i - 1 < sent.start:
        return None
    noun = tokens[opening.i - 1]
    return noun if noun.pos_ == "NOUN" else None


# verbs that give what they name a name: "what police described as an attack"
NAMING_VERBS = frozenset(
    {"describe", "call", "term", "label", "dub", "characterise", "characterize", "brand"}
)


def _named_by_what(verb: Token) -> Token | None:
    """The noun a free relative subject names ("What the agency described as an airdrop was
    carried out on 12 May"): what was carried out is the airdrop."""
    for clause in children_of(verb):
        if (
            clause.dep_ in ("csubj", "csubjpass")
            and clause.lemma_.lower() in NAMING_VERBS
            and any(c.lower_ == "what" for c in children_of(clause))
        ):
            return next(
                (
                    g
                    for c in children_of(clause)
                    if c.dep_ == "prep" and c.lower_ == "as"
                    for g in children_of(c)
                    if g.dep_ == "pobj" and g.pos_ == "NOUN"
                ),
                None,
            )
    return None


def _comma_aside_subject(verb: Token, start: int, has_aux: bool) -> Token | None:
    """`parted_subject` for commas: the sentence opens with the noun's phrase and a comma, then
    a relative clause or a speaker's words ("The fire, the mayor told reporters at length
    ..., began in Osaka"), and the verb after the closing comma is finite."""
    tokens = doc_tokens(verb.doc)
    sent = verb.sent
    noun = next((t for t in tokens[sent.start : start] if t.pos_ in ("NOUN", "PROPN", "VERB", "AUX")), None)
    while noun is not None and noun.dep_ == "compound" and noun.i < noun.head.i < start:
        noun = noun.head  # ("The demolition drive", "The quad bike crash": both hang on "crash")
    if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != sent.start or noun.i + 3 >= start:
        return None
    if tokens[noun.i + 1].text != ",":
        return None
    # (or a participle, when the noun's only other verb is a speaker's after it: "The sinkhole,
    # which ..., formed in January, the utility said")
    trailing_speaker = noun.dep_ == "nsubj" and speaks(noun.head) and noun.head.i > verb.i
    # (or one the parse left the sentence without a verb for: "The earthquake, which ... and
    # which has strained the response, hit in late January", "hit" a participle in the aside)
    if (
        verb.tag_ not in ("VBD", "VBZ", "VBP")
        and not has_aux
        and not (verb.tag_ == "VBN" and (trailing_speaker or noun.dep_ == "ROOT"))
    ):
        return None
    opener = tokens[noun.i + 2]
    spoken = any(
        speaks(t) and any(c.dep_ == "nsubj" and c.i > noun.i + 1 for c in children_of(t))
        for t in tokens[noun.i + 2 : min(noun.i + 6, start - 1)]
    )
    return noun if opener.lower_ in RELATIVE_OPENERS or spoken else None


def verb_parted_from(noun: Token) -> Token | None:
    """The verb `parted_subject` gives the noun as subject, right after it or after an aside set
    off by dashes or commas ("The landslide -- ... -- struck in Lyon"), else None."""
    tokens = doc_tokens(noun.doc)
    sent = noun.sent
    named_in = noun.head.head  # ("What the agency described as an airdrop was carried out ...")
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and named_in.dep_ in ("csubj", "csubjpass"):
        return named_in.head if parted_subject(named_in.head) == noun else None
    if noun.i + 1 >= sent.end:
        return None
    after = tokens[noun.i + 1]
    if after.text not in (*DASHES, ","):
        verb = after.head if after.dep_ in ("aux", "auxpass") else after
        return verb if parted_subject(verb) == noun else None
    marks = DASHES if after.text in DASHES else {","}
    for close in tokens[noun.i + 2 : sent.end - 1]:
        if close.text not in marks:
            continue
        verb = tokens[close.i + 1]
        verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb  # ("-- was held in Lyon")
        if parted_subject(verb) == noun:
            return verb
        if marks is DASHES:
            return None
    return None


def participle_of_compound(tok: Token) -> bool:
    """A participle right after a singular noun: the head of a compound the tagger split into a
    noun and a participle of it ("the police [shooting] in Lyon"), not someone doing it."""
    return tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.head.tag_ == "NN" and tok.head.i == tok.i - 1
