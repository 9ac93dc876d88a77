"""What WordNet 3.0 says about a word, for the event model: is a noun eventive, which
nouns a verb nominalises to, do two event nouns share a specific kind.

WordNet is installed offline from Debian (`scripts/deps/wordnet.sh` copies it into
`.venv/share/nltk_data`, on nltk's default path for the venv); nothing is downloaded.
Every answer is cached per lemma, so an article costs a few dictionary look-ups once
the database is open (done when the pipeline is built).

nltk's reader is used as it is, with three loading internals made lean (the answers are
nltk's own: tests/unit/test_lexicon_compact.py compares them over every lemma the corpus
and the seed produce): its lemma index is looked up by binary search in the sorted
`index.*` files instead of held as a dict of 147,000 lemmas (57 MiB); the map from
WordNet 3.0 to itself that nltk builds for the multilingual wordnets (56 MiB, 3.4 s) is
not built, as copydesk asks only English; the parsed synsets it keeps are bounded, and
remember their depth (nltk's own memo of it never hits).
"""

from __future__ import annotations

import bisect
import mmap
import sys
import unicodedata
import warnings
from array import array
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

# lexicographer files whose nouns name things that happen
EVENT_LEXNAMES = frozenset({"noun.event", "noun.act", "noun.phenomenon", "noun.process"})
# WordNet kinds of physical things a happening can strike where they are: crops, cattle, cars, rocks
THING_KINDS = frozenset({"noun.plant", "noun.animal", "noun.artifact", "noun.object", "noun.food"})
# first senses that are things: such a noun is an event only as a verb's nominalisation
THING_LEXNAMES = frozenset({"noun.person", "noun.artifact", "noun.location", "noun.substance", "noun.body"})
# a noun of these files is an event only when it is also a nominalised verb ("decree", "recall")
NOMINAL_LEXNAMES = frozenset({"noun.communication", "noun.cognition", "noun.state"})
# first senses of a group, a state, a thought or a message: such a noun whose next two senses
# are acts or events is one ("the rally", "the mission", "the vigil", "the disaster")
GROUP_OR_STATE_LEXNAMES = frozenset({"noun.group", "noun.state", "noun.cognition", "noun.communication"})
# kinds of noun that are a message or a thought: what they are "of" or "on" is their topic
TOPIC_LEXNAMES = frozenset({"noun.communication", "noun.cognition"})
# groups that meet: "summit", "conference", "session" are events though WordNet files them as groups
GATHERINGS = frozenset({"meeting.n.01", "social_event.n.01", "ceremony.n.01"})
# orders with a day they take effect: "curfew", "edict", "ban"
DECREES = frozenset({"decree.n.01"})
# a noisy fight WordNet files as a quarrel, a kind of talk: "the fracas", "the altercation"
AFFRAYS = frozenset({"affray.n.01"})
# kinds too general to say two nouns name one event (acts, events, changes, activities)
MIN_SHARED_DEPTH = 6
BROAD_HEAD_KINDS = 90  # ("attempt": 97 kinds; "attack": 75, "the terror attack" is an attack)
MAX_KIND_HYPONYMS = 300  # ("work": 529 kinds of work below it, a marathon and a treatment among them)
KIND_LEVELS = 2  # a shared kind must be at most this many levels above both nouns
# nouns that are time words or too general to be a mention of an event
NOT_EVENTS = frozenset(
    {
        "time",
        "times",
        "case",
        "thing",
        "part",
        "way",
        "use",
        "number",
        "lot",
        "kind",
        "type",
        "sort",
        "end",
        "start",
        "beginning",
        "period",
        "age",
        "life",
        "history",
        "world",
        "situation",
        "condition",
        "weather",
        "matter",
        "issue",
        "problem",
        "question",
        "record",
        "point",
        "place",
        "effect",
        "result",
        "role",
        "term",
        "side",
        "level",
        "rate",
        "order",
        "form",
        "state",
        "power",
        "work",
        "action",
        "activity",
        "support",
        "effort",
        "plan",
        "policy",
        "project",
        "programme",
        "program",
        "practice",
        "service",
        "business",
        "market",
        "trade",
        "industry",
        "control",
        "care",
        "interest",
        "help",
        "need",
        "change",
        "growth",
        "development",
        "process",
        "progress",
        "movement",
        "news",
        "information",
        "data",
        "study",
        "research",
        "game",
        "play",
        "season",
        "career",
        "education",
        "training",
        "performance",
    }
)


# parsed synsets nltk keeps per part of speech; older ones are parsed again when asked for
SYNSET_CACHE_SIZE = 16384


class _SortedIndex:
    """One WordNet `index.<pos>` file, memory-mapped; its lines are sorted by lemma (bytes)."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as f:
            self.data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        starts, pos, size = [], 0, len(self.data)
        while pos < size:
            end = self.data.find(b"\n", pos)
            end = size if end < 0 else end
            if self.data[pos : pos + 1] != b" ":  # the licence lines start with a space
                starts.append(pos)
            pos = end + 1
        self.starts = array("L", starts)

    def _key(self, i: int) -> bytes:
        start = self.starts[i]
        return self.data[start : self.data.find(b" ", start)]

    def line(self, lemma: str) -> str | None:
        key = lemma.encode("utf-8", "replace")
        i = bisect.bisect_left(range(len(self.starts)), key, key=self._key)
        if i == len(self.starts) or self._key(i) != key:
            return None
        start = self.starts[i]
        end = self.data.find(b"\n", start)
        return self.data[start : end if end >= 0 else len(self.data)].decode("utf-8")

    def lemmas(self) -> Iterator[str]:
        return (self._key(i).decode("utf-8") for i in range(len(self.starts)))


class _LemmaIndex(Mapping):
    """nltk's `_lemma_pos_offset_map` ({lemma: {pos: [synset offsets]}}), read on demand from
    the index files with nltk's own parsing (`_load_lemma_pos_offset_map`), ADJ_SAT included."""

    def __init__(self, root: Path, filemap: dict[str, str], satellites: set[int]) -> None:
        self.files = [(pos, _SortedIndex(root / f"index.{suffix}")) for pos, suffix in filemap.items()]
        self.satellites = satellites
        self._entry = lru_cache(maxsize=4096)(self._read)

    def _read(self, lemma: str) -> dict[str, list[int]]:
        from nltk.corpus.reader.wordnet import ADJ, ADJ_SAT

        out: dict[str, list[int]] = {}
        for _, index in self.files:
            line = index.line(lemma)
            if line is None:
                continue
            fields = line.split()
            pos, n_synsets, n_pointers = fields[1], int(fields[2]), int(fields[3])
            first = 4 + n_pointers + 2  # after the pointer symbols, the sense count and tagsense count
            offsets = [int(f) for f in fields[first : first + n_synsets]]
            out[pos] = offsets
            if pos == ADJ:
                out[ADJ_SAT] = [o for o in offsets if o in self.satellites]
        return out

    def __getitem__(self, lemma: str) -> dict[str, list[int]]:
        # nltk's map is a defaultdict: a lemma WordNet lacks maps to no parts of speech
        return dict(self._entry(lemma))

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and bool(self._entry(lemma))

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for _, index in self.files:
            for lemma in index.lemmas():
                if lemma not in seen:
                    seen.add(lemma)
                    yield lemma

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _RecentSynsets(dict):
    """A per-part-of-speech synset cache that forgets its oldest entries past a size."""

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        while len(self) > SYNSET_CACHE_SIZE:
            del self[next(iter(self))]


def _lean_reader(root: Path) -> Any:
    from collections import defaultdict

    from nltk.corpus.reader.wordnet import Synset, WordNetCorpusReader

    class DepthSynset(Synset):
        """nltk's Synset whose min_depth is remembered: nltk 3.10 stores it in a slot but
        looks for it in `__dict__`, so every call walked the hypernyms to the root again
        (the event model's main cost on new text)."""

        __slots__ = ()

        def min_depth(self, _visited: Any = None) -> int:
            try:
                return self._min_depth
            except AttributeError:
                return Synset.min_depth(self, _visited)

    class LeanWordNet(WordNetCorpusReader):
        def _synset_from_pos_and_line(self, pos: str, data_file_line: str) -> Any:
            synset = super()._synset_from_pos_and_line(pos, data_file_line)
            synset.__class__ = DepthSynset
            return synset

        def _load_lemma_pos_offset_map(self) -> None:
            self._lemma_pos_offset_map = _LemmaIndex(root, self._FILEMAP, self.satellite_offsets)

        def map_wn(self, version: str = "wordnet") -> None:
            # the WordNet 3.0 -> loaded version map serves the multilingual wordnets only
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "multilingual functions are not available": none asked
        reader = LeanWordNet(str(root), None)
    reader._synset_offset_cache = defaultdict(_RecentSynsets)
    return reader


@lru_cache(maxsize=1)
def wordnet() -> Any:
    """nltk's WordNet reader over the offline copy; raises LookupError when it is not installed."""
    import nltk

    local = str(Path(sys.prefix) / "share" / "nltk_data")
    if local not in nltk.data.path:
        nltk.data.path.append(local)
    root = Path(str(nltk.data.find("corpora/wordnet")))
    return _lean_reader(root)


def load() -> None:
    """Load WordNet now (the pipeline does this once, so no article pays for it)."""
    wordnet()


