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
    one two three first second new last next mr mrs ms dr s t claim claims""".split()
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
    "round of talks": "meeting",
    "eased": "fall", "eases": "fall", "dropped": "fall", "declined": "fall", "slowed": "fall", "fell to": "fall to",
    "increased": "rise", "climbed": "rise", "rose": "rise", "jumped": "rise",
    "founded": "establish", "set up": "establish", "established": "establish",
    "helping": "help", "assisting": "help", "assists": "help", "helps": "help",
    "stolen": "take", "accessed": "take", "exposed": "take",
    "called on": "urge", "urged": "urge", "calling on": "urge",
    "come back": "return", "resume": "return",
    "round": "meeting",
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
    "usual": "normal",
    "overnight": "night",
    "electricity": "power",
    "households": "homes",
    "household": "homes",
    "sports centre": "sports hall",
    "sports center": "sports hall",
    "left the track": "derail",
    "came off the rails": "derail",
    "derailed": "derail",
    "collapsed": "collapse",
    "caved in": "collapse",
    "fell into": "collapse into",
    "lowered": "cut",
    "reduced": "cut",
    "reduction": "cut",
    "basis points": "percentage point",
    "percentage points": "percentage point",
    "fell": "weaken",
    "weakened": "weaken",
    "dialogue": "talks",
    "discussions": "meeting",
    "operations": "work",
    "pending": "until",
    "halted": "suspend",
    "suspended": "suspend",
    "stopped": "suspend",
    "survived": "rescued alive",
    "no less than": "at least",
}

#: Irregular verb forms -> lemma, so that "held" and "did not hold" are about one predicate.
LEMMAS = {
    "held": "hold", "holds": "hold", "took": "take", "taken": "take", "went": "go", "gone": "go",
    "came": "come", "gave": "give", "given": "give", "made": "make", "sent": "send", "spent": "spend",
    "paid": "pay", "pays": "pay", "left": "leave", "kept": "keep", "built": "build", "rebuilt": "rebuild",
    "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly", "broke": "break", "broken": "break",
    "won": "win", "lost": "lose", "ran": "run", "rose": "rise", "risen": "rise", "sought": "seek",
    "brought": "bring", "bought": "buy", "caught": "catch", "fought": "fight", "thought": "think",
    "told": "tell", "said": "say", "struck": "strike", "stood": "stand", "led": "lead", "met": "meeting",
    "found": "find", "shot": "shoot", "hit": "hit", "cut": "cut", "set": "set", "put": "put",
    "wrote": "write", "written": "write", "began": "begin", "begun": "begin", "drove": "drive",
    "driven": "drive", "saw": "see", "seen": "see", "became": "become", "grew": "grow", "grown": "grow",
    "ruled": "rule", "signed": "sign", "sank": "sink", "sunk": "sink", "swept": "sweep",
}

#: Units that name the same thing ("homes" / "households"), for comparing quantities.
UNIT_SYNONYMS = {
    "households": "homes", "houses": "homes", "home": "homes", "household": "homes",
    "km": "kilometres", "kilometers": "kilometres", "kilometre": "kilometres", "kilometer": "kilometres",
    "m": "metres", "meters": "metres", "metre": "metres", "meter": "metres",
    "people": "people", "persons": "people", "residents": "people", "person": "people",
    "percent": "percent", "%": "percent", "per": "percent", "pct": "percent",
    "dead": "killed", "deaths": "killed", "lives": "killed",
    "injured": "injured", "wounded": "injured",
}
