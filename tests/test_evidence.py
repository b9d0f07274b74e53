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
