"""PLACE bank place60g, written by a blind helper, round 60 (held out). Register: maritime,
shipping and ports copy (Lloyd's List, coastguard and port-authority releases, navy and wire reports)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "grounding",
        ("occurred", "took place", "happened"),
        ("the coastguard", "the maritime authority", "the owners", "the harbour master"),
    ),
    EventKind(
        "collision",
        ("occurred", "happened", "took place"),
        ("the coastguard", "the port authority", "the managers", "the navy"),
    ),
    EventKind(
        "capsizing",
        ("occurred", "happened", "took place"),
        ("the coastguard", "rescuers", "the maritime authority", "survivors"),
    ),
    EventKind(
        "migrant boat sinking",
        ("occurred", "happened", "took place"),
        ("the coastguard", "aid groups", "the navy", "the migration agency"),
    ),
    EventKind(
        "engine-room fire",
        ("broke out", "started", "erupted"),
        ("the master", "the owners", "the fire service", "the coastguard"),
    ),
    EventKind(
        "container loss",
        ("occurred", "happened", "took place"),
        ("the carrier", "the maritime authority", "the charterer", "salvors"),
    ),
    EventKind(
        "oil spill",
        ("occurred", "happened", "was detected"),
        ("the environment agency", "the coastguard", "the port authority", "the operator"),
    ),
    EventKind(
        "pirate attack",
        ("took place", "occurred", "happened"),
        ("the navy", "maritime security sources", "the owners", "the piracy reporting centre"),
    ),
    EventKind(
        "armed boarding",
        ("took place", "was carried out", "occurred"),
        ("the navy", "the managers", "maritime security sources", "the flag state"),
    ),
    EventKind(
        "tanker seizure",
        ("took place", "was carried out", "happened"),
        ("the navy", "the managers", "the operator", "the foreign ministry"),
    ),
    EventKind(
        "vessel detention",
        ("was ordered", "was imposed", "took place"),
        ("port state control", "the port authority", "the seafarers' union", "the owners"),
    ),
    EventKind(
        "canal blockage",
        ("occurred", "began", "happened"),
        ("the canal authority", "pilots", "shipping agents", "the salvage master"),
    ),
    EventKind(
        "dock strike",
        ("began", "took place", "was called"),
        ("union officials", "the port authority", "terminal operators", "shipping agents"),
    ),
    EventKind(
        "port closure",
        ("was ordered", "took effect", "was imposed"),
        ("the harbour master", "the port authority", "the transport ministry", "pilots"),
    ),
    EventKind(
        "launch ceremony",
        ("took place", "was held", "was staged"),
        ("the shipyard", "the builder", "the owners", "the navy"),
        hosted=True,
    ),
    EventKind(
        "naming ceremony",
        ("took place", "was held", "was staged"),
        ("the shipyard", "the cruise line", "the owners", "the port authority"),
        hosted=True,
    ),
    EventKind(
        "salvage operation",
        ("got under way", "took place", "was carried out"),
        ("salvors", "the salvage master", "the insurers", "the maritime authority"),
    ),
    EventKind(
        "search-and-rescue mission",
        ("was launched", "was mounted", "took place"),
        ("the coastguard", "the rescue co-ordination centre", "the navy", "the air force"),
    ),
    EventKind(
        "crew abandonment",
        ("occurred", "came to light", "happened"),
        ("the transport workers' federation", "welfare groups", "the flag state", "port chaplains"),
    ),
    EventKind(
        "allision",
        ("occurred", "happened", "took place"),
        ("the harbour master", "the bridge operator", "the coastguard", "investigators"),
    ),
    EventKind(
        "scuttling",
        ("took place", "was carried out", "happened"),
        ("the navy", "investigators", "the maritime authority", "prosecutors"),
    ),
    EventKind(
        "ammonia leak",
        ("occurred", "was detected", "happened"),
        ("the terminal operator", "the fire service", "the port authority", "the owners"),
    ),
    EventKind(
        "mooring line failure",
        ("occurred", "happened", "took place"),
        ("the terminal operator", "the harbour master", "dock workers", "investigators"),
    ),
    EventKind(
        "man-overboard incident",
        ("occurred", "happened", "took place"),
        ("the cruise line", "the coastguard", "the master", "the managers"),
    ),
)

PLACE_FIRST = (
    "{Event} {happened} off {where} shortly before dawn, {who} said.",
    "According to {who}, {event} {happened} in waters close to {where}.",
    "It was near {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "{Who} said {event} near {where} had been reported by the master at around midnight local time.",
    "The first reports of {a_noun} near {where} reached the rescue co-ordination centre "
    "within minutes, {who} said.",
    "Tracking data showed the ship had been holding position off {where} when {event} {happened}.",
    "{Event}, which {who} said {happened} in {where}, has prompted calls for tighter inspections "
    "along the route.",
    "Pictured: tugs and a pilot boat at the scene of {event} off {where}.",
    "When {event} {happened} near {where}, the vessel was carrying a mixed cargo of steel coils "
    "and timber, the owners confirmed.",
    "{Who} gave the location of {event} as roughly six nautical miles off {where}.",
    "The {noun} near {where} is the latest in a string of incidents to trouble the trade, {who} said.",
    '"We received the first call about {a_noun} off {where} just after the change of watch," '
    "a spokesperson for {who} said.",
    "Initial information from {who} placed {event} in the approaches to {where}'s main port.",
    "The maritime authority in {where} said it was notified of {event} in its waters "
    "shortly after the alarm was raised.",
    "In a notice to mariners, {who} said {event} near {where} had left part of the fairway "
    "off-limits to traffic.",
    "Scene of {event} near {where}, in an image released by {who}.",
    "{Event}, which left the vessel listing and forced the crew to muster at their lifeboat "
    "stations while a tug made its way out from the nearest harbour, {happened} close to "
    "{where}, {who} said.",
    "The master reported {event} to the port authority while the ship was still at anchor off {where}.",
    "Although {who} declined to give details, {event} is understood to have happened in "
    "{where}'s outer harbour.",
    "{where}, the site of {event}, sits on one of the busiest coastal shipping lanes in the region.",
    "Insurers were still assessing the cost of {where}'s {noun}, {who} said.",
    "Just outside {where}, {event} {happened} as the ship was manoeuvring to pick up a pilot.",
    "Local fishermen were among the first to reach the scene of {event} near {where}, according to {who}.",
    "{Event} (near {where}, according to {who}) has drawn scrutiny from the flag state.",
    "Details of {a_noun} at {where} emerged late in the evening, when {who} posted a short notice online.",
    "Satellite images reviewed by {who} appear to show the aftermath of {event} in the roads off {where}.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly along the waterfront.",
    "Salvors who attended {event} off {where} said the hull appeared intact above the waterline.",
    "Since {event} near {where}, patrols in the area have been stepped up, {who} said.",
    "It was the {noun} at {where}, rather than the weather, that held up the convoy, {who} said.",
    "{Who} repeated that {event} had happened in {where} and not further along the coast.",
    "Investigators from the flag state are expected to board the ship to establish what "
    "caused {event} off {where}.",
    "A preliminary report into {event} near {where} is due from {who} within weeks.",
    "Crew members interviewed after {event} in {where} described a chaotic few minutes on deck.",
    '"What happened off {where} was entirely avoidable," one union official said of {event}.',
    "Several lines rerouted calls in the days after {event} near {where}, shipping agents said.",
    "The {noun} at {where} is likely to weigh on insurance premiums for the route, brokers said.",
    "Above: a tug stands by alongside the vessel after {event} off {where}.",
    "{where}'s {noun} has revived a long-running debate about pilotage rules.",
    "Several of the vessels that were diverted, held at anchor or told to slow down in the "
    "hours that followed are still seeking compensation over {event} near {where}.",
    "Among those who responded to {event} in {where} were two navy patrol craft and a trawler.",
    "The master, who was on the bridge during {event} near {where}, has been questioned by {who}.",
    "The ship's managers said they were co-operating fully with the inquiry into {event} in {where}.",
    "Those brought ashore after {event} off {where} were being checked by medical teams, {who} said.",
    "Whatever its cause, {event} near {where} has exposed gaps in the region's emergency towing capacity.",
    "For residents of {where}, where {event} {happened}, it was a reminder of how close the "
    "shipping lane runs to the shore.",
    "Data from the voyage recorder should show exactly what happened in the minutes before "
    "{event} off {where}, {who} said.",
    "Lawyers for the cargo interests have begun preparing claims arising from {event} at {where}.",
    "Asked about {event} in {where}, a spokesman for the owners declined to comment further.",
    "Questions about {event} off {where} dominated a tense session of the transport committee in parliament.",
    "Pilots working the port say the conditions that led to {event} near {where} are well known locally.",
    "Footage shared on social media, which {who} said was genuine, showed {event} unfolding in {where}.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} off {where}, {who} said.",
        "A team of inspectors from the maritime authority's regional office in {other} "
        "was sent to the scene of {event}.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "That stretch of coast falls under the coastguard district run from {other}, "
        "which co-ordinated the response to {event}.",
        "contained",
    ),
    NegativePair(
        "It was just outside {where} that {event} {happened}.",
        "{where} lies some 40 km down the coast from the regional capital, {other}.",
        "contained",
    ),
    NegativePair(
        "{Event} in {where} forced pilots to suspend boardings for several hours.",
        "The harbour master's office in {other}, the provincial capital, said it would review "
        "traffic arrangements along the coast after {event}.",
        "contained",
    ),
    # origin
    NegativePair(
        "Tracking data placed {event} about eight miles off {where}.",
        "Two tugs were dispatched from {other} to assist after {event}.",
        "origin",
    ),
    NegativePair(
        "Rescuers reached the scene of {event} near {where} within the hour.",
        "A specialist salvage team flew in from {other} to take charge after {event}.",
        "origin",
    ),
    NegativePair(
        "{Event}, {who} said, {happened} in the anchorage off {where}.",
        "The ship had sailed from {other} with a full load of containers a few days before {event}.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} off {where} left three seafarers injured, {who} said.",
        "The injured from {event} were airlifted to a hospital in {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} near {where}.",
        "The vessel had been bound for {other} when {event} {happened}, tracking data showed.",
        "destination",
    ),
    NegativePair(
        "Salvors arrived at the scene of {event} in {where} the following morning.",
        "After {event}, the damaged ship was towed to {other} for repairs.",
        "destination",
    ),
    NegativePair(
        "{Event} near {where} was reported by a passing bulk carrier.",
        "Survivors of {event} were later taken by bus to a reception centre in {other}.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Speaking to reporters in {other}, the shipping minister said {event} would be fully investigated.",
        "reporter",
    ),
    NegativePair(
        "The master raised the alarm over {event} while the ship lay off {where}.",
        'In a statement released in {other}, the owners said they were "deeply concerned" by {event}.',
        "reporter",
    ),
    NegativePair(
        "{Event} near {where} is under investigation, {who} said.",
        "{Who} briefed journalists on {event} at a press conference in {other}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} just off {where}, according to {who}.",
        "The vessel is operated by a company based in {other}, which confirmed {event} in a short statement.",
        "hometown",
    ),
    NegativePair(
        "{Who} said {event} occurred close to {where}.",
        "The master, who lives in {other}, was among those questioned after {event}.",
        "hometown",
    ),
    NegativePair(
        "The {noun} at {where} was first flagged by {who}.",
        "The ship's registered owner, a holding company based in {other}, has not commented on {event}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} off {where} was the first of its kind on the route for years, {who} said.",
        "The last comparable {noun} on this coast, at {other}, led to a change in pilotage rules.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} near {where}, {who} said.",
        "{Who} said {event} bore striking similarities to {a_noun} near {other} two years ago.",
        "another",
    ),
    NegativePair(
        "Investigators are examining {event} in {where}.",
        "It follows a similar {noun} in {other} last year.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} in {where} has left the ship's owners facing heavy claims.",
        "A formal inquiry into {event} is due to open in {other} next month.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} near {where}.",
        "Owners, insurers and the flag state are due to meet in {other} to agree next steps after {event}.",
        "planned",
    ),
    NegativePair(
        "Shortly after {event} near {where}, the crew were mustered on deck.",
        "The crew are expected to give evidence about {event} at a maritime court hearing in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} {happened} off {where}, {who} said.",
        "Relatives of the missing gathered for a vigil in {other} on the evening after {event}.",
        "reaction",
    ),
    NegativePair(
        "The authorities were criticised over their handling of {event} in {where}.",
        "Dockworkers in {other} held a brief stoppage in protest over {event}.",
        "reaction",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "Flags flew at half-mast in {other}, home port of many of the seafarers caught up in {event}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place60g",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
