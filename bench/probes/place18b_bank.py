"""Place-conflict wording bank written by helper place18b, round 18. It imitates the
international and political desk of a broadsheet or a public broadcaster's website:
foreign correspondents' dispatches with datelines, diplomatic and conflict reporting,
election and disaster coverage, aid, energy and science-mission stories. The sentences
are long and clause-heavy (appositions, "where ..." relatives, fronted phrases, passives,
reported speech and the occasional quote), and the event kinds range from prisoner
exchanges and naval standoffs to exhumations, fusion experiments and film festivals.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "prisoner exchange",
        (
            "was completed without incident",
            "went ahead after weeks of delay",
            "was carried out under Red Cross supervision",
        ),
        ("the International Committee of the Red Cross", "officials on both sides", "the chief mediator"),
    ),
    EventKind(
        "donor conference",
        (
            "raised less than half the sum requested",
            "opened with an appeal for restraint",
            "closed with fresh pledges of aid",
        ),
        ("the UN humanitarian office", "the organisers", "diplomats who attended"),
        hosted=True,
    ),
    EventKind(
        "avalanche",
        ("struck before dawn", "buried a stretch of mountain road", "swept away a column of vehicles"),
        ("mountain rescuers", "the civil protection agency", "the provincial governor"),
    ),
    EventKind(
        "dam collapse",
        ("flooded several villages", "came after days of torrential rain", "left thousands homeless"),
        ("the emergency ministry", "hydraulic engineers", "residents living downstream"),
    ),
    EventKind(
        "refinery fire",
        ("burned for three days", "broke out overnight", "sent a plume of black smoke over the coast"),
        ("the state oil company", "firefighters", "the energy ministry"),
    ),
    EventKind(
        "missile test",
        ("was detected by neighbouring militaries", "drew swift condemnation", "was carried out at dawn"),
        ("the defence ministry", "military analysts", "the official news agency"),
    ),
    EventKind(
        "coup attempt",
        ("was crushed within hours", "unfolded overnight", "collapsed before daybreak"),
        ("the army high command", "a government spokesman", "western diplomats"),
    ),
    EventKind(
        "runoff vote",
        ("was marred by low turnout", "passed off largely peacefully", "went to a recount"),
        ("the electoral commission", "international observers", "the opposition coalition"),
        hosted=True,
    ),
    EventKind(
        "state funeral",
        (
            "drew tens of thousands of mourners",
            "was attended by foreign dignitaries",
            "passed without incident",
        ),
        ("the presidency", "palace officials", "the chief of protocol"),
        hosted=True,
    ),
    EventKind(
        "chemical spill",
        (
            "poisoned a river used for drinking water",
            "forced thousands from their homes",
            "was first noticed by fishermen",
        ),
        ("environmental inspectors", "the plant's operator", "the health ministry"),
    ),
    EventKind(
        "embassy siege",
        ("ended after eleven hours", "lasted late into the night", "was broken by special forces"),
        ("the foreign ministry", "security sources", "the ambassador"),
    ),
    EventKind(
        "tremor",
        ("struck shortly after midnight", "shook buildings for nearly a minute", "measured 6.1 in magnitude"),
        ("seismologists", "the geological survey", "rescue coordinators"),
    ),
    EventKind(
        "round of talks",
        ("ended without agreement", "broke up a day early", "produced a draft framework"),
        ("the mediators", "a senior negotiator", "the host government"),
        hosted=True,
    ),
    EventKind(
        "cholera outbreak",
        (
            "killed more than a hundred people",
            "spread rapidly through displacement camps",
            "was declared over",
        ),
        ("the World Health Organization", "aid agencies", "Médecins Sans Frontières"),
    ),
    EventKind(
        "mine collapse",
        ("trapped dozens of workers", "happened during a night shift", "killed eleven miners"),
        ("the mining company", "the labour ministry", "union officials"),
    ),
    EventKind(
        "hijacking",
        ("ended peacefully", "lasted almost two days", "was over by nightfall"),
        ("the airline", "aviation authorities", "the interior minister"),
    ),
    EventKind(
        "naval standoff",
        (
            "lasted several days",
            "eased after a flurry of telephone diplomacy",
            "escalated when warning shots were fired",
        ),
        ("the coastguard", "the navy", "maritime analysts"),
    ),
    EventKind(
        "film festival",
        ("opened to packed cinemas", "closed with a prize for a debut feature", "drew record crowds"),
        ("the festival director", "the organisers", "critics"),
        hosted=True,
    ),
    EventKind(
        "volcanic eruption",
        (
            "sent ash several kilometres into the sky",
            "forced the evacuation of nearby villages",
            "began without warning",
        ),
        ("volcanologists", "the civil aviation authority", "the disaster agency"),
    ),
    EventKind(
        "ferry sinking",
        ("claimed at least forty lives", "happened in heavy seas", "was the deadliest in a decade"),
        ("the maritime authority", "the ferry operator", "survivors"),
    ),
    EventKind(
        "pipeline explosion",
        (
            "ignited a blaze visible for miles",
            "was blamed on sabotage",
            "cut gas supplies to millions of homes",
        ),
        ("the pipeline operator", "the energy regulator", "investigators"),
    ),
    EventKind(
        "exhumation",
        (
            "began under forensic supervision",
            "uncovered the remains of dozens of people",
            "was overseen by UN investigators",
        ),
        ("forensic teams", "the war crimes prosecutor", "human rights groups"),
    ),
    EventKind(
        "fusion experiment",
        (
            "produced more energy than it consumed",
            "ran for a record number of seconds",
            "was hailed as a breakthrough",
        ),
        ("the laboratory", "physicists involved in the work", "the project's director"),
    ),
    EventKind(
        "court martial",
        ("ended with life sentences", "was closed to the press", "opened amid tight security"),
        ("military prosecutors", "defence lawyers", "the army"),
        hosted=True,
    ),
    EventKind(
        "train derailment",
        (
            "killed at least twelve passengers",
            "happened shortly after departure",
            "was blamed on faulty signalling",
        ),
        ("the rail operator", "the transport ministry", "accident investigators"),
    ),
)

PLACE_FIRST = (
    (
        "{Who} said that {event} in {where} {happened}, although "
        "details were still emerging several hours later."
    ),
    (
        "{Event}, which {happened}, unfolded in {where}, a place "
        "more used to the margins of the news than its headlines."
    ),
    (
        "{where} — {Event} {happened}, {who} told reporters, "
        "confirming accounts that had circulated for much of the day."
    ),
    (
        "It was in {where} that {event} {happened}, and it was there "
        "that {who} began piecing together how events had unfolded."
    ),
    "Much of the world learned of {event} in {where} only after {who} issued a terse statement.",
    (
        "According to {who}, {event} in {where} {happened}, a "
        "version of events no one in authority has since disputed."
    ),
    (
        "Diplomats were still digesting news of {event} in "
        "{where}, where {who} said the situation remained fluid."
    ),
    (
        "Footage shared widely on social media appeared to show the "
        "scene in {where}, where {event} {happened}, {who} said."
    ),
    "{Event}, {held} in {where} under unusually tight security, {happened}, {who} said.",
    (
        "Delegations flew into {where} for {event}, hosted by a government "
        "eager to show that it could manage an occasion of that size."
    ),
    (
        "In {where}, where {event} {happened}, it fell to {who} to "
        "give the first public account of what had taken place."
    ),
    "{Event} in {where} {happened}, {who} said in a statement released shortly before midnight.",
    (
        "The {where} {noun}, as it has since become known, {happened}, and "
        "questions about how it was handled are unlikely to go away soon."
    ),
    (
        "{Who} confirmed that {a_noun} had taken place in {where}, the first official "
        "acknowledgement of events previously reported only on social media."
    ),
    (
        "{Event} was reported to have taken place in {where}, although "
        "{who} cautioned that the picture was still incomplete."
    ),
    (
        "Speaking on condition of anonymity, a senior official said {event} "
        "in {where} {happened} and that a fuller account would follow."
    ),
    "{where}, the scene of {event}, remained difficult for foreign journalists to reach, {who} said.",
    (
        "Our correspondent in {where}, where {event} {happened}, said "
        "officials had been reluctant to discuss it on the record."
    ),
    "From the site of {event} in {where}, {who} gave a detailed description of how it had unfolded.",
    (
        "{Event} in {where} {happened}, the latest in a series "
        "of episodes that have tested the authorities' patience."
    ),
    "Of all the events of a busy year, few drew as much attention abroad as {event} in {where}.",
    "“Nobody expected {event} to take place here in {where},” one local official said.",
    "It is still unclear how many people were involved in {event} in {where}, which, {who} said, {happened}.",
    "That {event} took place in {where} was later confirmed by {who}, who had at first declined to comment.",
    (
        "Governments across the region followed {event} in {where} closely, "
        "and several issued statements once {who} had given a first account."
    ),
    (
        "{where} hosted {event}, which {happened}, in what {who} called a "
        "test of the country's ability to manage occasions of this scale."
    ),
    (
        "Security was tight in {where}, where {event} was {held} "
        "against the advice of several foreign governments."
    ),
    "Details of {event} in {where} were released by {who} only after mounting pressure from journalists.",
    "{Event} in {where} {happened} at a delicate moment for the government, analysts said.",
    "Within hours of {event} in {where}, {who} had begun to release a detailed account of what took place.",
)

PLACE_SECOND = (
    "In the days after {event} in {where}, {who} faced mounting questions about how it had been handled.",
    (
        "In a later statement, {who} said {event} had taken place in "
        "{where} and not, as some early reports suggested, somewhere else."
    ),
    "Much of the attention since has focused on {where}, where {event} {happened}.",
    "Reporters sent to cover {event} in {where} found officials unwilling to answer even basic questions.",
    (
        "Word of {event} in {where} travelled fast, and within hours "
        "{who} had begun fielding enquiries from foreign governments."
    ),
    "{Event}, which took place in {where}, is expected to shape the political debate for months.",
    "When {event} in {where} {happened}, few outside the region were paying attention.",
    "The {where} {noun} was, {who} said, the most significant of its kind in years.",
    "Those who witnessed {event} in {where} described it to {who} in strikingly similar terms.",
    "{Event} was {held} in {where}, {who} said, after an earlier plan to stage it elsewhere fell through.",
    "{where}, which hosted {event}, has long sought to present itself as a neutral venue.",
    "By the time {event} in {where} was over, {who} had already begun to count the cost.",
    "{Event} is understood to have taken place in {where}, according to people familiar with the matter.",
    "In {where}, {event} {happened} against a backdrop of rising tension.",
    "Most of those who lived through {event} in {where} have yet to speak publicly about it.",
    "The government's handling of {event} in {where} drew close scrutiny from {who}.",
    "Satellite images appeared to confirm that {event} in {where} {happened}, {who} said.",
    "{Event} in {where} marked a turning point for many of those involved, {who} said.",
    "{where} — Questions were still being asked about {event} here as {who} prepared a fuller account.",
    "“{Event} in {where} changed the way we work,” {who} said in a written statement.",
    (
        "It was {event} in {where}, more than anything else in "
        "recent memory, that brought {who} into the public eye."
    ),
    (
        "Footage of {event} in {where}, much of it filmed on mobile "
        "phones, was circulated widely in the days that followed."
    ),
    (
        "The scene in {where}, where {event} {happened}, was later "
        "described by {who} as unlike anything they had seen."
    ),
    "Organisers in {where}, where {event} was {held}, said the arrangements had largely held up.",
    "{Event}, hosted by {where}, {happened}, {who} said.",
    "An inquiry into {event} in {where} is expected to take months.",
    "{where} has been the focus of international attention since {event} there {happened}.",
    (
        "{Event} in {where}, it later emerged, {happened} while "
        "several senior officials were out of the country."
    ),
    "Analysts said the lessons of what became known as the {where} {noun} had yet to be fully absorbed.",
    "Accounts gathered by {who} placed {event} squarely in {where}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        (
            "It was the second {noun} in a matter of months; an "
            "earlier one, in {other}, had drawn far less attention."
        ),
        "another",
    ),
    NegativePair(
        "{Who} said {event} had taken place in {where}.",
        "A similar {noun} in {other} several years ago had ended very differently.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} in {where} after months of preparation.",
        "The previous {noun}, hosted by {other}, had ended in recriminations.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "In {other}, hundreds gathered outside a government building to demand information about {event}.",
        "elsewhere",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Markets in {other} fell sharply as word of {event} filtered through.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened} at a difficult moment, {who} said.",
        "{Who} briefed ambassadors in {other} on {event} the following morning.",
        "elsewhere",
    ),
    NegativePair(
        "Speaking at the site in {where}, {who} described how {event} had unfolded.",
        "Several of those caught up in {event} were later flown from {where} to {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} amid heavy security.",
        "Delegations that had flown in from {other} for {event} began leaving on the final evening.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} told a news conference.",
        "It was the most talked-about {noun} {other} had seen in a decade.",
        "contained",
    ),
    NegativePair(
        "Much of the world learned of {event} in {where} only through {who}.",
        "In a subsequent briefing, {who} confirmed that {event} had taken place in {other}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place18b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
