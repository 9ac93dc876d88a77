"""DATE bank date60h, written by a blind helper, round 60 (held out). Register: live-blog and rolling
coverage copy (recaps, 'what we know so far', timestamps, corrections, second-hand official quotes)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "gas cylinder blast",
        ("occurred", "went off", "happened"),
        ("police", "fire officials", "witnesses", "local media"),
    ),
    EventKind(
        "stampede",
        ("broke out", "occurred", "happened"),
        ("police", "organisers", "hospital officials", "witnesses"),
    ),
    EventKind(
        "chemical plant fire",
        ("broke out", "started", "erupted"),
        ("firefighters", "the plant's operators", "environmental officials", "residents"),
    ),
    EventKind(
        "hostage siege",
        ("began", "unfolded", "started"),
        ("police", "security officials", "negotiators", "state media"),
    ),
    EventKind(
        "grid failure",
        ("occurred", "struck", "happened"),
        ("the network operator", "energy officials", "engineers", "the regulator"),
    ),
    EventKind(
        "derailment",
        ("happened", "occurred", "took place"),
        ("the rail operator", "accident investigators", "passengers", "transport officials"),
    ),
    EventKind(
        "levee breach",
        ("occurred", "happened", "took place"),
        ("flood officials", "the army corps", "county officials", "residents"),
    ),
    EventKind(
        "crane collapse",
        ("happened", "occurred", "took place"),
        ("the construction firm", "safety inspectors", "police", "workers on the site"),
    ),
    EventKind(
        "landslide",
        ("struck", "came down", "occurred"),
        ("rescue teams", "disaster officials", "villagers", "the provincial government"),
    ),
    EventKind(
        "prison break",
        ("took place", "happened", "occurred"),
        ("prison officials", "the justice ministry", "police", "guards"),
    ),
    EventKind(
        "supreme court ruling",
        ("was handed down", "was issued", "was delivered"),
        ("court officials", "lawyers for the plaintiffs", "legal analysts", "the attorney general's office"),
    ),
    EventKind(
        "minister's resignation",
        ("was announced", "came", "was tendered"),
        ("government sources", "the prime minister's office", "aides", "opposition politicians"),
    ),
    EventKind(
        "emergency summit",
        ("took place", "was held", "convened"),
        ("diplomats", "the host government", "officials", "delegates"),
        hosted=True,
    ),
    EventKind(
        "protest march",
        ("took place", "was held", "went ahead"),
        ("organisers", "police", "marchers", "city officials"),
        hosted=True,
    ),
    EventKind(
        "mid-air collision",
        ("happened", "occurred", "took place"),
        ("aviation authorities", "air traffic controllers", "the airline", "crash investigators"),
    ),
    EventKind(
        "ferry capsizing",
        ("happened", "occurred", "took place"),
        ("the coastguard", "port officials", "survivors", "the ferry company"),
    ),
    EventKind(
        "sinkhole",
        ("opened up", "appeared", "formed"),
        ("city engineers", "geologists", "residents", "the highways agency"),
    ),
    EventKind(
        "jewellery heist",
        ("took place", "was carried out", "happened"),
        ("detectives", "the store's owners", "police", "insurers"),
    ),
    EventKind(
        "cyberattack",
        ("was launched", "was detected", "took place"),
        ("security researchers", "the company", "government officials", "the national cyber agency"),
    ),
    EventKind(
        "memorial service",
        ("was held", "took place", "went ahead"),
        ("organisers", "church officials", "relatives", "mourners"),
        hosted=True,
    ),
    EventKind(
        "evacuation order",
        ("was issued", "was given", "came into force"),
        ("emergency officials", "the mayor's office", "civil defence", "local authorities"),
    ),
    EventKind(
        "ammonia leak",
        ("occurred", "was detected", "began"),
        ("plant managers", "hazmat crews", "health officials", "the fire service"),
    ),
    EventKind(
        "impeachment vote",
        ("was held", "took place", "went ahead"),
        ("parliamentary officials", "lawmakers", "party whips", "the speaker's office"),
        hosted=True,
    ),
    EventKind(
        "mine cave-in",
        ("happened", "occurred", "took place"),
        ("the mining company", "rescue workers", "union officials", "the labour ministry"),
    ),
)

DATE_FIRST = (
    "Here is a recap for readers just joining us: {event} {happened} {when}, and {who} are still "
    "piecing together exactly what went wrong.",
    "To bring you up to speed, {who} said {event} {happened} {when}.",
    "It was {when} that {event} {happened}, according to {who}, although the first reports reached "
    "this desk only some time later.",
    "What we know so far: {event} {happened} {when}, and no full official account has yet been released.",
    "Our correspondent reports that {event}, which {happened} {when}, has left many people in the "
    "area shaken and looking for answers.",
    '"We can confirm that {event} {happened} {when}," an official told our reporter at the scene.',
    "Shortly after {event} {happened} {when}, the first images began circulating on social media.",
    "Key points so far: {event} {when}, casualty figures unconfirmed, and an investigation under way.",
    "Pictured: emergency crews and onlookers gathered at the scene of {event} {when}.",
    "According to {who}, {event} {happened} {when}, and the surrounding area remains cordoned off.",
    "The timing of {event} -- {when}, just as crowds were thinning -- has already raised questions.",
    "What unfolded {when}, {who} said, was {a_noun} far more serious than anyone had first assumed.",
    "{Event} ({when}, according to {who}) is the latest in a string of troubling incidents in the region.",
    "{Event}, which officials at first played down and which dominated local radio for much of the "
    "afternoon, {happened} {when}, {who} said.",
    "Clarification: an earlier version of this post misstated the number of people affected; "
    "{event} {happened} {when}, as we reported at the time.",
    "We are hearing from {who} that {event} {happened} {when}, though details remain sketchy.",
    "Earlier we reported that {event} {happened} {when}; we will bring you more as it comes in.",
    "Although {event} {happened} {when}, it took hours for the full picture to emerge.",
    "{Who} told reporters that {event} {happened} {when} and that an inquiry had been opened.",
    "Update, 14:05 -- {who} said {event} {happened} {when}, correcting some of the early accounts "
    "that had circulated online.",
    "For those just tuning in: {a_noun} {happened} {when}, and we have been following developments "
    "ever since.",
    "In a post on social media, the regional governor said {event} {happened} {when} and urged "
    "people to stay calm.",
    '"Everything changed {when}," one resident said of {event}, "and nobody has told us anything since."',
    "Footage of {event}, which {happened} {when}, was being shared widely online within minutes.",
    "The main story this hour: {event} {happened} {when}, and {who} have promised a fuller statement.",
    "Details are still scarce about {event} {when}, but {who} said more information was expected shortly.",
)

DATE_SECOND = (
    "Several people we spoke to said {event} {when} had caught them completely off guard.",
    "{Event}, which {who} said {happened} {when}, is now the subject of an official review.",
    "Questions are now being asked about the decisions that led up to {event} {when}.",
    "Looking back at {event} {when}, one official admitted privately that the warning signs had been missed.",
    "Since {event} {happened} {when}, the mood in the area has shifted noticeably, our correspondent says.",
    '"Nobody warned us before {event} {when}," one local woman told our team.',
    "Recapping the main points: {event} {when}, an inquiry promised, and still no official explanation.",
    "{Who} stood by the account that {event} {happened} {when}.",
    "In the days after {event} {when}, officials fielded a steady stream of questions from the public.",
    "Asked about {event} {when}, a government spokesperson declined to comment further.",
    "It was {event} {when}, rather than anything that followed, that drew the most attention.",
    "Much of the afternoon's coverage returned to {event}, which, as {who} pointed out, {happened} {when}.",
    "File photo: the scene in the hours after {event} {when}.",
    "Our reporter, who was nearby when {event} {happened} {when}, described the atmosphere as tense.",
    "Officials have spent much of the week trying to reassure the public, insisting that lessons will "
    "be learned from {event} {when}.",
    '{Event} {when} was, in the words of one local councillor, "a wake-up call for all of us".',
    "A timeline released by {who} places {event} {when}.",
    "We are now hearing more about {event} {when}, including how long it took the authorities to react.",
    "Anyone with information about {event} {when} is being urged to contact the authorities.",
    "{Who} later said that {event} {happened} {when}, a detail that had not been made public before.",
    "Reaction to {event} {when} has been swift, with opposition figures demanding answers.",
    "As we reported earlier, {event} {happened} {when}.",
    "Back to our main story: the fallout from {event} {when} continues to dominate the day.",
    "{Event} -- {when}, to recap -- has already prompted two separate reviews.",
    'Writing on social media, a local MP said {event} {when} had exposed "serious failings".',
    "Whatever the official explanation turns out to be, {event} {happened} {when}, and that, "
    "relatives say, is the one fact nobody disputes.",
)

NEGATIVES_DATE = (
    # planned: second sentence is a future or scheduled thing related to the past event
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A full report into {event} is due to be published {when}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}, according to {who}.",
        "An independent inquiry into {event} is expected to open {when}, officials said.",
        "planned",
    ),
    NegativePair(
        "Here is a recap for readers just joining us: {event} {happened} {when}.",
        "Ministers are expected to discuss {event} when they meet {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "A public hearing on {event} will take place {when}, the council confirmed.",
        "planned",
    ),
    NegativePair(
        "Our correspondent reports that {event} {happened} {when}.",
        "Investigators say their preliminary findings on {event} will be released {when}.",
        "planned",
    ),
    NegativePair(
        "To bring you up to speed, {event} {happened} {when}.",
        "Campaigners say they will stage a rally over the handling of {event} {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} ({when}) is still under investigation, {who} said.",
        "The first court hearing linked to {event} is expected {when}.",
        "planned",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "Lawmakers will question senior officials about {event} {when}, a parliamentary committee said.",
        "planned",
    ),
    NegativePair(
        "Footage of {event} {when} was shared widely online.",
        "A documentary about {event} is set to air {when}, the broadcaster announced.",
        "planned",
    ),
    # compatible: same event, second date lies inside the first
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Officials later confirmed that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "{Who} said {event} {when} had been handled as well as could be expected.",
        "compatible",
    ),
    NegativePair(
        "What we know so far: {a_noun} {happened} {when}.",
        "A timeline shared by {who} places {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, remains the focus of our coverage.",
        "Our reporter, who was in the area {when}, saw {event} first-hand.",
        "compatible",
    ),
    NegativePair(
        "Here is a recap for readers just joining: {event} {happened} {when}.",
        "Asked about {event} {when}, a spokesperson declined to comment further.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        '"Nobody expected {event} {when}," one local resident told us.',
        "compatible",
    ),
    NegativePair(
        "Earlier we reported that {event} {happened} {when}.",
        "Pictured: the scene of {event} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event} {when} is now the subject of an official review.",
        "According to {who}, {event} {happened} {when}.",
        "compatible",
    ),
    # another: second sentence is about a different instance of the same kind
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It follows a separate {noun} that {happened} {when}.",
        "another",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "Last year's {noun}, which {happened} {when}, is still fresh in many people's minds.",
        "another",
    ),
    NegativePair(
        "What we know so far: {event} {happened} {when}.",
        "The {year} {noun}, by contrast, {happened} {when} and drew far less attention.",
        "another",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "{Who} noted that a similar {noun} {happened} {when} in a neighbouring district.",
        "another",
    ),
    NegativePair(
        "Our correspondent reports that {event} {happened} {when}.",
        "An earlier {noun}, {when}, had prompted promises of reform that were never kept.",
        "another",
    ),
    NegativePair(
        "{Event} {when} has left the community reeling.",
        "Another {noun} {happened} {when}, though on a much smaller scale.",
        "another",
    ),
    NegativePair(
        "To bring you up to speed, {event} {happened} {when}.",
        "This is not the first time: {a_noun} {happened} {when} too, {who} recalled.",
        "another",
    ),
    NegativePair(
        "We are hearing that {event} {happened} {when}.",
        "The {year} {noun} -- a different one entirely -- {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being investigated.",
        "Officials compared it with a previous {noun} {when}, which led to sweeping changes.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date60h",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
