from __future__ import annotations

from tests.conftest import assert_one_finding, assert_spans_exact, findings, span_texts

CODE = "place.event_conflict"


def test_visit_in_two_countries(run):
    title = "Putin visits North Korea"
    body = (
        "Russian President Vladimir Putin began a visit to North Korea on Wednesday. "
        "Putin's visit to Pyongyang included a parade. Putin's visit to North Korea ended with a "
        "banquet. During Putin's visit to South Korea, the leaders signed deals."
    )
    r = run(title, body)
    found = findings(r, CODE)
    assert len(found) == 1
    texts = [s["text"] for s in found[0]["spans"]]
    assert "South Korea" in texts and "Pyongyang" not in texts
    assert found[0]["suggestion"] == "North Korea"
    assert_spans_exact(r, title, body)


def test_city_in_country_is_no_conflict(run):
    title = "Macron visits Japan"
    body = (
        "Emmanuel Macron began a visit to Japan on Monday. Macron's visit to Tokyo included talks. "
        "The visit to Osaka ended with a dinner. Macron's visit to Japan was his third."
    )
    assert findings(run(title, body), CODE) == []


def test_other_events_other_places(run):
    title = "Biden visits Kenya"
    body = (
        "Joe Biden began a visit to Kenya on Monday. The visit to Nairobi included a speech. "
        "Obama's visit to Ghana in 2009 was recalled. Protests in France were unrelated."
    )
    assert findings(run(title, body), CODE) == []


def test_tour_of_several_countries(run):
    title = "Pope begins tour of Asia"
    body = (
        "Pope Francis began a tour of Asia on Monday. The tour to Japan and Thailand lasts a week. "
        "The tour to Japan was planned for years."
    )
    assert findings(run(title, body), CODE) == []