@lru_cache(maxsize=65536)
def _noun_synsets(lemma: str) -> tuple[Any, ...]:
    found = wordnet().synsets(lemma, "n")[:3]
    if not found and len(lemma) >= 7 and lemma.isalpha():
        # a closed compound WordNet writes open or hyphenated: "heatwave", "ceasefire"
        for cut in range(3, len(lemma) - 2):
            for joint in ("_", "-"):
                found = wordnet().synsets(lemma[:cut] + joint + lemma[cut:], "n")[:3]
                if found:
                    return tuple(found)
    if not found and lemma.isalpha():
        # a blend WordNet is too old for: "hackathon", "buildathon" (after "marathon"), "fanfest"
        found = next(
            (
                wordnet().synsets(word, "n")[:3]
                for end, word in BLENDS
                if lemma.endswith(end) and len(lemma) > len(end) + 2
            ),
            [],
        )
    return tuple(found)


# endings of blends and the word each is made after
BLENDS = (("athon", "marathon"), ("fest", "festival"))


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    """The WordNet base form of a noun ("shootings" -> "shooting"; "fête" -> "fete": WordNet
    writes loanwords without their accents; "husting" -> "hustings"), else the word lowercased."""
    low = word.lower()
    found = wordnet().morphy(low, "n")
    if found is None and not low.isascii():
        found = wordnet().morphy(unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode(), "n")
    if found is None and is_plural_only(low + "s"):
        found = low + "s"  # the tagger's singular of a noun that has none: "husting"
    return found or low


@lru_cache(maxsize=65536)
def event_noun_lemma(word: str) -> str | None:
    """The base form of a noun form that names an event, trying each form WordNet allows
    ("talks" is a lemma of its own, a communication; "talk" is also an act), else None."""
    low = word.lower()
    for form in (noun_lemma(low), *wordnet()._morphy(low, "n")):
        if is_event_noun(form):
            return form
    return None


def _closed_phrasal_act(lemma: str) -> str | None:
    """A noun WordNet lacks written closed as a phrasal verb WordNet has ("the bailout": bail
    out; "the rollout"), as `_phrasal_act` reads the hyphenated spelling; else None."""
    if not lemma.isalpha() or _noun_synsets(lemma):
        return None
    for particle in PARTICLES:
        verb = lemma.removesuffix(particle)
        if verb != lemma and len(verb) > 2 and is_phrasal_verb(verb, particle):
            return lemma
    return None


# what follows an event, first in WordNet as such: "the aftermath", "the wake" (not every
# consequence: a "response" is also an act)
AFTERMATH = frozenset({"aftermath.n.01"})


@lru_cache(maxsize=65536)
def is_aftermath_noun(lemma: str) -> bool:
    """ "the aftermath", "the wake": what follows an event, not one."""
    return _first_under(lemma, "n", AFTERMATH)


@lru_cache(maxsize=65536)
def is_event_noun(lemma: str) -> bool:
    """A noun whose usual senses name something that happens: an act, event, phenomenon or
    process ("shooting", "outbreak", "walkout", "ruling"), a nominalised verb of a
    communication or decision ("decree", "recall"), or a gathering ("summit")."""
    lemma = lemma.lower()
    if lemma in NOT_EVENTS or len(lemma) < 3 or not lemma.isalpha():
        return False
    synsets = _noun_synsets(lemma)
    if not synsets and _closed_phrasal_act(lemma) is not None:
        return True  # "the bailout": bail out (not the "lout" its last letters spell)
    if not synsets and lemma.endswith("ing") and _gerund_of_act(lemma):
        return True  # "the mislabelling": not the "ling" its last letters spell
    synsets = synsets or _head_synsets(lemma)
    if not synsets:
        return _gerund_of_act(lemma)
    if any(_is_under(s, DECREES) for s in synsets[:3]):
        return True  # an order in force from a day: "the curfew", "the edict" (a curfew is first a time)
    if synsets[0].name() in AFFRAYS:
        return True  # a fight, though WordNet files it as talk
    if synsets[0].lexname() == "noun.time":
        return False
    if is_aftermath_noun(lemma):
        return False  # "in the aftermath of the fire": what follows an event
    first = synsets[0].lexname()
    if first == "noun.quantity" and len(synsets) == 2 and synsets[1].lexname() == "noun.event":
        return True  # "the outage": first the amount lost, its only other sense the stoppage
    if first in THING_LEXNAMES:
        # "launch" the boat, "building": an event only as a verb's nominalisation, not a noun a
        # longer verb is made from ("office": officiate, "origin": originate)
        nominalised = any("_" in v or len(v) <= len(lemma) for v in verb_of(lemma))
        return nominalised and any(s.lexname() in EVENT_LEXNAMES for s in synsets[1:])
    if first in EVENT_LEXNAMES:
        return True
    if (
        first not in THING_LEXNAMES
        and synsets[1:2]
        and synsets[1].lexname() in EVENT_LEXNAMES
        and is_rare(lemma)
    ):
        # "the defalcation" (first a sum, then the act): a word too rare for everyday use is
        # met in the news in its act sense
        return True
    if first in NOMINAL_LEXNAMES and (bool(verb_of(lemma)) or _compound_of_verb(lemma)):
        return True
    if (
        first in GROUP_OR_STATE_LEXNAMES
        and len(synsets) > 2
        and all(s.lexname() in EVENT_LEXNAMES for s in synsets[1:3])
    ):
        return True  # a gathering or state that is, in its next two senses, an act ("rally", "vigil")
    return any(h.name() in GATHERINGS for s in synsets for h in s.closure(lambda x: x.hypernyms(), depth=2))


# wordfreq's list: "small" (29,000 words down to Zipf 3) answers as the default "large" one
# (321,000) for every word at the thresholds used, in a tenth of the memory (~25 MiB a worker)
WORDLIST = "small"


