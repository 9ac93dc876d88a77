"""DATE bank date41b, written by helper date41b, round 41 (blind author).

Register: the spoken register written down — British radio and TV news bulletins and
their web write-ups, phone-ins, studio discussions, podcast and interview transcripts.
Habits used: fronted times ("Last Tuesday, ..."), clefts ("It was ... that ..."),
reminders to listeners ("Just to remind listeners, ...", "We now know ..."), asides set
off by dashes, tags ("remember", "as you may have heard"), callers and guests quoted,
image captions of the web write-up, attribution at the start, middle or end.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "walkout",
        ("began", "went ahead", "got under way"),
        ("the union", "union reps", "our industry correspondent"),
    ),
    EventKind(
        "pile-up",
        ("happened", "closed the motorway", "brought traffic to a standstill"),
        ("traffic police", "the highways agency", "our travel reporter"),
    ),
    EventKind(
        "stabbing", ("happened", "was reported", "took place"), ("police", "detectives", "a police spokesman")
    ),
    EventKind(
        "evacuation",
        ("was ordered", "began", "got under way"),
        ("the fire service", "the council", "emergency planners"),
    ),
    EventKind(
        "rescue",
        ("was launched", "was carried out", "got under way"),
        ("the coastguard", "the lifeboat crew", "mountain rescue volunteers"),
    ),
    EventKind(
        "derailment",
        ("happened", "brought the line to a halt", "was reported"),
        ("the rail operator", "rail accident investigators", "our transport correspondent"),
    ),
    EventKind(
        "power cut",
        ("struck", "began", "plunged homes into darkness"),
        ("the network operator", "engineers", "the electricity board"),
    ),
    EventKind(
        "bomb scare",
        ("began", "shut the station", "closed the high street"),
        ("police", "transport police", "station staff"),
    ),
    EventKind(
        "stand-off",
        ("began", "ended", "was finally resolved"),
        ("armed police", "negotiators", "a police source"),
    ),
    EventKind(
        "U-turn",
        ("was announced", "came", "was confirmed"),
        ("Downing Street", "ministers", "our political editor"),
    ),
    EventKind(
        "climbdown",
        ("came", "was announced", "was conceded"),
        ("the minister's office", "party sources", "our political correspondent"),
    ),
    EventKind(
        "sacking",
        ("was announced", "came", "was confirmed"),
        ("the club", "the board", "our sports reporter"),
    ),
    EventKind(
        "on-air apology",
        ("was broadcast", "went out", "aired"),
        ("the broadcaster", "the regulator", "the network"),
    ),
    EventKind(
        "outburst",
        ("came", "happened live on air", "was broadcast"),
        ("the network", "the presenter's agent", "the regulator"),
    ),
    EventKind(
        "phone-in",
        ("went out", "was broadcast", "aired"),
        ("the producers", "the broadcaster", "the station manager"),
    ),
    EventKind(
        "leaders' debate",
        ("was broadcast", "went out live", "aired"),
        ("the broadcaster", "the producers", "party officials"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was won"),
        ("the returning officer", "the electoral commission", "our political correspondent"),
    ),
    EventKind(
        "no-confidence vote",
        ("was held", "took place", "was lost"),
        ("the whips", "party officials", "our political editor"),
    ),
    EventKind(
        "vigil",
        ("was held", "took place", "drew hundreds"),
        ("organisers", "the family", "church leaders"),
        hosted=True,
    ),
    EventKind(
        "hustings",
        ("was held", "took place", "got heated"),
        ("the organisers", "candidates", "the chamber of commerce"),
        hosted=True,
    ),
    EventKind(
        "rally",
        ("was held", "drew thousands", "went ahead"),
        ("organisers", "police", "the campaign"),
        hosted=True,
    ),
    EventKind(
        "memorial service",
        ("was held", "took place"),
        ("the family", "the cathedral", "the regiment"),
    ),
    EventKind(
        "flash flood",
        ("struck", "hit the town", "swept through the valley"),
        ("the Environment Agency", "the fire service", "residents"),
    ),
    EventKind(
        "landslip",
        ("happened", "closed the line", "blocked the road"),
        ("the council", "highways engineers", "geologists"),
    ),
    EventKind(
        "tremor",
        ("was felt", "struck", "rattled windows"),
        ("the geological survey", "seismologists", "listeners"),
    ),
    EventKind(
        "ceasefire",
        ("was declared", "came into force", "took effect"),
        ("mediators", "the UN", "our correspondent in the region"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, and, as {who} put it to us this morning, it caught people off guard.",
    "{when}, {event} {happened} — that's according to {who}, speaking to this programme.",
    "Let's start with {event}, which {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told us.",
    "{Who} confirmed to us that {event} {happened} {when}.",
    "Our main story: {event} {happened} {when}, {who} said.",
    "First, {event}. It {happened} {when}, and {who} said they were still piecing together what went on.",
    "{Event}, you'll remember, {happened} {when}.",
    "We're hearing from {who} that {event} {happened} {when}.",
    "{when} — and this is the bit {who} kept coming back to — {event} {happened}.",
    "{Who} told the programme {event} {happened} {when}, and that details were still coming in.",
    "The news broke {when}: {event} {happened}, and within the hour {who} had been on the phone to us.",
    "If you're just joining us, {event} {happened} {when}, {who} confirmed.",
    "So, {event}: it {happened} {when}, according to {who}, and the fallout is still being felt.",
    "{when}, as you may have heard, {event} {happened}.",
    "{Event} {happened} {when}; {who} gave us the first account.",
    "What we know is this: {event} {happened} {when}, and {who} spent the rest of the day fielding calls.",
    "In a statement read out on air, {who} said {event} {happened} {when}.",
    "Here's the timeline as {who} gave it to us: {event} {happened} {when}.",
    "{when}, {event} {happened}. That's the one thing {who} would confirm when we spoke to them.",
    "Now, {event}, which {happened} {when}, is the story that's been jamming our phone lines.",
    "Recapping the headlines: {event} {happened} {when}, {who} said.",
    "A quick reminder of where all this started: {event} {happened} {when}.",
    "{Who} confirmed on air that {event} {happened} {when}.",
    "{Event} was {held} {when}, and {who} told us the turnout surprised everyone.",
    "We can tell you that {event} {happened} {when} — {who} got in touch to confirm it.",
)

DATE_SECOND = (
    "Just to remind listeners, {event} {happened} {when}.",
    "That {noun}, remember, {happened} {when}.",
    "We now know a little more about {event}, which {happened} {when}.",
    "It was {when}, remember, when {event} {happened}.",
    "{when}, when {event} {happened}, the first call to our newsroom came from {who}.",
    "Going back to {event} for a moment — that {happened} {when}, {who} reminded us.",
    "And {event}? That {happened} {when}, according to {who}.",
    "{Who} told us plainly: {event} {happened} {when}.",
    "The {noun} {who} told us about {happened} {when}, and the consequences are still unfolding.",
    "Ever since {event} {when}, the phones here haven't stopped ringing.",
    "Our reporter was there {when}, when {event} {happened}, and described the scene as chaotic.",
    "Remember, this is {a_noun} that {happened} {when}.",
    "{Event} — and it's worth saying again, it {happened} {when} — has left {who} answering questions.",
    "Image caption: Scenes from {event} {when}",
    '"I remember exactly where I was {when}," one caller told us, "because that\'s when {event} {happened}."',
    'Asked about {event}, {who} said: "That {happened} {when}, and we\'ve been consistent about that."',
    "As {who} reminded us on air, it was {when} that {event} {happened}.",
    "{when} — that's when, according to {who}, {event} {happened}.",
    "{Event} itself {happened} {when}, {who} told the programme, "
    "though the build-up had been going on for some time.",
    "Listeners have been getting in touch about {event}, which, to be clear, {happened} {when}.",
    "The thing to hold on to about {event} is when it {happened}: {when}.",
    "We spoke to {who} again this afternoon, and they were adamant that {event} {happened} {when}.",
    "By the time {event} {happened} {when}, we already had a reporter on the way.",
    "And for anyone who's only just tuned in, {event} — which is what we've been talking about all morning — "
    "{happened} {when}.",
    'In our reporter\'s words, {event} {happened} {when} "with almost no warning at all".',
    "What happened {when}, as {who} told it to us, was {event}, and listeners are still talking about it.",
    "{Event}, which was {held} {when}, brought a flood of calls and emails to this programme.",
    "Our guest in the studio, who was there, said {event} {happened} {when} — she was quite sure of that.",
)

NEGATIVES_DATE = (
    # planned: the second date is still to come
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} told us another {noun} could follow {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "We'll be returning to {event} in a special programme {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} confirmed.",
        "{Who} will be back in the studio {when} to talk us through {event}.",
        "planned",
    ),
    NegativePair(
        "Just to remind listeners, {event} {happened} {when}.",
        "A review of {event} is due to be published {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} told us.",
        "A second {noun} will be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed on air that {event} {happened} {when}.",
        "An update on {event} has been promised {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Let's start with {event}, which {happened} {when}.",
        "And {who} warned there could be another {noun} {when} if nothing changes.",
        "planned",
    ),
    NegativePair(
        "We're hearing from {who} that {event} {happened} {when}.",
        "{Who} said the next {noun} would most likely come {when}, if it comes at all.",
        "planned",
    ),
    # compatible: the same date said again, more or less precisely
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Just to remind listeners, it was {when} that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "{when}, as you may have heard, {event} {happened}.",
        "We now know {event} {happened} {when}, {who} told us.",
        "compatible",
    ),
    NegativePair(
        "Our main story: {event} {happened} {when}.",
        '"It was {when}," {who} told us of {event}, "and we were dealing with it within minutes."',
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} told us.",
        "Image caption: Scenes from {event} {when}",
        "compatible",
    ),
    NegativePair(
        "{Who} told the programme {event} {happened} {when}.",
        "That {noun}, remember, {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "Going back to {event} for a moment — that was {held} {when}, {who} reminded us.",
        "compatible",
    ),
    NegativePair(
        "If you're just joining us, {event} {happened} {when}.",
        "{when} — that's when, according to {who}, {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "So, {event}: it {happened} {when}, according to {who}.",
        "Our reporter was there {when}, when {event} {happened}.",
        "compatible",
    ),
    # another: a different, earlier or later, instance of the same kind of event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It's not the only one, either: a separate {noun} {happened} {when}, {who} reminded us.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "The {year} {noun}, which {happened} {when}, is still fresh in a lot of listeners' minds.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} told us.",
        "Several callers said {event} brought back memories of {a_noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "We're hearing from {who} that {event} {happened} {when}.",
        "{Who} said a similar {noun} had been reported {when}, in a different part of the county.",
        "another",
    ),
    NegativePair(
        "Let's start with {event}, which {happened} {when}.",
        '"We had {a_noun} of our own {when} as well," one caller told us, "and nobody listened then either."',
        "another",
    ),
    NegativePair(
        "{Who} confirmed to us that {event} {happened} {when}.",
        "The {year} {noun} — {when}, for those keeping track — was a very different affair.",
        "another",
    ),
    NegativePair(
        "Our main story: {event} {happened} {when}.",
        "This isn't the only {noun} we've covered on this programme; another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "{Who} pointed out that {a_noun} had also been {held} {when}, with far fewer people.",
        "another",
    ),
    NegativePair(
        "Just to remind listeners, {event} {happened} {when}.",
        "Our guest in the studio recalled {a_noun} that {happened} {when}, "
        "and said the two had little in common.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date41b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
