"""place.event_conflict: one event placed in places that exclude each other.

For each event of the article (see `analysis.events`), the places attached to its
mentions that tell what happened ("visit to North Korea", "welcomed ... in
Pyongyang", "the crash happened near Tver", "held in Oslo", "hosted by Norway") are
resolved in the gazetteer (`analysis.gazetteer`). Two places conflict when neither
contains the other for any reading of the names: Pyongyang is in North Korea (no
conflict), South Korea is not. A place the gazetteer does not know is never a
conflict, nor are places listed together ("a tour of Japan and China"), nor a route
("from Smolensk to Kaluga").

The main place is the one the headline and lead give (else the most frequent); every
attached place that cannot contain or be contained in it is reported with it, in one
finding per event that names the event.

Severity: `error` when the main place is attached to the event at least twice and
the other place lies in a different country; `warning` otherwise, and always when the other
place is only implied by where what the event left behind was ("Life in Lyon was back to
normal after the riot", `analysis.events.places.aftermath_place`). Only places the parse
attaches to the event count: a place that merely shares a sentence with it ("Residents of
Osaka described the shutdown", "Shops in Madrid stayed shut during the strike") is not the
event's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from analysis import lexicon
from analysis.events import events
from analysis.findings import Finding, report
from analysis.gazetteer import NEAR_SAME_ADMIN_KM, POINT_NEAR_KM, compatible, place_key, resolve

CODE = "place.event_conflict"


def event_conflict(event: dict[str, Any]) -> Finding | None:
    if not event["main_place"] or len(event["places"]) < 2:
        return None
    # one name counts once however many rules attached it ("Hamburg, where the strike was called")
    places = list({p["span"]: p for p in event["places"] if resolve(p["text"], areas=True)}.values())
    counts = Counter(place_key(p["text"]) for p in places)
    main = event["main_place"]
    if not resolve(main, areas=True):
        # the lead's place is not in the gazetteer: take the most frequent known one
        if not places:
            return None
        main = max(places, key=lambda p: (counts[place_key(p["text"])], -p["span"][0]))["text"]
    # two towns of one region are one area for a storm, two places for a crash
    reach = NEAR_SAME_ADMIN_KM if lexicon.is_area_event(event["key"]) else POINT_NEAR_KM
    fits = [(p, compatible(main, p["text"], reach)) for p in places]
    # a place the main one is given beside, on the same mention, only locates it: "a bushfire in
    # the Blue Mountains west of Sydney"
    located = {p["mention"] for p, fit in fits if fit}
    odd = [p for p, fit in fits if fit is False and p["mention"] not in located]
    if not odd:
        return None
    # an odd place as frequent as the main one: the article may be about both
    if (
        max(counts[place_key(p["text"])] for p in odd) > counts[place_key(main)]
        and counts[place_key(main)] > 0
    ):
        return None
    support = [p for p in places if compatible(main, p["text"], reach)]
    odd_sents = {p["sent"] for p in odd}
    support_other = [p for p in support if p["sent"] not in odd_sents]
    if not support_other:
        return None  # stated in one breath: not a contradiction
    main_place = resolve(main, areas=True)[0]
    different_country = any(resolve(p["text"], areas=True)[0].country != main_place.country for p in odd)
    # (a place only implied by where what the event left behind was is a reason to look, not proof)
    stated = any(not p.get("implied") for p in odd)
    severity = "error" if counts[place_key(main)] >= 2 and different_country and stated else "warning"
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
                {"text": p["text"], "country": resolve(p["text"], areas=True)[0].country or None} for p in odd
            ],
            "main_country": main_place.country or None,
            "places": dict(sorted(counts.items())),
        },
    )


def conflicts(doc: Doc) -> list[Finding]:
    """One finding per event placed in places that exclude each other."""
    return [f for f in (event_conflict(e) for e in events(doc)) if f is not None]


class PlaceConflict:
    def __call__(self, doc: Doc) -> Doc:
        for finding in conflicts(doc):
            report(doc, finding)
        return doc


@Language.factory("copydesk_check_place_conflict")
def make_place_conflict(nlp: Language, name: str) -> PlaceConflict:
    return PlaceConflict()
