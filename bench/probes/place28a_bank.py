"""Place bank place28a, written by helper place28a, round 28 (blind author).

Register: North American local TV and radio station websites and AP-style wire briefs —
house fires, brush fires, rollovers, hit-and-runs, standoffs, robberies, pursuits, water main
breaks, tornadoes and hail, outages, court hearings, lockdowns, vigils, parades, food drives
and charity runs. Habits imitated: datelines ("{where} — ..."), attribution first or last
("according to a release from ...", "the sheriff's office said", "officials told KXYZ"),
station self-reference ("our crew", "our newsroom", "stay with NewsChannel 8"), web-story
furniture ("UPDATE:", "WATCH:", "PHOTOS:", captions with a courtesy credit), relative clauses
and clefts that put the place far from the event noun, and compounds such as
"the {where} {noun}" / "{where}'s {noun}" / "{where} residents".
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "house fire",
        ("broke out", "gutted the two-story home", "displaced a family of five", "was reported"),
        ("fire officials", "the fire marshal", "the fire department", "a battalion chief"),
    ),
    EventKind(
        "brush fire",
        ("charred about 40 acres", "forced evacuations", "jumped the highway", "flared up"),
        ("fire crews", "the state forestry service", "the county fire department", "a fire spokesperson"),
    ),
    EventKind(
        "rollover crash",
        ("shut down all lanes", "left one driver dead", "sent three people to the hospital", "happened"),
        ("state troopers", "the highway patrol", "police", "the sheriff's office"),
    ),
    EventKind(
        "hit-and-run",
        ("left a pedestrian critically injured", "killed a cyclist", "happened", "was reported"),
        ("police", "investigators", "the police department", "a department spokesperson"),
    ),
    EventKind(
        "officer-involved shooting",
        ("left one man dead", "unfolded", "happened", "wounded a suspect"),
        ("the state bureau of investigation", "police", "the police chief", "investigators"),
    ),
    EventKind(
        "armed standoff",
        ("ended peacefully", "stretched for nearly six hours", "ended with an arrest", "began"),
        ("the sheriff's office", "SWAT officers", "deputies", "a sheriff's spokesperson"),
    ),
    EventKind(
        "home invasion",
        ("left two residents injured", "was reported", "unfolded", "happened"),
        ("deputies", "police", "detectives", "the sheriff's office"),
    ),
    EventKind(
        "bank robbery",
        ("happened", "was reported", "ended without injuries", "took less than five minutes"),
        ("the FBI", "police", "investigators", "an FBI spokesperson"),
    ),
    EventKind(
        "police pursuit",
        ("ended in a crash", "began", "reached speeds of over 100 mph", "stretched across two counties"),
        ("troopers", "the highway patrol", "police", "the sheriff's office"),
    ),
    EventKind(
        "water main break",
        ("flooded several streets", "happened", "left hundreds without water", "buckled the pavement"),
        ("city utility officials", "public works crews", "the water department", "a city spokesperson"),
    ),
    EventKind(
        "gas leak",
        ("forced an evacuation", "was reported", "closed several blocks", "was discovered"),
        ("fire officials", "the gas company", "hazmat crews", "the fire department"),
    ),
    EventKind(
        "tornado",
        ("touched down", "damaged dozens of homes", "flattened a barn", "ripped roofs off homes"),
        ("the National Weather Service", "forecasters", "emergency management officials", "storm surveyors"),
    ),
    EventKind(
        "hailstorm",
        (
            "shattered windshields",
            "damaged hundreds of roofs",
            "moved through",
            "dropped hail the size of golf balls",
        ),
        ("meteorologists", "the weather service", "insurance adjusters", "forecasters"),
    ),
    EventKind(
        "power outage",
        ("left thousands in the dark", "affected more than 8,000 customers", "began", "lasted several hours"),
        ("the utility", "utility officials", "the power company", "a utility spokesperson"),
    ),
    EventKind(
        "sentencing hearing",
        ("wrapped up", "lasted most of the day", "ended with a lengthy prison term", "took place"),
        ("the district attorney's office", "prosecutors", "defense attorneys", "the prosecutor's office"),
    ),
    EventKind(
        "murder trial",
        ("began", "ended in a mistrial", "wrapped up", "lasted two weeks"),
        ("prosecutors", "the district attorney", "defense attorneys", "the court clerk"),
    ),
    EventKind(
        "school lockdown",
        ("lasted about an hour", "was lifted", "began", "was triggered by a threat"),
        ("the school district", "district officials", "the school resource officer", "police"),
    ),
    EventKind(
        "drug bust",
        ("netted more than 20 pounds of meth", "led to six arrests", "happened", "was carried out"),
        ("the drug task force", "the sheriff's office", "federal agents", "the narcotics unit"),
    ),
    EventKind(
        "candlelight vigil",
        ("drew dozens of mourners", "took place", "was held", "packed the park"),
        ("organizers", "family members", "church leaders", "friends of the victim"),
        hosted=True,
    ),
    EventKind(
        "holiday parade",
        ("drew thousands", "stepped off", "went on despite the rain", "took place"),
        ("organizers", "the chamber of commerce", "city officials", "parade organizers"),
        hosted=True,
    ),
    EventKind(
        "food drive",
        (
            "collected more than 3,000 pounds of food",
            "took place",
            "wrapped up",
            "drew a steady stream of donors",
        ),
        ("organizers", "the food bank", "volunteers", "the school district"),
        hosted=True,
    ),
    EventKind(
        "charity 5K",
        ("raised more than $20,000", "drew hundreds of runners", "took place", "went off without a hitch"),
        ("organizers", "race officials", "the nonprofit", "volunteers"),
        hosted=True,
    ),
    EventKind(
        "town hall meeting",
        ("drew a packed house", "ran long", "got heated", "took place"),
        ("the mayor's office", "organizers", "city council members", "residents"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} told KXYZ.",
    "According to a release from {who}, {event} {happened} in {where}.",
    "{where} — {Event} {happened}, {who} confirmed to our newsroom.",
    "We're learning more about {a_noun} in {where}.",
    "It was in {where} that {event} {happened}, {who} said in a statement posted online.",
    "In {where}, {event} {happened}, according to {who}.",
    "PHOTO: The scene of the {noun} in {where}. (Courtesy: {who})",
    "Viewers sent our station video of {a_noun} in {where}.",
    "{Who} shared new details about {event}, which {happened} in {where}.",
    "The {where} {noun} {happened}, {who} said in an emailed release.",
    "{where}'s {noun} {happened}, and {who} said more information would be released as it becomes available.",
    "Here's what we know so far about the {noun} in {where}.",
    "Speaking to reporters, {who} said {event} {happened} in {where}.",
    "A spokesperson for {who} confirmed to the station that {event} {happened} in {where}.",
    "Officials told NewsChannel 8 the {noun} in {where} {happened}.",
    "Citing {who}, the station reported that {event} {happened} in {where}.",
    "{a_noun} {happened} in a neighborhood in {where}, {who} said.",
    "UPDATE: {Who} released more information about {event} in {where}.",
    "Our crew was in {where}, where {event} {happened}.",
    "{where} residents woke up to news that {a_noun} {happened}, {who} said.",
    "In a news release, {who} said {a_noun} {happened} in {where}.",
    "The {noun} in {where} {happened}, according to a Facebook post from {who}.",
    "{Who} confirmed the {noun} in {where} to Eyewitness News.",
    "CAPTION: Video from the {noun} in {where}, shared with the station by a viewer.",
    "WATCH: Raw video of the {noun} in {where}.",
    "{a_noun} {happened} in {where}, {who} said.",
    "{Who} said the {noun}, which {happened} in {where} and drew calls from neighbors and passersby"
    " alike, is still being reviewed.",
    "Sources tell KXYZ the {noun} {happened} in {where}.",
    "{Event}, hosted in {where}, {happened}, {who} said.",
    "{Event} was {held} in {where}, {who} said.",
    "Minutes after {event} {happened} in {where}, our phones started ringing with tips from viewers.",
    "{Who}, in a brief statement to Action News, said {event} in {where} {happened}.",
    "{Who} spent the day piecing together what led up to the {noun} in {where}.",
    "Just before our evening newscast, {event} {happened} in {where}, {who} said.",
    "Just a heads-up for folks in {where}: {a_noun} {happened} there, {who} said.",
    "Breaking overnight in {where}: {a_noun} {happened}, according to {who}.",
)

PLACE_SECOND = (
    "{Who} said more information about the {noun} in {where} would be released later.",
    "Stay with KXYZ for updates on {event} in {where}.",
    "Neighbors in {where} said {event} caught them by surprise.",
    "Video from {event} in {where} has been shared thousands of times online.",
    "Our crew on the ground in {where} said {event} had drawn a crowd of onlookers.",
    "{where}'s {noun} is expected to come up at the next city council meeting.",
    "It was {where}, {who} stressed, where {event} {happened}.",
    "Anyone who was at {event} in {where} is being asked to share photos with {who}.",
    "CAPTION: Crews and onlookers at the {noun} in {where}. (Photo courtesy of a viewer)",
    "{Who} did not say how many people were at the {noun} in {where}.",
    "According to {who}, the {where} {noun} {happened}.",
    "Officials in {where}, where {event} {happened}, said they would review how it was handled.",
    "The {noun} in {where} {happened}, according to an updated release from {who}.",
    "{Who} told our newsroom the {noun} in {where} involved several agencies.",
    "This story about the {noun} in {where} will be updated as more details come in.",
    "When {event} {happened} in {where}, {who} said, dozens of people were nearby.",
    "Residents of {where} shared photos of the {noun} on social media.",
    "{Who} said the {noun}, which {happened} in {where}, is one they will not soon forget.",
    "The {noun} played out in {where}, {who} said.",
    "Looking back on {event} in {where}, {who} called it a reminder for everyone to be prepared.",
    "{where} — More details emerged about {event}, {who} said.",
    "A {where} official told KXYZ that {event} was handled quickly.",
    "{Event}, {who} said, {happened} in {where}.",
    "Back in {where}, where {event} {happened}, people were still talking about it.",
    "PHOTOS: Scenes from the {noun} in {where}.",
    "The {noun} that {happened} in {where} is still fresh in the minds of many.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "Since {event} in {where}, {who} fielded dozens of calls from worried viewers.",
    "It was {where} that hosted {event} this time around, {who} said.",
    "{Event} was {held} in {where}, according to {who}.",
    "Folks who live near the site of the {noun} in {where} told our reporter they heard it all unfold.",
    "For people in {where}, {event} was the only thing anyone wanted to talk about, {who} said.",
    "The station reached out to {who} for more on the {noun} in {where} but has not heard back.",
    "{Who} planned to brief reporters about the {noun} in {where}, according to a media advisory.",
    "Aerial footage from SkyCam showed the aftermath of the {noun} in {where}.",
    "What happened at the {where} {noun} is now in the hands of {who}.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where this event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} told KXYZ.",
        "Relatives who live in {other} said they learned about the {noun} from a post on our website.",
        "from_to",
    ),
    NegativePair(
        "According to a release from {who}, {a_noun} {happened} in {where}.",
        "{Who} said one of the people involved in the {noun} had recently moved to {where} from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "Organizers said next year's {noun} will be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} — {Event} {happened}, {who} said.",
        "News of the {noun} reached as far as {other}, where viewers sent messages to the station.",
        "from_to",
    ),
    NegativePair(
        "We're learning more about {a_noun} in {where}.",
        "One of the people at the {noun} was visiting from {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said in an emailed release.",
        "{Who} said a team from {other} would travel to {where} to help review the {noun}.",
        "from_to",
    ),
    NegativePair(
        "In a news release, {who} said {a_noun} {happened} in {where}.",
        "A relative reached by phone in {other} said the family was shaken by the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, hosted in {where}, {happened}, {who} said.",
        "The group that hosted the {noun} in {where} is based in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "A similar {noun} is being planned for {other} next spring.",
        "from_to",
    ),
    NegativePair(
        "{a_noun} {happened} in {where}, {who} said.",
        "The {noun} in {where} came just days after {a_noun} in {other}.",
        "from_to",
    ),
    NegativePair(
        "Our crew was in {where}, where {event} {happened}.",
        "Some of the people at the {noun} had traveled from {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Who} shared new details about {event}, which {happened} in {where}.",
        "Video of the {noun} was viewed by people as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "{Who} said the {noun} was the worst they could recall since one in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} residents woke up to news that {a_noun} {happened}, {who} said.",
        "Donations for those affected by the {noun} have come in from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "UPDATE: {Who} released more information about {event} in {where}.",
        "A witness said she had just returned from a trip to {other} when she heard about the {noun}.",
        "from_to",
    ),
    NegativePair(
        "Sources tell KXYZ the {noun} {happened} in {where}.",
        "The {noun} in {where} is not connected to {a_noun} reported in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "Speaking to reporters, {who} said {event} {happened} in {where}.",
        "Unlike the {noun} in {where}, the one in {other} drew almost no attention, {who} said.",
        "from_to",
    ),
    NegativePair(
        "PHOTO: The scene of the {noun} in {where}. (Courtesy: {who})",
        "The viewer who took the photo of the {noun} was driving home to {other} at the time.",
        "from_to",
    ),
    NegativePair(
        "WATCH: Raw video of the {noun} in {where}.",
        "By comparison, {other} has not reported {a_noun} all season, {who} said.",
        "from_to",
    ),
    NegativePair(
        "The {noun} in {where} {happened}, according to a Facebook post from {who}.",
        "{Who} said a specialist flown in from {other} was helping out after the {noun}.",
        "from_to",
    ),
    # contained: {other} is the country of {where} or a city in it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the first {noun} of the season in {other}, {who} said.",
        "contained",
    ),
    NegativePair(
        "According to a release from {who}, {event} {happened} in {where}.",
        "The {noun} in {where} made news across {other}.",
        "contained",
    ),
    NegativePair(
        "{where} — {Event} {happened}, {who} confirmed to our newsroom.",
        "{Who} in {other} said the {noun} in {where} would be reviewed.",
        "contained",
    ),
    NegativePair(
        "{a_noun} {happened} in {where}, {who} said.",
        "Viewers from all over {other} reached out to the station after the {noun} in {where}.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "Agencies from across {other} helped out at the {noun}, {who} said.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} told KXYZ.",
        "The {noun} was one of the most-watched stories in {other} on our website.",
        "contained",
    ),
    NegativePair(
        "Here's what we know so far about the {noun} in {where}.",
        "The {noun} in {where} has people talking all over {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "For many in {other}, the {noun} in {where} hit close to home.",
        "contained",
    ),
    NegativePair(
        "Citing {who}, the station reported that {event} {happened} in {where}.",
        "Stations throughout {other} carried live coverage of the {noun}.",
        "contained",
    ),
    NegativePair(
        "{Who} shared new details about {event}, which {happened} in {where}.",
        "Officials elsewhere in {other} said they were keeping an eye on the {noun} in {where}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place28a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
