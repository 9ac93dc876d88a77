"""DATE bank date52h, written by a blind helper, round 52 (held out). Register: energy, utilities
and infrastructure reporting (pipeline ruptures, grid failures, dam breaches, water cuts,
telecom outages, refinery fires, gas explosions) in the style of regional papers and wire
services in Africa, South Asia and Latin America.

Held out in round 52: measured unread at the round's start and end (see docs/checks-
consistency.md, Round 52); development material from round 53. One negative reworded on landing
("{Event}, so {who} said, ...") because its first sentence was word for word a test-part
template.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "pipeline rupture",
        ("occurred", "was detected", "was first reported"),
        (
            "the state oil company",
            "the regional pipeline operator",
            "environmental officials",
            "local police",
        ),
    ),
    EventKind(
        "grid collapse",
        ("occurred", "struck", "hit the national network"),
        (
            "the national grid operator",
            "the energy ministry",
            "the power regulator",
            "the transmission company",
        ),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "was reported"),
        (
            "the water resources ministry",
            "the disaster management authority",
            "district officials",
            "the dam's operator",
        ),
    ),
    EventKind(
        "water supply cut",
        ("began", "took effect", "was imposed"),
        ("the municipal water board", "the city council", "the water utility", "residents' associations"),
    ),
    EventKind(
        "mobile network outage",
        ("began", "struck", "occurred"),
        (
            "the telecoms regulator",
            "the mobile operator",
            "the communications ministry",
            "engineers at the operator",
        ),
    ),
    EventKind(
        "refinery fire",
        ("broke out", "started", "erupted"),
        ("the refinery's management", "the fire service", "the petroleum ministry", "the state oil firm"),
    ),
    EventKind(
        "gas explosion",
        ("occurred", "happened", "ripped through the building"),
        ("police", "the fire brigade", "the gas distributor", "emergency services"),
    ),
    EventKind(
        "transformer fire",
        ("broke out", "started", "was reported"),
        ("the electricity distribution company", "firefighters", "the power utility", "the local councillor"),
    ),
    EventKind(
        "oil spill",
        ("occurred", "was discovered", "was first detected"),
        ("the environment agency", "the oil company", "community leaders", "the coast guard"),
    ),
    EventKind(
        "nationwide blackout",
        ("began", "struck", "occurred"),
        ("the state power company", "the energy minister", "the grid operator", "the presidency"),
    ),
    EventKind(
        "substation explosion",
        ("occurred", "happened", "was reported"),
        ("the distribution company", "fire officials", "the provincial power board", "witnesses"),
    ),
    EventKind(
        "bridge collapse",
        ("happened", "occurred", "took place"),
        ("the roads authority", "the public works ministry", "police", "the provincial government"),
    ),
    EventKind(
        "fuel tanker explosion",
        ("occurred", "happened", "took place"),
        ("police", "the highway patrol", "the state emergency agency", "hospital officials"),
    ),
    EventKind(
        "tunnel collapse",
        ("occurred", "happened", "trapped workers underground"),
        (
            "the hydropower company",
            "the project contractor",
            "rescue officials",
            "the district administration",
        ),
    ),
    EventKind(
        "water main burst",
        ("happened", "occurred", "was reported"),
        (
            "the water and sewerage company",
            "the metropolitan council",
            "the utility's spokesperson",
            "residents",
        ),
    ),
    EventKind(
        "undersea cable cut",
        ("occurred", "was detected", "happened"),
        ("the internet exchange", "the cable consortium", "the telecoms regulator", "the national operator"),
    ),
    EventKind(
        "pipeline attack",
        ("took place", "occurred", "was carried out"),
        ("the army", "the pipeline operator", "the state oil company", "security sources"),
    ),
    EventKind(
        "boiler explosion",
        ("occurred", "happened", "took place"),
        ("the plant's management", "the factory inspectorate", "police", "the power station's owner"),
    ),
    EventKind(
        "gas leak",
        ("was detected", "began", "was reported"),
        ("the gas utility", "the fire service", "municipal officials", "the plant operator"),
    ),
    EventKind(
        "power plant shutdown",
        ("began", "was ordered", "took place"),
        ("the plant's operator", "the energy regulator", "the electricity board", "the ministry of energy"),
    ),
    EventKind(
        "canal breach",
        ("occurred", "happened", "was reported"),
        ("the irrigation department", "the district commissioner", "farmers' groups", "the water authority"),
    ),
    EventKind(
        "pylon collapse",
        ("occurred", "happened", "brought down the line"),
        ("the transmission company", "the power utility", "the regional grid operator", "local officials"),
    ),
    EventKind(
        "strike by power workers",
        ("began", "took place", "went ahead"),
        ("the electricity workers' union", "the state power company", "union leaders", "the labour ministry"),
        hosted=True,
    ),
    EventKind(
        "blockade of the oil terminal",
        ("began", "took place", "was mounted"),
        ("the terminal operator", "community leaders", "the navy", "the oil ministry"),
        hosted=True,
    ),
    EventKind(
        "protest over power cuts",
        ("took place", "turned violent", "broke out"),
        ("police", "organisers", "the residents' association", "local journalists"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said, leaving thousands of households and businesses in the district "
    "without service.",
    "According to {who}, {event} {happened} {when}, shortly after the night shift had taken over.",
    "It was {when} that {event} {happened}, {who} confirmed in a statement.",
    "Residents say that {when}, {event} {happened} with no warning from the authorities.",
    "{Event}, which {happened} {when}, has forced the authorities to ration supplies across several "
    "townships, {who} said.",
    "{Who} confirmed that {event} {happened} {when} and said an investigation had been opened.",
    "Losses estimated in the millions were blamed on {event} {when}, according to {who}.",
    "Caption: Emergency crews at the scene after {event} {happened} {when}.",
    "TIMELINE: {Event} {happened} {when}; within hours {who} had declared an emergency.",
    "Court papers filed by a group of residents state that {event} {happened} {when} and that the operator "
    "failed to warn nearby communities.",
    '"We can confirm that {event} {happened} {when}," {who} said in a statement issued to journalists.',
    "The incident ({event} {happened} {when}) is the third of its kind in the province in two years, {who} "
    "said.",
    "{Event} {when} disrupted daily life for an estimated 40,000 people, {who} said.",
    "Since {event} {happened} {when}, traders in the area say they have lost most of their business.",
    "When {event} {happened} {when}, the area had already endured weeks of supply problems, {who} said.",
    "The episode \u2014 {event} {when} \u2014 exposed years of underinvestment in maintenance, analysts say.",
    "{Who} told this newspaper that {event} {happened} {when}, and that no fatalities had been recorded.",
    "Officials have yet to explain why {event} {happened} {when}, critics say.",
    "An inquiry has been ordered into {event} {when}, which {who} described as the most serious in a decade.",
    "Local radio was the first to report that {event} {happened} {when}.",
    "Compensation claims linked to {event} {when} have already exceeded initial estimates, {who} said.",
    "{Event} {happened} {when}, according to a preliminary report seen by this newspaper.",
    "In a brief statement, {who} said {event} {happened} {when} and that teams had been sent to the area.",
    "Records released by {who} show that {event} {happened} {when}.",
    "Schools and clinics in the area scaled back services after {event} {happened} {when}, {who} said.",
    "{Event}, {who} said, {happened} {when}, at a time when demand across the region was already at its "
    "peak.",
)

DATE_SECOND = (
    "Repair work has continued since {event} {happened} {when}, but normal service has yet to be restored.",
    "{Who} reiterated that {event} {happened} {when}, dismissing claims circulating on social media.",
    "Recalling {event} {when}, one shopkeeper said the street had been thrown into confusion.",
    "The company has not said how much it lost as a result of {event} {when}.",
    "{Event}, which {happened} {when}, was the subject of a heated debate in the provincial assembly.",
    "Households affected by {event} {when} are still waiting for the compensation they were promised.",
    "It was {when}, {who} said again, that {event} {happened}.",
    "Asked about the sequence of events, {who} said {event} {happened} {when} and that the first response "
    "teams arrived within hours.",
    "The governor toured the area days after {event} {happened} {when}.",
    "Insurers are still reviewing claims arising from {event} {when}, the paper understands.",
    "Analysts said {event} {when} had laid bare the fragility of the region's ageing infrastructure.",
    "Opposition legislators have called for the energy minister to resign over {event} {when}.",
    "A charge sheet filed at the magistrate's court states that {event} {happened} {when}.",
    "({Event} {happened} {when}, {who} said.)",
    "Footage shared widely online appears to show the moments after {event} {happened} {when}.",
    "Supplies were only partly restored in the weeks following {event} {when}.",
    "Caption: The site, photographed in the days after {event} {when}.",
    "Community leaders say their warnings were ignored for months before {event} {happened} {when}.",
    "The cause of {event} {when} is still under investigation, {who} said.",
    "Speaking at the site, a senior engineer said {event} {happened} {when} after months of deferred "
    "maintenance.",
    "Memories of {event} {when} remain raw in the neighbourhood.",
    "A leaked internal memo acknowledges that {event} {happened} {when}, during what should have been "
    "routine work.",
    "By the account of {who}, {event} {happened} {when}.",
    "Many small businesses in the area never reopened after {event} {happened} {when}, {who} said.",
    "The disruption that followed {event} {when} is expected to weigh on the regional economy for months.",
    "In hindsight, {who} said, the fact that {event} {happened} {when} made the response far harder.",
)

NEGATIVES_DATE = (
    # planned (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A final technical report on {event} is due {when}, the regulator said.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A public hearing into {event} will open {when}, officials said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, cut off supplies to several districts.",
        "{Who} expects repairs following {event} to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "Residents say {event} {happened} {when} without any warning.",
        "Compensation payments to families affected by {event} are expected to begin {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "If the inquiry finds negligence, charges over {event} could be filed {when}, prosecutors said.",
        "planned",
    ),
    NegativePair(
        "Since {event} {happened} {when}, traders have struggled to stay open.",
        "The operator has promised that rebuilding work at the site of {event} will be finished {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "Legislators are scheduled to debate a motion on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {when} disrupted life across the district, {who} said.",
        "Engineers warn that another {noun} could occur {when} if repairs are not finished before the rains.",
        "planned",
    ),
    NegativePair(
        "When {event} {happened} {when}, the area was already short of supply.",
        "The ministry said it would publish the findings of its investigation into {event} {when}.",
        "planned",
    ),
    # compatible (8)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records kept by {who} show that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, forced the authorities to ration supplies.",
        "The losses caused by {event} {when} are estimated to run into millions.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Confirming the timing, an engineer at the site said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair("It was {when} that {event} {happened}.", "({Event} {happened} {when}.)", "compatible"),
    NegativePair(
        "Residents recall how {event} {happened} {when}.",
        "Families who were affected by {event} {when} are still waiting for help.",
        "compatible",
    ),
    NegativePair(
        "Court documents state that {event} {happened} {when}.",
        "The operator's own logs, cited in the filing, also place {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Witnesses interviewed by this newspaper said {event} {happened} {when}, in line with the official "
        "account.",
        "compatible",
    ),
    NegativePair(
        "Since {event} {happened} {when}, businesses nearby have struggled.",
        "Insurers are processing claims tied to {event} {when}.",
        "compatible",
    ),
    # another (9)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun} was reported {when} in a neighbouring district.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has revived old fears.",
        "The {year} {noun}, which struck the same facility {when}, was blamed on similar failures.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A {noun} at a sister plant {when} was contained within hours.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "A previous {noun}, {when}, had prompted promises of upgrades that were never carried out.",
        "another",
    ),
    NegativePair(
        "{Event} {when} left thousands without service.",
        "Residents said it was not the first time: {a_noun} in the same area {when} had also gone "
        "unreported for hours.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "The company was fined over a similar {noun} {when} in another province.",
        "another",
    ),
    NegativePair(
        "When {event} {happened} {when}, engineers were caught unprepared.",
        "Just weeks later, another {noun} was reported {when} in the neighbouring state.",
        "another",
    ),
    NegativePair(
        "Residents say {event} {happened} {when}.",
        "Memories of the {year} {noun}, which {who} said struck {when}, remain vivid in the town.",
        "another",
    ),
    NegativePair(
        "{Event}, so {who} said, {happened} {when}.",
        "Officials are also investigating an earlier {noun} {when} at a depot outside the city.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date52h",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
