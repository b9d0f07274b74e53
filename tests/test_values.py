"""The values ``claims`` reads from a text: durations told in parts or in words, and negations
that deny something as against reporters' hedges."""
import pytest

from claims.entities import is_negated, slots

PUB = "2026-10-06"


def quantities(text):
    return [(n.text, n.value, n.unit, n.approx) for n in slots(text, "2026-03-09").numbers]


@pytest.mark.parametrize("text,seconds", [
    ("Tanabe won the women's race in 2:22:48.", 8568),
    ("She finished in 2 hours 22 minutes 48 seconds", 8568),
    ("He won in a course record of two hours, five minutes and 12 seconds", 7512),
    ("The debate on the motion lasted four hours and 50 minutes.", 17400),
    ("The hearing took half an hour", 1800),
    ("The climb took one and a half hours", 5400),
])
def test_a_duration_in_parts_or_in_words_is_one_quantity_in_seconds(text, seconds):
    (found,) = quantities(text)
    assert (found[1], found[2]) == (seconds, "seconds")


def test_a_race_time_is_not_a_clock_time():
    assert slots("Kiptoo was second in 2:05:58.", "2026-03-09").times == ()
    assert slots("The race started at 9:10 a.m.", "2026-03-09").times


def test_a_time_in_words_needs_an_approximation_or_a_half_to_be_a_quantity():
    assert quantities("Kiptoo finished less than a minute behind") == [("less than a minute", 60, "seconds", "max")]
    assert quantities("He broke it by almost a minute and a half")[0][1:] == (90, "seconds", "about")
    assert quantities("The shelling resumed an hour later") == []


def test_a_race_time_and_a_gap_after_it_are_two_quantities():
    assert [q[1] for q in quantities("Kiptoo was second in 2:05:58, 46 seconds behind")] == [7558, 46]


@pytest.mark.parametrize("text,negated", [
    ("The spill did not reach the Kafue River", True),
    ("North Korea did not return to talks", True),
    ("He could not be reached for comment", False),
    ("She could not immediately be reached", False),
    ("The ministry did not return calls", False),
    ("The ministry did not immediately respond to a request for comment", False),
])
def test_a_reporters_hedge_denies_nothing_but_not_reaching_a_river_does(text, negated):
    assert is_negated(text) is negated


@pytest.mark.parametrize("text,expected", [
    ("Leaving all but three of the country's 24 provinces without electricity", [(21, "provinces"), (24, "provinces")]),
    ("Power was cut to 21 of the country's 24 provinces", [(21, "provinces"), (24, "provinces")]),
    ("Twenty-seven farm workers had been tested", [(27, "farm workers")]),
    ("Officials said 4,300 rare books were lost", [(4300, "rare books")]),
    ("Tankers deliver about 60 cubic metres a day", [(60, "cubic")]),
    ("Ticket sales rose 3 percent", [(3, "percent")]),
    ("A dozen water-bombing aircraft joined them at first light", [(12, "aircraft")]),
    ("Three 12-year-old boys were found", [(3, None)]),
])
def test_what_a_number_counts(text, expected):
    assert [(q[1], q[2]) for q in quantities(text)] == expected


def test_a_qualified_count_is_no_clash_with_the_whole():
    from checker.compare import compare
    pub = "2026-10-08"
    claim = "Roughly eleven thousand of the library's 62,000 books burned"
    ref = "The fire destroyed about 11,000 books, among them 4,300 rare books from the old collection."
    result = compare(claim, slots(claim, pub), ref, pub, ref)
    assert not [c for c in result.conflicts if c.field == "number"]


@pytest.mark.parametrize("text,minutes", [
    ("The lights went out shortly after four in the afternoon on Wednesday", 960),
    ("The boat capsized at ten at night", 1320),
    ("The first tremor came at one in the morning", 60),
])
def test_an_hour_in_words_with_its_part_of_the_day_is_a_clock_time(text, minutes):
    (time,) = slots(text, "2026-01-30").times
    assert time[1] == minutes


def test_a_figure_after_a_label_counts_what_the_label_names():
    assert [(q[1], q[2]) for q in quantities("Houses fully destroyed: 13,200.")] == [(13200, "houses")]
    assert [(q[1], q[2]) for q in quantities("Deaths: 14.")] == [(14, "deaths")]


