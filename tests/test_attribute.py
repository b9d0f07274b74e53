"""Attribution relations (claims/attribute.py): source, cue, content, kind, label, via.

Each row is written in our own words and names one PARC-style rule: the source before
or after the content, relays, pronouns and definite descriptions, kinds by head noun.
"""
from __future__ import annotations

import pytest

from claims.attribute import attribute, classify
from claims.segment import split_sentences


def relations(text: str, known=None):
    out = []
    for rel in attribute(text, split_sentences(text), known):
        a = rel.attribution
        out.append({
            "content": text[rel.content[0]:rel.content[1]],
            "source": text[a.source_span[0]:a.source_span[1]] if a.source_span else None,
            "cue": a.cue,
            "kind": a.kind,
            "label": a.label,
            "via": list(a.via),
        })
    return out


def one(text: str, content_start: str):
    found = [r for r in relations(text) if r["content"].startswith(content_start)]
    assert found, f"no relation whose content starts with {content_start!r}: {relations(text)}"
    return found[0]


# -- where the source stands ------------------------------------------------------------

SOURCE_POSITIONS = [
    # (name, text, content starts with, source)
    ("subject_before_cue_with_that",
     "The harbour authority said on Monday that the pier would reopen in May.", "the pier would reopen", "The harbour authority"),
    ("subject_after_content",
     "The pier will reopen in May, the harbour authority said on Monday.", "The pier will reopen", "the harbour authority"),
    ("inverted_cue_before_the_source",
     "\"We are ready,\" said Mira Holt, a spokeswoman for the port.", "We are ready", "Mira Holt, a spokeswoman for the port"),
    ("according_to_after_the_content",
     "Two cranes collapsed overnight, according to the port operator.", "Two cranes collapsed overnight", "the port operator"),
    ("according_to_before_the_content",
     "According to the port operator, two cranes collapsed overnight.", "two cranes collapsed overnight", "the port operator"),
    ("parenthetical_between_subject_and_cue",
     "The engineer, who asked not to be named, said the cables were worn.", "the cables were worn", "The engineer"),
    ("leading_adverbial_before_the_subject",
     "In a statement on its website, the council said it would appeal.", "it would appeal", "the council"),
    ("someone_by_the_body_they_lead",
     "The head of the regional administration said that the dam was safe.", "the dam was safe",
     "The head of the regional administration"),
    ("an_intelligence_service",
     "Rovenian intelligence believes the network was run from the trade mission.", "the network was run",
     "Rovenian intelligence"),
    ("how_the_source_spoke_set_off_between_subject_and_cue",
     "The Oskana Ledger, in an analysis of state budget records published on Thursday, found that spending had fallen.",
     "spending had fallen", "The Oskana Ledger"),
    ("adverbials_before_that",
     "The union said in a letter to members that the strike would go ahead.", "the strike would go ahead", "The union"),
    ("headline_without_article",
     "Ferry service to resume next week, operator says\n\nBody text follows here.", "Ferry service to resume next week", "operator"),
    ("apposition_after_a_quote",
     '"I have never seen anything like it," one resident, Maria Sole, told him.', "I have never seen anything like it",
     "one resident, Maria Sole"),
    ("headline_speaker_before_a_colon",
     "Mayor Ana Holt: the bridge will reopen in May\n\nThe body follows.", "the bridge will reopen in May", "Mayor Ana Holt"),
    ("dateline_is_not_the_subject",
     "KOLVIK, May 3 (Newswire) - The ferry sank near the harbour, the coast guard said.", "The ferry sank near the harbour", "the coast guard"),
]


@pytest.mark.parametrize("name,text,content,source", SOURCE_POSITIONS, ids=[r[0] for r in SOURCE_POSITIONS])
def test_the_source_is_found_before_after_or_around_the_content(name, text, content, source):
    assert one(text, content)["source"] == source


@pytest.mark.parametrize("text", [
    "The Ardeshi Foreign Ministry, in a statement posted on its website on Saturday evening, said Ardesh was ready.",
    "The Oskana Ledger, in an analysis of state budget records published on Thursday, found that spending had fallen.",
])
def test_what_a_source_spoke_in_is_never_a_source(text):
    # "posted", "published" after "a statement" / "an analysis" describe the document, they do not report its subject
    found = relations(text)
    assert len(found) == 1 and found[0]["source"].startswith("The ")


def test_a_quote_interrupted_by_its_cue_is_two_relations_with_one_source():
    text = '"The water came fast," said the farmer, "and it took the barn."'
    found = relations(text)
    assert [r["content"] for r in found] == ["The water came fast", "and it took the barn"]
    assert {r["source"] for r in found} == {"the farmer"}


def test_a_quote_over_several_sentences_is_one_content():
    text = 'The mayor spoke at noon. "We lost the bridge. We will rebuild it," she said.'
    assert one(text, "We lost the bridge")["content"] == "We lost the bridge. We will rebuild it"


def test_a_quote_after_an_attributed_sentence_keeps_its_speaker():
    text = 'Ana Lind said the road was closed. "Nobody can get through."'
    rel = one(text, "Nobody can get through")
    assert rel["label"] == "Ana Lind" and rel["cue"] == "said"


def test_a_participial_cue_keeps_the_sentences_source():
    text = "The ministry rejected the report, saying that the figures were old."
    rel = one(text, "the figures were old")
    assert rel["source"] == "The ministry" and rel["cue"] == "saying"


def test_a_second_source_in_the_sentence_ends_the_first_content():
    text = "Many traders said they feared looting, while others said they backed the strike."
    found = relations(text)
    assert [r["content"] for r in found] == ["they feared looting", "they backed the strike"]


def test_a_source_after_its_place_is_not_an_infinitive():
    rel = one("Sources close to the club said the coach would stay.", "the coach would stay")
    assert rel["kind"] == "anonymous_source"


def test_an_outlet_after_a_speakers_report_is_a_relay():
    text = ("The state news agency VNA interviewed the minister. "
            "The dam will be filled over seven years, Minister Omar Tass explained, according to the agency.")
    found = relations(text)
    assert len(found) == 1 and found[0]["label"] == "Minister Omar Tass" and found[0]["via"] == ["VNA"]


def test_a_coordinated_cue_keeps_the_subject_and_ends_the_first_content():
    text = "The mayor said the budget was tight and called on residents to save water."
    found = relations(text)
    assert [r["content"] for r in found] == ["the budget was tight", "residents to save water"]
    assert found[1]["cue"] == "called on" and found[1]["source"] == "The mayor"


# -- what is not an attribution -----------------------------------------------------------

NOT_ATTRIBUTION = [
    ("framing", "It is worth mentioning that the two towns share a border."),
    ("declined_to_comment", "The company declined to comment on the merger."),
    ("report_as_a_noun", "The council published its annual report on Friday."),
    ("modal_future", "The board will consider the offer next week."),
    ("added_to", "The storm added to the damage caused by last week's flood."),
    ("phone_call", "The president called her counterpart to offer condolences."),
    ("one_word_object", "Planning officers had recommended approval."),
    ("found_with_a_plain_object", "Police found the body in the river on Sunday."),
    ("passive_participle", "The former mayor was found guilty of fraud last month."),
    ("adverb_and_participle_adjective", "Slow trains and poorly maintained lines are common in the region."),
    ("called_a_strike", "The union called the strike after talks broke down on Friday."),
    ("headline_label_before_a_colon", "Live: wildfire forces evacuation of two suburbs\n\nThe body follows."),
]


@pytest.mark.parametrize("name,text", NOT_ATTRIBUTION, ids=[r[0] for r in NOT_ATTRIBUTION])
def test_phrases_that_look_like_cues_make_no_relation(name, text):
    assert relations(text) == []


# -- relays (via) ----------------------------------------------------------------------------

RELAYS = [
    ("quoted_by_as_saying",
     "A source in the ministry was quoted by the French news agency as saying that talks had begun.",
     "talks had begun", "anonymous_source", ["Agence France-Presse"]),
    ("told_an_agency",
     "A resident told Reuters that the water was rising.", "the water was rising", "anonymous_source", ["Reuters"]),
    ("citing_after_the_cue",
     "The dam was holding, state television reported, citing an engineer.", "The dam was holding", "anonymous_source",
     ["state television"]),
    ("citing_in_a_parenthetical",
     "The local daily Kolvik Post, citing two witnesses, reported that shots were fired.", "shots were fired",
     "anonymous_source", ["Kolvik Post"]),
    ("leading_citing",
     "Citing a navy statement, the channel said no one was hurt.", "no one was hurt", "official_statement", ["channel"]),
    ("statements_to_an_agency",
     "The interior minister, Karim Sade, affirmed in statements to the official news agency VNA that the border was calm.",
     "the border was calm", "named_person", ["VNA"]),
    ("interview_with_a_broadcaster_first",
     "In an interview with public broadcaster NRK, the regulator's head, Ivar Lunde, said the case was serious.",
     "the case was serious", "named_person", ["NRK"]),
    ("quoted_x_as_saying",
     "The weekly Harbour News quoted an unnamed officer as saying that the patrol was ordered north.",
     "the patrol was ordered north", "anonymous_source", ["Harbour News"]),
]


@pytest.mark.parametrize("name,text,content,kind,via", RELAYS, ids=[r[0] for r in RELAYS])
def test_a_relay_is_a_via_and_the_kind_is_the_original_sources(name, text, content, kind, via):
    rel = one(text, content)
    assert rel["kind"] == kind
    assert [v.lower() for v in rel["via"]] == [v.lower() for v in via]


def test_a_via_chain_holds_for_later_attributions_of_the_same_source():
    text = ("A diplomat in Veska told the French news agency that talks had begun. "
            "The diplomat added that a second round was planned.")
    assert one(text, "a second round was planned")["via"] == ["Agence France-Presse"]


# -- coreference ------------------------------------------------------------------------------

COREFERENCE = [
    ("pronoun_takes_the_latest_person_of_its_gender",
     "Marta Kline met Peter Vos on Monday. She said the deal was close.", "the deal was close", "Marta Kline"),
    ("bare_surname_takes_the_full_name",
     "Finance Minister Olga Renn presented the budget. Renn said taxes would not rise.", "taxes would not rise",
     "Finance Minister Olga Renn"),
    ("definite_description_takes_the_earlier_source",
     "A diplomatic source in Veska said talks had begun. The source added that no date was set.", "no date was set",
     "diplomatic source in Veska"),
    ("it_takes_the_body_named_before",
     "The national weather agency issued a red warning. It expects winds to strengthen overnight.",
     "winds to strengthen overnight", "national weather agency"),
    ("relative_which_takes_the_noun_before",
     "The claim came from the regional newspaper Kolvik Post, which reported that the mayor had resigned.",
     "the mayor had resigned", "Kolvik Post"),
    ("the_minister_takes_the_person_with_that_title",
     "Energy Minister Hamid Sorel opened the plant. The minister said power cuts would end.", "power cuts would end",
     "Energy Minister Hamid Sorel"),
    ("one_of_them_is_one_member_of_the_group",
     "Two people with knowledge of the case said a fine was likely. One of them said a deal was close.",
     "a deal was close", "person with knowledge of the case"),
    ("they_takes_the_plural_named_before",
     "Council planning officers backed the scheme. In their report, they said the homes were needed.",
     "the homes were needed", "Council planning officers"),
    ("unnamed_witness_after_an_older_named_woman",
     "Prosecutor Ana Berg opened the case. The first witness, a former clerk, testified that files were lost. "
     "She said she had warned her manager.", "she had warned her manager", "first witness, a former clerk"),
    ("unicode_name_takes_her_pronoun",
     "Sigríður Þórsdóttir, a volcanologist, watched the lava. She said it was slowing.", "it was slowing",
     "Sigríður Þórsdóttir"),
    ("the_company_takes_the_company_named_before",
     "AquaPure, founded in 2009, employs 310 people. Its order book stood at 96 million euros, the company said.",
     "Its order book stood at 96 million euros", "AquaPure"),
    ("interview_speaker",
     "An interview with Ana Kovik\n\nQ: Why now?\n\nKOVIK: Because we have waited long enough.",
     "Because we have waited", "Ana Kovik"),
]


@pytest.mark.parametrize("name,text,content,label", COREFERENCE, ids=[r[0] for r in COREFERENCE])
def test_pronouns_and_descriptions_resolve_to_the_source_they_stand_for(name, text, content, label):
    assert one(text, content)["label"] == label


# -- kinds --------------------------------------------------------------------------------------

KINDS = [
    ("a diplomatic source in Veska", "anonymous_source"),
    ("officials familiar with the matter", "anonymous_source"),
    ("a police officer at the scene", "anonymous_source"),
    ("Analysts", "anonymous_source"),
    ("Foreign Minister Irena Vask", "named_person"),
    ("Dr. Priya Lal, a statistician at the university", "named_person"),
    ("the club's chief executive, Helen Marr", "named_person"),
    ("The interior ministry", "official_statement"),
    ("A ministry spokesperson", "official_statement"),
    ("Jordi Pell, spokesman for the fire service", "official_statement"),
    ("Castle Homes", "official_statement"),
    ("Fjord Analytics, an independent consultancy", "official_statement"),
    ("A study published by the University of Kernow", "official_statement"),
    ("Veskan state television", "state_media"),
    ("the official news agency VNA", "state_media"),
    ("Reuters", "news_agency"),
    ("Local broadcaster Radio Kolvik", "media_outlet"),
    ("one exporter", "anonymous_source"),
    ("Anti-graft campaigners", "anonymous_source"),
    ("North Korea", "official_statement"),
    ("Conservation groups", "official_statement"),
    ("The daily Kolvik Post", "media_outlet"),
]


@pytest.mark.parametrize("phrase,kind", KINDS, ids=[k[0] for k in KINDS])
def test_the_kind_follows_the_head_noun_and_the_name(phrase, kind):
    assert classify(phrase)[0] == kind


LABELS = [
    ("Kestrian newspaper Orvana Daily", "Orvana Daily"),
    ("the official news agency VNA", "VNA"),
    ("a statement issued by the Veskan presidency", "Veskan presidency"),
    ("the French news agency", "Agence France-Presse"),
]


@pytest.mark.parametrize("phrase,label", LABELS, ids=[k[0] for k in LABELS])
def test_an_outlet_or_document_is_labelled_by_its_proper_name_or_author(phrase, label):
    assert classify(phrase)[1] == label


def test_the_editors_sources_win_over_the_built_in_outlet_table():
    text = "The Kolvik Post reported that the bridge was closed."
    rel = relations(text, {"kolvik post": ("Kolvik Post", "state_media")})[0]
    assert rel["label"] == "Kolvik Post" and rel["kind"] == "state_media"


def test_an_impersonal_cue_has_no_source_and_is_anonymous():
    rel = one("It was reported on Tuesday that the line had been closed.", "the line had been closed")
    assert rel["source"] is None and rel["kind"] == "anonymous_source"


def test_a_quote_left_open_at_a_paragraph_end_goes_on_in_the_next():
    text = 'Ana Lind said the road was closed. "Nobody can get through.\n\n"We will reopen on Monday."'
    assert {r["label"] for r in relations(text)} == {"Ana Lind"}
    assert one(text, "We will reopen on Monday")["cue"] == "said"


def test_a_pronoun_can_stand_for_a_person_named_only_by_role():
    text = 'The mayor spoke to reporters on Monday. "Nobody will be left behind," she said.'
    assert one(text, "Nobody will be left behind")["label"] == "mayor"


def test_a_description_in_apposition_joins_the_source_but_a_relative_clause_does_not():
    text = ('"The siren went off too late," Marta Zel, 54, a schoolteacher, told Reuters. '
            'The engineer, who asked not to be named, said the pumps had failed.')
    assert one(text, "The siren went off too late")["source"] == "Marta Zel, 54, a schoolteacher"
    assert one(text, "the pumps had failed")["source"] == "The engineer"


# -- cues and openers: informed, underlined, "As X underlined, ...", "in the opinion of" ---------------------

@pytest.mark.parametrize("text,content,cue", [
    ("The ministry informed parliament that the dam was safe.", "the dam was safe", "informed"),
    ("The envoy underlined that the border would stay open.", "the border would stay open", "underlined"),
])
def test_informed_and_underlined_are_reporting_cues(text, content, cue):
    assert one(text, content)["cue"] == cue


@pytest.mark.parametrize("text", [
    "As the minister underlined, the reservoir holds enough water for two summers.",
    "As the minister underlined at the briefing, the reservoir holds enough water for two summers.",
])
def test_as_a_source_underlined_opens_a_content_that_follows_the_comma(text):
    rel = one(text, "the reservoir holds")
    assert rel["content"] == "the reservoir holds enough water for two summers"
    assert rel["source"] == "the minister" and rel["cue"] == "underlined"


