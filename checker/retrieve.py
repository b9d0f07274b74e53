"""Find the reference sentences that may speak to a claim: FTS5 first, rapidfuzz second.

The FTS5 query ORs only the claim's rarest terms (document frequencies from
``fts5vocab``): OR-ing every word scores a large share of a big archive, while the
rare ones (names, places, numbers, key nouns) keep recall and bound the work. The
candidates are then re-ranked by rapidfuzz and filtered on the claim's anchors, so
that evidence about "South Korea" never speaks to a claim about "North Korea".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz

from claims.lexicon.calendar import MONTHS, WEEKDAYS
from claims.lexicon.roles import COUNTRIES, PLACES
from claims.lexicon.calendar import NUMBER_WORDS, SCALES
from claims.lexicon.paraphrase import SYNONYM_GROUPS
from claims.lexicon.words import CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_NOUNS, DISTINCT_STEMS, LEMMAS, STOPWORDS, SYNONYMS
from claims.names import fold

from .store import Candidate, Store

MAX_TERMS = 8
#: Index rows one claim's query may score (see ``build_query``): about 13 ms on this machine.
POSTINGS_BUDGET = 8_000
CANDIDATES = 60
KEEP = 12

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SYN_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(SYNONYMS, key=len, reverse=True)) + r")\b")
_COUNTRY_FORMS = {form: name for name, forms in COUNTRIES.items() for form in forms}
#: Every lower-case form of every country ("belgian", "belgium's"): never the name of a thing or a town.
COUNTRY_FORMS = frozenset(_COUNTRY_FORMS)
_MULTIWORD_PLACES = sorted([f for f in list(_COUNTRY_FORMS) + list(PLACES) if " " in f], key=len, reverse=True)


_SNOWBALL = snowballstemmer.stemmer("english")
#: Paraphrases (claims.lexicon.paraphrase) by stem: "evacuee" and "evacuated" -> the stem of "evacuate".
_PARAPHRASE_STEMS = {_SNOWBALL.stemWord(entry): _SNOWBALL.stemWord(group[0])
                     for group in SYNONYM_GROUPS for entry in group if " " not in entry}
#: ... and phrases, longest first: "ordered out of their homes" before any word in it.
_PARAPHRASE_PHRASES = {entry: group[0] for group in SYNONYM_GROUPS for entry in group if " " in entry}
_PHRASE_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_PARAPHRASE_PHRASES, key=len, reverse=True))
                        + r")\b")


def _demonyms() -> dict[str, str]:
    """Single-word forms of a country -> one word for it: "swedish", "swedes", "sweden's" -> "sweden"."""
    out: dict[str, str] = {}
    for name, forms in COUNTRIES.items():
        canonical = name.lower().replace(" ", "")
        for form in forms:
            if " " in form or "." in form or form in ("us", "uk"):
                continue
            out.setdefault(form, canonical)
            if form.endswith(("an", "i")):
                out.setdefault(form + "s", canonical)  # "israelis", "syrians"
    for noun, country in (("swede", "sweden"), ("dane", "denmark"), ("finn", "finland"), ("pole", "poland"),
                          ("turk", "turkey"), ("briton", "united kingdom"), ("scot", "united kingdom")):
        for form in (noun, noun + "s"):
            out.setdefault(form, COUNTRIES and country.replace(" ", ""))
    return out


#: "Nearly 40,000 Swedes" and "38,000 patients in Sweden" name one country.
_COUNTRY_WORDS = _demonyms()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem, after irregular forms ("held" -> "hold"), paraphrases joined.

    Paraphrase changes a word's form more often than the word: "the eruption" and
    "erupted", "evacuation" and "evacuated", "arrival" and "arrived" share one stem;
    "enumerators" and "census takers" share a group of the paraphrase table.
    """
    if word in _COUNTRY_WORDS:
        return _COUNTRY_WORDS[word]
    stemmed = base_stem(word)
    return _PARAPHRASE_STEMS.get(stemmed, stemmed)


@lru_cache(maxsize=200_000)
def base_stem(word: str) -> str:
    """The Snowball stem after irregular forms, before paraphrases are joined."""
    if word in DISTINCT_STEMS:
        return DISTINCT_STEMS[word]
    return _SNOWBALL.stemWord(LEMMAS.get(word, word))