def test_a_tally_with_another_figure_contradicts_and_does_not_support():
    from checker.compare import compare
    pub = "2026-05-27"
    claim = "About 30,000 homes were destroyed"
    result = compare(claim, slots(claim, pub), "Houses fully destroyed: 13,200.", pub, None)
    assert result.stance == "contradicts" and [c.field for c in result.conflicts] == ["number"]


def test_a_different_figure_without_a_unit_is_no_support():
    from checker.compare import compare
    pub = "2026-05-27"
    claim = "About 30,000 homes were destroyed by the cyclone"
    ref = "The cyclone destroyed homes across the district, the ministry said, putting the total at 13,200."
    assert compare(claim, slots(claim, pub), ref, pub, None).stance != "supports"


def test_digits_inside_a_name_are_no_quantity():
    assert quantities("The Airbus A320 was arriving with 178 passengers") == [("178 passengers", 178, "passengers", None)]
    assert quantities("H5N1 was found on 12 farms") == [("12 farms", 12, "farms", None)]


def test_a_place_before_a_count_does_not_make_it_another_count():
    from checker.compare import compare
    pub = "2026-07-20"
    claim = "The Airbus A320 was arriving from Warsaw with 178 passengers and six crew on board"
    ref = "A Colchis Air Airbus A320 carrying 174 passengers and six crew overran the runway at Kutaisi."
    result = compare(claim, slots(claim, pub), ref, pub, ref)
    assert [(c.claim_value, c.reference_value) for c in result.conflicts] == [("178 passengers", "174 passengers")]


def test_two_ceilings_of_one_sum_disagree_but_a_ceiling_holds_a_smaller_figure():
    from checker.values import _compatible
    assert not _compatible(8e6, "cap", 6e6, "cap")  # "up to eight million" / "up to 6 million"
    assert _compatible(8e6, "cap", 6e6, None)  # "up to eight million" holds "6 million"
    assert _compatible(10, "max", 7, "about")  # "less than ten minutes" / "about seven minutes"


def test_a_measure_shared_counts_as_a_word_shared():
    from checker.compare import compare
    pub = "2026-05-06"
    claim = "They were inside the building for less than ten minutes"
    ref = "The thieves climbed scaffolding and were inside for about seven minutes, the police said."
    assert compare(claim, slots(claim, pub), ref, pub, ref).stance == "supports"


@pytest.mark.parametrize("text,dateline", [
    ("HƯNG YÊN (Hanoi Daily Post), 9 March 2026 - Four checkpoints went up.", "HƯNG YÊN (Hanoi Daily Post), 9 March 2026 - "),
    ("LUSAKA, 21 April 2026 (Ministry of Water Development and Sanitation) - The minister toured the town.",
     "LUSAKA, 21 April 2026 (Ministry of Water Development and Sanitation) - "),
])
def test_a_dateline_with_its_outlet_before_the_date_or_a_long_one_after_it_is_no_date(text, dateline):
    from claims.dates import dateline_end
    assert text[:dateline_end(text)] == dateline
    assert slots(text, "2026-04-22").dates == ()


def test_a_sum_is_what_it_is_called():
    from checker.compare import compare
    pub = "2026-09-17"
    claim = "Investment: some 1.2 billion euros"
    ref = "The state supports the investment with 214 million euros of aid, approved by the European Commission."
    assert not compare(claim, slots(claim, pub), ref, pub, ref).conflicts
    bonus = "Rono also collects a bonus of 3 million yen for the record"
    ref2 = "Rono receives 8 million yen for the win and a 5 million yen bonus for the course record."
    assert [c.reference_value for c in compare(bonus, slots(bonus, pub), ref2, pub, ref2).conflicts] == ["5 million yen"]


def test_a_reference_speaking_to_one_of_two_figures_leaves_the_other_alone():
    from checker.compare import compare
    pub = "2026-01-20"
    claim = "Of the roughly 9,600 tonnes of marine diesel on board, more than 300 tonnes have now escaped"
    ref = "About 310 tonnes of marine diesel have leaked, up from an estimate of 180 tonnes a day earlier."
    assert not [c for c in compare(claim, slots(claim, pub), ref, pub, ref).conflicts if c.field == "number"]


