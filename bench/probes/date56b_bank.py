"""DATE bank date56b, written by a blind helper, round 56 (held out). Register: English-language
press of South Asia, Africa and Southeast Asia (district officials, 'it is learnt', 'the said')."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "took place", "rocked the locality"),
        ("police", "fire brigade officials", "neighbours", "the station house officer"),
    ),
    EventKind(
        "boat mishap",
        ("occurred", "took place", "happened"),
        ("the marine police", "survivors", "district officials", "local fishermen"),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "hit the hamlet"),
        ("disaster management officials", "villagers", "the tehsildar", "rescue workers"),
    ),
    EventKind(
        "stampede",
        ("broke out", "occurred", "took place"),
        ("temple authorities", "police", "devotees", "the district magistrate"),
    ),
    EventKind(
        "bus plunge",
        ("occurred", "took place", "happened"),
        ("the traffic police", "passengers", "the transport department", "local residents"),
    ),
    EventKind(
        "dacoity",
        ("took place", "was committed", "occurred"),
        ("police", "the complainant", "the superintendent of police", "neighbours"),
    ),
    EventKind(
        "flyover collapse",
        ("occurred", "took place", "happened"),
        ("the public works department", "police", "commuters", "municipal engineers"),
    ),
    EventKind(
        "hooch tragedy",
        ("occurred", "came to light", "unfolded"),
        ("the excise department", "health officials", "villagers", "the district collector"),
    ),
    EventKind(
        "tanker explosion",
        ("occurred", "took place", "rocked the highway"),
        (
            "the Federal Road Safety Corps",
            "fire service officials",
            "eyewitnesses",
            "the state emergency management agency",
        ),
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was conducted"),
        ("the returning officer", "election officials", "party agents", "the Election Commission"),
        hosted=True,
    ),
    EventKind(
        "convocation",
        ("was held", "took place", "was organised"),
        ("the registrar", "university officials", "the vice-chancellor's office", "graduating students"),
        hosted=True,
    ),
    EventKind(
        "passing-out parade",
        ("was held", "took place", "was conducted"),
        ("the academy", "military officials", "the commandant", "the defence spokesman"),
        hosted=True,
    ),
    EventKind(
        "groundbreaking ceremony",
        ("was held", "took place", "was performed"),
        ("the developers", "the municipal corporation", "the local MLA", "project officials"),
        hosted=True,
    ),
    EventKind(
        "jailbreak",
        ("occurred", "took place", "happened"),
        ("prison officials", "the jail superintendent", "police", "the home ministry"),
    ),
    EventKind(
        "building collapse",
        ("occurred", "took place", "happened"),
        (
            "the fire department",
            "the municipal corporation",
            "residents",
            "the National Disaster Response Force",
        ),
    ),
    EventKind(
        "train derailment",
        ("occurred", "took place", "happened"),
        (
            "railway officials",
            "the divisional railway manager",
            "passengers",
            "the Government Railway Police",
        ),
    ),
    EventKind(
        "flash flood",
        ("struck", "hit the area", "occurred"),
        ("the meteorological department", "villagers", "relief officials", "the deputy commissioner"),
    ),
    EventKind(
        "kidnapping",
        ("took place", "occurred", "was carried out"),
        ("police", "the victim's family", "the state police command", "detectives"),
    ),
    EventKind(
        "demolition drive",
        ("was carried out", "took place", "was conducted"),
        ("the development authority", "affected shopkeepers", "municipal officials", "the enforcement wing"),
    ),
    EventKind(
        "ferry fire",
        ("broke out", "occurred", "took place"),
        ("the coast guard", "survivors", "the maritime authority", "the ferry operator"),
    ),
    EventKind(
        "bank heist",
        ("took place", "occurred", "was carried out"),
        ("the bank manager", "police", "investigators", "branch staff"),
    ),
    EventKind(
        "mass wedding",
        ("was held", "took place", "was solemnised"),
        ("the organisers", "the social welfare department", "temple trustees", "the families"),
        hosted=True,
    ),
    EventKind(
        "cloudburst",
        ("occurred", "struck", "hit the valley"),
        (
            "the state disaster management authority",
            "locals",
            "the sub-divisional magistrate",
            "army officials",
        ),
    ),
    EventKind(
        "elephant attack",
        ("occurred", "took place", "happened"),
        ("forest officials", "the range officer", "villagers", "wildlife wardens"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told this correspondent.",
    "{Who} said {event}, which {happened} {when}, was still the talk of the locality.",
    "PHOTO: A view of the site of {event} {when}.",
    "It is learnt that {event} {happened} {when}.",
    "Residents of the area still recall {event} {when}, which {who} described at the time as unprecedented.",
    "Sources said {event} {happened} {when}, but the matter was kept under wraps for some days.",
    "Details of {a_noun} that {happened} {when} were shared with the press by {who}.",
    "{Event}, {who} added, {happened} {when}.",
    "{Event}, which residents of the surrounding villages say they will not forget in a hurry "
    "and which has since been discussed at length in the gram panchayat and at the district "
    "headquarters, {happened} {when}.",
    '"{Event} {happened} {when}; we have everything on record," {who} said.',
    "{Event}, an episode much talked about across the district, {happened} {when}, according to {who}.",
    "{Event} (which, as per {who}, {happened} {when}) was first flagged on social media by a local youth.",
    "When {event} {happened} {when}, few at the district headquarters expected it to make "
    "national headlines.",
    "Ever since {event} {happened} {when}, the approach road to the site has drawn a steady "
    "stream of visitors.",
    "{Who} told reporters at the district headquarters that {event} {happened} {when} and that "
    "a detailed report had been sought from the block officials.",
    "The district administration's account of {event} {when} has been forwarded to the state "
    "secretariat, it is learnt.",
    "What {who} described as {a_noun} {happened} {when} in the interior of the district.",
    "In a development confirmed by {who}, it has emerged that {event} {happened} {when}.",
    "Organisers said the {noun} was {held} {when} despite several last-minute hitches.",
    "As per {who}, {event} {happened} {when}.",
    "Little was known outside the village about {event} {when} until {who} spoke to the media.",
    "The matter pertains to {event} that {happened} {when}, {who} said.",
    "Eyewitnesses recounted to this paper how {event} {happened} {when}.",
    "Scenes from {event} {when}. (Staff photo)",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had been the talk of the town for days afterwards.",
    "Recalling {event}, which {happened} {when}, {who} said several lessons had been learnt.",
    "It may be recalled that {event} {happened} {when}.",
    "It will be recalled that the said {noun} {happened} {when}.",
    "{Event} {when} is still being discussed in the district, {who} said.",
    "As reported earlier in these columns, {event} {happened} {when}.",
    "Since {event} {when}, {who} said, little has changed on the ground.",
    "Referring to {event} {when}, {who} said the district administration had acted promptly.",
    "The full details of {event}, which {who} said {happened} {when}, are yet to be made public.",
    '"We have not forgotten {event} {when}," a resident of the area said.',
    "Files related to {event} {when} were later sent to the state headquarters, it is learnt.",
    "{Who} maintained that {event} {happened} {when}.",
    "The family, who have been shuttling between the block office and the district "
    "headquarters for weeks with little to show for it, said they were still waiting for "
    "clarity on {event} {when}.",
    "Local traders said business in the area had not fully recovered since {event} {when}.",
    "FILE PHOTO: The scene of {event} {when}.",
    "In the wake of {event} {when}, the district administration has asked all block officials "
    "to submit weekly reports.",
    "Officials who visited the site after {event} {when} declined to comment on the record.",
    "{Event}, it should be noted, {happened} {when}, according to {who}.",
    "Though {event} {happened} {when}, the matter reached the collector's table only recently.",
    "It was only after {event} {when} that the authorities woke up to the problem.",
    "Asked about {event} {when}, {who} said the matter was being looked into.",
    "Memories of {event} {when} are still fresh in the minds of residents.",
    "The {noun}, {held} {when}, drew people from across the district, {who} said.",
    "A report on {event} {when} has been submitted to the deputy commissioner, {who} said.",
    "Those who witnessed {event} {when} described it to this paper in vivid detail.",
    "Nobody in the mohalla has forgotten {event} {when}.",
)

NEGATIVES_DATE = (
    # planned: second {when} is a future date for a related, not-yet-happened thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The inquiry committee set up after {event} is expected to submit its report {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A memorial service marking the first anniversary of {event} will be held {when}.",
        "planned",
    ),
    NegativePair(
        "It is learnt that {event} {happened} {when}.",
        "The trial in the case arising out of the {noun} is expected to open {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event}, which {happened} {when}, had been discussed at length.",
        "The state government will take a final decision on the ex gratia payment linked to {event} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The district administration will hold a follow-up meeting on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "As per {who}, {event} {happened} {when}.",
        "Officials said the area around the site of {event} would be reopened to the public {when}.",
        "planned",
    ),
    NegativePair(
        "Sources said {event} {happened} {when}.",
        "The findings of the probe into {event} will be tabled in the Assembly {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {who} added, {happened} {when}.",
        "A petition concerning the {noun} has been listed before the High Court, which is "
        "likely to take it up {when}.",
        "planned",
    ),
    NegativePair(
        "Eyewitnesses recounted how {event} {happened} {when}.",
        "A documentary on {event} is set to be released {when}, its producers said.",
        "planned",
    ),
    # compatible: same event, second date falls inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It may be recalled that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Residents said {event} {when} had left a deep impression on the area.",
        "compatible",
    ),
    NegativePair(
        "Reports reaching this office indicate that {event} {happened} {when}.",
        "Referring to {event} {when}, {who} said the administration had responded promptly.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "As reported earlier, the said {noun} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Memories of {event} {when} are still fresh in the minds of residents.",
        "compatible",
    ),
    NegativePair(
        "PHOTO: The site of {event} {when}.",
        "Officials who visited the site after {event} {when} declined to comment.",
        "compatible",
    ),
    NegativePair(
        "It is learnt that {event} {happened} {when}.",
        "{Who} confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, remains much discussed in the district.",
        "Asked about {event} {when}, {who} said the matter was being looked into.",
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A similar {noun} {happened} in the neighbouring district {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An earlier {noun} in the same block {happened} {when}, residents recalled.",
        "another",
    ),
    NegativePair(
        "It is learnt that {event} {happened} {when}.",
        "The {year} {noun} in the same area {happened} {when}, old-timers said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Last year's {noun} {happened} {when} in a different part of the district.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Another {noun}, unrelated to this one, {happened} {when} in the adjoining taluk.",
        "another",
    ),
    NegativePair(
        "As per {who}, {event} {happened} {when}.",
        "A separate {noun} {happened} {when} in a neighbouring state, {who} said.",
        "another",
    ),
    NegativePair(
        "Sources said {event} {happened} {when}.",
        "This was not the first such episode in the block: {a_noun} had also been reported there {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, {who} added, {happened} {when}.",
        "Residents drew parallels with an earlier {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Eyewitnesses recounted how {event} {happened} {when}.",
        "The {year} {noun}, by contrast, {happened} {when} and is remembered for very different reasons.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date56b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