@lru_cache(maxsize=65536)
def zipf(low: str) -> float:
    """A lower-case word's frequency on wordfreq's Zipf scale (4: once in 10,000 words)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(low, "en", wordlist=WORDLIST)


def is_rare(word: str) -> bool:
    """A word below Zipf 3 (fewer than one in a million words): absent from the list."""
    return zipf(word.lower()) == 0


@lru_cache(maxsize=4096)
def is_capitalised_event(word: str) -> bool:
    """A word English writes with a capital when it names a rite or occasion: WordNet spells an
    act sense of it so ("the funeral Mass", "Holy Communion"), and no place or person sense
    ("Waterloo", a battle, is first the town)."""
    senses = [s for s in wordnet().synsets(word, "n") if any(n.name() == word for n in s.lemmas())]
    return any(s.lexname() == "noun.act" for s in senses) and not any(
        s.lexname() in ("noun.location", "noun.person") for s in senses
    )


# verbs of a state of mind or being: their gerunds name no happening ("the knowing")
NOT_ACT_VERB_LEXNAMES = frozenset({"verb.stative", "verb.cognition", "verb.perception", "verb.emotion"})


# prefixes English puts on a verb to make another: "mislabel", "rebrand", "overbook"
VERB_PREFIXES = ("mis", "re", "over", "under", "out", "de", "dis", "pre")


def _gerund_of_act(lemma: str) -> bool:
    """A gerund WordNet has no noun for, made of a verb whose usual sense is an act or change:
    "the stabbing", "the capsizing" (as "the shooting" and "the kidnapping", which it has), or of
    such a verb with a prefix WordNet does not list it with ("the mislabelling", "overbooking")."""
    verb = verb_of_gerund(lemma)
    if (not verb or verb == lemma) and lemma.endswith("ing"):
        verb = next(
            (
                found
                for prefix in VERB_PREFIXES
                if lemma.startswith(prefix)
                and len(lemma) - len(prefix) >= 6
                and (found := verb_of_gerund(lemma[len(prefix) :])) not in (None, lemma[len(prefix) :])
            ),
            None,
        )
    synsets = wordnet().synsets(verb, "v") if verb and verb != lemma else []
    return bool(synsets) and synsets[0].lexname() not in NOT_ACT_VERB_LEXNAMES


@lru_cache(maxsize=65536)
def is_singular_event_form(word: str) -> bool:
    """An event noun whose only WordNet form is the word itself and that does not end in "s"
    ("putsch"): the tagger may call it plural, but English has no plural that reads so."""
    low = word.lower()
    return not low.endswith("s") and wordnet()._morphy(low, "n") == [low] and is_event_noun(low)


@lru_cache(maxsize=65536)
def is_plural_only(word: str) -> bool:
    """A noun English has only in the plural ("hustings"): WordNet lists the plural form as a
    word of its own and has no singular of it. One hustings is one event."""
    word = word.lower()
    if not word.endswith("s") or not word.isalpha():
        return False
    wn = wordnet()
    if not any(lemma.name().lower() == word for s in wn.synsets(word, "n") for lemma in s.lemmas()):
        return False
    return not any(wn.synsets(form, "n") for form in wn._morphy(word, "n") if form != word)


@lru_cache(maxsize=65536)
def is_general_event_noun(lemma: str) -> bool:
    """A word too general to name an event alone (NOT_EVENTS) whose usual senses include an
    act or event ("service", "game"): with a word before it naming its kind, it does ("the
    memorial service was held")."""
    lemma = lemma.lower()
    return lemma in NOT_EVENTS and any(s.lexname() in EVENT_LEXNAMES for s in _noun_synsets(lemma))


@lru_cache(maxsize=65536)
def is_broad_event_head(lemma: str) -> bool:
    """A noun whose usual sense is an act or happening so broad (90 or more kinds below it in
    WordNet: "event", "attempt", "happening", "activity") that a compound before it says what
    happened: "the launch event", "the coup attempt" are the launch and the coup."""
    synsets = _noun_synsets(lemma.lower())
    if not synsets or synsets[0].lexname() not in ("noun.Tops", "noun.act", "noun.event"):
        return False
    first = synsets[0]
    return len(_reach(first.pos(), [first.offset()], b"~", limit=BROAD_HEAD_KINDS)) >= BROAD_HEAD_KINDS


@lru_cache(maxsize=65536)
def is_common_event_noun(lemma: str) -> bool:
    """A word written in lower case whose first sense is a proper name ("March", the month)
    and whose first common sense is an event ("a march", "the march"): lower case rules the
    name out."""
    lemma = lemma.lower()
    if lemma in NOT_EVENTS or not lemma.isalpha():
        return False
    synsets = wordnet().synsets(lemma, "n")
    # the senses in which the word is written in lower case
    common = [s for s in synsets if any(w.name() == lemma for w in s.lemmas())]
    return bool(common) and common[0] is not synsets[0] and common[0].lexname() in EVENT_LEXNAMES


@lru_cache(maxsize=65536)
def has_event_sense(lemma: str) -> bool:
    """A noun with an event sense among its usual ones though its first is not ("outage" is
    first a quantity), or a gerund WordNet lacks whose verb it is ("sentencing"): an event
    when the text uses it as one (the subject of "began", "happened", "took place")."""
    lemma = lemma.lower()
    if lemma in NOT_EVENTS or len(lemma) < 4 or not lemma.isalpha():
        return False
    synsets = _noun_synsets(lemma) or _head_synsets(lemma)
    if synsets:
        return synsets[0].lexname() != "noun.time" and any(s.lexname() in EVENT_LEXNAMES for s in synsets)
    # a gerund of a verb, its consonant doubled or its "e" dropped: "stabbing", "sentencing"
    return lemma.endswith("ing") and bool(wordnet().morphy(lemma, "v"))


@lru_cache(maxsize=65536)
def verb_lemmas(word: str) -> frozenset[str]:
    """The WordNet base forms a verb form may have ("staged" -> stage; the tagger's lemma
    may be another verb's: "stag")."""
    low = word.lower()
    return frozenset(wordnet()._morphy(low, "v")) | {low}


@lru_cache(maxsize=65536)
def has_verb_reading(word: str) -> bool:
    """WordNet knows the word as a form of some verb ("outbreak" and "incursion" are none)."""
    return bool(wordnet()._morphy(word.lower(), "v"))


@lru_cache(maxsize=65536)
def verb_of_gerund(noun: str) -> str | None:
    """The verb a gerund is made of ("sentencing" -> sentence, "stabbing" -> stab), else None."""
    return wordnet().morphy(noun, "v") if noun.endswith("ing") else None


@lru_cache(maxsize=65536)
def _head_synsets(lemma: str) -> tuple[Any, ...]:
    """The senses of the noun a closed compound WordNet lacks ends in ("cyberattack" ->
    attack; "rockfall" -> fall, but not as a season): its head says what kind of thing it is
    (only for event tests)."""
    if len(lemma) < 7 or not lemma.isalpha():
        return ()
    for cut in range(3, len(lemma) - 3):
        if found := wordnet().synsets(lemma[cut:], "n"):
            # (a word before the head makes it no time: "rockfall" is no autumn)
            return tuple(s for s in found if s.lexname() != "noun.time")[:3]
    return ()


def _compound_of_verb(lemma: str) -> bool:
    """A closed compound that begins with a verb ("ceasefire", "walkout"): names an act."""
    wn = wordnet()
    if wn.synsets(lemma, "n") and "_" not in _noun_synsets(lemma)[0].name() and "-" not in lemma:
        return False
    return any(wn.synsets(lemma[:cut], "v") for cut in range(3, len(lemma) - 2))


@lru_cache(maxsize=65536)
def verb_of(noun: str) -> frozenset[str]:
    """Verbs a noun nominalises ("ruling" -> rule, "explosion" -> explode)."""
    out = set()
    for s in _noun_synsets(noun):
        for lemma in s.lemmas():
            if lemma.name() != noun:
                continue
            for d in lemma.derivationally_related_forms():
                if d.synset().pos() == "v":
                    out.add(d.name())
    return frozenset(out)


def _derived_nouns(verb: str, senses: int, synonyms: bool = False) -> Iterator[Any]:
    """The noun lemmas WordNet derives from a verb's first `senses` senses, with the
    senses they belong to ("explode" -> explosion, "resign" -> resignation); with
    `synonyms`, those derived from the other verbs of those senses ("shut" -> closure)."""
    verb = verb.lower()
    for s in wordnet().synsets(verb, "v")[:senses]:
        for lemma in s.lemmas():
            if (lemma.name() == verb) == synonyms:
                continue
            for d in lemma.derivationally_related_forms():
                if d.synset().pos() == "n":
                    yield d


@lru_cache(maxsize=65536)
def nouns_of(verb: str) -> frozenset[str]:
    """Event nouns a verb nominalises to ("explode" -> explosion, "rule" -> ruling)."""
    return frozenset(d.name() for d in _derived_nouns(verb, 4) if is_event_noun(d.name()))


@lru_cache(maxsize=65536)
def _kinds(lemma: str) -> frozenset[str]:
    """A noun's usual senses and their kinds two levels up, where deep enough to be telling."""
    out = set()
    for s in _noun_synsets(lemma):
        for h in [s, *s.closure(lambda x: x.hypernyms(), depth=KIND_LEVELS)]:
            if h.min_depth() >= MIN_SHARED_DEPTH:
                out.add(h.name())
    return frozenset(out)


@lru_cache(maxsize=65536)
def _sense_offsets(word: str, pos: str) -> tuple[int, ...]:
    """The offsets of `wordnet().synsets(word, pos)`, in its order, without building them."""
    reader = wordnet()
    index = reader._lemma_pos_offset_map
    return tuple(o for form in reader._morphy(word.lower(), pos) for o in index[form].get(pos, []))


@lru_cache(maxsize=4)
def _data_file(pos: str) -> mmap.mmap:
    """One part of speech's WordNet data file, memory-mapped (satellites are adjectives)."""
    reader = wordnet()
    with (Path(reader.root.path) / f"data.{reader._FILEMAP['a' if pos == 's' else pos]}").open("rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


@lru_cache(maxsize=65536)
def _linked(pos: str, offset: int, symbol: bytes) -> tuple[int, ...]:
    """The offsets a synset's pointers of one kind lead to in its own data file (b"~" hyponyms,
    b"@" hypernyms, b"&" similar adjectives), read from its data line without building Synsets:
    nltk parses every lemma and pointer of each synset it meets, and the broad kinds around a
    new word carry hundreds (a new article paid up to 60 ms for them)."""
    data = _data_file(pos)
    fields = data[offset : data.find(b"\n", offset)].split()
    at = 4 + 2 * int(fields[3], 16)  # after the words: the pointer count
    return tuple(
        int(fields[at + 2 + 4 * i]) for i in range(int(fields[at])) if fields[at + 1 + 4 * i] == symbol
    )


def _reach(pos: str, offsets: Iterable[int], symbol: bytes, depth: int = -1, limit: int = 0) -> set[int]:
    """The offsets reached from some by following one kind of pointer, breadth first, up to
    `depth` steps (-1: any), stopping once more than `limit` are found (0: no limit)."""
    found: set[int] = set()
    layer = list(offsets)
    while layer and depth != 0 and not (limit and len(found) > limit):
        layer = list(dict.fromkeys(o for at in layer for o in _linked(pos, at, symbol) if o not in found))
        found.update(layer)
        depth -= 1
    return found


@lru_cache(maxsize=65536)
def _broad_kind(name: str) -> bool:
    """More than MAX_KIND_HYPONYMS kinds lie below a synset: such a kind says little (the
    count stops there)."""
    synset = wordnet().synset(name)
    return len(_reach(synset.pos(), [synset.offset()], b"~", limit=MAX_KIND_HYPONYMS)) > MAX_KIND_HYPONYMS


@lru_cache(maxsize=65536)
def same_kind(a: str, b: str) -> bool:
    """Two event nouns that may name one event: one lemma, a gerund and a noun of its verb
    ("rioting" and "riot"), or a shared specific kind ("massacre" and "shooting" are both
    homicides, "bombing" is an attack)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if x.endswith("ing") and (verb := wordnet().morphy(x, "v")) is not None and verb in verb_of(y):
            return True
    return any(not _broad_kind(k) for k in _kinds(a) & _kinds(b))


@lru_cache(maxsize=65536)
def _synonyms(word: str, pos: str) -> frozenset[str]:
    """The words of a word's four usual senses."""
    return frozenset(lemma.name().lower() for s in wordnet().synsets(word, pos)[:4] for lemma in s.lemmas())


def synonyms_meet(a: str, b: str, pos: str) -> bool:
    """Whether two words share a word among their usual senses: "cut" and "lower" ("bring
    down"), "raise" and "lift"; not "weaken" and "trade", "win" and "lead"."""
    return a == b or bool(_synonyms(a.lower(), pos) & _synonyms(b.lower(), pos))


@lru_cache(maxsize=65536)
def _ancestors(lemma: str) -> frozenset[str]:
    """Every kind above a noun's two usual senses."""
    out = set()
    for s in _noun_synsets(lemma)[:2]:
        out.update(h.name() for h in s.closure(lambda x: x.hypernyms()))
    return frozenset(out)


@lru_cache(maxsize=65536)
def more_general(general: str, specific: str) -> bool:
    """`general`'s usual sense is a kind of `specific`'s, specific enough to refer back to it:
    "the storm" for a hurricane, "the fire" for a wildfire, "the incident" for a shooting
    (not "the act" or "the event", too general to tell)."""
    synsets = _noun_synsets(general.lower())
    if not synsets or general.lower() == specific.lower():
        return False
    first = synsets[0]
    return first.min_depth() >= 5 and first.name() in _ancestors(specific.lower())


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    """A word WordNet has an adjective sense for ("French", "posthumous"; not "Mozambique")."""
    return bool(wordnet().synsets(word.lower(), "a"))


@lru_cache(maxsize=65536)
def is_classifying_adjective(word: str) -> bool:
    """An adjective that says which kind of thing, by relating it to a noun ("local",
    "national", "presidential": WordNet pertainyms), not how it was ("deadly", "huge")."""
    return any(lemma.pertainyms() for s in wordnet().synsets(word.lower(), "a")[:3] for lemma in s.lemmas())


@lru_cache(maxsize=65536)
def is_location_noun(lemma: str) -> bool:
    """A noun whose usual sense is a region or part of one ("outskirts", "centre", "suburb")."""
    synsets = _noun_synsets(lemma.lower())
    return bool(synsets) and synsets[0].lexname() == "noun.location"


@lru_cache(maxsize=65536)
def noun_kind(lemma: str) -> str | None:
    """The lexicographer file of a noun's usual sense ("noun.person" for "resident")."""
    synsets = _noun_synsets(lemma.lower())
    return synsets[0].lexname() if synsets else None


@lru_cache(maxsize=65536)
def is_people_noun(lemma: str) -> bool:
    """A noun for people or a group ("residents", "police", "the ministry", "commuters"),
    "persons" too (WordNet files "person" itself among its top nouns, not under `noun.person`)."""
    # (or people who travel, whatever WordNet files first: "commuters", first a train)
    return (
        noun_kind(lemma) in ("noun.person", "noun.group")
        or noun_lemma(lemma) == "person"
        or is_traveller_noun(lemma)
    )


@lru_cache(maxsize=65536)
def has_person_sense(lemma: str) -> bool:
    """One of a noun's senses is a person ("fans": first a device, then enthusiasts)."""
    return any(s.lexname() == "noun.person" for s in _noun_synsets(noun_lemma(lemma)))


@lru_cache(maxsize=65536)
def is_specific_state(lemma: str) -> bool:
    """A noun whose usual sense is a specific state ("truce", "drought", "recession", "glitch"),
    deep in WordNet and with few kinds below it; not a general one ("situation", "condition",
    "illness"). Such a state that begins or ends on a day is dated as a happening is."""
    synsets = _noun_synsets(lemma.lower())
    if not synsets or synsets[0].lexname() != "noun.state":
        return False
    return synsets[0].min_depth() >= MIN_SHARED_DEPTH and not _broad_kind(synsets[0].name())


@lru_cache(maxsize=65536)
def verb_kind(lemma: str) -> str | None:
    """The lexicographer file of a verb's usual sense ("verb.communication" for "say")."""
    synsets = wordnet().synsets(lemma.lower(), "v")
    return synsets[0].lexname() if synsets else None


@lru_cache(maxsize=65536)
def is_place_word(lemma: str) -> bool:
    """A noun whose usual sense is "a point or extent in space" itself ("location", "spot")."""
    synsets = _noun_synsets(lemma.lower())
    if not synsets:
        return False
    first = synsets[0]
    return first.name() == "location.n.01" or any(h.name() == "location.n.01" for h in first.hypernyms())


@lru_cache(maxsize=65536)
def hyphenated_noun(parts: tuple[str, ...]) -> tuple[str, bool] | None:
    """A noun the tokenizer split at its hyphens ("pile-up", "sit-ins", "walk-out"): its
    WordNet lemma, written as WordNet has it (hyphenated "sit-in" or closed "pileup"), and
    whether it names something that happens. None when WordNet knows neither form."""
    wn = wordnet()
    hyphenated = "-".join(p.lower() for p in parts)
    lemma = wn.morphy(hyphenated, "n")
    if lemma is None and len(parts) > 2:
        # (WordNet writes some phrases with spaces: "work to rule"; not a pair like "source code",
        # whose last word carries the compound)
        lemma = wn.morphy("_".join(p.lower() for p in parts), "n")
    if lemma:
        synsets = wn.synsets(lemma, "n")[:3]
        first = synsets[0].lexname() if synsets else ""
        # (or first a body whose sitting is its act: "court-martial"; or first an exchange of
        # talk, which a word made of a verb and a particle names as an occasion: "teach-in")
        eventive = lemma not in NOT_EVENTS and (
            first in EVENT_LEXNAMES
            or (
                first in NOMINAL_LEXNAMES | {"noun.group"}
                and any(s.lexname() in EVENT_LEXNAMES for s in synsets[1:])
            )
            or (len(parts) == 2 and parts[1].lower() in PARTICLES and is_spoken_exchange(lemma))
        )
        return lemma, eventive
    closed = "".join(p.lower() for p in parts)
    if not closed.isalpha():
        return None
    lemma = noun_lemma(closed)
    if not _noun_synsets(lemma):
        return _phrasal_act(parts) or _paired_act(parts)
    return lemma, is_event_noun(lemma)


def _paired_act(parts: tuple[str, ...]) -> tuple[str, bool] | None:
    """A noun WordNet lacks made of two verbs joined by "and" or "or" ("the hit-and-run", "a
    smash-and-grab"): the act of doing both. Not two things that are also verbs ("bread-and-
    butter": a food first)."""
    if len(parts) != 3 or parts[1].lower() not in ("and", "or"):
        return None
    verbs = (parts[0].lower(), parts[2].lower())
    wn = wordnet()
    if not all(wn.morphy(v, "v") for v in verbs):
        return None
    if any((synsets := _noun_synsets(v)) and synsets[0].lexname() not in EVENT_LEXNAMES for v in verbs):
        return None
    return "-".join(p.lower() for p in parts), True


@lru_cache(maxsize=65536)
def event_compound(modifier: str, head: str) -> str | None:
    """The WordNet lemma of an open or hyphenated compound of two words with an act or event
    among its usual senses ("power outage", first an event; "court-martial", first a court,
    then its trial), else None: the compound names a happening though its head alone may not
    ("outage" is first a quantity)."""
    for joint in ("_", "-"):
        lemma = f"{modifier.lower()}{joint}{head.lower()}"
        if synsets := wordnet().synsets(lemma, "n")[:3]:
            return lemma if any(s.lexname() in EVENT_LEXNAMES for s in synsets) else None
    return None


# the adverb particles of English phrasal verbs, as the last part of a noun made of one
PARTICLES = frozenset({"in", "up", "out", "off", "down", "over", "on", "away", "back", "through"})


def _phrasal_act(parts: tuple[str, ...]) -> tuple[str, bool] | None:
    """A noun WordNet lacks in either spelling, written as a phrasal verb WordNet has ("the
    cave-in": cave in; "the bail-out", "the roll-out"): the act of that verb, as "sit-in" and
    "break-in" are in WordNet. Its last part must be a particle and its first a verb form."""
    if len(parts) != 2 or parts[1].lower() not in PARTICLES:
        return None
    verb, particle = parts[0].lower(), parts[1].lower()
    # (or its first part the verb's gerund: "the swearing-in", "a sending-off")
    base = (
        verb if is_phrasal_verb(verb, particle) or not verb.endswith("ing") else wordnet().morphy(verb, "v")
    )
    if base is None or not is_phrasal_verb(base, particle):
        return None
    return f"{verb}-{particle}", True


@lru_cache(maxsize=65536)
def is_time_noun(lemma: str) -> bool:
    """A noun whose usual sense is a point or stretch of time ("date", "day", "anniversary")."""
    return noun_kind(lemma) == "noun.time"


@lru_cache(maxsize=65536)
def is_stretch_of_time(lemma: str) -> bool:
    """A noun whose usual sense is a stretch of time ("stage", "day", "weekend"), not a rate or
    a speed, which WordNet also files as times."""
    return _first_under(lemma, "n", frozenset({"time_period.n.01", "time_unit.n.01"}))


@lru_cache(maxsize=65536)
def is_period_noun(lemma: str) -> bool:
    """A time noun none of whose usual senses is an occurrence ("week", "spring"; not
    "blackout", first a stretch of time in WordNet but also a power cut)."""
    senses = _noun_synsets(lemma.lower())
    return is_time_noun(lemma) and not any(s.lexname() in EVENT_LEXNAMES for s in senses)


@lru_cache(maxsize=65536)
def is_recurrence_verb(lemma: str) -> bool:
    """A verb whose usual sense is doing or happening again ("return", "resume", "recur",
    "reappear", "reopen"): WordNet's gloss of its first sense says "again", "anew" or "back"."""
    synsets = wordnet().synsets(lemma.lower(), "v")
    words = synsets[0].definition().replace(",", " ").replace(";", " ").split() if synsets else []
    return not {"again", "anew", "back"}.isdisjoint(words)


@lru_cache(maxsize=65536)
def is_ending_verb(lemma: str) -> bool:
    """A verb whose usual sense is bringing something to its end ("finalise", "complete",
    "conclude"): WordNet files its first sense under end.v.02 ("bring to an end")."""
    return _first_under(lemma, "v", frozenset({"end.v.02"}))


# taking part ("appearance" in court or in a final, "participation") and cancelling officially
TAKING_PART_SYNSETS = frozenset({"appearance.n.03", "engagement.n.07"})
REVOKING_SYNSETS = frozenset({"revoke.v.02"})


@lru_cache(maxsize=65536)
def is_taking_part(lemma: str) -> bool:
    """A noun one of whose usual senses is taking part in something ("appearance" in court or
    in a final, "participation", "involvement"): what it is "in" is what was taken part in."""
    return any(_is_under(s, TAKING_PART_SYNSETS) for s in _noun_synsets(lemma.lower()))


@lru_cache(maxsize=65536)
def is_revoking_verb(lemma: str) -> bool:
    """A verb one of whose senses is cancelling officially ("lift", "repeal", "overturn",
    "rescind": revoke.v.02 or below): done to a ban, an embargo or a curfew, it ends it."""
    return any(_is_under(s, REVOKING_SYNSETS) for s in wordnet().synsets(lemma.lower(), "v"))


@lru_cache(maxsize=1)
def _compass_points() -> frozenset[int]:
    """The senses below compass_point.n.01, whose kinds are few (walking up from every noun
    instead parsed the whole hierarchy above it, 30 ms on a new article)."""
    return frozenset(_reach("n", [wordnet().synset("compass_point.n.01").offset()], b"~"))


@lru_cache(maxsize=65536)
def is_direction_noun(lemma: str) -> bool:
    """A compass direction or the region named by one ("north", "south-east", "west"):
    WordNet files one of its senses under a compass point."""
    return not _compass_points().isdisjoint(_sense_offsets(lemma, "n"))


# kinds of thing that stand somewhere: "a factory in Tianjin", "a motorway near Lyon", "the
# main square of Tbilisi" (not vehicles, which move: "a bus bound for Lyon", "trains to Paris")
SITE_HYPERNYMS = frozenset(
    {"structure.n.01", "facility.n.01", "way.n.06", "establishment.n.04", "location.n.01", "excavation.n.03"}
)


# what carries people or goods: "the ship", "the train", "the plane", "the bus"
CONVEYANCES = frozenset({"conveyance.n.03"})


@lru_cache(maxsize=16384)
def is_vehicle_noun(lemma: str) -> bool:
    """A noun whose usual sense is a vehicle or craft ("ship", "vessel", "train", "plane")."""
    synsets = _noun_synsets(lemma.lower())
    return bool(synsets) and _is_under(synsets[0], CONVEYANCES)


@lru_cache(maxsize=65536)
def is_site_noun(lemma: str) -> bool:
    """A noun one of whose three usual senses is a place, a structure, a facility, a road or a
    natural feature ("square", "plant", "market", "motorway", "coast", "village"): a thing an
    event can happen at or hit, whose own place a preposition may then give."""
    return any(_is_site(s) for s in _noun_synsets(lemma.lower()))


@lru_cache(maxsize=65536)
def is_first_a_site(lemma: str) -> bool:
    """A noun whose usual sense is a site ("home", "shop", "park"; not "market", first the
    world of trade, nor "school", first a body of people)."""
    synsets = _noun_synsets(lemma.lower())
    return bool(synsets) and _is_site(synsets[0])


def _is_site(synset: Any) -> bool:
    if synset.lexname() in ("noun.location", "noun.object"):
        return True
    return synset.lexname() == "noun.artifact" and any(
        h.name() in SITE_HYPERNYMS for h in synset.closure(lambda s: s.hypernyms())
    )


@lru_cache(maxsize=65536)
def is_recovery_verb(lemma: str) -> bool:
    """A verb one of whose usual senses is getting better after a harm ("recover",
    "recuperate", "heal": WordNet files them under "get better"): what recovers from an event
    went through it."""
    return any(
        h.name() == "better.v.03" for s in wordnet().synsets(lemma.lower(), "v")[:4] for h in s.hypernyms()
    )


@lru_cache(maxsize=65536)
def verb_kinds(lemma: str) -> frozenset[str]:
    """The lexicographer files of a verb's three usual senses ("bury": perception, social,
    contact): what the verb can mean when its subject and object rule the others out."""
    low = lemma.lower()
    synsets = wordnet().synsets(low, "v")
    if not synsets and len(low) > 4 and low[-1] == "e" and low[-2] == low[-3]:
        synsets = wordnet().synsets(low[:-2], "v")  # the small model's "gutte" for "gutted"
    return frozenset(s.lexname() for s in synsets[:3])


# first senses of verbs that judge, examine, discuss or mourn something (condemn < comment,
# probe < investigate, praise < evaluate, debate < talk of; "examine" is analyze itself), not
# those that make a message or an act happen (announce, order, declare, deliver, sign, report)
# nor "trace" (to where it began), another child of analyze; and those that make it known to a
# public on air (air.v.03: "broadcast", "televise"; not all of publicize, whose
# "issue" is how a ruling or a warning comes to be): the place is where the audience was
REACTION_SYNSETS = frozenset(
    {
        "investigate.v.01",
        "review.v.01",
        "evaluate.v.02",
        "comment.v.01",
        "talk_of.v.01",
        "grieve.v.01",
        "air.v.03",
    }
)


# senses of following something with the eyes or the mind, or under surveillance
WATCHING_SYNSETS = frozenset({"watch.v.02", "surveil.v.01"})


@lru_cache(maxsize=65536)
def is_reaction_verb(lemma: str) -> bool:
    """A verb whose usual sense reacts to what it is about ("condemned", "investigated",
    "debated"): what it says of an event happens elsewhere than the event."""
    synsets = wordnet().synsets(lemma.lower(), "v")
    if not synsets:
        return False
    first = synsets[0]
    return first.name() == "analyze.v.01" or _is_under(first, REACTION_SYNSETS)


@lru_cache(maxsize=16384)
def is_watching_verb(lemma: str) -> bool:
    """A verb of moving after something that can also mean watching it ("follow", "track"):
    passive, with a happening as its subject, it is the watching ("the trial was followed
    closely in Oslo"), for a happening is not followed through space."""
    synsets = wordnet().synsets(lemma.lower(), "v")
    return (
        bool(synsets)
        and synsets[0].lexname() == "verb.motion"
        and any(s.name() in WATCHING_SYNSETS for s in synsets)
    )


def _is_under(synset: Any, kinds: frozenset[str], itself: bool = True) -> bool:
    """The synset (when `itself`) or one of the kinds above it is named in `kinds`."""
    above = synset.closure(lambda s: s.hypernyms())
    return any(s.name() in kinds for s in ([synset, *above] if itself else above))


@lru_cache(maxsize=16384)
def is_showing_verb(lemma: str) -> bool:
    """A verb whose usual sense is making something seen ("show", "display"): what it shows
    of a happening is seen where the verb is, not where the happening was."""
    return _first_under(lemma, "v", frozenset({"show.v.04"}))


@lru_cache(maxsize=16384)
def is_display_noun(lemma: str) -> bool:
    """A noun whose usual sense is itself a showing ("show", "exhibition", "expo",
    "retrospective"): where it is shown is where it is."""
    return _first_under(
        lemma, "n", frozenset({"show.n.01", "exhibition.n.01", "exhibition.n.02", "display.n.01"})
    )


@lru_cache(maxsize=16384)
def is_organisation_noun(lemma: str) -> bool:
    """A noun whose usual sense is an organisation ("team", "club", "party", "union"): copy
    names one with several such words ("the team" ... "the club")."""
    return _first_under(lemma, "n", frozenset({"organization.n.01"}))


EXPECTING_SYNSETS = frozenset({"expect.v.01", "anticipate.v.03", "predict.v.01", "imagine.v.01"})


@lru_cache(maxsize=65536)
def is_expecting_verb(lemma: str) -> bool:
    """A verb whose usual sense is expecting, predicting or imagining ("expect", "foresee",
    "forecast", "imagine"): negated, of a definite event, it says the event came unforeseen."""
    return _first_under(lemma, "v", EXPECTING_SYNSETS)


PREVENTING_SYNSETS = frozenset({"prevent.v.01", "prevent.v.02", "avoid.v.01"})


@lru_cache(maxsize=65536)
def is_preventing_verb(lemma: str) -> bool:
    """A verb one of whose usual senses keeps something from happening ("prevent", "avoid",
    "avert", "stop", "head off"): "was not prevented", "might have been averted" say of a
    definite event that it happened."""
    return any(_is_under(s, PREVENTING_SYNSETS) for s in wordnet().synsets(lemma.lower(), "v")[:3])


@lru_cache(maxsize=16384)
def is_making_public(verb: str) -> bool:
    """A verb of making a thing known for the first time ("report", "announce", "disclose"),
    not of explaining what is known ("describe", "detail": `is_making_known` has both)."""
    return is_making_known(verb) and not _first_under(verb, "v", frozenset({"explain.v.01"}))


# what is done by making it known: a court's judgment, a decision
PRONOUNCED_KINDS = frozenset({"judgment.n.03", "decision.n.01"})


@lru_cache(maxsize=16384)
def is_made_by_telling(lemma: str) -> bool:
    """A noun whose usual sense is a message, a judgment or a decision ("recall", "decree",
    "verdict", "ruling"): announcing it is making it, so the day it was announced is its own."""
    return noun_kind(lemma) == "noun.communication" or bool(_ancestors(lemma.lower()) & PRONOUNCED_KINDS)


# taking people or things out of a place: "evict", "evacuate", "expel", "oust", "rescue", and
# taking them without consent: "steal", "rob", "loot" (take.v.21)
REMOVING_SYNSETS = frozenset(
    {"expel.v.01", "evacuate.v.01", "remove.v.01", "remove.v.02", "rescue.v.01", "take.v.21"}
)


@lru_cache(maxsize=16384)
def is_removal_verb(lemma: str) -> bool:
    """A verb whose usual sense is taking someone or something out of a place ("evicted
    families from a settlement in Nairobi"): its "from" is where it was done."""
    return _first_under(lemma, "v", REMOVING_SYNSETS)


# contests: what a verb of winning or losing is done at ("won the final", "lost the runoff")
CONTEST_SYNSETS = frozenset({"contest.n.01", "vote.n.02"})


@lru_cache(maxsize=16384)
def is_contest_noun(lemma: str) -> bool:
    """A noun one of whose two usual senses is a contest or a vote ("final", "marathon",
    "regatta", "runoff")."""
    return bool(_ancestors(lemma.lower()) & CONTEST_SYNSETS)


def is_contest_verb(lemma: str) -> bool:
    """A verb whose usual sense is competing ("win", "beat", "play")."""
    return verb_kind(lemma) == "verb.competition"


# leaving a place: an escape, a launch, a departure ("the jailbreak from a prison in Y", "the
# launch from Kourou")
LEAVING_SYNSETS = frozenset({"escape.n.01", "launching.n.03", "liftoff.n.01", "departure.n.01"})


@lru_cache(maxsize=16384)
def is_leaving_noun(lemma: str) -> bool:
    """A noun one of whose first two senses is leaving a place (an escape, a launch, a
    departure; "launch" is first a boat): its "from" is where it happened."""
    return any(_is_under(s, LEAVING_SYNSETS) for s in _noun_synsets(lemma.lower())[:2])


def _first_under(lemma: str, pos: str, kinds: frozenset[str], itself: bool = True) -> bool:
    """The usual (first) sense of a noun ("n") or verb ("v") is (when `itself`) one of `kinds`
    or below one."""
    synsets = _noun_synsets(lemma.lower()) if pos == "n" else wordnet().synsets(lemma.lower(), "v")
    return bool(synsets) and _is_under(synsets[0], kinds, itself)


@lru_cache(maxsize=65536)
def is_lasting_verb(lemma: str) -> bool:
    """A verb whose usual sense is staying as one is ("remain", "stay", "continue"): what is
    expected to remain a talking point already is one."""
    return _first_under(lemma, "v", frozenset({"stay.v.01", "continue.v.01"}))


@lru_cache(maxsize=65536)
def is_work_verb(lemma: str) -> bool:
    """A verb whose usual sense is working ("work", "labour", "toil")."""
    return _first_under(lemma, "v", frozenset({"work.v.01", "labor.v.02"}))


@lru_cache(maxsize=65536)
def is_causative_verb(lemma: str, particle: str = "") -> bool:
    """A verb whose usual sense makes something happen ("caused", "sparked", "triggered", "set
    off", "prompted": cause.v.01 or below it): its object is an effect that happens where the
    cause acts, so a place on the verb is the object's too."""
    word = f"{lemma}_{particle}" if particle else lemma
    return _first_under(word, "v", frozenset({"cause.v.01"}))


# a stopping: "a close", "a halt", "a standstill", "an end" (a point or a happening of ending)
ENDING_SYNSETS = frozenset({"ending.n.04", "end.n.02", "termination.n.05"})


@lru_cache(maxsize=65536)
def is_ending_noun(lemma: str) -> bool:
    """A noun with a sense of coming to a stop ("close", "halt", "standstill", "conclusion"):
    what a predicate comes "to" when it ends, not a happening of its own ("a crisis"). The
    stopping sense must come before any sense of another act or event: "responded to a
    shooting" is to an act (a shooting's second sense is a killing, an ending)."""
    for s in wordnet().synsets(lemma.lower(), "n"):
        if _is_under(s, ENDING_SYNSETS):
            return True
        if s.lexname() in ("noun.act", "noun.event"):
            return False
    return False


# one who watches (an eyewitness, an onlooker, a bystander are below it)
SPECTATOR_SYNSETS = frozenset({"spectator.n.01"})


@lru_cache(maxsize=65536)
def is_witness_noun(lemma: str) -> bool:
    """A noun whose usual sense is one who saw something happen ("witness", "eyewitness",
    "onlooker", "bystander"); not a spectator or viewer as such, who may watch on a screen."""
    synsets = _noun_synsets(lemma.lower())
    return bool(synsets) and (
        synsets[0].name() == "witness.n.01" or _is_under(synsets[0], SPECTATOR_SYNSETS, itself=False)
    )


@lru_cache(maxsize=65536)
def is_responder_noun(lemma: str) -> bool:
    """A noun whose usual sense is the police or those who guard people and property on the
    spot ("police", "deputies", "sheriff", "firefighters"): they speak of what happened where
    they serve."""
    return _first_under(lemma, "n", frozenset({"defender.n.01", "law_enforcement_agency.n.01"}), itself=False)


@lru_cache(maxsize=65536)
def is_gathering_verb(lemma: str) -> bool:
    """A verb with the sense of people getting together ("gather", "assemble")."""
    return any(s.name() == "meet.v.07" for s in wordnet().synsets(lemma.lower(), "v"))


# going through something: "saw" / "witnessed" (be contemporaneous with), "experienced",
# "suffered", "had" (undergo)
UNDERGO_SYNSETS = frozenset({"witness.v.02", "experience.v.01", "suffer.v.01", "have.v.11"})


@lru_cache(maxsize=65536)
def is_undergo_verb(lemma: str) -> bool:
    """A verb with a sense of going through or living through something ("see" as in "the
    town saw its first riot", "witness", "experience", "suffer", "have")."""
    return any(s.name() in UNDERGO_SYNSETS for s in wordnet().synsets(lemma.lower(), "v"))


# military actions: their "of" names the place they were waged on ("the siege of Sarajevo")
ASSAULT_SYNSETS = frozenset({"attack.n.01", "military_action.n.01"})


@lru_cache(maxsize=65536)
def is_assault_noun(lemma: str) -> bool:
    """A noun whose usual sense is an attack or a military action ("siege", "bombing",
    "shelling", "invasion", "raid", "blockade"): "the X of Y" is waged on Y, so where it was."""
    return _first_under(lemma, "n", ASSAULT_SYNSETS)


# settlements: what "the city", "the town", "the capital" stand for
SETTLEMENT_SYNSETS = frozenset(
    {"city.n.01", "town.n.01", "village.n.01", "village.n.02", "municipality.n.01", "capital.n.03"}
)


@lru_cache(maxsize=65536)
def is_settlement_word(lemma: str) -> bool:
    """A noun one of whose three usual senses is a settlement ("city", "town", "village",
    "capital"; not "area" or "country"): "the city" then stands for a town just named."""
    return any(_is_under(s, SETTLEMENT_SYNSETS) for s in _noun_synsets(lemma.lower())[:3])


# areas a place is or governs: "region", "area", "district", "province", "county"
REGION_SYNSETS = frozenset({"region.n.01", "region.n.03"})


@lru_cache(maxsize=65536)
def is_region_word(lemma: str) -> bool:
    """A noun whose usual sense is an area ("region", "area", "district", "province"; not
    "zone", a point): "the region" then stands for the area of a place just named."""
    synsets = _noun_synsets(lemma.lower())[:1]
    return bool(synsets) and synsets[0].lexname() == "noun.location" and _is_under(synsets[0], REGION_SYNSETS)


# the people of a place: "residents of Texas", "villagers", "the people of Gaza"
INHABITANT_SYNSETS = frozenset({"inhabitant.n.01", "people.n.01", "population.n.01"})


@lru_cache(maxsize=65536)
def is_inhabitant_noun(lemma: str) -> bool:
    """A noun whose usual sense is the people living somewhere ("residents", "villagers",
    "islanders", "the people"): its "of" names where they live, unlike "the mayor of Lyon"."""
    return _first_under(lemma, "n", INHABITANT_SYNSETS)


# people passing through a place ("travellers", "passengers", "tourists", "visitors"), not
# people away from home ("refugees", "migrants"), who may have come from anywhere
TRAVELLER_SYNSETS = frozenset({"traveler.n.01"})
AWAY_SYNSETS = frozenset({"absentee.n.01", "migrant.n.01"})


@lru_cache(maxsize=65536)
def is_traveller_noun(lemma: str) -> bool:
    """A noun whose usual sense is people passing through where they are ("travellers in
    Lyon", "passengers at Lyon"): what they go through there happens there."""
    # (or the first person sense after a thing's: "commuter", first a train)
    people = [s for s in _noun_synsets(lemma.lower())[:2] if s.lexname() == "noun.person"][:1]
    return any(_is_under(s, TRAVELLER_SYNSETS, True) for s in people) and not _first_under(
        lemma, "n", AWAY_SYNSETS
    )


@lru_cache(maxsize=65536)
def is_area_event(lemma: str) -> bool:
    """An event one of whose two usual senses happens over an area rather than at a point: a
    natural phenomenon or a state ("storm", "flood", "earthquake", "heatwave", "drought"), whose
    places may lie a region apart; not "crash", "concert", "trial", "fire"."""
    synsets = _noun_synsets(lemma.lower())[:2]
    states = any(s.lexname() in ("noun.phenomenon", "noun.state") for s in synsets)
    return states or is_natural_phenomenon(lemma)


@lru_cache(maxsize=65536)
def is_outcome_noun(lemma: str) -> bool:
    """A noun whose usual sense is how a contest ended for one side ("win", "victory", "defeat",
    "triumph": success.n.01 or failure.n.02 or below): its owner and its "to" name sides
    ("England's defeat to Ireland"), not places."""
    return _first_under(lemma, "n", frozenset({"success.n.01", "failure.n.02"}))


@lru_cache(maxsize=65536)
def is_journey_noun(lemma: str) -> bool:
    """A noun whose usual sense is going somewhere or visiting it ("visit", "trip", "tour",
    "pilgrimage"): its "to" names where it took place ("a visit to Japan"), which the "to" of
    other nouns does not ("aid to Pakistan", "a threat to Europe", "the defeat to Ireland")."""
    return _first_under(lemma, "n", frozenset({"travel.n.01", "visit.n.01", "visit.n.02"}))


@lru_cache(maxsize=65536)
def is_natural_phenomenon(lemma: str) -> bool:
    """An event whose usual sense is a natural phenomenon ("cyclone", "drought", "storm"), even
    when WordNet files it as a state; not "riot", "war", "recession"."""
    return "natural_phenomenon.n.01" in _ancestors(lemma.lower())


@lru_cache(maxsize=65536)
def has_area_sense(lemma: str) -> bool:
    """A noun one of whose three usual senses is a region or a natural feature ("square",
    "village", "coast", "bank"), whose "of" then names where it is ("the coast of Cornwall")."""
    return any(s.lexname() in ("noun.location", "noun.object") for s in _noun_synsets(lemma.lower()))


@lru_cache(maxsize=65536)
def event_nouns_of_verb(verb: str, particle: str = "") -> frozenset[str]:
    """The event nouns that name what a verb (with its particle) does: its WordNet
    nominalisations ("extradite" -> extradition, "lay off" -> layoff), those of the verb
    it causes ("raise" -> rise), the verb itself used as an event noun ("riot"), and the
    closed compounds of a phrasal verb
    ("walk out" -> walkout, "break out" -> outbreak, "shut down" -> shutdown)."""
    verb, particle = verb.lower(), particle.lower()
    out: set[str] = set()
    if particle:
        out |= nouns_of(f"{verb}_{particle}")
        # only a compound WordNet has ("walkout"), not one it reads by its head ("outwalk")
        out |= {
            closed
            for closed in (verb + particle, particle + verb)
            if wordnet().synsets(closed, "n") and is_event_noun(closed)
        }
        if out:
            return frozenset(out)
    out |= nouns_of(verb) | _act_nouns(verb)
    # a causative names the event it causes: "raise rates" is a rise
    for synset in wordnet().synsets(verb, "v")[:4]:
        for caused in synset.causes():
            for name in caused.lemma_names():
                out |= nouns_of(name)
                if is_event_noun(name):
                    out.add(name)
    if is_event_noun(verb) or has_event_sense(verb):
        out.add(verb)
    return frozenset(out)


@lru_cache(maxsize=65536)
def similar_adjectives(a: str, b: str) -> bool:
    """Two adjectives of one sense or of similar senses ("deadly" and "fatal", "big" and
    "large"): WordNet synsets and their similar-to links."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    # adjective offsets are one data file's, head ("a") and satellite ("s") senses alike
    near = set(_sense_offsets(a, "a"))
    near |= _reach("a", near, b"&", depth=1)
    return not near.isdisjoint(_sense_offsets(b, "a"))


_ACT_LEXNAMES = frozenset({"noun.act", "noun.event", "noun.state", "noun.communication", "noun.process"})


@lru_cache(maxsize=65536)
def _act_nouns(verb: str) -> frozenset[str]:
    """The nouns WordNet derives from a verb's first senses that name its act or state
    though their usual sense is no event ("resign" -> resignation: a communication), not
    its agent nor its object."""
    return frozenset(d.name() for d in _derived_nouns(verb, 3) if d.synset().lexname() in _ACT_LEXNAMES)


@lru_cache(maxsize=65536)
def has_usual_event_sense(lemma: str, senses: int = 3) -> bool:
    """One of a noun's usual senses (the first three) is an act or event, whatever the first is
    ("festival" is first a time, then an act; "olympiad" a time, then the games): such a noun is
    an event when the syntax says it was held or took place."""
    lemma = lemma.lower()
    if lemma in NOT_EVENTS or not lemma.isalpha():
        return False
    return any(s.lexname() in EVENT_LEXNAMES for s in _noun_synsets(lemma)[:senses])


SPEAKER_LEXNAMES = frozenset({"noun.group", "noun.person", "noun.communication", "noun.cognition"})


@lru_cache(maxsize=16384)
def has_rare_act_sense(lemma: str) -> bool:
    """Any of a noun's senses, however rare, is an act or event ("jam": a preserve, a fix, a
    crowd, then the act of jamming): enough when a day names the noun."""
    lemma = lemma.lower()
    if lemma in NOT_EVENTS or not lemma.isalpha():
        return False
    return any(s.lexname() in EVENT_LEXNAMES for s in wordnet().synsets(lemma, "n"))


@lru_cache(maxsize=16384)
def can_speak(lemma: str, senses: int = 3) -> bool:
    """A noun that can be the subject of a verb of saying as a source: people or a body
    ("management", "the administration") or a message or finding ("the survey", "the inquiry");
    not an act or happening alone ("the strike", "the stoppage", "the blast"). Unknown: yes."""
    synsets = _noun_synsets(lemma.lower())[:senses]
    return not synsets or any(s.lexname() in SPEAKER_LEXNAMES for s in synsets)


@lru_cache(maxsize=16384)
def is_topic_noun(lemma: str, senses: int = 3) -> bool:
    """A noun one of whose usual senses is a message or a thought ("coverage", "news",
    "reaction"): what it is "of" is its topic, not where it was."""
    return any(s.lexname() in TOPIC_LEXNAMES for s in _noun_synsets(lemma.lower())[:senses])


@lru_cache(maxsize=16384)
def is_gathering_group(lemma: str) -> bool:
    """A noun first filed as a gathering of people ("tribunal", "court", "congress", "rally")
    or as a display of things ("expo", "retrospective"): an event when the text says
    it was held or sat somewhere."""
    synsets = _noun_synsets(lemma.lower())
    if not synsets:
        return False
    return _is_under(synsets[0], frozenset({"gathering.n.01"}), itself=False) or _is_under(
        synsets[0], frozenset({"exhibition.n.02"})
    )


@lru_cache(maxsize=65536)
def is_bare_happening(lemma: str) -> bool:
    """A noun whose usual sense is any happening at all, or one kind right below it
    ("incident", "episode", "occurrence"): it names no kind of its own, only one told before."""
    synsets = _noun_synsets(lemma.lower())
    if not synsets or synsets[0].lexname() != "noun.event":
        return False
    first = synsets[0]
    if first.name() == "happening.n.01":
        return True
    if not any(h.name() == "happening.n.01" for h in first.hypernyms()):
        return False
    # a word whose own kinds are named after it is a kind itself ("fire": forest fire, brush
    # fire, grassfire), not a word for whatever happened ("incident", "episode")
    word = lemma.lower().replace(" ", "_")
    return not any(
        word in n.lower() for h in first.closure(lambda x: x.hyponyms(), depth=2) for n in h.lemma_names()
    )


@lru_cache(maxsize=65536)
def is_gathering(lemma: str) -> bool:
    """A noun with a usual sense that is a meeting, social event or ceremony ("summit",
    "festival", "tournament"): an occasion people plan, so a verb in the future may speak of
    one to come."""
    return any(
        h.name() in GATHERINGS
        for s in _noun_synsets(lemma.lower())
        for h in s.closure(lambda x: x.hypernyms(), depth=4)
    )


@lru_cache(maxsize=65536)
def is_phrasal_verb(verb: str, particle: str) -> bool:
    """WordNet has the verb with this particle or object as one verb ("give way", "run aground")."""
    return bool(wordnet().synsets(f"{verb.lower()}_{particle.lower()}", "v"))


@lru_cache(maxsize=65536)
def is_made_thing(lemma: str) -> bool:
    """A noun one of whose two usual senses is a made thing ("ship"; "trawler", first a
    fisherman, then his boat)."""
    return any(s.lexname() == "noun.artifact" for s in _noun_synsets(lemma.lower())[:2])


# pictures and films: a photograph, a picture ("image"), footage, a video
DEPICTION_SYNSETS = frozenset(
    {"picture.n.01", "photograph.n.01", "film.n.03", "video.n.01", "video_recording.n.01"}
)


@lru_cache(maxsize=4096)
def is_depiction_noun(lemma: str) -> bool:
    """A noun one of whose three usual senses is a picture or a film ("images", "footage",
    "video", "photos"; not "report", "map" or "letter"): where it was taken is where what it
    shows was."""
    return any(_is_under(s, DEPICTION_SYNSETS) for s in _noun_synsets(lemma.lower())[:3])


@lru_cache(maxsize=65536)
def is_one_off_change(verb: str, thing: bool = False) -> bool:
    """A verb whose usual sense is a change a thing undergoes once ("collapse", "burst",
    "sink", "give way", "run aground"), not a change of amount that recurs ("rise", "fall",
    "drop", "climb") nor a motion that does ("leave", "arrive"). With `thing` (told of a
    made thing: "the trawler went down"), a phrasal verb's change of amount is not read."""
    synsets = wordnet().synsets(verb.lower().replace(" ", "_"), "v")
    if not synsets:
        return False
    ups = [{h.name() for h in s.closure(lambda x: x.hypernyms())} for s in synsets[:3]]
    amount = any("change_magnitude.v.01" in u or "change_intensity.v.01" in u for u in ups)
    if amount and not (thing and ("_" in verb or " " in verb)):
        return False
    return "_" in verb or " " in verb or any("change.v.02" in u for u in ups[:2])


@lru_cache(maxsize=65536)
def is_making_known(verb: str) -> bool:
    """A verb whose usual sense is making a thing known, done once for it ("announce",
    "report", "disclose"): its object is told when it is first made public."""
    return _first_under(verb, "v", frozenset({"inform.v.01"}), itself=False)


@lru_cache(maxsize=16384)
def is_spoken_exchange(lemma: str) -> bool:
    """A noun whose usual sense is talk between people or a speech to them ("dialogue",
    "talks", "debate", "consultation", "lecture"): a message in WordNet, an occasion when the
    text says it was held or staged."""
    return _first_under(lemma, "n", frozenset({"speech.n.02", "address.n.03"}))


DIFFERENCE_SYNSETS = frozenset(
    {"different.a.01", "separate.a.01", "unrelated.a.01", "unrelated.a.02", "unconnected.a.01"}
)


@lru_cache(maxsize=16384)
def is_difference_adjective(word: str) -> bool:
    """An adjective whose usual sense is being other than something ("different", "distinct",
    "separate", "unrelated"): what it is "from" or "to" is another thing."""
    return any(
        s.name() in DIFFERENCE_SYNSETS or any(x.name() in DIFFERENCE_SYNSETS for x in s.similar_tos())
        for s in wordnet().synsets(word.lower(), "a")[:3]
    )


# coming to know a thing is there: "detect", "discover", "spot", "find", "identify", "uncover"
NOTICING_SYNSETS = frozenset(
    {"detect.v.01", "spy.v.03", "find.v.01", "identify.v.01", "uncover.v.01", "diagnose.v.01"}
)


@lru_cache(maxsize=65536)
def is_noticing(verb: str) -> bool:
    """A verb whose usual sense is coming to know a thing is there ("detect", "discover",
    "spot", "find", "identify"): done once for one thing, as making it known is."""
    return _first_under(verb, "v", NOTICING_SYNSETS)


@lru_cache(maxsize=65536)
def act_nouns_of(verb: str, particle: str = "") -> frozenset[str]:
    """The nouns that name a verb's own act, whatever WordNet files them as first: its
    nominalisations and act or state nouns ("resign" -> resignation, first a feeling), and with
    a particle WordNet has as one verb, those of the phrasal verb and its closed compounds
    ("lay off" -> layoff, "break out" -> breakout, outbreak). Not what it causes nor the
    verb read as a noun (`event_nouns_of_verb` adds those)."""
    verb, particle = verb.lower(), particle.lower()
    if particle and is_phrasal_verb(verb, particle):
        phrasal = f"{verb}_{particle}"
        closed = {
            c for c in (verb + particle, particle + verb) if wordnet().synsets(c, "n") and is_event_noun(c)
        }
        return nouns_of(phrasal) | _act_nouns(phrasal) | frozenset(closed)
    return nouns_of(verb) | _act_nouns(verb)


@lru_cache(maxsize=65536)
def synonym_nouns_of(verb: str) -> frozenset[str]:
    """Event nouns of the other verbs of a verb's usual sense ("shut" -> closure, as "close";
    "free" -> release, liberation): the act named by a synonym."""
    return frozenset(d.name() for d in _derived_nouns(verb, 1, synonyms=True) if is_event_noun(d.name()))


@lru_cache(maxsize=65536)
def usual_sense(lemma: str) -> str | None:
    """The name of a noun's usual sense ("explosion.n.01"), else None."""
    first = _noun_synsets(lemma.lower())[:1]
    return first[0].name() if first else None


@lru_cache(maxsize=65536)
def rarer_senses(word: str) -> tuple[str, ...]:
    """The event senses of a noun and the kinds right above them ("blast": an explosion, though
    first a fly ball): `usual_sense(event)` among them means the word can name that event. In
    WordNet's order of the senses, the usual first, so that a choice among them is the same
    in every process (a set's order changes with Python's string hashing)."""
    out: dict[str, None] = {}
    for s in wordnet().synsets(word.lower(), "n"):
        if s.lexname() in EVENT_LEXNAMES:
            out[s.name()] = None
            out.update(dict.fromkeys(h.name() for h in s.hypernyms()))
    return tuple(out)


@lru_cache(maxsize=65536)
def names_a_kind_of(specific: str, general: str) -> bool:
    """A noun that names the same thing as another or one kind of it, in any of its senses
    against the other's two usual ones ("snow" and "snowfall" share a sense; a "cup" is a
    trophy): what an instance was done to can be what a claim counts."""
    specific, general = specific.lower(), general.lower()
    if specific == general:
        return True
    targets = set(_sense_offsets(general, "n")[:2])
    if not targets:
        return False
    return any(
        o in targets or targets & _reach("n", [o], b"@", depth=4) for o in _sense_offsets(specific, "n")[:8]
    )


# comparing senses: "compare", "liken", "equate", "resemble", "match", "parallel", "contrast",
# "differ" (the senses themselves: the kinds below them are as wide as "go", "meet", "clash")
COMPARING_SYNSETS = frozenset(
    {
        "compare.v.01",
        "compare.v.02",
        "compare.v.03",
        "equate.v.02",
        "contrast.v.01",
        "contrast.v.02",
        "differ.v.01",
    }
)
# ... of which these say one thing is like another with no "with / to" ("resembled one in Lyon")
LIKENESS_SYNSETS = frozenset({"resemble.v.01", "match.v.01", "parallel.v.01", "look_like.v.01"})


@lru_cache(maxsize=65536)
def is_comparing_verb(lemma: str) -> bool:
    """A verb one of whose two usual senses compares two things ("compared", "likened",
    "resembled", "contrasted"): what it compares the event with is another occurrence."""
    kinds = COMPARING_SYNSETS | LIKENESS_SYNSETS
    return any(s.name() in kinds for s in wordnet().synsets(lemma.lower(), "v")[:2])


@lru_cache(maxsize=65536)
def is_likeness_verb(lemma: str) -> bool:
    """A verb whose usual sense says its subject is like its object ("resemble", "match",
    "parallel"): the object is the other thing, and a place the parse hangs on the verb is
    the object's."""
    synsets = wordnet().synsets(lemma.lower(), "v")
    return bool(synsets) and synsets[0].name() in LIKENESS_SYNSETS


# a verb with more usual senses than this is too general for its definition words to tell
# of it ("make", "take", "hold", "break")
_MANY_SENSES = 25


def _definition_verbs(synsets: Iterable[Any]) -> frozenset[str]:
    """The verbs the definitions of some senses use, read back to their lemma."""
    out = set()
    for s in synsets:
        text = s.definition().lower().replace("(", " ").replace(")", " ")
        words = [w.strip(".,;:'\"") for w in text.split()]
        for before, word in zip(["", *words], words, strict=False):
            # (not a noun written like a verb form after an article or an adjective: "a hostile
            # meeting")
            if before in ("a", "an", "the") or (before and is_adjective(before)):
                continue
            if (verb := wordnet().morphy(word, "v")) is not None:
                out.add(verb)
    return frozenset(out)


@lru_cache(maxsize=65536)
def names_act_of(noun: str, verb: str) -> bool:
    """Whether a noun of its own may name what a verb did: WordNet files the noun's usual
    sense, a happening, as a kind of the verb's act or that act as a kind of it, within two
    levels ("heist" is a robbery, the act of "rob"), or a definition of one tells of the other
    ("walkout": a strike in which the workers walk out; "hijack": seize control of; "rule":
    decide with authority, "decision"). Not a verb of many senses, too general to tell
    ("make", "hold")."""
    noun, verb = noun.lower(), verb.lower()
    verb_senses = wordnet().synsets(verb, "v")
    if not verb_senses or len(verb_senses) > _MANY_SENSES:
        return False
    senses = _noun_synsets(noun)[:1]
    if not senses or senses[0].lexname() not in EVENT_LEXNAMES:
        return False  # (its usual sense must be a happening: not "summit", first a peak)
    acts = {d.synset() for d in _derived_nouns(verb, 4)} | {d.synset() for d in _derived_nouns(verb, 1, True)}
    usual = senses[0]
    up = set(usual.closure(lambda x: x.hypernyms(), depth=2))
    if usual in acts or up & acts or any(usual in a.closure(lambda x: x.hypernyms(), depth=2) for a in acts):
        return True
    # the noun's definition, the verb's two usual ones (not those of the noun's own verb: "to
    # avalanche" is to gather into a mass and roll down)
    if verb in _definition_verbs([usual]):
        return True
    return bool(verb_of(noun) & _definition_verbs(verb_senses[:2]))


@lru_cache(maxsize=65536)
def shortens(short: str, lemma: str) -> bool:
    """Whether a noun is the last word of a name WordNet gives a noun's usual sense: "the
    stoppage" for a strike (a work stoppage), "the meeting" for a summit (a summit meeting)."""
    short = short.lower()
    usual = _noun_synsets(lemma.lower())[:1]
    return any(x.name().endswith(f"_{short}") for s in usual for x in s.lemmas())