@pytest.mark.parametrize("text,content,source,kind", [
    ("In the opinion of experts, the dam needs new sluice gates.", "the dam needs new sluice gates", "experts",
     "anonymous_source"),
    ("The dam needs new sluice gates, as was reported by the newspaper Tarvia Business.", "The dam needs new sluice gates",
     "the newspaper Tarvia Business", "media_outlet"),
])
def test_in_the_opinion_of_and_as_was_reported_by_name_the_source(text, content, source, kind):
    rel = one(text, content)
    assert rel["content"] == content and rel["source"] == source and rel["kind"] == kind


def test_it_is_widely_assumed_is_an_impersonal_cue():
    rel = one("It is widely assumed that the minister will resign.", "the minister will resign")
    assert rel["source"] is None and rel["cue"] == "assumed" and rel["kind"] == "anonymous_source"


# -- titled names, and who "the minister" is ------------------------------------------------------------------

@pytest.mark.parametrize("text,label", [
    ("Minister of Water Resources Farhod Nazarov said the canal would be finished in June.",
     "Minister of Water Resources Farhod Nazarov"),
    ("Prime Minister of the Republic of Tarvia Leyla Hasanli said the canal would be finished in June.",
     "Prime Minister of the Republic of Tarvia Leyla Hasanli"),
])
def test_a_title_of_a_body_before_a_name_makes_a_named_person(text, label):
    rel = one(text, "the canal would be finished")
    assert rel["kind"] == "named_person" and rel["label"] == label
    # what the rule must not do: the body itself, with no one named, is still the body
    body = one("The Ministry of Water Resources said the canal would be finished in June.", "the canal")
    assert body["kind"] == "official_statement"


def test_the_minister_stands_for_the_minister_not_the_first_deputy_named_before():
    text = ("First Deputy Minister Rustam Karimov opened the session. Minister of Water Resources Farhod Nazarov "
            "spoke next. The minister said the canal would be finished in June.")
    assert one(text, "the canal")["label"] == "Minister of Water Resources Farhod Nazarov"
    # with no one else holding the title, the deputy is still the one meant
    alone = "First Deputy Minister Rustam Karimov opened the session. The minister said the canal would be finished in June."
    assert one(alone, "the canal")["label"] == "First Deputy Minister Rustam Karimov"


def test_the_ambassador_with_a_capital_stands_for_the_ambassador_named_before():
    text = ("The delegation was led by Ambassador Lena Brix and deputy ambassador Omar Fell. "
            "The Ambassador said the talks were useful.")
    rel = one(text, "the talks were useful")
    assert rel["label"] == "Ambassador Lena Brix" and rel["kind"] == "named_person"


def test_an_unnamed_official_source_is_anonymous():
    rel = one("An official source said the talks had stalled.", "the talks had stalled")
    assert rel["kind"] == "anonymous_source"


# -- people by what they do, and bodies --------------------------------------------------------------------

@pytest.mark.parametrize("text,content,source", [
    ("A cashier at the supermarket said bread had run out by noon.", "bread had run out by noon",
     "A cashier at the supermarket"),
    ("A petrol station attendant said fuel deliveries had stopped.", "fuel deliveries had stopped",
     "A petrol station attendant"),
])
def test_someone_named_by_what_they_do_is_a_source(text, content, source):
    rel = one(text, content)
    assert rel["source"] == source and rel["kind"] == "anonymous_source"


def test_a_clearing_house_is_a_body():
    rel = one("The clearing house said all payments had been settled.", "all payments had been settled")
    assert rel["source"] == "The clearing house" and rel["kind"] == "official_statement"


# -- the source after the content ----------------------------------------------------------------------------

def test_says_and_a_name_after_the_content_names_the_speaker():
    rel = one("Prices will rise again in spring, says Elena Vidal.", "Prices will rise")
    assert rel["content"] == "Prices will rise again in spring" and rel["label"] == "Elena Vidal"
    # what the rule must not do: a source in apposition before "said" keeps the content after it
    named = one("A spokeswoman for the council, Petra Honzova, said no decision had been taken.", "no decision")
    assert named["source"] == "A spokeswoman for the council, Petra Honzova"
    assert named["content"] == "no decision had been taken"


def test_a_content_ends_where_a_later_source_and_cue_begin():
    found = relations("Rosu plans to brief party leaders on Thursday, her spokesman said.")
    assert {r["content"] for r in found if r["cue"] == "plans"} == {"brief party leaders on Thursday"}
    assert {r["content"] for r in found if r["source"] == "her spokesman"} == {"Rosu plans to brief party leaders on Thursday"}


def test_but_it_gave_no_details_is_the_narrators_not_the_sources():
    text = "The agency said the outage was caused by a cyber attack, but it gave no details."
    assert one(text, "the outage")["content"] == "the outage was caused by a cyber attack"


def test_announced_with_a_plain_object_reports_an_event_not_a_content():
    assert relations("The company announced the closure of its last shaft on Friday.") == []
    # what the rule must not do: "announced that" still opens a content
    rel = one("The company announced that its last shaft would close on Friday.", "its last shaft")
    assert rel["cue"] == "announced" and rel["source"] == "The company"


def test_an_outlet_told_at_the_sentences_end_is_no_content():
    text = "The harbour will stay open, Rune Dahl told the state broadcaster NRT."
    found = relations(text)
    assert [r["content"] for r in found] == ["The harbour will stay open"]
    assert found[0]["label"] == "Rune Dahl"


def test_told_us_and_a_colon_takes_the_words_after_the_colon():
    rel = one('The bank\'s press office told us: "Our own systems are working normally."', "Our own")
    assert rel["content"] == "Our own systems are working normally" and rel["cue"] == "told"


def test_emailed_us_from_a_place_and_a_colon_is_a_cue():
    rel = one("A farmer emailed us from Tromvik: the road to the village has been shut since Monday.", "the road")
    assert rel["content"] == "the road to the village has been shut since Monday"
    assert rel["source"] == "A farmer" and rel["cue"] == "emailed"


def test_a_quoted_name_of_a_newspaper_is_no_quotation():
    rel = one('The newspaper "Tarvia Business" reported that the dam needed new sluice gates.', "the dam needed")
    assert rel["kind"] == "media_outlet" and rel["label"] == "Tarvia Business"


# -- transcripts and headlines -------------------------------------------------------------------------------

VRANA = ("An interview with Ivo Vrana\n\nQ: How many pupils does the school have?\n\n"
         "Vrana: We have eleven pupils this year.")


def test_an_answer_in_a_transcript_with_question_lines_may_carry_the_name_as_written():
    assert one(VRANA, "We have eleven pupils")["label"] == "Ivo Vrana"
    # without question lines, a tag in mixed case is a speaker only when it is a person the story names
    assert relations(VRANA.replace("Q: How many pupils does the school have?\n\n", "").replace("Vrana:", "Update:")) == []
    assert one(VRANA.replace("Q: How many pupils does the school have?\n\n", ""), "We have eleven")["label"] == "Ivo Vrana"


def test_the_interviewer_who_asks_is_not_a_source_but_the_one_who_answers_is():
    text = ("Night shift at the border\n\nVARO: Inspector, are the men armed?\n\nKESK: No, they carried only hand tools."
            "\n\nVARO: And the truck?\n\nKESK: It was empty when we stopped it.")
    found = relations(text)
    assert {r["source"] for r in found} == {"KESK"}
    assert [r["content"] for r in found] == ["No, they carried only hand tools.", "It was empty when we stopped it."]


def test_a_speaker_tag_may_carry_a_note_in_brackets():
    text = "A play about the siege\n\nGUARD (words spoken by an actor): Nobody passed the gate that night."
    rel = one(text, "Nobody passed the gate")
    assert rel["source"] == "GUARD"


@pytest.mark.parametrize("text", [
    "Storm Kaja live: roads closed across the west coast\n\nThe body follows.",
    "LIVE: Ferries cancelled on all routes as the storm reaches the coast",
])
def test_a_live_headline_label_names_no_speaker(text):
    assert relations(text) == []


def test_expressed_confidence_or_hope_that_is_one_cue_with_the_speaker_before_it():
    for text, cue in (("The mayor expressed confidence that the bridge would reopen by May.", "expressed confidence"),
                      ("Ana Holt expressed hope that the talks would resume.", "expressed hope")):
        found = relations(text)
        assert len(found) == 1, found
        assert found[0]["cue"] == cue and found[0]["source"] in ("The mayor", "Ana Holt")


def test_the_deputy_minister_is_the_deputy_and_the_minister_the_minister():
    text = ("First Deputy Minister Rustam Karimov visited the dam. Minister of Water Resources Farhod Nazarov spoke "
            "later. The deputy minister said the pumps were repaired. The minister said the reservoir was full.")
    labels = {r["content"]: r["label"] for r in relations(text)}
    assert "Karimov" in labels["the pumps were repaired"]
    assert "Nazarov" in labels["the reservoir was full"]


def test_a_title_in_a_headline_is_the_holder_the_story_names():
    text = ("Minister of Transport: the rail corridor will open in 2030\n\n"
            "The corridor will open in 2030, said the Minister of Transport and Communications, Mr. Arman Velic.")
    head = one(text, "the rail corridor")
    assert head["kind"] == "named_person" and "Velic" in head["label"]


def test_a_newspaper_named_by_its_masthead_is_an_outlet():
    for phrase, name in (("The Kelby Evening Post", "Kelby Evening Post"), ("the local daily Kolvik Post", "Kolvik Post"),
                         ("The Ashcombe Echo", "Ashcombe Echo")):
        assert classify(phrase)[:2] == ("media_outlet", name)


def test_the_council_is_the_body_not_the_councillor_named_before():
    text = ("Gareth Olwen, leader of the council, said both branches would close in April. "
            "The council said it had received no formal offer for the building.")
    rel = one(text, "it had received")
    assert rel["kind"] == "official_statement"


def test_documents_speak_memos_show_minutes_record_a_report_presented_at_a_meeting_found():
    assert one("Calls were downgraded to meet targets, memos show.", "Calls were")["kind"] == "official_statement"
    assert one("Minutes of the board meeting, which were never published, record that the plan was approved.",
               "the plan")["cue"] == "record"
    assert one("A report by the property department, presented at the meeting, found that visits had fallen.",
               "visits")["kind"] == "official_statement"


def test_a_transcript_with_question_lines_names_its_answers():
    text = ("Coach Anna Sorvik spoke after the game.\n\nQuestion: Will Luca be fit?\n\n"
            "Sorvik: It is his ankle, the same one as last season.")
    rel = one(text, "It is his ankle")
    assert "Sorvik" in rel["label"]


def test_an_unnamed_commander_is_anonymous_and_no_group_is_no_source():
    assert classify("A commander of the Southern Front")[0] == "anonymous_source"
    assert relations("No group has claimed responsibility for the attack on the convoy.") == []


def test_a_channel_showing_footage_reports_nothing():
    assert relations("The channel showed footage of burnt-out trucks lying in a ravine.") == []


def test_announcing_a_stance_is_a_report_announcing_an_event_is_not():
    found = relations("Damascus announced in July its readiness to cooperate with Washington on the agreement.")
    assert [(r["source"], r["content"]) for r in found] == [
        ("Damascus", "its readiness to cooperate with Washington on the agreement")]
    assert relations("The mining company announced the closure of its last shaft in 2016.") == []


def test_people_by_their_trade_are_anonymous_even_opening_a_sentence():
    rel = one("Glaciologists abroad cautioned that the ice shelf could break up within a decade.", "the ice shelf")
    assert (rel["source"], rel["kind"]) == ("Glaciologists abroad", "anonymous_source")
    rel = one("Pilgrims returning from the shrine by train said the station had been closed all night.", "the station")
    assert rel["kind"] == "anonymous_source"
    # a plural that is no trade ("covers") opens no source, and a company's name stays a body
    assert relations("Category three covers suspected fractures, for which the target is two hours.") == []
    assert one("Lindqvist Partners said the merger was off.", "the merger")["kind"] == "official_statement"


def test_a_name_in_apposition_with_an_outlet_noun_is_that_outlet():
    rel = one("Norda, an independent news agency, reported that the bridge had been closed to lorries.", "the bridge")
    assert (rel["kind"], rel["label"]) == ("news_agency", "Norda")
    rel = one("The Kessel Review, in an editorial on Monday, described the budget as a missed chance.", "the budget")
    assert (rel["source"], rel["kind"]) == ("The Kessel Review", "media_outlet")


def test_the_body_is_not_the_people_who_work_there():
    text = ("The Tarnow City Museum reopened on Friday after a two-year renovation. "
            "Three guides at the museum, speaking on condition of anonymity, said the roof still leaked. "
            "The museum said the repairs were finished.")
    assert one(text, "the repairs")["label"] == "Tarnow City Museum"
    text = ("Engineers at the Velde Seismic Institute counted 40 tremors in a week, according to the institute.")
    assert one(text, "Engineers at")["label"] == "Velde Seismic Institute"


def test_a_person_named_after_another_in_one_clause_is_indexed():
    text = ("Challenger Lidia Moravec was ahead of Governor Pavel Strand in the early count, officials said. "
            '"It is far from over," Strand said.')
    rel = one(text, "It is far from over")
    assert (rel["kind"], rel["label"]) == ("named_person", "Governor Pavel Strand")


def test_warning_against_an_action_is_advice_not_a_report():
    assert relations("The regulator cautioned against reading too much into one month of sales data.") == []
    assert relations("The union warned against drawing conclusions from the first ballots.") == []
    assert [r["content"] for r in relations("The union warned that postal votes would come last.")] == [
        "postal votes would come last"]


def test_a_participle_after_the_subject_noun_does_not_cut_it():
    rel = one('A letter sent to all tenants in May, a copy of which was seen by the Courier, says that "rents will rise."',
              "rents will rise")
    assert rel["source"] == "A letter sent to all tenants in May"
    assert rel["kind"] == "official_statement"


def test_a_transcript_tag_is_not_part_of_the_source():
    text = ("Q: The ministry says the plan is final. Is it?\n\n"
            "OKONKWO: Nothing is final until the vote.")
    assert one(text, "the plan is final")["label"] == "ministry"


def test_a_thousands_comma_does_not_split_the_source():
    rel = one("The Kestel Riders Club, a group that speaks for about 4,500 cyclists, said the lane was too narrow.",
              "the lane was too narrow")
    assert (rel["kind"], rel["label"]) == ("official_statement", "Kestel Riders Club")


def test_calculating_is_a_report():
    rel = one("The news agency Tarvo calculated that the new fares were the highest in the region.", "the new fares")
    assert (rel["kind"], rel["label"]) == ("news_agency", "Tarvo")


def test_an_intention_starts_at_its_to_not_at_a_later_that():
    rel = one("The insurer plans to pay clinics that treat the injured within a week.", "pay clinics")
    assert rel["content"] == "pay clinics that treat the injured within a week"


def test_sentence_adverbs_and_adverbials_before_a_pronoun_are_not_the_source():
    text = ("Ilse Marr spoke to the council on Monday. Now she wants to stand for mayor. "
            'At the end of the meeting she added: "We will be back next year. We will be more."')
    assert one(text, "stand for mayor")["label"] == "Ilse Marr"
    assert one(text, "We will be back")["label"] == "Ilse Marr"
    assert one("Today the ministry said prices would fall.", "prices would fall")["label"] == "ministry"


def test_translated_copy_impersonal_passives_and_relays_with_for():
    text = ("It was also informed that the Ministry will hire 200 nurses. "
            "The deputy of the said party, Mrs. Dana Lenk, stated for the daily newspaper Vecer that the party "
            "will vote against.")
    rel = one(text, "the Ministry will hire")
    assert (rel["source"], rel["kind"]) == (None, "anonymous_source")
    rel = one(text, "the party will vote")
    assert (rel["label"], rel["via"]) == ("Mrs. Dana Lenk", ["Vecer"])


def test_an_unnamed_official_with_a_relative_clause_and_the_source_after_it():
    text = ("The state news agency TARP reported the deal on Monday. An official of the Ministry of Trade who did not "
            "want his name to be published informed for TARP that the tariffs would fall in May. "
            "According to the source, the quotas will stay.")
    rel = one(text, "the tariffs would fall")
    assert (rel["kind"], rel["label"], rel["via"]) == ("anonymous_source", "official of the Ministry of Trade", ["TARP"])
    assert one(text, "the quotas will stay")["label"] == "official of the Ministry of Trade"


