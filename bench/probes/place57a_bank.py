"""PLACE bank place57a, written by a blind helper, round 57 (held out). Register: humanitarian/NGO/UN-agency
copy (OCHA flash updates, ReliefWeb posts, ICRC/MSF releases, noon briefings): nominal, passive, hedged."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cholera outbreak",
        ("was confirmed", "was declared", "was detected"),
        ("the health ministry", "WHO", "district health officials", "MSF"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "was recorded"),
        ("local authorities", "OCHA", "the Red Cross", "village elders"),
    ),
    EventKind(
        "boat capsizing",
        ("occurred", "was reported", "took place"),
        ("IOM", "the coast guard", "survivors", "UNHCR"),
    ),
    EventKind(
        "convoy attack",
        ("took place", "was reported", "occurred"),
        ("the UN spokesperson", "WFP", "humanitarian partners", "the ICRC"),
    ),
    EventKind(
        "airstrike",
        ("was carried out", "was reported", "took place"),
        ("local sources", "Amnesty International", "health workers", "residents"),
    ),
    EventKind(
        "flash flood",
        ("struck", "occurred", "was recorded"),
        ("the disaster management agency", "OCHA", "the IFRC", "district officials"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "took place"),
        ("witnesses", "aid workers", "police", "the organisers"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "was reported", "took place"),
        ("engineers", "the civil protection agency", "OCHA", "local officials"),
    ),
    EventKind(
        "donor conference",
        ("was held", "took place", "was convened"),
        ("the UN", "diplomats", "the European Commission", "participants"),
        hosted=True,
    ),
    EventKind(
        "memorial ceremony",
        ("was held", "took place", "was conducted"),
        ("organisers", "the families", "community leaders", "the mayor's office"),
        hosted=True,
    ),
    EventKind(
        "aid worker abduction",
        ("took place", "occurred", "was reported"),
        ("the NGO", "security sources", "the UN spokesperson", "colleagues"),
    ),
    EventKind(
        "fuel depot fire",
        ("broke out", "erupted", "started"),
        ("firefighters", "the civil defence", "local media", "the operator"),
    ),
    EventKind(
        "earthquake",
        ("struck", "occurred", "was recorded"),
        ("seismologists", "the geological survey", "the IFRC", "the disaster agency"),
    ),
    EventKind(
        "locust infestation",
        ("was detected", "was reported", "was confirmed"),
        ("FAO", "agriculture officials", "farmers", "the plant protection service"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "occurred", "was reported"),
        ("prison authorities", "the interior ministry", "police", "a prison official"),
    ),
    EventKind(
        "bridge collapse",
        ("occurred", "took place", "was reported"),
        ("engineers", "the transport ministry", "rescuers", "local officials"),
    ),
    EventKind(
        "landmine explosion",
        ("occurred", "was reported", "took place"),
        ("deminers", "the mine action centre", "UNICEF", "medics"),
    ),
    EventKind(
        "shelling",
        ("took place", "was reported", "occurred"),
        ("monitors", "the health ministry", "OHCHR", "residents"),
    ),
    EventKind(
        "forced eviction",
        ("took place", "was carried out", "was reported"),
        ("Human Rights Watch", "housing activists", "the camp committee", "lawyers"),
    ),
    EventKind(
        "exhumation",
        ("was carried out", "took place", "was conducted"),
        ("forensic experts", "the ICRC", "investigators", "the prosecutor's office"),
    ),
    EventKind(
        "gas cylinder blast",
        ("occurred", "was reported", "took place"),
        ("the fire service", "police", "hospital staff", "neighbours"),
    ),
    EventKind(
        "food poisoning outbreak",
        ("was reported", "was confirmed", "occurred"),
        ("school officials", "health officials", "parents", "the district hospital"),
    ),
    EventKind(
        "sit-in",
        ("took place", "was held", "was staged"),
        ("organisers", "protesters", "police", "rights groups"),
        hosted=True,
    ),
    EventKind(
        "hospital evacuation",
        ("took place", "was carried out", "was completed"),
        ("WHO", "MSF", "hospital staff", "the ministry of health"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, according to {who}.",
    "According to local sources, {event} {happened} on the outskirts of {where}.",
    "In {where}, {event} {happened} overnight, {who} said in a flash update.",
    "It was in {where} that {event} {happened}, {who} told partners at a coordination meeting.",
    "{Event}, which {happened} in {where}, is highlighted in the latest OCHA situation report.",
    "The latest flash update covers {event} in {where} and the initial response by partners on the ground.",
    "Pictured: humanitarian staff at the site of {event} in {where}.",
    "Reports received by humanitarian partners indicate that {event} {happened} in {where}, "
    "although the information could not yet be independently verified.",
    "{Event} in {where} has been documented by {who}, and a fuller assessment is under way.",
    "{Who} reported {a_noun} in {where} and said further details would be shared with partners "
    "as they became available.",
    "Initial reports from {where} point to {a_noun}, with humanitarian partners still seeking "
    "access to verify the details.",
    "As of this update, {event} in {where} remains the focus of coordination efforts among "
    "humanitarian partners.",
    "Following {event} in {where}, {who} said an inter-agency assessment mission was being prepared.",
    "Although details remain scarce, {event} reportedly {happened} in {where}.",
    "{Event} (which, according to {who}, {happened} in {where}) has prompted calls for a "
    "coordinated follow-up.",
    "What {who} described as {a_noun} {happened} in {where}, the UN spokesperson told the daily briefing.",
    "{where}'s {noun}, first reported by district authorities, was the subject of an update "
    "posted on ReliefWeb.",
    "{Event}, which humanitarian organisations say they first learned of through community "
    "networks and which {who} later confirmed in a written note to partners, {happened} in {where}.",
    "In a statement, {who} said {event} in {where} underlined the need for sustained and "
    "unimpeded humanitarian access.",
    "In the wake of {event} in {where}, partners have been mobilised to assess needs, according to {who}.",
    "{Event} near {where} was flagged in the latest humanitarian snapshot, alongside several "
    "other developments.",
    "Humanitarian teams were already present in {where} when {event} {happened} there, {who} said.",
    "Map: the location of {event} in {where}, as reported by {who}.",
    "Little is yet known about {event} in {where} beyond the initial details shared by {who}.",
    "Details of {event} outside {where} were shared with the humanitarian country team, {who} said.",
    "An incident report filed by field staff places {event} in {where}, in an area where "
    "partners have only a limited presence.",
)

PLACE_SECOND = (
    "The response to {event} in {where} is being coordinated by the district authorities with "
    "support from partners.",
    "Since {event} in {where}, partners have scaled up their presence in the area.",
    "{Who} said lessons from {event} in {where} would feed into contingency planning for the coming months.",
    "Much of the attention, however, remains on {where}, where {event} {happened}.",
    "Aid workers who witnessed {event} in {where} later gave detailed accounts to investigators.",
    "Teams reached {where} within hours of {event} there, the ICRC said.",
    "Questions remain over how {event} in {where} was handled by the authorities.",
    "A second flash update on {event} in {where} is expected once partners have completed their assessments.",
    "The {noun} in {where} was also raised at the noon briefing, where the spokesperson urged "
    "all parties to facilitate humanitarian access.",
    "News of {event} in {where} spread quickly through community networks and local radio.",
    "In {where}, where {event} {happened}, partners said needs assessments were still ongoing.",
    "According to the latest situation report, follow-up activities linked to {event} in "
    "{where} have been stepped up.",
    "Humanitarian agencies continue to track the aftermath of {where}'s {noun}.",
    "Rights groups have called for a full and transparent account of {event} in {where}.",
    "The figures, compiled by {who} in the days after {event} in {where}, have not been "
    "independently verified.",
    "Community members interviewed after {event} near {where} said they had received little "
    "information from the authorities.",
    "Photo: relief items being unloaded after {event} in {where}.",
    "Whether {event} in {where} could have been foreseen is a question partners say must now be answered.",
    '"What we saw in {where} during {event} will stay with us," one aid worker said.',
    "By the time {event} in {where} was reported to the cluster, partners had already begun to mobilise.",
    "The humanitarian country team, which met shortly after {event} in {where}, agreed on a "
    "set of priority actions.",
    "{Event} in {where} was not reflected in earlier figures, OCHA noted.",
    "Reports of {a_noun} in {where} were first shared by {who}, who later issued a fuller account.",
    "Several partners have since revised their operational plans in light of {event} in {where}.",
    "It was only after {event} in {where} that the cluster system was formally activated.",
    "Back in {where}, where {event} {happened}, the situation was described as calm but tense.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Officials from the regional capital, {other}, travelled to the site of {event} to assess needs.",
        "contained",
    ),
    NegativePair(
        "Humanitarian partners confirmed {event} in {where}.",
        "The provincial coordination hub in {other} is overseeing the response to {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} was recorded in {where}, OCHA said.",
        "The district authorities, based in {other}, said they had dispatched a team to {where} "
        "after {event}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} outside {where}.",
        "The nearest referral hospital is in {other}, the provincial capital, some distance from "
        "the site of {event}.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Relief supplies for those affected by {event} were trucked in from {other}.",
        "origin",
    ),
    NegativePair(
        "Partners are responding to {event} in {where}.",
        "A medical team flown in from {other} joined local staff in the days after {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} in {where} drew an immediate response from {who}.",
        "Many of the volunteers who helped after {event} had travelled from {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where}, according to local sources.",
        "Some of those caught up in {event} were later transferred to hospitals in {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "After visiting the site of {event}, the UN humanitarian coordinator flew on to {other}.",
        "destination",
    ),
    NegativePair(
        "Reports indicate that {event} {happened} in {where}.",
        "Families displaced by {event} have since moved on to {other}, where they are staying "
        "with relatives.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, the UN said.",
        "Speaking at the noon briefing in {other}, the UN spokesperson said partners were "
        "responding to {event}.",
        "reporter",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The health minister, speaking in {other}, described {event} as a test of the national response.",
        "reporter",
    ),
    NegativePair(
        "{Event} in {where} was confirmed late in the day.",
        "A statement on {event} was issued by the agency's regional office in {other}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "One of the first to raise the alarm about {event} was a nurse who lives in {other}.",
        "hometown",
    ),
    NegativePair(
        "Humanitarian sources confirmed {event} in {where}.",
        "The NGO, which is headquartered in {other}, has worked in the area for years and "
        "responded to {event} within hours.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "A logistics company based in {other} was contracted to deliver supplies after {event}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "It follows a similar {noun} in {other} last year.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed {a_noun} in {where}.",
        "Partners said the response drew on lessons from an earlier {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} was the second of its kind recorded this year.",
        "The first, {a_noun} in {other}, was documented by {who} at the time.",
        "another",
    ),
    NegativePair(
        "OCHA said {event} {happened} in {where}.",
        "Unlike {a_noun} in {other} several years ago, it drew a swift international response.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}.",
        "An inquiry into {event} is expected to open in {other} next month.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Partners will meet in {other} next week to review the response to {event}.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} has been confirmed by {who}.",
        "A follow-up briefing for donors on {event} is planned in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, local sources said.",
        "Vigils for those affected by {event} were held in {other} overnight.",
        "reaction",
    ),
    NegativePair(
        "{Who} reported {event} in {where}.",
        "Hundreds gathered in {other} to protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to humanitarian partners.",
        "In {other}, flags flew at half-mast as news of {event} spread.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place57a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
