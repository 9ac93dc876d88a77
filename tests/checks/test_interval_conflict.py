from __future__ import annotations

from tests.conftest import assert_one_finding, assert_spans_exact, findings

CODE = "date.interval_conflict"


def test_in_years_vs_since_year(run):
    title = "Pope makes first visit to Chile in 30 years"
    body = (
        "Pope Francis arrived in Santiago on 15 January 2018. It is the first papal visit since 2005, "
        "officials said. Crowds lined the streets."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    texts = [s["text"] for s in found[0]["spans"]]
    assert "first visit to Chile in 30 years" in texts
    assert any(t.endswith("since 2005") for t in texts)
    assert found[0]["spans"][0]["field"] == "title"
    assert_spans_exact(r, title, body)


def test_reference_event(run):
    title = "Storm hits Bergen"
    body = (
        "It was the first storm of its kind since the end of the Second World War. "
        "Residents said it was the first such storm since 1992."
    )
    found = findings(run(title, body, "2020-02-10T00:00:00"), CODE)
    assert len(found) == 1
    assert found[0]["evidence"]["claims"][0]["basis"] == "Second World War"


def test_consistent_claims(run):
    title = "Pope makes first visit to Chile in 30 years"
    body = "Pope Francis arrived on 15 January 2018. It is the first papal visit since 1987."
    assert findings(run(title, body), CODE) == []


def test_more_than_n_years(run):
    body = "It was the first fire there in more than 20 years. It was the first fire since 1985."
    assert findings(run("Fire in Oslo", body, "2019-05-01T00:00:00"), CODE) == []
    body = "It was the first fire there in more than 20 years. It was the first fire since 2010."
    assert len(findings(run("Fire in Oslo", body, "2019-05-01T00:00:00"), CODE)) == 1


def test_different_kinds_not_compared(run):
    body = (
        "It was the first visit in 24 years. The first summit between the two nations since the "
        "Korean War took place in 1991. The first election since 2005 is due."
    )
    assert findings(run("Leader visits", body, "2024-06-19T00:00:00"), CODE) == []


def test_number_words_and_negated_since(run):
    body = (
        "Not since 2013 had the city seen such a strike. "
        "There had not been a strike there for nine years, organisers said."
    )
    found = findings(run("Teachers walk out", body, "2019-05-01T00:00:00"), CODE)
    assert len(found) == 1


def test_gap_and_previous_occurrence(run):
    body = (
        "The flood ended a 40-year gap, the mayor's office said. "
        "Residents moved to higher ground. The previous flood was in 1989."
    )
    found = findings(run("River bursts its banks", body, "2019-05-01T00:00:00"), CODE)
    assert len(found) == 1


def test_last_one_takes_the_claim_before(run):
    body = (
        "It was the first eruption on the island in twelve years, scientists said. The last one was in 2007."
    )
    assert findings(run("Volcano erupts", body, "2019-05-01T00:00:00"), CODE) == []


# ---- claims read from the parse, in wordings the detector has no pattern for

PUB = "2019-05-01T00:00:00"


def test_it_had_been_n_years_since_vs_previous_in_apposition(run):
    body = (
        "It had been 18 years since the club last reached a final, the manager said after the match. "
        "The previous final, in 1990, ended in a heavy defeat."
    )
    found = findings(run("Club reaches cup final", body, PUB), CODE)
    assert len(found) == 1
    texts = [s["text"] for s in found[0]["spans"]]
    assert any("18 years" in t for t in texts)
    assert any(t.endswith("1990") for t in texts)


def test_negated_since_vs_first_in_number_words(run):
    body = (
        "No execution had been carried out in the state since 2006, prison officials said. "
        "Lawyers for the inmate said it was the first execution there in four years."
    )
    found = findings(run("State carries out execution", body, PUB), CODE)
    assert len(found) == 1
    assert found[0]["severity"] == "error"


def test_break_noun_vs_last_one(run):
    body = (
        "The walkout ended a nine-year hiatus in industrial action at the plant. "
        "The last walkout at the plant was in 2002, according to union records."
    )
    assert len(findings(run("Workers walk out at car plant", body, PUB), CODE)) == 1


def test_n_years_after_the_previous_one_vs_not_since(run):
    body = (
        "Scientists said the eruption came 35 years after the previous one. "
        "Not since 1960 had the island seen such an eruption."
    )
    assert len(findings(run("Volcano erupts", body, PUB), CODE)) == 1


def test_more_than_two_decades_vs_a_later_year(run):
    body = (
        "Legal experts called it the first such ruling in more than two decades. "
        "The last comparable ruling came in 2010, when the court sided with the government."
    )
    assert len(findings(run("Court rules on surveillance", body, PUB), CODE)) == 1


def test_consistent_gap_and_year(run):
    body = (
        "The strike ended a 12-year gap in industrial action. "
        "The previous strike took place in 2007, the union said."
    )
    assert findings(run("Dockers strike", body, PUB), CODE) == []


def test_a_persons_first_is_not_the_countrys_first(run):
    body = (
        "It was the country's first gold medal in the event in three years. "
        "For Maria Lopez, it was the first gold medal she had won since 2009."
    )
    assert findings(run("Lopez wins gold", body, PUB), CODE) == []


def test_possessive_person_is_another_series(run):
    body = (
        "The victory was Rafael Moreno's first win since 2012. "
        "It was also the team's first win in the competition in two years."
    )
    assert findings(run("Moreno wins", body, PUB), CODE) == []


def test_different_kinds_in_one_article(run):
    body = (
        "It was the first strike at the port in 12 years, the dockers' union said. "
        "The last flood at the port was in 1990, officials recalled."
    )
    assert findings(run("Port strike", body, PUB), CODE) == []


def test_contrasted_subject_is_not_compared(run):
    body = (
        "The capital had its first snowfall in 10 years on Tuesday. "
        "Elsewhere, the northern hills had not seen snowfall since 1995."
    )
    assert findings(run("Snow in the capital", body, PUB), CODE) == []


def test_time_words_are_not_previous_instances(run):
    body = (
        "It was the first strike in 12 years. Last year, in 2018, the union held talks. "
        "In the last 20 years the port has grown, and the previous week saw record traffic."
    )
    assert findings(run("Port strike", body, PUB), CODE) == []


def test_first_as_subject_of_another_verb_is_no_claim(run):
    body = (
        "The first phase of the project will last for five years. "
        "The first of the two trials begins next week; the judge has served for 12 years. "
        "It was the first phase of its kind since 2001, and the first trial in the city since 2001."
    )
    assert findings(run("Project begins", body, PUB), CODE) == []


# ---- round 3: claims spread over clauses and sentences, other subjects, counts in words


def _one(run, title: str, body: str) -> list[dict]:
    return findings(run(title, body, PUB), CODE)


def test_years_elapsed_since_an_earlier_instance_on_any_verb(run):
    body = (
        "Nine years have elapsed since the prior eruption of the volcano, geologists said. "
        "Not since 2001 had the island seen an eruption."
    )
    assert len(_one(run, "Volcano erupts", body)) == 1


def test_dangling_it_had_been_with_since_then_in_the_next_sentence(run):
    body = (
        "It had been eleven years. Not since then had the dockers staged a walkout, the union said. "
        "The last walkout at the port was in 2016, port records show."
    )
    assert len(_one(run, "Dockers walk out", body)) == 1


def test_relative_clause_with_reported_speech_names_its_antecedent(run):
    body = (
        "The eruption, which geologists said was the first in 30 years, passed without injuries. "
        "Records show the previous eruption came in 2012."
    )
    found = _one(run, "Volcano erupts", body)
    assert len(found) == 1
    assert found[0]["evidence"]["kind"] == "eruption"


def test_the_source_of_a_report_is_never_the_kind(run):
    body = (
        "The blackout, which emergency services said was the first in five years, ended at noon. "
        "Engineers said the previous blackout was in 2017."
    )
    found = _one(run, "City loses power", body)
    assert len(found) == 1
    assert found[0]["evidence"]["kind"] != "emergency"


def test_object_complement_and_the_one_before_it(run):
    body = (
        "Analysts called the merger the sector's first in 15 years. "
        "The one before it, analysts said, was in 2010."
    )
    assert len(_one(run, "Banks merge", body)) == 1


def test_year_as_subject_and_a_date_from(run):
    body = (
        "The council said 1998 had brought the last referendum of this kind. "
        "The town's last recorded referendum dates from 2011, the archive shows."
    )
    assert len(_one(run, "Town votes", body)) == 1


def test_not_one_in_more_than_n_years_vs_a_later_year(run):
    body = (
        "Not one execution had been carried out in the state in more than 20 years, lawyers said. "
        "In 2012, the previous execution took place; officials said little about it."
    )
    assert len(_one(run, "State carries out execution", body)) == 1


def test_for_the_first_time_trailing_the_clause(run):
    body = (
        "Residents faced an evacuation for the first time in 25 years. "
        "The previous evacuation, officials said, was in 2015."
    )
    assert len(_one(run, "Town evacuated", body)) == 1


def test_quoted_first_in_n_years(run):
    body = (
        '"This is the first hurricane to hit us in seven years," the mayor said. '
        "The previous hurricane struck the island in 2002."
    )
    assert len(_one(run, "Hurricane hits island", body)) == 1


def test_break_noun_ended_by_the_event_in_a_passive(run):
    body = (
        "A six-year gap was ended by the eruption, geologists said. "
        "The last eruption of the volcano was in 2004."
    )
    assert len(_one(run, "Volcano erupts", body)) == 1


def test_counts_in_words(run):
    body = (
        "It was the first eclipse seen from the city in a quarter of a century. "
        "Astronomers said the last one had been visible in 2009."
    )
    assert len(_one(run, "Eclipse", body)) == 1
    body = (
        "The derby returned after two and a half decades, fans said. The previous derby was played in 1994."
    )
    assert _one(run, "Derby returns", body) == []  # 2019 - 25 = 1994: consistent
    body = "It was the first flood in half a century. The previous flood came in 1999."
    assert len(_one(run, "River floods", body)) == 1


def test_north_and_south_are_two_series(run):
    body = (
        "The flood was the first in the north of the country in 12 years. "
        "In the south, the last flood was in 2015, officials said."
    )
    assert _one(run, "Floods in the north", body) == []


def test_a_compass_region_is_not_the_whole(run):
    body = (
        "The strike was the first in the city in 20 years. "
        "In the east of the country, the previous strike was in 2011."
    )
    assert _one(run, "City strike", body) == []


def test_largest_since_and_a_tenure_since_are_no_claims(run):
    body = (
        "The protest was the first in the capital in 15 years. "
        "It was also the largest since 2010, police said. "
        "The police chief, in the post since 2012, praised the crowd."
    )
    assert _one(run, "Capital protest", body) == []


def test_her_first_since_is_a_persons_series(run):
    body = (
        "The strike was the first at the hospital in 10 years. "
        "The nurse said it was her first strike since she qualified in 2015."
    )
    assert _one(run, "Nurses strike", body) == []


def test_the_date_of_the_one_before_is_not_the_events_date(run):
    body = (
        "The hearing was, lawyers said, the first in 12 years. "
        "The hearing before this one took place in 2007."
    )
    assert _one(run, "Court sits", body) == []


def test_consistent_wait_and_archive_year(run):
    body = (
        "The eruption began this week, ending a 15-year wait, scientists said. "
        "Archives date the previous eruption to 2004."
    )
    assert _one(run, "Volcano erupts", body) == []


def test_another_instance_governs_only_what_hangs_from_it(run):
    body = (
        "Yeltsin's visit in 1991, which marked the first summit between the two since 1950, "
        "was brief. The visit this week was the first in 28 years."
    )
    assert _one(run, "Leader visits", body) == []


# round 5 (interval5): verbs for the kind, possessive "first", "since CLAUSE in YEAR", dated
# instances inside a claimed gap, classifying adjectives


def test_a_passive_verb_with_last_counts_its_nominalisation(run):
    body = (
        "Saturday's defeat sealed the club's first relegation in 40 years, supporters said. "
        "The board met on Monday. The club was last relegated in 2016."
    )
    assert len(findings(run("Club goes down", body, "2024-05-20T00:00:00"), CODE)) == 1
    body = body.replace("2016", "1984")
    assert findings(run("Club goes down", body, "2024-05-20T00:00:00"), CODE) == []


def test_a_phrasal_verb_names_its_closed_compound(run):
    body = (
        "The measles outbreak is the first in the province since 1995, health officials said. "
        "Clinics extended their hours. Measles last broke out in the province in 2019."
    )
    assert len(findings(run("Measles returns", body, "2024-03-01T00:00:00"), CODE)) == 1


def test_a_causative_verb_names_the_event_it_causes(run):
    body = (
        "The rise was the central bank's first since 2008, analysts said. "
        "Markets fell. The central bank last raised interest rates in 2018."
    )
    assert len(findings(run("Bank lifts rates", body, "2024-03-01T00:00:00"), CODE)) == 1


def test_the_first_time_counts_the_verb_of_its_clause(run):
    body = (
        "It was the first time since 1999 that the ferry service had been suspended. "
        "Passengers were stranded overnight. The service was last suspended in 2015, the operator said."
    )
    assert len(findings(run("Ferries halted", body, "2024-01-10T00:00:00"), CODE)) == 1


def test_a_last_on_one_verb_does_not_date_a_conjoined_verb(run):
    body = (
        "The strike is the first at the mill in 30 years, the union said. "
        "The mill opened in 1975 and last modernised its looms in 2010."
    )
    assert findings(run("Mill workers strike", body, "2024-01-10T00:00:00"), CODE) == []


def test_the_regions_first_counts_the_subject(run):
    body = (
        "The drought is the state's first in half a century, forecasters said. "
        "Farmers sold cattle. The state's last drought ended in 2011."
    )
    assert len(findings(run("Dry summer", body, "2024-08-01T00:00:00"), CODE)) == 1


def test_a_year_in_a_since_clause_is_the_claims_year(run):
    body = (
        "It is the first recall of the hatchback since it was launched in 2012, the maker said. "
        "Owners will be contacted by letter. The hatchback was last recalled in 2019."
    )
    assert len(findings(run("Hatchback recalled", body, "2024-02-01T00:00:00"), CODE)) == 1


def test_a_dated_instance_inside_the_gap(run):
    title = "Tornado hits county"
    first = "It was the first tornado to hit the county in 25 years, the weather service said. "
    body = first + "A tornado tore through the county in 2015, destroying barns."
    assert len(findings(run(title, body, "2024-06-01T00:00:00"), CODE)) == 1
    for other in (
        "A tornado tore through the county in 1990, destroying barns.",  # before the gap
        "A tornado tore through a different county in 2015, destroying barns.",
        "A tornado could hit the county again in 2026, forecasters warned.",
        "A hailstorm tore through the county in 2015, destroying barns.",
    ):
        assert findings(run(title, first + other, "2024-06-01T00:00:00"), CODE) == [], other


def test_different_classifying_adjectives_are_two_series(run):
    first = "The vote is the country's first presidential election since 1994. Turnout was high. "
    body = first + "The last parliamentary election was held in 2019."
    assert findings(run("Country votes", body, "2024-04-01T00:00:00"), CODE) == []
    body = first + "The last presidential election was held in 2019."
    assert len(findings(run("Country votes", body, "2024-04-01T00:00:00"), CODE)) == 1


def test_described_as_the_first_and_an_appositive_first(run):
    body = (
        "Police described the hijacking as the first at the airport since 1987. "
        "Flights resumed in the evening. The airport's previous hijacking happened in 2011."
    )
    assert len(findings(run("Plane hijacked", body, "2024-02-01T00:00:00"), CODE)) == 1
    body = (
        "A jury acquitted the trooper, the state's first acquittal in a police shooting case in two decades. "
        "Protesters gathered outside. The state's last such acquittal, in 2017, drew protests."
    )
    assert len(findings(run("Trooper acquitted", body, "2024-02-01T00:00:00"), CODE)) == 1


def test_the_last_month_noun_snowfall_is_no_date(run):
    body = (
        "The snowfall was the first recorded in the town in April for 60 years, forecasters said. "
        "Roads were closed. The last April snowfall in the town was recorded in 2009."
    )
    assert len(findings(run("Late snow", body, "2024-04-10T00:00:00"), CODE)) == 1
    body = "The town has not seen snow in April for 60 years. Last April the town saw its wettest month."
    assert findings(run("Late snow", body, "2024-04-10T00:00:00"), CODE) == []


def test_a_different_era_is_no_other_place_and_records_began_is_a_since_year(run):
    body = (
        "Police described the burglary as the first on the estate since 1989. Residents were shocked. "
        "The estate's previous burglary was forty years ago, in a very different era."
    )
    assert len(findings(run("Burglary on estate", body, "2024-02-01T00:00:00"), CODE)) == 1
    body = (
        "It was the first burglary on the estate since the council began keeping records in 1979. "
        "Residents were shocked. The estate's last burglary was in 2010."
    )
    assert len(findings(run("Burglary on estate", body, "2024-02-01T00:00:00"), CODE)) == 1


def test_an_instance_without_the_claims_qualifier_is_no_conflict(run):
    first = "It was the first major earthquake in the region since 2004, seismologists said. Schools closed. "
    body = first + "An earthquake shook the region in 2012, cracking walls."
    assert findings(run("Quake shakes region", body, "2024-03-01T00:00:00"), CODE) == []
    body = first + "A major earthquake shook the region in 2012, cracking walls."
    assert len(findings(run("Quake shakes region", body, "2024-03-01T00:00:00"), CODE)) == 1


def test_verb_claims_about_two_subjects_are_two_series(run):
    first = "It was the first time in 25 years that the canal had frozen over. Skaters gathered. "
    body = first + "The canal last froze over in 2012."
    assert len(findings(run("Canal freezes", body, "2024-01-20T00:00:00"), CODE)) == 1
    body = first + "The reservoir last froze over in 2012."
    assert findings(run("Canal freezes", body, "2024-01-20T00:00:00"), CODE) == []


def test_a_verb_names_its_act_noun_though_the_noun_is_no_event(run):
    body = (
        "The mayor's resignation is the first from the council since 1988, officials said. "
        "An election will follow. A mayor last resigned from the council in 2015."
    )
    assert len(findings(run("Mayor quits", body, "2024-01-20T00:00:00"), CODE)) == 1


# round 6 (interval6): dated instances read from the parse


def test_an_instance_as_the_object_of_a_past_verb(run):
    first = (
        "The festival held its first parade in 12 years on Sunday, organisers said. Crowds lined the route. "
    )
    body = first + "The festival held a parade in 2019 to mark its anniversary."
    assert len(findings(run("Parade returns", body, "2024-06-01T00:00:00"), CODE)) == 1
    body = first + "A rival festival held a parade in 2019."  # another doer
    assert findings(run("Parade returns", body, "2024-06-01T00:00:00"), CODE) == []


def test_a_past_verb_with_a_definite_subject_dates_an_instance(run):
    first = "For the first time since 2009, the airline has cancelled its dividend. Shares fell. "
    body = first + "The airline cancelled its dividend in 2020 as the pandemic grounded flights."
    assert len(findings(run("Airline cuts payout", body, "2024-03-01T00:00:00"), CODE)) == 1
    for other in (
        "The airline cancelled its summer schedule in 2020.",  # done to something else
        "Analysts said a rival airline cancelled its dividend in 2020.",  # another doer
        "The airline was founded in 1995 and listed its shares in 2015.",
    ):
        assert findings(run("Airline cuts payout", first + other, "2024-03-01T00:00:00"), CODE) == [], other


def test_back_in_year_and_a_year_that_modifies_the_noun(run):
    body = (
        "The flood was the first to reach the market square in 20 years. Traders lost stock. "
        "Back in 2013, a flood reached the market square and closed it for a week."
    )
    assert len(findings(run("Flood hits market", body, "2024-02-01T00:00:00"), CODE)) == 1
    body = (
        "The parade was the festival's first since 2001. The route was short. "
        "The festival's 2016 parade drew 5,000 people."
    )
    assert len(findings(run("Parade returns", body, "2024-06-01T00:00:00"), CODE)) == 1


def test_it_has_been_n_years_since_a_clause(run):
    first = "It had been 14 years since a bear wandered into the village, residents said. Pupils stayed in. "
    body = first + "A bear wandered into the village in 2019, residents said."
    assert len(findings(run("Bear in village", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = first + "A bear wandered into the village in 2005, residents said."  # before the gap
    assert findings(run("Bear in village", body, "2024-05-01T00:00:00"), CODE) == []


def test_something_that_has_not_happened_since_counts_the_clause(run):
    body = (
        "The council was dissolved early, something that has not happened since 1974. Elections follow. "
        "The council was dissolved in 2008 after a scandal."
    )
    assert len(findings(run("Council dissolved", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_last_time_counts_its_clause(run):
    first = "The last time the bridge was closed to traffic was in 1996. Drivers took detours. "
    body = first + "The bridge was closed to traffic in 2011 for repairs."
    assert len(findings(run("Bridge closed", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = first + "The bridge was opened in 1960."
    assert findings(run("Bridge closed", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_distant_place_is_another_series(run):
    first = "The tremor was the first felt in the city since 1992, seismologists said. Nobody was hurt. "
    body = first + "A tremor struck a remote mountain district in 2010."
    assert findings(run("Tremor felt", body, "2024-05-01T00:00:00"), CODE) == []
    body = first + "A tremor struck the city in 2010, cracking plaster."
    assert len(findings(run("Tremor felt", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_neighbouring_or_nearby_place_is_another_series(run):
    """ "the first coup in the country since 2014" and "a coup in a neighbouring country in 2020":
    the small model tags "neighbouring" as a noun; its American spelling is WordNet's."""
    first = "It was the first coup in the country since 2014, diplomats said. Troops held the airport. "
    for where in ("a neighbouring country", "a nearby country"):
        body = first + f"A coup in {where} in 2020 went unchallenged."
        assert findings(run("Soldiers seize power", body, "2024-05-01T00:00:00"), CODE) == []
    body = first + "A coup in the country in 2020 went unchallenged."
    assert len(findings(run("Soldiers seize power", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_compound_noun_names_the_series(run):
    first = "Doctors performed the clinic's first hip replacement in eight years. The patient is recovering. "
    body = first + "The clinic carried out a knee replacement in 2020."
    assert findings(run("Clinic operates", body, "2024-05-01T00:00:00"), CODE) == []
    body = first + "The clinic carried out a hip replacement in 2020."
    assert len(findings(run("Clinic operates", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_last_time_a_town_saw_an_event_counts_the_event(run):
    body = (
        "The last time the valley saw a blackout was in 2009, engineers said. Crews worked overnight. "
        "The blackout was the first since 2018, when a blackout hit the area."
    )
    assert len(findings(run("Valley loses power", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "The blackout began on Monday, something that had not happened in the valley since 2015. "
        "Crews worked overnight. The valley was last hit by a blackout in 2009, engineers said."
    )
    assert len(findings(run("Valley loses power", body, "2024-05-01T00:00:00"), CODE)) == 1


# ---------------------------------------------------------------- round 7 (interval7)

PUB7 = "2024-05-01T00:00:00"


def _n(run, title: str, body: str) -> int:
    return len(findings(run(title, body, PUB7), CODE))


def test_a_neighbouring_place_as_the_object_of_the_instance_verb(run):
    """ "The archbishop visited a neighbouring diocese in 2016": the small model parses
    "neighbouring" as a noun in a compound; the instance is in another place."""
    first = "It was the first visit by an archbishop to the diocese in 25 years. Crowds lined the road. "
    assert _n(run, "Archbishop visits", first + "The archbishop visited a neighbouring diocese in 2016.") == 0
    assert _n(run, "Archbishop visits", first + "The archbishop visited the diocese in 2016.") == 1


def test_a_past_verb_tagged_as_present_is_dated_by_its_year(run):
    first = "The creek burst its banks for the first time in 30 years on Sunday. Roads were closed. "
    assert _n(run, "Creek floods", first + "The creek also burst its banks in 2012, residents recalled.") == 1
    assert _n(run, "Creek floods", first + "The creek also burst its banks in 1990, residents recalled.") == 0


def test_the_first_before_a_participle_is_a_claim(run):
    first = "The state funeral was the first held in the abbey in almost a century. Mourners queued. "
    assert _n(run, "State funeral", first + "A state funeral was held in the abbey in 1979.") == 1
    assert _n(run, "State funeral", first + "A state funeral was held in the abbey in 1920.") == 0


def test_a_bare_mass_object_names_the_instance(run):
    first = "The president granted amnesty to the rebels, the first amnesty in the country for 18 years. "
    body = first + "Talks went on. The president granted amnesty to deserters in 2015."
    assert _n(run, "Amnesty granted", body) == 1
    body = first + "Talks went on. The president granted citizenship to athletes in 2015."
    assert _n(run, "Amnesty granted", body) == 0


def test_wordnet_base_form_of_a_misread_verb(run):
    first = "The company's staging of the ballet is its first in three decades. Tickets sold out. "
    assert _n(run, "Ballet returns", first + "The company staged the ballet in 2009 on a tour.") == 1
    assert _n(run, "Ballet returns", first + "The company staged the ballet in 1985 on a tour.") == 0


def test_the_source_of_a_report_owns_no_series(run):
    first = "Vets reported the first anthrax case in the district in 20 years. Farms were sealed off. "
    assert _n(run, "Anthrax case", first + "The district confirmed an anthrax case in 2014.") == 1
    assert _n(run, "Anthrax case", first + "The district confirmed an anthrax case in 1999.") == 0


def test_the_possessor_of_the_object_owns_the_instance(run):
    first = "According to the agency, the downgrade is the city's first since 2001. Bonds fell. "
    assert _n(run, "City downgraded", first + "The agency downgraded the city's bond rating in 2013.") == 1
    assert (
        _n(run, "City downgraded", first + "A rival agency downgraded the state's bond rating in 2013.") == 0
    )


def test_the_adjectives_of_the_doer_are_no_subtype(run):
    first = "This marks the first time in 25 years that the national bank has bought gold. Prices rose. "
    assert (
        _n(run, "Bank buys gold", first + "The national bank bought gold in 2012 to shore up reserves.") == 1
    )
    assert _n(run, "Bank buys gold", first + "The national bank sold gold in 2012 to raise cash.") == 0


def test_a_verb_and_what_it_was_done_to_tell_the_claims_noun(run):
    first = "The side ended a 28-year wait for the championship on Sunday. Fans celebrated. "
    assert _n(run, "Side wins", first + "The side won the championship in 2003, records show.") == 1
    assert _n(run, "Side wins", first + "The side won the plate competition in 2003, records show.") == 0
    first = "It was the town's first rainfall in eleven weeks, but the town's first snowfall in six years. "
    assert _n(run, "Snow at last", first + "Snow fell on the town in 2021, forecasters said.") == 1
    assert _n(run, "Snow at last", first + "Snow fell on the town in 2016, forecasters said.") == 0


def test_a_bare_event_noun_in_another_region(run):
    first = "This is the first hail in the capital since 2010. Cars were damaged. "
    assert _n(run, "Hail in capital", first + "Heavy hail hit the south in 2016.") == 0
    assert _n(run, "Hail in capital", first + "Heavy hail hit the capital in 2016.") == 1


def test_an_event_noun_after_the_verbs_preposition_and_the_doer_in_a_by_phrase(run):
    first = "The strike is the first by dockers in 40 years. Ships waited offshore. "
    assert _n(run, "Dockers walk out", first + "Dockers went on strike in 2009 over pensions.") == 1
    assert _n(run, "Dockers walk out", first + "Pilots went on strike in 2009 over pensions.") == 0


def test_an_adverb_of_the_instance_verb_matches_the_claims_adjective(run):
    first = "The away victory at the stadium was the club's first in 19 years. Fans sang. "
    assert _n(run, "Away win", first + "The club won away at the stadium in 2015.") == 1
    assert _n(run, "Away win", first + "The club won at home in 2015.") == 0


def test_a_negated_verb_with_no_event_noun_counts_the_verb(run):
    first = (
        "The levee breach flooded two farms; officials said no levee in the county had failed in 25 years. "
    )
    assert _n(run, "Levee fails", first + "A levee in the county failed in 2011, flooding a road.") == 1
    assert _n(run, "Levee fails", first + "A levee in the county was raised in 2011 to stop floods.") == 0


def test_an_instance_dated_by_month_season_as_recently_as_or_years_ago(run):
    first = "The landslip was the first to close the coast road since 1998, engineers said. Cars queued. "
    for other in (
        "A landslip closed the coast road in February 2016.",  # month and year
        "A landslip closed the coast road in the spring of 2012.",  # season of a year
        "A landslip closed the coast road as recently as 2019.",
        "A landslip closed the coast road six years ago.",  # counted back from publication
    ):
        assert len(findings(run("Road shut", first + other, "2024-05-01T00:00:00"), CODE)) == 1, other
    for other in (
        "A landslip closed the coast road in February 1995.",  # before the claimed gap
        "A landslip closed the coast road 30 years ago.",
        "A landslip closed a mountain pass in February 2016.",  # another place
    ):
        assert findings(run("Road shut", first + other, "2024-05-01T00:00:00"), CODE) == [], other


def test_a_whole_count_of_decades_is_rounded(run):
    first = "The recount is the county's first in four decades. Officials began on Monday. "
    body = first + "The county last held a recount in 1981."  # 43 years: still "four decades"
    assert findings(run("Recount begins", body, "2024-05-01T00:00:00"), CODE) == []
    body = first + "The county last held a recount in 1995."  # 29 years: fewer than four decades
    assert len(findings(run("Recount begins", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_pronoun_subject_stands_for_the_doer_before_it(run):
    first = "The ferry company cancelled its winter timetable, its first cancellation since 2001. "
    body = first + "It had cancelled the timetable in 2015 because of a strike."
    assert len(findings(run("Ferries cut", body, "2024-01-10T00:00:00"), CODE)) == 1
    body = first + "A rival operator cancelled its timetable in 2015."  # another doer
    assert findings(run("Ferries cut", body, "2024-01-10T00:00:00"), CODE) == []


def test_a_verb_of_seeing_counts_what_was_seen(run):
    first = "Walkers spotted a golden eagle over the moor for the first time in 30 years. "
    body = first + "A golden eagle was filmed over the moor in 2011."
    assert len(findings(run("Eagle returns", body, "2024-04-10T00:00:00"), CODE)) == 1
    body = first + "An osprey was filmed over the moor in 2011."  # another bird
    assert findings(run("Eagle returns", body, "2024-04-10T00:00:00"), CODE) == []


def test_an_indefinite_doer_counts_any_such_doer(run):
    first = "It was the first time since 1990 that a Scot had climbed the north face in winter. "
    body = first + "A Scot climbed the north face in winter in 2008."
    assert len(findings(run("Winter ascent", body, "2024-02-10T00:00:00"), CODE)) == 1
    body = first + "A Norwegian climbed the north face in winter in 2008."  # another doer
    assert findings(run("Winter ascent", body, "2024-02-10T00:00:00"), CODE) == []


def test_a_body_that_does_the_act_is_its_doer_not_its_kind(run):
    first = "The synod lowered the fee for the first time in eleven years. "
    body = first + "The fee was lowered by the synod in 2019."
    assert len(findings(run("Fee cut", body, "2024-06-01T00:00:00"), CODE)) == 1
    body = first + "The fee was raised by the synod in 2019."  # another act
    assert findings(run("Fee cut", body, "2024-06-01T00:00:00"), CODE) == []


def test_n_years_after_the_thing_last_happened(run):
    first = "The outburst came 40 years after the geyser last erupted, rangers said. "
    body = first + "Rangers logged an eruption of the geyser in 2005."
    assert len(findings(run("Geyser blows", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "Rangers logged an eruption of the geyser in 1983."  # 41 years before
    assert findings(run("Geyser blows", body, "2024-07-01T00:00:00"), CODE) == []


def test_a_decade_long_wait_for_a_team_counts_the_subject(run):
    first = "Sunday's promotion ended a decade-long wait for the club. Fans cheered. "
    body = first + "The club won promotion in 2019."
    assert len(findings(run("Club promoted", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "The club won promotion in 2013."  # about a decade ago
    assert findings(run("Club promoted", body, "2024-07-01T00:00:00"), CODE) == []


def test_an_adverb_or_the_object_adjective_gives_the_instance_series(run):
    first = "The tribunal's unanimous ruling was the first since 1990. "
    body = first + "The tribunal unanimously issued a ruling in 2015."  # the adverb of the adjective
    assert len(findings(run("Tribunal rules", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "The tribunal narrowly issued a ruling in 2015."
    assert findings(run("Tribunal rules", body, "2024-07-01T00:00:00"), CODE) == []
    first = "The electric ferry is the port's first since 1995. "
    body = first + "The port launched an electric ferry in 2017."
    assert len(findings(run("Ferry launched", body, "2024-07-01T00:00:00"), CODE)) == 1


def test_such_counts_the_event_named_before_it(run):
    first = "Police carried out a dawn raid on the estate, the first such operation there in 15 years. "
    body = first + "Police carried out a dawn raid on the estate in 2019."
    assert len(findings(run("Estate raided", body, "2024-07-01T00:00:00"), CODE)) == 1


def test_a_verb_in_a_nouns_place_is_a_noun(run):
    # the small model tags "win" a verb and "warning" a gerund here, as subjects
    first = "The series win in South Africa was the team's first there in 20 years. "
    body = first + "The team's 2011 series win in South Africa came in the final Test."
    assert len(findings(run("Team wins", body, "2024-07-01T00:00:00"), CODE)) == 1
    first = "The tsunami warning, the first for the atoll since 1990, was cancelled. "
    body = first + "A tsunami warning was issued for the atoll in 2009."
    assert len(findings(run("Warning lifted", body, "2024-07-01T00:00:00"), CODE)) == 1


def test_a_cause_is_not_what_a_claim_counts(run):
    first = "The harbour shut for the first time since 1996 due to a storm, the port authority said. "
    body = first + "A neighbouring harbour shut in 2015."  # another doer
    assert findings(run("Harbour shut", body, "2024-07-01T00:00:00"), CODE) == []
    body = first + "The harbour shut in 2015 for repairs."
    assert len(findings(run("Harbour shut", body, "2024-07-01T00:00:00"), CODE)) == 1


def test_a_thing_visible_for_the_first_time_counts_sightings(run):
    first = "The glacier was visible from the village for the first time in 30 years. "
    body = first + "Hikers photographed the glacier from the village in 2015."
    assert len(findings(run("Glacier seen", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "Four years ago a partial eclipse was visible from the village."  # another thing
    assert findings(run("Glacier seen", body, "2024-07-01T00:00:00"), CODE) == []
    first = "The lighthouse was open to the public for the first time in 30 years. "
    body = first + "Visitors photographed the lighthouse in 2015."  # a photograph is no opening
    assert findings(run("Lighthouse opens", body, "2024-07-01T00:00:00"), CODE) == []


def test_a_past_copula_with_an_indefinite_event_dates_an_instance(run):
    first = "The meteor shower was the first visible over the city in 25 years. "
    body = first + "Four years ago a meteor shower was visible over the city."
    assert len(findings(run("Shower seen", body, "2024-07-01T00:00:00"), CODE)) == 1


def test_the_first_before_a_participle_counts_the_copulas_subject(run):
    first = "The port's new crane is the first installed on the quay since 1988. "
    body = first + "A new crane was installed on the quay in 2010."
    assert len(findings(run("Crane installed", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "A new gate was installed on the quay in 2010."  # another thing
    assert findings(run("Crane installed", body, "2024-07-01T00:00:00"), CODE) == []


def test_a_verb_instance_names_the_act_of_its_synonym(run):
    first = "The imprisonment of a journalist was the country's first in 12 years, press groups said. "
    body = first + "The country jailed a journalist in 2019 over a blog post."  # "jail", as "imprison"
    assert len(findings(run("Reporter jailed", body, "2024-07-01T00:00:00"), CODE)) == 1
    body = first + "The country expelled a journalist in 2019."  # another act
    assert findings(run("Reporter jailed", body, "2024-07-01T00:00:00"), CODE) == []


def test_a_last_time_in_a_clause_joined_on_is_that_clauses_own(run):
    # "was in 2001, and their last cup win came in 1988": 2001 is not the last cup win's year
    title = "Rovers dream again"
    body = (
        "The club's most recent league title was in 2001, and their last cup win came in 1988, "
        "long before the current squad was born."
    )
    assert findings(run(title, body, "2024-03-04T00:00:00"), CODE) == []


def test_the_first_one_to_do_something_since_a_year(run):
    # "the first X to VERB ... since YEAR": the parse hangs the infinitive on the copula
    title = "Typhoon lashes coast"
    body = (
        "It was the first typhoon to hit the province since 1987, officials said.\n\n"
        "A typhoon hit the province in 2011, destroying two harbours."
    )
    found = run(title, body, "2024-06-01T00:00:00")
    assert_one_finding(found, CODE, {"first typhoon to hit the province since 1987"})
    assert_spans_exact(found, title, body)
    body = body.replace(
        "It was the first typhoon to hit the province since 1987",
        "The storm was the first typhoon to hit the province in 30 years",
    )
    assert_one_finding(
        run(title, body, "2024-06-01T00:00:00"), CODE, {"first typhoon to hit the province in 30 years"}
    )


def test_two_named_owners_count_two_series(run):
    # Norway's gap and Sweden's last win are two series; one owner's two claims are one
    title = "Relay gold at last"
    body = (
        "The team said Norway won the relay for the first time in 15 years.\n\n"
        "Sweden last won the relay in 2017, finishing ahead of Finland."
    )
    assert findings(run(title, body, "2024-03-04T00:00:00"), CODE) == []
    body = body.replace("Sweden last won", "Norway last won")
    assert_one_finding(run(title, body, "2024-03-04T00:00:00"), CODE, {"last won the relay in 2017"})


def test_a_pronoun_standing_for_another_side_is_not_the_named_owner(run):
    # "they" stands for the subject of the sentence before, another club than the named one
    body = (
        "United's most recent league title was in 2011. The visitors from Lisbon have finished "
        "second for three seasons. But they have not won the title since 2002, and their fans are restless."
    )
    assert findings(run("Derby day", body, "2024-03-01T00:00:00"), CODE) == []
    same = (
        "United's most recent league title was in 2011. United have finished second for three "
        "seasons. But they have not won the title since 2002, and their fans are restless."
    )
    assert len(findings(run("Derby day", same, "2024-03-01T00:00:00"), CODE)) == 1


def test_a_named_competition_narrows_the_series_of_a_claim(run):
    # "Copa America success" is a series of its own: two ordinary wins in 2019 are not one
    body = (
        "The squad managed only two wins, against Peru and Chile, in 2019. Their last Copa America "
        "success came in 1995, coach Ramos said."
    )
    assert findings(run("Squad named", body, "2024-03-01T00:00:00"), CODE) == []


def test_a_claim_that_names_nothing_counts_the_series_before_it(run):
    # "it", "that", "the previous occasion", "did so": the claim before it says what is counted
    title = "Ferry back on the water"
    body = (
        "The island ferry ran a winter timetable for the first time in 14 years, the operator said.\n\n"
        "Harbour staff said the previous occasion was in 2017."
    )
    found = run(title, body, "2024-02-01T00:00:00")
    assert_one_finding(found, CODE, {"previous occasion was in 2017"})
    assert_spans_exact(found, title, body)
    for second in (
        "According to harbour staff, it last happened in 2017.",
        "The last time that happened was in 2017, harbour staff said.",
        "Harbour staff said it was last done in 2017.",
    ):
        body2 = body.replace("Harbour staff said the previous occasion was in 2017.", second)
        assert len(findings(run(title, body2, "2024-02-01T00:00:00"), CODE)) == 1, second
    # the same year said two ways is no conflict
    consistent = body.replace("2017", "2010")
    assert findings(run(title, consistent, "2024-02-01T00:00:00"), CODE) == []


def test_an_earlier_instance_with_a_or_an_is_not_the_last_one(run):
    # "an earlier X" is one of the earlier ones; only "the previous X" is the last one
    title = "Orchestra returns"
    body = (
        "The concert was the orchestra's first tour in nine years.\n\n"
        "A previous tour, in 2003, had taken the musicians to Japan."
    )
    assert findings(run(title, body, "2024-05-01T00:00:00"), CODE) == []
    body = body.replace("A previous tour", "The previous tour")
    assert len(findings(run(title, body, "2024-05-01T00:00:00"), CODE)) == 1


def test_what_a_verb_claim_took_is_named_by_its_own_word(run):
    # the article's "reward" takes "dividend" in as its kind; the verb's object still names
    # a dividend, as the other claim's noun does
    title = "Lender pays out"
    body = (
        "Investors were offered a reward for their patience. "
        "The bank's dividend was the first in 12 years.\n\n"
        "The bank last paid a dividend in 2019."
    )
    assert_one_finding(run(title, body, "2024-04-01T00:00:00"), CODE, {"last paid a dividend in 2019"})


def test_a_thing_brought_in_a_passive_is_not_whose_series_it_is(run):
    # "a bonus was paid": the bonus is what is counted, as in "the mining firm last paid a
    # bonus"; two holders ("a lake", "the river") still count two series
    title = "Miners rewarded"
    body = (
        "A bonus was paid to miners for the first time in a decade.\n\n"
        "The mining firm last paid a bonus in 2020."
    )
    assert_one_finding(run(title, body, "2024-04-01T00:00:00"), CODE, {"last paid a bonus in 2020"})
    title = "Skaters out early"
    body = (
        "For the first time in 20 years, a lake in the park was frozen over.\n\n"
        "The river last froze over in 2015."
    )
    assert findings(run(title, body, "2024-01-10T00:00:00"), CODE) == []


def test_an_existential_there_was_dates_an_instance(run):
    # "there had been an X in YEAR" tells of one more X then, as "an X struck in YEAR" does
    body = (
        "The mine reopened on Monday, the first reopening of a mine in the valley in 15 years. "
        "Local historians said there had been a reopening of a mine in the valley in 2019."
    )
    assert len(findings(run("Valley mine reopens", body, "2024-03-01T00:00:00"), CODE)) == 1
    body = "The mine reopened on Monday, the first reopening in 15 years. There will be a reopening in 2030."
    assert findings(run("Valley mine reopens", body, "2024-03-01T00:00:00"), CODE) == []


def test_a_stretch_of_years_without_one(run):
    # "a stretch of N years without an X": the last X was N years ago, whatever the stretch is called
    body = (
        "Saturday's victory ended a barren stretch of 14 years without a trophy for the club. "
        "The club last lifted a trophy in 2019, when it won the regional shield."
    )
    assert len(findings(run("Club wins", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_between_a_year_and_now_is_since_that_year(run):
    # "no X between YEAR and now" says what "no X since YEAR" says
    body = (
        "Ferry operators logged no cancellation of the crossing between 2004 and now. "
        "The crossing was last cancelled in 2016, after a storm damaged the pier."
    )
    assert len(findings(run("Crossing cancelled", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_possessive_year_names_the_last_instance(run):
    # "2009's eruption was the last" as "the 2009 eruption was the last"
    body = (
        "The volcano erupted on Tuesday for the first time in 20 years, geologists said. "
        "2012's eruption was the last before this one, according to the observatory."
    )
    assert len(findings(run("Volcano erupts", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_not_since_with_a_fronted_auxiliary_counts_its_object(run):
    # "Not since YEAR had the town seen an X": what was not seen is counted, however parsed
    body = (
        "Not since 1991 had the orchard produced a crop, farmers said. "
        "The orchard's last crop came in 2008, before the frost killed the trees."
    )
    assert len(findings(run("Orchard crop", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_phrase_between_the_subject_and_its_verb_is_the_subjects(run):
    # "The choir's first tour abroad in 20 years starts ...": the parse hangs "in 20 years" on
    # the verb, but it comes before the verb, so it belongs to the subject's "first"
    body = (
        "The choir's first tour abroad in 20 years starts on Friday. "
        "The choir last toured abroad in 2017, its director said."
    )
    assert len(findings(run("Choir on tour", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_stretch_without_one_inside_a_prepositional_phrase(run):
    # "brought to an end a stretch of N years without an X": the "without" the parse hung on the
    # verb of the preposition the stretch sits in
    body = (
        "The governor's decision brought to an end a stretch of 11 years without a pardon. "
        "The previous pardon was granted in 2018, to a farmer jailed for theft."
    )
    assert len(findings(run("Pardon granted", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_claim_about_some_other_owner_counts_another_series(run):
    # "A rival firm last ...": some other one than the series the first claim counts
    body = (
        "The dividend was the first paid by the group for twelve years. "
        "A rival firm last paid a dividend in 2003, analysts said."
    )
    assert findings(run("Dividend back", body, "2024-03-01T00:00:00"), CODE) == []
    same = (
        "The dividend was the first paid by the group for twelve years. "
        "The group last paid a dividend in 2003, analysts said."
    )
    assert len(findings(run("Dividend back", same, "2024-03-01T00:00:00"), CODE)) == 1


def test_a_possessor_with_a_or_another_is_some_other_owner(run):
    body = (
        "It was the first air show at the base in 15 years, organisers said. "
        "Another county's most recent air show was staged in 2001."
    )
    assert findings(run("Air show returns", body, "2024-06-01T00:00:00"), CODE) == []


def test_a_stand_in_seen_or_had_counts_the_claim_before(run):
    # "Locals had last witnessed one", "Veterans recall the last one": a verb of seeing, knowing
    # or having does nothing to the series; its "one" is the thing the claim before counted
    body = (
        "The harbour staged its first regatta in 14 years on Saturday. Rain fell all day. "
        "Locals had last witnessed one in 2018, the harbour master said."
    )
    assert len(findings(run("Regatta returns", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "Crowds watched the first flypast over the town in 20 years. Veterans recall the last one, in 2019."
    )
    assert len(findings(run("Flypast", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "The court called it the first acquittal on appeal in well over ten years. "
        "It was six years ago that the bar last saw anything like it."
    )
    assert len(findings(run("Acquitted", body, "2024-05-01T00:00:00"), CODE)) == 1
    # what was seen is named, and is another thing: another series
    other = (
        "The harbour staged its first regatta in 14 years on Saturday. "
        "Locals had last witnessed a flood in 2018, the harbour master said."
    )
    assert findings(run("Regatta returns", other, "2024-05-01T00:00:00"), CODE) == []


def test_we_and_our_speak_for_a_group(run):
    # a spokesman's "our first carnival" is the town's, not a person's own series
    body = (
        '"This is our first carnival in 11 years," a council spokesman said. '
        "The town's last carnival was held in 2019."
    )
    assert len(findings(run("Carnival", body, "2024-05-01T00:00:00"), CODE)) == 1
    same = (
        '"This is our first carnival in 11 years," a council spokesman said. '
        "The town's last carnival was held in 2013."
    )
    assert findings(run("Carnival", same, "2024-05-01T00:00:00"), CODE) == []


def test_a_lower_case_word_tagged_as_a_name_is_what_is_counted(run):
    # the tagger takes "nova" for a proper noun: it is still the claim's own kind, not the
    # previous claim's
    body = (
        "It was the first bond default in twenty years. "
        "The same month brought the region's first nova since 1997."
    )
    assert findings(run("Default", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_first_set_off_after_the_object_is_in_apposition_to_it(run):
    # "counted the wolf pack, their first since 2009": the parse hangs "first" on the verb as an
    # adverbial; it still names the object before it, not the article's main event
    body = (
        "A strike closed the port on Monday. The rangers counted the wolf pack, their first since 2009. "
        "The rangers had last counted a wolf pack in 2018."
    )
    assert len(findings(run("Wolves", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_about_or_some_n_years_widens_by_a_quarter_of_n(run):
    # "some five years" is four to six years, not two to eight
    body = (
        "Officials said it was the first cholera case in the district for some five years. "
        "The previous case, records show, was in 2016."
    )
    assert len(findings(run("Cholera", body, "2024-05-01T00:00:00"), CODE)) == 1
    # "some 30 years" still allows three years either way
    body = (
        "Officials said it was the first cholera case in the district for some 30 years. "
        "The previous case, records show, was in 1991."
    )
    assert findings(run("Cholera", body, "2024-05-01T00:00:00"), CODE) == []


def test_the_one_before_it_is_the_previous_instance(run):
    # "The one before it was in YEAR", "the X before that one": the small model makes "before it
    # was ..." a clause, but after a noun it still names the instance before this one
    body = (
        "The lighthouse keeper logged a whale stranding on Sunday, the first in 18 years. "
        "The one before it was in 2015, the keeper recalled."
    )
    assert len(findings(run("Whale stranded", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_not_once_in_years_is_a_negated_claim(run):
    # "Not once in N years had ...": the negation sits on "once", before the phrase
    body = (
        "Fishermen said it was a remarkable catch. "
        "Not once in 25 years had the harbour landed a bluefin tuna. "
        "The harbour's last bluefin tuna was landed in 2016."
    )
    assert len(findings(run("Tuna landed", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_it_is_years_since_with_since_on_the_duration(run):
    # "It is N years since the last X": the parse hangs "since" on the duration, not the copula
    body = (
        "The monastery held its first public procession since 1999 on Sunday. "
        "It is eight years since the last procession, the abbot said."
    )
    assert len(findings(run("Procession", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_as_long_ago_as_a_year_dates_the_last_instance(run):
    body = (
        "Fans celebrated the club's first promotion in 30 years. "
        "Its last promotion was as recently as 2011, the chairman noted."
    )
    assert len(findings(run("Promotion", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_year_x_was_the_previous_one(run):
    # "The 2012 X was the previous one": "previous" on the copula's generic noun
    body = (
        "The village fete returned on Saturday after a gap of 20 years. "
        "The 2016 fete was the previous one, the parish council said."
    )
    assert len(findings(run("Fete returns", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_years_of_waiting_is_a_break(run):
    # "ended N years of waiting" says what "ended an N-year wait" says
    body = (
        "The reopening of the ferry link on Monday ended 14 years of waiting for islanders. "
        "The previous reopening of the link came in 2019, the operator said."
    )
    found = findings(run("Ferry link", body, "2024-05-01T00:00:00"), CODE)
    assert len(found) == 1


def test_a_wait_that_reaches_back_to_a_year_is_since_that_year(run):
    body = (
        "The orchestra gave a concert in the cathedral on Friday, ending a wait that went back to 1996. "
        "The last concert in the cathedral was in 2014, the dean said."
    )
    assert len(findings(run("Concert", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_wait_for_an_x_is_over_after_years(run):
    body = "The wait for a derby victory is over after 16 years. The club's last derby victory came in 2017."
    assert len(findings(run("Derby", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_waiting_until_a_year_for_the_last_one(run):
    # "had to wait until YEAR for the last X": the last X came in that year
    body = (
        "The island recorded a measles case on Monday, its first in 20 years. "
        "Doctors there had waited until 2017 for the last measles case."
    )
    assert len(findings(run("Measles", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_predecessor_is_the_previous_instance(run):
    body = (
        "The bridge festival, the first in 25 years, opened on Friday. "
        "Its predecessor was staged in 2013, organisers said."
    )
    assert len(findings(run("Festival", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_following_one_in_a_year(run):
    # "The X followed one in YEAR": what it came after, a stand-in for its own kind
    body = "The blackout was the first in the district in 30 years. It followed one in 2012, residents said."
    assert len(findings(run("Blackout", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_year_that_was_the_last_year_with_one(run):
    body = (
        "The town's carnival was the first in 22 years. "
        "Residents said 2015 was the last year with a carnival."
    )
    assert len(findings(run("Carnival", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_hyphenated_kind_is_one_word_whichever_part_the_parse_picked(run):
    # "semi-final": the small model tags the word an adjective and picks either part as the noun
    body = (
        "The school choir reached the semi-final, the first since 1998. "
        "The previous semi-final was in 2014, teachers said."
    )
    assert len(findings(run("Choir", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_compound_modifier_is_not_the_kind(run):
    # "the death sentence" counts sentences; "death" only says which
    body = (
        "Described by lawyers as the first in seven years, the death sentence shocked the town. "
        "The most recent death sentence there was handed down in 2003, they said."
    )
    assert len(findings(run("Sentence", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_none_stands_for_the_event_of_the_sentence_before(run):
    body = (
        "Rangers spotted a lynx in the forest on Friday. None had been seen for 40 years. "
        "The last lynx in the forest was seen in 2009, the rangers said."
    )
    assert len(findings(run("Lynx", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_holder_owned_by_a_pronoun_or_nearby_is_another_holder(run):
    # "their neighbours' last X", "a neighbouring parish last held one": not their series
    body = (
        "Their first harvest festival since 2004 was held on Sunday. "
        "Their neighbours' last harvest festival was in 1995."
    )
    assert findings(run("Festival", body, "2024-05-01T00:00:00"), CODE) == []
    body = (
        "The parish's first harvest festival in 20 years was held on Sunday. "
        "A neighbouring parish last held a harvest festival in 1990."
    )
    assert findings(run("Festival", body, "2024-05-01T00:00:00"), CODE) == []


def test_than_the_previous_one_compares_with_the_subject(run):
    body = (
        "The pilgrimage, the first in 15 years, drew bigger crowds than the previous one, in 2016. "
        "Organisers were delighted."
    )
    assert len(findings(run("Pilgrimage", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_subject_of_a_raising_verb_is_the_copulas(run):
    # "The pair is believed to be the first in N years": the subject of "is believed"
    body = (
        "The nesting pair is thought to be the first in 30 years. "
        "The last nesting pair on the cliffs was seen in 2012."
    )
    assert len(findings(run("Nesting", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_seasons_count_years(run):
    # a sports season comes once a year: "the first title in 11 seasons" is in 11 years
    body = (
        "The rugby club lifted the shield for the first time in 11 seasons. "
        "The club's last shield came in 2020, its captain said."
    )
    assert len(findings(run("Shield", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_previous_or_former_holder_is_another_holder(run):
    body = (
        "The council's first budget surplus in nine years was announced on Friday. "
        "The former council last posted a budget surplus in 2001."
    )
    assert findings(run("Surplus", body, "2024-05-01T00:00:00"), CODE) == []


def test_the_first_before_a_participle_noun_counts_the_copulas_subject(run):
    # "The colony is the first recorded ... since YEAR": the parse makes "recorded" the noun
    body = (
        "The orchid is the first recorded in the county since 1985. "
        "An orchid was last recorded in the county in 2016."
    )
    assert len(findings(run("Seals", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_pointer_of_the_one_before_it_is_this_one(run):
    # "The one before it": "it" is the event spoken of, not a noun of the sentence before
    body = (
        "It had been more than ten years since the last regatta on the lake, the club said. "
        "Members voted on new rules for the boat house. "
        "The one before it was in 2019, the club said."
    )
    assert len(findings(run("Regatta", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_since_at_least_a_year_leaves_the_last_one_open_to_the_past(run):
    body = (
        "The pageant was the first since at least 2010, historians said. "
        "The last pageant before this one was staged in 2004."
    )
    assert findings(run("Pageant", body, "2024-05-01T00:00:00"), CODE) == []
    body = "The pageant was the first since at least 2010. The last pageant was staged in 2016."
    assert len(findings(run("Pageant", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_the_x_before_this_one_is_not_the_date_of_this_one(run):
    # "The fair before this one took place in 1994", "before" parsed as a clause's: that date is
    # the previous fair's, so "the first in 30 years" still counts back from publication
    body = (
        "The fair was, organisers said, the first in thirty years. "
        "The fair before this one took place in 1994."
    )
    assert findings(run("Fair", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_wait_measured_by_its_verb(run):
    # "had waited N years for an X", "the wait for an X lasted N years", "the wait had lasted"
    body = (
        "Climbers on the ridge had waited 14 years for a rockfall. "
        "The previous rockfall there was in 2019, rangers said."
    )
    assert len(findings(run("Rockfall", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "The town's wait for a marathon lasted nine years. Runners recalled the last marathon, held in 2004."
    )
    assert len(findings(run("Marathon", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "The quarry blast was the first in six years, the operator said. "
        "Neighbours insisted the wait had lasted 15 years."
    )
    assert len(findings(run("Quarry", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = "The drought lasted five years and ruined the harvest. It was the first crop failure since 1990."
    assert findings(run("Drought", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_place_owning_the_series_is_where_it_is_counted(run):
    # "Bavaria had its first ..." and "In Saxony, the last ...": two regions, two series
    body = (
        "Bavaria recorded its first avalanche warning in 25 years on Sunday. "
        "In Saxony, the last avalanche warning was issued in 2011, officials said."
    )
    assert findings(run("Alps", body, "2024-05-01T00:00:00"), CODE) == []
    body = (
        "Bavaria recorded its first avalanche warning in 25 years on Sunday. "
        "In Bavaria, the last avalanche warning was issued in 2011, officials said."
    )
    assert len(findings(run("Alps", body, "2024-05-01T00:00:00"), CODE)) == 1


def test_a_negated_stand_in_counts_the_claim_before_it(run):
    # "it had not happened", "had not had one": nothing named, the series of the claim before
    body = (
        "The ferry strike was the first in four years, the union said. Passengers were stranded. "
        "The operator insisted it had not happened since 2009."
    )
    assert len(findings(run("Ferry", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = (
        "The ferry strike was the first in four years, the union said. Passengers were stranded. "
        "Never since 2008, the operator said, had the port seen one."
    )
    assert len(findings(run("Ferry", body, "2024-05-01T00:00:00"), CODE)) == 1
    body = "It had not snowed since 2009, farmers said. The ferry strike was the first in four years."
    assert findings(run("Ferry", body, "2024-05-01T00:00:00"), CODE) == []


def test_first_on_a_compound_modifier_belongs_to_the_compound(run):
    # the small model hangs "first" on "moon" in "the first moon walk"
    body = (
        "Crowds watched. Officials called it the first moon walk in 9 years. "
        "The previous moon walk came in 2010."
    )
    assert len(findings(run("Astronauts", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2010", "2015")
    assert findings(run("Astronauts", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_duration_after_a_preposition_the_parse_left_empty(run):
    # "in well over eight years": the parse hangs "well over" and "years" apart from "in"
    body = (
        "Trains halted on Monday. The rail stoppage was the region's first in well over eight years. "
        "The region's last stoppage was in 2020, the union said."
    )
    assert len(findings(run("Rail", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2020", "2013")
    assert findings(run("Rail", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_wait_reaching_back_to_a_year(run):
    # the clause reaching back to the year hangs on the verb or on what was awaited
    body = (
        "Ending a wait stretching back to 2009, the harbour hosted a regatta on Saturday. "
        "The last regatta there was held in 2016."
    )
    assert len(findings(run("Sailors return to the harbour", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = (
        "The census began on Monday. The wait for a census, which reached back to 1979, is over. "
        "The previous census was in 1988."
    )
    assert len(findings(run("Census", body, "2024-09-01T00:00:00"), CODE)) == 1
    assert findings(run("Census", body.replace("1988", "1979"), "2024-09-01T00:00:00"), CODE) == []


def test_two_claims_with_different_compound_modifiers_count_different_series(run):
    # a lung transplant and a heart transplant are two series, as a claim and an instance
    # already were; the same compound on both sides still conflicts
    body = (
        "Surgeons operated overnight. It was the hospital's first lung transplant in 12 years. "
        "The hospital's last heart transplant was in 1990, a spokesman said."
    )
    assert findings(run("Transplant", body, "2024-09-01T00:00:00"), CODE) == []
    body = body.replace("heart", "lung")
    assert len(findings(run("Transplant", body, "2024-09-01T00:00:00"), CODE)) == 1


def test_years_that_went_by_without_one(run):
    # the duration is the subject: "N years passed / went by without an X"
    body = (
        "The lake froze over on Sunday. Nine years had passed without a freeze on the lake, the "
        "ranger said. The lake's last freeze was in 2021."
    )
    assert len(findings(run("Frozen lake", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2021", "2015")
    assert findings(run("Frozen lake", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_word_with_hyphens_after_a_modifier(run):
    # "first" hangs on "staff", and "walk-out" is one word: the whole is the claim's noun
    body = (
        "Nurses left their wards on Friday. It was the hospital's first staff walk-out in over ten years. "
        "Its previous walk-out took place in 2019, the union said."
    )
    assert len(findings(run("Nurses", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2019", "2011")
    assert findings(run("Nurses", body, "2024-09-01T00:00:00"), CODE) == []


def test_the_latest_is_an_earlier_one_only_when_the_sentence_says_so(run):
    # "the latest X" is mostly this one; "before this" or a past perfect makes it the previous one
    body = (
        "Floodwater reached the square on Monday. It was the town's first flood in 20 years. "
        "Until this week, the town's latest flood had been in 2019, the mayor said."
    )
    assert len(findings(run("Flood", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = (
        "Floodwater reached the square on Monday. It was the town's first flood in 20 years. "
        "The latest flood began on Monday morning, in 2024, the mayor said."
    )
    assert findings(run("Flood", body, "2024-09-01T00:00:00"), CODE) == []


def test_the_last_noun_of_a_compound_is_what_is_counted(run):
    # "typhus outbreak" counts outbreaks however the tagger took "outbreak" (here a verb with
    # "typhus" its subject, though WordNet has no verb "outbreak"): "typhus" names no event
    body = (
        "Cases rose sharply on Monday. The last typhus outbreak before this one was nine years ago, "
        "doctors said. Doctors said the previous typhus outbreak there began in 2005."
    )
    assert len(findings(run("Typhus", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2005", "2015")
    assert findings(run("Typhus", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_verb_after_last_is_no_noun_the_tagger_missed(run):
    # "last" is an adverb of the verb after it: "hit" says what the hailstorm did, though
    # WordNet also has "hit" as an event noun; the hailstorm is what is counted
    body = (
        "Hail stripped the orchards on Thursday. A hailstorm had last hit the town eleven years ago, "
        "meteorologists said. The town's previous hailstorm was in 2021."
    )
    assert len(findings(run("Hail", body, "2024-09-01T00:00:00"), CODE)) == 1
    body = body.replace("2021", "2013")
    assert findings(run("Hail", body, "2024-09-01T00:00:00"), CODE) == []


# ---- round 45: a gap counted back from the year its own clause gives


def test_gap_counts_back_from_the_year_of_its_own_clause(run):
    # published in 2024, but the clause says 2013: "in 30 years" points to about 1983
    said = "The island staged the regatta in 2013 for the first time in 30 years, the organisers said. "
    fronted = "In 2013 the island staged the regatta for the first time in 30 years, the organisers said. "
    for first in (said, fronted):
        agreeing = first + "Sailors recalled that the island last staged the regatta in 1983."
        assert findings(run("Regatta returns", agreeing, PUB), CODE) == [], first
        disagreeing = first + "Sailors recalled that the island last staged the regatta in 1961."
        assert len(findings(run("Regatta returns", disagreeing, PUB), CODE)) == 1, first


def test_the_first_time_set_off_after_its_clause_is_a_claim(run):
    # ", the first time in 25 years" says of its clause what "for the first time" does
    first = "The council cut the rates in 2011, the first time in 25 years, its leader said. "
    agreeing = first + "Officials said the council last cut the rates in 1986."
    assert findings(run("Rates cut", agreeing, PUB), CODE) == []
    disagreeing = first + "Officials said the council last cut the rates in 1970."
    assert len(findings(run("Rates cut", disagreeing, PUB), CODE)) == 1


# ---- round 46: two words for one organisation that did the same thing


def test_the_team_and_the_club_that_won_one_thing_are_one_holder(run):
    first = "Fans danced after the team won the league for the first time since 2009. "
    disagreeing = first + "The club had last won the league in 1996, historians noted."
    assert len(findings(run("Champions", disagreeing, PUB), CODE)) == 1
    agreeing = first + "The club had last won the league in 2009, historians noted."
    assert findings(run("Champions", agreeing, PUB), CODE) == []
    # a person who won it is another series
    coach = first + "Its coach had last won the league in 1996, historians noted."
    assert findings(run("Champions", coach, PUB), CODE) == []


def test_another_thing_won_is_another_series(run):
    first = "Fans danced after the team took the championship for the first time since 2009. "
    assert findings(run("Champions", first + "The club had last taken the cup in 1996.", PUB), CODE) == []
    # ... but another word for the same thing is the same series
    title = first + "The club had last taken the title in 1996."
    assert len(findings(run("Champions", title, PUB), CODE)) == 1


# ---- round 47: the site a series is counted at, people of two kinds, an edition


def test_two_sites_in_two_towns_are_two_series(run):
    first = "It was the first fire at the Hull depot since 2001, the fire service said. "
    other = first + "A fire broke out at the company's depot in Leeds in 2015."
    assert findings(run("Depot fire", other, PUB), CODE) == []
    same = first + "A fire broke out at the company's depot in Hull in 2015."
    assert len(findings(run("Depot fire", same, PUB), CODE)) == 1


def test_people_of_two_kinds_count_two_series(run):
    first = "The stoppage is the first walkout by porters since 2012. "
    assert findings(run("Walkout", first + "Hospital cooks last walked out in 2016.", PUB), CODE) == []
    assert len(findings(run("Walkout", first + "Hospital porters last walked out in 2016.", PUB), CODE)) == 1


def test_the_previous_edition_stands_for_the_event(run):
    first = "The carnival returned to the harbour for the first time in eight years. "
    disagreeing = first + "The previous edition took place in 2016, organisers said."
    assert len(findings(run("Carnival", disagreeing, PUB), CODE)) == 1
    assert findings(run("Carnival", first + "The previous edition took place in 2011.", PUB), CODE) == []


def test_a_last_occasion_dated_by_month_and_year(run):
    first = "The relay team won gold for the first time since 2006. "
    disagreeing = first + "Its last gold came in October 2015, at the worlds in Doha."
    assert len(findings(run("Relay", disagreeing, PUB), CODE)) == 1
    assert findings(run("Relay", first + "Its last gold came in October 2006.", PUB), CODE) == []


def test_the_last_one_named_by_the_year_of_its_noun(run):
    first = "The harbour town won its first bloom award in 20 years. "
    disagreeing = first + "The town's last award was the 2016 county prize."
    assert len(findings(run("Blooms", disagreeing, PUB), CODE)) == 1
    fitting = first + "The town's last award was the 1999 county prize."
    assert findings(run("Blooms", fitting, PUB), CODE) == []


def test_years_counted_from_an_event_the_article_dates(run):
    # counted from the clause's own days (published 2024): "on Tuesday, 12 years after"
    pub = "2024-09-01T00:00:00"
    body = "The dam reopened on Tuesday, 12 years after the flood. The flood in April 2019 drowned a valley."
    assert len(findings(run("Dam", body, pub), CODE)) == 1
    fits = body.replace("12 years after", "five years after")
    assert findings(run("Dam", fits, pub), CODE) == []
    # or from the year the clause names, not publication
    dated = "The quarry closed in 1998, 20 years after the explosion. The explosion in 1978 killed nine men."
    assert findings(run("Quarry", dated, pub), CODE) == []
    # "on from", and a clause opened by "after"
    on_from = "Villagers met on Sunday, 40 years on from the avalanche. The avalanche in 2001 hit the church."
    assert len(findings(run("Avalanche", on_from, pub), CODE)) == 1
    clause = "Crews reopened the pier on Monday, ten years after a storm wrecked it. "
    clause += "The storm in March 2020 hit."
    assert len(findings(run("Pier", clause, pub), CODE)) == 1


def test_taking_part_in_an_event_counts_that_event(run):
    first = "The rowing club reached the final on Saturday, its first in 14 years. "
    disagreeing = first + "Its previous appearance in the final came in 2016."
    assert len(findings(run("Final", disagreeing, PUB7), CODE)) == 1
    fitting = first + "Its previous appearance in the final came in 2010."
    assert findings(run("Final", fitting, PUB7), CODE) == []


def test_the_next_sentence_takes_up_a_claim_of_another_word(run):
    # kinds no WordNet sense links, one sentence taking up the other: by a pronoun with an act
    # alike ("trimmed" and "lowered" share "reduce"), "that mark", or the thing's own word
    pub = "2024-09-01T00:00:00"
    pronoun = "The regulator trimmed fees on Monday for the first time in a decade. "
    pronoun += "It last lowered them in 2021."
    assert len(findings(run("Fees", pronoun, pub), CODE)) == 1
    mark = "The index climbed past 9,000 on Friday for the first time since 2007. "
    mark += "Traders last saw that mark in 2019."
    assert len(findings(run("Index", mark, pub), CODE)) == 1
    word = "Hail fell on the town on Sunday for the first time since 1931. "
    word += "Farmers last cleared hail-battered fields in 2012."
    assert len(findings(run("Hail", word, pub), CODE)) == 1
    # a pronoun alone does not make two unlike acts one series
    unlike = "The singer released her first album in 12 years on Friday. She last toured Europe in 2019."
    assert findings(run("Singer", unlike, pub), CODE) == []
    # nor two sentences apart, nor a consistent year
    apart = pronoun.replace(" It last", " Shares rose. It last")
    assert findings(run("Fees", apart, pub), CODE) == []
    fits = pronoun.replace("2021", "2013")
    assert findings(run("Fees", fits, pub), CODE) == []


def test_he_who_last_did_it_is_the_person_the_series_is_about(run):
    # the place of a trailing participle ("losing ... in Cardiff") is no scope of its own
    pub = "2024-09-01T00:00:00"
    body = "The 38-year-old returned to the ring on Saturday, "
    body += "nearly a decade after his last professional fight. "
    body += "He had last fought in 2020, losing on points to a Welshman in Cardiff."
    assert len(findings(run("Boxing", body, pub), CODE)) == 1
    fits = body.replace("in 2020", "in 2015")
    assert findings(run("Boxing", fits, pub), CODE) == []


def test_years_after_what_was_done_to_it_count_back_to_that_act(run):
    # "nine years after it was gutted": the gutting was then, whatever the article says of it
    pub = "2024-09-01T00:00:00"
    body = "The chapel reopened to worshippers on Saturday, nine years after it was gutted by fire. "
    body += "Fire gutted the chapel in 2021, the diocese said."
    assert len(findings(run("Chapel", body, pub), CODE)) == 1
    fits = body.replace("in 2021", "in 2015")
    assert findings(run("Chapel", fits, pub), CODE) == []


def test_a_thing_not_seen_since_a_year_is_what_the_participle_is_on(run):
    pub = "2024-09-01T00:00:00"
    body = "The yen fell on Tuesday to a level not seen since 1990 against the dollar. "
    body += "The currency was last this weak in 2015, traders said."
    assert len(findings(run("Yen", body, pub), CODE)) == 1
    fits = body.replace("in 2015", "in 1990")
    assert findings(run("Yen", fits, pub), CODE) == []