def test_according_to_a_plan_without_a_comma_is_in_accordance_with_it():
    assert relations("The pupils were enrolled according to the new curriculum.") == []
    assert one("Fares will rise by 5 percent, according to the transport plan.", "Fares will rise")["source"] == \
        "the transport plan"


def test_an_inverted_source_after_adverbials():
    text = ("The bridge will reopen in May in all 1,400 metres of its length, informed today at a press conference "
            "the Minister of Transport, Mr. Pavel Dorn.")
    rel = one(text, "The bridge will reopen")
    assert (rel["kind"], rel["label"]) == ("named_person", "Mr. Pavel Dorn")
    assert rel["content"].endswith("metres of its length")


def test_a_content_before_a_relay_citing_its_source_ends_before_the_relay():
    rel = one("Both sides freed nine prisoners, the state news agency VNA reported, citing the office of the president.",
              "Both sides")
    assert rel["content"] == "Both sides freed nine prisoners"
    assert (rel["label"], rel["via"]) == ("office of the president", ["VNA"])


def test_the_newspaper_and_the_agency_find_outlets_by_name_and_kind():
    text = ("The weekly Open Door said the talks had stalled. "
            "The Varna Gazette, citing two diplomats, reported that a deal was close. "
            "According to the newspaper, the deal covers 40 prisoners. "
            "The state agency TNA said the talks would go on. "
            "Norvik Press, citing an unnamed official, reported that a second exchange was planned. "
            "The agency said it had seen a list of names.")
    assert one(text, "the deal covers")["label"] == "Varna Gazette"
    rel = one(text, "it had seen a list")
    assert (rel["label"], rel["kind"]) == ("Norvik Press", "news_agency")


def test_a_portfolio_tells_one_ministry_from_another():
    text = ("Talvia's defence ministry said on Monday that two soldiers were hurt. "
            'In Orsk, the foreign ministry dismissed the account as "invented".')
    assert one(text, "the account")["label"] == "foreign ministry"


def test_a_plural_noun_before_its_verb_is_no_cue():
    text = 'Spokesman Ivo Lenk said in Orsk that the Talvian claims were "pure fiction" and that the roads were open.'
    assert [r["label"] for r in relations(text)] == ["Ivo Lenk, spokesman"]


def test_a_headline_may_open_with_a_country_the_story_names_again():
    text = "Talvia: troops fired first at the border post\n\nBORSK, May 2 - The border post was hit, officials in Talvia said."
    rel = one(text, "troops fired first")
    assert (rel["source"], rel["kind"]) == ("Talvia", "official_statement")


def test_the_subject_of_anothers_content_is_no_postposed_source():
    text = "One of them, Ida Berg, said the seller had posted a sample of records as proof."
    assert [r["label"] for r in relations(text)] == ["Ida Berg"]


def test_asking_a_price_is_no_question_and_claiming_to_is_a_claim():
    assert relations("The seller was asking 40,000 dollars for the full set.") == []
    rel = one("The seller claimed to hold records on two million customers.", "hold records")
    assert rel["kind"] == "anonymous_source"


def test_company_club_and_paper_names_are_no_people():
    from claims.attribute import classify
    assert classify("Kestrel Mobile")[0] == "official_statement"
    assert classify("Hallam Rovers")[0] == "official_statement"
    assert classify("Reports in Spain")[0] == "media_outlet"
    assert classify("the Minister of Transport of Velmora Mr. Goran Vilk")[:2] == ("named_person", "Mr. Goran Vilk")


def test_two_people_of_one_surname_are_two_sources():
    text = ("Mira Holm, who sailed the coast for 60 years, died on Sunday. "
            '"She never stopped," said her son, Aron Holm. "She was out on the water last summer," he said. '
            'Asked once why she sailed alone, she replied: "The sea is company enough."')
    assert one(text, "She never stopped")["label"] == "Aron Holm"
    assert one(text, "She was out on the water")["label"] == "Aron Holm"
    assert one(text, "The sea is company enough")["label"] == "Mira Holm"


def test_a_family_statement_and_remembering_are_reports():
    text = ("Mira Holm died on Sunday. In a statement, her family said she had died at home. "
            "Her friend Ola Berg remembered that she never wore a life jacket.")
    rel = one(text, "she had died at home")
    assert (rel["kind"], rel["label"]) == ("official_statement", "family of Mira Holm")
    assert one(text, "she never wore")["label"] == "Ola Berg"


def test_the_body_a_content_opens_with_is_the_body_that_reports_it_after():
    text = ("Valde United have turned down a third bid from the Portuguese club Sporting Maral for their goalkeeper, "
            'the club said on Monday, adding that he was "not for sale".')
    rel = one(text, "Valde United have turned down")
    assert rel["label"] == "Valde United"
    assert one(text, "he was")["label"] == "Valde United"


def test_saying_nothing_and_considering_an_event_are_no_reports():
    assert relations("Ivo Brandt joined the club in 2022. He has said nothing in public about the offers.") == []
    assert relations("The mayor will consult the parties before she considers an early vote.") == []


def test_translated_copy_expressed_the_conviction_and_as_was_informed_by():
    text = ("Mrs. Lea Varga expressed the conviction that the new line will bring more tourists. "
            "As was informed by the press service of the Ministry of Transport, the sides signed a protocol.")
    assert one(text, "the new line")["label"] == "Mrs. Lea Varga"
    assert one(text, "the sides signed")["label"] == "press service of the Ministry of Transport"


def test_who_after_a_name_speaks_for_the_name():
    text = "Doran was received by the President of Velmora Mr. Timur Abas, who expressed hope that the talks will go on."
    rel = one(text, "the talks will go on")
    assert (rel["kind"], rel["label"]) == ("named_person", "President of Velmora Mr. Timur Abas")


def test_the_agency_of_the_dateline_is_a_relay():
    text = ("ORSK, 2 May /TARPRESS/. The bridge will open in June. "
            "A source in the ministry informed TARPRESS that the cost had doubled.")
    rel = one(text, "the cost had doubled")
    assert rel["via"] == ["TARPRESS"]


def test_a_live_blog_post_title_quoting_its_speaker():
    text = ('18:05 - Lind: "We will be back in four years"\n\n'
            "Prime Minister Ola Lind has conceded defeat. Lind said she would stay on as party leader.")
    rel = one(text, "We will be back")
    assert (rel["content"], rel["label"]) == ("We will be back in four years", "Prime Minister Ola Lind")


def test_a_subject_with_its_relative_clause_and_he_for_an_unnamed_witness():
    text = ("Defence lawyer Ivo Marsh spoke first. A driver who was on the ferry when it sank, and who cannot be named, "
            'said the deck "tilted in seconds". He told the court he had heard an alarm a minute earlier.')
    rel = one(text, "the deck")
    assert (rel["source"], rel["kind"]) == ("A driver who was on the ferry when it sank", "anonymous_source")
    rel = one(text, "he had heard an alarm")
    assert (rel["kind"], rel["label"]) == ("anonymous_source", "driver")


def test_a_lead_names_its_speaker_in_the_next_sentence():
    text = ("Nurse tells inquiry she raised the alarm twice\n\n"
            "ORSK, May 3 - A senior nurse told an inquiry on Monday that she had raised the alarm twice.\n\n"
            "Lena Varga, 52, who has worked at the hospital since 2001, was the first witness.")
    assert one(text, "she had raised the alarm twice")["label"] == "Lena Varga"
    assert one(text, "she raised the alarm twice")["label"] == "Lena Varga"


def test_a_headline_second_part_and_a_bare_body_in_a_headline():
    text = ("Orbex posts a loss; chief executive: prices will rise\n\n"
            "Orbex Foods reported a loss, chief executive Anna Holm said. "
            "Kessel Steel cut 40 jobs. In a statement, the company said demand had fallen.")
    assert one(text, "prices will rise")["label"] == "Anna Holm"
    text = ("Campaigners accuse mine of poisoning river; company says water is safe\n\n"
            "The group Clearwater accused the Tarrow Mining Company of polluting the river. "
            "Tarrow rejected the report. In a statement, the company said the water was safe.")
    assert one(text, "water is safe")["label"] == "Tarrow Mining Company"
    assert one(text, "the water was safe")["label"] == "Tarrow Mining Company"


def test_an_interview_with_an_outlet_that_asks():
    text = ("Part of the interview went like this:\n\n"
            "Radio Kessel: Is the tour hard?\nLind: It is hard on everyone. I am good at leaving.\n"
            "Radio Kessel: Your fans say the album is sad.\nLind: Some of it is.\n")
    rel = one(text, "It is hard on everyone")
    assert (rel["label"], rel["via"]) == ("Lind", ["Radio Kessel"])


def test_a_role_named_later_in_apposition_and_the_statement_of_its_issuer():
    text = ("The two singers have separated, her publicist said on Friday. In a statement, the publicist, Mara Quist, "
            "said the decision was mutual. The statement added that they remain friends.")
    assert "Mara Quist" in one(text, "The two singers")["label"]
    assert "Mara Quist" in one(text, "they remain friends")["label"]


def test_warning_someone_about_a_thing_is_no_report_and_a_hope_inside_a_report_is_kept():
    assert [r["label"] for r in relations("She had warned the owners about widening cracks in the girder.")] == []
    text = "Ivo Rusk told an audience in June that he hoped to direct a film next year."
    assert one(text, "direct a film")["label"] == "Ivo Rusk"


def test_journals_juries_press_releases_and_citations():
    text = ('The study appeared in the journal Tidal Science. In an editorial alongside it, the journal said the results '
            'were "a warning". The university press release went further, saying that ferries "must slow down". '
            'The Kessel jury, in its citation, described the film as "a quiet storm". '
            'The daily Vestposten was less kind, calling it "beautiful and airless".')
    assert one(text, "the results")["label"] == "Tidal Science"
    assert one(text, "ferries")["kind"] == "official_statement"
    assert one(text, "the film as")["label"] == "Kessel jury"
    assert one(text, 'it "beautiful')["label"] == "Vestposten"
    assert classify("a study published on Wednesday in the journal Tidal Science")[0] == "official_statement"


def test_considering_a_thing_something_is_a_judgement_and_accusing_each_other_no_report():
    rel = one("Vardania considers the reopening of the consulates a priority.", "the reopening")
    assert rel["label"] == "Vardania"
    assert relations("Both sides accused each other of violations along the frontier.") == []
    assert relations("The mayor will consult the parties before she considers an early vote.") == []


def test_film_studios_and_shipping_lines_are_no_people():
    assert classify("Halden Pictures")[0] == "official_statement"
    assert classify("Skarra Line")[0] == "official_statement"
    assert classify("the Tarvo Press agency")[0] == "news_agency"


def test_one_of_two_an_agency_tally_and_a_title_heading_a_headline():
    rel = one('Ivo Marsh, 58, one of the two, told the news agency Nordpress that the guards had been "correct".', "the guards")
    assert (rel["label"], rel["via"]) == ("Ivo Marsh", ["Nordpress"])
    assert classify("a Trans-Sahara Press tally")[:2] == ("news_agency", "Trans-Sahara Press")
    text = "Head of region: heat will return to every home within two days\n\nThe boiler failed on Monday."
    assert one(text, "heat will return")["source"] == "Head of region"


def test_untagged_questions_answered_by_a_tag_make_a_transcript():
    text = ("We spoke to Owen Marl after the report.\n\nIs a strike not going to hurt pupils?\n\n"
            "Marl: Pupils are already being hurt.\n\nIs the minister wrong?\n\nMarl: The bonus does not keep anyone.")
    assert one(text, "Pupils are already being hurt")["label"] == "Owen Marl"


def test_a_passive_report_with_its_source_a_time_before_that_and_a_listing_relative():
    text = "Ada Lund said she had been told by Corvex that her heating must have been left on."
    assert one(text, "her heating")["label"] == "Corvex"
    assert one("The director, Anders Kolb, replied the same evening that a recall would cost more.", "a recall")["label"] == \
        "Anders Kolb"
    text = "The documents, which include test reports, minutes of meetings and 200 emails, show that the board knew."
    assert one(text, "the board knew")["source"] == "The documents"


def test_translated_as_informs_x_and_a_long_as_x_underlined():
    text = ("As informs TarInform, the last of the vehicles was evacuated at 19.15. As the head of the press service of "
            "the ministry Ruslan Tagiev underlined, the operation was conducted in strong wind.")
    assert one(text, "the last of the vehicles")["label"] == "TarInform"
    assert "Ruslan Tagiev" in one(text, "the operation")["label"]


def test_referring_to_is_a_relay_and_court_asides():
    rel = one("Coldwater News, referring to eyewitnesses, reported that drivers spent nine hours in their cars.", "drivers")
    assert (rel["label"], rel["via"]) == ("eyewitnesses", ["Coldwater News"])
    assert one("Fiona Marsh, defending, said her client would plead not guilty.", "her client")["label"] == "Fiona Marsh"
    assert relations("A 24-year-old man appeared in court accused of attacking a father of two.") == []


def test_data_of_a_body_named_before_is_the_body():
    text = ("The Ministry for Emergency Situations informs that the pass is closed. "
            "According to preliminary data of the ministry, there are no dead.")
    assert one(text, "there are no dead")["label"] == "Ministry for Emergency Situations"


def test_the_head_of_state_the_parties_agreeing_and_weighing_is_no_report():
    text = ("President Oleg Varnas met the prime minister. Opening the talks, the head of state emphasised that trade "
            "had doubled. The President stressed the importance of cooperation in education. "
            "The parties agreed that the next meeting will be held in May.")
    assert one(text, "trade had doubled")["label"] == "President Oleg Varnas"
    assert one(text, "the next meeting")["label"] == "parties"
    assert [r for r in relations(text) if r["content"].startswith("the importance")] == []
    assert relations("The ministry neither confirmed nor denied the report.") == []


def test_as_reported_earlier_and_pharmacists_and_documents_seen_by_a_paper():
    assert one("As the Press Service reported earlier, the visit is the first in eleven years.", "the visit")["label"] == \
        "Press Service"
    assert one("Several pharmacists in Ostrel said wholesalers sent five bottles a week.", "wholesalers")["kind"] == \
        "anonymous_source"
    assert classify("internal documents seen by the Ledger")[:2] == ("official_statement", "internal documents")


def test_an_abbreviation_before_the_verb_a_representative_and_an_outlet_named_again():
    text = ("Ana Berg has been suspended after a positive test, the Estravian Anti-Doping Agency (EADA) said on Tuesday. "
            "A representative of the regional prosecutor's office said 38 cases had been opened.")
    assert one(text, "Ana Berg")["label"] == "Estravian Anti-Doping Agency"
    assert one(text, "38 cases")["kind"] == "official_statement"
    text = ("Two officials told the sports website Trackside that testers came before dawn. "
            "Trackside said the agency had never replied.")
    assert one(text, "the agency had never replied")["kind"] == "media_outlet"


def test_a_live_blog_time_stamp_without_a_dash():
    text = "Live: tram strike\n\n09:55 Radio Kessel One reported that the cabinet would meet on Thursday."
    assert one(text, "the cabinet")["label"] == "Radio Kessel One"


def test_a_spokesperson_titled_in_capitals_speaks_for_the_body_even_when_a_transcript_names_them_first():
    text = ("On Monday, Foreign Ministry Spokesperson Teodor Halas held the regular briefing.\n\n"
            "Spokesperson Teodor Halas said that talks could resume at any time.\n\n"
            "Question: Has a navy ship been sent?\n\n"
            "Halas: Our boats are fishing boats, not warships.")
    said = one(text, "talks could resume")
    assert said["kind"] == "official_statement"
    assert said["label"] == "Teodor Halas, Foreign Ministry spokesperson"
    assert one(text, "Our boats are fishing boats")["kind"] == "official_statement"


def test_outlets_by_name_an_agency_made_on_press_and_a_paper_called_clarion():
    assert classify("The Nordpress agency")[0] == "news_agency"
    assert classify("Valpress")[0] == "news_agency"
    assert classify("the Daily Express")[0] == "media_outlet"
    assert classify("Cypress Holdings")[0] == "official_statement"
    assert classify("The Clarion")[:2] == ("media_outlet", "Clarion")


def test_a_group_that_names_itself_and_people_doing_something_somewhere():
    assert classify("A criminal group calling itself Black Lantern")[:2] == ("official_statement", "Black Lantern")
    assert classify("A group calling itself the Sons of the Western Wells")[:2] == \
        ("official_statement", "Sons of the Western Wells")  # (a name with "of the" in it is no person's)
    assert classify("Residents leaving Pine Hollow")[0] == "anonymous_source"
    assert classify("Parents at Kelby Primary")[0] == "anonymous_source"


