"""PLACE bank place29a, written by helper place29a, round 29 (blind author).

Register: conflict, humanitarian and Middle East / Gulf English-language reporting (Al Jazeera
English, The National, Arab News, UN/NGO situation reports, a wire service's Middle East desk):
airstrikes, shelling, drone and missile attacks, evacuations, ambushes on aid convoys, rounds of
truce talks, prisoner swaps and hostage releases, protests, shipwrecks of migrant boats,
bombings, summits and donor conferences. Habits of phrasing: heavy attribution placed first,
last or in the middle ("according to ...", "... said in a statement", "a spokesperson for ...
declined"), long sentences with background clauses between the event and its place, "in
northern X", "X's Y" and "the X Y" compounds, clefts, datelines ("X — ..."), photo captions,
situation-report wording, "could not independently verify", and in the hard negatives
"X-based" monitors, correspondents "reporting from" elsewhere, nationals of other countries,
news received abroad and follow-up meetings planned elsewhere.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "airstrike",
        (
            "killed at least 12 people",
            "flattened a residential block",
            "hit a crowded marketplace",
            "struck shortly before dawn",
        ),
        ("the health ministry", "the civil defence agency", "the UN humanitarian office", "the army"),
    ),
    EventKind(
        "shelling",
        (
            "killed three children",
            "damaged the main water station",
            "continued through the night",
            "forced hundreds of families to flee",
        ),
        ("the local council", "the health ministry", "a monitoring group", "the Red Crescent"),
    ),
    EventKind(
        "drone attack",
        (
            "targeted an oil facility",
            "set a fuel depot ablaze",
            "caused no casualties",
            "disrupted air traffic for hours",
        ),
        ("the defence ministry", "the state news agency", "the coalition", "the interior ministry"),
    ),
    EventKind(
        "evacuation",
        (
            "got under way at first light",
            "was suspended after fighting resumed",
            "moved more than 2,000 people",
            "was completed overnight",
        ),
        (
            "the UN refugee agency",
            "the Red Crescent",
            "the International Committee of the Red Cross",
            "the UN humanitarian office",
        ),
    ),
    EventKind(
        "ambush",
        (
            "killed two truck drivers",
            "forced the aid convoy to turn back",
            "left several aid workers injured",
            "took place on a desert road",
        ),
        ("the World Food Programme", "the UN humanitarian office", "the aid group", "the interior ministry"),
    ),
    EventKind(
        "round of talks",
        (
            "ended without a deal",
            "broke up in acrimony",
            "made limited progress",
            "stalled over the sequencing of a truce",
        ),
        ("the foreign ministry", "the mediation team", "the UN envoy's office", "the Arab League"),
        hosted=True,
    ),
    EventKind(
        "prisoner swap",
        (
            "freed nearly 200 detainees",
            "went ahead after last-minute delays",
            "was overseen by the Red Cross",
            "passed off without incident",
        ),
        (
            "the International Committee of the Red Cross",
            "the prisoners' affairs commission",
            "the interior ministry",
            "the negotiating committee",
        ),
    ),
    EventKind(
        "protest",
        (
            "drew thousands onto the streets",
            "was broken up with tear gas",
            "turned violent after dark",
            "ended peacefully",
        ),
        (
            "the organising committee",
            "the interior ministry",
            "a local rights group",
            "Amnesty International",
        ),
    ),
    EventKind(
        "shipwreck",
        (
            "left dozens missing",
            "claimed at least 40 lives",
            "happened in rough seas",
            "involved an overcrowded fishing boat",
        ),
        (
            "the coastguard",
            "the International Organization for Migration",
            "the UN refugee agency",
            "a rescue charity",
        ),
    ),
    EventKind(
        "bombing",
        (
            "killed at least 14 people",
            "tore through a busy market",
            "was claimed by an armed group",
            "targeted a security checkpoint",
        ),
        ("the interior ministry", "the police", "the health ministry", "state television"),
    ),
    EventKind(
        "summit",
        (
            "ended with a joint communique",
            "opened with calls for an immediate ceasefire",
            "was overshadowed by the war",
            "closed without a final statement",
        ),
        ("the Arab League", "the host government", "the Gulf Cooperation Council", "the foreign ministry"),
        hosted=True,
    ),
    EventKind(
        "hostage release",
        (
            "went ahead as planned",
            "was delayed by several hours",
            "freed four captives",
            "was brokered by mediators",
        ),
        (
            "the International Committee of the Red Cross",
            "the prime minister's office",
            "the military",
            "the families' forum",
        ),
    ),
    EventKind(
        "raid",
        (
            "lasted several hours",
            "ended with dozens of arrests",
            "killed two fighters",
            "targeted a refugee camp",
        ),
        ("the military", "the health ministry", "a local human rights group"),
    ),
    EventKind(
        "cholera outbreak",
        (
            "spread rapidly through the camps",
            "killed dozens of children",
            "overwhelmed local clinics",
            "was traced to a contaminated well",
        ),
        (
            "the World Health Organization",
            "the health ministry",
            "Doctors Without Borders",
            "the UN children's agency",
        ),
    ),
    EventKind(
        "missile strike",
        (
            "hit a power station",
            "wounded more than 30 people",
            "caused a large blaze",
            "set off air-raid sirens across the area",
        ),
        ("the air force", "the emergency services", "the regional administration", "the defence ministry"),
    ),
    EventKind(
        "donor conference",
        (
            "raised $1.2bn in pledges",
            "fell short of its target",
            "drew more than 60 delegations",
            "closed with fresh pledges of aid",
        ),
        (
            "the UN humanitarian office",
            "the European Commission",
            "the host government",
            "the organising committee",
        ),
        hosted=True,
    ),
    EventKind(
        "camp fire",
        (
            "gutted hundreds of tents",
            "broke out in the early hours",
            "left thousands without shelter",
            "spread quickly in strong winds",
        ),
        ("the civil defence agency", "the UN refugee agency", "the camp administration"),
    ),
    EventKind(
        "siege",
        (
            "was lifted after 40 days",
            "cut off food and fuel supplies",
            "ended with a negotiated surrender",
            "lasted nearly a month",
        ),
        ("a monitoring group", "the UN humanitarian office", "the local council"),
    ),
    EventKind(
        "ceasefire",
        ("collapsed within hours", "took effect at midnight", "largely held", "was repeatedly violated"),
        ("the mediation team", "the foreign ministry", "the army", "a monitoring group"),
    ),
)

PLACE_FIRST = (
    "{Event} in {where} {happened}, according to {who}, in what observers described as a turning "
    "point in a conflict now well into its second year.",
    "According to {who}, {event} near {where} {happened} as the humanitarian situation across the "
    "region continued to deteriorate.",
    "{Who} said {a_noun} in {where} {happened}, the latest development in a crisis that has "
    "displaced millions and drawn repeated appeals for restraint.",
    "In {where}, where aid agencies have warned for months that basic services are close to "
    "collapse, {event} {happened}.",
    "{where}'s {noun}, which {who} said {happened}, dominated the front pages of regional newspapers.",
    "The {where} {noun} {happened}, {who} said in a statement released late in the evening.",
    "Speaking to reporters, a spokesperson for {who} confirmed that {event} in {where} {happened}.",
    "{Event} in {where}, which {who} said {happened}, came after weeks of mounting tension and "
    "fruitless diplomatic efforts.",
    "{Event} — the most significant of its kind in {where} in recent memory — {happened}, {who} said.",
    "It was in {where} that {event} {happened}, {who} told Al Jazeera.",
    "{where} — {Event} {happened}, {who} said, as international pressure grew for an end to the fighting.",
    "Footage verified by independent analysts showed crowds gathering in {where} shortly after "
    "{event}, which {who} said {happened}.",
    "Pictured: people gather in {where} in the aftermath of {event}, which {happened}, according to {who}.",
    "In its latest situation report, {who} said {event} in {where} {happened} and that humanitarian "
    "access remained severely restricted.",
    "{a_noun} in {where} {happened}, {who} said, in what many residents called the most "
    "consequential moment in months.",
    "Local media in {where} reported that {event} {happened}, a claim later confirmed by {who}.",
    "{Who} told the Reuters news agency that {event} {happened} in {where}, adding that further "
    "details would be released once they had been verified.",
    "The {noun} that {happened} in {where} drew swift reactions from regional capitals, diplomats said.",
    "Regional governments were quick to respond after {event} in {where} {happened}, {who} said.",
    "{Event} in and around {where} {happened}, said an official at {who}, speaking on condition of "
    "anonymity because they were not authorised to brief the media.",
    "Citing {who}, state television reported that {event} in {where} {happened}.",
    "The {noun} in {where}, which {happened}, has added to the pressure on mediators working to "
    "secure a lasting truce.",
    "Amid mounting international concern, {event} {happened} in {where}, {who} confirmed.",
    "{Who} gave a detailed account of {event} in {where}, which it said {happened}.",
    "Diplomats said {event} in {where}, which {happened}, could reshape the regional balance of power.",
    "Authorities in {where} said {event} there {happened}.",
    "{Event} in northern {where} {happened}, {who} said, adding that teams on the ground were "
    "still assessing the situation.",
    "As night fell over {where}, {event} {happened}, according to {who}.",
    "What {who} called {a_noun} of unprecedented scale {happened} in {where}.",
    "{Event} in {where}, {who} said, {happened}.",
    "Near {where}, {event} {happened}, according to an initial assessment by {who}.",
    "In a post on X, formerly Twitter, {who} said {a_noun} had taken place in {where} and that it "
    "{happened}.",
    "Hours after {event} in {where} {happened}, {who} warned that the coming days would be critical.",
    "{Event}, {held} in {where} under tight security, {happened}, {who} said.",
    "{where} hosted {event}, which {happened}, according to {who}.",
    "{Event} was {held} in {where} at the invitation of the host government and {happened}, "
    "according to {who}.",
)

PLACE_SECOND = (
    "{Who} said it was too early to judge what {event} in {where} would mean for the wider conflict.",
    "Details of {event} in {where} emerged only slowly, with telecommunications in the area repeatedly cut.",
    "Analysts said the {where} {noun} underscored how fragile the situation on the ground remained.",
    "A spokesperson for the UN Secretary-General said he was following {event} in {where} with deep concern.",
    "Reaction to {where}'s {noun} was swift, with several governments issuing statements within hours.",
    "Much about {event} in {where} remains unclear, {who} acknowledged in a briefing to journalists.",
    "Images from {where} in the hours after {event} circulated widely on social media.",
    "Al Jazeera could not independently verify the details of {event} in {where}.",
    "Diplomats said {event} in {where} had complicated efforts to reach a broader settlement.",
    "{Event} in {where} prompted an emergency meeting of Arab League foreign ministers.",
    "Earlier, {who} had issued a preliminary account of {event} in {where}, which it later updated.",
    "Asked about {event} in {where}, a spokesperson for {who} declined to give further details.",
    "A statement issued by {who} on {event} in {where} offered few specifics.",
    "Aid workers who reached {where} after {event} described the needs there as overwhelming.",
    "According to a timeline compiled by {who}, {event} unfolded over several hours in {where}.",
    "The {noun} in {where} — the subject of sharply conflicting accounts from the parties — is "
    "expected to come up when negotiators next meet.",
    "For many across the region, {event} in {where} was a moment they would not soon forget.",
    "{Who} later issued a revised account of {event} in {where}, citing new information from teams "
    "on the ground.",
    "The scale of {event} in {where} took many observers by surprise, {who} said.",
    "Regional broadcasters interrupted their programming to carry footage of {event} in {where}.",
    "In {where} itself, {event} was widely seen as a sign of what lay ahead.",
    "Eyewitnesses to {event} in {where} told Al Jazeera that the situation changed within minutes.",
    "{Event}, which {who} has described in some detail and which drew statements from across the "
    "region, took place in {where}.",
    "People gather in {where} following {event} (Reuters).",
    "The government said it would release its own findings on {event} in {where} once an internal "
    "review was complete.",
    "What took place during {event} in {where} is likely to be scrutinised for months to come.",
    "It was {event} in {where}, {who} said, that changed the calculations of all sides.",
    "Questions have been raised over how {event} in {where} was handled by the authorities.",
    "Coverage of the {where} {noun} dominated front pages across the region.",
    "{where} — Officials were still piecing together what happened during {event}, {who} said.",
    "With {event} in {where} still dominating the headlines, {who} called for calm.",
    "Following {event} in {where}, {who} said it had stepped up its monitoring.",
    "{Who}'s account of {event} in {where} differed in several respects from those of other parties.",
    "Footage from near {where} showed the immediate aftermath of {event}.",
    "The {noun}, which took place in {where} according to {who}, was discussed at length at the UN "
    "Security Council.",
    "{where}, which hosted {event}, stepped up security for its duration.",
    "{Event} was {held} in {where} amid tight security, with roads around the venue sealed off.",
    "That {event} was {held} in {where} at all was seen by many as a diplomatic coup for the hosts.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "News of {event} reached families in {other} within hours, relatives told Al Jazeera.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Among those caught up in {event} in {where} was an aid worker from {other}, colleagues said.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} confirmed.",
        "Speaking from {other}, the foreign minister said {event} in {where} should be a wake-up call "
        "for the region.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} near {where} {happened}.",
        "The {other}-based monitoring group said it had documented {event} in {where} through a "
        "network of sources on the ground.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Some of those involved in {event} were later flown to {other}, officials said.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "An earlier {noun} in {other} had drawn far less international attention.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Officials said the next {noun} would be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Event} was {held} in {where} after plans to stage it in {other} fell through.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {a_noun} in {where} {happened}.",
        "Reporting from {other}, Al Jazeera's correspondent said {event} in {where} had been closely "
        "watched across the region.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Flights from {other} to {where} were suspended in the days after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Unlike {event} in {where}, a comparable {noun} in {other} passed almost unnoticed.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Solidarity rallies were held in {other} after {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} in {where} {happened}.",
        "The UN envoy travelled from {other} to {where} shortly after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Condolence messages poured in from {other} following {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "{other}'s foreign ministry said none of its citizens had been affected by {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Officials in {other} said they were monitoring the aftermath of {event} in {where} closely.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "{Who} said a follow-up {noun} was being planned in {other} later in the year.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Many of those caught up in {event} had fled to {where} from {other} years earlier.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, according to {who}.",
        "Markets in {other} dipped on news of {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Satellite images of {event} in {where} were analysed by researchers in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "Aid agencies warned that {a_noun} like the one in {where} could soon happen in {other} as well.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "The family of a volunteer from {other} who was caught up in {event} said they were waiting "
        "for news.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "It was the most significant {noun} {other} had seen in years, analysts said.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} in {where} {happened}.",
        "Authorities across {other} were placed on high alert after {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "{Event} drew attention across {other}, where officials said they were reviewing security "
        "arrangements.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "For {other}, {event} in {where} was a sobering reminder of how quickly things can escalate.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "State media in {other} gave extensive coverage to {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Travel within {other} was disrupted for hours during {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Security across {other} was tightened in the wake of {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "It was {other}'s first {noun} of its kind since the conflict began, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place29a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
