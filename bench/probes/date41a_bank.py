"""DATE bank date41a, written by helper date41a, round 41 (blind author).

Register: accident-investigation and inquest reporting as newspapers and trade press write
it up months after the event -- AAIB, RAIB, MAIB, NTSB, ATSB and TSB Canada reports,
coroners' inquests, Scottish fatal accident inquiries, HSE prosecutions at magistrates' and
crown courts. Habits used: the accident date restated at every stage (interim report, final
report, inquest, sentencing), often in a relative clause ("the derailment, which occurred
on ..."), fronted ("On 12 May, ..."), in a cleft ("It was ... that"), inside quoted evidence,
after attribution ("the inquest heard that", "the court was told"), in captions, and in
long sentences where the date sits far from the event noun. British spelling throughout.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

_RAIL = (
    "the Rail Accident Investigation Branch",
    "RAIB inspectors",
    "British Transport Police",
    "the Office of Rail and Road",
)
_SEA = (
    "the Marine Accident Investigation Branch",
    "the MAIB",
    "MAIB inspectors",
    "the Transportation Safety Board",
)
_AIR = (
    "the Air Accidents Investigation Branch",
    "the AAIB",
    "the NTSB",
    "the Australian Transport Safety Bureau",
)
_WORK = (
    "the Health and Safety Executive",
    "HSE inspectors",
    "the HSE",
    "the investigating inspector",
)

KINDS = (
    # rail
    EventKind("derailment", ("occurred", "happened", "took place"), _RAIL),
    EventKind("tram overturning", ("occurred", "happened"), _RAIL),
    EventKind("level-crossing collision", ("occurred", "happened"), _RAIL),
    EventKind("head-on collision", ("occurred", "happened"), _RAIL),
    # marine
    EventKind("capsize", ("occurred", "happened"), _SEA),
    EventKind("grounding", ("occurred", "took place"), _SEA),
    EventKind("engine-room fire", ("broke out", "started"), _SEA),
    EventKind("sinking", ("happened", "took place"), _SEA),
    EventKind("ferry collision", ("occurred", "happened"), _SEA),
    # air
    EventKind("helicopter crash", ("happened", "occurred"), _AIR),
    EventKind("mid-air collision", ("occurred", "happened"), _AIR),
    EventKind("ditching", ("took place", "occurred"), _AIR),
    EventKind("light-aircraft crash", ("happened", "occurred"), _AIR),
    EventKind("balloon crash", ("happened", "occurred"), _AIR),
    # workplace / HSE
    EventKind("trench collapse", ("occurred", "happened"), _WORK),
    EventKind("boiler explosion", ("occurred", "ripped through the works"), _WORK),
    EventKind("crane collapse", ("occurred", "happened"), _WORK),
    EventKind("roof fall", ("occurred", "happened"), _WORK),
    EventKind("silo explosion", ("occurred", "tore through the mill"), _WORK),
    EventKind("scaffold collapse", ("happened", "occurred"), _WORK),
    EventKind("ride failure", ("occurred", "happened"), _WORK),
    EventKind("gas explosion", ("occurred", "destroyed the house"), _WORK),
)

DATE_FIRST = (
    "{Who} said {event} {happened} {when}, shortly after the morning shift had begun.",
    "{Event} {happened} {when}, according to {who}.",
    "{when}, {event} {happened}, and {who} began an investigation within hours.",
    "The inquest heard that {event} {happened} {when} and that the emergency services "
    "were called within minutes.",
    "An interim report confirmed that {event} {happened} {when}.",
    "{Who} began gathering evidence after {a_noun} {when} that left one person dead.",
    "Relatives of the man who died in {event} {when} sat in the public gallery throughout the hearing.",
    "Magistrates heard that {event} {when} had been entirely foreseeable.",
    "It was {when} that {event} {happened}, {who} said in preliminary findings.",
    "The operator admitted safety breaches over {event} {when}.",
    "Within hours of {event}, which {happened} {when}, {who} had sent a team to the scene.",
    "In a final report published this week, {who} said {event} {happened} {when}.",
    "Nobody has been prosecuted over {event} {when}, although {who} made several safety recommendations.",
    "{Event} {when} was the third such incident in five years, {who} said.",
    "Survivors of {event} {when} told the hearing they had received no warning.",
    "According to {who}, visibility was good when {event} {happened} {when}.",
    "The coroner recorded a conclusion of accidental death after hearing how {event} {happened} {when}.",
    "{Event} – which, {who} said, {happened} {when} – prompted an urgent safety notice across the industry.",
    "Full details of {event} {when} emerged only after {who} released interim findings.",
    "The sheriff was told that {event} {happened} {when}, during what should have been routine work.",
    "Inspectors found that {event} {when} could have been prevented by a simple check.",
    "{Who} launched an inquiry into {event}, which {happened} {when}.",
    "The families say they still have unanswered questions about {event} {when}.",
    "A jury at the inquest was shown footage recorded moments before {event} {when}.",
    "Lawyers for the bereaved said {event} {when} should never have been allowed to happen.",
    "{Event} {happened} {when}, {who} confirmed, and a safety alert went out the same week.",
)

DATE_SECOND = (
    "{Who} said the cause of {event} {when} was still under examination.",
    "It was {when}, the final report notes, that {event} {happened}.",
    '"Nothing will bring him back," his widow said outside court, recalling how {event} {happened} {when}.',
    "The report into {event} – which, {who} stated, {happened} {when} – runs to more than 100 pages.",
    "{when}, when {event} {happened}, those involved had been on duty for more than 12 hours.",
    "Among the recommendations is a review of training, which {who} said had been a "
    "factor in {event} {when}.",
    "{Event}'s cause, {who} found, lay in a maintenance error made weeks before it {happened} {when}.",
    "The coroner noted that, had the checks been carried out, {event} {when} would "
    "probably never have happened.",
    "Speaking after the hearing, {who} said lessons had been learned from {event}, which {happened} {when}.",
    "As {who} pointed out, {event} {happened} {when}, not long after the equipment was last inspected.",
    "The fine relates solely to {event} {when}, the court heard.",
    "Pictured: the scene shortly after {event} {when}.",
    'Asked about {event}, a spokesman said: "What happened {when} has been thoroughly '
    'investigated and we have co-operated fully."',
    "{Event}, investigators now believe, {happened} {when}, after a chain of small failures.",
    "Following {event} {when}, {who} issued an urgent safety advice notice.",
    "The man, who was seriously injured in {event} {when}, is still receiving treatment.",
    "Those who lost loved ones {when}, when {event} {happened}, said the findings offered little comfort.",
    "{Who} later confirmed that {event} {happened} {when}.",
    "The trial was told that {event}, on which the prosecution case rests, {happened} {when}.",
    "Exactly what caused {event} {when} has never been fully established, {who} acknowledged.",
    "The sentencing remarks, which ran to 40 pages, described {event} {when} as wholly avoidable.",
    "Flowers were still being left at the scene days after {event} {when}.",
    "Nobody on duty {when} could have foreseen {event}, the defence argued.",
    "Had the warning been acted on, {who} concluded, {event} {when} might have been avoided.",
    "The final report, which describes in detail how {event} {happened} {when}, makes seven recommendations.",
    "Under cross-examination, the manager accepted that he had not been present when "
    "{event} {happened} {when}.",
    "Everything changed {when}, when {event} {happened}, the victim's brother told the court.",
    "In evidence, the senior investigator said data recovered after {event} showed it had {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: a later stage of the case, or a future event tied to the accident
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full inquest into {event} is due to open {when}.",
        "planned",
    ),
    NegativePair(
        "An interim report confirmed that {event} {happened} {when}.",
        "{Who} said the final report on {event} is expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "The operator admitted safety breaches over {event} {when}.",
        "The company will be sentenced {when} over {event}, the court was told.",
        "planned",
    ),
    NegativePair(
        "The inquest heard that {event} {happened} {when}.",
        "The inquest into {event} was adjourned and will resume {when}.",
        "planned",
    ),
    NegativePair(
        "Relatives of the man who died in {event} {when} attended every day of the hearing.",
        "{when}, families plan to gather near the scene of {event} to unveil a memorial.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, and {who} began an investigation within hours.",
        "Operations at the site affected by {event} are expected to resume fully {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} launched an inquiry into {event}, which {happened} {when}.",
        "The trial of two managers charged in connection with {event} is listed to start {when}.",
        "planned",
    ),
    NegativePair(
        "Survivors of {event} {when} told the hearing they had received no warning.",
        "A conference examining the lessons of {event} will take place {when}.",
        "planned",
    ),
    # compatible: the same accident dated at a finer or coarser grain
    NegativePair(
        "{Event} {when} left two people seriously injured.",
        "The interim report confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "The coroner heard that {event} {happened} {when}.",
        "It was {when} that {event} {happened}, the court was told.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Who} began examining the scene soon after {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The final report, which describes how {event} {happened} {when}, makes five recommendations.",
        "compatible",
    ),
    NegativePair(
        "Magistrates heard that {event} {when} had been entirely foreseeable.",
        "The fine relates solely to {event} {when}, the court heard.",
        "compatible",
    ),
    NegativePair(
        "Within hours of {event}, which {happened} {when}, {who} had sent a team to the scene.",
        "Everything changed {when}, when {event} {happened}, the victim's sister said.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event}, investigators now believe, {happened} {when}, after a chain of small failures.",
        "compatible",
    ),
    NegativePair(
        "Lawyers for the bereaved said {event} {when} should never have been allowed to happen.",
        '"What happened {when} has been thoroughly investigated," a spokesman said of {event}.',
        "compatible",
    ),
    # another: a different accident of the same kind, with a date of its own
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "It was not the first: a similar {noun} involving the same operator had {happened} {when}.",
        "another",
    ),
    NegativePair(
        "The inquest heard that {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, had prompted almost identical recommendations.",
        "another",
    ),
    NegativePair(
        "{Who} launched an inquiry into {event}, which {happened} {when}.",
        "{Who} is also investigating a separate {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Survivors of {event} {when} told the hearing they had received no warning.",
        "Investigators compared it with another {noun}, {when}, in which nobody was hurt.",
        "another",
    ),
    NegativePair(
        "{Event} {when} was the third such incident in five years, {who} said.",
        "One of the others, {a_noun} that {happened} {when}, involved the same contractor.",
        "another",
    ),
    NegativePair(
        "Inspectors found that {event} {when} could have been prevented by a simple check.",
        "The {year} {noun}, which {happened} {when}, is not thought to be connected.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said in preliminary findings.",
        "A second, unrelated {noun} {when} is the subject of a separate report.",
        "another",
    ),
    NegativePair(
        "The coroner recorded a conclusion of accidental death after hearing how {event} {happened} {when}.",
        "The same coroner heard evidence about a similar {noun}, which {happened} {when}, "
        "at a separate inquest.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, as {who} confirmed.",
        "{Who} said lessons from the {year} {noun}, which {happened} {when}, had not been acted on.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date41a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
