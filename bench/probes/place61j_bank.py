"""PLACE bank place61j, written by a blind helper, round 61 (held out). Register: religious affairs copy
(wire services, church and diocesan papers, regional dailies): crushes, fires, consecrations, synods."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "pilgrimage stampede",
        ("occurred", "happened", "broke out"),
        ("police", "temple authorities", "local officials", "witnesses"),
    ),
    EventKind(
        "church fire",
        ("broke out", "started", "erupted"),
        ("fire officials", "the diocese", "firefighters", "parishioners"),
    ),
    EventKind(
        "mosque fire",
        ("broke out", "started", "erupted"),
        ("mosque officials", "the fire service", "police", "worshippers"),
    ),
    EventKind(
        "temple crush",
        ("occurred", "happened", "took place"),
        ("temple authorities", "the district administration", "police", "survivors"),
    ),
    EventKind(
        "consecration",
        ("took place", "was held", "was celebrated"),
        ("the diocese", "church officials", "the archdiocese", "organisers"),
        hosted=True,
    ),
    EventKind(
        "canonisation Mass",
        ("was celebrated", "took place", "was held"),
        ("the Vatican", "organisers", "church officials", "the bishops' conference"),
        hosted=True,
    ),
    EventKind(
        "enthronement",
        ("took place", "was held", "was celebrated"),
        ("the patriarchate", "church officials", "state media", "the synod office"),
        hosted=True,
    ),
    EventKind(
        "bishops' synod",
        ("was held", "took place", "opened"),
        ("the Vatican", "the bishops' conference", "church officials", "the synod secretariat"),
        hosted=True,
    ),
    EventKind(
        "stage collapse",
        ("occurred", "happened", "took place"),
        ("organisers", "police", "rescue workers", "witnesses"),
    ),
    EventKind(
        "footbridge collapse",
        ("occurred", "happened", "took place"),
        ("rescue workers", "local officials", "police", "pilgrims"),
    ),
    EventKind(
        "procession",
        ("took place", "was held", "went ahead"),
        ("organisers", "the parish", "police", "the confraternity"),
        hosted=True,
    ),
    EventKind(
        "mass wedding",
        ("took place", "was held", "was solemnised"),
        ("organisers", "the foundation", "local officials", "the church"),
        hosted=True,
    ),
    EventKind(
        "cemetery desecration",
        ("occurred", "was discovered", "took place"),
        ("police", "the Jewish community", "the parish", "caretakers"),
    ),
    EventKind(
        "arson attack",
        ("took place", "was carried out", "occurred"),
        ("police", "investigators", "the diocese", "community leaders"),
    ),
    EventKind(
        "bell tower collapse",
        ("occurred", "happened", "took place"),
        ("the parish", "engineers", "fire officials", "the diocese"),
    ),
    EventKind(
        "funeral Mass",
        ("was held", "was celebrated", "took place"),
        ("the archdiocese", "the family", "church officials", "the religious order"),
        hosted=True,
    ),
    EventKind(
        "gas cylinder blast",
        ("occurred", "happened", "took place"),
        ("police", "fire officials", "temple trustees", "hospital staff"),
    ),
    EventKind(
        "ferry capsizing",
        ("occurred", "happened", "took place"),
        ("the coastguard", "rescue workers", "local officials", "survivors"),
    ),
    EventKind(
        "sacrilege",
        ("occurred", "was committed", "took place"),
        ("the diocese", "police", "the parish priest", "sacristans"),
    ),
    EventKind(
        "beatification",
        ("took place", "was held", "was celebrated"),
        ("the Vatican", "the postulator", "organisers", "the archdiocese"),
        hosted=True,
    ),
    EventKind(
        "shrine bombing",
        ("took place", "was carried out", "occurred"),
        ("security officials", "police", "shrine custodians", "state media"),
    ),
    EventKind(
        "food poisoning outbreak",
        ("broke out", "occurred", "was reported"),
        ("health officials", "organisers", "hospital staff", "the district administration"),
    ),
    EventKind(
        "hostage siege",
        ("took place", "unfolded", "began"),
        ("police", "prosecutors", "the interior ministry", "the diocese"),
    ),
    EventKind(
        "relic theft",
        ("took place", "occurred", "was discovered"),
        ("police", "the cathedral chapter", "the diocese", "museum staff"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "In {where}, where the faithful had been gathering since dawn, {event} {happened} as the bells rang out.",
    "{Who} said {event} {happened} near {where} and that further details would be released "
    "once the clergy involved had been consulted.",
    "The {noun} in {where} was the talk of every parish in the diocese within hours, {who} said.",
    "Pictured: worshippers gathered at the main gate following {event} in {where}.",
    "{Event} in {where}: what we know so far.",
    "Speaking to reporters, the archbishop described {event} in {where} as "
    '"a moment the whole Church will remember".',
    "{Event}, which {happened} in {where}, was the first of its kind in living memory, {who} said.",
    "Reports reaching the diocesan office indicated that {event} had taken place in {where}.",
    "News of {where}'s {noun} reached the chancery within the hour, {who} said.",
    "When {who} first spoke publicly about {event}, in remarks read out to a handful of reporters "
    "and later posted online, those remarks placed it squarely in {where}.",
    "Although few outside the diocese could have predicted it, {where} became the focus of "
    "attention when {event} {happened} there.",
    '"We never imagined {event} would happen here in {where}," one longtime parishioner said.',
    "{Event} (in {where}, according to {who}) has dominated conversation among the faithful ever since.",
    "What {who} described as {a_noun} {happened} in {where}, drawing clergy from neighbouring parishes.",
    "Just outside {where}, {event} {happened}, {who} told reporters.",
    "{Who} confirmed that {event} {happened} in {where}, though the full circumstances were "
    "still being established.",
    "Clergy who were in {where} when {event} {happened} described the atmosphere as unlike "
    "anything they had known.",
    "{Event} in {where} was first reported by {who}, who spoke of a scene of extraordinary emotion.",
    "The archbishop told reporters he had been informed of {event} in {where} within minutes.",
    "For the small community of believers who had spent years raising money to restore their "
    'place of worship, {event} in {where} was, in the words of one elder, "the day everything '
    'changed".',
    "{Who} gave the location of {event} as {where}.",
    "Organisers {held} {event} in {where} despite earlier doubts over security, {who} said.",
    "Pilgrims who had travelled to {where} for the feast found themselves witnesses to {event}, {who} said.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly through the parishes.",
    "The response to {event} in {where} has been led largely by {who}.",
    "Since {event} in {where}, attendance at evening services has noticeably risen, parish priests say.",
    "Those who were in {where} for {event} say they are still struggling to describe it.",
    "Asked about {event} in {where}, a spokesman for the bishops' conference declined to comment further.",
    "{Who} said questions about how {event} in {where} had been handled would be answered in due course.",
    "File photo: the scene in {where} on the day of {event}.",
    "It was the {noun} in {where}, rather than anything said from the pulpit, that dominated "
    "conversation after the service.",
    "{where}'s {noun} has since become a reference point for church leaders planning large gatherings.",
    "The memory of {event}, which {happened} in {where}, still hangs over the community.",
    "Back in {where}, where {event} {happened}, clergy were still fielding calls from journalists.",
    "In a letter read out at Masses, the bishop referred to {event} in {where} and asked the "
    "faithful for their prayers.",
    "Footage of {event} in {where}, shared widely online, has been examined by {who}.",
    "{Who} later revised some details of {event}, but not its location: {where}.",
    "A delegation of senior clergy visited the site of {event} in {where} soon afterwards.",
    '"What happened in {where} was {a_noun} like no other," the archbishop told reporters.',
    "Because {event} {happened} in {where}, the diocese there found itself fielding enquiries "
    "from around the world.",
    "Parishioners who remember {event} in {where} still speak of it quietly.",
    "The diocese's own account of {event} in {where} runs to several pages.",
    "{Event}, the subject of countless sermons, newspaper columns and late-night conversations "
    "among the faithful in the months that followed, is still remembered above all as something "
    "that happened in {where}.",
    "Even now, clergy in {where}, where {event} {happened}, are reluctant to discuss it publicly.",
    "According to {who}, much of the work that followed {event} in {where} was done by volunteers.",
    "That organisers {held} {event} in {where} at all was, in the view of many clergy, "
    "a remarkable achievement.",
    "The {noun} in {where} was mentioned repeatedly in the prayers of the faithful.",
    "For {who}, {event} in {where} remains an open file.",
    "Church historians are already comparing {event} in {where} with earlier episodes in the "
    "region's religious life.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Senior clergy drove in from {other}, the seat of the archdiocese, to oversee the response.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The regional governor, whose office is in {other}, said he had been kept informed throughout.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The diocese that covers {where} is administered from {other}, some distance away.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Officials from the provincial capital, {other}, arrived later to assess the situation.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Many of those present had travelled overnight by coach from {other}.",
        "origin",
    ),
    NegativePair(
        "Thousands were in {where} for {event}, {who} said.",
        "Food, water and blankets were trucked in from {other} by volunteers.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Several of the priests present had come from {other}, where they serve small rural parishes.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Those needing treatment were taken to hospitals in {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The archbishop left shortly afterwards and flew on to {other} for a long-planned engagement.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} outside {where}.",
        "Several of those involved were later moved to {other} for questioning or treatment.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "In a statement issued in {other}, the bishops' conference expressed its solidarity "
        "with the faithful.",
        "reporter",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "Speaking to reporters in {other}, the interior minister said he was following events closely.",
        "reporter",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "The patriarch, who was in {other} at the time, said he had been told immediately.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The contractor responsible for the site, a firm based in {other}, declined to comment.",
        "hometown",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "One of the priests present, who lives in {other}, said he had never seen anything like it.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The bishop, a native of {other}, has led the diocese for more than a decade.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It recalled a similar {noun} in {other} last year.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "It was the second {noun} in as many years; the previous one was in {other}.",
        "another",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Church leaders noted that {a_noun} in {other} some years ago had prompted a review of "
        "diocesan guidelines.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "Older worshippers still remember an earlier {noun} in {other}, decades before.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Bishops are due to meet in {other} next month to discuss the lessons of the day.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "An official review of {event} is to be held in {other} in the coming weeks.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "A follow-up gathering of clergy and lay leaders has been scheduled in {other} for the spring.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Prayer services were held in {other} as news of {event} spread.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "In {other}, hundreds took to the streets in protest over the handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "Churches in {other} rang their bells in response to {event}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place61j",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
