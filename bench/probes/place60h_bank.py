"""PLACE bank place60h, written by a blind helper, round 60 (held out). Register: live-blog and
rolling-coverage copy (recaps, 'what we know so far', corrections, relayed official quotes)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "happened", "went off"),
        ("fire officials", "police", "the fire brigade", "local authorities"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "took place"),
        ("police", "organisers", "local officials", "witnesses"),
    ),
    EventKind(
        "hostage standoff",
        ("unfolded", "began", "took place"),
        ("police", "the interior ministry", "security sources", "a police spokesman"),
    ),
    EventKind(
        "power outage",
        ("struck", "began", "occurred"),
        ("the grid operator", "utility officials", "the energy ministry", "engineers"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened", "occurred", "took place"),
        ("the coast guard", "maritime officials", "rescuers", "the port authority"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "transport officials", "police", "accident investigators"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "came down"),
        ("disaster officials", "rescuers", "the civil defence agency", "local officials"),
    ),
    EventKind(
        "court ruling",
        ("was handed down", "was delivered", "was issued"),
        ("lawyers", "court officials", "the justice ministry", "legal observers"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("council officials", "engineers", "police", "the water utility"),
    ),
    EventKind(
        "summit",
        ("was held", "took place", "opened"),
        ("diplomats", "the foreign ministry", "organisers", "officials"),
        hosted=True,
    ),
    EventKind(
        "protest march",
        ("took place", "was held", "went ahead"),
        ("organisers", "police", "union leaders", "witnesses"),
        hosted=True,
    ),
    EventKind(
        "crane collapse",
        ("happened", "occurred", "took place"),
        ("the construction firm", "police", "safety inspectors", "fire officials"),
    ),
    EventKind(
        "jailbreak",
        ("happened", "took place", "occurred"),
        ("prison officials", "the justice ministry", "police", "a prison guards' union"),
    ),
    EventKind(
        "chemical leak",
        ("occurred", "was detected", "happened"),
        ("the plant operator", "environmental officials", "the fire brigade", "health officials"),
    ),
    EventKind(
        "bridge collapse",
        ("happened", "occurred", "took place"),
        ("the transport ministry", "police", "structural engineers", "rescuers"),
    ),
    EventKind(
        "mine flooding",
        ("occurred", "happened", "began"),
        ("the mine operator", "the mining ministry", "rescuers", "union officials"),
    ),
    EventKind(
        "cash van robbery",
        ("took place", "happened", "was carried out"),
        ("police", "the security company", "detectives", "witnesses"),
    ),
    EventKind(
        "swearing-in ceremony",
        ("was held", "took place", "went ahead"),
        ("officials", "the presidential office", "state media", "protocol officials"),
        hosted=True,
    ),
    EventKind(
        "emergency landing",
        ("took place", "happened", "was made"),
        ("the airline", "aviation officials", "airport officials", "passengers"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "took place"),
        ("water officials", "the civil defence agency", "engineers", "local authorities"),
    ),
    EventKind(
        "avalanche",
        ("struck", "came down", "occurred"),
        ("mountain rescuers", "police", "ski patrol officials", "local authorities"),
    ),
    EventKind(
        "grain silo explosion",
        ("occurred", "happened", "took place"),
        ("fire officials", "the cooperative", "police", "safety inspectors"),
    ),
    EventKind(
        "state funeral",
        ("was held", "took place", "went ahead"),
        ("officials", "the government", "state media", "palace officials"),
        hosted=True,
    ),
    EventKind(
        "fuel depot fire",
        ("broke out", "started", "erupted"),
        ("firefighters", "the depot operator", "police", "the emergency ministry"),
    ),
)

PLACE_FIRST = (
    "If you are just joining us: {event} {happened} in {where} earlier today, and {who} said"
    " more details would follow.",
    "Here is what we know so far about {event} in {where}, which {who} first confirmed shortly before noon.",
    "{Who} confirmed that {event} {happened} in {where}.",
    "To bring you up to speed, it was in {where} that {event} {happened}, according to {who}.",
    "Our correspondent at the scene in {where} says the {noun} has drawn large crowds and a heavy"
    " police presence.",
    "Breaking: {who} confirmed {a_noun} in {where} a few minutes ago.",
    "Recap for readers just arriving: {event} {happened} in {where} this morning, and {who}"
    " promised an update within the hour.",
    "We are hearing from {who} that {event}, which {happened} in {where} a little after nine"
    " o'clock, was larger in scale than first thought.",
    "Images shared online appear to show the scene in {where} during {event}, though {who} had"
    " not verified them at the time of writing.",
    "{where} - {Event} {happened} shortly before dawn, {who} said, and details are still emerging.",
    "According to {who}, {event} {happened} in central {where}, close to the main railway station.",
    "Pictured: the scene in {where} shortly after {event} {happened}.",
    "Although {who} released few details at first, it is now clear that {event} {happened} in {where}.",
    "In {where}, where {event} {happened} just hours ago, {who} urged people to stay away from the area.",
    '"We will share more as soon as we can," {who} said in a short statement about {event} in {where}.',
    "The latest from {where}, where {event} {happened} earlier today: {who} set up a hotline"
    " for members of the public.",
    "{Event} in {where} remains the main story on this live page, and {who} promised a fuller"
    " statement later.",
    "Earlier we brought you the first reports of {event}; {who} later confirmed that it"
    " {happened} in {where}.",
    "Clarification: an earlier version of this post gave the wrong time for {event}, which"
    " {happened} in {where}.",
    "Crowds gathered in {where} soon after news of {a_noun} there began to spread, {who} said.",
    "A quick summary for anyone catching up: {a_noun} in {where}, few confirmed details so far,"
    " and {who} appealing for calm.",
    "What we know so far: the {noun} {happened} in {where}, and {who} said a full picture could"
    " take days to emerge.",
    '{Event}, which {who} described in a short statement as "a serious situation" and which has'
    " already led to road closures, a flood of calls to the local switchboard and a string of"
    " cancelled appointments across the area, {happened} in {where}.",
    "It is now just over two hours since {event} {happened} in {where}, and {who} said there"
    " were still no firm figures to release.",
    "{where}'s central district was where {event} {happened}, {who} confirmed.",
    "Update, for those following along: {event} (in {where}, {who} said) has prompted a flurry"
    " of official statements.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly across social media.",
    "Returning to our main story: {who} told reporters the {noun} in {where} would be the"
    " subject of a full review.",
    "The {noun} in {where} is the second of its kind this year, {who} noted.",
    "Those who were in {where} at the time of {event} described the mood as tense and uncertain.",
    "As we reported earlier, {event} {happened} in {where}.",
    "{Who} said questions remained about how {event} in {where} had been handled.",
    "A reminder of the key facts: {event}, in {where}, is still being assessed by {who}.",
    "It was the first time {where} had seen {a_noun} on this scale, {who} said.",
    "Correction: an earlier version of this post misstated the number of people present at"
    " {event} in {where}.",
    "Local businesses near the site of {event} in {where} said trade had been hit hard.",
    '"Nobody expected anything like this," one resident who witnessed {event} in {where} told us.',
    "Footage of {event} in {where} has now been viewed millions of times.",
    "For those just tuning in, the {noun} in {where} remains our top story.",
    "Whether {event} in {where} could have been foreseen is a question {who} declined to answer.",
    "{Who}, speaking several hours after {event} {happened} in {where}, declined to say what"
    " would happen next.",
    "In the hours after the {noun} in {where}, {who} fielded hundreds of calls from the public.",
    'What happened in {where} - {a_noun} that {who} called "unprecedented" - will be examined'
    " in the coming days.",
    "Our team, which has been at the site of {event} in {where} since early morning, says the"
    " atmosphere has calmed.",
    "{Event}, about which {who} released only a handful of details and which has now been the"
    " subject of two press briefings, a government statement and countless posts online,"
    " {happened} in {where}, we can confirm.",
    "The streets around the site of {event} in {where} reopened late in the evening.",
    "Reaction continues to pour in after {event} in {where}.",
    "Among the first to arrive in {where} after {event} were a handful of volunteers, {who} said.",
    "Our earlier post said it was unclear where exactly {event} {happened}; {who} later"
    " confirmed it was in {where}.",
    "Much of {where} was still talking about the {noun} that {happened} there hours earlier.",
    "Some of those who attended {event}, {held} in {where}, said they had not expected such a turnout.",
    "Recapping the afternoon's developments: the {noun} in {where}, a string of briefings from"
    " {who}, and growing calls for answers.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Senior officials travelled from the regional capital, {other}, to oversee the response to {event}.",
        "contained",
    ),
    NegativePair(
        "To recap: {event} in {where} is still the focus of our coverage.",
        "A team of investigators was dispatched from {other}, the provincial seat, to look into the {noun}.",
        "contained",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "The regional governor, whose office is in {other}, said she was being kept informed about {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, according to {who}.",
        "Roads between {where} and {other}, the nearest large town, were busy for hours after the {noun}.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} on the edge of {where}, {who} said.",
        "Extra police officers were drafted in from {other} to help manage the aftermath of {event}.",
        "origin",
    ),
    NegativePair(
        "Our correspondent at the scene in {where} says the {noun} has drawn large crowds.",
        "Many of those caught up in {event} had travelled from {other} for the day, {who} said.",
        "origin",
    ),
    NegativePair(
        "Here is what we know so far about {event} in {where}.",
        "Water and blankets for those affected by the {noun} arrived by lorry from {other}"
        " late in the afternoon.",
        "origin",
    ),
    # destination
    NegativePair(
        "If you are just joining us, {event} {happened} in {where} this morning.",
        "After visiting the site of {event}, the minister flew on to {other} for talks.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "Some of those affected by the {noun} were bussed to temporary accommodation in {other}, {who} said.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        'Speaking to reporters in {other}, the interior minister called {event} "deeply troubling".',
        "reporter",
    ),
    NegativePair(
        "Breaking: {who} confirmed {a_noun} in {where}.",
        "A statement on the {noun}, issued by the government press office in {other}, gave few new details.",
        "reporter",
    ),
    NegativePair(
        "We are hearing that {event} {happened} in {where} shortly after midday.",
        "Our colleague in {other}, who has been following the story from there, says officials"
        " are still cautious about {event}.",
        "reporter",
    ),
    NegativePair(
        "What we know so far: the {noun} {happened} in {where}, {who} said.",
        "The president, who was in {other} for an unrelated engagement, was briefed on {event} by phone.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "The company at the centre of the {noun} is headquartered in {other}, its website says.",
        "hometown",
    ),
    NegativePair(
        "In {where}, where {event} {happened} earlier today, the area remains cordoned off.",
        "One witness to {event}, a teacher who lives in {other}, said she had never seen anything like it.",
        "hometown",
    ),
    NegativePair(
        "Recap: {event} in {where} is still being assessed by {who}.",
        "The contractor involved, a firm based in {other}, said it was cooperating fully with"
        " {who} over the {noun}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} told reporters.",
        "A similar {noun} in {other} last year led to calls for tighter rules.",
        "another",
    ),
    NegativePair(
        "To bring you up to speed: {a_noun} in {where}, and few details so far.",
        "{Who} said there was no link between {event} and {a_noun} reported in {other} a few weeks ago.",
        "another",
    ),
    NegativePair(
        "Earlier we reported that {event} {happened} in {where}.",
        "It is the second {noun} in recent years; the previous one, in {other}, is still remembered locally.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} confirmed this afternoon.",
        "An inquiry into {event} will open in {other} next month, {who} said.",
        "planned",
    ),
    NegativePair(
        "Here is a recap: {event} {happened} in {where}, according to {who}.",
        "Ministers are due to meet in {other} later this week to discuss the response to the {noun}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} in {where} would be reviewed.",
        "A hearing on the {noun} has been scheduled at the high court in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Hundreds gathered for a candlelit vigil in {other} on the evening after {event}.",
        "reaction",
    ),
    NegativePair(
        "News of {event} in {where} spread quickly.",
        "Protesters in {other} marched on the town hall to demand answers over the {noun}.",
        "reaction",
    ),
    NegativePair(
        "As we reported earlier, {event} {happened} in {where}.",
        "Flags in {other} were lowered to half-mast in a gesture of solidarity after {event}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place60h",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
