"""PLACE bank place38b, written by helper place38b, round 38 (blind author).

Register: agriculture, rural and island press -- farm weeklies, Caribbean and Pacific island
papers and regional public radio reporting crop blights, livestock disease outbreaks, locust
swarms, grain-silo explosions, irrigation-canal breaches, trawler groundings and cannery or
creamery closures, plus hosted kinds (cattle auctions, ram sales, agricultural shows, harvest
and yam festivals, ploughing matches, field days). Phrasing habits used: "on a farm near ...",
"on a smallholding outside ...", "growers in ...", "in a farming district of ...", fronted
participles ("Staged on the showgrounds outside ...", "Reported first by ..."), ministry and
board attribution mid-sentence ("..., the chief veterinary officer said, ..."), clefts ("It was
in ... that"), possessives and compounds ("...'s ram sale", "the ... outbreak"), dashes,
captions, and long sentences where the place sits far from the event noun. Negatives use
origins of buyers and stock, destinations of produce, head offices, earlier or next editions
elsewhere, and reactions from abroad (from_to), or bodies and markets in the country or city
around the event's place (contained).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "potato blight outbreak",
        (
            "was first detected in early-planted fields",
            "spread across several holdings within a week",
            "wiped out much of the early crop",
            "was confirmed by laboratory tests",
        ),
        (
            "the agriculture ministry",
            "plant health inspectors",
            "the growers' association",
            "extension officers",
        ),
    ),
    EventKind(
        "foot-and-mouth outbreak",
        (
            "was confirmed on three holdings",
            "forced a standstill on livestock movements",
            "led to the culling of several hundred cattle",
            "was first flagged by a herd veterinarian",
        ),
        (
            "the chief veterinary officer",
            "the livestock ministry",
            "animal health officials",
            "the farmers' union",
        ),
    ),
    EventKind(
        "locust swarm",
        (
            "descended on grazing land",
            "stripped maize fields bare",
            "swept in on a warm easterly",
            "was sighted over cropland at dawn",
        ),
        (
            "the plant protection directorate",
            "the locust control unit",
            "provincial agriculture officials",
            "the UN food agency",
        ),
    ),
    EventKind(
        "grain-silo explosion",
        (
            "tore through the elevator",
            "killed two workers",
            "happened during unloading",
            "levelled a storage bin",
        ),
        (
            "the fire service",
            "the elevator's operator",
            "workplace safety inspectors",
            "the grain cooperative",
        ),
    ),
    EventKind(
        "irrigation-canal breach",
        (
            "flooded several hundred acres",
            "washed out a gravel road",
            "cut off water to growers",
            "happened overnight",
        ),
        ("the irrigation district", "the water authority", "the district engineer", "local growers"),
    ),
    EventKind(
        "trawler grounding",
        (
            "happened in heavy seas",
            "left two crew members injured",
            "spilled diesel into the lagoon",
            "occurred at the harbour mouth",
        ),
        ("the maritime authority", "the coast guard", "the fisheries department", "the vessel's owners"),
    ),
    EventKind(
        "cannery closure",
        (
            "cost some 300 jobs",
            "was announced without warning",
            "ended a century of fish processing",
            "hit the waterfront hard",
        ),
        ("the company", "the fish workers' union", "the labour ministry", "the mayor's office"),
    ),
    EventKind(
        "bird flu outbreak",
        (
            "was confirmed at a commercial layer farm",
            "forced the culling of 40,000 birds",
            "spread to a second flock",
            "was traced to wild waterfowl",
        ),
        (
            "the veterinary services division",
            "animal health officials",
            "the poultry association",
            "the ministry of agriculture",
        ),
    ),
    EventKind(
        "black sigatoka outbreak",
        (
            "ravaged banana plantations",
            "spread through smallholdings",
            "was confirmed by plant pathologists",
            "cut export volumes sharply",
        ),
        (
            "the banana board",
            "the plant quarantine unit",
            "smallholder farmers",
            "the banana growers' association",
        ),
    ),
    EventKind(
        "coconut beetle infestation",
        (
            "spread to village plantations",
            "damaged thousands of palms",
            "was first spotted by a copra cutter",
            "was confirmed by biosecurity staff",
        ),
        (
            "the biosecurity authority",
            "the ministry of agriculture",
            "village councils",
            "the coconut industry board",
        ),
    ),
    EventKind(
        "anthrax outbreak",
        (
            "killed a dozen cattle",
            "was confirmed in a dairy herd",
            "prompted a vaccination drive",
            "led to the quarantine of neighbouring farms",
        ),
        (
            "the state veterinarian",
            "the livestock department",
            "district health officials",
            "the cattlemen's association",
        ),
    ),
    EventKind(
        "fish kill",
        (
            "left thousands of dead fish along the banks",
            "was discovered by anglers",
            "followed a fertiliser spill",
            "stretched for several kilometres",
        ),
        ("the environment agency", "fisheries officers", "the river trust", "local fishermen"),
    ),
    EventKind(
        "hailstorm",
        (
            "flattened ripening wheat",
            "shredded vineyards",
            "hit just before harvest",
            "damaged greenhouses across the district",
        ),
        ("crop insurers", "the weather service", "the farmers' union", "the regional agronomist"),
    ),
    EventKind(
        "creamery closure",
        (
            "left dairy farmers without a buyer",
            "was announced to staff",
            "cost 120 jobs",
            "ended milk collection in the district",
        ),
        ("the dairy cooperative", "the processors' association", "the milk suppliers' group", "the company"),
    ),
    EventKind(
        "swine fever outbreak",
        (
            "was confirmed on a backyard farm",
            "spread to commercial piggeries",
            "forced the culling of some 8,000 pigs",
            "was detected at a slaughterhouse",
        ),
        (
            "the veterinary authority",
            "the pig producers' association",
            "the agriculture department",
            "animal health inspectors",
        ),
    ),
    EventKind(
        "cattle auction",
        (
            "drew record prices",
            "went ahead despite the rain",
            "took place",
            "attracted buyers from three provinces",
        ),
        ("the auctioneers", "the livestock exchange", "the saleyard manager", "the cattle marketing board"),
        hosted=True,
    ),
    EventKind(
        "agricultural show",
        (
            "took place",
            "drew large crowds",
            "ran over three days",
            "returned after a two-year hiatus",
        ),
        ("the show society", "the organisers", "the show secretary", "the agricultural society"),
        hosted=True,
    ),
    EventKind(
        "harvest festival",
        (
            "took place",
            "drew thousands of visitors",
            "went ahead in glorious sunshine",
            "was opened by the minister",
        ),
        ("the organising committee", "the parish council", "the festival's organisers", "the tourism board"),
        hosted=True,
    ),
    EventKind(
        "ram sale",
        (
            "topped at a record price",
            "took place",
            "saw a full clearance",
            "drew breeders from across the region",
        ),
        ("the breed society", "the auctioneers", "the sale convenor", "the sheep breeders' association"),
        hosted=True,
    ),
    EventKind(
        "ploughing match",
        (
            "took place",
            "drew a record entry",
            "went ahead on heavy ground",
            "was won by a local teenager",
        ),
        (
            "the ploughing association",
            "the organisers",
            "the match secretary",
            "the local agricultural society",
        ),
        hosted=True,
    ),
    EventKind(
        "farmers' field day",
        (
            "took place",
            "showcased drought-tolerant varieties",
            "drew more than 500 growers",
            "featured trials of new seed",
        ),
        ("the research station", "extension officers", "the seed company", "the growers' association"),
        hosted=True,
    ),
    EventKind(
        "yam festival",
        (
            "took place",
            "drew crowds from neighbouring villages",
            "was opened by the paramount chief",
            "went ahead despite a poor harvest",
        ),
        ("the village council", "the festival committee", "the ministry of culture", "the council of chiefs"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} in {where} {happened}, according to {who}.",
    "According to {who}, {event} on a farm near {where} {happened}.",
    "It was in {where} that {event} {happened}, {who} confirmed.",
    "{Event} — the first of its kind in {where} in a generation — {happened}, {who} said.",
    "On a smallholding outside {where}, {who} said, {event} {happened}.",
    "{where}'s {noun} {happened}, according to {who}.",
    "{Who} said {event} in a farming district of {where} {happened}.",
    "The {where} {noun} {happened}, {who} told the paper.",
    "In {where}, {who} said, {event} {happened}.",
    "Reported first by {who}, {event} in {where} {happened}.",
    "{held} on the showgrounds outside {where}, {event} {happened}, {who} said.",
    "{Event}, {held} this year in {where}, {happened}, {who} said.",
    "{Who} hosted {event} in {where}, where it {happened}.",
    "Hosted in {where} by {who}, {event} {happened}.",
    "{Event} in {where}'s farming heartland {happened}, {who} said.",
    "According to {who}, it was on a farm just outside {where} that {event} {happened}.",
    "{Who} confirmed that {event} in {where} {happened}.",
    "Coming at the worst possible time for growers already stretched by drought, high input "
    "costs and a shortage of seasonal labour, {event} in {where} {happened}, {who} said.",
    "{Event} {happened} in {where}, {who} said.",
    "The {noun} in {where}, {who} said, {happened}.",
    "Confirmed by {who}, the {where} {noun} {happened}.",
    "{Who}, in a statement issued to members, said {event} in {where} {happened}.",
    "What {who} described as {a_noun} in {where} {happened}.",
    "{Event} in the {where} area {happened}, {who} reported.",
    "{Event} {happened} on the outskirts of {where}, {who} said.",
    "Much of the attention this season has been on {where}, where, according to {who}, {event} {happened}.",
    "Growers in {where}, where {event} {happened}, were briefed by {who} at a packed meeting in the "
    "community hall.",
    "{Who} said {event}, which took place in {where}, had been closely watched by producers.",
    "After weeks of rumour at the saleyards and a string of anxious calls to the district office, "
    "{who} said that {event} in {where} {happened}.",
    "In {where} — a long way, in every sense, from the boardrooms that set farmgate prices — "
    "{event} {happened}, {who} said.",
    "{Event}, {held} at the showgrounds in {where}, {happened}.",
    "The show, {held} at the old racecourse in {where}, was where {event} {happened}, {who} said.",
    "Speaking from {where}, where {event} {happened}, {who} said a fuller account would follow.",
    "It was on a farm near {where}, {who} said, that {event} {happened}.",
    "Pictured: {event} in {where}, which {who} said {happened}.",
    "It was {where}, {who} said, where {event} {happened}.",
)

PLACE_SECOND = (
    "{Who} said calls had poured in since {event} in {where}.",
    "{Who} said a full report on {event} in {where} would be published within weeks.",
    "The aftermath of {event} in {where} dominated talk at the co-op meeting.",
    "It was the {where} {noun} that prompted the review, {who} said.",
    "Back in {where}, where {event} {happened}, attention was already turning to next season.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "Questions remain over how {event} in {where} was handled, {who} conceded.",
    "The bill for {event} in {where} is still being tallied.",
    "{where}'s {noun}, {who} added, {happened}.",
    "Photographs from {where} showed the scale of {event}.",
    "Pictured: scenes from {event} in {where}.",
    "Those in {where} for {event} said they had never seen anything like it.",
    "{Who} later returned to {where}, the site of {event}.",
    "The {where} {noun} has since drawn comparisons with earlier seasons, {who} said.",
    "Talk at the saleyards has barely moved on from {event} in {where}.",
    "It is still not clear what {event} in {where} will mean for prices, {who} said.",
    "{Event} in {where}, {who} noted, {happened}.",
    "{held} in {where}, {event} {happened}, {who} said.",
    "{Event}, which {who} {held} in {where}, is expected to return next year.",
    "Visitors who made the trip to {where} for {event}, {held} on the old racecourse, "
    "said the day was a success.",
    "Residents living near the site of {event} in {where} said the district had talked of little else.",
    "Much of the early coverage of {event} in {where} came from regional radio.",
    "Then came {event} in {where}, which {who} said {happened}.",
    "{Event} — in {where}, {who} stressed — {happened}.",
    "A second look at the {noun} in {where} is planned, {who} said.",
    "The fallout from {where}'s {noun} continued to ripple through local markets.",
    "What happened in {where} — {event} — was raised at the regional council.",
    "For {who}, the lesson of {event} in {where} was that preparation matters.",
    "By the time {who} reached {where}, {event} had already made the local bulletins.",
    "Looking back on {event} in {where}, {who} said little had gone as planned.",
    "{Who} said the {noun}, {held} in {where}, had been the busiest in years.",
    "It was {where}, and nowhere else in the region, that saw {event}, {who} said.",
    "Farm radio in {where}, where {event} {happened}, ran phone-ins for the rest of the week.",
    "Once the dust had settled in {where}, {who} said, the true extent of {event} became clear.",
    "There was no official estimate of the cost of {event} in {where}, {who} said.",
    "Hosted in {where}, {event} {happened}, according to {who}.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is in another country (origin, destination, head office, other editions, reactions)
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Buyers who had travelled from {other} were among those caught up in {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Equipment shipped in from {other} was used during {event}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} on a farm near {where} {happened}.",
        "The firm at the centre of {event}, which is headquartered in {other}, has not commented.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} at the showgrounds in {where}, {happened}, {who} said.",
        "Next year's {noun} will be {held} in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "An earlier {noun}, in {other}, had been far smaller.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Officials in {other} said they were watching {event} closely.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} told the paper.",
        "Produce bound for {other} was held back on the quay because of {event}.",
        "from_to",
    ),
    NegativePair(
        "On a smallholding outside {where}, {who} said, {event} {happened}.",
        "Specialists flown in from {other} helped {who} make sense of {event}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, according to {who}.",
        "News of {event} reached commodity traders in {other} within hours.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where}'s farming heartland {happened}, {who} said.",
        "Growers in {other} are studying {event} for lessons of their own.",
        "from_to",
    ),
    NegativePair(
        "{Who} confirmed that {event} in {where} {happened}.",
        "The last comparable {noun}, {who} said, was recorded in {other}.",
        "from_to",
    ),
    NegativePair(
        "Reported first by {who}, {event} in {where} {happened}.",
        "A delegation from {other} was on hand for {event} as observers.",
        "from_to",
    ),
    NegativePair(
        "Hosted in {where} by {who}, {event} {happened}.",
        "Last year's {noun} was hosted by {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}, {who} said.",
        "Unlike {event}, last year's {noun} in {other} drew little attention.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {who} said, {event} {happened}.",
        "A team from {other}'s agriculture ministry is helping {who} review {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, according to {who}.",
        "Any payouts linked to {event} will come from a fund administered in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} this year in {where}, {happened}.",
        "The organisers, who are based in {other}, said {event} had exceeded expectations.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} in a farming district of {where} {happened}.",
        "Prices on the grain exchange in {other} moved within hours of {event}.",
        "from_to",
    ),
    NegativePair(
        "Confirmed by {who}, the {where} {noun} {happened}.",
        "Insurers in {other} are expected to carry much of the cost of {event}.",
        "from_to",
    ),
    # contained: {other} contains, or lies in, the event's place (same country)
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Officials in {other} said {event} {happened}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "{Event} has rattled producers across {other}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} on a farm near {where} {happened}.",
        "{Who} in {other} said {event} in {where} was being monitored.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} confirmed.",
        "The {noun} in {where} was discussed at a ministry meeting in {other}.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, according to {who}.",
        "{Event} in {other} {happened}, {who} said.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} told the paper.",
        "Traders in {other} said {event} had pushed up prices.",
        "contained",
    ),
    NegativePair(
        "Reported first by {who}, {event} in {where} {happened}.",
        "From {other}, {who} said, the response to {event} was being coordinated.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} at the showgrounds in {where}, {happened}.",
        "{Event} — the biggest ever {held} in {other} — {happened}, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} in {where} {happened}.",
        "A spokesman in {other} said {event} in {where} had been a wake-up call.",
        "contained",
    ),
    NegativePair(
        "In {where}, {who} said, {event} {happened}.",
        "Farm radio stations across {other} carried live reports on {event}.",
        "contained",
    ),
    NegativePair(
        "Hosted in {where} by {who}, {event} {happened}.",
        "It was the first time {other} had hosted the {noun} in a decade.",
        "contained",
    ),
    NegativePair(
        "{Event} in the {where} area {happened}, {who} reported.",
        "Growers elsewhere in {other} followed {event} closely, {who} said.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place38b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