def test_a_director_of_something_is_not_the_director():
    from claims.people import find_people
    (person,) = find_people("Ingrid Sæther, director of emergency response, leads the operation.")
    assert person.role == "Director of Emergency Response"
    from checker.offices import same_office
    assert not same_office("Head of Coastal Administration", person.role)


def judge(claim, ref, pub, context=None):
    from checker.compare import compare
    return compare(claim, slots(claim, pub), ref, pub, context or ref)


def dates_of(text, pub="2025-10-20"):
    return [(d.text, d.iso, d.relation) for d in slots(text, pub).dates]


def test_less_than_some_years_ago_is_an_approximate_date_and_more_than_is_before():
    assert dates_of("The province declared a drought emergency less than two years ago") == [
        ("less than two years ago", "2023", "about")]
    assert dates_of("The smelter shut down just under two years ago")[0][2] == "about"
    assert dates_of("The smelter shut down more than seven months ago") == [
        ("more than seven months ago", "2025-03", "before")]
    assert dates_of("The smelter shut down just over two years ago")[0][2] == "before"


def test_an_approximate_date_does_not_clash_with_a_date_inside_it():
    result = judge("The province declared a drought emergency less than two years ago",
                   "The province declared a drought emergency in March 2024, officials said.", "2025-10-20")
    assert not [c for c in result.conflicts if c.field == "date"]
    assert result.stance != "contradicts"


def test_an_approximate_date_is_not_supported_by_a_report_of_this_week():
    # another declaration, four days before publication, is not the one "less than two years ago"
    result = judge("The province declared a drought emergency less than two years ago",
                   "The province declared a drought emergency on October 16 as its reservoirs ran low.", "2025-10-20")
    assert result.stance == "related" and not result.conflicts


def test_ago_is_no_topic_word():
    from checker.retrieve import topic_words
    assert "ago" not in topic_words("The smelter shut down three weeks ago")
    assert topic_words("The smelter shut down three weeks ago") == topic_words("The smelter shut down")


def test_a_lead_is_a_gap_and_never_clashes_with_a_total():
    pub = "2026-03-02"
    total = judge("Okonjo won the mayoral race with 12,406 votes",
                  "Okonjo won the mayoral race, and her lead over Farrant was fewer than 700 votes.", pub)
    assert not [c for c in total.conflicts if c.field == "number"]
    lead = judge("Okonjo's lead over Farrant in the mayoral race was 654 votes",
                 "In the mayoral race Okonjo received 12,406 votes and Farrant 11,752 votes.", pub)
    assert not [c for c in lead.conflicts if c.field == "number"]
    # what the rule must not do: one margin against another is still compared
    margin = judge("Okonjo won the mayoral race by a margin of 654 votes",
                   "Okonjo won the mayoral race by a margin of 1,210 votes over Farrant.", pub)
    assert [(c.field, c.claim_value, c.reference_value) for c in margin.conflicts] == [
        ("number", "654 votes", "1,210 votes")]


def test_below_minus_a_figure_is_under_zero_and_at_most_that():
    assert quantities("Overnight temperatures in Yakutsk fell below minus 30 degrees") == [
        ("below minus 30 degrees", -30, "degrees", "max")]
    assert quantities("It fell to minus 34 degrees") == [("minus 34 degrees", -34, "degrees", None)]
    assert quantities("Temperatures stayed above 35 degrees") == [("above 35 degrees", 35, "degrees", "min")]


def test_below_minus_thirty_holds_minus_thirty_four_but_not_minus_twenty_five():
    pub = "2026-01-10"
    claim = "Overnight temperatures in Yakutsk fell below minus 30 degrees"
    colder = judge(claim, "Overnight temperatures in Yakutsk fell to minus 34 degrees, the weather service said.", pub)
    assert colder.stance == "supports" and not colder.conflicts
    warmer = judge(claim, "Overnight temperatures in Yakutsk fell to minus 25 degrees, the weather service said.", pub)
    assert [(c.field, c.reference_value) for c in warmer.conflicts] == [("number", "minus 25 degrees")]


