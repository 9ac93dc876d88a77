"""DATE bank date42a, written by helper date42a, round 42 (blind author).

Register: farming, food-supply and rural-weather copy as farm weeklies (Farmers Weekly,
Farm Journal, The Land), agricultural wire desks and rural public radio write it: hail on
orchards, late frosts, derechos and dust storms, culls and notifiable-disease cases, milk-price
protests and tractor rallies, silo fires, dispersal and ram sales, drought declarations and
produce recalls. Habits imitated: the date tucked behind a long predicate ("swept through the
orchards on ..."), attribution to vets, agents, co-ops and forecasters at the front, middle or
end, saleyard and insurer asides, quoted growers, "It was ... that" clefts, fronted dates,
recaps in "which ..." clauses and the reminder paragraphs farm copy uses further down.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "hailstorm",
        ("struck", "swept through the orchards", "shredded the apple blossom", "hit the fruit belt"),
        (
            "the Met Office",
            "the regional fruit growers' association",
            "the local packhouse",
            "crop assessors",
        ),
    ),
    EventKind(
        "late frost",
        ("hit", "settled over the vineyards", "blackened the early blossom", "struck"),
        (
            "the growers' association",
            "the weather bureau",
            "vineyard managers",
            "the wine region's peak body",
        ),
    ),
    EventKind(
        "derecho",
        ("tore across the Corn Belt", "flattened the standing corn", "swept through", "hit"),
        (
            "the National Weather Service",
            "the state climatologist",
            "crop adjusters",
            "the county extension office",
        ),
    ),
    EventKind(
        "dust storm",
        ("rolled in", "swept across the wheatbelt", "blew through", "blanketed the district"),
        ("the Bureau of Meteorology", "local graziers", "the shire council", "the regional landcare group"),
    ),
    EventKind(
        "grassfire",
        ("broke out", "tore through the stubble", "swept through", "jumped the highway"),
        ("the Country Fire Authority", "the rural fire brigade", "the local fire captain", "police"),
    ),
    EventKind(
        "silo fire",
        ("broke out", "was reported", "gutted the elevator", "took hold"),
        ("the county fire marshal", "the grain co-op", "volunteer firefighters", "the fire department"),
    ),
    EventKind(
        "flash flood",
        ("swept through", "inundated the river flats", "cut off the valley", "hit"),
        ("the State Emergency Service", "the shire council", "the Bureau of Meteorology", "local graziers"),
    ),
    EventKind(
        "levee breach",
        ("swamped the bottomland", "occurred", "flooded the river bottoms", "was reported"),
        ("the Army Corps of Engineers", "the levee district", "county emergency managers", "the Farm Bureau"),
    ),
    EventKind(
        "cull",
        ("was ordered", "began", "was carried out", "got under way"),
        (
            "the chief veterinary officer",
            "Defra",
            "the state veterinarian",
            "the Animal and Plant Health Agency",
        ),
    ),
    EventKind(
        "bluetongue case",
        ("was confirmed", "was detected", "was reported"),
        ("the Animal and Plant Health Agency", "Defra", "the chief veterinary officer", "the NFU"),
    ),
    EventKind(
        "TB breakdown",
        ("was confirmed", "was declared", "was detected"),
        ("the herd's vet", "the Department of Agriculture", "the farmer", "the local vet practice"),
    ),
    EventKind(
        "anthrax case",
        ("was confirmed", "was detected", "was reported"),
        ("the state veterinarian", "the Department of Primary Industries", "biosecurity officers"),
    ),
    EventKind(
        "lettuce recall",
        ("was announced", "was issued", "was ordered"),
        ("the Food and Drug Administration", "the grower-shipper", "the Food Standards Agency", "the packer"),
    ),
    EventKind(
        "price cut",
        ("was announced", "was confirmed", "was unveiled"),
        ("the processor", "the dairy co-op", "the milk buyer", "the creamery"),
    ),
    EventKind(
        "milk protest",
        ("blocked the creamery gates", "went ahead", "was mounted", "shut the depot"),
        ("Farmers for Action", "the dairy farmers' group", "police", "organisers"),
        hosted=True,
    ),
    EventKind(
        "tractor rally",
        (
            "rolled into the capital",
            "brought the ring road to a standstill",
            "went ahead",
            "wound through the town",
        ),
        ("organisers", "police", "the farmers' union", "the young farmers' club"),
        hosted=True,
    ),
    EventKind(
        "blockade",
        ("went up outside the distribution centre", "began", "shut the port gates", "was set up"),
        ("police", "the protest organisers", "the farmers' union", "the supermarket chain"),
        hosted=True,
    ),
    EventKind(
        "dispersal sale",
        ("went ahead", "drew buyers from three states", "cleared every lot", "set a breed record"),
        ("the auctioneers", "the selling agents", "the stock and station agent", "the vendor"),
        hosted=True,
    ),
    EventKind(
        "ram sale",
        ("went ahead", "drew a strong crowd of buyers", "topped at a record price", "cleared every pen"),
        ("the selling agents", "the auctioneers", "the breed society", "the stud principal"),
        hosted=True,
    ),
    EventKind(
        "drought declaration",
        ("was issued", "was made", "came into force", "was signed off"),
        (
            "the state agriculture minister",
            "the Environment Agency",
            "the governor's office",
            "the department",
        ),
    ),
    EventKind(
        "spray drift",
        (
            "damaged the neighbouring crops",
            "was reported",
            "hit the vineyard next door",
            "scorched the cotton",
        ),
        (
            "the state pesticides regulator",
            "the vineyard owner",
            "the agronomist",
            "the local growers' group",
        ),
    ),
    EventKind(
        "locust swarm",
        ("descended on the district", "swept in", "stripped the pastures", "arrived"),
        ("the Plague Locust Commission", "local landholders", "biosecurity officers", "the shire council"),
    ),
    EventKind(
        "co-op vote",
        ("went ahead", "backed the merger", "rejected the takeover bid", "was taken"),
        ("the co-op board", "the returning officer", "shareholders", "the chairman"),
        hosted=True,
    ),
    EventKind(
        "field day",
        ("drew hundreds of growers", "went ahead", "packed out the trial site", "was rained off"),
        ("organisers", "the grains research body", "the extension office", "the host farmer"),
        hosted=True,
    ),
    EventKind(
        "elevator blast",
        ("rocked the town", "levelled two bins", "occurred", "shook the co-op yard"),
        ("OSHA investigators", "the county sheriff", "the co-op", "the fire chief"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "Growers across the district are still talking about {event}, which {happened} {when}.",
    "{Who} confirmed that {event} {happened} {when}.",
    "According to {who}, {event} {happened} {when}, and the full picture is still emerging.",
    "Phones at the local stock agents ran hot after {event} {happened} {when}.",
    "{Event} {happened} {when}, just as the district was looking forward to a decent season.",
    "The local talkback show was flooded with calls after {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told this paper.",
    "Stock agents said {event}, which {happened} {when}, had set the tone for the season.",
    "{Event}, which {happened} {when}, has given the industry plenty to talk about.",
    "Records kept by {who} show that {event} {happened} {when}.",
    "Farm groups were quick to respond when {event} {happened} {when}.",
    "{Event} — it {happened} {when} — was the talk of the weekly market.",
    "Word of {event} spread fast after it {happened} {when}, {who} said.",
    "{when}, {who} said, {event} {happened}.",
    "Extension staff say {event} {happened} {when}, earlier than many producers had expected.",
    "{Who} said {event} {happened} {when} and that the district would feel the effects for months.",
    "The first most people in the valley knew of it was {when}, when {event} {happened}.",
    "Those on the ground told rural radio that {event} {happened} {when}.",
    "Feed merchants and contractors reported a flurry of calls after {event} {happened} {when}.",
    "Farmers listening to the morning market report heard that {event} {happened} {when}.",
    "In a short statement, {who} said {event} {happened} {when} and more details would follow.",
    "Contractors across the district rearranged their schedules after {event} {happened} {when}.",
    "{Event} was {held} {when}, {who} said.",
    "{Event}, {held} {when}, was one of the biggest the district has seen.",
    "When {event} was {held} {when}, few in the district expected it to make national headlines.",
)

DATE_SECOND = (
    '"We\'d never seen anything like it," one grower said of {event}, which she said {happened} {when}.',
    "It was {when}, {who} said, that {event} {happened}.",
    "The {noun} {when} is still the main talking point at the saleyards.",
    "Asked about {event}, {who} said it {happened} {when}.",
    "Looking back on {event}, which {happened} {when}, {who} said lessons had been learned.",
    "Nobody at the branch meeting needed reminding that {event} {happened} {when}.",
    "Many growers, {who} said, were still catching up on work put aside when {event} {happened} {when}.",
    "That was before {event} {happened} {when}.",
    "When {event} {happened} {when}, the district's stock agents were among the first to feel it.",
    "{Event}, {who} reminded members in a newsletter, {happened} {when}.",
    "The district's stock agents were kept busy after {event} {happened} {when}.",
    "It is now clear that {event}, which {happened} {when}, marked a turning point for the district.",
    '"It all happened so fast," said one contractor, recalling how {event} {happened} {when}.',
    "In a statement issued after {event} {happened} {when}, {who} urged producers to keep in touch.",
    "Among those with most at stake in {event} {when} was a family operation that has worked the same ground "
    "for four generations.",
    "Rural radio had the story within the hour when {event} {happened} {when}.",
    "{when}, as {who} recalled, {event} {happened}, and the phones have barely stopped since.",
    "The district's agents, {who} said, had been fielding calls ever since {event} {happened} {when}.",
    "Whatever the final bill, {who} said, there was no dispute that {event} {happened} {when}.",
    "On the account given by {who}, {event} {happened} {when}.",
    "Most of the talk at the ringside was of {event}, which, {who} said, {happened} {when}.",
    "Pictured: the scene on a neighbouring property after {event} {happened} {when}.",
    "The paperwork dates {event} clearly enough: it {happened} {when}, {who} said.",
    "{Who} repeated that {event} {happened} {when}, and said a full report would follow.",
    "For the record, {event} {happened} {when}.",
    "The district had been on edge for days before {event} {happened} {when}.",
    "{Event}, {held} {when} after months of planning, went off without a hitch, {who} said.",
    "The crowd at {event}, {held} {when}, was bigger than organisers had dared hope.",
    "Organisers said {event} had been {held} {when} after weeks of planning.",
)

NEGATIVES_DATE = (
    # planned: the same event, a later step still to come
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A review of {event} is due to be published {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Growers are still talking about {event}, which {happened} {when}.",
        "Figures on the full impact of {event} are expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The next {noun} will be {held} {when}, organisers said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Producers will meet {when} to talk through the fallout from {event}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said a follow-up {noun} would be {held} {when} if numbers allowed.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, catching many producers off guard.",
        "A formal report on {event} should be finished {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Records kept by {who} show that {event} {happened} {when}.",
        "{Who} will brief the agriculture committee on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "Stock agents said {event}, which {happened} {when}, had set the tone for the season.",
        "Another {noun} cannot be ruled out {when}, {who} warned.",
        "planned",
    ),
    # compatible: the same event retold at a coarser or finer date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Event}, which {happened} {when}, is still being talked about across the district.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Asked about {event}, {who} said it {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "Stock agents were kept busy after {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "{Event}, {who} reminded members, {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, drawing a big crowd.",
        "The crowd at {event}, {held} {when}, was bigger than anyone expected.",
        "compatible",
    ),
    NegativePair(
        "Word of {event} spread fast after it {happened} {when}.",
        "The {noun} {when} is still the main talking point at the saleyards.",
        "compatible",
    ),
    NegativePair(
        "Farm groups were quick to respond when {event} {happened} {when}.",
        "For the record, {event} {happened} {when}, {who} said.",
        "compatible",
    ),
    NegativePair(
        "Extension staff say {event} {happened} {when}.",
        '"It all happened so fast," said one contractor, recalling how {event} {happened} {when}.',
        "compatible",
    ),
    # another: an earlier or separate instance with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the district's first {noun}: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Growers are still talking about {event}, which {happened} {when}.",
        "Older hands still compare it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said an earlier {noun} {happened} {when}, in the next county over.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "That {noun} came hard on the heels of another, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The previous {noun}, {held} {when}, drew barely half the numbers.",
        "another",
    ),
    NegativePair(
        "Records kept by {who} show that {event} {happened} {when}.",
        "A separate {noun} {happened} {when} across the state line, the same records show.",
        "another",
    ),
    NegativePair(
        "Stock agents said {event}, which {happened} {when}, had set the tone for the season.",
        "Many still remember the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "The last {noun} of any size in the district {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, just as the season was getting going.",
        "The district had been through a similar {noun} {when}, and many growers still talk about it.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date42a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
