"""Place bank place26b, written by helper place26b, round 26 (blind author).

Register: sports and culture reporting -- wire match reports, motorsport and athletics
meets, chess and esports tournaments, film festivals, concert tours, book fairs, art
auctions and award ceremonies, with the previews, recaps and photo captions around them.
Habits imitated: datelines and captions ("Photo: ... during the final in X"), "on home
soil", "the X leg", "crowned champion in", "the showpiece in", "at the venue in",
possessives and compounds ("X's premiere", "the X regatta"), participle and cleft
openings, attribution first or last, quotes from players and organisers, and long
sentences that put the place far from the event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cup final",
        ("was played", "went to penalties", "was decided", "finished goalless"),
        ("the football association", "match officials", "the competition organisers"),
        hosted=True,
    ),
    EventKind(
        "derby",
        ("was played", "ended level", "was abandoned", "kicked off late"),
        ("the league", "the referee's report", "club officials"),
    ),
    EventKind(
        "grand prix",
        ("was run", "was red-flagged", "finished under the safety car", "was won from pole"),
        ("race control", "the sport's governing body", "team principals"),
        hosted=True,
    ),
    EventKind(
        "marathon",
        ("was run", "started in heavy rain", "went ahead", "finished in sweltering heat"),
        ("race organisers", "the athletics federation", "timing officials"),
        hosted=True,
    ),
    EventKind(
        "athletics meeting",
        ("took place", "wrapped up", "produced three world leads", "got under way"),
        ("the meeting director", "World Athletics", "stadium officials"),
        hosted=True,
    ),
    EventKind(
        "regatta",
        ("was sailed", "was cut short by high winds", "got under way", "concluded"),
        ("the race committee", "the yacht club", "organisers"),
        hosted=True,
    ),
    EventKind(
        "chess olympiad",
        ("was contested", "opened", "concluded", "was played"),
        ("FIDE", "the chief arbiter", "tournament officials"),
        hosted=True,
    ),
    EventKind(
        "esports major",
        ("was played", "sold out", "concluded", "drew a record online audience"),
        ("the tournament operator", "the game's publisher", "team managers"),
        hosted=True,
    ),
    EventKind(
        "film festival",
        ("opened", "closed", "got under way", "handed out its top prizes"),
        ("festival organisers", "the jury president", "the festival director"),
        hosted=True,
    ),
    EventKind(
        "premiere",
        ("took place", "went ahead", "drew a galaxy of stars", "was held"),
        ("the studio", "the distributor", "publicists for the film"),
        hosted=True,
    ),
    EventKind(
        "concert",
        ("sold out", "went ahead", "was cut short", "ended with a long encore"),
        ("the promoter", "the band's management", "the venue operator"),
        hosted=True,
    ),
    EventKind(
        "book fair",
        ("opened its doors", "closed", "ran", "got under way"),
        ("the fair's director", "exhibiting publishers", "organisers"),
        hosted=True,
    ),
    EventKind(
        "auction",
        ("fetched a record total", "was held", "took place", "closed"),
        ("the auction house", "the auctioneer", "a spokeswoman for the sale's organisers"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was broadcast live", "ran long", "was held"),
        ("the academy", "the organisers", "broadcasters"),
        hosted=True,
    ),
    EventKind(
        "title fight",
        ("went the distance", "ended in a stoppage", "was scored a draw", "took place"),
        ("the promoter", "the sanctioning body", "ringside judges"),
        hosted=True,
    ),
    EventKind(
        "draw",
        ("was made", "was conducted", "took place"),
        ("UEFA", "the confederation", "competition officials"),
        hosted=True,
    ),
    EventKind(
        "shoot-out",
        ("was decided", "went to sudden death", "was won", "ended 5-4"),
        ("the referee", "match officials", "the home club"),
    ),
    EventKind(
        "gala",
        ("raised millions for charity", "took place", "drew a glittering crowd", "went ahead"),
        ("the charity", "the organising committee", "the foundation"),
        hosted=True,
    ),
    EventKind(
        "time trial",
        ("was ridden", "was won", "took place", "finished in the rain"),
        ("race officials", "the cycling union", "team directors"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on a night the home supporters will not forget soon.",
    "In {where}, {event} {happened} in front of a sell-out crowd.",
    "{where} (AP) — {Event} {happened} here on a bright, blustery afternoon, {who} said.",
    "Photo: Spectators fill the stands during {event} in {where}.",
    "The {where} {noun} {happened} without the disruption that had been feared, according to {who}.",
    "{where}'s {noun} {happened} after weeks of doubt over the weather and slow ticket sales.",
    "It was in {where} that {event} {happened}, and {who} called it the best edition in years.",
    "{Who} confirmed that {event} {happened} in {where}, with tickets changing hands for several"
    " times their face value.",
    "{held} in {where} before a crowd that had queued since dawn, {event} lived up to its billing.",
    "Those who made the trip to {where} for {event} were rewarded with an evening that went down"
    " to the wire.",
    "{Event}, which {happened} in {where}, drew the biggest television audience of the season, {who} said.",
    "Home fans had waited years to see {a_noun} on their own soil, and in {where} {event}"
    " {happened} at last.",
    "Crowned champion in {where}, the 24-year-old said {event} had been the highlight of her career.",
    "The showpiece in {where} — {event} — {happened} amid tight security.",
    "{Who} said attendance at {event} in {where} had exceeded every forecast.",
    "After {event} {happened} in {where}, crews began dismantling the temporary stands overnight.",
    "Tickets for {event} in {where} sold out within minutes of going on general sale, {who} said.",
    "{Who} described the atmosphere at the venue in {where} as electric as {event} {happened}.",
    "Rain delayed the start, but {event} eventually {happened} in {where} shortly before dusk.",
    "There was little sign of the threatened boycott in {where}, where {event} {happened} largely"
    " as planned.",
    "Broadcasters carried {event} live from {where} to an audience estimated in the hundreds of millions.",
    '"Nobody who was in {where} tonight will forget {event}," one veteran observer said.',
    "{held} in {where} for the third year running, {event} again attracted a strong international field.",
    "The {where} edition of the {noun} {happened} under a cloudless sky.",
    "Pictured: Volunteers set out seating ahead of {event} in {where}.",
    "With {event} taking place in {where}, hotels across the area reported near-full occupancy.",
    "{Event} was {held} in {where} before a crowd of around 40,000.",
    "Hours after {event} {happened} in {where}, the streets were still full of flag-waving supporters.",
    "In a statement, {who} thanked the people of {where} for their welcome during {event}.",
    "{Event} {happened} at the purpose-built arena on the outskirts of {where}.",
    "Organisers hailed {event} in {where} as proof that the hosts could handle events of any size.",
    "Few of the pundits who gathered in {where} last week, notebooks in hand and predictions"
    " already filed, expected {event} to turn out the way it did.",
    "Photo: A general view inside the venue during {event} in {where}.",
    "It took a late surge of ticket sales, a last-minute change of venue and the patience of"
    " thousands of fans, but {event} {happened} in {where}.",
    "Tournament favourites on home soil, the hosts went into {event} in {where} under enormous pressure.",
)

PLACE_SECOND = (
    "{Event} {happened} in {where}, {who} confirmed on their website after midnight.",
    "Speaking after {event} in {where}, the head coach praised the discipline of her side.",
    "{Who} later said the {noun} in {where} had generated record receipts.",
    "Never before had {event} been {held} in {where}, and the hosts made the most of it.",
    "{Event} in {where} was also a commercial success, with merchandise stalls running out of"
    " stock by mid-afternoon.",
    "Footage of the closing moments of the {noun} in {where} has been viewed millions of times.",
    "Photo: Supporters in replica shirts celebrate after {event} in {where}.",
    "On home soil in {where}, the favourites never looked troubled during {event}.",
    "Police in {where} said {event} had passed off peacefully, with only a handful of arrests.",
    "The crowd in {where} rose as one when {event} reached its climax.",
    "{where}, which {held} {event}, is now expected to bid for future editions.",
    "Local officials estimated that {event} brought tens of millions into {where}'s economy.",
    '"To do it here in {where} means everything," she said after {event}.',
    "The {where} {noun} had been in doubt until last week because of security concerns.",
    "{Who} said the decision to take {event} to {where} had been vindicated.",
    "Several spectators were treated for heat exhaustion at {event} in {where}.",
    "Those at the venue in {where} for {event} described scenes of wild celebration.",
    "Images from {where} showed fireworks lighting up the sky as {event} drew to a close.",
    "Despite the heat in {where}, {event} kept to its schedule, {who} said.",
    "According to {who}, {event} in {where} drew more than 60,000 spectators.",
    "Tickets for the {noun} in {where} had been resold online for thousands.",
    "{Event}, {held} in {where}, ended a long wait for the region's fans.",
    "Pictured: The scene in {where} as {event} got going.",
    "Security was heavy in {where} throughout {event}, with armed officers at every entrance.",
    "Watching {event} from the stands in {where}, the sports minister said the hosts had shown"
    " what they could do.",
    "The {noun} in {where} also marked the last appearance of a veteran who has since announced"
    " his retirement.",
    "{Event} took over {where} for the weekend, with road closures across the centre.",
    "It was in {where}, {who} noted, that {event} finally came alive.",
    "The winner lifted the trophy in {where} as {event} ended in a shower of ticker tape.",
    "Caption: Fans queue outside the venue in {where} before {event}.",
    "{where}'s {noun}, {who} said, would go down as one of the most memorable in its history.",
    "By the time {event} wound up in {where}, the organisers had already started counting the takings.",
    "The {where} leg of the season ended with {event}, played out before a capacity crowd.",
    "Staff at the venue in {where} worked through the night to get the ground ready for {event}.",
    "Few events in recent memory have gripped {where} the way {event} did.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where} as the floodlights came on.",
        "Fans had travelled to {where} from as far away as {other} to watch the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} in front of a partisan crowd.",
        "The winner of the {noun}, who was born in {other}, dedicated the victory to her family.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened} in front of a capacity crowd.",
        "Supporters gathered in bars across {other} to watch {event} on big screens.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} after a long day of rain, {who} said.",
        "The following edition of the {noun} goes to {other}, {who} announced at the closing"
        " press conference.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened} without a single stewarding complaint.",
        "The travelling squad boarded a charter back to {other} the morning after {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} with every seat in the house taken.",
        "Twelve months earlier, the {noun} in {other} had played to half-empty stands.",
        "from_to",
    ),
    NegativePair(
        "Photo: Spectators shelter from the sun during {event} in {where}.",
        "Organisers said {event} in {where} outsold the previous edition in {other} by a wide margin.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on a humid afternoon.",
        "The champion, who trains in {other}, said after {event} that she would now take a break.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened} late into the evening.",
        "News of the result reached {other} shortly after {event} ended, sparking celebrations there.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} this year for the first time since the stadium was rebuilt.",
        "{Who} said {other} had already bid to stage the next {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} shortly after nightfall.",
        "The {noun} was the second of the season, after an opening leg in {other} last month.",
        "from_to",
    ),
    NegativePair(
        "Reporting from {where}, our correspondent said {event} {happened} to thunderous applause.",
        "The trophy presented at {event} was made by a silversmith in {other}.",
        "from_to",
    ),
    NegativePair(
        "The curtain-raiser was forgotten by the time {event} {happened} in {where}.",
        "Many of the performers at {event} had arrived from {other} only the day before.",
        "from_to",
    ),
    NegativePair(
        "Under a slate-grey sky, {event} {happened} in {where}.",
        "The television coverage of {event} was produced remotely from a studio in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} on a packed weekend.",
        "A rival {noun}, {held} the same weekend in {other}, drew barely a few thousand.",
        "from_to",
    ),
    NegativePair(
        "Fans lined the approach roads in {where} long before {event} {happened}.",
        "After {event} in {where}, the touring party moves on to {other} next week.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened} in front of a record crowd.",
        "The last {noun} before it, three years ago, took place in {other}.",
        "from_to",
    ),
    NegativePair(
        "Crowned champion in {where}, she said {event} was her finest hour.",
        "She now heads to {other} to defend a title she won there last spring.",
        "from_to",
    ),
    # contained: {other} is the country of {where}, or a city in it
    NegativePair(
        "{Event} {happened} in {where}, {who} told reporters at the venue.",
        "It was the biggest {noun} {other} has seen in a generation.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} before a roaring crowd.",
        "Crowds in {where} cheered as {event} brought {other} to a standstill.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where} amid a festival atmosphere.",
        "{Who} said {event} had put {other} on the map for international visitors.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened} under clear skies.",
        "The result at {event} sparked celebrations across {other}.",
        "contained",
    ),
    NegativePair(
        "Locals packed the riverside in {where} as {event} {happened}.",
        "No {noun} of that stature had ever been {held} anywhere in {other} before.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} with the roof closed against the wind.",
        "Guesthouses and hotels throughout {other} put up no-vacancy signs for {event}.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened} on a warm evening.",
        "For {other}, {event} was a long-awaited chance to shine on the world stage.",
        "contained",
    ),
    NegativePair(
        "Photo: Fans wave scarves during {event} in {where}.",
        "Sports officials in {other} hailed {event} as a triumph of organisation.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} confirmed in a late-night release.",
        "Photo: Fans in {other} celebrate during {event}.",
        "contained",
    ),
    NegativePair(
        "The venue in {where} was shaking by the time {event} {happened}.",
        "{Event} in {where} was watched by millions of viewers across {other}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place26b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
