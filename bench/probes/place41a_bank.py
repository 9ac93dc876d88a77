"""DATE|PLACE bank place41a, written by helper place41a, round 41 (blind author).

Register: migration, border and refugee reporting -- UNHCR and IOM updates, wire copy on
Mediterranean and Channel crossings, US-Mexico border stories, camp and reception-centre
news, rescues at sea, as wire services, humanitarian outlets (The New Humanitarian,
InfoMigrants) and newspapers write them. Habits used: attribution to agencies, coastguards
and NGOs at the start, middle or end; "near"/"in" placing of an incident; later paragraphs
that refer back through footage, captions, inquiries, quotes from aid workers and
witnesses. Journeys are everywhere, so the hard negatives lean on where people set off
from, were heading for, passed through or came from, where statements were issued, where
relatives or courts are, earlier incidents elsewhere, and a city inside the country named.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "shipwreck",
        ("occurred", "happened", "took place"),
        (
            "the UN refugee agency",
            "the International Organization for Migration",
            "the coastguard",
            "Alarm Phone",
        ),
    ),
    EventKind(
        "capsizing",
        ("occurred", "happened", "took place"),
        ("the coastguard", "the IOM", "rescuers", "Sea-Watch"),
    ),
    EventKind(
        "sinking",
        ("occurred", "happened", "took place"),
        ("the coastguard", "the UNHCR", "Médecins Sans Frontières", "port officials"),
    ),
    EventKind(
        "interception",
        ("was carried out", "took place", "happened"),
        ("the coastguard", "Frontex", "Alarm Phone", "Sea-Watch"),
    ),
    EventKind(
        "pushback",
        ("was carried out", "took place", "happened"),
        (
            "the Border Violence Monitoring Network",
            "Human Rights Watch",
            "Amnesty International",
            "lawyers for the group",
        ),
    ),
    EventKind(
        "rescue operation",
        ("was carried out", "was launched", "took place"),
        ("the coastguard", "SOS Méditerranée", "the navy", "the crew of the Ocean Viking"),
    ),
    EventKind(
        "disembarkation",
        ("took place", "was completed", "was carried out"),
        ("port officials", "the interior ministry", "SOS Méditerranée", "the Red Cross"),
    ),
    EventKind(
        "collision",
        ("occurred", "happened", "took place"),
        ("the coastguard", "maritime officials", "Alarm Phone"),
    ),
    EventKind(
        "drowning",
        ("occurred", "happened", "took place"),
        ("police", "the coastguard", "the charity Utopia 56"),
    ),
    EventKind(
        "handover",
        ("took place", "was carried out", "was completed"),
        ("Alarm Phone", "the UNHCR", "Sea-Watch", "rights monitors"),
    ),
    EventKind(
        "crossing attempt",
        ("was made", "took place", "was foiled"),
        ("the interior ministry", "the local prefecture", "Utopia 56", "the coastguard"),
    ),
    EventKind(
        "immigration raid",
        ("was carried out", "took place", "was conducted"),
        ("immigration officials", "the interior ministry", "rights groups", "local police"),
    ),
    EventKind(
        "camp clearance",
        ("was carried out", "began", "took place"),
        ("police", "local authorities", "Médecins Sans Frontières", "Human Rights Watch"),
    ),
    EventKind(
        "eviction",
        ("was carried out", "took place", "began"),
        ("police", "the city council", "aid groups", "housing activists"),
    ),
    EventKind(
        "blaze",
        ("broke out", "started", "took hold"),
        ("the fire service", "the UNHCR", "camp managers", "Médecins Sans Frontières"),
    ),
    EventKind(
        "stampede",
        ("broke out", "occurred", "happened"),
        ("police", "the Red Cross", "aid workers", "local officials"),
    ),
    EventKind(
        "border standoff",
        ("began", "unfolded", "played out"),
        ("border guards", "the defence ministry", "the UNHCR", "humanitarian groups"),
    ),
    EventKind(
        "apprehension",
        ("was made", "took place", "happened"),
        ("Border Patrol agents", "US Customs and Border Protection", "border officials"),
    ),
    EventKind(
        "riot",
        ("broke out", "erupted", "flared"),
        ("guards", "the interior ministry", "lawyers for the detainees", "the detention centre's operator"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "came down"),
        ("the UNHCR", "camp officials", "the Red Crescent", "disaster management officials"),
    ),
    EventKind(
        "collective expulsion",
        ("was carried out", "took place", "happened"),
        ("Amnesty International", "the Council of Europe", "rights monitors", "the UNHCR"),
    ),
    EventKind(
        "search operation",
        ("was launched", "was carried out", "was called off"),
        ("the coastguard", "the navy", "maritime rescue officials", "the IOM"),
    ),
    EventKind(
        "mass crossing",
        ("took place", "happened", "unfolded"),
        ("border police", "the interior ministry", "local officials", "the Red Cross"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} near {where}, {who} said.",
    "According to {who}, {event} {happened} in {where} in the early hours.",
    "{Who} said {event} {happened} in {where} shortly before dawn.",
    "{Event} in {where} was confirmed by {who} late on Tuesday.",
    "In {where}, {event} {happened} just hours after aid groups had warned of deteriorating "
    "conditions, {who} said.",
    "Footage shared by {who} appeared to show {event} near {where}.",
    "Details of {event} near {where} emerged on Monday, when {who} published a preliminary account.",
    "{Who} reported that {event} {happened} near {where}, in an area where aid groups say "
    "conditions have sharply deteriorated.",
    "It was in {where} that {event} {happened}, according to {who}.",
    "{Event}, which {happened} in {where}, is under investigation, {who} said.",
    "Staff at a nearby reception centre said {event} {happened} in {where} just after midnight.",
    "The latest {noun}, near {where}, was the third such incident reported by {who} this month.",
    "{Who} confirmed on Wednesday that {event} {happened} close to {where}.",
    "Aid workers were sent to {where} after {event} {happened} there, {who} said.",
    "{Event} {happened} in {where} as winter set in, {who} said, in a statement calling for "
    "urgent action from governments.",
    "Speaking to reporters, {who} said {event} {happened} near {where}.",
    "News of {event} near {where} first came through {who}.",
    "{Event} near {where}, first reported by {who}, drew renewed attention from rights groups.",
    "A preliminary report by {who} located {event} near {where}.",
    "In a statement, {who} said {event} {happened} in {where} and that more details would follow.",
    "The {noun} {happened} near {where} on a night of heavy rain, according to {who}.",
    "Witnesses said {event} {happened} in {where} within sight of a police checkpoint.",
    "{Event} {happened} in {where} on Saturday, the latest in a series of such incidents, {who} said.",
    "Humanitarian groups said {event} in {where} underlined the risks facing people on the move.",
    "{Who} told reporters that {event} {happened} in {where}, adding that the figures were "
    "still being verified.",
    "{Event}, according to an initial account from {who}, {happened} near {where}.",
)

PLACE_SECOND = (
    "It was in {where}, {who} said, that {event} {happened}.",
    "In a later update, {who} placed {event} near {where}.",
    "Footage of {event}, filmed near {where} by a volunteer, was widely shared online.",
    "{where}, where {event} {happened}, has since become a focus of the debate over asylum.",
    "The {noun} in {where} was not the first of its kind this year, {who} noted.",
    "Lawyers are now seeking access to official records of {event} near {where}.",
    "A caption accompanying photographs of {event} said it {happened} near {where}.",
    "Asked about {event} in {where}, a government spokesperson declined to comment.",
    "Campaigners are still waiting for answers about {event} near {where}.",
    "The {noun} in {where}, according to {who}, has prompted renewed calls for safe and legal routes.",
    "\u201cIt happened right there in {where},\u201d one aid worker said of {event}.",
    "In {where}, where {event} {happened}, local officials have asked for more support.",
    "An inquiry has been opened into {event} near {where}, {who} said.",
    "The {noun}, which {who} said {happened} near {where}, remains under investigation.",
    "{Who} gave {where} as the location of {event}.",
    "The {noun}'s location, near {where}, was confirmed by {who} on Friday.",
    "Six days after {event} in {where}, {who} said questions remained unanswered.",
    "Rights groups have called for an independent investigation into {event} near {where}.",
    "Reporters who reached {where} the morning after {event} found the area sealed off by police.",
    "\u201cI saw everything,\u201d said one man who witnessed {event} in {where}.",
    "Satellite images reviewed by {who} place {event} close to {where}.",
    "Of all the incidents recorded this year, it is {event} in {where} that has drawn the most scrutiny.",
    "In a post on social media, {who} said {event} {happened} in {where}.",
    "Aid groups say there had been repeated warnings before {event} in {where}.",
    "Speaking at the scene of {event} in {where}, a local official called for calm.",
    "When {event} {happened} in {where}, the nearest aid post was hours away, {who} said.",
    "Precisely how {event} unfolded near {where} is now the subject of an official inquiry.",
    "{Event} \u2014 near {where}, according to a field report \u2014 was among the incidents "
    "discussed at the ministers' meeting.",
)

NEGATIVES_PLACE = (
    # where people set off from
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Most of the people caught up in {event} had set off from {other} several days earlier.",
        "origin",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where} in the early hours.",
        "The group involved in {event} in {where} had left {other} about a week before, {who} said.",
        "origin",
    ),
    NegativePair(
        "Footage shared by {who} appeared to show {event} near {where}.",
        "Those caught up in {event} had departed from {other}, aid workers said.",
        "origin",
    ),
    # where they were heading
    NegativePair(
        "{Who} said {event} {happened} in {where} shortly before dawn.",
        "Many of those involved in {event} near {where} had been trying to reach {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Saturday, the latest in a series of such incidents, {who} said.",
        "The group caught up in {event} had been bound for {other}, {who} said.",
        "destination",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "People affected by {event} near {where} were later flown to {other}, {who} said.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed on Wednesday that {event} {happened} close to {where}.",
        "Those involved in {event} told {who} they had hoped eventually to claim asylum in {other}.",
        "destination",
    ),
    # where they passed through
    NegativePair(
        "{Event} in {where} was confirmed by {who} late on Tuesday.",
        "Before {event} in {where}, the group had passed through {other}, {who} said.",
        "transit",
    ),
    NegativePair(
        "Speaking to reporters, {who} said {event} {happened} near {where}.",
        "The route via {other} has grown busier in recent months, and {event} near {where} "
        "underscored its dangers, {who} said.",
        "transit",
    ),
    # where people come from, where relatives are
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Many of the people caught up in {event} near {where} were originally from {other}.",
        "home",
    ),
    NegativePair(
        "In a statement, {who} said {event} {happened} in {where} and that more details would follow.",
        "Relatives in {other} said they had lost contact with family members after {event}.",
        "home",
    ),
    NegativePair(
        "Details of {event} near {where} emerged on Monday, when {who} published a preliminary account.",
        "Authorities in {other}, home to many of those involved, demanded an explanation for {event}.",
        "home",
    ),
    NegativePair(
        "Witnesses said {event} {happened} in {where} within sight of a police checkpoint.",
        "Interviewed in {other}, where she now lives, a woman who witnessed {event} near {where} "
        "described what she had seen.",
        "home",
    ),
    # where a statement, a briefing or a court is
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said in a statement issued in {other} that {event} {happened} near {where}.",
        "reporter",
    ),
    NegativePair(
        "{Who} reported that {event} {happened} near {where}.",
        "Speaking by phone from {other}, an aid worker who had been briefed on {event} said the "
        "full picture was still emerging.",
        "reporter",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Officials in {other}, where the regional response is coordinated, said they were still "
        "gathering details of {event} in {where}.",
        "reporter",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, is under investigation, {who} said.",
        "Prosecutors in {other} said they had opened a case linked to {event} near {where}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "A vigil for those affected by {event} in {where} was held on Sunday in {other}.",
        "reporter",
    ),
    # another instance elsewhere
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It followed a similar {noun} near {other} last year.",
        "another",
    ),
    NegativePair(
        "The latest {noun}, near {where}, was reported by {who} on Thursday.",
        "It was the second {noun} in a month; the first was near {other}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "The {noun} near {where} came a year after {a_noun} near {other} drew international attention.",
        "another",
    ),
    NegativePair(
        "Footage shared by {who} appeared to show {event} in {where}.",
        "{Who} compared {event} near {where} with an earlier {noun} in {other} that went largely unreported.",
        "another",
    ),
    # a city inside the country named, or the country around the city
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said the {noun} in {other} was under review.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "It was the latest {noun} recorded in {other} this year, {who} said.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Local officials in {other} confirmed the {noun} on Friday.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed on Wednesday that {event} {happened} in {where}.",
        "{Event}, in {other}, has prompted a review of procedures, {who} said.",
        "contained",
    ),
    NegativePair(
        "Staff at a nearby reception centre said {event} {happened} in {where}.",
        "Aid groups working in {other} said {event} there had stretched their teams to the limit.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place41a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
