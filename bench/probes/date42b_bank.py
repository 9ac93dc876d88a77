"""DATE bank date42b, written by helper date42b, round 42 (blind author).

Register: education reporting as British education correspondents, student newspapers,
Times Higher Education / Chronicle of Higher Education and local papers write it: exam
leaks and blunders, sit-ins, encampments and occupations, lecturers' strikes and marking
boycotts, Ofsted inspections, lockdowns and evacuations, cyber attacks on university
systems, no-confidence votes, vice-chancellor resignations, graduation ceremonies.
Habits used: attribution to exam boards, unions, governors and "a university spokeswoman";
letters to parents, senate minutes, FOI releases and court papers as sources; captions;
parenthetical reminders; the date fronted, clefted, or hung on "the X on ..." noun phrases;
follow-up reviews, inquiries and governors' meetings as the planned-event negatives.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "exam leak",
        ("came to light", "was first reported", "was uncovered"),
        ("the exam board", "Ofqual", "the awarding body", "the head teacher"),
    ),
    EventKind(
        "exam blunder",
        ("came to light", "emerged", "was uncovered"),
        ("the exam board", "Ofqual", "the Joint Council for Qualifications", "the school"),
    ),
    EventKind(
        "sit-in",
        ("began", "got under way", "started"),
        ("the students' union", "organisers", "a university spokeswoman", "campus security"),
        hosted=True,
    ),
    EventKind(
        "occupation",
        ("began", "started", "was launched"),
        ("student activists", "the students' union", "the university", "a spokesman for the occupiers"),
    ),
    EventKind(
        "encampment",
        ("was set up", "sprang up", "was pitched"),
        ("organisers", "the university", "student protesters", "a university spokesman"),
    ),
    EventKind(
        "walkout",
        ("went ahead", "began", "took place"),
        ("the union", "branch officials", "organisers", "the National Education Union"),
        hosted=True,
    ),
    EventKind(
        "lecturers' strike",
        ("began", "got under way", "started"),
        ("the University and College Union", "union officials", "the UCU branch", "the university"),
    ),
    EventKind(
        "marking boycott",
        ("began", "came into force", "was launched"),
        ("the UCU", "union officials", "the university", "the students' union"),
    ),
    EventKind(
        "strike ballot",
        ("closed", "concluded"),
        ("the union", "the UCU", "union officials", "the NEU"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "took place", "was carried out"),
        ("campus security", "the fire service", "a university spokesman", "the estates department"),
    ),
    EventKind(
        "lockdown",
        ("was triggered", "was imposed", "was ordered"),
        ("police", "the head teacher", "the academy trust", "the local authority"),
    ),
    EventKind(
        "bomb hoax",
        ("forced the evacuation of the campus", "emptied the main building", "was reported"),
        ("police", "campus security", "the university", "a police spokesman"),
    ),
    EventKind(
        "gas leak",
        ("was reported", "was detected", "forced the closure of the science block"),
        ("the fire service", "the school", "the head teacher", "the local authority"),
    ),
    EventKind(
        "ceiling collapse",
        ("happened", "occurred", "took place"),
        ("the local authority", "the head teacher", "the academy trust", "the Department for Education"),
    ),
    EventKind(
        "cyber attack",
        ("was detected", "hit the university's systems", "struck"),
        (
            "the university's IT services",
            "the National Cyber Security Centre",
            "the registrar",
            "a university spokeswoman",
        ),
    ),
    EventKind(
        "ransomware attack",
        ("was discovered", "knocked the network offline", "crippled the student records system"),
        ("the university", "the National Crime Agency", "IT staff", "the chief information officer"),
    ),
    EventKind(
        "data breach",
        ("was discovered", "came to light", "was identified"),
        (
            "the Information Commissioner's Office",
            "the university",
            "the data protection officer",
            "the trust",
        ),
    ),
    EventKind(
        "network outage",
        ("began", "hit the campus", "struck"),
        ("IT services", "the university", "library staff", "the students' union"),
    ),
    EventKind(
        "inspection",
        ("was carried out", "took place", "was conducted"),
        ("Ofsted", "the inspectorate", "the head teacher", "the chair of governors"),
    ),
    EventKind(
        "no-confidence vote",
        ("was passed", "was carried", "took place"),
        ("the academic senate", "union officials", "the university court", "the staff union"),
    ),
    EventKind(
        "resignation",
        ("was announced", "was confirmed", "was made public"),
        (
            "the board of governors",
            "the chair of governors",
            "the university court",
            "the university council",
        ),
    ),
    EventKind(
        "tuition-fee vote",
        ("was passed", "took place", "went through"),
        (
            "opposition MPs",
            "the Department for Education",
            "student leaders",
            "the National Union of Students",
        ),
    ),
    EventKind(
        "possession order",
        ("was granted", "was issued", "was obtained"),
        ("lawyers for the university", "the university", "a university spokesman", "the students' union"),
    ),
    EventKind(
        "rent strike",
        ("began", "was called", "got under way"),
        ("the students' union", "organisers", "Cut the Rent campaigners", "the accommodation office"),
    ),
    EventKind(
        "hunger strike",
        ("began", "started", "got under way"),
        ("supporters", "the students' union", "the university", "campaigners"),
    ),
    EventKind(
        "graduation ceremony",
        ("took place", "went ahead", "was held"),
        ("the university", "the registry", "a university spokeswoman", "the chancellor's office"),
        hosted=True,
    ),
    EventKind(
        "teach-in",
        ("took place", "went ahead", "was held"),
        ("organisers", "the union", "lecturers", "the students' union"),
        hosted=True,
    ),
    EventKind(
        "rally",
        ("took place", "went ahead", "was held"),
        ("organisers", "the students' union", "police", "the union"),
        hosted=True,
    ),
    EventKind(
        "vigil",
        ("took place", "went ahead", "was held"),
        ("organisers", "the chaplaincy", "the students' union", "a university spokeswoman"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "{Who} confirmed that {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} said.",
    "{Event}, which {happened} {when}, has dominated conversation on campus ever since.",
    "In a statement to the student newspaper, {who} said {event} {happened} {when}.",
    "In a letter seen by this newspaper, {who} said {event} {happened} {when}.",
    "Records seen by this newspaper show that {event} {happened} {when}.",
    "Staff and students were caught off guard {when}, when {event} {happened}.",
    "{Event} {happened} {when}, prompting an emergency meeting of the senior leadership team.",
    "Speaking after {event} {happened} {when}, {who} said the welfare of students came first.",
    "The university has faced mounting criticism since {event} {happened} {when}.",
    "A report to the governing body says {event} {happened} {when}.",
    "Governors were briefed within hours after {event} {happened} {when}.",
    "Documents released under the Freedom of Information Act show {event} {happened} {when}.",
    "Minutes of the academic board record that {event} {happened} {when}.",
    "{Event}, {who} confirmed, {happened} {when}.",
    "{Event} {happened} {when}.",
    "Union members and students were emailed shortly after {event} {happened} {when}.",
    "{Event} was {held} {when}, {who} said.",
    "{Who} said {event} was {held} {when} outside the administration building.",
    "According to {who}, {event} {happened} {when}, and the university was slow to respond.",
    "{when}, {who} said, {event} {happened} with little warning.",
    "Parents first heard of it on social media: {event} {happened} {when}, {who} said.",
    "{Event} {happened} {when}, in the middle of a turbulent term for the university.",
    "The sequence of events is set out in a timeline from {who}: {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Event} that {happened} {when} is now the subject of an internal inquiry.",
    "Since {event} {happened} {when}, {who} said, the mood on campus has changed.",
    "Looking back on {event}, which {happened} {when}, {who} called it a testing time for all.",
    "Above: students gather outside the library {when}, as {event} {happened}.",
    "The handling of {event} {when} has come under scrutiny, {who} said.",
    "{Who} said the campus was all but deserted {when}, when {event} {happened}.",
    "The review will examine decisions taken in the hours after {event} {happened} {when}.",
    "{Event}, {who} reiterated, {happened} {when}.",
    "The timeline is not in dispute: {event} {happened} {when}, {who} said.",
    "For many final-year students, {event} {when} is what they will remember of the year.",
    "Questions remain over {event}, which {who} said {happened} {when}.",
    "Footage shared on social media appears to show the scene {when}, shortly after {event} {happened}.",
    "That {event} {happened} {when} was confirmed in a letter to parents.",
    "Even before {event} {happened} {when}, there had been warnings, {who} said.",
    "Since {event} {when}, attendance has fallen sharply, {who} said.",
    "By the time {event} {happened} {when}, senior managers had already been warned.",
    "{Who} said that, {when}, when {event} {happened}, no senior managers were on site.",
    "({Event} {happened} {when}.)",
    "It was {event} {when}, rather than the row over pay, that prompted the review, {who} said.",
    "The handling of {event} - which {happened} {when} - will go before the senate, {who} said.",
    "{Event}, {held} {when}, drew several hundred people, {who} said.",
    "When {event} was {held} {when}, {who} said, the mood was calm.",
    "{when}, as {event} {happened}, the vice-chancellor was abroad on university business.",
    "Asked by this newspaper to account for {event}, {who} said it {happened} {when}.",
    "The vice-chancellor, whose handling of {event} {when} drew sharp criticism, has not commented.",
    "What exactly went wrong {when}, when {event} {happened}, is still being pieced together.",
    "Students who were on campus {when}, as {event} {happened}, described confusion and few updates.",
)

NEGATIVES_DATE = (
    # planned: a follow-up to the same event, dated in the future
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The findings of an investigation into {event} are due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Governors will discuss {event} when they meet {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "{Who} said a full report on {event} would go to the senate {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, disrupted the exam timetable.",
        "Students affected by {event} have been told they can sit replacement papers {when}.",
        "planned",
    ),
    NegativePair(
        "Staff and students were caught off guard {when}, when {event} {happened}.",
        "An independent review of {event} is expected to conclude {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} said it was too early to say whether there would be another {noun} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "A second {noun} is provisionally scheduled {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Records seen by this newspaper show that {event} {happened} {when}.",
        "The university has promised to set out the lessons of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "In a letter seen by this newspaper, {who} said {event} {happened} {when}.",
        "A meeting for parents about {event} will be held at the school {when}.",
        "planned",
    ),
    # compatible: the same event, dated at another granularity that contains / lies within
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said again that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Records later confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "A timeline released by the university puts {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was {when} that {event} {happened}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Event} {when} has been described by {who} as a turning point.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has dominated conversation on campus.",
        "({Event} {happened} {when}.)",
        "compatible",
    ),
    NegativePair(
        "Staff were caught off guard {when}, when {event} {happened}.",
        "Since {event} {happened} {when}, {who} said, the campus has been calmer.",
        "compatible",
    ),
    NegativePair(
        "Minutes of the academic board record that {event} {happened} {when}.",
        "The handling of {event} {when} has come under scrutiny, {who} said.",
        "compatible",
    ),
    # another: a different instance of the same kind, with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not an isolated case: a separate {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "That was distinct from the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "At a neighbouring university, {a_noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "An unrelated {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "{Who} pointed to a different {noun} {when} as evidence of a pattern.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, left staff scrambling.",
        "At a sister school in the same trust, {a_noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Records seen by this newspaper show that {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, is still remembered on campus.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "Organisers compared it with another {noun}, {held} {when} at a rival institution.",
        "another",
    ),
    NegativePair(
        "Speaking after {event} {happened} {when}, {who} said the welfare of students came first.",
        "The university had dealt with a different {noun} {when}, {who} noted.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date42b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