#: Prepositions the stopword list lacks: they join words, they say nothing of their own.
_FUNCTION_WORDS = frozenset("""through throughout across along among amongst amid within onto upon via toward towards
    during despite beyond him her his hers them their theirs its itself himself herself themselves half
    less fewer nobody""".split())


def _place_forms() -> dict[str, str]:
    """Other spellings of a place -> its canonical one, as ``normalise`` writes both ("ulan bator" -> "ulaanbaatar",
    "bombay" -> "mumbai"); a short form of a longer name ("golan" of "golan heights") is left alone."""
    def form(name: str) -> str:
        return fold(name).replace("-", " ").replace(".", "")
    return {form(alias): form(canonical) for alias, canonical in PLACES.items()
            if form(alias) != form(canonical) and not form(canonical).startswith(form(alias) + " ")}


_PLACE_FORMS = _place_forms()
#: "left" that is not "leave": "nothing left", "little left", "is left".
_LEFT_OVER = re.compile(r"\b(nothing|anything|little|much|few|none|not much|is|are|was|were|be|been|still)\s+left\b",
                        re.I)
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s\b")
_PLACE_FORM_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(_PLACE_FORMS, key=len, reverse=True)) + r")\b")


def normalise(text: str) -> str:
    """Folded, synonyms mapped: the form in which claim and reference words are compared."""
    text = fold(_POSSESSIVE_S.sub("", text)).replace("-", " ")  # "Mills's majority" is Mills's, not "millss"
    if "left" in text:
        text = _LEFT_OVER.sub(r"\1 remaining", text)  # "nothing left" is no one leaving
    text = _PLACE_FORM_RE.sub(lambda m: _PLACE_FORMS[m.group(1)], text)
    text = _PHRASE_RE.sub(lambda m: _PARAPHRASE_PHRASES[m.group(1)], text)
    return _SYN_RE.sub(lambda m: SYNONYMS[m.group(1)], text)


def content_words(text: str) -> list[str]:
    """Stemmed content words, stopwords dropped, in order."""
    return [stem(w) for w in _TOKEN.findall(normalise(text))
            if w not in STOPWORDS and w not in _FUNCTION_WORDS and (len(w) > 2 or w.isdigit())]


def fts_terms(text: str) -> list[str]:
    """Raw folded words for the FTS query (the index holds words, not stems)."""
    words = _TOKEN.findall(fold(text).replace("-", " "))
    return [w.replace("'", "") for w in words if w not in STOPWORDS and (len(w) > 2 or w.isdigit())]


_CALENDAR = frozenset(list(MONTHS) + list(WEEKDAYS) + """late early morning evening night afternoon midnight dawn noon
    overnight daybreak tonight hour hours today yesterday tomorrow week weeks month months year years decade
    decades ago""".split())
#: Units of measure: the value words of a quantity, not what a claim is about.
MEASURES = frozenset("""percent pct per cent point points metre metres meter meters km kilometre kilometres kilometer
    kilometers mile miles kg kilogram kilograms tonne tonnes ton tons litre litres liter liters gallon gallons barrel
    barrels hour hours minute minutes second seconds day days week weeks month months year years dollar dollars euro
    euros pound pounds kroner krone yen yuan rupee rupees franc francs lira dinar dinars riyal rubles roubles crown
    crowns kwacha soles shekel shekels degrees celsius fahrenheit mph kph kmh cubic square hectare hectares acre acres
    basis""".split())
#: Words of a currency that say what a figure is counted in: a code before it ("CHF 2,000") or a country's
#: word between it and the currency's noun ("3,000 Swiss francs"). Neither is what a claim is about.
_CURRENCY_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(CURRENCY_CODES)) + r")\s?(?=\d)"  # (codes in capitals only: "MAD" is no "mad")
    r"|(?:(?<=\d\s)|(?<=hundred\s)|(?<=thousand\s)|(?<=million\s)|(?<=billion\s))(?i:" + "|".join(sorted((re.escape(a) for a in CURRENCY_ADJECTIVES), key=len, reverse=True)) + r")\s+"
    r"(?=(?i:" + "|".join(sorted(CURRENCY_NOUNS, key=len, reverse=True)) + r")\b)")
