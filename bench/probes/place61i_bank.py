"""PLACE bank place61i, written by a blind helper, round 61 (held out). Register: technology and
cybersecurity copy (tech desks, wire services, trade press): breaches, outages, launches, recalls, raids."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "data breach",
        ("occurred", "was discovered", "took place"),
        ("the company", "security researchers", "the data protection regulator", "a spokesperson"),
    ),
    EventKind(
        "ransomware attack",
        ("struck", "took place", "unfolded"),
        ("the hospital group", "security analysts", "a company spokesperson", "the national cyber agency"),
    ),
    EventKind(
        "cloud outage",
        ("occurred", "began", "struck"),
        ("the provider", "engineers", "network monitoring firms", "a spokesperson"),
    ),
    EventKind(
        "data centre fire",
        ("broke out", "started", "erupted"),
        ("firefighters", "the operator", "local officials", "a company spokesperson"),
    ),
    EventKind(
        "subsea cable cut",
        ("occurred", "happened", "was detected"),
        ("the cable consortium", "network engineers", "the telecoms regulator", "the operator"),
    ),
    EventKind(
        "exchange hack",
        ("took place", "was carried out", "occurred"),
        ("the exchange", "blockchain analysts", "investigators", "a spokesperson for the platform"),
    ),
    EventKind(
        "chip-plant shutdown",
        ("took place", "was ordered", "began"),
        ("the chipmaker", "industry analysts", "local authorities", "the company"),
    ),
    EventKind(
        "product recall",
        ("was announced", "was issued", "began"),
        ("the manufacturer", "the safety regulator", "a company spokesperson", "retailers"),
    ),
    EventKind(
        "satellite launch",
        ("took place", "went ahead", "was carried out"),
        ("the space agency", "the launch provider", "mission controllers", "officials"),
    ),
    EventKind(
        "launch failure",
        ("occurred", "happened", "took place"),
        ("the launch provider", "mission controllers", "the space agency", "flight safety officials"),
    ),
    EventKind(
        "keynote",
        ("was held", "was staged", "was delivered"),
        ("the company", "organisers", "attendees", "a spokesperson"),
        hosted=True,
    ),
    EventKind(
        "developer conference",
        ("was held", "took place", "opened"),
        ("organisers", "the company", "attendees", "the event's press office"),
        hosted=True,
    ),
    EventKind(
        "dawn raid",
        ("was carried out", "took place", "was conducted"),
        ("the competition authority", "regulators", "lawyers for the company", "officials"),
    ),
    EventKind(
        "phishing campaign",
        ("was detected", "was uncovered", "began"),
        ("security researchers", "the bank", "the national cyber agency", "a threat-intelligence firm"),
    ),
    EventKind(
        "system crash",
        ("occurred", "happened", "struck"),
        ("the airport operator", "the bank", "airline staff", "a spokesperson"),
    ),
    EventKind(
        "software rollout",
        ("went wrong", "faltered", "stalled"),
        ("the vendor", "hospital staff", "the company", "IT contractors"),
    ),
    EventKind(
        "cryptojacking",
        ("was detected", "was uncovered", "took place"),
        ("security researchers", "the cloud provider", "investigators", "the university"),
    ),
    EventKind(
        "hackathon",
        ("was held", "took place", "was staged"),
        ("organisers", "participants", "the sponsor", "the university"),
        hosted=True,
    ),
    EventKind(
        "battery fire",
        ("broke out", "started", "flared up"),
        ("firefighters", "the manufacturer", "local officials", "the warehouse operator"),
    ),
    EventKind(
        "denial-of-service attack",
        ("took place", "was launched", "peaked"),
        ("the bank", "network monitoring firms", "the government", "security analysts"),
    ),
    EventKind(
        "signal jamming",
        ("was detected", "was reported", "occurred"),
        ("aviation authorities", "pilots", "the telecoms regulator", "defence officials"),
    ),
    EventKind(
        "cyberheist",
        ("took place", "was carried out", "unfolded"),
        ("the central bank", "investigators", "police", "forensic accountants"),
    ),
    EventKind(
        "delivery drone crash",
        ("occurred", "happened", "took place"),
        ("the operator", "aviation investigators", "police", "the company"),
    ),
    EventKind(
        "signing ceremony",
        ("was held", "took place", "was staged"),
        ("the ministry", "the chipmaker", "officials", "the government"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} in {where}, though the full picture was still "
    "emerging hours later.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "{Who} said {event}, which {happened} in {where}, was being reviewed by an internal team.",
    "In {where}, where {event} {happened}, staff were told to expect further updates by the end of the day.",
    "The {noun} in {where} drew immediate attention from industry analysts, {who} said.",
    "A view of the site in {where} where {event} {happened}, in an image released by {who}.",
    "Timeline: {event} in {where}, as pieced together by {who}.",
    "{where}'s {noun} was confirmed by {who} late in the evening, after hours of speculation online.",
    "In a filing with regulators, the company disclosed that {event} {happened} at one of its "
    "sites in {where}.",
    "When {event} {happened} in {where}, most of the company's senior engineers were away at an "
    "offsite meeting, {who} said.",
    '"We can confirm that {event} {happened} in {where}," a spokesperson said, adding that more '
    "details would follow.",
    "{Event}, in {where}, quickly became the most discussed topic on industry forums, {who} said.",
    "{Event}, details of which {who} said were still being pieced together from logs, interviews "
    "and partial records supplied by several contractors, {happened} in {where}.",
    "What {who} described as {a_noun} {happened} in {where}, according to people familiar with the matter.",
    "Details of {event} in {where} emerged through a regulatory filing rather than a press release.",
    "{Who} confirmed that {event} {happened} in {where} but declined to comment further, citing "
    "an ongoing review.",
    "Just outside {where}, {event} {happened}, according to {who}.",
    "Security analysts said {event} in {where} would be studied closely by rivals and regulators alike.",
    "The location of {event} was given as {where} in an initial notice from {who}.",
    "{Event} {happened} in {where}.",
    "Hours after {event} {happened} in {where}, executives were still fielding calls from "
    "customers and partners.",
    "A post on the company's engineering blog said {event} {happened} in {where} and gave a rough timeline.",
    "{Event} (in {where}, according to {who}) set off a flurry of internal emails seen by reporters.",
    "Regulators were notified of {event} at a site in {where} within hours, a person familiar "
    "with the matter said.",
    "Engineers traced the first reports of {event} to {where}, {who} said.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly across industry chat groups.",
    "Since {event} in {where}, the company has tightened its internal procedures, {who} said.",
    "The {noun} in {where} remains under review.",
    "Questions remain about how {event} in {where} was handled, {who} said.",
    "{where}'s {noun} has since become something of a case study at industry conferences.",
    "Asked about {event} in {where}, a spokesperson declined to give further details.",
    "Analysts who followed {event} in {where} said the company's response would shape how "
    "customers judged it for years.",
    "The fallout from {event} in {where} is expected to feature in the company's next quarterly filing.",
    "Images shared online were said to come from {event} in {where}, though they could not be "
    "independently verified.",
    "It was only after {event} in {where} that the board commissioned an external review, {who} said.",
    "{Who} said the {noun} in {where} had been handled according to established procedures.",
    "A full account of {event} in {where} is expected in a report to regulators.",
    "Back in {where}, where {event} {happened}, staff returned to work under tighter supervision.",
    "Several people who were in {where} when {event} {happened} described a confused few hours.",
    "The company has not said how much {event} in {where} will cost it.",
    "In the weeks after {event} in {where}, competitors moved quickly to reassure their own customers.",
    "Lessons from {event} in {where} were cited repeatedly by speakers at a later industry panel.",
    '"What happened in {where} caught a lot of people off guard," one engineer said of {event}.',
    "{Event} in {where}, security analysts said, exposed gaps that had gone unnoticed for years.",
    "File photo: the site of {event} in {where}.",
    "Insurers were still assessing claims linked to {event} in {where}, according to {who}.",
    "Whether {event} in {where} was handled well is a question the company has so far avoided.",
    "The {noun} that {happened} in {where} was mentioned only briefly in the company's annual report.",
    "{Event}, which the company later said had absorbed much of its leadership's attention for "
    "the rest of the quarter, {happened} in {where}.",
    "According to {who}, the response to {event} in {where} involved staff from at least three departments.",
    "A spokesperson for the regulator said it was aware of {event} in {where} and was in contact "
    "with the company.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A team of officials from {other}, the regional capital, arrived later to assess {event}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The district is administered from {other}, the provincial capital, where officials said "
        "they were monitoring {event} closely.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "Authorities in {other}, which oversees the surrounding region, said they had been "
        "briefed on {event}.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} just outside {where}.",
        "The nearest major city, {other}, was not affected by the {noun}, officials said.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} {happened} at a site in {where}, {who} said.",
        "Replacement hardware was flown in from a warehouse in {other} to get systems running "
        "again after {event}.",
        "origin",
    ),
    NegativePair(
        "The {noun} in {where} drew a large response from the company.",
        "Specialist engineers travelled from {other} to assist the local team with the {noun}.",
        "origin",
    ),
    NegativePair(
        "Officials confirmed that {event} {happened} in {where}.",
        "Many of the contractors called in after {event} had come from {other}, the company said.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Two workers hurt during {event} were taken to a hospital in {other} for treatment.",
        "destination",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The chief executive cut short a trip and flew on to {other} after being briefed on {event}.",
        "destination",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "Traffic was rerouted to servers in {other} while engineers dealt with the {noun}.",
        "destination",
    ),
    NegativePair(
        "When {event} {happened} in {where}, engineers moved quickly to preserve evidence.",
        "Damaged equipment from the {noun} was shipped to a laboratory in {other} for analysis.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking in {other}, the minister said the government was following {event} closely.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event}, which {happened} in {where}, was under review.",
        "The company issued its statement on {event} through its press office in {other}.",
        "reporter",
    ),
    NegativePair(
        "The {noun} in {where} was first flagged by {who}.",
        "At a news conference in {other}, the regulator's chair was asked repeatedly about {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}.",
        "The firm at the centre of the {noun}, which is based in {other}, said it was cooperating fully.",
        "hometown",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "One of the engineers on duty during {event}, who lives in {other}, said the night was "
        "unlike any she had worked before.",
        "hometown",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "{Who} said the operator, headquartered in {other}, had notified customers of {event} by email.",
        "hometown",
    ),
    # another
    NegativePair(
        "The {noun} in {where} was confirmed by {who}.",
        "It followed a similar {noun} in {other} last year, which was never fully explained.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Security analysts compared {event} with {a_noun} in {other} several years ago.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The company has dealt with {a_noun} before, in {other}, though on a much smaller scale.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A public inquiry into {event} is due to open in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "Executives are expected to discuss the {noun} at a meeting with regulators in {other}.",
        "planned",
    ),
    NegativePair(
        "The {noun} in {where} is being examined by an internal team.",
        "The company said it would present its findings on {event} at an industry forum in "
        "{other} later in the year.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Customers staged a small protest outside the company's offices in {other} over its "
        "handling of {event}.",
        "reaction",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "In {other}, users' groups held a packed meeting to voice anger over {event}.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Employees at the company's office in {other} gathered for a vigil for colleagues "
        "affected by {event}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place61i",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
