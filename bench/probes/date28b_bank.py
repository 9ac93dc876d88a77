"""Date bank `date28b`, written by helper date28b, round 28 (blind author).

Register: arts, culture, entertainment and lifestyle news as culture desks and entertainment
sites write it — premieres, concerts and gigs, auctions, award ceremonies, galas, fashion
shows, book launches, press nights, private views, celebrity weddings, and the less happy
side of the beat: thefts and heists from museums, venue fires, stage collapses, evacuations.
Habits imitated: attribution to a venue, promoter, label, publicist or "a source close to the
couple"; dates fronted as scene-setters, tucked into participles ("staged on ... before an
invited audience"), relative clauses, clefts and appositions; picture captions ("Pictured:",
"Photograph: handout"); critics' asides ("Our critic was at ..."); explainer standfirsts
("Here is everything we know so far"); social-media sourcing; long sentences whose date sits
far from the event noun; the event named again as a bare noun phrase with its date attached
("the gala on 12 May", "footage from the fire last Tuesday")."""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "premiere",
        ("took place", "went ahead", "was held", "drew a capacity crowd"),
        ("the studio", "the film's distributor", "a spokesperson for the cinema", "the film's publicist"),
        hosted=True,
    ),
    EventKind(
        "concert",
        ("took place", "went ahead", "was staged", "played to a full house"),
        ("the promoter", "organisers", "the band's management", "a spokesperson for the venue"),
        hosted=True,
    ),
    EventKind(
        "gig",
        ("went ahead", "took place", "was played", "ran past the curfew"),
        ("the band", "the promoter", "the venue's owner", "the band's label"),
        hosted=True,
    ),
    EventKind(
        "auction",
        ("took place", "was held", "closed", "fetched a record total"),
        ("the auction house", "the auctioneers", "a spokesperson for the saleroom"),
        hosted=True,
    ),
    EventKind(
        "awards ceremony",
        ("took place", "was held", "was broadcast live", "went ahead"),
        ("the academy", "organisers", "the broadcaster", "the awards body"),
        hosted=True,
    ),
    EventKind(
        "gala",
        ("took place", "was held", "raised more than £1m", "went ahead"),
        ("the charity", "organisers", "the museum", "a spokesperson for the foundation"),
        hosted=True,
    ),
    EventKind(
        "fashion show",
        ("took place", "was staged", "went ahead", "closed the week's schedule"),
        ("the label", "the fashion house", "the brand", "the show's producers"),
        hosted=True,
    ),
    EventKind(
        "book launch",
        ("took place", "was held", "went ahead", "drew a queue round the block"),
        ("the publisher", "the bookshop", "the author's agent"),
        hosted=True,
    ),
    EventKind(
        "screening",
        ("took place", "went ahead", "was held", "ended in a standing ovation"),
        ("the festival", "the distributor", "the cinema", "the film-makers"),
        hosted=True,
    ),
    EventKind(
        "recital",
        ("took place", "went ahead", "was given", "was broadcast on the radio"),
        ("the concert hall", "the pianist's agent", "the orchestra", "the venue"),
        hosted=True,
    ),
    EventKind(
        "press night",
        ("took place", "went ahead", "was held"),
        ("the theatre", "the producers", "the company", "a spokesperson for the theatre"),
        hosted=True,
    ),
    EventKind(
        "private view",
        ("took place", "was held", "went ahead", "drew a crowd of collectors"),
        ("the gallery", "the dealer", "the artist's studio"),
        hosted=True,
    ),
    EventKind(
        "unveiling",
        ("took place", "was held", "went ahead"),
        ("the council", "the sculptor", "the trust", "the museum"),
        hosted=True,
    ),
    EventKind(
        "wedding",
        ("took place", "was held", "went ahead", "was a low-key affair"),
        (
            "the couple's representative",
            "a source close to the couple",
            "the magazine",
            "friends of the couple",
        ),
        hosted=True,
    ),
    EventKind(
        "festival opener",
        ("was screened", "premiered", "was shown", "played"),
        ("festival organisers", "the festival", "the programme director"),
    ),
    EventKind(
        "theft",
        ("took place", "happened", "was carried out", "occurred"),
        ("police", "the museum", "detectives", "the gallery's director"),
    ),
    EventKind(
        "heist",
        ("took place", "was carried out", "happened", "was pulled off"),
        ("police", "investigators", "prosecutors", "the museum"),
    ),
    EventKind(
        "fire",
        ("broke out", "started", "tore through the building", "gutted the auditorium"),
        ("fire crews", "the fire brigade", "the venue", "the theatre's owners"),
    ),
    EventKind(
        "stage collapse",
        ("happened", "occurred", "injured a dozen crew members"),
        ("organisers", "police", "the promoter", "safety inspectors"),
    ),
    EventKind(
        "evacuation",
        ("took place", "happened", "was ordered", "was carried out"),
        ("the venue", "police", "the festival", "fire officers"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, {who} confirmed in a statement.",
    "{when}, shortly after the doors had opened, {event} {happened}, according to {who}.",
    "{Event} was {held} {when} in a converted warehouse, with tickets changing hands online "
    "for several times their face value.",
    "According to {who}, {event} {happened} {when}, a little after nine in the evening.",
    "It was {when} that {event} {happened}, {who} said, not long after the first guests had arrived.",
    "{Event}, which {happened} {when}, is already the subject of a forthcoming documentary, {who} said.",
    "{Event} {happened} {when}, at the end of a week in which the venue had already made "
    "headlines for the wrong reasons.",
    "Pictured: guests arriving for {event}, {held} {when} under a marquee in the grounds of a stately home.",
    "{held} {when} before an invited audience of around 400, {event} ran to almost three hours.",
    "{Who} said {event} {happened} {when}, shortly before ten o'clock local time.",
    "{Event} {happened} {when}, organisers said, adding that a fuller account would be given in due course.",
    "{Event} {happened} {when}. Here is everything we know so far.",
    "As first reported by this website, {event} {happened} {when}.",
    "{Event} — which {happened} {when} — quickly became the talk of the arts world.",
    "{Event}, {held} {when}, had been timed to coincide with the artist's 80th birthday, {who} said.",
    "{Who} confirmed that {event} {happened} {when} but declined to comment further.",
    "A spokesperson for the venue confirmed that {event} {happened} {when}.",
    "In a post on Instagram, {who} said {event} {happened} {when}.",
    "Among those at {event}, {held} {when} in a former power station, were two previous winners "
    "and a scattering of cabinet ministers.",
    "Footage posted online appears to show the moment {event} {happened} {when}.",
    "Details of {event}, which {happened} {when}, emerged only after {who} issued a statement.",
    "{Who}, who attended {event} {when}, described the scene as extraordinary.",
    "It is understood that {event} {happened} {when}, though {who} did not confirm the exact time.",
    "Speaking after {event} {when}, {who} said it had been a long night for everyone involved.",
    "{Event} {happened} {when}, only days before the building was due to close for refurbishment.",
    "The museum hosted {event} {when}, its first big night since reopening after a refurbishment.",
    "{when}, {event} {happened}, and by every account the evening did not go entirely to plan.",
    "Our critic was at {event}, {held} {when}, and came away largely unconvinced.",
    "Above: the scene at {event} {when}, in a photograph released by {who}.",
    "{Event} {happened} {when} in front of several hundred people, many of whom had travelled "
    "for hours to be there.",
    "{when}, in a building that had stood empty for the best part of a decade and that few in "
    "the city had ever set foot in, {event} {happened}.",
    "{Event} — long trailed, repeatedly postponed and at one stage threatened by a dispute "
    "between the venue and its landlord — was finally {held} {when}.",
    '"Nobody who was there {when} will forget it," {who} said of {event}.',
    "{Who} told this newspaper that {event} {happened} {when}.",
    "{Event} {happened} {when}, {who} said in a brief statement posted online.",
)

DATE_SECOND = (
    "{Who} later described {event} {when} as a turning point.",
    "Since {event} {when}, the venue has been inundated with calls.",
    "Photographs taken at {event} {when} were shared widely online.",
    "Much of the coverage of {event} {when} focused on a single moment.",
    "Asked about {event} {when}, {who} would say only that the matter was in hand.",
    "In the days after {event} {when}, {who} received hundreds of messages.",
    "The {noun} itself {happened} {when}, {who} said.",
    "Those who were at {event} {when} describe a chaotic scene.",
    "Video of {event} {when} has since been viewed more than two million times.",
    "As for {event} the hall hosted {when}, {who} insisted it had gone exactly to plan.",
    "Pictured: {event} {when}. Photograph: handout",
    "By the time of {event} {when}, the building had been under scrutiny for months.",
    "Reports that {event} {happened} {when} were later confirmed by {who}.",
    "{Who} called {event} {when} a night none of those present would forget.",
    "It was during {event} {when} that the first signs of trouble appeared.",
    '"What we saw at {event} {when} was extraordinary," {who} said.',
    "{Who} said a fuller statement on {event} {when} would follow in due course.",
    "Among the first to arrive at {event} {when} were members of the local press.",
    "Footage filmed at {event}, {held} {when}, is to be released as a short film.",
    "Questions remain over security arrangements at {event} {when}.",
    "The {noun} {when} came at a difficult moment for the venue.",
    "Before {event} {when}, few outside the industry had heard of the venue.",
    "Police said they were reviewing CCTV footage from {event} {when}.",
    "{Who} thanked everyone who had worked on {event}, {held} {when}.",
    "For all the noise that has surrounded it since, {event} {when} lasted little more than an "
    "hour, according to people who were there.",
    "Tickets for {event} {held} {when} had sold out weeks in advance.",
    "Guests at {event}, {held} {when}, included a former prime minister and several Olympic medallists.",
    "{Event} had been {held} {when} despite warnings about the weather, {who} said.",
    "The {noun} — {when}, to be precise — is now the subject of an internal review.",
    "The aftermath of {event} {when} is still being felt across the sector.",
    "Inside the venue during {event} {when}. Photograph: Getty Images",
    "Whatever the truth of it, {event} {when} will be remembered for a long time.",
    "On social media, {event} {when} was trending within minutes.",
    "Several of those present at {event} {when} have since spoken to this website.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future, scheduled thing
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said a public meeting about {event} would take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} was {held} {when} to a warm reception.",
        "A second {noun} is due to be {held} {when}, {who} confirmed.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "A documentary about {event} is due to be broadcast {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, sold out in minutes.",
        "The next {noun} will be {held} {when}, {who} said.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "An exhibition of photographs from {event} opens to the public {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The findings of a review into {event} are expected to be published {when}.",
        "planned",
    ),
    NegativePair(
        "{Event}, {held} {when}, was recorded for broadcast.",
        "An edited film of {event} is to be released {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} told reporters.",
        "{Who} will meet members of the public {when} to discuss {event}.",
        "planned",
    ),
    NegativePair(
        "Tickets had sold out for {event}, {held} {when}.",
        "Tickets for a repeat {noun}, to be {held} {when}, are already on sale.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, organisers said.",
        "{Who} said a full account of {event} would be published {when}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the first inside it)
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "The {noun}, {when}, drew wide attention online.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}.",
        "Guests at {event} {when} included several former winners.",
        "compatible",
    ),
    NegativePair(
        "According to {who}, {event} {happened} {when}.",
        "Photographs from {event} {when} show a packed room.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "{Who} confirmed the date: {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, was widely covered.",
        "Footage of {event} {when} has been viewed thousands of times.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed to this website.",
        "It was {when} that {event} {happened}, a spokesperson added.",
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "Among those at {event} {when} were two former winners.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        '"I was at {event} {when} and it was unforgettable," one witness said.',
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "Questions remain over what went on at {event} {when}.",
        "compatible",
    ),
    # another: a different instance of the kind, on its own date
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "A separate {noun} {happened} {when} at a different venue.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "The {year} {noun}, by contrast, {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "The same venue had {held} another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "{a_noun} at a rival venue {happened} {when}, with far less fanfare.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "It followed a similar {noun} at another venue {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, organisers said.",
        "Unlike the {year} {noun}, which {happened} {when}, this one drew little criticism.",
        "another",
    ),
    NegativePair(
        "{Event}, {held} {when}, was the venue's busiest night.",
        "Another {noun}, {held} {when}, attracted barely half the crowd.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}.",
        "{Who} drew comparisons with another {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} confirmed to this website.",
        "It was not the only {noun} of its kind: another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "Records show the {year} {noun} at the same address {happened} {when}.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date28b",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
