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
    {"george", "giorgi", "georgi", "georgios", "jorge", "giorgos", "gjorgji", "gjorge", "djordje", "jiri"},
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
    # English short forms: each group one given name and the forms news copy writes for it
    {"kenneth", "ken", "kenny"}, {"patrick", "pat", "paddy"}, {"patricia", "pat", "patty", "trish", "tricia"},
    {"timothy", "tim", "timmy"}, {"matthew", "matt"}, {"jonathan", "jon", "jonny"}, {"nathaniel", "nat", "nate"},
    {"nathan", "nate"}, {"gregory", "greg"}, {"jeffrey", "jeff"}, {"geoffrey", "geoff", "jeff"},
    {"ronald", "ron", "ronnie"}, {"donald", "don", "donnie"}, {"douglas", "doug"}, {"gerald", "gerry", "jerry"},
    {"lawrence", "laurence", "larry"}, {"leonard", "len", "lenny"}, {"raymond", "ray"}, {"frederick", "fred", "freddie"},
    {"francis", "frank"}, {"franklin", "frank"}, {"philip", "phillip", "phil"}, {"terence", "terrence", "terry"},
    {"vincent", "vince"}, {"walter", "walt"}, {"zachary", "zach", "zack"}, {"bernard", "bernie"},
    {"harold", "harry", "hal"}, {"henry", "harry", "hank"}, {"jacob", "jake"}, {"joshua", "josh"},
    {"maximilian", "max"}, {"maxwell", "max"}, {"oliver", "ollie"}, {"russell", "russ"}, {"stanley", "stan"},
    {"theodore", "ted", "teddy", "theo"}, {"victor", "vic"}, {"albert", "al", "bert"}, {"alfred", "alf", "fred"},
    {"arthur", "art"}, {"clifford", "cliff"}, {"dominic", "dom"}, {"eugene", "gene"}, {"gilbert", "gil"},
    {"herbert", "herb", "bert"}, {"mitchell", "mitch"}, {"randolph", "randy"}, {"randall", "randy"},
    {"reginald", "reg", "reggie"}, {"rodney", "rod"}, {"sebastian", "seb"}, {"sidney", "sid"}, {"wesley", "wes"},
    {"abigail", "abby"}, {"alexandra", "alex", "sasha"}, {"amanda", "mandy"}, {"barbara", "barb"},
    {"caroline", "carrie"}, {"christine", "christina", "chris", "chrissy"}, {"cynthia", "cindy"},
    {"deborah", "debra", "debbie", "deb"}, {"dorothy", "dot", "dottie"}, {"eleanor", "ellie", "nora"},
    {"jacqueline", "jackie"}, {"jessica", "jess"}, {"judith", "judy"}, {"kimberly", "kim"}, {"melissa", "mel"},
    {"melanie", "mel"}, {"natalie", "nat"}, {"pamela", "pam"}, {"rebecca", "becky", "becca"}, {"samantha", "sam"},
    {"sandra", "sandy"}, {"susan", "sue", "susie"}, {"theresa", "teresa", "tess"}, {"valerie", "val"},
    {"victoria", "vicky", "tori"}, {"virginia", "ginny"}, {"magdalena", "magda"},
    # one name as other languages write it
    {"stephen", "stefan", "stefano", "stephane", "stepan", "istvan"},
    {"andrew", "andrei", "andrey", "andriy", "andrzej", "andreas", "andras"},
    {"alexander", "aleksandr", "aleksander", "oleksandr", "alexandru", "sandor"},
    {"joseph", "jozef", "josef", "giuseppe", "jose"}, {"francis", "ferenc", "franz", "francesco", "francois", "franciszek"},
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
