"""Date bank date29a, written by helper date29a, round 29 (blind author).

Register: the sports desk — wire match reports, transfer and contract news, disciplinary
and doping hearings, race reports (motorsport, athletics, cycling, racing), tournament
draws, award nights, stadium incidents, coach sackings and record attempts. Habits used:
the date hung straight on the event noun ("since the final in May", "the defeat on
12 March"), quotes from managers and captains with the attribution first or last,
photo captions ("Pictured:", "Above:"), clefts ("It was ... that"), fronted dates,
"according to" attributions, relative clauses that carry the date far from the noun,
and back-references in the aftermath ("the fallout from", "the inquiry into",
"in the wake of").
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "league match",
        ("was played", "kicked off", "went ahead", "was won"),
        ("the club", "the league", "the home side's press officer"),
        hosted=True,
    ),
    EventKind(
        "cup final",
        ("was played", "was decided", "was settled on penalties", "was won"),
        ("the organisers", "the football association", "the losing captain"),
        hosted=True,
    ),
    EventKind(
        "derby",
        ("was played", "ended all square", "was settled", "kicked off"),
        ("both clubs", "the home club", "local police"),
        hosted=True,
    ),
    EventKind(
        "grand prix",
        ("was run", "was won", "was red-flagged", "got under way"),
        ("race control", "the stewards", "the winning team principal"),
        hosted=True,
    ),
    EventKind(
        "disciplinary hearing",
        ("was convened", "took place", "sat", "concluded"),
        ("the disciplinary panel", "the player's legal team", "the governing body"),
        hosted=True,
    ),
    EventKind(
        "transfer",
        ("was completed", "was confirmed", "went through", "was signed off"),
        ("the buying club", "the player's agent", "both clubs", "the selling club"),
    ),
    EventKind(
        "sacking",
        ("was announced", "was confirmed", "came", "was made public"),
        ("the board", "the club's chairman", "the club's owners"),
    ),
    EventKind(
        "failed drugs test",
        ("was recorded", "was returned", "was carried out", "came to light"),
        ("the anti-doping agency", "the athlete's lawyers", "the sport's governing body"),
    ),
    EventKind(
        "ban",
        ("was imposed", "was handed down", "was announced", "took effect"),
        ("the disciplinary commission", "the federation", "the player's club"),
    ),
    EventKind(
        "marathon",
        ("was run", "started", "was won", "got under way"),
        ("race organisers", "the race director", "the athletics federation"),
        hosted=True,
    ),
    EventKind(
        "time trial",
        ("was ridden", "was raced", "was won", "took place"),
        ("the race organisers", "the team's sports director", "the commissaires"),
        hosted=True,
    ),
    EventKind(
        "group-stage draw",
        ("was made", "was conducted", "took place"),
        ("the confederation", "the tournament organisers", "the national coach"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was broadcast", "went ahead"),
        ("the organisers", "the sports writers' association", "the broadcaster"),
        hosted=True,
    ),
    EventKind(
        "pitch invasion",
        ("happened", "occurred", "halted play", "broke out"),
        ("stadium security", "match officials", "the police", "the home club"),
    ),
    EventKind(
        "world record attempt",
        ("was made", "took place", "fell short", "was completed"),
        ("the meeting director", "the athlete's coach", "the timekeepers"),
        hosted=True,
    ),
    EventKind(
        "steeplechase",
        ("was run", "was won", "went off", "took place"),
        ("the racecourse", "the stewards", "the winning trainer"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("took place", "went ahead", "was stopped", "ended in a split decision"),
        ("the promoter", "the boxing board", "the champion's camp"),
        hosted=True,
    ),
    EventKind(
        "crash",
        ("happened", "occurred", "brought out the safety car", "ended the race"),
        ("race control", "the team", "the stewards"),
    ),
    EventKind(
        "contract extension",
        ("was signed", "was agreed", "was announced", "was finalised"),
        ("the club", "the player's representatives", "the manager"),
    ),
    EventKind(
        "rescheduled fixture",
        ("was played", "went ahead", "took place", "was finally completed"),
        ("the league", "the competition organisers", "the away side"),
        hosted=True,
    ),
    EventKind(
        "World Cup qualifier",
        ("was played", "was won", "ended goalless", "kicked off"),
        ("the national federation", "the visiting coach", "the confederation"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, as {who} confirmed at the time.",
    "{Who} said {event} {happened} {when} and that nobody would comment further until a review was complete.",
    "It was {when} that {event} {happened}, and the repercussions are still being felt across the sport.",
    "{when}, {event} {happened} and the mood around the training ground changed overnight.",
    'Speaking to reporters after training, the manager recalled how {event} {happened} {when}: "Nobody in '
    'the dressing room saw it coming."',
    '"We have to move on," the captain said of {event}, which {happened} {when}.',
    "{Event} {happened} {when} — a moment that, according to {who}, reshaped the whole campaign.",
    "According to {who}, {event} {happened} {when}, although the full details only emerged later.",
    "Pictured: players and staff react after {event}, which {happened} {when}.",
    "A short club statement, issued within the hour, said {event} {happened} {when}.",
    "Coming {when}, {event} left the squad with little time to regroup before the next round.",
    "{Event}, which dominated the back pages, the phone-in shows and the fan forums for days afterwards, "
    "{happened} {when}.",
    "{Who} told reporters that {event} {happened} {when} and that an internal inquiry had already begun.",
    "Much of the post-match debate centred on {event} {when}, which {who} described as a turning point.",
    "Officials said {event} {happened} {when}, bringing an end to weeks of speculation.",
    "There was no shortage of drama when {event} {happened} {when}.",
    "{Event} — which {happened} {when} — became the main talking point on the sports pages.",
    "As {who} confirmed afterwards, {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} said in a brief statement.",
    'Asked about {event}, which {happened} {when}, the head coach shrugged: "That\'s sport."',
    "The governing body's written report into {event}, which {happened} {when}, runs to 40 pages.",
    "{Event} {happened} {when}; {who} declined to add anything when approached.",
    "In a turbulent spell for everyone involved, {event} {happened} {when}.",
    "The former international, now a television pundit, said {event} {happened} {when} and called it "
    '"a dark day for the game".',
    "Records kept by {who} show that {event} {happened} {when}.",
    '{Who}: "{Event} {happened} {when}, and we accept what followed."',
    "It was {event} {when} that changed everything for the squad.",
    "For the record, {event} {happened} {when}.",
    "The images from {event} {when} went round the world within minutes.",
    "Supporters who were there will remember that {event} {happened} {when}.",
    "{Event}, an episode that the coaching staff, the players and the thousands who follow them would "
    "rather forget, {happened} {when}.",
    "Scroll down for the reaction: {event} {happened} {when}, and the verdicts came thick and fast.",
    "By the time {event} {happened} {when}, it had been weeks in the making, insiders said.",
    "With the title race tightening, {event} {happened} {when}, {who} noted.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, remains under review.",
    "Since {event} {when}, the team have won only once.",
    "{Who} insisted {event} {happened} {when}.",
    "Footage of {event} {when} has since been viewed millions of times.",
    "In the aftermath of {event} {when}, the manager faced questions at every press conference.",
    '"I watched {event} {when} from the stands and it still hurts," one season-ticket holder said.',
    "{Event} {happened} {when}, the club's own timeline shows.",
    "Much has changed since {event} {when}.",
    "Looking back on {event}, which {happened} {when}, {who} admitted mistakes had been made.",
    "The fallout from {event} {when} shows no sign of dying down.",
    "It was {when} that {event} {happened}, the official report states.",
    "Above: the scene moments after {event} {when}.",
    "The sanctions that followed {event} {when} were described by {who} as proportionate.",
    "The inquiry into {event} {when} is expected to report back soon.",
    "{Who} later acknowledged that {event} {happened} {when}.",
    "When {event} {happened} {when}, few predicted how the rest of the campaign would unfold.",
    "Those who covered {event} {when} will recall the chaotic scenes in the mixed zone.",
    "Everyone involved has tried to move on from {event} {when}.",
    "Statistics compiled since {event} {when} make grim reading for the coaching staff.",
    'Reflecting on {event} {when}, the sporting director said: "We learned a lot about ourselves."',
    "The last word on {event}, which {happened} {when}, went to {who}.",
    "The handling of {event} {when} was defended by {who}.",
    "Pictured below: {event}, which {happened} {when}.",
    "Nobody at the club has spoken publicly about {event} {when} since.",
    "Talk of {event} {when} dominated the post-match press conference.",
    "The broadcaster's coverage of {event} {when} drew hundreds of complaints.",
    "{Who} stressed that {event}, which {happened} {when}, must be learned from.",
    "In the wake of {event} {when}, sponsors sought urgent talks.",
    "Pundits were still picking over {event}, which {happened} {when}, long after the final whistle.",
    "As {who} pointed out, {event} {happened} {when}, not long before the transfer window shut.",
    "Our correspondent, who covered {event} {when}, filed this report from the press box.",
    "{Event} {happened} {when}, as the fixture list and the match programme both record.",
    "Whatever the rights and wrongs, {event} {happened} {when}, and {who} has never disputed that.",
    "{Who} has confirmed once more that {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future, scheduled thing
    NegativePair(
        "{Event} {happened} {when}.",
        "A follow-up hearing into {event} is scheduled to take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "A documentary about {event} is due to air {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew plenty of attention.",
        "The next {noun} will be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Since {event} {when}, results have tailed off.",
        "A review of {event} will be presented to the board {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Findings on {event} are due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A rerun of the {noun} will be {held} {when}, organisers announced.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The player at the centre of {event} is expected to return to action {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The panel examining {event} will reconvene {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when} after a long build-up.",
        "Tickets for the next {noun}, to be {held} {when}, go on sale shortly.",
        "planned",
    ),
    NegativePair(
        "Pictured: the aftermath of {event}, which {happened} {when}.",
        "An appeal connected to {event} will be heard {when}, {who} said.",
        "planned",
    ),
    # compatible: the second date lies inside the first (same event)
    NegativePair(
        "{Event} {happened} {when}.",
        "Footage from {event}, recorded {when}, has been released by {who}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The official record confirms that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Since {event} {when}, the mood has soured.",
        "{Event}, which {happened} {when}, still divides opinion.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Photographs from {event} {when} have been widely shared.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, as {who} confirmed at the time.",
        "{Who} reiterated that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Reaction to {event} {when} was swift.",
        "compatible",
    ),
    NegativePair(
        '"We have to live with it," the captain said of {event}, which {happened} {when}.',
        "{Event} {happened} {when}, the club's timeline shows.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, made headlines.",
        "Pictured: {event} {when}.",
        "compatible",
    ),
    # another: a different instance of the kind on its own date
    NegativePair(
        "{Event} {happened} {when}.",
        "A separate {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Confirmation came from {who}: {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, is remembered for very different reasons.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Another {noun}, unrelated to this one, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "That was not the only {noun} of its kind: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew comparisons with the past.",
        "Statisticians point to a different {noun}, one that {happened} {when}, as the closest parallel.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, little has gone right.",
        "The {year} {noun} {happened} {when}, in very different circumstances.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "In an unrelated development, {a_noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Veterans of the circuit still talk about the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, to the surprise of many.",
        "A second, separate {noun} {happened} {when} and drew far less attention.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date29a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
