"""Whether two claims disagree: how many years apart their ranges lie, and whether they count
one series (kind, holder, owner, act, place, person)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from analysis import gazetteer, lexicon
from analysis.intervals.triggers import PREDECESSORS


def _apart(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


def _same_series(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two claims' modifiers allow one series: one of them has none, or some pair
    is alike; two different classifying adjectives ("annual" and "quarterly" losses,
    "presidential" and "parliamentary" elections) are two series."""
    if not a or not b or any(lexicon.similar_adjectives(x, y) for x in a for y in b):
        return True
    return not any(lexicon.is_classifying_adjective(x) for x in a | b)


def _same_holder(a: str, b: str) -> bool:
    """Two verb claims about different subjects count two series ("the river last froze
    over" and "the lake last froze over"), unless the nouns share a WordNet sense."""
    if not a or not b or a == b:
        return True
    return bool(set(lexicon.wordnet().synsets(a, "n")) & set(lexicon.wordnet().synsets(b, "n")))


def _one_holder(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two claims count one holder's series (`_same_holder`, or two organisations that
    did the same thing to one object), or one's "holder" is what the other counts: in "a bonus
    was paid to miners, the first in a decade" the bonus is the thing, as in "the mining firm
    last paid a bonus", not whose series it is."""
    ha, hb = a.get("holder", ""), b.get("holder", "")
    if _same_holder(ha, hb):
        return True
    # "the team won the league for the first time since 2001" and "the club last won the league
    # in 1994": two words for one organisation that won the same thing
    if (
        a.get("objects", frozenset()) & b.get("objects", frozenset())
        and lexicon.is_organisation_noun(ha)
        and lexicon.is_organisation_noun(hb)
    ):
        return True
    return ha in b["alts"] | b.get("objects", frozenset()) or hb in a["alts"] | a.get("objects", frozenset())


def _other_people(a: str, b: str) -> bool:
    """Two claims' owners that are people of two kinds, neither a kind of the other
    ("teachers" and "lecturers"; not "workers" and "miners")."""
    if not a or not b or a[0] in "=~" or b[0] in "=~" or a == b or {a, b} & PREDECESSORS:
        return False  # ("its predecessor came in 2002": the one before, not whose it is)
    if lexicon.noun_kind(a) != "noun.person" or lexicon.noun_kind(b) != "noun.person":
        return False
    return not (lexicon.names_a_kind_of(a, b) or lexicon.names_a_kind_of(b, a))


def _same_owner(claim: str, inst: frozenset[str]) -> bool:
    """Whether an instance's owners (`_instance_owner`) may be the claim's owner."""
    if not claim or not inst:
        return True
    if any(b.startswith("~") for b in inst):
        # one of many doers ("A Briton won the marathon in 2002") is in a series counted over
        # any such doer ("the first time since 1986 that a Briton had won it"), no other
        return claim.startswith("~") and any(
            _same_owner(claim[1:], frozenset({b[1:]})) for b in inst if b.startswith("~") and b != "~"
        )
    claim = claim.lstrip("~")
    return any(
        claim == b
        or (claim.startswith("=") == b.startswith("=") and _same_holder(claim.lstrip("="), b.lstrip("=")))
        or claim.startswith("=") != b.startswith("=")
        for b in inst
    )


