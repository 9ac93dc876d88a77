from __future__ import annotations

import pytest

from tests.conftest import assert_one_finding, assert_spans_exact, findings, span_texts

CODE = "date.event_conflict"


def test_visit_given_two_dates(run):
    title = "Macron visits Japan"
    body = (
        "French President Emmanuel Macron began a visit to Japan on 12 March 2024. "
        "He met the prime minister in Tokyo. Macron's visit to Japan in July 2023 focused on trade."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    assert sorted(s["text"] for s in found[0]["spans"]) == ["12 March 2024", "July 2023"]
    assert found[0]["severity"] == "error"
    assert set(found[0]["evidence"]["values"]) == {"2024-03-12", "2023-07"}
    assert_spans_exact(r, title, body)


def test_took_place_on_other_date(run):
    title = "Explosion destroys factory in Lyon"
    body = (
        "An explosion destroyed a chemical factory in Lyon on 4 May 2021, killing three workers. "
        "Firefighters worked through the night. The explosion took place on 9 September 2020."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    # the NER reads "9 September 2020" as "September 2020" (core timeline): either way it conflicts
    assert any("September 2020" in s["text"] for s in found[0]["spans"])


def test_other_events_dates_are_not_conflicts(run):
    title = "Putin visits Pyongyang"
    body = (
        "Russian President Vladimir Putin began a visit to Pyongyang on 19 June 2024. "
        "Boris Yeltsin's visit to Pyongyang in August 1991 was the last by a Kremlin leader. "
        "The Korean War (1950-1953) shaped the alliance. In 2013 the two countries held talks. "
        "The previous visit in 2000 was brief."
    )
    assert findings(run(title, body), CODE) == []


def test_compatible_dates_are_not_conflicts(run):
    title = "Biden visits Kenya"
    body = (
        "US President Joe Biden began a visit to Kenya on 5 May 2025. "
        "The visit in May 2025 was his first to Africa. The visit in 2025 drew crowds."
    )
    assert findings(run(title, body), CODE) == []


def test_since_dates_are_not_event_dates(run):
    title = "Pope visits Iraq"
    body = (
        "Pope Francis began a visit to Iraq on 5 March 2021. It is the first papal visit since 1999 "
        "and the visit after 2003 that officials had planned."
    )
    assert findings(run(title, body), CODE) == []


# events of kinds no list names, worded the way wire copy words them


def test_unlisted_event_noun_with_two_dates(run):
    title = "Dockworkers stay out as talks stall"
    body = (
        "The walkout at the container terminal began on 5 December 2019, according to the union. "
        "Ships queued offshore for days. "
        "By the time of the walkout in March 2019, few shippers had made other plans."
    )
    found = findings(run(title, body, "2020-01-10T00:00:00"), CODE)
    assert len(found) == 1
    assert sorted(s["text"] for s in found[0]["spans"]) == ["5 December 2019", "March 2019"]
    assert found[0]["evidence"]["event"].startswith("walkout")


def test_reported_speech_and_month_part(run):
    title = "Town counts the cost"
    body = (
        "The blast came on 12 May, police said. Windows were broken across three streets. "
        "Witnesses said the blast in early June had shaken the town."
    )
    found = findings(run(title, body, "2019-07-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"12 May", "early June"}


def test_passive_predicate_and_cleft(run):
    title = "Court annuls contract"
    body = (
        "It was on 3 July that the ruling was handed down, lawyers said. "
        "The contractor has appealed. Court records show the ruling was issued in January."
    )
    found = findings(run(title, body, "2019-09-01T00:00:00"), CODE)
    assert len(found) == 1


def test_planned_instance_is_not_a_conflict(run):
    title = "Rocket reaches orbit"
    body = (
        "The launch went ahead yesterday from the coastal spaceport, the agency said. "
        "The next launch will take place next year, officials said."
    )
    assert findings(run(title, body, "2019-09-10T00:00:00"), CODE) == []


def test_another_instance_and_a_year_naming_one(run):
    title = "Voters return to the polls"
    body = (
        "The election was held on Sunday, the commission said. "
        "Turnout was higher than in the 2014 election, which took place in October 2014. "
        "Another election is expected in 2021."
    )
    assert findings(run(title, body, "2019-09-10T00:00:00"), CODE) == []


def test_a_lead_mention_that_says_it_is_another_is_another(run):
    # the lead's mentions of the main event are that event, except a later one marked as another
    # (a short first sentence makes the second one part of the lead)
    title = "Dockers walk out again"
    body = (
        "The dock strike started on 4 March. "
        "A third dock strike was staged on 29 March over the same pay offer.\n\n"
        "Shipping lines said the strike had cost them millions."
    )
    assert findings(run(title, body, "2024-04-10T00:00:00"), CODE) == []
    body = body.replace("A third dock strike was staged", "The dock strike was staged")
    assert_one_finding(run(title, body, "2024-04-10T00:00:00"), CODE, {"4 March", "29 March"})


def test_different_agents_are_different_events(run):
    title = "Former minister convicted"
    body = (
        "Anna Berg was convicted of fraud on Tuesday, the court said. "
        "Her former aide, Peter Lund, was convicted in 2016 on similar charges."
    )
    assert findings(run(title, body, "2019-09-10T00:00:00"), CODE) == []


def test_each_finding_names_its_event(run):
    title = "Storm season ends"
    body = (
        "The shutdown of the port took effect on 2 March 2019, officials said. "
        "The evacuation of the island was ordered on 14 August 2019. "
        "Photographs of the shutdown in November 2019 circulated widely. "
        "Records show the evacuation was ordered in mid-April 2019."
    )
    found = findings(run(title, body, "2019-12-20T00:00:00"), CODE)
    assert sorted(f["evidence"]["event"].split(":")[0] for f in found) == ["evacuation", "shutdown"]


# ---- issue 10, unseen wording: nouns used as events, realis of embedded and asserted
# mentions, "it", classifying adjectives, general words for one specific event


def test_a_noun_used_as_the_subject_of_began_is_an_event(run):
    title = "Power restored across the valley"
    body = (
        "The outage started on 4 March 2021 after a substation fire, the utility said. "
        "Crews worked around the clock. Engineers later said the outage hit homes in June 2020."
    )
    found = findings(run(title, body, "2021-03-20T00:00:00"), CODE)
    assert len(found) == 1
    assert {"4 March 2021", "June 2020"} <= span_texts(found)


def test_a_relative_clause_in_the_past_asserts_the_event(run):
    title = "Valley counts the cost"
    body = (
        "Towns along the river had been preparing for the flood, which arrived on 2 August 2020. "
        "Hundreds of homes were lost. Insurers said the flood struck in May 2020."
    )
    found = findings(run(title, body, "2020-09-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"2 August 2020", "May 2020"} <= span_texts(found)


def test_a_negated_verb_about_something_else_does_not_negate_the_event(run):
    title = "Port reopens"
    body = (
        "The shutdown of the port began on 3 February 2020; managers would not say why. "
        "Shipping lines rerouted cargo. The harbour master said the cause of the shutdown in "
        "October 2019 was still not known."
    )
    found = findings(run(title, body, "2020-03-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"3 February 2020", "October 2019"} <= span_texts(found)


def test_it_as_the_subject_of_took_place_dates_the_event_just_named(run):
    title = "Inquiry into police raid"
    body = (
        "The commissioner blamed poor intelligence for the raid on 9 January 2020. "
        "Two officers were suspended. The minister told parliament about the raid, saying it "
        "took place in November 2019."
    )
    found = findings(run(title, body, "2020-02-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"9 January 2020", "November 2019"} <= span_texts(found)


def test_a_general_word_for_the_one_specific_event_refers_back_to_it(run):
    title = "Hurricane Delta batters the coast"
    body = (
        "The hurricane made landfall on 9 October 2020, forecasters said. "
        "More than 400,000 homes lost power. Residents said the storm in August 2020 had "
        "destroyed the pier."
    )
    found = findings(run(title, body, "2020-10-20T00:00:00"), CODE)
    assert len(found) == 1
    assert {"9 October 2020", "August 2020"} <= span_texts(found)


def test_local_and_national_elections_are_two_events(run):
    title = "Voters go to the polls again"
    body = (
        "The local election was held on 5 May 2019, the commission said. "
        "Turnout was low. The national election took place in October 2019."
    )
    assert findings(run(title, body, "2019-11-01T00:00:00"), CODE) == []


def test_the_date_of_a_statement_is_not_the_events_date(run):
    title = "Dock strike drags on"
    body = (
        "The strike at the docks began on 3 June 2019, the union said. "
        "Ships queued offshore. Port officials said on 12 August 2019 that the strike was "
        "costing millions a day."
    )
    assert findings(run(title, body, "2019-08-20T00:00:00"), CODE) == []


def test_it_is_not_resolved_when_two_events_are_in_reach(run):
    title = "Quiet week in the city"
    body = (
        "The parade on 4 July 2019 followed the marathon on 30 June 2019. "
        "Officials said it happened in May 2019 without incident."
    )
    assert findings(run(title, body, "2019-07-10T00:00:00"), CODE) == []


def test_it_in_the_same_sentence_wins_over_another_event_in_the_sentence_before(run):
    title = "Refinery fire under investigation"
    body = (
        "The fire at the refinery broke out on 2 March 2021 and drew an angry response. "
        "The regulator wrote to shareholders about the fire, noting it broke out in January 2021."
    )
    found = findings(run(title, body, "2021-04-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"2 March 2021", "January 2021"} <= span_texts(found)


def test_not_until_dates_the_event(run):
    title = "Bus drivers stop work"
    body = (
        "The walkout by bus drivers began on 14 September 2022, the operator said. "
        "Commuters packed the trains. The walkout did not begin until November 2022, "
        "according to a council report."
    )
    found = findings(run(title, body, "2022-12-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"14 September 2022", "November 2022"} <= span_texts(found)


def test_a_cleft_with_not_until_dates_the_event(run):
    title = "Bus drivers stop work"
    body = (
        "The walkout by bus drivers began on 14 September 2022, the operator said. "
        "Commuters packed the trains. It was not until November 2022 that the walkout began, "
        "drivers told the council."
    )
    found = findings(run(title, body, "2022-12-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {"14 September 2022", "November 2022"} <= span_texts(found)


def test_will_not_end_until_is_a_plan_not_a_date(run):
    title = "Bus drivers stop work"
    body = (
        "The walkout by bus drivers began on 14 September 2022, the operator said. "
        "Union leaders said the walkout would not end until March 2023."
    )
    assert findings(run(title, body, "2022-12-01T00:00:00"), CODE) == []


# ---- issue 10, round 3 (dates): hyphenated nouns, nouns that only "take place", reported
# relative clauses, interposed attributions, "the date of X", "it" as a passive subject,
# manner phrases, anniversaries, declared strikes; and paraphrases of caught wording


def _one_finding_with(run, title: str, body: str, published: str, dates: set[str]) -> None:
    assert_one_finding(run(title, body, published), CODE, dates)


def test_a_hyphenated_event_noun_is_one_mention(run):
    body = (
        "The pile-up on the A1 happened on 3 February 2021 in thick fog, highway police said. "
        "Traffic was diverted for hours. Drivers caught up in the pile-up in November 2020 "
        "described a wall of white."
    )
    found = findings(run("Fog blamed for motorway crash", body, "2021-03-01T00:00:00"), CODE)
    assert len(found) == 1
    # the pile-up is the crash of the headline (one WordNet kind)
    assert found[0]["evidence"]["event"].split(":")[0] in ("crash", "pileup")
    assert {"3 February 2021", "November 2020"} <= span_texts(found)


def test_a_body_that_takes_place_is_an_event(run):
    body = (
        "The tribunal took place on 14 June 2022 in a converted school hall, the claimant's "
        "lawyers said. Three witnesses gave evidence. The tribunal in March 2022 heard that "
        "the dismissal had been planned."
    )
    _one_finding_with(
        run, "Worker wins unfair dismissal claim", body, "2022-07-01T00:00:00", {"14 June 2022"}
    )


def test_a_relative_clause_that_reports_the_date(run):
    body = (
        "The stoppage at the plant began on 2 May 2022, managers said. Output fell by a third. "
        "The stoppage — which the union said began in February 2022 — cost members a month's pay."
    )
    _one_finding_with(run, "Car plant idle", body, "2022-06-01T00:00:00", {"2 May 2022", "February 2022"})


def test_an_attribution_between_subject_and_verb(run):
    body = (
        "The blockade, officials said in a statement, began in January 2021 and was lifted within hours. "
        "Lorries queued for miles. Hauliers said the blockade started on 9 March 2021."
    )
    _one_finding_with(run, "Border reopens", body, "2021-04-01T00:00:00", {"January 2021", "9 March 2021"})


def test_a_fronted_date_before_an_interposed_attribution_dates_the_clause(run):
    body = (
        "On 17 December 2020, management said, the lockout started. Staff picketed the gates. "
        "Workers said the lockout began in September 2020."
    )
    _one_finding_with(
        run, "Lockout at the mill", body, "2021-01-20T00:00:00", {"17 December 2020", "September 2020"}
    )


def test_a_date_before_said_without_a_comma_is_the_date_of_saying(run):
    body = (
        "The lockout at the mill began in September 2020, workers said. Staff picketed the gates. "
        "On 17 December 2020 management said the lockout had cost it customers."
    )
    assert findings(run("Lockout at the mill", body, "2021-01-20T00:00:00"), CODE) == []


def test_the_date_of_the_event_is_its_date(run):
    body = (
        "The referendum was held on 12 June 2022, the electoral commission said. Turnout was 61 %. "
        "The date of the referendum was 3 April 2022, according to a government leaflet."
    )
    _one_finding_with(
        run, "Voters back reform", body, "2022-07-01T00:00:00", {"12 June 2022", "3 April 2022"}
    )


def test_it_as_a_passive_subject_refers_to_the_last_subject(run):
    body = (
        "The verdict itself was brief: it was delivered in September 2015, lawyers said. "
        "The defendant showed no emotion. Court officials said the verdict came on 3 January 2016."
    )
    _one_finding_with(run, "Jury convicts former mayor", body, "2016-02-01T00:00:00", {"September 2015"})


def test_it_as_a_passive_subject_after_another_noun_is_not_the_event(run):
    body = (
        "The flood reached the old town on 3 May 2021, the mayor's office said. Cellars filled within "
        "minutes. The bridge was badly damaged; it was built in 1950."
    )
    assert findings(run("Flood waters recede", body, "2021-06-01T00:00:00"), CODE) == []


def test_a_manner_phrase_does_not_take_the_date(run):
    body = (
        "The avalanche came down without warning on 18 February 2021, the ski patrol said. "
        "Two skiers were rescued. The avalanche in January 2021 closed the pass for a week."
    )
    _one_finding_with(
        run, "Skiers rescued", body, "2021-03-01T00:00:00", {"18 February 2021", "January 2021"}
    )


def test_it_refers_to_the_subject_before_a_semicolon(run):
    body = (
        "The evacuation was the subject of a briefing to ministers; it began on 30 May 2023, "
        "officials said. Buses waited at the school. The evacuation in April 2023 went smoothly, "
        "residents said."
    )
    _one_finding_with(run, "Town cleared", body, "2023-06-20T00:00:00", {"30 May 2023", "April 2023"})


def test_a_noun_whose_relative_clause_says_it_struck_is_an_event(run):
    body = (
        "Many residents were caught by surprise by the outage, which struck on 8 February 2022. "
        "Hospitals ran on generators. Engineers blamed the outage in December 2021 on ageing cables."
    )
    _one_finding_with(run, "Power back on", body, "2022-03-01T00:00:00", {"8 February 2022", "December 2021"})


def test_a_strike_that_was_called_happened(run):
    body = (
        "It was confirmed by union officials that the strike was called on 14 August 2019. "
        "Buses stayed in their depots. Photographs that captured the strike in June 2019 "
        "circulated widely online."
    )
    _one_finding_with(run, "Bus strike", body, "2019-09-01T00:00:00", {"14 August 2019", "June 2019"})


def test_an_anniversary_keeps_its_own_date(run):
    body = (
        "The blast at the port happened on 4 August 2020, officials said. "
        "Hundreds of buildings were damaged. Families marked the anniversary of the blast on "
        "4 August 2021 with a silent march."
    )
    assert findings(run("A year after the blast", body, "2021-08-05T00:00:00"), CODE) == []


# paraphrases of wording the detector caught, by a syntactic transformation each
PARAPHRASES = (
    # active -> passive, the event as subject of a passive
    ("The raid on 9 June 2021 was photographed by dozens of onlookers.", "9 June 2021"),
    # a relative clause on the event as object
    ("Police described the raid, which was carried out on 9 June 2021, as unexpected.", "9 June 2021"),
    # fronted adverbial
    ("Without warning, the raid was carried out on 9 June 2021.", "9 June 2021"),
    # trailing subordinate clause
    ("Few people were prepared when the raid was carried out on 9 June 2021.", "9 June 2021"),
    # reported speech with the date inside the clause
    ("Police told reporters that, on 9 June 2021, the raid was carried out.", "9 June 2021"),
    # the event as an object of a preposition in a passive sentence
    ("Much of the street was left at a standstill by the raid on 9 June 2021.", "9 June 2021"),
)


@pytest.mark.parametrize("sentence,date", PARAPHRASES)
def test_paraphrases_of_a_caught_sentence(run, sentence, date):
    body = (
        "The raid on the warehouse was carried out in March 2021, investigators said. "
        "Officers seized documents. " + sentence
    )
    _one_finding_with(run, "Warehouse raided", body, "2021-08-01T00:00:00", {"March 2021", date})


# round 4: wording the round-4 dev templates showed the model missing, in sentences of their own


def test_it_was_on_a_date_dates_the_event_it_stands_for(run):
    body = (
        "The recall of the hatchback began on 2 March 2021, the carmaker said. "
        "Owners were told to book a free repair. Asked when the recall began, a spokeswoman "
        "said it was in October 2020."
    )
    _one_finding_with(
        run, "Carmaker recalls hatchback", body, "2021-06-01T00:00:00", {"2 March 2021", "October 2020"}
    )


def test_it_in_talks_is_the_company_not_the_event(run):
    body = (
        "The recall of the hatchback began on 2 March 2021, the carmaker said. "
        "Owners were told to book a free repair. Asked about the recall, the carmaker said "
        "it was in talks with regulators in October 2020."
    )
    assert findings(run("Carmaker recalls hatchback", body, "2021-06-01T00:00:00"), CODE) == []


def test_a_reported_passive_looks_past_the_speaker(run):
    body = (
        "The verdict in the fraud trial was delivered on 4 May 2021, court officials said. "
        "The defendant was jailed for six years. The verdict — defence lawyers insist it was "
        "delivered in January 2021 — is under appeal."
    )
    _one_finding_with(run, "Fraudster jailed", body, "2021-06-01T00:00:00", {"4 May 2021", "January 2021"})


def test_a_compound_noun_is_no_antecedent_of_it(run):
    body = (
        "The mine collapse happened on 3 March 2021, the operator said. "
        "Eleven miners were trapped. The collapse — rescue workers say it happened in May 2020 — "
        "was the worst in decades."
    )
    _one_finding_with(run, "Miners trapped", body, "2021-06-01T00:00:00", {"3 March 2021", "May 2020"})


def test_traced_back_to_dates_the_start(run):
    body = (
        "The outbreak of norovirus began in late April 2021, health officials said. "
        "Dozens of guests fell ill. Investigators later traced the outbreak back to 14 February 2021."
    )
    _one_finding_with(
        run, "Hotel outbreak", body, "2021-06-01T00:00:00", {"late April 2021", "14 February 2021"}
    )


def test_a_planned_hearing_on_the_event_keeps_its_own_date(run):
    body = (
        "The bridge collapse happened on 3 March 2021, engineers said. "
        "Traffic was diverted. Parliament will hold a hearing on the collapse in October."
    )
    assert findings(run("Bridge collapses", body, "2021-08-01T00:00:00"), CODE) == []


def test_a_first_comment_on_the_event_has_its_own_date(run):
    body = (
        "The bridge collapse happened on 3 March 2021, engineers said. "
        "Traffic was diverted. The regional governor first commented on the collapse on "
        "20 April 2021, in a televised address."
    )
    assert findings(run("Bridge collapses", body, "2021-08-01T00:00:00"), CODE) == []


def test_an_attribution_parsed_as_parataxis_still_dates_its_event(run):
    body = (
        "The strike at the refinery began on 6 April 2021, the union said. "
        "Fuel deliveries were halted. The strike, managers now concede, began in January 2021."
    )
    _one_finding_with(run, "Refinery strike", body, "2021-06-01T00:00:00", {"6 April 2021", "January 2021"})


def test_it_was_after_a_colon_dates_the_event(run):
    body = (
        "The landslide above the village happened on 8 February 2021, geologists said. "
        "Two houses were buried. Satellite images settled when the landslide happened: "
        "it was in November 2020."
    )
    _one_finding_with(
        run, "Landslide buries houses", body, "2021-06-01T00:00:00", {"8 February 2021", "November 2020"}
    )


# round 5 (dates5): rules read from the parse, each with a defect and a hard negative


def test_a_day_naming_the_event_is_its_date(run):
    body = (
        "A magnitude 6.1 earthquake struck the coastal province on 23 April, the geological "
        "survey said. Roads were cut off for days. Aid agencies said the 29 April earthquake "
        "had left 4,000 people homeless."
    )
    _one_finding_with(run, "Quake relief", body, "2024-06-01T00:00:00", {"23 April", "29 April"})


def test_a_day_the_ner_splits_still_names_the_event(run):
    # the small NER tags "9" as a number and leaves "May" untagged: the timeline reads "9 May"
    body = (
        "The rocket launch went ahead on 3 May after two delays. The payload reached orbit. "
        "Engineers are still studying telemetry from the 9 May launch."
    )
    _one_finding_with(run, "Rocket reaches orbit", body, "2024-06-01T00:00:00", {"3 May"})


def test_a_date_naming_one_of_several_attacks_is_another_attack(run):
    body = (
        "Militants have carried out attacks on coalition bases for months. The attack on the "
        "consulate took place on 2 January, officials said. Officials cited the 31 December "
        "attack on the embassy as evidence of a wider campaign."
    )
    assert findings(run("Consulate attacked", body, "2024-01-10T00:00:00"), CODE) == []


def test_a_year_naming_the_event_is_another_occurrence(run):
    body = (
        "The election took place on 5 November 2023, the commission said. Turnout was low. "
        "Analysts compared the result with the 2019 election in the same district."
    )
    assert findings(run("Low turnout", body, "2023-12-01T00:00:00"), CODE) == []


def test_a_full_date_with_another_year_naming_the_event_is_another_occurrence(run):
    body = (
        "The ferry sank off the island on 14 April 2019, the coastguard said. Twelve people "
        "died. Relatives of those lost in the 14 April 2018 sinking met the minister."
    )
    assert findings(run("Ferry disaster", body, "2019-05-01T00:00:00"), CODE) == []


def test_a_gerund_wordnet_lacks_is_an_event(run):
    # "stabbing" is not in WordNet 3.0: a gerund of "stab", used as an event ("happened")
    body = (
        "The stabbing happened outside a bar on 13 July, police said. A man was taken to "
        "hospital. A 19-year-old has been charged over the 16 July stabbing."
    )
    _one_finding_with(run, "Teen charged", body, "2024-08-01T00:00:00", {"13 July", "16 July"})


def test_a_verb_joins_its_gerund(run):
    body = (
        "The former mayor was sentenced on 8 May to five years in prison for fraud. His "
        "lawyers plan an appeal. At his sentencing on 14 May, the former mayor showed no emotion."
    )
    _one_finding_with(run, "Mayor jailed", body, "2024-06-01T00:00:00", {"8 May", "14 May"})


def test_a_closed_compound_wordnet_lacks_is_judged_by_its_head(run):
    body = (
        "Officials said the cyberattack was detected on 4 February. Card payments failed for "
        "hours. The cyberattack on 10 February disrupted payments across the country, the bank said."
    )
    _one_finding_with(run, "Bank hit", body, "2024-03-01T00:00:00", {"4 February", "10 February"})


def test_a_participle_after_a_comma_is_not_the_noun_speaking(run):
    # "agree" is a verb of saying, but "The takeover, agreed in May 2023" is a participle
    body = (
        "The takeover was agreed in January 2023 after months of talks. The combined group "
        "employs 9,000 people. The takeover, agreed in May 2023, has cost 200 jobs."
    )
    _one_finding_with(run, "Takeover costs jobs", body, "2024-01-01T00:00:00", {"January 2023", "May 2023"})


def test_an_inverted_condition_is_not_what_happened(run):
    body = (
        "The referendum took place on 14 March, the electoral board said. The result was close. "
        "Had the referendum been held on 1 March, the result might have been different."
    )
    assert findings(run("Close result", body, "2024-04-01T00:00:00"), CODE) == []


def test_an_attack_on_another_target_is_another_attack(run):
    body = (
        "The attack on the embassy took place on 31 December, officials said. Two guards were "
        "hurt. The attack on the airport on 27 December killed five people."
    )
    assert findings(run("Embassy attacked", body, "2024-01-10T00:00:00"), CODE) == []


def test_by_agent_and_possessor_are_one_participant(run):
    body = (
        "Tuesday's walkout by nurses closed two wards at the hospital. Patients were moved. "
        "The nurses' walkout, staged on 14 April, was the first in a decade."
    )
    _one_finding_with(run, "Nurses walk out", body, "2024-04-26T00:00:00", {"14 April"})


def test_a_date_on_the_thing_an_event_is_of_dates_the_event(run):
    body = (
        "The sinking of the ferry on 14 April 2019 killed 12 people. Divers recovered the "
        "bodies. The ferry sank on 20 April 2019 after hitting rocks, the report said."
    )
    _one_finding_with(run, "Ferry report", body, "2019-06-01T00:00:00", {"14 April 2019", "20 April 2019"})


def test_a_participle_after_a_comma_describes_the_mention_before_it(run):
    body = (
        "The carmaker issued the recall on 7 June over faulty brakes. Dealers were told to "
        "stop sales. Owners affected by the recall, issued on 12 June, can visit any dealer."
    )
    _one_finding_with(run, "Brake recall", body, "2024-07-01T00:00:00", {"7 June", "12 June"})


def test_went_on_strike_dates_the_start(run):
    body = (
        "The strike at the port began on 3 May, the union said. Ships queued offshore. "
        "Dockers went on strike on 10 May after talks failed."
    )
    _one_finding_with(run, "Port strike", body, "2024-06-01T00:00:00", {"3 May", "10 May"})


def test_a_dated_past_participle_is_past_under_a_future_verb(run):
    body = (
        "The inquiry into the collapse opened on 1 February. Witnesses have been called. "
        "The inquiry, launched on 19 February, will report next year."
    )
    _one_finding_with(run, "Inquiry under way", body, "2024-03-01T00:00:00", {"1 February", "19 February"})


def test_a_plan_participle_is_not_a_past_act(run):
    body = (
        "The inquiry into the collapse opened on 1 February. Witnesses have been called. "
        "A second hearing, scheduled for 19 September, will hear from engineers."
    )
    assert findings(run("Inquiry under way", body, "2024-03-01T00:00:00"), CODE) == []


def test_a_date_the_parse_splits_over_a_compound_still_names_the_event(run):
    # the parse hangs "June" on "moorland", "7" on "blaze"
    body = (
        "Firefighters tackled the moorland blaze, which was first spotted on 2 June. Walkers "
        "were told to stay away. The 7 June moorland blaze destroyed 300 hectares, the park "
        "authority said."
    )
    _one_finding_with(run, "Moor fire", body, "2024-07-01T00:00:00", {"2 June"})


def test_declared_over_is_the_end(run):
    body = (
        "The outbreak was declared over on 20 June, the health ministry said. Schools reopened. "
        "The outbreak began on 3 April, health officials said."
    )
    assert findings(run("Outbreak over", body, "2024-07-01T00:00:00"), CODE) == []


def test_the_possessor_of_the_first_mention_is_no_other_participant(run):
    body = (
        "The plane's emergency landing at the airport happened on 3 August. Nobody was hurt. "
        "The pilot praised the crew after the plane's landing on 9 August."
    )
    _one_finding_with(run, "Safe landing", body, "2024-09-01T00:00:00", {"3 August", "9 August"})


def test_a_heading_before_a_colon_is_not_the_subject(run):
    body = (
        "Timeline: the shoot-out happened in August 2016, local residents said. Two men were "
        "arrested. Witnesses said the shoot-out in November 2015 had shaken the town."
    )
    _one_finding_with(run, "Shoot-out", body, "2019-01-01T00:00:00", {"August 2016", "November 2015"})


def test_an_attribution_parsed_as_a_conjunct_still_dates_its_event(run):
    body = (
        "Without warning, the robbery took place in September 2015. Nobody was hurt. "
        "The robbery, police later admitted, took place on August 9, 2018."
    )
    _one_finding_with(run, "Bank robbery", body, "2019-01-01T00:00:00", {"September 2015"})


def test_dates_heading_a_timeline_are_not_the_entry_before(run):
    """A sidebar timeline run into one paragraph: each date heads the entry after its colon,
    so the words before it ("fit to stand trial") are not dated by it."""
    title = "Court reopens case against former general"
    body = (
        "Prosecutors reopened the case on Monday. CASE TIMELINE May 2015: Police arrest the "
        "general on a warrant; long legal fight over fitness for trial March 2017: Deemed unfit "
        "for trial, returns home. Later declared fit to stand trial October 2018: Charges dropped "
        "on grounds of health. Lawyers said they would appeal."
    )
    assert findings(run(title, body, "2020-05-01T00:00:00"), CODE) == []
    # a date that heads no entry still dates the noun before it
    body = "The trial in March 2017 was halted. Lawyers said the trial in October 2018 had been a surprise."
    assert len(findings(run(title, body, "2020-05-01T00:00:00"), CODE)) == 1


def test_acts_done_to_two_named_things_are_two_acts(run):
    """ "The iPod was launched in 2001 ... the launch of the Jukebox in 2000": the act was done
    to two different named things; done to the same one, the dates conflict."""
    title = "Consumers snub portable video"
    body = (
        "Sales of portable video players have been slow. Apple's iPod was launched in October "
        "2001, but the market has been growing since the launch of the Creative Nomad Jukebox "
        "in mid-2000. Analysts expect more growth."
    )
    assert findings(run(title, body, "2005-01-01T00:00:00"), CODE) == []
    body = (
        "Nokia launched the N95 on 3 May 2007, the company said. The launch of the N95 on "
        "9 June was widely covered."
    )
    assert len(findings(run(title, body, "2008-01-01T00:00:00"), CODE)) == 1


# round 6: occasions a verb of staging holds, verbs alone telling one change twice, synonyms


def test_what_a_verb_of_staging_holds_is_an_occasion(run):
    body = (
        "Mourners held a vigil at the harbour on 12 January. Candles lined the quay. "
        "Relatives of the crew spoke at the vigil on 19 January, the harbour master said."
    )
    _one_finding_with(run, "Harbour vigil", body, "2024-03-01T00:00:00", {"12 January", "19 January"})


def test_a_passive_or_participle_of_staging_makes_an_occasion(run):
    body = (
        "A torchlit parade was staged through the old town on 2 February. Shops closed early. "
        "The parade, held on 6 February, ended at the cathedral."
    )
    _one_finding_with(run, "Torchlit parade", body, "2024-03-01T00:00:00", {"2 February", "6 February"})


def test_held_things_without_an_event_sense_are_not_occasions(run):
    body = (
        "The champions held the trophy aloft on 3 May. Fans cheered. "
        "The trophy was held by the captain on 9 May during a civic reception."
    )
    assert findings(run("Trophy parade", body, "2024-06-01T00:00:00"), CODE) == []


def test_a_one_off_change_told_twice_by_verbs_is_one_event(run):
    body = (
        "The sea wall gave way on 4 March, flooding the promenade. Residents were moved. "
        "Engineers had warned of cracks long before the sea wall gave way on 8 March."
    )
    found = findings(run("Sea wall breach", body, "2024-04-01T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"4 March", "8 March"}
    assert found[0]["severity"] == "warning"


def test_verbs_of_change_that_recur_are_not_one_event(run):
    body = (
        "The river rose on 4 March after heavy rain. The council opened a rest centre. "
        "The river rose again on 8 March, and the pound fell on 9 March after the pound fell on 2 March."
    )
    assert findings(run("River levels", body, "2024-04-01T00:00:00"), CODE) == []


def test_two_things_that_collapsed_are_two_events(run):
    body = (
        "The footbridge collapsed on 4 March. Nobody was hurt. "
        "The stadium roof collapsed on 8 March under the weight of snow."
    )
    assert findings(run("Collapses", body, "2024-04-01T00:00:00"), CODE) == []


def test_a_verb_names_the_act_of_its_synonym(run):
    body = (
        "The paper mill was shut on 3 November, the owners said. Two hundred workers lost their jobs. "
        "The closure of the mill on 7 November hit the valley hard."
    )
    _one_finding_with(run, "Border closed", body, "2024-12-01T00:00:00", {"3 November", "7 November"})


def test_marking_a_death_is_not_dated_as_the_death(run):
    body = (
        "The singer died at home on 28 August, her family said. "
        "On Sunday, the festival marked the passing of the singer with a minute's silence."
    )
    assert findings(run("Singer dies", body, "2024-09-03T00:00:00"), CODE) == []


def test_a_rarer_sense_names_the_one_event_of_its_kind(run):
    body = (
        "An explosion at the fireworks depot happened on 2 November, fire crews said. "
        "Nearby homes were evacuated. The blast, on 6 November, shattered windows a mile away."
    )
    _one_finding_with(run, "Depot explosion", body, "2024-12-01T00:00:00", {"2 November", "6 November"})


def test_a_verb_names_its_act_under_another_name(run):
    body = (
        "Two bronze statues were stolen from the park on 3 April, the council said. "
        "The theft, on 8 April, was caught on camera."
    )
    _one_finding_with(run, "Statues stolen", body, "2024-05-01T00:00:00", {"3 April", "8 April"})


def test_a_counter_event_is_not_the_event(run):
    body = (
        "The march took place on 2 April in the capital. Police kept the groups apart. "
        "A counter-march was held on 9 April in the same streets."
    )
    assert findings(run("Marches", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_verb_that_is_the_events_act_dates_all_of_it(run):
    body = (
        "Opened on 4 June, the new terminal can handle ten million passengers. "
        "The terminal's opening on 10 June was attended by the prime minister."
    )
    _one_finding_with(run, "New terminal", body, "2024-07-01T00:00:00", {"4 June", "10 June"})


def test_the_date_of_a_report_about_the_event_is_not_its_date(run):
    body = (
        "The raid on the warehouse was carried out on 21 July, customs officers said. "
        "A review of the raid, published on 3 October, criticised the planning."
    )
    assert findings(run("Customs raid", body, "2024-11-01T00:00:00"), CODE) == []


def test_the_date_of_a_comment_on_the_event_is_not_its_date(run):
    # the parse hangs "on 20 May" on "hearing"; it dates what the lawyers said
    body = (
        "The hearing was held on 12 May, the court said. "
        "Defence lawyers commented on the hearing on 20 May in a short statement."
    )
    assert findings(run("Court hearing", body, "2024-06-01T00:00:00"), CODE) == []


def test_a_report_to_be_published_dates_the_report(run):
    body = (
        "The shooting happened in late August, detectives said. "
        "Detectives expect a report on the shooting to be published in November."
    )
    assert findings(run("Shooting inquiry", body, "2024-09-10T00:00:00"), CODE) == []


def test_a_condition_opening_a_sentence_after_a_quote_is_hypothetical(run):
    # the parse makes "Had" the main verb of "Had the verdict come on 17 September"
    body = (
        "The verdict came in May, prosecutors said. "
        "He is a person the whole country will miss.”  "
        "Had the verdict come on 17 September, prosecutors said, far more people would have "
        "been caught up in it."
    )
    assert findings(run("Court news", body, "2019-11-01T00:00:00"), CODE) == []


def test_the_verb_of_an_event_noun_is_that_event_not_another(run):
    # "run" also names an attempt or a trial; here it is only what the marathons were
    body = (
        "The plane overshot the runway on its second attempt to land, officials said. "
        "The city marathon was run on 6 August, organisers said. "
        "An earlier marathon was run in mid-August 2015, organisers recalled."
    )
    assert findings(run("Runway crash", body, "2020-08-10T00:00:00"), CODE) == []


# ---- round 7 (dates7): attachment and instance rules grounded in the parse


def test_a_date_as_the_of_object_is_no_participant(run):
    body = (
        "The looting of the shopping centre happened on 28 July, police said. Shutters were torn off.\n\n"
        "The council met to discuss repairs. Insurers sent assessors.\n\n"
        "Traders hit by the looting of 19 August want compensation."
    )
    _one_finding_with(run, "Looting", body, "2024-09-01T00:00:00", {"28 July", "19 August"})


def test_a_year_alone_as_the_of_object_names_another_occurrence(run):
    body = (
        "The flood hit the valley on 4 March, the council said. "
        "Older residents compared it with the flood of 1953, which drowned the lower town."
    )
    assert findings(run("Valley flood", body, "2024-04-01T00:00:00"), CODE) == []


def test_an_of_date_right_after_the_mention_dates_it_whatever_the_parse(run):
    body = (
        "The storm reached the harbour on 10 October, forecasters said. Boats were lifted onto the quay. "
        "Sailors who survived the storm of 14 October described waves as high as houses."
    )
    _one_finding_with(run, "Harbour storm", body, "2024-11-01T00:00:00", {"10 October", "14 October"})


def test_the_date_of_a_warning_about_the_event_is_the_warnings(run):
    body = (
        "The hurricane made landfall on 3 April, the weather service said. Roads were flooded.\n\n"
        "The council met to discuss repairs. Insurers sent assessors.\n\n"
        "Forecasters had warned of the hurricane on 28 March. "
        "Campaigners began gathering signatures for a petition on the cyclone response on 9 April."
    )
    assert findings(run("Hurricane", body, "2024-05-01T00:00:00"), CODE) == []


def test_the_subject_event_of_the_verb_takes_its_date_not_a_result_noun(run):
    body = (
        "The hailstorm brought the town to a standstill on 5 July. Roofs were damaged. "
        "Drivers sheltered under bridges after the hailstorm struck on 8 July."
    )
    _one_finding_with(run, "Hailstorm", body, "2024-08-01T00:00:00", {"5 July", "8 July"})


def test_a_reduced_relative_after_a_comma_dates_the_mention_before_it(run):
    body = (
        "The old stadium was demolished on 10 May, the club said. "
        "Photographers recorded the demolition, carried out by engineers on 14 May."
    )
    _one_finding_with(run, "Stadium demolished", body, "2024-06-01T00:00:00", {"10 May", "14 May"})
    body = (
        "The charity concert was staged on 3 June in the park. "
        "Fans with tickets for the concert, staged on 7 June, were offered refunds."
    )
    _one_finding_with(run, "Charity concert", body, "2024-07-01T00:00:00", {"3 June", "7 June"})


def test_a_report_on_the_event_set_off_by_a_comma_keeps_its_own_date(run):
    body = (
        "The derailment happened on 2 February, the rail operator said. "
        "An inquiry into the derailment, ordered on 20 February, will report in the summer."
    )
    assert findings(run("Derailment", body, "2024-03-01T00:00:00"), CODE) == []


def test_an_act_cancelled_during_the_event_does_not_make_it_unreal(run):
    body = (
        "A gale swept across the island on 3 March, the coastguard said. "
        "Power lines came down. Ferries were cancelled during the 9 March gale."
    )
    _one_finding_with(run, "Island gale", body, "2024-04-01T00:00:00", {"3 March", "9 March"})


def test_a_perfect_since_date_is_the_start(run):
    body = (
        "The blockade of the border crossing began on 2 May, customs officials said. "
        "Lorries queued for miles. The blockade has continued since 9 May, drivers said."
    )
    _one_finding_with(run, "Border blockade", body, "2024-06-01T00:00:00", {"2 May", "9 May"})


def test_a_since_date_of_another_act_on_the_event_is_not_its_start(run):
    body = (
        "The deportation took place on 14 May, the ministry said. "
        "Her lawyers had challenged the deportation since 2020. "
        "Campaigners have protested against it since 20 May."
    )
    assert findings(run("Deportation", body, "2024-06-01T00:00:00"), CODE) == []


def test_completed_dates_the_end(run):
    body = (
        "The sale of the football club was completed in March 2022, the league said. "
        "Supporters protested after the sale closed in June 2022."
    )
    _one_finding_with(run, "Club sale", body, "2022-08-01T00:00:00", {"March 2022", "June 2022"})


def test_an_act_inside_the_event_dates_the_event(run):
    body = (
        "Three firefighters were injured in the blaze at the timber yard on 4 June. "
        "Crews stayed on site overnight. The timber yard blaze broke out on 9 June, the fire service said."
    )
    _one_finding_with(run, "Timber yard blaze", body, "2024-07-01T00:00:00", {"4 June", "9 June"})


def test_an_act_inside_several_events_dates_none_of_them(run):
    body = (
        "The first clash between the gangs happened on 2 March, police said. "
        "Two men were hurt in clashes on 9 March."
    )
    assert findings(run("Gang clashes", body, "2024-04-01T00:00:00"), CODE) == []


def test_a_day_that_names_the_event_is_not_a_later_day_of_it(run):
    body = (
        "The uprising began on 2 March in the northern provinces, the army said. "
        "Roads were closed. Leaders of the uprising of 8 March were jailed."
    )
    _one_finding_with(run, "Uprising", body, "2024-04-01T00:00:00", {"2 March", "8 March"})
    body = (
        "The uprising began on 2 March in the northern provinces, the army said. "
        "Roads were closed. Leaders of the 2 March uprising were jailed; fighting went on until 9 March."
    )
    assert findings(run("Uprising", body, "2024-04-01T00:00:00"), CODE) == []


def test_a_date_on_the_scene_of_the_events_verb_dates_the_event(run):
    body = (
        "The new film premiered at a gala screening on 4 May in London. "
        "Tickets sold out in an hour. Critics at the 9 May premiere praised its score."
    )
    _one_finding_with(run, "Documentary premiere", body, "2024-06-01T00:00:00", {"4 May", "9 May"})


def test_a_present_or_ordering_verb_leaves_the_date_to_the_mention_before_it(run):
    body = (
        "Police said the raid was carried out in January 2018. Officers arrived at dawn.\n\n"
        "The council met to discuss the cost. Insurers sent assessors.\n\n"
        "Residents are suing over the raid last Tuesday."
    )
    _one_finding_with(run, "Police raid", body, "2019-02-02T00:00:00", {"January 2018", "last Tuesday"})
    body = (
        "It was in late February that the shoot-out happened, police told reporters. Nobody was hurt. "
        "An inquiry was opened by police following the shoot-out in early December."
    )
    _one_finding_with(run, "Shoot-out", body, "2020-07-08T00:00:00", {"late February", "early December"})


def test_most_recent_names_an_earlier_one_of_a_series(run):
    title = "Lava reaches the coast road"
    body = (
        "The eruption began on 3 May, the observatory said.\n\n"
        "The most recent eruption took place on 9 March, scientists recalled, and lasted a week."
    )
    assert findings(run(title, body, "2024-06-01T00:00:00"), CODE) == []


def test_a_weekday_with_a_part_of_the_day_dates_the_event(run):
    # the NER tags "Monday night" a TIME, not a DATE
    body = (
        "The gas explosion on Monday night destroyed two houses in Harlow. "
        "Neighbours said the gas explosion of 2 June had been waiting to happen."
    )
    _one_finding_with(run, "Harlow explosion", body, "2021-06-09T00:00:00", {"Monday night", "2 June"})


def test_a_week_of_a_month_is_compared_with_a_day(run):
    body = (
        "The blackout across the county began in the last week of April. "
        "Dairy farmers lost milk in the blackout on 6 April, their union said."
    )
    _one_finding_with(
        run, "County blackout", body, "2021-06-09T00:00:00", {"the last week of April", "6 April"}
    )


def test_a_when_clause_on_an_occurrence_predicate_dates_the_event(run):
    body = (
        "The evacuation of the tower happened on 3 March. "
        "The evacuation came when a fire alarm sounded shortly after midnight on 8 March."
    )
    _one_finding_with(run, "Tower evacuated", body, "2021-06-09T00:00:00", {"3 March", "8 March"})


def test_a_fronted_participle_of_staging_dates_the_subjects_event(run):
    body = (
        "The referendum on the bypass took place on 10 May. "
        "Held on 17 May after a bitter campaign, the referendum drew a turnout of 31 per cent."
    )
    _one_finding_with(run, "Bypass referendum", body, "2021-06-09T00:00:00", {"10 May", "17 May"})
    # a participle that is no staging: the date of that act, not of the event
    body = (
        "The referendum on the bypass took place on 10 May. "
        "Announced on 17 March, the referendum drew a turnout of 31 per cent."
    )
    assert findings(run("Bypass referendum", body, "2021-06-09T00:00:00"), CODE) == []


def test_an_interval_counted_from_a_dated_day_dates_the_event(run):
    body = (
        "The landslide buried the mountain road on 12 March. "
        "Engineers reopened the road on 30 March, a week after the landslide."
    )
    _one_finding_with(
        run, "Road reopens", body, "2021-06-09T00:00:00", {"12 March", "a week after the landslide"}
    )
    body = (
        "The landslide buried the mountain road on 12 March. "
        "Engineers reopened the road on 19 March, a week after the landslide."
    )
    assert findings(run("Road reopens", body, "2021-06-09T00:00:00"), CODE) == []


def test_a_participle_of_bringing_to_an_end_dates_the_end(run):
    # "finalised" is no listed end verb; WordNet files it under "bring to an end"
    body = (
        "The sale of the airport was completed in late October. "
        "The sale, finalised on 2 October, ended forty years of public ownership."
    )
    _one_finding_with(run, "Airport sold", body, "2021-12-09T00:00:00", {"late October", "2 October"})


def test_the_place_of_an_event_is_not_an_event_of_its_own(run):
    # "distillery" has a verb (distil): dated, it was taken for an event and took the date
    body = (
        "The blaze at the distillery happened on 2 May. Casks exploded. Nobody was hurt. "
        "The blaze at the distillery on 9 May was seen for miles."
    )
    _one_finding_with(run, "Distillery blaze", body, "2021-06-09T00:00:00", {"2 May", "9 May"})


def test_a_weekday_and_part_of_the_day_in_the_possessive_name_the_events_day(run):
    body = (
        "The grass fire on the common started on 1 June. Crews were called from three towns. "
        "Friday night's grass fire was started by a barbecue, the fire service said."
    )
    _one_finding_with(run, "Common fire", body, "2021-06-09T00:00:00", {"1 June", "Friday"})


def test_an_interval_counted_back_from_publication_dates_the_event(run):
    body = (
        "The hijacking of the tanker happened on 2 May, the navy said. The crew were freed. "
        "Owners of the tanker seized in the hijacking three weeks ago have paid no ransom."
    )
    _one_finding_with(run, "Tanker freed", body, "2021-06-09T00:00:00", {"2 May", "three weeks ago"})


def test_the_day_after_an_event_dates_it(run):
    body = (
        "The awards ceremony was held on 22 May. The hall was full. "
        "The captain retired on 30 May, the day after the ceremony."
    )
    _one_finding_with(
        run, "Captain retires", body, "2021-06-09T00:00:00", {"22 May", "the day after the ceremony"}
    )


def test_a_weekday_hung_on_a_part_of_the_day_dates_the_event(run):
    # the NER tags "last Thursday" a date and "evening" a time; the parse hangs the date on "evening"
    body = (
        "The flash flood swept through the village last Thursday evening. Cars were carried away. "
        "The flash flood on 21 May left forty homes uninhabitable."
    )
    _one_finding_with(run, "Village flood", body, "2021-06-09T00:00:00", {"last Thursday", "21 May"})


def test_a_person_dated_in_a_phrase_is_not_an_event(run):
    body = (
        "The bombing of the fuel depot happened on 4 May. Tanks burned for hours. "
        "Carried out by a lone attacker on 11 May, the bombing killed two guards."
    )
    # the attacker (a noun with a verb, "attack") took the date as an event of its own
    _one_finding_with(run, "Depot bombed", body, "2021-06-09T00:00:00", {"4 May", "11 May"})


def test_a_noun_dated_as_an_event_is_that_event_where_it_recurs(run):
    # "fixture" has no event sense: the possessive date makes it one, and its later use too
    body = (
        "Monday's fixture ended goalless. The pitch was waterlogged. "
        "Stewards ejected 30 fans from the fixture on 24 May."
    )
    _one_finding_with(run, "Goalless draw", body, "2021-06-09T00:00:00", {"Monday", "24 May"})


def test_a_noun_written_as_a_phrasal_verb_wordnet_lacks_names_its_act(run):
    # "buy-in": neither "buy-in" nor "buyin" is in WordNet, but "buy in" is a verb there
    body = (
        "The management buy-in at the brewery was completed on 3 May. "
        "Sales have risen since. The buy-in, on 8 May, was backed by a regional bank."
    )
    _one_finding_with(run, "Brewery changes hands", body, "2024-06-01T00:00:00", {"3 May", "8 May"})


def test_a_specific_state_that_began_or_ended_is_dated_as_a_happening(run):
    # "drought" is first a state in WordNet (dryness), not an event
    body = (
        "The drought ended on 3 March when heavy rain reached the plains. "
        "Cattle prices recovered. The drought, which ended on 19 March, had lasted two years."
    )
    _one_finding_with(run, "Drought over", body, "2024-04-01T00:00:00", {"3 March", "19 March"})


def test_a_noun_a_day_names_is_a_happening_wherever_it_is_used(run):
    # "unrest" is first a state in WordNet; "the 7 May unrest" makes it that day's happening
    body = (
        "Violent unrest swept the port city on 3 May, police said. Ferries were cancelled. "
        "Shops damaged in the 7 May unrest have reopened."
    )
    _one_finding_with(run, "Port city unrest", body, "2024-06-01T00:00:00", {"3 May", "7 May"})


def test_a_happening_noun_that_opens_a_sentence_is_no_name(run):
    # the tagger reads the capitalised "Turmoil" as a name; the 8 June turmoil makes it a happening
    body = (
        "Turmoil engulfed the capital's markets on 2 June, traders said. Banks shut early. "
        "Investors who lost money in the 8 June turmoil are seeking compensation."
    )
    _one_finding_with(run, "Market turmoil", body, "2024-07-01T00:00:00", {"2 June", "8 June"})


def test_a_negated_verb_of_expecting_leaves_its_definite_object_real(run):
    # "did not foresee the 9 March collapse": it came unforeseen, so it happened
    body = (
        "The hedge fund's collapse came on 3 March, regulators said. Clients queued outside. "
        "Rating agencies did not foresee the 9 March collapse, a report found."
    )
    _one_finding_with(run, "Fund collapse", body, "2024-04-01T00:00:00", {"3 March", "9 March"})
    body = (
        "The union's strike began on 3 March, organisers said. Trains stood idle. "
        "The union did not hold the 9 March strike after talks resumed."
    )
    assert findings(run("Rail strike", body, "2024-04-01T00:00:00"), CODE) == []


def test_a_when_clause_on_the_dated_verb_happens_on_that_date(run):
    # "Crowds gathered in early May, when the final was played": the final's date; a clause with
    # a date of its own is dated by that one
    body = (
        "Crowds gathered in the square in early May, when the final was played. Tickets sold out. "
        "The final was played on 20 August, the league's records show."
    )
    _one_finding_with(run, "Final day", body, "2024-09-01T00:00:00", {"early May", "20 August"})
    body = (
        "Crowds gathered in the square in early May, when the final was played on 3 June. "
        "The final was played on 3 June, the league's records show."
    )
    assert findings(run("Final day", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_date_set_off_after_the_day_of_an_event_is_its_date(run):
    # "The date of the blackout, on 2 March, ...": the blackout's date ("date" is also an event noun)
    body = (
        "The date of the blackout, on 2 March, is one residents remember. Candles sold out. "
        "The blackout began on 19 April, the grid operator said."
    )
    _one_finding_with(run, "Grid failure", body, "2024-09-01T00:00:00", {"2 March", "19 April"})


def test_an_earlier_one_in_the_lead_is_another_occurrence(run):
    # the lead's mentions are the story's event ("Second strike hits ..."), but not one that
    # says it came before another: "An earlier hurricane ..."
    body = (
        "An earlier hurricane, in late August, was hardly felt. Boats were moored. "
        "The hurricane struck in 2016, forecasters said."
    )
    assert findings(run("Coastal news", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_change_told_twice_by_verbs_alone_in_a_short_item(run):
    # a brief with no event noun at all still tells one change twice: "The pier sank on 4 March"
    # ... "after the pier sank on 9 March" is one sinking given two days
    body = (
        "The old pier sank on 4 March 2022. Anglers watched from the beach after the pier sank "
        "on 9 March 2022."
    )
    _one_finding_with(run, "Pier", body, "2022-09-01T00:00:00", {"4 March 2022", "9 March 2022"})
    body = "The old pier sank on 4 March 2022. Anglers watched from the beach."
    assert findings(run("Pier", body, "2022-09-01T00:00:00"), CODE) == []


def test_a_noun_a_day_names_is_a_happening_by_its_rarer_act_sense(run):
    # "jam" is first a preserve in WordNet, its act sense far down: "the 6 May jam" names what
    # happened that day, so "A jam stretched ... on 3 May" is that jam given another day
    body = (
        "A jam stretched for twelve miles on the M6 on 3 May 2022. "
        "Drivers caught in the 6 May jam waited for hours."
    )
    _one_finding_with(run, "Motorway", body, "2022-09-01T00:00:00", {"3 May 2022", "6 May"})
    # a day naming a document or an idea names no happening ("the 2 June issue")
    body = (
        "The 2 June issue of the magazine sold out within a day. "
        "Readers were still discussing the issue on 9 June."
    )
    assert findings(run("Magazine", body, "2022-09-01T00:00:00"), CODE) == []


def test_a_series_word_before_a_compound_marks_another_instance(run):
    # "an earlier student sit-in": the parse hangs "earlier" on "student", yet it says which
    # sit-in, as it would on the noun itself
    body = (
        "The student sit-in at the college began on 12 March 2022, the dean said. Lectures were "
        "cancelled. An earlier student sit-in began in October, staff recalled."
    )
    assert findings(run("College", body, "2022-09-01T00:00:00"), CODE) == []
    body = body.replace("An earlier student sit-in", "The student sit-in")
    assert len(findings(run("College", body, "2022-09-01T00:00:00"), CODE)) == 1


def test_a_date_set_off_between_a_subject_and_its_verb_dates_the_noun_it_follows(run):
    # "Footage of the quarry blast, in early May, was ...": the aside belongs to the noun the
    # subject ends in, though the parse hangs it on the verb
    body = (
        "The quarry blast shook the village on 20 May. "
        "Footage of the quarry blast, in early May, was shown to the inquiry."
    )
    _one_finding_with(run, "Quarry", body, "2023-09-01T00:00:00", {"20 May", "early May"})
    # a date set off after a subject that names no event is the verb's
    body = (
        "The quarry blast shook the village on 20 May. "
        "The parish council, in early May, had debated the quarry's licence."
    )
    assert findings(run("Quarry", body, "2023-09-01T00:00:00"), CODE) == []


def test_an_attribution_set_off_by_commas_is_one_whatever_the_verb(run):
    # "confirmed", "noted", "admitted" are not filed under saying in WordNet, but set off by
    # commas inside the clause they attribute they work as "said" does: the fronted date is
    # the clause's event's, not the confirming's
    body = (
        "The rockfall happened on 8 June. On 2 July, the ranger service confirmed, the rockfall took place."
    )
    _one_finding_with(run, "Coastal path", body, "2023-09-01T00:00:00", {"8 June", "2 July"})
    # with an object or a that-clause of its own the verb is an act of its own, dated on its own
    for second in (
        "On 2 July, the ranger service confirmed the rockfall.",
        "On 2 July, the ranger service confirmed, after a survey, that the rockfall had taken place.",
    ):
        body = "The rockfall happened on 8 June. " + second
        assert findings(run("Coastal path", body, "2023-09-01T00:00:00"), CODE) == []


def test_a_fronted_date_with_a_trailing_attribution_is_the_events(run):
    # "On DATE, the X happened, the council said": the event's clause sits between the two
    # commas, where an attribution set off by commas would; an event does not report
    body = (
        "The landslip came down on 2 February 2022, the council said. The road stayed shut. "
        "On 9 March 2022, the landslip happened, engineers said."
    )
    _one_finding_with(run, "Landslip", body, "2022-09-01T00:00:00", {"2 February 2022", "9 March 2022"})


def test_holidays_sept_and_quarters_are_read_as_dates(run):
    """The NER tags "Boxing Day" an event and "12 Sept" a number, and dateparser read "Q1 2023"
    as a day in March: all three are now dates (see analysis/dates.py)."""
    cases = [
        ("The flood came on Boxing Day, rescuers said.", "The flood on 2 March left thousands homeless."),
        ("The strike began on Sept. 12, the union said.", "The strike on 4 October closed every port."),
    ]
    for first, second in cases:
        body = f"Officials gave an update on Monday.\n\n{first} Crews worked through the night. {second}"
        assert len(findings(run("Regional news", body, "2024-05-01T00:00:00"), CODE)) == 1, first
    body = "The merger was agreed in Q1 2023, the bank said. The merger in February 2023 created a giant."
    assert findings(run("Business", body, "2024-05-01T00:00:00"), CODE) == []


def test_a_noun_the_tagger_took_for_an_adjective_after_a_compound(run):
    """ "The cup final was played in November 2016": the small model tags "final" after "cup"
    an adjective in the subject's role; a word with a noun before it in that role is the noun."""
    body = (
        "The cup final was played in November 2016 after weeks of delay, the league said. "
        "Fans were angry. The cup final was staged in mid-June behind closed doors."
    )
    assert span_texts(findings(run("League news", body, "2017-09-01T00:00:00"), CODE)) == {
        "November 2016",
        "mid-June",
    }


def test_a_word_with_hyphens_wordnet_files_as_a_body_or_after_no(run):
    """ "The court-martial opened on 3 May" (first a court in WordNet, then its trial) and "the
    no-confidence vote" ("no" joined by a hyphen says nothing of which vote) name one event."""
    body = (
        "The court-martial opened on 3 May, the army said. Lawyers were cautious. "
        "The court-martial on 21 June heard from six witnesses. "
        "The no-confidence vote took place on 4 May, officials said. "
        "Officials said the no-confidence vote on 22 June was close."
    )
    texts = span_texts(findings(run("Army news", body, "2024-09-01T00:00:00"), CODE))
    assert texts == {"3 May", "21 June", "4 May", "22 June"}


def test_a_verb_that_places_its_object_in_time(run):
    """ "The documents place the profit warning in early July", "insurers treat the fire as
    having occurred on 21 June": the date is the object's."""
    for second, date in (
        ("The documents, reviewed by the company, place the profit warning in early July.", "early July"),
        ("Insurers, for their part, treat the profit warning as having occurred on 21 June.", "21 June"),
    ):
        body = f"The profit warning came on 3 May, the company said. Shares fell. {second}"
        assert span_texts(findings(run("Markets", body, "2024-09-01T00:00:00"), CODE)) == {"3 May", date}, (
            second
        )


def test_a_noun_that_ended_in_a_draw_is_a_happening(run):
    """ "The derby ended in a goalless draw" (a hat in WordNet): only a happening ends in a
    draw, a defeat or chaos."""
    body = (
        "The derby ended in a draw on 3 May, the league said. Fans were angry. "
        "The derby on 21 June drew a record crowd."
    )
    assert span_texts(findings(run("Sport", body, "2024-09-01T00:00:00"), CODE)) == {"3 May", "21 June"}


def test_a_fronted_participle_of_staging_the_tagger_misread(run):
    """ "Staged on 18 June, the gala ...": the small model may tag the participle a past tense
    and lemmatise it "stag"; it still stages the subject's event."""
    body = (
        "The gala was staged on 3 May, the trust said. Guests were generous. "
        "Staged on 18 June, the gala raised a record sum."
    )
    assert span_texts(findings(run("Charity", body, "2024-09-01T00:00:00"), CODE)) == {"3 May", "18 June"}


def test_an_event_referred_to_as_having_happened(run):
    """ "referred to the blaze as having taken place in June": the object of the preposition
    the "as" follows is what took place."""
    body = (
        "The blaze broke out on 3 May, firefighters said. Crews stayed for days. "
        "The insurer referred to the blaze as having taken place in June."
    )
    assert span_texts(findings(run("Fire", body, "2024-09-01T00:00:00"), CODE)) == {"3 May", "June"}


def test_a_relative_clause_only_the_event_can_do(run):
    """ "Memories of the flood, which burst the riverbanks in February": a memory bursts no
    bank, so the clause is the flood's, though a comma sets it off after a word of the mind
    (not "a report on the raid, published on 9 June"); "which the team said struck in 2019"
    reports it."""
    for first, second, dates in (
        (
            "The flood burst the riverbanks on 3 May, officials said.",
            "Memories of the flood, which burst the riverbanks in February, were still fresh.",
            {"3 May", "February"},
        ),
        (
            "The landslide struck on 3 May, rescuers said.",
            "The landslide, which the rescue team said struck in February, has drawn wide attention.",
            {"3 May", "February"},
        ),
        (
            "The raid took place on 3 May, police said.",
            "A report on the raid, published on 9 June, found failings.",
            set(),
        ),
    ):
        body = f"{first} Crews stayed for days. {second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def test_a_raising_verb_passes_its_subject_to_the_infinitive(run):
    """ "The mine collapse is understood to have happened in January", "the fire appears to
    have started in February": the date is the event's; "is expected to start" is to come."""
    for second, dates in (
        ("The fire is understood to have happened on 3 January.", {"3 May", "3 January"}),
        ("The fire appears to have started in February.", {"3 May", "February"}),
        ("A second fire is expected to start on 3 January.", set()),
    ):
        body = f"The fire started on 3 May, officials said. Crews stayed for days. {second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def test_a_line_label_is_not_the_event(run):
    """ "Round-up: the crash occurred on 3 May": the label names the paragraph's kind; the
    date is the crash's, not the round-up's."""
    title = "Jet crash"
    body = (
        "Officials gave few details.\n\nRound-up: the jet crash occurred on 3 May.\n\n"
        "Flights resumed. Investigators said the jet crash occurred in early July."
    )
    found = findings(run(title, body, "2024-09-01T00:00:00"), CODE)
    assert len(found) == 1
    assert span_texts(found) == {"3 May", "early July"}


def test_a_yearless_date_in_a_planned_clause_is_the_plans(run):
    """ "Lawmakers are expected to debate the consequences of the fire in June", "We will have
    more to say about the fire on 3 June": the date is the plan's, though the parse hangs it on
    the fire. A headline's "The fire in early July: what we know" and "The fire in early July
    was not the first of its kind" date the fire."""
    for second, dates in (
        ("Lawmakers are expected to debate the consequences of the fire in June.", set()),
        ('"We will have more to say about the fire on 3 June," a spokesperson said.', set()),
        ("The fire in early July: what we know so far.", {"3 May", "early July"}),
        ("The fire in early July was not the first of its kind.", {"3 May", "early July"}),
        (
            "The fire in early July was not the first of its kind, but it was the worst.",
            {"3 May", "early July"},
        ),
        ("The fire left two people injured in early July.", {"3 May", "early July"}),
    ):
        body = f"The fire started on 3 May, officials said.\n\nCrews stayed for days.\n\n{second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def test_a_verb_of_saying_about_another_thing_is_another_message(run):
    """ "the merger announcement" and "announced new restrictions on Friday": two messages
    about two things, not one announcement given two dates."""
    first = "On 3 May, the ministry announced new restrictions on flights."
    second = "Analysts said the merger announcement was made in 2016."
    body = f"{first}\n\nCrews stayed for days.\n\n{second}"
    assert findings(run("News", body, "2024-09-01T00:00:00"), CODE) == []
    second = "Analysts said the announcement of the restrictions was made in 2016."
    body = f"{first}\n\nCrews stayed for days.\n\n{second}"
    assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == {"3 May", "2016"}


def test_a_thing_made_known_twice_on_two_dates(run):
    """ "The resignation was announced on 3 May" ... "by the time the resignation was announced
    in early July": one thing is made known once, whatever WordNet files "resignation" as; many
    results are many."""
    for first, second, dates in (
        (
            "The resignation was announced on 3 May, aides said.",
            "By the time the resignation was announced in early July, the warnings had been clear.",
            {"3 May", "early July"},
        ),
        (
            "The results were announced on 3 May, aides said.",
            "Other results were announced in early July.",
            set(),
        ),
    ):
        body = f"{first}\n\nCrews stayed for days.\n\n{second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def test_a_weekday_that_owns_the_event_says_when_not_who(run):
    """ "Tuesday's collapse" is the collapse told of, dated by its day, not another one done by
    someone the lead does not name."""
    body = (
        "The collapse happened on 12 June, officials said.\n\nCrews stayed for days.\n\n"
        "Tuesday's collapse killed 12 people."
    )
    assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == {"12 June", "Tuesday"}
    # a quote's "today's ruling" was said on its own day, not the day of publication
    body = (
        "The court issued its ruling on Wednesday.\n\nCrews stayed for days.\n\n"
        'The minister said: "Today\'s ruling is of huge significance."'
    )
    assert findings(run("News", body, "2024-09-06T00:00:00"), CODE) == []


def test_a_dated_clause_moments_after_or_when_the_event_happened(run):
    """ "Police were called on 9 July, minutes after the derailment" dates the derailment (not
    "days after"); "He was on duty in early July, when the derailment happened" too, though the
    duty sits nearer the date."""
    first = "The derailment happened on 3 May, the rail operator said."
    for second, dates in (
        ("Police were called in early July, minutes after the derailment happened.", {"3 May", "early July"}),
        ("Police were called on 9 July, shortly after the derailment.", {"3 May", "9 July"}),
        ("He was on duty in early July, when the derailment happened.", {"3 May", "early July"}),
        ("Police were called on 9 July, days after the derailment.", set()),
    ):
        body = f"{first}\n\nCrews stayed for days.\n\n{second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def test_a_year_on_the_compound_and_an_article_before_a_plural_possessor(run):
    """ "the 2019 cup final" is another final though the parse hangs the year on "cup"; "an
    unrelated junior doctors' walkout" is another walkout though "unrelated" hangs on
    "doctors"."""
    for first, second in (
        (
            "The cup final took place on 7 January.",
            "Comparisons have been drawn with the 2019 cup final, which took place in May and was "
            "handled very differently.",
        ),
        (
            "Counsel told the hearing that the junior doctors' walkout was staged on April 22, 2019.",
            "The court also heard evidence about an unrelated junior doctors' walkout on August 31, "
            "2016, which the defence said had no bearing on the case.",
        ),
    ):
        body = f"{first}\n\nCrews stayed for days.\n\n{second}"
        assert findings(run("News", body, "2020-01-10T00:00:00"), CODE) == [], second
    body = (
        "The cup final took place on 7 January.\n\nCrews stayed for days.\n\nThe cup final was played in May."
    )
    assert span_texts(findings(run("News", body, "2020-01-10T00:00:00"), CODE)) == {"7 January", "May"}


def test_two_announcements_of_two_happenings_are_two_acts(run):
    """ "announced on Friday the debate ... has been cancelled" and "the recall, which was
    announced on 22 July" tell of two things: two announcements, not one given two dates."""
    body = (
        "The Commission on Presidential Debates announced on Friday the second presidential debate between "
        "Trump and Biden, which was slated for October 15, has been cancelled, citing safety concerns.\n\n"
        "Prior to the cancellation announcement, there was discussion the debate could be held virtually.\n\n"
        "Crews stayed for days.\n\nMuch of the evidence concerns the recall, which was announced on 22 July."
    )
    assert findings(run("News", body, "2020-10-12T00:00:00"), CODE) == []


def test_a_clause_whose_subject_the_parse_split_from_its_head(run):
    """ "When the cup final was played in early July, ...": the small model makes "final" an
    adjective of "cup", the subject; the date is still the final's."""
    first = "The cup final was played on 3 May."
    for second in (
        "When the cup final was played in early July, few expected the fallout to last this long.",
        "Since the cup final was played in early July, little has changed on the ground.",
    ):
        body = f"{first}\n\nCrews stayed for days.\n\n{second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == {
            "3 May",
            "early July",
        }, second


def test_a_relative_clause_the_parse_hung_elsewhere(run):
    """ "The cup final, which was played on 3 May, ..." ("final" an adjective of "cup", the
    clause's head) and "Recalling the sit-in, which began in early July, ..." (the relative
    clause parsed as an adverbial one) date their event."""
    for first, second, dates in (
        (
            "The cup final, which was played on 3 May, is now the subject of a formal review.",
            "The cup final was played in early July.",
            {"3 May", "early July"},
        ),
        (
            "The sit-in began on 3 May.",
            'Recalling the sit-in, which began in early July, one official said: "We were simply not ready."',
            {"3 May", "early July"},
        ),
    ):
        body = f"{first}\n\nCrews stayed for days.\n\n{second}"
        assert span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE)) == dates, second


def _two_dates(run, first: str, second: str) -> set[str]:
    body = f"{first}\n\nCrews stayed for days.\n\n{second}"
    return span_texts(findings(run("News", body, "2024-09-01T00:00:00"), CODE))


def test_a_fronted_occurrence_a_cleft_split_by_saying_and_what_came_to_light(run):
    """ "Occurring on 18 October, the blast has raised ..." (a fronted participle of occurring);
    "It was on 28 July, delegates said, that the summit took place" (a cleft a verb of saying
    splits); "the breach, which came to light in 2015" ("light" is no event of its own);
    "the convocation was conducted in late July" (conducted as a gathering is held)."""
    for first, second, dates in (
        (
            "The blast happened on 3 May, police said.",
            "Occurring on 18 October, the blast has raised fresh questions about preparedness.",
            {"3 May", "18 October"},
        ),
        (
            "The summit was held in May 2023, delegates said.",
            "It was on 28 July, delegates said, that the summit took place.",
            {"May 2023", "28 July"},
        ),
        (
            "The summit was held in May 2023, delegates said.",
            "It was in late July, the ministry said, that the summit took place.",
            {"May 2023", "late July"},
        ),
        (
            "The data breach, which came to light in 2021, worried customers.",
            "In mid-October 2023, the data breach came to light, the company said.",
            {"2021", "mid-October 2023"},
        ),
        (
            "The convocation was conducted in late July, the registrar said.",
            "The convocation was conducted in October.",
            {"late July", "October"},
        ),
    ):
        assert _two_dates(run, first, second) == dates, second
    assert (
        _two_dates(
            run,
            "The blast happened on 3 May.",
            "Speaking on 17 June, the minister called the blast a tragedy.",
        )
        == set()
    )


def test_a_participle_in_a_planned_clause_is_in_the_plan(run):
    """ "The court will next sit on the matter arising from the landslide on 23 June": the date
    hung on a participle with no subject of its own is in its clause's time, a plan; so is an
    infinitive "be" makes a plan of ("Lawmakers are to debate a motion on the landslide on 23
    June")."""
    first = "The landslide occurred on 8 August, residents said."
    for second in (
        "The court will next sit on the matter arising from the landslide on 23 June.",
        "Lawmakers are to debate a motion on the landslide on 23 June.",
        "The court will next sit on the matter arising from the landslide in November.",
    ):
        assert _two_dates(run, first, second) == set(), second


def test_the_verb_of_a_relative_clause_on_another_instance_is_that_instances(run):
    """ "another flash flood, which inundated the high street on 4 March 2020": the verb of a
    relative clause on a mention tells of that mention (here another flood), not of the event
    the same verb told of before."""
    first = "The flash flood inundated the high street on 1 April."
    second = (
        "The inquest also heard about another flash flood, which inundated the high street on 4 March 2020."
    )
    assert _two_dates(run, first, second) == set()


def test_a_date_in_the_past_on_the_noun_outlives_the_clauses_mood(run):
    """A mention that carries its own date, given with a year or as past ("the gala on
    12 June 2023", "the raid last Thursday"), happened, whatever its clause's verb plans,
    denies or foresees ("will long be remembered", "were not told of ... until"), unless it
    is the subject the verb denies ("did not go ahead"). A bare "on 12 June" may be the coming
    one, so it counts only in a clause told in the past. "Coming on 5 May 2023, the ruling
    ..." dates the ruling as "Occurring on ..." does."""
    for first, second, dates in (
        (
            "The gala took place on 5 May 2023.",
            "The gala on 12 June 2023 will long be remembered by those who attended.",
            {"5 May 2023", "12 June 2023"},
        ),
        (
            "The raid happened on 5 May 2023, police said.",
            "Councillors were not told of the raid on 12 June 2023 until a newspaper asked.",
            {"5 May 2023", "12 June 2023"},
        ),
        (
            "Coming on 5 May 2023, the ruling surprised most lawyers.",
            "Lawyers said the ruling on 12 June 2023 had been expected.",
            {"5 May 2023", "12 June 2023"},
        ),
    ):
        assert _two_dates(run, first, second) == dates, second
    # a bare date is a past one in a clause told in the past
    second = "Councillors were not told of the raid on 12 June until a newspaper asked."
    assert _two_dates(run, "The raid happened on 5 May, police said.", second) == {"5 May", "12 June"}
    for first, quiet in (
        ("The gala took place on 5 May 2023.", "The gala on 12 June will be held in the park, they said."),
        ("The vote took place on 5 May 2023.", "The vote on 12 June 2023 did not go ahead, officials said."),
    ):
        assert _two_dates(run, first, quiet) == set(), quiet


def test_a_contest_noun_wordnet_lacks_is_an_event_by_its_predicate(run):
    """Only a contest or an occasion "kicks off", "goes ahead", "is played" or "ends goalless",
    whatever WordNet files the noun as ("derby": a hat; "fixture": a fitting); not the first
    noun of a compound the parse split ("the cup [final] was played"). Such a clause on a
    contest a report is about is the contest's ("which was played on 9 June"), not the report's."""
    for first, second in (
        (
            "The derby ended goalless on 5 May.",
            "Fans still talk about the derby, which ended goalless on 9 June.",
        ),
        ("The fixture kicked off on 5 May.", "The fixture kicked off on 9 June, the league said."),
        ("The fixture went ahead on 5 May.", "Officials confirmed the fixture went ahead on 9 June."),
        ("The fixture was played on 5 May.", "The fixture was played on 9 June after a long delay."),
        (
            "The fixture was played on 5 May.",
            "The league's report into the fixture, which was played on 9 June, is long.",
        ),
    ):
        assert _two_dates(run, first, second) == {"5 May", "9 June"}, second
    for first, quiet in (
        ("The campaign kicked off on 5 May.", "Volunteers kicked off the campaign's second phase on 9 June."),
        (
            "The fixture was played on 5 May.",
            "The league's report into the fixture, which was published on 9 June, is long.",
        ),
        ("The anthem was played on 5 May.", "The anthem was played again on 9 June at the gala."),
    ):
        assert _two_dates(run, first, quiet) == set(), quiet


def test_next_deep_in_the_clause_names_another_thing_not_the_events_time(run):
    """ "left the team with little time to rest before the next round": "next" dates a thing
    inside the clause, not the clause; "at the next meeting", "next week" still date it."""
    first = "The final took place on 5 May."
    second = "Coming on 9 June, the final left the team with little time to rest before the next round."
    assert _two_dates(run, first, second) == {"5 May", "9 June"}
    for quiet in (
        "The final will be replayed on 9 June, before the next round.",
        "The final is due to be settled at the next meeting on 9 June.",
    ):
        assert _two_dates(run, first, quiet) == set(), quiet


def test_a_word_of_another_occurrence_opening_a_broken_up_phrase(run):
    """ "a separate arms [seizure] on 9 June" (the event noun hung on the noun before it), "an
    unrelated hit-and-[run]": "separate", "unrelated" right after the determiner make it another
    occurrence, wherever the parse hung them; "the arms seizure on 9 June" is the same one."""
    for first, quiet in (
        (
            "The arms seizure was carried out on 5 May.",
            "Detectives are still looking into a separate arms seizure on 9 June.",
        ),
        (
            "The drive-by shooting happened on 5 May.",
            "Detectives compared it with an unrelated drive-by shooting on 9 June.",
        ),
    ):
        assert _two_dates(run, first, quiet) == set(), quiet
    first = "The arms seizure was carried out on 5 May."
    second = "Detectives are still looking into the arms seizure on 9 June."
    assert _two_dates(run, first, second) == {"5 May", "9 June"}


def test_a_date_after_an_aside_of_saying_dates_the_clause_it_interrupts(run):
    """ "The march drew crowds, as the court heard, in February 2018": the small model hangs the
    date on "heard"; after the aside's closing comma it is the clause's (not a date inside the
    aside: "as the court heard in February 2018, ...")."""
    first = "The march took place on 3 March 2018."
    second = "The march drew crowds, as the court heard, in February 2018."
    assert _two_dates(run, first, second) == {"3 March 2018", "February 2018"}
    quiet = "The march was discussed, as the court heard in February 2018, at length."
    assert _two_dates(run, first, quiet) == set()


def test_a_relative_clause_the_parse_hung_on_the_phrase_around_the_event(run):
    """ "Reporting on the final, which was played on 9 June, ...", "Coverage of the final,
    which ...": the small model may hang "which ..." on the participle or on the phrase's head;
    after the event noun and its comma it is still the event's (not a report's own date: "the
    report on the final, which was published on 9 June")."""
    first = "The final was played on 3 May."
    for second in (
        "Reporting on the final, which was played on 9 June, the club gave few details.",
        "Coverage of the final, which was played on 9 June, filled the papers.",
    ):
        assert _two_dates(run, first, second) == {"3 May", "9 June"}, second


def test_a_date_aside_after_the_subject_dates_the_event_whatever_adverb_the_verb_has(run):
    """ "Minutes of the inquest, in late June, were released only later": the commas make the
    date an aside on the event the subject ends in, though the parse hangs it on a verb an
    adverb of order places in time (without commas the date is the verb's: "The club later
    commented on the inquest in late June")."""
    first = "The inquest opened on 3 March."
    second = "Minutes of the inquest, in late June, were released only later."
    assert _two_dates(run, first, second) == {"3 March", "late June"}
    quiet = "The club later commented on the inquest in late June."
    assert _two_dates(run, first, quiet) == set()


def test_a_noun_dates_the_whole_event_whatever_verb_it_shares_a_form_with(run):
    """ "the photo finish on 8 August", "the launch on 20 June": a noun names the whole event, so
    its date is when it happened, not a start or an end as the verb "finish" or "launch" would
    say; a start followed by a later date may be one event that ran long, a noun's date may not."""
    first = "The photo finish came on 3 May."
    second = "Judges studied footage of the photo finish on 20 June."
    assert _two_dates(run, first, second) == {"3 May", "20 June"}


def test_what_harms_people_is_a_happening_however_rare_its_act_sense(run):
    """ "The crush at the gates injured nine supporters on 5 May": a noun WordNet files first as
    something else, with an act sense, that injures or kills people or leaves them hurt is a
    happening (not a thing with no act sense: "The gate injured nine supporters")."""
    first = "The crush at the gates injured nine supporters on 5 May."
    second = "Stewards said the crush had been avoidable; it took place on 9 June, they said."
    assert _two_dates(run, first, second) == {"5 May", "9 June"}
    quiet_first = "The gate injured nine supporters on 5 May."
    quiet = "Stewards said the gate had been avoidable; it was repaired on 9 June, they said."
    assert _two_dates(run, quiet_first, quiet) == set()


def test_the_subject_after_a_heading_s_colon_and_it_after_a_message_set_aside(run):
    """ "Results and fixtures: the photo finish separated the two leaders by a whisker on 21
    January": the small model may hang the subject after the colon on the heading; and "The last word on the
    regatta went to the club: it took place on 9 June": "it" is the event, not the message set
    aside before it."""
    first = "The photo finish came on 3 May."
    second = (
        "The riders had waited in the tent during the storm. Results and fixtures: the photo"
        " finish separated the two leaders by a whisker on 21 January, the judges confirmed."
    )
    assert _two_dates(run, first, second) == {"3 May", "21 January"}
    first = "The regatta was held on 3 May."
    second = "The last word on the regatta went to the club: it took place on 9 June."
    assert _two_dates(run, first, second) == {"3 May", "9 June"}


def test_the_aftermath_of_an_event_is_no_event_and_its_date_is_the_event_s(run):
    """ "In the aftermath of the launch in late June": "the aftermath" (or "the wake") is what
    follows an event, not one; the date after the event noun is the event's."""
    first = "The launch took place on 12 March."
    second = "In the aftermath of the launch in late June, the club called for calm."
    assert _two_dates(run, first, second) == {"12 March", "late June"}


def test_a_noun_dated_after_it_with_a_rare_act_sense_is_a_happening(run):
    """ "the crush on 12 March": a noun WordNet files first as something else (a leather), with
    an act sense, that the text dates is a happening; not a place, body or thing ("the centre
    on Thursday")."""
    first = "For the stewards, the crush on 12 March was the worst moment of the season."
    second = "The stewards said the crush in late June had been avoidable."
    assert _two_dates(run, first, second) == {"12 March", "late June"}


def test_a_date_the_parse_split_at_its_comma_dates_the_noun_it_follows(run):
    """ "For many in town, the heist on October 12, 2014 is still a raw memory": the small model
    may hang ", 2014" elsewhere (as the verb's subject, or an apposition); the date still
    hangs by its first part, on the noun it follows."""
    first = "The heist happened in early August, police said."
    for second in (
        "For many in town, the heist on October 12, 2014 is still a raw memory.",
        "Whatever people think of it, the heist on October 12, 2014 will be remembered here.",
    ):
        assert len(_two_dates(run, first, second)) == 2, second


def test_what_happened_said_of_the_event_dates_it(run):
    """'"What happened on 3 May was a disgrace," the coach said of the derby': a free relative
    of occurring in what was said dates the event the saying is "of" or "about"."""
    first = "The derby was played in late June, the league said."
    for second in (
        '"What happened on 3 May was a disgrace," the coach said of the derby.',
        '"What took place on 3 May should never happen again," a spokesman said of the derby.',
        'Of the derby, the coach said: "What happened on 3 May was a disgrace."',
    ):
        assert _two_dates(run, first, second) == {"late June", "3 May"}, second


def test_a_date_on_a_circumstance_of_the_event_s_own_verb_dates_the_event(run):
    """ "The derby, the league told reporters, was played in heavy snow on 4 March": the parse
    may hang the date on the noun after "in" or "with" of the event's own verb ("snow", itself
    an event), or make the attribution the verb with two subjects; the date is the derby's. Not
    when the verb relates the event to another act it has as its object ("follows the killing
    of a student in a shooting on 4 March")."""
    first = "The derby was played in late June, the league said."
    for second in (
        "The derby, the league told reporters, was played in heavy snow on 4 March.",
        "The derby, which was played in heavy snow on 4 March, drew a record crowd.",
    ):
        assert _two_dates(run, first, second) == {"late June", "4 March"}, second
    first = "The protest was held in late June, organisers said."
    second = "The protest follows the killing of a student in a shooting on 4 March."
    assert _two_dates(run, first, second) == set()


def test_the_time_of_the_state_the_event_left_people_in_and_a_demonstrative_cleft(run):
    """ "The photo finish kept the crowd guessing about the winner in June": the time of the
    state the event left them in, as with "left two people wounded in January"; "It is that
    strike, in June, that the union keeps citing": a cleft's focus dated by the phrase after it."""
    for first, second, dates in (
        (
            "The photo finish came on 3 May, officials said.",
            "The photo finish kept the crowd guessing about the winner in June.",
            {"3 May", "June"},
        ),
        (
            "The photo finish came on 3 May, officials said.",
            "The photo finish left fans waiting for news in June.",
            {"3 May", "June"},
        ),
        (
            "The photo finish came on 3 May, officials said.",
            "Few doubt that the photo finish left the crowd waiting for the winner in June.",
            {"3 May", "June"},
        ),
        (
            "The strike began on 3 May, the union said.",
            "It is that strike, in June, that the union keeps citing.",
            {"3 May", "June"},
        ),
    ):
        assert _two_dates(run, first, second) == dates, second


def test_what_nobody_who_was_there_will_forget_happened_then(run):
    """'"Nobody who was there on 9 June will forget the derby"': being there on a day is being
    at the event that day, and what is remembered or forgotten happened, whatever the tense of
    the remembering; a date on being elsewhere is not the event's."""
    first = "The derby was played on 3 May, the club said."
    assert _two_dates(
        run, first, '"Nobody who was there on 9 June will forget the derby," the club said.'
    ) == {
        "3 May",
        "9 June",
    }
    assert _two_dates(run, first, "Anyone who was in Lyon on 9 June will remember the derby.") == set()


def test_it_after_an_as_for_phrase_is_the_event_the_phrase_names(run):
    """ "As for the final, it drew a record crowd on 9 June": the "it" of the clause an "As for"
    phrase opens is the event the phrase names, whatever the verb; not what a message is about
    ("As for the final, it was discussed on 9 June")."""
    first = "The final was played on 3 May, the league said."
    assert _two_dates(run, first, "As for the final, it drew a record crowd on 9 June.") == {
        "3 May",
        "9 June",
    }
    assert _two_dates(run, first, "As for the final, it was discussed at length on 9 June.") == set()


def test_a_stretch_of_time_named_by_the_event(run):
    """ "The time-trial stage was decided by two seconds on 3 May" ... "the time-trial stage on
    9 June": a noun of a stretch of time ("stage", "day", "weekend") that an event noun names
    is that event; a thing it names is not ("the strike fund was set up on 9 June"), nor a rate."""
    assert _two_dates(
        run,
        "The time-trial stage was decided by two seconds on 3 May.",
        "Recalling the time-trial stage on 9 June, the judges praised the riders.",
    ) == {"3 May", "9 June"}
    assert (
        _two_dates(run, "The strike began on 3 May, the union said.", "The strike fund was set up on 9 June.")
        == set()
    )
    # (nor one a year sets apart: another instance)
    assert (
        _two_dates(
            run,
            "The time-trial stage was decided by two seconds in May 2019.",
            "It recalled the 2018 time-trial stage in September, the judges said.",
        )
        == set()
    )
    # (nor a rate, which WordNet files as a time: "the immunisation rate on 9 June")
    assert (
        _two_dates(
            run,
            "The immunisation of children began on 3 May, officials said.",
            "Officials reported a 95% immunisation rate on 9 June.",
        )
        == set()
    )


def test_the_state_an_event_left_people_in_told_in_a_relative_clause(run):
    """ "The hailstorm that left farmers counting their losses on 3 May": the time of the state
    the relative clause says the event left people in is the event's."""
    second = "The hailstorm on 9 June flattened crops."
    for first in (
        "The hailstorm that left farmers counting their losses on 3 May was the worst in years.",
        "The hailstorm, which kept commuters waiting for news on 3 May, is under review.",
    ):
        assert _two_dates(run, first, second) == {"3 May", "9 June"}, first


def test_a_gerund_and_a_time_noun_read_as_one_noun(run):
    """ "happened during opening hours in March": the parse makes "hours" the gerund's object;
    the date still dates what happened."""
    assert _two_dates(
        run,
        "The robbery occurred during opening hours in March, police said.",
        "The robbery on 9 June was caught on camera.",
    ) == {"March", "9 June"}


def test_a_cleft_focus_the_parse_split_into_noun_and_adjective(run):
    """ "It was that cup final, in 2016, that ...": the parse makes "final" an adjective of "cup";
    the cleft's focus is still the final."""
    assert _two_dates(
        run,
        "It was that cup final, in 2016, that fans kept coming back to.",
        "The cup final was played in May 2019.",
    ) == {"2016", "May 2019"}


def test_an_event_that_ends_something_else_is_dated_at_that_time(run):
    """ "The gala concert closed the arts festival on 9 June": the concert ended the festival, so
    it happened then (not an end date of its own, which an earlier mention would fit); "The
    hearing ended on 9 June" is the hearing's end."""
    second = "Footage of the gala concert on 3 May was shared widely."
    first = "The gala concert closed the arts festival on 9 June, organisers said."
    assert _two_dates(run, first, second) == {"3 May", "9 June"}
    assert (
        _two_dates(
            run,
            "The hearing ended on 9 June, the panel said.",
            "Footage of the hearing on 3 May was shared widely.",
        )
        == set()
    )


def test_a_gerund_with_a_determiner_is_an_event_noun(run):
    """ "Listings: the gala screening sold out in May 2018": the parse tags "screening" a gerund;
    with "the" before it, it is the noun, and the date is the screening's."""
    assert _two_dates(
        run,
        "Listings: the gala screening sold out in May 2018.",
        "The gala screening in March 2020 drew critics.",
    ) == {"May 2018", "March 2020"}


def test_a_date_the_parse_hung_on_a_than_expected_participle(run):
    """ "The vote took place later than planned in March": the date is the vote's, not the
    plan's."""
    assert _two_dates(
        run,
        "The vote took place later than planned in March, officials said.",
        "The vote on 9 June was peaceful.",
    ) == {"March", "9 June"}


def test_a_passive_the_parse_made_a_predicate_adjective(run):
    """ "The merger, which was green-lit by regulators on 3 May": the parse makes the participle
    an adjective complement of "was"; the relative clause still dates the merger. Being unhappy
    about it does not."""
    first = "The merger was approved on 9 June."
    second = "The merger, which was green-lit by regulators on 3 May, is now under review."
    assert _two_dates(run, first, second) == {"3 May", "9 June"}
    assert _two_dates(run, first, "Shareholders were unhappy in early February about the merger.") == set()


def test_a_date_on_what_went_on_despite_or_amid_it(run):
    """ "The opening went ahead despite a protest on 3 May": what went on despite the protest
    went on at its time; not a date that names the other event ("despite the ban of 3 May")."""
    second = "The opening on 9 June was brief."
    assert _two_dates(run, "The opening went ahead despite a protest outside on 3 May.", second) == {
        "3 May",
        "9 June",
    }
    assert _two_dates(run, "The opening went ahead despite the ban of 3 May.", second) == set()


def test_it_after_a_colon_is_the_event_the_clause_before_tells_of(run):
    """ "Pundits were united on the regatta: it was staged on 9 June", "Organisers spoke highly of
    the gala: it drew a record crowd on 9 June": what a colon opens tells of the clause before;
    not a passive with a clause of its own ("it was announced on 9 June that ...")."""
    assert _two_dates(
        run,
        "The regatta was staged in March.",
        "Pundits were united on the regatta: it was staged on 9 June.",
    ) == {"March", "9 June"}
    assert _two_dates(
        run,
        "The gala drew a big crowd in March.",
        "Organisers spoke highly of the gala: it drew a record crowd on 9 June.",
    ) == {"March", "9 June"}
    announced = "Pundits were united on the regatta: it was announced on 9 June that crews would return."
    assert _two_dates(run, "The regatta was staged in March.", announced) == set()


def test_people_doing_the_act_in_a_participle_say_which_instance(run):
    """ "with hundreds of students protesting in Leeds in June": the people a participle says do
    it make theirs another protest than the farmers' (a Wikinews article on one activist's protest
    said "35 thousand students protesting in Belgium in January"); the event's own people doing it
    ("with nurses striking across the city") keep it the same strike."""
    first = "Farmers began their protest on 3 May outside parliament."
    other = "Other towns held protests too, with hundreds of students protesting in Leeds in June."
    assert _two_dates(run, first, other) == set()
    same = "The strike in June, with nurses striking across the city, closed wards."
    nurses = "Nurses began their strike on 3 May outside the hospital."
    assert _two_dates(run, nurses, same) == {"3 May", "June"}


def test_a_date_ending_the_clause_of_what_the_event_did_to_another(run):
    """ "The power cut halted the semi-final on 10 February", "The hailstorm interrupted the
    open-air concert on 8 October": a date that ends the clause, hung by the parse on the event
    the verb acts on, dates the event that acted too, and an event that delays another happened;
    not a verb that only relates the two in time or thought ("followed the ruling", "examined the
    crash")."""
    for first, second, date in (
        (
            "The power cut happened on 3 March.",
            "The power cut halted the semi-final on 10 February.",
            "10 February",
        ),
        (
            "The hailstorm hit on 3 March.",
            "The hailstorm interrupted the open-air concert on 8 October.",
            "8 October",
        ),
        (
            "The power cut happened on 3 March.",
            "The power cut delayed the second half on 10 February.",
            "10 February",
        ),
    ):
        assert _two_dates(run, first, second) == {"3 March", date}, second
    for first, second in (
        ("The vigil took place on 3 March.", "The vigil followed the ruling on 10 February."),
        ("The vigil took place on 3 March.", "The vigil marked the massacre on 10 February."),
        ("The inquiry began on 3 March.", "The inquiry examined the crash on 10 February."),
        ("The protest took place on 3 March.", "The protest echoed the riot on 10 February."),
    ):
        assert _two_dates(run, first, second) == set(), second


def test_a_state_left_in_a_count_of_people_and_what_went_on_with_it(run):
    """ "The regatta, the club told reporters, left hundreds of sailors waiting in May": the state
    the event left a count of people in, through an attribution set off by commas, whichever way
    the parse hangs it (the sentence first or later in the text); "The vigil ended with the crowd
    singing the anthem on 5 February": a clause after "with" tells what went on as it ended; not
    a plan it ended with ("leaders agreeing to meet again on 9 June")."""
    left = "The regatta, the club told reporters, left hundreds of sailors waiting in May."
    staged = "The regatta was staged on 3 March."
    assert _two_dates(run, staged, left) == {"3 March", "May"}
    assert _two_dates(run, left, staged) == {"3 March", "May"}
    first = "The vigil took place on 3 March."
    for ended in (
        "The vigil ended with the crowd singing the anthem on 5 February.",
        "The vigil, organisers told reporters, ended with the crowd singing the anthem on 5 February.",
    ):
        assert _two_dates(run, first, ended) == {"3 March", "5 February"}, ended
    plan = "The summit ended with leaders agreeing to meet again on 9 June."
    assert _two_dates(run, "The summit took place on 3 March.", plan) == set()


def test_an_event_told_of_on_a_day_does_not_end_years_later(run):
    """ "The cup final took place on 9 November 2011" ... "The cup final ended in a 1-1 draw on 4
    February 2019": an end years after the day it is told of is another date for it; an end
    weeks later is how long it ran ("the hearing on 3 May" ... "ended on 9 June", in
    `test_an_event_that_ends_something_else_is_dated_at_that_time`)."""
    first = "The cup final took place on 9 November 2011."
    assert _two_dates(run, first, "The cup final ended in a 1-1 draw on 4 February 2019.") == {
        "9 November 2011",
        "4 February 2019",
    }
    assert _two_dates(run, first, "The cup final ended in a 1-1 draw on 4 December 2011.") == set()


def test_an_event_told_of_in_a_month_does_not_end_years_later(run):
    """ "The relay, in mid-May 2016, was a triumph" ... "The relay ended in a dead heat on 2 June
    2018": a month, or part of one, two years before the end is another date for the event; a
    month less than a year before it is how long it ran ("The boycott in September 2018" ...
    "ended in June 2019")."""
    assert _two_dates(
        run, "The relay, in mid-May 2016, was a triumph.", "The relay ended in a dead heat on 2 June 2018."
    ) == {"mid-May 2016", "2 June 2018"}
    assert (
        _two_dates(run, "The boycott in September 2018 hurt sales.", "The boycott ended in June 2019.")
        == set()
    )


def test_a_date_set_off_by_commas_after_a_misparsed_compound(run):
    """ "An account of the cup final, in mid-March 2017, was published later": the tagger makes
    "final" an adjective, or the parse hangs the phrase on the comma ("Photographs of the book
    launch, in ..."); the phrase is still an aside on the event the comma follows."""
    for event, second in (
        ("cup final", "An account of the cup final, in mid-March 2017, was published later."),
        ("book launch", "Photographs of the book launch, in mid-March 2017, were shared widely."),
    ):
        first = f"The {event} took place on 9 November 2011."
        assert _two_dates(run, first, second) == {"9 November 2011", "mid-March 2017"}, event


def test_a_contest_decided_months_after_it_was_played_is_given_two_dates(run):
    """ "The derby was played on 8 March 2019" ... "The derby ended in a 2-2 draw in May 2019":
    an ending that gives a contest's result (a draw, a win, a score, "all square") comes the day it
    is played, so an end two months on is another date, not a long run's end. A tournament's
    win weeks after its month still agrees, and so does a strike's settlement months later."""
    first = "The derby was played on 8 March 2019."
    for second in (
        "The derby ended in a 2-2 draw in May 2019.",
        "The derby finished 3-1 on 20 May 2019.",
        "The derby ended all square on 20 May 2019.",
    ):
        assert _two_dates(run, first, second), second
    assert (
        _two_dates(
            run,
            "The regatta in June 2018 drew big crowds.",
            "The regatta ended in a win for Norway on 12 July 2018.",
        )
        == set()
    )
    assert (
        _two_dates(
            run,
            "The stoppage on 2 March 2019 hit the docks.",
            "The stoppage ended in a deal on 30 July 2019.",
        )
        == set()
    )


def test_a_date_set_off_by_commas_after_the_focus_of_a_cleft(run):
    """ "It was that regatta, in late June 2015, that sailors still talked about": the parse
    hangs the phrase on the clause after "that", but the commas set it off as an aside on the
    cleft's focus. Not when the focus is not the event ("It was that marina, in late June
    2015, that ..."), nor a cleft on the date itself."""
    first = "The regatta took place on 14 August 2018."
    assert _two_dates(
        run, first, "It was that regatta, in late June 2015, that sailors still talked about."
    ) == {"14 August 2018", "late June 2015"}
    assert (
        _two_dates(run, first, "It was that marina, in late June 2015, that sailors still talked about.")
        == set()
    )


def test_a_date_after_the_complement_of_the_event_noun(run):
    """ "Lawyers are examining suits stemming from the seizure of the cargo ship on 9 March": the
    parse hangs the date on the participle, but it ends the event noun's own phrase (the event,
    its preposition, a noun that is no event), so it dates the seizure. Not a noun that is an
    event of its own ("the inquiry into the derailment on 9 March" dates the derailment, which
    the first sentence does not name), nor a time word."""
    first = "The seizure of the cargo ship happened on 2 February 2021."
    assert _two_dates(
        run, first, "Lawyers are examining suits stemming from the seizure of the cargo ship on 9 March 2021."
    ) == {"2 February 2021", "9 March 2021"}
    assert _two_dates(
        run,
        "The rally against fuel prices took place on 4 May 2022.",
        "Traders still talk about the rally against fuel prices in August 2022.",
    ) == {"4 May 2022", "August 2022"}
    assert (
        _two_dates(
            run,
            first,
            "The seizure of the cargo ship was followed by the release of the crew on 9 March 2021.",
        )
        == set()
    )


def test_a_date_inside_the_subject_of_a_negated_or_modal_clause_dates_its_event(run):
    """ "The origin of the blackout on 9 March has never been explained": the clause is negated,
    but the date sits in its subject's phrase, beside the event, so it dates the event; and so
    under a modal when the subject is no event ("Accounts of the blackout on 9 March may be
    published"). A planned hearing as the subject keeps its date ("A hearing on the blackout on
    9 March will decide the fines")."""
    first = "The blackout happened on 2 February 2021, the grid operator said."
    for second in (
        "The origin of the blackout on 9 March 2021 has never been explained.",
        "Accounts of the blackout on 9 March 2021 may be published next year.",
    ):
        assert _two_dates(run, first, second) == {"2 February 2021", "9 March 2021"}, second
    planned = "A hearing on the blackout on 9 March 2021 will decide the fines."
    assert _two_dates(run, first, planned) == set()


def test_a_date_after_a_hyphened_event_word(run):
    # "hit-and-run", "sit-in", "break-in": the date after the word dates it, whatever the
    # tagger makes of its first part
    assert _two_dates(
        run,
        "The hit-and-run happened on 2 February 2021, the police said.",
        "Records of the hit-and-run in March 2021 were handed to the insurers.",
    ) == {"2 February 2021", "March 2021"}


def test_an_event_noun_retold_with_the_same_words_the_tagger_reads_as_a_verb(run):
    """The second telling writes the same words after "the", but the tagger reads the noun as
    a verb there ("Customers said the billing glitch on 9 March had ..."): it is the same noun.
    Not when a noun follows, which the words then modify ("the billing glitch report")."""
    first = "The booking glitch happened on 2 February 2021, the airline said."
    assert _two_dates(
        run, first, "Passengers said the booking glitch on 9 March 2021 had ruined their plans."
    ) == {"2 February 2021", "9 March 2021"}
    assert (
        _two_dates(
            run, first, "Passengers said the booking glitch report on 9 March 2021 had ruined their plans."
        )
        == set()
    )


def test_it_after_a_telling_about_the_event_stands_for_the_event(run):
    """ "In a report on the stoppage, the union said it began on 9 March": the report is about
    the stoppage, so "it" is the stoppage, not the report. Two happenings with no telling
    between them leave "it" open ("After the vote and the stoppage, the union said it began
    on 9 March")."""
    first = "The stoppage happened on 2 February 2021, managers said."
    assert _two_dates(
        run, first, "In a report on the stoppage, the union said that it began on 9 March 2021."
    ) == {"2 February 2021", "9 March 2021"}
    assert (
        _two_dates(
            run, first, "After the ballot and the stoppage, the union said that it began on 9 March 2021."
        )
        == set()
    )


def test_it_in_what_people_named_by_the_event_said_is_the_event(run):
    """ "Farmers who lost crops to the hailstorm said it flattened the fields on 9 March":
    whatever "it" did, in what people the sentence names by the event said, "it" is that
    event; not the weather's "it" ("said it rained on 9 March"), nor where a second happening
    is named before it."""
    first = "The hailstorm struck on 2 February 2021, forecasters said."
    assert _two_dates(
        run, first, "Farmers who lost crops to the hailstorm said it flattened the fields on 9 March 2021."
    ) == {"2 February 2021", "9 March 2021"}
    for quiet in (
        "Farmers who lost crops to the hailstorm said it rained again on 9 March 2021.",
        "Farmers who lost crops to the hailstorm and the flood said it flattened the fields on 9 March 2021.",
    ):
        assert _two_dates(run, first, quiet) == set(), quiet


def test_no_date_for_a_bare_part_of_a_hyphened_event_word_nor_a_misread_verb(run):
    """Two false alarms the dev banks showed mid-round: "in" alone ("revealed that in December
    ...") is not the "in" of "sit-in"; and "spread", tagged a noun where it heads the clause
    ("The sit-in spread to a second building on 25 January"), is no event noun whose
    complement a date ends."""
    body = (
        "The teach-in took place on 23 September 2019, students said. "
        "The paper reported that in December 2018 the dean had quit. "
        "Staff said the teach-in took place on 23 September 2019."
    )
    assert findings(run("Teach-in", body, "2019-09-29T00:00:00"), CODE) == []
    body = (
        "The sit-in spread to a second building on 25 January, organisers said. "
        "Students said the occupation was peaceful. "
        "The 2018 sit-in, which spread to a second building on 15 August 2018, is the subject of an inquiry."
    )
    assert findings(run("Sit-in", body, "2019-03-01T00:00:00"), CODE) == []


def test_a_cleft_split_by_any_telling_set_off_by_commas(run):
    """ "It was in June, the council reminded residents, that the roof collapse happened": any verb
    of telling set off by commas may split the cleft, not only "said" (right after the first
    telling, where "It" might be read as pointing back at the event, which puts both dates on
    one mention)."""
    first = "The roof collapse happened on 3 May, engineers said."
    for second in (
        "It was on 14 June, the council reminded residents, that the roof collapse happened.",
        "It was in late June, the owners stressed to tenants, that the roof collapse occurred.",
    ):
        found = findings(run("News", f"{first} {second}", "2024-09-01T00:00:00"), CODE)
        assert len(span_texts(found)) == 2, second


def test_a_contest_dated_in_its_relative_clause(run):
    """ "The derby, which kicked off on 3 July, ...": a relative clause that tells how a contest
    went makes the word a happening as its own verb would ("The derby kicked off ..."), so its
    other mention, dated with no occurrence verb, is the same derby."""
    first = "The derby on 12 May drew criticism."
    for second in (
        "The derby, which kicked off on 3 July, is under review.",
        "The derby, which was played on 3 July, is under review.",
    ):
        assert _two_dates(run, first, second) == {"12 May", "3 July"}, second


def test_a_message_or_state_after_an_event_noun_tells_that_event(run):
    """ "The evacuation order was issued on 2 March": the head of the compound, an order, a
    notice or a threat, holds the predicate and the date of the event before it; a plan or a
    team after an event noun does not (a plan is drawn up before the event it plans)."""
    first = "The evacuation order was issued on 2 March, the prefecture said."
    second = "Officials said the evacuation order went out on 9 April."
    assert _two_dates(run, first, second) == {"2 March", "9 April"}
    first = "The evacuation plan was drawn up on 2 March, the prefecture said."
    second = "The evacuation took place on 9 April, officials said."
    assert _two_dates(run, first, second) == set()


def test_a_noun_that_lasted_up_to_a_time_is_a_happening(run):
    """ "The vigil lasted until dawn on 2 March": a noun WordNet files first as a time is a
    happening when it lasted into, until or through a time, as when it lasted for one."""
    first = "The vigil lasted until dawn on 2 March, relatives said."
    second = "Relatives said the vigil lasted through the night on 9 April."
    assert _two_dates(run, first, second) == {"2 March", "9 April"}


def test_a_kind_named_noun_with_a_rare_act_sense_that_occurred_is_a_happening(run):
    """ "The water cut hit on 2 March": a noun WordNet files first as something else (a cut is
    first a share) whose kind a noun before it names is a happening when it occurred, hit or
    struck; "hit" with no object is an occurrence verb."""
    first = "The water cut hit on 2 March, the utility said."
    second = "The water cut, which struck on 9 April, angered residents."
    assert _two_dates(run, first, second) == {"2 March", "9 April"}


def test_a_compound_the_tagger_reads_as_a_clause_names_no_participant(run):
    """ "Since the crowd crush on 3 July", "The bank run on 3 July ...": the tagger may make the
    head a verb and the noun before it its subject; that noun names the kind, not who took
    part, so the mention is the same event."""
    assert _two_dates(
        run,
        "On 12 May, the crowd crush happened.",
        "Since the crowd crush on 3 July, police have said little.",
    ) == {"12 May", "3 July"}
    assert _two_dates(run, "On 12 May, the bank run began.", "The bank run on 3 July drew criticism.") == {
        "12 May",
        "3 July",
    }


def test_since_a_compound_the_tagger_reads_as_a_gerund_clause(run):
    """ "Since the earnings warning on 3 July": the tagger may read the head as a gerund whose
    subject is the noun before it; the phrase is still the event, not another one "since"
    counts from."""
    assert _two_dates(
        run,
        "On 12 May, the earnings warning was issued.",
        "Since the earnings warning on 3 July, the board has said little.",
    ) == {"12 May", "3 July"}


def test_the_on_a_split_subject_refers_back_inside_since(run):
    """ "Since the vaccine rollout began in early June": the parse may make "vaccine" and
    "rollout" two subjects of "began"; "the" on the first still refers back to the rollout."""
    assert _two_dates(
        run,
        "The vaccine rollout began on 12 May, the health ministry said.",
        "Since the vaccine rollout began in early June, reporting rules have been tightened.",
    ) == {"12 May", "early June"}
    assert (
        _two_dates(
            run,
            "The vaccine rollout began on 12 May, the health ministry said.",
            "Since a vaccine rollout began in early June, reporting rules have been tightened.",
        )
        == set()
    )


def test_a_date_on_the_verb_after_an_aside_set_off_by_dashes(run):
    """ "The landslide -- news of which was still coming in, with rescuers asking people to stay
    away -- struck in March": the verb after the aside is the landslide's, and so is its date."""
    assert _two_dates(
        run,
        "The landslide struck on 12 May, rescuers said.",
        "The landslide -- news of which was still coming in as we went to press, with rescuers "
        "asking people to stay away -- struck in March.",
    ) == {"12 May", "March"}


def test_a_hedge_with_by_names_no_one_who_did_it(run):
    """ "The riot - in March, by most accounts - ...": "by most accounts" hedges the date; it
    names no one who did it, so the mention is the same riot, not another."""
    first = "The riot broke out on 12 May, police said."
    for second in (
        "The riot - in March, by most accounts - has led to calls for an inquiry.",
        "The riot, by all accounts in March, has led to calls for an inquiry.",
    ):
        assert _two_dates(run, first, second) == {"12 May", "March"}, second


def test_a_question_about_what_came_of_a_known_event(run):
    """ "Reporters asked whether anyone had been punished over the March riot": a question about
    what followed a known event leaves the event told as past; the question's subject, or a
    verb it puts in the future, is still open ("whether the riot would spread in March")."""
    first = "The riot broke out on 12 May, police said."
    for second in (
        "Reporters asked whether anyone had been punished over the March riot.",
        "The minister would not say whether lessons were learned from the riot of March.",
    ):
        assert _two_dates(run, first, second) == {"12 May", "March"}, second
    quiet = "Nobody knew whether the riot would spread in March, the general said."
    assert _two_dates(run, first, quiet) == set()


def test_a_natural_thing_that_forms_told_in_a_relative_clause_or_a_participle(run):
    """ "The sinkhole, which appeared in March, ...", "Engineers said the sinkhole formed in
    March" (the parse makes "formed" a participle): a thing that forms is a happening, told so
    by a relative clause of forming or by the verb the parse hangs on it."""
    first = "Residents said the sinkhole swallowed a car on 12 May."
    for second in (
        "The sinkhole, which appeared in March, has swallowed two cars.",
        "Engineers said the sinkhole formed in March.",
    ):
        assert _two_dates(run, first, second) == {"12 May", "March"}, second


def test_a_subject_the_parse_made_the_object_of_after(run):
    """ "Forums filled up after the booking site crash occurred in March": the parse makes the
    crash the object of "after" and leaves "occurred" with no subject; the verb is the crash's,
    and so is its date."""
    assert _two_dates(
        run,
        "The booking site crash occurred on 12 May, the firm said.",
        "Forums filled up after the booking site crash occurred in March.",
    ) == {"12 May", "March"}


def test_a_state_that_forms_is_a_happening_but_not_a_crowd(run):
    """ "The billing glitch appeared on 12 May": a state (WordNet's "glitch") that appears,
    emerges or forms happens then, as a natural thing does. Not a group of people: "A crowd
    formed" tells no event to date twice."""
    first = "The billing glitch appeared on 12 May, the bank said."
    for second in (
        "Customers said the billing glitch appeared in March.",
        "The billing glitch, which emerged in March, has been fixed.",
    ):
        assert _two_dates(run, first, second) == {"12 May", "March"}, second
    assert (
        _two_dates(
            run, "A crowd formed on 12 May, police said.", "The crowd, which formed in March, was dispersed."
        )
        == set()
    )


def test_it_in_the_answer_to_a_question_about_the_event_asked_at_another(run):
    """ "Asked about the mutiny at a regular press briefing, a spokesman said it broke out in
    March": "it" is what was asked about, though another event noun (the briefing) stands in the
    question before it."""
    assert _two_dates(
        run,
        "The mutiny broke out on 12 May, the army said.",
        "Asked about the mutiny at a regular press briefing, a spokesman said it broke out in March.",
    ) == {"12 May", "March"}


def test_a_gerund_compound_the_parse_splits_after_its_first_noun(run):
    """ "The boat capsizing occurred in March": the parse makes "capsizing" a modifier of "boat"
    (or "boat" a compound of it with the determiner); the capsizing is the event, not the boat."""
    assert _two_dates(
        run,
        "The boat capsizing occurred on 12 May, the coastguard said.",
        "The boat capsizing occurred in March, divers said.",
    ) == {"12 May", "March"}


def test_what_a_free_relative_subject_describes_as_the_event(run):
    """ "What the coastguard described as a rescue was carried out on 12 May": the predicate is
    the rescue's, named by the free relative that is the clause's subject."""
    assert _two_dates(
        run,
        "What the coastguard described as a rescue was carried out on 12 May, officials said.",
        "Reports said the rescue was carried out in March.",
    ) == {"12 May", "March"}


def test_a_relative_clause_on_the_phrase_of_another_instance_tells_of_that_one(run):
    """ "It followed an earlier cholera outbreak in a nearby town, which broke out in March": the
    parse hangs the relative clause on the town; what broke out then is the earlier outbreak,
    not the one the article is about."""
    first = "WHO said the cholera outbreak broke out on 12 May."
    for quiet in (
        "It followed an earlier cholera outbreak in the same province, which broke out in March.",
        "It came after an earlier cholera outbreak in a nearby town, which broke out in March.",
    ):
        assert _two_dates(run, first, quiet) == set(), quiet


def test_the_day_crews_were_summoned_to_an_event_is_its_day(run):
    """ "Firefighters were called on 12 May to a barn fire": crews are called or alerted to an
    event as it happens, so the day on the verb of summoning is the fire's."""
    for first in (
        "Firefighters were called on 12 May to a barn fire, the brigade said.",
        "Crews were alerted on 12 May to a barn fire and stayed for hours.",
    ):
        assert _two_dates(run, first, "Reports said the barn fire broke out in March.") == {
            "12 May",
            "March",
        }, first


def test_a_date_on_an_event_the_head_of_an_of_phrase_is_no_act_of(run):
    """ "The implications of the visa suspension on 4 June": implications are no act, so the
    date after the suspension (first a liquid to WordNet) is the suspension's, not theirs."""
    assert _two_dates(
        run,
        "The implications of the visa suspension on 4 June are still being weighed, lawyers said.",
        "Consulates recalled that the visa suspension took effect in March.",
    ) == {"4 June", "March"}


def test_a_date_in_brackets_after_the_event_noun(run):
    """ "The walkout (in May, union sources say) ...": a date in brackets right after the noun
    is that noun's date, whatever verb the parse hangs it on."""
    for first in (
        "The walkout (in May, union sources say) has cost the airline dearly.",
        "The walkout (May 2021) has cost the airline dearly.",
    ):
        found = _two_dates(run, first, "Managers said the walkout took place on 9 September 2020.")
        assert len(found) == 2, (first, found)
    # (or the event's whose complement the noun before the bracket is)
    assert _two_dates(
        run,
        "The loss of power (in May 2021, engineers said) has led to an inquiry.",
        "Engineers said the loss of power occurred in December 2016.",
    ) == {"May 2021", "December 2016"}


def test_a_verb_after_two_relative_clauses_the_parse_reads_as_a_participle(run):
    """ "The tornado, which ... and which ..., hit in May": "hit" is the sentence's verb even
    where the parse makes it a participle inside the second relative clause."""
    assert _two_dates(
        run,
        "The tornado, which the agency described as the worst event in the county for some time "
        "and which has stretched an already overloaded relief effort, hit in late April.",
        "Insurers said the tornado struck on 2 June.",
    ) == {"late April", "2 June"}


def test_as_having_happened_on_a_gerund_compound_the_parse_splits(run):
    """ "The log lists the ferry sinking as having taken place in May": "as" hangs on the split
    gerund, which is the event the date is given to."""
    assert _two_dates(
        run,
        "The ferry sinking occurred on 12 May, the coastguard said.",
        "An insurer's report lists the ferry sinking as having taken place in March.",
    ) == {"12 May", "March"}


def test_a_measure_that_came_into_force_is_dated_by_it(run):
    """ "The visa suspension came into force on 3 May": what comes or enters into force is a
    measure starting on that day (a suspension is first a liquid to WordNet)."""
    assert _two_dates(
        run,
        "Travel agents said the visa suspension came into force on 3 May.",
        "The visa suspension entered into force in March, consulates said.",
    ) == {"3 May", "March"}


def test_a_bare_gerund_hung_on_a_thing_with_a_determiner_is_the_event(run):
    """ "the bridge collapsing in March": the parse hangs the gerund on "bridge"; a thing that
    undergoes it with its own determiner makes the pair one event noun (not "the man running")."""
    assert _two_dates(
        run,
        "The bridge collapsing (on 12 May, engineers said) shocked the town.",
        "Residents said the bridge collapsing in March had cut the valley in two.",
    ) == {"12 May", "March"}
    assert (
        _two_dates(
            run,
            "The man running in the park on 12 May was a teacher.",
            "The man running in the park in March was a doctor.",
        )
        == set()
    )
    # (as a noun, a date on it in a planned clause is the plan's)
    assert (
        _two_dates(
            run,
            "The tanker capsizing took place in March, the navy said.",
            "The navy said it would return to the scene of the tanker capsizing on 14 January.",
        )
        == set()
    )


def test_the_object_of_an_act_is_no_thing_when_wordnet_does_not_know_it(run):
    """ "The report covers the airstrike in January" ... "The log lists the airstrike as having
    taken place in March": a word WordNet lacks may be a happening; two acts on it ("covers",
    "lists") do not make it two things."""
    assert _two_dates(
        run,
        "The latest bulletin, which covers the airstrike in January, was issued late.",
        "The incident log lists the airstrike as having taken place on 3 March.",
    ) == {"January", "3 March"}


def test_a_verb_and_a_noun_of_its_act_done_to_two_different_things_are_two_acts(run):
    """ "The board suspended the coach on Monday" ... "the licence suspension in March": one
    lemma, but what was suspended differs, so they are two acts (not "the coach suspension",
    the same act)."""
    first = "The board suspended the coach for six matches on 12 May, the club said."
    assert _two_dates(run, first, "Reports said the licence suspension took effect in March.") == set()
    assert _two_dates(run, first, "Reports said the coach suspension took effect in March.") == {
        "12 May",
        "March",
    }


def test_what_one_will_never_forget_is_past(run):
    """ "Nobody will ever forget the flood on 3 May": forgetting is in the future, but what one
    forgets has happened; the date is the flood's, not a plan's."""
    assert _two_dates(
        run,
        "The mudslide struck in March, the mayor said.",
        "We will never forget the mudslide on 29 July, one farmer said.",
    ) == {"March", "29 July"}


def test_a_date_set_off_after_the_events_timing(run):
    """ "The heist's timing -- in 2015, with ... -- could not have been worse", "the timing of
    the strike, in May, ...": an aside on an event's timing is the event's date, whatever the
    clause's mood."""
    first = "The blackout happened in March, engineers said."
    for second in (
        "The blackout's timing — in early June, with the festival in full swing — could not have been worse.",
        "The blackout's timing, in early June, was unfortunate.",
    ):
        assert _two_dates(run, first, second) == {"March", "early June"}, second


def test_a_gerund_of_a_verb_with_a_prefix_wordnet_lacks(run):
    """ "the relabelling on 21 October": WordNet has "label" but not "relabel"; the gerund is
    still an act (not the "ling" its last letters spell)."""
    assert _two_dates(
        run,
        "The relabelling in March angered shoppers, the regulator said.",
        "Lessons from the relabelling on 21 October have been shared with other firms.",
    ) == {"March", "21 October"}


def test_a_date_inside_the_focus_of_a_not_until_cleft(run):
    """ "It was not until the crush on 29 July that the label acted": the cleft's focus is the
    crush with its date, not the date alone; the date is the crush's, not the label's (an event
    noun to WordNet)."""
    assert _two_dates(
        run,
        "The crowd crush happened in March, stewards said.",
        "It was not until the crowd crush on July 29, 2020 that the label began to take the "
        "warnings seriously.",
    ) == {"March", "July 29, 2020"}


def test_a_date_the_ner_runs_the_event_noun_into(run):
    """ "Since the walkout on January 21, 2019, ...": the NER takes "the walkout on January 21,
    2019" as one date; the date inside it is still found and dated to the walkout."""
    assert _two_dates(
        run,
        "The walkout took place in March, organisers said.",
        "Since the walkout on January 21, 2019, attendance has slumped by a third.",
    ) == {"March", "January 21, 2019"}


def test_a_pseudo_cleft_names_what_happened_on_its_date(run):
    """ "What happened on 18 May was a walkout": the free relative's date is the walkout's, and
    "a walkout" after the first mention is that one, not another."""
    assert _two_dates(
        run,
        "The lockout took place in May, managers said.",
        "What occurred in March was a lockout, the union said.",
    ) == {"May", "March"}


def test_a_relative_clause_that_reports_the_date_the_parse_misreads(run):
    """ "the hailstorm, which the met office said hit in 2018": the small model makes "said" an
    auxiliary of "hit" (or "struck" the subjectless complement of "confirmed", with "which" and
    the source both its subjects); the date is the event's, and the source is no event."""
    first = "The hailstorm struck on 3 May, forecasters said."
    for second in (
        "Crews worked through the night after the hailstorm, which the met office said hit in 2018.",
        "The hailstorm, which the geological survey confirmed struck in 2018, shocked the town.",
    ):
        assert _two_dates(run, first, second) == {"3 May", "2018"}, second


def test_what_a_quote_remembers_happening_is_the_event_said_of(run):
    """'"Nobody here will forget what happened on 3 May," a shopkeeper said of the heatwave':
    the free relative is what the clause said remembers; its date is the heatwave's."""
    assert _two_dates(
        run,
        "The heatwave began in late May 2017, according to the weather service.",
        '"We all remember what happened on 3 March 2015," one shopkeeper said of the heatwave.',
    ) == {"late May 2017", "3 March 2015"}


def test_a_noun_a_longer_verb_is_made_from_is_no_act(run):
    """ "office" (officiate) and "origin" (originate) are not nominalisations of their verbs:
    "the office" is no event that could be dated."""
    from analysis import lexicon

    assert not lexicon.is_event_noun("office")
    assert not lexicon.is_event_noun("origin")
    assert lexicon.is_event_noun("launch")


def test_what_a_source_says_referring_to_the_event(run):
    """'"What happened on 3 May will be fully investigated," the ministry said, referring to the
    ceremony': the free relative's date is the event the saying refers to."""
    assert _two_dates(
        run,
        "The handover ceremony was held in March 2018, officials said.",
        '"What happened on 3 May will be fully investigated," the defence ministry said, referring '
        "to the handover ceremony.",
    ) == {"March 2018", "3 May"}


def test_a_reported_relative_clause_on_the_phrase_around_the_event(run):
    """ "The account of the jailbreak - which the army said happened in early October 2016 -":
    the parse hangs the relative clause on "account"; what "happened" is the jailbreak (an
    account does not happen)."""
    assert _two_dates(
        run,
        "The jailbreak came in January 2017, the army said.",
        "The account of the jailbreak - which the army said happened in early October 2016 - "
        "differs in several respects from that given by residents.",
    ) == {"January 2017", "early October 2016"}


def test_a_hyphenated_pair_wordnet_writes_with_a_space_keeps_its_head(run):
    """ "The source-code leak": WordNet has "source code", no event; the compound's event is
    its last word, the leak (only longer phrases are looked up with spaces: "work-to-rule")."""
    assert _two_dates(
        run,
        "The source-code leak surfaced on October 21, 2019, the firm said.",
        "The source-code leak came to light on December 25, 2017, researchers said.",
    ) == {"October 21, 2019", "December 25, 2017"}


def test_a_relative_clause_that_agrees_with_the_event_not_the_report(run):
    """ "Details of the rescue, which was launched in July, ...": "was" agrees with the rescue,
    not with the plural "details"; the clause is the rescue's."""
    assert _two_dates(
        run,
        "The rescue began on 4 March 2016, the coastguard said.",
        "Details of the rescue, which was launched in July 2017, were kept from the families.",
    ) == {"4 March 2016", "July 2017"}


def test_a_date_between_an_object_and_its_as_complement(run):
    """ "later described the spill on 21 June as chaotic": the date sits inside the object's
    phrase, before what it is described as; the describing's own date would follow."""
    assert _two_dates(
        run,
        "The fuel spill happened on 3 March 2016, officials said.",
        'Dockers later described the fuel spill on 21 June as "a mess".',
    ) == {"3 March 2016", "21 June"}


def test_a_past_event_judged_with_a_modal_perfect(run):
    """ "Coming in 2018, the walkout could hardly have been worse timed": a judgement of what
    happened, not a hypothesis that it did."""
    assert _two_dates(
        run,
        "The walkout began on 4 May 2015, the union said.",
        "Coming in 2018, at the start of the holidays, the walkout could hardly have been worse timed.",
    ) == {"4 May 2015", "2018"}


def test_a_free_relative_naming_the_event(run):
    """ "What the operator called a power failure began in March": the event named in the free
    relative is the predicate's subject."""
    assert _two_dates(
        run,
        "What engineers called a power failure began in March 2017 in the north of the city.",
        "The power failure began on 4 May 2015, the operator said.",
    ) == {"4 May 2015", "March 2017"}


def test_a_pseudo_cleft_with_its_focus_after_a_dash(run):
    """ "What happened on 12 June - a stampede ...": the focus set off by a dash, which the parse
    hangs on the date, is what happened then."""
    assert _two_dates(
        run,
        "The stampede took place on 3 May 2015, officials said.",
        "What happened on 12 June 2016 - a stampede nobody had prepared for - is still being studied.",
    ) == {"3 May 2015", "12 June 2016"}


def test_a_comparative_against_what_was_feared_is_the_same_event(run):
    """ "a collapse more costly than engineers had feared": measured against an expectation, not
    against another collapse."""
    assert _two_dates(
        run,
        "The collapse took place on 12 June 2015, officials said.",
        "What happened in November 2016 was a collapse more costly than engineers had feared.",
    ) == {"12 June 2015", "November 2016"}


def test_the_timing_of_the_event_set_off_by_dashes(run):
    """ "The timing of the sinkhole -- in 2019, ... --": the time of the event "timing" is "of"."""
    assert _two_dates(
        run,
        "The sinkhole opened on 3 May 2015, the council said.",
        "The timing of the sinkhole -- in 2019, with the road already closed -- drew questions.",
    ) == {"3 May 2015", "2019"}


def test_a_relative_clause_past_an_as_aside(run):
    """ "the heist, which, as the owners pointed out, happened in October": the parse takes the
    aside's verb for the relative clause's; the happening is the heist's."""
    assert _two_dates(
        run,
        "The heist took place on 12 June 2015, police said.",
        "Reporters kept asking about the heist, which, as detectives noted, happened in October 2016.",
    ) == {"12 June 2015", "October 2016"}


# ---------------------------------------------------------------- round 61


def test_what_something_can_be_traced_back_to_happened(run):
    """ "Most of the delays can be traced back to the outage on 4 May": the modal is the
    tracing's; the outage happened, on its own date."""
    assert _two_dates(
        run,
        "The outage happened on 9 June 2016, engineers said.",
        "Most of the delays can be traced back to the outage on 4 May, the operator said.",
    ) == {"9 June 2016", "4 May"}


def test_a_noun_first_filed_as_a_person_that_took_place(run):
    """ "The crypto hack took place on 3 May 2019": WordNet has a hack as a writer or a horse,
    but no person takes place; the word is also a verb, and the noun is its act."""
    assert _two_dates(
        run,
        "The crypto hack took place on 3 May 2019, investigators said.",
        "Losses from the crypto hack, which occurred on 9 June 2018, were never recovered.",
    ) == {"3 May 2019", "9 June 2018"}


def test_an_event_said_to_be_something_that_happened_on_a_date(run):
    """ "The flood is remembered as an episode that happened in May 2016": the relative clause on
    what the event is said to be dates it."""
    assert _two_dates(
        run,
        "The flood struck on 9 June 2018, officials said.",
        "The flood is still remembered as an episode that happened in May 2016.",
    ) == {"9 June 2018", "May 2016"}


def test_being_there_on_a_day_in_what_was_said_of_the_event(run):
    """'"Nobody who was there on 4 May will forget it," a steward said of the procession': being
    there on a day, in what is said of an event, dates the event."""
    assert _two_dates(
        run,
        "The procession took place on 9 June 2016, organisers said.",
        '"Nobody who was there on 4 May will forget it," a steward said of the procession.',
    ) == {"9 June 2016", "4 May"}


def test_an_idiom_of_happening_with_a_noun_of_its_own(run):
    """ "the blaze took hold in mid-May": "hold" is part of the idiom, not an event of its own;
    the date is the blaze's."""
    assert _two_dates(
        run,
        "The warehouse blaze broke out on 9 June 2016, firefighters said.",
        "By most accounts the warehouse blaze took hold in mid-May 2017 and spread quickly.",
    ) == {"9 June 2016", "mid-May 2017"}


def test_a_date_after_another_instance_in_its_clause_is_that_ones(run):
    """ "unrelated to a separate signal failure the day before, on 18 July": the date follows
    the other instance with no verb between; it is not the derailment's."""
    assert (
        _two_dates(
            run,
            "A derailment blocked the main line on 19 July, the operator said.",
            "The operator said the derailment was unrelated to a separate signal failure the day before,"
            " on 18 July.",
        )
        == set()
    )


# ---------------------------------------------------------------- round 62


def test_it_in_a_time_clause_that_was_held_is_the_event_not_the_body(run):
    """ "The board was not told of the hearing until days after it was convened in March": only
    a happening is convened, so "it" is the hearing, not the board."""
    assert _two_dates(
        run,
        "The hearing took place on 9 June 2016, the court said.",
        "The board was not told of the hearing until days after it was convened in March 2017.",
    ) == {"9 June 2016", "March 2017"}


def test_a_bare_date_set_off_after_the_timing_of_the_event(run):
    """ "The timing of the walkout, last Wednesday, ...": the date is the walkout's."""
    assert _two_dates(
        run,
        "The walkout happened on 9 June 2016, the union said.",
        "The timing of the walkout, last Wednesday, could hardly have been worse.",
    ) == {"9 June 2016", "last Wednesday"}


def test_an_event_noun_tagged_a_verb_with_a_determiner_of_its_own(run):
    """ "after the tailings dam collapse in early October 2015": the tagger makes "collapse" a
    verb, but a word with "the" of its own is a noun."""
    assert _two_dates(
        run,
        "Bond prices slid after the tailings dam collapse in early October 2015, traders said.",
        "The company has yet to recover from the tailings dam collapse on 5 September 2017.",
    ) == {"early October 2015", "5 September 2017"}


def test_what_people_call_an_event_is_a_name_not_a_judgement(run):
    """ "compared it with what they call the coup of November 2019": the name they give another
    coup; "called the coup a disgrace" judges this one."""
    first = "Troops stormed the palace in a failed coup on 26 June."
    assert (
        _two_dates(run, first, "Supporters compared it with what they call the coup of November 2019.")
        == set()
    )


def test_a_known_event_whose_outcome_is_weighed_with_a_modal(run):
    """ "Lawyers argued that the riot in early July should void the result": a definite event
    with a date of its own, the subject of a modal verb that is no happening of it, happened
    (the date, in the year of publication, is no longer a past year to say so)."""
    assert _two_dates(
        run,
        "The riot broke out in 2017, police said.",
        "Lawyers argued that the riot in early July should void the result.",
    ) == {"2017", "early July"}
