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
    one two three first second new last next mr mrs ms dr s t claim claims later""".split()
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
    "airstrikes": "airstrike", "normalisation": "normalize",
    "normalization": "normalize",
    "normalizing": "normalize",
    "normalising": "normalize",
    "normalise": "normalize",
    "begun": "begin",
    "began": "begin",
    "started": "begin",
    "start": "begin",
    "starting": "begin",
    "has started": "begin", "pressing": "pressure",
    "neighbours": "neighbor",
    "neighbors": "neighbor",
    "talks": "meeting",
    "round of talks": "meeting",
    "notified": "inform", "notification": "inform", "informed": "inform", "alerted": "inform",
    "money back": "refund", "refunds": "refund", "refunded": "refund", "reimbursed": "refund",
    "free of charge": "free", "at no extra cost": "free", "no extra cost": "free", "at no cost": "free",
    "without charge": "free", "rebook": "switch", "rebooked": "switch", "change to": "switch", "jailed": "jail", "prison": "jail", "imprisoned": "jail", "years in prison": "jail",
    "evacuated": "evacuate", "evacuation": "evacuate", "ordered to leave": "evacuate", "told to leave": "evacuate",
    "blaze": "fire", "wildfire": "fire", "forest fire": "fire", "flames": "fire",
    "signing": "sign", "signed": "sign", "completed the signing": "sign",
    "walked out": "strike", "walkout": "strike", "industrial action": "strike",
    "cancelled": "cancel", "canceled": "cancel", "scrapped": "cancel", "grounded": "cancel",
    "acquitted": "acquit", "convicted": "convict", "found guilty": "convict", "eases": "fall", "dropped": "fall", "fell to": "fall to",
    "increased": "rise", "climbed": "rise", "rose": "rise", "jumped": "rise",
    "founded": "establish", "set up": "establish", "established": "establish",
    "helping": "help", "assisting": "help", "assists": "help", "helps": "help",
    "stolen": "take", "accessed": "take", "exposed": "take",
    "called on": "urge", "urged": "urge", "calling on": "urge",
    "come back": "return", "resume": "reopen", "met": "meeting",
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
    "drowned": "kill",
    "death": "kill", "deaths of": "kill",
    "found dead": "kill",
    "lost their lives": "kill",
    "lost his life": "kill",
    "lost her life": "kill",
    "dead": "kill",
    "deaths": "kill",
    "died": "kill",
    "wounded": "injure",
    "injured": "injure",
    "us": "united states",
    "u.s.": "united states",
    "american": "united states",
    "washington": "united states",
    "tokyo": "japan", "japanese": "japan", "seoul": "south korea", "pyongyang": "north korea",
    "moscow": "russia", "russian": "russia", "beijing": "china", "chinese": "china", "kyiv": "ukraine",
    "ukrainian": "ukraine", "tehran": "iran", "iranian": "iran", "ankara": "turkey", "the north": "north korea",
    "launched": "fire", "fired": "fire", "launch": "fire", "launches": "fire", "firing": "fire",
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
    "houses": "homes",
    "persons": "people",
    "dwellings": "homes",
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
    "reduction": "cut", "percentage points": "percentage point", "weakened": "weaken",
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

#: Words whose Snowball stem is another word's of another meaning ("management" and "managers" both
#: stem to "manag"): each gets a stem of its own, so that a "Management Agency" is no support for what
#: "managers" were told.
DISTINCT_STEMS = {
    "management": "management", "managements": "management",
    "manager": "manager", "managers": "manager", "manageress": "manager",
    "university": "university", "universities": "university",
}

#: What a reference's word says without saying it (stems): whoever is taken to hospital is hurt or ill, so
#: "four of them were taken to hospital in Arequipa" speaks of "the injured". One way only: an injured man
#: need not be in hospital.
IMPLIED = {
    "hospitalis": ("injur",),
    "hospit": ("treat",),  # "taken to the general hospital" is "taken for treatment"
    "vote": ("voter",),  # where a vote was held, voters voted ("after polls closed at 10 p.m.")
}

#: Units that name the same thing ("homes" / "households"), for comparing quantities.
UNIT_SYNONYMS = {
    "households": "homes", "houses": "homes", "home": "homes", "household": "homes",
    "km": "kilometres", "kilometers": "kilometres", "kilometre": "kilometres", "kilometer": "kilometres",
    "m": "metres", "meters": "metres", "metre": "metres", "meter": "metres",
    "kg": "kilograms", "kilogram": "kilograms", "kilo": "kilograms", "kilos": "kilograms", "kgs": "kilograms",
    "t": "tonnes", "tonne": "tonnes", "ton": "tonnes", "tons": "tonnes",
    "people": "people", "persons": "people", "residents": "people", "person": "people",
    "percent": "percent", "%": "percent", "per": "percent", "pct": "percent",
    "dead": "killed", "deaths": "killed", "lives": "killed", "died": "killed",
    "injured": "injured", "wounded": "injured", "hurt": "injured",
    # money: a currency is one unit however it is written ("$", "USD", "dollars"; "CHF", "Swiss francs")
    "$": "dollar", "us$": "dollar", "tt$": "dollar", "hk$": "dollar", "nz$": "dollar", "a$": "dollar", "c$": "dollar",
    "s$": "dollar", "€": "euro", "£": "pound", "pounds sterling": "pound",
}

#: Currency codes written before a figure ("CHF 2,000", "USD 5 million"): the currency they stand for.
CURRENCY_CODES = {
    "USD": "dollar", "CAD": "dollar", "AUD": "dollar", "NZD": "dollar", "HKD": "dollar", "SGD": "dollar",
    "EUR": "euro", "GBP": "pound", "CHF": "franc", "JPY": "yen", "CNY": "yuan", "RMB": "yuan", "INR": "rupee",
    "PKR": "rupee", "LKR": "rupee", "NPR": "rupee", "KES": "shilling", "TZS": "shilling", "UGX": "shilling",
    "ZAR": "rand", "NGN": "naira", "GHS": "cedi", "RUB": "rouble", "SEK": "krona", "NOK": "krone", "DKK": "krone",
    "ISK": "krona", "PLN": "zloty", "CZK": "koruna", "HUF": "forint", "BRL": "real", "MXN": "peso", "ARS": "peso",
    "CLP": "peso", "COP": "peso", "THB": "baht", "MWK": "kwacha", "ZMW": "kwacha", "EGP": "pound", "MAD": "dirham",
    "AED": "dirham", "SAR": "riyal", "QAR": "riyal", "ILS": "shekel", "UAH": "hryvnia", "KZT": "tenge", "AMD": "dram",
    "GEL": "lari", "AZN": "manat", "IDR": "rupiah", "MYR": "ringgit", "VND": "dong", "KRW": "won", "BDT": "taka",
    # the shorter signs East Africa and South Asia write ("KSh 192.70", "Rs 450")
    "KSh": "shilling", "Ksh": "shilling", "TSh": "shilling", "USh": "shilling", "Rs": "rupee",
}

#: Words that name a currency's country before its noun: "Swiss francs", "US dollars", "Hong Kong dollars".
CURRENCY_ADJECTIVES = frozenset("""swiss us u.s. american canadian australian hong new singapore east west
    central african south kenyan tanzanian ugandan indian pakistani egyptian mexican argentine chilean brazilian
    danish norwegian swedish icelandic czech hungarian polish russian japanese chinese turkish malawian zambian""".split())

#: Nouns of a currency after such a word.
CURRENCY_NOUNS = frozenset("""dollar dollars franc francs pound pounds rupee rupees shilling shillings rand peso pesos
    real reais krona kronor krone kroner zloty zlotys forint forints rouble roubles ruble rubles yen yuan kwacha
    dirham dirhams riyal riyals shekel shekels lira liras euro euros""".split())
