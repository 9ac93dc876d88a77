"""PLACE bank place41b, written by helper place41b, round 41 (blind author).

Register: wildlife, conservation and outdoor news -- whale strandings, shark bites, bear
and crocodile attacks, zoo escapes, culls, bird-flu die-offs, ivory seizures and poaching
trials, avalanches, cave and mountain rescues -- as local papers, wildlife charities,
national-park and mountain-rescue team statements and nature desks (BBC Nature, Mongabay,
National Geographic news) write them. Habits used: attribution to rangers, rescue teams
and charities at the front, middle or end of the sentence; picture captions
("Pictured: ..."); quoted reaction from volunteers; follow-ups about reviews, inquiries,
funding and patrols; the place fronted, in a cleft, in a "where" clause or a possessive.
Negatives: samples and findings sent abroad, specialists flown in, animals moved to a
sanctuary elsewhere, an earlier case in another country, a climber's home town, a
charity's head office, a future release or trial, and a place inside or around the first.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "whale stranding",
        ("was discovered", "unfolded", "left dozens of pilot whales dead"),
        ("the marine mammal rescue team", "coastguard officials", "a marine biologist at the scene"),
    ),
    EventKind(
        "shark bite",
        ("happened", "occurred", "left a surfer injured"),
        ("lifeguards", "the surf life saving club", "a shark researcher"),
    ),
    EventKind(
        "bear encounter",
        ("happened", "turned violent", "ended with the animal being shot"),
        ("park rangers", "the state wildlife agency", "a wildlife officer"),
    ),
    EventKind(
        "zoo escape",
        ("was discovered", "unfolded", "prompted a lockdown"),
        ("zoo staff", "the zoo's director", "police"),
    ),
    EventKind(
        "cull",
        ("went ahead", "was carried out", "began"),
        ("the agriculture ministry", "animal welfare campaigners", "wildlife officials"),
    ),
    EventKind(
        "die-off",
        ("was first detected", "swept through the colony", "killed thousands of seabirds"),
        ("the animal health agency", "ornithologists", "the bird charity"),
    ),
    EventKind(
        "ivory seizure",
        ("was made", "was carried out", "uncovered more than a tonne of tusks"),
        ("customs officials", "the wildlife crime unit", "TRAFFIC, the wildlife trade monitor"),
    ),
    EventKind(
        "poaching raid",
        ("was carried out", "was launched", "netted dozens of snares"),
        ("police", "the environment ministry", "anti-poaching rangers"),
    ),
    EventKind(
        "avalanche",
        ("struck", "swept down the slope", "was triggered"),
        ("mountain rescuers", "the avalanche warning service", "the mountain guides' association"),
    ),
    EventKind(
        "cave rescue",
        ("was launched", "was mounted", "unfolded"),
        ("the cave rescue organisation", "cave divers", "the regional fire service"),
    ),
    EventKind(
        "airlift",
        ("was carried out", "was flown", "went ahead"),
        ("the coastguard helicopter crew", "the air ambulance charity", "the mountain rescue team"),
    ),
    EventKind(
        "summit attempt",
        ("ended in tragedy", "was abandoned", "was made"),
        ("the expedition organiser", "the climbing agency", "the tourism ministry"),
    ),
    EventKind(
        "mountain search",
        ("was launched", "was mounted", "was coordinated"),
        ("mountain rescue volunteers", "police", "the search coordinator"),
    ),
    EventKind(
        "entanglement",
        ("was spotted", "was first sighted", "was documented"),
        ("the disentanglement team", "the whale rescue network", "a charter boat skipper"),
    ),
    EventKind(
        "rockfall",
        ("struck", "injured two climbers", "hit the popular route"),
        ("the mountain rescue team", "the park authority", "local guides"),
    ),
    EventKind(
        "crocodile attack",
        ("happened", "occurred", "left a fisherman injured"),
        ("wildlife officers", "the parks and wildlife service", "local police"),
    ),
    EventKind(
        "elephant rampage",
        ("left two villagers dead", "flattened crops", "happened"),
        ("forestry officials", "the wildlife service", "a village elder"),
    ),
    EventKind(
        "oil spill",
        ("was detected", "fouled the shoreline", "spread"),
        ("the coastguard", "seabird rescuers", "the environment agency"),
    ),
    EventKind(
        "raptor poisoning",
        ("came to light", "was uncovered", "killed two eagles"),
        ("wildlife crime officers", "the bird of prey charity", "investigators"),
    ),
    EventKind(
        "crevasse fall",
        ("happened", "occurred", "claimed a guide's life"),
        ("the mountain guides' association", "rescuers", "the expedition doctor"),
    ),
    EventKind(
        "seal cull",
        ("went ahead", "was carried out", "resumed"),
        ("the fisheries department", "marine conservation groups", "animal welfare campaigners"),
    ),
    EventKind(
        "poaching trial",
        ("opened", "was heard", "concluded"),
        ("prosecutors", "the court", "the environment ministry"),
        hosted=True,
    ),
    EventKind(
        "rescue exercise",
        ("was run", "was carried out", "went ahead"),
        ("the coastguard", "mountain rescue volunteers", "the fire service"),
        hosted=True,
    ),
    EventKind(
        "bird census",
        ("was carried out", "was completed", "went ahead"),
        ("ornithologists", "the bird charity", "volunteer counters"),
        hosted=True,
    ),
    EventKind(
        "turtle release",
        ("went ahead", "was carried out", "drew a crowd"),
        ("the sea turtle charity", "marine biologists", "aquarium staff"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where}.",
    "{Who} confirmed that {event} {happened} in {where}.",
    "It was in {where} that {event} {happened}, {who} said in a statement.",
    "In a post on social media, {who} said {event} {happened} in {where} and urged the public to keep away.",
    "Photographs released by {who} show the aftermath of {event} in {where}.",
    "{Event} {happened} at a remote spot in {where}, in what {who} called a highly unusual case.",
    "{Who} told local reporters that {event} {happened} in {where}.",
    "Footage of {event} in {where} has been shared thousands of times online.",
    "Details of {event} in {where} were first made public by {who}.",
    "{Who} said they were first alerted to {event} in {where} by a member of the public.",
    "It is understood {event} {happened} in {where}.",
    "{Event} {happened} in {where} after weeks of warnings from {who}.",
    "{Who} said {event} in {where} had been deeply distressing for everyone involved.",
    "Conservationists reacted with dismay to {event} in {where}, which {who} described as avoidable.",
    "In northern {where}, {event} {happened}, {who} said, stretching local volunteers to the limit.",
    "{Event} -- in {where} -- {happened}, according to a brief statement from {who}.",
    "Questions are already being asked about the handling of {event} in {where}.",
    "{Who} gave few details but said {event} {happened} in {where}.",
    "Volunteers worked through the night after {event} {happened} in {where}, {who} said.",
    "{Event}, which {who} said {happened} in {where}, has shocked the local community.",
    "The first images of {event} in {where} were posted online by {who}.",
    "{Event} was {held} in {where}, {who} said.",
    "In a first, {event} was {held} in {where}, according to {who}.",
    "{Who} said {event} had been {held} in {where} after months of planning.",
)

PLACE_SECOND = (
    "{Who} later said {event} in {where} had been one of the most difficult of the year.",
    "Recalling {event}, {who} said conditions at the scene in {where} had been grim.",
    "The {noun} in {where} was the third such case this year, according to {who}.",
    "{Who}, whose team responded to {event} in {where}, said more resources were needed.",
    'Asked about {event}, {who} said: "What we saw in {where} was unlike anything before."',
    "Images from {where}, where {event} {happened}, were shared widely online.",
    "{Event}, which {happened} in {where}, is now the subject of a review by {who}.",
    "In {where}, where {event} {happened}, officials have since stepped up patrols.",
    "{Who} said lessons from {where}'s {noun} had already been shared with other teams.",
    "Pictured: the scene of {event} in {where}.",
    "{Event} in {where} has prompted {who} to review guidance for the public.",
    "Conservation groups said {event} in {where} should serve as a warning.",
    "For {who}, {event} in {where} was a reminder of how quickly things can go wrong.",
    "An inquiry into {event} in {where} is expected to report later this year, {who} said.",
    "{where}, the scene of {event}, has seen similar incidents before, {who} said.",
    "It was in {where}, {who} said, that {event} {happened}.",
    "{Who} described {event} in {where} as a wake-up call.",
    "Volunteers who were in {where} for {event} said they were still coming to terms with what they saw.",
    "Since {event} in {where}, {who} said, donations to local rescue groups have more than doubled.",
    "Months of work lie ahead, {who} said, because {event} {happened} in {where} at the worst possible time.",
    '"Nobody expected it to be {where}," {who} said of {event}.',
    "Funding for the response to {event} in {where} is yet to be confirmed, {who} added.",
    "The {noun}, {who} stressed, {happened} in {where} and not, as first reported, somewhere else.",
    "When {event} {happened} in {where}, there were only a handful of people on hand to help.",
    "{Who} said {event} in {where} was still being discussed by conservation groups.",
    "{Event}, {held} in {where}, was described by {who} as a success.",
    "Since {event} was {held} in {where}, {who} said, interest from other regions had grown.",
)

NEGATIVES_PLACE = (
    # a place inside or around the first: the country of the city, or a city of the country
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the first {noun} recorded in {other} this year.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Rescuers from across {other} joined the effort.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The {noun} has renewed debate in {other} over how such cases are handled.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} drew a swift response from {who}.",
        "Wildlife groups in {other} said they were following {event} closely.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Authorities in {other} have promised a full review of {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "News of {event} made headlines across {other}.",
        "contained",
    ),
    # the origin of people or equipment brought in
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Specialists flew in from {other} to help with {event}.",
        "journey",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Equipment for the response to {event} had to be shipped from {other}.",
        "journey",
    ),
    # where animals, samples or findings went afterwards
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Samples taken after {event} were sent to a laboratory in {other} for testing.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Findings from {event} will be shared with researchers in {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "Evidence gathered during {event} was later handed to investigators in {other}.",
        "destination",
    ),
    # where the speaker or organisation is based
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking from the charity's head office in {other}, a spokesperson said {event} was being"
        " monitored closely.",
        "reporter",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "An expert in {other} who has studied such cases for decades said {event} was not unexpected.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The news agency's correspondent in {other} reported that {who} had been criticised over {event}.",
        "reporter",
    ),
    # a person's home town or nationality
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "One of the volunteers involved in {event}, a student from {other}, said it was an experience"
        " she would never forget.",
        "hometown",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "A guide originally from {other} was among the first on the scene of {event}.",
        "hometown",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "A photographer from {other} who witnessed {event} said the images would stay with him.",
        "hometown",
    ),
    # another, earlier instance elsewhere
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A similar {noun} in {other} two years ago was handled very differently.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "It was the worst since {a_noun} in {other} more than a decade ago, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been deeply distressing.",
        "Only last spring, {a_noun} in {other} had prompted the same warnings.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Experts compared it with {a_noun} in {other} that made international headlines.",
        "another",
    ),
    # a planned instance somewhere else
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "The next {noun} is due to be {held} in {other} next year.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} in {where} for the first time ever, according to {who}.",
        "Organisers hope to see {a_noun} {held} in {other} before long.",
        "planned",
    ),
    NegativePair(
        "{Who} told reporters {event} had been {held} in {where}.",
        "A second {noun}, to be {held} in {other}, is already being planned.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A conference in {other} next month will discuss lessons from {event}.",
        "planned",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place41b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
