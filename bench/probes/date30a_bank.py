"""Date bank date30a, written by helper date30a, round 30 (blind author).

Register: the courts, crime and policing desk — arrests and dawn raids, robberies and
heists, stabbings and shootings, trials, verdicts, sentencing and bail hearings, appeals,
inquests, extraditions, prison escapes and riots, police reconstructions and vigils — as
court reporters and crime correspondents write it. Habits used: attribution to the court
("the court heard", "the jury was told", "the hearing was told"), to officers, prosecutors,
the defence or the coroner, placed first, last or in mid-sentence; dates fronted, after the
predicate, after the noun ("the arrest on 12 May"), inside relative clauses, appositions and
dashes; clefts ("It was ... that"); evidence frames ("Giving evidence, ...", "Cross-examined,
...", "Summing up, ..."); charge sheets, court papers and listings; captions ("Pictured:",
"File photo:"), timeline and key-date boxes; quotes; long sentences where the date sits far
from the event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "dawn raid",
        ("was carried out", "was mounted", "took place", "was launched"),
        ("detectives", "the force", "a police spokeswoman", "the officer leading the inquiry"),
    ),
    EventKind(
        "armed robbery",
        ("took place", "was carried out", "happened", "was committed"),
        ("police", "detectives", "a police spokesman", "prosecutors"),
    ),
    EventKind(
        "fatal stabbing",
        ("happened", "took place", "occurred"),
        ("police", "the coroner's officer", "detectives", "prosecutors"),
    ),
    EventKind(
        "arrest",
        ("was made", "came", "took place", "was carried out"),
        ("police", "the force", "a spokesman for the force", "the suspect's solicitor"),
    ),
    EventKind(
        "guilty verdict",
        ("was returned", "came", "was delivered", "was handed down"),
        ("court officials", "the prosecution", "the family's solicitor", "the trial judge"),
    ),
    EventKind(
        "drugs seizure",
        ("was made", "took place", "was carried out"),
        ("customs officers", "the force", "investigators", "the National Crime Agency"),
    ),
    EventKind(
        "prison escape",
        ("happened", "took place", "was carried out"),
        ("the prison service", "prison officials", "the governor", "police"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "took place", "occurred"),
        ("traffic police", "the collision investigation unit", "police", "witnesses"),
    ),
    EventKind(
        "kidnapping",
        ("took place", "happened", "was carried out"),
        ("police", "prosecutors", "detectives", "the victim's family"),
    ),
    EventKind(
        "jewellery heist",
        ("was carried out", "took place", "happened", "was pulled off"),
        ("the jeweller", "police", "detectives", "the store's owners"),
    ),
    EventKind(
        "drive-by shooting",
        ("happened", "took place", "was carried out"),
        ("police", "witnesses", "detectives", "a police spokeswoman"),
    ),
    EventKind(
        "conviction",
        ("came", "was secured", "was recorded"),
        ("prosecutors", "the Crown Prosecution Service", "court records", "the defence"),
    ),
    EventKind(
        "extradition",
        ("took place", "was carried out", "went ahead"),
        ("the Home Office", "prosecutors", "the defendant's lawyers", "officials"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("the prison service", "inmates' relatives", "the justice ministry", "union officials"),
    ),
    EventKind(
        "bail hearing",
        ("took place", "went ahead", "was heard"),
        ("court officials", "the defence", "prosecutors", "the clerk of the court"),
    ),
    EventKind(
        "sentencing hearing",
        ("took place", "went ahead", "concluded"),
        ("court officials", "prosecutors", "the victim's family", "the judge's clerk"),
    ),
    EventKind(
        "inquest",
        ("was opened", "took place", "was held"),
        ("the coroner", "the coroner's office", "the family's solicitor", "the coroner's officer"),
    ),
    EventKind(
        "appeal hearing",
        ("took place", "went ahead", "was heard"),
        ("the appeal court", "the defence", "court officials", "the appellant's lawyers"),
    ),
    EventKind(
        "reconstruction",
        ("took place", "was filmed", "was staged"),
        ("detectives", "police", "the force"),
        hosted=True,
    ),
    EventKind(
        "candlelit vigil",
        ("took place", "was held", "drew hundreds"),
        ("organisers", "the victim's family", "local councillors", "police"),
        hosted=True,
    ),
    EventKind(
        "identity parade",
        ("took place", "was held", "was conducted"),
        ("detectives", "the defence", "police", "the investigating officer"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, the court heard.",
    "{when}, {a_noun} {happened}; {who} gave no further details at the time.",
    "{Who} told the court that {event} {happened} {when}.",
    "The jury was told that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, is at the heart of the prosecution case.",
    "Details of {event} {when} can be reported for the first time after restrictions were lifted.",
    "Court papers seen by this newspaper state that {event} {happened} {when}.",
    "{when}, according to {who}, {event} {happened}.",
    "In a statement, {who} said {event} {happened} {when} and that inquiries were continuing.",
    "Pictured: {who} speaking to reporters after {event} {when}.",
    "{Event} {when} has prompted fresh questions, {who} acknowledged.",
    "Prosecutors say {event} {happened} {when}, a point the defence does not contest.",
    "It was not until after {event} {when} that the family spoke publicly.",
    "The timeline set out by {who} puts {event} {when}.",
    "Giving evidence, a detective sergeant said {event} {happened} {when}.",
    "{Who}, speaking outside the court building, said {event} {happened} {when}.",
    "{Event} — which {who} said {happened} {when} — had not previously been made public.",
    "Lawyers for the defendant accept that {event} {happened} {when}.",
    "Asked about {event} {when}, {who} declined to comment further.",
    "{when}, {event} {happened}, and within hours the case was leading the evening bulletins.",
    "The charge sheet records that {event} {happened} {when}.",
    "{Event} {happened} {when}: that much, {who} said, is not in dispute.",
    "{Event}, {who} said afterwards, {happened} {when}.",
    "When {event} {happened} {when}, few outside the force expected the case to make headlines.",
    "In evidence read to the court, {who} said {event} {happened} {when}.",
    "Reporting of {event} {when} was restricted by a court order at the time.",
    "{Event} {when} was, {who} told reporters, 'a significant moment' in the investigation.",
    "Newly disclosed documents show that {event} {happened} {when}, {who} confirmed.",
    "Speaking on condition of anonymity, a senior officer said {event} {happened} {when}.",
    "{Event}, which officers involved in the case say was one of the most complex they had"
    " dealt with, {happened} {when}.",
    "{Who} said that {event}, the subject of intense local speculation, {happened} {when}.",
    "Having reviewed the evidence, the judge found that {event} {happened} {when}.",
    "File photo: officers outside court after {event} {when}.",
    "{Event} {happened} {when} — a date {who} later confirmed in writing.",
    "Set out in a written statement from {who}, the sequence begins with {event} {when}.",
    '"{Event} {happened} {when} and we have been working on the case ever since," {who} said.',
    "{Event} was {held} {when}, {who} said.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, the court was told.",
    "Earlier in the hearing, the jury heard that {event} {happened} {when}.",
    "{Who} later said {event} {happened} {when}.",
    "It was {when}, {who} said, that {event} {happened}.",
    "{Event} {when} was the first step in what became a lengthy case.",
    "In a statement released after {event} {when}, {who} thanked the public for their help.",
    "According to the charge sheet, {event} {happened} {when}.",
    "{when}, {event} {happened} — and the case moved quickly from there.",
    "As {who} tells it, {event} {happened} {when}.",
    "Neither side disputes that {event} {happened} {when}.",
    "The {noun}, {who} confirmed, {happened} {when}.",
    "Questions remain over the handling of {event} {when}.",
    "{Who} described {event} {when} as 'a turning point'.",
    "Speaking after {event} {when}, {who} said lessons would be learned.",
    "Court listings confirm that {event} {happened} {when}.",
    "{Event} {happened}, as the court heard, {when}.",
    "Since {event} {when}, the defendant has been held on remand.",
    "Timeline: {event} {happened} {when}.",
    "Key dates: {event}, {when}.",
    "{Event} itself {happened} {when}, the hearing was told.",
    "What is clear is that {event} {happened} {when}.",
    "It is now known that {event} {happened} {when}.",
    "Pictured: the scene shortly after {event} {when}.",
    "The judge noted that {event} {happened} {when}.",
    "{Event} {when} drew heavy coverage in the local press.",
    "Lawyers for the family said {event} {happened} {when}, and called for answers.",
    "By the time {event} {happened} {when}, the case had already drawn national attention.",
    "Cross-examined, the officer agreed that {event} {happened} {when}.",
    "The {noun} that {happened} {when} remains the focus of the inquiry, {who} said.",
    "Summing up, the judge reminded jurors that {event} {happened} {when}.",
    "In the words of {who}, {event} {happened} {when}.",
    "A spokesperson for the force repeated that {event} {happened} {when}.",
    "{Event}, {when}, is described in detail in the prosecution's opening note.",
    "Jurors were shown a map of the area as it looked at the time of {event} {when}.",
    "Records from the court office put {event} {when}.",
    '"We know {event} {happened} {when}," {who} told the hearing.',
    "The {noun} {held} {when} was attended by several officers from the case.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one for something scheduled
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A further hearing connected with {event} is scheduled {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A memorial gathering for those affected by {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "The court heard that {event} {happened} {when}.",
        "A review into how police handled {event} is due to report {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} will give an update on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, the jury was told.",
        "The case linked to {event} is expected to return to court {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "An independent inquiry into {event} will open {when}.",
        "planned",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "A public meeting to discuss {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} led to a wider investigation, {who} said.",
        "The findings of that investigation into {event} are to be published {when}.",
        "planned",
    ),
    NegativePair(
        "Lawyers for the defendant accept that {event} {happened} {when}.",
        "The judge said she would rule on matters arising from {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, remains under review.",
        "A decision on the next steps following {event} is expected {when}.",
        "planned",
    ),
    # compatible: the two dates nest (same event, consistent)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {noun} {when} was confirmed in court papers seen by this newspaper.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Court records also place {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "The jury heard that {event} {happened} {when}.",
        "That account matches the force's own log, which records {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Who} said {event} {happened} {when}, in line with earlier statements.",
        "compatible",
    ),
    NegativePair(
        "Prosecutors say {event} {happened} {when}.",
        "The defence does not dispute that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Records seen by this newspaper show {event} {happened} {when}.",
        "{Event} {when}, {who} confirmed, drew an immediate reaction.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} prompted a flurry of calls to the incident room.",
        "The incident log shows {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Detailed notes kept by officers confirm {event} {happened} {when}.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the first: a separate {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The case has echoes of an earlier {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "The court heard that {event} {happened} {when}.",
        "An earlier {noun}, {when}, is being treated as unrelated.",
        "another",
    ),
    NegativePair(
        "{Event} {when} was the latest of several, {who} said.",
        "Another {noun} {happened} {when}, according to police records.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "That followed a previous {noun} {when}, which {who} said was unconnected.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The {year} {noun}, which {happened} {when}, is not thought to be linked.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "A second, unrelated {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Prosecutors say {event} {happened} {when}.",
        "They drew comparisons with an unrelated {noun} {when}.",
        "another",
    ),
    NegativePair(
        "Records show {event} {happened} {when}.",
        "Officers are also still investigating a separate {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is at the centre of the case.",
        "The {year} {noun}, which {happened} {when}, was handled by a different team of detectives.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Another {noun} in the same area {happened} {when}, a separate case file shows.",
        "another",
    ),
    NegativePair(
        "{Event} {when} shocked the community.",
        "Many still remember the {year} {noun}, which {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date30a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
