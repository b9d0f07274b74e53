"""Evidence gathering rules that need an article around the claim."""
import pytest

import claims
from checker.evidence import enclosing_quotation

ARTICLE = ('HUANCANI, Peru, March 3, 2025 - Rescuers reached the last miners on Sunday.\n\n'
           '"This tragedy was foretold; the warnings were hidden," union leader Rosa Huaman told reporters.\n')


def test_a_split_quotation_is_checked_as_a_whole():
    analysis = claims.analyse(ARTICLE, "2025-03-03")
    parts = [c for c in analysis.claims if "foretold" in c.text or "warnings were hidden" in c.text]
    assert parts
    for claim in parts:
        assert enclosing_quotation(ARTICLE, claim) == "This tragedy was foretold; the warnings were hidden,"


def test_a_claim_outside_quotation_marks_has_no_enclosing_quotation():
    analysis = claims.analyse(ARTICLE, "2025-03-03")
    (first,) = [c for c in analysis.claims if "Rescuers" in c.text and c.part_of is None]
    assert enclosing_quotation(ARTICLE, first) is None


def evidence_for(tmp_path, reference, article, published, pick, source=("Wire", "news_agency", 0.9),
                 title="Headline"):
    """The evidence for the article's claim that ``pick`` chooses, against one reference in a real store."""
    from checker.evidence import claim_evidence, enclosing_quotation, match_text
    from checker.sources import load_sources
    from checker.store import Store
    from checker.ingest import ingest_sources
    name, kind, reliability = source
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "ref.txt").write_text(f"SAMPLE REFERENCE\n{title}\n\n{reference}\n")
    (tmp_path / "sources.yaml").write_text(f"sources:\n  - name: {name}\n    kind: {kind}\n    reliability: {reliability}\n"
                                           f"    documents:\n      - path: refs/ref.txt\n        published: {published}\n")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, load_sources(tmp_path / "sources.yaml"), offline=True, base=tmp_path)
    (claim,) = [c for c in claims.analyse(article, published).claims if pick(c) and c.part_of is None]
    return claim_evidence(store, claim, [name], {name: {"reliability": reliability}}, published,
                          match_text(article, claim), whole_quote=enclosing_quotation(article, claim))


def test_a_report_repeating_who_says_it_supports_the_whole_claim(tmp_path):
    pieces = evidence_for(tmp_path, "The ministry expects growth of 1.8 percent in 2025.",
                          "MAROVIA, June 11, 2025 - The finance ministry expects the economy to grow by 1.8 percent "
                          "this year.\n", "2025-06-11", lambda c: "grow" in c.text,
                          source=("Ministry", "official", 0.9), title="Forecast")
    assert any(p.stance == "supports" for p in pieces)


@pytest.mark.parametrize("ministry,reference,article,published,clash", [
    # an office named in short is contradicted by its holder named in full
    ("Ministry", "The Minister of Water Development and Sanitation, Hon. Bwalya Mukuka, today toured Kanshimba, where "
     "piped water has been cut since Sunday.", "Water Development Minister Chanda Mwape visited Kanshimba on Tuesday, "
     "where piped water has been cut.\n", "2026-04-22", ("Chanda Mwape", "Bwalya Mukuka")),
    # a ministry's own statement calls its portfolio's minister "Minister"
    ("Ministry of Environment, Climate Change", "Minister Trevor Manemaka today announced that the Makira ground dove "
     "has been recorded alive in the highland forest.", "The ministry announced the find on Wednesday. Environment "
     "Minister Dickson Hou said the forest would be protected.\n", "2026-03-11", ("Dickson Hou", "Trevor Manemaka")),
])
def test_a_ministers_statement_names_the_holder_of_the_office(tmp_path, ministry, reference, article, published, clash):
    pieces = evidence_for(tmp_path, reference, article, published, lambda c: c.role_holder,
                          source=(ministry, "official", 0.9), title="Minister's statement")
    assert [(c.field, c.claim_value, c.reference_value) for p in pieces for c in p.conflicts] == [("person", *clash)]


def _role_pieces(tmp_path, reference, article, published):
    return evidence_for(tmp_path, reference, article, published, lambda c: c.role_holder,
                        source=("Paper", "newspaper", 0.8))


