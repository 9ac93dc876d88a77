"""number.conflict: one quantity of one thing given two values in the same article.

One module although long: each kind of quantity below is a small reader, and they share the
referent and hedge logic that decides when two values are the same quantity.

Quantities read, each tied to its head noun and referent through the parse:

- `dead` / `injured`: a toll ("seven died", "nine people were killed", "killing 12",
  "39 dead", "a death toll of 40", "15 were injured"); the referent is the group
  ("people" and other generic nouns are one group; "children", "soldiers" are their
  own, since they are usually part of the toll);
- `age`: a named person's age ("dies at 97", "aged 95", "Ann Lee, 95,", "the
  95-year-old Lee", "at the age of 95"); a pronoun subject is the person named last;
- `duration`: a span of time tied to a noun ("a 24-year gap", "a gap of 23 years",
  "a 10-year sentence"); the referent is the noun;
- `money`: an amount tied to a noun or verb ("a $5 million fine", "fined $6 million");
- `votes`: votes won by a named subject ("Lee won 5,120 votes").

Numbers written as words are read by text2num. Hedges make intervals: "at least N",
"more than N", "over N" open upwards, "up to", "nearly", "almost" downwards,
"about", "around", "some", "an estimated" ±10 %; "between 7 and 9", "7 to 9" are
ranges. Two exact values that differ are an `error`; a hedged value whose interval
does not hold the other is an `error` too; a hedged value that is compatible but
differs ("at least 7" … "nine") is a `warning`. A count the text updates ("rose to
nine", "the toll climbed to", "revised") or qualifies as a part ("another", "also",
"including", "of them", "more", "other") is not compared. Ages in sentences about
another time ("when", "at the time", a year) are not compared either. One pass over
the tokens, then a comparison inside each (quantity, referent) group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from analysis.findings import Finding, report
from analysis.text import MAX_FINDINGS, EntityIndex

CODE = "number.conflict"
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MULTIPLIERS["trillion"] = 1_000_000_000_000
DIE = frozenset({"die", "kill", "perish", "drown", "murder", "execute", "slay", "behead", "massacre"})
INJURE = frozenset({"injure", "wound", "hurt", "hospitalise", "hospitalize"})
DEAD_NOUNS = frozenset({"death", "fatality", "dead", "toll", "body", "life"})
INJURED_NOUNS = frozenset({"injury", "injured", "wounded"})
GENERIC = frozenset(
    {"people", "person", "individual", "victim", "death", "fatality", "dead", "casualty", "body", "life", ""}
)
UPDATE = frozenset(
    {
        "rise",
        "climb",
        "increase",
        "grow",
        "reach",
        "jump",
        "mount",
        "swell",
        "surge",
        "revise",
        "update",
        "raise",
        "bring",
        "fall",
        "drop",
        "lower",
        "decrease",
        "double",
        "initially",
        "originally",
        "earlier",
        "first",
        "later",
        "now",
        "since",
        "previously",
    }
)
PART = frozenset(
    {
        "another",
        "other",
        "more",
        "additional",
        "further",
        "also",
        "include",
        "including",
        "among",
        "remaining",
        "separate",
        "each",
        "both",
        "respectively",
        "per",
        "average",
        "every",
        "only",
        "just",
        "same",
        "similar",
        "previous",
        "last",
        "second",
        "third",
        "total",
        "combined",
        "overall",
        "whom",
        "them",
        "those",
        "these",
    }
)
STATES = {"dead": "dead", "injured": "injured", "wounded": "injured", "injure": "injured", "wound": "injured"}
SCOPE = frozenset({"another", "new", "daily", "annually", "annual", "per", "each", "also", "separate"})
SPEECH = frozenset({"say", "claim", "report", "tell", "announce", "state", "confirm", "estimate", "put"})
OTHER_TIME = frozenset({"when", "then", "while", "until", "after", "before", "since", "once", "as", "time"})
TIME_UNITS = {u: u for u in ("year", "month", "week", "day", "hour", "minute")}
_HEDGE_WORDS = {
    "up": r"at least|more than|over|upwards of|in excess of|no fewer than|exceeding",
    "down": r"up to|nearly|almost|as many as|fewer than|less than|under|at most|no more than",
    "about": r"about|around|some|roughly|approximately|an estimated|estimated|circa|approx\.?",
}
_HEDGES = tuple((re.compile(rf"\b(?:{words})\s*$", re.I), kind) for kind, words in _HEDGE_WORDS.items())
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass
class Mention:
    kind: str
    referent: str
    value: float
    low: float
    high: float
    hedged: bool
    updated: bool
    start: int  # Doc character offsets of the number (with its hedge)
    end: int
    text: str
    speakers: frozenset[str] = frozenset()  # who the sentence says gave the figure
    places: frozenset[str] = frozenset()  # the places the sentence names
    definite: bool = True  # "the gap", not "a gap": one thing, not one of several


def number_run(tok: Token) -> Span | None:
    """The tokens of the number `tok` starts or belongs to ("twenty-four", "1.2 million")."""
    doc = tok.doc
    if not _is_num(tok):
        return None
    s = tok.i
    while s > 0 and (_is_num(doc[s - 1]) or (doc[s - 1].text == "-" and s > 1 and _is_num(doc[s - 2]))):
        s -= 1
    e = tok.i + 1
    while e < len(doc) and (
        _is_num(doc[e])
        or (doc[e].text == "-" and e + 1 < len(doc) and _is_num(doc[e + 1]) and doc[e + 1].is_alpha)
        or (doc[e].lower_ == "and" and e + 1 < len(doc) and _is_num(doc[e + 1]) and doc[e + 1].is_alpha)
    ):
        e += 1
    return doc[s:e]


def _is_num(tok: Token) -> bool:
    return bool(tok.like_num or tok.lower_ in MULTIPLIERS) and tok.lower_ not in ("one", "a")


def value_of(run: Span) -> float | None:
    words = [t.text for t in run if t.text != "-"]
    multiplier = 1.0
    while words and words[-1].lower() in MULTIPLIERS and len(words) > 1 and _DIGITS.match(words[-2]):
        multiplier *= MULTIPLIERS[words.pop().lower()]
    if len(words) == 1 and _DIGITS.match(words[0]):
        return float(words[0].replace(",", "")) * multiplier
    text = "-".join(words) if len(words) == 2 and run.text.count("-") == 1 else " ".join(words)
    try:
        return float(text2num(text.lower(), "en")) * multiplier
    except ValueError:
        return None


def _hedge(text: str, run: Span) -> tuple[str | None, int]:
    before = text[max(0, run.start_char - 30) : run.start_char]
    for pattern, kind in _HEDGES:
        m = pattern.search(before)
        if m:
            return kind, run.start_char - (len(before) - m.start())
    return None, run.start_char


def _range(doc: Doc, run: Span) -> float | None:
    """The other end of "7 to 9", "7-9", "between 7 and 9", "7 or 8", when `run` starts one."""
    e = run.end
    if e + 1 < len(doc) and doc[e].lower_ in ("to", "-", "–", "or", "and") and _is_num(doc[e + 1]):
        other = number_run(doc[e + 1])
        return value_of(other) if other is not None else None
    return None


def _person_of(tok: Token, persons: list[tuple[int, int, str]]) -> str | None:
    """The canonical name of the person `tok` names: a PERSON mention covering it, a surname of
    one ("Smith" for "John Smith", even when the model tags it otherwise), or for a pronoun
    the person named last before it."""
    if tok.lower_ in ("he", "she", "him", "her"):
        before = [p for p in persons if p[1] <= tok.idx]
        return before[-1][2] if before and tok.idx - before[-1][1] < 400 else None
    for s, e, name in persons:
        if s <= tok.idx < e:
            return name
    if tok.pos_ == "PROPN":
        for _, _, name in persons:
            if name.split()[-1] == tok.text:
                return name
    return None


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "Lee, who died aged 95": the noun the clause describes
            return _name_root(child)
    if verb.dep_ in ("conj", "advcl", "relcl", "acl") and verb.head.i != verb.i:
        if verb.dep_ in ("relcl", "acl"):
            return verb.head
        return _subject(verb.head)
    return None


def _name_root(tok: Token) -> Token:
    return tok


def _stem(tok: Token) -> str:
    """A rough stem that makes a verb and its noun one referent ("fined" / "fine": the small
    model's lemma of "fined" is "fin")."""
    return tok.lemma_.lower().rstrip("e")[:5]


def _clause_words(tokens: list[Token]) -> set[str]:
    out = set()
    for t in tokens:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
        for c in t.children:
            out.add(c.lower_)
            out.add(c.lemma_.lower())
    return out


class NumberConflict:
    def __call__(self, doc: Doc) -> Doc:
        persons = self._persons(doc)
        self.text = doc._.article.text  # the Doc's text, without rebuilding it from the tokens
        self.money: dict[int, Span] = {}
        self.year_dates: list[int] = []
        self.entities = EntityIndex(doc)
        for ent in self.entities.ents:
            if ent.label_ == "MONEY":
                self.money.update((i, ent) for i in range(ent.start, ent.end))
            elif ent.label_ == "DATE" and _YEAR.search(ent.text):
                self.year_dates.append(ent.start)
        mentions: list[Mention] = []
        seen: set[int] = set()
        # Token objects are made only for number-like tokens (making one per token is the cost)
        for i in doc.to_array(LIKE_NUM).nonzero()[0].tolist():
            tok = doc[i]
            if tok.i in seen or not _is_num(tok) or tok.lower_ in MULTIPLIERS:
                continue
            run = number_run(tok)
            if run is None:
                continue
            seen.update(range(run.start, run.end))
            mention = self._mention(doc, run, persons)
            if mention is not None:
                mentions.append(mention)
        self._compare(doc, mentions)
        return doc

    @staticmethod
    def _persons(doc: Doc) -> list[tuple[int, int, str]]:
        out = []
        for ent in doc._.entities:
            if ent.get("label") != "PERSON":
                continue
            for s, e in ent["mentions"]:
                out.append((s, e, ent["canonical"]))
        return sorted(out)

    def _mention(self, doc: Doc, run: Span, persons: list[tuple[int, int, str]]) -> Mention | None:
        value = value_of(run)
        if value is None:
            return None
        found = self._kind(doc, run, persons)
        if found is None:
            return None
        kind, referent, anchor_tokens, extra = found
        sent = run.sent
        words = _clause_words(anchor_tokens)
        sentence_lemmas = {t.lemma_.lower() for t in sent}
        if words & PART:
            return None
        if kind in ("dead", "injured") and sentence_lemmas & SCOPE:
            return None  # a part, a rate or another event: "another blast", "new deaths", "annually"
        if kind in ("dead", "injured"):
            for t in anchor_tokens:
                if t.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") for c in t.children):
                    return None  # "premature deaths", "civilian deaths": a part of the toll
        if kind.startswith(("money", "duration")) and any(
            sent.start <= i < sent.end for i in self.year_dates
        ):
            return None  # a figure for a given year: "turnover in 2019"
        updated = bool(sentence_lemmas & UPDATE) or extra.get("updated", False)
        other_time = any(sent.start <= i < sent.end for i in self.year_dates)
        if kind == "age" and (sentence_lemmas & OTHER_TIME or other_time) and not extra.get("death"):
            return None
        hedge, start = _hedge(self.text, run)
        other = _range(doc, run)
        low = high = value
        if other is not None:
            low, high = min(value, other), max(value, other)
        elif hedge == "up":
            high = float("inf")
        elif hedge == "down":
            low = value * 0.5
        elif hedge == "about":
            low, high = value * 0.9, value * 1.1
        start = min(start, extra.get("unit_start", start))
        end = run.end_char
        if extra.get("unit_end"):
            end = max(end, extra["unit_end"])
        return Mention(
            kind=kind,
            referent=referent,
            value=value,
            low=low,
            high=high,
            hedged=hedge is not None or other is not None,
            updated=updated,
            start=start,
            end=end,
            text=self.text[start:end],
            speakers=frozenset(
                c.lower_
                for t in sent
                if t.lemma_ in SPEECH
                for c in t.children
                if c.dep_ in ("nsubj", "nsubjpass")
            ),
            places=frozenset(e.text for e in self.entities.within(sent) if e.label_ in ("GPE", "LOC")),
            definite=not any(
                t.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in t.children)
                for t in anchor_tokens
                if t.pos_ == "NOUN"
            ),
        )

    def _kind(self, doc: Doc, run: Span, persons: list[tuple[int, int, str]]):
        """(kind, referent, tokens whose words qualify it, extra) or None."""
        root = run.root
        head = root.head
        nxt = doc[run.end] if run.end < len(doc) else None
        nxt2 = doc[run.end + 1] if run.end + 1 < len(doc) else None

        # ages: "95-year-old", "aged 95", "dies at 97", "Ann Lee, 95,"
        if nxt is not None and nxt.text == "-" and nxt2 is not None and nxt2.lemma_ == "year":
            after = doc[run.end + 2 : run.end + 4]
            if len(after) == 2 and after[0].text == "-" and after[1].lower_ == "old":
                noun = after[1].head if after[1].head.pos_ in ("PROPN", "NOUN") else None
                person = _person_of(noun, persons) if noun is not None else None
                if person:
                    return "age", person, [after[1], noun], {"unit_end": after[1].idx + 3}
                return None
            # "a 24-year gap"
            noun = nxt2.head if nxt2.head.pos_ == "NOUN" and nxt2.head.i > nxt2.i else None
            if noun is not None and noun.lemma_ != "old":
                return "duration:year", noun.lemma_.lower(), [noun], {"unit_end": nxt2.idx + len(nxt2)}
        if nxt is not None and nxt.lemma_ in ("year", "years") and nxt2 is not None and nxt2.lower_ == "old":
            subj = _subject(nxt2.head) if nxt2.head.pos_ in ("AUX", "VERB") else None
            person = _person_of(subj, persons) if subj is not None else None
            if person:
                return "age", person, [nxt2.head], {}
        prev = doc[run.start - 1] if run.start > 0 else None
        if prev is not None and prev.lower_ == "aged":
            target = prev.head
            if target.pos_ in ("VERB", "AUX"):
                target = _subject(target)
            person = _person_of(target, persons) if target is not None else None
            if person:
                return "age", person, [prev], {"death": prev.head.lemma_ == "die"}
        if prev is not None and prev.lower_ == "of" and run.start > 1 and doc[run.start - 2].lower_ == "age":
            verb = doc[run.start - 2].head.head
            subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            person = _person_of(subj, persons) if subj is not None else None
            if person:
                return "age", person, [verb], {"death": verb.lemma_ == "die"}
        if prev is not None and prev.lower_ == "at" and prev.head.lemma_ == "die":
            subj = _subject(prev.head)
            person = _person_of(subj, persons) if subj is not None else None
            if person:
                return "age", person, [prev.head], {"death": True}
        if (
            root.dep_ == "appos"
            and prev is not None
            and prev.text in (",", "(")
            and nxt is not None
            and nxt.text in (",", ")", ".")
        ):
            person = _person_of(head, persons)
            if person and 1 <= (self._value_cache(run) or 0) <= 120:
                return "age", person, [root], {}

        # tolls
        counts = root.dep_ in ("nummod", "quantmod") or (root.dep_ == "compound" and head.pos_ == "NOUN")
        noun = head if counts else None
        if noun is not None and noun.pos_ in ("NOUN", "ADJ", "PROPN"):
            lemma = noun.lemma_.lower()
            if lemma in DEAD_NOUNS | INJURED_NOUNS and noun.dep_ != "compound":
                kind = "dead" if lemma in DEAD_NOUNS else "injured"
                if lemma in ("toll", "body", "life"):
                    return None
                return kind, "", [noun, root], {}
            verb = noun.head
            if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.pos_ == "VERB":
                kind = self._toll_verb(verb, noun)
                if kind:
                    group = "" if lemma in GENERIC else lemma
                    return kind, group, [noun, verb, root], {}
            if noun.dep_ == "dobj" and verb.pos_ == "VERB":
                # "left 17 people injured", "left seven people dead"
                for c in verb.children:
                    if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl") and c.lemma_ in STATES:
                        group = "" if lemma in GENERIC else lemma
                        return STATES[c.lemma_], group, [noun, verb, root], {}
                for c in noun.children:
                    if c.dep_ in ("amod", "acl") and c.i > noun.i and c.lemma_ in STATES:
                        group = "" if lemma in GENERIC else lemma
                        return STATES[c.lemma_], group, [noun, root], {}
            if noun.dep_ == "nsubj" and verb.lemma_ == "be":
                for c in verb.children:
                    if c.dep_ == "acomp" and c.lemma_ in ("dead", "injured", "wounded"):
                        group = "" if lemma in GENERIC else lemma
                        return ("dead" if c.lemma_ == "dead" else "injured"), group, [noun, verb, root], {}
            # money and durations tied to a noun: "$5 million fine", "23 years"
            if lemma in TIME_UNITS or lemma.rstrip("s") in TIME_UNITS:
                unit = TIME_UNITS.get(lemma, lemma.rstrip("s"))
                owner = noun.head
                if noun.dep_ == "pobj" and owner.lower_ == "of" and owner.head.pos_ == "NOUN":
                    return (
                        f"duration:{unit}",
                        owner.head.lemma_.lower(),
                        [owner.head],
                        {"unit_end": noun.idx + len(noun)},
                    )
                return None
            if lemma == "vote" and noun.dep_ == "dobj" and verb.pos_ == "VERB":
                subj = _subject(verb)
                name = _person_of(subj, persons) if subj is not None else None
                if name:
                    return "votes", name, [noun, verb], {}
        if root.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ == "VERB":
            kind = self._toll_verb(head, root)
            if kind:
                return kind, "", [head, root], {}
        if root.dep_ == "nsubj" and head.lemma_ == "be":
            for c in head.children:
                if c.dep_ == "acomp" and c.lemma_ in ("dead", "injured", "wounded"):
                    return ("dead" if c.lemma_ == "dead" else "injured"), "", [head, root], {}
        if nxt is not None and nxt.lower_ in ("dead", "injured", "wounded") and nxt.head.i in (root.i, nxt.i):
            return ("dead" if nxt.lower_ == "dead" else "injured"), "", [nxt, root], {}
        # money
        ent = self.money.get(run.start)
        if ent is not None and run.start == ent.start or (ent is not None and doc[ent.start].text in "$€£¥"):
            anchor = ent.root.head
            if ent.root.dep_ == "pobj" and anchor.lower_ == "of":
                anchor = anchor.head
            tied = ent.root.dep_ in ("compound", "nmod", "nummod", "dobj", "pobj", "amod")
            if anchor.pos_ in ("NOUN", "VERB") and tied:
                currency = doc[ent.start].text if doc[ent.start].text in "$€£¥" else ""
                extra = {"unit_start": ent.start_char, "unit_end": ent.end_char}
                return f"money{currency}", _stem(anchor), [anchor], extra
        return None

    @staticmethod
    def _value_cache(run: Span) -> float | None:
        return value_of(run)

    @staticmethod
    def _toll_verb(verb: Token, subject_or_object: Token) -> str | None:
        lemma = verb.lemma_.lower()
        if subject_or_object.dep_ == "nsubj" and lemma == "die":
            return "dead"
        if subject_or_object.dep_ in ("nsubjpass", "dobj") and lemma in DIE - {"die"}:
            return "dead"
        if subject_or_object.dep_ in ("nsubjpass", "dobj") and lemma in INJURE:
            return "injured"
        return None

    def _compare(self, doc: Doc, mentions: list[Mention]) -> None:
        groups: dict[tuple[str, str], list[Mention]] = {}
        for m in mentions:
            groups.setdefault((m.kind, m.referent), []).append(m)
        reported = 0
        for (kind, referent), items in groups.items():
            if reported >= MAX_FINDINGS:
                return
            if any(m.updated for m in items) or len(items) < 2:
                continue
            severity: str | None = None
            pair: tuple[Mention, Mention] | None = None
            for i, a in enumerate(items):
                for b in items[i + 1 :]:
                    if a.value == b.value and a.low == b.low and a.high == b.high:
                        continue
                    if a.speakers and b.speakers and not a.speakers & b.speakers:
                        continue  # two sources' figures, each attributed: the article reports both
                    if a.places and b.places and not a.places & b.places:
                        continue  # figures for different places
                    if kind.startswith("duration") and not (a.definite or b.definite):
                        continue  # "a six-year term", "a two-year term": two terms
                    compatible = a.low <= b.high and b.low <= a.high
                    if not compatible:
                        if severity != "error":
                            severity, pair = "error", (a, b)
                    elif a.value != b.value and (a.hedged or b.hedged) and severity is None:
                        severity, pair = "warning", (a, b)
            if severity is None or pair is None:
                continue
            a, b = pair
            what = _WHAT.get(kind.split(":")[0].rstrip("$€£¥"), "quantity")
            about = f" of {referent}" if referent else ""
            report(
                doc,
                Finding(
                    code=CODE,
                    severity=severity,  # type: ignore[arg-type]
                    message=(
                        f"The {what}{about} is given as “{a.text}” and as “{b.text}”. "
                        + (
                            "One of them is wrong, or say which is the update."
                            if severity == "error"
                            else "The hedged figure allows both, but check they agree."
                        )
                    ),
                    spans=[(a.start, a.end), (b.start, b.end)],
                    suggestion=None,
                    evidence={
                        "quantity": kind,
                        "referent": referent or None,
                        "values": [a.text, b.text],
                        "event": kind.split(":")[0],
                    },
                ),
            )
            reported += 1


_WHAT = {
    "dead": "death toll",
    "injured": "number of injured",
    "age": "age",
    "duration": "duration",
    "money": "amount",
    "votes": "vote count",
}


@Language.factory("copydesk_check_number_conflict")
def make_number_conflict(nlp: Language, name: str) -> NumberConflict:
    return NumberConflict()
