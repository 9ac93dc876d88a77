"""PLACE bank place38a, written by helper place38a, round 38 (blind author).

Register: civic, municipal, state-house and education reporting as US and Canadian local
papers, statehouse bureaus, student newspapers and public-radio newsrooms write it: council
votes, public hearings, town-hall meetings, recall petitions, referendums, school-board
meetings, graduation ceremonies, campus sit-ins, teacher walkouts, water-main breaks,
boil-water notices, budget standoffs, ribbon cuttings. Habits used: "at City Hall in ...",
"in the council chamber in ...", "residents of ... packed ...", "a hearing held in ...",
possessives and compounds ("Lagos's budget hearing", "the Ohio rezoning vote"), attribution
last ("..., the mayor's office said") as well as first and mid-sentence, relative clauses,
"there"/"then" pointing back, dashes, clefts, photo captions, agenda and records-request
language, and long sentences where the place sits far from the event noun. Negatives use
sister cities, trade missions, consultants and firms based elsewhere, next year's host city,
earlier instances elsewhere, and statewide or national reaction for the contained relation.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    # hosted: gatherings that are held / staged somewhere
    EventKind(
        "public hearing",
        (
            "drew more than 200 speakers",
            "ran past midnight",
            "took place",
            "was gaveled to order",
            "stretched over four hours",
        ),
        ("the city clerk", "the planning department", "the council president", "organizers"),
        hosted=True,
    ),
    EventKind(
        "town-hall meeting",
        (
            "drew an overflow crowd",
            "turned heated",
            "took place",
            "was cut short",
            "lasted nearly three hours",
        ),
        ("the congressman's office", "organizers", "the mayor's office", "the host committee"),
        hosted=True,
    ),
    EventKind(
        "school-board meeting",
        (
            "ran late into the night",
            "was briefly recessed",
            "turned contentious",
            "took place",
            "drew dozens of parents",
        ),
        ("the school district", "the board chair", "district officials", "the superintendent's office"),
        hosted=True,
    ),
    EventKind(
        "graduation ceremony",
        (
            "went ahead",
            "was moved indoors",
            "took place",
            "honored 412 seniors",
            "drew thousands of families",
        ),
        ("the school district", "the principal", "the university", "campus officials"),
        hosted=True,
    ),
    EventKind(
        "ribbon cutting",
        (
            "took place",
            "marked the opening",
            "drew a crowd of local officials",
            "went ahead despite the rain",
        ),
        ("the mayor's office", "the chamber of commerce", "the parks department", "city officials"),
        hosted=True,
    ),
    EventKind(
        "candidate forum",
        ("drew a packed house", "took place", "was interrupted twice", "ran 90 minutes", "turned testy"),
        ("organizers", "the moderator", "the sponsoring newspaper", "the campaign"),
        hosted=True,
    ),
    EventKind(
        "budget hearing",
        ("drew a long line of speakers", "took place", "ran until nearly midnight", "ended without a vote"),
        ("the finance committee", "the budget office", "the council clerk", "the county administrator"),
        hosted=True,
    ),
    EventKind(
        "community listening session",
        ("drew about 150 residents", "took place", "ran over its allotted two hours", "grew tense"),
        ("the police chief's office", "organizers", "the city manager", "the school district"),
        hosted=True,
    ),
    # not hosted
    EventKind(
        "water-main break",
        (
            "flooded several blocks",
            "happened",
            "left hundreds of homes without service",
            "was reported",
            "shut down a stretch of road",
        ),
        ("the water department", "public works officials", "the utility", "the public works director"),
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "was lifted", "took effect", "affected about 8,000 customers"),
        ("the water utility", "the health department", "the city", "public works officials"),
    ),
    EventKind(
        "teacher walkout",
        ("began", "shut down classes", "took place", "ended after two days", "emptied classrooms"),
        ("the teachers' union", "the district", "union leaders", "the superintendent's office"),
    ),
    EventKind(
        "recall petition",
        ("was filed", "gathered enough signatures", "fell short", "was certified", "was launched"),
        ("the county clerk", "the recall committee", "the elections office", "organizers"),
    ),
    EventKind(
        "budget standoff",
        ("dragged into a third week", "ended", "was resolved", "began", "forced a partial shutdown"),
        ("legislative leaders", "the governor's office", "the budget director", "statehouse aides"),
    ),
    EventKind(
        "rezoning vote",
        ("passed", "failed", "was postponed", "went the developer's way"),
        ("the planning commission", "the city clerk", "council members", "the planning department"),
    ),
    EventKind(
        "council vote",
        ("passed 7-2", "was taken", "ended in a tie", "went against the proposal"),
        ("the city clerk", "council members", "the mayor's office", "the council president"),
    ),
    EventKind(
        "school closure",
        ("was approved", "took effect", "was announced", "was finalized"),
        ("the school board", "district officials", "the superintendent", "the district's spokeswoman"),
    ),
    EventKind(
        "bond measure",
        ("passed", "failed", "was approved by voters", "went down to defeat"),
        ("county election officials", "the school district", "the campaign", "the elections office"),
    ),
    EventKind(
        "sewage spill",
        ("was reported", "closed two beaches", "fouled a creek", "happened"),
        ("the utility", "state environmental regulators", "the health department", "public works officials"),
    ),
    EventKind(
        "ballot recount",
        ("was completed", "confirmed the result", "took place", "narrowed the margin"),
        ("the canvassing board", "election officials", "the secretary of state's office", "the county clerk"),
    ),
    EventKind(
        "veto override",
        ("succeeded", "failed", "cleared the House", "fell two votes short"),
        ("legislative leaders", "the speaker's office", "the governor's office", "statehouse aides"),
    ),
    EventKind(
        "campus sit-in",
        ("began", "entered its third day", "ended peacefully", "took place", "was broken up"),
        ("student organizers", "the student newspaper", "campus police", "the dean of students"),
    ),
    EventKind(
        "campus lockdown",
        ("was lifted", "lasted three hours", "was ordered", "ended without injuries"),
        ("campus police", "the university", "district officials", "the police department"),
    ),
    EventKind(
        "referendum",
        ("passed narrowly", "failed", "went to voters", "took place", "drew heavy turnout"),
        ("the county elections office", "the board of elections", "election officials", "the state"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "In {where}, {event} {happened}, according to {who}.",
    "It was in {where} that {event} {happened}, {who} said Tuesday.",
    "According to {who}, {event} in {where} {happened} shortly after 7 p.m.",
    "{Who} said {event} {happened} in {where} and that a written summary would be posted to the "
    "city's website by Friday.",
    "{where}'s {noun} {happened}, {who} said in a statement.",
    "The {where} {noun} {happened}, {who} confirmed late Monday.",
    "Residents of {where} packed a high-school auditorium for {event}, {held} on a weeknight so "
    "working parents could attend.",
    "{Event}, {held} in downtown {where}, {happened}, {who} said.",
    "{Event} {held} Tuesday evening in {where} {happened}, according to {who}.",
    "{Who} hosted {event} at a community center in {where}, where it {happened}.",
    "{Event} {happened} in {where} — a detail {who} confirmed only after reporters asked.",
    "In a statement, {who} said {event}, which {happened} in {where}, would be reviewed at the "
    "next regular meeting.",
    "There was {a_noun} in {where} this week; it {happened}, {who} said.",
    "Members of the council in {where} were told Tuesday that {event} {happened} there, according to {who}.",
    "Residents wait outside the municipal building in {where} after {event} {happened}.",
    "Lawmakers in {where} were still sorting out what came next after {event} {happened} there, {who} said.",
    "{Event}, which {who} said {happened} in {where}, is expected to shape the next budget cycle.",
    "Officials in {where} said {event} {happened}, and that residents would be notified of any "
    "changes by mail.",
    "{Event} {happened}, {who} said, in {where}, where the local paper had followed the issue "
    "closely for months.",
    "For residents of {where}, {event} {happened} at the worst possible time, {who} acknowledged.",
    "{Who} posted a notice Monday confirming that {event} in {where} {happened}.",
    "{Event}, {held} at a convention center in {where}, {happened} and was carried live on the "
    "city's public-access channel.",
    "{Event} {held} in the council chamber in {where} {happened}, {who} said.",
    "{Event} in {where}, the first of its kind there in nearly a decade, {happened}, according to {who}.",
    "Last week's {noun} in {where} {happened}, {who} said, and the fallout is still being sorted out.",
    "A spokeswoman for {who} said {event} {happened} in {where}.",
    "{Event} — {held} in {where} after a months-long push by residents — {happened}.",
    "{where} is where {event} {happened}, {who} said.",
    "Among the items raised at City Hall in {where} on Tuesday was {event}, which {who} said "
    "{happened} there over the weekend.",
    "Reached by phone, a spokesman for {who} said {event} {happened} in {where}, then declined "
    "to answer further questions.",
    "It was {where}, {who} said, where {event} {happened}.",
    "{Event} that {happened} in {where} on Tuesday led the next morning's agenda session, {who} said.",
    "Though few outside {where} noticed at the time, {event} there {happened}, {who} said.",
    "What residents of {where} saw on Tuesday — {event}, which {happened} — was, {who} said, "
    "only the beginning.",
    "Pictured: {event} in {where}, which {who} said {happened}.",
)

PLACE_SECOND = (
    "{Event} in {where} {happened}, {who} later confirmed.",
    "Back in {where}, reaction to {event} was swift.",
    "{Who} said the fallout from {event} in {where} would take months to sort out.",
    "After {event} in {where}, two council members called for a formal review.",
    "The {where} {noun} remains the subject of a pending records request by this newspaper.",
    "{where}'s {noun}, {who} said, {happened} with little advance notice.",
    "Since {event} in {where}, at least two council members have asked for an audit, {who} said.",
    "It was {event} in {where} that prompted the complaint, according to {who}.",
    "Residents who spoke after {event} in {where} said they had heard about it from neighbors, "
    "not from City Hall.",
    "That {noun}, which {happened} in {where}, became the subject of a follow-up hearing.",
    "The {noun} there — in {where}, {who} said — {happened} earlier than anyone expected.",
    "In {where}, where {event} {happened}, the phones at City Hall kept ringing the next morning.",
    "A video of {event} in {where} circulated widely on social media afterward.",
    "Asked about {event} in {where}, {who} declined to comment further.",
    "{Event}, {held} in {where}, drew a formal complaint from two residents the following week.",
    "The agenda for the next regular meeting lists {event} in {where} under old business.",
    "Questions about {event} in {where} dominated the public-comment period that followed.",
    "Those who attended {event} {held} in {where} described it as orderly, if long.",
    "{Who} hosted {event} in {where}, the statement said.",
    "Neither side disputed that {event} {happened} in {where}.",
    "Details of {event} in {where} were first reported by the student newspaper.",
    "The day after {event} in {where}, the governor's office issued a brief statement.",
    "No cost estimate for {event} in {where} has been released, {who} said.",
    "A public-radio reporter in {where} at the time of {event} described the scene as calm.",
    "What {event} in {where} will mean for next year's budget is unclear, {who} said.",
    "{Event} {happened} there, in {where}, {who} said, not in the neighboring town as first reported.",
    "Council members in {where} voted afterward to request a staff report on {event}.",
    "Then came {event} in {where}, which {happened}, {who} said.",
    "In the weeks since {where}'s {noun}, dozens of residents have called {who}.",
    "Minutes of {event} {held} in {where} were posted to the city's website two days later.",
    "The {noun} in {where} — which {who} said {happened} — is now the subject of a state review.",
    "Reporters who covered {event} in {where} said its scale surprised even {who}.",
    "Even now, residents of {where} bring up {event} at nearly every council meeting, {who} said.",
    "Parents in {where} said they learned of {event} through a district text alert.",
    "Whatever comes next, {event} that {happened} in {where} is unlikely to be the last word, {who} said.",
    "It was {where}'s {noun}, not the governor's budget, that dominated talk at the statehouse that week.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is in another country and is not where the event took place
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials from {other} have asked for a copy of the city's report on {event}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "The consultant who reviewed {event} for the city is based in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} confirmed.",
        "News of {event} quickly reached {other}, {where}'s sister city.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} said Tuesday.",
        "The firm hired to handle the aftermath of {event} is headquartered in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "{Who} said a similar {noun} in {other} two years earlier had gone very differently.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Next year's {noun} will be {held} in {other}, {who} said.",
        "from_to",
    ),
    NegativePair(
        "{Event} {held} in {where} {happened}, according to {who}.",
        "Several speakers at {event} had traveled from {other} to be there.",
        "from_to",
    ),
    NegativePair(
        "{Who} hosted {event} in {where}, where it {happened}.",
        "{Event} was live-streamed to viewers as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Unlike {event}, the one in {other} last spring drew little notice.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} said the response to {event} was modeled on a protocol first used in {other}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Two members of the congressional delegation flew back from {other} after learning of {event}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "A researcher in {other} who studies local government called {event} unusual.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said in a statement.",
        "The mayor, who was in {other} on a trade mission when {event} {happened}, cut the trip short.",
        "from_to",
    ),
    NegativePair(
        "Residents of {where} learned Tuesday that {event} {happened}, {who} said.",
        "Residents who had moved to {where} from {other} said {event} was their first brush with "
        "local politics.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Coverage of {event} was picked up by outlets as far afield as {other}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, {who} said.",
        "The superintendent, who came to the district from {other} last year, said {event} was "
        "handled by the book.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in downtown {where}, {happened}.",
        "The last {noun} of its kind before this one was {held} in {other}, {who} noted.",
        "from_to",
    ),
    # contained: {other} is in the same country as {where} (the country of a city, or a city of it)
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Officials across {other} were watching {event} closely.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to {who}.",
        "Lawmakers in {other} said {event} could become a model for other communities.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Word of {event} in {where} spread quickly through {other}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened}, {who} confirmed.",
        "An advocacy group based in {other} has requested the records of {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Authorities in {other} said they were monitoring the aftermath of {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Newspapers across {other} carried the story of {event} in {where} on their front pages.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened}, {who} said.",
        "The governor, speaking in {other} the next day, said {event} in {where} deserved a closer look.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Who} briefed officials in {other} on {event} the following morning.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened}, {who} said.",
        "Public-radio stations across {other} carried {event} live.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} in {where} {happened}.",
        "Reaction to {event} from elsewhere in {other} was mixed, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Statehouse reporters in {other} said {event} had come up at nearly every briefing since.",
        "contained",
    ),
    NegativePair(
        "In {where}, where {event} {happened}, {who} said little.",
        "A statewide association headquartered in {other} called {event} a warning sign.",
        "contained",
    ),
    NegativePair(
        "Residents of {where} packed a high-school auditorium for {event}, {held} on a weeknight.",
        "Viewers across {other} followed {event} in {where} on a livestream.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place38a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
