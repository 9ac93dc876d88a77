"""Place-conflict wording bank written by helper place17a, round 17. It imitates
foreign-desk and follow-up copy: explainers and analysis pieces, stories filed days or
weeks after an event that refer back to it, obituaries and profiles that mention it in
passing, captions and headlines on retrospectives, and court and inquiry reports that
recount where it happened. The event is usually old news by the time the sentence is
written, so the place tends to ride along in a relative clause, an attributive noun, a
quote or a backgrounding phrase rather than in a fresh news lede."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "ferry capsizing",
        (
            "left dozens of passengers missing",
            "claimed at least forty lives",
            "happened within sight of the shore",
        ),
        ("the coast guard", "maritime investigators", "survivors"),
    ),
    EventKind(
        "tailings dam breach",
        (
            "buried two villages in mud",
            "poisoned the river for miles downstream",
            "forced thousands from their homes",
        ),
        ("the mining company", "environmental inspectors", "local officials"),
    ),
    EventKind(
        "pilgrimage crush",
        ("killed more than sixty worshippers", "began near the main gate", "lasted less than ten minutes"),
        ("organisers", "hospital staff", "the interior ministry"),
    ),
    EventKind(
        "embassy siege",
        (
            "lasted eleven days",
            "ended when commandos stormed the compound",
            "began with a car bomb at the gate",
        ),
        ("diplomats", "the foreign ministry", "former hostages"),
    ),
    EventKind(
        "methanol poisoning",
        (
            "killed at least thirty people",
            "was traced to a single bootleg distillery",
            "filled the local hospitals",
        ),
        ("health officials", "toxicologists", "the police"),
    ),
    EventKind(
        "prison uprising",
        ("left nine inmates dead", "was put down after three days", "began in the maximum-security wing"),
        ("the prison service", "human rights monitors", "relatives of inmates"),
    ),
    EventKind(
        "cable car accident",
        ("killed fourteen tourists", "happened when a haul rope snapped", "stranded dozens above the valley"),
        ("safety inspectors", "the operator", "mountain rescuers"),
    ),
    EventKind(
        "bank run",
        (
            "emptied the branches within a day",
            "began with a rumour on social media",
            "forced the central bank to step in",
        ),
        ("depositors", "the central bank", "financial regulators"),
    ),
    EventKind(
        "convoy ambush",
        ("killed six peacekeepers", "was claimed by an armed group", "happened on the main supply road"),
        ("the peacekeeping mission", "military sources", "the defence ministry"),
    ),
    EventKind(
        "cholera outbreak",
        (
            "infected more than two thousand people",
            "was traced to a broken water main",
            "spread through the camps",
        ),
        ("the health ministry", "aid agencies", "epidemiologists"),
    ),
    EventKind(
        "sinkhole collapse",
        (
            "swallowed part of a residential street",
            "opened up beneath a bus stop",
            "brought down a three-storey block",
        ),
        ("geologists", "city engineers", "emergency services"),
    ),
    EventKind(
        "aid worker kidnapping",
        (
            "was carried out by gunmen on motorbikes",
            "ended with a ransom payment",
            "went unreported for days",
        ),
        ("their employer", "security analysts", "the aid group"),
    ),
    EventKind(
        "warehouse explosion",
        (
            "shattered windows across the port district",
            "was heard miles away",
            "killed more than a hundred people",
        ),
        ("port authorities", "fire investigators", "the prosecutor's office"),
    ),
    EventKind(
        "hunger strike",
        (
            "lasted fifty-two days",
            "ended after the detainees' demands were met",
            "drew international attention",
        ),
        ("the detainees' lawyers", "prison doctors", "campaigners"),
    ),
    EventKind(
        "ransomware attack",
        ("crippled the hospital network", "shut down the port's booking system", "took weeks to contain"),
        ("cybersecurity firms", "the hospital trust", "national cyber officials"),
    ),
    EventKind(
        "post-election riot",
        (
            "left more than twenty people dead",
            "spread across the city within hours",
            "began the night the results were read out",
        ),
        ("election observers", "opposition leaders", "rights groups"),
    ),
    EventKind(
        "pipeline rupture",
        (
            "spilled crude oil into the wetlands",
            "set off a fire that burned for days",
            "went undetected for hours",
        ),
        ("the pipeline operator", "environmental regulators", "fishermen"),
    ),
    EventKind(
        "stadium stampede",
        (
            "killed more than forty fans",
            "began when the gates were locked",
            "happened minutes before kick-off",
        ),
        ("the football federation", "police", "supporters' groups"),
    ),
    EventKind(
        "treason trial",
        ("ended in long prison sentences", "was adjourned several times", "opened under heavy guard"),
        ("defence lawyers", "trial monitors", "the prosecution"),
        hosted=True,
    ),
    EventKind(
        "donor conference",
        (
            "raised far less than had been hoped",
            "ended with a pledge of two billion dollars",
            "drew delegations from sixty countries",
        ),
        ("aid officials", "diplomats", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "peace summit",
        ("broke down after four days", "produced a fragile truce", "opened without the rebels present"),
        ("mediators", "the negotiators", "western diplomats"),
        hosted=True,
    ),
    EventKind(
        "chess olympiad",
        (
            "drew teams from more than a hundred countries",
            "ended in a surprise victory",
            "was marred by a cheating scandal",
        ),
        ("the organisers", "players", "the chess federation"),
        hosted=True,
    ),
    EventKind(
        "state funeral",
        (
            "drew tens of thousands onto the streets",
            "was attended by a dozen heads of state",
            "passed off without incident",
        ),
        ("palace officials", "the government", "mourners"),
        hosted=True,
    ),
    EventKind(
        "extradition hearing",
        ("lasted three weeks", "ended with the judge refusing the request", "was closed to the public"),
        ("the defendant's lawyers", "court reporters", "prosecutors"),
        hosted=True,
    ),
    EventKind(
        "opera premiere",
        (
            "was interrupted by protesters",
            "received a twenty-minute ovation",
            "was sold out months in advance",
        ),
        ("critics", "the opera house", "the composer's publisher"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "Three weeks on, questions remain over {event} in {where}, which {who} now say was foreseeable.",
    "It is a month since {event} {happened} in {where}, and the official account has already changed twice.",
    "In {where}, where {event} {happened}, the mood these days is one of exhaustion rather than anger.",
    "The inquiry into {event} in {where} is due to publish its findings in the spring.",
    "{Who} have yet to explain why {event} in {where} was not prevented, the report says.",
    "The {where} {noun}, as it has come to be known, has reshaped the country's politics.",
    "She was one of the first reporters to reach {where} after {event}, and filed from the scene for weeks.",
    "Witnesses to {event} in {where} told the inquiry they had received no warning at all.",
    "What happened in {where}: {event}, explained.",
    "Analysis: why {event} in {where} matters far beyond the region",
    "Ten days after {event}, the streets of {where} are quiet again.",
    "Investigators who examined the site of {event} on the outskirts of {where} found earlier damage.",
    "The verdict closes a chapter that began with {event} in {where} nearly two years ago.",
    "{Event}, which {happened} in {where}, was the worst of its kind in a decade, according to {who}.",
    "People gather in {where} a week after {event} there. (Photo: file)",
    '"Nobody here will forget {event}," a shopkeeper in {where} said this week.',
    "It was in {where} that {event} {happened}, and it is there that the reckoning has begun.",
    "The report, commissioned after {event} in {where}, runs to more than four hundred pages.",
    "{Who} are still piecing together how {event} unfolded in {where}.",
    "Much of what is known about {event} comes from footage filmed in {where} that day.",
    "Few expected {where} to be the setting for {event}.",
    "He covered wars and famines, but it was {event} in {where} he returned to most in later years.",
    "Lawyers for the families argue that {event} in {where} could have been avoided.",
    "{Event} in {where}, now the subject of a parliamentary inquiry, {happened}, {who} said at the time.",
    "When {event} was {held} in {where}, few of those present expected it to be remembered for long.",
    "That {where} hosted {event} at all was contested from the start, {who} recall.",
    "Long before {where} hosted {event}, diplomats had warned that the timing was poor.",
    "The tribunal found that {event} {happened} in {where}, not where first reported.",
    "Looking back on {event}, {who} describe {where} as unprepared for what followed.",
    "The anniversary of {event} passed quietly in {where} on Sunday, with a short ceremony at the site.",
)

PLACE_SECOND = (
    "{Event} in {where} has since become a byword for official negligence.",
    "Since {event} in {where}, {who} have called repeatedly for an independent review.",
    "Those who were in {where} for {event} describe a chaotic first hour.",
    "It is the {where} {noun} that most people still bring up, unprompted.",
    "When {event} {happened} in {where}, officials were slow to respond, the report found.",
    "The final report on {event} in {where} blames a chain of small failures rather than one mistake.",
    "Asked about {event} in {where}, she said it had changed how her agency worked.",
    "A year after {event}, {where} is still living with its consequences.",
    "Her photographs of {event} in {where} later won several awards.",
    "The inquiry heard that conditions in {where} on the day of {event} made a quick response impossible.",
    "Critics have drawn parallels between {event} in {where} and earlier failures of the same kind.",
    "One year on, {where} marks the anniversary of {event} at the site itself.",
    '"We were in {where} for {event} and saw all of it," one witness told the tribunal.',
    "The {noun} in {where}, he wrote in his memoir, was the turning point of his career.",
    "Families of those caught up in {event} in {where} are now suing.",
    "Why {event} was {held} in {where} at all remains a matter of dispute.",
    "The {noun}, {held} in {where} amid tight security, is now the subject of a formal complaint.",
    "{where}, which hosted {event}, has said it will not put itself forward again.",
    "Analysts who spent time in {where} after {event} say the real causes run deeper.",
    "The last time {who} came to {where} was to look into {event}.",
    "By the time {event} in {where} was over, its political cost was plain.",
    "Few who lived through {event} in {where} have spoken publicly about it.",
    "The court heard evidence from residents of {where}, at the centre of {event}.",
    "His report from {where} on the day of {event} was the first to reach the outside world.",
    "Footage from {where} shows the moments just before {event}.",
    "Lessons from {where}: what {event} taught {who}",
    "Prosecutors say {event} in {where} was planned weeks in advance.",
    "That {event} happened in {where}, of all places, still surprises many.",
    "Obituary: a local official in {where}, he was on hand when {event} {happened} there.",
    "The film, shot in {where}, where {event} took place, opens next month.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "It was the second {noun} this year; the first, in {other}, came months before the one in {where}.",
        "another",
    ),
    NegativePair(
        "Weeks after {event} in {where}, {who} are still counting the cost.",
        "Analysts compare the {where} {noun} with {a_noun} in {other} a decade ago.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, as {who} confirmed.",
        "The {where} {noun} was followed closely in {other}, where newspapers ran it on the front page.",
        "elsewhere",
    ),
    NegativePair(
        "The inquiry into {event} in {where} resumes next week.",
        "Among those caught up in the {where} {noun} was a retired teacher from {other}.",
        "elsewhere",
    ),
    NegativePair(
        "Survivors of {event} in {where} gave evidence on Tuesday.",
        "Lawyers in {other} have filed a separate claim over the {where} {noun} on behalf of their clients.",
        "elsewhere",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Investigators flew from {other} to {where} the morning after {event}.",
        "from_to",
    ),
    NegativePair(
        "It is a month since {event} in {where}.",
        "Some of those hurt in {event} were later moved from {where} to hospitals in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said at the time.",
        "Coverage of {event} in {where} dominated the news in {other} for weeks.",
        "contained",
    ),
    NegativePair(
        "Questions remain over {event} in {where}.",
        "Officials across {other} have studied what went wrong in {where} during {event}.",
        "contained",
    ),
    NegativePair(
        "The report on {event} in {where} was published on Monday.",
        "Nowhere in {other} was {event} felt more sharply than in {where} itself.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place17a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
