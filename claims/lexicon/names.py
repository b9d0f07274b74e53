"""Name variants: spellings of one person that must never be read as a clash.

``GIVEN_NAME_VARIANTS`` groups hypocorisms (Tom/Thomas); ``PARTICLES`` are the
prefixes transliteration adds or drops (al-, el-, bin); ``SURNAME_VARIANTS`` holds
transliterations that fuzzy matching alone would miss.
"""

GIVEN_NAME_VARIANTS = [
    {"thomas", "tom", "tommy"},
    {"william", "bill", "will", "billy"},
    {"robert", "bob", "rob", "bobby"},
    {"richard", "rick", "dick", "rich"},
    {"james", "jim", "jimmy", "jamie"},
    {"joseph", "joe", "joey"},
    {"michael", "mike", "mick"},
    {"christopher", "chris"},
    {"daniel", "dan", "danny"},
    {"david", "dave", "davit", "dawid", "davide", "dávid"},
    {"george", "giorgi", "georgi", "georgios", "jorge", "giorgos"},
    {"peter", "pyotr", "piotr", "petr", "pedro", "pietro"},
    {"paul", "pavel", "paulo", "pablo", "paolo"},
    {"john", "ivan", "ioan", "juan", "jan", "giovanni", "joao", "joão"},
    {"nikolai", "nikolay", "mykola", "nicolae", "nikola"},
    {"alexei", "alexey", "oleksiy", "aleksei", "aleksey"},
    {"yuri", "yury", "yuriy", "iurii"},
    {"dmitry", "dmitri", "dmytro"},
    {"mikhail", "mykhailo", "mihail", "michal", "michał"},
    {"edward", "ed", "ted", "eddie"},
    {"elizabeth", "liz", "beth", "betty", "eliza"},
    {"jennifer", "jen", "jenny"},
    {"katherine", "catherine", "kate", "kathy", "cathy", "katie"},
    {"margaret", "maggie", "meg", "peggy"},
    {"alexander", "alex", "sasha", "alexandre"},
    {"anthony", "tony", "antony"},
    {"benjamin", "ben", "bibi"},
    {"charles", "charlie", "chuck"},
    {"andrew", "andy", "drew"},
    {"nicholas", "nick", "nicolas"},
    {"samuel", "sam"},
    {"stephen", "steven", "steve"},
    {"gabriel", "gabi", "gabe"},
    {"ahmed", "ahmad", "ahmet"},
    {"mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "md", "mohd"},
    {"asaad", "asad", "assad", "as'ad"},
    {"yusuf", "youssef", "yousef", "youcef", "joseph"},
    {"hussein", "husain", "hossein"},
    {"vladimir", "volodymyr"},
    {"sergei", "sergey"},
    {"ketevan", "keti", "keto"},
    {"hisham", "hicham"}, {"rashid", "rachid"}, {"ashraf", "achraf"}, {"shafik", "chafik", "shafiq"},
    {"shakib", "chakib"},
    {"ekaterine", "eka", "ekaterina", "katya"},
    {"francisco", "paco", "pancho", "chico"},
    {"jose", "josé", "pepe"},
    {"guadalupe", "lupe"},
    {"margarita", "rita"},
]

#: Prefixes that transliterations add or drop: al-Sharaa / Sharaa / Al-Sharaa; and honorifics
#: that some outlets write and others drop (Burmese U and Daw, Dr, Sheikh).
PARTICLES = frozenset("""al el al- el- ad- as- ash- ar- bin ibn ben abu van von de der da di du la le
    u daw dr mr mrs ms prof sheikh sir dame""".split())

#: Transliterations of one surname, normalised (lower case, no punctuation).
SURNAME_VARIANTS = [
    {"shaibani", "shibani", "shaybani", "sheibani"},
    {"sharaa", "shara", "sharaa'", "sharaah"},
    {"saar", "sa'ar"},
    {"jorgensen", "jørgensen", "joergensen"},
    {"gaddafi", "qaddafi", "kadhafi", "qadhafi"},
    {"zelensky", "zelenskyy", "zelenskiy"},
    {"netanyahu", "netanyahou"},
    {"erdogan", "erdoğan"},
    {"khamenei", "khamenei'"},
    # Korean family names, romanised several ways ("Lee Seo-yeon" / "Yi Seo-yeon")
    {"lee", "yi", "rhee", "ri"}, {"park", "pak", "bak"}, {"choi", "choe"}, {"kim", "gim"},
    {"jung", "jeong", "chung"}, {"kang", "gang"}, {"cho", "jo"}, {"shin", "sin"}, {"yoon", "yun"},
]