def test_another_bodys_director_in_the_story_is_no_clash(tmp_path):
    pieces = _role_pieces(tmp_path, "General Director Nino Gelashvili said the runway at Kutaisi had been inspected "
                          "on Friday.", "Civil Aviation Agency Director David Tsiklauri said the runway at Kutaisi "
                          "had been inspected.\n", "2026-07-20")
    assert not [c for p in pieces for c in p.conflicts]


def test_the_storys_mayor_is_the_towns_mayor(tmp_path):
    pieces = _role_pieces(tmp_path, "Mayor Javiera Contreras said the river in Los Maitenes had burst its banks.",
                          "Los Maitenes Mayor Valentina Rojas said the river had burst its banks.\n", "2026-07-20")
    assert [c.reference_value for p in pieces for c in p.conflicts] == ["Javiera Contreras"]


def _pieces_for(tmp_path, reference, article, published, pick):
    return evidence_for(tmp_path, reference, article, published, lambda c: pick in c.text)


def test_a_forecast_is_not_supported_by_the_result(tmp_path):
    pieces = _pieces_for(tmp_path, "Sawit Lestari said its net profit for the quarter rose to 412.6 million ringgit.",
                         "Analysts expected a profit of about 380 million ringgit for the quarter.\n", "2026-08-27",
                         "380")
    assert not [p for p in pieces if p.stance == "supports"]


def test_a_quotations_today_is_the_speakers_day(tmp_path):
    pieces = _pieces_for(tmp_path, '"The river has its voice back today," Parata-Walsh said outside the court on Thursday.',
                         'Parata-Walsh spoke outside the court. "The river has its voice back today," she said.\n',
                         "2026-02-20", "voice")
    assert not [c for p in pieces for c in p.conflicts if c.field in ("weekday", "date")]


RADAR_REF = "Our forces are exchanging radar data with partner navies around the clock."
RADAR_ARTICLE = ("PYONGYANG, March 5, 2026 - North Korea said its forces were exchanging radar data with partner navies "
                 "around the clock.\n")


def test_a_reports_source_is_where_it_speaks_from(tmp_path):
    def pieces(folder, name):
        (tmp_path / folder).mkdir()
        return evidence_for(tmp_path / folder, RADAR_REF, RADAR_ARTICLE, "2026-03-05", lambda c: "radar" in c.text,
                            source=(name, "official", 0.9))
    # "our forces" in a South Korean report are South Korea's, not the North's the claim speaks of
    assert pieces("south", "South Korea Joint Chiefs of Staff") == []
    # what the rule must not do: a source that names no country may still speak to the claim
    assert [p.stance for p in pieces("plain", "Joint Chiefs of Staff")] == ["supports"]


def test_a_bare_noun_phrase_after_a_cue_is_matched_with_its_cue():
    from checker.evidence import match_text
    text = "The ministry confirmed the closures on Saturday.\n"
    (claim,) = claims.analyse(text, "2026-03-02").claims
    assert match_text(text, claim) == "The ministry confirmed the closures on Saturday"
    # what the rule must not do: a noun phrase that says enough on its own is matched without the cue
    longer = "The ministry confirmed the closure of three rural schools on Saturday.\n"
    (claim,) = [c for c in claims.analyse(longer, "2026-03-02").claims if c.part_of is None]
    assert match_text(longer, claim) == "the closure of three rural schools on Saturday"


def _event_pieces(tmp_path, reference, article, published, pick):
    """As ``evidence_for``, with the sentence a claim's subject may stand for, as the pipeline passes it."""
    from checker.evidence import claim_evidence, event_antecedent, match_text
    from checker.ingest import ingest_sources
    from checker.sources import load_sources
    from checker.store import Store
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "ref.txt").write_text(f"SAMPLE REFERENCE\nHeadline\n\n{reference}\n")
    (tmp_path / "sources.yaml").write_text("sources:\n  - name: Wire\n    kind: news_agency\n    reliability: 0.9\n"
                                           f"    documents:\n      - path: refs/ref.txt\n        published: {published}\n")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, load_sources(tmp_path / "sources.yaml"), offline=True, base=tmp_path)
    analysis = claims.analyse(article, published)
    (claim,) = [c for c in analysis.claims if pick in c.text]
    return claim_evidence(store, claim, ["Wire"], {"Wire": {"reliability": 0.9}}, published, match_text(article, claim),
                          antecedent=event_antecedent(analysis.sentences, claim.sentence))


