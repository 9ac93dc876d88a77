"""Place bank written by helper place25b, round 25 (blind author).

Register: machine-written and content-farm news copy (SEO rewrites, aggregator summaries,
AI-generated briefs with "In a significant development", "According to reports",
"It is worth noting that", "Here's everything you need to know", "Key takeaways:",
bullet lines and FAQ blocks), corporate press releases (datelines, "today confirmed",
"hosted at the company's facility in", "headquartered in" boilerplate) and UN/NGO
humanitarian situation reports ("Partners on the ground in ... report", "As of ..., the
response ... continues", "according to the latest situation report").

Habits used: the place fronted, in a dateline, after the verb, after the noun, inside a
relative clause, an apposition, a participle, a cleft, a quote, a photo caption, a bullet,
a possessive ("{where}'s {noun}") and a compound ("the {where} {noun}"); attribution first
or last; long asides that push the place far from the event noun.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "product launch",
        (
            "took place",
            "drew a capacity crowd of partners and press",
            "went ahead as scheduled",
            "was streamed live to customers",
        ),
        ("the company", "a company spokesperson", "the firm's communications team"),
        hosted=True,
    ),
    EventKind(
        "ribbon-cutting ceremony",
        (
            "took place",
            "marked the facility's official opening",
            "was attended by senior executives",
            "drew local dignitaries and staff",
        ),
        ("the company", "the mayor's office", "a company statement"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("opened", "concluded", "wrapped up", "got under way", "ended without a joint communique"),
        ("organisers", "the host government", "diplomats familiar with the talks", "the summit secretariat"),
        hosted=True,
    ),
    EventKind(
        "industry conference",
        ("kicked off", "closed", "attracted delegates from more than 40 countries", "drew record attendance"),
        ("organisers", "the organising committee", "the trade association"),
        hosted=True,
    ),
    EventKind(
        "hackathon",
        ("kicked off", "drew hundreds of developers", "ran for 48 hours", "came to a close"),
        ("the organisers", "the sponsoring company", "one of the judges"),
        hosted=True,
    ),
    EventKind(
        "awards gala",
        ("took place", "honoured industry leaders", "raised funds for local charities", "was broadcast live"),
        ("organisers", "the foundation", "the host broadcaster"),
        hosted=True,
    ),
    EventKind(
        "groundbreaking ceremony",
        (
            "took place",
            "marked the start of construction",
            "was attended by government officials",
            "went ahead despite heavy rain",
        ),
        ("the developer", "the company", "project officials"),
        hosted=True,
    ),
    EventKind(
        "trade expo",
        (
            "opened its doors",
            "closed",
            "attracted more than 300 exhibitors",
            "drew buyers from across the region",
        ),
        ("organisers", "the chamber of commerce", "the exhibition company"),
        hosted=True,
    ),
    EventKind(
        "flash flood",
        (
            "displaced thousands of families",
            "submerged entire neighbourhoods",
            "cut off road access to several districts",
            "swept away homes and livestock",
        ),
        ("OCHA", "the national disaster management agency", "humanitarian partners", "local authorities"),
    ),
    EventKind(
        "cholera outbreak",
        (
            "was declared",
            "was first confirmed",
            "spread to neighbouring districts",
            "claimed dozens of lives",
        ),
        ("the World Health Organization", "the health ministry", "UNICEF", "aid agencies"),
    ),
    EventKind(
        "cyclone",
        (
            "made landfall",
            "tore through coastal communities",
            "brought torrential rain",
            "flattened thousands of homes",
        ),
        ("the meteorological department", "disaster officials", "the Red Cross", "OCHA"),
    ),
    EventKind(
        "data breach",
        ("was discovered", "exposed millions of customer records", "was disclosed", "came to light"),
        ("the company", "cybersecurity researchers", "the data protection regulator"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was issued", "was expanded", "was triggered by a labelling error"),
        ("the manufacturer", "the food safety authority", "the company"),
    ),
    EventKind(
        "plant explosion",
        (
            "killed at least three workers",
            "rocked the industrial zone",
            "occurred",
            "sent plumes of black smoke into the sky",
        ),
        ("fire officials", "the plant operator", "local media", "emergency services"),
    ),
    EventKind(
        "food distribution",
        ("reached more than 5,000 households", "took place", "was carried out", "was completed"),
        ("the World Food Programme", "aid workers", "the NGO", "implementing partners"),
    ),
    EventKind(
        "vaccination campaign",
        ("was launched", "got under way", "reached over 200,000 children", "was rolled out"),
        ("the health ministry", "UNICEF", "Gavi", "district health officials"),
    ),
    EventKind(
        "protest",
        ("turned violent", "drew thousands", "was dispersed by police", "erupted"),
        ("police", "witnesses", "organisers", "local media"),
    ),
    EventKind(
        "ceasefire violation",
        ("was reported", "was recorded", "occurred", "drew condemnation"),
        ("UN monitors", "the observer mission", "military sources"),
    ),
    EventKind(
        "earthquake",
        ("struck", "jolted the region", "triggered landslides", "was felt"),
        ("seismologists", "the national seismic centre", "disaster officials"),
    ),
    EventKind(
        "landslide",
        ("buried dozens of homes", "struck", "swept away a section of highway", "occurred"),
        ("rescue workers", "the disaster agency", "local officials"),
    ),
)

PLACE_FIRST = (
    "In a significant development, {event} {happened} in {where}, {who} said.",
    "{Event}, which unfolded in {where}, has sparked widespread concern, according to {who}.",
    "According to reports, {event} in {where} {happened} earlier this week.",
    "It is worth noting that {event} {happened} in {where}, as confirmed by {who}.",
    "This comes as {event} {happened} in {where} on Monday, {who} said.",
    "Here's everything you need to know about {event} in {where}.",
    "Key takeaways: {Event} in {where} {happened}, and {who} said more details would follow.",
    "• {Event} {happened} in {where}, {who} confirmed.",
    "{where} — {Who} today confirmed that {event} {happened}.",
    "({where}) — {Event} {happened}, {who} said in a statement issued on Wednesday.",
    "{Event}, hosted at the company's facility in {where}, was attended by senior executives, "
    "employees and local officials.",
    "{Event}, {held} at a convention centre in {where}, brought together policymakers, investors "
    "and civil society leaders.",
    "{Event}, {held} this year in {where}, {happened} on Thursday, {who} said.",
    "In {where}, {event} {happened}, according to the latest situation report from {who}.",
    "Partners on the ground in {where} report that {event} {happened} over the weekend.",
    "It was in {where} that {event} {happened}, {who} noted.",
    "{where}'s {noun} {happened} shortly after 9 a.m. local time, according to {who}.",
    "The {where} {noun} {happened} on Friday, {who} told reporters.",
    "Authorities in {where}, where {event} {happened}, have urged the public to follow official "
    "channels for updates.",
    "{Event}, which {who} described in a statement released late on Thursday as one of the most "
    "significant of its kind in recent years, {happened} in {where}.",
    "“We are closely following {event} in {where},” {who} said in a statement.",
    "File photo: Scenes from {event} in {where}. (Photo courtesy of {who})",
    "Breaking: {Event} {happened} in {where} — here is what we know so far.",
    "As of Tuesday, {who} continued to monitor {event} in {where}.",
    "What happened in {where}? {Event} {happened}, according to {who}, and more updates are expected.",
    "Taking place in {where}, {event} {happened} under close watch from {who}.",
    "{Event} in {where} {happened}, marking what analysts describe as a turning point for the region.",
    "In a statement shared with our newsroom, {who} said {event} had taken place in {where}.",
    "Multiple sources confirm that {event} {happened} in {where}.",
    "{Who} has confirmed that {event} {happened} in {where}, in what observers are calling a "
    "defining moment.",
    "Centred on {where}, {event} {happened} over the course of several hours, {who} said.",
    "{Event} — which {happened} in {where} — is now the subject of intense online discussion.",
    "Earlier today, {event} {happened} in {where}, as first reported by {who}.",
    "{where}, which hosted {event}, welcomed more than 500 attendees, {who} said.",
    "{Event} was {held} in {where}, marking its debut there, {who} said.",
    "Over the weekend, {where} became the focus of attention as {event} {happened}.",
    "Here's what we know: {event} {happened} in {where}, and {who} has issued a statement.",
)

PLACE_SECOND = (
    "The {noun} in {where} has dominated headlines throughout the week.",
    "Footage circulating on social media appeared to show the scene of the {noun} in {where}.",
    "{Who} said updates on the {noun} in {where} would be shared as they become available.",
    "Key takeaways: the {noun} {happened} in {where}; further information is expected from {who}.",
    "Stay tuned for more updates on the {noun} in {where}.",
    "As of Friday, the response to the {noun} in {where} continues, {who} said.",
    "This article on the {where} {noun} has been updated to include comment from {who}.",
    "{Who} did not immediately respond to a request for comment on the {noun} in {where}.",
    "In {where}, where the {noun} {happened}, daily life has largely resumed.",
    "Partners on the ground in {where} continue to assess the impact of the {noun}.",
    "“The {noun} in {where} will be remembered for a long time,” one observer said.",
    "Readers can find our full coverage of the {where} {noun} on our live page.",
    "The {noun}, {held} in {where}, featured keynote addresses and panel discussions.",
    "Attendees at the {noun} hosted in {where} praised the organisation of the event.",
    "It remains unclear what the long-term impact of the {noun} in {where} will be.",
    "{where}'s {noun} has also drawn attention from international media.",
    "Details about the {noun} in {where} were first shared by {who} via official channels.",
    "Experts say the {noun} in {where} raises important questions for policymakers.",
    "• The {noun} took place in {where}.",
    "The {noun}, which unfolded in {where}, has since been the subject of an official review.",
    "Image: The scene at the {noun} in {where}, as shared by {who}.",
    "It was the {noun} in {where} that prompted {who} to issue a statement.",
    "Meanwhile, {who} said the situation following the {noun} in {where} remained under close watch.",
    "Speaking after the {noun} in {where}, a spokesperson said lessons would be drawn from the experience.",
    "According to {who}, the {noun} {happened} in {where} and was closely monitored throughout.",
    "The full extent of the {noun} in {where} is still being assessed.",
    "In a separate statement, {who} thanked everyone who supported the response to the {noun} in {where}.",
    "Officials in {where} described the {noun} as unprecedented.",
    "The {where} {noun} is expected to remain a talking point for weeks to come.",
    "Frequently asked questions: Where did the {noun} happen? In {where}, according to {who}.",
    "People searching online for news of the {noun} in {where} have been urged to rely on verified sources.",
    "Set against the backdrop of {where}, the {noun} {happened} under intense public scrutiny.",
    "As the {noun} in {where} {happened}, {who} posted regular updates online.",
    "The team behind the {noun} hosted in {where} thanked partners and sponsors for their support.",
    "Coverage of the {noun} in {where} will continue throughout the day.",
    "{Who} later confirmed that the {noun} had taken place in {where}.",
    "The {noun} was {held} at a venue in {where}, {who} confirmed.",
)

NEGATIVES_PLACE = (
    # from_to: {other} is not where the event happened
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Among those at the scene of the {noun} in {where} were visitors from {other}.",
        "from_to",
    ),
    NegativePair(
        "According to reports, {event} {happened} in {where}.",
        "News of the {noun} was followed closely in {other}, where many have relatives in {where}.",
        "from_to",
    ),
    NegativePair(
        "In a significant development, {event} in {where} {happened}, {who} confirmed.",
        "A similar {noun} was reported in {other} last year.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened} on Thursday, {who} said.",
        "Organisers confirmed that next year's {noun} will be hosted by {other}.",
        "from_to",
    ),
    NegativePair(
        "Partners on the ground in {where} report that {event} {happened}.",
        "{Who} said a team from the regional hub in {other} had been sent to {where} following the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Additional staff were flown in from {other} after the {noun} in {where}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened} on Friday, according to {who}.",
        "Compared with the {noun} in {where}, the one in {other} two years earlier was far smaller in scale.",
        "from_to",
    ),
    NegativePair(
        "Here's everything you need to know about {event} in {where}.",
        "Investors in {other} reacted cautiously to news of the {noun}.",
        "from_to",
    ),
    NegativePair(
        "{where} — {Who} today confirmed that {event} {happened}.",
        "The company, which is headquartered in {other}, said the {noun} would not affect its "
        "full-year guidance.",
        "from_to",
    ),
    NegativePair(
        "{Event}, hosted at the company's facility in {where}, was attended by senior executives.",
        "Delegations from {other} were among the guests at the {noun}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} noted.",
        "The {noun} was first reported by a news agency based in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, as first reported by {who}.",
        "Messages of solidarity poured in from {other} following the {noun}.",
        "from_to",
    ),
    NegativePair(
        "In {where}, {event} {happened}, according to the latest situation report from {who}.",
        "{Who} said lessons from {a_noun} in {other} had shaped the approach in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event}, {held} this year in {where}, {happened} on schedule.",
        "A follow-up {noun} is expected to be {held} in {other} next spring.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened}, {who} said.",
        "Some of those affected by the {noun} have since relocated to {other}.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened} shortly after dawn, {who} said.",
        "The {noun} drew comparisons with {a_noun} in {other} in 2019.",
        "from_to",
    ),
    NegativePair(
        "Breaking: {Event} {happened} in {where}.",
        "Live coverage of the {noun} was streamed to audiences as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Flights from {other} to {where} were briefly suspended after the {noun}.",
        "from_to",
    ),
    NegativePair(
        "As of Tuesday, {who} continued to monitor {event} in {where}.",
        "The {noun} in {where} came only weeks after {a_noun} in {other}.",
        "from_to",
    ),
    NegativePair(
        "“We are closely following {event} in {where},” {who} said.",
        "Speaking from {other}, where she was attending a separate meeting, the agency's director said "
        "the {noun} was being treated as a priority.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where}, marking its debut there, {who} said.",
        "Previous editions of the {noun} took place in {other}.",
        "from_to",
    ),
    # contained: {other} is the country of {where} or a city in it
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It was the largest {noun} that {other} has seen in years, according to {who}.",
        "contained",
    ),
    NegativePair(
        "According to reports, {event} in {where} {happened}.",
        "Authorities in {other} have pledged support to those affected by the {noun}.",
        "contained",
    ),
    NegativePair(
        "Partners on the ground in {where} report that {event} {happened}.",
        "As of Friday, the response to the {noun} in {other} continues.",
        "contained",
    ),
    NegativePair(
        "{Event}, {held} in {where}, {happened} on Thursday.",
        "The {noun} was the first of its kind to be {held} in {other}, organisers said.",
        "contained",
    ),
    NegativePair(
        "In a significant development, {event} {happened} in {where}.",
        "Local media in {other} carried live updates on the {noun}.",
        "contained",
    ),
    NegativePair(
        "The {where} {noun} {happened} on Friday, {who} said.",
        "Residents across {other} were urged to follow official guidance after the {noun}.",
        "contained",
    ),
    NegativePair(
        "{where} — {Who} today confirmed that {event} {happened}.",
        "The {noun} in {other} is being closely watched by regional observers.",
        "contained",
    ),
    NegativePair(
        "Here's everything you need to know about {event} in {where}.",
        "Key takeaways: the {noun} {happened} in {other}, and {who} is expected to issue further guidance.",
        "contained",
    ),
    NegativePair(
        "{Event}, hosted at the company's facility in {where}, drew employees and partners.",
        "The {noun} in {other} marks the company's largest investment in the country to date.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} noted.",
        "{Who} said the {noun} was the most significant in {other} in a decade.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place25b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