def test_someone_for_the_body_and_figures_by_the_regulator_name_the_body_named_before():
    text = ("The National Cyber Response Centre said it was working with the trust. "
            "A spokeswoman for the centre said the attack was contained. "
            "The Competition and Markets Board said it would examine the merger. "
            "The two banks hold 38 percent of accounts, according to figures compiled by the regulator last year.")
    assert one(text, "the attack was contained")["label"] == "spokeswoman for National Cyber Response Centre"
    assert one(text, "The two banks hold")["label"] == "Competition and Markets Board"


def test_a_report_citing_its_sources_after_the_content_is_theirs_via_the_reporter():
    rel = one("The Financial Ledger reported in October that the two banks were in advanced talks, citing people "
              "close to the matter.", "the two banks")
    assert (rel["label"], rel["kind"], rel["via"]) == ("people close to the matter", "anonymous_source", ["Financial Ledger"])


def test_a_relative_clause_without_that_is_no_postposed_source():
    text = ("The agency reported that irregularities had been found in 112 files, nearly three times the number the "
            "university has acknowledged.")
    assert [r["label"] for r in relations(text)] == ["agency"]


def test_lenders_are_bodies():
    assert one("Nordvale Bank has agreed to buy its rival, the two lenders said on Wednesday.", "Nordvale Bank")["kind"] == \
        "official_statement"


def test_told_an_outlet_then_a_clause_without_that_and_a_man_doing_something():
    rel = one("A man sheltering at the fairgrounds told Reuters he had driven through thick smoke.", "he had driven")
    assert (rel["label"], rel["via"]) == ("man sheltering at the fairgrounds", ["Reuters"])
    assert one("A woman told Reuters the trains had stopped.", "the trains had stopped")["via"] == ["Reuters"]


def test_a_bare_quantifier_speaks_for_the_people_just_named():
    text = "Students gathered outside. Some carried signs. Several said employers would now doubt the degree."
    rel = one(text, "employers would now doubt")
    assert (rel["kind"], rel["label"]) == ("anonymous_source", "Students")
    assert one("Many believe the vote was rigged.", "the vote was rigged")["kind"] == "anonymous_source"


def test_the_red_cross_is_no_one_and_its_coordinator_is_the_person_named():
    text = "Red Cross coordinator Ana Padrón said most were stable. The Red Cross said it had sent blankets."
    assert one(text, "most were stable")["label"] == "Ana Padrón"
    assert one(text, "it had sent")["kind"] == "official_statement"


def test_told_the_court_then_a_clause_without_that():
    rel = one("Defence lawyer Anders Lunde told the court the case rested on a misreading of the accounts.", "the case")
    assert rel["label"] == "Anders Lunde"


def test_an_apposition_that_opens_with_a_role_and_a_workers_union_that_is_no_one():
    text = ("Rada Menkova, head of the plant branch of the Chemical Workers' Union, told reporters at the gate that staff "
            "had complained. \"We wrote to them in March,\" she said.")
    assert one(text, "staff had complained")["label"] == "Rada Menkova"
    assert one(text, "We wrote to them")["label"] == "Rada Menkova"


def test_a_day_before_the_source_is_no_part_of_it():
    text = "The Halden Courier first reported the gaps in March. On Wednesday the newspaper said the club had paid."
    assert one(text, "the club had paid")["label"] == "Halden Courier"


def test_a_headlines_bare_title_is_the_storys_one_holder_and_whips_and_estimates():
    text = ("Prosecutor: treasurer spent club money on his debts\n\n"
            "Opening the case, prosecutor Mirela Kantor said Tomas Weller had written 214 cheques to himself.")
    assert one(text, "treasurer spent")["kind"] == "named_person"
    assert one("A senior whip from the Farmers' Party said three members were wobbling.", "three members")["kind"] == \
        "anonymous_source"
    assert one("It is estimated that the faster service will save a commuter 40 hours a year.", "the faster")["cue"] == \
        "estimated"


def test_a_given_name_that_is_also_a_city_and_outlets_by_their_names():
    assert classify("colonel Milan Petek")[:2] == ("named_person", "Milan Petek")
    assert classify("The chief of the Regional Headquarters in Dobrel, colonel Milan Petek")[:2] == \
        ("named_person", "Milan Petek")
    assert classify("Inter Milan")[0] != "named_person"
    assert classify("the Harnau Post in October")[:2] == ("media_outlet", "Harnau Post")
    assert classify("Cardiology Today")[0] == "media_outlet"
    assert classify("officials today")[0] == classify("officials")[0]


def test_assessing_and_a_statement_made_in_an_announcement_of_a_body():
    assert one("The water company Vode Lunave assessed that the embankments are stable.", "the embankments")["kind"] == \
        "official_statement"
    assert relations("Engineers assessed the damage on Monday.") == []
    text = ("As it was stated in the announcement of the Republic Hydrometeorological Service, the peak of the flood "
            "wave is expected on 28 November.")
    assert one(text, "the peak")["label"] == "Republic Hydrometeorological Service"
    assert one("As stated in the announcement of the ministry, the roads are closed.", "the roads")["label"] == "ministry"


def test_the_datelines_agency_named_again_is_a_news_agency_and_a_report_quoting_someone_after_its_day():
    text = ("VELLMAR, Nov 18 (Transglobe) - Borrland will double its steel tariff, the state news agency BNA reported on "
            "Wednesday, quoting Trade Minister Anders Kolvik.\n\nTransglobe reported in September that three mills had "
            "idled furnaces.")
    rel = one(text, "Borrland will double")
    assert (rel["label"], rel["via"]) == ("Trade Minister Anders Kolvik", ["BNA"])
    assert one(text, "three mills")["kind"] == "news_agency"


def test_a_title_in_apposition_before_a_name_and_titles_written_as_letters():
    text = ("Calvessa's trade minister, Lucia Ferrante, said her government would complain. "
            "The minister said she believed the timing was chosen to win votes.")
    assert one(text, "the timing")["label"] == "Lucia Ferrante"
    text = "Chief Financial Officer Helen Okonjo said sales had slowed. The CFO said the worst is over."
    assert one(text, "the worst")["kind"] == "named_person"
    assert classify("Sterling & Vance Ratings")[0] == "official_statement"


def test_a_headlines_title_written_as_letters_is_the_holder_named_later():
    text = ("Tallis Brothers profit slides; CFO says worst is over\n\n"
            "Chief Financial Officer Helen Okonjo said sales had slowed.")
    assert one(text, "worst is over")["label"] == "Chief Financial Officer Helen Okonjo"
    text = ("Calvessa's trade minister, Lucia Ferrante, said her government would complain. \"It is over,\" Ferrante said. "
            "The minister said she believed the timing was chosen to win votes.")
    assert one(text, "the timing")["label"] == "Lucia Ferrante"


def test_court_papers_are_the_courts_record():
    assert classify("court papers filed on Monday")[:2] == ("official_statement", "court papers filed")


def test_a_clause_after_as_following_a_postposed_cue_is_the_storys_own_and_recalling_products_is_no_report():
    text = ("Inflation has fallen faster than expected, the Bank of Aldoria said on Tuesday as it cut its main "
            "interest rate by half a point.")
    assert [r["content"] for r in relations(text)] == ["Inflation has fallen faster than expected"]
    text = "The company recalled about 240,000 of the cookers in 2023. She recalled that the lid flew off."
    assert [r["content"] for r in relations(text)] == ["the lid flew off"]


def test_an_aide_to_someone_named_is_unnamed_and_a_headline_body_or_title_named_again():
    assert classify("A senior aide to Ms. Morovic")[0] == "anonymous_source"
    assert classify("Samuel Whitford, a lawyer for the plaintiffs")[0] == "named_person"
    text = "Halvern Pharma: merger talks with Ostbridge are over\n\nHalvern Pharma said on Monday that it had ended talks."
    assert one(text, "merger talks")["label"] == "Halvern Pharma"
    text = ("Comptroller: Port Averill faces $412 million gap next year\n\n"
            "The report, signed by Comptroller Dana Whitcombe, found that spending had risen.")
    assert one(text, "Port Averill faces")["kind"] == "named_person"


def test_a_name_the_story_called_an_outlet_before_is_that_outlet():
    text = ("In an interview with WDNR, the local public radio station, on Friday, the mediator was asked about a deal.\n\n"
            "WDNR reported on Thursday that Kessler had begun moving vehicles.")
    assert one(text, "Kessler had begun")["kind"] == "media_outlet"


def test_an_inverted_source_with_a_relative_clause_after_it():
    text = ('"Everyone is looking at the same tanks," said a crude trader at a European bank in London who asked not '
            'to be identified. "Nobody wants to be the last one holding barrels."')
    assert one(text, "Everyone is looking")["label"] == "crude trader at a European bank in London"
    assert one(text, "Nobody wants")["kind"] == "anonymous_source"


def test_a_wire_service_by_its_name_and_its_poll():
    assert classify("Meridian Wire")[:2] == ("news_agency", "Meridian Wire")
    assert classify("a Meridian Wire poll of 22 analysts published on Monday")[0] == "news_agency"


def test_a_headlines_title_in_other_words_is_the_holder_the_story_names_with_its_usual_title():
    text = ("Farm minister: grain reserves will last until the spring harvest\n\n"
            "Agriculture Minister Dalia Renkova told parliament on Monday that state reserves held 1.4 million tonnes.")
    assert one(text, "grain reserves")["label"] == "Agriculture Minister Dalia Renkova"
    text = ("Farm minister: grain reserves will last until the spring harvest\n\n"
            "Health Minister Ivo Marek said on Monday that hospitals were full. "
            "Agriculture Minister Dalia Renkova told parliament that state reserves held 1.4 million tonnes.")
    assert one(text, "grain reserves")["label"] == "Agriculture Minister Dalia Renkova"


def test_people_named_by_a_trade_in_the_plural_somewhere_are_unnamed_people():
    assert classify("Several surgeons at Aurel's hospital in Kelbridge")[0] == "anonymous_source"
    assert classify("nurses at the Kelbridge clinic in Aurel")[0] == "anonymous_source"


def test_a_forum_speaks_as_a_body():
    text = "The forum argued in a submission last spring that a single operator would have little reason to keep lists short."
    rel = one(text, "a single operator")
    assert (rel["kind"], rel["label"]) == ("official_statement", "forum")


def test_a_content_ends_where_a_coordinated_report_of_another_source_begins():
    text = ("The Kelbridge Courier reported in September that Linden had offered to sell two clinics, and the board said on "
            "Thursday that such remedies would not have been enough.")
    assert [(r["label"], r["content"]) for r in relations(text)] == [
        ("Kelbridge Courier", "Linden had offered to sell two clinics"),
        ("board", "such remedies would not have been enough")]
    text = "He said that prices would rise, and that wages would not."
    assert [r["content"] for r in relations(text)] == ["prices would rise, and that wages would not"]


def test_a_headline_speaker_line_in_a_story_with_an_interview_is_one_relation():
    text = ("Vilder: Unity Party has one last chance to win back the cities\n\n"
            "Tomas Vilder said on Saturday that the race was far from over.\n\n"
            "RTN: Will you raise taxes?\n\nKorvel: On the very wealthy, yes.\n\n"
            "RTN: Is your rival right?\n\nKorvel: No. He never was.")
    assert [r["content"] for r in relations(text)].count("Unity Party has one last chance to win back the cities") == 1


def test_one_of_an_unnamed_group_is_one_member_of_it():
    text = ("The two sides held talks in October, according to people familiar with the talks. One of those people said "
            "the company had offered a rate of 6%. Two senior party officials said turnout was low. One of them said the "
            "result would come on Dec. 12.")
    assert one(text, "the company had offered")["label"] == "person familiar with the talks"
    assert one(text, "the result would come")["label"] == "senior party official"
    assert one(text, "turnout was low")["label"] == "Two senior party officials"


def test_an_airline_named_for_the_air_is_the_airline_and_the_carrier():
    text = "Castellan Air cancelled 400 flights on Monday. The airline said that the system had been restored."
    assert one(text, "the system")["label"] == "Castellan Air"
    text = "Nordwind Airways cancelled 400 flights on Monday. The carrier said that the system had been restored."
    assert one(text, "the system")["label"] == "Nordwind Airways"


def test_a_dateline_with_an_agency_of_several_words_is_no_subject_and_minerals_make_a_company():
    text = ("KESTON, Nov 26 (Continental Press Agency) - Redmount Minerals has asked the court to strike down a law, "
            "arguing that the increase breaches a stability agreement signed in 2011.")
    rel = one(text, "the increase breaches")
    assert (rel["kind"], rel["label"]) == ("official_statement", "Redmount Minerals")
    assert classify("Castellan Air")[0] == "official_statement"


def test_a_reporter_of_a_named_agency_there_speaks_for_the_agency():
    text = ("Trucks carrying copper concentrate were still entering the port of Keston on Wednesday, a Continental Press "
            "Agency reporter there said.")
    rel = one(text, "Trucks carrying")
    assert (rel["kind"], rel["label"]) == ("news_agency", "Continental Press Agency")
    assert classify("a Kelbridge Courier reporter")[:2] == ("media_outlet", "Kelbridge Courier")
    assert classify("a reporter there")[0] == "anonymous_source"


def test_a_place_and_a_dash_open_a_story_and_the_subject_after_with_speaks():
    text = ("LENWICK - The three candidates spent the debate attacking one another, with the front-runner, State Treasurer "
            "Margaret Oyelaran, insisting that she alone had balanced the books.")
    rel = one(text, "she alone had")
    assert (rel["kind"], rel["label"]) == ("named_person", "State Treasurer Margaret Oyelaran")
    assert one("Prices rose, with analysts saying that demand was strong.", "demand was strong")["label"] == "analysts"
    assert one("He left the room with a smile, saying that he was done.", "he was done")["label"] == "He"


def test_us_political_titles_stand_before_a_name():
    assert classify("State Treasurer Margaret Oyelaran")[0] == "named_person"
    assert classify("Rep. Julian Marsh")[0] == "named_person"
    assert classify("Councilwoman Ana Ruiz")[0] == "named_person"
    assert classify("County Clerk Janet Kowalczyk")[:2] == ("named_person", "County Clerk Janet Kowalczyk")


def test_what_a_poll_finds_needs_no_that_and_its_release_is_no_part_of_it():
    text = "A Courier poll released on Monday found Oyelaran with 34 percent support among likely voters."
    rel = one(text, "Oyelaran with 34 percent")
    assert rel["label"] == "Courier poll"
    assert relations("The court found him guilty.") == []
    assert classify("a filing made public on Wednesday")[1] == "filing"


def test_a_share_of_people_who_say_something_is_unnamed_people():
    assert one("Nearly a quarter said they were undecided.", "they were undecided")["kind"] == "anonymous_source"
    rel = one("61 percent of voters say they believe health costs are rising faster than wages.", "they believe")
    assert rel["label"] == "61 percent of voters"
    assert relations("Half of the budget said nothing.") == []
    text = ("Councillor Mark Ellison said the council had ignored its consultation. Sixty-two percent of people who "
            "responded opposed building on the site, he said.")
    assert one(text, "Sixty-two percent")["label"] == "Councillor Mark Ellison"
    assert all(r["label"] != "58 percent of voters" for r in relations(
        "A poll found that 58 percent of voters want an early election."))


def test_a_subject_after_two_verbs_and_a_restrictive_relative_is_no_source():
    text = "Victor Ossendry posted a video in which he said he intended to run again."
    assert [r["cue"] for r in relations(text)] == ["said", "intended"]
    assert relations("Lindqvist overruled engineers who wanted to delay the launch until the autumn.") == []


def test_a_clause_after_a_closing_quote_and_a_document_seen_by_an_outlet():
    text = ('The Heritage Senatorial Committee said in a statement that it would "compete hard for every vote," and a memo '
            'to donors, seen by the Sentinel, described the seat as "the best pickup opportunity on the map."')
    assert [(r["label"], r["via"], r["content"]) for r in relations(text)] == [
        ("Heritage Senatorial Committee", [], 'it would "compete hard for every vote'),
        ("memo to donors", ["Sentinel"], 'the seat as "the best pickup opportunity on the map')]


