"""Evidence gathering rules that need an article around the claim."""
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
    (first,) = [c for c in analysis.claims if "Rescuers" in c.text]
    assert enclosing_quotation(ARTICLE, first) is None


def test_a_report_repeating_who_says_it_supports_the_whole_claim(tmp_path):
    from checker.evidence import claim_evidence, match_text
    from checker.sources import load_sources
    from checker.store import Store
    from checker.ingest import ingest_sources
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "ministry.txt").write_text("SAMPLE REFERENCE\nForecast\n\nThe ministry expects growth of 1.8 percent in 2025.\n")
    (tmp_path / "sources.yaml").write_text("sources:\n  - name: Ministry\n    kind: official\n    reliability: 0.9\n"
                                           "    documents:\n      - path: refs/ministry.txt\n        published: 2025-06-11\n")
    config = load_sources(tmp_path / "sources.yaml")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, config, offline=True, base=tmp_path)
    text = "MAROVIA, June 11, 2025 - The finance ministry expects the economy to grow by 1.8 percent this year.\n"
    (claim,) = [c for c in claims.analyse(text, "2025-06-11").claims if "grow" in c.text]
    pieces = claim_evidence(store, claim, ["Ministry"], {"Ministry": {"reliability": 0.9}}, "2025-06-11",
                            match_text(text, claim))
    assert any(p.stance == "supports" for p in pieces)


def test_an_office_named_in_short_is_contradicted_by_its_holder_named_in_full(tmp_path):
    from checker.evidence import claim_evidence, match_text
    from checker.sources import load_sources
    from checker.store import Store
    from checker.ingest import ingest_sources
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "ministry.txt").write_text(
        "SAMPLE REFERENCE\nMinister tours Kanshimba\n\nThe Minister of Water Development and Sanitation, "
        "Hon. Bwalya Mukuka, today toured Kanshimba, where piped water has been cut since Sunday.\n")
    (tmp_path / "sources.yaml").write_text("sources:\n  - name: Ministry\n    kind: official\n    reliability: 0.9\n"
                                           "    documents:\n      - path: refs/ministry.txt\n        published: 2026-04-21\n")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, load_sources(tmp_path / "sources.yaml"), offline=True, base=tmp_path)
    text = "Water Development Minister Chanda Mwape visited Kanshimba on Tuesday, where piped water has been cut.\n"
    (claim,) = [c for c in claims.analyse(text, "2026-04-22").claims if c.role_holder]
    pieces = claim_evidence(store, claim, ["Ministry"], {"Ministry": {"reliability": 0.9}}, "2026-04-22",
                            match_text(text, claim))
    assert [(c.field, c.claim_value, c.reference_value) for p in pieces for c in p.conflicts] == \
        [("person", "Chanda Mwape", "Bwalya Mukuka")]


def _role_pieces(tmp_path, reference, article, published):
    from checker.evidence import claim_evidence, match_text
    from checker.sources import load_sources
    from checker.store import Store
    from checker.ingest import ingest_sources
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "ref.txt").write_text("SAMPLE REFERENCE\nHeadline\n\n" + reference + "\n")
    (tmp_path / "sources.yaml").write_text("sources:\n  - name: Paper\n    kind: newspaper\n    reliability: 0.8\n"
                                           f"    documents:\n      - path: refs/ref.txt\n        published: {published}\n")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, load_sources(tmp_path / "sources.yaml"), offline=True, base=tmp_path)
    (claim,) = [c for c in claims.analyse(article, published).claims if c.role_holder]
    return claim_evidence(store, claim, ["Paper"], {"Paper": {"reliability": 0.8}}, published, match_text(article, claim))


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
    from checker.evidence import claim_evidence, enclosing_quotation, match_text
    from checker.sources import load_sources
    from checker.store import Store
    from checker.ingest import ingest_sources
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "ref.txt").write_text("SAMPLE REFERENCE\nHeadline\n\n" + reference + "\n")
    (tmp_path / "sources.yaml").write_text("sources:\n  - name: Wire\n    kind: news_agency\n    reliability: 0.9\n"
                                           f"    documents:\n      - path: refs/ref.txt\n        published: {published}\n")
    store = Store.open(tmp_path / "s.db")
    ingest_sources(store, load_sources(tmp_path / "sources.yaml"), offline=True, base=tmp_path)
    (claim,) = [c for c in claims.analyse(article, published).claims if pick in c.text]
    return claim_evidence(store, claim, ["Wire"], {"Wire": {"reliability": 0.9}}, published,
                          match_text(article, claim), whole_quote=enclosing_quotation(article, claim))


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
