"""DATE bank date31a, written by helper date31a, round 31 (blind author).

Register: the sports, arts and culture desks — match and race reports, transfer and injury
news, doping hearings, stadium incidents, festival and premiere coverage, auction reports,
gallery openings, award ceremonies, book launches and tour cancellations. These desks date
an event loosely and often far from its noun: in a fronted phrase ("On 12 May, the cup final
went to extra time"), in a trailing clause after the attribution, inside a relative clause
or a dash aside, in captions ("Picture: moments after ..."), results boxes and fixtures
lines, and inside quotes from coaches, stewards and curators ("What happened yesterday was
unacceptable"). Follow-ups point back with "the", "that", "it", "there" and "then", and talk
of the fallout, footage, the inquiry, the venue that staged it. Hosted kinds (finals,
hearings, premieres, sales, openings, ceremonies, launches, stages, screenings, openers) also
get participles ("Staged on 12 May, ...") and "the venue that held ...". Negatives: the next
edition, fixture or hearing and follow-up reports scheduled ahead (planned), the same event
dated again at a wider or narrower grain (compatible), and a separate, earlier or previous
meeting, edition or season, or "the 2019 final" (another).
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cup final",
        (
            "went to extra time",
            "was settled on penalties",
            "ended in a goalless draw",
            "was decided by a late header",
            "drew a record crowd",
        ),
        ("the football association", "the organisers", "the home club", "match officials"),
        hosted=True,
    ),
    EventKind(
        "doping hearing",
        (
            "was adjourned",
            "took place behind closed doors",
            "ended with a lengthy ban",
            "heard evidence from the rider's coach",
        ),
        ("the anti-doping agency", "the athlete's lawyers", "the governing body", "the tribunal"),
        hosted=True,
    ),
    EventKind(
        "loan signing",
        ("was completed", "went through", "was confirmed", "collapsed at the last minute"),
        ("the club", "the player's agent", "the league", "the parent club"),
    ),
    EventKind(
        "hamstring injury",
        (
            "was sustained in training",
            "forced him off before half-time",
            "flared up again",
            "ruled him out of the run-in",
        ),
        ("the club's medical staff", "the manager", "the team doctor", "the player's agent"),
    ),
    EventKind(
        "pitch invasion",
        (
            "halted play for twenty minutes",
            "broke out after the final whistle",
            "delayed the restart",
            "ended with a dozen arrests",
        ),
        ("stadium stewards", "the home club", "police", "the league"),
    ),
    EventKind(
        "turnstile crush",
        (
            "injured eleven supporters",
            "happened shortly before kick-off",
            "left several fans in hospital",
            "delayed the start of the match",
        ),
        ("the stadium safety officer", "the ambulance service", "the home club", "the supporters' trust"),
    ),
    EventKind(
        "world premiere",
        (
            "drew a standing ovation",
            "opened the festival",
            "was interrupted by protesters",
            "went ahead without the lead actor",
        ),
        ("the festival", "the studio", "the film's distributor", "the director"),
        hosted=True,
    ),
    EventKind(
        "evening sale",
        (
            "raised more than £80m",
            "set a record for the artist",
            "saw three lots withdrawn",
            "fell short of its low estimate",
        ),
        ("the auction house", "the auctioneer", "dealers in the room", "the consignor's representatives"),
        hosted=True,
    ),
    EventKind(
        "retrospective opening",
        (
            "drew queues around the block",
            "was attended by the artist",
            "went ahead despite a protest outside",
            "was delayed by a loan dispute",
        ),
        ("the gallery", "the curator", "the museum", "the artist's estate"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        (
            "was broadcast live",
            "ran forty minutes over",
            "was marred by a walkout",
            "ended with a surprise winner",
        ),
        ("the academy", "the organisers", "the broadcaster", "the jury"),
        hosted=True,
    ),
    EventKind(
        "book launch",
        (
            "drew a packed room",
            "was cancelled at short notice",
            "went ahead under police guard",
            "sold out its first print run",
        ),
        ("the publisher", "the author", "the bookshop", "the author's agent"),
        hosted=True,
    ),
    EventKind(
        "tour cancellation",
        (
            "was announced",
            "came hours before the opening show",
            "left thousands of fans seeking refunds",
            "was blamed on the singer's health",
        ),
        ("the band's management", "the promoter", "the ticketing agency", "the record label"),
    ),
    EventKind(
        "time-trial stage",
        (
            "was won by a debutant",
            "was shortened because of crosswinds",
            "reshuffled the general classification",
            "was neutralised after a crash",
        ),
        ("race organisers", "the commissaires", "team directors", "the race jury"),
        hosted=True,
    ),
    EventKind(
        "red card",
        (
            "was shown just before half-time",
            "was upheld by the video review",
            "turned the match",
            "was given for a two-footed tackle",
        ),
        ("the referee", "the disciplinary panel", "the club", "the league"),
    ),
    EventKind(
        "penalty shoot-out",
        (
            "was won by the visitors",
            "went to sudden death",
            "settled the tie",
            "ended with the goalkeeper scoring",
        ),
        ("the referee", "the home manager", "the governing body", "the visiting coach"),
    ),
    EventKind(
        "contract extension",
        ("was signed", "was agreed", "was finally rubber-stamped", "was announced by the club"),
        ("the club", "the player's representatives", "the head coach", "the league"),
    ),
    EventKind(
        "managerial departure",
        (
            "was confirmed",
            "followed a run of five defeats",
            "was announced in a brief statement",
            "came after a boardroom row",
        ),
        ("the club", "the board", "the outgoing manager", "the supporters' trust"),
    ),
    EventKind(
        "painting theft",
        (
            "was discovered by a guard",
            "took less than four minutes",
            "was captured on security cameras",
            "happened during opening hours",
        ),
        ("the museum", "police", "the gallery director", "the insurers"),
    ),
    EventKind(
        "stage invasion",
        (
            "interrupted the headline set",
            "halted the show",
            "was caught on fans' phones",
            "ended with the singer leaving the stage",
        ),
        ("the venue", "the band's management", "security staff", "festival organisers"),
    ),
    EventKind(
        "photo finish",
        (
            "decided the sprint final",
            "separated the first two by a hundredth of a second",
            "denied the favourite a third title",
            "left the crowd waiting for the result",
        ),
        ("the race officials", "the timing company", "the meeting organisers", "the judges"),
    ),
    EventKind(
        "stewards' inquiry",
        (
            "lasted twenty minutes",
            "reversed the placings",
            "left the result unchanged",
            "followed a bump in the final furlong",
        ),
        ("the stewards", "the racecourse", "the trainer", "the jockey's agent"),
    ),
    EventKind(
        "season opener",
        (
            "ended all square",
            "was played in torrential rain",
            "was abandoned at half-time",
            "finished in a comfortable home win",
        ),
        ("the league", "the home club", "the match referee", "the head coach"),
        hosted=True,
    ),
    EventKind(
        "gala screening",
        (
            "sold out within minutes",
            "was attended by the cast",
            "was halted by a fire alarm",
            "closed the festival",
        ),
        ("the festival", "the cinema", "the distributor", "the producers"),
        hosted=True,
    ),
)

# the first mention: dates the event at {when}
DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} confirmed in a statement.",
    "{Event}, {who} told reporters, {happened} {when}.",
    "{when}, as {who} confirmed, {event} {happened}.",
    "{Who} said {event}, which {happened} {when}, would be reviewed in full.",
    "{Event} — which {happened} {when} — was still the only talking point among supporters, {who} said.",
    "Picture: moments after {event} {when}.",
    '"Nobody who was there {when} will forget {event}," {who} said.',
    "Reporting on {event}, which {happened} {when}, {who} gave few further details.",
    "{Event} {happened} {when}, a moment that {who} later called the turning point of the campaign.",
    "It was {event} {when} that changed everything, {who} said.",
    "Few who follow the sport had seen it coming, but {event} {happened} {when}.",
    "Results and fixtures: {event} {happened} {when}, {who} confirmed.",
    "{when}, with the cameras rolling and {who} looking on from the front row, {event} {happened}.",
    "{Event} that {happened} {when} is now the subject of a review by {who}.",
    "{held} {when}, {event} {happened}, {who} said.",
    "{Event}, {held} {when}, {happened}, according to {who}.",
    "The venue that {held} {event} {when} has not commented on what went wrong.",
    "There was {a_noun} {when}, and {who} said it {happened}.",
    "For {who}, {event} {when} was the lowest point of a difficult spell.",
    "As for {event}, it {happened} {when}, according to {who}.",
    "It was {when}, {who} said, that {event} {happened}.",
    "Coverage of {event}, which {happened} {when}, dominated the papers.",
    "{Event} {happened} {when}; {who} said a full report would follow.",
    "{Event}, the biggest talking point of the campaign so far, {happened} {when}.",
    "{Who}, speaking after {event} {when}, said it would be examined closely.",
    "It was {a_noun} few had predicted: {event} {happened} {when}, {who} said.",
    "Anyone looking for the moment the mood turned need look no further than {event} {when}.",
    "{when}, and to the surprise of almost everyone in the building, {event} {happened}.",
    '"I have been in this business a long time," one coach said of {event} {when}, "and never seen that."',
    "The city that hosted {event} {when} said the turnout had exceeded expectations.",
    "{Who} told reporters that {event} {happened} {when}, and that nothing more would be said for now.",
    "Headline: {event} {when} — {who} react.",
    "At the heart of the row is {event}, which, {who} said, {happened} {when}.",
)

# a later mention of the same event, dating it again
DATE_SECOND = (
    "{Who} later said {event} {happened} {when}.",
    "Since {event} {when}, there has been no further word from {who}.",
    "{Event}, which {happened} {when}, is now under review.",
    "Footage of {event} {when} has been widely shared online.",
    "Looking back on {event} {when}, {who} said lessons had been learned.",
    "The fallout from {event} {when} continued, {who} said.",
    "It was only after {event} {when} that {who} spoke publicly.",
    '"What happened {when} was unacceptable," {who} said of {event}.',
    "Questions about {event} {when} remain unanswered, {who} said.",
    "Details of {event}, {when}, emerged only later.",
    "{Who} responded quickly after {event} {when}.",
    "When {event} {happened} {when}, few expected the consequences.",
    "In the aftermath of {event} {when}, {who} called for calm.",
    "Then came {event} {when}, which {who} said had changed the mood entirely.",
    "The {noun} itself {happened} {when}, {who} said.",
    "Above: a still from footage of {event} {when}.",
    "Photographs taken at {event} {when} were released by {who}.",
    "{Who} later apologised for the handling of {event} {when}.",
    "An inquiry into {event} {when} will report in due course, {who} said.",
    "{Event} {when} remains the subject of an investigation by {who}.",
    "Opinion remains divided over {event} {when}.",
    "Whatever the verdict, {event} {when} will be remembered for a long time.",
    "Accounts of {event} {when} differed, with {who} offering a more cautious version.",
    "{Who} confirmed the details: {event} {happened} {when}.",
    "As {who} put it afterwards, {event} {when} was something nobody would forget.",
    "By the time {event} {happened} {when}, {who} had already raised concerns.",
    "The {noun} {when} drew complaints, {who} said.",
    "{held} {when}, {event} is already being talked about as one of the best in memory.",
    "Those present at {event}, {held} {when}, described a tense atmosphere.",
    "The venue that {held} {event} {when} has since faced questions from {who}.",
    "Asked afterwards about {event} {when}, {who} would say only that it {happened}.",
    "{Who} said {event} {when} had been handled properly.",
    "It is that {noun}, {when}, that {who} returned to again and again.",
    "Back then — {when} — {event} {happened}, and {who} said little about it.",
    "The last word on {event} went to {who}: it {happened} {when}, and there was nothing more to add.",
    "What nobody disputes is that {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: the next edition or a scheduled follow-up, in the future
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said the next {noun} would be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{held} {when}, {event} {happened}.",
        "The next {noun} is due to be {held} {when}, {who} confirmed.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "A review of {event} is expected to be published {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "{Who} will meet {when} to discuss the fallout from {event}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, {happened}, {who} said.",
        "Tickets for the next {noun}, to be {held} {when}, go on sale shortly.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "A full report on {event} will be released {when}, according to {who}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "The findings of the inquiry into {event} are expected {when}.",
        "planned",
    ),
    NegativePair(
        "The venue that {held} {event} {when} said it had gone smoothly.",
        "The same venue will stage the next {noun} {when}, {who} announced.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event}, which {happened} {when}, had been a success.",
        "Organisers said the next edition of {event} would be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} has confirmed.",
        "Evidence about {event} is due to be heard by an independent panel {when}, {who} said.",
        "planned",
    ),
    # compatible: the same event dated again at another grain
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Footage of {event} {when} was shared widely.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Those who were at {event} {when} described a remarkable scene.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {held} {when}, {happened}.",
        "{held} {when}, {event} had been months in the planning, {who} said.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Since {event} {when}, {who} said, the messages have not stopped.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        '"What happened {when} will stay with me," one of those involved said of {event}.',
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "In the aftermath of {event} {when}, {who} called for calm.",
        "compatible",
    ),
    NegativePair(
        "Picture: moments after {event} {when}.",
        "{Event}, which {happened} {when}, is now under review.",
        "compatible",
    ),
    NegativePair(
        "{when}, as {who} confirmed, {event} {happened}.",
        "It was {event} {when}, {who} said, that changed the mood.",
        "compatible",
    ),
    NegativePair(
        "{Event} — which {happened} {when} — dominated the coverage.",
        "The {noun} {when} drew complaints, {who} said.",
        "compatible",
    ),
    # another: a different meeting, edition or season with its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was not the first: {a_noun} {when} had also drawn criticism from {who}.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Unlike the {year} {noun}, which came {when}, this one passed off without complaint.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} compared it with a separate {noun} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "An earlier {noun}, {when}, had ended very differently.",
        "another",
    ),
    NegativePair(
        "{Event}, {held} {when}, {happened}, {who} said.",
        "The {year} {noun} — {when} — is still remembered by {who} for other reasons.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The previous {noun}, {when}, had attracted far less attention.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Who} recalled another {noun} {when} that had caused similar problems.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} has confirmed.",
        "This was the second {noun} of its kind; the first came {when}.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} said.",
        "It echoed the {year} {noun} {when}, {who} noted.",
        "another",
    ),
    NegativePair(
        "Picture: the scene after {event} {when}.",
        "A similar {noun} {when} had been dealt with quietly, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date31a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