def test_telling_someone_with_no_clause_after_is_no_report():
    text = ("According to two people close to the senator, Hallworth made up her mind over the holidays and told only her "
            "family and her chief of staff.")
    assert [r["content"] for r in relations(text)] == [
        "Hallworth made up her mind over the holidays and told only her family and her chief of staff"]
    text = "Lars Vinter, who teaches computer security, told us the length of the outage suggests the attackers got deep."
    assert one(text, "us the length of the outage")["label"] == "Lars Vinter"
    assert one("A manager told us the company was losing about 900,000 marks a day.", "the company was losing")["label"] == \
        "manager"


def test_a_town_named_for_falls_or_springs_is_no_person():
    text = ("Senator Agnes Hallworth told supporters at a hall in her hometown of Brisk Falls that she would retire. "
            "She said her health was good.")
    assert one(text, "her health was good")["label"] == "Senator Agnes Hallworth"


def test_a_name_after_its_possessor_is_a_person_the_story_names():
    text = ("The Heritage candidate, Paul Dremmond, leads the Forward Party's Irene Castellane by 412 votes. The Castellane "
            "campaign asked for a recount. Castellane, speaking outside the courthouse, said she was grateful.")
    assert one(text, "she was grateful")["label"] == "Irene Castellane"
    assert classify("the Forward Party's Irene Castellane")[:2] == ("named_person", "Irene Castellane")


def test_a_title_holders_office_speaks_as_a_body_and_a_record_is_a_newspaper():
    assert classify("The secretary of state's office")[0] == "official_statement"
    assert classify("A member of the museum's staff")[0] == "anonymous_source"
    assert classify("The Merrick Daily Record")[:2] == ("media_outlet", "Merrick Daily Record")
    assert classify("the court record")[0] == "official_statement"


def test_a_titled_name_after_at_is_a_person():
    text = ("The line was a jab at President Carl Whitmore. The Whitmore campaign dismissed the speech. "
            "Whitmore wrote on social media that Drayton would be eaten alive.")
    assert one(text, "Drayton would be")["label"] == "President Carl Whitmore"


def test_a_pledge_to_do_something_is_an_intention_also_after_its_day():
    text = "Helen Drayton, the Forward Party's presidential nominee, pledged on Tuesday to restore a yearly summit."
    rel = one(text, "restore a yearly summit")
    assert (rel["label"], rel["cue"]) == ("Helen Drayton", "pledged")
    assert relations("The government pledged 200 million euros to the region.") == []


def test_shouting_saying_after_a_verb_and_a_bodys_own_account_are_reports():
    assert one("A man near the back shouted that she had taken insurance money.", "she had taken")["label"] == \
        "man near the back"
    assert relations("He shouted at the referee.") == []
    rel = one("Oyelaran opened by saying that premiums had risen 19 percent.", "premiums had risen")
    assert (rel["label"], rel["cue"]) == ("Oyelaran", "saying")
    assert [r["cue"] for r in relations("The bank responded by insisting that its books were sound.")] == ["responded"]
    text = "His campaign is posting rebuttals. Its rapid-response account posted that Oyelaran had voted to raid a fund."
    assert one(text, "Oyelaran had voted")["kind"] == "official_statement"
    text = "Tomas Weller spoke to police on Monday. According to his account, the night was calm."
    assert one(text, "the night was calm")["label"] == "Tomas Weller"


def test_a_live_blogs_line_tagged_with_a_named_persons_surname_is_their_answer():
    text = ("Live: Oyelaran faces voters\n\nMargaret Oyelaran, the nominee for governor, is taking questions tonight.\n\n"
            "7:14 p.m.\nFirst question, from Dolores Ames. She asked why she should believe anything would change.\n\n"
            "Oyelaran: Because I'm not asking you to believe me. I'm asking you to hold me to a number.")
    rel = one(text, "Because I'm not asking")
    assert (rel["label"], rel["cue"]) == ("Margaret Oyelaran", ":")
    assert relations("Note: the figures are provisional.") == []


def test_a_document_filed_accusing_someone_is_its_filers_report():
    text = ("A nonpartisan watchdog group filed a complaint with the commission on Monday accusing the Senate campaign of "
            "accepting about 340,000 dollars in straw donations.")
    rel = one(text, "the Senate campaign of accepting")
    assert (rel["label"], rel["cue"]) == ("nonpartisan watchdog group", "accusing")
    assert one("The group criticised the mayor, accusing him of lying.", "him of lying")["label"] == "group"


def test_a_description_named_in_apposition_is_labelled_with_the_name():
    assert classify("The group, the Clearwater Accountability Project")[1] == "Clearwater Accountability Project"


def test_who_compiled_or_commissioned_a_poll_speaks_and_aides_are_unnamed():
    assert classify("A poll by the Ellsmere Courier released on Monday")[:2] == ("media_outlet", "Ellsmere Courier")
    assert classify("results compiled by United Wire Service")[:2] == ("news_agency", "United Wire Service")
    assert classify("Exit polls conducted for a consortium of television networks")[0] == "media_outlet"
    text = "Senator Evelyn Marchetti opened the hearing. Her aides said she wants to pass a bill before the recess."
    assert one(text, "she wants to pass")["kind"] == "anonymous_source"


def test_object_relatives_are_no_sources():
    text = "The debate was the only one the two campaigns agreed to hold before the election."
    assert relations(text) == []
    text = ("Abroad, the result drew a sharp response from Korvania, whose government Whitcombe has promised to confront "
            "over the seizure of a cargo ship.")
    assert relations(text) == []


def test_that_with_a_comma_state_as_an_adjective_and_clauses_of_their_own():
    text = "The state Budget Office said in a memo that, if no budget is signed, state parks would close on Wednesday."
    assert [(r["label"], r["content"]) for r in relations(text)] == [
        ("state Budget Office", "if no budget is signed, state parks would close on Wednesday")]
    assert one("The documents state that the plant was unsafe.", "the plant was unsafe")["cue"] == "state"
    text = ("The Fiscal Office estimated that the gap would be closer to 640 million dollars, though it warned that the "
            "figure depended on sales-tax receipts.")
    assert [r["content"] for r in relations(text)] == ["the gap would be closer to 640 million dollars",
                                                      "the figure depended on sales-tax receipts"]
    text = 'A compromise was "closer than the noise suggests," she said, and she hoped to bring a bill by Tuesday.'
    assert [r["cue"] for r in relations(text)] == ["said", "hoped"]


def test_one_of_the_aides_named_before_is_one_of_them():
    text = ("Two Senate aides familiar with the negotiations said the caucus was ready. One of the aides said the leader "
            "had told his members that he would not bring a budget.")
    assert one(text, "the leader had told")["label"] == "Senate aide familiar with the negotiations"


def test_a_state_outlet_described_before_it_is_named_stays_state_media():
    text = ("Investigators traced the sites to a company whose owners have ties to the country's state broadcaster. "
            "The broadcaster, DTV-1, said on Thursday that the accusation was a fantasy. The channel also claimed that "
            "the Ledger was run by a student.")
    assert [(r["kind"], r["label"]) for r in relations(text)] == [("state_media", "DTV-1")] * 2


def test_a_city_speaks_as_a_body_and_a_relative_with_a_list_is_skipped():
    text = "In a lawsuit filed in 2018, the city accused Ostrow Parking Group of knowingly invoicing for services."
    assert one(text, "Ostrow Parking Group of")["kind"] == "official_statement"
    text = ("The newspaper, which reviewed more than 3,000 pages of invoices, emails and court filings, found that "
            "Ostrow Parking Group collected about 4.1 million dollars.")
    assert one(text, "Ostrow Parking Group collected")["label"] == "newspaper"


def test_a_headlines_bare_minister_is_no_prime_minister():
    text = ('Four engineers freed in Zambara; minister: "no ransom was paid"\n\n'
            "Prime Minister Hawa Tessem thanked the mediators. Interior Minister Oumar Kelleta said the men were safe.")
    assert one(text, "\"no ransom was paid")["label"] == "Interior Minister Oumar Kelleta"


def test_a_body_the_story_named_as_one_speaks_as_a_body():
    text = ("The men were employees of the construction company Veltrano Strade. Veltrano Strade said in a statement "
            "that the four men were tired but in good health.")
    assert one(text, "the four men")["kind"] == "official_statement"
    text = "She joined the firm Jane Smith founded. Jane Smith said it was hard."
    assert one(text, "it was hard")["kind"] == "named_person"


def test_names_the_story_says_what_they_are_keep_that_when_named_alone():
    text = ("The sports website Trackside first reported the tests. Trackside said the agency had never replied to "
            "the letter.")
    assert one(text, "the agency had never")["kind"] == "media_outlet"
    text = ("The Continental Press Agency (CPA) learnt of the case on Monday. CPA reported that three other runners had "
            "been tested.")
    rel = one(text, "three other runners")
    assert (rel["kind"], rel["label"]) == ("news_agency", "Continental Press Agency")


def test_a_transit_operator_is_a_body():
    assert classify("Kerrow Metropolitan Transit")[0] == "official_statement"


def test_a_state_agency_with_a_domain_in_its_name_is_a_body_not_a_news_agency():
    assert classify("the State Forestry Agency")[0] == "official_statement"
    assert classify("the state news agency Velpress")[:2] == ("state_media", "Velpress")
    assert classify("state agency TASS")[:2] == ("state_media", "TASS")


def test_campaign_groups_named_for_their_cause_are_bodies():
    assert classify("the Friends of Ashcombe Libraries")[0] == "official_statement"
    assert classify("Save Our Libraries")[0] == "official_statement"
    assert classify("friends of the family")[0] == "anonymous_source"


def test_a_name_keeps_what_the_words_before_it_made_it():
    text = ("The Selmiran state agency SELTA was silent for a day. According to SELTA, the fruit restrictions will be "
            "lifted only for apples.")
    assert one(text, "the fruit restrictions")["kind"] == "state_media"


def test_an_outlets_review_or_poll_is_its_report_also_with_its_day():
    text = "A Meridian Press review of federal trade-adjustment records found that about 2,300 workers had qualified."
    assert one(text, "about 2,300 workers")["label"] == "Meridian Press"
    text = "A Meridian Press poll last month found that 38 percent of voters believe age matters."
    assert one(text, "38 percent of voters")["label"] == "Meridian Press"


def test_a_news_desk_is_no_person():
    text = ('"Early totals tell you who is voting early," said Priya Venkataraman, who tracks early voting for the Ballot '
            "Desk, a research site. She noted that more voters were voting early.")
    assert one(text, "more voters")["label"] == "Priya Venkataraman"


def test_according_to_a_doctor_with_a_relative_clause():
    text = ("According to Dr. Lionel Achterberg, who teaches medical ethics at Granite College, doctors who write such "
            "letters are bound by no standard format.")
    assert [(r["label"], r["content"]) for r in relations(text)] == [
        ("Dr. Lionel Achterberg", "doctors who write such letters are bound by no standard format")]


def test_a_surname_known_by_what_only_a_person_has_is_a_person():
    text = ("Whitacre's campaign chairman, Frank Dutton, told reporters his candidate had won. Castellane said on stage "
            "that the plan would add at least $4 trillion to the debt. Castellane campaign manager Elena Sorrell said "
            "Whitacre could not name a single cut. The campaign plans to release a new ad, she said.")
    assert one(text, "the plan would add")["kind"] == "named_person"
    assert one(text, "The campaign plans")["label"] == "Elena Sorrell"


def test_an_outlets_own_team_or_investigation_is_the_outlet():
    assert classify("The Harrow Post's fact-check team")[:2] == ("media_outlet", "Harrow Post fact-check team")
    assert classify("the ministry's press team")[0] == "official_statement"


def test_a_country_or_a_company_with_supporters_or_lawyers_is_no_person():
    text = "Russia's supporters at the UN blocked the resolution. Russia said the draft was biased."
    assert one(text, "the draft was biased")["kind"] == "official_statement"
    text = "Apple's lawyers filed the appeal. Apple's rival objected. Apple said the ruling was wrong."
    assert one(text, "the ruling was wrong")["kind"] == "official_statement"


def test_a_press_secretary_or_communications_director_speaks_for_the_body_under_the_surname_too():
    text = ("White House press secretary Dana Whitlock told reporters that the president had full confidence in her. "
            "Asked about the lecture, Whitlock said the remark had been taken out of context.")
    assert one(text, "the remark had been")["kind"] == "official_statement"
    assert "Dana Whitlock" in one(text, "the remark had been")["label"]
    text = "Her communications director, Nia Castellanos, said in an email that investment had risen."
    assert one(text, "investment had risen")["kind"] == "official_statement"


def test_initials_joined_by_full_stops_are_one_word_of_a_title():
    text = "Assistant U.S. Attorney Kevin Marlowe told the judge that the government would call eleven more witnesses."
    assert "Kevin Marlowe" in one(text, "the government would call")["label"]


@pytest.mark.parametrize("phrase,kind,label", [
    ("the Beacon-Herald", "media_outlet", "Beacon-Herald"),
    ("A Ledger-Standard poll released on Monday", "media_outlet", "Ledger-Standard"),
    ("The Halvern Review", "media_outlet", "Halvern Review"),
    ("three manufacturers", "anonymous_source", "three manufacturers"),
    ("Three Rivers Banks", "official_statement", "Three Rivers Banks"),
    ("Business owners on Fenner Avenue", "anonymous_source", "Business owners on Fenner Avenue"),
])
def test_a_hyphenated_paper_a_papers_poll_counted_bodies_and_people_on_a_street(phrase, kind, label):
    assert classify(phrase)[:2] == (kind, label)


def test_a_communique_speaks_and_a_plural_noun_after_its_qualifier_is_no_cue():
    text = ("The summit's final communique, released on Wednesday evening, said the 14 governments would deepen "
            "cooperation.")
    assert one(text, "the 14 governments")["kind"] == "official_statement"
    text = "Its president, Gordon Faye, said three manufacturers had told him they were weighing sites in neighboring states."
    assert [r["source"] for r in relations(text)] == ["Its president, Gordon Faye", "three manufacturers"]
    assert relations("The news agency Baltica Press reports that two members were absent.")[0]["kind"] == "news_agency"


def test_assuring_someone_reports_what_follows_the_addressee():
    text = "The minister reassured farmers that the subsidy would stay."
    assert one(text, "the subsidy would stay")["source"] == "The minister"
    text = ("President Elliot Crane assured allied leaders at a summit on Wednesday that the United States would keep "
            "supplying air-defense systems, two senior administration officials said.")
    assert one(text, "the United States would keep")["label"] == "President Elliot Crane"


def test_a_project_is_a_body_and_a_pronoun_with_its_verb_or_a_bare_circumstance_makes_no_relation():
    text = "The conservative Judicial Integrity Project, which backs Corliss, called the campaign a smear."
    assert one(text, "the campaign")["kind"] == "official_statement"
    text = "Prosecutors said they would show jurors bank records on Tuesday that match the dates Stamm described."
    assert [r["source"] for r in relations(text)] == ["Prosecutors"]
    text = "Gregory Stamm, who is testifying under a cooperation agreement, said the mayor counted the money."
    assert [r["content"] for r in relations(text)] == ["the mayor counted the money"]


def test_shooting_or_firing_back_reports_only_with_what_was_said():
    text = 'Governor Celia Brandvold listened. "That is simply false, and he knows it," she shot back.'
    assert one(text, "That is simply false")["cue"] == "shot back"
    assert relations("Police shot a man who fired at them. The army fired back at the rebels.") == []
    assert one("The mayor fired back that the budget was balanced.", "the budget")["cue"] == "fired back"
    text = "The agency reported that soldiers had crossed the line and fired on a patrol."
    assert one(text, "soldiers had crossed")["content"].endswith("fired on a patrol")


def test_a_headlines_title_is_the_one_person_the_story_names_with_it_and_a_camp_speaks():
    text = ("Tavarian minister: trade talks will resume next month\n\nTalks broke off on Wednesday. Trade Minister "
            "Dusan Ferenc said the talks would resume in December.")
    assert one(text, "trade talks will resume")["label"] == "Trade Minister Dusan Ferenc"
    text = "Brandvold camp: debate showed she is the one to beat\n\nThe debate ran late."
    assert one(text, "debate showed")["kind"] == "official_statement"


def test_a_place_after_a_persons_name_is_where_they_are_from_and_a_letter_they_mention_is_not_theirs():
    text = ("The caucus chair, Representative Dale Korver of Alta Mesa, told reporters that the provision was amnesty. "
            "He said 31 members of his group had signed a letter to the speaker opposing it.\n\n"
            "The letter, a copy of which was obtained by the Continental Press, says the provision would reward "
            "lawbreakers.")
    assert one(text, "31 members")["label"] == "Representative Dale Korver"
    assert one(text, "the provision would reward")["kind"] == "official_statement"
    text = "In a statement, the publicist said the singer was resting. The statement added that the tour would go on."
    assert one(text, "the tour would go on")["label"] == "publicist"