def test_a_count_of_amphorae_is_no_clock_time_but_a_m_and_pm_are():
    found = slots("Divers have raised 46 amphorae from the Roman wreck", "2026-03-09")
    assert found.times == () and [(n.value, n.unit) for n in found.numbers] == [(46, "amphorae")]
    assert [t[1] for t in slots("The ferry left at 6 a.m. on Tuesday", "2026-03-09").times] == [360]
    assert [t[1] for t in slots("The ferry left at 6pm on Tuesday", "2026-03-09").times] == [1080]


def test_the_figure_of_a_named_place_the_claim_does_not_name_is_not_the_claims():
    pub = "2026-05-14"
    tent = "The three climbers were stranded in their tent at 6,400 metres on the south ridge"
    camp = ("Rescuers reached the three climbers stranded in their tent on the south ridge and brought them down "
            "to Camp 1, at 5,900 metres.")
    assert not [c for c in judge(tent, camp, pub).conflicts if c.field == "number"]
    # a claim that names Camp 1 is about its figure
    at_camp = "The three climbers were brought down to Camp 1 at 6,400 metres on the south ridge"
    assert [(c.field, c.reference_value) for c in judge(at_camp, camp, pub).conflicts] == [("number", "5,900 metres")]


def test_a_day_something_is_due_by_clashes_with_the_day_it_is_due_on():
    pub = "2026-02-10"
    claim = "The tunnel boring machine is due to reach the breakthrough point by March 29"
    other = judge(claim, "The tunnel boring machine is due to reach the breakthrough point on March 19, "
                         "the contractor said.", pub)
    assert [(c.field, c.claim_value, c.reference_value) for c in other.conflicts] == [("date", "March 29", "March 19")]
    same = judge(claim, "The tunnel boring machine is due to reach the breakthrough point on March 29, "
                        "the contractor said.", pub)
    assert not same.conflicts
    # what the rule must not do: a deadline is no clash with the day something was done (no schedule words in
    # the reference), even where the claim has one
    done = "Most companies filed their annual tax returns on June 12, the revenue office said."
    for deadline in ("Companies must file their annual tax returns by June 30",
                     "Companies are expected to file their annual tax returns by June 30"):
        assert not [c for c in judge(deadline, done, "2026-07-10").conflicts if c.field == "date"]


def test_half_a_dozen_is_six():
    from claims.entities import slots as _slots
    assert [n.value for n in _slots("Half a dozen aircraft are now spraying the fields", "2026-03-04").numbers] == [6.0]
    assert [n.value for n in _slots("A dozen aircraft are now spraying the fields", "2026-03-04").numbers] == [12.0]


def test_a_share_in_words_is_a_percentage():
    from claims.entities import slots as _slots
    found = {n.text: (n.value, n.unit, n.approx) for n in
             _slots("Remittances make up more than a third of the economy, about two thirds of exports and barely a "
                    "quarter of tax", "2026-03-11").numbers}
    assert found == {"more than a third": (33.3, "percent", "min"), "about two thirds": (66.7, "percent", "about"),
                     "barely a quarter": (25.0, "percent", "about")}
    # "half an hour", "a quarter past six" are no shares
    assert all(n.unit != "percent" for n in _slots("Half an hour later, at a quarter past six", "2026-03-11").numbers)


@pytest.mark.parametrize("text,iso", [
    ("The line had its last full maintenance shutdown last month", "2026-07"),
    ("The plant closed last year", "2025"),
    ("His contract ends in June", "2026-06"),  # written on 31 May: the coming June
    ("The bridge opened in October", "2025-10"),  # a later month is last year's
])
def test_periods_and_months_without_a_year_are_dated_from_the_report(text, iso):
    assert [d.iso for d in slots(text, "2026-05-31" if "June" in text or "October" in text else "2026-08-25").dates] == [iso]


def test_a_coordinator_of_a_body_is_a_role_of_that_body():
    from claims.people import find_people
    (person,) = find_people("Red Cross coordinator Ana Padrón said most were stable.")
    assert (person.name, person.role) == ("Ana Padrón", "Red Cross Coordinator")