def test_crash_near_a_city_and_in_another_country(run):
    title = "Bus crash kills four"
    body = (
        "The crash happened near Tver, investigators said. Four passengers died at the scene. "
        "News of the crash in Lithuania spread quickly."
    )
    found = findings(run(title, body, "2019-09-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Tver", "Lithuania"}


def test_route_and_origin_are_not_the_events_place(run):
    title = "Rail strike halts trains"
    body = (
        "The strike began in Smolensk on Monday, the union said. "
        "Commuters travelling from Moscow to Smolensk were stranded by the strike. "
        "A Kaluga-born engineer who joined the strike said talks had failed."
    )
    assert findings(run(title, body, "2019-09-10T00:00:00"), CODE) == []


def test_hosted_by_and_held_in(run):
    title = "Ministers meet on fisheries"
    body = (
        "The summit was held in Oslo on Thursday, diplomats said. "
        "Talks ran late into the night. The summit, hosted by Chile, ended without a deal."
    )
    found = findings(run(title, body, "2019-09-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Oslo", "Chile"}


# ---------------------------------------------------------------- how the parse places an event


def _placed(r: dict) -> set[str]:
    return span_texts(findings(r, CODE))


def test_place_naming_the_event(run):
    """A place in front of the event noun ("the Lagos strike") is where it was."""
    title = "Rail strike halts trains"
    body = (
        "Drivers walked out on Monday morning. The strike began in Nairobi, the union said. "
        "Commuters faced long queues at every station. The Lagos strike has already prompted "
        "calls for a review, analysts said."
    )
    assert _placed(run(title, body, "2020-05-01T00:00:00")) == {"Nairobi", "Lagos"}


def test_place_the_event_struck_and_a_where_clause(run):
    title = "Storm hits coast"
    body = (
        "The landslide struck Valparaiso early on Sunday, rescuers said. Dozens of homes were "
        "buried. Lima, where the landslide came down, was quiet again by nightfall."
    )
    assert _placed(run(title, body, "2020-05-01T00:00:00")) == {"Valparaiso", "Lima"}


def test_location_nouns_give_their_place(run):
    """ "at a site in Norway", "Brazil was the scene of the sinking"."""
    title = "Ferry sinks"
    body = (
        "The sinking happened at a site in Norway shortly before dawn, coastguards said. Divers "
        "reached the wreck by noon. Brazil was the scene of the sinking, the owners said."
    )
    assert _placed(run(title, body, "2020-05-01T00:00:00")) == {"Norway", "Brazil"}


def test_relative_clause_and_subordinate_clause(run):
    title = "Train derails"
    body = (
        "The derailment, which happened near Lyon on Tuesday, was the worst in years. Two "
        "carriages left the track. Investigators are still piecing together how the derailment "
        "in Poland unfolded."
    )
    assert _placed(run(title, body, "2020-05-01T00:00:00")) == {"Lyon", "Poland"}


def test_a_place_that_only_shares_the_sentence_is_not_the_events(run):
    """Issue 10, round 3: no place is read loosely from a sentence. Where readers, shops or
    newspapers are, or where a report came from, is not where the event was."""
    for sentence in [
        "Residents of Lisbon described the explosion as frightening.",
        "Reports from Kyiv said the explosion had caused long delays.",
        "Shops in Madrid stayed shut throughout the explosion's aftermath.",
        "Newspapers in Brussels led with the explosion.",
        "The explosion made headlines in Tokyo.",
    ]:
        body = (
            "The explosion happened in Sapporo on Monday evening, police said. Windows were "
            f"shattered across the district. {sentence}"
        )
        assert findings(run("Gas explosion", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_someone_elses_place_is_not_the_events(run):
    """Origin, a speaker's location, an affiliation, a place in an aside, another event's place."""
    cases = [
        "A worker from Toronto said the shutdown had come as a shock.",
        "Officials in Washington said the shutdown had gone smoothly.",
        "Speaking in Ottawa, a minister said the shutdown was regrettable.",
        "Argentina's labour ministry condemned the shutdown.",
        "An analyst based in Chile said the shutdown hurt suppliers.",
        "Markets in Tokyo fell sharply after the shutdown.",
        "Protests in Lyon followed the shutdown, police said.",
        "Flights between Detroit and Mexico City were cancelled during the shutdown.",
    ]
    for sentence in cases:
        body = (
            "The shutdown of the plant took effect in Detroit on Monday, the company said. "
            f"About 900 workers lost their jobs. {sentence}"
        )
        assert findings(run("Plant closes", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_cities_of_one_area_do_not_conflict(run):
    """Karaj lies about 40 km from Tehran; Brooklyn and Manhattan are boroughs of one city."""
    body = (
        "The crash happened in Karaj on Monday, officials said. Rescue teams arrived within an "
        "hour. The crash near Tehran killed everyone on board."
    )
    assert findings(run("Plane crash", body, "2020-05-01T00:00:00"), CODE) == []
    body = (
        "The flooding started in Brooklyn on Sunday, the city said. Subway lines were closed. "
        "The flooding in Manhattan closed several streets."
    )
    assert findings(run("Water main bursts", body, "2020-05-01T00:00:00"), CODE) == []


def test_gazetteer_near_and_far():
    from analysis.gazetteer import compatible

    assert compatible("Karaj", "Tehran") is True  # 40 km apart, two provinces
    assert compatible("Dallas", "Houston") is False  # one state, 360 km apart
    assert compatible("Tver", "Moscow") is False
    assert compatible("Pyongyang", "North Korea") is True


def test_house_style_place_counts_as_a_place(nlp):
    """A place the client's house style names is a place even when the NER does not tag it."""
    import datetime as dt

    from analysis.article import Article
    from analysis.events import events
    from analysis.nlp import make_article_doc
    from analysis.style import HouseStyle

    title = "Fete draws crowds"
    body = "The fete was held in Nether Wallop on Saturday, organisers said. Thousands attended."
    when = dt.datetime(2020, 5, 1)

    def places(style: HouseStyle | None) -> set[str]:
        doc = nlp(make_article_doc(nlp, Article(title=title, body=body, published_at=when, style=style)))
        return {p["text"] for e in events(doc) for p in e["places"]}

    rules = [{"id": "names", "type": "gazetteer", "places": ["Nether Wallop"]}]
    assert "Nether Wallop" not in places(None)
    assert places(HouseStyle("house", 1, rules, owner="test-place")) == {"Nether Wallop"}


# issue 10, round 3: places the parse gives without a preposition on the event


def _two_places(run, first: str, second: str, title: str = "Regional news") -> set[str]:
    body = f"Officials gave an update on Monday.\n\n{first} Crews worked through the night. {second}"
    return _placed(run(title, body, "2020-05-01T00:00:00"))


def test_it_as_the_subject_of_an_occurrence_or_a_passive_light_verb(run):
    """ "when it began in Lusaka", "when it was held in Fes": "it" is the event just named."""
    assert _two_places(
        run,
        "The lockout caught the dockers off guard when it began in Lusaka.",
        "Shop stewards said the lockout in Maputo had been badly handled.",
    ) == {"Lusaka", "Maputo"}
    assert _two_places(
        run,
        "The referendum surprised observers when it was held in Fes.",
        "Turnout in the referendum in Lima was low, observers said.",
    ) == {"Fes", "Lima"}


def test_where_clause_after_a_copula(run):
    """ "Kobe was where the evacuation began" places the evacuation in Kobe."""
    assert _two_places(
        run,
        "The evacuation began in Kananga on Monday, officials said.",
        "Kobe was where the evacuation began, according to the ministry.",
    ) == {"Kananga", "Kobe"}


def test_the_place_the_event_affected(run):
    """The subject of a passive the event is the agent of, a share of the event as object, and
    the place of the event's damage."""
    assert _two_places(
        run,
        "Much of Iran was affected by the landslide, rescuers said.",
        "The landslide in Peru buried two villages.",
    ) == {"Iran", "Peru"}
    assert _two_places(
        run,
        "Chile bore the brunt of the avalanche on Saturday.",
        "The avalanche struck near Niamey, the ski patrol said.",
    ) == {"Chile", "Niamey"}
    assert _two_places(
        run,
        "Most of the damage from the flood was in Taiwan, forecasters said.",
        "The flood struck Melbourne on Friday, the council said.",
    ) == {"Taiwan", "Melbourne"}


def test_reported_clause_of_a_relative_clause(run):
    """ "the tribunal, which lawyers said was held in Istanbul"."""
    assert _two_places(
        run,
        "Ministers were still reviewing the referendum, which observers said was held in Istanbul.",
        "The referendum in Norway drew a record turnout.",
    ) == {"Istanbul", "Norway"}


def test_people_and_feelings_elsewhere_are_not_the_events_place(run):
    """Where people are when they hear of the event, and who felt it, are not where it was."""
    cases = [
        "Relatives in Aruba followed news of the shutdown closely.",
        "Police in Dominica said they were monitoring reaction to the shutdown.",
        "Japan was shocked by the shutdown, the ambassador said.",
        "Markets in Tokyo were rattled by the shutdown.",
        "Travellers heading to Peru were stranded by the shutdown.",
        "A Brazil-based charity sent aid after the shutdown.",
    ]
    for sentence in cases:
        body = (
            "The shutdown of the plant took effect in Detroit on Monday, the company said. "
            f"About 900 workers lost their jobs. {sentence}"
        )
        assert findings(run("Plant closes", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_a_share_of_a_place_containing_the_event_is_no_conflict(run):
    """Much of Europe was affected by a flood in Germany: Germany is in Europe."""
    body = (
        "The flood struck Germany on Tuesday, the weather service said. Rivers burst their banks. "
        "Much of Europe was affected by the flood, forecasters said."
    )
    assert findings(run("Floods", body, "2020-05-01T00:00:00"), CODE) == []


def test_paraphrases_place_the_event_alike(run):
    """One statement said several ways (cleft, fronted place, passive with a sentential
    subject, apposition, possessive, present-tense "is where", a second clause after a
    semicolon): each places the walkout, and the conflict with Quito is found every time."""
    second = "Dockers later described the walkout in Quito as the longest in years."
    for first in [
        "The walkout began near Rotterdam on Monday, the union said.",
        "According to the union, it was near Rotterdam that the walkout began.",
        "The union said that near Rotterdam, the walkout began without warning.",
        "That the walkout began in Rotterdam was confirmed by the union.",
        "The walkout began in Rotterdam, a fact the union later confirmed.",
        "In Rotterdam, after days of tension, the walkout began.",
        "Rotterdam is where the walkout began, the union said.",
        "Rotterdam's walkout drew hundreds of onlookers.",
        "The walkout began in Rotterdam; the union gave no further details.",
    ]:
        assert _two_places(run, first, second) == {"Rotterdam", "Quito"}, first


def test_place_name_split_or_glued_by_the_tokenizer(run):
    """ "French Guiana" tagged as a nationality and a person; "Fes." keeping its full stop."""
    assert _two_places(
        run,
        "French Guiana is where the flood peaked, the mayor said.",
        "Hundreds of onlookers were drawn to the flood in Fes.",
    ) == {"French Guiana", "Fes"}


def test_routes_origins_venues_and_containing_places_never_conflict(run):
    """A route, a person's or a group's origin, a venue in a town of the same area, the
    event's country, a neighbourhood the gazetteer does not know."""
    for sentence in [
        "Some delegates travelled from Kaluga to Smolensk for the strike.",
        "A Kaluga-born pilot was caught up in the strike.",
        "The strike at the Stade de France in Saint-Denis drew crowds.",
        "The strike in France was the largest this year.",
        "The strike in Montmartre was peaceful.",
        "Journalists who flew in from Moscow covered the strike.",
        "The strike, organised by a Berlin-based federation, drew crowds.",
    ]:
        body = (
            "Officials gave an update on Monday.\n\nThe strike began in Paris on Monday, the union "
            f"said. About 900 workers walked out. {sentence}"
        )
        assert findings(run("Rail strike", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_place_on_a_second_preposition_or_an_adverb(run):
    """ "in and around Durban": the place hangs on the second preposition of the pair;
    "somewhere in", "back in", "elsewhere in": on an adverb of the verb."""
    for first in [
        "The riot spread in and around Durban during the afternoon.",
        "Police believe the riot began somewhere in Durban.",
        "The riot started back in Durban before it spread north.",
    ]:
        assert _two_places(run, first, "The riot in Lagos was over by noon.") == {"Durban", "Lagos"}, first
    assert _two_places(
        run, "The walkout started in and around Rotterdam on Monday.", "The walkout in Quito was peaceful."
    ) == {"Rotterdam", "Quito"}


def test_place_after_a_time_phrase(run):
    """ "at 9.30 a.m. local time in Kabul", "at dawn in Kabul": the parse hangs the place on
    the time, not the verb; it is still the event's."""
    for first in [
        "The explosion happened at 9.30 a.m. local time in Kabul, witnesses said.",
        "The explosion happened at dawn in Kabul.",
    ]:
        assert _two_places(run, first, "The explosion in Lima left a crater.") == {"Kabul", "Lima"}, first


def test_an_apposition_after_the_place_is_no_object(run):
    """ "The fire spread in Brazil, the third such incident this year": the parse reads the
    apposition as the verb's object, which must not make it an effect of the fire."""
    assert _two_places(
        run,
        "The riot broke out in Nairobi, the second such incident this month.",
        "Footage from the riot in Accra was shared online.",
    ) == {"Nairobi", "Accra"}


def test_time_and_adverb_phrases_give_no_other_place(run):
    """A time phrase whose place is a route or someone else's does not place the event."""
    for sentence in [
        "The strike began at noon, hours before the minister flew from Berlin to Warsaw.",
        "Crowds gathered somewhere near the station as the strike began.",
        "Fans watched the strike unfold on screens in Warsaw.",
    ]:
        body = (
            "Officials gave an update on Monday.\n\nThe strike began in Paris on Monday, the union "
            f"said. About 900 workers walked out. {sentence}"
        )
        assert findings(run("Rail strike", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_place_of_the_site_the_event_hit(run):
    """An event that buried, gutted or filled a site is placed by the site's own place: the
    direct object's prepositions, a count of sites, a location noun's "of", a relative clause
    or a second verb sharing the event as subject."""
    cases = [
        (
            "The mudslide buried dozens of homes in Salta overnight.",
            "The mudslide near Mendoza blocked a road.",
        ),
        (
            "Police said the fire gutted a warehouse on the edge of Gdansk.",
            "The fire in Krakow burned for hours.",
        ),
        (
            "The avalanche struck a ski resort near Innsbruck.",
            "Rescuers said the avalanche in Salzburg was small.",
        ),
        (
            "The demonstration filled the main square of Tbilisi.",
            "Police broke up the demonstration in Yerevan.",
        ),
        ("The storm, which flattened a school in Quito, weakened.", "The storm in Guayaquil felled trees."),
        ("The storm felled trees and flooded homes in Porto.", "The storm in Lisbon cut power."),
    ]
    for first, second in cases:
        places = _two_places(run, first, second)
        assert len(places) == 2, (first, places)


def test_the_people_or_the_route_the_event_hit_give_no_place(run):
    """Whom the event hit, where they came from, and where what it hit was going are not its
    place."""
    for first in [
        "The crash killed a cyclist from Lille.",
        "The blast injured the mayor of Lyon, who was visiting relatives.",
        "The landslide cut the road to Quito.",
        "The storm hit a ferry bound for Marseille.",
        "The strike halted trains from Paris to Lyon.",
        "The strike shut ports from Genoa to Turin.",
    ]:
        noun = first.split()[1]
        body = (
            f"Officials gave an update on Monday.\n\nThe {noun} in Rotterdam was the first of its "
            f"kind, the mayor said. {first} Crews worked through the night."
        )
        assert findings(run("Regional news", body, "2020-05-01T00:00:00"), CODE) == [], first


def test_site_chains_and_place_prepositions(run):
    """ "on a motorway near Lyon", "off the coast of Tunisia", "tore through Joplin", "at a
    plant in Turin": a site and the place it is in; "through" and "off" place an event."""
    assert _two_places(
        run, "The crash happened on a motorway near Lyon.", "The crash near Marseille involved two lorries."
    ) == {"Lyon", "Marseille"}
    assert _two_places(
        run, "The collision occurred off the coast of Tunisia.", "The collision off Malta damaged both ships."
    ) == {"Tunisia", "Malta"}
    assert _two_places(run, "The tornado tore through Joplin.", "The Tulsa tornado destroyed 200 homes.") == {
        "Joplin",
        "Tulsa",
    }
    assert _two_places(
        run, "The walkout began at the plant in Turin.", "The walkout in Genoa ended on Friday."
    ) == {"Turin", "Genoa"}


def test_place_names_without_their_diacritics(run):
    """English copy drops the accents geonames keeps: "Medellin" (Medellín), "Izmir" (İzmir),
    "Diyarbakir" (Diyarbakır), "Tromso" (Tromsø)."""
    assert _two_places(run, "The blast happened in Medellin.", "The blast in Cali was heard for miles.") == {
        "Medellin",
        "Cali",
    }
    assert _two_places(run, "The quake struck near Izmir.", "The quake in Ankara killed two.") == {
        "Izmir",
        "Ankara",
    }
    # letters that are no base letter plus an accent: the dotless i, the barred l and o
    assert _two_places(run, "The quake struck near Diyarbakir.", "The quake in Ankara killed two.") == {
        "Diyarbakir",
        "Ankara",
    }
    assert _two_places(run, "The fire broke out in Tromso.", "The fire in Bergen burned for a day.") == {
        "Tromso",
        "Bergen",
    }


def test_islands_and_regions_geonames_does_not_name(run):
    assert _two_places(run, "The blast happened in Sumatra.", "The blast in Chile was heard for miles.") == {
        "Sumatra",
        "Chile",
    }
    assert (
        _two_places(run, "The fire broke out in Yorkshire.", "The fire in Leeds burned for a day.") == set()
    )


def test_a_place_attached_twice_counts_once(run):
    """ "Dock workers in Genoa, where the lockout was imposed": two rules attach Genoa to one
    mention; it must not outweigh the lead's place."""
    body = (
        "Officials gave an update on Monday.\n\nThe lockout began at a factory in Turin. Crews worked "
        "through the night. Shop stewards in Genoa, where the lockout was imposed, went home."
    )
    found = findings(run("Regional news", body, "2020-05-01T00:00:00"), CODE)
    assert len(found) == 1 and found[0]["suggestion"] == "Turin"


def test_the_site_as_a_passive_subject_or_a_small_clause(run):
    """The site the event hit as the subject of its passive ("homes in Salta were buried by
    the landslide", "the Accra market destroyed by the fire") or of a small clause ("left
    shops in Porto burned out"); a name the NER took for a nationality ("the Herat ambush")."""
    assert _two_places(
        run,
        "Dozens of homes in Salta were buried by the mudslide.",
        "The mudslide near Mendoza blocked a road.",
    ) == {"Salta", "Mendoza"}
    assert _two_places(
        run,
        "A fire tore through a market in Lagos.",
        "Traders returned to the Accra shops destroyed by the fire.",
    ) == {"Lagos", "Accra"}
    assert _two_places(
        run,
        "Police said the riot left shops in Porto burned out.",
        "The riot in Lisbon was the worst in years.",
    ) == {"Porto", "Lisbon"}


def test_ranks_routes_and_owners_of_a_site_give_no_place(run):
    """ "the largest bank in Europe" ranks, "through Lyon on its way to Paris" is a route, "the
    embassy of France" names an owner, "a warehouse owned by a firm in Leeds" another's place."""
    for first, second in [
        ("The strike hit the busiest port in Asia.", "The strike in Rotterdam lasted a week."),
        ("The march passed through Lyon on its way to Paris.", "The march in Paris drew 10,000 people."),
        ("The summit took place at the embassy of France in Tokyo.", "The summit in Tokyo ended early."),
        ("The fire destroyed a warehouse owned by a firm in Leeds.", "The fire in Bristol burned for hours."),
        ("The storm left 300 people in Lyon homeless.", "The storm in Marseille felled trees."),
        ("Two men from Lyon were killed by the blast.", "The blast in Marseille destroyed a shop."),
    ]:
        assert _two_places(run, first, second) == set(), first


def test_the_site_through_a_participle_a_cleft_a_raising_verb_or_a_share(run):
    """Syntactic variants of "the fire gutted a warehouse near Leeds": a fronted participle, a
    cleft, a raising verb, and a share of a place as the object."""
    for first in [
        "Gutted by the fire, the warehouse near Leeds was demolished.",
        "It was a warehouse on the edge of Leeds that the fire gutted.",
        "The fire is thought to have started in a warehouse in Leeds.",
        "The fire left much of Leeds without power.",
    ]:
        assert _two_places(run, first, "The fire in Bristol burned for hours.") == {"Leeds", "Bristol"}, first


def test_people_hit_in_those_variants_give_no_place(run):
    for first in [
        "Hit by the strike, commuters in London stayed home.",
        "Rattled by the strike, markets in London fell.",
        "It was the mayor of London that the strike angered.",
    ]:
        assert _two_places(run, first, "The strike in Bristol was called by the union.") == set(), first


def test_what_stands_at_the_site_the_event_hit(run):
    """The event hit people or things at a site: "workers at a plant in Turin", "traffic on
    roads around Turin"; their origin or owner is not its place ("from", "of")."""
    for first in [
        "The blast injured workers at a plant in Turin.",
        "The strike halted traffic on roads around Turin, police said.",
    ]:
        assert _two_places(
            run, first, "The blast in Genoa was heard for miles.".replace("blast", first.split()[1])
        ) == {
            "Turin",
            "Genoa",
        }, first
    assert (
        _two_places(
            run, "The blast injured customers of a bank in Turin.", "The blast in Genoa was heard for miles."
        )
        == set()
    )


def test_where_clause_on_a_place_with_another_role(run):
    """ "Shopkeepers in Toulouse, where the riot erupted, ...": the relative clause places the
    event on the place it hangs from, whatever that place does in its own clause, and the one
    place counts once (not once for "where" and once more as a cleft)."""
    for second in [
        "Shopkeepers in Toulouse, where the riot erupted, counted the cost on Sunday.",
        "Aid workers flew to Toulouse, where the riot had broken out, on Monday.",
        "Shopkeepers in Toulouse, the city where the riot erupted, counted the cost.",
        "Police said shopkeepers in Toulouse, where the riot erupted, had counted the cost.",
    ]:
        assert _two_places(run, "The riot broke out in Bordeaux on Saturday.", second) == {
            "Bordeaux",
            "Toulouse",
        }, second


def test_thing_the_event_struck_gives_its_place(run):
    """The event as the subject of a verb of contact or change whose object is a thing in a
    place ("gutted a hotel in Porto", "buried homes near Salta"), and as the agent of a
    participle or a passive relative clause on such a thing ("the Lisbon depot damaged by the
    blaze", "a village near Arequipa that was buried by the mudslide")."""
    assert _two_places(
        run,
        "The blaze gutted a hotel in Porto before dawn.",
        "Workers cleared the Lisbon depot damaged by the blaze.",
    ) == {"Porto", "Lisbon"}
    assert _two_places(
        run,
        "The mudslide buried homes near Cusco.",
        "Soldiers searched a village near Arequipa that was buried by the mudslide.",
    ) == {"Cusco", "Arequipa"}
    assert _two_places(
        run,
        "The tornado flattened a school in Wichita.",
        "Volunteers cleared debris from the Topeka suburbs hit by the tornado.",
    ) == {"Wichita", "Topeka"}
    # the same in a relative clause on the event, and as the subject of a passive
    assert _two_places(
        run,
        "The landslide happened near Cusco on Sunday.",
        "The landslide, which buried homes in Salta, was the worst in years.",
    ) == {"Cusco", "Salta"}
    assert _two_places(
        run, "The fire broke out in Lagos on Sunday.", "A market in Accra was destroyed by the fire."
    ) == {"Lagos", "Accra"}
    assert _two_places(
        run,
        "The explosion wrecked a warehouse in Beirut.",
        "Families returned to a Tripoli warehouse that the explosion had damaged.",
    ) == {"Beirut", "Tripoli"}


def test_people_or_acts_the_event_touched_give_no_place(run):
    """People hit by the event may be anywhere ("commuters in Madrid stranded by the strike"),
    and an act the event caused has its own place ("the blast triggered protests in Lyon")."""
    for sentence in [
        "Commuters in Madrid were stranded by the strike for hours.",
        "Travellers in Madrid delayed by the strike slept at the station.",
        "The strike triggered protests in Madrid.",
        "The strike shocked Madrid.",
        "Airline shares in Madrid were hit by the strike.",
        "The strike hit flights to Madrid.",
        "Drivers in Madrid, where the lorries were registered, were questioned after the strike.",
    ]:
        body = (
            "Officials gave an update on Monday.\n\nThe strike began in Paris on Monday, the union "
            f"said. About 900 workers walked out. {sentence}"
        )
        assert findings(run("Rail strike", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_place_naming_the_thing_that_names_the_event(run):
    """ "the Turin bridge collapse": the place names the bridge, the bridge names the collapse."""
    assert _two_places(
        run,
        "The bridge collapse happened in Genoa on Tuesday.",
        "Engineers examined the wreckage of the Turin bridge collapse.",
    ) == {"Genoa", "Turin"}


def test_thing_the_event_went_through(run):
    """ "A fire tore through a market in Lagos": the thing a verb of motion or contact went
    through is where the event was."""
    assert _two_places(
        run,
        "A fire tore through a market in Lagos overnight.",
        "Traders returned to the Accra market destroyed by the fire.",
    ) == {"Lagos", "Accra"}


def test_numbered_innings_are_a_series(run):
    """ "New Zealand 1st innings" and "Australia 2nd innings" in a scorecard are two innings,
    as "first" and "second" would be."""
    title = "Australia v New Zealand at Adelaide"
    body = (
        "Australia won by 213 runs on the fifth day. Bowling: Martin 27 4 118 0, Vettori 55 10 "
        "152 5. New Zealand 1st innings R M B 4 6 Richardson b Kasprowicz 9 75 59 0 0 Fleming c "
        "Gilchrist b McGrath 83 212 161 10 0. Bowling: McGrath 20 3 66 4. Australia 2nd innings "
        "R M B 4 6 Langer lbw b Wiseman 46 137 111 3 0 Hayden c McCullum b Vettori 54 180 131 4 0"
    )
    assert findings(run(title, body, "2004-12-01T00:00:00"), CODE) == []


def test_a_passive_that_talks_about_the_event_does_not_place_it(run):
    """ "The coup was condemned in Washington": the place of a passive verb that judges,
    examines or discusses the event is where the reaction was; one that makes it or tells of it
    ("was delivered", "was reported") still places it."""
    assert not _two_places(
        run,
        "The coup in Wanzhou ended peacefully.",
        "The coup was condemned in Washington.",
    )
    assert not _two_places(
        run,
        "The crash happened near Tver.",
        "The crash was investigated in Moscow by a special team.",
    )
    assert _two_places(
        run,
        "The crash happened near Tver.",
        "The crash was reported near Kaluga, police said.",
    ) == {"Tver", "Kaluga"}
    assert _two_places(
        run,
        "The summit was held in Geneva.",
        "The summit was staged in Vienna, officials said.",
    ) == {"Geneva", "Vienna"}
    assert _two_places(
        run,
        "The verdict came in a court in Leeds.",
        "The verdict was delivered in Bristol; court officials gave no details.",
    ) == {"Leeds", "Bristol"}


def test_a_future_relative_clause_does_not_place_the_event(run):
    """ "The conference, which moves to Madrid next year": where the next one will be, not this
    one; a past relative clause still places it."""
    assert not _two_places(
        run,
        "The conference opened in Brussels.",
        "The conference, which moves to Madrid next year, closed on Friday.",
    )
    assert _two_places(
        run,
        "The summit opened in Oslo.",
        "The summit, which was held in Bergen, ended on Friday.",
    ) == {"Oslo", "Bergen"}


# issue 10, round 6 (place6b): position prepositions, compass phrases, a where-clause the parse
# hangs on the main verb, the place of any noun the event's own locative phrase names, and
# nouns the syntax shows were held or took place


def test_position_prepositions_and_compass_phrases_place_the_event(run):
    """ "exploded beneath a road in X", "happened under a flyover in X", "broke out 20 km west
    of X": closed-class prepositions of position, and a compass word with its of-phrase."""
    assert _two_places(
        run,
        "A boiler exploded beneath a crowded restaurant in Porto.",
        "The explosion in Faro injured nine diners, firefighters said.",
    ) == {"Porto", "Faro"}
    assert _two_places(
        run,
        "The pile-up happened under a flyover in Madrid during the rush hour.",
        "Drivers who saw the pile-up near Bilbao said the fog was thick.",
    ) >= {"Madrid", "Bilbao"}
    assert _two_places(
        run,
        "The blaze broke out about 20 km west of Perth on Sunday.",
        "Volunteers fought the blaze near Adelaide for three days.",
    ) == {"Perth", "Adelaide"}


def test_where_clause_hung_on_the_main_verb_is_about_the_place_before_it(run):
    """ "Tickets sold out at the theatre in Salzburg where the premiere took place": the small
    model makes the where-clause a clause of "sold"; it is about the theatre in Salzburg."""
    assert _two_places(
        run,
        "The opera's premiere was staged in Vienna.",
        "Tickets sold out at the theatre in Salzburg where the premiere took place.",
    ) == {"Vienna", "Salzburg"}


def test_any_noun_the_events_locative_phrase_names_has_its_place(run):
    """ "took place at a golf club in Glasgow": a club is first a group in WordNet, but the
    event's own "at" phrase makes it where the event was."""
    assert _two_places(
        run,
        "The reception took place at a golf club in Glasgow.",
        "Guests at the reception in Aberdeen were served whisky.",
    ) == {"Glasgow", "Aberdeen"}


def test_nouns_held_or_taking_place_are_events(run):
    """A noun WordNet lacks that takes place ("the bonspiel"), and one whose first sense is a
    time but that WordNet also files as an act ("the festival") are events when held."""
    assert _two_places(
        run,
        "The bonspiel took place at an ice rink in Calgary.",
        "Curlers who entered the bonspiel in Winnipeg came from six provinces.",
    ) == {"Calgary", "Winnipeg"}
    assert _two_places(
        run,
        "The festival was held in Toronto for the tenth time.",
        "Film-makers who attended the festival in Vancouver praised the programme.",
    ) == {"Toronto", "Vancouver"}


def test_people_records_and_other_clauses_give_no_place(run):
    """Hard negatives for the round-6 rules: a where-clause about another thing, the place of a
    person the event's site belongs to, a compass phrase on someone's origin, things held that
    are not events."""
    for sentence in [
        "Fans flew home to Lyon where the club is based after the auction.",
        "The auction took place at the home of a collector from Lyon.",
        "A bidder from north of Lyon bought most of the lots at the auction.",
        "The record for a single lot is held in Lyon by a dealer.",
        "The paintings were held in a vault in Lyon before the auction.",
    ]:
        body = (
            "Officials gave an update on Monday.\n\nThe auction took place in Paris on Sunday, the "
            f"auction house said. Bidding lasted five hours. {sentence}"
        )
        assert findings(run("Art auction", body, "2020-05-01T00:00:00"), CODE) == [], sentence


def test_the_place_that_hosted_or_staged_the_event(run):
    """ "the hotel in Tbilisi that hosted the olympiad", "a stadium in Valencia, which staged
    the final": the host is where the event was (not who organised it). (`_two_places` gives
    the places of the findings: none when the second place is not the event's.)"""
    assert _two_places(
        run,
        "The chess olympiad was played in Baku.",
        "The hotel in Tbilisi that hosted the olympiad was fully booked.",
    ) == {"Baku", "Tbilisi"}
    assert _two_places(
        run,
        "The final was played in Madrid.",
        "A stadium in Valencia, which staged the final, was full.",
    ) == {"Madrid", "Valencia"}
    assert (
        _two_places(
            run, "The final was played in Madrid.", "Organisers in Valencia staged the final at short notice."
        )
        == set()
    )


def test_a_body_held_or_sitting_somewhere_is_an_event(run):
    """A gathering WordNet files as a group ("tribunal") is an event when it was held or sat."""
    assert _two_places(
        run,
        "The tribunal sat in Leeds on Monday.",
        "Reporters covered the tribunal in Bristol, the court service said.",
    ) == {"Leeds", "Bristol"}
    assert (
        _two_places(
            run, "The tribunal sat in Leeds on Monday.", "Crowds in Bristol followed the tribunal online."
        )
        == set()
    )


def test_event_named_by_a_phrase_of_go_or_come(run):
    """ "went on strike at hospitals in X", "came under attack near X": the verb's phrases place
    the event; an act that is no speaker is not taken for one ("The strike disrupted ...")."""
    assert _two_places(
        run,
        "Nurses went on strike at three hospitals in Wellington on Monday.",
        "The strike in Auckland disrupted surgery across the region.",
    ) == {"Wellington", "Auckland"}
    assert _two_places(
        run,
        "The convoy came under attack near Kandahar, the army said.",
        "Soldiers hurt in the attack outside Kabul were flown home.",
    ) == {"Kandahar", "Kabul"}
    assert (
        _two_places(
            run,
            "Nurses went on strike at three hospitals in Wellington on Monday.",
            "Nurses who moved to Auckland from abroad joined the strike.",
        )
        == set()
    )


def test_a_verb_spelled_as_the_event_noun_and_a_way_within_one_place(run):
    """ "Protesters marched through central Santiago to the presidential palace" ... "the march
    in Valparaiso": the verb done by people is the march ("march" is first a month in WordNet,
    then an act), and "through X to a building" is a way within X, not a route between places."""
    assert _two_places(
        run,
        "Students marched through central Madrid to the education ministry.",
        "The march in Valencia ended peacefully, police said.",
    ) == {"Madrid", "Valencia"}
    # a route between two places is still no place of the event
    assert (
        _two_places(
            run,
            "Students marched through Toledo to Madrid on Monday.",
            "The march in Valencia ended peacefully, police said.",
        )
        == set()
    )


def test_a_compound_event_noun_the_parse_tags_as_an_adjective(run):
    """ "stands at the trade fair in Munich": the small model makes "fair" an adjective on
    "trade"; it is the event, placed by what places its compound."""
    assert _two_places(
        run,
        "The trade fair opened in Hanover on Monday.",
        "Exhibitors who booked stands at the trade fair in Munich said footfall was low.",
    ) == {"Hanover", "Munich"}


# ---------------------------------------------------------------- the gazetteer's coverage (place6a)


def test_first_level_regions_of_one_country_and_of_two(run):
    """Indian states, Spanish regions, an Austrian Land against a French city: the gazetteer knows
    first-level regions outside the US and which country they are in."""
    assert _two_places(
        run,
        "The earthquake struck Gujarat early on Friday.",
        "Aid convoys reached villages flattened by the earthquake in Rajasthan.",
    ) == {"Gujarat", "Rajasthan"}
    assert _two_places(
        run,
        "The avalanche came down in Tyrol on Sunday.",
        "Mountain guides who dug out skiers after the avalanche in Grenoble were praised.",
    ) == {"Tyrol", "Grenoble"}


def test_english_names_and_small_towns(run):
    """ "Kiev" is only an alternate name of Kyiv in GeoNames; Eschede (4,000 people) and Enschede
    lie in two countries."""
    assert _two_places(
        run,
        "The protest was held in Kiev on Saturday.",
        "Police detained dozens at the protest in Minsk.",
    ) == {"Kiev", "Minsk"}
    assert _two_places(
        run,
        "The train crash happened near Eschede.",
        "Survivors of the train crash near Enschede met on its anniversary.",
    ) == {"Eschede", "Enschede"}


def test_two_names_of_one_place_and_a_place_in_its_region_agree(run):
    for first, second in [
        ("The riots broke out in Bombay.", "Curfews were imposed in Mumbai after the riot."),
        ("The protest was held in Kiev.", "Thousands joined the protest in Kyiv."),
        ("The flooding happened in Munich.", "The flooding in Bavaria was the worst in 50 years."),
        ("The shooting happened in Dunblane.", "The shooting in Scotland led to a handgun ban."),
        ("The ice storm hit Montreal.", "Hydro crews restored power after the ice storm in Quebec."),
        ("The fire gutted a market in Saigon.", "The fire in Ho Chi Minh City destroyed 200 stalls."),
    ]:
        body = f"Officials gave an update on Monday.\n\n{first} Crews worked through the night. {second}"
        assert findings(run("Regional news", body, "2020-05-01T00:00:00"), CODE) == [], second


def test_a_definite_event_nobody_expected_happened(run):
    """ "nobody had expected the pile-up in Riyadh": a negated expectation of a definite event
    says it happened; an event still expected is planned."""
    assert _two_places(
        run,
        "The collision occurred near Baoding overnight.",
        "Highway police said nobody had expected the collision in Riyadh.",
    ) == {"Baoding", "Riyadh"}
    assert not _two_places(
        run,
        "The strike began in Lagos on Monday.",
        "A strike in Kano is expected next week.",
    )


def test_last_week_names_the_recent_event_not_an_earlier_one(run):
    """ "Last week's robbery in Panama" is the robbery the article tells of; "last year's
    election" is an earlier one of a series, and "next week's" a later one."""
    assert _two_places(
        run,
        "The robbery, in Chicago, was the first of its kind this year.",
        "Last week's robbery in Panama was the largest of its kind, detectives said.",
    ) == {"Chicago", "Panama"}
    assert not _two_places(
        run, "The election was held in Oslo.", "Last year's election in Bergen was closer."
    )
    assert not _two_places(
        run, "The strike began in Lagos.", "Next week's strike in Kano is expected to be larger."
    )


def test_a_cause_acts_where_its_effect_happens(run):
    """ "A cigarette sparked the fire at a warehouse in Leeds": the place the parse hangs on a
    verb of causing is its object's; the effect a subject event causes is placed, not the
    subject ("the strike prompted protests in Paris")."""
    assert _two_places(
        run,
        "A discarded cigarette sparked the fire at a timber yard in Leeds, fire officials said.",
        "The fire in Bristol destroyed stock worth millions.",
    ) == {"Leeds", "Bristol"}
    assert _two_places(
        run,
        "An electrical fault caused the explosion in a bakery in Porto.",
        "The Lisbon bakery explosion injured six customers.",
    ) == {"Porto", "Lisbon"}
    assert not _two_places(
        run,
        "The strike began in Lyon on Monday.",
        "The strike prompted protests in Paris, union leaders said.",
    )


def test_what_befell_people_in_an_event_befell_them_where_it_was(run):
    """ "Four climbers were killed in the avalanche at a resort near Innsbruck": the event is
    the circumstance of a verb of harm or motion, whose place is then the event's."""
    assert _two_places(
        run,
        "Four climbers were killed in the avalanche at a ski resort near Innsbruck.",
        "Rescuers said the avalanche near Grenoble had come without warning.",
    ) == {"Innsbruck", "Grenoble"}
    assert not _two_places(
        run,
        "The crash happened on a motorway near Dijon.",
        "Passengers injured in the crash were taken to hospital in Lyon.",
    )


def test_a_site_phrase_the_parse_hung_on_the_verb(run):
    """ "Crews fought the blaze at a timber yard near Leeds": a site right after the event's
    object is the event's; not when the verb sees or tells of it from elsewhere."""
    assert _two_places(
        run,
        "The blaze broke out in Bristol shortly after midnight.",
        "Crews fought the blaze at a timber yard near Leeds for six hours.",
    ) == {"Bristol", "Leeds"}
    assert not _two_places(
        run,
        "The final was played in London on Saturday.",
        "Thousands of fans watched the final at a bar in Leeds.",
    )


def test_a_named_venue_is_placed_by_its_town(run):
    """ "at Wembley Stadium in London": the venue the gazetteer does not know is in London."""
    assert _two_places(
        run,
        "The concert was held at Wembley Stadium in London.",
        "Fans who attended the concert in Manchester complained about the sound.",
    ) == {"London", "Manchester"}
    assert not _two_places(
        run,
        "The concert was held at Wembley Stadium in London.",
        "Fans who attended the London concert complained about the sound.",
    )


def test_a_place_named_by_apposition_or_by_its_owner(run):
    """ "in Sweden's capital, Stockholm", "in Nepal's Dhading district": the apposition names
    the place; else the place that owns the location noun."""
    assert _two_places(
        run,
        "The robbery happened at a bank in Sweden's capital, Stockholm.",
        "The Oslo robbery was the largest in a decade.",
    ) == {"Stockholm", "Oslo"}
    assert _two_places(
        run,
        "The bus crash happened on a mountain road in Nepal's Dhading district.",
        "The bus crash in Bhutan killed 14 passengers.",
    ) == {"Nepal", "Bhutan"}
    assert not _two_places(
        run,
        "The robbery happened at a bank in Sweden's capital, Stockholm.",
        "The Stockholm robbery was the largest in a decade.",
    )


def test_the_streets_of_a_town_but_not_the_embassy_of_a_country(run):
    """ "through the streets of Boston" is in Boston; "outside the embassy of Russia" names the
    embassy's owner, not where the protest was."""
    assert _two_places(
        run,
        "The marathon wound through the streets of Boston.",
        "Runners who finished the Chicago marathon were given medals.",
    ) == {"Boston", "Chicago"}
    assert not _two_places(
        run,
        "The protest was held in Berlin on Sunday.",
        "The protest took place outside the embassy of Russia, organisers said.",
    )


def test_a_verb_that_begins_the_event_and_what_the_event_hit(run):
    """ "Gunmen opened fire on worshippers at a mosque in X": a verb that begins its object
    event places it; "the airstrike on a convoy outside Aleppo": the target's place."""
    assert _two_places(
        run,
        "Gunmen opened fire on shoppers at a market in Kano.",
        "The Lagos market attack left 12 people dead, police said.",
    ) == {"Kano", "Lagos"}
    assert _two_places(
        run,
        "Jets carried out the airstrike on a convoy outside Aleppo.",
        "Monitors said the airstrike in Homs killed 11 civilians.",
    ) == {"Aleppo", "Homs"}
    assert not _two_places(
        run,
        "The ban began in Berlin on Monday.",
        "The ban on imports from Poland was criticised by farmers.",
    )


def test_a_place_name_the_small_model_misreads(run):
    """ "in Novi Sad" tagged as a work of art is still a place the gazetteer knows."""
    assert _two_places(
        run,
        "The protest took place in Belgrade on Saturday.",
        "Police said the protest in Novi Sad had been peaceful.",
    ) == {"Belgrade", "Novi Sad"}


def test_two_towns_of_one_region_for_a_point_event_but_not_for_a_storm(run):
    """Manchester and Leeds (58 km, both in England) are two places for a concert, which
    happens at a point, and one area for a storm, which happens over one."""
    assert _two_places(
        run,
        "The concert took place at an arena in Manchester.",
        "Fans who attended the concert in Leeds complained about the sound.",
    ) == {"Manchester", "Leeds"}
    assert not _two_places(
        run,
        "The storm brought down trees in Manchester.",
        "The storm in Leeds cut power to 10,000 homes.",
    )


def test_a_marathon_and_a_medical_treatment_are_not_one_event(run):
    # both are kinds of "work" in WordNet: too general a kind to join them
    body = (
        "The prime minister was flown from Nuku'alofa to a hospital in Auckland. "
        "The marathon took place in Tonga. "
        "He received medical treatment in New Zealand for problems with his liver."
    )
    assert findings(run("Tonga mourns", body, "2019-09-13T00:00:00"), CODE) == []


def test_one_verb_told_twice_in_a_sentence_is_a_series_of_acts(run):
    # "won at A ..., and then won at B": wins, not the one win the article is about
    title = "County keep climbing"
    body = (
        "County's win in Swindon kept them top of the table.\n\n"
        "They drew at Exeter, won at Plymouth in the Trophy and then won 2-0 in Swindon on Saturday."
    )
    assert findings(run(title, body, "2024-03-04T00:00:00"), CODE) == []


def test_the_sides_of_a_win_or_defeat_are_not_its_places(run):
    # "defeat to Argentina", "Argentina's victory": the sides; "in Edinburgh": the place
    title = "Coach defends his selection"
    body = (
        "The coach defended his side after the World Cup defeat to Argentina.\n\n"
        "Scotland's 24-10 defeat in Edinburgh was their third in a row."
    )
    assert findings(run(title, body, "2024-03-04T00:00:00"), CODE) == []
    body = "Argentina's victory was sealed late on.\n\nThe victory in Edinburgh lifted them to second."
    assert findings(run(title, body, "2024-03-04T00:00:00"), CODE) == []


def test_a_thing_done_two_different_things_to_is_two_acts(run):
    # a title is no happening: "surrendered" it in one place and "regained" it in another
    title = "Boxer sets his sights on a world title"
    body = (
        "The boxer surrendered his world title in Cardiff in March.\n\n"
        "Six months later he regained the title in Belfast before a sell-out crowd."
    )
    assert findings(run(title, body, "2024-12-04T00:00:00"), CODE) == []


def test_to_names_the_place_of_a_journey_only(run):
    # "a visit to Kenya" took place in Kenya; "the handover to Kenya", "extradited the suspect
    # to Spain" name where someone went, not where the act was
    title = "Prisoners returned"
    body = (
        "The handover of the prisoners to Kenya was completed on Friday.\n\n"
        "Officials said the handover took place at the airport in Kampala."
    )
    assert findings(run(title, body, "2024-05-04T00:00:00"), CODE) == []
    assert_one_finding(
        run(title, body.replace("handover", "visit"), "2024-05-04T00:00:00"), CODE, {"Kenya", "Kampala"}
    )
    body = (
        "Police extradited the suspect to Spain on 3 May.\n\n"
        "The extradition took place at the airport in Lisbon, officials said."
    )
    assert findings(run(title, body, "2024-05-04T00:00:00"), CODE) == []


def test_a_noun_written_as_a_phrasal_verb_wordnet_lacks_is_an_event(run):
    # "cave-in": WordNet has the verb "cave in" but neither "cave-in" nor "cavein"
    assert _two_places(
        run,
        "The tunnel cave-in happened outside Bergen, the road agency said.",
        "Engineers blamed heavy rain for the cave-in near Oslo.",
    ) == {"Bergen", "Oslo"}


def test_a_named_road_the_event_happened_on_is_placed_by_its_own_phrase(run):
    # "on the A38 near Exeter": the gazetteer does not know the road; the place it is near is the event's
    assert _two_places(
        run,
        "The coach crash happened on the A38 near Exeter, police said.",
        "Passengers hurt in the crash near Bristol were treated in hospital.",
    ) == {"Exeter", "Bristol"}


def test_a_body_which_was_held_somewhere_is_a_sitting(run):
    # "tribunal" is a body in WordNet; "which was held in" says it sat, as "was held in" does
    assert _two_places(
        run,
        "The employment tribunal, which was held in Cardiff, lasted three days.",
        "Witnesses who gave evidence at the tribunal in Plymouth were cross-examined.",
    ) == {"Cardiff", "Plymouth"}


def test_where_a_placed_event_was_heard_is_not_its_place(run):
    # a verb of perception on an event already placed on its noun places the witnesses
    title = "Chemical plant explosion"
    body = (
        "The explosion at a chemical plant in Rotterdam was heard in Antwerp. "
        "Firefighters said the explosion in Rotterdam began in a storage tank."
    )
    assert findings(run(title, body), CODE) == []


def test_the_event_there_points_back_to_the_place_just_named(run):
    title = "Floods hit Portugal"
    body = (
        "The flooding hit Lisbon on Monday, officials said. "
        "Volunteers drove to Porto after the flooding there swept cars into the river."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Lisbon", "Porto"}


def test_the_people_an_event_hit_were_where_it_happened(run):
    title = "Typhoon leaves thousands homeless"
    for second in (
        "Fishermen in Nagasaki, battered by the typhoon, lost their boats.",
        "Villagers near Nagasaki who were battered by the typhoon lost their boats.",
        "Farmers near Nagasaki whose crops were flattened by the typhoon asked for aid.",
    ):
        body = "The typhoon made landfall in Okinawa on Thursday. " + second
        found = findings(run(title, body), CODE)
        assert len(found) == 1, second
        assert {s["text"] for s in found[0]["spans"]} == {"Okinawa", "Nagasaki"}


def test_the_people_harmed_in_an_event_were_where_it_happened(run):
    title = "Fire kills two students"
    body = (
        "The fire broke out in Lyon late on Sunday, the fire service said. "
        "Two students at a dormitory in Marseille died in the fire."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Lyon", "Marseille"}


def test_the_mayor_of_a_town_hit_by_a_storm_is_not_its_place(run):
    # "of" on a role noun names the office's town, not where the people were
    title = "Storm batters coast"
    body = (
        "The storm hit Brest overnight. "
        "The mayor of Nantes, injured by the storm while visiting family, was treated in hospital."
    )
    assert findings(run(title, body), CODE) == []


def test_the_city_stands_for_the_one_town_just_named(run):
    title = "Landslide buries homes"
    body = (
        "The landslide struck Cusco early on Monday. "
        "Rescuers reached Arequipa, where officials said the landslide in the city had killed 12."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Cusco", "Arequipa"}


def test_the_city_after_two_towns_is_not_read(run):
    title = "Landslide buries homes"
    body = (
        "The landslide struck Cusco early on Monday. "
        "Rescuers from Lima reached Arequipa, where the landslide in the city was discussed."
    )
    found = findings(run(title, body), CODE)
    assert all("Lima" not in {s["text"] for s in f["spans"]} for f in found)


def test_site_in_which_the_event_happened(run):
    title = "Bar shooting"
    body = (
        "The shooting happened in Denver late on Friday, police said. "
        "Detectives later searched the nightclub in Omaha at which the shooting took place."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Denver", "Omaha"}


def test_there_after_the_event_points_back_to_a_name_on_a_noun(run):
    title = "Jewellery heist"
    body = (
        "The heist happened in Antwerp on Tuesday. "
        "Rotterdam police said the heist there was carried out by three men."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Antwerp", "Rotterdam"}


def test_a_military_action_of_a_place_is_waged_there(run):
    title = "Shelling kills civilians"
    body = "The shelling hit Kharkiv overnight, officials said. The shelling of Odesa lasted until dawn."
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Kharkiv", "Odesa"}


def test_an_event_of_a_place_that_is_no_military_action_is_not_placed(run):
    # "the defeat of France" names a team, not where the match was
    title = "Cup final"
    body = "The final was played in London on Saturday. The defeat of France in the final shocked fans."
    assert findings(run(title, body), CODE) == []


def test_counties_of_two_states(run):
    title = "Tornado destroys school"
    body = (
        "The tornado touched down in Cook County on Tuesday. "
        "Rescuers said the tornado in Travis County destroyed a school."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Cook County", "Travis County"}


def test_an_earlier_event_named_in_the_lead_is_another_one(run):
    title = "Market fire"
    body = (
        "The fire, the worst since a blaze in Nairobi in 2010, broke out in Lagos. "
        "The fire destroyed 300 stalls in Lagos, officials said."
    )
    assert findings(run(title, body), CODE) == []


def test_a_fronted_place_the_parse_made_a_subject(run):
    # "that near Kyiv, the pile-up happened": the small model makes "Kyiv" the subject
    title = "Motorway pile-up"
    body = (
        "The pile-up happened on a motorway outside Warsaw on Thursday. "
        "Highway police said that near Kyiv, the pile-up happened without warning."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Warsaw", "Kyiv"}


def test_people_shaken_by_a_riot_elsewhere_do_not_place_it(run):
    # only a physical event or a natural phenomenon is where the people it hit were
    title = "Riot in Lyon"
    body = (
        "The riot broke out in Lyon on Saturday night. "
        "Investors in Paris were shaken by the riot, brokers said."
    )
    assert findings(run(title, body), CODE) == []


def test_the_events_own_site_by_a_possessive_or_a_verb_of_lying(run):
    title = "Strong tremor recorded"
    for second in (
        "The tremor's epicentre was in Bolivia, seismologists said.",
        "The epicentre of the tremor lay near La Paz, seismologists said.",
    ):
        body = "The tremor struck northern Chile on Sunday. " + second
        found = findings(run(title, body), CODE)
        assert len(found) == 1, second


def test_where_people_travelled_for_the_event(run):
    title = "Trade summit ends"
    body = (
        "The summit was held in Bogota last week, officials said. "
        "Ministers travelled to Caracas for the summit despite the strike."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Bogota", "Caracas"}


def test_where_people_travelled_from_for_the_event_is_not_its_place(run):
    title = "Trade summit ends"
    body = (
        "The summit was held in Bogota last week, officials said. "
        "Ministers travelled from Caracas for the summit despite the strike."
    )
    assert findings(run(title, body), CODE) == []


def test_what_befell_a_place_during_a_physical_event(run):
    title = "Quake toll rises"
    body = (
        "The earthquake struck Ecuador on Sunday, seismologists said. "
        "Bridges collapsed across Peru during the earthquake, killing 12."
    )
    found = findings(run(title, body), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Ecuador", "Peru"}


def test_what_happened_elsewhere_during_a_strike_is_not_its_place(run):
    title = "Dock strike"
    body = (
        "The strike shut the port of Rotterdam on Monday. "
        "Lorries were stuck in Antwerp during the strike, hauliers said."
    )
    assert findings(run(title, body), CODE) == []


def test_a_place_of_several_words_the_ner_took_for_an_organisation_names_the_event(run):
    # "the Abu Dhabi heist": the NER calls the name an organisation; the gazetteer knows it
    title = "Jewels recovered"
    body = (
        "The robbery took place at a jewellery store in Dubai.\n\n"
        "Three men were charged over the Abu Dhabi robbery on Friday."
    )
    assert_one_finding(run(title, body, "2024-05-04T00:00:00"), CODE, {"Dubai", "Abu Dhabi"})
    body = "The match was played in Leeds.\n\nFans said the Manchester United match had been a farce."
    assert findings(run(title, body, "2024-05-04T00:00:00"), CODE) == []


def test_the_occasion_a_do_clause_compares_with_is_another(run):
    # "as he did in the marathon in Tokyo": the race compared with, not this one
    body = (
        "Kipchoge won the marathon in Berlin on Sunday. He never looked like fading in the "
        "closing stages of this marathon, as he did in the marathon in Tokyo two years ago."
    )
    assert findings(run("Kipchoge wins", body, "2024-09-30T00:00:00"), CODE) == []


def test_a_fronted_participle_places_the_subject_event(run):
    # "Staged in Sydney, the regatta ...": a participle fronted before the subject, with no
    # subject of its own, says something of that subject; also when the event is its object
    # and the clause's subject is the place ("Having staged the gala, Prague ...")
    title = "Regatta ends"
    body = "The regatta was sailed off Auckland. Staged in Sydney, the regatta drew 40 crews."
    assert_one_finding(run(title, body), CODE, {"Auckland", "Sydney"})
    body = "The gala took place in Vienna. Having staged the gala, Prague now hopes to win another."
    assert_one_finding(run(title, body), CODE, {"Vienna", "Prague"})
    # not a participle of perceiving or telling: where the watchers or the reporters were
    body = "The summit was held in Oslo. Reported in Stockholm, the summit drew criticism."
    assert findings(run(title, body), CODE) == []


def test_the_subject_of_a_relative_clause_that_hosted_the_event(run):
    title = "Carnival closes"
    body = "The carnival opened in Milan. The carnival, which Venice hosted, drew millions of visitors."
    assert_one_finding(run(title, body), CODE, {"Milan", "Venice"})


def test_a_participle_the_tagger_took_for_a_past_tense_places_the_event(run):
    # "The match, staged in Porto, ...": an acl is never finite, whatever the tag says
    title = "Derby ends quietly"
    body = "The match was played in Lisbon. The match, staged in Porto, went off without trouble."
    assert_one_finding(run(title, body), CODE, {"Lisbon", "Porto"})


def test_the_scene_of_the_event_renamed_by_an_apposition(run):
    title = "Bar reopens"
    body = (
        "The shooting happened in Chicago, police said. "
        "The scene of the shooting, a bar in Denver, was still closed on Friday."
    )
    assert_one_finding(run(title, body), CODE, {"Chicago", "Denver"})


def test_a_phrase_set_off_by_commas_after_the_event_is_its_own(run):
    # the parse hangs "in York" on the comma after "rally"
    title = "Rally ends"
    body = "The rally took place in Dublin. The rally, in York, was over within minutes, police said."
    assert_one_finding(run(title, body), CODE, {"Dublin", "York"})


def test_a_name_parsed_as_a_second_object_before_the_event_noun_names_it(run):
    # "battled [the Jakarta] [blaze]": the parse makes the name a second object of the verb
    title = "Blaze put out"
    body = "The blaze started in Cairo. Firefighters battled the Jakarta blaze for hours."
    assert_one_finding(run(title, body), CODE, {"Cairo", "Jakarta"})


def test_the_reported_clause_of_a_relative_on_the_event(run):
    # "which union leaders said started in Toronto": the parse makes the reported verb a
    # clausal or an open complement of "said"; either places the event
    title = "Walkout ends"
    body = (
        "The walkout began in Detroit. "
        "The walkout, which union leaders said started in Toronto, ended on Friday."
    )
    assert_one_finding(run(title, body), CODE, {"Detroit", "Toronto"})


def test_took_hold_places_its_subject_like_took_place(run):
    # "take" with a bare noun is one predicate ("took hold"), not an act the fire made
    title = "Warehouse fire"
    body = "The fire took hold in Lyon, firefighters said. The fire in Geneva was still burning on Monday."
    assert_one_finding(run(title, body), CODE, {"Lyon", "Geneva"})


def test_those_sent_to_the_event_went_where_it_was(run):
    # the parse hangs the site phrase after the event on the verb: "sent to the fire at a
    # depot in Turin"; not a verb of perceiving ("listened to the final at a bar in Madrid")
    title = "Depot fire"
    body = "The fire broke out in Lyon. Crews were sent to the fire at a depot in Turin."
    assert_one_finding(run(title, body), CODE, {"Lyon", "Turin"})
    body = "The final was played in Lisbon. Fans listened to the final at a bar in Madrid."
    assert findings(run(title, body), CODE) == []


def test_a_place_that_went_through_the_event_is_its_place(run):
    # "Kansas suffered the tornado": the state that lived through it is where it struck
    first = "The tornado in Oklahoma destroyed 40 homes on Sunday. "
    body = first + "Kansas suffered the tornado overnight, officials said."
    assert len(findings(run("Tornado", body, "2024-05-20T00:00:00"), CODE)) == 1
    seen_as = first + "Kansas saw the tornado as a warning, officials said."
    assert findings(run("Tornado", seen_as, "2024-05-20T00:00:00"), CODE) == []


def test_what_was_called_off_after_an_event_says_it_happened(run):
    """Only the object of "cancelled", "delayed" or "urged" is called off: an event the act
    followed from ("after", "because of", "over", "by") happened, and its place counts."""
    title = "Gas leak closes market"
    body = (
        "The gas leak began in Antwerp on Monday, the fire brigade said. Stalls were cleared. "
        "Ferries were suspended after the gas leak in Dover, operators said. "
        "Trains were delayed because of the gas leak in Calais."
    )
    found = findings(run(title, body, "2021-03-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {"Dover", "Calais"} <= {s["text"] for s in found[0]["spans"]}


def test_what_was_cancelled_is_still_unreal(run):
    title = "Gas leak closes market"
    body = (
        "The gas leak began in Antwerp on Monday, the fire brigade said. Stalls were cleared. "
        "The concert in Dover was cancelled after the gas leak."
    )
    assert findings(run(title, body, "2021-03-10T00:00:00"), CODE) == []


def test_a_modal_on_what_a_placed_event_will_cost_keeps_it_real(run):
    """ "The Leeds flood will take years to repair": a definite event named by its place, the
    subject of a modal verb that does not say it happens, is the one already told."""
    title = "Flood damage counted"
    body = (
        "The flood began in Leeds on Friday, the Environment Agency said. Roads were shut. "
        "Engineers say the flood in Bristol could take years to repair."
    )
    found = findings(run(title, body, "2021-03-10T00:00:00"), CODE)
    assert len(found) == 1
    assert "Bristol" in {s["text"] for s in found[0]["spans"]}


def test_a_planned_gathering_or_occurrence_stays_planned(run):
    title = "Summit ends in Geneva"
    body = (
        "The summit ended in Geneva on Friday, diplomats said. Talks were tense. "
        "The summit in Vienna will bring together ministers. The flood in Bristol will happen "
        "if the dam fails."
    )
    assert findings(run(title, body, "2021-03-10T00:00:00"), CODE) == []


def test_people_called_to_an_event_go_where_it_happened(run):
    """ "Paramedics were called to the crash in Hull": a summons to an event is no call for one."""
    title = "Coach crash on the M62"
    body = (
        "The crash happened near Leeds on Sunday night, police said. Two people were hurt. "
        "Paramedics were called to the crash in Hull shortly before midnight."
    )
    found = findings(run(title, body, "2021-03-10T00:00:00"), CODE)
    assert len(found) == 1
    assert "Hull" in {s["text"] for s in found[0]["spans"]}


def test_workers_called_to_a_strike_are_called_to_a_planned_one(run):
    title = "Dockers strike in Leeds"
    body = (
        "The strike began in Leeds on Monday, the union said. Ships were idle. "
        "Dockers in Hull were called to a strike by their branch."
    )
    assert findings(run(title, body, "2021-03-10T00:00:00"), CODE) == []


def test_the_incident_names_the_happening_told_before_it(run):
    """ "The derailment ... the incident in Brussels": a word for any happening names the last
    one the text told by a definite noun."""
    title = "Rail services suspended"
    body = (
        "The derailment happened near Lyon on Tuesday, the operator said. Services were "
        "suspended for a day. Engineers said the incident in Brussels was caused by a broken rail."
    )
    found = findings(run(title, body, "2021-03-10T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} >= {"Brussels"}


def test_the_incident_after_an_indefinite_mention_in_passing_is_not_that_one(run):
    title = "Rail services suspended"
    body = (
        "Engineers recalled a derailment near Lyon in 2015. Services were suspended on Tuesday. "
        "The incident in Brussels was caused by a broken rail, the operator said."
    )
    assert findings(run(title, body, "2021-03-10T00:00:00"), CODE) == []


def test_the_incident_far_from_any_happening_names_none(run):
    # "the incident" four sentences on may be any of the article's happenings: no link
    body = (
        "Shares in the rail group rose on Monday. The derailment near Lyon was caused by a broken "
        "rail, investigators said. Repairs will take a week. Unions welcomed the news. Traffic "
        "resumed on Thursday. Passengers described the incident in Brussels as terrifying."
    )
    assert findings(run("Rail shares rise", body, "2024-05-20T00:00:00"), CODE) == []


def test_the_head_of_a_compound_whose_modifier_is_an_event_names_it(run):
    """ "the rescue mission near Innsbruck": a compound's head with an event sense, after an
    event-noun modifier, names the happening (WordNet files "mission" first as a group)."""
    title = "Climbers airlifted from glacier"
    body = (
        "Fog slowed the rescue mission near Innsbruck on Sunday, the mountain police said. "
        "Two climbers were flown to hospital. Guides praised the crews of the rescue mission "
        "in Grenoble."
    )
    found = findings(run(title, body, "2022-02-14T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Innsbruck", "Grenoble"}


def test_an_event_that_followed_another_is_not_placed_by_the_other(run):
    # "followed an earlier gas leak in Geneva": the object is another happening, not a site the
    # first one hit (WordNet files "leak" first as a crack, a thing with a place)
    title = "Depot evacuated in Lyon"
    body = (
        "Crews sealed the gas leak at a depot in Lyon on Friday, the operator said. The gas leak "
        "in Lyon followed an earlier gas leak in Geneva."
    )
    assert findings(run(title, body, "2022-02-14T00:00:00"), CODE) == []


def test_the_antecedent_or_cleft_focus_that_saw_the_event_is_its_place(run):
    """ "It was Quito that experienced the quake", "Ecuador, which experienced the quake, ...":
    the relative pronoun subject stands for the place that went through it."""
    title = "Quake damages homes"
    cleft = (
        "The quake damaged homes near Cusco on Monday, officials said. Rescuers worked "
        "through the night. It was Quito that experienced the quake, a geologist said later."
    )
    found = findings(run(title, cleft, "2023-03-14T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Cusco", "Quito"}
    relative = (
        "The quake damaged homes near Cusco on Monday, officials said. Rescuers worked "
        "through the night. Ecuador, which experienced the quake, sent no aid."
    )
    assert len(findings(run(title, relative, "2023-03-14T00:00:00"), CODE)) == 1


def test_a_place_after_a_manner_phrase_is_the_verbs(run):
    # "started without warning in Porto": the parse hangs "in Porto" on "warning"
    title = "Warehouse fire contained"
    body = (
        "The fire started without warning in Porto on Sunday, firefighters said. Nobody was "
        "hurt. Insurers said the fire in Seville would cost millions."
    )
    found = findings(run(title, body, "2023-03-14T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} == {"Porto", "Seville"}


def test_an_event_publicised_elsewhere_is_not_placed_there(run):
    """ "televised in Brazil": a verb that makes the event known to a public (broadcast,
    televise, air) places the audience, not the event."""
    body = "The final was played in Leeds on Sunday. The final was televised in Brazil."
    assert findings(run("Leeds win cup", body, "2023-05-22T00:00:00"), CODE) == []


def test_what_an_event_is_compared_with_is_another_occasion(run):
    """ "likened the flood to the disaster in Dresden": the thing a verb of comparing sets
    the event beside is another one, and "resembled one in Y" places that one."""
    body = (
        "The flood swept through Passau on Monday, officials said. Residents likened it to the "
        "flood in Dresden in 2002. One engineer said the flood resembled one in Vienna in 2013."
    )
    assert findings(run("Floods hit Passau", body, "2023-06-05T00:00:00"), CODE) == []


def test_a_comparative_on_an_indefinite_mention_is_another_occasion(run):
    """ "a smaller riot in Geneva": "a" with a comparative sets it beside the event."""
    body = "The riot erupted in Marseille. A smaller riot was reported in Geneva."
    assert findings(run("News", body, "2023-03-20T00:00:00"), CODE) == []


def test_a_counterfactual_degree_keeps_the_event_real(run):
    """ "the collapse in X could have been far deadlier": the modal weighs how bad a real
    event was, so it still counts (a hypothetical "a collapse ... would have been" does not)."""
    body = (
        "The bridge collapse happened in Genoa on Tuesday morning, engineers said. "
        "The collapse in Turin, the mayor said, could have been much deadlier."
    )
    found = findings(run("Bridge collapse", body, "2023-08-16T00:00:00"), CODE)
    assert len(found) == 1
    assert {s["text"] for s in found[0]["spans"]} >= {"Turin"}


def test_would_on_a_verb_of_saying_is_a_past_refusal(run):
    body = (
        "The raid took place in Lagos before dawn on Friday, the army said. "
        "About the raid in Accra, the army would say only that two suspects were held."
    )
    found = findings(run("Army raid", body, "2023-08-19T00:00:00"), CODE)
    assert len(found) == 1


def test_a_compound_the_parse_inverts_keeps_its_place(run):
    """ "the book fair in Frankfurt" parsed with "fair" as an adjective after "book": the
    place on "fair" is still the fair's."""
    body = (
        "The book fair was held in Frankfurt on Wednesday. "
        "The book fair in Bologna was praised by publishers."
    )
    found = findings(run("Book fair opens", body, "2023-10-19T00:00:00"), CODE)
    assert len(found) == 1


def test_a_lower_case_word_is_not_the_proper_name_it_shares(run):
    """ "the march" in lower case is the walk, not the month."""
    body = (
        "The march through Santiago drew about 10,000 people on Sunday, organisers said. "
        "Police said the march in Lima had been peaceful."
    )
    found = findings(run("Thousands march", body, "2023-05-22T00:00:00"), CODE)
    assert len(found) == 1


def test_the_incident_with_a_past_time_of_its_own_is_another(run):
    """ "the incident in Tallinn two years ago" is dated well before the story: not the
    happening told just before it."""
    body = (
        "The derailment happened outside Vilnius on Thursday, the operator said. "
        "The incident in Tallinn two years ago also involved a freight train."
    )
    assert findings(run("Train derails", body, "2023-04-14T00:00:00"), CODE) == []


def test_what_like_sets_beside_the_event_is_another_occasion(run):
    body = (
        "The riot broke out in Dakar on Saturday, police said. "
        "Unlike the riot in Bamako last spring, it ended within hours."
    )
    assert findings(run("Riot in Dakar", body, "2023-06-12T00:00:00"), CODE) == []


def test_a_sum_counted_after_an_event_is_no_happening(run):
    # "the earthquake toll": a count, not a happening; its places are where the dead were counted
    body = (
        "The earthquake toll rose to 40 in Dhaka on Monday, officials said. Aid arrived by road. "
        "The earthquake toll in Myanmar stood at 12."
    )
    assert findings(run("Earthquake", body, "2023-06-12T00:00:00"), CODE) == []


def test_where_a_ruling_was_issued_is_its_place_though_broadcast_is_not(run):
    # "issue" is a kind of publicizing in WordNet, as "broadcast" is, but it is how a ruling
    # comes to be: its place is the ruling's
    body = (
        "The ruling was issued in Nairobi on Monday, the court said. Lawyers appealed. "
        "The ruling was issued in Kampala, according to the registry."
    )
    assert_one_finding(run("Court ruling", body, "2023-06-12T00:00:00"), CODE, {"Nairobi", "Kampala"})


def test_a_place_the_ner_split_in_two_is_named_whole(run):
    """ "Norfolk Island" tagged "Norfolk" + "Island" (two places): the place is the whole name."""
    body = (
        "Reporters covering the regatta in Norfolk Island described the wind as fierce. "
        "Boats arrived early. The regatta began in Cuba on Saturday, the organisers said."
    )
    r = run("Sailing", body, "2023-06-12T00:00:00")
    found = findings(r, CODE)
    assert found and {"Cuba", "Norfolk Island"} == {s["text"] for s in found[0]["spans"]}
    assert "Island" not in {s["text"] for s in found[0]["spans"]}


def test_a_place_recovering_from_the_event_went_through_it(run):
    """ "Beira has not recovered from the earthquake": it hit Beira; people recovering are
    not a place."""
    assert _two_places(
        run,
        "The earthquake in Manila flattened hundreds of homes, the seismic bureau said.",
        "Two months on, Beira has still not recovered from the earthquake.",
    ) == {"Manila", "Beira"}
    assert (
        _two_places(
            run,
            "The earthquake in Manila flattened hundreds of homes, the seismic bureau said.",
            "Survivors from Beira are recovering from the earthquake in hospital.",
        )
        == set()
    )


def test_being_somewhere_for_the_event_is_being_where_it_is(run):
    """ "Pilgrims who were in Quito for the procession": being somewhere for an event places it;
    being there for something else does not."""
    assert _two_places(
        run,
        "The procession wound through Lima on Sunday, church officials said.",
        "Pilgrims who were in Quito for the procession described the heat.",
    ) == {"Lima", "Quito"}
    assert (
        _two_places(
            run,
            "The procession wound through Lima on Sunday, church officials said.",
            "Pilgrims were in Quito for a meal after the procession.",
        )
        == set()
    )


def test_a_noun_placed_as_a_happening_is_an_event(run):
    """ "the picnic in Porto": a definite noun with a place on it, one of whose usual senses is
    an act (WordNet files "picnic" first as a time), is placed as a happening; a state or a body
    ("the crisis in Porto", "the government in Porto") is not."""
    assert _two_places(
        run,
        "Police described the picnic in Porto as chaotic, volunteers said.",
        "Volunteers who organised the picnic in Nice were questioned.",
    ) == {"Porto", "Nice"}
    assert (
        _two_places(
            run,
            "Analysts described the crisis in Porto as chaotic, economists said.",
            "Economists who studied the crisis in Nice were questioned.",
        )
        == set()
    )
    assert (
        _two_places(
            run,
            "Analysts described the government in Porto as chaotic, diplomats said.",
            "Diplomats close to the government in Nice were questioned.",
        )
        == set()
    )


def test_a_host_place_the_tagger_took_for_a_person(run):
    """ "Lyon hosted the festival" with Lyon tagged a person, "Having hosted the trial, Jinhua ..."
    with Jinhua tagged a nationality: a host the gazetteer knows whole is the venue; a person
    who hosted it is not a place."""
    assert _two_places(
        run,
        "The book festival was held in Bordeaux on Friday.",
        "Lyon hosted the festival, its organisers said.",
    ) == {"Bordeaux", "Lyon"}
    assert (
        _two_places(
            run, "The book festival was held in Bordeaux on Friday.", "Mr Dupont hosted the festival."
        )
        == set()
    )


def test_a_place_that_held_the_event(run):
    """ "Osaka held the carnival", "Having held the carnival, Kobe ...": a place tagged as one
    that held an event with no place or partner of its own is its venue; not a party to talks
    ("held talks with Oman") nor one that held it elsewhere ("held the summit in Nice")."""
    assert _two_places(
        run,
        "The flower carnival took place in Sapporo in May.",
        "Osaka held the carnival over a long weekend.",
    ) == {"Osaka", "Sapporo"}
    assert (
        _two_places(run, "The peace talks took place in Muscat in May.", "Iran held the talks with Oman.")
        == set()
    )


def test_a_lower_case_word_the_tagger_made_an_organisation(run):
    """ "the congress in Tbilisi" with "congress" tagged as an organisation's name: a word in
    lower case after "the" is the common noun, an event noun like any other."""
    assert _two_places(
        run,
        "Delegates to the congress in Tbilisi voted on Sunday.",
        "The congress, held in Baku, ended with a vote.",
    ) == {"Baku", "Tbilisi"}
    assert _two_places(
        run,
        "Security at the congress in Kazan was tight.",
        "Rain fell on the congress in Tula all week.",
    ) == {"Kazan", "Tula"}


def test_a_compound_the_parse_split_at_its_head(run):
    """ "said the trade [fair] in Hanoi had ...", "the trade [fair], in Osaka, opened": the
    head of "trade fair" tagged as an adjective with a role of its own is still the event
    noun; the noun before it holds its place in the clause."""
    assert _two_places(
        run,
        "Dealers said the trade fair in Hanoi had lifted sales.",
        "The trade fair, in Osaka, opened on a Sunday.",
    ) == {"Hanoi", "Osaka"}
    assert _two_places(
        run,
        "Bankers said the trade fair in Hanoi had unsettled investors.",
        "The trade fair was held in Osaka in May.",
    ) == {"Hanoi", "Osaka"}


def test_a_report_from_a_place_where_the_event_began(run):
    """ "... from Osaka, where union leaders said it started": a where-clause whose verb of
    saying reports that the event happened (began, took place, was held, was repulsed) places it there,
    whether the event is named or is "it"; not when what was said is that it was announced."""
    first = "The walkout started in Hanoi on Monday."
    assert _two_places(
        run, first, "Calls poured in from Osaka, where shop stewards said the walkout started."
    ) == {"Hanoi", "Osaka"}
    assert _two_places(
        run, first, "Early accounts of the walkout came out of Osaka, where union leaders said it started."
    ) == {"Hanoi", "Osaka"}
    assert (
        _two_places(
            run, first, "Reporters went to Osaka, where union leaders said the walkout had been announced."
        )
        == set()
    )
    # a passive of a verb that acts on the event, not one that thinks about it
    first = "The assault began in Hanoi on Monday."
    assert _two_places(
        run, first, "Early accounts of the assault came out of Osaka, where soldiers said it was repulsed."
    ) == {"Hanoi", "Osaka"}
    assert (
        _two_places(
            run, first, "Early accounts of the assault came out of Osaka, where soldiers said it was planned."
        )
        == set()
    )


def test_it_that_was_held_or_began_makes_the_noun_before_it_an_event(run):
    """ "the requiem ... where the parish said it was held", "the famine as it began in
    Tigray": WordNet files "requiem" first as music and "famine" first as a state, but "it" as
    the subject of "was held" or "began" says of the noun what "the requiem was held" would; a
    noun with no event sense at all ("the ledger ... it began") stays a thing."""
    assert _two_places(
        run,
        "The first reports of the requiem reached us from Bergen, where the parish said it was held.",
        "The requiem, in Stavanger, drew a large crowd, the family said.",
    ) == {"Bergen", "Stavanger"}
    assert _two_places(
        run,
        "Aid workers documented the famine as it began in Tigray.",
        "Donors said the famine in Somalia had been badly handled.",
    ) == {"Tigray", "Somalia"}
    assert (
        _two_places(
            run,
            "Auditors read the ledger as it began in Perth.",
            "The clerks said the ledger in Cairns had been lost.",
        )
        == set()
    )


def test_the_determiner_of_a_compound_the_parse_split(run):
    """ "soon after the trade fair opened in X": the parse may hang "the trade" on "fair" as
    its own subject; "the" still refers back to the fair already told, not to an earlier one."""
    assert _two_places(
        run,
        "The trade fair was staged in Kumasi, its organisers said.",
        "Hotels filled up soon after the trade fair opened in Tamale.",
    ) == {"Kumasi", "Tamale"}


def test_sites_in_the_plural_of_a_country_lie_in_it(run):
    """ "the farms of Bangladesh", "the streets of Brazil": sites in the plural spread over a
    place, a country too; a single building of a country ("the embassy of Japan") may stand
    anywhere."""
    assert _two_places(
        run,
        "The monsoon flooding swamped the farms of Bangladesh for weeks.",
        "The monsoon flooding in Lima was the worst in decades.",
    ) == {"Bangladesh", "Lima"}
    assert _two_places(
        run,
        "The carnival filled the streets of Brazil with music.",
        "The carnival in Lisbon drew record crowds.",
    ) == {"Brazil", "Lisbon"}


def test_a_name_right_after_the_event_that_the_parse_hung_on_the_verb(run):
    """ "blamed the stampede in Maputo on lax policing": the parse hangs "in Maputo" on the
    verb and leaves the name untagged; the phrase right after the event noun is still its place."""
    assert _two_places(
        run,
        "Critics blamed the stampede in Maputo on lax policing.",
        "The stampede happened in Nairobi at dawn.",
    ) == {"Maputo", "Nairobi"}


def test_an_event_shown_happening_somewhere(run):
    """ "a video showing the robbery happened in Oporto": the small model makes the event the
    object of "showing" and its clause a clause of its own; an occurrence verb right after the
    event noun, with no subject of its own, is still the event's."""
    assert _two_places(
        run,
        "Police published a video showing the robbery happened in Oporto.",
        "The robbery in Lyon lasted an hour.",
    ) == {"Lyon", "Oporto"}


def test_the_place_a_location_noun_is_said_to_be(run):
    """ "The venue of the rally was X", "named X as the site of the rally", "X, the scene of the
    rally," set off after the place even where the parse hangs it on another word."""
    title = "Farmers rally against fuel prices"
    lead = "Thousands of farmers took part in the rally in Toulouse on Saturday, the union said. "
    for second in (
        "The venue of the rally was Lille, a union leader later admitted.",
        "Police later named Lille as the site of the rally.",
        "Tractors were still parked in Lille, the scene of the rally, on Sunday morning.",
        "Lille was the setting for the rally, the prefecture said.",
    ):
        found = findings(run(title, lead + second, "2024-03-04T00:00:00"), CODE)
        assert len(found) == 1, second
        assert span_texts(found) == {"Toulouse", "Lille"}, second


def test_a_location_noun_of_another_instance_or_of_something_else_is_quiet(run):
    title = "Farmers rally against fuel prices"
    lead = "Thousands of farmers took part in the rally in Toulouse on Saturday, the union said. "
    for second in (
        "Lille, the scene of last year's rally, stayed calm.",
        "Lille was the setting for a film about the rally.",
        "Organisers named Lille as the venue of next year's rally.",
        "Farmers from Lille drove to the scene of the rally.",
    ):
        assert findings(run(title, lead + second, "2024-03-04T00:00:00"), CODE) == [], second


def test_close_to_and_one_of_the_districts_of_a_place(run):
    """ "close to X" and "next to X" say where, like "near" ("next" is no next instance); "in one
    of the suburbs of X" is in X."""
    title = "Gas explosion wrecks flats"
    lead = "The gas explosion happened in Leipzig early on Tuesday, the fire service said. "
    for second, place in (
        ("The explosion happened close to Dresden, a neighbour insisted.", "Dresden"),
        ("The explosion happened next to a school in Dresden, a neighbour insisted.", "Dresden"),
        ("The explosion happened in one of the northern suburbs of Dresden.", "Dresden"),
    ):
        found = findings(run(title, lead + second, "2024-03-06T00:00:00"), CODE)
        assert len(found) == 1, second
        assert span_texts(found) == {"Leipzig", place}, second
    quiet = "The explosion happened in one of the northern suburbs of Leipzig, a neighbour said."
    assert findings(run(title, lead + quiet, "2024-03-06T00:00:00"), CODE) == []


def test_where_an_event_was_traced_to(run):
    """ "traced the outbreak to a market in X": where it began (not what it came from)."""
    title = "Cholera outbreak spreads"
    lead = "The cholera outbreak began in Mwanza in March, health officials said on Friday. "
    for second in (
        "Epidemiologists later traced the outbreak to a fish market in Dodoma.",
        "The outbreak was traced to Dodoma, the ministry said.",
    ):
        found = findings(run(title, lead + second, "2024-05-04T00:00:00"), CODE)
        assert len(found) == 1, second
        assert span_texts(found) == {"Mwanza", "Dodoma"}, second
    quiet = "Epidemiologists traced the outbreak to fish sent from Dodoma."
    assert findings(run(title, lead + quiet, "2024-05-04T00:00:00"), CODE) == []


def test_a_noun_modifier_keeps_a_mention_out_of_another_words_event(run):
    """ "the warehouse fire", "the arson attack" beside an air strike told as "the attack": the
    bare "fire" or "attack" may be the strike's, but a modifier that names the kind says which
    fire; its place is not the strike's (and its own two places still conflict)."""
    opening = (
        "An air strike hit a base near Mosul on Monday, officials said. The attack killed two soldiers. "
    )
    for body in (
        "The warehouse fire happened in Lagos, police said.",
        "The arson attack happened in Lagos, police said.",
    ):
        assert findings(run("Strike on base", opening + body, "2024-05-01T00:00:00"), CODE) == [], body
    body = (
        opening
        + "The warehouse fire happened in Lagos, police said. The warehouse fire in Accra destroyed stock."
    )
    assert span_texts(findings(run("Strike on base", body, "2024-05-01T00:00:00"), CODE)) == {
        "Lagos",
        "Accra",
    }


def test_a_happening_word_with_a_modifier_names_its_own_kind(run):
    """ "the incident" names the story's event, but "the prison break" (a "break" WordNet files
    first as any happening) names a kind of its own: its place is not the story's."""
    body = (
        "A wild elephant died in Kerala on Friday after eating fruit packed with firecrackers, "
        "forest officials said. The death has caused outrage across India. "
        "The prison break took place in Damascus, a ministry said."
    )
    assert findings(run("Elephant dies after eating fruit", body, "2020-06-06T00:00:00"), CODE) == []


def test_last_years_event_the_ner_left_untagged_is_another(run):
    """ "Last year's premiere" after a quote: the small NER leaves "Last year" untagged there,
    and a time noun's possessive with "last" still makes another instance."""
    body = (
        "The premiere went ahead in Beijing on Sunday, the distributor said. Critics were kind.\n\n"
        'The director told reporters: "It was a wonderful night for all of us."\n\n'
        "Last year's premiere took place in Brisbane, the distributor recalled."
    )
    assert findings(run("Film opens in China", body, "2024-05-06T00:00:00"), CODE) == []


def test_a_site_the_event_targeted(run):
    """ "The raid targeted a farmhouse near X": a verb of attack whose object is a site places
    the event there; not a person who lived somewhere, nor a named place alone."""
    lead = "The raid happened in Kunduz before dawn on Monday, officials said. "
    found = findings(
        run("Night raid", lead + "The raid targeted a farmhouse near Herat.", "2024-05-07T00:00:00"), CODE
    )
    assert len(found) == 1
    assert span_texts(found) == {"Kunduz", "Herat"}
    quiet = "The raid targeted a commander who had once lived in Herat."
    assert findings(run("Night raid", lead + quiet, "2024-05-07T00:00:00"), CODE) == []


def test_where_those_who_took_part_were(run):
    """ "Nurses in Leeds joined the strike": where the people who joined or took part in the
    event were, when the event has no place of its own; never "from", never a meeting about
    it."""
    title = "Nurses walk out over pay"
    lead = "The strike began in Cardiff on Tuesday morning, the nurses' union said. "
    for second in (
        "Nurses at two hospitals in Leeds joined the strike on Wednesday.",
        "Nurses in Leeds took part in the strike on Wednesday.",
    ):
        found = findings(run(title, lead + second, "2024-05-08T00:00:00"), CODE)
        assert len(found) == 1, second
        assert span_texts(found) == {"Cardiff", "Leeds"}, second
    for quiet in (
        "Nurses from Leeds joined the strike on Wednesday.",
        "Managers in Leeds held talks about the strike on Wednesday.",
        "Nurses in Leeds joined the strike in Cardiff by coach.",
    ):
        assert findings(run(title, lead + quiet, "2024-05-08T00:00:00"), CODE) == [], quiet


def test_a_place_hung_on_the_time_of_the_event(run):
    """ "The blast happened just after midnight in Lisbon": the parse hangs the place on the
    time; not an event's place after another event ("hours before the summit in Lisbon")."""
    lead = "The blast happened in Porto on Monday, police said. "
    found = findings(
        run("Blast", lead + "The blast happened shortly before dawn in Lisbon.", "2024-05-09T00:00:00"), CODE
    )
    assert len(found) == 1
    assert span_texts(found) == {"Porto", "Lisbon"}
    quiet = "The blast happened just after midnight, hours before the summit in Lisbon."
    assert findings(run("Blast", lead + quiet, "2024-05-09T00:00:00"), CODE) == []


def test_where_the_people_an_event_drew_were(run):
    """ "The funeral drew thousands of mourners in Kumasi": where those it drew were; not
    "from", not a list of places."""
    lead = "The funeral was held in Accra on Friday, the family said. "
    found = findings(
        run("Funeral", lead + "The funeral drew thousands of mourners in Kumasi.", "2024-05-11T00:00:00"),
        CODE,
    )
    assert len(found) == 1
    assert span_texts(found) == {"Accra", "Kumasi"}
    for quiet in (
        "The funeral drew mourners from as far away as Kumasi.",
        "The funeral drew crowds in Kumasi and Tamale.",
    ):
        assert findings(run("Funeral", lead + quiet, "2024-05-11T00:00:00"), CODE) == [], quiet


def test_it_that_opened_somewhere(run):
    """ "... when it opened in Lyon": "it" as the subject of a verb of opening with no object
    stands for the event before it, like "it began"."""
    lead = "The exhibition opened in Paris on Friday, the museum said. "
    second = "The exhibition drew record crowds when it opened in Lyon, critics wrote."
    found = findings(run("Exhibition", lead + second, "2024-05-12T00:00:00"), CODE)
    assert len(found) == 1
    assert span_texts(found) == {"Paris", "Lyon"}
    quiet = "The exhibition drew record crowds when it opened a branch in Lyon, critics wrote."
    assert findings(run("Exhibition", lead + quiet, "2024-05-12T00:00:00"), CODE) == []


def test_where_pictures_of_the_event_were_taken(run):
    """ "Footage shot in Sylhet during the landslide", "Photos from Sylhet showed the wreckage
    left by the landslide": a camera is where what it shows is."""
    first = "The landslide buried a road near Shillong, the district office said."
    for second in (
        "Footage shot in Sylhet during the landslide was posted online.",
        "Photos from Sylhet showed the wreckage left by the landslide.",
        "A video filmed in Sylhet shows the landslide as it happened.",
    ):
        assert _two_places(run, first, second) == {"Shillong", "Sylhet"}, second


def test_where_pictures_were_aired_or_watched_is_no_place(run):
    """ "Footage aired in Sylhet", "Crowds in Sylhet watched footage": the audience's place."""
    first = "The landslide buried a road near Shillong, the district office said."
    for second in (
        "Footage aired in Sylhet showed the landslide.",
        "Crowds in Sylhet watched footage of the landslide.",
        "Photos from Sylhet were compared with the landslide.",
        "Photos from Sylhet compared the landslide with an older one.",
    ):
        assert _two_places(run, first, second) == set(), second


def test_a_report_or_people_from_a_place_are_no_picture(run):
    """ "A report from Sylhet", "Volunteers from Sylhet": a source's or a helper's origin."""
    first = "The landslide buried a road near Shillong, the district office said."
    for second in (
        "A report from Sylhet described the aftermath of the landslide.",
        "Volunteers from Sylhet arrived after the landslide.",
    ):
        assert _two_places(run, first, second) == set(), second


def test_a_picture_of_an_event_placed_in_its_own_sentence(run):
    """ "Photos from Sylhet showed the wreckage left by the landslide near Shillong": the
    sentence places the event itself; the photos' origin is not a second place."""
    assert (
        _two_places(
            run,
            "The landslide buried a road near Shillong, the district office said.",
            "Photos from Sylhet showed the wreckage left by the landslide near Shillong.",
        )
        == set()
    )


# round 16: rules from the misses of banks by several authors

_WALKOUT = "The walkout began at a bottling plant near Harare, the union said."


def test_a_place_that_saw_or_bore_the_brunt_of_the_event(run):
    """ "Bulawayo saw the walkout", "It was Bulawayo that bore the brunt of the walkout": the
    place that witnessed the event; not a view ("saw the walkout as a warning") nor people."""
    for second in (
        "Bulawayo saw the walkout on Tuesday, shop stewards said.",
        "It was Bulawayo that bore the brunt of the walkout.",
        "It was Bulawayo, not the capital, that saw the walkout.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second
    for quiet in (
        "Bulawayo saw the walkout as a warning to every employer.",
        "Commuters saw the walkout on television in Bulawayo.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet


def test_a_dateline_places_the_event_it_tells_of(run):
    """ "BULAWAYO (AFP) - The walkout spread on Tuesday": a story datelined somewhere tells what
    happened there; not a hyphen ("The Bulawayo-based union said the walkout ...")."""
    second = "BULAWAYO (AFP) - The walkout spread to a second shift on Tuesday."
    assert _two_places(run, _WALKOUT, second) == {"Harare", "BULAWAYO"}
    second = "Bulawayo: The walkout spread to a second shift on Tuesday."
    assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}
    quiet = "The Bulawayo-based federation said the walkout would go on."
    assert _two_places(run, _WALKOUT, quiet) == set()


def test_a_place_set_off_after_the_event_or_read_as_an_adverb(run):
    """ "took place just outside Bulawayo" (the parse reads "outside" as an adverb), "The
    walkout - at a plant in Bulawayo -", "the walkout (Bulawayo)"."""
    for second in (
        "A second walkout? No: the walkout took place just outside Bulawayo, stewards insisted.",
        "The walkout - in Bulawayo, as it turned out - lasted two days.",
        "Timeline: the walkout (Bulawayo) and what followed.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second


def test_a_place_named_for_a_location_noun_or_by_a_relative(run):
    """ "The venue of the walkout, Bulawayo, was kept secret" (the parse hangs the apposition
    on the event); "Bulawayo, which was the scene of the walkout"."""
    for second in (
        "The venue of the walkout, Bulawayo, was kept secret until the last minute.",
        "Attention has turned to Bulawayo, which was the scene of the walkout.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second


def test_what_was_filmed_seen_or_done_somewhere_with_the_event(run):
    """ "Footage filmed in Bulawayo showed the moments just after the walkout began", "What we
    saw in Bulawayo during the walkout", "Crowds gathered in Bulawayo as the walkout began";
    not where someone was or went ("was in Bulawayo during the walkout", "flew to Bulawayo")."""
    for second in (
        "Footage filmed in Bulawayo showed the moments just after the walkout began.",
        '"What we saw in Bulawayo during the walkout will stay with us," a steward said.',
        "Crowds gathered in Bulawayo as the walkout began.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second
    for quiet in (
        "The minister was in Bulawayo during the walkout.",
        "Union leaders flew to Bulawayo as the walkout began.",
        "Managers met in Bulawayo after the walkout.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet


def test_fire_names_its_own_kind_not_the_happening_before_it(run):
    """ "Recount ordered ... the fire gutted a depot": "fire" has kinds of its own (forest
    fire, brush fire), so it is not a word for the story's happening, as "the incident" is:
    the fire's two places conflict, the recount's place is not one of them."""
    body = (
        "The recount began in Lyon on Monday, officials said.\n\n"
        "Hours later the fire gutted a depot near Toulouse.\n\n"
        "The fire in Nantes was put out by dawn, firefighters said."
    )
    found = findings(run("Recount ordered in Lyon", body, "2020-05-01T00:00:00"), CODE)
    assert len(found) == 1
    assert span_texts(found) == {"Toulouse", "Nantes"}


def test_on_their_doorstep_is_where_they_are(run):
    """ "Residents of Bulawayo said the walkout on their doorstep ...": the one place the
    sentence gives those "their" stands for; not a list of places."""
    for second in (
        "Residents of Bulawayo said the walkout on their doorstep had shaken them.",
        "Bulawayo's councillors were asked how the walkout on their own doorstep was allowed to spread.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second
    quiet = "Fans from Gweru and Bulawayo said the walkout on their doorstep had shaken them."
    assert _two_places(run, _WALKOUT, quiet) == set()


def test_what_a_report_is_on_is_its_topic_not_its_place(run):
    """ "The report on the clashes in Bulawayo": a report, a debate or a study is about what
    it is "on"; the place is the clashes', not the report's (an airstrike "on" a convoy near
    a town is where the convoy was, see test_a_site_the_event_targeted)."""
    quiet = "Critics said the report on the clashes in Bulawayo left out key witnesses."
    assert _two_places(run, "The report was presented in Harare on Monday.", quiet) == set()


def test_a_passive_reaction_to_an_event_that_names_its_own_place(run):
    """ "The Harare walkout was watched closely in Lusaka": the event carries its own place,
    the passive verb places the watching; a verb that stages it still places it."""
    for quiet in (
        "The Harare walkout was followed closely in Lusaka, where papers ran it on the front page.",
        "The walkout near Harare was mourned in Lusaka.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet
    staged = "The Bulawayo walkout was staged in Gweru, according to the organisers."
    assert _two_places(run, _WALKOUT, staged) == {"Harare", "Bulawayo", "Gweru"}


def test_an_event_not_prevented_or_planned_ahead_happened(run):
    """ "why the walkout in Bulawayo was not prevented", "could have been avoided", "was
    planned weeks in advance", "Since the walkout in Bulawayo, ...": each says it happened;
    "the walkout is planned for next month" and "a walkout was prevented" do not."""
    for second in (
        "Nobody has explained why the walkout in Bulawayo was not prevented.",
        "Union leaders admit the walkout in Bulawayo could have been avoided.",
        "Police say the walkout in Bulawayo was planned weeks in advance.",
        "Since the walkout in Bulawayo, managers have called for talks.",
        "The tribunal found that the walkout was staged in Bulawayo, not where first reported.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Bulawayo"}, second
    for quiet in (
        "The walkout in Bulawayo is planned for next month.",
        "A second walkout in Bulawayo was prevented by a last-minute deal.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet


_BLAST = "The blast tore through a market near Damascus, police said."


def test_where_the_people_an_event_harmed_or_left_were(run):
    """ "The blast killed three people in Aleppo", "left twenty people dead in Aleppo": where
    those it harmed were; not where people it "left" grieving live, nor a meeting it followed."""
    for second in (
        "The blast killed three people in Aleppo, the ministry said.",
        "The blast left twenty people dead in Aleppo.",
    ):
        assert _two_places(run, _BLAST, second) == {"Damascus", "Aleppo"}, second
    assert _two_places(run, _BLAST, "The blast left relatives in Aleppo grieving.") == set()


def test_what_a_storm_struck_where_it_stood(run):
    """ "The hailstorm flattened the wheat crop in Nagpur": a physical event strikes crops,
    cattle or cars where they are; not where a flight it delayed was going."""
    first = "The hailstorm hit Lahore on Monday."
    flattened = "The hailstorm flattened the wheat crop in Nagpur."
    assert _two_places(run, first, flattened) == {"Lahore", "Nagpur"}
    assert _two_places(run, first, "The hailstorm delayed flights bound for Nagpur.") == set()


def test_a_dateline_with_a_date_and_a_place_aside_in_brackets(run):
    """ "BULAWAYO, Tuesday - The walkout ...", "The walkout (Bulawayo, earlier this week)":
    the dateline's place with its date; a name in brackets with a time after it; not a list."""
    for second in (
        "BULAWAYO, Tuesday - The walkout shut the plant for a second day, the union said.",
        "The walkout (Bulawayo, earlier this week) was raised in parliament.",
    ):
        assert {p.title() for p in _two_places(run, _WALKOUT, second)} == {"Harare", "Bulawayo"}, second
    quiet = "The walkout (Bulawayo, Gweru and Mutare) was raised in parliament."
    assert _two_places(run, _WALKOUT, quiet) == set()


def test_the_scene_its_sentence_tells_of(run):
    """ "Those at the scene in Bulawayo described how the walkout ...": a bare "the scene" is
    the scene of the event the sentence tells of; not "the music scene in Bulawayo", nor the
    scene of something else."""
    seen = "Those at the scene in Bulawayo described how the walkout spread."
    assert _two_places(run, _WALKOUT, seen) == {"Harare", "Bulawayo"}
    for quiet in (
        "The music scene in Bulawayo was quiet during the walkout.",
        "Reporters reached the scene of a bus crash in Bulawayo during the walkout.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet


def test_a_venue_weighed_is_not_the_venue(run):
    """ "Officials picked Madrid as the venue for the summit" places it; "had considered
    Madrid as the venue", "Madrid was touted as the venue" name a candidate."""
    first = "The summit was held in Lyon, officials said."
    assert _two_places(run, first, "Officials picked Madrid as the venue for the summit.") == {
        "Lyon",
        "Madrid",
    }
    for quiet in (
        "Officials had considered Madrid as the venue for the summit before settling on Lyon.",
        "Madrid had been touted as the venue for the summit.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_a_place_deeper_in_the_events_own_predicate(run):
    """ "The storm sent the river over its banks in Monaco": the one place phrase below the event's
    verb, within its clause; not through people, a message or another happening ("angered
    commuters in Nice", "made headlines in Nice", "led to protests in Nice"), nor a goal."""
    first = "The storm hit Lyon on Monday, forecasters said."
    sent = "The storm sent the river over its banks in Monaco."
    assert _two_places(run, first, sent) == {"Lyon", "Monaco"}
    for quiet in (
        "The storm angered commuters in Nice.",
        "The storm made headlines in Nice.",
        "The storm led to protests in Nice.",
        "The storm delayed trains to Nice.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_a_fronted_near_the_parse_made_part_of_a_name(run):
    """ "Near Gweru, the walkout went ahead": the small model makes "Near" a compound of a
    name it reads as a second subject; the phrase is the clause's place."""
    second = "Near Gweru, the walkout went ahead, witnesses said."
    assert _two_places(run, _WALKOUT, second) == {"Harare", "Gweru"}


def test_where_people_travelled_to_be_at_the_event(run):
    """ "Reporters who travelled to Gweru to cover the walkout": an infinitive of purpose that
    is being at the event places it where they went; not one of talking or feeling about it."""
    second = "Reporters who travelled to Gweru to cover the walkout described a tense scene."
    assert _two_places(run, _WALKOUT, second) == {"Harare", "Gweru"}
    for quiet in (
        "The minister flew to Gweru to discuss the walkout with union leaders.",
        "Shop stewards travelled to Gweru to explain the walkout to members.",
    ):
        assert _two_places(run, _WALKOUT, quiet) == set(), quiet


def test_there_after_the_event_stands_for_the_clauses_subject(run):
    """ "Gweru has been in the news since the walkout there ended": "there" is the one place
    named before it in its sentence, a subject as well as a phrase's object."""
    second = "Gweru has been in the news ever since the walkout there ended."
    assert _two_places(run, _WALKOUT, second) == {"Harare", "Gweru"}


def test_accounts_that_put_the_event_somewhere(run):
    """ "placed the walkout in Gweru", "gave the location of the walkout as Gweru": a verb that
    says where something is, and "as" on the location noun's verb or on the event."""
    for second in (
        "Witness accounts placed the walkout firmly in Gweru.",
        "The union gave the location of the walkout as Gweru.",
    ):
        assert _two_places(run, _WALKOUT, second) == {"Harare", "Gweru"}, second


def test_a_host_the_tagger_took_for_an_organisation(run):
    """ "Copenhagen, which hosted the donor conference": a host the gazetteer knows whole is the
    venue, tagged an organisation or not."""
    first = "The donor conference was held in Oslo, diplomats said."
    second = "Copenhagen, which hosted the donor conference, has long courted such meetings."
    assert _two_places(run, first, second) == {"Oslo", "Copenhagen"}


def test_event_nouns_wordnet_files_as_other_things(run):
    """A festival (first a time), a power outage and a court martial (compounds WordNet has as
    happenings), a hit-and-run (two verbs), a picket that was held (an act only in a rare
    sense), a round of talks (one sitting of them), a go-slow the parse made a modifier of its
    verb: each is an event; a later "a hit-and-run" is another one."""
    pairs = [
        (
            "The film festival drew big crowds in Cannes, critics said.",
            "Venice, the scene of the film festival, was hard to reach.",
        ),
        (
            "The power outage in Leeds was blamed on a fault.",
            "Engineers are studying the power outage in Derby.",
        ),
        (
            "The court martial was held in Aldershot, the army said.",
            "Lawyers said the court martial in Colchester had been fair.",
        ),
        (
            "The hit-and-run happened in Salford, police said.",
            "Witnesses to the hit-and-run in Cardiff were asked to come forward.",
        ),
        (
            "The picket was held in Sheffield, organisers said.",
            "Police said the picket in Bristol had been peaceful.",
        ),
        (
            "The round of talks, held in Geneva, ended without a deal.",
            "Diplomats said the round of talks in Vienna had been tense.",
        ),
        ("A go-slow started in Leeds, the union said.", "The go-slow in Cardiff hit rail services."),
    ]
    for first, second in pairs:
        assert len(_two_places(run, first, second)) == 2, first
    first = "The hit-and-run happened in Salford, police said."
    assert _two_places(run, first, "It followed a hit-and-run in Cardiff last year.") == set()


def test_a_place_name_tagged_as_an_adjective(run):
    """ "The Mozambique dog attack": a capitalised modifier WordNet has no adjective for, that
    the gazetteer knows, names the event's place (not "the French attack")."""
    first = "The dog attack happened in Harare, police said."
    for second in (
        "The Mozambique dog attack happened earlier in the week.",
        "The Gweru dog attack happened earlier in the week.",
    ):
        assert len(_two_places(run, first, second)) == 2, second
    assert _two_places(run, first, "The French dog attack happened earlier in the week.") == set()


def test_a_city_tagged_as_an_organisation_before_the_event_noun(run):
    """ "the Lusaka runway incursion", with Lusaka an organisation (and a pronoun) to the small
    model: a city of 100,000+ the gazetteer knows names the event's place (not a made-up name)."""
    first = "The runway incursion happened at the airport in Ndola, air traffic control said."
    second = "Officials said the Lusaka runway incursion led to a review of procedures."
    assert len(_two_places(run, first, second)) == 2
    assert _two_places(run, first, second.replace("Lusaka", "Acme")) == set()


def test_police_opening_a_sentence_is_no_place(run):
    """ "Police gave details of the walkout": a word for people that opens a sentence is not the
    Polish town it also spells."""
    assert _two_places(run, _WALKOUT, "Police gave details of the walkout to reporters.") == set()


def test_a_general_act_with_an_event_noun_before_it_is_an_event(run):
    """ "The homecoming game went to overtime in Akron": "game" alone is too general to be taken
    for an event, but an act whose kind an event noun before it names is one; "an earlier
    homecoming game" is another."""
    first = "The homecoming game went to double overtime in Akron, the school said."
    assert _two_places(run, first, "Fans at the homecoming game in Toledo were stunned.") == {
        "Akron",
        "Toledo",
    }


def test_a_natural_thing_that_formed_is_a_happening(run):
    """ "A sinkhole opened up beneath the road": a natural object that opens, forms or appears
    came about, so its other mentions are that happening (not a crack in a wall)."""
    first = "The sinkhole opened up beneath a busy intersection in Akron, officials said."
    assert _two_places(run, first, "Crews worked around the sinkhole in Toledo.") == {"Akron", "Toledo"}


def test_an_exhibition_held_somewhere_is_a_happening(run):
    """ "The expo was held in Akron": WordNet files an expo or a retrospective as a collection
    of things on show; held somewhere, it is an event like a gathering is."""
    first = "The expo was held in Akron, the chamber of commerce said."
    assert _two_places(run, first, "Exhibitors at the expo in Toledo reported brisk trade.") == {
        "Akron",
        "Toledo",
    }


def test_the_venue_named_by_an_apposition_or_its_sentence(run):
    """ "The hall where the summit was held, a conference centre in Toledo": the apposition
    says where the venue is; "Outside the venue in Toledo, fans ... the final": a bare "the
    venue" is the venue of the event its sentence tells of (as "the scene" is), not "the venue
    of a concert"."""
    summit = "The summit was held in Akron, officials said."
    hall = "The hall where the summit was held, a conference centre in Toledo, was full."
    assert _two_places(run, summit, hall) == {"Akron", "Toledo"}
    final = "The final was played in Akron, the league said."
    venue = "Outside the venue in Toledo, fans were still arguing about the final."
    assert _two_places(run, final, venue) == {"Akron", "Toledo"}
    quiet = "The venue of a concert in Toledo was also the talk of fans after the final."
    assert _two_places(run, final, quiet) == set()


def test_a_journey_to_a_place_for_the_event(run):
    """ "Supporters who made the long trip to Toledo for the final": a journey's "to" is
    where the event it was made for was; not its "from"."""
    first = "The final was played in Akron, the league said."
    trip = "Supporters who made the long trip to Toledo for the final were not disappointed."
    assert _two_places(run, first, trip) == {"Akron", "Toledo"}
    quiet = "Supporters made the long trip from Toledo for the final."
    assert _two_places(run, first, quiet) == set()


def test_an_occurrence_set_a_year_or_more_back_is_another(run):
    """ "The Toledo flood two years ago", "the flood in Toledo last season", "the flood of
    2016" are other floods, as "the 2016 flood" is; "two weeks ago" may be this one, and a
    verb's "two years ago" dates the verb."""
    first = "The flood swamped the lower town in Akron, officials said."
    for quiet in (
        "The Toledo flood two years ago led to new levees.",
        "The flood in Toledo last year did far more damage.",
        "Residents still recall the Toledo flood of 2016, which closed the bridge.",
        "Memories of the Toledo flood two years ago are still raw.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet
    for same in (
        "The flood in Toledo two weeks ago did far more damage.",
        # (the verb's time: the dispute began two years ago, with this flood)
        "The ruling ends a dispute that began with the flood in Toledo two years ago.",
    ):
        assert _two_places(run, first, same) == {"Akron", "Toledo"}, same


def test_a_happening_shown_somewhere_is_watched_there(run):
    """ "The final was shown on a big screen in Toledo": where a happening is shown is where
    people watched it; a show or an exhibition shown somewhere is there."""
    final = "The final was played in Akron, the league said."
    assert _two_places(run, final, "The final was shown on a big screen in Toledo.") == set()
    show = "The exhibition opened in Akron, the museum said."
    assert _two_places(run, show, "The exhibition was shown in Toledo as well.") == {"Akron", "Toledo"}


def test_a_compound_wordnet_has_as_a_happening_with_an_adjective(run):
    """ "The grand prix", "the opening night" (a time to the NER): an adjective or noun with
    the head WordNet has as one happening."""
    for first, second in (
        ("The grand prix was won from pole in Akron.", "The grand prix in Toledo was a classic."),
        ("The opening night went ahead in Akron.", "Critics at the opening night in Toledo were kind."),
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, first


def test_the_part_of_a_site_is_where_the_site_is(run):
    """ "held at the premises of the municipal stadium in Toledo", "staged the rally on the
    grounds of a college in Toledo" (the tagger's lemma of "staged" is "stag"): the part of a
    site is where the site is; not "the home of a friend in Toledo", a person's."""
    first = "The rally was held in Akron, officials said."
    for second in (
        "The rally was held at the premises of the municipal stadium in Toledo.",
        "The organisers had staged the rally on the grounds of a college in Toledo.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    quiet = "Organisers met at the home of a friend in Toledo before the rally."
    assert _two_places(run, first, quiet) == set()


def test_a_short_distance_from_a_place_is_near_it(run):
    """ "took place barely a kilometre from the district headquarters in Toledo", "500 metres
    from Toledo", "within a few hundred yards of": near it; "80 km from Toledo" or "within 90
    miles of" is somewhere else, and "travelled 300 km from Toledo" a journey."""
    first = "The crash happened in Akron, police said."
    for second in (
        "The crash happened barely a kilometre from the district headquarters in Toledo.",
        "The crash happened 500 metres from Toledo.",
        "The crash happened within a few hundred yards of the bus station in Toledo.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    # (the parse may make the distance the object of a phrasal verb, beside the "from")
    first = "The riot broke out in Akron, police said."
    second = "The riot broke out 500 metres from Toledo, police said."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}
    for quiet in (
        "The crash happened 80 km from Toledo.",
        "The crash happened within 90 miles of Toledo.",
        "The bus had travelled 300 km from Toledo before the crash.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_where_the_witnesses_of_the_event_were(run):
    """ "The stampede was witnessed by hundreds of people in Toledo": those who witnessed it
    were where it happened; not "by millions in Toledo on television", nor "by residents
    from Toledo"."""
    first = "The stampede happened in Akron, police said."
    seen = "The stampede was witnessed by hundreds of people in Toledo, police said."
    assert _two_places(run, first, seen) == {"Akron", "Toledo"}
    for quiet in (
        "The stampede was witnessed by millions in Toledo on television.",
        "The stampede was witnessed by residents from Toledo.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_a_place_people_watched_from_is_not_the_events(run):
    """ "In Toledo, where fans watched on big screens, the mood after the festival was sombre":
    the where-clause says Toledo is where it was watched; "In Toledo, where the festival
    ended, ..." is the festival's own clause."""
    first = "The festival in Akron opened with a documentary, the jury said."
    watched = "In Toledo, where fans watched on big screens, the mood after the festival was sombre."
    assert _two_places(run, first, watched) == set()
    own = "In Toledo, where the festival ended, the mood was sombre."
    assert _two_places(run, first, own) == {"Akron", "Toledo"}


def test_an_occasion_where_the_event_was_talked_about(run):
    """ "The mayor spoke about the avalanche at a briefing in Toledo": the parse hangs the
    briefing on the avalanche, but it is where the mayor spoke; "the shooting at a school in
    Toledo" is still the shooting's own site."""
    first = "The avalanche happened in Akron on Monday, officials said."
    for quiet in (
        "The mayor spoke about the avalanche at a briefing in Toledo.",
        "Police commented on the avalanche at a press conference in Toledo.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet
    first = "The shooting happened in Akron on Monday, officials said."
    own = "The mayor spoke about the shooting at a school in Toledo."
    assert _two_places(run, first, own) == {"Akron", "Toledo"}


def test_a_verb_the_parse_hung_on_the_event_is_the_subjects(run):
    """ "Families of those trapped by the landslide gathered in Toledo": with no main verb
    found, the parse hangs "gathered" on the landslide; the families gathered there. A
    participle after the event in a sentence with its own verb still places it."""
    first = "The landslide hit Akron on Monday, officials said."
    for quiet in (
        "Families of those trapped by the landslide gathered in Toledo to wait for news.",
        "Relatives of people caught up in the landslide gathered in Toledo, officials told reporters.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet
    own = "Pictures of the landslide recorded in Toledo were shared widely."
    assert _two_places(run, first, own) == {"Akron", "Toledo"}


def test_crews_called_to_an_event_a_story_brings_in(run):
    """ "Crews were called to a blaze in Toledo": people summoned to an event, named with "a"
    for the first time, go where it happens; "Officers were called to Toledo after reports
    of a stabbing": sent there over a report of it."""
    later = "The stabbing happened in Akron, police said."
    for first in (
        "Crews were called to a stabbing in Toledo at around 3 a.m.",
        "Officers were called to Toledo on Monday night after reports of a stabbing.",
    ):
        assert _two_places(run, first, later) == {"Akron", "Toledo"}, first
    quiet = "Officers were called to Toledo on Monday night to deal with crowds after the stabbing."
    assert _two_places(run, later, quiet) == set()


def test_a_noun_with_a_sense_of_occasion_placed_by_its_verb(run):
    """ "The festival sold out in Toledo": a noun whose usual senses include an occasion, the
    subject of a past verb that places it, is that occasion; so is one people attended ("a
    festival in Toledo")."""
    later = "Organisers set up a hotline for people affected by the festival in Akron."
    for first in (
        "The festival sold out in Toledo, the director said.",
        "Thousands attended a festival in Toledo on Saturday.",
    ):
        assert _two_places(run, first, later) == {"Akron", "Toledo"}, first


def test_pictures_and_cameras_where_the_event_was(run):
    """ "Photos taken in Toledo during the blackout" (the parse reads "taken in" as a phrasal
    verb), "Traffic cameras in Toledo captured the stabbing": recorded there as it happened;
    not "recorded it off the television"."""
    first = "The stabbing happened in Akron, police said."
    for second in (
        "Traffic cameras in Toledo captured the stabbing as it unfolded.",
        "A security camera at a shop in Toledo recorded the stabbing.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    quiet = "Viewers in Toledo recorded the stabbing off the television."
    assert _two_places(run, first, quiet) == set()
    first = "The blackout began in Akron, the utility said."
    taken = "Photos taken in Toledo during the blackout were shared widely online."
    assert _two_places(run, first, taken) == {"Akron", "Toledo"}


def test_an_annual_occasion_named_so_each_time_is_one(run):
    """ "The annual general meeting took place in Toledo" ... "the annual general meeting in
    Akron": the NER tags "annual" as a date, but how often is not when, and a word of the
    series on both mentions names the same one."""
    first = "The annual general meeting took place in Toledo, shareholders said."
    second = "The annual general meeting in Akron was interrupted by protesters."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}


def test_a_blend_wordnet_is_too_old_for(run):
    """ "hackathon" is not in WordNet 3.0; made after "marathon", it is a happening."""
    first = "The hackathon in Toledo ran for 48 hours, the organisers said."
    second = "The hackathon in Akron drew 400 coders, the organisers added."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}


def test_where_the_event_was_spotted_or_what_it_happened_during(run):
    """ "was spotted by a crew in Toledo", "occurred during a tank transfer in Toledo",
    "lasted nine hours in Toledo" (the parse hangs the place on the hours)."""
    first = "The gas leak began in Akron, the regulator said."
    for second in (
        "The gas leak was spotted by a maintenance crew in Toledo, the regulator said.",
        "The gas leak occurred during a tank transfer in Toledo, crews said.",
        "The gas leak lasted nearly nine hours in Toledo.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    quiet = "The gas leak occurred during the mayor's trip to Toledo."
    assert _two_places(run, first, quiet) == set()


def test_a_clause_final_place_past_the_people_or_moment_in_the_predicate(run):
    """The parse hangs a clause's last place phrase on the nearest noun: the people the event
    drew or was done by ("drew hundreds of onlookers in Toledo", "was committed by two men in
    Toledo"), a happening it took place in or after in the same scene ("happened in the closing
    race of the evening in Toledo", "started minutes after the final whistle in Toledo"), or a time
    ("On a cold morning in Toledo, ..."). Not past people it affected elsewhere, nor past
    another event told of ("weeks after an election in Toledo")."""
    placed = {
        "The brawl drew hundreds of onlookers in Toledo, officials said.": "brawl",
        "The robbery was committed by two masked men in Toledo, detectives said.": "robbery",
        "The pile-up happened in the closing race of the evening in Toledo.": "pile-up",
        "The brawl started minutes after the final whistle in Toledo, stewards said.": "brawl",
        "The gala, which drew 3,000 guests in Toledo, raised a record sum.": "gala",
        "On a cold morning in Toledo, the crash happened on a ring road.": "crash",
    }
    for first, noun in placed.items():
        second = f"The {noun} in Akron was described as unprecedented."
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, first
    for first, noun in {
        "The strike came weeks after an election in Toledo.": "strike",
        "The brawl drew hundreds of onlookers in Toledo who filmed the scene.": "brawl",
    }.items():
        assert _two_places(run, first, f"The {noun} in Akron was described as unprecedented.") == set(), first


def test_a_placed_event_that_is_expected_to_feature_or_remembered_is_the_one_told(run):
    """ "Nobody expected the flood in Akron to dominate the campaign", "the Akron flood is
    expected to feature in the report", "few will forget the Akron flood": the expecting or the
    modal is about what follows; the placed, definite flood is the one told. A gathering the
    modal brings together is still planned."""
    first = "The flood began in Toledo on Friday, the county said."
    for second in (
        "Nobody expected the flood in Akron to dominate the campaign.",
        "The Akron flood is expected to feature in the county's annual report.",
        "Few residents will forget the Akron flood.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    quiet = "The summit in Akron is expected to bring together forty mayors."
    assert _two_places(run, "The summit ended in Toledo on Friday.", quiet) == set()


def test_what_happened_there_is_the_event_the_sentence_names(run):
    """ "Speaking about the flood, the mayor said what happened in Akron was a disgrace": one
    happening; not what the flood is compared to."""
    first = "The flood began in Toledo on Friday, the county said."
    second = "Speaking about the flood, the mayor said what happened in Akron was a disgrace."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}
    quiet = "The mayor compared the flood to what happened in Akron in 1913."
    assert _two_places(run, first, quiet) == set()


def test_an_event_ranked_among_those_of_a_place_is_one_of_them(run):
    """ "The flood was the worst in Akron since 1913", "the first of its kind in Akron": the
    ranking's place contains the event."""
    first = "The flood began in Toledo on Friday, the county said."
    for second in (
        "The flood was the worst in Akron since 1913, historians said.",
        "The flood was the first of its kind in Akron for a generation.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    quiet = "The flood was the worst in Ohio since 1913, historians said."
    assert _two_places(run, first, quiet) == set()


def test_a_clause_final_place_past_a_count_an_agent_a_site_or_an_aside(run):
    """ "trapped dozens of drivers in Akron", "was attended by thousands of mourners in Akron",
    "claimed 23 lives in Akron", "opened before a packed courtroom in Akron", "Back in Akron,
    the scene of the flood, ...", "was reported from Akron": each says where the event was;
    "a probe into the Akron flood" that is demanded does not make the flood a plan."""
    for first, second in (
        (
            "The flood began in Toledo on Friday.",
            "The flood, which trapped dozens of drivers in Akron, shut schools.",
        ),
        (
            "The vigil was held in Toledo on Friday.",
            "The vigil was attended by thousands of mourners in Akron.",
        ),
        ("The flood began in Toledo on Friday.", "Sources said the flood claimed 23 lives in Akron."),
        (
            "The trial began in Toledo on Friday.",
            "Lawyers said the trial opened before a packed courtroom in Akron.",
        ),
        ("The flood began in Toledo on Friday.", "Back in Akron, the scene of the flood, roads stayed shut."),
        ("The flood began in Toledo on Friday.", "The flood has been reported from Akron, officials said."),
        (
            "The flood began in Toledo on Friday.",
            "The union has demanded a judicial probe into the Akron flood.",
        ),
        (
            "The by-election was held in Toledo on Friday.",
            "Voters said the Akron by-election had left them angry.",
        ),
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    first = "The flood began in Toledo on Friday."
    for quiet in (
        "The flood was condemned by leaders in Akron.",
        "Reporters from Akron said the flood had been reported to them by phone.",
        "The weather in Akron was mild that day.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_headlines_clefts_and_lessons_place_the_event(run):
    """ "Akron flood: an update" is a headline, not a line label; "It was in Akron, the county
    said, that the flood began" is a cleft with a saying set in; "the lessons that would be
    drawn from the flood in Akron" and "Nobody expected the river flood in Akron to ..." speak
    of a flood that was; "the Akron protest march" names its place."""
    first = "The flood began in Toledo on Friday, the county said."
    for second in (
        "Akron flood: an update from the county.",
        "It was in Akron, the county said, that the flood began.",
        "Officials said it was too early to say what lessons would be drawn from the flood in Akron.",
        "Nobody expected the river flood in Akron to dominate the campaign.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    march = "The protest march took place in Toledo on Friday."
    assert _two_places(run, march, "The Akron protest march took place, the ministry said.") == {
        "Akron",
        "Toledo",
    }


def test_a_stretch_of_time_a_message_and_a_final_next_year(run):
    """ "halted traffic for most of the day in Akron" places the event past how long it
    lasted; "Coverage of the flood was extensive in Akron" is where the coverage was, and
    "Next year's cup final will be held in Akron" is another final (the small model makes
    "final" an adjective of "cup")."""
    first = "The flood began in Toledo on Friday, the county said."
    second = "The flood, which halted traffic for most of the day in Akron, shut schools."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}
    quiet = "Coverage of the flood in Toledo was also extensive in Akron."
    assert _two_places(run, first, quiet) == set()
    final = "The cup final was held in Toledo in glorious sunshine."
    assert _two_places(run, final, "Next year's cup final will be held in Akron.") == set()


def test_the_deadliest_in_a_places_history(run):
    """ "The flood was the deadliest in Akron's history": ranked among that place's events."""
    first = "The flood began in Toledo on Friday, the county said."
    assert _two_places(run, first, "The flood was the deadliest in Akron's history.") == {"Akron", "Toledo"}


def test_a_share_of_what_it_hit_and_a_participle_joined_by_a_comma(run):
    """ "destroyed most of the crops in Akron": past a share's "of"; "The trade fair, staged
    this year in Akron, drew ...": a participle set off by a comma, which the parse joined to
    the noun as a conjunct."""
    first = "The flood began in Toledo on Friday, the county said."
    assert _two_places(run, first, "The flood destroyed most of the crops in Akron.") == {"Akron", "Toledo"}
    fair = "The trade fair was held in Toledo on Friday."
    second = "The trade fair, staged this year in Akron, drew 90,000 visitors."
    assert _two_places(run, fair, second) == {"Akron", "Toledo"}


def test_a_named_week_a_titled_series_and_a_place_which_hosted_it(run):
    """ "Staged in Akron, the fashion week ..." (a time named by what fills it is held); "the
    Grand Prix" (a compound WordNet has as a happening, in capitals); "Officials in Akron,
    which hosted the final" ("which" is no person: the place before it hosted)."""
    for first, second in (
        (
            "The fashion week took place in Toledo.",
            "Staged in Akron, the fashion week closed with a runway show.",
        ),
        ("The Grand Prix took place in Toledo.", "The Grand Prix was staged in Akron, the promoter said."),
        (
            "The final took place in Toledo.",
            "Officials in Akron, which hosted the final, called it a success.",
        ),
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    assert _two_places(run, "The week began in Toledo.", "The week ended in Akron.") == set()


def test_an_event_followed_closely_from_elsewhere(run):
    """ "The trade show was followed closely in Akron" is where it was watched from: a
    happening is not followed through space."""
    first = "The trade show took place in Toledo, organisers said."
    quiet = "The trade show was followed closely in Akron, where the story led the bulletins."
    assert _two_places(run, first, quiet) == set()


def test_there_after_a_named_venue_and_a_score_ending_a_contest(run):
    """ "Police chose Akron as the venue, and the derby was staged there"; "the trade show,
    held there" (a participle on the event); "Police said the derby ended 2-1 in Akron" (only
    a contest ends with a score, whatever WordNet files "derby" as)."""
    first = "The derby took place in Toledo, the league said."
    for second in (
        "Police chose Akron as the venue, and the derby was staged there.",
        "Police said the derby ended 2-1 in Akron.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    assert _two_places(run, first, "Fans left Akron for Dayton, and the derby was staged there.") == set()
    show = "The trade show took place in Toledo."
    second = (
        "For many who made the visit to Akron, the trade show, held there, was the highlight of the year."
    )
    assert _two_places(run, show, second) == {"Akron", "Toledo"}


def test_a_place_that_played_host_or_was_set_up_as_host(run):
    """ "Akron played host to the summit", "With Akron as hosts, the summit opened ..." name
    the place that hosted it (not "With Akron as the favourite")."""
    first = "The summit took place in Toledo."
    for second in (
        "Akron played host to the summit, officials said.",
        "With Akron as hosts, the summit opened on Monday.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    assert _two_places(run, first, "With Akron as the favourite, the summit opened on Monday.") == set()


def test_the_place_of_what_the_act_was_done_to(run):
    """ "the murder of the journalist in Akron": the parse hangs the place on the journalist,
    and it is where the murder was; not a journalist "from" Akron, nor protests held there."""
    first = "The murder of the journalist took place in Toledo."
    second = "Police said the murder of the journalist in Akron had shocked the country."
    assert _two_places(run, first, second) == {"Akron", "Toledo"}
    for quiet in (
        "The murder of a journalist from Akron shocked the country.",
        "Protests over the murder of the journalist were held in Akron.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_an_event_in_an_as_clause_takes_the_scene_its_main_clause_sets(run):
    """ "Hundreds of people thronged Akron as the fair opened", "Akron was thrown into a frenzy
    as the raid took place", "Akron became the focus of attention as the quake struck", "It was a
    colourful day in Akron as the festival was held": the scene of the moment is the event's.
    Not a place that acts, watches or whose people react there."""
    first = "The festival took place in Toledo, organisers said."
    for second in (
        "Hundreds of people thronged Akron as the festival drew exhibitors.",
        "Akron was thrown into a frenzy as the festival took place.",
        "Over the weekend, Akron became the focus of attention as the festival opened.",
        "It was a colourful outing in Akron as the festival was held before a large audience.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    for quiet in (
        "Canada imposed tariffs as the festival opened.",
        "Canada watched as the festival opened.",
        "Fans in Akron cheered as the festival opened.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_a_stop_reached_an_agent_named_and_people_left_in_a_state(run):
    """ "came to a close in Akron" (a stop is part of the predicate, not an event of its own);
    "was performed by the Governor in Akron, as earlier reported" (the one who did it, named,
    and where); "left several persons missing in Akron" (their state as a participle; WordNet
    files "person" among its top nouns). Not "led to a crisis in Akron", an effect."""
    first = "The hackathon took place in Toledo."
    for second in (
        "The hackathon came to a close in Akron, in what observers called a defining moment.",
        "The hackathon was opened by the Governor in Akron, as earlier reported by this newspaper.",
        "The hackathon brought traffic to a standstill in Akron.",
    ):
        assert _two_places(run, first, second) == {"Akron", "Toledo"}, second
    mishap = "The boat mishap happened in Toledo."
    second = "The boat mishap left several persons missing in Akron."
    assert _two_places(run, mishap, second) == {"Akron", "Toledo"}
    strike = "The strike took place in Toledo."
    assert _two_places(run, strike, "The strike led to a crisis in Akron.") == set()


def test_a_place_which_hosted_a_compound_the_parse_split(run):
    """ "Dayton, which hosted the trade fair": the small model splits "trade fair" (the noun
    before as the head's subject), and the head still holds the hosted role."""
    first = "The trade fair took place in Toledo."
    second = "Dayton, which hosted the trade fair, received commendation from participants."
    assert _two_places(run, first, second) == {"Dayton", "Toledo"}


def test_a_split_compound_subject_a_fronted_occurrence_and_a_staged_participle(run):
    """ "The trade fair, the organisers said, drew exhibitors in Dayton" (the parse makes
    "trade" the subject of the adjective "fair", which holds the clause's role); "Taking
    place in Dayton, the trade expo drew ..." (what a fronted participle says takes place);
    "Delegates who attended the festival staged in Dayton described ..." (a verb of staging
    with no object is a participle on the event noun before it)."""
    for first, second in (
        (
            "The trade fair took place in Toledo.",
            "The trade fair, the organisers said, drew exhibitors in Dayton.",
        ),
        (
            "The trade expo took place in Toledo.",
            "Taking place in Dayton, the trade expo attracted more than 300 exhibitors.",
        ),
        (
            "The cultural festival took place in Toledo.",
            "Delegates who attended the cultural festival staged in Dayton described the arrangements as"
            " excellent.",
        ),
    ):
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    quiet = "Officials who attended the cultural festival staged a protest in Dayton."
    assert _two_places(run, "The cultural festival took place in Toledo.", quiet) == set()
    # (the words before the compound still say it is another: "A second trade fair")
    quiet = "A second trade fair, in Dayton, followed a week later."
    assert _two_places(run, "The trade fair took place in Toledo.", quiet) == set()


def test_the_answer_to_a_where_question(run):
    """An explainer's "Where did the explosion happen? In Dayton, according to the operator.":
    the answer's opening place is the event's. Not an answer to a question about something
    else, nor an answer that gives no place."""
    first = "The plant explosion happened in Toledo, the operator said."
    second = (
        "Frequently asked questions: Where did the plant explosion happen? In Dayton, according to the"
        " operator."
    )
    assert _two_places(run, first, second) == {"Dayton", "Toledo"}
    for quiet in (
        "Where did the workers go? In Dayton, according to the operator.",
        "Where did the plant explosion happen? Nobody knows, officials said.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_a_bracketed_dateline_and_an_event_expected_to_stay_as_it_is(run):
    """ "(Dayton) — The product launch went ahead ..." (a press release's place in brackets,
    not "(CNN) —", no place); "The Dayton trade expo is expected to remain a talking point"
    (what is expected to stay as it is already happened; not "is expected to draw crowds")."""
    first = "The product launch in Toledo was streamed live."
    second = "(Dayton) — The product launch went ahead as scheduled, the firm said in a statement."
    assert _two_places(run, first, second) == {"Dayton", "Toledo"}
    assert (
        _two_places(run, first, "(CNN) — The product launch went ahead as scheduled, the firm said.") == set()
    )
    expo = "The trade expo was held in Toledo, organisers said."
    second = "The Dayton trade expo is expected to remain a talking point for weeks to come."
    assert _two_places(run, expo, second) == {"Dayton", "Toledo"}
    assert _two_places(run, expo, "The Dayton trade expo is expected to draw crowds next year.") == set()


def test_an_edition_a_cleft_with_where_a_gathering_and_how_things_were_while_it_lasted(run):
    """ "The Dayton edition of the regatta" (a place naming an instance of the event; not a
    person's, "the Dayton winner of the regatta"); "It was Dayton where the explosion hit
    hardest"; "Dozens gathered in Dayton for the vigil" (people getting together for it);
    "Traffic was chaotic in Dayton throughout the regatta" (how things were there while it
    lasted; not where someone was, "the minister was in Dayton during the regatta")."""
    regatta = "The regatta was held in Toledo."
    for second in (
        "The Dayton edition of the regatta got going under grey skies.",
        "Traffic was chaotic in Dayton throughout the regatta, with roads shut for hours.",
    ):
        assert _two_places(run, regatta, second) == {"Dayton", "Toledo"}, second
    for quiet in (
        "The Dayton winner of the regatta thanked her crew.",
        "The minister was in Dayton during the regatta.",
    ):
        assert _two_places(run, regatta, quiet) == set(), quiet
    blast = "The explosion took place in Toledo."
    assert _two_places(run, blast, "It was Dayton where the explosion hit hardest.") == {"Dayton", "Toledo"}
    vigil = "The vigil took place in Toledo."
    assert _two_places(run, vigil, "Dozens gathered in Dayton for the vigil on Sunday.") == {
        "Dayton",
        "Toledo",
    }


def test_where_witnesses_or_the_police_who_tell_of_it_are(run):
    """ "Witnesses in Dayton said the explosion shook windows", "Deputies in Dayton say the
    standoff ended peacefully": those who saw it, or who serve where it happened; not
    officials or viewers anywhere ("Viewers in Dayton said the final was thrilling")."""
    standoff = "The standoff took place in Toledo."
    assert _two_places(run, standoff, "Deputies in Dayton say the standoff ended peacefully.") == {
        "Dayton",
        "Toledo",
    }
    blast = "The explosion took place in Toledo."
    assert _two_places(run, blast, "Witnesses in Dayton said the explosion shook windows.") == {
        "Dayton",
        "Toledo",
    }
    final = "The final took place in Toledo."
    for quiet in (
        "Viewers in Dayton said the final was thrilling.",
        "Officials in Dayton said the final went well.",
    ):
        assert _two_places(run, final, quiet) == set(), quiet


def test_responding_to_a_shooting_and_what_is_not_the_event(run):
    """ "Crews responded to a shooting in Toledo" (a shooting is an act, not a stop the
    predicate comes to, as "came to a halt" is); not the event: a clause on a person the
    parse hangs on it ("The winner of the regatta, who was born in Dayton"), "a rival
    regatta", one set a year back at the front ("Twelve months earlier, the regatta in
    Dayton ...")."""
    first = "Crews responded to a shooting in Toledo, a spokesman said."
    assert _two_places(run, first, "The shooting in Dayton left two people hurt.") == {"Dayton", "Toledo"}
    regatta = "The regatta was held in Toledo."
    for quiet in (
        "The winner of the regatta, who was born in Dayton, thanked her crew.",
        "A rival regatta, held the same weekend in Dayton, drew few boats.",
        "Twelve months earlier, the regatta in Dayton had drawn few boats.",
    ):
        assert _two_places(run, regatta, quiet) == set(), quiet


def test_a_toll_left_somewhere_a_report_from_it_and_those_who_live_there(run):
    """What the event left in a place ("left several injured in Dayton", with an aside after
    it; "left dozens trapped in Dayton on a busy afternoon", with a time after it), lives it
    claimed there ("claimed dozens of lives in Dayton": a tragedy that takes lives does not
    speak), "Reported from Dayton, the stampede ...", and those who live where it was
    ("Residents of Dayton are still rebuilding in the wake of the flood") or work at its site
    ("Crews in Dayton sealed off the scene of the crash"); not what they felt about it,
    watched, studied or went to."""
    pairs = (
        (
            "The landslide took place in Toledo.",
            "Police said the landslide left several injured in Dayton, a claim residents confirmed.",
        ),
        (
            "The collapse took place in Toledo.",
            "It is understood that the collapse left dozens trapped in Dayton on a busy afternoon.",
        ),
        (
            "The ferry tragedy took place in Toledo.",
            "A week after the ferry tragedy claimed dozens of lives in Dayton, the wharf reopened.",
        ),
        (
            "The stampede took place in Toledo.",
            "Reported from Dayton, the stampede has since led the evening bulletins, officials said.",
        ),
        (
            "The flood took place in Toledo.",
            "Residents of Dayton are still rebuilding in the wake of the flood.",
        ),
        ("The crash took place in Toledo.", "Crews in Dayton sealed off the scene of the crash."),
    )
    for first, second in pairs:
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    for first, quiet in (
        ("The flood took place in Toledo.", "Residents of Dayton said they were shocked by the flood."),
        ("The final took place in Toledo.", "Residents of Dayton watched the final on big screens."),
        ("The rally took place in Toledo.", "Villagers in Dayton travelled by bus to the rally."),
        ("The crash took place in Toledo.", "Experts in Dayton studied photos of the site of the crash."),
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_what_draws_crowds_is_an_event(run):
    """ "The festival drew huge crowds in Toledo": a noun with an act sense that draws people
    is an event, placed there, though no verb says it took place."""
    first = "The festival drew huge crowds in Toledo."
    assert _two_places(run, first, "Critics later questioned the cost of the Dayton festival.") == {
        "Dayton",
        "Toledo",
    }


def test_a_cleft_host_an_ending_happening_a_hyphenated_subject_and_the_topic_of_a_briefing(run):
    """ "It was Dayton that hosted the book fair" (the focus of a cleft hosts it); "the siege
    ended with a shootout in Dayton" (the happening it ended with, then that one's place);
    "The break-in left a guard badly hurt in Dayton" (a hyphenated noun the tagger made a
    verb); "plans to brief people about the blast in Dayton" (the plan is the
    briefing's, not the blast's)."""
    pairs = (
        ("The book fair took place in Toledo.", "It was Dayton that hosted the book fair, organisers said."),
        ("The siege took place in Toledo.", "Officers said the siege ended with a shootout in Dayton."),
        ("The break-in took place in Toledo.", "The break-in left a guard badly hurt in Dayton."),
        ("The blast took place in Toledo.", "The mayor plans to brief people about the blast in Dayton."),
    )
    for first, second in pairs:
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    for first, quiet in (
        ("The strike took place in Toledo.", "The union plans to brief staff on the next strike in Dayton."),
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_what_the_event_did_to_those_who_live_there_and_a_where_cleft_split_by_saying(run):
    """Residents saying what the event did to them or theirs ("said the gale tore the roofs
    off their barns") live where it was, though what they say of it alone does not place it
    ("said the gale frightened them": a feeling may be had anywhere); "It was Dayton,
    the sheriff said, where the ambush began" (the saying set into a cleft)."""
    for first, second in (
        ("The gale took place in Toledo.", "People in Dayton said the gale tore the roofs off their barns."),
        ("The ambush took place in Toledo.", "It was Dayton, the sheriff said, where the ambush began."),
    ):
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    quiet = "People in Dayton said the gale frightened them."
    assert _two_places(run, "The gale took place in Toledo.", quiet) == set()


def test_pictures_taken_after_it_the_predicate_of_a_free_relative_and_victims_in_a_relative_clause(run):
    """A camera is where what it shows is, also when the parse makes the event the subject of
    "show" ("Photographs taken in Y after the mudslide show the damage") or of the verb after
    it ("Images from Y in the days after the raid were shared online"), and "from near Y"; "What
    police called an ambush tore through Y": the free relative's predicate is the event's;
    (whatever parse the small model gives it; and "a" there is no other ambush); "The raid
    that killed four guards in Y": the victims' place, in a relative clause too;
    "in and around Y", though the tagger makes "around" an adverb."""
    for first, second in (
        (
            "The mudslide took place in Toledo.",
            "Photographs taken in Dayton after the mudslide show the damage.",
        ),
        (
            "The raid took place in Toledo.",
            "Images from Dayton in the days after the raid were shared online.",
        ),
        ("The raid took place in Toledo.", "Video from near Dayton showed the aftermath of the raid."),
        (
            "The ambush took place in Toledo.",
            "What police called an ambush ripped through a street in Dayton.",
        ),
        ("The ambush took place in Toledo.", "What officials described as an ambush took place in Dayton."),
        (
            "The riot took place in Toledo.",
            "What the mayor called a riot swept through a district of Dayton.",
        ),
        (
            "The raid took place in Toledo.",
            "The raid that killed four guards in Dayton drew angry reactions.",
        ),
        (
            "The riot took place in Toledo.",
            "The riot in and around Dayton lasted two nights, officials said.",
        ),
    ):
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    for quiet in (
        "Photographs of the raid were shown to jurors in Dayton.",
        "Footage of the raid was screened in Dayton after the trial.",
        "What police called an ambush was discussed by officials in Dayton.",
    ):
        assert _two_places(run, "The raid took place in Toledo.", quiet) == set(), quiet


def test_witnesses_who_saw_it_and_the_scene_or_the_place_to_avoid_while_it_went_on(run):
    """Residents in Y who saw the event were where it was (not those who saw it on a screen);
    "There were scenes of joy in Y as the parade passed"; people told to avoid or stay away
    from Y while the event went on keep away from its scene."""
    for first, second in (
        ("The parade took place in Toledo.", "Residents in Dayton who saw the parade up close praised it."),
        ("The parade took place in Toledo.", "There were scenes of joy in Dayton as the parade passed."),
        (
            "The blaze took place in Toledo.",
            "Motorists were told to avoid Dayton while the blaze was tackled.",
        ),
        ("The blaze took place in Toledo.", "People were asked to stay away from Dayton as the blaze raged."),
    ):
        assert _two_places(run, first, second) == {"Dayton", "Toledo"}, second
    for quiet in (
        "Residents in Dayton who saw the parade on television praised it.",
        "People in Dayton were asked to stay calm as the blaze raged.",
    ):
        assert _two_places(run, "The parade took place in Toledo.", quiet) == set(), quiet


def test_the_location_of_the_event_given_by_a_copula(run):
    """ "it is understood the location was on the outskirts of Y": "the location", with
    nothing saying whose, is the event's its sentence tells of, as "the scene" is."""
    first = "The blaze broke out at 02:10, and it is understood the location was on the outskirts of Dayton."
    assert _two_places(run, first, "The blaze in Toledo was put out.") == {"Dayton", "Toledo"}
    quiet = "The blaze broke out at about 02:10; the location of the new depot is on the outskirts of Dayton."
    assert _two_places(run, quiet, "The blaze in Toledo was put out.") == set()


def test_an_occasion_dated_next_summer_is_a_planned_one(run):
    """ "hope to stage a similar fun run in Y next summer": a date with "next" on the noun (the
    small model hangs "next summer" on it) makes it a planned occasion, whatever the parse."""
    first = "The fun run, staged in Toledo last weekend, set off in warm sunshine."
    quiet = "Organisers said they hope to stage a similar charity fun run in Dayton next summer."
    assert _two_places(run, first, quiet) == set()


def test_a_staging_participle_after_the_event_that_the_parse_hung_on_the_phrase_head(run):
    """ "Organisers of the festival, held in Y on Saturday, said ...": the small model hangs "held"
    on "Organisers"; set off by a comma right after the event, the staging is the event's
    (not "Relatives of the hostages, held in Y": no event before the comma)."""
    second = "Organisers of the festival, held in Dayton on Saturday, said the day had gone well."
    assert _two_places(run, "The festival took place in Toledo.", second) == {"Dayton", "Toledo"}
    quiet = "Relatives of the hostages, held in Dayton since May, said the festival had gone well."
    assert _two_places(run, "The festival took place in Toledo.", quiet) == set()


def test_a_known_event_that_will_be_talked_of_keeps_its_own_place(run):
    """ "Dayton's leak is expected to be raised at the board's next sitting", "... will be the
    subject of a review", "will long be remembered": the future is the talk's, not the
    event's, and the place naming it stays; not when the talk's clause names a place or a date
    of its own, which is the talk's ("will be debated in Y next week")."""
    for second in (
        "Dayton's leak is expected to be raised at the board's next sitting.",
        "Dayton's leak, officials said, would be the subject of a full review.",
        "Dayton's leak will long be remembered by those who lived through it.",
    ):
        assert _two_places(run, "The leak took place in Toledo.", second) == {"Dayton", "Toledo"}, second
    quiet = "The leak will be debated in Dayton next week."
    assert _two_places(run, "The leak took place in Toledo.", quiet) == set()


def test_fair_after_a_noun_is_the_event_whatever_tag_the_parse_gives_it(run):
    """ "The county fair opened in Y": the small model tags "fair" after a noun an adverb, on
    the verb or on the noun before it; an English adverb does not sit between "the county" and
    its verb as an event noun, so the two words are one noun (not "The county also opened")."""
    for second in (
        "The county fair opened in Dayton on Friday, the fair board said.",
        "The Dayton county fair wrapped up late on Sunday.",
    ):
        assert _two_places(run, "The county fair took place in Toledo.", second) == {"Dayton", "Toledo"}, (
            second
        )
    quiet = "The county also opened a cooling centre in Dayton on Friday."
    assert _two_places(run, "The county fair took place in Toledo.", quiet) == set()


def test_a_staging_participle_the_parse_made_an_adverbial_clause_of_the_noun(run):
    """ "The trade fair, held in Y last month, was ...": a participle set off by commas on the
    event noun, which the small model hangs as an adverbial clause, places the event; and a
    cleft split by a saying the parse made the clause the saying governs ("It was in Y, the
    organisers stressed, that the vigil was held")."""
    second = "The trade fair, held in Dayton last month, was busy."
    assert _two_places(run, "The trade fair took place in Toledo.", second) == {"Dayton", "Toledo"}
    for second in (
        "It was in Dayton, the victim's mother repeated on Monday, that the vigil was held.",
        "It was in Akron, the organisers stressed on Monday, that the vigil was held.",
    ):
        place = "Akron" if "Akron" in second else "Dayton"
        assert _two_places(run, "The vigil took place in Toledo.", second) == {place, "Toledo"}, second


def test_a_picture_whose_taking_the_parse_made_a_noun(run):
    """ "Phone video shot in Y captured part of the fire": the small model makes "shot" a noun
    with "video" its compound; the taking's place is the picture's, and so the fire's (not when
    the picture shows something else: "captured the reaction to the fire")."""
    second = "Phone video shot in Dayton captured part of the fire."
    assert _two_places(run, "The fire took place in Toledo.", second) == {"Dayton", "Toledo"}
    quiet = "Phone video shot in Dayton captured the reaction to the fire."
    assert _two_places(run, "The fire took place in Toledo.", quiet) == set()


def test_an_event_noun_the_tagger_made_a_verb_is_the_noun(run):
    """ "The measles outbreak in Dayton spread ...": the small model tags "outbreak" after a noun
    as a present-tense verb with that noun its subject; a word WordNet knows as no verb is the
    noun, and the noun before it names no participant."""
    second = "The measles outbreak in Dayton spread through two schools, officials said."
    assert _two_places(run, "The measles outbreak took place in Toledo.", second) == {"Dayton", "Toledo"}


def test_the_site_in_a_place_is_the_event_s_its_sentence_tells_of(run):
    """ "Engineers were still at the site in Dayton a day after the collapse": "the site" with
    nothing to say whose site it is, as "the scene"; not a company's own site."""
    second = "Engineers were still at the site in Dayton a day after the collapse."
    assert _two_places(run, "The collapse took place in Toledo.", second) == {"Dayton", "Toledo"}
    quiet = "Engineers were still at the company's site in Dayton a day after the collapse."
    assert _two_places(run, "The collapse took place in Toledo.", quiet) == set()


def test_what_was_recorded_during_the_event_was_recorded_where_it_happened(run):
    """ "Video recorded in Dayton during the riot spread online": a recording made during the
    event was made where it was (not one made after it)."""
    second = "Video recorded in Dayton during the riot spread online."
    assert _two_places(run, "The riot took place in Toledo.", second) == {"Dayton", "Toledo"}
    quiet = "Video recorded in Dayton after the riot spread online."
    assert _two_places(run, "The riot took place in Toledo.", quiet) == set()


def test_witnesses_telling_of_a_clause_about_the_event_saw_it_where_they_were(run):
    """ "Witnesses in Cleveland described the instant the collapse was reported": the event in a
    clause on what witnesses tell of (not officials: "Officials in Cleveland described ...")."""
    second = "Witnesses in Cleveland described the instant the collapse was reported by two drivers."
    assert _two_places(run, "The collapse took place in Toledo.", second) == {"Cleveland", "Toledo"}
    quiet = "Officials in Cleveland described the instant the collapse was reported by two drivers."
    assert _two_places(run, "The collapse took place in Toledo.", quiet) == set()


def test_the_people_a_count_leaves_hurt_somewhere_place_the_event(run):
    """ "The blast left dozens of shoppers missing in Cleveland": a count and the people it
    counts, left hurt or missing somewhere."""
    second = "The blast left dozens of shoppers missing in Cleveland, officials said."
    assert _two_places(run, "The blast took place in Toledo.", second) == {"Cleveland", "Toledo"}


def test_there_on_the_object_of_the_event_s_verb_is_the_place_just_named(run):
    """ "Engineers travelled to Fiji after the landslide cut two roads there": the parse may
    hang "there" on the verb's object; it is still the verb's, the place named before."""
    first = "The landslide struck a village in Tonga, officials said."
    second = "Engineers travelled to Fiji after the landslide cut two roads there."
    assert len(_two_places(run, first, second)) == 2


def test_an_event_ranked_in_an_apposition_or_a_thought_is_in_that_place(run):
    """ "The blackout, the deadliest in Accra since 1999, ...", "— the most significant of its
    kind in Accra in recent memory —", "is thought to have been the first of its kind in
    Accra": an event ranked among those of a place is one of them, as with "was the worst in"."""
    first = "The blackout happened in Lagos, officials said."
    for second in (
        "The blackout, the deadliest in Accra since 1999, struck at dawn.",
        "The blackout — the most significant of its kind in Accra in recent memory — struck at dawn.",
        "The blackout is thought to have been the first of its kind in Accra.",
    ):
        assert len(_two_places(run, first, second)) == 2, second
    # (a rank with no place: no second place)
    assert _two_places(run, first, "The blackout, the second in a week, struck at dawn.") == set()


def test_it_was_the_first_of_its_kind_in_a_place_is_the_event_itself(run):
    """ "It was the first landslide in Accra for a generation": "it" is the event told of, ranked
    among others of its kind, not another one; a cleft's ranked noun is another ("It was the
    second landslide that reached Accra")."""
    first = "The landslide happened in Lagos, officials said."
    for second in (
        "It was the first landslide in Accra for a generation, officials said.",
        "This was the second landslide in Accra since the road opened.",
    ):
        assert len(_two_places(run, first, second)) == 2, second
    assert _two_places(run, first, "It was the second landslide that reached Accra.") == set()


def test_a_place_hung_on_the_date_of_the_event_phrase(run):
    """ "The landslide struck on 3 May in Lagos": the parse hangs the place on the date of the
    event's verb, as it does on a time ("just after midnight in Lagos")."""
    second = "The landslide in Accra blocked the coast road."
    for first in (
        "The landslide struck on 3 May in Lagos, officials said.",
        "The landslide struck during the night near Lagos, officials said.",
    ):
        assert _two_places(run, first, second) == {"Lagos", "Accra"}, first


def test_a_place_that_witnessed_what_the_event_is_ranked_as(run):
    """ "The landslide was the third that Accra had witnessed this decade": the place whose
    clause of witnessing ranks the event saw it; people who saw it are no place."""
    first = "The landslide happened in Lagos, officials said."
    assert _two_places(run, first, "The landslide was the third that Accra had witnessed this decade.") == {
        "Lagos",
        "Accra",
    }
    # (the relative word the parse may make the object: "the second that Jaipur had seen")
    assert _two_places(run, first, "The landslide was the second that Jaipur had seen in a decade.") == {
        "Lagos",
        "Jaipur",
    }
    assert _two_places(run, first, "The landslide was the worst that residents had witnessed.") == set()


def test_a_rank_set_off_by_dashes_the_parse_made_a_second_subject(run):
    """ "The blackout — the first of its kind in Accra in over ten years — shut the port": the
    small model makes the rank a second subject of the verb; it is still the event's rank."""
    assert _two_places(
        run,
        "The blackout happened in Lagos, officials said.",
        "The blackout — the first of its kind in Accra in over ten years — shut the port, engineers said.",
    ) == {"Lagos", "Accra"}


def test_people_of_a_place_who_say_it_happened_here(run):
    """'"Nothing like it ever happened here," a resident of Accra said of the landslide': people
    of a place who say the event happened, or was seen, "here" place it there; not a reaction
    from afar ("we are all thinking of them here"), nor an official of the place."""
    first = "The landslide happened in Lagos, officials said."
    assert _two_places(
        run, first, '"Nothing like it ever happened here," a resident of Accra said of the landslide.'
    ) == {"Lagos", "Accra"}
    for second in (
        '"We are all thinking of them here," a resident of Accra said of the landslide.',
        '"It was terrible," a resident of Accra said of the landslide.',
        '"Nothing like it ever happened here," the mayor of Accra said of the landslide.',
    ):
        assert _two_places(run, first, second) == set(), second


def test_a_place_the_event_was_a_first_for_and_a_part_of_a_place(run):
    """ "For Accra, the landslide was a first": the place it was a first for; "In the north of
    Accra, the landslide ...": the place a compass part is of."""
    first = "The landslide happened in Lagos, officials said."
    for second in (
        "For Accra, the landslide, which buried two roads, was a first, officials said.",
        "In the north of Accra, the landslide buried two roads, officials said.",
    ):
        assert _two_places(run, first, second) == {"Lagos", "Accra"}, second
    assert _two_places(run, first, "For Accra, the landslide was a disaster.") == set()


def test_it_after_an_as_for_phrase_is_placed_as_the_event(run):
    """ "As for the vigil, it passed off peacefully in Accra": the "it" an "As for" phrase opens is the event
    the phrase names."""
    assert _two_places(
        run,
        "The vigil took place in Lagos, organisers said.",
        "As for the vigil, it passed off peacefully in Accra.",
    ) == {"Lagos", "Accra"}


def test_a_fronted_participle_of_staging_makes_its_subject_an_occasion(run):
    """ "Held in Accra, the mining industry expo drew ...": what the fronted participle says was
    held is an occasion, whatever WordNet files the noun as; not a person held in custody."""
    first = "The Lagos mining industry expo has been praised by exhibitors."
    assert _two_places(run, first, "Held in Accra, the mining industry expo drew bankers and investors.") == {
        "Lagos",
        "Accra",
    }
    custody = "Held in custody in Accra, the mining industry expo's founder denied wrongdoing."
    assert _two_places(run, first, custody) == set()


def test_a_place_the_parse_hung_on_a_than_expected_participle(run):
    """ "The vote took place later than planned in Accra": the place is the vote's."""
    assert _two_places(
        run, "The vote was held in Lagos.", "The vote took place later than planned in Accra, officials said."
    ) == {"Lagos", "Accra"}


def test_the_scene_a_when_clause_sets_and_a_time_of_day_in_a_place(run):
    """ "It was a festive day in Accra when the parade was held", "A quiet morning in Accra was
    shattered when the blast tore through the market": the time of day in a place that the
    event's clause sets is the event's scene; not when the clause tells of the news or the
    reporting ("It was evening in Accra when the blast was reported")."""
    assert _two_places(
        run, "The parade took place in Lagos.", "It was a festive day in Accra when the parade was held."
    ) == {"Lagos", "Accra"}
    first = "The blast happened in Lagos."
    shattered = "A quiet morning in Accra was shattered when the blast tore through the market."
    assert _two_places(run, first, shattered) == {"Lagos", "Accra"}
    assert _two_places(run, first, "It was evening in Accra when the blast was reported.") == set()
    # (an "as" clause keeps its reading whatever its verb: the scenes were where it happened)
    scenes = "There were scenes of disbelief in Accra on Monday as the closure was announced."
    assert _two_places(run, "The closure took place in Lagos.", scenes) == {"Lagos", "Accra"}


def test_the_noun_before_an_event_word_tagged_a_verb_names_no_participant(run):
    """ "The ground stop in Accra lasted two hours": the small model tags "stop" a verb with
    "ground" its subject; a "verb" that is itself a subject is the noun, and "ground" is no
    participant that would make it another stop."""
    first = "The ground stop was ordered in Lagos."
    for second in (
        "The ground stop in Accra lasted two hours.",
        "The ground stop in Accra, controllers said, followed a power cut.",
    ):
        assert _two_places(run, first, second) == {"Lagos", "Accra"}, second


def test_a_site_the_event_left_something_on_ends_its_clause_with_its_place(run):
    """ "The mudslide left a barge stranded on a mudflat near Lyon", "dumped snow on a motorway
    near Lyon": the state the event left its object in (a participle, or a clause with no
    subject of its own) and "on" a site lead to the place that ends the clause; not "on" a topic
    ("put pressure on the council in Lyon") nor what another did ("owned by a firm in Leeds")."""
    for first, second in [
        ("The mudslide happened in Leeds.", "The mudslide left a barge stranded on a mudflat near Lyon."),
        ("The mudslide happened in Leeds.", "The mudslide left the barge stuck on a sandbank in Lyon."),
        ("The storm happened in Leeds.", "The storm dumped snow on a motorway near Lyon."),
    ]:
        assert _two_places(run, first, second) == {"Leeds", "Lyon"}, second
    for first, second in [
        ("The storm happened in Leeds.", "The storm put pressure on the council in Lyon."),
        ("The ruling was issued in Leeds.", "The ruling imposed a ban on imports in Lyon."),
        ("The storm happened in Leeds.", "The storm destroyed a painting made in Lyon last year."),
    ]:
        assert _two_places(run, first, second) == set(), second


def test_it_doing_something_in_a_where_clause_on_a_place(run):
    """ "Much of the coverage of the blackout was about Lyon, where it shut the metro": "it" is the
    event the sentence just named, and what it did there it did in its place; not a report or a
    thought there, nor what the news of it did there ("where it led the news that night"), nor when
    something else was named last ("the airline moved its base to Lyon, where it employs 300
    people")."""
    second = "Much of the coverage of the blackout was about Lyon, where it shut the metro."
    assert _two_places(run, "The blackout happened in Leeds, officials said.", second) == {"Leeds", "Lyon"}
    first = "The drone sighting happened in Leeds, officials said."
    for second in (
        "After the drone sighting, the airline moved its base to Lyon, where it employs 300 people.",
        "Reporting on the drone sighting centred on Lyon, where it was first reported.",
        "Reporting on the drone sighting centred on Lyon, where it will be discussed at a hearing.",
    ):
        assert _two_places(run, first, second) == set(), second
    # (what the news of it did there)
    news = "News of the mudslide in Leeds quickly reached Lyon, where it led the news that night."
    assert _two_places(run, "The mudslide in Leeds cut off the main road.", news) == set()


def test_travellers_somewhere_going_through_the_event(run):
    """ "Holidaymakers in Tangier endured long delays after the signal failure", "Visitors in
    Tangier were stuck in lifts during the blackout": people passing through a place go through
    what a time phrase puts them in there (the tagger makes the capitalised first word a name;
    WordNet files "face" under saying first); not what they read about, nor people away from
    home ("Refugees in Tangier"), who may have come from anywhere."""
    for first, second in (
        (
            "The signal failure happened in Leeds.",
            "Holidaymakers in Tangier endured long delays after the signal failure.",
        ),
        (
            "The signal failure happened in Leeds.",
            "Tourists in Tangier faced long delays after the signal failure.",
        ),
        ("The blackout happened in Leeds.", "Visitors in Tangier were stuck in lifts during the blackout."),
    ):
        assert _two_places(run, first, second) == {"Leeds", "Tangier"}, second
    first = "The signal failure happened in Leeds."
    for second in (
        "Refugees in Tangier endured long delays after the signal failure.",
        "Tourists in Tangier read about the signal failure in the papers.",
        "Tourists in Tangier described the signal failure as chaotic.",
    ):
        assert _two_places(run, first, second) == set(), second


def test_the_scene_a_free_relative_names_when_the_event_came(run):
    """ "What was a calm afternoon in Prague turned to chaos when the gas leak forced an
    evacuation": the time of day in a place that the free relative names is the scene of the
    when-clause's event, whichever way the parse hangs the copula; not a telling ("when the gas
    leak was reported")."""
    first = "The gas leak happened in Leeds."
    for second in (
        "What was a calm afternoon in Prague turned to chaos when the gas leak forced an evacuation.",
        "What had been a quiet morning in Prague ended when the gas leak forced an evacuation.",
    ):
        assert _two_places(run, first, second) == {"Leeds", "Prague"}, second
    told = "What was a calm afternoon in Prague turned to chaos when the gas leak was reported."
    assert _two_places(run, first, told) == set()


def test_the_first_word_of_a_two_word_event_name_is_that_event(run):
    """ "The travel fair closed with record attendance in Xining": the tagger may read "fair" as
    an adjective, and the model then finds two kinds, "travel" and "fair", each time the name
    comes; a kind every mention of which comes right before the other's is the first word of
    its name, and its places are that event's."""
    first = "The travel fair took place in Leeds."
    for second in (
        "The travel fair closed with record attendance in Xining.",
        "Hotels in Xining filled up when the travel fair closed with record attendance.",
    ):
        assert _two_places(run, first, second) == {"Leeds", "Xining"}, second
    # (another year's fair is still another)
    assert (
        _two_places(run, first, "Last year the travel fair closed with record attendance in Xining.") == set()
    )


def test_a_place_on_the_predicate_that_excludes_the_events_own_is_the_effects(run):
    """ "The verdict in Cardiff affects lenders in Chile": the event's own phrase puts it in
    Cardiff, so a place hung on what it did that cannot also be there is where the effect was
    felt, not a second place of the event. A place that can contain the own one still
    counts ("The Yorkshire blaze broke out in Leeds" against "the blaze in Exeter")."""
    for first, second in [
        ("The verdict in Cardiff affects lenders in Chile.", "The verdict was delivered in Cardiff."),
        ("The lockout in Bristol disrupted supply chains in Asia.", "The lockout began in Bristol."),
    ]:
        assert _two_places(run, first, second) == set(), first
    assert _two_places(
        run, "The Yorkshire blaze broke out in Leeds.", "Firefighters said the blaze started in Exeter."
    ) == {"Leeds", "Exeter"}


def test_a_place_given_beside_the_main_one_on_one_mention_locates_it(run):
    # "west of Sydney" says where the Blue Mountains are, not a second place for the fire
    body = (
        "A bushfire in the Blue Mountains west of Sydney has burnt 3,000 hectares. "
        "Crews said the bushfire had reached the edge of the Blue Mountains on Friday."
    )
    assert [f for f in run("Bushfire", body, "2024-09-01T00:00:00")["findings"] if f["code"] == CODE] == []
    # in two mentions, they conflict
    two = body.replace("had reached the edge of the Blue Mountains", "in Newcastle had been contained")
    assert [f["code"] for f in run("Bushfire", two, "2024-09-01T00:00:00")["findings"]].count(CODE) == 1


def test_a_site_the_event_names_is_placed_by_its_own_phrase(run):
    body = (
        "A lorry crashed near Ghent on Monday, spilling fuel onto the motorway. "
        "Crews cleaned the road at the crash site outside Liège until late in the evening."
    )
    found = [f for f in run("Spill", body, "2024-09-01T00:00:00")["findings"] if f["code"] == CODE]
    assert len(found) == 1


def test_a_place_closing_the_clause_on_what_the_event_did_is_its_place(run):
    # the parse hangs "in Kumasi" on the field; what the tournament drew, it drew there
    body = (
        "The chess tournament took place in Accra, organisers said. "
        "Later the chess tournament attracted a record field of 200 players in Kumasi, officials said."
    )
    assert_one_finding(run("Chess", body, "2024-09-01T00:00:00"), CODE, {"Accra", "Kumasi"})
    # not what it talked about, nor another happening it set off, nor a route
    for second in (
        "Later the chess tournament discussed the situation in Kumasi, officials said.",
        "Later the chess tournament sparked protests in Kumasi, officials said.",
        "Later the chess tournament drew players from clubs in Kumasi, officials said.",
        "Later the chess tournament crowned the strongest player in Kumasi, officials said.",
        "Later the chess tournament brought back memories of a similar one in Kumasi, officials said.",
    ):
        other = "The chess tournament took place in Accra, organisers said. " + second
        assert findings(run("Chess", other, "2024-09-01T00:00:00"), CODE) == [], second


def test_a_staging_participle_after_the_object_event_places_it(run):
    # the parse makes "staged" a second verb of "attended"; set off by a comma, with no subject
    # of its own, it says where the event the clause's object names was staged
    body = (
        "The ribbon-cutting ceremony took place in Lusaka, officials said. "
        "Hundreds attended the ribbon-cutting ceremony, staged this year in Harare."
    )
    assert_one_finding(run("Ceremony", body, "2024-09-01T00:00:00"), CODE, {"Lusaka", "Harare"})
    # a second act of the clause's own subject is not the event's
    other = (
        "The ribbon-cutting ceremony took place in Lusaka, officials said. "
        "Hundreds attended the ribbon-cutting ceremony, then travelled to Harare."
    )
    assert findings(run("Ceremony", other, "2024-09-01T00:00:00"), CODE) == []


def test_a_cleft_places_the_clause_after_that_however_the_parse_hangs_it(run):
    # the parse makes "took place" part of "organisers told reporters"
    body = (
        "The charity final took place in Lusaka, officials said. "
        "It was in Harare that the charity final took place, organisers told reporters."
    )
    assert_one_finding(run("Charity", body, "2024-09-01T00:00:00"), CODE, {"Lusaka", "Harare"})
    # a cleft on another clause's subject places nothing of the event
    other = (
        "The charity final took place in Lusaka, officials said. "
        "It was in Harare that organisers told reporters the charity final had been a success."
    )
    assert findings(run("Charity", other, "2024-09-01T00:00:00"), CODE) == []


def test_a_storm_that_struck_is_a_happening(run):
    # WordNet files "cyclone" first as a state (a circulation of air); striking a place, it is
    # something that happened there
    body = (
        "The cyclone struck Lima, officials said. "
        "The cause of the cyclone in Quito is not yet known, forecasters said."
    )
    assert_one_finding(run("Weather", body, "2024-09-01T00:00:00"), CODE, {"Lima", "Quito"})


def test_a_place_that_became_the_scene(run):
    # "became the scene of" says where the event was, as "was the scene of" does
    body = (
        "The stampede happened in Accra, witnesses said. "
        "Hours later Lagos, a city that had seen nothing like it, became the scene of the stampede."
    )
    assert_one_finding(run("Crowds", body, "2024-09-01T00:00:00"), CODE, {"Accra", "Lagos"})
    # the scene of another event places nothing of this one
    other = (
        "The stampede happened in Accra, witnesses said. "
        "Lagos became the scene of a vigil for the victims of the stampede."
    )
    assert findings(run("Crowds", other, "2024-09-01T00:00:00"), CODE) == []


def test_here_nearby_and_there_after_a_possessive_place(run):
    # an adverb pointing back at the one place the sentence named before the event: a
    # possessive ("Tver's mayor ... there"), a quote's "here", "nearby"
    first = "The mudslide happened in Cusco, rescuers said."
    for second in (
        "Arequipa's mayor cancelled a festival after the mudslide struck there.",
        "Radio stations in Arequipa broke into programmes as the mudslide came down nearby.",
    ):
        assert_one_finding(
            run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE, {"Cusco", "Arequipa"}
        )
    # two places named before the adverb: which one it points at is not said
    two = f"{first} Officials from Lima and Arequipa met after the mudslide struck there."
    assert findings(run("Slide", two, "2024-09-01T00:00:00"), CODE) == []


def test_a_dateline_the_splitter_cut_into_two_sentences(run):
    # "Mombasa" and "(Reuters) -" may each become a sentence of their own before the story's
    # first sentence; the dateline still places it (not a place two sentences back that no dash
    # ends right before the story)
    story = "The walkout spread to a second shift on Tuesday, a union official said."
    later = "Stewards said the walkout began in Harare."
    body = f"Mombasa (Reuters) - {story}\n\nTalks resumed on Friday.\n\n{later}"
    assert_one_finding(run("Dockers", body, "2024-09-01T00:00:00"), CODE, {"Mombasa", "Harare"})
    body = f"Talks in Mombasa. (Reuters) {story}\n\nTalks resumed on Friday.\n\n{later}"
    assert findings(run("Dockers", body, "2024-09-01T00:00:00"), CODE) == []


def test_a_split_hyphened_event_that_took_place_and_a_place_right_after_it(run):
    # "The semi-final took place near Accra" parsed with "semi", "final" and "took" all
    # modifiers of "place"; "Reports of the semi-final in Lagos": the parse splits the word and
    # hangs "in Lagos" on "Reports", but the phrase still ends the event's own words
    body = (
        "The semi-final took place near Accra, the federation said. "
        "Reports of the semi-final in Lagos reached the capital within minutes."
    )
    assert_one_finding(run("Cup", body, "2024-09-01T00:00:00"), CODE, {"Accra", "Lagos"})


def test_unnamed_people_or_pictures_somewhere_at_the_time_of_the_event(run):
    # a crowd no one names that was somewhere while the event happened saw it there, as do
    # pictures from there then: "during", "at the time of", "on the night of"
    first = "The mudslide happened in Cusco, rescuers said."
    for second in (
        "Hikers who were in Arequipa during the mudslide described a roar.",
        "Anybody who was in Arequipa at the time of the mudslide should call the hotline.",
        "Climbers staying in Arequipa at the time of the mudslide were evacuated.",
        "Photographs from Arequipa on the night of the mudslide were shared.",
    ):
        assert_one_finding(
            run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE, {"Cusco", "Arequipa"}
        )
    # one person with a post, or people there for something else, were only somewhere else
    for second in (
        "The governor, who was in Arequipa at the time of the mudslide, flew back.",
        "Delegates who were in Arequipa for a summit during the mudslide sent condolences.",
    ):
        assert findings(run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE) == []


def test_a_place_ranking_the_event_as_its_own_or_a_few_streets_away(run):
    # "Arequipa's second in a year" ranks the event among the place's own; "a few streets from
    # the centre of Arequipa" is a short distance, not an origin
    first = "The mudslide happened in Cusco, rescuers said."
    for second in (
        "The mudslide was Arequipa's second in a year, officials said.",
        "Neighbours said the mudslide happened a few streets from the centre of Arequipa.",
    ):
        assert_one_finding(
            run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE, {"Cusco", "Arequipa"}
        )
    far = f"{first} Volunteers who had driven from Arequipa cleared the mudslide debris."
    assert findings(run("Slide", far, "2024-09-01T00:00:00"), CODE) == []


def test_a_place_named_as_the_location_shown_around_the_event_or_where_witnesses_were(run):
    # "named Arequipa as the site of", "the location of ... was given as"; pictures from a
    # place showing the moments right after it; the town police are named after; witnesses
    # somewhere as it happened
    first = "The mudslide happened in Cusco, rescuers said."
    for second in (
        "Engineers named Arequipa as the site of the mudslide.",
        "The location of the mudslide was given as Arequipa in the report.",
        "Drone video from Arequipa shows the moments right after the mudslide.",
        "Arequipa police said the mudslide happened before dawn.",
        "Witnesses in Arequipa heard a deep rumble as the mudslide happened.",
    ):
        assert_one_finding(
            run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE, {"Cusco", "Arequipa"}
        )
    # people reacting elsewhere as it happened, or pictures sent from elsewhere
    for second in (
        "Supporters in Arequipa cheered as the mudslide rescue ended.",
        "Engineers from Arequipa arrived as the mudslide was cleared.",
    ):
        assert findings(run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE) == []


def test_where_people_of_a_place_live_and_a_rank_set_off_by_spaced_hyphens(run):
    # "in their district", "hit their village": where the people of a place the sentence names
    # live; "the first ever recorded in Arequipa" set off by hyphens with spaces round them
    first = "The mudslide happened in Cusco, rescuers said."
    for second in (
        "Shopkeepers in Arequipa learned that the mudslide had struck in their neighbourhood.",
        "Growers in Arequipa said the mudslide buried their farm.",
        "The mudslide - the largest ever seen in Arequipa - came down on Monday.",
    ):
        assert_one_finding(
            run("Slide", f"{first} {second}", "2024-09-01T00:00:00"), CODE, {"Cusco", "Arequipa"}
        )
    # "their" people from elsewhere, or ground that is no one's home
    other = f"{first} Volunteers from Arequipa said the mudslide had struck in their absence."
    assert findings(run("Slide", other, "2024-09-01T00:00:00"), CODE) == []


def test_a_threat_after_an_event_noun_is_placed_as_that_event(run):
    """ "The hoax bomb threat was called in from Tver": the threat holds the place of the bomb
    scare before it; a squad after an event noun does not (the bomb squad came from elsewhere)."""
    first = "The bomb threat was phoned in to a school in Tver, police said."
    second = "Police said the bomb threat was received in Kumasi."
    assert _two_places(run, first, second) == {"Tver", "Kumasi"}
    first = "The bomb threat was phoned in to a school in Tver, police said."
    second = "The bomb squad arrived from Kumasi within an hour."
    assert _two_places(run, first, second) == set()


def test_a_closing_place_after_before_after_or_between_and_in_a_relative_clause(run):
    """ "The riot erupted between football fans in Lyon", "the flooding came after a week of
    heavy rain in Lyon", "the explosion, which left three workers injured in Lyon": a place
    that closes the event's clause (or its relative clause) is the event's, through "after",
    "before" or "between" and an adjective said of the object; not when "after" leads to
    another happening ("hours after the parade in Lyon")."""
    for first, second in (
        (
            "The riot erupted in Osaka, police said.",
            "Police said the riot erupted between football fans in Lyon.",
        ),
        (
            "The flooding came in Osaka, officials said.",
            "The flooding came after a week of heavy rain in Lyon.",
        ),
        (
            "The gas explosion happened in Osaka, firefighters said.",
            "The gas explosion, which left three workers injured in Lyon, is being investigated.",
        ),
    ):
        assert _two_places(run, first, second) == {"Osaka", "Lyon"}, second
    first = "The glider crash happened in Osaka, officials said."
    second = "The glider crash happened moments after take-off in Lyon, officials said."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    first = "The gas explosion happened in Osaka, firefighters said."
    second = "The gas explosion happened hours after the parade in Lyon, firefighters said."
    assert _two_places(run, first, second) == set()


def test_a_word_in_lower_case_is_no_place_name(run):
    """ "the prison van ambush", "the temple fire": the tagger may take a word in lower case for
    a name, and the gazetteer knows Van and Temple as towns; a name is written in capitals."""
    first = "The prison van ambush happened in Osaka, police said."
    second = "Police said the prison van ambush happened in Lyon."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    first = "The temple fire in Osaka drew criticism."
    second = "The temple fire, which broke out in Lyon, is under review."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}


def test_a_phrase_after_a_comma_that_says_where_in_the_place_before_it(run):
    """ "A plaque was unveiled in Lyon, at the spot where the landslide happened": the phrase
    set off by a comma says where in the place before it, so that place is the event's; not
    when no place phrase of the same verb comes right before it."""
    first = "The landslide happened in Osaka, engineers said."
    second = "A plaque was unveiled in Lyon, at the spot where the landslide happened."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    second = "A plaque from Lyon was unveiled on Friday, at the spot where the landslide happened."
    assert _two_places(run, first, second) == set()


def test_a_cleft_with_an_aside_parsed_as_the_verbs_clause(run):
    """ "It was in Lima, the mayor insisted, that the vigil was held": the parse may make the
    cleft's "it was" a clause of the event's verb; its place is still the event's."""
    first = "The candlelit vigil was held in Osaka, organisers said."
    second = "It was in Lyon, the mayor insisted, that the candlelit vigil was held."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    second = "It was in Lyon, the mayor insisted, that the news of the candlelit vigil was heard."
    assert _two_places(run, first, second) == set()


def test_which_held_it_names_the_place_whatever_the_tagger_calls_it(run):
    """ "Residents of Vilnius, which held the fair": "which" is no person, so the name it
    stands for is the venue even when the tagger reads it as an organisation (not one that held
    it elsewhere)."""
    first = "The food festival was held in Osaka, organisers said."
    second = "Residents of Vilnius, which held the food festival, grumbled about the traffic."
    assert _two_places(run, first, second) == {"Osaka", "Vilnius"}
    second = "Residents of Vilnius, which held the food festival in Osaka, grumbled about the cost."
    assert _two_places(run, first, second) == set()


def test_an_aside_before_a_denied_attribute_keeps_the_event_real(run):
    """ "The walkout in Lyon was not, the report says, a one-off": the "not" denies what the
    walkout was, not that it happened, though the parse hangs "a one-off" on the aside."""
    first = "The walkout began in Osaka, the union said."
    second = "Yet the walkout in Lyon was not, the report says, a one-off."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    second = "Yet the walkout was not, the report says, in Lyon."
    assert _two_places(run, first, second) == set()


def test_a_relative_clause_of_occurring_after_an_event_in_a_longer_phrase(run):
    """ "Footage of the sit-in, which began in Nairobi, shows ...": the parse hangs the clause
    on "footage", but only an event begins; not a clause that says what a thing is."""
    first = "The student sit-in began in Osaka, organisers said."
    second = "Footage of the student sit-in, which began in Lyon, shows crowded corridors."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    second = "Footage of the student sit-in, which was shot in Lyon, shows crowded corridors."
    assert _two_places(run, first, second) == set()


def test_the_of_a_compound_event_noun_refers_back_inside_after(run):
    """ "In the weeks after the campus sit-in in Lyon": "the" refers back to the sit-in told
    before, though the parse hangs it on "campus"; "after an earlier sit-in" does not."""
    first = "The campus sit-in took place in Osaka, the university said."
    second = "In the weeks after the campus sit-in in Lyon, the university changed its rules."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    second = "In the weeks after an earlier campus sit-in in Lyon, the university changed its rules."
    assert _two_places(run, first, second) == set()


def test_the_future_of_more_news_on_an_event_is_not_the_events(run):
    """ "More on the dog attack in Lyon is expected later today": what is expected is more
    news; the attack happened."""
    first = "The dog attack happened in Osaka, police said."
    second = "More on the dog attack in Lyon is expected later today."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}


def test_a_compound_the_tagger_splits_into_a_noun_and_a_participle(run):
    """ "The police shooting in Lyon": the tagger may read "shooting" as a participle of
    "police"; the police are then no participant naming another shooting, and "a police
    shooting in Lyon two years ago" is still another one."""
    body = (
        "The council met on Monday to discuss the budget.\n\nThe police shooting occurred in Osaka.\n\n"
        "Members raised concerns about spending.\n\nThe police shooting in Lyon was widely reported."
    )
    assert _placed(run("Regional news", body, "2020-05-01T00:00:00")) == {"Osaka", "Lyon"}
    body = body.replace("The police shooting in Lyon was", "A police shooting in Lyon two years ago was")
    assert _placed(run("Regional news", body, "2020-05-01T00:00:00")) == set()


def test_a_leak_of_some_stuff_found_as_it_happened_is_a_happening(run):
    """ "The ammonia leak was detected in Lyon": a leak is first a hole in WordNet, but one
    of some stuff, detected or discovered, is the escape; not a thing merely found ("the
    pipe was detected in Lyon")."""
    first = "The ammonia leak was detected in Osaka, the fire service said."
    second = "Reports said the ammonia leak was detected in Lyon."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    first = "The gas leak was discovered in Osaka, engineers said."
    second = "Engineers said the gas leak was discovered in Lyon."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}


def test_a_common_plural_the_ner_calls_a_person_is_still_an_unnamed_crowd(run):
    """ "Shoppers who were in Lyon during the riot": opening a paragraph, the plural may be
    tagged a person by the NER; the tagger's common plural says it is no one's name, so those
    present were where the riot was."""
    first = "The riot broke out in Osaka, police said."
    second = "Shoppers who were in Lyon during the riot described scenes of panic."
    body = f"Officials gave an update on Monday.\n\n{first}\n\n{second}"
    assert _placed(run("Regional news", body, "2020-05-01T00:00:00")) == {"Osaka", "Lyon"}


def test_where_what_the_event_left_behind_was_is_an_implied_place(run):
    """ "Life in Lyon was slowly returning to normal after the riot", "Crews stayed in Lyon for
    hours after the riot": how things stood, or the crews of a place, after the event imply it
    was there; a warning, not an error, since the text does not say so. Not who was or went
    there, nor what is traded there, nor a clause with a named goal."""
    title = "Riot in Osaka"
    lead = "The riot broke out in Osaka on Friday, police said. The riot in Osaka left 20 injured."
    for implied in (
        "Life in Lyon was slowly returning to normal after the riot.",
        "Crews stayed in Lyon for several hours after the riot.",
    ):
        found = findings(run(title, f"{lead}\n\n{implied}", "2020-05-01T00:00:00"), CODE)
        assert [(f["severity"], span_texts([f]) >= {"Lyon"}) for f in found] == [("warning", True)], implied
    for quiet in (
        "Markets in Lyon fell sharply after the riot.",
        "Officials in Lyon sent condolences to Osaka after the riot.",
        "The minister stayed in Lyon after the riot.",
        "Lorries were stuck in Lyon during the riot.",
    ):
        assert findings(run(title, f"{lead}\n\n{quiet}", "2020-05-01T00:00:00"), CODE) == [], quiet


def test_the_verb_after_an_aside_set_off_by_dashes_is_the_events(run):
    """ "The landslide -- news of which was still coming in, with rescuers asking people to stay
    away -- struck in Lyon": the parse hangs the verb on the aside; it is the landslide's. Not a
    place inside the aside, nor an origin after it."""
    first = "The landslide struck in Osaka, rescuers said."
    second = (
        "The landslide -- news of which was still coming in as we went to press, with rescuers "
        "asking people to stay away -- struck in Lyon."
    )
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}
    for quiet in (
        "The landslide -- which rescuers from Lyon reached within hours -- struck on Friday.",
        "The landslide - the second this year - was cleared by crews from Lyon.",
    ):
        assert _two_places(run, first, quiet) == set(), quiet


def test_the_verb_after_a_long_aside_set_off_by_commas_is_the_events(run):
    """ "The landslide, which cut power to a hospital, two schools and a care home, struck in
    Lyon": a relative clause, or a speaker's words, set off by commas between the event and its
    verb; the parse hangs the verb on the aside. Not a verb with a subject of its own."""
    first = "The landslide struck in Osaka, rescuers said."
    for second in (
        "The landslide, which cut power to a hospital, two schools and a care home for hours, "
        "struck in Lyon.",
        "The landslide, the mayor told a packed meeting that also heard about bus routes, bins "
        "and parking, had struck in Lyon.",
    ):
        assert _two_places(run, first, second) == {"Osaka", "Lyon"}, second
    quiet = "The landslide, which the mayor described at length, crews from Lyon said, was cleared."
    assert _two_places(run, first, quiet) == set()


def test_a_future_verb_that_brings_more_news_of_an_event(run):
    """ "We will bring you more on the Lyon landslide as it comes in": what will come is news;
    the landslide happened, and the compound names its place."""
    first = "The landslide struck in Osaka, rescuers said."
    second = "We will bring you more on the Lyon landslide as it comes in."
    assert _two_places(run, first, second) == {"Osaka", "Lyon"}


def test_a_compound_split_into_a_subject_and_a_participle_and_a_hyphenated_one_after_after(run):
    """ "the day after the bail hearing there" (the parse makes "bail" the subject of a
    participle "hearing"), "a day after the cash-in-transit robbery took place there" ("the"
    hung on "cash"): both refer back to the event told before, and "there" is the place named
    in the clause."""
    for first, second in (
        (
            "The bail hearing went ahead in Osaka, lawyers said.",
            "Relatives gathered in Lyon the day after the bail hearing there.",
        ),
        (
            "The cash-in-transit robbery took place in Osaka, police said.",
            "Lyon's streets were calm a day after the cash-in-transit robbery took place there.",
        ),
    ):
        assert _two_places(run, first, second) == {"Osaka", "Lyon"}, second


def test_a_cleft_focus_that_became_the_scene_of_the_event(run):
    """ "It was Lyon, and not the capital, that became the scene of the landslide": the cleft's
    focus is what became the scene (the parse may hang the "that" clause on the word set against
    it). Not the word set against it: "It was the capital, not Lyon, that ..."."""
    first = "The landslide struck in Osaka, rescuers said."
    for second in (
        "It was Lyon that became the scene of the landslide.",
        "It was Lyon, and not the capital, that became the scene of the landslide.",
    ):
        assert _two_places(run, first, second) == {"Osaka", "Lyon"}, second
    quiet = "It was the capital, and not Lyon, that became the scene of the landslide."
    assert _two_places(run, first, quiet) == set()


def test_a_place_the_ner_runs_into_the_source_named_after_its_comma(run):
    """ "The landslide struck in Tver, Network Rail said": the small NER makes "Tver, Network
    Rail" one organisation; the words before the comma are a place the gazetteer knows."""
    assert _two_places(
        run,
        "The landslide struck in Tver, Network Rail said.",
        "Reports said the landslide struck in Vilnius.",
    ) == {"Tver", "Vilnius"}


def test_what_was_not_seen_of_a_known_event_happened(run):
    """ "The landslide in Lyon was not reflected in the early figures": the denial is of what the
    figures show, not of the landslide. "did not take place in Lyon" still denies it."""
    first = "The landslide struck in Osaka, rescuers said."
    assert _two_places(
        run, first, "The landslide in Lyon was not reflected in the early figures, officials noted."
    ) == {"Osaka", "Lyon"}
    assert _two_places(run, first, "The landslide did not take place in Lyon, officials insisted.") == set()


def test_close_to_as_a_predicate_and_not_far_from_are_nearness(run):
    """ "The riot was staged close to Lyon" (the parse makes "close" a predicate of the verb),
    "The riot broke out not far from Lyon" (a "from" after "not far"): where it was, near the
    place, not a goal or an origin."""
    first = "The riot broke out in Osaka, police said."
    for second in ("The riot was staged close to Lyon.", "The riot broke out not far from Lyon."):
        assert _two_places(run, first, second) == {"Osaka", "Lyon"}, second


def test_a_country_owning_an_event_noun_the_tagger_takes_for_a_name(run):
    """ "an inquiry into Malaysia's lorry rollover": the tagger makes "rollover" a proper
    noun, but a place owning the event still says where it was, not who took part."""
    assert _two_places(
        run,
        "The lorry rollover happened in Lyon.",
        "Members have called for a full inquiry into Malaysia's lorry rollover.",
    ) == {"Lyon", "Malaysia"}


def test_the_edge_of_a_place_after_the_event_is_where_not_what_it_was_on(run):
    """ "the scene of the raid on the edge of Ottawa": a raid is on a target, but the edge or
    outskirts of a named place is where it was (not "a raid on the home of a dealer")."""
    assert _two_places(
        run,
        "The armed raid took place in Lyon, prosecutors said.",
        "Detectives are still at the scene of the armed raid on the outskirts of Osaka.",
    ) == {"Lyon", "Osaka"}


def test_a_cleft_focus_the_tagger_makes_an_adverb_of_place(run):
    """ "It was just outside Lusaka that the collapse happened": the tagger reads "outside" as
    an adverb; its object is still the place the cleft puts first."""
    assert _two_places(
        run,
        "The crane collapse happened in Lyon, the council said.",
        "It was just outside Lusaka that the crane collapse took place, engineers said.",
    ) == {"Lyon", "Lusaka"}


def test_a_verb_after_a_relative_clause_on_a_three_word_compound(run):
    """ "The jet ski crash, which ..., happened in Osaka": the first two nouns both hang on
    "crash", which the verb after the aside is told of."""
    assert _two_places(
        run,
        "The jet ski crash happened in Lyon, the coastguard said.",
        "The jet ski crash, which roads policing teams say drew a large response from two "
        "services, happened in Osaka.",
    ) == {"Lyon", "Osaka"}


def test_what_something_was_sent_for_has_not_happened_yet(run):
    """ "Swabs were flown to a laboratory in Osaka for analysis": the analysis is what they went
    for, still to come; it is not an analysis placed in Osaka beside one done elsewhere (not
    "filed for bankruptcy", which is the act itself)."""
    assert (
        _two_places(
            run,
            "Inspectors completed the analysis in Lyon, the agency said.",
            "Further swabs were flown to a laboratory in Osaka for analysis.",
        )
        == set()
    )


def test_a_place_that_names_the_event_though_the_ner_took_it_for_a_people(run):
    """ "The Caloocan landslide": the NER tags the city a nationality; a known place that is no
    adjective names where the event was (not "the French strike")."""
    assert _two_places(
        run,
        "The landslide happened in Lyon, the council said.",
        "The Caloocan landslide has once again put the spotlight on the district administration.",
    ) == {"Lyon", "Caloocan"}


def test_a_hyphenated_event_noun_wordnet_writes_with_spaces(run):
    """ "The work-to-rule began in Turkey": WordNet has "work to rule"; the parse makes "work"
    a modifier of the verb, which the word is the subject of."""
    assert _two_places(
        run,
        "The work-to-rule began in Lyon, the union said.",
        "The work-to-rule began in Turkey shortly after 8am.",
    ) == {"Lyon", "Turkey"}


def test_where_flights_were_diverted_because_of_the_event_is_not_its_place(run):
    """ "Flights that could not land because of the breach were diverted to Jinzhong": the
    parse makes the breach the subject of "diverted"; where the flights went is not its place."""
    assert (
        _two_places(
            run,
            "The levee breach was reported outside Lyon, according to the water board.",
            "Flights that could not land because of the levee breach were diverted to Osaka.",
        )
        == set()
    )


def test_where_the_people_of_a_place_held_another_event_after_it_is_not_its_place(run):
    """ "Villagers in Osaka are still mopping up after the landslide": where those who live with
    its aftermath live; not where they held another event over it ("held a vigil", a reaction
    that may be anywhere)."""
    first = "The landslide happened in Lyon, the council said."
    assert _two_places(run, first, "Villagers in Osaka are still mopping up after the landslide.") == {
        "Lyon",
        "Osaka",
    }
    assert _two_places(run, first, "Residents of Osaka held a vigil after the landslide.") == set()


def test_where_the_people_an_affecting_participle_hangs_on_are(run):
    """ "Among those worst affected by the flood were elderly residents in Osaka", "residents in
    Osaka affected by the flood": where the people it harmed were; not where people from a
    place were ("families from Osaka affected by the flood")."""
    first = "The flash flood happened in Lyon, the council said."
    for second in (
        "Among those worst affected by the flash flood were elderly residents in Osaka.",
        "Residents in Osaka affected by the flash flood have been offered temporary housing.",
    ):
        assert _two_places(run, first, second) == {"Lyon", "Osaka"}, second
    second = "Families from Osaka affected by the flash flood have been offered temporary housing."
    assert _two_places(run, first, second) == set()


def test_what_residents_say_the_event_did_to_them_in_the_passive(run):
    """ "Villagers in Osaka said they had been cut off by the landslide": what it did to the
    speakers places it where they live; not how it made them feel ("shocked")."""
    first = "The landslide happened in Lyon, the council said."
    second = "Villagers in Osaka said they had been cut off by the landslide."
    assert _two_places(run, first, second) == {"Lyon", "Osaka"}
    second = "Villagers in Osaka said they had been shocked by the landslide."
    assert _two_places(run, first, second) == set()


def test_people_who_travel_are_people_whatever_wordnet_files_first():
    """ "commuters" is first a train in WordNet; commuters in a place are people there."""
    from analysis import lexicon

    assert lexicon.is_traveller_noun("commuter") and lexicon.is_people_noun("commuters")
    assert not lexicon.is_traveller_noun("refugee")


def test_the_region_an_officer_of_a_place_speaks_of_is_that_place(run):
    """ "The governor of Osaka said the mutiny broke out in the region": "the region" stands
    for the place whose officer speaks."""
    assert _two_places(
        run,
        "The mutiny broke out in Lyon, the army said.",
        "The governor of Osaka said on Telegram that the mutiny broke out in the region and urged "
        "residents to remain calm.",
    ) == {"Lyon", "Osaka"}


def test_in_the_wake_of_the_event_is_after_it(run):
    """ "Troops gather in Osaka in the wake of the shelling": where what followed it was, as
    "after the shelling" (implied)."""
    assert _two_places(
        run,
        "The shelling took place in Lyon, the army said.",
        "Troops gather in Osaka in the wake of the shelling.",
    ) == {"Lyon", "Osaka"}


def test_where_people_went_to_examine_the_events_site(run):
    """ "Investigators returned to Osaka to examine the site of the derailment": the site is
    where they went to be at it."""
    assert _two_places(
        run,
        "The derailment happened in Lyon, the operator said.",
        "Investigators returned to Osaka to examine the site of the derailment.",
    ) == {"Lyon", "Osaka"}


def test_a_few_kilometres_from_a_place_is_near_it(run):
    """ "took place no more than a few kilometres from the centre of Osaka": a short distance
    counted with "a few" says where the event was, not where anything came from."""
    assert _two_places(
        run,
        "The naval collision happened in Lyon, the navy said.",
        "The officers said that the naval collision took place no more than a few kilometres from "
        "the centre of Osaka.",
    ) == {"Lyon", "Osaka"}


def test_where_crews_were_at_work_after_the_event(run):
    """ "Crews were at work in Osaka in the hours after the landslide": the place on the bare
    noun of their state is where what it left behind was (implied); not "at a vigil in Osaka",
    another event."""
    first = "The landslide happened in Lyon, the council said."
    second = "Crews were at work in Osaka in the hours after the landslide."
    assert _two_places(run, first, second) == {"Lyon", "Osaka"}
    assert (
        _two_places(run, first, "Crowds were at a vigil in Osaka in the hours after the landslide.") == set()
    )


def test_people_the_ner_took_for_a_name_opening_the_sentence(run):
    """ "Commuters in Cairo faced long delays after the derailment": after a paragraph break the
    NER may take "Commuters" alone for an organisation; a plain plural noun is still people."""
    body = (
        "Officials gave an update on Monday.\n\nThe derailment happened in Madrid, the operator said."
        " Crews worked through the night.\n\nThe council met on Monday to discuss the budget. Several "
        "members raised concerns about spending.\n\nCommuters in Cairo faced long delays after the "
        "derailment, with several services suspended."
    )
    assert _placed(run("Regional news", body, "2020-05-01T00:00:00")) == {"Madrid", "Cairo"}


def test_a_group_noun_whose_other_senses_are_acts_is_an_event(run):
    """ "the vigil", "the rally": WordNet files them first as a state or a group, then twice
    as acts; with a place each, two mentions are one event."""
    assert _two_places(run, "The vigil near Lyon drew hundreds.", "News of the vigil in Osaka spread.") == {
        "Lyon",
        "Osaka",
    }


def test_off_a_place_right_after_the_event(run):
    """ "the capsizing off Tonga": the small model reads "off" as a particle and hangs the place
    elsewhere; right after the event noun it still gives its place."""
    assert _two_places(
        run,
        "The capsizing happened near Lyon, the coastguard said.",
        "Investigators want to establish what caused the capsizing off Osaka.",
    ) == {"Lyon", "Osaka"}


def test_the_location_given_as_a_distance_off_a_place(run):
    """ "gave the location of the grounding as six miles off Osaka": the place the distance is
    measured from."""
    assert _two_places(
        run,
        "The grounding happened near Lyon, the coastguard said.",
        "The harbour master gave the location of the grounding as about six miles off Osaka.",
    ) == {"Lyon", "Osaka"}


def test_there_after_a_sentence_opening_common_word(run):
    """ "Much of Osaka was talking about the stampede that took place there": "Much" (also a
    German town) is no place; "there" is Osaka."""
    assert _two_places(
        run,
        "The stampede took place in Lyon, officials said.",
        "Much of Osaka was still talking about the stampede that took place there.",
    ) == {"Lyon", "Osaka"}


def test_what_happened_in_a_place_then_the_event_after_a_dash(run):
    """ "What happened in Osaka - a stampede ...": the pseudo-cleft's focus after a dash, as after
    "was"."""
    assert _two_places(
        run,
        "The stampede took place in Lyon, officials said.",
        "What happened in Osaka - a stampede nobody had prepared for - is still being studied.",
    ) == {"Lyon", "Osaka"}


def test_it_after_a_question_of_where_the_event_happened(run):
    """ "It was unclear where the landslide struck; police now say it was in Osaka": "it" is the
    event the question asked about."""
    assert _two_places(
        run,
        "The landslide took place in Lyon, officials said.",
        "It was unclear where the landslide struck, but police now say it was in Osaka.",
    ) == {"Lyon", "Osaka"}


def test_where_the_craft_was_when_the_event_happened(run):
    """ "the ship had been holding position off Osaka when the boarding took place": where the
    vehicle the clause is about was at that moment (the parse makes "off" a particle)."""
    assert _two_places(
        run,
        "The boarding took place near Lyon, the navy said.",
        "Radar showed the ship had been holding position off Osaka when the boarding took place.",
    ) == {"Lyon", "Osaka"}


def test_it_after_a_question_of_where_the_event_was_held(run):
    """ "It was not clear where the summit was held, but aides now say it was in Osaka": a
    question of staging, as of happening."""
    assert _two_places(
        run,
        "The summit took place in Lyon, officials said.",
        "It was not clear where the summit was held, but aides now say it was in Osaka.",
    ) == {"Lyon", "Osaka"}


# ---------------------------------------------------------------- round 61


def test_where_a_named_person_was_when_the_event_happened_places_only_the_person(run):
    """ "The minister was in Lyon when the bombing happened" says where the minister was; a
    call for people who were somewhere at the time still places the event there."""
    assert (
        _two_places(
            run,
            "The minister was in Lyon when the bombing happened, her office said.",
            "Investigators said the bombing in Osaka had been planned for weeks.",
        )
        == set()
    )
    assert _two_places(
        run,
        "Police asked people who were in Lyon when the bombing happened to send in photographs.",
        "Investigators said the bombing in Osaka had been planned for weeks.",
    ) == {"Lyon", "Osaka"}


def test_a_rite_written_with_a_capital_is_the_event_its_modifier_names(run):
    """ "the memorial Mass": the tagger makes "Mass" a name (and "memorial" an adjective at
    times); it is the memorial, and its phrases are the memorial's."""
    assert _two_places(
        run,
        "The memorial Mass in Lyon drew hundreds of mourners.",
        "Bishops who led the memorial Mass in Osaka spoke of the victims.",
    ) == {"Lyon", "Osaka"}


def test_an_event_nobody_imagined_would_happen_here(run):
    """ "Nobody imagined the riot would break out here in Lyon": a negated imagining of a definite
    event says it happened, and the parse makes the event the object of "imagined"."""
    assert _two_places(
        run,
        '"Nobody imagined the riot would break out here in Lyon," a shopkeeper said.',
        "Footage of the riot in Osaka was shared widely.",
    ) == {"Lyon", "Osaka"}


def test_it_placed_somewhere_by_a_report(run):
    """ "Asked about the flood, the first accounts placed it near Lyon": "it" as the object of a
    verb of locating is the event just named."""
    assert _two_places(
        run,
        "Asked about the flood, the first official accounts placed it near Lyon.",
        "Relief for the flood in Osaka was slow to arrive.",
    ) == {"Lyon", "Osaka"}


def test_an_event_said_to_be_something_that_happened_somewhere(run):
    """ "The flood is remembered as an episode that happened in Lyon": the relative clause on
    what the event is said to be places it."""
    assert _two_places(
        run,
        "The flood is still remembered as an episode that happened in Lyon.",
        "Relief for the flood in Osaka was slow to arrive.",
    ) == {"Lyon", "Osaka"}


def test_its_location_after_a_colon(run):
    """ "Officials later disclosed the toll of the fire, though not its location: Lyon": "its" is the
    fire, the name after the colon its location."""
    assert _two_places(
        run,
        "Officials later disclosed the toll of the fire, though not its location: Lyon.",
        "Relief for the fire in Osaka was slow to arrive.",
    ) == {"Lyon", "Osaka"}


def test_an_outage_is_an_event_without_a_verb_of_happening(run):
    """WordNet files "outage" first as an amount lost, its only other sense the stoppage: the
    word names an event even where no verb says it happened."""
    assert _two_places(
        run,
        "The network outage in Lyon became the main topic on trade forums.",
        "Asked about the network outage in Osaka, the provider declined to comment.",
    ) == {"Lyon", "Osaka"}


def test_where_a_body_is_based_or_what_a_statement_went_through_is_not_the_event(run):
    """ "the firm at the centre of the raid, which is based in Kazan": no event is based
    anywhere; "a statement on the raid through its press office in Kazan" is a channel."""
    first = "The dawn raid was carried out in Lyon, prosecutors said."
    for second in (
        "The firm at the centre of the dawn raid, which is based in Kazan, said it was cooperating.",
        "The firm released a statement on the dawn raid through its press office in Kazan.",
    ):
        assert _two_places(run, first, second) == set(), second


# ---------------------------------------------------------------- round 62


def test_an_event_noun_the_tagger_calls_plural(run):
    """ "putsch" does not end in "s" and is its own only form, but the tagger may tag it plural
    (which would make it another instance)."""
    assert _two_places(
        run,
        "The putsch was launched in Lyon, the ministry said.",
        "Officials said the putsch in Osaka was widely condemned.",
    ) == {"Lyon", "Osaka"}


def test_a_quarrel_that_broke_out_is_an_event(run):
    """WordNet files "fracas" as talk, with no verb; only a happening erupts or breaks out."""
    assert _two_places(
        run,
        "The fracas erupted in Lyon shortly after the count began, police said.",
        "Footage of the fracas in Osaka was shared widely.",
    ) == {"Lyon", "Osaka"}


def test_a_known_event_in_a_question_about_what_it_did(run):
    """ "asked whether the fire in Osaka had slowed the count": the question is what came of
    the fire, not whether it happened (and "what caused the fire in Osaka" asks its cause)."""
    first = "The fire broke out in Lyon, officials said."
    for second in (
        "Reporters asked whether the fire in Osaka had slowed the count.",
        "Investigators have not said what caused the fire in Osaka.",
    ):
        assert _two_places(run, first, second) == {"Lyon", "Osaka"}, second


def test_a_riot_a_speaker_never_believed_they_would_witness_here(run):
    """ "I never imagined I'd see a riot here in Osaka": a riot that came, seen where the
    speaker is, however indefinite the words for it."""
    assert _two_places(
        run,
        "The riot broke out in Lyon on Monday, police said.",
        '"I never imagined I\'d see a riot here in Osaka," a resident said.',
    ) == {"Lyon", "Osaka"}


def test_it_in_brackets_after_the_event_with_a_plural_speaker(run):
    """ "The recount (both campaigns said it took place in Osaka)": "it" is the recount; the
    plural "campaigns" before it, events to WordNet, can be no "it"."""
    assert _two_places(
        run,
        "The recount took place in Lyon, officials said.",
        "The recount (both campaigns said it took place in Osaka) went unmentioned in the speech.",
    ) == {"Lyon", "Osaka"}


def test_an_event_called_something_happened(run):
    """ "called the spill in Osaka deeply regrettable": judged, not called for."""
    assert _two_places(
        run,
        "The tanker spill happened in Lyon, the coastguard said.",
        'The chairman called the tanker spill in Osaka "deeply regrettable".',
    ) == {"Lyon", "Osaka"}


def test_a_rare_word_with_an_act_sense_is_that_act(run):
    """WordNet files "defalcation" first as a sum, then as the act of embezzling; a word this
    rare is met in the news as the act."""
    assert _two_places(
        run,
        "The defalcation in Lyon rattled investors.",
        "Lawyers are preparing claims over the defalcation in Osaka.",
    ) == {"Lyon", "Osaka"}


def test_a_noisy_fight_wordnet_files_as_talk_is_an_event(run):
    """WordNet files "fracas" and "altercation" (one sense) as a quarrel, a kind of talk; it is
    a fight, an event even where no verb says it happened."""
    assert _two_places(
        run,
        "Witnesses said the altercation in Lyon had left officials shaken.",
        'The party referred to the fracas in Osaka as "a matter for the police".',
    ) == {"Lyon", "Osaka"}