def test_answering_with_a_deed_is_no_report_and_a_site_run_by_a_paper_is_an_outlet():
    assert relations("Washington imposed tariffs, and Tavaria answered with duties that hit farm states hard.") == []
    assert classify("The Ledger Check, a fact-checking website run by the Tamworth Courier")[:2] == \
        ("media_outlet", "Ledger Check")


@pytest.mark.parametrize("text,content", [
    ("Pilots voted to authorize a strike, the union said Wednesday.", "Pilots voted to authorize a strike"),
    ("The union said Wednesday that pilots voted to authorize a strike.", "pilots voted to authorize a strike"),
    ("Smith said Wednesday the company would cut jobs.", "the company would cut jobs"),
    ("Pilots will strike, the company said late Wednesday.", "Pilots will strike"),
    ("Pilots will strike, the company said Wednesday night.", "Pilots will strike"),
])
def test_a_bare_day_after_the_cue_is_when_it_was_said_not_what(text, content):
    assert [r["content"] for r in relations(text)] == [content]


def test_a_papers_interview_gives_its_answers_under_mister_and_the_surname():
    text = ("Airline chief sees deal\n\nIn an interview, the airline's chief executive, Douglas Whitford, discussed "
            "the talks.\n\nQ: Is a strike realistic?\n\nMr. Whitford: No. The law doesn't allow it.\n\n"
            "Q: What do you say to the union?\n\nMr. Whitford: Our offer is fair.")
    found = relations(text)
    assert [(r["content"], r["label"]) for r in found] == [
        ("No. The law doesn't allow it.", "Douglas Whitford"), ("Our offer is fair.", "Douglas Whitford")]


@pytest.mark.parametrize("phrase,label", [
    ("Capt. Achebe", "Capt. Achebe"), ("Lt. Gen. Ray Moss", "Lt. Gen. Ray Moss"), ("Det. Insp. Ray Moss", "Det. Insp. Ray Moss")])
def test_abbreviated_military_and_police_ranks_are_titles_of_a_person(phrase, label):
    assert classify(phrase)[:2] == ("named_person", label)


def test_why_a_source_stays_unnamed_is_no_report_of_its_own():
    text = ("A captain based in Denver, who asked not to be named because he feared retaliation, said morale was "
            "the lowest he had seen in 22 years.")
    assert [(r["source"], r["content"]) for r in relations(text)] == [
        ("A captain based in Denver", "morale was the lowest he had seen in 22 years")]
    assert one("She resigned because she believed the plan would fail.", "the plan")["cue"] == "believed"


def test_what_a_named_body_turned_down_is_no_source():
    text = "Mr. Halloran wants to put fuel pumps in the parking lots, an idea Pellworth's board rejected last year."
    assert [r["source"] for r in relations(text)] == ["Mr. Halloran"]


@pytest.mark.parametrize("text,source", [
    ("Some investors, however, fear that the buyer would load the chain with debt.", "Some investors"),
    ("The ministry, for its part, said the talks would go on.", "The ministry"),
    ("Seven of the nine members of the committee said inflation was too high.", "Seven of the nine members of the committee"),
    ("In a survey, 14 of 17 economists said the bank would raise its rate.", "14 of 17 economists"),
])
def test_a_sentence_adverb_or_a_count_of_a_group_before_the_cue_keeps_the_subject(text, source):
    assert [r["source"] for r in relations(text)] == [source]


def test_a_title_case_headline_says_and_the_agency_is_the_office_the_story_named():
    text = ("Deposits Are Safe, Agency Says\n\nFederal regulators seized the thrift, the Office of Savings "
            "Supervision said yesterday.\n\nThe agency said the branches would reopen.")
    assert [(r["content"], r["label"]) for r in relations(text)] == [
        ("Deposits Are Safe", "Office of Savings Supervision"),
        ("Federal regulators seized the thrift", "Office of Savings Supervision"),
        ("the branches would reopen", "Office of Savings Supervision")]
    text = "Japanese Paper Says Carmaker Weighs Second Plant\n\nThe plant would employ 2,000 people."
    assert one(text, "Carmaker Weighs")["kind"] == "media_outlet"


def test_the_agency_is_a_news_agency_named_before_rather_than_another_office():
    text = ("Drought\n\nThe year is the driest on record, the Lestrian Meteorological Service said on Thursday. \"Droughts "
            "are now common,\" Professor Ana Ruiz was quoted as saying by the Lestrian Press Agency (LPA). She believes "
            "the water plan is out of date, the agency said.")
    assert one(text, "The year is")["label"] == "Lestrian Meteorological Service"
    assert one(text, "She believes")["label"] == "Lestrian Press Agency"


@pytest.mark.parametrize("phrase,kind,label", [
    ("Meridian News Service", "news_agency", "Meridian News Service"),
    ("Algeria's official news agency, the National Press Service", "state_media", "National Press Service"),
    ("the Kremlin press service", "official_statement", "Kremlin press service"),
])
def test_a_news_service_is_an_agency_and_a_states_agency_is_state_media(phrase, kind, label):
    assert classify(phrase)[:2] == (kind, label)


def test_a_content_that_ends_on_a_noun_like_record_keeps_its_source():
    assert one("It was the hottest day on record, officials said.", "It was")["source"] == "officials"


def test_content_then_the_spokeswoman_then_why_she_is_unnamed_then_said():
    text = "No one was seriously hurt, the spokeswoman, who asked not to be named in line with company policy, said."
    assert [(r["source"], r["content"]) for r in relations(text)] == [("the spokeswoman", "No one was seriously hurt")]


def test_a_dateline_with_two_hyphens_is_no_source_and_a_firm_with_an_ampersand_is_no_person():
    text = ("Rate plan\n\nPORT CLEMENT -- Lakeland Power & Light Co. asked regulators to raise rates, saying it needs "
            "the money to replace aging lines.")
    assert one(text, "it needs the money")["label"] == "Lakeland Power & Light Co"
    assert classify("Ashby Rourke & Co.")[0] == "official_statement"


def test_a_companys_regional_arm_is_no_person_and_its_spokeswoman_goes_on_speaking_as_she():
    text = ('Attendance was voluntary, said Sharon Whitfield, a spokeswoman for Hoshida Motor Manufacturing America. '
            'Pay is above the average, she said.')
    assert one(text, "Pay is above")["label"].startswith("Sharon Whitfield")


def test_a_retail_chain_expects_and_an_unnamed_spokeswoman_goes_on_as_she():
    assert one("The chain expects sales at older stores to drop 3% in November.", "sales at older")["kind"] == \
        "official_statement"
    text = "No one was hurt, a company spokeswoman said. She said two workers were treated for smoke inhalation."
    assert one(text, "two workers")["label"] == "company spokeswoman"
    text = "No one was hurt, a company spokesman said. She said two workers were treated for smoke inhalation."
    assert one(text, "two workers")["label"] != "company spokesman"


@pytest.mark.parametrize("text,contents", [
    ("Prices will rise, not fall, said Sabine Wirz, an analyst at Kellner Research.", ["Prices will rise, not fall"]),
    ("The recall itself is manageable, said Tobias Renn, an analyst at Wexford Partners, but the warning letter could "
     "delay approvals.", ["The recall itself is manageable", "the warning letter could delay approvals"]),
])
def test_a_source_after_the_cue_takes_a_content_with_a_comma_and_a_clause_after_but(text, contents):
    assert [r["content"] for r in relations(text)] == contents


def test_a_paper_after_the_content_with_its_apposition_reports_it_and_states_is_no_verb():
    text = ("Hoshida Motor Co., the Tokyo-based carmaker, is considering a second plant in the United States, the "
            "Tokai Keizai Shimbun, a Japanese business daily, reported yesterday.")
    assert [(r["kind"], r["label"]) for r in relations(text)] == [("media_outlet", "Tokai Keizai Shimbun")]
    text = "A poll released on Monday by Juno Research, a nonpartisan firm based in Ashton, found that Garroway led."
    assert one(text, "Garroway led")["source"].startswith("A poll")


@pytest.mark.parametrize("phrase", ["Analysts surveyed by Streetline Data", "economists polled by Reuters"])
def test_people_counted_by_whoever_asked_them_are_unnamed_people(phrase):
    assert classify(phrase)[:2] == ("anonymous_source", phrase)


def test_an_abbreviated_governor_is_the_governor_later_and_a_firm_keeps_its_short_name():
    text = ('Layoffs\n\nIowa Gov. Lydia Carrow said she was disappointed. The governor said her office would ask the '
            'company to repay a tax credit.')
    assert one(text, "her office")["label"] == "Iowa Gov. Lydia Carrow"
    text = ('Dispute\n\nThe exchange is in a quarrel with Castell Voss & Co., a member firm. Castell Voss said it would '
            'appeal.')
    assert one(text, "it would appeal")["kind"] == "official_statement"
    assert classify("Harlow Tobacco Co.")[0] == "official_statement"
    assert classify("Tickerline, a financial news service")[:2] == ("news_agency", "Tickerline")


def test_when_the_report_came_is_the_reporters_not_the_content():
    text = ("Harlow Tobacco Co. said it would add $640 million to its reserve, a day after a jury ordered it to pay "
            "$385 million.")
    assert [r["content"] for r in relations(text)] == ["it would add $640 million to its reserve"]


# -- political news in PolNeAR's style (studied on attribution-blind27) ------------------

@pytest.mark.parametrize("text,label", [
    ("Confirmation is all but assured, the Pacific Wire Service reported last week.", "Pacific Wire Service"),
    ("Shipments had slowed as importers cancelled orders, the Transcontinental Wire reported.", "Transcontinental Wire"),
    ("A memo proposed splitting three strongholds, The Carrick Observer, which obtained the memo, reported on Sunday.",
     "Carrick Observer"),
])
def test_a_source_after_a_content_that_ends_in_a_verb_or_a_clause_reports_it(text, label):
    found = [r for r in relations(text) if r["label"] == label]
    assert found and found[0]["content"] == text.split(",")[0]


def test_a_paper_whose_name_ends_in_a_person_noun_is_a_paper():
    assert classify("the Carrick Observer")[:2] == ("media_outlet", "Carrick Observer")
    assert classify("The Observer")[0] == "media_outlet"
    assert classify("An election observer")[0] == "anonymous_source"


def test_a_bodys_lawyers_speak_for_it_and_a_persons_stay_unnamed():
    assert classify("Lawyers for the Union Party")[0] == "official_statement"
    assert classify("Lawyers for Dremmond")[0] == "anonymous_source"


def test_a_free_relative_after_a_report_is_no_report_of_its_own():
    text = ("Lawyers for the Union Party, who sued over the map in April, said the memo proved what they had argued "
            "from the start.")
    assert [r["content"] for r in relations(text)] == ["the memo proved what they had argued from the start"]


def test_a_cue_noun_after_its_possessor_is_no_cue():
    text = 'Marquand called Renfrew\'s claim "the kind of thing you say when you have never had to balance a budget."'
    assert [r["cue"] for r in relations(text)] == ["called"]
    assert relations("The ministry's reports show that prices rose.")[0]["source"] == "The ministry's reports"


def test_rating_a_claim_in_quotes_is_a_verdict_and_a_grade_is_not():
    text = 'The site rated Mr. Delacorte\'s claim "mostly false."'
    assert one(text, "Mr. Delacorte's claim")["cue"] == "rated"
    assert relations("The agency rated the bonds two notches lower.") == []


def test_a_proposal_needs_a_clause():
    assert relations("The minister proposed a cut of $1.5 million.") == []
    assert one("The minister proposed that the tax be cut.", "the tax be cut")["source"] == "The minister"


def test_a_bare_surname_is_the_person_a_quote_named_in_full_not_his_aides_title():
    text = ('Debate\n\n"Tobias Renfrew came here to introduce himself," said Colin Aberdeen. Renfrew\'s communications '
            'director, Priya Lanford, said the businessman had won. Later Renfrew said the governor had raised the '
            'gas tax three times.')
    rel = one(text, "the governor had raised")
    assert (rel["kind"], rel["label"]) == ("named_person", "Tobias Renfrew")


def test_a_titled_surname_that_reads_as_a_plural_body_is_a_person():
    assert classify("Mayor Aurelio Banks")[0] == "named_person"
    assert classify("several local banks")[0] != "named_person"


def test_one_of_a_group_described_by_what_she_does_is_the_source_of_her_later_quotes():
    text = ("Vote\n\nAbout 200 protesters gathered before the meeting. One of them, a 24-year-old nursing student who "
            "asked that her name not be used because she works at a city clinic, said she had come to every meeting "
            'since June. "We were told to be patient," she said.')
    first = one(text, "she had come")
    assert first["kind"] == "anonymous_source" and "nursing student" in first["label"]
    assert one(text, "We were told")["label"] == first["label"]


def test_an_agency_quotes_a_named_minister_as_saying():
    text = ('The agency quoted Commerce Minister Dana Petrescu as saying that Solvandia "will not negotiate with a gun '
            'to its head."')
    rel = one(text, "Solvandia")
    assert rel["label"] == "Commerce Minister Dana Petrescu" and rel["via"] == ["agency"]


def test_a_headline_acronym_before_a_colon_speaks_when_the_story_has_it_speak():
    text = "Governor declares emergency; FEMA: aid teams on the way\n\nFEMA said late Sunday that it had sent two teams."
    assert one(text, "aid teams")["source"] == "FEMA"
    assert relations("LIVE: storm hits the coast\n\nThe storm hit the coast on Sunday.") == []


def test_a_senator_who_questions_a_nominee_speaks_for_himself_between_questions():
    text = ("Hearing\n\nSenator Edwin Marchetti of Ohio said the plan had no price.\n\n"
            "Marchetti: Will you commit that no customer will pay more?\n"
            "Vossberg: I will commit that I will not sign off on any such rule.\n"
            "Marchetti: That is not the same thing.\n")
    assert one(text, "That is not the same thing")["label"] == "Senator Edwin Marchetti"
    assert not [r for r in relations(text) if r["content"].startswith("Will you commit")]


def test_a_that_clause_on_a_noun_after_the_cue_leaves_the_content_before_the_source():
    text = ("The overhaul can be paid for without raising bills, Marian Vossberg told senators on Tuesday at a "
            "confirmation hearing that ran for almost five hours.")
    assert [r["content"] for r in relations(text)] == ["The overhaul can be paid for without raising bills"]
    text = ("Her lawyers, at the firm Harrow Pell, said in a letter to the board that was reviewed by the Courier that "
            "they had found no evidence of misconduct.")
    assert relations(text)[0]["content"] == "they had found no evidence of misconduct"
    text = "The minister told reporters at a news conference that prices would rise."
    assert [r["content"] for r in relations(text)] == ["prices would rise"]


def test_a_schedule_posted_by_a_committee_is_its_word():
    assert classify("a schedule posted on the committee's website")[0] == "official_statement"


# -- political news in PolNeAR's style (studied on attribution-blind28) ------------------

def test_a_quote_over_three_sentences_whose_last_opens_with_a_relative_keeps_its_speaker():
    text = ('Shutdown\n\n"We have passed our bill. The Senate has passed theirs. The only person who has not shown up is '
            'the president," Vickery told reporters.')
    rel = one(text, "We have passed our bill")
    assert rel["source"] == "Vickery" and "the president" in rel["content"]


def test_calling_someone_twice_is_no_naming_and_a_quote_after_and_is_another_clause():
    text = 'The secretary said Marchetti had called Vickery twice and had been "told no both times."'
    assert [r["cue"] for r in relations(text)] == ["said"]
    assert one('Marquand called the plan "a fairy tale."', "the plan")["cue"] == "called"


def test_she_is_not_the_subject_of_what_she_reports():
    text = ('Shutdown\n\nAt the White House, the press secretary, Teresa Quintero, said the president had called '
            'Vickery. The president would sign the bill "the minute it reaches his desk," she said.')
    assert "Quintero" in one(text, "The president would sign")["label"]


def test_a_name_that_ends_in_an_institution_word_is_a_body_not_a_person():
    text = ("Shutdown\n\nSenate Majority Leader Gwen Abernathy said she would not send the White House a second bill. "
            "She also told reporters that the Senate would stay in session.")
    assert one(text, "the Senate would stay")["label"] == "Senate Majority Leader Gwen Abernathy"


