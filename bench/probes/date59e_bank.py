"""DATE bank date59e, written by a blind helper, round 59 (held out). Register: military, defence and
conflict reporting (wire copy, ministry communiques, UN/NATO and monitors' statements, claims and
counter-claims)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "drone strike",
        ("took place", "was carried out", "was launched"),
        ("the army", "local officials", "a war monitor", "the defence ministry"),
    ),
    EventKind(
        "ambush",
        ("took place", "was sprung", "was launched"),
        ("the army", "a military spokesman", "police", "the rebels"),
    ),
    EventKind(
        "mutiny",
        ("broke out", "erupted", "began"),
        ("the defence ministry", "diplomats", "residents", "a government spokesman"),
    ),
    EventKind(
        "ammunition depot explosion",
        ("occurred", "happened", "took place"),
        ("the ministry of defence", "emergency services", "local officials", "the army"),
    ),
    EventKind(
        "helicopter crash",
        ("happened", "occurred", "took place"),
        ("the air force", "the defence ministry", "a military spokesman", "state media"),
    ),
    EventKind(
        "naval collision",
        ("occurred", "happened", "took place"),
        ("the navy", "the coast guard", "the defence ministry", "a naval spokesman"),
    ),
    EventKind(
        "prisoner exchange",
        ("took place", "was carried out", "went ahead"),
        ("the Red Cross", "both sides", "mediators", "the defence ministry"),
    ),
    EventKind(
        "military parade",
        ("was held", "took place", "went ahead"),
        ("state media", "the defence ministry", "the organisers", "state television"),
        hosted=True,
    ),
    EventKind(
        "live-fire exercise",
        ("was held", "took place", "was conducted"),
        ("the navy", "the joint staff", "the defence ministry", "NATO officials"),
        hosted=True,
    ),
    EventKind(
        "ceasefire violation",
        ("occurred", "took place", "was recorded"),
        ("UN monitors", "OSCE monitors", "the army", "peacekeepers"),
    ),
    EventKind(
        "missile attack",
        ("was launched", "took place", "was carried out"),
        ("the army", "the interior ministry", "air defence officials", "the rebels"),
    ),
    EventKind(
        "night raid",
        ("was carried out", "took place", "was launched"),
        ("the coalition", "special forces officials", "village elders", "the army"),
    ),
    EventKind(
        "training accident",
        ("happened", "occurred", "took place"),
        ("the army", "the defence ministry", "a military spokesman", "base officials"),
    ),
    EventKind(
        "friendly-fire incident",
        ("occurred", "happened", "took place"),
        ("the coalition", "NATO officials", "the defence ministry", "military investigators"),
    ),
    EventKind(
        "mortar barrage",
        ("began", "took place", "was fired"),
        ("peacekeepers", "the army", "residents", "a UN spokesman"),
    ),
    EventKind(
        "checkpoint bombing",
        ("took place", "was carried out", "happened"),
        ("police", "the interior ministry", "security sources", "hospital officials"),
    ),
    EventKind(
        "court-martial",
        ("was held", "opened", "took place"),
        ("the military prosecutor", "defence lawyers", "the army", "state media"),
        hosted=True,
    ),
    EventKind(
        "handover ceremony",
        ("was held", "took place", "went ahead"),
        ("NATO officials", "the defence ministry", "the mission", "state television"),
        hosted=True,
    ),
    EventKind(
        "airspace incursion",
        ("occurred", "took place", "happened"),
        ("the air force", "the joint staff", "the foreign ministry", "NATO officials"),
    ),
    EventKind(
        "mine blast",
        ("happened", "occurred", "took place"),
        ("the army", "deminers", "local officials", "a monitoring group"),
    ),
    EventKind(
        "hostage rescue",
        ("was carried out", "took place", "was mounted"),
        ("special forces officials", "the interior ministry", "the army", "police"),
    ),
    EventKind(
        "frigate sinking",
        ("happened", "occurred", "took place"),
        ("the navy", "the defence ministry", "the coast guard", "naval officials"),
    ),
    EventKind(
        "coup attempt",
        ("was launched", "took place", "unfolded"),
        ("the government", "state television", "diplomats", "the presidency"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "happened", "was carried out"),
        ("prison officials", "the justice ministry", "police", "the army"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}, though details remained sketchy.",
    "It was {when} that {event} {happened}, {who} said in a statement.",
    '"We can confirm that {event} {happened} {when}," {who} said, declining to give further details.',
    "{Who} told reporters that {event} {happened} {when} and that an inquiry was under way.",
    "Officials were still piecing together what went on during {event}, which {happened} {when}.",
    "{Event}, which {who} mentioned only briefly, in the last paragraph of a lengthy statement on "
    "operations across the region, {happened} {when}.",
    "{Event} {happened} {when}, according to {who}, whose account could not be independently verified.",
    "Footage shared on social media appeared to show {event}, which {who} said {happened} {when}.",
    "Although {event} {happened} {when}, {who} initially gave few details.",
    "{Event}, {when}, was confirmed by {who} in a short statement.",
    "What {who} described as {a_noun} {happened} {when}, though the account could not be "
    "independently verified.",
    "Handout image released by {who}, said to show {event} {when}.",
    "{Who} said in a statement that {a_noun} {happened} {when}, without giving a precise location.",
    "News of {event} {when} spread quickly through the garrison town.",
    "{Who}, in a communique that ran to several pages and covered operations across the whole "
    "sector, said {event} {happened} {when}.",
    "The timing of {event}, {when}, raised questions among analysts and diplomats alike.",
    "{Event} came {when}, {who} said.",
    "In a rare public acknowledgement, {who} confirmed that {event} {happened} {when}.",
    "{Event} was confirmed by {who}, who said it {happened} {when}.",
    "Speaking on condition of anonymity, a senior officer said {event} {happened} {when} and that "
    "the chain of command had been informed immediately.",
    "Few details were released about {event} {when}, and {who} declined to answer questions.",
    "Satellite imagery reviewed by independent analysts was consistent with {event} having taken "
    "place {when}.",
    "First reports of {event} {when} came from social media, and {who} confirmed them hours later.",
    "By the time {who} acknowledged {event}, which {happened} {when}, footage of it was already "
    "circulating online.",
    "{Who} said {event} {happened} {when}.",
)

DATE_SECOND = (
    "Since {event} {when}, little new information has emerged.",
    "Asked about {event} {when}, a spokesman declined to comment further.",
    "Investigators are still examining {event}, which {happened} {when}.",
    "In the aftermath of {event} {when}, commanders ordered a review of procedures.",
    "Residents said {event} {when} had taken them by surprise.",
    '"What happened {when} will be fully investigated," {who} said, referring to {event}.',
    '"Nobody expected it," said one officer, recalling {event} {when}.',
    "The cause of {event} {when} has not been made public.",
    "It remains unclear what led to {event} {when}.",
    "A board of inquiry into {event} {when} is expected to report its findings in due course.",
    "It was {event} {when}, rather than any earlier episode, that prompted the ministry to act.",
    "The account of {event} - which {who} said {happened} {when} - differs in several respects "
    "from that given by residents.",
    "{Event}, which came {when} and which, according to a senior officer who asked not to be named "
    "because he was not authorised to speak to the media, was discussed at a closed session of the "
    "defence committee, is now the subject of an internal review.",
    "Footage of {event} {when}, broadcast by state television, was later removed from its website.",
    "A military source told the agency that logs relating to {event} {when} had been handed to "
    "investigators.",
    "Details of {event} {when} emerged only gradually.",
    "Above: an image circulated on social media purportedly showing {event} {when}.",
    "That {event} {happened} {when} was not disputed by either side.",
    "Whatever the cause of {event} {when}, {who} said lessons would be learned.",
    "Questions about {event} {when} dominated a briefing at the ministry.",
    "Reached by telephone, a local official gave the same account of {event} {when}.",
    "{Event} {happened} {when}, the statement added.",
    "Diplomats briefed on {event}, which they said {happened} {when}, expressed concern about what "
    "it signalled.",
    "Among the questions still unanswered is why {event} {when} was not reported sooner.",
    "Witnesses said the {noun} {when} had left the district on edge.",
    "The {noun}, {when}, was mentioned only in passing in the minister's later remarks.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/scheduled thing tied to the event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A court-martial of officers linked to {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "An anniversary service marking {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {when}, was confirmed by {who}.",
        "The defence ministry said the findings of its inquiry into {event} would be made public {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Commanders involved in {event} are due to appear before a parliamentary committee {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Investigators plan to return to the scene of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "UN monitors said they would visit the site of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} came {when}, {who} said.",
        "Compensation payments to families affected by {event} are due to begin {when}.",
        "planned",
    ),
    NegativePair(
        "Details of {event} {when} remain sketchy.",
        "Findings on {event} will be presented to defence ministers {when}, officials said.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Residents said {event} {when} had taken them by surprise.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Investigators are still examining {event}, which {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The cause of {event} {when} has not been made public.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Questions about {event} {when} dominated a briefing at the ministry.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {when}, was confirmed by {who}.",
        "Footage of {event} {when} was later broadcast by state television.",
        "compatible",
    ),
    NegativePair(
        "{Event} came {when}, according to {who}.",
        "A board of inquiry into {event} {when} has yet to report.",
        "compatible",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "That {event} {happened} {when} was not disputed by either side.",
        "compatible",
    ),
    NegativePair(
        "Handout image released by {who}, said to show {event} {when}.",
        "Details of {event} {when} emerged only gradually.",
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} was reported {when} further north, according to the same statement.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Another {noun} {happened} {when} in a neighbouring province, officials said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "An earlier {noun}, {when}, had prompted similar promises of an inquiry.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Last year's {noun}, which {happened} {when}, was never fully explained.",
        "another",
    ),
    NegativePair(
        "{Event}, {when}, was confirmed by {who}.",
        "Officers compared it with the {year} {noun}, which {happened} {when} in the same sector.",
        "another",
    ),
    NegativePair(
        "{Event} came {when}, according to {who}.",
        "A similar {noun} had been reported {when} in the same district.",
        "another",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "A second {noun}, {when}, was reported in a different province and was not thought to be connected.",
        "another",
    ),
    NegativePair(
        "Details of {event} {when} remain sketchy.",
        "That incident was distinct from {a_noun} reported {when} near the border, officials said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "It recalled the {year} {noun}, which {happened} {when} and was never fully investigated.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date59e",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
