"""Place-conflict wording bank written by helper place18e, round 18. It imitates British and
Commonwealth regional and national papers and public-broadcaster online copy (BBC, ABC,
RNZ): council, court and coroner stories, health and transport desks, farming and rural
affairs pages, coastguard, lifeboat and mountain-rescue items, weekend sport round-ups,
live-page entries stamped "10:42 —", "What we know so far" summaries, "it is understood",
"a spokesperson said", "our rural affairs correspondent reports", with British spellings."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "landslip",
        (
            "blocked the main road for days",
            "came down after days of heavy rain",
            "swept away a section of footpath",
        ),
        ("the council", "highways engineers", "geologists"),
    ),
    EventKind(
        "moorland fire",
        (
            "broke out late on Sunday",
            "burned across several square kilometres",
            "was finally brought under control",
        ),
        ("the fire service", "firefighters", "gamekeepers"),
    ),
    EventKind(
        "tractor protest",
        ("brought traffic to a crawl", "passed off peacefully", "drew hundreds of farmers"),
        ("organisers", "police", "the farmers' union"),
        hosted=True,
    ),
    EventKind(
        "fly-tipping incident",
        (
            "left the lane impassable",
            "was caught on a doorbell camera",
            "involved several tonnes of building waste",
        ),
        ("the council", "a council enforcement officer", "residents"),
    ),
    EventKind(
        "lifeboat callout",
        (
            "lasted more than four hours",
            "was the crew's third of the week",
            "came after a yacht lost its mast",
        ),
        ("the RNLI", "HM Coastguard", "the volunteer crew"),
    ),
    EventKind(
        "stretcher rescue",
        ("took nine hours", "involved more than 30 volunteers", "ended with a helicopter airlift"),
        ("the mountain rescue team", "team leaders", "police"),
    ),
    EventKind(
        "level-crossing collision",
        (
            "left a driver seriously injured",
            "closed the line for most of the day",
            "involved a freight train",
        ),
        ("British Transport Police", "the rail operator", "accident investigators"),
    ),
    EventKind(
        "motorway pile-up",
        ("involved 14 vehicles", "closed both carriageways", "happened in thick fog"),
        ("police", "the ambulance service", "traffic officers"),
    ),
    EventKind(
        "recount",
        ("went on until dawn", "was ordered after a two-vote margin", "overturned the original result"),
        ("the returning officer", "election officials", "party agents"),
    ),
    EventKind(
        "county show",
        ("drew record crowds", "opened its gates to visitors", "was cut short by a thunderstorm"),
        ("organisers", "the show society", "stewards"),
        hosted=True,
    ),
    EventKind(
        "ploughing match",
        ("attracted 80 competitors", "went ahead despite the rain", "was won by a teenager"),
        ("organisers", "the ploughing association", "judges"),
        hosted=True,
    ),
    EventKind(
        "sheepdog trial",
        ("ran over two days", "was won by a first-time handler", "drew a record entry"),
        ("organisers", "the trial secretary", "judges"),
        hosted=True,
    ),
    EventKind(
        "inquest",
        (
            "heard evidence from a pathologist",
            "was opened and adjourned",
            "returned a conclusion of accidental death",
        ),
        ("the coroner", "the coroner's office", "the family's solicitor"),
    ),
    EventKind(
        "regatta",
        ("was abandoned because of high winds", "drew dozens of crews", "ended with a club record"),
        ("the rowing club", "organisers", "race officials"),
        hosted=True,
    ),
    EventKind(
        "cup tie",
        ("finished goalless", "went to penalties", "was abandoned at half-time"),
        ("the club", "the referee", "the league"),
        hosted=True,
    ),
    EventKind(
        "candlelit vigil",
        ("drew hundreds of mourners", "passed quietly", "was organised by school friends"),
        ("organisers", "police", "the family"),
        hosted=True,
    ),
    EventKind(
        "tidal surge",
        ("overtopped flood defences", "flooded dozens of homes", "struck at high tide"),
        ("the Environment Agency", "the Met Office", "coastguard officers"),
    ),
    EventKind(
        "avian flu outbreak",
        (
            "was confirmed by laboratory tests",
            "led to the culling of 40,000 birds",
            "was detected during routine testing",
        ),
        ("the chief veterinary officer", "government vets", "the Animal and Plant Health Agency"),
    ),
    EventKind(
        "slurry spill",
        ("killed hundreds of fish", "turned a stretch of river brown", "was reported by anglers"),
        ("the Environment Agency", "environmental officers", "anglers"),
    ),
    EventKind(
        "mass stranding",
        (
            "involved a pod of pilot whales",
            "drew crowds of onlookers",
            "ended when rescuers refloated most of the animals",
        ),
        ("marine rescuers", "the coastguard", "conservation volunteers"),
    ),
    EventKind(
        "gas explosion",
        ("destroyed a terraced house", "was heard miles away", "injured three people"),
        ("the fire service", "police", "the gas network"),
    ),
    EventKind(
        "ferry grounding",
        ("left passengers stranded for hours", "happened at low tide", "damaged the vessel's hull"),
        ("the ferry operator", "marine accident investigators", "the coastguard"),
    ),
    EventKind(
        "bridge strike",
        (
            "left a lorry wedged under the arch",
            "delayed trains for hours",
            "closed the road in both directions",
        ),
        ("Network Rail", "police", "the haulage firm"),
    ),
    EventKind(
        "sewage discharge",
        ("led to a bathing warning", "lasted nine hours", "was flagged by surfers"),
        ("the water company", "the Environment Agency", "campaigners"),
    ),
    EventKind(
        "norovirus outbreak",
        ("closed two wards", "affected dozens of patients", "was declared over"),
        ("the health board", "the hospital trust", "infection control staff"),
    ),
)

PLACE_FIRST = (
    "{Who} said {event} in {where} {happened}.",
    "{Event}, which took place in {where}, {happened}, according to {who}.",
    "It is understood {event} happened in {where}, though {who} gave few other details.",
    "10:42 — {Who} confirmed that {event} in {where} {happened}.",
    "What we know so far: {event} was in {where}, and {who} said it {happened}.",
    "Speaking at the scene of {event} in {where}, a spokesperson said it {happened}.",
    "The {where} {noun} {happened}, {who} confirmed.",
    "Residents in {where} said it was extraordinary to have {event} on their doorstep.",
    "{Who} told ABC News {event} in {where} {happened}.",
    "It was in {where} that {event} {happened}, {who} said.",
    "In {where}, {event} {happened}, with {who} promising a fuller update later.",
    "Our correspondent in {where}, where {event} {happened}, said people were still taking stock.",
    "{Event} in {where} {happened}, the second in as many years, {who} said.",
    "Footage shared on social media appeared to show {event} in {where}.",
    "Details of {event} in {where} remain sketchy, but {who} said it {happened}.",
    "{Event} {happened} in {where} on Saturday, {who} said.",
    "{Who} named {where} as the location of {event}.",
    "{Event} unfolded in {where} shortly after 14:00, it is understood.",
    '"{Event} here in {where} {happened}, and people are still talking about it," one resident said.',
    "{Who} said in a statement that {event}, in {where}, {happened}.",
    "{Who} confirmed that {where} had been the site of {event}.",
    "14:05 — More on {event} in {where}: {who} said it {happened}.",
    "It is the first {noun} in {where} for some time, {who} said.",
    "{Who} described how {event} in {where} {happened}.",
    "{where}, where {event} {happened}, has seen nothing like it in years.",
    "Our rural affairs correspondent reports that {event} in {where} {happened}.",
    "{Event} was {held} in {where} and {happened}, {who} said.",
    "This year's {noun}, hosted by {where}, {happened}.",
    "{Who} said {event} {held} in {where} {happened}.",
    "{where} hosted {event}, which {happened}, according to {who}.",
)

PLACE_SECOND = (
    "{Who} later said {event} had taken place in {where}.",
    "A full account of {event} in {where} is expected from {who} later.",
    "Anyone with information about {event} in {where} is asked to contact {who}.",
    "{Event} in {where} dominated the front pages of the local papers.",
    "A spokesperson said a review of {event} in {where} would be published in due course.",
    "Records released by {who} put {event} in {where}.",
    "In a post on social media, {who} said {event} in {where} {happened}.",
    "{Event} took place in {where}, {who} confirmed on Monday.",
    "Asked about {event} in {where}, {who} said it was too early to draw conclusions.",
    "Footage of {event} in {where} has been viewed thousands of times.",
    "{Who} thanked everyone involved in {event} in {where}.",
    "Back to {event} in {where} now: {who} said it {happened}.",
    "Where {event} happened: {where}.",
    "The {where} {noun}, {who} said, {happened}.",
    "Summary: {event}, in {where}, {happened}, and {who} will give an update later.",
    "11:58 — The latest from {where}, where {event} {happened}: {who} will speak to reporters shortly.",
    "Further details about {event} in {where} are expected later today, {who} said.",
    "{Event}, in {where}, {happened}, {who} told RNZ.",
    "Several people who saw {event} in {where} contacted the BBC.",
    "What happened in {where}? {Event} {happened}, {who} said.",
    "{Who} published a timeline of {event} in {where} on Tuesday.",
    "Questions remain over {event} in {where}, which {happened}.",
    "It is understood {event}, which {happened}, was in {where}.",
    "{Event} is thought to have been the first of its kind in {where}.",
    "Images of {event} in {where} were released by {who}.",
    "According to {who}, {event} {happened} in {where}.",
    "{where}, which {held} {event}, is expected to bid to do so again.",
    "{Event} {held} at a venue in {where} {happened}, {who} said.",
    "Hosted by {where} this year, {event} {happened}.",
    "{Event} was {held} in {where}, {who} confirmed.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Who} said {event} in {where} {happened}.",
        "It follows {a_noun} in {other} last spring, which {who} said was unconnected.",
        "another",
    ),
    NegativePair(
        "The {where} {noun} {happened}, according to {who}.",
        "A separate {noun} in {other} on the same day is not thought to be linked, {who} said.",
        "another",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Next year's {noun} will be hosted by {other}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "News of {event} in {where} reached relatives in {other} within the hour.",
        "elsewhere",
    ),
    NegativePair(
        "10:42 — {Who} confirmed {event} in {where} {happened}.",
        "Messages of support after {event} in {where} have poured in from {other}.",
        "elsewhere",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "Commentators in {other} were quick to react to {event}.",
        "elsewhere",
    ),
    NegativePair(
        "Speaking at the scene of {event} in {where}, a spokesperson said it {happened}.",
        "Many of the people involved in {event} had travelled from {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Who} named {where} as the location of {event}.",
        "{Who} said extra volunteers had been sent from {other} to help at {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} confirmed.",
        "It is the biggest {noun} in {other} for a decade, {who} said.",
        "contained",
    ),
    NegativePair(
        "Details of {event} in {where} remain sketchy.",
        "{Who} said {event} {happened} in {other}, and more information would follow.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place18e",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
