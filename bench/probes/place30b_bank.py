"""Place bank place30b, written by helper place30b, round 30 (blind author). It imitates US and
Canadian local and community news: TV station websites, small-town dailies and patch-style
neighborhood sites covering house fires, crashes, shootings, storms, water-main breaks,
school-board and town-hall meetings, county fairs, parades, vigils and rodeos.

Habits of phrasing it uses: datelines ("{where} — ..."), UPDATE and "What we know" tags,
viewer call-outs ("Were you in ...? Send us your photos"), photo captions and gallery
pointers, attribution to a sheriff's office, fire marshal or public works department put
first or last, times of day ("shortly before 3 a.m. Sunday"), street-level detail
("near the intersection of Main Street and Route 9") that pushes the place far from the
event noun, the place as a compound modifier ("the {where} {noun}", "the {where} area")
or possessive ("{where}'s {noun}"), relative clauses ("where ... happened"), clefts
("It was in {where} that ..."), resident quotes, and recap lines ("To recap: ...")."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "house fire",
        ("broke out", "gutted a two-story home", "started in the garage", "was reported by a neighbor"),
        ("the fire marshal", "the fire chief", "firefighters", "the county fire department"),
    ),
    EventKind(
        "two-vehicle crash",
        (
            "happened",
            "closed the highway for hours",
            "sent two people to the hospital",
            "involved a pickup truck",
        ),
        ("state troopers", "the sheriff's office", "the highway patrol", "police"),
    ),
    EventKind(
        "shooting",
        ("happened", "left one man wounded", "was reported", "took place outside a convenience store"),
        ("police", "the police chief", "detectives", "a police spokesperson"),
    ),
    EventKind(
        "water main break",
        ("flooded several streets", "left homes without water", "was reported", "opened up a sinkhole"),
        ("the public works department", "city engineers", "the water utility"),
    ),
    EventKind(
        "school board meeting",
        ("ran past midnight", "got heated", "drew a packed room", "was held"),
        ("the superintendent", "the school district", "board members"),
        hosted=True,
    ),
    EventKind(
        "town hall meeting",
        ("drew dozens of residents", "was held", "lasted nearly three hours", "turned testy"),
        ("the mayor's office", "organizers", "the congressman's staff"),
        hosted=True,
    ),
    EventKind(
        "county fair",
        ("opened", "drew record crowds", "wrapped up", "kicked off"),
        ("the fair board", "fair organizers", "the county extension office"),
        hosted=True,
    ),
    EventKind(
        "holiday parade",
        ("stepped off", "went ahead despite the cold", "drew thousands", "rolled down Main Street"),
        ("parade organizers", "the chamber of commerce", "the city's events office"),
        hosted=True,
    ),
    EventKind(
        "street festival",
        ("returned", "drew big crowds", "kicked off", "wrapped up"),
        ("organizers", "the festival committee", "the downtown business association"),
        hosted=True,
    ),
    EventKind(
        "tornado",
        ("touched down", "struck", "ripped the roofs off several homes", "was confirmed"),
        ("the National Weather Service", "meteorologists", "emergency management officials"),
    ),
    EventKind(
        "ice storm",
        ("knocked out power to thousands", "moved through", "coated roads", "hit"),
        ("forecasters", "Environment Canada", "road crews"),
    ),
    EventKind(
        "apartment fire",
        (
            "displaced a dozen tenants",
            "broke out on the third floor",
            "started",
            "forced residents into the cold",
        ),
        ("fire officials", "the Red Cross", "the fire department"),
    ),
    EventKind(
        "police standoff",
        ("ended peacefully", "lasted for hours", "began", "ended with an arrest"),
        ("the SWAT team commander", "police", "the sheriff"),
    ),
    EventKind(
        "gas leak",
        ("forced an evacuation", "was discovered", "prompted evacuations", "closed several blocks"),
        ("the gas company", "fire officials", "the utility"),
    ),
    EventKind(
        "power outage",
        ("left thousands in the dark", "began", "lasted hours", "knocked out traffic lights"),
        ("the power company", "the hydro utility", "utility crews"),
    ),
    EventKind(
        "hit-and-run",
        ("happened", "left a pedestrian injured", "was reported", "occurred"),
        ("police", "traffic investigators", "the police department"),
    ),
    EventKind(
        "candlelight vigil",
        ("was held", "drew hundreds", "took place", "brought the community together"),
        ("organizers", "the victim's family", "church leaders"),
        hosted=True,
    ),
    EventKind(
        "rodeo",
        ("drew record crowds", "was held", "wrapped up", "opened"),
        ("rodeo organizers", "the rodeo association", "the stampede board"),
        hosted=True,
    ),
    EventKind(
        "bank robbery",
        ("happened", "was reported", "took place", "ended with the suspect fleeing on foot"),
        ("the FBI", "police", "investigators"),
    ),
    EventKind(
        "flash flood",
        ("swamped roads", "washed out a bridge", "hit", "struck"),
        ("the weather service", "county emergency officials", "the fire department"),
    ),
    EventKind(
        "train derailment",
        ("happened", "sent cars off the tracks", "occurred", "spilled grain across the tracks"),
        ("the railroad", "federal investigators", "the Transportation Safety Board"),
    ),
    EventKind(
        "charity 5K",
        ("raised thousands", "was held", "drew hundreds of runners", "went off without a hitch"),
        ("race organizers", "the hospital foundation", "the running club"),
        hosted=True,
    ),
    EventKind(
        "graduation ceremony",
        ("was held", "took place", "honored more than 300 seniors", "went on despite the rain"),
        ("the principal", "the school district", "school officials"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{where} — {Event} {happened} early Saturday, according to {who}.",
    "{Event} {happened} shortly before 3 a.m. Sunday on a quiet residential street on the east "
    "side of {where}, {who} said.",
    "According to {who}, {event} {happened} in {where} just after the dinner hour Tuesday.",
    "It was in {where} that {event} {happened}, {who} confirmed Thursday afternoon.",
    "Neighbors in {where} were still talking Monday about {event}, which {happened} over the weekend.",
    "{Who} tells us {event} {happened} in {where}, and more details are expected later today.",
    "Viewers sent us video of {a_noun} in {where} Friday night.",
    "The {where} {noun} {happened} around 6:30 p.m., {who} said.",
    "{where}'s {noun} {happened} Wednesday night, {who} said in a news release.",
    "What we know so far: {Event} {happened} in {where} late Monday, per {who}.",
    "UPDATE (4:15 p.m.): {Who} confirmed {event} {happened} in {where} and asked people to steer "
    "clear of the area.",
    "Traffic was backed up for miles around {where}, where {event} {happened} late in the afternoon.",
    '"I\'ve lived in {where} for 30 years and never seen anything like it," one resident said of '
    "{event}, which {happened} Tuesday.",
    "In {where}, {event} {happened} Sunday afternoon, {who} reported.",
    "Just outside downtown {where}, {a_noun} {happened} shortly after noon Thursday.",
    "Arriving in {where} a little after midnight, {who} said {event} {happened} minutes before "
    "they got there.",
    "{Event} {happened} in {where}, a community still recovering from last spring's flooding, {who} said.",
    "{Who} said the first call came in at about 4:40 p.m. and that {event} {happened} near the "
    "intersection of Main Street and Route 9 in {where}.",
    "Pictured: {event} in {where} on Saturday afternoon. (Submitted photo)",
    "Were you in {where} when {event} {happened}? Send us your photos and video.",
    "Stay with us for updates on {event} in {where}.",
    "It's not yet clear what led up to {event} in {where}, and {who} said more information would come later.",
    "According to a post from {who}, {event} {happened} Friday evening in {where}.",
    "{Event} that {happened} in {where} on Monday is getting attention well beyond the county line.",
    "Tuesday's {noun} in {where} {happened} around the lunch hour, {who} said.",
    "Our crew in {where} was on scene minutes after {event} {happened}.",
    "From the newsroom: {Who} confirmed that {event} {happened} in {where} overnight.",
    "{where} officials said {event} {happened} Monday and thanked residents for their patience.",
    "{Event} in the {where} area {happened} Saturday, {who} said.",
    "Here's what we know about {a_noun} that {happened} in {where} early Sunday.",
    "{Who} posted on Facebook around 9 p.m. that {event} {happened} in {where}.",
    "Residents of {where} woke up Wednesday to news that {event} {happened} overnight.",
    "{Event}, which {who} said {happened} in {where} at about 11 p.m., caps a busy week for the area.",
    "{Event} was {held} in {where} this past weekend, {who} said.",
    "{where} hosted {event} for the first time, according to {who}.",
    "Saturday's {noun}, {held} at a park in {where}, drew a larger crowd than {who} had planned for.",
    "Hundreds turned out in {where} for {event}, which was {held} Thursday evening.",
)

PLACE_SECOND = (
    "{Who} said more details about {event} in {where} would be released Monday.",
    "Back in {where}, people were still talking about {event} days later.",
    "The {where} {noun} {happened} just as people were heading home from work, {who} said.",
    "{where}'s {noun} is expected to come up at next week's council meeting.",
    "Anyone who saw {event} in {where} is asked to contact {who}.",
    "As for {event} in {where}, {who} said no one was hurt.",
    "In {where}, where {event} {happened}, cleanup was expected to take a few days.",
    '"You don\'t forget something like that," a {where} resident said of {event}.',
    "{Event} {happened} in {where}, {who} confirmed in a follow-up statement Sunday.",
    "Cellphone video shot in {where} captured part of {event}.",
    "Officials in {where} plan to review how they handled {event}.",
    "Saturday's {noun} in {where} was the first of its kind there in years, {who} said.",
    "{Event} in {where} made headlines across the region.",
    "UPDATE: {Who} said {event} in {where} {happened} earlier than first reported.",
    "The {noun}, which {happened} on the outskirts of {where}, drew attention from neighboring communities.",
    "Those living nearest the site of {event}, on the north side of {where}, said they heard "
    "about it on social media first.",
    "It was in {where}, {who} repeated on Monday, that {event} {happened}.",
    "Coverage of the {where} {noun} continues on our website and app.",
    "{Who} thanked the people of {where} for their patience during {event}.",
    "Asked about {event}, the mayor of {where} said the city would learn from it.",
    "Traffic in {where} returned to normal by Monday morning, two days after {event}.",
    "Schools in {where} were open Monday as usual following {event}.",
    "Photos from {event} in {where} are in the gallery above.",
    "{Who} spent much of the week in {where} following up on {event}.",
    "Looking back on {event} in {where}, {who} said there were lessons to take from it.",
    "Here's a look at {event} in {where}, as captured by our crew.",
    "To recap: {Event} {happened} in {where} on Saturday, per {who}.",
    "Residents in {where} who were affected by {event} can call a hotline set up by {who}.",
    "{Who} has not said when a full report on {event} in {where} will be ready.",
    "Meanwhile, in {where}, {event} was still the talk of the local diner.",
    "By the time {event} {happened} in {where}, {who} already had people in place.",
    "Our cameras were rolling in {where} when {event} {happened}.",
    "The mood in {where} the morning after {event} was quiet, neighbors told us.",
    "{Event} was {held} in {where}, {who} confirmed, and it went off largely as planned.",
    "{where} hosted {event}, and {who} said turnout was strong.",
    "Parking near the {where} {noun} filled up fast, and {who} urged people to carpool next time.",
)

NEGATIVES_PLACE = (
    NegativePair(
        "{Event} {happened} in {where} on Saturday, {who} said.",
        "One of those at the scene in {where} had driven in from {other} that morning.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} just after noon.",
        "Word of {event} in {where} quickly reached relatives in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "A similar {noun} in {other} last year prompted changes in how such calls are handled.",
        "from_to",
    ),
    NegativePair(
        "{where} — {Event} {happened} late Tuesday, according to {who}.",
        "{where} officials said they are studying how {other} dealt with {a_noun} of its own.",
        "from_to",
    ),
    NegativePair(
        "{Event} was {held} in {where} over the weekend.",
        "Next year's {noun} will be {held} in {other}, {who} announced.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} on the west side of {where} Thursday night.",
        "After {event} in {where}, several families left to stay with relatives in {other}.",
        "from_to",
    ),
    NegativePair(
        "Viewers in {where} sent us pictures of {event} as it {happened}.",
        "A woman originally from {other} was among the first to post video of {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}, {who} said.",
        "Relatives watching from {other} learned about {event} in {where} on social media.",
        "from_to",
    ),
    NegativePair(
        "{where}'s {noun} {happened} Sunday evening, {who} said.",
        "{Who} said {event} in {where} was bigger than anything seen in {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} told our station.",
        "The {noun} in {where} drew comparisons to one in {other} a few years back.",
        "from_to",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where} early Friday.",
        "A team flew in from {other} to help after {event} in {where}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} last week, {who} said.",
        "Donations for those affected by {event} in {where} have come from as far away as {other}.",
        "from_to",
    ),
    NegativePair(
        "The {where} {noun} {happened} just before sunset, {who} said.",
        "Unlike {where}, {other} has not seen {a_noun} in years.",
        "from_to",
    ),
    NegativePair(
        "{where} hosted {event} on Saturday, {who} said.",
        "Some of those at the {noun} {where} hosted had traveled all the way from {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Wednesday, {who} confirmed.",
        "The family had moved to {where} from {other} two years before {event}.",
        "from_to",
    ),
    NegativePair(
        "{Event} in {where} {happened} around 8 p.m., per {who}.",
        "A reporter for a station in {other} was in {where} covering {event}.",
        "from_to",
    ),
    NegativePair(
        "Saturday's {noun}, {held} in {where}, drew a big crowd.",
        "Organizers in {other} said they hope to stage {a_noun} like the one {where} hosted.",
        "from_to",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where} overnight.",
        "Wire services in {other} picked up the story of {event} in {where} by morning.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said Monday.",
        "Before arriving in {where} for {event}, the crew had spent a week in {other}.",
        "from_to",
    ),
    NegativePair(
        "Residents of {where} are still talking about {event}, which {happened} Friday.",
        "{Event} in {where} was still on people's minds as a local delegation left for {other}.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} early Monday, {who} said.",
        "A {where} native now living in {other} said she watched {event} unfold on a livestream.",
        "from_to",
    ),
    NegativePair(
        "{Event} {happened} in {where} late Friday, {who} said.",
        "News of {event} spread quickly across {other}.",
        "contained",
    ),
    NegativePair(
        "In {where}, {event} {happened} Saturday morning.",
        "{Who} described {event} in {other} as one of the biggest stories of the year.",
        "contained",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Officials elsewhere in {other} were watching {event} in {where} closely.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} {happened} just after 5 p.m.",
        "The {where} {noun} led newscasts across {other} that evening.",
        "contained",
    ),
    NegativePair(
        "{where} — {Event} {happened} Sunday, {who} said.",
        "People across {other} shared photos of {event} online.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "{Who} said {event} in {other} was handled mostly by local crews.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where} on Thursday, {who} said.",
        "Back in {other}, {event} was the top story on local radio.",
        "contained",
    ),
    NegativePair(
        "{where}'s {noun} {happened} overnight, per {who}.",
        "Few places in {other} have seen {a_noun} quite like the one in {where}.",
        "contained",
    ),
    NegativePair(
        "{Event} was {held} in {where} on Saturday.",
        "Viewers across {other} tuned in to live coverage of the {noun}.",
        "contained",
    ),
    NegativePair(
        "{Event} {happened} in {where}, {who} said Tuesday.",
        "The {other} {noun} is expected to be discussed at the next council meeting.",
        "contained",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place30b",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
