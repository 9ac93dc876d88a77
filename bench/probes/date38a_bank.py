"""DATE bank date38a, written by helper date38a, round 38 (blind author).

Register: technology and online-services reporting as the tech news sites (The Verge, Ars
Technica, TechCrunch, The Register), wire tech desks and company status pages or blog posts
quoted in news write it: data breaches, ransomware intrusions, payment and cloud outages,
device recalls, app launches and software rollouts, antitrust rulings and regulatory fines,
chip-plant openings, and hosted things (hackathons, developer conferences, product keynotes,
launch events, capture-the-flag contests, shareholder meetings). Phrasing habits used:
"disclosed", "confirmed in a filing", "according to a status page", "first reported by",
"told TechCrunch", "in an email to The Verge", "per" attribution, "Update:" lines, timelines
with "which began ...", post-mortems and incident reports, clefts ("It was ... that"),
fronted participles ("Confirmed by ..."), dash asides, possessives ("the firm's account of"),
pronouns pointing back ("it", "then") and captions of screenshots.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "data breach",
        ("was disclosed", "came to light", "was first detected", "exposed customer records", "began"),
        ("the company", "a company spokesperson", "security researchers", "the firm"),
        hosted=False,
    ),
    EventKind(
        "ransomware intrusion",
        ("began", "was detected", "knocked billing systems offline", "was discovered", "started"),
        ("the company", "incident responders", "a spokesperson for the firm", "investigators"),
        hosted=False,
    ),
    EventKind(
        "payment outage",
        ("hit card terminals nationwide", "began", "disrupted online checkouts", "struck", "was resolved"),
        ("the payments company", "the firm's technology chief", "a company spokesperson", "merchants"),
        hosted=False,
    ),
    EventKind(
        "cloud-region outage",
        ("began", "took down thousands of websites", "was resolved", "started", "hit customers"),
        ("the cloud provider", "a provider spokesperson", "engineers at the company", "outage trackers"),
        hosted=False,
    ),
    EventKind(
        "DNS misconfiguration",
        ("was pushed to production", "knocked the service offline", "was rolled back", "occurred"),
        ("the company", "site reliability engineers", "the firm's head of infrastructure", "a spokesperson"),
        hosted=False,
    ),
    EventKind(
        "battery recall",
        ("was announced", "was issued", "began", "was expanded", "was ordered"),
        ("the manufacturer", "consumer safety regulators", "the company", "the device maker"),
        hosted=False,
    ),
    EventKind(
        "app launch",
        ("went live", "took place", "was announced", "came", "went ahead"),
        ("the company", "the developer", "a spokesperson", "app-store analysts"),
        hosted=False,
    ),
    EventKind(
        "software rollout",
        ("began", "started", "reached the first users", "was paused", "got under way"),
        ("the company", "a product manager", "the firm's release team", "administrators"),
        hosted=False,
    ),
    EventKind(
        "firmware update",
        ("was pushed to devices", "shipped", "was released", "bricked some routers", "went out"),
        ("the manufacturer", "the company", "owners on support forums", "a spokesperson"),
        hosted=False,
    ),
    EventKind(
        "antitrust ruling",
        ("was handed down", "was issued", "came", "was delivered", "was published"),
        ("the company", "the regulator", "lawyers for the company", "the competition authority"),
        hosted=False,
    ),
    EventKind(
        "GDPR fine",
        ("was imposed", "was announced", "was levied", "came", "was confirmed"),
        ("the data protection authority", "the regulator", "the company", "the watchdog"),
        hosted=False,
    ),
    EventKind(
        "source-code leak",
        ("was first spotted", "surfaced", "came to light", "appeared on a hacking forum", "happened"),
        ("the company", "security researchers", "a spokesperson", "the firm"),
        hosted=False,
    ),
    EventKind(
        "credential-stuffing campaign",
        ("began", "was detected", "targeted user accounts", "peaked", "was first noticed"),
        ("the company", "the firm's security team", "researchers", "a spokesperson"),
        hosted=False,
    ),
    EventKind(
        "supply-chain compromise",
        ("began", "was discovered", "was disclosed", "reached customers' networks", "was uncovered"),
        ("the vendor", "incident responders", "government cyber officials", "the company"),
        hosted=False,
    ),
    EventKind(
        "subscription price increase",
        ("took effect", "was announced", "kicked in", "came into force", "went through"),
        ("the streaming service", "the company", "a spokesperson", "subscribers"),
        hosted=False,
    ),
    EventKind(
        "chip-plant opening",
        ("took place", "went ahead", "was celebrated", "happened", "was marked with a ribbon-cutting"),
        ("the chipmaker", "state officials", "the company", "local officials"),
        hosted=True,
    ),
    EventKind(
        "hackathon",
        ("took place", "kicked off", "was held", "wrapped up", "got under way"),
        ("the organisers", "the company", "participants", "a spokesperson for the organisers"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        ("opened", "took place", "kicked off", "was held", "got under way"),
        ("the company", "the organisers", "attendees", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "product keynote",
        ("took place", "was streamed live", "was held", "kicked off", "went ahead"),
        ("the company", "analysts", "people who attended", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "launch event",
        ("took place", "was held", "was livestreamed", "went ahead", "happened"),
        ("the company", "a spokesperson", "people who attended", "the organisers"),
        hosted=True,
    ),
    EventKind(
        "capture-the-flag contest",
        ("took place", "was held", "ran", "wrapped up", "kicked off"),
        ("the organisers", "participants", "the security firm", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "shareholder meeting",
        ("took place", "was held", "was convened", "went ahead", "was livestreamed"),
        ("the company", "investors", "a spokesperson", "proxy advisers"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} said in a short statement.",
    "According to {who}, {event} {happened} {when}.",
    "{when}, {event} {happened}, {who} confirmed.",
    "{Who} confirmed in a filing with regulators that {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} told TechCrunch.",
    "{Event}, which {who} said {happened} {when}, was first reported by The Register.",
    "In a blog post, {who} said {event} {happened} {when} and promised a fuller account.",
    "Update: {Who} has since confirmed that {event} {happened} {when}.",
    "First reported by Bloomberg, {event} {happened} {when}, according to two people familiar "
    "with the matter.",
    "{Event} — first reported by The Verge — {happened} {when}.",
    "{Who} told Ars Technica that {event} {happened} {when}, and declined to comment further.",
    "A notice posted on the company's website said {event} {happened} {when}.",
    "{when}, according to {who}, {event} {happened}.",
    "{a_noun} {happened} {when}, {who} said in an email to The Verge.",
    "Records reviewed by The Register show that {event} {happened} {when}.",
    "{Event} {happened} {when}, a timeline published by {who} shows.",
    "The timeline is now clearer: {event} {happened} {when}, and {who} posted about it within hours.",
    "As first reported by TechCrunch, {event} {happened} {when}.",
    "{Who}, in a post on X, said {event} {happened} {when}.",
    "{Event}, {who} confirmed, {happened} {when}.",
    "Asked about {event}, {who} said it {happened} {when}.",
    "There was little public warning before {event} {happened} {when}, {who} said.",
    "{when}, {a_noun} {happened} — {who} confirmed as much in a brief statement.",
    "A securities filing reviewed by Reuters said {event} {happened} {when}.",
    "Screenshots shared with The Verge indicate that {event} {happened} {when}, as {who} later acknowledged.",
    "Investors learned the details only later, but {event} {happened} {when}, {who} said.",
    "{Event} {happened} {when}: that much, at least, {who} has confirmed.",
    "The firm's chief executive, speaking on an earnings call, said {event} {happened} {when}.",
    "Confirmed by {who} in a regulatory filing, {event} {happened} {when}.",
    "Reached by email, {who} said {event} {happened} {when}.",
    "{Event} {happened} {when}, per {who}.",
    "In an incident report, {who} wrote that {event} {happened} {when}.",
    "The Register, which first reported the story, said {event} {happened} {when}, citing {who}.",
    "A screenshot of the company's status page after {event}, which {happened} {when}.",
    "{Event}, {held} {when} at a convention centre, drew several thousand attendees, {who} said.",
    "Hosted by the company at its main campus, {event} {happened} {when}.",
    "The company's {noun}, which {who} said was {held} {when}, was livestreamed to developers "
    "around the world.",
)

DATE_SECOND = (
    "{Event}, which {happened} {when}, was covered widely by the trade press.",
    "Since {event} {happened} {when}, the company has said little publicly.",
    "Shares in the company moved sharply after {event} {happened} {when}.",
    "It was {when} that {event} {happened}, {who} reiterated.",
    "{Who} has maintained that {event} {happened} {when}.",
    "Asked again about the timing, {who} repeated that {event} {happened} {when}.",
    "The company's post-mortem puts it plainly: {event} {happened} {when}.",
    "That {event} {happened} {when} is not in dispute, {who} said.",
    "Details of {event}, which {who} says {happened} {when}, remain scarce.",
    "{Event}, which {happened} {when}, came up repeatedly on the firm's earnings call.",
    "Regulators began asking questions soon after {event} {happened} {when}.",
    "By the time {event} {happened} {when}, the company had already briefed its largest customers.",
    "{Event} {happened} {when}, {who} said again in a follow-up post.",
    "{when}, when {event} {happened}, few outside the company took notice.",
    "Much of the criticism stems from {event}, which {happened} {when}.",
    "{Who} said the lessons of {event}, which {happened} {when}, had been taken on board.",
    "Whatever the cause, {event} {happened} {when}, and the company is still answering questions about it.",
    "Ars Technica, which reviewed internal messages, reported that {event} {happened} {when}.",
    "The firm's account of {event} — that it {happened} {when} — has not been independently verified.",
    "It was {event}, which {happened} {when}, that first put the company on regulators' radar.",
    "In an email to customers, {who} said {event} {happened} {when}.",
    "Coverage of {event}, which {happened} {when}, dominated tech news sites for days.",
    "Then came {event}: it {happened} {when}, {who} said.",
    "{Event} {happened} {when}, according to a timeline shared by {who}.",
    "Employees were told about {event} only after it {happened} {when}, two people familiar with "
    "the matter said.",
    "A spokesperson pointed to the company's earlier statement, which said {event} {happened} {when}.",
    "The company's handling of {event}, which {happened} {when}, is now under review.",
    "What is known is that {event} {happened} {when}.",
    "{Event}'s timing — it {happened} {when} — drew comment from analysts.",
    "In the filing, the company reiterated that {event} {happened} {when}.",
    "Several customers contacted by The Verge said they first heard of {event} when it {happened} {when}.",
    "Following {event}, which {happened} {when}, {who} promised a fuller account.",
    "Update: The company's status page now says {event} {happened} {when}.",
    "Attendance at {event}, {held} {when}, was roughly double the previous edition's, {who} said.",
    "Much of the news from {event}, which the company hosted {when}, concerned its AI products.",
    "The {noun} — {held} {when}, with the chief executive on stage — is still being picked apart "
    "on developer forums.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one, for a follow-up or the next instance
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said a full post-mortem on {event} would be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A court hearing linked to {event} is scheduled to take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, drew record attendance.",
        "The next {noun} is scheduled to take place {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a status page.",
        "The company said it expects to brief regulators on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Lawmakers plan to question executives about {event} {when}.",
        "planned",
    ),
    NegativePair(
        "Hosted at the company's campus, {event} {happened} {when}.",
        "Organisers said next year's {noun} will be {held} {when} in a larger venue.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Changes prompted by {event} are due to take effect {when}, the company said.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "An independent audit of {event} is expected to be completed {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was first reported by The Register.",
        "The firm will publish its findings on {event} {when}, a spokesperson said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A second {noun}, to be hosted by the same company, will take place {when}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the other way round)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} later said {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "A status page update confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Records reviewed by The Register place {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, {who} said.",
        "{Event}, which {happened} {when}, has been widely covered.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {held} {when}, drew thousands of developers.",
        "Photos from {event}, which took place {when}, circulated widely online.",
        "compatible",
    ),
    NegativePair(
        "{Who} confirmed in a filing that {event} {happened} {when}.",
        "The filing is consistent with earlier reporting that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, a timeline from {who} shows.",
        "That timeline matches the company's status page, which shows {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "As first reported by TechCrunch, {event} {happened} {when}.",
        "{Who} confirmed the report, saying {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, {who} confirmed, {happened} {when}.",
        "Since {event} {happened} {when}, the company has issued two further updates.",
        "compatible",
    ),
    NegativePair(
        "In an email to The Verge, {who} said {event} {happened} {when}.",
        "The firm's account — that {event} {happened} {when} — matches what customers reported.",
        "compatible",
    ),
    # another: the second is a different instance with a date of its own
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when}, the company has previously disclosed.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "It was not the firm's first: an earlier {noun} {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "The {year} {noun}, which {happened} {when}, was handled very differently.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "Analysts compared it with {a_noun} that {happened} {when} at a rival firm.",
        "another",
    ),
    NegativePair(
        "{Event}, {held} {when}, drew several thousand developers.",
        "The previous {noun}, {held} {when}, drew about half as many.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to a status page.",
        "A similar {noun} at a competitor {happened} {when}, according to outage trackers.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Comparisons have been drawn with the {year} {noun} at another company, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "In a blog post, {who} said {event} {happened} {when}.",
        "That post made no mention of a smaller {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was first reported by Ars Technica.",
        "An unrelated {noun} {happened} {when}, {who} said.",
        "another",
    ),
    NegativePair(
        "Hosted at the company's headquarters, {event} {happened} {when}.",
        "The inaugural {noun} was {held} {when}, {who} said.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date38a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