def test_a_range_that_names_its_month_once_keeps_its_first_day():
    from claims.entities import slots
    for text in ("The port was shut from 8 to 10 June.", "The port was shut between 8 and 10 June.",
                 "The port was shut between 8 June and 10 June."):
        assert [(d.iso, d.relation) for d in slots(text, "2026-06-12").dates] == \
            [("2026-06-08", "from"), ("2026-06-10", "until")]


def test_a_verb_after_a_sum_is_no_unit_of_it():
    from claims.entities import slots
    assert [n.unit for n in slots("About US$35 million would be made available.").numbers] == ["us$"]


def test_others_and_people_set_apart_by_a_comma_are_counted_by_what_befell_them():
    from claims.entities import slots
    assert [n.unit for n in slots("Fourteen others were hurt.").numbers] == ["hurt"]
    assert [n.unit for n in slots("Fourteen people, the pilot among them, were injured.").numbers] == ["injured"]


def test_a_qualified_title_is_a_role_of_its_own():
    from claims.people import find_people
    assert [p.role for p in find_people("Head coach Samvel Petrossian stood by his athlete.")] == ["Head Coach"]
    assert [p.role for p in find_people("Regional prosecutor Andrés Figueroa said the truck was found.")] == \
        ["Regional Prosecutor"]


def test_a_month_in_capitals_with_no_day_is_an_agencys_letters():
    assert [d.text for d in slots("(SEP) The film won the prize on Friday.", "2026-08-21").dates] == ["on Friday"]
    assert slots("The plant closed on SEP 12.", "2026-08-21").dates[0].iso == "2026-09-12"


def test_an_event_dated_a_day_after_the_claims_day_is_the_day_before():
    from checker.values import _date_conflicts
    claim = "The territory closed the road to heavy trucks on Sunday, a day after a fuel tanker broke through the ice"
    ref = "A fuel tanker broke through the ice late on Saturday."
    assert not _date_conflicts(slots(claim, "2026-03-10"), slots(ref, "2026-03-09"), claim, ref)
    ref = "A fuel tanker broke through the ice late on Thursday."
    assert _date_conflicts(slots(claim, "2026-03-10"), slots(ref, "2026-03-09"), claim, ref)


def test_the_day_an_outlet_reported_is_no_day_of_what_it_reported():
    from checker.values import _date_conflicts
    claim = "Sanin Electric Power restarted Unit 2 of its Sekihama plant on Monday"
    ref = "A local television station reported on Tuesday, citing people familiar with the plans, that a third reactor would follow."
    assert not _date_conflicts(slots(claim, "2026-09-16"), slots(ref, "2026-09-15"), claim, ref)
    ref = "The utility restarted the reactor on Tuesday, the regulator said."
    assert _date_conflicts(slots(claim, "2026-09-16"), slots(ref, "2026-09-15"), claim, ref)


def test_a_court_is_no_person_and_a_state_attorney_is_a_role():
    from claims.people import find_people
    people = find_people("At the request of County State Attorney Marija Perić, an investigating judge of the County "
                         "Court in Split ordered the two men held.")
    assert [(p.name, p.role) for p in people] == [("Marija Perić", "County State Attorney")]


def test_people_counted_by_another_fate_are_another_group():
    from checker.values import _number_conflicts
    claim = "Eight riders had to quit the race"
    ref = "A mass crash on a wet descent brought down 23 riders on the third stage of the Tour du Rwanda."
    assert not _number_conflicts(slots(claim, "2026-02-24"), slots(ref, "2026-02-23"), claim, ref)
    ref = "Five riders had to quit the race after the crash."
    assert _number_conflicts(slots(claim, "2026-02-24"), slots(ref, "2026-02-23"), claim, ref)


def test_per_with_no_cent_after_it_is_a_rate_not_a_percentage():
    assert [n[2] for n in quantities("Petrol rose 9.8 per cent in June")] == ["per"]
    assert [n[2] for n in quantities("It costs 50 per day")] == [None]


def test_a_currency_sign_written_before_a_figure_is_its_unit():
    assert [n[1:3] for n in quantities("Petrol rises by KSh 8.40 to KSh 192.70 per litre")] == \
        [(8.4, "shilling"), (192.7, "shilling")]


