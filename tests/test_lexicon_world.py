"""The world gazetteer: every country form leads to one country, every capital to its country."""

import unicodedata
from collections import defaultdict

import pytest

from claims.lexicon.roles import COUNTRIES
from claims.lexicon.world import (
    COUNTRY_OF_CAPITAL,
    COUNTRY_OF_CITY,
    SHARED_FORMS,
    WORLD_CAPITALS,
    WORLD_COUNTRIES,
)

#: roles.COUNTRIES entries that are bodies, not countries: deliberately absent from the world table.
NOT_COUNTRIES = {"United Nations", "European Union", "NATO"}

COUNTRY_FORMS = [form for forms in WORLD_COUNTRIES.values() for form in forms]
COUNTRY_OF_FORM = {form: name for name, forms in WORLD_COUNTRIES.items() for form in forms}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize("form", COUNTRY_FORMS + list(WORLD_CAPITALS))
def test_every_form_is_lower_case_stripped_and_composed(form):
    assert form == form.lower() == form.strip() == unicodedata.normalize("NFC", form)
    assert "  " not in form and form


def test_no_country_form_names_two_countries():
    owners = defaultdict(set)
    for name, forms in WORLD_COUNTRIES.items():
        for form in forms:
            owners[form].add(name)
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}


def test_no_country_lists_a_form_twice():
    assert {name: forms for name, forms in WORLD_COUNTRIES.items() if len(forms) != len(set(forms))} == {}


@pytest.mark.parametrize("name", [n for n in COUNTRIES if n not in NOT_COUNTRIES])
def test_existing_country_keeps_its_forms_in_order(name):
    old = COUNTRIES[name]
    assert WORLD_COUNTRIES[name][: len(old)] == old


def test_bodies_that_are_not_countries_are_left_out():
    assert not NOT_COUNTRIES & set(WORLD_COUNTRIES)
    assert not {"eu", "un", "u.n.", "nato", "european union", "united nations"} & set(COUNTRY_OF_FORM)


def test_all_un_members_and_seven_more_are_listed():
    assert len(WORLD_COUNTRIES) >= 195
    others = {"Kosovo", "Taiwan", "Palestine", "Vatican City", "Western Sahara", "Hong Kong", "Macau"}
    assert others <= set(WORLD_COUNTRIES)


def test_countries_are_sorted_by_name():
    assert list(WORLD_COUNTRIES) == sorted(WORLD_COUNTRIES, key=_fold)


@pytest.mark.parametrize(("form", "country"), [
    ("belgian", "Belgium"),
    ("belgium's", "Belgium"),
    ("ivory coast", "Ivory Coast"),
    ("côte d'ivoire", "Ivory Coast"),
    ("cote d'ivoire", "Ivory Coast"),
    ("ivorian", "Ivory Coast"),
    ("dprk", "North Korea"),
    ("republic of korea", "South Korea"),
    ("emirati", "United Arab Emirates"),
    ("russian federation", "Russia"),
    ("burma", "Myanmar"),
    ("czechia", "Czech Republic"),
    ("holland", "Netherlands"),
    ("türkiye", "Turkey"),
    ("drc", "Democratic Republic of the Congo"),
    ("swiss", "Switzerland"),
    ("nigerien", "Niger"),
    ("nigerian", "Nigeria"),
    ("guinean", "Guinea"),
    ("dominican", "Dominican Republic"),
    ("georgia", "Georgia"),
    ("holy see", "Vatican City"),
    ("u.k.", "United Kingdom"),
])
def test_form_names_country(form, country):
    assert COUNTRY_OF_FORM[form] == country


@pytest.mark.parametrize("form", ["congolese", "congo", "korean", "korea", "flemish", "english", "serb", "croat",
                                  "america", "car", "central african", "macedonia", "kiwi"])
def test_ambiguous_form_names_no_country(form):
    assert form not in COUNTRY_OF_FORM


def test_capital_forms_meet_country_forms_only_where_they_mean_the_same_country():
    shared = set(WORLD_CAPITALS) & set(COUNTRY_OF_FORM)
    assert shared == SHARED_FORMS
    for form in shared:
        assert COUNTRY_OF_CAPITAL[WORLD_CAPITALS[form]] == COUNTRY_OF_FORM[form], form


def test_every_capital_and_city_belongs_to_a_listed_country():
    assert set(COUNTRY_OF_CAPITAL.values()) <= set(WORLD_COUNTRIES)
    assert set(COUNTRY_OF_CITY.values()) <= set(WORLD_COUNTRIES)


def test_every_country_has_a_capital():
    assert set(WORLD_COUNTRIES) == set(COUNTRY_OF_CAPITAL.values())


def test_a_place_is_a_capital_or_a_city_not_both():
    assert not set(COUNTRY_OF_CAPITAL) & set(COUNTRY_OF_CITY)


def test_every_gazetteer_name_has_a_country():
    assert set(WORLD_CAPITALS.values()) <= set(COUNTRY_OF_CAPITAL) | set(COUNTRY_OF_CITY)


def test_capitals_without_forms_are_only_the_deliberately_ambiguous_ones():
    # "Victoria" and "Sofia" are first names far more often than capitals in news text.
    assert set(COUNTRY_OF_CAPITAL) - set(WORLD_CAPITALS.values()) == {"Victoria", "Sofia"}
    assert set(COUNTRY_OF_CITY) <= set(WORLD_CAPITALS.values())


@pytest.mark.parametrize(("form", "place"), [
    ("kyiv", "Kyiv"), ("kiev", "Kyiv"), ("nay pyi taw", "Naypyidaw"), ("naypyitaw", "Naypyidaw"),
    ("bogota", "Bogotá"), ("bogotá", "Bogotá"), ("brasilia", "Brasília"), ("reykjavik", "Reykjavík"),
    ("sana'a", "Sanaa"), ("sanaa", "Sanaa"), ("são paulo", "São Paulo"), ("sao paulo", "São Paulo"),
    ("malé", "Malé"), ("odessa", "Odesa"), ("washington", "Washington"),
])
def test_capital_spellings_lead_to_one_place(form, place):
    assert WORLD_CAPITALS[form] == place


@pytest.mark.parametrize("word", ["victoria", "sofia", "male", "nice", "mobile", "reading", "bath", "split",
                                  "florence", "phoenix", "austin", "lincoln", "alexandria", "salvador"])
def test_words_that_are_usually_not_places_are_not_in_the_gazetteer(word):
    assert word not in WORLD_CAPITALS


def test_gazetteer_agrees_with_the_existing_places_table():
    from claims.lexicon.roles import PLACES

    for form, place in PLACES.items():
        if form in WORLD_CAPITALS:
            assert WORLD_CAPITALS[form] == place, form
