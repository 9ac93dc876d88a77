"""The event model behind the consistency checks: which events an article tells of, and
the dates and places the text gives each of them.

Computed once per Doc (`events(doc)`, cached in `doc._.events`) as a list of event
dicts, the article's main event (the one its headline tells of) first:

    {"key": "visit", "label": "visit: Putin → North Korea", "main": True,
     "mentions": [token index, ...], "other_mentions": [token index, ...],
     "dates": [{"entry": <timeline entry>, "mention": i, "role": "at|start|end"}, ...],
     "places": [{"text", "span": (start, end), "mention": i, "sent": int}, ...]}

Its modules, each importing only the ones above it in this list:
- `syntax`: parse helpers all the others share (plurals, subjects, definite nouns, "it",
  verbs of saying, occurring, staging, hosting);
- `placenames`: which words name a place (NER, gazetteer, house style, location nouns);
- `mentions`: what is an event mention (event lemmas, nouns and verbs used as happenings);
- `instances`: another instance of an event, and irrealis;
- `dates`: which mention a date dates, and in what role;
- `places`: which places the parse attaches to a mention;
- `model`: grouping mentions into events, attaching dates and places, `events(doc)`.

No list of event kinds: a mention is
- a noun WordNet files as an act, event, phenomenon or process, a nominalised
  verb of a communication ("decree", "ruling"), or a gathering ("summit")
  (`analysis.lexicon`); or a noun the text dates ("the gala on 3 May"), one a
  verb of staging holds with an event sense in WordNet ("a vigil was held") or stages or
  hosts whatever WordNet files it as ("staged the derby"), what "after", "during" or "since"
  takes ("a week after the cyclone"), a storm that struck, or one said to be on a date whose
  usual senses include a happening ("The parade was on 3 July"), one that lasted into a time
  ("the vigil lasted into the night"), a word with a rare act sense a noun before it names that
  occurred ("the power cut struck"), or one with an event sense whose stuff a noun before it
  names, found by a verb of perception ("the ammonia leak was detected"); the same words
  written again after "the" where the tagger reads them otherwise ("said the booking glitch on
  9 March had"); an order, a notice or a threat after an event noun tells that event ("the
  quarantine order was imposed on 12 May");
- a verb that nominalises to one of the article's event nouns ("exploded" and
  "the explosion"; a synonym's act: "was shut" and "the closure"), or a verb of
  the headline's event ("welcomes") whose clause names a participant of the headline;
- a one-off change told twice by verbs alone of one definite thing, each dated
  ("the bridge collapsed on 2 December ... after the bridge collapsed on 5 December");
- a verb a later sentence names, with "the", by a bare noun of its own whose usual sense
  WordNet files as that verb's act, or defines by the verb ("Gunmen seized a tanker" ... "the
  hijacking"; "walked off the job" ... "the walkout"; `lexicon.names_act_of`), when the body
  names nothing by that noun before the verb.
Mentions of one lemma, or of lemmas that share a specific WordNet kind ("the
massacre", "the shooting": both homicides), also by the compound the text writes one in
("a power failure" ... "the blackout"), a word that is the last of a name of the other's kind
("the stoppage" for a strike, a work stoppage), or a word whose rarer sense is the one
event of that kind ("the explosion" ... "the blast"), are one event.

A mention is set aside as another instance when the text says so: plural,
"previous / next / another / second / similar ...", "its own", a year naming it ("the 2014
election"), a participant the event's first mentions do not have ("Yeltsin's
visit"), a later indefinite mention ("a strike"), or it sits inside
"since / after / before ...", or a relative clause on another instance's phrase tells of it,
or it and a verb of its act were done to two different things ("suspended parliament" ...
"the licence suspension").
A mention that is planned, future, conditional,
negated or hypothetical (will, would, plans, is scheduled, next year, if, not) is
irrealis: never compared with what happened; what was planned of one told as held was
overtaken ("The launch, originally scheduled for July, took place on 22 August"; "had been
planned for weeks", "planned months ahead"); "the likely cause of the explosion" weighs the
cause, not the explosion; what something was sent for is still to come ("sent to a laboratory
for confirmation"), what one will never forget has happened.

A date belongs to a mention when the parse attaches it to the mention or to the
predicate the mention is the subject or object of ("on/in/at DATE", "DATE's X",
"was on DATE", "X, which took place on DATE", "X was issued in DATE"), never
through since/after/before/until; a date the parse hung on what the event is about ("a vote
on the bill on Tuesday") or on a site an act was done at ("stole gems from a shop on
Wednesday") is the event's, and so is one the parse hung on a site right before it ("the
blast, which tore through the building in 2019") or on a bare noun after "without"
("adjourned without explanation on 5 September"), or a cleft's ("It was on 20 May that the
final took place, organisers said"); a date right after the event noun's complement is the
event's ("the blockade of the oil terminal on 2 June"), also in the subject of a negated clause
("the origin of the blackout in March was never explained"). "began/started on DATE" (or
"began a strike on DATE") gives the start, "ended on DATE" (or "completed the merger in March")
the end; "entered its sixth day on Saturday" gives none (a day inside it). The day crews were
called or alerted to it is its day. A verb the parse parts from the event (after an aside set
off by dashes or commas, after "after the X", or under "what police described as an X") is
the event's, for its date and place. A date in brackets after the event noun, set off after
its timing ("The heist's timing -- in 2015, ... --"), in a pseudo-cleft's free relative ("What
happened on 18 May was a walkout") or inside a not-until cleft's focus is the event's; so is
one in a relative clause that reports it, even as the parse misreads it ("which the met office
said hit in 2018", "said" an auxiliary), and a free relative a quote remembers or a source says
referring to the event ('"Nobody will forget what happened on 3 May," a baker said of it').

A place belongs to it through in/at/near/inside/across (and "to" for a trip, unless "from
... to ..." makes it a route), "hosted by", "held in", a relative clause, a place naming it
("the Lagos strike", "Zimbabwe's marathon"), a location noun (a suburb of X, the X district, X
as the venue, X became the scene of it), a site it names ("the crash site outside Liège"), "X,
where ...", "X was where ...", "there", "here" or "nearby" after the sentence's one place, a
dateline, "it" for the event just named, the place it affected ("much of Iran was affected by the
landslide"), a place phrase closing its clause or its relative clause on what it did ("the
olympiad drew 190 teams in Maputo", "broke out after a week of storms in Maputo", "the crush, which
left two people dead in Maputo"), a place named as its site, where unnamed people or cameras
were while it happened ("hikers who were in Cusco during the rockfall", "witnesses in Cusco
heard it as the rockfall struck"), the town its police are named after, "their district" of
the people of a place, where the people it harmed were ("residents in Ely affected by the
flood"), "the region" an officer of a place speaks of ("The governor of Belgorod said ... in the
region"), where people went to examine its site, or a short way ("a few miles") from a place. A word in
lower case names no place ("the prison van ambush"); a subject the parse took out of "because
of" or "due to" is not what its verb tells of ("flights ... because of the breach were diverted
to Lyon").
A place that only shares a sentence with the event is not its place; where what it left
behind was is an implied one, for an event placed nowhere else in its sentence ("Life in Lyon
was back to normal after the riot", or in its wake): never the main place, and a conflict
resting only on it is a warning.
"""

from analysis.events.mentions import event_lemma
from analysis.events.model import events, main_event
from analysis.events.placenames import place_of
from analysis.events.syntax import hyphen_head, speaks

__all__ = ["event_lemma", "events", "hyphen_head", "main_event", "place_of", "speaks"]