def test_a_rate_per_litre_never_clashes_with_a_percentage():
    from checker.compare import compare
    claim = "The landed cost of petrol had climbed by nearly ten percent in June"
    ref = "In Nairobi, super petrol rises by KSh 8.40 to KSh 192.70 per litre."
    assert not compare(claim, slots(claim, "2026-07-16"), ref, "2026-07-14").conflicts


def test_just_over_a_figure_is_near_it_not_anything_above_it():
    assert quantities("Diesel rose by just over six shillings")[0][3] == "about"


def test_a_reference_giving_the_change_and_the_level_speaks_to_both():
    from checker.compare import compare
    claim = "Diesel rose by just over six shillings to 187.30 shillings a litre in the capital"
    ref = "Diesel goes up by 6.15 shillings to 181.30 shillings a litre, while kerosene stays unchanged at 160.50 shillings."
    result = compare(claim, slots(claim, "2026-07-16"), ref, "2026-07-14")
    assert [(c.field, c.claim_value, c.reference_value) for c in result.conflicts] == \
        [("number", "187.30 shillings", "181.30 shillings")]


def test_a_weekday_of_something_to_come_is_the_coming_one():
    def dates(text):
        return [d.iso for d in slots(text, "2026-10-27").dates]  # a Tuesday
    assert dates("The remaining homes should be reconnected by Thursday.") == ["2026-10-29"]
    assert dates("The homes were reconnected on Thursday.") == ["2026-10-22"]
    assert dates("The vote was held last Thursday and the count will take a week.") == ["2026-10-22"]


def test_a_weekday_owning_its_noun_dates_the_noun_and_opens_no_span():
    (sunday, _) = slots("The death toll from Sunday's tornado rose to five on Tuesday.", "2026-10-27").dates
    assert (sunday.weekday, sunday.relation) == ("Sunday", "on")


def test_a_day_of_a_month_before_next_year_is_in_next_year_and_taking_effect_starts_it():
    (day,) = slots("It will take effect on January 1 next year", "2026-11-10").dates
    assert (day.iso, day.relation) == ("2027-01-01", "from")
    (day,) = slots("The law came into force on 3 May.", "2026-11-10").dates
    assert day.relation == "from"


def test_a_dollar_with_its_country_letters_is_a_dollar_and_a_figure_ends_before_a_stop_word():
    (levy,) = quantities("Baptiste said the levy would raise about TT$180 million a year.")
    assert levy == ("about TT$180 million", 180000000.0, "tt$", "about")
    from checker.compare import compare
    claim = "The levy is expected to raise about 300 million dollars a year"
    ref = "Finance Minister Rohan Baptiste said the levy would raise about TT$180 million a year."
    assert [c.field for c in compare(claim, slots(claim, "2026-11-10"), ref, "2026-11-09").conflicts] == ["number"]


def test_a_count_of_different_or_individual_things_counts_the_things():
    assert [n[2] for n in quantities("The images show six different birds")] == ["birds"]
    assert [n[2] for n in quantities("They show five individual birds")] == ["birds"]
    assert [n[2] for n in quantities("There were 30 new cases")] == ["new cases"]  # an increment stays apart


def test_a_team_counted_by_its_members_is_one_count_however_they_are_called():
    from checker.values import _number_conflicts
    claim = "A team of 36 doctors, anaesthetists and nurses took part"
    ref = "A team of 26 specialists carried out the transplant."
    conflicts = _number_conflicts(slots(claim, PUB), slots(ref, PUB), claim, ref)
    assert [(c.claim_value, c.reference_value) for c in conflicts] == [("36 doctors", "26 specialists")]


def test_a_year_the_reference_gives_anywhere_is_not_contradicted_by_its_other_dates():
    from checker.compare import compare
    claim = "Khiem painted the work on silk in 1943"
    ref = ('"Afternoon on West Lake" (1943), ink and colour on silk, by Nguyen Van Khiem, sold on Sunday 4 October '
           'for HK$46,100,000.')
    assert not compare(claim, slots(claim, "2026-10-06"), ref, "2026-10-05").conflicts


def test_a_place_off_which_a_ship_lies_is_a_place_but_a_country_off_which_it_lies_is_not():
    assert slots("She is now anchored off Garacad, further south", PUB).places == ("Garacad",)
    assert slots("Halvard Offshore has struck oil in deep water off Suriname", PUB).places == ()
    assert slots("The talks broke off Tuesday.", PUB).places == ()


