"""Date bank date28a, written by helper date28a, round 28 (blind author).

It imitates court, legal and political reporting from US, UK and Commonwealth newsrooms:
rulings, verdicts, hearings, indictments, votes, walkouts, protests, raids, arrests,
resignations, reshuffles and summits. The habits of phrasing it uses: sourcing up front or
trailing ("court filings show", "according to the indictment", "lawmakers said", "the
court heard"), the date fronted, after the verb, right after the event noun ("the ruling
last Tuesday"), inside a relative clause or an apposition, in a cleft ("It was ... that"),
in a quote, in a photo caption, in a participle ("Coming ...", "Held ..."), and long
sentences where the date sits far from the event noun behind subordinate clauses.
"""

import dataclasses

from bench.injectors.consistency import EventKind, NegativePair
from bench.injectors.templates_dev import BANK as DEV

KINDS = (
    EventKind(
        "ruling",
        ("was handed down", "came", "was delivered", "was issued"),
        ("the court", "legal analysts", "lawyers for the claimants", "the appeals court"),
    ),
    EventKind(
        "verdict",
        ("was returned", "was reached", "was read out", "came"),
        ("court officials", "the prosecution", "defence lawyers", "the Crown Prosecution Service"),
    ),
    EventKind(
        "hearing",
        ("took place", "went ahead", "was convened", "opened"),
        ("the committee", "a court clerk", "lawmakers", "the tribunal"),
        hosted=True,
    ),
    EventKind(
        "guilty plea",
        ("was entered", "was lodged", "came"),
        ("prosecutors", "the defendant's lawyer", "the court"),
    ),
    EventKind(
        "indictment",
        ("was unsealed", "was returned", "was filed", "was handed up"),
        ("federal prosecutors", "the Justice Department", "the US attorney's office"),
    ),
    EventKind(
        "raid",
        ("was carried out", "took place", "was conducted", "began"),
        ("the FBI", "police", "investigators", "officers involved"),
    ),
    EventKind(
        "arrest",
        ("was made", "took place", "came", "happened"),
        ("police", "the Metropolitan Police", "a police spokeswoman", "authorities"),
    ),
    EventKind(
        "resignation",
        ("was announced", "came", "took effect", "was confirmed"),
        ("the minister's office", "party officials", "Downing Street", "the White House"),
    ),
    EventKind(
        "vote",
        ("took place", "was taken", "passed", "went ahead"),
        ("lawmakers", "the Speaker's office", "party whips", "parliamentary officials"),
    ),
    EventKind(
        "walkout",
        ("took place", "began", "was staged", "happened"),
        ("opposition MPs", "union organisers", "the opposition leader", "Labour whips"),
    ),
    EventKind(
        "protest",
        ("took place", "went ahead", "was staged", "erupted"),
        ("organisers", "police", "demonstrators", "civil rights groups"),
        hosted=True,
    ),
    EventKind(
        "summit",
        ("took place", "opened", "was convened", "went ahead"),
        ("officials", "diplomats", "the foreign ministry", "the host government"),
        hosted=True,
    ),
    EventKind(
        "no-confidence vote",
        ("took place", "was called", "failed", "went ahead"),
        ("the Speaker", "opposition leaders", "party whips"),
    ),
    EventKind(
        "plea agreement",
        ("was reached", "was struck", "was signed", "was finalised"),
        ("prosecutors", "defence lawyers", "the judge"),
    ),
    EventKind(
        "inquest",
        ("opened", "took place", "resumed", "concluded"),
        ("the coroner", "the coroner's office", "the family's solicitor"),
        hosted=True,
    ),
    EventKind(
        "debate",
        ("took place", "began", "went ahead", "was opened"),
        ("MPs", "the Commons clerk", "senators", "the Leader of the House"),
        hosted=True,
    ),
    EventKind(
        "extradition",
        ("was approved", "was ordered", "was carried out", "went ahead"),
        ("the Home Office", "the State Department", "lawyers for the accused"),
    ),
    EventKind(
        "arraignment",
        ("took place", "went ahead", "was held", "came"),
        ("the district attorney's office", "the defendant's attorney", "court officials"),
    ),
    EventKind(
        "reshuffle",
        ("was announced", "took place", "was carried out", "was unveiled"),
        ("Downing Street", "the prime minister's office", "party sources", "government aides"),
    ),
    EventKind(
        "by-election",
        ("took place", "was held", "was called", "went ahead"),
        ("the electoral commission", "the returning officer", "party officials"),
        hosted=True,
    ),
    EventKind(
        "mistrial",
        ("was declared", "was called", "came"),
        ("the judge", "court officials", "the prosecution"),
    ),
    EventKind(
        "sit-in",
        ("began", "took place", "was staged", "ended"),
        ("student organisers", "the university", "campus police"),
    ),
)

