"""Place bank place29b, written by helper place29b, round 29 (blind author).

Register: British and Irish regional and local newspapers and BBC local / RTÉ web copy --
road crashes, house fires, floods and storms, lifeboat callouts, searches, court cases and
inquests, council meetings, festivals and agricultural shows, school and factory closures,
charity runs, club matches and diverted planes. Habits used: the emergency-services opener
with a clock time ("at about 14:30"), road numbers ("on the A38 near X"), attribution to "a
spokesperson for X", Garda appeals, the place as a headline-like first clause ("X flood:"),
"the X event" and "X's annual Y" compounds, captions ("Pictured:"), clefts, participles,
quotes with the place after them, and long sentences with the place far from the event noun.
Negatives use "X-born" people, relatives and news abroad, headquarters elsewhere, crews
flown in, trips onward, comparisons with other instances and the containing country/city.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "collision",
        ("happened", "occurred", "involved three vehicles", "closed the road for several hours"),
        ("police", "the ambulance service", "National Highways", "the fire and rescue service"),
    ),
    EventKind(
        "house fire",
        ("broke out", "took hold", "was reported just after midnight", "gutted the ground floor"),
        ("the fire and rescue service", "police", "the ambulance service"),
    ),
    EventKind(
        "flood",
        ("struck", "swept through low-lying streets", "forced families from their homes", "hit"),
        ("the Environment Agency", "the council", "the fire service", "the local authority"),
    ),
    EventKind(
        "storm",
        ("struck", "swept in", "brought down trees and power lines", "battered the coast"),
        ("the Met Office", "Met Éireann", "the council", "the electricity network operator"),
    ),
    EventKind(
        "festival",
        ("went ahead", "drew thousands of visitors", "returned", "got under way"),
        ("organisers", "the festival committee", "the council"),
        hosted=True,
    ),
    EventKind(
        "agricultural show",
        ("went ahead", "drew record crowds", "was opened by the mayor", "attracted more than 400 entries"),
        ("the show's organisers", "the agricultural society", "the society's secretary"),
        hosted=True,
    ),
    EventKind(
        "lifeboat callout",
        ("came in", "was logged shortly after 03:00", "lasted almost four hours", "was paged"),
        ("the RNLI", "the coastguard", "the lifeboat station's press officer"),
    ),
    EventKind(
        "council meeting",
        ("went ahead", "ran late into the evening", "descended into acrimony", "was adjourned"),
        ("the council", "the local authority", "the mayor's office"),
        hosted=True,
    ),
    EventKind(
        "factory closure",
        ("was announced", "came as a shock to staff", "was made public", "was confirmed"),
        ("the company", "the union", "Unite", "the firm's management"),
    ),
    EventKind(
        "school closure",
        ("was ordered at short notice", "came into effect", "was announced", "was confirmed"),
        ("the school", "the education authority", "the council", "the board of governors"),
    ),
    EventKind(
        "charity fun run",
        ("set off", "raised more than £10,000", "went ahead", "attracted hundreds of runners"),
        ("organisers", "the charity", "the hospice"),
        hosted=True,
    ),
    EventKind(
        "match",
        ("was played", "kicked off", "was abandoned", "ended in a draw"),
        ("the club", "the league", "the home side's manager"),
        hosted=True,
    ),
    EventKind(
        "emergency landing",
        ("was made", "was carried out safely", "happened", "took place"),
        ("the airline", "the airport", "air accident investigators"),
    ),
    EventKind(
        "search",
        ("began", "was launched", "was stood down", "was scaled back overnight"),
        ("police", "the coastguard", "the mountain rescue team", "Gardaí"),
    ),
    EventKind(
        "trial",
        ("opened", "began", "collapsed", "concluded"),
        ("the court", "the prosecution", "the Crown Prosecution Service"),
        hosted=True,
    ),
    EventKind(
        "inquest",
        ("opened", "concluded", "was adjourned", "resumed"),
        ("the coroner", "the coroner's office", "the family's solicitor"),
        hosted=True,
    ),
    EventKind(
        "gas explosion",
        ("happened", "occurred", "rocked the street", "shook nearby homes"),
        ("the fire service", "police", "the gas network operator"),
    ),
    EventKind(
        "power cut",
        ("hit", "lasted most of the day", "left thousands without electricity", "struck"),
        ("the network operator", "ESB Networks", "the electricity supplier"),
    ),
)

PLACE_FIRST = (
    "Emergency services were called to {a_noun} in {where} at about 14:30 on Saturday, {who} said.",
    "{Event} {happened} in {where} shortly before 07:00, according to {who}.",
    "It was just after 18:00 in {where} when {event} {happened}, {who} said.",
    'In {where}, {event} {happened} late on Friday, with {who} describing the scene as "chaotic".',
    "A spokesperson for {who} said {event} {happened} in {where} and that enquiries were continuing.",
    "Details of {event} in {where} were still emerging on Monday evening, but {who} said more "
    "information would be released in due course.",
    "Pictured: the scene of the {where} {noun} on Saturday evening.",
    "{where}: {event} {happened} on Tuesday night, {who} has confirmed.",
    "{where}'s annual {noun}, {held} over the bank holiday weekend, {happened} despite the rain.",
    "The {where} {noun}, {held} for the first time since the pandemic, {happened} without incident.",
    "{Event} {happened} at about 21:15, and although {who} would not give details on Sunday it is "
    "understood the location was on the outskirts of {where}.",
    "Residents living near the site of {event} in {where} told this newspaper they had been given "
    "little warning.",
    "Speaking after {event} in {where}, {who} thanked everyone involved.",
    '"We have never seen anything like it," {who} said of {event} in {where}.',
    "{Event} {happened} on the A38 near {where} shortly after 16:00.",
    "It was in {where} that {event} {happened}, {who} confirmed on Monday.",
    "According to {who}, {event} {happened} in {where} on Friday evening.",
    "{where}, a place more used to quiet weekends, was where {event} {happened} on Saturday.",
    "Crews from across the region were sent to {where} after {event} {happened} just before midnight.",
    "Above: the scene in {where} after {event} on Thursday.",
    "Traffic was diverted away from the centre of {where} for several hours after {event}, {who} said.",
    '{Event} in {where} has been described as "one of the most significant in recent memory" by {who}.',
    "The first {who} knew of {event} was a call from a member of the public in {where} at 02:14.",
    "Hundreds of people turned out in {where} for {event}, which was {held} under grey skies.",
    "Organisers of {event}, {held} in {where} on Saturday, said the day had exceeded expectations.",
    "{where} hosted {event} on Saturday, with {who} estimating that more than 2,000 people attended.",
    "Images shared on social media showed {event} in {where}, with {who} urging people to avoid the area.",
    "Gardaí are appealing for anyone who was in {where} at the time of {event} to come forward.",
    "Local people, many of whom have lived in the area for decades, gathered on Sunday to talk about "
    "{event}, which {who} said {happened} in {where} in the early hours.",
    "Questions are being asked in {where} after {event} {happened} with little or no notice.",
    "Speaking to this newspaper, a spokesperson for {who} said {event} in {where} {happened} at "
    "around lunchtime.",
    "Shortly after {event} {happened} in {where}, {who} issued an appeal on social media.",
    "There were scenes of disbelief in {where} on Wednesday as {event} {happened}.",
    "{Who} were among the first to respond when {event} {happened} in the heart of {where}.",
    "What began as an ordinary weekday in {where} changed within minutes when {event} {happened}.",
    "{Event} — which {who} said {happened} in a residential part of {where} — is expected to be "
    "raised at the next meeting of the policing board.",
)

PLACE_SECOND = (
    "{Event} {happened} in {where}, {who} later confirmed.",
    "The location of {event}, on the edge of {where}, was closed to the public for much of the day.",
    'A spokesperson for {who} said: "{Event} in {where} is still being looked into and we would '
    'ask people not to speculate."',
    "Anyone with information about {event} in {where} is asked to contact {who}.",
    '{Who} described the {where} {noun} as "unprecedented".',
    "Those caught up in {event} in {where} have been offered support, {who} said.",
    "{where}'s {noun} has prompted calls for a review of how such situations are handled.",
    "Footage taken in {where} shows the moment {event} {happened}.",
    "{Event}, in {where}, {happened} as many families were sitting down for their evening meal.",
    "In a statement, {who} said {event} {happened} in {where} and thanked the public for their patience.",
    "Councillors in {where}, where {event} {happened}, are expected to discuss it next week.",
    "{where} was where {event} {happened}, {who} said.",
    '"It\'s the talk of the town," said one shopkeeper in {where}, where {event} {happened} on Saturday.',
    "Pictured: the scene in {where} following {event}.",
    "Drivers were warned to avoid {where} while {event} was dealt with.",
    "Reporting from {where}, where {event} {happened}, our correspondent said the mood was subdued.",
    "No one was seriously hurt in {event} in {where}, {who} said.",
    "The {where} {noun} will be the subject of a report to the relevant committee.",
    "Questions remain over how {event} in {where} was handled, with {who} promising a review.",
    'Last night {who} said they were "still assessing" the impact of {event} in {where}.',
    "{Event} brought {where} to a standstill, {who} said.",
    "Many of those affected by {event} in {where} were elderly, {who} said.",
    "{Who} said that while it was too early to say exactly why {event} {happened} in {where}, the "
    "focus would now be on supporting those affected.",
    "{where} {noun}: {who} said lessons would be learned.",
    "The {noun}, which {happened} in {where}, was the main topic of conversation in the town's pubs "
    "and cafés over the weekend.",
    "Business owners in {where} said trade had suffered in the days after {event}.",
    "People were urged to stay away from {where} as {event} unfolded.",
    "Gardaí at the scene in {where} said {event} {happened} without warning.",
    "Speaking at the scene in {where}, {who} paid tribute to the emergency services who responded to "
    "{event}.",
    "Residents in {where} who saw {event} first-hand said they would not forget it in a hurry.",
    "The full impact of {event} on {where} is not yet known, {who} said.",
    "{Event} was {held} in {where}, organisers said.",
    "It was the first time {where} had hosted {event} in more than a decade.",
    "By the time {event} {happened} in {where}, the warnings had been in place for most of the day.",
    "Photographs taken in {where} after {event} show the extent of the damage.",
    'A local councillor said {event} in {where} had "shaken the whole community".',
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "A {other}-born teacher caught up in {event} said she had only moved to the area last year.",
        "from_to",
    ),
    NegativePair(
        "Emergency services were called to {a_noun} in {where} at about 11:20, {who} said.",
        "News of {event} reached relatives in {other} within hours.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} just after lunchtime, according to {who}.",
        "{Who} said a family who had travelled from {other} for the weekend were among those "
        "affected by {event}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened} on Thursday.",
        "{Event} drew comparisons with a similar {noun} in {other} several years ago.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where} last weekend, {happened} in warm sunshine.",
        "Organisers said they hope to stage a similar {noun} in {other} next summer.",
        "from_to",
    ),
    NegativePair(
        "A spokesperson for {who} said {event} {happened} in {where} shortly after 03:00.",
        "One of the volunteers who responded to {event} had flown home from {other} only the day before.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Friday evening.",
        "A man who now lives in {other} said he had watched coverage of {event} online.",
        "from_to",
    ),
    NegativePair(
        "Pictured: the scene of the {where} {noun} on Monday.",
        "{Event} was also reported by newspapers in {other}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened} with little warning, {who} said.",
        "Unlike {event} in {where}, a {noun} in {other} last month caused no disruption at all.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} overnight, {who} confirmed on Sunday.",
        "The company that owns the site, which is headquartered in {other}, said it would co-operate "
        "fully with any inquiry into {event}.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where} at about 19:45.",
        "One woman at the scene of {event}, who was due to fly to {other} the following morning, said she "
        "had thought about cancelling her trip.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} on Sunday.",
        "Messages of support after {event} have come from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} on the outskirts of {where}, {who} said.",
        "A specialist team was flown in from {other} to help in the aftermath of {event}.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event} on Saturday.",
        "{Who} said next year's {noun} would move to {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} late on Tuesday.",
        "One of those who spoke to reporters about {event}, originally from {other}, said the community "
        "had pulled together.",
        "from_to",
    ),
    NegativePair(
        "Speaking after {event} in {where}, {who} praised the response of local people.",
        "A charity based in {other} has offered to help those affected by {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} just before 22:00.",
        "Relatives in {other} were told about {event} by phone the same evening.",
        "from_to",
    ),
    NegativePair(
        "Gardaí said {event} {happened} in {where} in the early hours.",
        "Several of those at {event} had travelled on from {other}, where they had been on holiday.",
        "from_to",
    ),
    # contained: {other} is the country holding {where}, or a city in it
    NegativePair(
        "{Event} {happened} in {where} on Friday, {who} said.",
        "{Who} said {event} had been felt right across {other}.",
        "contained",
    ),
    NegativePair(
        "Emergency services were called to {a_noun} in {where} at about 09:10.",
        "{Event} made headlines across {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened} without warning, according to {who}.",
        "Crews from elsewhere in {other} were sent to help with {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened} over the weekend.",
        "{Event} was the biggest of its kind in {other} for more than a decade, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Wednesday.",
        "Footage of {event} in {other} was widely shared online.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun}, {held} on Saturday, {happened} under clear skies.",
        "{Who} said {event} was among the most talked-about in {other} in recent years.",
        "contained",
    ),
    NegativePair(
        "A spokesperson for {who} said {event} {happened} in {where}.",
        "Visitors from across {other} were caught up in {event}.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened} on Monday night.",
        "{Event} in {other} was raised in parliament the following day.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} shortly after 15:00, {who} said.",
        "Officials in {other} said they had been kept informed throughout {event}.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place29b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
