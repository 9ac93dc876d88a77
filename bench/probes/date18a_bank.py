"""Date-conflict wording bank written by helper date18a, round 18. It imitates a mixed
broadsheet-and-wire news file: foreign correspondents' dispatches, political reports,
business and markets copy written against regulatory statements, "what we know"
explainers, timelines turned into running prose, court, inquest and inquiry reports,
obituaries and anniversary features. Dates sit on the verb, on the noun, in fronted
adverbials, relative clauses, parentheticals, clefts, quotes and reported speech, with
the attributions, subordinate clauses and asides of real copy."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "no-confidence vote",
        ("took place", "was narrowly defeated", "was carried"),
        ("parliamentary officials", "opposition whips", "the Speaker's office"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "flooded the valley below", "swept away the access road"),
        ("the water authority", "emergency services", "engineers at the site"),
    ),
    EventKind(
        "profit warning",
        ("was issued", "sent the shares tumbling", "blindsided investors"),
        ("the company", "analysts", "the stock exchange"),
    ),
    EventKind(
        "takeover bid",
        ("was launched", "was tabled", "was unveiled"),
        ("the target's board", "bankers close to the deal", "people familiar with the matter"),
    ),
    EventKind(
        "acquittal",
        ("came", "was handed down", "was greeted with cheers"),
        ("court records", "defence lawyers", "the prosecution service"),
    ),
    EventKind(
        "inquest",
        ("opened", "heard its first evidence", "sat"),
        ("the coroner's office", "the family's solicitor", "court officials"),
        hosted=True,
    ),
    EventKind(
        "extradition",
        ("was carried out", "took place", "went ahead"),
        ("the justice ministry", "his lawyers", "Interpol"),
    ),
    EventKind(
        "satellite launch",
        ("took place", "went ahead", "ended in failure"),
        ("the space agency", "mission controllers", "the launch provider"),
    ),
    EventKind(
        "derailment",
        ("happened", "left carriages on their side", "occurred"),
        ("rail investigators", "the train operator", "passengers"),
    ),
    EventKind(
        "cup final",
        ("was played", "went to extra time", "ended in a penalty shoot-out"),
        ("the football association", "match officials", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("was run", "took place", "went ahead in searing heat"),
        ("race organisers", "the athletics federation", "city officials"),
        hosted=True,
    ),
    EventKind(
        "museum heist",
        ("was carried out", "took place", "netted jewels of incalculable value"),
        ("detectives", "the museum's director", "insurers"),
    ),
    EventKind(
        "hostage release",
        ("took place", "was secured", "went ahead"),
        ("the foreign ministry", "mediators", "relatives"),
    ),
    EventKind(
        "cabinet reshuffle",
        ("was carried out", "took place", "claimed three senior ministers"),
        ("the prime minister's office", "government sources", "party officials"),
    ),
    EventKind(
        "recall referendum",
        ("took place", "was lost by the governor", "drew a low turnout"),
        ("the electoral commission", "election monitors", "the governor's campaign"),
        hosted=True,
    ),
    EventKind(
        "bank run",
        ("began", "drained deposits", "gathered pace"),
        ("the central bank", "depositors", "regulators"),
    ),
    EventKind(
        "flotation",
        ("took place", "was priced", "raised more than expected"),
        ("the company", "the exchange", "the underwriters"),
    ),
    EventKind(
        "data breach",
        ("occurred", "exposed customer records", "was carried out"),
        ("the company", "security researchers", "the data regulator"),
    ),
    EventKind(
        "chemical spill",
        ("occurred", "contaminated the river", "happened"),
        ("environmental officials", "the plant's operator", "fire crews"),
    ),
    EventKind(
        "premiere",
        ("took place", "drew a standing ovation", "opened the festival"),
        ("the studio", "festival organisers", "critics"),
        hosted=True,
    ),
    EventKind(
        "kidnapping",
        ("took place", "was carried out", "happened"),
        ("police", "the family", "prosecutors"),
    ),
    EventKind(
        "court-martial",
        ("opened", "convened", "began"),
        ("the defence ministry", "military prosecutors", "the accused's lawyers"),
        hosted=True,
    ),
    EventKind(
        "volcanic eruption",
        ("began", "blanketed villages in ash", "sent ash high into the sky"),
        ("volcanologists", "the geological survey", "civil protection officials"),
    ),
    EventKind(
        "state funeral",
        ("took place", "drew thousands of mourners", "was broadcast live"),
        ("the government", "protocol officials", "the family"),
        hosted=True,
    ),
    EventKind(
        "bankruptcy filing",
        ("was made", "was lodged", "came"),
        ("court papers", "the company", "creditors"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}, although the full picture took days to emerge.",
    "{when}, {event} {happened}, {who} said in a brief statement that offered little else.",
    "What we know so far: {event} {happened} {when}, and much of what followed is still disputed.",
    "It was {when} that {event} {happened}, {who} confirmed.",
    "{Who} told reporters that {event} had taken place {when} and that inquiries were continuing.",
    (
        "Counsel for the Crown told the court that {event} "
        "{happened} {when}, a point the defence did not contest."
    ),
    "Those closest to {event} {when} describe a blur of phone calls, rumour and then a long silence.",
    "{Event}, which {happened} {when}, has prompted calls for an independent review, {who} said.",
    (
        "The sequence is now broadly agreed: {event} {happened} "
        "{when}, and the recriminations started almost at once."
    ),
    "Little has been the same since {event} {when}, in the view of {who}.",
    "{Event} – it {happened} {when}, {who} said – was not the first warning sign.",
    "According to a timeline compiled by {who}, {event} {happened} {when}.",
    "Our correspondent, who reached the area shortly afterwards, reports that {event} {happened} {when}.",
    "{Event} came {when}, {who} said, after weeks of warnings that went largely unheeded.",
    "The panel heard, in evidence that was not challenged, that {event} {happened} {when}.",
    "{Who} said in a regulatory filing that {event} {happened} {when}.",
    "Colleagues recall that she was among the first to arrive when {event} {happened} {when}.",
    "{Event} {when} left many in the capital scrambling for answers, {who} acknowledged.",
    '"When {event} {happened} {when}, nobody was ready for it," said one person briefed by {who}.',
    "Pictured: the scene shortly after {event} {when}.",
    "{Event} {happened} {when}, {who} said in a statement released before the market opened.",
    "By most accounts, including that of {who}, {event} {happened} {when}.",
    "Diplomats in the capital said {event} {happened} {when}, though {who} took longer to confirm it.",
    "The first public sign of trouble was {event} {when}, {who} said.",
    "The judge noted that {event} had occurred {when}, some time before the defendant was arrested.",
    "{Event} is understood to have taken place {when}, according to people briefed on the matter.",
    "{Event} was {held} {when}, {who} said, amid unusually tight security.",
    "In a dispatch filed that evening, our correspondent reported that {event} {happened} {when}.",
    "{Who} maintained throughout that {event} {happened} {when}, and few publicly questioned that account.",
    "Whatever else remains unclear, {event} {happened} {when}, a fact {who} did not dispute.",
)

DATE_SECOND = (
    "{Event}, {who} said later, {happened} {when}.",
    "Since {event} {when}, the mood has darkened considerably.",
    "{when}, when {event} {happened}, few outside the immediate circle took much notice.",
    "Speaking to this newspaper, one witness recalled the moment {event} {happened} {when}.",
    "The documents, reviewed by {who}, place {event} {when}.",
    (
        "Lawyers for the family said {event} {happened} {when}, which "
        "in their view made the slow response harder to explain."
    ),
    "In the aftermath of {event} {when}, {who} came under sustained criticism.",
    "{Event} {when} remains the subject of at least two separate reviews, {who} said.",
    "When {event} {happened} {when}, {who} responded within the hour.",
    "{Who} said there was no doubt that {event} {happened} {when}.",
    "Ask anyone in the area about {event} {when} and the same story comes back.",
    "{Event}, which {who} said {happened} {when}, was raised repeatedly at the hearing.",
    "She spoke publicly only once about {event} {when}, in an interview she later said she regretted.",
    (
        "Giving evidence, a senior official said {event} {happened} "
        "{when} and that the chain of command had been clear."
    ),
    "{Event} {happened} {when}, and the questions it raised have not gone away.",
    "Then, {when}, came {event}.",
    "{Event} {when} drew a swift reaction from {who}.",
    '"I remember exactly where I was when {event} {happened} {when}," one resident said.',
    "Before {event} {when}, warnings had gone unheeded for months, {who} said.",
    "{Event} ({when}, according to {who}) was not the first sign that something was amiss.",
    "Footage filmed during {event} {when} has been viewed millions of times.",
    "By the time {event} {happened} {when}, the warnings had been on file for months.",
    "Opposition figures have demanded answers over {event} {when}.",
    "Investigators are still trying to establish why {event} {happened} {when} with so little warning.",
    "Insurers, for their part, treat {event} as having occurred {when}.",
    "Records obtained under freedom of information laws show that {event} {happened} {when}.",
    "Two people with knowledge of the matter said {event} {happened} {when}.",
    "He never fully recovered from what he saw during {event} {when}, his family said.",
    "{Event}, {held} {when}, drew more attention than {who} had expected.",
    "The memory of {event} {when} hangs over much of what has happened since.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, {who} said, although the full picture is still emerging.",
        "{Who} said another {noun} could follow {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Officials are already bracing for another {noun}, possibly {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "{Who} warned that a repeat was likely {when} unless lessons were learned.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed in a short statement.",
        "Those who witnessed {event} {when} describe hours of confusion.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has prompted calls for an inquiry.",
        "The panel heard that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "What we know: {event} {happened} {when}, {who} said.",
        "Records seen by this newspaper show {event} taking place {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "That was not the first time: a previous {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {when} caught much of the capital unprepared, {who} acknowledged.",
        "Veterans of the {year} {noun}, which {happened} {when}, say this one felt different.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, questions have mounted, {who} acknowledged.",
        "It was not without precedent: {a_noun} {when} had drawn similar criticism.",
        "another",
    ),
    NegativePair(
        "{Who} told reporters that {event} had taken place {when}.",
        "A similar {noun} {when} had attracted far less attention, {who} noted.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date18a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