_CURRENCY_HINT = re.compile(r"\b[A-Z][A-Za-z]{1,2}\s?\d|(?:\d|hundred|thousand|million|billion)\s+[A-Za-z.]+\s+(?:" + "|".join(sorted(CURRENCY_NOUNS, key=len, reverse=True)) + r")\b")
#: "until" before a date belongs to the date ("until August 2030"); before a clause it is a word of the claim
#: ("until the taps run again").
_UNTIL_DATE = re.compile(r"\b(?:until|till)\s+(?=(?:mid-?|early\s+|late\s+|the\s+end\s+of\s+)?(?:\d|(?:" +
                         "|".join(sorted((m for m in MONTHS), key=len, reverse=True)) + "|" +
                         "|".join(sorted((d for d in WEEKDAYS), key=len, reverse=True)) + r"|next|tomorrow)\b))", re.I)
_APPROX_WORDS = frozenset("nearly about around some almost least more than over under up roughly approximately".split())
#: Words that stand for a name given elsewhere ("the worst accident in the country" = in Myanmar): like
#: a pronoun, they say nothing a reference must repeat.
_STAND_INS = frozenset("country nation countries incident".split())  # ("the incident": the event told before)


def topic_words(text: str) -> list[str]:
    """Content words without dates, numbers and their units: what a claim is about, not the values it states.

    A reference that gives another weekday or another toll is still about the same
    event; counting the value words would make a clash look like a different subject.
    """
    out = []
    after_number = 0
    if _CURRENCY_HINT.search(text):
        text = _CURRENCY_WORDS.sub(" ", text)  # "CHF 2,000", "3,000 Swiss francs": the money's name is its unit
    if "til" in text:
        text = _UNTIL_DATE.sub(" ", text)  # "ineligible until August 2030": the date's relation, a value's word
    for w in _TOKEN.findall(normalise(text)):
        if w.isdigit() or w in NUMBER_WORDS or w in SCALES or w == "half":
            after_number = 2  # "half a million dinars": "dinars" is the unit, not the subject
            continue
        if after_number and (w in SCALES or w in ("per", "cent", "percent")):
            continue
        if after_number:
            after_number = 0
            if w in MEASURES:
                continue  # the unit of a measure: "kroner" in "500 million kroner"; counted things stay
        if w in STOPWORDS or (len(w) <= 2) or w in _CALENDAR or w in _APPROX_WORDS or w in _STAND_INS or w in _FUNCTION_WORDS:
            continue
        out.append(stem(w))
    return out


def anchors(text: str) -> set[str]:
    """Names that must be shared: countries and places (multiword ones as a whole), capitalised names."""
    low = fold(text)
    found = set()
    for form in _MULTIWORD_PLACES:
        if form in low:
            found.add(_COUNTRY_FORMS.get(form) or PLACES.get(form) or form)
            low = low.replace(form, " ")
    return found


def other_anchors(claim_anchors: set[str], ref_anchors: set[str]) -> bool:
    """Whether a reference is about other places than the claim: each names one the other does not.

    "South Korea" evidence never speaks to a "North Korea" claim; a report naming only
    some of the claim's countries ("sharing information with the United States and
    Japan") still may.
    """
    return bool(claim_anchors - ref_anchors) and bool(ref_anchors - claim_anchors)


def coverage(claim_words: list[str], ref_words: list[str]) -> float:
    """Share of the claim's content words that the reference also has."""
    if not claim_words:
        return 0.0
    ref = set(ref_words)
    return sum(1 for w in set(claim_words) if w in ref) / len(set(claim_words))


def match_score(claim_words: list[str], ref_words: list[str], cov: float) -> float:
    """0..100: how much the reference says what the claim says (word coverage, then fuzzy order)."""
    return round(0.6 * cov * 100 + 0.4 * fuzz.token_set_ratio(" ".join(claim_words), " ".join(ref_words)), 1)


@dataclass(frozen=True)
class Hit:
    candidate: Candidate
    score: float
    coverage: float


