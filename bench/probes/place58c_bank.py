"""PLACE bank place58c, written by a blind helper, round 58 (held out). Register: public-health and
consumer-safety copy (outbreak notices, recalls, hospital and regulator statements, wire relays)."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "salmonella outbreak",
        ("was confirmed", "was detected", "broke out"),
        ("health officials", "the health ministry", "epidemiologists", "the food safety agency"),
    ),
    EventKind(
        "cholera outbreak",
        ("broke out", "was declared", "was reported"),
        ("the WHO", "the health ministry", "aid agencies", "local health officials"),
    ),
    EventKind(
        "listeria contamination",
        ("was detected", "was identified", "was found"),
        ("the food standards agency", "inspectors", "the manufacturer", "health officials"),
    ),
    EventKind(
        "measles cluster",
        ("was identified", "emerged", "was confirmed"),
        ("public health officials", "the health department", "school authorities", "epidemiologists"),
    ),
    EventKind(
        "recall",
        ("was issued", "was announced", "was ordered"),
        ("the regulator", "the manufacturer", "the consumer safety agency", "the food safety authority"),
    ),
    EventKind(
        "ward closure",
        ("was ordered", "was announced", "took effect"),
        ("the hospital trust", "a hospital spokesperson", "health officials", "nursing unions"),
    ),
    EventKind(
        "legionella outbreak",
        ("was confirmed", "was detected", "broke out"),
        ("the health agency", "environmental health officers", "local authorities", "health officials"),
    ),
    EventKind(
        "ammonia leak",
        ("occurred", "was reported", "happened"),
        ("fire officials", "plant managers", "the environment agency", "local authorities"),
    ),
    EventKind(
        "carbon monoxide poisoning",
        ("occurred", "was reported", "happened"),
        ("paramedics", "the fire service", "health officials", "police"),
    ),
    EventKind(
        "food poisoning incident",
        ("occurred", "was reported", "happened"),
        (
            "environmental health officers",
            "the food safety agency",
            "local health officials",
            "school officials",
        ),
    ),
    EventKind(
        "quarantine",
        ("was imposed", "was ordered", "came into force"),
        ("the health ministry", "local authorities", "the government", "health officials"),
    ),
    EventKind(
        "evacuation",
        ("was ordered", "took place", "was carried out"),
        ("the fire service", "hospital officials", "emergency services", "local authorities"),
    ),
    EventKind(
        "water contamination",
        ("was detected", "was discovered", "was confirmed"),
        ("the water utility", "the drinking water regulator", "health officials", "local authorities"),
    ),
    EventKind(
        "boil-water notice",
        ("was issued", "was put in place", "was imposed"),
        ("the water company", "local authorities", "the health department", "the utility"),
    ),
    EventKind(
        "radiation exposure",
        ("occurred", "was reported", "was confirmed"),
        (
            "the nuclear safety regulator",
            "the radiation protection agency",
            "plant operators",
            "health officials",
        ),
    ),
    EventKind(
        "overdose cluster",
        ("was identified", "was reported", "emerged"),
        ("public health officials", "coroners", "police", "drug-checking services"),
    ),
    EventKind(
        "norovirus outbreak",
        ("broke out", "was confirmed", "was declared"),
        ("the hospital trust", "care home managers", "health officials", "the health protection agency"),
    ),
    EventKind(
        "anthrax case",
        ("was confirmed", "was detected", "was reported"),
        (
            "veterinary officials",
            "the agriculture ministry",
            "health officials",
            "the disease control centre",
        ),
    ),
    EventKind(
        "batch withdrawal",
        ("was ordered", "was announced", "took effect"),
        ("the medicines regulator", "the drugmaker", "pharmacists", "the health ministry"),
    ),
    EventKind(
        "hospital fire",
        ("broke out", "started", "was reported"),
        ("fire officials", "the hospital", "emergency services", "police"),
    ),
    EventKind(
        "dengue epidemic",
        ("was declared", "broke out", "took hold"),
        ("the health ministry", "the WHO", "regional health officials", "doctors"),
    ),
    EventKind(
        "avian flu outbreak",
        ("was confirmed", "was detected", "broke out"),
        ("veterinary authorities", "the agriculture ministry", "farm inspectors", "animal health officials"),
    ),
    EventKind(
        "vaccination campaign",
        ("was launched", "got under way", "was held"),
        ("the health ministry", "UNICEF", "the WHO", "district health officials"),
        hosted=True,
    ),
    EventKind(
        "emergency drill",
        ("was held", "took place", "was staged"),
        ("hospital officials", "civil protection officials", "the fire service", "organisers"),
        hosted=True,
    ),
)

PLACE_FIRST = (
    "{Event} {happened} in {where}, {who} said.",
    "According to {who}, {event} {happened} at a site on the outskirts of {where}.",
    "It was in {where} that {event} {happened}, {who} confirmed in a brief statement.",
    "The {noun} in {where}, first reported by {who}, prompted an immediate review of procedures.",
    "{Who} said {event} in {where} was being handled as a matter of urgency.",
    "Investigators are working to establish exactly how {event} in {where} came about.",
    "A statement from {who} placed {event} in {where}, adding that the risk to the wider public "
    "remained low.",
    "Public health teams were deployed to {where} after {a_noun} {happened} there, {who} said.",
    "Staff in protective equipment at the site of {event} in {where}.",
    "Details of {event} in {where} remain preliminary, {who} cautioned, and figures may yet be revised.",
    "Among the incidents logged by {who} was {a_noun} in {where}, which is still under review.",
    "{Event}, which {happened} in {where}, is the first of its kind to be notified to {who}.",
    "Because {event} {happened} in {where}, officials widened testing to nearby care homes and schools.",
    "'We are treating this very seriously,' {who} said of {event} in {where}.",
    "Word of {a_noun} in {where} reached {who} through routine surveillance reporting.",
    "No deaths have been linked to {event} in {where}, {who} said, though monitoring continues.",
    "Following {event} in {where}, {who} issued updated guidance to clinicians and the public.",
    "Of particular concern to {who} was the location of {event}: {where}, close to a busy transport hub.",
    "It was {who} that first reported {event} in {where}.",
    "{Event}, which {who} said had been notified through the usual channels and was being "
    "managed in line with national protocols, {happened} in {where}.",
    "In a notice to residents, {who} said {event} had been confined to {where}.",
    "{Event} (in {where}, according to {who}) is now the subject of a joint review.",
    "{Event} in {where} was formally reported to national authorities by {who}.",
    "{Event} {happened} outside {where}, officials said.",
    "Although {who} described the findings as provisional, {event} in {where} was treated "
    "with caution from the outset.",
    "When {event} {happened} in {where}, local clinics were among the first to raise the alarm.",
)

PLACE_SECOND = (
    "News of {event} in {where} spread quickly among local clinics.",
    "Since {event} in {where}, inspections have been stepped up.",
    "Questions remain about why {event} in {where} was not flagged sooner.",
    "The response to {event} in {where} will be reviewed, {who} said.",
    "{Who} later revised the figures linked to {event} in {where}.",
    "Lessons from {where}'s {noun} are expected to feed into national guidance.",
    "Those affected by {event} in {where} were offered follow-up checks.",
    "It is not yet clear whether {event} in {where} is connected to earlier cases.",
    "Back in {where}, where {event} {happened}, clinics reported a rise in calls from worried residents.",
    "Critics say the handling of {event} in {where} exposed gaps in surveillance.",
    "A full report on {event} in {where} is due to be published.",
    "Signs posted around {where}, the site of {event}, urge residents to follow official advice.",
    "For many in {where}, having {a_noun} on their doorstep has been a source of real anxiety.",
    "The {noun} in {where} was, in the words of {who}, 'a wake-up call'.",
    "{Who} declined to comment on whether {event} in {where} could have been prevented.",
    "Samples taken during {event} in {where} are still being analysed.",
    "The scale of {event} in {where} surprised even seasoned epidemiologists.",
    "In the weeks after {event} in {where}, hospital admissions were closely monitored.",
    "Whatever lay behind {event} in {where}, {who} said, the priority was preventing further harm.",
    "The {where} {noun}, as it came to be known, prompted a national review.",
    "An inquiry into {event} in {where} heard evidence from frontline staff.",
    "Data gathered during {event} in {where} have been shared with international partners, "
    "according to {who}.",
    "That {event} {happened} in {where} at all has been described by {who} as deeply concerning.",
    "Officials insisted that {event} in {where} was now under control.",
    "What happened in {where}, {a_noun} that caught the authorities off guard, is now being studied closely.",
    "Nurses who worked through {event} in {where} described long shifts and shortages of "
    "protective equipment.",
)

NEGATIVES_PLACE = (
    # contained
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "A specialist team was dispatched from the regional capital, {other}, to support local staff.",
        "contained",
    ),
    NegativePair(
        "Health officials confirmed {event} in {where}.",
        "Officials from the provincial health office in {other} took charge of the response.",
        "contained",
    ),
    NegativePair(
        "According to {who}, {event} {happened} in {where}.",
        "The district is overseen by the regional health authority in {other}, which coordinated "
        "the response to {event}.",
        "contained",
    ),
    NegativePair(
        "It was in {where} that {event} {happened}.",
        "{Event} was the first such incident recorded in the wider region, whose administrative "
        "centre is {other}.",
        "contained",
    ),
    # origin
    NegativePair(
        "{Event} in {where} stretched local services, {who} said.",
        "Extra doctors and nurses arrived from {other} to help with {event}.",
        "origin",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "Emergency medical supplies for the response were flown in from {other}.",
        "origin",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Several of those affected by {event} had travelled from {other} for a family gathering.",
        "origin",
    ),
    # destination
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The most seriously ill patients were transferred to a specialist hospital in {other}.",
        "destination",
    ),
    NegativePair(
        "{Who} confirmed {event} in {where}.",
        "Samples were sent to the national reference laboratory in {other} for confirmation.",
        "destination",
    ),
    NegativePair(
        "The health minister visited {where}, where {event} {happened}.",
        "The minister then flew on to {other} for a previously scheduled engagement.",
        "destination",
    ),
    NegativePair(
        "Following {event} in {where}, several people needed hospital treatment.",
        "Two patients were airlifted to {other} for intensive care, {who} said.",
        "destination",
    ),
    # reporter
    NegativePair(
        "{Event} {happened} in {where}, officials said.",
        "Speaking in {other}, the health minister said {event} was being taken 'extremely seriously'.",
        "reporter",
    ),
    NegativePair(
        "{Who} said {event} in {where} was being investigated.",
        "A statement issued from the agency's headquarters in {other} said the situation was under control.",
        "reporter",
    ),
    NegativePair(
        "According to {who}, {event} {happened} near {where}.",
        "At a press conference in {other}, {who} gave an update on {event}.",
        "reporter",
    ),
    # hometown
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "The manufacturer, based in {other}, said it was cooperating fully with the investigation.",
        "hometown",
    ),
    NegativePair(
        "{Event} in {where} was confirmed by {who}.",
        "One of the first patients, a teacher who lives in {other}, was treated at a clinic in {where}.",
        "hometown",
    ),
    NegativePair(
        "It was at a hospital in {where} that {event} {happened}.",
        "The hospital trust, headquartered in {other}, runs several sites including the one in {where}.",
        "hometown",
    ),
    # another
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "It follows a similar {noun} in {other} last year.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} in {where} was being investigated.",
        "Officials noted that {a_noun} in {other} two years ago had been traced to a different source.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "The last comparable {noun}, in {other}, was brought under control within weeks.",
        "another",
    ),
    # planned
    NegativePair(
        "{Event} {happened} in {where}, {who} said.",
        "Regional health chiefs will meet in {other} next month to review {event}.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} in {where}.",
        "An independent inquiry into {event} is due to open in {other}.",
        "planned",
    ),
    NegativePair(
        "Following {event} in {where}, {who} promised a full review.",
        "Experts are expected to present their findings at a conference in {other}.",
        "planned",
    ),
    # reaction
    NegativePair(
        "{Event} in {where} left several families grieving, {who} said.",
        "Relatives of those affected by {event} held a candlelit vigil in {other}.",
        "reaction",
    ),
    NegativePair(
        "{Event} {happened} in {where}, according to {who}.",
        "Campaigners protested outside the health ministry in {other}, demanding answers over {event}.",
        "reaction",
    ),
    NegativePair(
        "{Who} said {event} {happened} in {where}.",
        "News of {event} prompted anxious calls to helplines as far away as {other}.",
        "reaction",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="place58c",
    kinds=KINDS,
    place_first=PLACE_FIRST,
    place_second=PLACE_SECOND,
    negatives_place=NEGATIVES_PLACE,
)
