"""DATE bank date39a, written by helper date39a, round 39 (blind author).

Register: defence, security and diplomacy copy as wire-service defence desks, think-tank
newsletters, Asian and Middle-East English-language papers and government press releases
write it (missile launches, drills and war games, interceptions, truces and ceasefires,
prisoner swaps and hostage releases, arms deals, collisions and boardings at sea, border
clashes, evacuations, sanctions packages, envoys' calls and dialogues). Habits used:
official-statement attribution ("said in a statement", "according to a readout"), unnamed
officials and diplomats, dates buried in long sentences, clefts, timelines and chronologies
of escalation, captions, and follow-up paragraphs that refer back to the incident with a
different predicate ("the launch on ...", "since the truce ...", "was ...").
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "missile launch",
        ("was detected", "was carried out", "took place"),
        ("Japan's defence ministry", "South Korea's Joint Chiefs of Staff", "the military"),
    ),
    EventKind(
        "interception",
        ("was carried out", "was made", "took place"),
        ("the air force", "the air defence command", "the army"),
    ),
    EventKind(
        "drone strike",
        ("was carried out", "was launched", "was reported"),
        ("the military", "security sources", "a local official"),
    ),
    EventKind(
        "prisoner swap",
        ("went ahead", "was completed", "was carried out"),
        ("the mediators", "Qatar's foreign ministry", "the International Committee of the Red Cross"),
    ),
    EventKind(
        "hostage release",
        ("was secured", "went ahead", "was completed"),
        ("the prime minister's office", "Egyptian mediators", "the negotiators"),
    ),
    EventKind(
        "truce",
        ("took effect", "came into force", "was declared"),
        ("the United Nations", "mediators", "both sides"),
    ),
    EventKind(
        "ceasefire",
        ("took hold", "came into effect", "was brokered"),
        ("the foreign ministry", "the UN envoy", "diplomats"),
    ),
    EventKind(
        "collision",
        ("occurred", "took place", "was reported"),
        ("the coast guard", "the navy", "maritime officials"),
    ),
    EventKind(
        "boarding",
        ("was carried out", "took place"),
        ("the coast guard", "the maritime security agency", "the navy"),
    ),
    EventKind(
        "border clash",
        ("erupted", "broke out", "flared"),
        ("the army", "the interior ministry", "local officials"),
    ),
    EventKind(
        "evacuation",
        ("began", "got under way", "was ordered"),
        ("the foreign ministry", "the embassy", "the crisis centre"),
    ),
    EventKind(
        "arms deal",
        ("was signed", "was sealed", "was approved"),
        ("the State Department", "the defence procurement agency", "the defence ministry"),
    ),
    EventKind(
        "sanctions package",
        ("was announced", "was adopted", "was unveiled"),
        ("the European Commission", "the Treasury", "the Foreign Office"),
    ),
    EventKind(
        "courtesy call",
        ("was paid", "took place"),
        ("the presidential office", "the embassy", "the foreign ministry"),
    ),
    EventKind(
        "incursion",
        ("was detected", "was reported", "took place"),
        ("the Joint Staff", "the defence ministry", "the air force"),
    ),
    EventKind(
        "airstrike",
        ("was carried out", "was launched", "was conducted"),
        ("the military", "a military spokesman", "the coalition"),
    ),
    EventKind(
        "port call",
        ("was made", "took place", "began"),
        ("the navy", "the embassy", "the defence attache's office"),
    ),
    EventKind(
        "test-firing",
        ("was conducted", "was carried out", "took place"),
        ("the state news agency", "the defence research agency", "the military"),
    ),
    EventKind(
        "satellite launch",
        ("was attempted", "was carried out", "took place"),
        ("the space agency", "the state news agency", "South Korea's military"),
    ),
    EventKind(
        "ramming",
        ("occurred", "took place", "was reported"),
        ("the coast guard", "the Philippine coast guard", "the navy"),
    ),
    EventKind(
        "shootdown",
        ("occurred", "took place", "was carried out"),
        ("the air force", "the defence ministry", "Western officials"),
    ),
    EventKind(
        "rocket barrage",
        ("was fired", "was launched", "rained down"),
        ("the army", "the military", "security officials"),
    ),
    EventKind(
        "handover",
        ("took place", "was completed", "went ahead"),
        ("the Red Cross", "the mediators", "the ministry"),
    ),
    EventKind(
        "naval standoff",
        ("began", "flared", "erupted"),
        ("the coast guard", "the navy", "maritime officials"),
    ),
    EventKind(
        "live-fire drill",
        ("was conducted", "was held", "got under way"),
        ("the Eastern Theatre Command", "the navy", "the defence ministry"),
        hosted=True,
    ),
    EventKind(
        "war game",
        ("was staged", "got under way", "began"),
        ("the Joint Chiefs of Staff", "the defence ministry", "US Forces Korea"),
        hosted=True,
    ),
    EventKind(
        "joint exercise",
        ("began", "was conducted", "got under way"),
        ("the Pentagon", "the defence ministry", "the navy"),
        hosted=True,
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "was staged"),
        ("state media", "the official news agency", "the defence ministry"),
        hosted=True,
    ),
    EventKind(
        "strategic dialogue",
        ("was held", "was convened", "took place"),
        ("the foreign ministry", "the State Department", "the embassy"),
        hosted=True,
    ),
    EventKind(
        "signing ceremony",
        ("was held", "took place"),
        ("the presidential office", "the defence ministry", "the embassy"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a statement, giving no further details.",
    "According to {who}, {event} {happened} {when}, and the situation was being monitored closely.",
    "In a statement carried by the official news agency, {who} said {event} {happened} {when}.",
    "{when}, {event} {happened}, {who} said, in the first official account of the episode.",
    "{Who} confirmed that {event} {happened} {when}, days after reports first circulated on social media.",
    "The latest chain of events began with {event}, which {happened} {when}, according to a timeline "
    "released by {who}.",
    "Officials familiar with the matter, who spoke on condition of anonymity because they were not "
    "authorised to brief the media, said {event} {happened} {when}.",
    "{Event} {happened} {when}, according to a readout issued by {who}.",
    "It was {when} that {event} {happened}, {who} said at a regular briefing.",
    "Tensions in the area have not eased since {event}, which {who} said {happened} {when}.",
    "{Who} said {event}, which {happened} {when}, had been discussed with allies and partners in the region.",
    "Speaking to reporters in the capital, a senior official said {event} {happened} {when} and that more "
    "details would be released in due course.",
    "{Event}, which {happened} {when}, was the subject of a closed-door briefing for lawmakers, {who} said.",
    "{Event} {happened} {when}, two diplomats briefed on the matter said, an account later "
    "confirmed by {who}.",
    "According to a chronology compiled by {who}, {event} {happened} {when}, setting off a round of "
    "diplomatic exchanges.",
    "Asked about {event} at a regular press briefing, a foreign ministry spokesperson said it {happened} "
    "{when} and declined to elaborate.",
    "{Who} said in a statement that {event}, details of which had been closely held, {happened} {when}.",
    "It remains unclear what lay behind the timing, but {who} said {event} {happened} {when}.",
    "{Event} {happened} {when} \u2014 something {who} did not acknowledge publicly until much later.",
    "{Event} was {held} {when}, {who} said, with senior officials from both countries in attendance.",
    "{Who} said {event}, {held} {when} under tight security, had gone according to plan.",
    "{Who} gave the first official confirmation of {event}, saying it {happened} {when}.",
    "{Event}, {who} said, {happened} {when} and was followed within hours by a flurry of phone calls "
    "between capitals.",
    "In a written reply to questions, {who} said {event} {happened} {when}.",
    "Regional governments were informed through diplomatic channels that {event} {happened} {when}, "
    "{who} said.",
    "The statement from {who}, circulated to reporters, said {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Who} did not explain why the {noun} {when} was not made public sooner.",
    "Since {event} {when}, neither side has issued any further statement on the matter.",
    "The {noun}, which officials now say {happened} {when}, has drawn a cautious response from neighbouring "
    "governments.",
    "Asked why the {noun} {when} had not been announced earlier, the spokesperson declined to comment.",
    "It was not until {event} {when} that the two sides resumed direct contact, diplomats said.",
    "Analysts said the {noun} {when} marked a shift in posture that neighbouring capitals would be "
    "watching closely.",
    "A defence ministry spokesman briefs reporters on the {noun} {when}. (Photo: Reuters)",
    "That {noun}, {who} confirmed, {happened} {when}.",
    "Details of the {noun} {when} remain sketchy, and the official account could not be independently "
    "verified.",
    "Questions about the {noun} {when} dominated a parliamentary hearing, where the defence minister was "
    "pressed on what had been known beforehand.",
    "As {who} described it, the {noun} was {when}, at a moment when regional diplomacy was already under "
    "strain.",
    "Neither government has commented publicly on the {noun} since it {happened} {when}.",
    "The sequence of events \u2014 starting with the {noun} {when} and followed by a flurry of calls "
    "between foreign ministers, the summoning of ambassadors and an emergency session of the Security "
    "Council \u2014 has left regional capitals scrambling for a response.",
    '"Everything changed with the {noun} {when}," said a senior official who asked not to be named.',
    "Officials have yet to publish the findings of their review of the {noun} {when}.",
    "The {noun} {when} came up during talks between the two foreign ministers, according to a readout "
    "from {who}.",
    "Recounting the {noun} for reporters, {who} said it {happened} {when}.",
    "The {noun}, {who} said in a follow-up statement, was {when}.",
    "Pressed on the timing, {who} reiterated that the {noun} {happened} {when}.",
    "In the days after the {noun} {when}, envoys shuttled between capitals in an effort to keep the "
    "situation from spiralling.",
    "Among the episodes cited in the think tank's report was the {noun} {when}, which {who} had "
    "initially described only in general terms.",
    "The {noun} \u2014 which, by the account of {who}, {happened} {when} \u2014 was not mentioned in the "
    "joint statement.",
    "The {noun}, {held} {when}, drew a sharp response from neighbouring governments.",
    "State television later broadcast footage of the {noun}, which was {held} {when}.",
    "It was {when}, {who} said, that the {noun} {happened}.",
    "The ministry's latest statement again referred to the {noun} {when} without elaborating.",
    "Whether the {noun} {when} will change the calculus in the region remains to be seen.",
)

NEGATIVES_DATE = (
    # planned: a future instance beside the past one
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "A follow-up {noun} is to be {held} {when}, according to the same statement.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} said the next {noun} would be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Another {noun}, {who} said, is expected to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said in a short written statement.",
        "Officials said they could not rule out another {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a readout issued by {who}.",
        "Planning is already under way for a larger {noun}, which is due to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Diplomats said preparations had begun for a second {noun}, to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew a swift response from neighbouring capitals.",
        "Analysts said a similar {noun} could follow {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when} under tight security.",
        "The {noun} to be {held} {when} will be the largest of its kind, {who} said.",
        "planned",
    ),
    # compatible: the same event, the two dates nested
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {noun} {when} was the subject of a closed-door briefing for lawmakers.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Officials later said the {noun} had come {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "It was {when} that the {noun} {happened}, the ministry later confirmed.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew a swift response from neighbouring capitals.",
        "Since the {noun} {when}, neither side has commented publicly.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said.",
        "Questions about the {noun} {when} dominated a parliamentary hearing.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The {noun}, {held} {when} under tight security, went ahead without incident.",
        "compatible",
    ),
    NegativePair(
        "Officials said {event} {happened} {when}.",
        "By the account of {who}, the {noun} was {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a readout issued by {who}.",
        '"Everything changed with the {noun} {when}," a senior official said.',
        "compatible",
    ),
    # other: another instance of the same kind of event, on a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {when} drew a far more muted response.",
        "other",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Officials drew comparisons with the {year} {noun}, which {happened} {when}.",
        "other",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was not the only one of its kind: another {noun} {happened} {when}, officials noted.",
        "other",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a readout issued by {who}.",
        "A similar {noun} {when} was handled very differently, diplomats said.",
        "other",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was confirmed by {who}.",
        "Unlike the {year} {noun}, which {happened} {when}, this one was announced within hours.",
        "other",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "{Who} also reported another {noun} {when}, in the same general area.",
        "other",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said in a short written statement.",
        "It was distinct from the {noun} {when}, which involved different parties.",
        "other",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "Another {noun} was {held} {when}, with a smaller number of participants.",
        "other",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Analysts said it bore striking similarities to {a_noun} {when}.",
        "other",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records compiled by the think tank show that {a_noun} {happened} {when} as well.",
        "other",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date39a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
