"""A client's house style as the analysis sees it: plain data on the Article, parsed once per version.

The worker puts a `HouseStyle` (id, version, the rules of `core/styles.py`, and its owner, the
client) on `Article.style`. Parsing is cached per process by `(owner, id, version)`: a version's
rules never change, so each is parsed once per worker process, whatever the number of articles.

What the rest of the analysis reads from it:
- `extra_names(style)`: the `gazetteer` rules' names, put on `doc._.extra_names` when the Doc is
  made (`{"places": [...], "people": [...], "organisations": [...]}`), for the spelling and
  place checks to treat as known;
- `severity_overrides(style)`: {finding code: severity or "off"}, applied to every finding when
  the result is built (`analysis/result.py`);
- `parsed(style).phrases`: what `analysis/checks/house_style.py` compiles into matchers.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from core.styles import MATCHING_TYPES, NAME_KINDS, normalise_rules

CACHE_SIZE = 16  # parsed styles kept per process (a 5,000-rule style is a few MB)


@dataclass(frozen=True)
class HouseStyle:
    id: str
    version: int
    rules: list[dict[str, Any]] = field(compare=False, hash=False, repr=False)
    owner: str = ""  # the client whose style this is: ids are per client

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.owner, self.id, self.version)

    def ref(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version}


@dataclass(frozen=True)
class Phrase:
    """One word or phrase a matching rule looks for."""

    rule: int  # index into ParsedStyle.rules
    attr: str  # ORTH (exact text), LOWER (ignorecase) or LEMMA
    text: str
    suggestion: str | None = None  # substitution: what to write instead
    side: tuple[int, int] | None = None  # consistency: (pair, 0 | 1)


@dataclass
class ParsedStyle:
    ref: dict[str, Any]
    rules: list[dict[str, Any]]
    phrases: list[Phrase]
    names: dict[str, list[str]]
    overrides: dict[str, str]
    pairs: dict[tuple[int, int], tuple[str, str]]  # consistency (rule, pair) -> (form 0, form 1)
    occurrence: list[int]  # indexes of the occurrence rules (checked on every article, matched or not)


def _attr(rule: dict[str, Any]) -> str:
    if rule.get("match") == "lemma":
        return "LEMMA"
    return "LOWER" if rule.get("ignorecase") else "ORTH"


def parse(style: HouseStyle) -> ParsedStyle:
    rules = normalise_rules(style.rules)
    phrases: list[Phrase] = []
    names: dict[str, list[str]] = {kind: [] for kind in NAME_KINDS}
    overrides: dict[str, str] = {}
    pairs: dict[tuple[int, int], tuple[str, str]] = {}
    for i, rule in enumerate(rules):
        kind = rule["type"]
        if kind in MATCHING_TYPES:
            attr = _attr(rule)
            if kind in ("existence", "occurrence"):
                phrases.extend(Phrase(i, attr, t) for t in rule["tokens"])
            elif kind == "substitution":
                phrases.extend(Phrase(i, attr, found, suggestion=s) for found, s in rule["swap"].items())
            else:
                for j, (a, b) in enumerate(rule["either"].items()):
                    pairs[(i, j)] = (a, b)
                    phrases.append(Phrase(i, attr, a, side=(j, 0)))
                    phrases.append(Phrase(i, attr, b, side=(j, 1)))
        elif kind == "gazetteer":
            for name_kind in NAME_KINDS:
                names[name_kind].extend(rule.get(name_kind) or [])
        elif kind == "severity":
            overrides[rule["code"]] = rule["severity"]
    occurrence = [i for i, rule in enumerate(rules) if rule["type"] == "occurrence"]
    return ParsedStyle(style.ref(), rules, phrases, names, overrides, pairs, occurrence)


_parsed: OrderedDict[tuple[str, str, int], ParsedStyle] = OrderedDict()


def parsed(style: HouseStyle) -> ParsedStyle:
    """The parsed style, from the per-process cache when this version was seen before."""
    found = _parsed.get(style.key)
    if found is None:
        found = _parsed[style.key] = parse(style)
        while len(_parsed) > CACHE_SIZE:
            _parsed.popitem(last=False)
    else:
        _parsed.move_to_end(style.key)
    return found


def extra_names(style: HouseStyle | None) -> dict[str, list[str]]:
    return parsed(style).names if style is not None else {}


def severity_overrides(style: HouseStyle | None) -> dict[str, str]:
    return parsed(style).overrides if style is not None else {}
