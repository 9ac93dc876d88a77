"""DATE bank date57a, written by a blind helper, round 57 (held out). Register: humanitarian, NGO and
UN-agency copy (OCHA flash updates, agency press releases, noon briefings): nominal, passive, hedged."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "cholera outbreak",
        ("was declared", "was confirmed", "broke out"),
        ("the health ministry", "the World Health Organization", "MSF", "local health authorities"),
    ),
    EventKind(
        "airstrike",
        ("was carried out", "took place", "was reported"),
        ("OCHA", "local sources", "residents", "the UN human rights office"),
    ),
    EventKind(
        "convoy attack",
        ("took place", "occurred", "was reported"),
        ("the World Food Programme", "OCHA", "humanitarian partners", "the UN spokesperson"),
    ),
    EventKind(
        "landslide",
        ("struck", "occurred", "hit"),
        ("the IFRC", "district authorities", "the national disaster agency", "community leaders"),
    ),
    EventKind(
        "flash flood",
        ("struck", "hit", "occurred"),
        ("OCHA", "Save the Children", "the national Red Crescent", "local officials"),
    ),
    EventKind(
        "boat capsizing",
        ("occurred", "took place", "was reported"),
        ("the UN refugee agency", "the IOM", "coastguard officials", "survivors"),
    ),
    EventKind(
        "pledging conference",
        ("was held", "took place", "was convened"),
        ("OCHA", "the UN Secretary-General", "donor governments", "the humanitarian coordinator"),
        hosted=True,
    ),
    EventKind(
        "abduction",
        ("took place", "occurred", "was reported"),
        ("Amnesty International", "local sources", "the ICRC", "family members"),
    ),
    EventKind(
        "warehouse looting",
        ("took place", "occurred", "was reported"),
        ("the World Food Programme", "UNICEF", "OCHA", "humanitarian partners"),
    ),
    EventKind(
        "shelter fire",
        ("broke out", "started", "was reported"),
        ("camp management", "the UN refugee agency", "the IOM", "camp residents"),
    ),
    EventKind(
        "dam breach",
        ("occurred", "happened", "was reported"),
        ("OCHA", "the IFRC", "the water authority", "local officials"),
    ),
    EventKind(
        "earthquake",
        ("struck", "hit", "occurred"),
        ("the IFRC", "OCHA", "the national seismological centre", "UNICEF"),
    ),
    EventKind(
        "forced eviction",
        ("took place", "was carried out", "was reported"),
        ("Human Rights Watch", "Amnesty International", "the shelter cluster", "residents"),
    ),
    EventKind(
        "landmine explosion",
        ("occurred", "happened", "was reported"),
        ("the UN Mine Action Service", "the ICRC", "local sources", "the district authorities"),
    ),
    EventKind(
        "ceasefire violation",
        ("occurred", "was recorded", "was reported"),
        ("UN monitors", "the UN spokesperson", "OCHA", "local sources"),
    ),
    EventKind(
        "stampede",
        ("occurred", "broke out", "took place"),
        ("the World Food Programme", "aid workers", "MSF", "witnesses"),
    ),
    EventKind(
        "refoulement",
        ("took place", "was carried out", "was documented"),
        ("the UN refugee agency", "Human Rights Watch", "Amnesty International", "legal aid groups"),
    ),
    EventKind(
        "hospital raid",
        ("was carried out", "took place", "occurred"),
        ("MSF", "the World Health Organization", "medical staff", "the ICRC"),
    ),
    EventKind(
        "mass burial",
        ("took place", "was carried out", "was conducted"),
        ("the ICRC", "local sources", "the UN human rights office", "community leaders"),
    ),
    EventKind(
        "aid suspension",
        ("was announced", "took effect", "came into force"),
        ("OCHA", "the World Food Programme", "the humanitarian coordinator", "NGO staff"),
    ),
    EventKind(
        "memorial ceremony",
        ("was held", "took place", "was organised"),
        ("community leaders", "the UN mission", "survivors' associations", "local officials"),
        hosted=True,
    ),
    EventKind(
        "airdrop",
        ("was carried out", "took place", "was conducted"),
        ("the World Food Programme", "OCHA", "the logistics cluster", "the UN spokesperson"),
    ),
    EventKind(
        "jailbreak",
        ("took place", "occurred", "was reported"),
        ("the UN mission", "local sources", "prison officials", "the UN human rights office"),
    ),
    EventKind(
        "sit-in",
        ("took place", "was held", "began"),
        ("organisers", "local sources", "the UN refugee agency", "Amnesty International"),
        hosted=True,
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to {who}.",
    "According to {who}, {event} {happened} {when}, although the information has not been "
    "independently verified.",
    "It was {when} that {event} {happened}, {who} said in a statement shared with humanitarian partners.",
    "In a flash update, {who} said {event} {happened} {when} and that partners were mobilising "
    "to assess the situation.",
    "Since {event} {when}, humanitarian partners in the district have been working to verify reports "
    "and coordinate a joint response, {who} said.",
    "Following {event} {when}, the humanitarian country team convened an emergency meeting to review "
    "access and security arrangements.",
    "Residents gather near the site of {event} {when}, in a photograph released by {who}.",
    "{Event}, which {happened} {when}, has prompted renewed calls from aid agencies for sustained "
    "funding and unimpeded access.",
    "Reports received by {who} indicate that {event} {happened} {when}; further details are expected "
    "once partners regain access to the area.",
    "Local sources reportedly informed the protection cluster that {a_noun} {happened} {when}, though "
    "the precise circumstances remain unclear.",
    '"We learned of {event} {when} and immediately began contacting our teams on the ground," '
    "a coordinator for one of the partner organisations said.",
    "Speaking to reporters at the noon briefing, the UN spokesperson said {event} {happened} {when} "
    "and that the Organization was following developments closely.",
    "{Who} documented {a_noun} {when} in the district, one of several developments noted in its "
    "latest situation report.",
    "The latest situation report, which covers {event} {when}, notes that humanitarian operations "
    "in the area have been partially suspended.",
    "As {who} confirmed, {event} {happened} {when}, a detail that several partner agencies have "
    "since corroborated.",
    "{Event}, which {who} described as the most serious development in the district for some time "
    "and which has strained an already overstretched response, {happened} {when}.",
    "Humanitarian partners were first alerted to {event} {when}, according to a note circulated by "
    "the coordination office.",
    "{Who} reported {a_noun} in the area {when}, adding that an inter-agency assessment mission would "
    "be deployed as soon as conditions allowed.",
    "{Event} ({when}, according to {who}) has added to pressure on a response plan that remains "
    "less than a third funded.",
    "When {event} {happened} {when}, only a handful of international staff remained in the district, "
    "aid officials said.",
    "The full implications of {event} {when} are still being assessed, {who} said.",
    "What {who} described as {a_noun} {happened} {when}, according to a note circulated to partners.",
    "Information shared by community leaders suggests that {event} {happened} {when}, although "
    "the full picture is not yet clear.",
    "{Event}, {held} {when} with the support of several UN agencies, was attended by representatives "
    "of affected communities, {who} said.",
    "There were no immediate details on the scale of {event}, which {who} said {happened} {when}.",
    "In a statement, {who} said it was closely monitoring the situation following {event} {when}.",
)

DATE_SECOND = (
    "{Event} {when} remains the most significant development recorded in the district, {who} said.",
    "Aid workers said they had not been able to return to the area since {event} {when}.",
    "Partners recalled that {event} {happened} {when}, at a time when access to the district was "
    "already severely restricted.",
    "Witnesses quoted by {who} said {event} {when} had left a deep impression on the community.",
    "In the days after {event} {when}, protection monitors recorded a rise in requests for assistance.",
    "As noted in earlier updates, {event} {happened} {when}.",
    "The response to {event}, which {happened} {when}, has been hampered by funding shortfalls, "
    "partners said.",
    "It was {when}, {who} reiterated, that {event} {happened}.",
    "Asked about {event} {when}, the spokesperson said the Organization had nothing further to add "
    "at this stage.",
    "Figures compiled since {event} {when} are still being reconciled across clusters, {who} said.",
    "{Event} {when}, referred to in several partner reports, has not been independently investigated.",
    "{Who} later confirmed that {event} {happened} {when}, consistent with accounts gathered from "
    "community members.",
    "Community leaders, some of whom witnessed {event} {when}, told assessment teams that needs "
    "remained largely unmet.",
    "A joint assessment mission was dispatched after {event} {when}, but it reached only part of "
    "the area, {who} said.",
    "{Event}, details of which were compiled by {who} from interviews with residents, local officials "
    "and staff of partner organisations working in the area, {happened} {when}.",
    "Aid workers at the site of {event} {when}, in an image shared by {who}.",
    '"Everything changed after {event} {when}," a community representative told visiting humanitarian staff.',
    "Referring to {event} {when}, the humanitarian coordinator said lessons would need to be drawn "
    "for future responses.",
    "The protection cluster's incident log lists {event} as having taken place {when}.",
    "Although {event} {happened} {when}, partners said follow-up by the authorities had been slow.",
    "The spokesperson again referred to {event} {when} in response to questions from journalists.",
    "In the account circulated by {who}, {event} is said to have taken place {when}.",
    "{Event} {when} was also mentioned in a note from the health cluster, {who} said.",
    "Those who {held} {event} {when} said they had been encouraged by the level of participation.",
    "Officials told the assessment team that {event} {happened} {when} and that they had informed "
    "the district authorities at once.",
    "Much of the coordination work of recent weeks, {who} noted, has been shaped by {event} {when}.",
)

NEGATIVES_DATE = (
    # planned: second {when} is filled with a future date
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A full assessment report on {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "An anniversary gathering marking {event} will take place {when}, community leaders said.",
        "planned",
    ),
    NegativePair(
        "Since {event} {when}, partners have scaled up their presence in the district.",
        "A follow-up inter-agency mission to the area of {event} is expected to be deployed {when}.",
        "planned",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "An independent inquiry into {event} is expected to begin its work {when}, the UN said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was discussed by the humanitarian country team.",
        "Donors are due to review the response to {event} {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, local sources said.",
        "The humanitarian coordinator will brief member states on {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} reported {event} {when}.",
        "Findings from the investigation into {event} will be shared with partners {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "Following {event} {when}, clusters met to agree on priorities.",
        "A revised flash appeal covering needs arising from {event} will be launched {when}, OCHA said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, the ICRC said.",
        "The ICRC said it would return to the site of {event} {when} to complete its documentation.",
        "planned",
    ),
    # compatible: second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Partners later said {event} {happened} {when}, shortly before dawn.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "{Event} {when} was documented in detail by the protection cluster.",
        "compatible",
    ),
    NegativePair(
        "Reports indicate that {event} {happened} {when}.",
        "According to the situation report, {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "Since {event} {when}, the delivery of assistance has been slow.",
        "Staff who reached the area soon after {event} {when} described widespread disruption.",
        "compatible",
    ),
    NegativePair(
        "Local sources said {event} {happened} {when}.",
        "It was {when}, the district authorities confirmed, that {event} {happened}.",
        "compatible",
    ),
    NegativePair(
        "Following {event} {when}, partners activated contingency plans.",
        "The incident log dates {event} precisely: it {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, prompted a joint response.",
        "{Who} recorded {event} {when} in its weekly update.",
        "compatible",
    ),
    NegativePair(
        "In a statement, {who} said {event} {happened} {when}.",
        "Field teams confirmed that {event} {happened} {when}, in the late afternoon.",
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A separate {noun} {happened} {when} in a neighbouring district, partners said.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "It followed an earlier {noun} in the same area, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "Since {event} {when}, partners have struggled to keep pace with needs.",
        "The {year} {noun}, which {happened} {when}, remains the point of comparison for many partners.",
        "another",
    ),
    NegativePair(
        "According to local sources, {event} {happened} {when}.",
        "A similar {noun} was reported {when} in another province, {who} said.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, OCHA said.",
        "Last year's {noun}, which {happened} {when}, was on a smaller scale, partners noted.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Another {noun} was recorded {when} some distance away, according to {who}.",
        "another",
    ),
    NegativePair(
        "Following {event} {when}, the cluster issued new guidance.",
        "Humanitarian partners recalled the {year} {noun}, which {happened} {when} in the same region.",
        "another",
    ),
    NegativePair(
        "{Who} documented {event} {when}.",
        "A previous {noun} in the neighbouring district {happened} {when}, the cluster noted.",
        "another",
    ),
    NegativePair(
        "Reports received by {who} indicate that {event} {happened} {when}.",
        "It was not the first {noun} in the area; one had also been reported {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date57a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
