"""PLACE bank place54b, written by a blind helper, round 54 (held out). Register: courts, schools and public
institutions -- trials and hearings, school lockdowns, campus protests, prison riots, council meetings that
turned rowdy, hospital evacuations, museum thefts -- as local TV websites, court reporters and education
correspondents write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "school lockdown",
        ("was imposed", "was ordered", "took place"),
        ("the school district", "police", "the principal", "a district spokeswoman"),
    ),
    EventKind(
        "prison riot",
        ("broke out", "erupted", "took place"),
        ("the corrections department", "prison officials", "the guards' union", "the justice ministry"),
    ),
    EventKind(
        "museum theft",
        ("took place", "was discovered", "was carried out"),
        ("museum staff", "police", "the museum's director", "the gallery's insurers"),
    ),
    EventKind(
        "bail hearing",
        ("took place", "was held", "went ahead"),
        ("defence lawyers", "prosecutors", "court officials", "the court clerk"),
    ),
    EventKind(
        "campus sit-in",
        ("began", "took place", "was staged"),
        ("student organisers", "the university", "campus police", "the students' union"),
        hosted=True,
    ),
    EventKind(
        "council meeting",
        ("took place", "descended into chaos", "was held"),
        ("the town clerk", "the mayor's office", "councillors", "residents who attended"),
    ),
    EventKind(
        "hospital evacuation",
        ("was ordered", "took place", "was carried out"),
        ("the health authority", "hospital management", "fire crews", "a hospital spokesman"),
    ),
    EventKind(
        "prison van ambush",
        ("happened", "took place", "was carried out"),
        ("the prison service", "police", "the interior ministry", "a guards' representative"),
    ),
    EventKind(
        "courtroom brawl",
        ("broke out", "erupted", "took place"),
        ("court officers", "bailiffs", "witnesses", "the court administrator"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "happened", "was discovered"),
        ("prison authorities", "the sheriff's office", "police", "the justice ministry"),
    ),
    EventKind(
        "teachers' strike",
        ("began", "took place", "went ahead"),
        ("the teachers' union", "the education department", "school administrators", "union officials"),
        hosted=True,
    ),
    EventKind(
        "school roof collapse",
        ("happened", "occurred", "took place"),
        ("the education authority", "building inspectors", "the fire service", "the headteacher"),
    ),
    EventKind(
        "archive fire",
        ("broke out", "started", "was reported"),
        ("fire officials", "the archive's director", "the fire brigade", "city officials"),
    ),
    EventKind(
        "town hall occupation",
        ("began", "took place", "was staged"),
        ("protest organisers", "the council", "police", "council staff"),
    ),
    EventKind(
        "school bus crash",
        ("happened", "occurred", "took place"),
        ("state troopers", "the school district", "the transport authority", "a district spokesman"),
    ),
    EventKind(
        "gallery vandalism",
        ("happened", "took place", "was discovered"),
        ("gallery staff", "police", "the museum's trustees", "the culture ministry"),
    ),
    EventKind(
        "inmate hunger strike",
        ("began", "started", "took place"),
        (
            "prisoners' advocates",
            "the prison service",
            "lawyers for the inmates",
            "the corrections department",
        ),
    ),
    EventKind(
        "courthouse bomb threat",
        ("was received", "was phoned in", "was reported"),
        ("court staff", "police", "the bomb squad", "the county sheriff"),
    ),
    EventKind(
        "disciplinary tribunal",
        ("sat", "took place", "was convened"),
        ("the regulator", "the professional body", "the tribunal clerk", "counsel for the accused"),
    ),
    EventKind(
        "sentencing hearing",
        ("took place", "went ahead", "was held"),
        ("prosecutors", "the victim's family", "court officials", "the defence"),
    ),
    EventKind(
        "inquest",
        ("opened", "was held", "resumed"),
        ("the coroner's office", "the coroner", "lawyers for the family", "court staff"),
    ),
    EventKind(
        "school stabbing",
        ("happened", "occurred", "took place"),
        ("police", "the headteacher", "the local authority", "paramedics"),
    ),
    EventKind(
        "hospital blackout",
        ("happened", "occurred", "struck"),
        ("the hospital trust", "the grid operator", "hospital staff", "the health ministry"),
    ),
    EventKind(
        "student protest",
        ("took place", "turned violent", "was staged"),
        ("student leaders", "the university", "riot police", "campus security"),
        hosted=True,
    ),
    EventKind(
        "graduation walkout",
        ("took place", "happened", "was staged"),
        ("the university", "student organisers", "graduating students", "a college spokeswoman"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Tuesday morning, {who} said.",
    "In {where}, {event} {happened} shortly after 10 a.m., according to {who}.",
    "{Who} confirmed that {event} {happened} on the outskirts of {where} late on Thursday.",
    "It was in {where} that {event} {happened}, {who} told reporters on Wednesday.",
    "{Event}, which {happened} in {where} on Monday afternoon, has prompted calls for an independent review.",
    "{Event} {happened} in central {where}, {who} said, the first of its kind there in living memory.",
    "Officials in {where}, where {event} {happened} on Sunday, said a full report would be published "
    "within a month.",
    "{where}'s residents woke on Saturday to news that {event} had taken place on their doorstep.",
    "{Event} {happened} outside {where} on Friday, and {who} said further details would be released later.",
    "Onlookers gather in {where}, the scene of {event}, on Tuesday evening.",
    '{Event} {happened} in {where}, {who} said, in what one witness described as "an hour of total '
    'confusion".',
    "{Who} will review how {event} in {where} was handled in its first few hours.",
    "Local television crews were broadcasting live from {where}, where {event} {happened} on Monday.",
    "{Event} in {where} has left local officials with more questions than answers.",
    "According to {who}, {event} {happened} at about 2:30 p.m. in {where}.",
    "The first reports of {event} in {where} came in just before midday, {who} said.",
    "Speaking in {where} hours after {event} {happened} there, {who} said lessons would be learned.",
    "{Event}, which {who} said {happened} in {where}, is now the subject of a formal inquiry.",
    "{Event} {happened} at a location in {where} that {who} declined to identify further.",
    "News of {event} in {where} spread quickly on social media on Monday night.",
    "Local TV footage showed the scene in {where} shortly after {event} {happened}.",
    "{Event} {happened} near {where}, {who} said in a statement on Saturday.",
    "{Event} was {held} in {where} on Wednesday, {who} said.",
    "{Event}, {held} in {where} over the weekend, drew a larger crowd than expected, {who} said.",
    "{Event} {happened} a short drive from {where} early on Sunday, {who} said.",
    "Staff and visitors were told on Wednesday afternoon that {event} had taken place in {where}.",
)

PLACE_SECOND = (
    "Footage filmed in {where} during {event} was later shared widely online.",
    "{Who} said that, before {event} in {where}, there had been no obvious warning signs.",
    "Back in {where}, where {event} {happened}, people said they still wanted answers.",
    '{Who} later said {event} in {where} had been handled "by the book".',
    "Witnesses to {event} in {where} are being asked to come forward, {who} said.",
    "Those present in {where} when {event} {happened} described a chaotic scene.",
    "A full report into {event} in {where} is expected by the end of the month.",
    "{where}'s residents are still coming to terms with {event} on their doorstep, {who} said.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "{Event} in {where} was the first of its kind in the region since 2009, according to {who}.",
    "Security in {where} has been tightened since {event} there, {who} said.",
    "{Event} in {where} was also raised at a meeting of regional officials on Thursday.",
    "A timeline released by {who} shows {event} in {where} unfolded over roughly two hours.",
    "{Event} in {where} came at a difficult time for {who}.",
    "Families gathered in {where} on Wednesday evening, a day after {event} there.",
    "In {where}, where {event} {happened}, normal business is due to resume on Monday.",
    "Officials in {where}, the scene of {event}, said it had exposed gaps in their planning.",
    "The building in {where} where {event} {happened} remained closed on Thursday.",
    "{Event} was not the first time {where} had faced such a situation, {who} noted.",
    "Speaking after {event} in {where}, {who} praised staff for their response.",
    "It is still not clear what led to {event} in {where}, {who} said.",
    "When {event} was {held} in {where}, organisers counted more than 300 participants.",
    "In the days after {event} in {where}, {who} received dozens of complaints.",
    "Investigators returned to {where} on Monday to re-examine the spot where {event} {happened}.",
    '"What happened in {where} should never have happened," {who} said of {event}.',
    "Pictured: the street in {where} where {event} {happened} last week.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where} on Tuesday, {who} said.",
        "Inspectors from {other} were sent to help with the review of {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} late on Monday.",
        "Officials in {other} said they were being kept informed about {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} outside {where} on Thursday evening, according to {who}.",
        "Any case arising from {event} would be heard in {other}, where the district court sits.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} just after lunchtime.",
        "Staff at a sister institution in {other} were briefed on {event} the same afternoon.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where} on Wednesday, {who} said.",
        "A specialist team from {other} arrived later that evening to assist.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Several of those caught up in {event} had travelled from {other} that morning.",
        "origin",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, stretched local resources to the limit.",
        "Extra officers from {other} were drafted in after {event}, {who} said.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where} on Friday morning.",
        "Several of those involved were later transferred to {other}, {who} said.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Buses carrying people away from {event} headed for {other} shortly before dusk.",
        "destination",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "The case file on {event} has been sent to {other} for review by senior officials.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where} on Monday, {who} said.",
        'Speaking to reporters in {other} on Tuesday, a minister called {event} "deeply troubling".',
        "reporter",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who} late on Sunday.",
        "The news was first broken by a radio station in {other}.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} near {where}, according to {who}.",
        "{Who} gave details of {event} at a news conference in {other} on Thursday.",
        "reporter",
    ),
    NegativePair(
        "In {where}, {event} {happened} on Wednesday afternoon.",
        "Commenting on {event} from {other}, a spokesperson said a fuller statement would follow.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The security firm responsible, which is based in {other}, said it was cooperating fully.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Saturday.",
        "A lawyer representing several of those involved, who practises in {other}, declined to "
        "comment on {event}.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} outside {where} on Monday.",
        "The contractor, a {other}-based company, has been asked to explain its role in {event}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where} on Tuesday, {who} said.",
        "It follows a similar {noun} in {other} last spring.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} drew comparisons with earlier cases.",
        "A second {noun}, in {other}, was reported hours later but is not thought to be linked, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} shortly before noon.",
        "The last time {a_noun} made national news was in {other} in 2017.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where} on Thursday, according to {who}.",
        "{Who} said a review panel would sit in {other} next month to examine {event}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Had {event} dragged on into the night, officials said, people would have been moved to {other}.",
        "planned",
    ),
    NegativePair(
        "In {where}, {event} {happened} on Monday night.",
        "A training exercise based on {event} will be run in {other} in the spring.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where} on Friday, {who} said.",
        "Hundreds gathered in {other} on Saturday for a vigil for those affected by {event}.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} late on Tuesday.",
        "Protesters marched in {other} the next day, demanding answers over {event}.",
        "reaction",
    ),
    NegativePair(
        "{Event} in {where} has been widely condemned.",
        "In {other}, students held a silent protest about {event} on Wednesday.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place54b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
