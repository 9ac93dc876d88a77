"""DATE bank date55b, written by a blind helper, round 55 (held out). Register: retrospective, anniversary
and investigative copy -- Sunday-paper long reads, magazine features, 'one year on' pieces, inquiry findings,
court cases and documentaries that look back at an event weeks, months or years after it happened."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "tower block fire",
        ("broke out", "took hold", "started"),
        ("the public inquiry", "the fire brigade", "survivors' groups", "the coroner"),
    ),
    EventKind(
        "mine collapse",
        ("happened", "occurred", "took place"),
        ("the mining company", "the mines inspectorate", "the miners' union", "relatives of the dead"),
    ),
    EventKind(
        "crowd crush",
        ("happened", "unfolded", "took place"),
        ("the independent panel", "stadium officials", "police", "bereaved families"),
    ),
    EventKind(
        "dam failure",
        ("occurred", "happened", "took place"),
        (
            "the water authority",
            "engineers who examined the site",
            "the regional government",
            "the independent review",
        ),
    ),
    EventKind(
        "ferry sinking",
        ("happened", "occurred", "took place"),
        ("the coastguard", "the maritime accident board", "the ferry operator", "survivors"),
    ),
    EventKind(
        "museum heist",
        ("took place", "was carried out", "happened"),
        ("detectives", "the museum", "prosecutors", "the insurers"),
    ),
    EventKind(
        "prison escape",
        ("took place", "happened", "was discovered"),
        (
            "the prison service",
            "the justice ministry",
            "the prison officers' union",
            "the chief inspector of prisons",
        ),
    ),
    EventKind(
        "landslide",
        ("struck", "hit", "happened"),
        ("local officials", "geologists", "the district council", "residents"),
    ),
    EventKind(
        "refinery explosion",
        ("happened", "occurred", "took place"),
        ("the chemical safety board", "the refinery's owner", "workers", "the fire service"),
    ),
    EventKind(
        "water contamination",
        ("was detected", "was first reported", "began"),
        ("the water company", "health officials", "the drinking water inspectorate", "residents"),
    ),
    EventKind(
        "referendum",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "election monitors", "the government", "the interior ministry"),
    ),
    EventKind(
        "protest march",
        ("took place", "went ahead", "was held"),
        ("organisers", "police", "the city council", "marchers"),
        hosted=True,
    ),
    EventKind(
        "open-air concert",
        ("took place", "went ahead", "was held"),
        ("the promoters", "the venue", "police", "concertgoers"),
        hosted=True,
    ),
    EventKind(
        "sit-in",
        ("took place", "began", "was held"),
        ("the student union", "university officials", "campus security", "protesters"),
        hosted=True,
    ),
    EventKind(
        "wrongful arrest",
        ("happened", "took place", "was made"),
        ("the man's lawyers", "the police watchdog", "the force", "the court"),
    ),
    EventKind(
        "dawn raid",
        ("took place", "was carried out", "happened"),
        ("the force", "the family's solicitor", "the watchdog", "neighbours"),
    ),
    EventKind(
        "hostage siege",
        ("unfolded", "took place", "happened"),
        ("police", "the interior ministry", "former hostages", "the negotiators"),
    ),
    EventKind(
        "train derailment",
        ("happened", "occurred", "took place"),
        ("rail accident investigators", "the rail operator", "the track owner", "passengers"),
    ),
    EventKind(
        "bridge collapse",
        ("happened", "occurred", "took place"),
        ("the highways agency", "structural engineers", "the mayor", "prosecutors"),
    ),
    EventKind(
        "chemical leak",
        ("occurred", "was reported", "happened"),
        ("the plant's operator", "the environment agency", "residents", "the county health department"),
    ),
    EventKind(
        "avalanche",
        ("struck", "swept down", "hit"),
        ("mountain rescuers", "the resort", "the avalanche warning service", "survivors"),
    ),
    EventKind(
        "coup attempt",
        ("took place", "was launched", "unfolded"),
        ("the army", "the presidency", "opposition leaders", "the state broadcaster"),
    ),
    EventKind(
        "ransomware attack",
        ("struck", "hit", "began"),
        ("the council", "the hospital trust", "cybersecurity investigators", "the national cyber agency"),
    ),
    EventKind(
        "exam paper leak",
        ("happened", "came to light", "was discovered"),
        ("the exam board", "the education ministry", "head teachers", "the regulator"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "swallowed part of the street"),
        ("the council", "geologists", "residents", "the water utility"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in findings published this week.",
    "It was {when} that {event} {happened}, a date many in the town say they will never forget.",
    "According to {who}, {event} {happened} {when}, hours before the first official warning went out.",
    "In its final report, the inquiry concluded that {when} {event} {happened} with almost no warning.",
    "{Event}, which {happened} {when}, left scars that have still not healed, {who} said.",
    "The inquiry was set up after {event} {when}, which {who} later described as a turning point.",
    "PICTURED: The scene in the hours after {event} {happened} {when}.",
    "According to a timeline drawn up by {who}, {event} {happened} {when}.",
    "Court papers filed this month state that {event} {happened} {when} and that earlier concerns had gone "
    "unheeded.",
    "In a statement marking the anniversary, {who} said {event} {happened} {when} "
    '"in circumstances that must never be repeated".',
    "The documentary reconstructs, minute by minute, how {event} {happened} {when}.",
    "The hearing was told that {event} {happened} {when}.",
    "Families have been waiting for answers ever since {event} {happened} {when}.",
    "Many of those affected by {event} {when} say they were never properly consulted, {who} said.",
    "When {event} {happened} {when}, few could have predicted how long its consequences would last.",
    "{Who} said {event} {happened} {when}, a finding that contradicts earlier official accounts.",
    "Records obtained under freedom of information laws show that {event} {happened} {when}.",
    "{Event}, {when}, became the subject of three separate investigations, {who} said.",
    "It is now clear, according to {who}, that {event} {happened} {when}.",
    "Looking back, {who} said that {event} {happened} {when} and that much of what followed could have "
    "been foreseen.",
    "The jury heard that {event} {happened} {when}.",
    "Our investigation begins {when}, when {event} {happened}.",
    "{Event} {happened} {when} -- a fact {who} did not dispute at the hearing.",
    "The film opens with archive footage of {event}, which {happened} {when}.",
    "Questions still hang over {event} {when}, {who} said.",
    "Investigators established that {event} {happened} {when}, the leaked report shows.",
)

DATE_SECOND = (
    "As the report notes, {event} {happened} {when}.",
    "The events {when} -- when {event} {happened} -- are still raw for many of those involved.",
    "{Event} {when} remains the central focus of the litigation, {who} said.",
    "Lawyers for the families reminded the court that {event} {happened} {when}.",
    "({Event} {happened} {when}.)",
    "Since {event} {happened} {when}, {who} said, remarkably little has changed.",
    "Asked about {event} {when}, a spokesperson declined to comment further.",
    "The chronology itself is not in dispute: {event} {happened} {when}.",
    "In the weeks after {event} {happened} {when}, the official story shifted more than once.",
    "Much of what went wrong, the inquiry found, can be traced to the hours before {event} {happened} "
    "{when}.",
    "The report returns again and again to {event} {when}.",
    "Interviewed for this article, {who} recalled that {event} {happened} {when}.",
    "It was {when}, {who} said, that {event} {happened}.",
    "Recalling {event} {when}, one former official said the mood at headquarters had been one of disbelief.",
    "{Event}, which {happened} {when}, is now the subject of a civil claim.",
    "Documents seen by this newspaper confirm that {event} {happened} {when}.",
    "By the time {event} {happened} {when}, {who} said, the key decisions had already been taken.",
    "Nothing about {event} {when} was inevitable, {who} argued.",
    "The official record shows that {event} {happened} {when}, {who} confirmed.",
    "Pressed on the timing, {who} said again that {event} {happened} {when}.",
    "{Event} -- {when} -- is the reason the rules were eventually rewritten.",
    "Whatever the outcome of the appeal, the basic facts are agreed: {event} {happened} {when}.",
    "Those who lived through {event} {when} describe a confusion that lasted for days.",
    "What happened next has been pieced together by {who}: {event} {happened} {when}, and the response was "
    "slow.",
    "The memorial names every person caught up in {event} {when}.",
    "Even now, {who} said, nobody can fully explain why {event} {happened} {when} despite every warning.",
)

NEGATIVES_DATE = (
    # planned
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The inquiry into {event} is due to publish its final report {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A service to mark the anniversary of {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A full public hearing into {event} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still being investigated, {who} said.",
        "Families expect a decision on compensation over {event} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Court papers state that {event} {happened} {when}.",
        "The first case arising from {event} is expected to come to trial {when}.",
        "planned",
    ),
    NegativePair(
        "The documentary reconstructs how {event} {happened} {when}.",
        "If funding is approved, a second film about {event} will be broadcast {when}.",
        "planned",
    ),
    NegativePair(
        "The hearing was told that {event} {happened} {when}.",
        "{Who} said a second phase of the investigation into {event} would start {when}.",
        "planned",
    ),
    NegativePair(
        "Records show that {event} {happened} {when}.",
        "Ministers are due to respond to the findings on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, few expected the fallout to last.",
        "A follow-up review of the changes made since {event} is due to be completed {when}.",
        "planned",
    ),
    # compatible
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "As {who} noted, it was {when} that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Survivors still mark the date: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, changed the town for good.",
        "The report confirms that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to a timeline drawn up by {who}, {event} {happened} {when}.",
        "{Event} {when} remains at the heart of the case.",
        "compatible",
    ),
    NegativePair(
        "The jury heard that {event} {happened} {when}.", "({Event} {happened} {when}.)", "compatible"
    ),
    NegativePair(
        "Investigators established that {event} {happened} {when}.",
        "Many of those affected by {event} {when} are still waiting for an apology.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "All sides now agree that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "The film opens with archive footage of {event}, which {happened} {when}.",
        "In the months after {event} {happened} {when}, the town slowly emptied.",
        "compatible",
    ),
    # another
    NegativePair(
        "{Event} {happened} {when}, {who} said.", "A second {noun} {happened} {when}, {who} said.", "another"
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was not the only one: another {noun} {happened} {when}, records show.",
        "another",
    ),
    NegativePair(
        "The hearing was told that {event} {happened} {when}.",
        "The film also revisits the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is now the subject of a civil claim.",
        "{Who} compared it with a previous {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "In a neighbouring region, {a_noun} {happened} {when} with far less attention.",
        "another",
    ),
    NegativePair(
        "Court papers state that {event} {happened} {when}.",
        "Lessons from an earlier {noun}, which {happened} {when}, were never learned, {who} said.",
        "another",
    ),
    NegativePair(
        "Records show that {event} {happened} {when}.",
        "Investigators are also examining a separate {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, the response was slow.",
        "Just across the border, another {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Families have been waiting for answers ever since {event} {happened} {when}.",
        "Campaigners say the {year} {noun}, which {happened} {when}, should have served as a warning.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date55b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