CRASH_REF = ("Fourteen people were killed and 37 injured when a bus travelling to Dar es Salaam collided head-on with a "
             "lorry near Same at about 5:40 a.m. on Thursday, police said.")
CRASH_ARTICLE = ("SAME, June 6, 2026 - Fourteen people were killed when a long-distance bus ran head-on into a lorry near "
                 "the town of Same. The crash happened on Wednesday. The collision came shortly before six in the morning.\n")


def test_a_claim_that_only_dates_the_event_before_it_is_checked_as_that_events_date(tmp_path):
    pieces = _event_pieces(tmp_path, CRASH_REF, CRASH_ARTICLE, "2026-06-06", "happened on Wednesday")
    assert [c.field for p in pieces for c in p.conflicts] == ["weekday"]


def test_a_second_dating_sentence_reaches_back_past_the_first(tmp_path):
    pieces = _event_pieces(tmp_path, CRASH_REF, CRASH_ARTICLE, "2026-06-06", "shortly before six")
    assert [p.stance for p in pieces if p.stance != "related"] == ["supports"]


def test_a_sentence_found_only_by_paraphrase_supports_but_never_contradicts(tmp_path):
    article = "TALLINN, February 14, 2026 - Anglers drifted off on an ice floe. Nobody died in the incident.\n"
    (tmp_path / "a").mkdir()
    pieces = evidence_for(tmp_path / "a", "Three people were taken to hospital with hypothermia. No one was killed.",
                          article, "2026-02-14", lambda c: "Nobody" in c.text, title="Ice floe")
    assert [p.stance for p in pieces] == ["supports"]
    (tmp_path / "b").mkdir()
    pieces = evidence_for(tmp_path / "b", "Three people were killed when the floe broke apart.", article, "2026-02-14",
                          lambda c: "Nobody" in c.text, title="Ice floe")
    assert not [p for p in pieces if p.stance == "contradicts"]


def test_a_spokeswoman_is_no_police_chief_though_a_chief_is_a_loose_title(tmp_path):
    pieces = evidence_for(tmp_path, '"We thank the residents for their patience," said police spokeswoman Captain '
                          'Eszter Kovacs.', "SZOLNOK, June 12, 2026 - County police chief Eszter Kovacs thanked "
                          "residents for keeping calm.\n", "2026-06-12", lambda c: c.role_holder,
                          source=("County Police", "official", 0.9), title="Search ended")
    assert [(c.field, c.reference_value) for p in pieces for c in p.conflicts] == [("role", "Police Spokesperson")]


def _candidate(text, source="West Africa Press Agency"):
    from checker.store_queries import Candidate
    return Candidate(sentence_id=1, document_id=1, text=text, source=source, location="wapa.txt", title=None,
                     published="2026-02-18", origin=None, rank=1.0)


def test_a_reference_that_has_the_claims_group_saying_it_is_the_report_the_claim_rests_on():
    from checker.evidence import _cites
    from claims.types import Attribution, Claim
    claim = Claim(id="c1", sentence=0, start=0, end=10, text="85 percent of teachers have stopped work",
                  attribution=Attribution(kind="official_statement", label="Unions", cue="say"))
    assert _cites(claim, None, _candidate("The unions say 85 percent of public school teachers are on strike."))
    assert not _cites(claim, None, _candidate("The ministry puts the figure at 58 percent of teachers."))
    own_voice = Claim(id="c2", sentence=0, start=0, end=10, text="85 percent of teachers have stopped work",
                      attribution=Attribution(kind="unattributed"))
    assert not _cites(own_voice, None, _candidate("The unions say 85 percent of public school teachers are on strike."))


def test_a_police_chief_is_no_fire_chief(tmp_path):
    pieces = evidence_for(tmp_path, "The search was led by the district fire chief, Tomasz Wrona, with the army.",
                          "KIELCE, June 12, 2026 - District police chief Tomasz Wrona led the search.\n", "2026-06-12",
                          lambda c: c.role_holder, source=("District Office", "official", 0.9), title="Search ended")
    assert [(c.field, c.reference_value) for p in pieces for c in p.conflicts] == [("role", "Fire Chief")]