def _inflections(word: str) -> set[str]:
    """The regular forms of a word, as the index may hold them ("kill": kills, killed, killing)."""
    if word.endswith("e"):
        return {word, word + "s", word + "d", word[:-1] + "ing"}
    if word.endswith("y"):
        return {word, word + "s", word + "ing", word[:-1] + "ies", word[:-1] + "ied"}
    if word.endswith(("s", "x", "ch", "sh")):
        return {word, word + "es", word + "ed", word + "ing"}
    forms = {word, word + "s", word + "ed", word + "ing"}
    if len(word) <= 4 and word[-1] not in "aeiouwy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # "ban": banned, banning
    return forms


def _group_forms() -> dict[str, frozenset[str]]:
    """The words of each paraphrase group in their regular forms, by the stem of the group's canonical form: the
    index holds words as written, so a claim's "died" finds "killed" only if it asks for it by name."""
    out: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        forms = out.setdefault(_SNOWBALL.stemWord(group[0]), set())
        forms |= {f for entry in group if " " not in entry for f in _inflections(entry)}
    return {k: frozenset(v) for k, v in out.items()}


_GROUP_FORMS = _group_forms()
#: How many paraphrases of its words a query may add.
PARAPHRASE_TERMS = 6


def paraphrase_query(store: Store, text: str) -> str:
    """An FTS5 query for the paraphrases of a claim's words it does not use itself ("died": "killed", "deaths"),
    rarest first, within the postings budget: sentences the claim's own words would not find."""
    terms = list(dict.fromkeys(fts_terms(text)))
    others: list[str] = []
    for term in terms:
        canonical = _PARAPHRASE_STEMS.get(_SNOWBALL.stemWord(term))
        others += [f for f in sorted(_GROUP_FORMS.get(canonical, ())) if f not in terms and f not in others]
    if not others:
        return ""
    df = store.document_frequencies(others)
    chosen, total = [], 0
    for term in sorted((t for t in others if df.get(t)), key=lambda t: df[t])[:PARAPHRASE_TERMS]:
        if total + df[term] > POSTINGS_BUDGET:
            break
        chosen.append(term)
        total += df[term]
    return " OR ".join(f'"{t}"' for t in chosen)


def build_query(store: Store, text: str, max_terms: int = MAX_TERMS, budget: int | None = None) -> str:
    """An FTS5 query from the claim's rarest terms, rarest first, within a budget of index rows.

    FTS5 scores every row an OR query matches, so the cost of a query is the sum of its
    terms' document frequencies. Terms are taken rarest first while that sum stays within
    ``budget``: names, places, numbers and key nouns, never "minister" in a million-sentence
    archive. When even the rarest term is common, the two rarest must occur together; a
    claim made of one common word has nothing to look for. Below ``budget`` sentences
    the budget never binds.
    """
    budget = POSTINGS_BUDGET if budget is None else budget
    terms = list(dict.fromkeys(fts_terms(text)))
    if not terms:
        return ""
    df = store.document_frequencies(terms)
    present = [t for t in terms if df.get(t)]
    present.sort(key=lambda t: df[t])
    chosen, total = [], 0
    for term in present[:max_terms]:
        if chosen and total + df[term] > budget:
            break
        chosen.append(term)
        total += df[term]
    if total > budget:
        return " AND ".join(f'"{t}"' for t in present[:2]) if len(present) > 1 else ""
    return " OR ".join(f'"{t}"' for t in chosen)


def retrieve(store: Store, text: str, *, sources=None, limit: int = KEEP, paraphrased: bool = False) -> list[Hit]:
    """The best reference sentences for a claim, re-ranked, anchors respected (``paraphrased``: those that hold
    paraphrases of its words, see ``paraphrase_query``)."""
    query = paraphrase_query(store, text) if paraphrased else build_query(store, text)
    if not query:
        return []
    candidates = store.search(query, CANDIDATES, sources)
    claim_anchors = anchors(text)
    cw = content_words(text)
    hits = []
    for cand in candidates:
        if other_anchors(claim_anchors, anchors(cand.text)):
            continue  # "South Korea" evidence for a "North Korea" claim
        rw = content_words(cand.text)
        cov = coverage(cw, rw)
        hits.append(Hit(cand, match_score(cw, rw, cov), cov))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]
