"""PLACE bank place42a, written by helper place42a, round 42 (blind author).

Register: election-campaign and protest copy as wire politics desks, campaign-trail reporters
and live pages write it (Reuters/AFP/PA style, British spelling): rallies, hustings, sit-ins,
marches, televised debates, counts, recounts and declarations, victory and concession speeches,
ballot-box seizures, polling-day clashes, eggings and milkshake attacks. Habits used: attribution
tagged on at the end ("organisers said") or wedged in the middle, fronted place phrases ("In X,
..."), clefts ("It was in X that ..."), "which ..." relative clauses, live-page lead-ins
("Earlier, ...", "Live: ..."), picture captions, "Speaking after ..." openers, quotes that name
the place, and the later paragraph that circles back to "the rally in X" when discussing the
fallout. Negatives: city/country containment, supporters or monitors arriving from elsewhere,
the next stop on the trail, the next planned rally, earlier instances, diaspora audiences,
foreign reaction, the desk that compiled the report.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "rally",
        ("went ahead", "drew thousands of supporters", "was broken up by mounted officers", "turned violent"),
        ("organisers", "police", "the campaign", "an AFP reporter at the scene"),
        hosted=True,
    ),
    EventKind(
        "hustings",
        (
            "turned rowdy",
            "drew a packed hall",
            "ran late into the evening",
            "was repeatedly interrupted by hecklers",
        ),
        ("the organisers", "a local newspaper", "one of the candidates"),
        hosted=True,
    ),
    EventKind(
        "sit-in",
        ("began", "was forcibly broken up", "ended peacefully", "swelled overnight"),
        ("student leaders", "police", "protest organisers"),
        hosted=True,
    ),
    EventKind(
        "march",
        ("set off", "passed off peacefully", "was halted at a police cordon", "drew tens of thousands"),
        ("organisers", "police", "the opposition coalition"),
        hosted=True,
    ),
    EventKind(
        "vigil",
        ("drew hundreds", "passed off peacefully", "was dispersed with tear gas"),
        ("organisers", "church leaders", "relatives of the dead"),
        hosted=True,
    ),
    EventKind(
        "torchlight procession",
        ("went ahead", "drew thousands", "was blocked by counter-protesters"),
        ("organisers", "police", "local media"),
        hosted=True,
    ),
    EventKind(
        "town-hall meeting",
        ("turned heated", "drew a standing-room-only crowd", "ran well over time"),
        ("the campaign", "local reporters", "aides"),
        hosted=True,
    ),
    EventKind(
        "televised debate",
        ("was recorded", "turned bad-tempered", "ran over time"),
        ("the broadcaster", "the moderators", "both campaigns"),
    ),
    EventKind(
        "campaign launch",
        ("went ahead", "was overshadowed by protesters", "drew a crowd of party faithful"),
        ("party officials", "the campaign", "aides"),
    ),
    EventKind(
        "concession speech",
        ("was delivered", "came shortly after midnight", "was cut short by booing"),
        ("aides", "the campaign", "party officials"),
    ),
    EventKind(
        "victory speech",
        ("was delivered", "was interrupted by chanting", "ran to almost an hour"),
        ("aides", "party officials", "state television"),
    ),
    EventKind(
        "egging",
        ("was caught on camera", "happened during a walkabout", "led to an arrest"),
        ("police", "witnesses", "the candidate's office"),
    ),
    EventKind(
        "milkshake attack",
        ("was filmed by onlookers", "led to an arrest", "happened during a walkabout"),
        ("police", "witnesses", "a party spokeswoman"),
    ),
    EventKind(
        "shoe-throwing incident",
        ("was caught on camera", "happened mid-speech", "led to two arrests"),
        ("police", "witnesses", "state media"),
    ),
    EventKind(
        "ballot-box seizure",
        ("was reported", "was filmed on a mobile phone", "came shortly after polls closed"),
        ("election observers", "the electoral commission", "opposition agents"),
    ),
    EventKind(
        "polling-day clash",
        ("left several people injured", "broke out", "was reported"),
        ("election observers", "police", "local media"),
    ),
    EventKind(
        "recount",
        ("was ordered", "got under way", "confirmed the original result", "overturned the result"),
        ("the electoral commission", "the returning officer", "election officials"),
    ),
    EventKind(
        "results declaration",
        ("came just before dawn", "was delayed for hours", "was greeted with jeers"),
        ("the returning officer", "election officials", "local media"),
    ),
    EventKind(
        "walkout",
        ("emptied the chamber", "began", "brought proceedings to a halt"),
        ("opposition lawmakers", "union officials", "local media"),
    ),
    EventKind(
        "blockade",
        ("began", "was forcibly cleared", "brought traffic to a standstill"),
        ("police", "protest organisers", "local officials"),
    ),
    EventKind(
        "hunger strike",
        ("began", "was called off", "entered its second week"),
        ("supporters", "the candidate's lawyers", "rights groups"),
    ),
    EventKind(
        "stand-off",
        ("ended", "dragged on overnight", "was defused by mediators"),
        ("election observers", "police", "local media"),
    ),
    EventKind(
        "walkabout",
        ("was cut short", "drew curious crowds", "was mobbed by supporters"),
        ("aides", "the candidate's team", "local media"),
    ),
    EventKind(
        "protest camp",
        ("was set up", "was bulldozed", "grew through the week"),
        ("police", "activists", "city officials"),
    ),
    EventKind(
        "swearing-in",
        ("went ahead", "was boycotted by the opposition", "was delayed by protests"),
        ("officials", "state television", "the presidency"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "In {where}, {event} {happened}, according to {who}.",
    "{Who} confirmed that {event} in {where} {happened}.",
    "{Event} {held} in {where} on the eve of polling drew a heavy police presence.",
    "Opposition activists {held} {a_noun} in {where} despite a ban on public gatherings, {who} said.",
    "{Event}, which {happened} in {where}, was the talk of the campaign trail.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{Who} told reporters that {event} {happened} in {where}.",
    "Footage shared on social media showed {event} in {where}, and {who} later confirmed the details.",
    "The most dramatic moment of the day came in {where}, where {event} {happened}.",
    "Live: {event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where}.",
    "{Event} {happened} in {where} in what was the latest twist in a bitterly fought race.",
    "Earlier, {event} {happened} in {where}.",
    "Hundreds of police officers were on duty in {where}, where {event} {happened}.",
    "Speaking in {where} after {event} {happened} there, {who} described the mood as tense.",
    "{Event} {held} in {where} was the first of the campaign to be attended by foreign observers.",
    "The scenes in {where}, where {event} {happened}, were broadcast live on local television.",
    "{Event} in {where}, {who} said, {happened}.",
    "Reuters witnesses said {event} in {where} {happened}.",
    "In a statement, {who} said {event} in {where} {happened}.",
    "Campaigning resumed after {event} in {where}, {who} said.",
    "On the final weekend of campaigning, {event} {happened} in {where}.",
    "{Who} said that in {where}, {event} {happened}, and that a fuller account would follow.",
    "As campaigning entered its last stretch in {where}, {event} {happened}.",
    "{Event} {held} in {where} had been billed as the opposition's biggest show of strength.",
)

PLACE_SECOND = (
    "{Event}, which {happened} in {where}, has since been cited by both camps.",
    "It was in {where}, {who} said, that {event} {happened}.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "Back in {where}, where {event} {happened}, the mood was subdued.",
    "{Who} later released footage of {event} in {where}.",
    "Much of the criticism since has centred on the handling of {event} in {where}.",
    "The {noun} in {where}, the moment many analysts say the race turned, is still being argued over.",
    "Questions over {where}'s {noun} have not gone away.",
    '"What we saw in {where} during {event} should worry everyone," {who} said.',
    "Recalling {event}, {who} said the atmosphere in {where} had changed within minutes.",
    "Since {event} in {where}, security around campaign events has been visibly tightened.",
    "Pictured above: {event} in {where}, in an image released by {who}.",
    "Video verified by {who} placed {event} in {where}.",
    "Those who were in {where} for {event} describe a tense and confused scene.",
    "Long after the television crews had packed up their equipment in {where}, {who} kept fielding "
    "questions about {event}.",
    "Of all the moments of the campaign, it is {event} in {where} that {who} returned to most often.",
    "The interior ministry has opened an inquiry into {event} in {where}.",
    "Coverage of {event} in {where} dominated the evening bulletins.",
    "Newspapers splashed on {event} in {where} the following morning.",
    '"{where} was supposed to be a quiet stop," {who} said of {event}.',
    "{Event} was {held} in {where} deliberately, it later emerged, because of its history of unrest.",
    "Speaking after {event} in {where}, {who} called for calm.",
    "In {where}, {who} said later, {event} {happened}.",
    "That {noun}, in {where}, is now the subject of formal complaints.",
    "Few expected that {where}, of all places, would be where {event} {happened}.",
    "{Who} said {event}, in {where}, had become the defining image of the campaign.",
    "The fallout from {event} in {where} continued to dominate the final days of the campaign.",
    "When {event} {happened} in {where}, {who} issued a statement within the hour.",
)

NEGATIVES_PLACE = (
    # a place that contains the first, or lies within it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Images of {event} in {other} were shared widely online.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "{Event}, which {happened} in {other}, has since been cited by both camps.",
        "contained",
    ),
    NegativePair(
        "{Event} {held} in {where} drew a heavy police presence.",
        "It was in {other}, {who} said, that {event} {happened}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "Since {event} in {other}, security around campaign events has been tightened.",
        "contained",
    ),
    NegativePair(
        "Organisers {held} {a_noun} in {where} despite a ban on public gatherings.",
        "Asked about {event} in {other}, {who} declined to comment further.",
        "contained",
    ),
    NegativePair(
        "Earlier, {event} {happened} in {where}.",
        "Pictured above: {event} in {other}, in an image released by {who}.",
        "contained",
    ),
    # where people came from
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Some of those involved in {event} had travelled from {other}, {who} said.",
        "origin",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Election monitors from {other} were among those who witnessed {event}.",
        "origin",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Many of those at {event} {held} in {where} had crossed the border from {other}.",
        "origin",
    ),
    # where the trail went next
    NegativePair(
        "{Who} told reporters that {event} {happened} in {where}.",
        "After {event}, the campaign moved on to {other}.",
        "destination",
    ),
    NegativePair(
        "Reuters witnesses said {event} in {where} {happened}.",
        "The candidate flew to {other} the morning after {event} in {where}.",
        "destination",
    ),
    # who wrote the report, and from where
    NegativePair(
        "{Event} in {where}, {who} said, {happened}.",
        "This account of {event} was compiled by our newsroom in {other} from witness reports.",
        "reporter",
    ),
    NegativePair(
        "In a statement, {who} said {event} in {where} {happened}.",
        "Reporting on {event} by our correspondents in {where}; writing by the {other} desk.",
        "reporter",
    ),
    # a person's home town
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The candidate at the centre of {event}, born and raised in {other}, moved to {where} as a student.",
        "hometown",
    ),
    # another instance
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "A similar {noun} in {other} last year passed off with little notice.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} in {where} {happened}.",
        "{Event} in {where} echoed one in {other} during the previous campaign.",
        "another",
    ),
    NegativePair(
        "The most dramatic moment of the day came in {where}, where {event} {happened}.",
        "It was not the first {noun} of the season: {a_noun} in {other} had made headlines weeks earlier.",
        "another",
    ),
    # the next one, still to come
    NegativePair(
        "{Event} {held} in {where} had been billed as the opposition's biggest show of strength.",
        "A second {noun} is to be {held} in {other} next month, {who} said.",
        "planned",
    ),
    NegativePair(
        "Opposition activists {held} {a_noun} in {where}, {who} said.",
        "The next {noun} is due to be {held} in {other} before polling day.",
        "planned",
    ),
    # watched or answered from abroad
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Diaspora supporters in {other} shared clips of {event} late into the night.",
        "audience",
    ),
    NegativePair(
        "Live: {event} {happened} in {where}.",
        "Exiled opposition figures followed news of {event} from {other}.",
        "audience",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "News of {event} was carried prominently by newspapers in {other}.",
        "reaction",
    ),
    NegativePair(
        "In {where}, {event} {happened}.",
        "Officials in {other} said they had taken note of {event}.",
        "reaction",
    ),
    # compared with somewhere else
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} compared {event} to scenes witnessed in {other} during a disputed vote there.",
        "comparison",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Analysts said {event} recalled events in {other} a decade ago.",
        "comparison",
    ),
    NegativePair(
        "Hundreds of police officers were on duty in {where}, where {event} {happened}.",
        "Security for {event} {held} in {where} was provided by a private firm based in {other}.",
        "origin",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place42a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
