"""PLACE bank place55a, written by a blind helper, round 55 (held out). Register: general news as the big wire
services and national dailies file it every day (AP, Reuters, AFP briefs and follow-ups): blasts, shootings,
strikes and walkouts, court hearings, summits, crashes, outbreaks, protests, fires."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "car bombing",
        ("took place", "was carried out", "happened"),
        ("police", "the interior ministry", "witnesses", "security officials"),
    ),
    EventKind(
        "mass shooting",
        ("took place", "unfolded", "happened"),
        ("police", "the county sheriff's office", "witnesses", "local officials"),
    ),
    EventKind(
        "dockworkers' walkout",
        ("began", "took place", "went ahead"),
        ("the union", "port authorities", "union leaders", "the employers' association"),
    ),
    EventKind(
        "bail hearing",
        ("was held", "took place", "went ahead"),
        ("court officials", "defence lawyers", "prosecutors", "the court clerk's office"),
    ),
    EventKind(
        "emergency summit",
        ("was held", "took place", "convened"),
        ("diplomats", "the foreign ministry", "officials", "a summit spokeswoman"),
        hosted=True,
    ),
    EventKind(
        "bus plunge",
        ("happened", "occurred", "took place"),
        ("police", "the transport ministry", "rescue officials", "local media"),
    ),
    EventKind(
        "cholera outbreak",
        ("was confirmed", "broke out", "was detected"),
        ("health officials", "the World Health Organization", "the health ministry", "aid agencies"),
    ),
    EventKind(
        "opposition rally",
        ("took place", "went ahead", "was held"),
        ("organisers", "police", "opposition leaders", "witnesses"),
        hosted=True,
    ),
    EventKind(
        "warehouse fire",
        ("broke out", "started", "raged"),
        ("fire officials", "the fire department", "firefighters", "the warehouse owner"),
    ),
    EventKind(
        "stabbing attack",
        ("took place", "happened", "was carried out"),
        ("police", "prosecutors", "witnesses", "the mayor's office"),
    ),
    EventKind(
        "prison riot",
        ("erupted", "broke out", "took place"),
        ("prison officials", "the justice ministry", "inmates' relatives", "the guards' union"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "happened", "was staged"),
        ("prison authorities", "police", "the justice ministry", "local officials"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened", "occurred", "took place"),
        ("the coast guard", "maritime officials", "survivors", "the ferry operator"),
    ),
    EventKind(
        "grenade attack",
        ("took place", "happened", "was carried out"),
        ("police", "the army", "witnesses", "hospital officials"),
    ),
    EventKind(
        "hostage standoff",
        ("unfolded", "took place", "began"),
        ("police", "negotiators", "officials", "witnesses"),
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "went ahead"),
        ("state media", "the defence ministry", "organisers", "observers"),
        hosted=True,
    ),
    EventKind(
        "gas explosion",
        ("happened", "occurred", "took place"),
        ("emergency services", "the gas utility", "firefighters", "police"),
    ),
    EventKind(
        "freight train derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "investigators", "the transport ministry", "railway officials"),
    ),
    EventKind(
        "student sit-in",
        ("took place", "began", "was held"),
        ("organisers", "student leaders", "police", "university officials"),
        hosted=True,
    ),
    EventKind(
        "landslide",
        ("struck", "happened", "occurred"),
        ("disaster officials", "the civil defence agency", "rescuers", "villagers"),
    ),
    EventKind(
        "avian flu outbreak",
        ("was confirmed", "was detected", "was reported"),
        ("agriculture officials", "veterinary authorities", "the farm ministry", "poultry farmers"),
    ),
    EventKind(
        "stampede",
        ("happened", "occurred", "took place"),
        ("police", "organisers", "hospital officials", "witnesses"),
    ),
    EventKind(
        "emergency landing",
        ("took place", "happened", "was made"),
        ("the airline", "aviation officials", "passengers", "airport authorities"),
    ),
    EventKind(
        "arson attack",
        ("took place", "happened", "was carried out"),
        ("police", "fire investigators", "prosecutors", "community leaders"),
    ),
    EventKind(
        "mine collapse",
        ("happened", "occurred", "took place"),
        ("mine officials", "the mining company", "rescue teams", "the labour ministry"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} early in the day, {who} said.",
    "{Who} said {event} {happened} near {where} shortly before dawn.",
    "In {where}, {event} {happened} with little warning, according to {who}.",
    "{Event} {happened} on the outskirts of {where}, {who} told reporters.",
    "It was in {where} that {event} {happened}, {who} confirmed late in the evening.",
    "{Event}, which {happened} on {where}'s eastern fringe, was the first of its kind there in years, "
    "{who} said.",
    "Television pictures showed crowds gathered near the site of {event} in {where}.",
    "Pictured: the scene of {event} in {where}, as {who} released the first details.",
    "{Who} said {event} {happened} just outside {where} and promised further details.",
    "{where}, where {event} {happened}, was under heavy police guard, {who} said.",
    '"It happened right here in {where}," a witness said of {event}.',
    "Details of {event}, which {happened} in {where}, were still emerging, {who} said.",
    "{where}, the scene of {event}, was quiet the following day, {who} said.",
    "{Event} in {where} was the second of its kind in a month, according to {who}.",
    "{Event} was {held} in {where} under tight security, {who} said.",
    "{Event}, {held} in {where} over the weekend, passed off largely without incident, {who} said.",
    "{where}, which {held} {event}, had spent weeks preparing, according to {who}.",
    "{Event} {happened} along the coast near {where}, {who} said.",
    "{Event} {happened} in {where}, a place more used to quieter headlines, {who} said.",
    "According to {who}, {event} {happened} in central {where}.",
    "The {noun} in {where} dominated front pages across the country.",
    "{Who} released few details about {event} in {where} in an initial statement.",
    "{Event} {happened} in a district of {where} late at night, {who} said.",
    "Word of the {noun} in {where} spread quickly on social media.",
    "{Who} confirmed that {event} {happened} at a site just north of {where}.",
    "{Event} {happened} in the area around {where}, {who} said.",
)

PLACE_SECOND = (
    "Investigators were still trying to establish how {event} in {where} had unfolded.",
    "Footage filmed in {where} during {event} has been widely shared online.",
    "Back in {where}, where {event} {happened}, shops began to reopen.",
    "Speaking a day after {event} in {where}, a government minister said lessons would be learned.",
    "{Who} said little in public about {event} in {where} in the days that followed.",
    "Asked about {event} in {where}, a government spokesman said an inquiry was under way.",
    "The {noun} in {where} has prompted calls for a national review.",
    "Life in {where} was slowly returning to normal after {event}.",
    "{Who} said again that {event} {happened} in {where} and urged people not to speculate.",
    "Those who were in {where} at the time of {event} described scenes of confusion.",
    "{Event} had been {held} in {where} after organisers ruled out other venues.",
    "Critics have questioned why {event} was {held} in {where} at all.",
    "{Event} was the first of its kind in {where}'s recent history.",
    '"Nobody expected this in {where}," one local official said, referring to {event}.',
    "The site of {event}, on the edge of {where}, remained sealed off.",
    "Prosecutors have opened an inquiry into {event} in {where}.",
    "In {where}, officials were still piecing together exactly what happened during {event}.",
    "It was the {noun} in {where}, rather than the economy, that dominated the week's headlines.",
    "{Event}, which {happened} in {where}, is expected to come up in parliament.",
    "Insurers have begun assessing the cost of {event} in {where}.",
    "Reporters who reached {where} after {event} found the area under heavy guard.",
    "{where}, the scene of {event}, has since drawn a stream of official visitors.",
    "Many in {where}, which {held} {event}, complained about road closures.",
    "When {event} {happened} in {where}, few outside the region took notice at first.",
    "Questions remain about how {event} in {where} was allowed to happen.",
    "It was in {where}, {who} said, that {event} {happened}.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials from {other} arrived later in the day to help coordinate the response.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Extra staff were sent from the regional office in {other}, some distance away.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} with little warning, {who} said.",
        "Authorities as far away as {other} were put on standby as a precaution.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where} early in the day, {who} said.",
        "A team of specialists from {other} was flown in to assist.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} just outside {where}.",
        "Several of those caught up in {event} were visitors from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in central {where}.",
        "Among those present was a delegation that had travelled from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "A convoy of supplies from {other} reached the area the following morning.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Some of those affected were later taken by bus to {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "The main road out of the area towards {other} was closed for several hours afterwards.",
        "destination",
    ),
    NegativePair(
        "In {where}, {event} {happened} late in the evening.",
        "Several foreign officials cut short their stay and flew on to {other} the next day.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        'The interior minister, speaking to reporters in {other}, called it "a serious matter".',
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} outside {where}.",
        "News of {event} was first announced at a press conference in {other}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Commenting from {other}, where he was on an official visit, the prime minister urged calm.",
        "reporter",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "A brief statement issued in {other} gave few further details.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The company at the centre of the inquiry is based in {other}.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "The contractor responsible for security at the site has its headquarters in {other}.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} on the edge of {where}.",
        "The regional governor, who lives in {other}, was not in the area at the time.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} last year drew far less attention.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "It followed {a_noun} in {other} only weeks earlier.",
        "another",
    ),
    NegativePair(
        "In {where}, {event} {happened} shortly after nightfall.",
        "A second {noun}, in {other}, was reported within hours but appeared to be unrelated.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A follow-up meeting on {event} is planned in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} just outside {where}.",
        "An official inquiry is due to open in {other} in the coming weeks.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}.",
        "Ministers said they would meet in {other} next week if the situation did not improve.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Hundreds of people gathered in {other} that evening to protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "In {other}, demonstrators marched on the town hall to demand answers.",
        "reaction",
    ),
    NegativePair(
        "In {where}, {event} {happened} with little warning.",
        "There was an outpouring of reaction on social media in {other}, where many have relatives in the "
        "area.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place55a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