DATE_FIRST = (
    "{Event} {happened} {when}, according to court filings reviewed by this newspaper.",
    "{when}, {event} {happened}, {who} confirmed, ending weeks of speculation at Westminster.",
    "Lawmakers said {event} {happened} {when} after a day of bad-tempered exchanges in the chamber.",
    "It was {when} that {event} {happened}, {who} said in a statement released late in the evening.",
    "{Who} told reporters that {event}, which {happened} {when}, had been months in the making.",
    "The {noun} {when} marked a turning point in a case that has dragged on for more than two years.",
    "According to the indictment, the defendants were already under surveillance"
    " when {event} {happened} {when}.",
    "{Who} said {event} {happened} {when}, a detail that had not previously been made public.",
    "In a statement, {who} said {a_noun} {happened} {when} and that further details"
    " would follow in due course.",
    "Court filings show {event} {happened} {when}, a week before the deadline set by the judge.",
    "{Event}, {who} told the BBC, {happened} {when}.",
    'Speaking outside the courthouse, {who} said {event} {happened} {when} and called it "long overdue".',
    "{Event} {happened} {when} — a moment many in the public gallery had waited years to see.",
    "Records obtained under freedom of information laws show that {event} {happened} {when}.",
    "Supporters gather outside the courthouse {when} as {event} {happened}. Photograph: PA",
    "{Event}, which {happened} {when}, was the culmination of an investigation opened"
    " under the previous government.",
    "Hours after {event} {happened} {when}, {who} issued a two-line statement and declined further comment.",
    "{Event} {when} was, lawmakers said, the sternest test of the government's authority this parliament.",
    "Prosecutors allege that the money was moved offshore shortly before {event} {happened} {when}.",
    "{when}, in a development first reported by this newspaper, {event} {happened}.",
    "{Event} that {happened} {when} has since been cited in at least three appeals.",
    "What followed {when} — {a_noun} that {who} described as unprecedented — reshaped the campaign.",
    "Among the documents lodged with the court is a timeline showing that {event} {happened} {when}.",
    "{Event} {happened} {when}, two people familiar with the matter said, speaking on condition of anonymity"
    " because they were not authorised to discuss it.",
    "Under questioning from the select committee, the former aide acknowledged"
    " that {event} {happened} {when}.",
    "The timing of {event}, which {happened} {when}, is now at the centre of the appeal.",
    "Newly unsealed court documents reveal that {event} {happened} {when}.",
    "{Event}, {when}, came after months of pressure from backbenchers and party donors alike.",
    "Coming {when}, {event} caught much of the press gallery off guard.",
    '"{Event} {happened} {when}, and nothing in this building has been the same since," said one senior'
    " backbencher.",
    "The government had hoped to keep {event} quiet, but {who} disclosed that it {happened} {when}.",
    "{Who}, who declined to be drawn on the substance of the case, confirmed that {event} {happened} {when}.",
    "Pressed repeatedly by reporters, a spokesman conceded that {a_noun} {happened} {when}.",
    "As first disclosed in a filing to the district court, {event} {happened} {when}.",
    "{held} {when}, {event} drew delegations from more than a dozen countries, {who} said.",
    "{Event} was {held} {when} behind closed doors, {who} said.",
    "The {noun}, {held} {when} amid tight security, lasted well into the night.",
    "Civil liberties groups said {event} {when} set a dangerous precedent for future cases.",
)

