"""Time values a claim is read from: counts in digits or words, durations ("more than two
decades", "a 40-year drought"), years, the well-known events after "since"
(`data/reference_events.json`), and the years a duration counts back to."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from analysis.dates import YEAR

DATA = Path(__file__).resolve().parent / "data" / "reference_events.json"

_YEAR = re.compile(rf"^{YEAR}$")
# duration units, in years
_UNITS = {"year": 1, "decade": 10, "century": 100, "season": 1}  # a sports season comes once a year
# the qualifier words before a count, read as the whole phrase before it
_MORE = ("more than", "over", "at least", "just over", "well over", "upwards of")
_LESS = ("nearly", "almost", "close to", "less than", "under", "just under", "not quite")
# a whole count of decades is rounded down by how people speak: "three decades" for 33 years
_ROUND = "round"
_ROUND_SPAN = 9
_ABOUT = ("about", "around", "some", "roughly", "approximately", "about a", "around a", "some")


@lru_cache(maxsize=1)
def reference_events() -> list[tuple[re.Pattern[str], str, int, int]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    out = []
    for event in data["events"]:
        for pattern in event["patterns"]:
            out.append((re.compile(pattern, re.IGNORECASE), event["name"], event["start"], event["end"]))
    return out


def number(text: str) -> float | None:
    """A count written in digits or words: "24", "twenty-four", "a", "half a"."""
    from text_to_num import text2num

    low = text.lower().strip()
    if low.isdigit():
        return float(low)
    if low in ("a", "an", "one"):
        return 1.0
    if low == "half a":
        return 0.5
    words = low.replace("-", " ").split()
    if words and words[-1].isdigit():
        return float(words[-1])
    for k in range(len(words)):
        try:
            return float(text2num(" ".join(words[k:]), "en"))
        except ValueError:
            continue
    return None


_FRACTIONS = {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
# counts made of words around the unit: "half a century", "a quarter of a century", "two
# and a half decades", "a dozen years"; "a decade and a half" adds a half after the unit
_WORD_COUNT = re.compile(
    r"(?:(?P<whole>[\w-]+) and an? half|(?P<k>an?|one|two|three) (?P<f>quarters?|thirds?|half)(?: of an?)?"
    r"|half an?|(?P<dz>an?|one|two|three|four) dozen)$"
)


def _word_count(unit: Token) -> tuple[float, int] | None:
    """A count written with fractions or dozens before a unit, and where it starts."""
    doc = unit.doc
    lo = max(unit.sent.start, unit.i - 6)
    words = [t.lower_ for t in doc[lo : unit.i] if t.text != "-"]
    idx = [t.i for t in doc[lo : unit.i] if t.text != "-"]
    text = " ".join(words)
    m = _WORD_COUNT.search(text)
    if m is None or (m.start() > 0 and text[m.start() - 1] != " "):
        return None
    n: float | None
    if m.group("whole"):
        whole = number(m.group("whole"))
        n = whole + 0.5 if whole is not None else None
    elif m.group("f"):
        n = (number(m.group("k")) or 1.0) * _FRACTIONS[m.group("f")]
    elif m.group("dz"):
        n = (number(m.group("dz")) or 1.0) * 12
    else:
        n = 0.5
    if n is None:
        return None
    start = idx[len(text[: m.start()].split())]
    return n, start


def _count(unit: Token) -> tuple[float | None, str, int]:
    """The count before a duration unit, its qualifier, and the index where the phrase
    starts: "more than twenty-five years" -> (25, "more than", i)."""
    doc = unit.doc
    worded = _word_count(unit)
    if worded is not None:
        n, start = worded
        before = " ".join(t.lower_ for t in doc[max(unit.sent.start, start - 3) : start])
        qual = max(
            (q for q in (*_MORE, *_LESS, *_ABOUT) if before == q or before.endswith(" " + q)),
            key=len,
            default="",
        )
        return n, qual, start - len(qual.split())
    j = unit.i - 1
    while j >= unit.sent.start and doc[j].text == "-":
        j -= 1
    words: list[Token] = []
    attached = {unit.i}
    while j >= unit.sent.start and (
        doc[j].like_num or doc[j].pos_ == "NUM" or doc[j].text == "-" or doc[j].lower_ in ("a", "an", "half")
    ):
        if _YEAR.match(doc[j].text) or (doc[j].text != "-" and doc[j].head.i not in attached):
            break  # not part of this count ("a previous one 8 years earlier")
        attached.add(doc[j].i)
        words.insert(0, doc[j])
        if doc[j].lower_ in ("a", "an"):
            j -= 1
            break
        j -= 1
    start = words[0].i if words else unit.i
    n = number(" ".join(w.text for w in words if w.text != "-")) if words else None
    qual = ""
    before = " ".join(t.lower_ for t in doc[max(unit.sent.start, j - 2) : j + 1])
    for phrase in (*_MORE, *_LESS, *_ABOUT):
        if (before == phrase or before.endswith(" " + phrase)) and len(phrase) > len(qual):
            qual = phrase
    if qual:
        start -= len(qual.split())
    return n, qual, start


def _duration(unit: Token) -> tuple[float, str, int] | None:
    """A duration at a unit noun: (years, qualifier, start index), or None."""
    lemma = unit.lemma_.lower()
    if lemma not in _UNITS or unit.pos_ not in ("NOUN", "PROPN"):
        return None
    nxt = unit.nbor(1) if unit.i + 1 < len(unit.doc) else None
    if nxt is not None and nxt.text == "-" and unit.i + 2 < len(unit.doc) and unit.nbor(2).lower_ == "old":
        return None  # an age
    n, qual, start = _count(unit)
    after = " ".join(t.lower_ for t in unit.doc[unit.i + 1 : min(unit.i + 4, unit.sent.end)])
    if n is not None and (after == "and a half" or after.startswith("and a half ")):
        n += 0.5  # "a decade and a half"
        if qual == "about" and lemma != "year":
            qual = ""
    plural = unit.tag_ in ("NNS", "NNPS") or unit.lower_.endswith("s")
    if (
        n is None
        and nxt is not None
        and nxt.text == "-"
        and unit.i + 2 < len(unit.doc)
        and unit.nbor(2).lower_ == "long"
    ):
        n = 1.0  # "a decade-long wait": one unit
    if n is None:
        if plural and lemma in ("decade", "century") and not qual:
            return 2 * _UNITS[lemma], "more than", unit.i  # "in decades"
        return None
    if n == 1 and plural:
        return None
    if n == 1 and lemma != "year" and not qual:
        qual = "about"  # "a decade"
    elif n >= 2 and n == int(n) and lemma == "decade" and not qual:
        qual = _ROUND  # "three decades": 30 years or more, short of four decades
    return n * _UNITS[lemma], qual, start


def _orphan_preposition(doc: Doc, start: int) -> Token | None:
    """The preposition right before a duration phrase that the parse left without its object
    ("in well over 10 years": the small model hangs "well over" on "first" and "years" apart):
    the phrase is its object, as the words say."""
    if start == 0:
        return None
    prep = doc[start - 1]
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep


def _year_of(tok: Token) -> int | None:
    if tok.like_num and _YEAR.match(tok.text):
        return int(tok.text)
    return None


def _runs_to_now(value: Token) -> bool:
    """A year joined to the present: "between 2014 and now / today / this year / the
    present" (read off the words: the parse hangs "and now" anywhere)."""
    words = [t.lower_ for t in value.doc[value.i + 1 : min(value.i + 4, value.sent.end)]]
    return words[:1] == ["and"] and (
        words[1:2] in (["now"], ["today"]) or words[1:3] in (["this", "year"], ["the", "present"])
    )


def _measures_time(noun: Token) -> bool:
    """A noun that a duration measures: "a run of 12 years", "a spell of a decade"."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in _UNITS for o in p.children)
        for p in noun.children
    )


def _counted_back(n: float, qual: str, base: tuple[int, int]) -> tuple[int, int]:
    """The years "N years" before `base` can mean: ±1, "more than" open to the past,
    "nearly" on the later side, "N decades" up to a decade more, "about" / "some" N a quarter
    of N either way, at least ±1 and at most ±3 ("some five years" is four to six years, not
    two to eight; "a decade" ±3)."""
    lo, hi = base[0] - n - 1, base[1] - n + 1
    if qual in _MORE:
        lo, hi = -10_000, base[1] - n
    elif qual in _LESS:
        lo, hi = base[0] - n, base[1] - n + 1
    elif qual == _ROUND:  # "three decades": a whole count of decades, 30 to 39 years
        lo = base[0] - n - _ROUND_SPAN - 1
    elif qual:
        width = min(3, max(1, math.ceil(n / 4)))
        lo, hi = base[0] - n - width, base[1] - n + width
    return int(lo), int(hi)
