"""DATE bank date54b, written by a blind helper, round 54 (held out). Register: transport
and infrastructure reporting -- airline diversions and emergency landings, rail derailments and
signal failures, ferry groundings, bridge and tunnel closures, road pile-ups, port strikes,
air-traffic outages -- as transport correspondents, trade press and regional radio websites
write them."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "emergency landing",
        ("took place", "was made", "happened"),
        ("the airline", "airport officials", "the Civil Aviation Authority", "a spokeswoman for the carrier"),
    ),
    EventKind(
        "flight diversion",
        ("took place", "happened", "was ordered"),
        ("the airline", "air traffic controllers", "the airport operator", "a spokesman for the carrier"),
    ),
    EventKind(
        "freight train derailment",
        ("happened", "occurred", "took place"),
        (
            "Network Rail",
            "the Rail Accident Investigation Branch",
            "the freight operator",
            "British Transport Police",
        ),
    ),
    EventKind(
        "signal failure",
        ("occurred", "struck", "was reported"),
        ("Network Rail", "the train operator", "National Rail Enquiries", "a railway spokesperson"),
    ),
    EventKind(
        "ferry grounding",
        ("happened", "occurred", "took place"),
        (
            "the ferry company",
            "the coastguard",
            "the Marine Accident Investigation Branch",
            "the harbour master",
        ),
    ),
    EventKind(
        "bridge closure",
        ("began", "came into force", "took effect"),
        ("the county council", "the bridge authority", "highways engineers", "the local highways agency"),
    ),
    EventKind(
        "tunnel fire",
        ("broke out", "started", "occurred"),
        ("the tunnel operator", "the fire service", "police", "the road authority"),
    ),
    EventKind(
        "motorway pile-up",
        ("happened", "occurred", "took place"),
        ("police", "National Highways", "the ambulance service", "traffic officers"),
    ),
    EventKind(
        "dock strike",
        ("began", "went ahead", "took place"),
        ("the dockers' union", "the port authority", "the port operator", "shipping agents"),
        hosted=True,
    ),
    EventKind(
        "air traffic control outage",
        ("occurred", "struck", "began"),
        ("the air navigation service provider", "airlines", "the aviation regulator", "a spokesman for NATS"),
    ),
    EventKind(
        "tailstrike",
        ("occurred", "happened", "took place"),
        ("the airline", "the air accident investigators", "the airport operator", "the pilots' union"),
    ),
    EventKind(
        "level crossing collision",
        ("happened", "occurred", "took place"),
        (
            "British Transport Police",
            "Network Rail",
            "the train operator",
            "the Rail Accident Investigation Branch",
        ),
    ),
    EventKind(
        "runway incursion",
        ("occurred", "happened", "took place"),
        ("the airport operator", "air traffic controllers", "the aviation regulator", "investigators"),
    ),
    EventKind(
        "overhead line failure",
        ("occurred", "happened", "struck"),
        ("Network Rail", "the train operator", "rail engineers", "National Rail Enquiries"),
    ),
    EventKind(
        "bird strike",
        ("occurred", "happened", "took place"),
        ("the airline", "the airport operator", "the pilots' union", "the Civil Aviation Authority"),
    ),
    EventKind(
        "ferry engine failure",
        ("occurred", "happened", "was reported"),
        ("the ferry operator", "the coastguard", "the RNLI", "the harbour authority"),
    ),
    EventKind(
        "container spill",
        ("happened", "occurred", "took place"),
        ("the shipping line", "the coastguard", "the port authority", "salvage contractors"),
    ),
    EventKind(
        "landslip",
        ("happened", "occurred", "struck"),
        ("Network Rail", "the county council", "geotechnical engineers", "the train operator"),
    ),
    EventKind(
        "tram collision",
        ("happened", "occurred", "took place"),
        ("the tram operator", "police", "the transport authority", "the ambulance service"),
    ),
    EventKind(
        "evacuation exercise",
        ("took place", "was carried out", "went ahead"),
        ("the airport operator", "the fire service", "the tunnel operator", "emergency planners"),
        hosted=True,
    ),
    EventKind(
        "drivers' walkout",
        ("began", "went ahead", "took place"),
        ("the train drivers' union", "the bus operator", "the train operator", "union officials"),
        hosted=True,
    ),
    EventKind(
        "coach rollover",
        ("happened", "occurred", "took place"),
        ("police", "the coach company", "the ambulance service", "the fire service"),
    ),
    EventKind(
        "railway bridge strike",
        ("happened", "occurred", "took place"),
        ("Network Rail", "police", "the haulage firm", "the train operator"),
    ),
    EventKind(
        "cabin depressurisation",
        ("occurred", "happened", "took place"),
        ("the airline", "air accident investigators", "the cabin crew union", "the aviation regulator"),
    ),
    EventKind(
        "lock gate failure",
        ("occurred", "happened", "was discovered"),
        ("the Canal and River Trust", "waterways engineers", "boaters' groups", "the navigation authority"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}, forcing hundreds of travellers to find other routes.",
    "{Event}, which {happened} {when}, left commuters stranded for several hours, {who} said.",
    "Travellers described chaotic scenes after {event} {happened} {when}.",
    "In a statement, {who} confirmed that {event} {happened} {when} and that nobody had been seriously hurt.",
    "Investigators are still trying to establish what caused {event} {when}.",
    "Timeline: {event} {happened} {when}; the first recovery crews reached the scene within the hour.",
    "Pictured: emergency crews at the scene of {event} {when}.",
    "{Who} said {event} {happened} {when} but declined to say what had caused it.",
    "Court papers filed by the operator state that {event} {happened} {when}.",
    "Freight customers were warned of knock-on delays after {event} {when}, {who} told the trade press.",
    "It was {when} that {event} {happened}, {who} said, and disruption has continued ever since.",
    "The operator's timetable was thrown into disarray by {event} {when}.",
    "Speaking to the station, a witness recalled the moment {event} {happened} {when}.",
    "{Event} {when} was the most serious incident of its kind in recent years, according to {who}.",
    "{Event}, which {who} said {happened} {when}, is the subject of an internal review.",
    "Insurers are expected to face significant claims following {event} {when}.",
    "{Event} -- which {happened} {when} -- is now being examined by {who}.",
    "Operations had only just returned to normal when {event} {happened} {when}.",
    "Hauliers say they lost thousands of pounds in the days after {event} {when}.",
    "The union said its members had raised safety concerns well before {event} {happened} {when}.",
    "Details of {event}, which {happened} {when}, emerged in a notice issued by {who}.",
    "Services were suspended across the area after {event} {happened} {when}.",
    "The incident, {a_noun} that {happened} {when}, was confirmed by {who} late that evening.",
    "{Event} {when} caused widespread disruption across the region, {who} said.",
    "Local residents first raised the alarm when {event} {happened} {when}.",
)

DATE_SECOND = (
    "As reported, {event} {happened} {when}.",
    "{Event} {when} was the third such incident in a decade, {who} noted.",
    "({Event} {happened} {when}.)",
    "Since {event} {happened} {when}, the operator has reviewed its procedures.",
    "When {event} {happened} {when}, there were no staff on duty at the site, the union claimed.",
    "Passengers caught up in {event} {when} will be eligible for compensation, {who} confirmed.",
    "Figures seen by this publication show that delays spread across the network within an hour of "
    "{event} {when}.",
    "{Event}, {who} reiterated, {happened} {when}.",
    "Asked about {event} {when}, the transport minister said lessons would be learned.",
    "It is understood that {event} {happened} {when}, shortly after a shift change.",
    "Those affected by {event} {when} were offered hotel rooms and meal vouchers.",
    "In its interim findings, {who} said {event} {happened} {when}.",
    "Engineers worked through the night after {event} {happened} {when}.",
    "Local councillors have called for a public meeting to discuss {event}, which {happened} {when}.",
    "The court heard that {event} {happened} {when} and that earlier warnings had been ignored.",
    'Recalling {event} {when}, one regular traveller said: "Nobody told us anything for hours."',
    "Footage of {event} {when} has since been viewed thousands of times online.",
    "That {event} {happened} {when} is not disputed by {who}.",
    "Regulators are still examining {event} {when}, {who} said.",
    "The operator has apologised for {event}, which it said {happened} {when}.",
    "Claims relating to {event} {when} must be lodged within six months, the operator said.",
    "Trade unions pointed to {event} {when} as evidence of chronic underinvestment.",
    "Even now, {who} says, the effects of {event} {when} are still being felt.",
    "Looking back, {who} said the warning signs were there long before {event} {happened} {when}.",
    "The fallout from {event}, which {happened} {when}, dominated the committee's session.",
    "Full services were restored only days after {event} {when}, {who} said.",
)

NEGATIVES_DATE = (
    # planned
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "An interim report on {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A hearing into {event} is scheduled to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, disrupted services for much of the day.",
        "Full services are expected to resume {when}, once repairs following {event} are signed off.",
        "planned",
    ),
    NegativePair(
        "Hundreds of travellers were stranded after {event} {when}.",
        "{Who} said it would publish its findings on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Unions have threatened further action {when} if their concerns over {event} are not addressed.",
        "planned",
    ),
    NegativePair(
        "Investigators arrived within hours of {event} {when}.",
        "Accident investigators will hold a briefing on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "The operator's board is expected to discuss {event} at its meeting {when}.",
        "planned",
    ),
    NegativePair(
        "Services were suspended after {event} {happened} {when}.",
        "A public consultation on measures to prevent another {noun} will open {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Ministers are due to answer questions about {event} in parliament {when}.",
        "planned",
    ),
    # compatible
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records kept by the operator also place {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} later confirmed that {event} {happened} {when}, as first reported.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, caused long delays.",
        "Control room logs show {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Travellers were stranded after {event} {when}.",
        "The timeline released by {who} confirms {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "That account matches the operator's own, which dates {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Crews were called out when {event} {happened} {when}.",
        "{Event} {when}, the court heard, was entirely avoidable.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Insurers also record {event} as having occurred {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, disrupting services across the region.",
        "Both the operator and {who} agree that {event} {happened} {when}.",
        "compatible",
    ),
    # another
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} on the same route followed {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was not the first such incident: another {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is under investigation.",
        "Campaigners recalled the {year} {noun} and a further {noun} {when}, neither of which led to "
        "changes.",
        "another",
    ),
    NegativePair(
        "Services were halted after {event} {when}.",
        "A previous {noun} at the same location {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "A similar {noun} at a sister site {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The {year} {noun}, by contrast, was blamed on human error, while another {noun} {when} was "
        "put down to the weather.",
        "another",
    ),
    NegativePair(
        "Travellers were stranded after {event} {when}.",
        "The incident echoed an earlier {noun} elsewhere on the network {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Operators in a neighbouring region dealt with a separate {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Unions said it was the latest in a string of incidents, including another {noun} {when} "
        "that was never made public.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date54b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
