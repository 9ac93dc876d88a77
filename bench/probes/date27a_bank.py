"""Date bank date27a, written by helper date27a, round 27 (blind author).

Register: British, Irish and Australian regional newspapers and public broadcasters (BBC
local, RTÉ, ABC) covering councils, parliaments, courts, coroners, health services,
transport, utilities and weather. Habits used: "it came after ...", "councillors were
told ...", "the court heard ...", "at about 5.30pm {when}", attribution first ("A
spokesperson said the closure ..."), the date after the noun ("the storm on 12 May") in
place of a compound or possessive (the engine's {when} carries its own preposition, so
"{when}'s storm" cannot be written), fronted time phrases, clefts ("It was {when} that
..."), passives ("It is understood that ..."), "the meeting, held on ..." appositions,
quotes, captions, and long sentences that leave the date far from the event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "inquest",
        ("opened", "was formally opened", "concluded", "was adjourned"),
        ("the coroner's office", "the coroner's court", "a court official"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("took place", "was held", "was contested", "was decided"),
        ("the returning officer", "the Electoral Commission", "election officials"),
        hosted=True,
    ),
    EventKind(
        "flash flood",
        ("struck", "hit the area", "swept through the town", "inundated the main street"),
        ("the Environment Agency", "the fire and rescue service", "the State Emergency Service"),
    ),
    EventKind(
        "storm",
        ("hit", "made landfall", "battered the coast", "swept in off the Atlantic"),
        ("the Met Office", "forecasters", "Met Éireann", "the Bureau of Meteorology"),
    ),
    EventKind(
        "road closure",
        ("came into force", "began", "took effect", "was put in place"),
        ("the county council", "the roads authority", "a council spokesperson"),
    ),
    EventKind(
        "collision",
        ("happened", "occurred", "took place"),
        ("police", "gardaí", "the ambulance service", "a police spokeswoman"),
    ),
    EventKind(
        "nurses' strike",
        ("went ahead", "began", "took place", "was staged"),
        ("the union", "the health board", "union representatives"),
    ),
    EventKind(
        "special sitting",
        ("was held", "took place", "was convened", "was suspended"),
        ("the Speaker's office", "parliamentary officials", "the Clerk of the House"),
        hosted=True,
    ),
    EventKind(
        "preliminary hearing",
        ("was held", "took place", "opened", "was heard"),
        ("the court service", "court officials", "the tribunal"),
        hosted=True,
    ),
    EventKind(
        "official opening",
        ("took place", "went ahead", "was held", "was performed"),
        ("the council", "the health service", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "bushfire",
        ("broke out", "started", "flared up", "jumped containment lines"),
        ("the Rural Fire Service", "the Country Fire Authority", "fire crews"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "began", "got under way", "was carried out"),
        ("emergency services", "the SES", "police"),
    ),
    EventKind(
        "council vote",
        ("took place", "was taken", "was held", "went ahead"),
        ("the council", "councillors", "a council spokesperson", "the local authority"),
        hosted=True,
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the Rail Accident Investigation Branch", "Network Rail", "Irish Rail", "the rail operator"),
    ),
    EventKind(
        "power cut",
        ("began", "hit thousands of homes", "struck", "happened"),
        ("the network operator", "ESB Networks", "the electricity supplier"),
    ),
    EventKind(
        "landslip",
        ("happened", "came down", "occurred", "blocked the road"),
        ("the county council", "geologists", "the roads authority"),
    ),
    EventKind(
        "protest",
        ("took place", "was held", "went ahead", "was staged"),
        ("organisers", "police", "the campaign group"),
        hosted=True,
    ),
    EventKind(
        "cyber attack",
        ("was detected", "took place", "happened", "began"),
        ("the health service", "IT staff", "the National Cyber Security Centre"),
    ),
    EventKind(
        "house fire",
        ("broke out", "started", "happened"),
        ("the fire service", "firefighters", "fire investigators"),
    ),
    EventKind(
        "public meeting",
        ("was held", "took place", "went ahead"),
        ("organisers", "residents", "the residents' association"),
        hosted=True,
    ),
    EventKind(
        "boil water notice",
        ("was issued", "came into effect", "was imposed"),
        ("Uisce Éireann", "the water company", "the environmental health team"),
    ),
    EventKind(
        "ward closure",
        ("came into effect", "began", "was announced", "was enforced"),
        ("the health trust", "hospital management", "the HSE"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{Who} said {event} {happened} at about 5.30pm {when}.",
    "It came after {event} {happened} {when}.",
    "{when}, {a_noun} {happened} in the area, according to {who}.",
    "A spokesperson said {event}, which {happened} {when}, was now the subject of a review.",
    "Councillors were told that {event} {happened} {when}.",
    "{Event}, which {happened} {when}, has prompted calls for an independent review.",
    "According to {who}, {event} {happened} {when}.",
    "The figures, released by {who}, relate to {event} {when}.",
    "In a statement, {who} confirmed that {event} {happened} {when}.",
    "{Event} {when} was the main item on the agenda when the committee met.",
    "Questions have been raised about the handling of {event} {when}.",
    "It was {when} that {event} {happened}, {who} said.",
    "Local representatives have called for answers following {event} {when}.",
    "{Event} {happened} {when} and {who} has since been asked for more detail.",
    "{Event}, {held} {when}, was followed closely by people across the county.",
    "{Event} was {held} {when}, with {who} confirming the arrangements a few days beforehand.",
    "{when}, {a_noun} was {held} – the first the area had seen for some time.",
    "{Who} confirmed {event} {happened} {when}, adding that no further details would be released for now.",
    "Picture caption: scenes from {event} {when}, photographed by a reader.",
    "{Event}, which {who} said would be examined in detail by an independent panel once all"
    " of the evidence had been gathered and the families involved had been consulted, {happened} {when}.",
    "The disruption caused by {event} {when} was raised at a meeting of the transport committee.",
    "{Who} has published a timeline showing that {event} {happened} {when}.",
    '"{Event} {happened} {when} and we have been dealing with the fallout ever since," a spokesperson said.',
    "Speaking to RTÉ News, a local man said {event} {when} had taken many people by surprise.",
    "It is understood that {event} {happened} {when}.",
    "Figures obtained by this newspaper show that {event} {when} cost the local authority"
    " more than £200,000.",
    "The report, which was presented to councillors, examined {event} {when} in some detail.",
    "Details of {event} {when} were set out in a briefing note seen by the programme.",
    "Although {event} {happened} {when}, the full findings have yet to be made public.",
    "Described by {who} as highly unusual, {event} {happened} {when}.",
    "The timing of {event} {when} has been questioned by opposition councillors.",
    "The court heard that {event} {happened} {when}.",
    "{when}, and with little warning to residents, {event} {happened}, {who} said.",
    "A briefing prepared for the minister, released under freedom of information, states that"
    " {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, according to {who}.",
    "Records kept by {who} show {event} {happened} {when}.",
    "It was {when} that {event} {happened}, according to the timeline.",
    "{when}, {event} {happened}, {who} confirmed.",
    "A spokesperson said {event} {when} had been handled in line with agreed procedures.",
    "{Event}, which {happened} {when}, is the subject of an internal review.",
    "The committee was told that {event} {happened} {when}.",
    "In its written submission, the authority said {event} {happened} {when}.",
    "Since {event} {when}, {who} has received dozens of queries from the public.",
    "Looking back at {event} {when}, one councillor said lessons had been learned.",
    "The full cost of {event} {when} has yet to be calculated.",
    "As previously reported, {event} {happened} {when}.",
    "The findings published by {who} relate to {event} {when}.",
    "Minutes of the council show {event} was {held} {when}.",
    "{Event} was eventually {held} {when}, {who} said.",
    "{Event}, {held} {when}, ran for much of the day.",
    "Speaking after {event} {when}, {who} thanked the public for their patience.",
    "{Who} said, in a lengthy statement that also addressed criticism of how the public had been"
    " kept informed, that {event} {happened} {when}.",
    "Data provided by {who} suggests {event} {happened} {when}.",
    "A written answer to a parliamentary question confirmed that {event} {happened} {when}.",
    "The BBC understands {event} {happened} {when}.",
    "Asked about {event} {when}, a government spokesperson declined to comment further.",
    "Footage of {event} {when} was widely shared on social media.",
    "{Event} {happened} {when} – a point repeated by {who} in a statement.",
    "Councillors were reminded that {event} {happened} {when}.",
    "It was confirmed at the meeting that {event} {happened} {when}.",
    'Recalling {event} {when}, one resident said: "Nobody around here had seen anything like it."',
    "{Event} – which {who} says {happened} {when} – remains under review.",
    "The inquiry will focus on {event} {when} and the decisions taken in the hours around it.",
    "{when}, according to the incident log released by {who}, {event} {happened}.",
    "Pictured: the scene following {event} {when}.",
    "Those who gave evidence said {event} {happened} {when}.",
    "The chief executive told the board that {event} {when} had tested the organisation.",
    "Official documents, seen by the ABC, record that {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: a future follow-up beside the past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A report on {event} is due to go before councillors {when}.",
        "planned",
    ),
    NegativePair(
        "It came after {event} {happened} {when}.",
        "A public meeting to discuss {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The independent review of {event} is expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "Councillors were told that {event} {happened} {when}.",
        "{Who} will appear {when} before an Oireachtas committee examining {event}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is under review.",
        "A service to remember those affected by {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Ministers are set to respond {when} to written questions about {event}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} confirmed.",
        "A further {noun} is due to be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "The court heard that {event} {happened} {when}.",
        "A full hearing into the circumstances of {event} has been listed to take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{when}, councillors will vote on the recommendations arising from {event}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the other way round)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records kept by {who} confirm {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It came after {event} {happened} {when}.",
        "{Event}, which {happened} {when}, is the subject of a review.",
        "compatible",
    ),
    NegativePair(
        "{when}, {a_noun} {happened} in the area, according to {who}.",
        "It was {when} that {event} {happened}, the committee heard.",
        "compatible",
    ),
    NegativePair(
        "The figures relate to {event} {when}.",
        "As previously reported, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {held} {when}, was followed closely across the county.",
        "Minutes show {event} was {held} {when}.",
        "compatible",
    ),
    NegativePair(
        "Questions have been raised about the handling of {event} {when}.",
        "{Who} has confirmed {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "A spokesperson said {event}, which {happened} {when}, was being examined.",
        "Data from {who} shows {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It is understood that {event} {happened} {when}.",
        "{Event} {when} was later raised at a council meeting.",
        "compatible",
    ),
    # another: a different instance of the kind on its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when}, in a different part of the county.",
        "another",
    ),
    NegativePair(
        "It came after {event} {happened} {when}.",
        "It was not the only {noun} in the region: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Residents compared it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Councillors were told that {event} {happened} {when}.",
        "They were also briefed on an unrelated {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} confirmed.",
        "A different {noun} was {held} {when} in a neighbouring constituency.",
        "another",
    ),
    NegativePair(
        "The court heard that {event} {happened} {when}.",
        "The court was also told about another {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has prompted calls for a review.",
        "The {year} {noun} {happened} {when} and was handled by a different team.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "{Who} is also dealing with the aftermath of a second, unconnected {noun} {when}.",
        "another",
    ),
    NegativePair(
        "In a statement, {who} confirmed that {event} {happened} {when}.",
        "That was separate from {a_noun} elsewhere in the region {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date27a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