@pytest.mark.parametrize("text,weekdays", [
    ("A mass ejection left the Sun earlier that day.", []),
    ("The candidates sat the paper on Tuesday.", ["Tuesday"]),
    ("Polls close Sun, 10 May.", ["Sunday"]),
    ("The vote is on Sat., May 9.", ["Saturday"]),
])
def test_a_weekday_written_short_is_one_only_with_its_full_stop_or_comma(text, weekdays):
    assert [d.weekday for d in slots(text, "2026-05-11").dates if d.weekday] == weekdays


@pytest.mark.parametrize("text,approx", [
    ("As many as 30 people died.", "cap"), ("Farmers stopped for as long as fourteen hours.", "cap"),
    ("Prices rose as much as 5 percent.", "cap")])
def test_the_most_a_figure_reached_is_a_cap_not_the_figure(text, approx):
    assert [q[3] for q in quantities(text)] == [approx]


def test_a_denial_said_again_with_the_same_verb_is_still_a_denial():
    assert is_negated("Residents' guests do not need a ticket and do not need any permit.")
    assert not is_negated("It is not true that he did not go.")


def test_a_month_of_something_to_come_is_the_coming_one():
    def dates(text):
        return [d.iso for d in slots(text, "2026-10-14").dates]
    assert dates("Replacement notes should arrive in January") == ["2027-01"]
    assert dates("The notes were printed in January") == ["2026-01"]
    assert dates("He will retire, having joined the bank in March") == ["2026-03"]  # the joining is past


def test_the_same_month_read_in_two_tenses_is_no_clash():
    from checker.compare import compare
    # each text's year of a bare month is only a reading of its tense: "will attend in October" and "in October"
    claim = "The prime minister will attend a celebration at the caves in October"
    result = compare(claim, slots(claim, "2026-11-20"), "The prime minister attended a celebration at the caves in October.",
                     "2026-11-18")
    assert not [c for c in result.conflicts if c.field == "date"]
    # a year written out still counts
    claim = "Replacement notes should arrive in January"
    assert compare(claim, slots(claim, "2026-10-14"), "Replacement notes will be delivered in January 2027.",
                   "2026-10-14").stance == "supports"
    clash = compare(claim, slots(claim, "2026-10-14"), "Replacement notes will be delivered in January 2028.", "2026-10-14")
    assert [c.field for c in clash.conflicts] == ["date"]


def test_a_sum_in_words_names_its_currency_as_a_unit_as_a_sum_in_figures_does():
    from checker.retrieve import topic_words
    assert topic_words("He was offered fifteen thousand US dollars to play") == \
        topic_words("He was offered 15,000 US dollars to play") == ["offer", "play"]


def test_a_decade_ago_is_ten_years_back_and_more_than_a_decade_ago_is_before():
    assert dates_of("The museum opened more than a decade ago", "2026-10-22") == [
        ("more than a decade ago", "2016", "before")]
    # "almost a decade ago" (nine years back, say) and "two decades ago" are too loose to date anything by
    assert dates_of("She began writing the script almost a decade ago", "2026-08-20") == []
    assert dates_of("The dam was built two decades ago", "2026-10-22") == []


def test_a_weekday_of_last_week_is_that_weeks_day_not_the_last_one():
    # written on Thursday 23 July 2026: "Monday of last week" is 13 July; "on Monday" alone is 20 July
    assert dates_of("They walked off the job on Monday of last week", "2026-07-23") == [
        ("on Monday of last week", "2026-07-13", "on")]
    assert dates_of("They walked off the job on Monday", "2026-07-23")[0][1] == "2026-07-20"


def test_the_island_or_state_of_a_name_is_a_place():
    assert slots("Most evacuees were taken by boat to the neighbouring island of Pentecost", PUB).places == ("Pentecost",)
    assert slots("She grew up in the state of Goias", PUB).places == ("Goias",)
    result = judge("Most evacuees were taken by boat to the neighbouring island of Pentecost",
                   "Most evacuees were taken by boat to the neighbouring island of Malekula, where they stay in schools.",
                   "2026-03-10")
    assert [c.field for c in result.conflicts] == ["place"]
