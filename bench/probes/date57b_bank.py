"""DATE bank date57b, written by a blind helper, round 57 (held out). Register: police, fire, ambulance,
coastguard and council statements as reproduced near-verbatim by local papers and regional broadcasts."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "warehouse fire",
        ("broke out", "started", "took hold"),
        ("fire crews", "the fire service", "the county fire and rescue service", "a fire service spokesman"),
    ),
    EventKind(
        "gas cylinder blast",
        ("happened", "occurred", "went off"),
        ("police", "firefighters", "the fire service", "a police spokeswoman"),
    ),
    EventKind(
        "stabbing",
        ("took place", "happened", "occurred"),
        ("police", "detectives", "the force", "a police spokeswoman"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "took place", "occurred"),
        ("police", "traffic officers", "the force", "roads policing officers"),
    ),
    EventKind(
        "cliff rescue",
        ("took place", "was carried out", "was launched"),
        ("the coastguard", "HM Coastguard", "the RNLI", "a coastguard spokesman"),
    ),
    EventKind(
        "chip pan fire",
        ("broke out", "started", "happened"),
        ("firefighters", "the fire service", "a watch manager", "fire crews"),
    ),
    EventKind(
        "ram-raid",
        ("happened", "took place", "was carried out"),
        ("police", "detectives", "officers", "the force"),
    ),
    EventKind(
        "landslip",
        ("happened", "occurred", "struck"),
        ("the council", "highways officials", "council engineers", "a council spokeswoman"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("the council", "highways officers", "engineers", "a council spokesman"),
    ),
    EventKind(
        "water main burst",
        ("happened", "occurred", "flooded the road"),
        ("the water company", "the council", "engineers", "a water company spokesman"),
    ),
    EventKind(
        "arson attack",
        ("happened", "took place", "was carried out"),
        ("police", "fire investigators", "detectives", "the fire service"),
    ),
    EventKind(
        "carbon monoxide leak",
        ("happened", "occurred", "was discovered"),
        ("paramedics", "the ambulance service", "firefighters", "gas engineers"),
    ),
    EventKind(
        "motorway pile-up",
        ("happened", "occurred", "took place"),
        ("police", "National Highways", "the ambulance service", "traffic officers"),
    ),
    EventKind(
        "flash flood",
        ("struck", "swept through the village", "hit the area"),
        ("the Environment Agency", "the council", "emergency services", "the fire service"),
    ),
    EventKind(
        "scaffolding collapse",
        ("happened", "occurred", "took place"),
        ("the Health and Safety Executive", "firefighters", "police", "the council"),
    ),
    EventKind(
        "dog attack",
        ("happened", "took place", "occurred"),
        ("police", "officers", "paramedics", "a police spokesman"),
    ),
    EventKind(
        "armed robbery",
        ("took place", "happened", "was carried out"),
        ("detectives", "police", "the force", "a police spokeswoman"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("British Transport Police", "Network Rail", "the rail operator", "accident investigators"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "took place", "was carried out"),
        ("police", "the council", "the fire service", "a police spokesman"),
    ),
    EventKind(
        "dispersal order",
        ("was issued", "was imposed", "came into force"),
        ("police", "the force", "the neighbourhood policing team", "a police spokesman"),
    ),
    EventKind(
        "controlled explosion",
        ("was carried out", "took place", "was conducted"),
        ("police", "army bomb disposal experts", "the Ministry of Defence", "officers"),
    ),
    EventKind(
        "community vigil",
        ("was held", "took place", "went ahead"),
        ("organisers", "the council", "the parish church", "the town council"),
        hosted=True,
    ),
    EventKind(
        "multi-agency exercise",
        ("was held", "took place", "was carried out"),
        ("the fire service", "the council", "police", "the ambulance service"),
        hosted=True,
    ),
    EventKind(
        "inquest",
        ("was opened", "was held", "took place"),
        ("the coroner's office", "the coroner", "court officials", "the county coroner"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed in a statement.",
    "Officers were called to reports of {a_noun} {when}, and a cordon remains in place "
    "while inquiries continue.",
    "Emergency services, including two ambulance crews, attended after {event} {happened} {when}.",
    "Crews were alerted {when} to {a_noun} and remained at the scene for several hours, {who} said.",
    "The force's press office confirmed that {event} {happened} {when} and said inquiries are ongoing.",
    "{Who} said in a statement that {event}, which {happened} {when}, was being treated as a priority.",
    "Anyone who saw {event} {when}, or who has dashcam or doorbell footage, is asked to contact "
    "police quoting the log number.",
    "The cause of {event} {when} has not yet been established, {who} said.",
    "Detectives investigating {event} {when} have renewed their appeal for witnesses.",
    "{Event}, which residents say left the whole street shaken and which prompted a stream of calls "
    "to the council and to the local police station over the following hours, {happened} {when}.",
    '"We were called to {a_noun} {when} and our crews worked hard to make the area safe," a spokesman said.',
    "When {event} {happened} {when}, officers were already on patrol nearby, {who} said.",
    "{Who} first received reports of {a_noun} {when}, shortly after the alarm was raised by a passer-by.",
    "{Event}, one of the most serious incidents the town has seen in years, {happened} {when}.",
    "Residents who were moved out of their homes during {event} {when} have since been allowed to return.",
    "{Event} ({when}, according to {who}) drew one of the largest emergency responses the area has seen.",
    "{Who} said the first 999 call about {event} was received {when}.",
    "Within minutes of {event} {when}, {who} said, the first emergency crews were at the scene.",
    "Inquiries into {event}, which {who} said {happened} {when}, are continuing.",
    "A cordon was put in place following {event} {when} and some roads nearby remained closed "
    "into the evening.",
    "Dashcam footage of {event} {when} is being sought by officers, who want to trace two drivers "
    "seen nearby.",
    "Above: the scene of {event} {when}, in a picture released by {who}.",
    "A man has appeared before magistrates charged in connection with {event} {when}.",
    "Following {event} {when}, the council said it would carry out a full review of safety in the area.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had shaken the whole neighbourhood.",
    "{Event} {happened} {when}, {who} later confirmed.",
    "Speaking after {event} {when}, a neighbour described hearing shouting and then the sound of sirens.",
    "It is understood that {event} {happened} {when}, although the exact sequence of events remains unclear.",
    "Officers are still trying to piece together exactly what happened during {event} {when}.",
    "{Who} added that {event} {when} had stretched resources across the county.",
    "The {noun}, {who} said in a later update, {happened} {when}.",
    "Footage shared on social media appeared to show the aftermath of {event} {when}.",
    "Anyone with information about {event} {when} is urged to contact the force online or by calling 101.",
    "Those caught up in {event} {when} have been offered support by the council.",
    '"Nobody who saw {event} {when} will forget it in a hurry," one resident said.',
    "Since {event} {when}, patrols in the area have been stepped up.",
    "Although {event} {happened} {when}, it was several hours before the road reopened to traffic.",
    "{Event} is now believed to have taken place {when}, {who} said.",
    "A file on {event} {when} has been passed to the Crown Prosecution Service.",
    "Paramedics who attended {event} {when} treated several people at the scene, the ambulance service said.",
    "By the time the last crews had left and the road had been reopened to traffic, more than a "
    "dozen agencies had been involved in the response to {event} {when}.",
    "Pictured: the scene of {event} {when}, photographed from the road above.",
    "Neighbours recalled that {event} {when} had come without any warning.",
    "What caused {event} {when} is still being investigated, {who} said.",
    "Asked about {event} {when}, a council spokeswoman said lessons would be learned.",
    "Local businesses said trade had suffered in the days after {event} {when}.",
    "{Who} said the response to {event}, which {happened} {when}, was being reviewed.",
    "Detectives are also examining CCTV from around the time of {event} {when}.",
    'The {noun} {when} was, in the words of one officer, "as bad as anything I\'ve seen".',
    "Residents were left badly shaken by {event} {when}, the chairman of the parish council said.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/planned follow-up to the dated past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "Officers were called to {a_noun} {when}.",
        "A service for those affected by {event} will be held {when}, the council confirmed.",
        "planned",
    ),
    NegativePair(
        "Detectives said {event} {happened} {when}.",
        "The trial of a man charged in connection with {event} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A public meeting for residents worried about {event} will take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, left several people needing treatment.",
        "A man accused over {event} is due to be sentenced {when}.",
        "planned",
    ),
    NegativePair(
        "Crews were alerted to {a_noun} {when}.",
        "The findings of the investigation into {event} are expected to be made public {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "A plaque marking {event} will be unveiled {when}, the town council said.",
        "planned",
    ),
    NegativePair(
        "The force confirmed that {event} {happened} {when}.",
        "An independent review of how agencies handled {event} will begin {when}.",
        "planned",
    ),
    NegativePair(
        "Residents still talk about {event} {when}.",
        "The road closed after {event} is due to reopen fully {when}, highways officials said.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Witnesses said {event} {when} had been over within minutes.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The {noun} {when} left one person in hospital.",
        "compatible",
    ),
    NegativePair(
        "Officers attended {event} {when}.",
        "It was {when} that {event} {happened}, the force later said.",
        "compatible",
    ),
    NegativePair(
        "Inquiries into {event} {when} are ongoing.",
        "{Event} {happened} {when}, according to the police log.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Neighbours described hearing sirens during {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Emergency services were called after {event} {when}.",
        "A spokesman confirmed {event} had first been reported {when}.",
        "compatible",
    ),
    NegativePair(
        "The cause of {event} {when} is not yet known.",
        "Footage of {event} {when} has been handed to officers.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew a large emergency response.",
        "The {noun}, first reported to {who} {when}, is still under investigation.",
        "compatible",
    ),
    # another: second sentence is a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {when} is also being investigated.",
        "another",
    ),
    NegativePair(
        "Officers were called to {a_noun} {when}.",
        "It is the second such incident in the area, after another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An earlier {noun} on the same street {when} caused only minor damage.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Police are looking at whether it is linked to a similar {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being investigated.",
        "Crews had dealt with a different {noun} nearby {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Inquiries into {event} {when} are continuing.",
        "The same road was closed for several hours after another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "It is not thought to be connected to a previous {noun} in the town {when}.",
        "another",
    ),
    NegativePair(
        "Emergency services attended {event} {when}.",
        "A second, unrelated {noun} was reported {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Detectives appealed for witnesses to {event} {when}.",
        "Residents said it brought back memories of the {year} {noun}, and of another one {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date57b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
