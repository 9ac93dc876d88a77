"""DATE bank date38b, written by helper date38b, round 38 (blind author).

Register: obituaries, memorials, religion and community-calendar reporting and local
features, as local papers, diocesan and faith news services (Religion News Service,
Catholic News Agency, Church Times), obituary desks and community-radio websites write
them: funerals and requiem Masses, memorial services, vigils, consecrations and
ordinations, pilgrimages, parish and flower festivals, village fêtes, school reunions,
anniversary commemorations, and the misfortunes of old churches (roof collapses, vestry
blazes, lead theft, vandalised headstones). Habits used: long reminiscing sentences with
the date far from the event noun, appositions about parishioners and clergy ("a
churchwarden for nearly three decades"), quotes from relatives and clergy, attribution
first, mid and last ("the diocese said", "told Catholic News Agency", "writing in the
parish magazine"), clefts ("It was ... that"), fronted dates, captions ("Pictured:"),
back-references ("that day", "then", "by then", "ever since") and follow-ups (condolences,
the parochial church council, repair appeals). Explicit weekdays and seasons are left to
the date phrase itself, so that no second date competes with it.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "funeral Mass",
        (
            "was celebrated",
            "took place",
            "was held",
            "drew hundreds of mourners",
            "was said",
        ),
        (
            "the family",
            "the parish",
            "the funeral directors",
            "the diocese",
        ),
        hosted=False,
    ),
    EventKind(
        "memorial service",
        (
            "was held",
            "took place",
            "filled the parish church",
            "drew a packed congregation",
        ),
        (
            "relatives",
            "the family",
            "the vicar",
            "friends of the family",
        ),
        hosted=False,
    ),
    EventKind(
        "requiem Mass",
        (
            "was offered",
            "was celebrated",
            "took place",
            "was sung by the cathedral choir",
        ),
        (
            "the cathedral",
            "the archdiocese",
            "the parish priest",
            "the family",
        ),
        hosted=False,
    ),
    EventKind(
        "committal service",
        (
            "took place",
            "was held privately",
            "was conducted by the rector",
            "followed at the cemetery",
        ),
        (
            "the family",
            "the funeral directors",
            "the rector",
            "relatives",
        ),
        hosted=False,
    ),
    EventKind(
        "candlelight vigil",
        (
            "was held",
            "took place",
            "drew hundreds",
            "went ahead despite the rain",
            "brought the village together",
        ),
        (
            "organisers",
            "police",
            "the parish council",
            "the community association",
        ),
        hosted=True,
    ),
    EventKind(
        "episcopal consecration",
        (
            "took place",
            "was celebrated",
            "was attended by a dozen bishops",
            "went ahead",
        ),
        (
            "the diocese",
            "the Vatican",
            "the cathedral chapter",
            "a diocesan spokesman",
        ),
        hosted=False,
    ),
    EventKind(
        "priestly ordination",
        (
            "took place",
            "was held",
            "was celebrated",
            "filled the cathedral",
        ),
        (
            "the diocese",
            "the bishop's office",
            "the seminary",
            "his family",
        ),
        hosted=False,
    ),
    EventKind(
        "diocesan pilgrimage",
        (
            "set off",
            "took place",
            "reached the shrine",
            "went ahead",
            "was led by the bishop",
        ),
        (
            "the diocese",
            "organisers",
            "the pilgrimage director",
            "parishioners",
        ),
        hosted=False,
    ),
    EventKind(
        "parish festival",
        (
            "took place",
            "was held",
            "went ahead",
            "drew record crowds",
            "raised more than 4,000 pounds for the roof fund",
        ),
        (
            "the parish",
            "the parish priest",
            "organisers",
            "the festival committee",
        ),
        hosted=True,
    ),
    EventKind(
        "village fête",
        (
            "took place",
            "went ahead",
            "was held",
            "was rained off",
            "raised money for the church bells",
        ),
        (
            "the parish council",
            "organisers",
            "the fête committee",
            "villagers",
        ),
        hosted=True,
    ),
    EventKind(
        "school reunion",
        (
            "took place",
            "was held",
            "brought former pupils back to the village",
            "drew alumni from three continents",
        ),
        (
            "organisers",
            "the old pupils' association",
            "the school",
            "former pupils",
        ),
        hosted=True,
    ),
    EventKind(
        "anniversary commemoration",
        (
            "took place",
            "was held",
            "was marked with a wreath-laying",
            "drew survivors and their relatives",
        ),
        (
            "the town council",
            "organisers",
            "the memorial trust",
            "survivors",
        ),
        hosted=True,
    ),
    EventKind(
        "flower festival",
        (
            "opened",
            "took place",
            "was held",
            "drew visitors from across the county",
        ),
        (
            "the churchwardens",
            "the flower guild",
            "the parish",
            "organisers",
        ),
        hosted=True,
    ),
    EventKind(
        "passion play",
        (
            "was performed",
            "took place",
            "drew a large crowd",
            "went ahead",
        ),
        (
            "the parish",
            "the director",
            "organisers",
            "the churches together group",
        ),
        hosted=True,
    ),
    EventKind(
        "wreath-laying ceremony",
        (
            "took place",
            "was held",
            "was led by the mayor",
            "drew veterans and schoolchildren",
        ),
        (
            "the legion branch",
            "the mayor's office",
            "organisers",
            "veterans",
        ),
        hosted=True,
    ),
    EventKind(
        "church roof collapse",
        (
            "happened",
            "occurred",
            "left the nave open to the sky",
            "forced the closure of the church",
        ),
        (
            "the churchwardens",
            "the diocese",
            "fire crews",
            "the vicar",
        ),
        hosted=False,
    ),
    EventKind(
        "vestry blaze",
        (
            "broke out",
            "destroyed centuries-old registers",
            "was started deliberately",
            "spread to the chancel",
        ),
        (
            "fire crews",
            "the fire service",
            "police",
            "the parish",
        ),
        hosted=False,
    ),
    EventKind(
        "headstone vandalism",
        (
            "was discovered",
            "was reported to police",
            "happened",
            "left dozens of graves damaged",
        ),
        (
            "police",
            "bereaved families",
            "the cemetery manager",
            "the town council",
        ),
        hosted=False,
    ),
    EventKind(
        "lead theft",
        (
            "was discovered",
            "took place",
            "left the roof exposed",
            "was reported",
        ),
        (
            "police",
            "the churchwardens",
            "the rector",
            "the insurers",
        ),
        hosted=False,
    ),
    EventKind(
        "bell rededication",
        (
            "took place",
            "was held",
            "was led by the archdeacon",
            "marked the return of the bells",
        ),
        (
            "the tower captain",
            "the parish",
            "the archdeacon",
            "the bell ringers",
        ),
        hosted=False,
    ),
    EventKind(
        "interfaith prayer service",
        (
            "was held",
            "took place",
            "brought together leaders of several faiths",
            "drew a large crowd",
        ),
        (
            "organisers",
            "the council of faiths",
            "the imam",
            "the rabbi",
        ),
        hosted=False,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "{when}, {event} {happened}, according to {who}.",
    "According to {who}, {event} {happened} {when}, and the parish newsletter has carried little else since.",
    (
        "{Event}, which {happened} {when}, is still talked about over tea in the church hall after the "
        "Sunday service, {who} said."
    ),
    (
        "It was {when} that {event} {happened}, {who} recalled, and those who were there say the village "
        "has not quite been the same since."
    ),
    "{Who} confirmed that {event} {happened} {when}.",
    (
        "Parishioners, some of whom have worshipped at the church for more than sixty years, said {event} "
        "{happened} {when}."
    ),
    (
        "Margaret Hollis, a churchwarden for nearly three decades and a former headteacher of the village "
        "school, remembers {event} well: it {happened} {when}."
    ),
    "{Event} {happened} {when} — a day, {who} said, that nobody in the parish is likely to forget.",
    (
        "“Everyone here has a story about that day,” the Rev Canon Peter Aldridge, the rector, said of "
        "{event}, which {happened} {when}."
    ),
    "Pictured: scenes from {event}, which {happened} {when}.",
    "{Event} at St Anne's {happened} {when}, {who} told the Gazette.",
    (
        "{Event}, {held} {when} on the village green, brought out families who had not been seen together "
        "in years, {who} said."
    ),
    (
        "{Event} was {held} {when} in the grounds of the old rectory, with a collection taken afterwards "
        "for the restoration fund."
    ),
    (
        "The family of the late Eileen Doherty, a retired district nurse who delivered half the babies in "
        "the parish, were among many who remember that {event} {happened} {when}."
    ),
    "{Event} {happened} {when}; by then, {who} said, word of it had already spread through the parish.",
    "{when}, as the bells of St Peter's rang out across the valley, {event} {happened}.",
    (
        "In a statement, {who} said {event} {happened} {when} and thanked the wider community for its many "
        "messages of support."
    ),
    "{Event} — which {happened} {when}, {who} said — has been the talk of the deanery ever since.",
    (
        "Writing in the parish magazine, the vicar, the Rev Sarah Penrose, recalled that {event} {happened}"
        " {when}."
    ),
    "{Who} told Catholic News Agency that {event} {happened} {when}.",
    "The diocesan newspaper reported that {event} {happened} {when}, a detail later confirmed by {who}.",
    "Postponed once because of the weather, {event} was finally {held} {when}, {who} said.",
    (
        "Memories of {event}, which {happened} {when}, are gathered in a new booklet published by the local"
        " history society."
    ),
    "{when}, {who} said, {event} {happened}.",
    (
        "Among the congregation's oldest members is Albert Fenwick, 94, a retired signalman, who was there "
        "when {event} {happened} {when}."
    ),
    (
        "{Event} {happened} {when}, and it was then, {who} said, that people in the parish began to realise"
        " how much the old church meant to them."
    ),
    (
        "He lived to see {event}, which {happened} {when}, and spoke of it often in his final months, his "
        "daughter said."
    ),
    (
        "Speaking after the morning Eucharist, the churchwarden said {event} {happened} {when} and that the"
        " parish was grateful for every card and letter it had received."
    ),
    "More than 300 people attended {event}, which was {held} {when} in a marquee beside the church.",
    (
        "{Event}, {held} {when} by the parish and the village school together, was by all accounts the best"
        " attended in living memory."
    ),
    "{Who} said in the newsletter of St Bride's that {event} {happened} {when}.",
    (
        "For Bridget Kearney, whose late husband served as sacristan for forty years, {event}, which "
        "{happened} {when}, was “something he would have had a great deal to say about”."
    ),
    "Religion News Service reported that {event} {happened} {when}, citing {who}.",
    "Few in the parish had been prepared for that day: {event} {happened} {when}, {who} said.",
    "{Event}, the talk of every coffee morning in the village, {happened} {when}, according to {who}.",
)

DATE_SECOND = (
    "{Event} {happened} {when}, {who} later confirmed.",
    "It was {when}, {who} said, that {event} {happened}.",
    "Those who were there when {event} {happened} {when} still speak of it.",
    "By the parish's own account, {event} {happened} {when}.",
    (
        "“I remember it clearly,” said one parishioner, who asked not to be named, of {event}, which "
        "{happened} {when}."
    ),
    "The bishop, writing to clergy of the diocese, said {event} {happened} {when}.",
    "After {event} {when}, {who} said, the telephone at the presbytery did not stop ringing for days.",
    (
        "In the days after {event}, which {happened} {when}, cards and letters arrived from former "
        "parishioners as far away as the other side of the world."
    ),
    "Asked about {event}, {who} said it {happened} {when} and declined to comment further.",
    "Until {event} {when}, few outside the village had heard of St Cuthbert's.",
    "Minutes of the parochial church council meeting that followed note that {event} {happened} {when}.",
    "It was not until {event} {when} that many in the town learned the little chapel was still in use.",
    (
        "Father Tomasz Nowak, the parish priest, said {event} {happened} {when}, adding: “We have been "
        "overwhelmed by people's kindness.”"
    ),
    "{Event} was {held} {when}, {who} said in a later statement.",
    "When {event} was {held} {when}, organisers had expected a few dozen people; several hundred came.",
    "{when}, {who} said, {event} was {held} for what many assumed would be the last time.",
    (
        "Looking back on {event}, which {happened} {when}, {who} said the response from the wider community"
        " had been remarkable."
    ),
    "{Event} {happened} {when}; it was then, {who} said, that the appeal fund was opened.",
    "The Church Times reported at the time that {event} {happened} {when}.",
    "A note pinned up in the church porch records that {event} {happened} {when}.",
    (
        "Recalling {event}, which {happened} {when}, the rector's widow, Ann Marsh, said: “It brought out "
        "the best in people.”"
    ),
    "{Who} confirmed on the parish website that {event} {happened} {when}.",
    "Ever since {event} {when}, the churchwardens have kept the south door locked outside service times.",
    "For those who were present, {event} {when} remains vivid.",
    "Pictured: {event}, which {happened} {when}.",
    "{Event}, an occasion the like of which the parish had never seen, {happened} {when}.",
    "That {event} {happened} {when} is not in doubt, {who} said, whatever else people remember of that day.",
    "Its organisers and clergy alike said {event}, {held} {when}, had been worth every hour of the planning.",
    "Speaking on the community radio station, {who} said {event} {happened} {when}.",
    (
        "The memory of {event} {when} was still fresh, the archdeacon said, when he visited the parish to "
        "offer his prayers."
    ),
    "As {who} told it to this paper, {event} {happened} {when}, and by nightfall the whole village knew.",
    "The date is fixed in the minds of older parishioners: {event} {happened} {when}.",
    (
        "Her obituary, published in the parish newsletter, notes that she helped organise {event}, which "
        "was {held} {when}."
    ),
    (
        "In her homily, the Rev Joanna Hartley, the team vicar, spoke of {event}, which {happened} {when}, "
        "and of how the parish had come together that day."
    ),
    "{Event} {when}, {who} said, was when the parish first understood how much the building meant to people.",
    "Photographs taken by a parishioner show {event} as it {happened} {when}.",
)

NEGATIVES_DATE = (
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Organisers said another {noun} would be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} was {held} in the rectory garden.",
        "The next {noun} is due to be {held} {when}, the parish newsletter said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Plans are already in hand for {a_noun} to be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, brought out families from every corner of the parish.",
        "{Who} said they hoped to see even more people when the next {noun} is {held} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "A further {noun} will be {held} {when}, with details to follow in the parish bulletin.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, and the churchwardens said it had been a great success.",
        "The next {noun}, to be hosted jointly with the Methodist chapel, is set to go ahead {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The parochial church council will discuss {event} at its meeting {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A report on {event} is to be presented to the parish council {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} confirmed.",
        "The bishop is expected to visit the parish {when} to speak with parishioners about {event}.",
        "planned",
    ),
    NegativePair(
        "Parishioners said {event} {happened} {when}.",
        "If all goes to plan, {a_noun} will be {held} again {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Those who were there when {event} {happened} {when} said it would stay with them for a long time.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} recalled.",
        "The parish newsletter confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, according to {who}.",
        "Speaking after {event} {when}, the rector thanked everyone who had helped.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Event}, which {happened} {when}, was covered by the community radio station.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still talked about in the village.",
        "Pictured: {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "Margaret Hollis, a churchwarden for nearly three decades, said {event} {happened} {when}.",
        "By the parish's own account, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "When {event} was {held} {when}, the lane outside the church was lined with cars.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Ever since {event} {when}, the parish has been inundated with letters.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, the diocese said.",
        "It was {when}, {who} said, that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "In a statement, {who} said {event} {happened} {when}.",
        "The Church Times reported at the time that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when}, {who} said, though it drew far less attention.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "It was not the parish's first: an earlier {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Older parishioners still compare it with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A similar {noun} at a neighbouring parish {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, {who} confirmed.",
        "The previous {noun}, which {happened} {when}, was a much smaller affair.",
        "another",
    ),
    NegativePair(
        "{Event}, {held} {when}, drew people from all over the deanery.",
        "Its predecessor, the {year} {noun}, was {held} {when} in the old school hall.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told the Gazette.",
        (
            "The last time the village saw {a_noun} was {when}, when it {happened} under very different "
            "circumstances."
        ),
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "That was the second {noun} the parish has known; the first {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, and the rector said the village had pulled together.",
        "Many also recalled the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Writing in the parish magazine, the vicar recalled that {event} {happened} {when}.",
        "Another {noun}, in a parish a few miles away, {happened} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date38b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
