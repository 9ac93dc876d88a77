"""Date-conflict wording bank written by helper date20a, round 20. It imitates Wikinews and
similar collaborative citizen-journalism sites: neutral, encyclopaedic news prose in the
past tense, fronted "On Tuesday, ..." adverbials, heavy attribution ("according to",
"told reporters", "in a statement", "Wikinews was told"), parenthetical asides, agencies and
broadcasters cited by name (BBC, Reuters, Associated Press, AFP), and background
paragraphs that recap earlier events with their dates ("As Wikinews reported at the
time, ..."). Event kinds lean to the less obvious end of such a site's mix: derailments,
meteorite falls, whale strandings, prison breaks, ransomware attacks, regattas, chess
olympiads."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "derailment",
        ("occurred", "sent several freight wagons off the rails", "blocked the main line"),
        ("the rail operator", "the transport safety board", "Reuters"),
    ),
    EventKind(
        "mine collapse",
        ("trapped dozens of miners underground", "occurred", "killed at least nine workers"),
        ("the mining ministry", "rescue officials", "the BBC"),
    ),
    EventKind(
        "ferry capsizing",
        ("occurred", "left more than forty passengers missing", "took place"),
        ("the coast guard", "the Associated Press", "maritime officials"),
    ),
    EventKind(
        "prison break",
        ("freed around thirty inmates", "took place", "was carried out by armed men"),
        ("the justice ministry", "prison authorities", "Agence France-Presse"),
    ),
    EventKind(
        "meteorite fall",
        ("lit up the night sky", "shattered windows in several streets", "was captured on dashboard cameras"),
        ("astronomers", "the national space agency", "local broadcasters"),
    ),
    EventKind(
        "dam breach",
        ("flooded several villages", "occurred", "sent a wall of water downstream"),
        ("the water authority", "emergency services", "Al Jazeera"),
    ),
    EventKind(
        "ransomware attack",
        ("crippled hospital computer systems", "took place", "knocked the council's services offline"),
        ("the national cyber security centre", "the health trust", "the BBC"),
    ),
    EventKind(
        "hunger strike",
        ("began", "started", "was launched by detainees"),
        ("campaigners", "the detainees' lawyers", "Amnesty International"),
    ),
    EventKind(
        "cholera outbreak",
        ("began", "broke out", "spread to three provinces"),
        ("the World Health Organization", "health officials", "Médecins Sans Frontières"),
    ),
    EventKind(
        "general strike",
        ("shut schools, ports and banks", "took place", "brought public transport to a halt"),
        ("the trade union confederation", "Reuters", "the interior ministry"),
    ),
    EventKind(
        "no-confidence vote",
        ("took place", "toppled the coalition government", "was narrowly lost by the government"),
        ("the speaker of parliament", "the Associated Press", "opposition leaders"),
    ),
    EventKind(
        "coup attempt",
        ("was put down within hours", "unfolded", "failed"),
        ("the defence ministry", "state television", "Reuters"),
    ),
    EventKind(
        "mass stranding",
        ("left more than a hundred pilot whales beached", "occurred", "was discovered by walkers"),
        ("marine rescuers", "the conservation department", "the BBC"),
    ),
    EventKind(
        "tornado",
        ("touched down", "tore through the town", "destroyed dozens of homes"),
        ("the National Weather Service", "the county sheriff's office", "the Associated Press"),
    ),
    EventKind(
        "art heist",
        ("took place", "netted paintings worth millions", "was carried out in under ten minutes"),
        ("museum officials", "police", "Agence France-Presse"),
    ),
    EventKind(
        "avalanche",
        ("buried a group of ski tourers", "struck", "swept down the slope"),
        ("mountain rescuers", "the regional police", "the alpine rescue service"),
    ),
    EventKind(
        "crowd crush",
        ("occurred", "left at least twenty people dead", "happened"),
        ("police", "the sports ministry", "the BBC"),
    ),
    EventKind(
        "blackout",
        ("plunged millions of homes into darkness", "struck", "hit the national grid"),
        ("the grid operator", "the energy ministry", "Reuters"),
    ),
    EventKind(
        "volcanic eruption",
        ("began", "sent ash several kilometres into the air", "forced the evacuation of nearby villages"),
        ("volcanologists", "the civil protection agency", "the Associated Press"),
    ),
    EventKind(
        "hijacking",
        ("ended without casualties", "took place", "lasted several hours"),
        ("the aviation authority", "airline officials", "Reuters"),
    ),
    EventKind(
        "regatta",
        ("took place", "was won by the home crew", "drew record crowds"),
        ("the organisers", "the sailing federation", "local media"),
        hosted=True,
    ),
    EventKind(
        "film festival",
        ("opened", "took place", "drew a record number of submissions"),
        ("festival organisers", "Variety", "the culture ministry"),
        hosted=True,
    ),
    EventKind(
        "chess olympiad",
        ("took place", "was won by the defending champions", "got under way"),
        ("FIDE", "the organising committee", "the national chess federation"),
        hosted=True,
    ),
    EventKind(
        "Pride march",
        ("drew tens of thousands of people", "went ahead despite a ban", "took place"),
        ("organisers", "police", "the Associated Press"),
        hosted=True,
    ),
    EventKind(
        "ultramarathon",
        ("took place", "was won in record time", "was halted by extreme heat"),
        ("race organisers", "the athletics federation", "the BBC"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "{when}, {event} {happened}, {who} said.",
    "{Who} told reporters that {event} {happened} {when}.",
    "In a statement, {who} said {event} {happened} {when} and that an investigation was under way.",
    (
        "{Event} (which {happened} {when}) was the most significant "
        "of its kind in the country in a decade, {who} said."
    ),
    "According to {who}, {event} {happened} {when}, though many details remained unclear.",
    "The BBC reported that {event} {happened} {when}.",
    "{Event}, {who} confirmed, {happened} {when}.",
    "{Who} said the first reports of {event} came in shortly after it {happened} {when}.",
    "{Event} {happened} {when}, Reuters reported, citing {who}.",
    "It was {when} that {event} {happened}, {who} said.",
    '{Who} described {event}, which {happened} {when}, as "unprecedented".',
    "Wikinews was told by {who} that {event} {happened} {when}.",
    "{Event} is understood to have happened {when}, {who} said.",
    "{Event} {happened} {when} (local time), {who} said.",
    "As reported by {who}, {event} {happened} {when}.",
    "Figures released by {who} indicate that {event} {happened} {when}.",
    "{Event} — which {who} said {happened} {when} — has drawn international attention.",
    "Since {event} {when}, there have been daily updates from {who}.",
    "Before {event} {when}, few had expected it to draw such attention, {who} said.",
    '"{Event} {happened} {when}," {who} said in a statement.',
    "Eyewitnesses quoted by {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} reported, adding that the cause was not yet known.",
    "Details of {event}, which {happened} {when}, were confirmed by {who}.",
    "Officials have confirmed that {event} {happened} {when}, the Associated Press reported.",
    "{Who} said {a_noun} {happened} {when}, the first of its kind to be recorded there.",
    "{Event} was {held} {when}, {who} said.",
    "Speaking to Agence France-Presse, {who} said {event} {happened} {when}.",
    "{Event} came {when}, {who} told the BBC.",
    "{when}, according to {who}, {event} {happened}; no further details were given.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, prompted a debate in parliament.",
    "{Event} {when} drew widespread comment on social media.",
    "Speaking after {event} {when}, {who} said more information would be released.",
    "Wikinews previously reported that {event} had taken place {when}.",
    "{Event} took place {when}, {who} told Reuters.",
    '{Who} said {event} {when} had been "a turning point".',
    'Recalling {event} {when}, one witness told Reuters it had been "chaotic".',
    "{Event} {happened} {when}, {who} said online.",
    "It has since been confirmed that {event} {happened} {when}.",
    "Records seen by {who} show that {event} {happened} {when}.",
    "{when}, {event} {happened}, according to a timeline published by {who}.",
    "An official timeline shows {event} {happened} {when}.",
    "The full circumstances of {event} {when} are still being examined, {who} said.",
    "Reuters, which had a reporter at the scene, said {event} {happened} {when}.",
    "Data from {who} indicate that {event} {happened} {when}.",
    "{Event} came {when}, {who} said.",
    "Since {event} {when}, questions have been raised about how it was handled.",
    "As Wikinews reported at the time, {event} {happened} {when}.",
    "{Event}, which {who} said {happened} {when}, was widely covered by the BBC.",
    "The {noun}, which {happened} {when} according to {who}, was the largest of its kind in years.",
    "Shortly after {event} {when}, {who} posted details on social media.",
    "In an interview with the BBC, a witness said {event} {happened} {when}.",
    "Wikinews contacted {who}, who said {event} {happened} {when}.",
    "{Event} {happened} {when}, as both the BBC and the Associated Press reported.",
    "Organisers confirmed that {event} was {held} {when}.",
    "(The {noun} {happened} {when}, {who} said.)",
    "{Who} has said that {event} {happened} {when} and not at any other time.",
    "In the hours after {event} {when}, {who} issued only a brief statement.",
    "Background: {event} {happened} {when}, {who} said at the time.",
    "Amateur video of {event}, which {happened} {when}, was shared widely online.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} told reporters that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted a debate in parliament.",
        "As Wikinews reported at the time, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said.",
        "Records seen by {who} show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "In a statement, {who} said {event} {happened} {when}.",
        "{Event} came {when}, {who} told the BBC.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} reported.",
        "A separate {noun}, which {happened} {when}, is being treated as unrelated, {who} said.",
        "another",
    ),
    NegativePair(
        "Wikinews was told by {who} that {event} {happened} {when}.",
        "{Who} drew comparisons with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} (which {happened} {when}) was the most significant of its kind in a decade, {who} said.",
        "An unrelated {noun} {happened} {when}, according to {who}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The next {noun} is due to be {held} {when}, the organisers announced.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "An inquiry into {event} is expected to open {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Eyewitnesses quoted by {who} said {event} {happened} {when}.",
        "{Who} said a report on {event} would be published {when}.",
        "planned",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date20a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
