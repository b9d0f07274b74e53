"""Words that carry no checkable content, and words that say the same thing.

Retrieval and comparison drop ``STOPWORDS``; ``SYNONYMS`` folds phrasings that report
one fact ("took part" / "participated" / "attended") onto one token before matching.
"""

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from into onto about as than then that this these those
    is are was were be been being has have had do does did will would shall should can could may might must
    it its he she his her they them their we our you your i me my who whom whose which what when where why how
    not no nor also only just very more most such other another some any each every all both either neither
    said says say told tell according reported reports reporting added adding stated statement revealed
    explained confirmed confirming announced noted source sources official officials news agency report
    after before during since while despite although though because so over under between among against
    there here now today yesterday tomorrow later earlier still already yet again per via amid upon
    one two three first second new last next mr mrs ms dr s t""".split()
)

#: phrase (lower case) -> canonical token; applied before tokenising.
SYNONYMS = {
    "take part": "participate",
    "took part": "participate",
    "taken part": "participate",
    "taking part": "participate",
    "takes part": "participate",
    "participated": "participate",
    "participating": "participate",
    "participates": "participate",
    "attended": "participate",
    "attend": "participate",
    "attending": "participate",
    "joined": "participate",
    "air strikes": "airstrike",
    "air strike": "airstrike",
    "airstrikes": "airstrike",
    "strikes": "airstrike",
    "normalisation": "normalize",
    "normalization": "normalize",
    "normalizing": "normalize",
    "normalising": "normalize",
    "normalise": "normalize",
    "begun": "begin",
    "began": "begin",
    "started": "begin",
    "start": "begin",
    "starting": "begin",
    "has started": "begin",
    "press": "pressure",
    "pressing": "pressure",
    "neighbours": "neighbor",
    "neighbors": "neighbor",
    "talks": "meeting",
    "met": "meeting",
    "meet": "meeting",
    "held a meeting": "meeting",
    "negotiations": "negotiation",
    "contacts": "negotiation",
    "deal": "agreement",
    "accord": "agreement",
    "memorandum": "agreement",
    "export": "export",
    "exporting": "export",
    "exports": "export",
    "killed": "kill",
    "dead": "kill",
    "deaths": "kill",
    "died": "kill",
    "wounded": "injure",
    "injured": "injure",
    "us": "united states",
    "u.s.": "united states",
    "american": "united states",
    "washington": "united states",
    "syrian": "syria",
    "israeli": "israel",
    "azerbaijani": "azerbaijan",
    "lebanese": "lebanon",
    "turkish": "turkey",
    "conflict": "escalation",
    "war": "war",
}