def _disagree(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many years two claims lie apart. A dated instance ("a hailstorm struck the town in
    2017") tells only against a claim whose gap it falls in: later than the previous one the claim
    gives, before the claim's own event ("the first hailstorm in 30 years")."""
    if a.get("instance") and b.get("instance"):
        return 0
    held, had = a.get("compounds", frozenset()), b.get("compounds", frozenset())
    if held and had and not held & had:
        # two series, against an instance or a claim: "the first lung transplant in nine years"
        # and "a kidney transplant in 2020" or "the last heart transplant was in 2001"
        return 0
    if a.get("instance") or b.get("instance"):
        inst, claim = (a, b) if a.get("instance") else (b, a)
        mods, own = claim.get("mods", frozenset()), inst.get("mods", frozenset())
        if mods and not any(lexicon.similar_adjectives(x, y) for x in mods for y in own):
            return 0  # "the first major quake since 2004" says nothing of "a quake in 2010"
        if not _same_owner(claim.get("owner", ""), inst.get("owner", frozenset())):
            return 0  # "the airline's first profit in eight years" and "its rival made a profit in 2021"
        done, had_done = claim.get("objects", frozenset()), inst.get("objects", frozenset())
        if done and had_done and not done & had_done:
            return 0  # "cut taxes for the first time in a decade" and "cut spending in 2019"
        if not _same_act(claim.get("verbs", frozenset()), inst.get("verbs", frozenset())):
            return 0  # "the first time in 25 years that the bank has bought gold" and "sold gold in 2012"
        if any(name not in inst["text"].lower() for name in claim.get("named", ())):
            return 0  # "their last Grand Slam success came in 1978" and "they won two games in 2004"
        year, base = inst["range"][0], claim.get("base")
        if base is None or not claim["range"][1] < year < base[0]:
            return 0
        return year - claim["range"][1]
    if not _same_things(a.get("objects", frozenset()), b.get("objects", frozenset())):
        return 0  # "took the championship for the first time since 2009", "last took the cup in 1996"
    names = [str(c.get("owner", "")) for c in (a, b)]
    if all(n.startswith("=") for n in names) and not _same_holder(names[0][1:], names[1][1:]):
        return 0  # "Wales won it for the first time in 20 years", "Ireland last won it in 2010"
    if _other_people(*names):
        return 0  # "the first walkout by teachers since 2011", "lecturers last struck in 2018"
    for some, other in ((names[0], b), (names[1], a)):
        # "the region's first festival in ten years", "A neighbouring country last had one in
        # 1998"; not when the indefinite doer is what is counted ("a sinkhole last opened")
        # (nor when it is the other's owner: "the mayor's resignation", "A mayor last resigned")
        owner = str(other.get("owner", ""))
        counted = {owner.lstrip("="), other.get("kind"), other.get("noun"), other.get("holder")}
        if (
            some.startswith("~")
            and not owner.startswith("~")
            and some[1:] not in counted | set(other.get("alts", ()))
        ):
            return 0
    for name, other in ((names[0], b), (names[1], a)):
        if name.startswith("=") and other.get("referent") and name[1:] not in other["referent"]:
            return 0  # "Wales' last title was in 1994" … "The Irish side … they have not won it since 1985"
    return _apart(a["range"], b["range"])


def _share_sense(a: frozenset[str], b: frozenset[str], pos: str, usual: int | None = None) -> bool:
    """Whether two sets of words may name one thing or act: one set is empty, or some pair is
    one word or shares a WordNet sense of `pos` (among each word's `usual` first senses)."""
    if not a or not b or a & b:
        return True
    senses = {s for x in a for s in lexicon.wordnet().synsets(x, pos)[:usual]}
    return any(s in senses for y in b for s in lexicon.wordnet().synsets(y, pos)[:usual])


def _same_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two claims' objects may be one thing ("the title" and "the championship"; not
    "the cup")."""
    return _share_sense(a, b, "n")


def _same_act(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a verb claim and a verb instance tell one act: verbs sharing one of their usual
    WordNet senses ("bought" and "purchased"; not "bought" and "sold")."""
    return _share_sense(a, b, "v", usual=3)


def _same_place(a: str, b: str) -> bool:
    """Two places a series is counted in: two compass regions ("the north", "the south") or
    two places the gazetteer knows to exclude each other are different series."""
    _, ka, na = a.split(":", 2)
    _, kb, nb = b.split(":", 2)
    if ka != kb:
        return True
    if ka == "direction":
        return na == nb
    return gazetteer.compatible(na, nb) is not False


def _same_subject(a: str, b: str) -> bool:
    if a.startswith("other:") or b.startswith("other:"):
        return False
    if a.startswith("person:") != b.startswith("person:"):
        return False
    if a.startswith("person:"):
        na, nb = a.split(":", 1)[1], b.split(":", 1)[1]
        return not na or not nb or na == nb
    if a.startswith("place:") and b.startswith("place:"):
        return _same_place(a, b)
    # a series counted in a place and one counted nowhere in particular are one series,
    # but "in the east of the country" is a part, counted apart from the whole
    return not (a.startswith("place:direction:") or b.startswith("place:direction:"))


def _where_counted(claim: dict[str, Any]) -> str:
    """A claim's scope, a place that owns the series taken as where it is counted: "Kent had
    its first blizzard in 30 years" counts blizzards in Kent, as "In Kent, the last ..." does."""
    scope, owner = claim["scope"], claim.get("owner", "")
    named = isinstance(owner, str) and owner.startswith("=")
    if scope == "general" and named and gazetteer.resolve(owner[1:]):
        return "place:name:" + owner[1:]
    return scope


def _told_as(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A claim's noun and a dated instance told by a verb and what it was done to: "the
    club's first trophy" and "The club lifted the cup", "a 30-year wait for the title" and
    "The team won the title", "the city's first snowfall" and "Snow fell on the city" (the
    instance's noun or object names the claim's thing or a kind of it)."""
    if bool(a.get("instance")) == bool(b.get("instance")):
        return False
    inst, claim = (a, b) if a.get("instance") else (b, a)
    noun = claim.get("noun", "")
    return bool(noun) and any(lexicon.names_a_kind_of(p, noun) for p in inst.get("parts", ()))


def _by_kind(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The claims grouped by what they count: one kind, or kinds one claim names two ways
    ("the club's first relegation" and "the club was last relegated": relegation and
    relegate), joined transitively; a group is named by its most frequent kind."""
    groups: list[list[dict[str, Any]]] = []
    for c in items:
        linked = [g for g in groups if any(c["alts"] & o["alts"] or _told_as(c, o) for o in g)]
        merged = [c]
        for g in linked:
            merged = g + merged
            groups.remove(g)
        groups.append(merged)
    out: dict[str, list[dict[str, Any]]] = {}
    for g in groups:
        kinds = [c["kind"] for c in g]
        name = max(dict.fromkeys(kinds), key=kinds.count)
        out.setdefault(name, []).extend(sorted(g, key=lambda c: c["span"]))
    return out


# words by which a sentence takes up the one before: "It had last cut rates in 2020", "They
# last traded at that price in 2019", "the side last did so in 1999"
_BACK_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her"})
_BACK_DETERMINERS = frozenset({"that", "this", "those", "these"})


def _sentence(doc: Doc, claim: dict[str, Any]) -> Span | None:
    span = doc.char_span(*claim["span"], alignment_mode="expand")
    return span.sent if span is not None else None


def _alike(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two claims' acts or things share a word among their usual senses ("cut rates"
    and "lowered borrowing costs", "raised its rate" and "lifted borrowing costs")."""
    return any(
        lexicon.synonyms_meet(x, y, pos)
        for key, pos in (("verbs", "v"), ("objects", "n"))
        for x in a.get(key, ())
        for y in b.get(key, ())
    ) or bool(a.get("noun") and a.get("noun") == b.get("noun"))


def _takes_up(sent: Span, other: dict[str, Any], claim: dict[str, Any]) -> bool:
    """Whether a sentence with `claim` takes up what the sentence before it counts (`other`):
    by a demonstrative ("that level", "this low"), "do so", by naming its thing ("Snow settled
    for the first time since 1918" ... "Residents last woke to snow-covered streets in 2007"),
    or by a pronoun subject when the two acts are alike ("It had last lowered borrowing costs
    in 2020"; not "It last traded beyond 150 per dollar" after "The yen weakened past 160")."""
    words = other["alts"] | {other.get("noun", ""), *other.get("objects", ())} - {""}
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass", "poss") and t.lower_ in _BACK_PRONOUNS and _alike(other, claim):
            return True
        if (
            t.lower_ in _BACK_DETERMINERS
            and t.dep_ in ("det", "advmod", "npadvmod")
            and not lexicon.is_time_noun(t.head.lemma_)
        ):
            return True  # (not "This year's ...")
        if t.lower_ == "so" and t.head.lemma_ == "do":
            return True
        if (t.lemma_.lower() in words and t.dep_ != "compound") or any(
            part.lower() in words for part in t.text.split("-")[:-1]
        ):
            return True  # (not "a trophy parade": the parade)
    return False


def next_sentence_pair(doc: Doc, a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many years two claims of kinds not linked as one lie apart, when one is in the
    sentence right after the other's and takes it up (`_takes_up`): "The central bank's rate
    cut, the first in a decade." "It had last lowered borrowing costs in 2020." Two
    named owners unlike each other, two kinds of people, or two places, are two series; 0."""
    if a.get("instance") or b.get("instance"):
        return 0
    sa, sb = _sentence(doc, a), _sentence(doc, b)
    if sa is None or sb is None:
        return 0
    if sb.start < sa.start:
        a, b, sa, sb = b, a, sb, sa
    if sb.start != sa.end or not _takes_up(sb, a, b):
        return 0
    names = [str(c.get("owner", "")) for c in (a, b)]
    if all(n.startswith("=") for n in names) and not _same_holder(names[0][1:], names[1][1:]):
        return 0
    if _other_people(*names) or not _same_subject(_where_counted(a), _where_counted(b)):
        return 0
    if not _same_series(a.get("mods", frozenset()), b.get("mods", frozenset())):
        return 0
    return _apart(a["range"], b["range"])
