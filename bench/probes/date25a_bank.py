"""Date bank date25a, written by helper date25a, round 25 (blind author).

Register: a mix of (1) machine-written and content-farm news copy ("In a significant
development, ...", "According to reports, ...", "It is worth noting that ...", "Here's a
timeline of ...", "Key takeaways:", "Bottom line:"), (2) the English-language press of South
Asia and Africa ("It was gathered that ...", "Recall that ...", "It will be recalled that
...", "told newsmen", "As at the time of filing this report", "will hold", "scheduled to
hold", stacked attributions such as "Sources quoting ... said"), and (3) corporate and NGO
press releases and situation reports ("... confirmed that", "Situation overview:", "An
update ... will be issued"). Habits: the date fronted, after the predicate, inside a
"which ..." relative clause, in a cleft ("It was ... that"), straight after the event noun
("the flood last Tuesday"), in a participle ("Occurring ..."), in a quote, a caption and a
timeline entry; attribution first or last; long subjects that push the date far from the
event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "tanker explosion",
        ("occurred", "happened", "rocked the area", "took place"),
        ("the Federal Road Safety Corps", "the state fire service", "eyewitnesses", "police"),
    ),
    EventKind(
        "bus accident",
        ("occurred", "happened", "was reported", "took place"),
        ("district officials", "police", "the state transport department", "survivors"),
    ),
    EventKind(
        "building collapse",
        ("occurred", "happened", "was reported", "took place"),
        ("the state emergency management agency", "rescue officials", "residents", "the fire department"),
    ),
    EventKind(
        "data breach",
        ("was detected", "was discovered", "occurred", "came to light"),
        (
            "the company",
            "a company spokesperson",
            "cybersecurity researchers",
            "the data protection regulator",
        ),
    ),
    EventKind(
        "cholera outbreak",
        ("was confirmed", "was declared", "broke out", "was first reported"),
        ("the health ministry", "the World Health Organization", "county health officials", "aid agencies"),
    ),
    EventKind(
        "flash flood",
        ("struck", "hit the area", "swept through the settlement", "occurred"),
        (
            "the disaster management authority",
            "the Red Cross",
            "local officials",
            "the meteorological department",
        ),
    ),
    EventKind(
        "convocation",
        ("was held", "took place", "was conducted", "went ahead"),
        ("the university", "the registrar", "the vice-chancellor"),
        hosted=True,
    ),
    EventKind(
        "by-election",
        ("was held", "took place", "was conducted", "went ahead"),
        ("the election commission", "the electoral body", "independent observers"),
    ),
    EventKind(
        "jailbreak",
        ("occurred", "took place", "happened", "was carried out"),
        ("prison authorities", "the correctional service", "the interior ministry"),
    ),
    EventKind(
        "ceasefire",
        ("took effect", "was declared", "came into force", "was brokered"),
        ("the mediators", "the army", "the rebel group", "diplomats"),
    ),
    EventKind(
        "strike action",
        ("began", "commenced", "was called", "kicked off"),
        ("the union", "the labour congress", "the doctors' association", "union leaders"),
    ),
    EventKind(
        "stampede",
        ("occurred", "happened", "broke out", "took place"),
        ("police", "temple authorities", "witnesses", "the district collector"),
    ),
    EventKind(
        "boat mishap",
        ("occurred", "happened", "took place", "was reported"),
        ("marine police", "the inland waterways authority", "survivors", "local divers"),
    ),
    EventKind(
        "cylinder blast",
        ("occurred", "happened", "ripped through the building", "was reported"),
        ("fire officials", "police", "neighbours"),
    ),
    EventKind(
        "product launch",
        ("was held", "took place", "went ahead", "kicked off"),
        ("the company", "the firm's chief executive", "company officials", "the marketing team"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("was held", "took place", "opened", "was convened"),
        ("organisers", "the foreign ministry", "delegates", "the host government"),
        hosted=True,
    ),
    EventKind(
        "train derailment",
        ("occurred", "happened", "took place", "was reported"),
        ("railway officials", "the railway ministry", "passengers"),
    ),
    EventKind(
        "fire outbreak",
        ("occurred", "started", "broke out", "was reported"),
        ("the fire service", "traders", "the market association", "police"),
    ),
    EventKind(
        "landslide",
        ("occurred", "struck", "hit the village", "buried several homes"),
        ("the disaster response force", "district authorities", "villagers"),
    ),
    EventKind(
        "abduction",
        ("occurred", "took place", "happened", "was carried out"),
        ("police", "the state government", "family members", "community leaders"),
    ),
    EventKind(
        "rally",
        ("was held", "took place", "went ahead", "drew thousands"),
        ("party officials", "police", "organisers"),
        hosted=True,
    ),
    EventKind(
        "grid collapse",
        ("occurred", "happened", "was recorded", "plunged the city into darkness"),
        ("the transmission company", "the power utility", "residents", "the energy regulator"),
    ),
    EventKind(
        "acquisition",
        ("was announced", "was completed", "closed", "was finalised"),
        ("the company", "the acquirer", "both firms", "the stock exchange"),
    ),
    EventKind(
        "tremor",
        ("occurred", "struck", "was felt", "was recorded"),
        ("the seismological centre", "the geological survey", "residents"),
    ),
)

DATE_FIRST = (
    "In a significant development, {event} {happened} {when}, according to {who}.",
    "{Event}, which {happened} {when}, has sparked widespread reactions on social media.",
    "According to reports, {event} {happened} {when}, with {who} confirming the details later.",
    "It is worth noting that {event} {happened} {when}, at a time when the area was already under strain.",
    "Here's a timeline of {event}, which {happened} {when}, and what has emerged since.",
    "Key takeaways: {event} {happened} {when}; the details were confirmed by {who}; more"
    " updates are expected.",
    "{when}, {event} {happened}, leaving many in the community stunned, {who} said.",
    "It was gathered that {event} {happened} {when}, throwing the entire neighbourhood into confusion.",
    "{Event} {happened} {when}, {who} told newsmen while briefing on the situation.",
    "Speaking with our correspondent, a resident said {event} {happened} {when} and that"
    " officials arrived hours later.",
    "Confirming the development to our correspondent by telephone, {who} said {event} {happened} {when}.",
    "Events took a new turn when {event} {happened} {when}, {who} said.",
    "{Who} disclosed this in a statement, adding that {event} {happened} {when}.",
    "A spokesperson, who confirmed the development to journalists, said {event} {happened} {when}.",
    "PHOTO: A view of the site of {event}, which {happened} {when}. (File photo)",
    "It was {when} that {event} {happened}, as {who} recounted to this paper.",
    '"{Event} {happened} {when}, and we were there from the start," {who} said.',
    "According to {who}, as quoted by a local daily, {event} {happened} {when}.",
    "{Event}, which residents and officials alike say had been feared for months after repeated"
    " warnings went unheeded, {happened} {when}.",
    "Occurring {when}, {event} has raised fresh questions about preparedness, {who} said.",
    "{Event}, first reported {when}, is being described by {who} as one of the most"
    " significant in recent memory.",
    "{Who} confirmed via a press release that {event} {happened} {when}.",
    "Situation overview: {event} {happened} {when}; assessments are ongoing, {who} reported.",
    "{Event}, which {happened} {when}, has affected thousands of people, according to {who}.",
    "Details of {event}, which {happened} {when}, were still sketchy as of press time.",
    "As at the time of filing this report, {who} had not given a full account of {event},"
    " which {happened} {when}.",
    "{Event} {happened} {when}; {who} said operations continued late into the night.",
    "Reacting to {event}, which {happened} {when}, the state government said it was closely"
    " monitoring the situation.",
    "Eyewitnesses told our reporter that {event} {happened} {when}, shortly before noon.",
    "{Event} was {held} {when} with pomp and ceremony, {who} said.",
    "The {noun}, which was {held} {when} amid tight security, drew a large turnout.",
    "BREAKING NEWS: {event} {happened} {when}, per initial information from {who}.",
    "News of {event}, which {happened} {when}, spread quickly across the district.",
    "In a statement made available to journalists, {who} said {event} {happened} {when}.",
    "What we know so far: {event} {happened} {when}, {who} said.",
    "Multiple sources, quoting {who}, said {event} {happened} {when}.",
    "{Event} {happened} {when}, prompting a flurry of reactions, {who} said.",
)

DATE_SECOND = (
    "Recall that {event} {happened} {when}, as exclusively reported by this newspaper.",
    "It will be recalled that {event} {happened} {when}, {who} said.",
    "{Event} occurred {when}, {who} added, without giving further details.",
    "According to {who}, who spoke with our reporter, {event} {happened} {when}.",
    "{Event}, {who} insisted in a follow-up briefing, {happened} {when}.",
    "Key takeaways: the {noun} {happened} {when}, and investigations are continuing.",
    "Timeline of events: {when} — {event} {happened}, as confirmed by {who}.",
    "It was gathered that the {noun} {happened} {when}.",
    "Our correspondent, who visited the area, gathered that {event} {happened} {when}.",
    "When {event} {happened} {when}, few had anticipated the scale of what would follow.",
    "PHOTO: The scene of {event} {when}. (Courtesy: {Who})",
    '"We were told {event} {happened} {when}," a resident said.',
    "Developments following {event}, which {happened} {when}, are being monitored closely, {who} said.",
    "Since {event} {happened} {when}, attention has remained fixed on the area.",
    "{Event} — which {happened} {when} — remains the subject of an official review.",
    "It is pertinent to note that {event} {happened} {when}.",
    "{Event} {when} has been the subject of intense discussion, {who} said.",
    "Questions remain over {event} {when}, with {who} yet to publish a full account.",
    "In the aftermath of {event} {when}, {who} called for calm.",
    "Following {event} {when}, security was beefed up across the area, {who} said.",
    "It was {when}, {who} said, that {event} {happened}.",
    "Official records obtained by this newspaper show {event} {happened} {when}.",
    "Available reports indicate that {event} {happened} {when}, a detail later confirmed by {who}.",
    "Per a brief note circulated by {who}, {event} {happened} {when}.",
    "What happened, in brief: {event} {happened} {when}, {who} said.",
    "In a situation report, {who} said {event} {happened} {when}.",
    "Investigations into the {noun} that {happened} {when} are ongoing, {who} said.",
    "The {noun} was {held} {when}, the organisers said.",
    "The {noun}, {held} {when} under heavy security, went ahead without incident, {who} said.",
    "A statement issued by {who} indicated that {event} {happened} {when}.",
    "As earlier reported by this medium, {event} {happened} {when}.",
    "Sources close to {who} told this newspaper that {event} {happened} {when}.",
    "The basic facts, as laid out by {who}, are these: {event} {happened} {when}.",
    "Bottom line: {event} {happened} {when}, and the fallout is still unfolding.",
    "Those familiar with {event}, which {happened} {when}, say the full picture is yet to emerge.",
    "Data compiled by {who} and shared with reporters shows {event} {happened} {when}.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one for something scheduled
    NegativePair(
        "{Event} {happened} {when}, {who} said in an update posted online.",
        "A review of {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, who briefed reporters, {event} {happened} {when}.",
        "The panel probing {event} is expected to submit its report {when}.",
        "planned",
    ),
    NegativePair(
        "It was gathered from residents that {event} {happened} {when}.",
        "The court will next sit on the matter arising from {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has drawn wide reactions.",
        "{Who} said a follow-up assessment of {event} would take place {when}.",
        "planned",
    ),
    NegativePair(
        "The {noun} was {held} {when} to a packed audience, {who} said.",
        "Organisers said the next {noun} will be {held} {when}.",
        "planned",
    ),
    NegativePair(
        "In a significant development, {event} {happened} {when}, officials have confirmed.",
        "A public hearing on {event} has been scheduled to hold {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed in a press release that {event} {happened} {when}.",
        "An update on {event} will be issued {when}, the statement added.",
        "planned",
    ),
    NegativePair(
        "Recall that {event} {happened} {when}, as reported by this newspaper.",
        "Lawmakers are to debate a motion on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "Key takeaways: {event} {happened} {when}, and questions remain.",
        "What's next: a full report on {event} is expected {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told newsmen in a phone interview.",
        "A stakeholders' meeting to review {event} will hold {when}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the first inside the second)
    NegativePair(
        "{Event} {happened} {when}, {who} said while addressing journalists.",
        "Further details obtained later showed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "In a significant development, {event} {happened} {when}, according to multiple sources.",
        "Records seen by this newspaper place {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was further gathered that {event} {happened} {when}.",
        "Residents who spoke with this newspaper recalled that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has drawn wide reactions.",
        "{Event} {when} was the subject of a detailed briefing by {who}.",
        "compatible",
    ),
    NegativePair(
        "Here's a timeline of {event}, which {happened} {when}.",
        "Timeline: {when} — {event} {happened}, and {who} issued a statement shortly afterwards.",
        "compatible",
    ),
    NegativePair(
        "According to a statement from {who}, {event} {happened} {when}.",
        "{Event} was first reported {when}, the statement said.",
        "compatible",
    ),
    NegativePair(
        "Key takeaways: {event} {happened} {when}, according to {who}.",
        "Recall that {event} {happened} {when}, as widely reported.",
        "compatible",
    ),
    NegativePair(
        "{Who} subsequently confirmed that {event} {happened} {when}.",
        "As this newspaper earlier reported, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Reacting to {event}, which {happened} {when}, the state government called for calm.",
        "It was {when} that {event} {happened}, {who} recalled in an interview.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said, giving no further details.",
        "A separate {noun} {happened} {when} elsewhere in the region, though no link has been established.",
        "another",
    ),
    NegativePair(
        "According to reports reaching our newsroom, {event} {happened} {when}.",
        "Another {noun} {happened} {when}, according to separate figures from {who}.",
        "another",
    ),
    NegativePair(
        "Findings by our correspondent revealed that {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, drew far more attention, {who} noted.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, has sparked reactions.",
        "In an unrelated development, {a_noun} {happened} {when} in a neighbouring district.",
        "another",
    ),
    NegativePair(
        "In what observers described as a significant development, {event} {happened} {when}.",
        "Separately, {a_noun} was also reported {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed to this newspaper that {event} {happened} {when}.",
        "{Who} also recalled the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Readers will recall that {event} {happened} {when}.",
        "A different {noun} that {happened} {when} involved other parties entirely, {who} said.",
        "another",
    ),
    NegativePair(
        "Key takeaways: first, {event} {happened} {when}.",
        "For context, the {year} {noun} {happened} {when}, in quite different circumstances.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told newsmen after an on-the-spot assessment.",
        "This newspaper also reported on another {noun} that {happened} {when} in a different state.",
        "another",
    ),
    NegativePair(
        "It is worth noting that {event} {happened} {when}.",
        "By comparison, a similar {noun} {when} was handled very differently, according to {who}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date25a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
