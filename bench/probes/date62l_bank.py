"""DATE bank date62l, written by a blind helper, round 62 (held out). Register: election-night and
political copy (wire services, political desks, live results blogs): polls, recounts, coups, rallies."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "ballot-box theft",
        ("took place", "was reported", "happened"),
        ("the electoral commission", "police", "local election monitors", "opposition officials"),
    ),
    EventKind(
        "polling-station attack",
        ("took place", "happened", "was carried out"),
        ("police", "the interior ministry", "election observers", "witnesses"),
    ),
    EventKind(
        "rally stampede",
        ("happened", "broke out", "occurred"),
        ("police", "hospital officials", "the organisers", "witnesses"),
    ),
    EventKind(
        "televised debate",
        ("took place", "was held", "was broadcast"),
        ("the state broadcaster", "campaign officials", "the debate commission", "both campaigns"),
        hosted=True,
    ),
    EventKind(
        "referendum",
        ("took place", "was held", "went ahead"),
        ("the electoral commission", "the government", "officials", "state media"),
        hosted=True,
    ),
    EventKind(
        "no-confidence vote",
        ("took place", "was held", "went ahead"),
        ("the speaker's office", "parliamentary officials", "opposition lawmakers", "state media"),
        hosted=True,
    ),
    EventKind(
        "swearing-in ceremony",
        ("took place", "was held", "went ahead"),
        ("the presidency", "state television", "government officials", "protocol officials"),
        hosted=True,
    ),
    EventKind(
        "coup attempt",
        ("took place", "unfolded", "was launched"),
        ("the army", "the defence ministry", "government officials", "diplomats"),
    ),
    EventKind(
        "party congress",
        ("opened", "was held", "took place"),
        ("party officials", "the ruling party", "state media", "delegates"),
        hosted=True,
    ),
    EventKind(
        "run-off",
        ("was held", "took place", "went ahead"),
        ("the electoral commission", "election officials", "observers", "state media"),
        hosted=True,
    ),
    EventKind(
        "recount",
        ("was completed", "took place", "got under way"),
        ("the electoral commission", "election officials", "the constitutional court", "both campaigns"),
    ),
    EventKind(
        "parliamentary walkout",
        ("took place", "happened", "was staged"),
        ("the speaker's office", "opposition lawmakers", "parliamentary officials", "reporters present"),
    ),
    EventKind(
        "vote-buying raid",
        ("was carried out", "took place", "was conducted"),
        ("police", "anti-corruption investigators", "prosecutors", "the electoral commission"),
    ),
    EventKind(
        "concession speech",
        ("was delivered", "was given", "came"),
        ("campaign aides", "party officials", "a campaign spokeswoman", "aides to the candidate"),
    ),
    EventKind(
        "assassination attempt",
        ("took place", "happened", "was made"),
        ("police", "the presidency", "security officials", "the interior ministry"),
    ),
    EventKind(
        "mass resignation",
        ("was announced", "came", "took effect"),
        ("the cabinet office", "party officials", "the prime minister's office", "state media"),
    ),
    EventKind(
        "tally-centre fire",
        ("broke out", "started", "happened"),
        ("fire officials", "the electoral commission", "police", "local officials"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "took place"),
        ("rescue workers", "police", "the organisers", "hospital officials"),
    ),
    EventKind(
        "impeachment vote",
        ("was held", "took place", "went ahead"),
        ("the speaker's office", "parliamentary officials", "lawmakers", "state media"),
        hosted=True,
    ),
    EventKind(
        "curfew",
        ("was imposed", "was declared", "came into force"),
        ("the interior ministry", "police", "the military", "local authorities"),
    ),
    EventKind(
        "internet shutdown",
        ("was ordered", "began", "was imposed"),
        ("digital rights groups", "network monitors", "telecoms operators", "the communications regulator"),
    ),
    EventKind(
        "putsch",
        ("was launched", "took place", "unfolded"),
        ("the army", "diplomats", "state radio", "government officials"),
    ),
    EventKind(
        "motorcade ambush",
        ("took place", "happened", "was carried out"),
        ("police", "the candidate's campaign", "security officials", "witnesses"),
    ),
    EventKind(
        "campaign helicopter crash",
        ("happened", "occurred", "took place"),
        ("aviation officials", "police", "the party", "rescue workers"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said.",
    "According to {who}, {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told reporters at a briefing in the capital.",
    "{Who} confirmed that {event} {happened} {when}, without giving further details.",
    "{Event}, which {happened} {when}, has dominated coverage of the campaign ever since.",
    "When {event} {happened} {when}, party officials were still counting ballots at the regional "
    "tally centre, {who} said.",
    "Security forces stand guard outside the electoral commission after {event} {when}.",
    "Timeline: {event}, {when}, and the week of protests and counter-protests that followed.",
    '"Everything changed with {event} {when}," a campaign spokeswoman said.',
    "{Who} said {event}, which caught many of the candidate's own advisers off guard and forced the "
    "party to cancel a string of campaign stops across the north, {happened} {when}.",
    "Observers from the regional bloc noted that {event} {happened} {when}, before the first "
    "preliminary results had been released.",
    "Details of {event}, which {who} said {happened} {when}, were still emerging late in the evening.",
    '{Who} described {event} {when} as "a grave moment for our democracy".',
    "Among the events logged by {who} was {a_noun} that {happened} {when}.",
    "The ruling party said in a statement that {event} {happened} {when} and that it would cooperate "
    "fully with the authorities.",
    "{Event} {when} came at a delicate moment for the governing coalition, which is already "
    "struggling to hold its majority together.",
    "Local media carried footage of {event} {when}, showing crowds of party supporters in the streets.",
    "{Event} {happened} {when} amid heavy security, {who} said, with armed police deployed across "
    "the capital.",
    "The opposition has seized on {event}, which according to {who} {happened} {when}.",
    "Speaking to reporters outside parliament, the interior minister said {event} {happened} {when} "
    "and promised a full account.",
    "Even before {event} {happened} {when}, tensions in the capital had been running high.",
    "Party officials told reporters that {event} {happened} {when}, a claim that could not be "
    "independently verified.",
    "{Event} was {held} {when} despite opposition calls for a boycott, {who} said.",
    "Not since independence has the country seen anything quite like {event} {when}, analysts said.",
    "Of all the incidents in a turbulent campaign, none drew more attention than {event} {when}.",
    "{Event} ({who} gave the date as {when}) was the first sign that the vote would be contested.",
)

DATE_SECOND = (
    "Witnesses said {event} {when} had changed the mood in the capital almost overnight.",
    "{Event}, which {happened} {when}, is now the subject of a parliamentary inquiry.",
    "Since {event} {when}, the party's poll numbers have barely moved.",
    "Asked about {event} {when}, a campaign spokeswoman declined to comment.",
    "{Who}, in a later briefing, maintained that {event} {happened} {when}.",
    "Opposition leaders pointed to {event} {when} as evidence that the vote had been compromised.",
    "The memory of {event} {when} still hangs over the count, observers noted.",
    'A senior diplomat, who asked not to be named, said {event} {when} had been "a turning point".',
    '"Nobody here has forgotten {event} {when}," said one voter queuing outside a polling station.',
    "The commission's report on {event}, which it said {happened} {when}, is expected to be "
    "published shortly.",
    "By the time {event} {happened} {when}, most international observers had already left the country.",
    "Lawyers for the candidate argued in court that {event} {when} should invalidate the result in "
    "three districts.",
    "{Event}, {when}, was the moment the campaign turned, according to several party officials.",
    "Accounts of {event} {when} spread quickly online, prompting the authorities to warn against "
    '"false information".',
    "Whatever the truth about {event} {when}, the damage to public confidence had been done, one "
    "analyst said.",
    "It was only after {event} {when} that the ruling party agreed to talks with the opposition.",
    "Supporters still blame the governing party for {event}, which {who} said {happened} {when}.",
    "FILE PHOTO: Riot police outside the electoral commission following {event} {when}.",
    "The party's statement made no mention of {event} {when}, focusing instead on the economy.",
    "In her speech to supporters, the candidate referred only briefly to {event} {when}.",
    "{Event}, according to a detailed account later compiled by observers from the regional bloc and "
    "shared with diplomats, journalists and the candidates' legal teams, {happened} {when}.",
    "When {event} was eventually {held} {when}, the mood in the capital was subdued.",
    "After {event} {when}, the electoral commission suspended the count in two constituencies.",
    "Residents recalled {event} {when} with a mixture of anger and weariness.",
    "{Event} {happened} {when}, {who} later confirmed.",
    "Much of the anger on the streets can be traced back to {event} {when}, residents said.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future/planned thing related to the past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "An independent inquiry into {event} is due to report {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Opposition groups plan to mark the anniversary of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, drew condemnation from across the political spectrum.",
        "A court is expected to rule {when} on a legal challenge arising from {event}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} told reporters.",
        "The electoral commission said it would publish its full findings on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Parliament is scheduled to debate {event} {when}, the speaker's office said.",
        "planned",
    ),
    NegativePair(
        "Party officials told reporters that {event} {happened} {when}.",
        "Lawmakers will question the interior minister about {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} caught the governing coalition off guard.",
        "The ruling party said it would respond formally to {event} {when}, once its lawyers had "
        "reviewed the evidence.",
        "planned",
    ),
    NegativePair(
        "Observers from the regional bloc noted that {event} {happened} {when}.",
        "The observers are due to present their final assessment of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when} amid heavy security.",
        "Opposition leaders will meet the president {when} to discuss {event}, officials said.",
        "planned",
    ),
    # compatible: same event, second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{Who} said {event} {when} had caught the authorities unprepared.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Observers said {event} {when} had been handled poorly by the authorities.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is still being investigated.",
        "Recalling {event} {when}, a senior party official said lessons had been learned.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Since {event} {when}, the party has struggled to regain momentum.",
        "compatible",
    ),
    NegativePair(
        "The ruling party said in a statement that {event} {happened} {when}.",
        "Asked about {event} {when}, a campaign spokeswoman declined to comment.",
        "compatible",
    ),
    NegativePair(
        "Local media reported that {event} {happened} {when}.",
        '"Nobody here has forgotten {event} {when}," said one voter outside a polling station.',
        "compatible",
    ),
    NegativePair(
        "{Event} {when} dominated the final stretch of the campaign.",
        "Opposition leaders pointed to {event} {when} as evidence that the vote had been compromised.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Event}, which {happened} {when}, is now the subject of a parliamentary inquiry.",
        "compatible",
    ),
    # another: a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} in a neighbouring province, officials said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Analysts drew comparisons with the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, shocked the capital.",
        "An earlier {noun}, {when}, had passed off with little attention.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Another {noun} {happened} {when} in the south of the country, local media reported.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A similar {noun} {happened} {when} in a neighbouring country, drawing comparisons.",
        "another",
    ),
    NegativePair(
        "{Event} {when} drew dozens of complaints to the electoral commission.",
        "Last year's {noun}, which {happened} {when}, drew far fewer complaints.",
        "another",
    ),
    NegativePair(
        "Party officials said {event} {happened} {when}.",
        "It was not the first such incident: a previous {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Veteran observers still talk about the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when} amid heavy security.",
        "A second {noun}, in a different district, {happened} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date62l",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
