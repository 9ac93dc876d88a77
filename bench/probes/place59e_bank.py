"""PLACE bank place59e, written by a blind helper, round 59 (held out). Register: military, defence and
conflict reporting (wire copy, ministry communiques, peacekeeping and monitors' statements)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "air strike",
        ("was carried out", "took place", "was launched"),
        ("the army", "the defence ministry", "a military spokesman", "local officials"),
    ),
    EventKind(
        "drone attack",
        ("took place", "was carried out", "was reported"),
        ("the air force", "regional authorities", "the defence ministry", "a military spokesman"),
    ),
    EventKind(
        "artillery barrage",
        ("took place", "was unleashed", "was reported"),
        ("war monitors", "the rebels", "the army", "local officials"),
    ),
    EventKind(
        "ambush",
        ("took place", "was sprung", "was carried out"),
        ("the army", "a rebel spokesman", "security officials", "the interior ministry"),
    ),
    EventKind(
        "mutiny",
        ("broke out", "erupted", "took place"),
        ("the defence ministry", "military sources", "the government", "a senior officer"),
    ),
    EventKind(
        "prisoner exchange",
        ("took place", "was carried out", "was completed"),
        ("the mediators", "the defence ministry", "the Red Cross", "officials on both sides"),
        hosted=True,
    ),
    EventKind(
        "ammunition depot explosion",
        ("happened", "occurred", "took place"),
        ("the army", "emergency officials", "the defence ministry", "local officials"),
    ),
    EventKind(
        "helicopter crash",
        ("happened", "occurred", "took place"),
        ("the air force", "the army", "military officials", "a defence ministry spokesman"),
    ),
    EventKind(
        "naval collision",
        ("happened", "occurred", "took place"),
        ("the navy", "the coast guard", "naval officials", "the defence ministry"),
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "was staged"),
        ("state media", "the defence ministry", "organisers", "the presidential office"),
        hosted=True,
    ),
    EventKind(
        "live-fire exercise",
        ("was held", "took place", "was conducted"),
        ("the army", "the navy", "the joint staff", "a military spokesman"),
        hosted=True,
    ),
    EventKind(
        "training accident",
        ("happened", "occurred", "took place"),
        ("the army", "military officials", "the defence ministry", "a base spokesman"),
    ),
    EventKind(
        "ceasefire violation",
        ("was reported", "occurred", "took place"),
        ("ceasefire monitors", "UN peacekeepers", "the army", "the rebels"),
    ),
    EventKind(
        "missile strike",
        ("was carried out", "took place", "was launched"),
        ("the military", "the defence ministry", "air defence officials", "regional authorities"),
    ),
    EventKind(
        "patrol boat sinking",
        ("happened", "occurred", "took place"),
        ("the navy", "the coast guard", "naval sources", "maritime officials"),
    ),
    EventKind(
        "cross-border raid",
        ("was carried out", "took place", "was launched"),
        ("the army", "border guards", "the interior ministry", "a rebel spokesman"),
    ),
    EventKind(
        "friendly-fire incident",
        ("happened", "occurred", "took place"),
        ("the coalition", "military officials", "the army", "a NATO spokesman"),
    ),
    EventKind(
        "landmine blast",
        ("happened", "occurred", "took place"),
        ("UN peacekeepers", "deminers", "local officials", "the army"),
    ),
    EventKind(
        "hostage rescue",
        ("was carried out", "took place", "was mounted"),
        ("special forces", "the interior ministry", "security officials", "the army"),
    ),
    EventKind(
        "court-martial",
        ("was held", "took place", "was convened"),
        ("military prosecutors", "the army", "defence lawyers", "the defence ministry"),
        hosted=True,
    ),
    EventKind(
        "fighter jet crash",
        ("happened", "occurred", "took place"),
        ("the air force", "the defence ministry", "military officials", "emergency services"),
    ),
    EventKind(
        "wreath-laying ceremony",
        ("was held", "took place", "was conducted"),
        ("the defence ministry", "state media", "veterans' groups", "the embassy"),
        hosted=True,
    ),
    EventKind(
        "shelling",
        ("took place", "was reported", "occurred"),
        ("war monitors", "the army", "local officials", "the rebels"),
    ),
    EventKind(
        "coup attempt",
        ("took place", "unfolded", "was foiled"),
        ("the government", "the army", "state television", "the presidency"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} near {where}, {who} said.",
    "According to {who}, {event} {happened} on the outskirts of {where}.",
    "It was near {where} that {event} {happened}, {who} said in a short statement.",
    "{Event} {happened} in {where}, {who} said, although the account could not be independently verified.",
    "Few details of {event} outside {where} had emerged by late evening, and {who} declined "
    "to give further information.",
    "In {where}, where {event} {happened}, roads were closed and journalists were kept away from the area.",
    "{Who} confirmed {a_noun} near {where} but gave no further details.",
    "Video shared on social media appeared to show {event} in {where}, though its "
    "authenticity could not be verified.",
    '"We can confirm that {event} {happened} in {where}," a military spokesman told reporters.',
    "The governor of {where} said on Telegram that {event} {happened} in the region and urged "
    "residents to remain calm.",
    "{Event} near {where} was confirmed by {who} several hours later.",
    "Residents of {where} described heavy military traffic in the hours around {event}, {who} said.",
    "Soldiers secure the area following {event} in {where}.",
    "Among the questions raised by {event} in {where} is who in the chain of command knew "
    "about it beforehand.",
    "{Who} said {event} {happened} in {where} but did not say how many personnel were involved.",
    "Late in the afternoon, {event} {happened} in {where}, {who} reported.",
    "What is known so far about {event} near {where}.",
    "{Event}, details of which {who} released only after several hours of silence and "
    "repeated questions from journalists, {happened} on the edge of {where}.",
    "{where}'s military command confirmed {event} in a statement issued late at night.",
    "{Who} told reporters that {event} had been confined to an area near {where}.",
    "Although {who} initially declined to comment, it later emerged that {event} {happened} in {where}.",
    "{Event} was {held} in {where} under heavy security, {who} said.",
    "When word of {event} near {where} first emerged, {who} declined to confirm it.",
    "{Event} -- near {where}, according to {who} -- drew swift attention from defence officials.",
    "Opposition-linked channels claimed {event} {happened} in {where}, a claim {who} neither "
    "confirmed nor denied.",
    "A brief communique from {who} placed {event} in {where}, without elaborating.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly through military channels.",
    "Officials were still assessing the consequences of {event} in {where}.",
    "Questions over {event} near {where} are likely to be raised in parliament.",
    "{Event} in {where} has already prompted calls for an internal review, {who} said.",
    "It was the {where} {noun} that drew the sharpest response from defence officials.",
    "Since {event} in {where}, commanders have tightened procedures, according to {who}.",
    "Images from {where} taken after {event} showed military vehicles lining the roads.",
    "The {noun} at {where} was the most closely watched of its kind in recent memory, analysts said.",
    "Defence analysts said {event} in {where} pointed to shifting priorities within the armed forces.",
    "Asked about {event} in {where}, the minister said only that an assessment was under way.",
    "Those who witnessed {event} near {where} described a heavy military presence.",
    "Before {event} near {where}, the area had seen little military activity, residents said.",
    "Part of the reason {event} in {where} attracted so much attention, one analyst said, was its timing.",
    "Reports from {where} after {event} suggested that security had been stepped up across the area.",
    "{Who} later released a fuller account of {event} in {where}.",
    "{Event} at {where}, the officer added, had been reported up the chain of command within the hour.",
    "Whatever the full picture of {event} near {where}, the episode has become a talking point "
    "in the capital.",
    "A second statement on {event} in {where} is expected from {who}.",
    "Troops gather in {where} in the wake of {event}.",
    "The officers said that {event}, which had been the talk of the barracks for days "
    "afterwards and prompted a flurry of internal memos, {happened} no more than a few "
    "kilometres from the centre of {where}.",
    '"Everyone here is still talking about {event} in {where}," one soldier said.',
    "{where}'s {noun}, as it quickly became known among troops, was discussed at length inside the ministry.",
    "When {event} was {held} in {where}, few outside the military paid much attention.",
    "{Who} insisted that {event} in {where} had been handled in line with regulations.",
    "Coverage of {event} in {where} was tightly controlled, with reporters allowed only limited access.",
    "Because {event} {happened} in {where}, responsibility for the inquiry fell to the regional command.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "A team of military investigators was dispatched from {other}, the regional capital, "
        "to examine the site.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} on the outskirts of {where}.",
        "Commanders at the district headquarters in {other} said they were monitoring the situation closely.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed {a_noun} in {where}.",
        "Reinforcements were moved up from the garrison at {other}, some hours' drive away.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "The regional military prosecutor, whose office is in {other}, has taken charge of the case.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Most of the troops involved had been deployed from bases around {other} earlier in the month.",
        "origin",
    ),
    NegativePair(
        "It was near {where} that {event} {happened}, according to {who}.",
        "Medical supplies and engineering equipment were flown in from {other} overnight.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} close to {where}.",
        "The unit at the centre of {event} had originally been raised in {other}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Several personnel were later taken to a military hospital in {other} for checks.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "The defence minister, who had visited the area, flew on to {other} later the same day.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Documents and equipment from the site were sent to {other} for examination by specialists.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking at a news conference in {other}, the defence minister declined to give further details.",
        "reporter",
    ),
    NegativePair(
        "{Who} reported {a_noun} near {where}.",
        "The statement, issued by the general staff in {other}, described the situation as under control.",
        "reporter",
    ),
    NegativePair(
        "Reports of {a_noun} near {where} could not be independently verified.",
        "A spokesman for the peacekeeping mission, speaking from its headquarters in {other}, "
        "said monitors were seeking access.",
        "reporter",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "Diplomats briefed on the matter in {other} said they had been given only a partial account.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "One of the officers involved, a father of two, lives in {other}, his family said.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The contractor responsible for maintaining the equipment is based in {other}.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "The commander of the unit, a native of {other}, has served in the army for more than twenty years.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It came less than a year after a similar {noun} in {other}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "Analysts compared it with {a_noun} in {other} that drew international criticism.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed {a_noun} in {where}.",
        "An earlier {noun} in {other} had prompted a review of procedures that was never completed.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "An inquiry into {event} is due to open in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "Defence ministers from the region are expected to discuss the matter when they meet in {other}.",
        "planned",
    ),
    NegativePair(
        "It was near {where} that {event} {happened}, {who} said.",
        "Military prosecutors said hearings in the case would be held in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Relatives of soldiers gathered outside the defence ministry in {other} demanding information.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "In {other}, hundreds of people took to the streets to protest over {event}.",
        "reaction",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Flags flew at half-mast over barracks in {other} as news of {event} spread.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place59e",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
