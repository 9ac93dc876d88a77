"""Date bank date26b, written by helper date26b, round 26 (blind author).

Register: live blogs, timelines, explainers, obituaries, "what we know" pieces and
anniversary or look-back features. Habits imitated: recap openers ("Here is what we know",
"Catch up on", "For those just joining us", "What happened?"), labels and kickers
("Timeline:", "Update:", "Key dates:", "Explainer:", "Pictured:"), fronted dates, clefts
("It was ... that"), dates hung on the event noun ("the riot last Tuesday"), relative
clauses and parentheticals that hold the date far from the noun, attribution first or
last, quotes from witnesses, and obituary asides ("a photographer who covered ...").
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "earthquake",
        ("struck", "hit", "shook the region", "rattled the coast"),
        ("seismologists", "the geological survey", "emergency officials"),
    ),
    EventKind(
        "flash flood",
        ("hit", "swept through the lower town", "tore through the valley", "struck"),
        ("rescuers", "the fire service", "the regional government"),
    ),
    EventKind(
        "wildfire",
        ("broke out", "started", "was first spotted", "flared up"),
        ("firefighters", "the forestry agency", "local officials"),
    ),
    EventKind(
        "landslide",
        ("struck", "came down", "buried the hillside village", "swept away homes"),
        ("rescue teams", "the disaster agency", "villagers"),
    ),
    EventKind(
        "cyclone",
        ("made landfall", "came ashore", "hit the coast"),
        ("forecasters", "the weather service", "coastguard officials"),
    ),
    EventKind(
        "bombing",
        ("took place", "was carried out", "targeted a busy market", "happened"),
        ("police", "security officials", "witnesses"),
    ),
    EventKind(
        "knife attack",
        ("happened", "took place", "was carried out", "unfolded"),
        ("police", "witnesses", "prosecutors"),
    ),
    EventKind(
        "plane crash",
        ("happened", "occurred", "took place"),
        ("aviation investigators", "the airline", "the transport ministry"),
    ),
    EventKind(
        "train derailment",
        ("happened", "occurred", "left carriages on their sides"),
        ("the rail operator", "investigators", "passengers"),
    ),
    EventKind(
        "general election",
        ("took place", "was held", "went ahead", "was won by the opposition"),
        ("the electoral commission", "election observers", "state media"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("took place", "was held", "went ahead", "passed narrowly"),
        ("the electoral commission", "campaigners", "officials"),
        hosted=True,
    ),
    EventKind(
        "protest march",
        ("took place", "went ahead", "drew tens of thousands", "turned violent"),
        ("organisers", "police", "rights groups"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("opened", "took place", "was held", "convened"),
        ("diplomats", "the host government", "officials"),
        hosted=True,
    ),
    EventKind(
        "trial",
        ("opened", "began", "got under way"),
        ("the court", "prosecutors", "defence lawyers"),
        hosted=True,
    ),
    EventKind(
        "rocket launch",
        ("went ahead", "took place", "was declared a success", "was broadcast live"),
        ("the space agency", "mission controllers", "engineers"),
    ),
    EventKind(
        "state funeral",
        ("took place", "was held", "drew thousands of mourners"),
        ("the palace", "the government", "mourners"),
        hosted=True,
    ),
    EventKind(
        "vigil",
        ("was held", "took place", "drew hundreds of people"),
        ("organisers", "community leaders", "local clergy"),
        hosted=True,
    ),
    EventKind(
        "inauguration",
        ("took place", "was held", "went ahead"),
        ("the presidency", "state broadcasters", "officials"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("unfolded", "was launched", "began", "failed"),
        ("the army", "state television", "government ministers"),
    ),
    EventKind(
        "riot",
        ("broke out", "erupted", "flared"),
        ("police", "residents", "city officials"),
    ),
    EventKind(
        "gas explosion",
        ("happened", "ripped through the building", "occurred"),
        ("firefighters", "the utility company", "neighbours"),
    ),
    EventKind(
        "hostage siege",
        ("began", "started", "unfolded"),
        ("police", "negotiators", "the interior ministry"),
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was held", "was broadcast live"),
        ("organisers", "the academy", "broadcasters"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "Here is what we know about {event}, which {happened} {when}.",
    "Timeline: {Event} {happened} {when}, {who} said, and the story has moved quickly since.",
    "{when}, {event} {happened}, according to {who}.",
    "What happened? {Event} {happened} {when}, {who} said in a short statement.",
    "Catch up on the story so far: {event} {happened} {when}.",
    "{Event} {happened} {when} and was first reported by {who} within the hour.",
    "Update: {who} have confirmed that {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told reporters.",
    "Key dates: {when}, {event} {happened}; much of what followed is still disputed.",
    "According to {who}, {event} {happened} {when}.",
    "Explainer: why {event} {when} mattered, and what could come next.",
    "For those just joining us, {event} {happened} {when}.",
    "Our live coverage of {event}, which {happened} {when}, continues below.",
    "{Event} (it {happened} {when}, {who} said) drew an immediate reaction from across the country.",
    "What we know so far: {event} {happened} {when}; {who} are expected to give more detail later.",
    '"Nobody who lived here will forget {event} {when}," one local man said.',
    "Pictured: crowds gather in the streets hours after {event} {happened} {when}.",
    "Ana Ferreira, a photographer who covered {event} {when}, "
    "was remembered by colleagues as tireless and kind.",
    "Much has changed since {event} {happened} {when}.",
    "In case you missed it, {event} {happened} {when} and {who} have been releasing details ever since.",
    "The story so far — {event} {happened} {when}, {who} said.",
    "{Event}, which {who} say {happened} {when} after a period many residents describe "
    "as the most uncertain they can remember, remains the focus of this page.",
    "Residents and officials gathered this week to look back on {event}, which {happened} {when}.",
    "Few events of recent years have drawn as much attention as {event} {when}.",
    "{when}, as {event} {happened}, {who} began issuing updates every few minutes.",
    "He was among the thousands who witnessed {event} {when}, his family said.",
    "Key moment — {when}: {event} {happened}, {who} said.",
    "Everything we know about {event} {when}, from the first reports to the official response.",
    "{Who} said {event} {happened} {when}, and that more information would follow.",
    "It has been a difficult stretch for the town since {event} {happened} {when}.",
    "{Event}, {held} {when} amid tight security, was watched closely by {who}.",
    "Looking back: {event} was {held} {when}, and {who} called it a moment of national significance.",
    "Editor's note: this article was first published after {event} {happened} {when}.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, {who} said.",
    "{Who} confirmed that {event} {happened} {when}.",
    "Records show that {event} {happened} {when}.",
    "The timeline published by {who} puts {event} {when}.",
    "{when}, {event} {happened}.",
    "It was {when}, {who} said, that {event} {happened}.",
    "By the time {event} {happened} {when}, {who} had already set up a team to follow the situation.",
    "Looking back, {who} said {event} {when} was a turning point.",
    "Since {event} {when}, {who} have published a long series of updates.",
    "{Event} {when} has been the subject of intense scrutiny.",
    "Asked about {event} {when}, a spokesperson for {who} declined to comment.",
    "Footage from {event} {when} has been viewed millions of times online.",
    "{Event}, which {who} said {happened} {when}, is now the subject of an official review.",
    "Witnesses to {event} {when} described scenes they said they would not forget.",
    "Officials have yet to explain fully what led up to {event} {when}.",
    "Update: {who} have given more detail, saying {event} {happened} {when}.",
    "In a statement, {who} said {event} {happened} {when} and that inquiries were continuing.",
    "Asked when exactly {event} {happened}, {who} said it was {when}.",
    "Pictures taken during {event} {when} show the scale of what happened.",
    '"I was there when {event} {happened} {when}," one witness recalled.',
    "The official report into {event}, which {happened} {when}, is due later this year.",
    "{Event} {when} drew reaction from leaders around the world.",
    "Key date: {event} {happened} {when}.",
    "As {who} put it, everything changed {when}, when {event} {happened}.",
    "{Who} said the first calls about {event} came {when}.",
    "{Event}, which {happened} {when}, was covered minute by minute on this page.",
    "In the days after {event} {when}, {who} released a stream of new figures.",
    "{Event} {happened} {when}, a date {who} say will not be forgotten.",
    "Reporters who covered {event} {when} still recall the confusion of the first hours.",
    "Nothing about {event} {when} went the way {who} had expected.",
    "Those who remember {event} {when} say the town has not been the same since.",
    "What we do know is this: {event} {happened} {when}.",
    "{Event} was {held} {when}, {who} said.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future, scheduled thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A public inquiry into {event} is due to open {when}.",
        "planned",
    ),
    NegativePair(
        "Here is what we know about {event}, which {happened} {when}.",
        "{Who} will publish a full report on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "Organisers said the next {noun} would take place {when}.",
        "planned",
    ),
    NegativePair(
        "Catch up on the story so far: {event} {happened} {when}.",
        "A hearing on {event} will take place {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} said a follow-up briefing on {event} would be given {when}.",
        "planned",
    ),
    NegativePair(
        "Timeline: {Event} {happened} {when}.",
        "A ceremony to honour those involved in {event} is planned {when}.",
        "planned",
    ),
    NegativePair(
        "What happened? {Event} {happened} {when}.",
        "The results of the investigation into {event} are expected {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Parliament is scheduled to debate {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, was judged a success by {who}.",
        "{Who} confirmed that another {noun} will be {held} {when}.",
        "planned",
    ),
    # compatible: the second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}.",
        "More precisely, {who} said, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Here is what we know about {event}, which {happened} {when}.",
        "{Who} have since narrowed it down: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Update: {who} said {event} {happened} {when}.",
        "Records seen by this newspaper show {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Timeline: {Event} {happened} {when}, {who} said.",
        "Key date: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "It was {when}, to be exact, that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "For those just joining us, {event} {happened} {when}.",
        "{Who} later gave a fuller account, saying {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Much has changed since {event} {happened} {when}.",
        "Witnesses to {event} {when} described scenes they said they would not forget.",
        "compatible",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "The official log kept by {who} dates {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Explainer: why {event} {when} mattered.",
        "Pictures taken during {event} {when} show the scale of what happened.",
        "compatible",
    ),
    # another: a different instance of the kind, with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the first: an earlier {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Here is what we know about {event}, which {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, is still widely remembered.",
        "another",
    ),
    NegativePair(
        "Catch up on the story so far: {event} {happened} {when}.",
        "A separate {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} drew comparisons with another {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Timeline: {Event} {happened} {when}.",
        "That was in sharp contrast to the previous {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Many residents still compare it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Update: {who} have confirmed that {event} {happened} {when}.",
        "An unrelated {noun} {happened} {when}, and {who} stressed the two were not connected.",
        "another",
    ),
    NegativePair(
        "Much has changed since {event} {happened} {when}.",
        "Older residents still talk about an earlier {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The last such {noun} had been {held} {when}, in very different circumstances.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date26b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
