"""DATE bank date39b, written by helper date39b, round 39 (blind author).

Register: health, medicine and science reporting -- health desks, STAT-style medical trade
press, hospital and public-health press releases, and the English-language dailies of South
Asia and Africa (Times of India, Dawn, Daily Nation, Punch). Events: outbreaks and clusters,
index cases, vaccination and polio drives, clinical holds and enrolment pauses, drug and syrup
recalls, hospital fires, power and oxygen failures, chlorine leaks, mass poisonings, doctors'
strikes, nurses' pickets and sit-ins, transplants and separation surgeries, baby swaps,
heatwaves. Habits used: official bulletins and situation reports, "the health department
confirmed", "it was gathered that", "reacting,", "the said", passive voice, long official
titles for the people quoted, follow-ups, quotes and captions that refer back to the incident.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cholera outbreak",
        ("was declared", "was officially declared", "was notified"),
        ("the district health officer", "the county department of health", "the Ministry of Health"),
    ),
    EventKind(
        "measles cluster",
        ("was detected", "was identified", "was first identified"),
        ("the state epidemiologist", "the public health unit", "the provincial surveillance officer"),
    ),
    EventKind(
        "index case",
        ("was detected", "was identified", "was first reported"),
        (
            "the Nigeria Centre for Disease Control",
            "the Ministry of Health",
            "the national rapid response team",
        ),
    ),
    EventKind(
        "anthrax scare",
        ("erupted", "was reported", "began"),
        ("the district veterinary officer", "the district health office", "livestock officials"),
    ),
    EventKind(
        "dengue spike",
        ("was recorded", "was first recorded", "was logged"),
        (
            "the vector-borne disease control programme",
            "the municipal health officer",
            "the provincial dengue surveillance cell",
        ),
    ),
    EventKind(
        "mass poisoning",
        ("was reported", "occurred", "struck"),
        ("the district food safety officer", "the school's principal", "hospital authorities"),
    ),
    EventKind(
        "hospital fire",
        ("broke out", "started", "erupted"),
        (
            "the fire and emergency services department",
            "the hospital's medical superintendent",
            "fire officials",
        ),
    ),
    EventKind(
        "power outage",
        ("hit the hospital", "struck", "occurred"),
        ("the hospital administration", "the state electricity board", "the hospital's chief executive"),
    ),
    EventKind(
        "oxygen shortage",
        ("was reported", "hit the wards", "was first flagged"),
        ("relatives of patients", "the hospital's nodal officer for oxygen", "resident doctors"),
    ),
    EventKind(
        "chlorine leak",
        ("occurred", "was reported", "forced the evacuation of a ward"),
        ("the fire brigade", "the hospital's safety officer", "the state disaster response force"),
    ),
    EventKind(
        "syrup recall",
        ("was ordered", "was announced", "was issued"),
        (
            "the Drug Regulatory Authority of Pakistan",
            "the Pharmacy and Poisons Board",
            "the state drugs controller",
        ),
    ),
    EventKind(
        "clinical hold",
        ("was imposed", "was placed on the study", "was announced"),
        ("the company", "the Food and Drug Administration", "the trial's sponsor"),
    ),
    EventKind(
        "enrolment pause",
        ("was announced", "was ordered", "was disclosed"),
        ("the trial sponsor", "the independent data safety monitoring board", "the company"),
    ),
    EventKind(
        "doctors' strike",
        ("began", "got under way", "commenced"),
        (
            "the Kenya Medical Practitioners, Pharmacists and Dentists Union",
            "the Nigerian Association of Resident Doctors",
            "the Young Doctors' Association",
        ),
    ),
    EventKind(
        "kidney transplant",
        ("was performed", "was carried out", "was successfully performed"),
        ("the hospital", "the head of the nephrology department", "the transplant team"),
    ),
    EventKind(
        "separation surgery",
        ("was performed", "was carried out", "was completed"),
        (
            "the lead paediatric surgeon",
            "the hospital",
            "the chief medical director of the teaching hospital",
        ),
    ),
    EventKind(
        "baby swap",
        ("occurred", "came to light", "was discovered"),
        ("the police", "the hospital's medical superintendent", "the mother's family"),
    ),
    EventKind(
        "heatwave",
        ("peaked", "reached its peak", "was at its worst"),
        (
            "the Meteorological Department",
            "the provincial disaster management authority",
            "the Director General Health Services",
        ),
    ),
    EventKind(
        "vaccination drive",
        ("was launched", "was flagged off", "kicked off"),
        ("the district immunisation officer", "UNICEF", "the state health department"),
    ),
    EventKind(
        "polio campaign",
        ("was launched", "began", "was rolled out"),
        (
            "the Emergency Operations Centre",
            "the provincial polio coordinator",
            "the Expanded Programme on Immunization",
        ),
    ),
    EventKind(
        "mock drill",
        ("was conducted", "was carried out", "was held"),
        ("the district disaster management authority", "hospital authorities", "the civil defence wing"),
        hosted=True,
    ),
    EventKind(
        "sit-in",
        ("began", "commenced", "got under way"),
        ("the Young Doctors' Association", "the nurses' union", "protesting house officers"),
        hosted=True,
    ),
    EventKind(
        "token strike",
        ("was observed", "was staged", "took place"),
        ("the Indian Medical Association", "the resident doctors' association", "the nurses' federation"),
        hosted=True,
    ),
    EventKind(
        "picket",
        ("was held", "was staged", "took place"),
        (
            "the Ghana Registered Nurses and Midwives Association",
            "the nurses' union",
            "the National Association of Nigeria Nurses and Midwives",
        ),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} confirmed in a statement issued to journalists.",
    "According to {who}, {event} {happened} {when}.",
    "{when}, {a_noun} {happened}, {who} said, adding that an inquiry had been ordered.",
    "It was gathered that {a_noun} {happened} {when}, and that {who} had been notified.",
    "In a bulletin issued late in the evening, {who} said {event} {happened} {when}.",
    "{Who} told reporters that {event} {happened} {when}, and that more details would be "
    "released once a review was complete.",
    "{Event}, officials said, {happened} {when}.",
    "{Event} {happened} {when}, according to a statement signed by {who}.",
    "The health department said that {a_noun} {happened} {when}.",
    "Records seen by this newspaper show that {event} {happened} {when}.",
    "{Who} said {event} {happened} {when}, and that the situation was being closely monitored.",
    "As first reported by this paper, {event} {happened} {when}.",
    "In the latest situation report, {who} noted that {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} said.",
    "Speaking at a press briefing at the district headquarters, {who} said {event} {happened} {when}.",
    "Details of {event}, which {happened} {when}, were shared by {who} with members of the "
    "standing committee on health.",
    "{Who} confirmed that {a_noun} {happened} {when}, putting an end to speculation on social media.",
    "By the account of {who}, {event} {happened} {when}.",
    "{Event} {happened} {when}; {who} declined to give further details, citing patient confidentiality.",
    "In a press release, {who} said {event} {happened} {when}, and thanked frontline staff for "
    "their response.",
    "{Event} {happened} {when}, the provincial health secretariat said in a notification.",
    "The chief medical officer, who briefed the media alongside {who}, said {event} {happened} {when}.",
    "A circular from the directorate of health services states that {event} {happened} {when}.",
    "{when}, according to {who}, {a_noun} {happened}.",
    "Figures released by {who} indicate that {event} {happened} {when}.",
    "{Event} — the subject of an emergency meeting convened by {who} — {happened} {when}.",
    "{Who} {held} {a_noun} {when}, the health department confirmed.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, has since prompted questions in the provincial assembly.",
    "Since {event} {happened} {when}, {who} said, the department had received dozens of queries "
    "from the public.",
    "“We have been working around the clock since {event} {happened} {when},” {who} said.",
    "A copy of the inquiry report, seen by this newspaper, records that {event} {happened} {when}.",
    "The said {noun}, which {happened} {when}, was also discussed at the meeting.",
    "Following {event}, which {happened} {when}, the ministry constituted a three-member "
    "committee to look into the matter.",
    "Recalling {event}, which {happened} {when}, {who} said lessons had been learnt.",
    "{Who}, the first to brief the media on {event}, said it {happened} {when}.",
    "As for {event}, official records show it {happened} {when}.",
    "Officials had insisted, in a bulletin circulated to journalists, that {event} {happened} {when}.",
    "A timeline shared by {who} places {event} {when}.",
    "Questions remain over {event}, which {who} said {happened} {when}.",
    "It is now clear, {who} said, that {event} {happened} {when}.",
    "“{Event} {happened} {when}, and we acted immediately,” {who} said.",
    "Reacting, {who} said {event}, which {happened} {when}, was being handled in line with "
    "standard protocol.",
    "Those familiar with {event} say it {happened} {when}.",
    "When {event} {happened} {when}, few outside the health department paid much attention.",
    "Reports filed at the time show that {event} {happened} {when}.",
    "In a follow-up statement, {who} reiterated that {event} {happened} {when}.",
    "Going by the official account, {event} {happened} {when}.",
    "A senior official at the directorate, who spoke to this reporter on condition of "
    "anonymity, insisted that {event} {happened} {when}.",
    "Above: health workers outside the facility shortly after {event} {happened} {when}.",
    "It was {when}, the committee's report notes, that {event} {happened}.",
    "{when}, the inquiry found, {event} {happened}, a finding {who} has not disputed.",
    "The ministry's own chronology, which was tabled in parliament by the minister of state for "
    "health after weeks of pressure from opposition members, shows that {event} {happened} {when}.",
    "Asked about the matter, {who} said {event} {happened} {when}, and that all protocols had been followed.",
    "Staff interviewed for this story remembered {event} well: it {happened} {when}.",
    "Several of those who took part in the {noun} that {who} {held} {when} spoke to this "
    "newspaper on condition of anonymity.",
)

NEGATIVES_DATE = (
    # planned: the past event, then a future step about it
    NegativePair(
        "{Event} {happened} {when}, {who} stated.",
        "A full report on {event} is to be tabled before the standing committee on health {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said an independent review of {event} would begin {when}.",
        "planned",
    ),
    NegativePair(
        "It was gathered that {a_noun} {happened} {when}.",
        "The disciplinary hearing arising from {event} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {a_noun} {happened}, {who} said.",
        "Lessons from {event} will be presented at a national review meeting {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "The health department confirmed that {event} {happened} {when}.",
        "Officials expect the final audit of the response to {event} to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} said the findings on {event} would be made public {when}.",
        "planned",
    ),
    NegativePair(
        "In a bulletin, {who} said {event} {happened} {when}.",
        "The said {noun} will be the focus of a follow-up inspection {when}, the bulletin added.",
        "planned",
    ),
    # compatible: the same date at another granularity, or the same day said another way
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Event}, which {happened} {when}, has since drawn questions in the assembly.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Hospital records show {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {a_noun} {happened}, {who} said.",
        "“Since {event} {happened} {when}, we have not rested,” {who} said.",
        "compatible",
    ),
    NegativePair(
        "It was gathered that {event} {happened} {when}.",
        "The said {noun}, which {who} confirmed {happened} {when}, was discussed at the meeting.",
        "compatible",
    ),
    NegativePair(
        "In a bulletin, {who} said {event} {happened} {when}.",
        "It was {when} that {event} {happened}, the bulletin added.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, the health department confirmed.",
        "A timeline prepared by {who} places {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Records seen by this newspaper show that {event} {happened} {when}.",
        "Reacting, {who} said {event}, which {happened} {when}, was handled according to protocol.",
        "compatible",
    ),
    NegativePair(
        "{Who} told reporters that {event} {happened} {when}.",
        "Following {event} {when}, the ministry constituted a three-member committee.",
        "compatible",
    ),
    # another instance: an earlier one, a similar one elsewhere, one of another year
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A previous {noun} {happened} {when}, and the same gaps were identified then.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, had exposed similar weaknesses.",
        "another",
    ),
    NegativePair(
        "It was gathered that {a_noun} {happened} {when}.",
        "This is the second such {noun} at the facility; an earlier one {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{when}, {a_noun} {happened}, {who} announced.",
        "It was not the first time: {a_noun} {happened} {when} too, the records show.",
        "another",
    ),
    NegativePair(
        "The health department confirmed that {event} {happened} {when}.",
        "{Who} recalled that {a_noun} {happened} {when} as well, though on a smaller scale.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a statement signed by {who}.",
        "Health officials compared it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "In the latest situation report, {who} noted that {event} {happened} {when}.",
        "The last comparable {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, as {who} confirmed.",
        "Another {noun} {happened} {when}, the health department confirmed, bringing the total to two.",
        "another",
    ),
    NegativePair(
        "As first reported by this paper, {event} {happened} {when}.",
        "{Event} was the second in the district; the first {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Unlike the {year} {noun}, which {happened} {when}, this one was reported promptly.",
        "another",
    ),
    NegativePair(
        "By the account of {who}, {event} {happened} {when}.",
        "A similar {noun} {happened} {when}, {who} said, though it drew far less attention.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date39b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