DATE_SECOND = (
    "Defence lawyers have argued that {event} {when} was procedurally flawed.",
    "{Event} {happened} {when}, {who} said.",
    "In its written submission, the government insisted {event} had taken place {when}.",
    "{Who} maintained that {event} {happened} {when}.",
    "Since {event} {when}, three more cases have been filed in the same court.",
    "According to the indictment, {event} {happened} {when}.",
    "{Event}, which {who} said {happened} {when}, has been raised repeatedly at Prime Minister's Questions.",
    "{Event} — which {happened} {when} — was cited again and again during the debate.",
    "Lawmakers said ministers had been warned about the risks before {event} {when}.",
    "Details of {event} {when} emerged only after a freedom of information request.",
    "The {noun} {when} followed a lengthy investigation, {who} said.",
    "{when}, {event} {happened}, {who} said.",
    "Critics of {event}, which {happened} {when}, say it was rushed through.",
    "Transcripts show {event} {happened} {when}, shortly after the lunch adjournment.",
    "The {noun} itself {happened} {when}, the court heard.",
    "By the account of {who}, {event} {happened} {when}.",
    "{Event} {happened} {when}, a date that appears in both the charge sheet and the minutes of the meeting.",
    "Asked why {event} {happened} {when}, a government spokesman said the timing was a matter for {who}.",
    "Testimony at trial established that {event} {happened} {when}.",
    "{Who} said {event}, {when}, had been planned for weeks.",
    "The sequence of events is not in dispute: {event} {happened} {when}, and the fallout was swift.",
    "Protesters outside parliament {when} as {event} {happened}. Photograph: Getty Images",
    "In the days and weeks since {event} {when}, the party has struggled to regain its footing.",
    "The minutes of the meeting, seen by this newspaper, record that {event} {happened} {when}.",
    "Lawmakers were not told of {event} {when} until it had already been reported in the press.",
    "The official version, that {event} {happened} {when}, was contested by {who}.",
    "{Event} {when}, {who} added, had been entirely lawful.",
    "Under cross-examination, the witness agreed that {event} {happened} {when}.",
    "Those present when {event} {happened} {when} described a chaotic scene.",
    '"We have always been clear that {event} {happened} {when}," {who} said in a statement.',
    "The charge sheet, which runs to more than forty pages, states that {event} {happened} {when}.",
    "{when}, as {event} {happened}, the minister was said to be abroad on official business.",
    "Social media footage appeared to show the moment {event} {happened} {when}.",
    "A report by the parliamentary ombudsman later found that {event}, {when}, had breached guidance.",
    "{Event} was {held} {when}, {who} said.",
    "The {noun}, {held} {when}, ended without a joint statement.",
    "Delegates arriving for {event} {when} were met by a heavy police presence.",
)

