"""Derive analysis/data/wordnet_areas.tsv: areas the gazetteer's GeoNames tables do not name
(islands, historical and geographical regions, English counties: Sumatra, Kashmir, Yorkshire,
Crimea) with the countries WordNet 3.0 puts them in, for `gazetteer.resolve(..., areas=True)`.

Run after changing the rules (WordNet is pinned: Debian's wordnet-base 3.0):
    .venv/bin/python scripts/wordnet_areas.py

An area is a WordNet instance of a geographical area, island, administrative district,
peninsula or archipelago (not of a city or town), under each capitalised name of it the
gazetteer does not know, of four letters or more with a lower-case letter ("Kashmir", not
"OK"); its countries are the first countries found up its part-of chain ("Long Island" ->
New York -> United States). Rows (tab-separated): name, ISO country codes (comma-separated).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "wordnet_areas.tsv"
sys.path.insert(0, str(ROOT))

from analysis.gazetteer import resolve  # noqa: E402
from analysis.lexicon import wordnet  # noqa: E402

AREA_KINDS = (
    "geographical_area.n.01",
    "island.n.01",
    "administrative_district.n.01",
    "peninsula.n.01",
    "archipelago.n.01",
    "range.n.04",
)
SETTLEMENT_KINDS = ("city.n.01", "town.n.01", "municipality.n.01")


def countries_of(synset, depth: int = 0) -> set[str]:
    """The countries of the nearest holonyms that name one."""
    found: set[str] = set()
    for whole in synset.part_holonyms():
        readings = [p for name in whole.lemma_names() for p in resolve(name.replace("_", " "))]
        if any(p.kind == "continent" for p in readings):
            continue  # (not up to "America", a name of the United States)
        here = {p.country for p in readings if p.kind == "country"}
        if here:
            found |= here
        elif depth < 3:
            found |= countries_of(whole, depth + 1)
    return found


def main() -> None:
    wn = wordnet()
    areas = {wn.synset(s) for s in AREA_KINDS}
    settlements = {wn.synset(s) for s in SETTLEMENT_KINDS}
    rows: dict[str, set[str]] = {}
    for synset in wn.all_synsets("n"):
        kinds = set(synset.instance_hypernyms())
        if not kinds:
            continue
        for k in list(kinds):
            kinds |= set(k.closure(lambda s: s.hypernyms()))
        if not kinds & areas or kinds & settlements:
            continue
        names = [
            n.replace("_", " ")
            for n in synset.lemma_names()
            if n[0].isupper() and len(n) >= 4 and any(c.islower() for c in n)
        ]
        names = [n for n in names if not resolve(n)]
        if names and (countries := countries_of(synset)):
            for n in names:
                rows.setdefault(n, set()).update(countries)
    OUT.write_text("".join(f"{n}\t{','.join(sorted(c))}\n" for n, c in sorted(rows.items())))
    print(f"{len(rows)} areas -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