def test_a_surname_that_is_a_given_name_elsewhere_gives_no_gender():
    text = ("Trial\n\nSofia Kaledin said the trial had ended. Hanne Martin, a patient, said she plans to sue the maker.")
    assert one(text, "sue the maker")["label"] == "Hanne Martin"


def test_a_surname_that_opens_a_sentence_after_a_month_is_a_mention_of_him():
    text = ("Budget\n\nCouncilman Otis Greer voted against it. Sgt. Ray Kowalczyk said officers would leave. A nurse "
            "said the cuts were fair. The vote came in April. Greer said he plans to appeal to the court.")
    assert one(text, "appeal to the court")["label"] == "Councilman Otis Greer"


def test_quoted_as_saying_with_its_relay_last_reports_the_quote_before():
    text = ('"The opposition\'s figures were invented in foreign embassies," Interior Minister Pavel Rusko was quoted '
            'as saying by Galpres.')
    rel = one(text, "The opposition's figures")
    assert (rel["label"], rel["via"]) == ("Interior Minister Pavel Rusko", ["Galpres"])


def test_a_person_of_a_party_set_off_by_commas_is_the_person():
    text = ("Mikael Doranth, of the smaller Farmers' Union, told the Meridian Press Agency that he would not take up "
            "his seat.")
    rel = one(text, "he would not take up")
    assert (rel["kind"], rel["label"], rel["via"]) == ("named_person", "Mikael Doranth", ["Meridian Press Agency"])


def test_the_reasons_cited_after_a_quoted_verdict_are_not_its_content():
    text = ('The State Department said that the election was "neither free nor fair," citing the arrest of two '
            'candidates.')
    assert [r["content"] for r in relations(text)] == ['the election was "neither free nor fair']


def test_what_believers_believe_another_intends_has_that_other_as_its_source():
    text = "Western diplomats believe the government intends to change the constitution."
    assert one(text, "change the constitution")["source"] == "the government"


def test_a_super_pac_and_a_papers_fact_checking_desk_and_editorial_board_are_what_they_are():
    assert classify("Merrimont Forward, a super PAC financed largely by two donors")[0] == "official_statement"
    assert classify("The Ledger Check, the Dunmore Ledger's fact-checking desk")[:2] == ("media_outlet", "Ledger Check")
    assert classify("The Port Ellery Tribune's editorial board")[0] == "media_outlet"


def test_time_spent_arguing_is_a_report():
    rel = one("Esterhaus spent much of Monday arguing that Kettering would raise taxes.", "Kettering would raise")
    assert rel["source"] == "Esterhaus"


@pytest.mark.parametrize("text,source", [
    ('Kettering, campaigning 90 miles away in Averill, called the charge "a fairy tale."', "Kettering"),
    ('Brandt, leaving the ground on crutches, told reporters his ankle was "sore, nothing worse."', "Brandt"),
    ("The Continental Press, reviewing Fairweather's disclosures, found that he had made 61 trades.", "The Continental Press"),
    ("The petition, filed in Ashby County Circuit Court, says the fund raised $14.2 million.", "The petition"),
])
def test_a_participle_set_off_between_a_source_and_its_cue_is_skipped(text, source):
    assert relations(text)[0]["source"] == source


def test_a_possessor_inside_a_subject_goes_on_to_its_noun():
    text = ("The Lanford attorney general's office on Wednesday asked a court to remove the board, alleging that the "
            "founder had used donors' money.")
    assert one(text, "the founder had used")["source"] == "The Lanford attorney general's office"


def test_a_survey_with_its_dates_set_off_finds_its_figures():
    text = "The survey of 812 likely voters, conducted from Oct. 9 to Oct. 15, found 49 percent in favor of Measure R."
    assert one(text, "49 percent")["source"] == "The survey of 812 likely voters"


def test_an_initial_before_a_sentence_opener_ends_the_sentence():
    text = ("Okonjo has not taken a position on Measure R. Asked about it last week, she said only that the city "
            "needs more building.")
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Senator J. Smith said so.")) == 1


def test_a_verb_coordinated_in_a_content_after_its_subjects_perfect_is_that_subjects():
    text = ('The state news agency Galpres reported that President Teodor Vasilak had cast his ballot in his village and '
            'told reporters there that Galvonia "will not take lessons."')
    rel = one(text, "Galvonia")
    assert (rel["label"], rel["via"]) == ("President Teodor Vasilak", ["Galpres"])
    text = ('A senior adviser conceded that the candidate had been "off his game" and said he would spend more time '
            'preparing.')
    assert one(text, "he would spend")["source"] == "A senior adviser"
    text = "The ministry said the talks had failed and added that new ones would start."
    assert one(text, "new ones would start")["source"] == "The ministry"


def test_a_desk_that_found_sets_off_two_contents_and_according_to_takes_the_second():
    text = ("The Ledger Check said the ad was misleading. Two of the rooms closed after Kettering left in 2021, the desk "
            "found, and her bonus was $1.2 million, not $3 million, according to the company's filings.")
    assert one(text, "Two of the rooms")["cue"] == "found"
    assert one(text, "her bonus")["cue"] == "according to"


def test_a_post_with_the_words_says_them():
    text = ('His campaign manager, Priya Halvorsen, posted a photograph of the empty mill with the words: "She\'s '
            'welcome. Bring a résumé."')
    assert one(text, "She's welcome")["label"] == "Priya Halvorsen"


def test_a_letter_that_ends_a_sentence_is_no_initial_of_the_next_word():
    text = ("Vote\n\nMayor Helen Okonjo has not taken a position on Measure R. Asked about it last week, she said only "
            "that the city needs more building.")
    assert one(text, "only that the city needs")["label"] == "Mayor Helen Okonjo"


# -- business news in PARC 3.0's style (studied on attribution-blind30) -------------------

@pytest.mark.parametrize("phrase,kind", [
    ("The Cincinnati Courier-Press", "media_outlet"),
    ("The newsletter Capital Flows Monthly", "media_outlet"),
    ("The Houston Morning Star", "media_outlet"),
    ("The Amerwire news service", "news_agency"),
    ("Travel agents in Denver", "anonymous_source"),
    ("a Bank Board document", "official_statement"),
])
def test_papers_newsletters_wire_services_agents_and_documents_are_what_they_are(phrase, kind):
    assert classify(phrase)[0] == kind


def test_a_title_case_headline_and_a_question_line_name_no_one():
    text = ("Bellamy Food Stores Gets $2.1 Billion Buyout Offer From Kinloch Group\n\nBellamy said its board would "
            "consider the offer.\n\nQ: Is Bellamy for sale?\n\nMr. Penrose: Every company is for sale at a price.")
    rel = one(text, "its board would consider")
    assert rel["kind"] == "official_statement" and rel["label"] == "Bellamy"


def test_a_headline_role_is_the_person_the_story_gives_it_to():
    text = ("Rovers reject bid as agent says striker 'dreams of Spain'\n\nBrandt's agent, Dario Venn, painted a "
            "different picture.")
    assert one(text, "striker 'dreams of Spain")["label"] == "Dario Venn"


@pytest.mark.parametrize("text", [
    "The company, based in Morristown, N.J., said it knew of no patients who had been harmed.",
    "The company, headquartered in Columbus, Ohio, said it knew of no patients who had been harmed.",
])
def test_a_city_and_its_state_set_off_after_a_source_are_skipped(text):
    assert one(text, "it knew of no patients")["source"] == "The company"


def test_a_recall_after_a_named_class_is_a_noun_and_denying_the_charges_denies_no_proposition():
    assert relations("Under Food and Drug Administration rules, the action is a Class II recall, the category used when a "
                     "product could cause temporary health problems.") == []
    assert relations("Stanmore, which is based in Princeton, N.J., has denied the charges.") == []
    assert one("The minister denied that the charges were true.", "the charges were true")["cue"] == "denied"


def test_a_participle_after_a_denied_report_keeps_the_named_spokesman():
    text = 'A spokesman for Solberg, Grant Meyers, denied the report, saying she would "compete in every state."'
    assert one(text, "she would")["source"] == "A spokesman for Solberg, Grant Meyers"


def test_a_preposition_a_town_before_its_region_and_business_name_endings_name_no_one():
    text = ("Recall\n\nUnder Food and Drug Administration rules, the action is minor. The problem was traced to the "
            "plant in Humacao, Puerto Rico. \"We found it ourselves,\" she said. Dr. Elaine Forsythe, the president, "
            "said the recall would cost $14 million. \"We fixed it,\" she said.")
    assert one(text, "We fixed it")["label"] == "Dr. Elaine Forsythe"
    assert not one(text, "We found it ourselves")["label"] == "Puerto Rico"
    text = ("Mills\n\nThe Monessen Works, on the Monongahela River, has made steel since 1899. First Gulf Federal "
            "failed. Leonard Voigt said the mill would close. \"It is over,\" he said.")
    assert one(text, "It is over")["label"] == "Leonard Voigt"


def test_a_company_with_a_possessed_apposition_and_the_concern_later():
    text = ("Steel\n\nThe Osaka-based maker Kasumi Steel, Ashworth's partner in a coated-sheet venture, said the "
            "venture's plant would not be affected. The concern said it remained \"fully committed\" to the partnership.")
    assert one(text, "the venture's plant")["label"] == "Osaka-based maker Kasumi Steel"
    assert one(text, "it remained")["label"] == "Osaka-based maker Kasumi Steel"


def test_a_title_case_headline_chief_is_the_chief_executive_the_story_names_after_his_name():
    text = ("Ashworth Steel Chief: More Mills May Close\n\nIn a call with analysts, Leonard J. Voigt, Ashworth's "
            "chairman and chief executive, said the company was losing money.")
    assert one(text, "More Mills May Close")["label"] == "Leonard J. Voigt"


def test_agreeing_to_do_something_is_a_promise_not_a_report():
    text = "The union believes the company agreed in that contract to keep both furnaces running through 1991."
    assert [r["cue"] for r in relations(text)] == ["believes"]
    assert one("Both sides agreed that the talks had been useful.", "the talks")["cue"] == "agreed"


def test_a_group_including_a_named_unit_is_no_source_of_its_own():
    text = ("An official at the agency, who asked not to be named, said three banking groups, including a unit of "
            "Dallas-based Lone Star Bancorp, had expressed interest.")
    assert [r["source"] for r in relations(text)] == ["An official at the agency"]


def test_the_department_is_the_treasury_named_before_and_a_state_agency_keeps_its_name():
    text = ("The notes were sold at an average yield of 7.94%, the Treasury said. Bids totaling $27.6 billion were "
            "received, the department said.")
    assert one(text, "Bids totaling")["label"] == "Treasury"
    assert classify("Sovpress, the official Soviet news agency")[:2] == ("state_media", "Sovpress")


def test_a_counterclaim_filed_accusing_is_the_filers_report():
    text = "Last week Stanmore filed a counterclaim accusing Corwith of spreading false statements about its drug."
    assert one(text, "Corwith of spreading")["source"] == "Stanmore"


# -- political news in PolNeAR's style (studied on attribution-blind31) ------------------

@pytest.mark.parametrize("phrase,kind", [
    ("A whistleblower inside the Federal Signals Agency", "anonymous_source"),
    ("Capitol Notebook", "media_outlet"),
    ("Advocates for homeless residents", "anonymous_source"),
])
def test_whistleblowers_advocates_and_newsletters_are_what_they_are(phrase, kind):
    assert classify(phrase)[0] == kind


def test_how_a_court_ruled_is_a_question_not_a_source():
    text = ('The foreign ministry said the choice was "an internal matter," but added that Zoravia would "watch '
            'closely" how the new court ruled on the trade cases.')
    assert [r["cue"] for r in relations(text)] == ["said", "added"]


def test_an_analysis_by_a_center_finds():
    text = ("In Washington, an analysis by the Hollister Center for Constitutional Studies found that Ellingham had "
            "sided with the government in 71 percent of the cases.")
    assert one(text, "Ellingham had sided")["label"] == "Hollister Center for Constitutional Studies"


def test_a_relative_clauses_report_ends_at_the_main_verb():
    text = ("The Capital Sentinel, which said it had reviewed a copy of the complaint, reported on Thursday that the "
            "agency had misled Congress.")
    assert one(text, "it had reviewed")["content"] == "it had reviewed a copy of the complaint"


def test_a_poll_with_when_it_was_taken_set_off_finds():
    text = "A KHLV-TV instant poll of 508 viewers, taken as the broadcast ended, found Holloway ahead, 46 percent to 39."
    assert one(text, "Holloway ahead")["source"].startswith("A KHLV-TV instant poll")


def test_a_station_by_its_call_letters_and_its_instant_poll_are_the_station():
    assert classify("KHLV-TV")[:2] == ("media_outlet", "KHLV-TV")
    assert classify("A KHLV-TV instant poll of 508 viewers")[:2] == ("media_outlet", "KHLV-TV")
    assert classify("Anna Post-Smith")[0] == "named_person"  # (a double-barrelled name is no paper)



def test_a_fronted_place_before_an_anonymous_source_is_no_part_of_it():
    r = one("In Brussels, a trade official, who was not authorised to speak, told the Nordline Press agency that "
            "the tariff review had been shelved.", "the tariff review")
    assert (r["source"], r["kind"], r["label"]) == ("a trade official", "anonymous_source", "trade official")
    assert r["via"] == ["Nordline Press agency"]


@pytest.mark.parametrize("later", [
    "The loss will reach $40 million, the Tulsa-based driller said Thursday.",
    "The Tulsa, Okla., driller said Thursday the loss will reach $40 million.",
])
def test_a_company_described_by_its_home_town_is_the_company_named_before(later):
    text = "Redfern Drilling Co. said it would close two rigs. " + later
    r = one(text, "The loss" if later.startswith("The loss") else "the loss")
    assert (r["kind"], r["label"]) == ("official_statement", "Redfern Drilling Co")


def test_a_bare_surname_is_the_company_when_the_man_is_mister():
    text = ("Brandvold Shipping Co. faces a fight for its board.\n\n"
            "\"We will not sell the tankers,\" Mr. Brandvold said in an interview.\n\n"
            "Brandvold said its directors would reject the offer.")
    r = one(text, "its directors would reject")
    assert (r["kind"], r["label"]) == ("official_statement", "Brandvold Shipping Co")
    assert one(text, "We will not sell")["kind"] == "named_person"


def test_a_surname_with_an_apposition_that_makes_it_a_concern_is_the_company():
    text = ("Okonkwo Holdings Inc. made a bid for the mill.\n\n"
            "Okonkwo, a privately held Lagos investment concern run by financier Chidi Okonkwo, said it would pay "
            "$12 a share.")
    r = one(text, "it would pay")
    assert (r["kind"], r["label"]) == ("official_statement", "Okonkwo Holdings Inc")


def test_the_group_after_a_named_body_and_its_apposition_is_the_named_body():
    text = ("\"The plan is a gift to shareholders,\" said Rosa Imbert, director of the Lakeshore Tenants Council, a "
            "housing group that opposes the rise. The group wants the increase held below 3%.")
    r = one(text, "the increase held")
    assert r["label"] == "Lakeshore Tenants Council"


def test_the_rating_concern_is_the_company_that_opened_the_sentence_before():
    text = ("The Weller Fund said the bonds were safe. Halloran Credit Services Inc. cut its rating on the bonds. "
            "The rating concern said the outlook was \"negative.\"")
    assert one(text, "the outlook")["label"] == "Halloran Credit Services Inc"


def test_a_content_past_a_relative_clause_before_an_inverted_source_is_that_sources():
    text = ("Most of the losses fall on farms in the two valleys, where the bank holds one loan in four, "
            "said Ines Caldera, the bank's head of lending.")
    r = one(text, "Most of the losses")
    assert (r["kind"], r["label"]) == ("named_person", "Ines Caldera")


def test_a_subject_before_a_set_off_cue_and_its_verb_after_are_two_pieces_of_one_content():
    text = "Hal Verity is a shipping analyst. Closing the yard, he reckons, would save $20 million a year."
    found = [r for r in relations(text) if r["label"] == "Hal Verity"]
    assert [r["content"] for r in found] == ["Closing the yard", "would save $20 million a year"]
    text = "Speaking in Oslo, she said the talks had failed."
    assert [r["content"] for r in relations(text)] == ["the talks had failed"]


def test_a_poll_conducted_for_a_station_and_released_is_the_stations():
    text = ("A survey conducted for KVRA Channel 9 and released on Friday found that 44 percent of voters back the levy. "
            "The station said the margin of error was 3 points.")
    assert {(r["kind"], r["label"]) for r in relations(text)} == {("media_outlet", "KVRA Channel 9")}


