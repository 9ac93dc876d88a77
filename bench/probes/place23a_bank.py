"""Place bank place23a: written by helper place23a, round 23 (blind author). It imitates
international wire-service copy (AP, Reuters, AFP, DPA): datelines, terse attribution,
long sentences with background clauses, update slugs, casualty tallies and follow-up
sentences that refer back to the event mid-sentence."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "factory explosion",
        (
            "killed at least 14 workers",
            "tore through a fertiliser warehouse",
            "ripped through the plant during the night shift",
            "shattered windows several streets away",
        ),
        ("police", "the fire service", "the plant's operator", "state media"),
    ),
    EventKind(
        "protest",
        (
            "turned violent",
            "drew tens of thousands of people onto the streets",
            "was broken up with tear gas and water cannon",
            "left dozens of people injured",
        ),
        ("organisers", "police", "witnesses", "a rights group"),
    ),
    EventKind(
        "shooting",
        (
            "left five people dead",
            "took place outside a nightclub",
            "broke out at a crowded market",
            "wounded at least seven people",
        ),
        ("police", "prosecutors", "a police spokesman", "witnesses"),
    ),
    EventKind(
        "derailment",
        (
            "sent eight carriages off the tracks",
            "injured more than 60 passengers",
            "happened on a sharp curve",
            "halted rail traffic for most of the day",
        ),
        ("the state railway company", "the transport ministry", "investigators", "a railway spokeswoman"),
    ),
    EventKind(
        "prison riot",
        (
            "left 11 inmates dead",
            "broke out during a cell search",
            "lasted more than 12 hours",
            "erupted after a fight between rival gangs",
        ),
        ("the prisons service", "the justice ministry", "a lawyer for several inmates", "guards"),
    ),
    EventKind(
        "ferry sinking",
        (
            "left 23 people missing",
            "happened in rough seas",
            "killed at least 40 passengers",
            "occurred minutes after the vessel left port",
        ),
        ("the coast guard", "the navy", "survivors", "the ferry's operator"),
    ),
    EventKind(
        "hostage-taking",
        (
            "ended after nine hours of negotiations",
            "began when gunmen stormed a bank",
            "left two hostages wounded",
            "ended without bloodshed",
        ),
        ("police", "a security source", "the interior ministry", "negotiators"),
    ),
    EventKind(
        "stadium crush",
        (
            "killed at least 17 fans",
            "happened as supporters surged towards a locked gate",
            "injured scores of spectators",
            "occurred minutes before kick-off",
        ),
        ("the football federation", "police", "medical workers", "the stadium's management"),
    ),
    EventKind(
        "data-centre fire",
        (
            "knocked thousands of websites offline",
            "broke out in a battery room",
            "burned for most of the night",
            "disrupted online banking services",
        ),
        ("the operator", "firefighters", "the company", "a fire brigade spokesman"),
    ),
    EventKind(
        "bridge collapse",
        (
            "sent several vehicles plunging into the river",
            "happened during the evening rush hour",
            "killed at least nine people",
            "cut the main road link to the port",
        ),
        ("local authorities", "rescuers", "the public works ministry", "engineers"),
    ),
    EventKind(
        "gas leak",
        (
            "forced the evacuation of about 2,000 residents",
            "sickened dozens of schoolchildren",
            "was traced to a corroded pipeline",
            "killed three members of one family",
        ),
        ("the fire service", "the gas utility", "the environment ministry", "doctors"),
    ),
    EventKind(
        "bus crash",
        (
            "killed 22 passengers",
            "happened on a winding mountain road",
            "involved a fuel tanker",
            "left the driver in a critical condition",
        ),
        ("traffic police", "the regional governor's office", "the bus company", "a police spokeswoman"),
    ),
    EventKind(
        "mine collapse",
        (
            "trapped about 40 miners underground",
            "happened during a shift change",
            "killed at least six workers",
            "followed days of heavy rain",
        ),
        ("the mining company", "the miners' union", "rescue teams", "the mines ministry"),
    ),
    EventKind(
        "stabbing",
        (
            "left three people wounded",
            "took place on a busy shopping street",
            "happened near a primary school",
            "killed a 19-year-old man",
        ),
        ("police", "prosecutors", "witnesses", "the city's mayor"),
    ),
    EventKind(
        "building collapse",
        (
            "buried dozens of residents under rubble",
            "happened after days of heavy rain",
            "brought down a five-storey apartment block",
            "killed at least 18 people",
        ),
        ("the emergency management agency", "rescuers", "a local official", "the fire department"),
    ),
    EventKind(
        "light aircraft crash",
        (
            "killed all six people on board",
            "happened shortly after take-off",
            "came down in a residential area",
            "left no survivors",
        ),
        ("the civil aviation authority", "air accident investigators", "the aircraft's operator", "police"),
    ),
    EventKind(
        "flash flood",
        (
            "swept away dozens of homes",
            "killed at least 15 people",
            "hit after a night of torrential rain",
            "cut off several villages",
        ),
        ("the disaster management agency", "the meteorological office", "village leaders", "the Red Cross"),
    ),
    EventKind(
        "tanker explosion",
        (
            "engulfed a queue of cars in flames",
            "killed at least 30 people",
            "happened as residents tried to collect leaking fuel",
            "set fire to a row of shops",
        ),
        ("the road safety agency", "police", "a hospital official", "the state governor's office"),
    ),
)

PLACE_FIRST = (
    "{where} (AP) — {Event} {happened} on Tuesday, {who} said, the latest in a string of "
    "incidents that have raised fresh questions about safety and official oversight.",
    "{where} (Reuters) - {Who} said on Thursday that {event} {happened} and that a full inquiry "
    "would be opened, though nobody had yet been held responsible.",
    "{Event} in {where} {happened}, {who} said on Monday, and it was not immediately clear "
    "what had caused it.",
    "(UPDATES with comments from {who}, details of {event} in {where} throughout)",
    "{a_noun} {happened} in {where} on Sunday, according to {who}, who gave no further details "
    "and declined to say whether anyone had been detained.",
    "{Who} told reporters at the scene that {event}, which {happened} in {where} late on Friday, "
    "would be examined by a special commission.",
    "In {where}, where {event} {happened} on Saturday, the authorities ordered an immediate review "
    "and promised to publish its findings.",
    "The government sent a team of investigators to {where} after {event} there {happened}, "
    "a senior official said.",
    "{Event} {happened} in {where} just after 3 p.m. local time (1300 GMT), {who} said.",
    "Television footage from the scene of {event} in {where} showed emergency vehicles lining the "
    "road and crowds gathering behind police tape.",
    "The {where} {noun} {happened}, {who} said, in an incident that has prompted calls for the "
    "resignation of senior officials.",
    '"Our thoughts are with everyone affected by {event} in {where}," {who} said, adding that '
    "more information would be released in due course.",
    "Residents of {where}, where {event} {happened} early on Monday, said they had warned the "
    "authorities for years that something like it could happen.",
    "{Event} — the second such incident in {where} this year — {happened}, {who} said.",
    "Emergency workers stand at the site of {event} in {where}. REUTERS/Stringer",
    "Local officials said {event} {happened} in {where} and that the army had been asked to help "
    "secure the site.",
    "In {where} on Tuesday, {event} {happened}, and {who} said an investigation had been opened into "
    "how it had been allowed to happen.",
    "Heavy security was in place in {where} a day after {event} there {happened}, with armed police "
    "patrolling the main roads.",
    "{Event} {happened} in {where}, {who} said, the third major incident to hit the country "
    "in as many months.",
    "According to {who}, {event} {happened} in {where} and the full extent of the damage was not yet known.",
    "{Event} {happened} in {where} on Wednesday, {who} said, days after the government had promised "
    "to tighten regulations following a similar incident elsewhere.",
    "{noun} in {where}: what we know so far",
    "{Event} in {where} {happened}, a source close to the investigation told AFP on condition of anonymity.",
    "{Who} told dpa that {event} {happened} in {where} and that rescue teams had reached the site "
    "within the hour.",
    "The number of people killed in {event} in {where} rose to 12 on Thursday, {who} said, after "
    "two of the injured died in hospital.",
    "{Event}, which {happened} in {where} on Saturday night, was the worst of its kind in the "
    "region in more than a decade, {who} said.",
    "Emergency crews remained in {where}, where {event} {happened}, well into the following day, {who} said.",
    "It was in {where} that {event} {happened} on Friday, {who} said, in what local media "
    "called the country's worst such incident in years.",
    "{Who} gave the first official account of {event} in {where}, saying it {happened} and "
    "that several people were still unaccounted for.",
    "{Event} {happened} in {where} in the early hours of Sunday, and hospitals were put on an "
    "emergency footing as blood donors were urged to come forward, {who} said.",
)

PLACE_SECOND = (
    "{Event} in {where} was the third such incident this year, according to figures compiled by {who}.",
    "The {where} {noun} has prompted calls for a full public inquiry, with opposition lawmakers "
    "accusing the government of ignoring repeated warnings.",
    "Investigators sent to {where} after {event} were expected to report their initial findings "
    "within a month, {who} said.",
    "{Who} said the families of those affected by {event} in {where} would receive compensation, "
    "although no figure was given.",
    "Since {event} in {where}, the authorities have come under mounting pressure to explain why "
    "earlier warnings went unheeded.",
    "The minister, who visited the scene of {event} in {where} and met survivors, said those "
    "responsible would be brought to justice.",
    '"What happened in {where} must never be allowed to happen again," the president said in a '
    "televised address, referring to {event}.",
    "It remained unclear why {event} in {where} had not been prevented, {who} said, given that "
    "inspectors had visited the area weeks earlier.",
    "{Event}, in {where}, came at a sensitive time for the government, which faces elections "
    "later this year.",
    "Of those hurt in the {where} {noun}, at least four remained in a critical condition, {who} said.",
    "Rights groups have demanded an independent investigation into {event} in {where}, saying the "
    "official account leaves too many questions unanswered.",
    "No arrests have been made over the {where} {noun}, {who} said, though two officials have been "
    "suspended pending an investigation.",
    "Footage of {event} in {where}, widely shared on social media, could not be independently "
    "verified by Reuters.",
    "{Who} said it was too early to say what had caused {event} in {where}.",
    "In a statement, the regional authorities said lessons would be learned from {event} in "
    "{where} and promised to cooperate fully with investigators.",
    "It was the worst {noun} in {where} in more than a decade, {who} said.",
    "Relatives of those caught up in {event} in {where} gathered outside the ministry to demand answers.",
    "The government ordered a nationwide safety review after {event} in {where}, and several "
    "officials have since been suspended.",
    "Asked by reporters about {event} in {where}, a government spokesman said an inquiry would "
    "establish who was to blame.",
    "Images from {where} in the hours after {event} showed emergency crews working under floodlights.",
    "The authorities, criticised over their handling of {event} in {where}, said they had acted as "
    "quickly as possible.",
    "People caught up in the {where} {noun} told reporters they had received little information "
    "from the authorities.",
    "Following {event} in {where}, security has been stepped up at similar sites across the "
    "country, {who} said.",
    "Mourners lay flowers near the site of {event} in {where}. AFP PHOTO",
    "Parliament observed a minute's silence for the victims of {event} in {where} before the "
    "start of its session.",
    "Prosecutors have opened a criminal investigation into {event} in {where} on suspicion of "
    "negligence, {who} said.",
    "Life in {where}, where {event} {happened}, was slowly returning to normal, although many "
    "shops remained shuttered.",
    "The cause of the {where} {noun} is still under investigation.",
    "(Adds comments from {who} on the {where} {noun} in paragraphs 6-8)",
    "Aid agencies said the response to {event} in {where} had been hampered by poor roads and "
    "patchy mobile phone coverage.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is another country's place, not where this event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Among those caught up in {event} were two tourists from {other}, officials said, "
        "adding that their families had been informed.",
        "from_to",
    ),
    NegativePair(
        "{where} (AP) — {Event} {happened} on Tuesday, {who} said.",
        "Officials in {other} sent condolences to {where} after {event} and offered to send a team "
        "of forensic experts.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened} and that the area had been sealed off.",
        "Many of the victims were migrant workers from {other}, according to {who}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Sunday, {who} told reporters.",
        "{Event} in {where} came a year after a similar incident in {other} that killed more than 30 people.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said, and an inquiry has been ordered.",
        "Experts flown in from {other} were helping local teams at the scene of {event} in "
        "{where}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} late on Friday, according to {who}.",
        "Speaking to reporters in {other}, where he was attending a regional summit, the foreign "
        "minister said he was following events in {where} closely.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said.",
        "Vigils were held in {other} for the victims of {event}, many of whom had relatives living there.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} in {where} {happened}, {who} said on Monday.",
        "Some of the most seriously injured were to be flown to {other} for specialist "
        "treatment, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said in a written statement.",
        "One witness, a student from {other} who was visiting {where} at the time, said the scene "
        "had been chaotic.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Authorities in {other} advised their citizens to avoid non-essential travel to "
        "{where} after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The last {noun} on a comparable scale, in {other} in 2019, led to sweeping changes in "
        "safety rules there.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Wednesday, {who} said.",
        "A conference on safety standards due to take place in {other} next month is expected to "
        "discuss {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{where} (Reuters) - {Event} {happened}, {who} said.",
        "Investigators said equipment imported from {other} would be examined as part of the "
        "inquiry into {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, which {happened} in {where}, was the worst in years, {who} said.",
        "The {where} {noun} drew messages of sympathy from around the world, including from "
        "leaders in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} and that an investigation was under way.",
        "Word of {event} first reached the outside world through a radio station based in "
        "{other}, which broadcast interviews with witnesses.",
        "from_to",
    ),
    # contained: {other} contains {where} or lies inside it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the worst {noun} to hit {other} in years, {who} said.",
        "contained",
    ),
    NegativePair(
        "{where} (AP) — {Event} {happened} on Tuesday, {who} said.",
        "Authorities across {other} were put on alert after {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "Television stations in {other} broadcast live pictures of {event} for most of the day.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Monday, {who} said.",
        "The {other} {noun} has reignited a debate about safety standards that successive "
        "governments have failed to settle.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "It was the deadliest {noun} in {other} since records began, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} told reporters.",
        "{Event} in {other} was the subject of an emergency cabinet meeting, a government spokesman said.",
        "contained",
    ),
    NegativePair(
        "{a_noun} {happened} in {where}, {who} said.",
        "Flags flew at half-mast across {other} as the country mourned the victims of {event}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said on Thursday.",
        "Pressure is growing on officials in {other} to explain how {event} was allowed to happen.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} early on Sunday, {who} said.",
        "{Who} said {event}, which {happened}, was the first of its kind in {other} for a generation.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Newspapers in {other} devoted their front pages to {event}, with several calling for the "
        "responsible minister to resign.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place23a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
