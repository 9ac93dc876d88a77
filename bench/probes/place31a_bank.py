"""PLACE bank place31a, written by helper place31a, round 31 (blind author).

Register: aviation, rail, ferry and travel-disruption reporting as wire services, the
aviation and travel trade press, and airport and airline statements write it: emergency
landings, diversions, runway incursions, drone sightings and ground stops, derailments,
signal failures and level-crossing collisions, ferry groundings, cruise-ship outbreaks, bus
plunges and passenger strandings, plus hosted events (air shows, travel fairs, rail safety
conferences, evacuation drills). The copy attributes constantly ("the airline said",
"according to the coast guard", "air traffic control said"), mid-sentence as often as at
the end; it places the incident with "in", "near", "outside", "on the outskirts of" and
with the place as a modifier ("the Tver derailment", "Lisbon's air show"), often far from
the event noun behind a relative clause or a dash. Follow-ups point back with "the",
"that", "there" and "it". The negatives use the beat's origin/destination idiom: services
bound for, departing from, diverted to, carriers based in or registered in another
country, travellers heading home to it, earlier instances and next year's edition
elsewhere, and reactions from abroad; the "contained" ones put authorities, regulators and
newspapers of the same country around the event.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "emergency landing",
        (
            "was made shortly after takeoff",
            "ended with the jet safely on the ground",
            "came after a cabin pressure warning",
            "was carried out on the main runway",
            "passed off without injuries",
        ),
        ("the airline", "the airport operator", "the civil aviation authority", "air traffic control"),
    ),
    EventKind(
        "flight diversion",
        (
            "was ordered after a passenger fell ill",
            "left hundreds of travellers stranded overnight",
            "added several hours to the journey",
            "followed a disturbance in the cabin",
        ),
        (
            "the airline",
            "flight-tracking services",
            "the airport authority",
            "the carrier's operations centre",
        ),
    ),
    EventKind(
        "runway incursion",
        (
            "forced a departing jet to abort its takeoff",
            "was picked up by ground radar",
            "happened during the evening departure peak",
            "was classified as serious",
            "brought two aircraft within metres of each other",
        ),
        ("the aviation regulator", "air traffic control", "the airport authority", "accident investigators"),
    ),
    EventKind(
        "drone sighting",
        (
            "halted departures for nearly two hours",
            "shut the airspace overnight",
            "was reported by two crews on approach",
            "grounded dozens of flights",
        ),
        ("airport police", "the airport operator", "air navigation officials", "the interior ministry"),
    ),
    EventKind(
        "ground stop",
        (
            "halted all departures for three hours",
            "was lifted after ninety minutes",
            "followed a radar outage",
            "rippled through schedules across the network",
        ),
        ("the aviation regulator", "air traffic control", "the airport", "airline officials"),
    ),
    EventKind(
        "bird strike",
        (
            "cracked the cockpit windscreen",
            "forced the crew to turn back",
            "damaged one of the engines",
            "happened moments after takeoff",
        ),
        (
            "the airline",
            "the accident investigation bureau",
            "the airport's wildlife team",
            "the pilots' union",
        ),
    ),
    EventKind(
        "wingtip collision",
        (
            "happened on a crowded taxiway",
            "damaged both aircraft",
            "left passengers stuck on board for hours",
            "was caught on a passenger's phone",
        ),
        ("the airport operator", "the airline", "the aviation regulator", "ground handling staff"),
    ),
    EventKind(
        "baggage system failure",
        (
            "left thousands of bags behind",
            "caused long queues at check-in",
            "was blamed on a software fault",
            "lasted well into the evening",
        ),
        ("the airport operator", "airline officials", "baggage handlers", "the airport's chief executive"),
    ),
    EventKind(
        "derailment",
        (
            "left three carriages on their side",
            "blocked the main line for two days",
            "injured dozens of passengers",
            "happened as the train rounded a curve",
            "occurred at low speed",
        ),
        ("the rail operator", "railway police", "the infrastructure manager", "rail accident investigators"),
    ),
    EventKind(
        "signal failure",
        (
            "brought commuter services to a standstill",
            "caused delays across the network",
            "hit the morning rush hour",
            "was fixed by mid-afternoon",
        ),
        ("the rail operator", "network engineers", "the transport authority", "commuter groups"),
    ),
    EventKind(
        "level-crossing collision",
        (
            "killed the driver of a lorry",
            "halted services on the line",
            "happened at an unguarded crossing",
            "left the locomotive badly damaged",
        ),
        ("railway police", "the rail operator", "local officials", "rail accident investigators"),
    ),
    EventKind(
        "tunnel evacuation",
        (
            "lasted more than three hours",
            "was ordered after smoke filled a carriage",
            "took place in near darkness",
            "went ahead without serious injuries",
        ),
        ("the fire brigade", "the rail operator", "emergency services", "the tunnel operator"),
    ),
    EventKind(
        "ferry grounding",
        (
            "happened in heavy fog",
            "left the vessel stuck on a sandbank",
            "forced the evacuation of passengers",
            "was blamed on a steering fault",
        ),
        ("the coast guard", "the ferry operator", "the maritime authority", "harbour officials"),
    ),
    EventKind(
        "norovirus outbreak",
        (
            "sickened more than 200 passengers",
            "spread through the ship over several days",
            "was confirmed by health inspectors",
            "cut the voyage short",
        ),
        ("the cruise line", "health officials", "port authorities", "the ship's medical staff"),
    ),
    EventKind(
        "bus plunge",
        (
            "killed at least 14 people",
            "happened on a mountain road",
            "sent the coach into a ravine",
            "left dozens injured",
        ),
        ("local police", "rescue officials", "the regional governor", "state media"),
    ),
    EventKind(
        "passenger stranding",
        (
            "left travellers sleeping on terminal floors",
            "lasted well over a day",
            "affected some 3,000 people",
            "followed a wave of cancellations",
        ),
        ("consumer groups", "the airport operator", "airline officials", "the passenger rights agency"),
    ),
    EventKind(
        "air show",
        (
            "drew tens of thousands of spectators",
            "took place over three days",
            "opened to the public",
            "closed with a formation flypast",
        ),
        ("the organisers", "the air force", "local officials", "the show's director"),
        hosted=True,
    ),
    EventKind(
        "travel fair",
        (
            "drew exhibitors from 80 countries",
            "took place over the weekend",
            "opened its doors to the trade",
            "closed with record attendance",
        ),
        ("the organisers", "the national tourism board", "exhibitors", "the trade press"),
        hosted=True,
    ),
    EventKind(
        "rail safety conference",
        (
            "was held over two days",
            "focused on level-crossing deaths",
            "brought together regulators and operators",
            "ended with a joint declaration",
        ),
        ("the organisers", "the rail regulator", "delegates", "the transport ministry"),
        hosted=True,
    ),
    EventKind(
        "emergency evacuation drill",
        (
            "was staged on the airfield",
            "involved more than 300 volunteers",
            "simulated a crash landing",
            "took place overnight",
        ),
        ("the airport operator", "the fire service", "the organisers", "the civil aviation authority"),
        hosted=True,
    ),
    EventKind(
        "cruise industry expo",
        (
            "drew shipbuilders and port officials",
            "took place at the convention centre",
            "opened on a sombre note",
            "wrapped up with a record order book",
        ),
        ("the organisers", "the cruise industry association", "port officials", "the trade press"),
        hosted=True,
    ),
    EventKind(
        "aviation safety forum",
        (
            "opened with a minute's silence",
            "drew airline chiefs and regulators",
            "was held behind closed doors",
            "ended with calls for tougher drone rules",
        ),
        ("the organisers", "the aviation regulator", "delegates", "the pilots' union"),
        hosted=True,
    ),
)

# ----------------------------------------------------------------------------- place: first

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} near {where}.",
    "{Who} confirmed that {event} in {where} {happened}.",
    "In {where}, {event} {happened}, according to a statement from {who}.",
    "It was in {where} that {event} {happened}, {who} said.",
    "{where}'s {noun} {happened}, according to {who}.",
    "The {where} {noun}, which {happened}, drew wide coverage in the trade press, {who} said.",
    "{Event}, {who} said, {happened} on the outskirts of {where}.",
    "{Event} — the first of its kind in {where} in more than a decade — {happened}, {who} said.",
    "Pictured: the scene in {where} as {event} {happened}.",
    "Travellers in {where} faced hours of disruption after {event}, which {who} said {happened}.",
    "There was little warning before {event} {happened} in {where}, {who} said.",
    "{Who} gave the first official account of {event} in {where}, saying it {happened}.",
    "{Event}, which {who} said {happened} and which has since drawn comment from regulators, "
    "operators and passenger groups alike, took place in {where}.",
    "In a statement, {who} said {event} had taken place just outside {where} and that more "
    "details would follow.",
    "{where} was where {event} {happened}, {who} confirmed.",
    "Among those caught up in {event} in {where} were a group of schoolchildren on a day trip, {who} said.",
    "{Event} {happened} at a site near {where}, said {who}.",
    "Occurring on a busy holiday weekend, {event} in {where} {happened}, according to {who}.",
    "{Who} said it was too early to draw conclusions from {event} in {where}, which {happened}.",
    "For {where}, {event}, which {happened}, was a first, {who} said.",
    "Hundreds of people were affected when {event} {happened} in {where}, {who} said.",
    "{Event} in the {where} area {happened}, according to an initial report from {who}.",
    "What had been an ordinary day in {where} changed when {event} {happened}, {who} said.",
    "{Who} said {event} {happened} — in {where}, on one of the busiest travel days of the year.",
    "Witnesses in {where} described the moment {event} {happened}.",
    "Speaking to reporters in {where}, where {event} {happened}, {who} declined to give further details.",
    "A preliminary note from {who} put {event} in {where} and said it {happened}.",
    "{Event} that {happened} in {where} is now the subject of a formal review, {who} said.",
    "Footage shared online showed the moment {event} in {where} {happened}.",
    "{Event}, which {who} said {happened}, was the talk of the industry for days afterwards, not least "
    "in {where}, where it all unfolded.",
    "{where} hosted {event}, which {happened}, {who} said.",
    "{Event}, {held} this year in {where}, {happened}, according to {who}.",
    "{held} in {where}, {event} {happened}, {who} said.",
    "{Who} said {event} {happened} at a venue in {where}, which hosted it for the first time.",
)

# ----------------------------------------------------------------------------- place: second

PLACE_SECOND = (
    "The {noun} in {where} remains under review by {who}.",
    "{Who} said further details of {event} in {where} would be released once checks were complete.",
    "It was the first {noun} in {where} in years, {who} said.",
    "{where}'s {noun} has already prompted calls for changes.",
    "Images from {where} showed the scale of {event}.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "Local reporters in {where}, where {event} {happened}, said the scene was calm by nightfall.",
    "The scene in {where} after {event} was chaotic, witnesses said.",
    "{Event} in {where} was not the first of its kind there.",
    "The {where} {noun} is the subject of a report due later this year.",
    "Coverage of {event} focused on {where}, where it {happened}.",
    "In {where}, meanwhile, {who} said the response to {event} had been swift.",
    "A second statement from {who} placed {event} in {where}.",
    "Witnesses to {event} in {where} said they had seen nothing like it.",
    "Footage filmed in {where} during {event} circulated widely online.",
    "{Who} thanked people in {where} for their patience during {event}.",
    "The investigation into {event} in {where} is expected to take months.",
    '"We have never seen anything like it here," a resident of {where} said of {event}.',
    "That {noun}, in {where}, {happened}.",
    "Then, in {where}, came {event}.",
    "The {noun} there — in {where} — {happened}, {who} said.",
    "{Event} was the second that {where} had seen in as many years.",
    "Travellers leaving {where} in the days after {event} described long queues.",
    "For many in {where}, {event} will be remembered for a long time.",
    "{Who} said lessons would be drawn from {event}, which took place in {where}.",
    "Those who were in {where} for {event} said the atmosphere changed quickly.",
    "By the time {event} in {where} was over, {who} said, schedules were in tatters.",
    "The {noun}, {who} later said, had taken place in {where}.",
    "Crews were still working at the site in {where} hours after {event}.",
    "{Event} in {where}, {who} said, {happened}.",
    "Questions about {event} have focused on {where}, where it {happened}.",
    "It is the {where} {noun} that regulators will now examine most closely.",
    "Residents near the site in {where} said they heard about {event} from the news.",
    "{Event}, {held} at {where}, was widely judged a success by {who}.",
    "Visitors who travelled to {where} for {event} praised the way it was hosted, {who} said.",
)

# ----------------------------------------------------------------------------- place: negatives

NEGATIVES_PLACE = (
    # origin, destination, base, registration, an earlier instance, reactions from abroad
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Many of the travellers caught up in {event} had been heading to {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Services from {where} to {other} resumed only after {event} had been dealt with.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "The operator at the centre of {event} is based in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} on the outskirts of {where}.",
        "The company involved in {event} is registered in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Several incoming services were diverted to {other} in the hours after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The service involved in {event} had departed from {other} earlier that day.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, according to {who}.",
        "Bound for {other}, the service had been running on time until {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "{Event} came a year after a similar {noun} in {other}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "The last comparable {noun} took place in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "Reaction to {event} came from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} in {where} {happened}.",
        "Many of the people affected by {event} were on their way home to {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Travellers stranded by {event} were put on a replacement service to {other} the following morning.",
        "from_to",
    ),
    NegativePair(
        "There was little warning before {event} {happened} in {where}, {who} said.",
        "Specialists flown in from {other} were helping with the inquiry into {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {who} said, {happened} just outside {where}.",
        "The manufacturer, headquartered in {other}, said it was aware of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "The organisers said the next {noun} would be {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event}, which {happened}.",
        "Exhibitors from {other} formed the largest foreign delegation at {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Last year's {noun} was {held} in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, which {where} hosted, {happened}.",
        "Delegates from {other}, which hosted the previous {noun}, attended in large numbers.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Passengers bound for {other} accounted for most of those delayed by {event}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "The carrier, based in {other}, said its schedule was recovering after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Travel agents in {other} reported a wave of cancellations after {event}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Departing from {other} that morning, the service was hours into its journey at the time of {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}, {who} said.",
        "{Who} said a team from {other}, where the operator is based, had joined the response to {event}.",
        "from_to",
    ),
    # the same country around the event: authorities, regulators, newspapers
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Authorities in {other} said they were following {event} closely.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} in {where} {happened}.",
        "{Event} in {where} dominated the news across {other}.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "Regulators in {other} said they would study {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} near {where}, according to {who}.",
        "Newspapers in {other} gave {event} front-page coverage.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "Travellers across {other} felt the knock-on effects of {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "Politicians in {other} called for answers after {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The {where} {noun} was the talk of {other} for days.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Officials in {other} said services affected by {event} had returned to normal.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Within {other}, {event} in {where} prompted a wider debate about transport safety.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place31a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