def test_a_name_after_a_participle_in_a_source_is_whom_it_acts_on_not_who_speaks():
    r = one("The chairman of the Senate panel investigating Mayor Ilse Darrow said on Monday that hearings would "
            "start in June.", "hearings would start")
    assert r["kind"] == "anonymous_source" and "Darrow" not in r["label"]


def test_finding_reports_only_with_that():
    text = "The audit covered 90 clinics, finding that waiting times had doubled. The jury met for an hour, finding him guilty."
    assert [r["content"] for r in relations(text)] == ["waiting times had doubled"]


def test_a_relative_clause_that_ends_in_a_quotation_lies_between_a_senator_and_said():
    text = ("Sen. Ada Morrow of East Haldane, who had called the first draft \"a gift to importers,\" said the office "
            "had promised to impose quotas.")
    found = {(r["content"], r["label"]) for r in relations(text)}
    assert ("the office had promised to impose quotas", "Sen. Ada Morrow") in found
    assert ("the first draft \"a gift to importers", "Sen. Ada Morrow") in found


def test_who_after_a_name_and_its_description_is_the_named_person_and_under_oath_is_no_content():
    r = one("The account came from Petra Lund, the mayor's former budget director, who testified under oath that "
            "the mayor had asked her to delay the audit.", "the mayor had asked")
    assert (r["kind"], r["label"]) == ("named_person", "Petra Lund")


def test_quoted_as_saying_by_an_agency_described_in_lowercase_relays():
    text = "The treaty would \"end a decade of quarrels,\" President Ivo Ranic was quoted as saying by the state agency HINA."
    r = one(text, "The treaty would")
    assert (r["label"], r["via"]) == ("President Ivo Ranic", ["HINA"])
    r = one("The minister was quoted as saying by the agency that talks would resume.", "talks would resume")
    assert r["via"] == ["agency"]


def test_a_content_goes_on_after_an_according_to_set_off_inside_it_but_not_a_new_clause():
    text = "Turnout was highest in the suburbs, according to the clerk, and lowest in the two river wards."
    assert [r["content"] for r in relations(text)] == ["Turnout was highest in the suburbs", "lowest in the two river wards"]
    text = "Exports fell by 9 percent, according to the customs office, but tariffs explain only part of the fall."
    assert [r["content"] for r in relations(text)] == ["Exports fell by 9 percent"]


def test_the_comma_inside_a_firms_name_does_not_cut_off_the_analyst_who_works_there():
    r = one("Margaret Kilbride, a retailing analyst with Dunham, Rowe & Co., said the chain could still attract a buyer.",
            "the chain could")
    assert (r["kind"], r["label"]) == ("named_person", "Margaret Kilbride")


def test_countries_led_by_another_are_the_source_not_the_leader():
    r = one("The talks failed because the consuming countries, led by the U.S., wanted to impose separate quotas.",
            "impose separate quotas")
    assert (r["kind"], r["label"]) == ("official_statement", "consuming countries")


def test_a_brokerage_named_with_commodities_is_a_firm_not_a_person():
    r = one("Robusta for May delivery fell £85 a ton, according to Harcourt-Lyle Commodities, a London brokerage.",
            "Robusta for May")
    assert (r["kind"], r["label"]) == ("official_statement", "Harcourt-Lyle Commodities")


def test_a_headlines_company_says_is_the_company_the_lead_names():
    text = ("Kittredge Steel to Close Port Addison Works, Company Says\n\n"
            "PORT ADDISON, Ohio -- Kittredge Steel Corp. said yesterday that it would close its 91-year-old mill here.")
    assert one(text, "Kittredge Steel to Close")["label"] == "Kittredge Steel Corp"


def test_a_bare_company_name_is_the_company_not_a_filing_of_it():
    text = ("Thornbury Stores Inc. said its board would meet. According to a Thornbury filing with the Securities and "
            "Exchange Commission, the stores lost money. Thornbury denied the report, saying suppliers were shipping "
            "goods on normal terms.")
    assert one(text, "suppliers were shipping")["label"] == "Thornbury Stores Inc"


def test_arguing_over_how_to_divide_something_reports_nothing():
    text = ("Producing and consuming countries had argued for three weeks over how to divide the quotas. "
            "The ministers argued over the budget. John Smith argued the plan was flawed.")
    assert [r["content"] for r in relations(text)] == ["the plan was flawed"]


def test_a_lawsuit_alleges_even_with_how_it_was_brought_set_off_before_the_cue():
    r = one("The first suit, brought on behalf of the widow of a man who died in April, alleges that the maker knew of "
            "problems at the plant.", "the maker knew")
    assert (r["kind"], r["label"]) == ("official_statement", "first suit")


def test_a_union_local_plans():
    r = one("The local plans to ask the state attorney general to examine the closing, Mr. Dzierzon said.",
            "ask the state attorney general")
    assert (r["kind"], r["label"]) == ("official_statement", "local")


def test_not_confirming_or_denying_reports_nothing():
    text = ("A Justice Department spokesman said the department does not confirm or deny the existence of "
            "investigations. Officials declined to confirm or deny that talks were held.")
    assert [r["content"] for r in relations(text)] == [
        "the department does not confirm or deny the existence of investigations"]


def test_the_agency_is_the_body_named_before_the_agency_congress_created():
    text = ("Mesquite was placed in the conservatorship of the Resolution Trust Corp., the agency Congress created last "
            "August to dispose of failed savings institutions. The agency said the branches would open this morning.")
    assert one(text, "the branches would open")["label"] == "Resolution Trust Corp"


def test_people_set_off_with_their_workplace_are_labelled_with_it():
    r = one("Quillon's outside lawyers, at the firm Harrow Pell, said in a letter that they had found no evidence of "
            "misconduct.", "they had found")
    assert r["source"] == "Quillon's outside lawyers, at the firm Harrow Pell"
    assert r["label"] == "Quillon outside lawyers at Harrow Pell"


def test_a_relative_clause_on_the_document_is_not_the_content():
    r = one("The lawyers said in a letter to the board that was reviewed by the Financial Courier that they had found "
            "no evidence of misconduct.", "they had found")
    assert r["content"] == "they had found no evidence of misconduct"


@pytest.mark.parametrize("text,content,label", [
    ('Quillon at the time called the report "a work of fiction."', 'the report "a work of fiction', "Quillon"),
    ("Helen Marsh earlier this year said the plan was dead.", "the plan was dead", "Helen Marsh"),
    ("The court in 2019 ruled that the plan was dead.", "the plan was dead", "court"),
])
def test_a_time_between_the_subject_and_its_cue_is_not_the_source(text, content, label):
    r = one(text, content)
    assert r["label"] == label


SCHOOL_BOARD_INTERVIEW = (
    "School board chief defends closures\n\n"
    "Superintendent Celia Danforth resigned in March. Board president Karin Halvorsen spoke with us on Monday.\n\n"
    "Q: Did the board ignore the study?\n\n"
    "Halvorsen: No. Celia believes we ignored it, and I understand why she feels that way, but the study itself said "
    "at least two buildings should close.\n\n"
    "Q: Do you plan to run again?\n\n"
    "Halvorsen: I plan to finish this term. My colleagues say that because I am usually right.\n\n"
    "Navarro, reached by phone later, said the board had ignored parents. The district said the three buildings would "
    "be put up for sale next year.")


def test_an_answers_own_reports_are_relations_inside_the_speakers():
    found = relations(SCHOOL_BOARD_INTERVIEW)
    answer = one(SCHOOL_BOARD_INTERVIEW, "No. Celia believes")
    assert answer["label"] == "Karin Halvorsen"
    # a first name alone is the one person the story names with it; "I" in an answer is the one who answers
    belief = one(SCHOOL_BOARD_INTERVIEW, "we ignored it")
    assert (belief["label"], belief["content"]) == ("Superintendent Celia Danforth", "we ignored it")
    assert one(SCHOOL_BOARD_INTERVIEW, "at least two buildings")["label"] == "study"
    assert one(SCHOOL_BOARD_INTERVIEW, "finish this term")["label"] == "Karin Halvorsen"
    # "say that because ...": "that" is the thing said, no clause
    assert not [r for r in found if r["content"].startswith(("because", "that because"))]


def test_a_participle_set_off_after_the_subject_and_a_school_district_that_speaks():
    assert one(SCHOOL_BOARD_INTERVIEW, "the board had ignored parents")["source"] == "Navarro"
    r = one(SCHOOL_BOARD_INTERVIEW, "the three buildings would")
    assert (r["kind"], r["label"]) == ("official_statement", "district")


def test_a_belief_whose_verb_opens_a_quotation_has_its_subject_before_the_mark():
    text = ('State Sen. Harold Brandvold is on trial. His spokesman, Curtis Fenn, said that the senator "expects the jury '
            'to see a paid witness for what he is." Quintero said he had been "told no both times."')
    r = one(text, "the jury to see")
    assert (r["cue"], r["label"]) == ("expects", "State Sen. Harold Brandvold")
    assert not [r for r in relations(text) if r["content"].startswith("no both")]  # a verb of saying stays the quote's


def test_arguing_a_case_in_court_is_no_report():
    assert relations("Naomi Brandt, the group's lawyer, who argued the case in January, spoke to reporters.") == []
    assert one("The lawyer argued the case should be dismissed.", "the case should")["label"] == "lawyer"


def test_a_court_ruling_speaks_and_a_town_or_wire_service_is_no_person():
    text = ("The Iowa Supreme Court ruled on Friday. The ruling said the office must review 2,300 messages. "
            "Lydia Marchetti told the Heartland Wire that the ruling mattered. She said other courts would cite it. "
            "Sen. Gloria Estrada, a Democrat from Ferris Mill, said she wants to extend the law.")
    assert one(text, "the office must review")["label"] == "ruling"
    assert one(text, "other courts would cite")["label"] == "Lydia Marchetti"
    assert one(text, "extend the law")["label"] == "Sen. Gloria Estrada"


def test_the_company_is_the_name_set_off_after_a_trade_noun_and_its_filing_keeps_the_name():
    text = ("Her utility, Wheatland Power & Light, is seeking an 11.8 percent increase.\n\n"
            "The company says the money is needed to replace wooden poles. According to the company's filing, the "
            "average household would pay about $13.40 more a month.")
    assert one(text, "the money is needed")["label"] == "Wheatland Power & Light"
    assert one(text, "the average household")["label"] == "Wheatland Power & Light filing"


def test_a_content_before_its_source_runs_over_a_while_clause():
    text = ("State parks and the lottery would close, while prisons and public universities would keep operating, "
            "a Continental Press review of agency contingency plans found.")
    assert one(text, "State parks")["content"].endswith("would keep operating")
    # ("contingency plans found": a plural noun before its verb, no one planning)
    assert [r["cue"] for r in relations(text)] == ["found"]


def test_wanting_a_thing_is_no_report_but_wanting_it_done_is():
    assert relations("Board members wanted a superintendent who would take the blame.") == []
    assert one("The group wants the increase held below 3%.", "the increase held")["label"] == "group"
    assert one("He wants the council to resign.", "the council to resign")["cue"] == "wants"


# -- business copy in the style of the PARC corpus (attribution-blind39) -----------------------------------------

def test_a_spokesman_who_declines_to_comment_on_a_person_does_not_make_him_a_spokesman():
    text = ("The company's chairman, Arthur M. Quintero, said in a statement that sales rose. "
            "A spokesman for Harwick declined to comment on Mr. Quintero's remarks. "
            "Mr. Quintero said he expects earnings to be flat.")
    assert one(text, "he expects")["label"] == "Arthur M. Quintero"
    assert one(text, "he expects")["kind"] == "named_person"


def test_a_relative_clause_without_a_cue_of_its_own_goes_on_with_the_content():
    text = ("Halvorsen disclosed in a filing that it already holds 4.9% of Crandall's shares, which it accumulated "
            "over the past six weeks. The fund said it owns 2%, which it described as a long-term stake.")
    assert one(text, "it already holds")["content"].endswith("over the past six weeks")
    assert one(text, "it owns 2%")["content"] == "it owns 2%"  # (", which it described as": a cue of its own)


def test_the_company_is_the_one_whose_board_or_results_the_content_is_about():
    text = ("Halvorsen Industries Inc. launched a hostile offer for Crandall Paper Co., a forest-products concern.\n\n"
            "Crandall's board responded by adopting a poison pill, the company said in a statement.\n\n"
            "Tallmadge Stores Inc. agreed to be acquired. Others are less sanguine. Tallmadge's operating profit fell "
            "18% in the second quarter, the company disclosed in a filing last month.")
    assert one(text, "Crandall's board")["label"] == "Crandall Paper Co"
    assert one(text, "Tallmadge's operating profit")["label"] == "Tallmadge Stores Inc"


def test_a_news_service_is_an_agency_and_a_paper_of_a_city_is_a_paper():
    assert classify("The Continental Press news service")[0] == "news_agency"
    assert classify("The Evening Courier of Chicago")[:2] == ("media_outlet", "Evening Courier")
    assert classify("The Sentinel-Gazette of Dallas")[0] == "media_outlet"
    assert classify("the Kremlin press service")[0] == "official_statement"  # a body's own press service


def test_a_name_and_its_apposition_before_a_verb_is_no_content():
    text = ("Tallmadge, a Columbus, Ohio, chain of 340 discount department stores, agreed in July to be acquired by an "
            "investor group. Dividends next year, the company said.")
    assert [r["content"] for r in relations(text)] == ["Dividends next year"]


def test_a_second_content_after_a_source_set_in_belongs_to_the_later_source():
    text = ("Tallmadge's operating profit fell 18% in the quarter, the company disclosed in a filing last month, and "
            "the chain's lenders have been pressing for tighter covenants, according to two bankers involved in the "
            "financing.")
    assert one(text, "the chain's lenders")["label"] == "two bankers involved in the financing"


def test_people_counted_by_what_they_do_speak():
    r = one("Several depositors said they had come to make sure their money was still there.", "they had come")
    assert (r["kind"], r["label"]) == ("anonymous_source", "depositors")


def test_a_clause_opened_by_a_gerund_is_a_content_and_so_is_what_follows_but():
    text = ("Closing Cimarron was expensive, Ms. Lindahl said, but keeping it open another year would have cost twice "
            "as much.")
    assert one(text, "Closing Cimarron")["label"] == "Ms. Lindahl"
    assert one(text, "keeping it open")["label"] == "Ms. Lindahl"
    # (a gerund with no verb after it is an adverbial before the source)
    assert one("Speaking to reporters, the minister said the plan was dead.", "the plan")["source"] == "the minister"


def test_the_board_is_not_its_spokesman_or_its_staff():
    text = ("The Federal Thrift Supervision Board seized Cimarron, the board said in a statement. The rescue could cost "
            "$900 million, according to an estimate by the board's staff.\n\n"
            "A board spokesman, Dean Holcomb, declined to comment on the report.\n\n"
            "The board said it hopes to find a buyer by summer.")
    assert one(text, "it hopes")["label"] == "Federal Thrift Supervision Board"


def test_the_opening_of_a_company_name_no_person_bears_is_the_company():
    text = ("Tallmadge agreed to be acquired by an investor group led by Corliss Hanley Partners, a buyout firm. "
            "Corliss Hanley plans to decide by next week whether to seek a bridge loan.")
    r = one(text, "decide by next week")
    assert (r["kind"], r["label"]) == ("official_statement", "Corliss Hanley Partners")
    # (a person whose name a company bears stays the person)
    assert one("Maria Lopez founded Maria Lopez Holdings. Maria Lopez said the firm would grow.", "the firm")["kind"] \
        == "named_person"


def test_dismissing_a_person_is_no_report_but_dismissing_a_claim_is():
    text = "A lawyer for the firm said it had cooperated fully and had dismissed Mr. Kessler's former supervisor last month."
    assert [r["cue"] for r in relations(text)] == ["said"]
    assert one("The company dismissed claims that it had polluted the river.", "claims that")["cue"] == "dismissed"
    assert one("The minister dismissed the report as a fairy tale.", "the report")["cue"] == "dismissed"


def test_the_company_is_the_one_named_in_full_since_any_other_noun_it_could_stand_for():
    text = ("Stock prices plunged on Friday, as the collapse of a big airline buyout set off a wave of selling.\n\n"
            "The trigger was a statement from Sandoval Air Group Inc., whose buyout was to close next month. The company "
            "said the group's banks had failed to commit the financing.")
    assert one(text, "the group's banks")["label"] == "Sandoval Air Group Inc"