NEGATIVES_DATE = (
    # planned: the second date is a future one for something scheduled
    NegativePair(
        "{Event} {happened} {when}, court filings show.",
        "A further hearing over {event} is set to take place {when}.",
        "planned",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "Sentencing in connection with {event} is due {when}.",
        "planned",
    ),
    NegativePair(
        "Lawmakers said {event} {happened} {when}.",
        "{when}, the committee will take evidence on {event}, its chair said.",
        "planned",
    ),
    NegativePair(
        "{Event}, which {happened} {when}, is being challenged.",
        "An appeal against {event} will be heard {when}, the court said.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "{Who} said a formal review of {event} would be published {when}.",
        "planned",
    ),
    NegativePair(
        "According to the indictment, {event} {happened} {when}.",
        "The trial arising from {event} is scheduled to begin {when}.",
        "planned",
    ),
    NegativePair(
        "{Event} {happened} {when}, officials said.",
        "The next {noun} is expected {when}, according to a timetable published by the clerk.",
        "planned",
    ),
    NegativePair(
        "{when}, {event} {happened}.",
        "Both sides are due back in court {when} to argue over the consequences of {event}.",
        "planned",
    ),
    NegativePair(
        "It was {when} that {event} {happened}.",
        "MPs will debate the fallout from {event} {when}, the Leader of the House announced.",
        "planned",
    ),
    NegativePair(
        "{Who} confirmed that {a_noun} {happened} {when}.",
        "{when}, campaigners will march on parliament in protest at {event}.",
        "planned",
    ),
    # compatible: the second date lies inside the first (or the first inside the second)
    NegativePair(
        "{Event} {happened} {when}, according to the indictment.",
        "The indictment places {event} {when}, prosecutors said.",
        "compatible",
    ),
    NegativePair(
        "{when}, {event} {happened}, as {who} later confirmed.",
        "Lawmakers said {event} {when} had caught the government off guard.",
        "compatible",
    ),
    NegativePair(
        "Court filings show {event} {happened} {when}.",
        "{Event}, which {happened} {when}, is now the subject of a formal complaint.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, {who} said.",
        "It was {when} that {event} {happened}, a date nobody in court disputed.",
        "compatible",
    ),
    NegativePair(
        "Lawmakers said {event} {happened} {when}.",
        "Minutes of the session confirm that {event} {happened} {when}.",
        "compatible",
    ),
    NegativePair(
        "{Who} said {a_noun} {happened} {when}.",
        "Records released under transparency rules show {event} {when} lasted less than an hour.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when} after weeks of wrangling.",
        "Footage from {event} {when} was later shown to the committee.",
        "compatible",
    ),
    NegativePair(
        "{Event} {happened} {when}, lawmakers said.",
        '"We were all there {when} when {event} {happened}," one backbencher recalled.',
        "compatible",
    ),
    NegativePair(
        "{Event} was {held} {when}, {who} said.",
        "{Event}, {held} {when}, ended without agreement.",
        "compatible",
    ),
    # another: a different instance of the kind, on a date of its own
    NegativePair(
        "{Event} {happened} {when}, court filings show.",
        "A separate {noun} {happened} {when}, according to the same filings.",
        "another",
    ),
    NegativePair(
        "{Who} said {event} {happened} {when}.",
        "The {year} {noun}, which {happened} {when}, ended very differently.",
        "another",
    ),
    NegativePair(
        "Lawmakers said {event} {happened} {when}.",
        "It echoed another {noun} {when} that drew similar complaints from the opposition benches.",
        "another",
    ),
    NegativePair(
        "According to the indictment, {event} {happened} {when}.",
        "The indictment also describes a second, unrelated {noun} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {when} drew protests outside the court.",
        "Lawyers noted that a different {noun}, {when}, had been challenged in the courts.",
        "another",
    ),
    NegativePair(
        "{Who} confirmed that {event} {happened} {when}.",
        "That was not the only {noun} in the case; another {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, the court heard.",
        "Jurors were also told about the {year} {noun}, which {happened} {when}.",
        "another",
    ),
    NegativePair(
        "{when}, {event} {happened}, officials said.",
        "Officials distinguished it from a separate {noun} {when}, which involved different parties.",
        "another",
    ),
    NegativePair(
        "{Event} {happened} {when}, according to {who}.",
        "Unlike {event}, the {year} {noun} {happened} {when} without incident.",
        "another",
    ),
)

BANK = dataclasses.replace(
    DEV,
    name="date28a",
    kinds=KINDS,
    date_first=DATE_FIRST,
    date_second=DATE_SECOND,
    negatives_date=NEGATIVES_DATE,
)
