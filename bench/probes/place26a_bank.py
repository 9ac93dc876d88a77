"""Place bank place26a, written by helper place26a, round 26 (blind author).

Register: US and Canadian local TV and radio station websites, police, fire and sheriff's
office news releases and local newspaper briefs on fires, crashes, shootings, standoffs,
rescues, floods, outages, water main breaks, chases, ribbon-cuttings, parades, town halls
and vigils. Habits imitated: call-letter datelines ("{where} (WXYZ) —"), "Crews responded
to ...", "according to a news release", "deputies said", "No injuries were reported",
"The incident remains under investigation", times of day, victims' ages set off by commas,
street-level detail, attribution first or last, "the {where} area", "the {where} {noun}",
"{where}'s {noun}", "near {where}", "officials in {where}", captions, WATCH/UPDATE kickers,
Crime Stoppers tags and "what we know" lines.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "house fire",
        ("broke out", "was reported", "started", "was knocked down"),
        ("fire officials", "the fire department", "the fire marshal", "firefighters"),
    ),
    EventKind(
        "rollover crash",
        ("happened", "was reported", "shut down traffic", "occurred"),
        ("state troopers", "the highway patrol", "deputies", "police"),
    ),
    EventKind(
        "shooting",
        ("happened", "was reported", "unfolded", "took place"),
        ("police", "detectives", "a police spokesperson", "investigators"),
    ),
    EventKind(
        "standoff",
        ("began", "ended peacefully", "unfolded", "dragged on for hours"),
        ("the sheriff's office", "deputies", "SWAT officers", "police"),
    ),
    EventKind(
        "water rescue",
        ("was carried out", "took place", "unfolded", "happened"),
        ("fire crews", "rescue officials", "the fire department", "the Coast Guard"),
    ),
    EventKind(
        "power outage",
        ("began", "was reported", "left thousands without electricity", "hit"),
        ("the utility", "a utility spokesperson", "line crews", "the power company"),
    ),
    EventKind(
        "water main break",
        ("was reported", "flooded several streets", "happened", "was discovered"),
        ("city officials", "the water department", "public works crews", "the utility"),
    ),
    EventKind(
        "police chase",
        ("began", "ended", "reached speeds topping 100 mph", "started"),
        ("police", "troopers", "the sheriff's office", "a police spokesman"),
    ),
    EventKind(
        "ribbon-cutting",
        ("took place", "was held", "drew a crowd", "went ahead"),
        ("organizers", "city officials", "the chamber of commerce", "the mayor's office"),
        hosted=True,
    ),
    EventKind(
        "parade",
        ("stepped off", "went ahead", "drew thousands", "took place"),
        ("organizers", "parade organizers", "city officials", "police"),
        hosted=True,
    ),
    EventKind(
        "town hall",
        ("took place", "was held", "drew a packed room", "got heated"),
        ("organizers", "the congressman's office", "attendees", "city officials"),
        hosted=True,
    ),
    EventKind(
        "candlelight vigil",
        ("was held", "drew dozens", "took place", "went ahead"),
        ("organizers", "family members", "friends of the victim", "community leaders"),
        hosted=True,
    ),
    EventKind(
        "brush fire",
        ("broke out", "flared up", "was contained", "burned about 40 acres"),
        ("forestry officials", "firefighters", "the fire chief", "fire officials"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "was reported", "occurred", "left a pedestrian dead"),
        ("police", "investigators", "the police department", "troopers"),
    ),
    EventKind(
        "stabbing",
        ("happened", "was reported", "occurred", "took place"),
        ("police", "detectives", "officers", "a police spokeswoman"),
    ),
    EventKind(
        "flash flood",
        ("struck", "washed out roads", "caught residents off guard", "hit"),
        ("emergency management officials", "the National Weather Service", "county officials", "forecasters"),
    ),
    EventKind(
        "gas leak",
        ("was reported", "forced an evacuation", "was detected", "prompted road closures"),
        ("fire officials", "the gas company", "crews", "firefighters"),
    ),
    EventKind(
        "bank robbery",
        ("happened", "was reported", "took place", "occurred"),
        ("the FBI", "police", "investigators", "detectives"),
    ),
    EventKind(
        "tornado",
        ("touched down", "struck", "hit", "was confirmed"),
        ("the National Weather Service", "meteorologists", "emergency officials", "forecasters"),
    ),
    EventKind(
        "train derailment",
        ("happened", "was reported", "forced evacuations", "occurred"),
        ("railroad officials", "the railroad", "federal investigators", "emergency officials"),
    ),
    EventKind(
        "pileup",
        ("happened", "involved more than a dozen vehicles", "closed the interstate", "occurred"),
        ("state police", "troopers", "the highway patrol", "transportation officials"),
    ),
)

PLACE_FIRST = (
    "{where} (WXYZ) — {Event} {happened} early Sunday, according to {who}.",
    "{where} (KSTP) — {Who} are looking into {a_noun} that {happened} overnight.",
    "Crews responded to {a_noun} in {where} shortly before 3 a.m., {who} said.",
    "{Event} in {where} {happened} just after 6 p.m. Tuesday, {who} said.",
    "According to a news release from {who}, {event} {happened} near {where}.",
    "Deputies said {event} {happened} in the {where} area around 11:30 p.m.",
    "{Who} say {event} {happened} in {where} on Monday night.",
    "It was in {where} that {event} {happened}, {who} confirmed Thursday.",
    "{Event}, which {happened} in {where} late Friday, left one man, 42, in the hospital.",
    "The {where} {noun} {happened} around 4:15 p.m., and no injuries were reported.",
    "{where}'s {noun} {happened} on a busy stretch of Main Street, {who} said.",
    "No injuries were reported after {event} {happened} in {where}, {who} said.",
    "Here's what we know so far about {event} in {where}.",
    "WATCH: Viewer video shows the aftermath of {event} in {where}.",
    "Witnesses in {where} told News 8 that {event} {happened} within a matter of minutes.",
    "{Who} were called to {where} after {event} {happened} Saturday afternoon.",
    "Just before midnight, {event} {happened} on the east side of {where}, {who} said.",
    "Residents across {where} woke up to word that {event} {happened} overnight.",
    "Speaking to reporters in {where}, the chief said {event} {happened} faster than anyone expected.",
    "Near {where}, {event} {happened} along a two-lane county road, {who} said.",
    "'We pulled up and it was already bad,' a first responder said of {event} in {where}.",
    "Traffic was diverted around {where} after {event} {happened}, according to {who}.",
    "A woman, 27, was taken to a nearby hospital following {event} in {where}, {who} said.",
    "{Who} confirmed to Eyewitness News that {event} {happened} in {where}.",
    "Emergency vehicles line the block at the scene of {event} in {where} on Thursday. (Viewer photo)",
    "{Event} was {held} in {where} on Saturday morning, {who} said.",
    "Hundreds turned out for {a_noun} {held} in downtown {where} over the weekend.",
    "{Who} hosted {a_noun} in {where} on Thursday evening.",
    "Dozens gathered in {where} for {a_noun} {held} by {who}.",
    "Officials in {where} say {event} {happened} a little after 8 a.m.",
    "Shortly after sunrise, in a quiet neighborhood on the outskirts of {where}, {event} {happened}.",
    "BREAKING: {Who} report {a_noun} in {where}; avoid the area if possible.",
    "{Event} that {happened} Wednesday in {where} is being investigated, {who} said in a statement.",
    "{Who}, in a post on social media, said {event} {happened} near the {where} city limits.",
    "What started as a routine call in {where} turned into {a_noun}, {who} said.",
    "Units from three departments converged on {where} after {event} {happened}, {who} said.",
)

PLACE_SECOND = (
    "Anyone with information about the {noun} in {where} is asked to call Crime Stoppers.",
    "The {where} {noun} remains under investigation, {who} said.",
    "Traffic in {where} was backed up for hours because of the {noun}, {who} said.",
    "{Who} in {where} said the cause of the {noun} had not been determined.",
    "It was not immediately clear what led to the {noun} in {where}.",
    "Video shared on social media appeared to show the {noun} in {where}.",
    "PHOTOS: Scenes from the {noun} in {where}",
    "A GoFundMe page has been set up for families affected by the {noun} in {where}.",
    "The Red Cross is helping residents displaced by the {noun} in {where}.",
    "Neighbors in {where} said they heard sirens for more than an hour during the {noun}.",
    "'I've never seen anything like it,' said one {where} resident who witnessed the {noun}.",
    "Police in {where} say the {noun} is not believed to be connected to any other case.",
    "Stay with Channel 2 for updates on the {noun} in {where}.",
    "Back in {where}, cleanup from the {noun} stretched into the evening.",
    "Crews stayed on scene in {where} for several hours after the {noun}.",
    "Roads near the site of the {noun} in {where} reopened shortly after 9 p.m.",
    "{Who} did not say what prompted the {noun} in {where}.",
    "By late afternoon, the scene of the {noun} in {where} had been cleared.",
    "The cause of {where}'s {noun} is still being looked into.",
    "Anyone who was in {where} at the time of the {noun} and has dashcam video is urged to contact {who}.",
    "Residents of {where} affected by the {noun} can call the city's 311 line.",
    "The mayor of {where} thanked first responders for their work during the {noun}.",
    "A spokesperson for {who} confirmed the {noun} in {where} but declined to give details.",
    "{where} (WXYZ) — Investigators are still piecing together what happened during the {noun}.",
    "UPDATE: {Who} now say the {noun} in {where} was smaller than first thought.",
    "Officials with {who} said the {noun} near {where} is the only one they are aware of.",
    "Among those at the scene of the {noun} in {where} was the county's emergency manager.",
    "School buses in the {where} area were rerouted because of the {noun}, district officials said.",
    "The {noun}, which drew a heavy emergency response to {where}, is the subject of an internal review.",
    "A full report on the {where} {noun} is expected in the coming weeks, {who} said.",
    "Reporter Dana Lee was in {where} for the {noun} and has more.",
    "Those living near where the {noun} happened in {where} were told to stay indoors.",
    "'Everybody in {where} is talking about the {noun},' one business owner said.",
    "In {where}, the {noun} was the top topic at Monday's council meeting.",
    "The {noun} in {where}, {who} said, drew calls from dozens of worried residents.",
    "It was {where} where the {noun} hit hardest, according to {who}.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "One person at the {noun}, a 31-year-old visitor from {other}, was treated and released.",
        "from_to",
    ),
    NegativePair(
        "{where} (WXYZ) — {Event} {happened} late Saturday, according to {who}.",
        "Relatives of the victim flew in from {other} after hearing about the {noun}.",
        "from_to",
    ),
    NegativePair(
        "Crews responded to {a_noun} in {where} just after noon, {who} said.",
        "A similar {noun} happened in {other} last year, {who} noted.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened} around 2 a.m., {who} said.",
        "The family had moved to {where} from {other} only months before the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Who} say {event} {happened} in {where} on Friday evening.",
        "Word of the {noun} quickly reached {other}, where the man's parents live.",
        "from_to",
    ),
    NegativePair(
        "According to a news release, {event} {happened} in {where}.",
        "The suspect, originally from {other}, was booked into the county jail after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} on Saturday, {who} said.",
        "Organizers said next year's {noun} will be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} just before dawn, {who} said.",
        "{Who} compared the {noun} to one that struck {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "Deputies said {event} {happened} in the {where} area Tuesday night.",
        "Investigators from {other} were flown to {where} to help with the {noun} probe.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "One of the injured was later flown from {where} to a trauma center in {other}.",
        "from_to",
    ),
    NegativePair(
        "Hundreds turned out for {a_noun} {held} in {where} on Sunday.",
        "Several tourists from {other} were among the crowd at the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened} shortly after 5 p.m., {who} said.",
        "The man had been visiting {where} from {other} when the {noun} happened, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, and no injuries were reported.",
        "Unlike the {noun} in {where}, the one in {other} last spring hurt several people.",
        "from_to",
    ),
    NegativePair(
        "{where} (KSTP) — {Who} are investigating {a_noun} that {happened} overnight.",
        "Viewers as far away as {other} called the station after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "Officials in {where} say {event} {happened} Monday morning.",
        "Extra crews were sent from {other} to {where} after the {noun}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} overnight, {who} said.",
        "The victim, 58, will be buried in {other}, where he grew up, relatives said after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Who} hosted {a_noun} in {where} on Thursday.",
        "{Who} said a similar {noun} is planned for {other} next month.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {noun} in {where} was among the top stories in {other} on Monday.",
        "contained",
    ),
    NegativePair(
        "Crews responded to {a_noun} in {where} early Wednesday, {who} said.",
        "Firefighters from across {other} were sent to help with the {noun} in {where}.",
        "contained",
    ),
    NegativePair(
        "{where} (WXYZ) — {Event} {happened} Friday afternoon, {who} said.",
        "Viewers in {other} watched live coverage of the {noun} in {where}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened} around 10 p.m., according to {who}.",
        "The {noun} in {where} prompted officials elsewhere in {other} to review their own plans.",
        "contained",
    ),
    NegativePair(
        "{Who} say {event} {happened} in {where} on Sunday.",
        "Officials in {other} said they were monitoring the {noun} in {where} closely.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Donations for those affected by the {noun} in {where} poured in from around {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened} late Thursday, {who} said.",
        "The {where} {noun} led newscasts across {other} that evening.",
        "contained",
    ),
    NegativePair(
        "Deputies said {event} {happened} near {where} around 7 p.m.",
        "A spokesperson in {other} confirmed the {noun} in {where} but gave no further details.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where} on Saturday afternoon.",
        "Visitors from all over {other} came to {where} for the {noun}, {who} said.",
        "contained",
    ),
    NegativePair(
        "No injuries were reported after {event} {happened} in {where}.",
        "The {noun} in {where} has drawn attention from leaders in {other}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place26a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
