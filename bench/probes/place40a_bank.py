"""DATE|PLACE bank place40a, written by helper place40a, round 40 (blind author).

Register: royal, ceremonial, religious and state-occasion reporting, plus state visits and
diplomatic tours -- the Court Circular, the PA Media royal desk, Vatican News, broadcaster
coverage of investitures, coronations, canonisations, state funerals and summit photo-calls.
Habits used: the set-piece lead ("The investiture was held in ... before invited guests"),
the palace or Vatican statement as attribution, picture captions ("Pictured: ..."), crowd
and security colour, guest lists, and in later paragraphs the look-back at the occasion
("Those who attended the ... in ..."). Hard negatives lean on the itinerary of a tour
(where the party flew in from, where it flies on to), the city inside the host country,
the correspondent or spokesman speaking from elsewhere, guests' home towns, an occasion
moved from its first-planned venue, and the previous or next occasion of the same kind.
British spelling throughout.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "investiture",
        ("was held", "went ahead", "was conducted"),
        ("Buckingham Palace", "the Court Circular", "a palace spokesman", "the Cabinet Office"),
        hosted=True,
    ),
    EventKind(
        "coronation",
        ("took place", "was solemnised", "went ahead"),
        ("the palace", "royal officials", "the court chamberlain", "the royal household"),
    ),
    EventKind(
        "canonisation",
        ("was celebrated", "took place", "went ahead"),
        ("the Vatican", "the Holy See press office", "Vatican News", "the postulator of the cause"),
    ),
    EventKind(
        "beatification",
        ("was celebrated", "took place", "went ahead"),
        ("the Vatican", "the bishops' conference", "the diocese", "Vatican News"),
    ),
    EventKind(
        "state funeral",
        ("was held", "took place", "was conducted"),
        ("the government", "the presidency", "state media", "the cabinet secretary"),
    ),
    EventKind(
        "requiem Mass",
        ("was celebrated", "was said", "took place"),
        ("the archdiocese", "the cathedral chapter", "the parish priest", "the family"),
    ),
    EventKind(
        "state banquet",
        ("was given", "was held", "was laid on"),
        ("the palace", "the Court Circular", "the embassy", "the royal household"),
        hosted=True,
    ),
    EventKind(
        "wreath-laying",
        ("took place", "was carried out", "went ahead"),
        ("the embassy", "the defence attaché", "the palace", "officials"),
    ),
    EventKind(
        "walkabout",
        ("took place", "went ahead"),
        ("royal aides", "the palace", "police", "PA Media's royal correspondent"),
    ),
    EventKind(
        "thanksgiving service",
        ("was held", "was conducted", "took place"),
        ("the cathedral", "the dean", "church officials", "the palace"),
    ),
    EventKind(
        "memorial service",
        ("was held", "was conducted", "took place"),
        ("the family", "the regiment", "the organisers", "the church"),
    ),
    EventKind(
        "consecration",
        ("took place", "was performed", "was celebrated"),
        ("the diocese", "the archdiocese", "the Anglican Communion Office", "church officials"),
    ),
    EventKind(
        "enthronement",
        ("took place", "was held", "went ahead"),
        ("Lambeth Palace", "the diocese", "the cathedral", "church officials"),
    ),
    EventKind(
        "ordination",
        ("took place", "was conducted", "was celebrated"),
        ("the diocese", "the seminary", "the bishop's office", "church officials"),
    ),
    EventKind(
        "papal Mass",
        ("was celebrated", "was said", "drew huge crowds"),
        ("the Vatican", "Vatican News", "the organising committee", "the papal nuncio"),
    ),
    EventKind(
        "christening",
        ("took place", "was held", "was performed"),
        ("Kensington Palace", "a palace spokesman", "the royal household", "the family"),
    ),
    EventKind(
        "royal wedding",
        ("took place", "was solemnised", "went ahead"),
        ("the palace", "the royal household", "the court", "royal officials"),
    ),
    EventKind(
        "lying-in-state",
        ("began", "took place", "was held"),
        ("the government", "parliamentary officials", "the royal household", "state television"),
    ),
    EventKind(
        "unveiling",
        ("took place", "was performed", "went ahead"),
        ("the high commission", "the memorial trust", "the palace", "the city council"),
    ),
    EventKind(
        "garden party",
        ("was held", "went ahead", "was given"),
        ("the palace", "the high commission", "the royal household", "the governor's office"),
        hosted=True,
    ),
    EventKind(
        "private audience",
        ("took place", "went ahead", "was held"),
        ("the Vatican", "the Holy See press office", "the palace", "the foreign ministry"),
    ),
    EventKind(
        "consistory",
        ("was held", "took place", "was convened"),
        ("the Vatican", "the Holy See press office", "Vatican News", "the dean of the college"),
    ),
    EventKind(
        "photocall",
        ("took place", "went ahead", "was staged"),
        ("summit organisers", "the host government", "officials", "the foreign ministry"),
        hosted=True,
    ),
    EventKind(
        "welcome ceremony",
        ("was held", "took place", "went ahead"),
        ("the presidency", "the foreign ministry", "the palace", "state television"),
        hosted=True,
    ),
    EventKind(
        "state opening",
        ("took place", "went ahead", "was held"),
        ("the palace", "parliamentary officials", "the government", "Black Rod's office"),
    ),
    EventKind(
        "proclamation",
        ("was read", "took place", "was made"),
        ("the palace", "the Privy Council Office", "the heralds", "the government"),
    ),
    EventKind(
        "jubilee pageant",
        ("was staged", "went ahead", "took place"),
        ("the organisers", "the palace", "the pageant master", "the city council"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where} on Thursday morning, {who} said.",
    "According to {who}, {event} {happened} in {where} before several hundred invited guests.",
    "In {where}, {event} {happened} under grey skies as crowds gathered behind crash barriers.",
    "{Event}, {held} in {where}, was the centrepiece of the first full day of the tour.",
    "It was in {where} that {event} {happened}, {who} confirmed in a statement released shortly afterwards.",
    "{Who} confirmed that {event} in {where} had gone ahead as planned despite the rain.",
    "Thousands turned out in {where} for {event}, which {who} described as a moment of great pride.",
    "The official record of the day notes that {event} {happened} "
    "in {where}, with senior officials in attendance.",
    "{Event} in {where} was attended by dignitaries, diplomats and local officials, {who} said.",
    "Shortly after {event} {happened} in {where}, {who} issued a list of those who had taken part.",
    "Pictures released by {who} showed {event} in {where}, with onlookers packed behind the barriers.",
    "{Event}, which {happened} in {where}, lasted a little over an hour.",
    "Guests arriving in {where} for {event} were met by a guard of honour.",
    "{Who} said {event} in {where} had been planned in great detail over several months.",
    "{Event} {happened} in {where} amid tight security, with roads around the venue closed from dawn.",
    "Many of them in their best clothes, the crowds had gathered for {event} in {where} well before noon.",
    "There was applause in {where} as {event} drew to a close, {who} said.",
    "Broadcast live on national television, {event} in {where} drew an audience of millions.",
    "{Event} was {held} in {where}, {who} said, with the guest list kept secret until the last moment.",
    "In a statement issued after {event} in {where}, {who} said the day had been a fitting tribute.",
    "The day's main engagement, {event} in {where}, {happened} without a hitch, according to {who}.",
    "Crowds had begun gathering in {where} before first light for {event}.",
    "{Who} said the guests at {event} in {where} had included several former heads of state.",
    "With flags flying across {where}, {event} {happened} shortly after 11am.",
    "The visiting party's programme was dominated by {event}, {held} in {where} on the Saturday.",
    "{Event} {happened} in {where}, bringing to a close weeks of careful preparation by {who}.",
)

PLACE_SECOND = (
    "{Who} later published photographs of {event} in {where}.",
    "It was in {where}, as {who} later pointed out, that {event} {happened}.",
    "Those who attended {event} in {where} described a moving occasion.",
    '"It was a day none of us will forget," one guest said of {event} in {where}.',
    "In a caption to the official photograph, {who} described the scene in {where} as {event} got under way.",
    "{Event} – in {where}, and in front of a crowd officials put at several "
    "thousand – was the moment most of those present had come for.",
    "As {who} noted afterwards, {event} {happened} in {where}, a setting chosen with some care.",
    "The guest list for {event} in {where}, released by {who} on Friday, ran to more than 400 names.",
    "Asked about {event}, {who} said everything in {where} had gone smoothly.",
    "For many in the crowd in {where}, {event} was the closest they had ever come to such pageantry.",
    "Those unable to secure a place at {event} in {where} watched on big screens set up nearby.",
    "Local officials in {where} said {event} had brought the surrounding streets to a standstill.",
    'When {event} {happened} in {where}, it was, in the words of {who}, "a day of enormous significance".',
    "Security for {event} in {where} was the responsibility of several hundred officers.",
    "What made {event} in {where} memorable, {who} said, was the warmth of the welcome.",
    "Pictured: the crowds at {event} in {where}.",
    "{Event}, which {happened} in {where}, had drawn visitors from across the region.",
    "In {where}, the clearing-up after {event} began almost as soon as the last guests had left.",
    "{Who} thanked the people of {where} for their part in {event}.",
    "The decision to hold {event} in {where} was, {who} admitted, not without its critics.",
    "Long after {event} in {where} had ended, small groups lingered outside, reluctant to leave.",
    "{Event} {held} in {where} was later described by {who} as flawless.",
    "There were no arrests during {event} in {where}, police said.",
    "{Event} drew a larger crowd than expected: the streets around the "
    "venue in {where} were packed hours beforehand, according to {who}.",
    "Reflecting on the day in {where}, {who} said {event} had exceeded expectations.",
    "Television pictures of {event} were beamed around the world from {where}.",
    "Among the smaller moments of {event} that {who} singled out "
    "was a child in the front row in {where} waving a paper flag.",
    "The abiding memory of {event} in {where}, one member of "
    "the official party said, would be the hush as it began.",
)

NEGATIVES_PLACE = (
    # a place inside the first one, or the country that contains it
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "Flags were flown across {other} to mark {event}.",
        "contained",
    ),
    NegativePair(
        "Crowds lined the route in {where} for {event}.",
        "{Event} was the biggest ceremonial occasion {other} had seen in a generation, {who} said.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} in {where} had passed off peacefully.",
        "Security across {other} had been tightened in the days before {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where} before invited guests.",
        "Hotels across {other} were fully booked in the week of {event} in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} has confirmed.",
        "Viewers across {other} followed {event} live on television.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "{Event} was, {who} said, a proud day for the whole of {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} went off without serious incident, {who} said.",
        "Police in {other} said there had been no arrests in connection with {event}.",
        "contained",
    ),
    NegativePair(
        "Thousands gathered in {where} for {event}.",
        "{Event} in {where} was the talk of {other} for days afterwards.",
        "contained",
    ),
    # the itinerary of the tour: where the party came from, where it went next
    NegativePair(
        "{Event} {happened} in {where} on the second day of the tour.",
        "The official party had flown in from {other} the evening before {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "From {where}, the party flew on to {other} for the final leg of the tour.",
        "destination",
    ),
    NegativePair(
        "{Who} said {event} in {where} had been the emotional high point of the visit.",
        "After {event}, the visiting delegation is due to travel on to {other}.",
        "destination",
    ),
    NegativePair(
        "{Event} {happened} in {where} shortly after the visitors arrived.",
        "The tour, which began in {other} a week ago, reached {where} in time for {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} was {held} in {where} on the last evening of the visit.",
        "Most of the guests returned to {other} the following morning.",
        "destination",
    ),
    # the next or the previous occasion of the same kind, somewhere else
    NegativePair(
        "{Event} was {held} in {where}, {who} said.",
        "{Who} said {a_noun} would also be {held} in {other} next year.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where} in front of a large crowd.",
        "Plans for a similar {noun} in {other} are at an early stage, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The previous {noun} of this kind was held in {other}, on a much smaller scale.",
        "previous",
    ),
    NegativePair(
        "Guests arrived in {where} for {event} from early morning.",
        "{Event} in {where} echoed a similar {noun} in {other} several years earlier.",
        "previous",
    ),
    NegativePair(
        "{Event} in {where} was declared a success by {who}.",
        "The next {noun} is expected to take place in {other}, {who} said.",
        "planned",
    ),
    # who speaks from where, who comes from where
    NegativePair(
        "{Event} {happened} in {where} on Sunday.",
        "Speaking to reporters in {other}, where the delegation had since moved "
        "on, a senior aide said {event} in {where} had been a success.",
        "speaker",
    ),
    NegativePair(
        "{Event} in {where} was broadcast live, {who} said.",
        "Our correspondent, writing from {other}, followed {event} on a live feed.",
        "reporter",
    ),
    NegativePair(
        "{Event} {happened} in {where} before several hundred guests.",
        "Among the guests was a retired nurse from {other}, who said {event} had left her speechless.",
        "hometown",
    ),
    NegativePair(
        "Crowds filled the square in {where} for {event}.",
        "Some of those present at {event} had travelled from as far afield as {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The ambassador, who is based in {other}, travelled to {where} for {event}.",
        "hometown",
    ),
    # things and people brought in from elsewhere, a venue changed, a screening elsewhere
    NegativePair(
        "{Event} {happened} in {where} on a bright morning.",
        "The musicians, flown in from {other}, played throughout {event}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} has confirmed.",
        "The flowers used at {event} had been flown in overnight from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "{Event} had originally been planned for {other} but was moved to {where} for security reasons.",
        "moved",
    ),
    NegativePair(
        "{Event} in {where} was attended by several heads of state.",
        "Expatriates gathered at the embassy in {other} to watch {event} on a big screen.",
        "screening",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place40a",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
