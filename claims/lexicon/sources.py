"""Who can say things: anonymity phrases, known outlets and the priors of each kind.

``checker`` refines these with the editor's ``sources.yaml``; the tables here let the
text-only stage tell an anonymous source from a ministry or a news agency. The head
nouns that classify a source phrase live in ``heads.py``.
"""

#: Default reliability of each attribution kind (the editor's sources.yaml refines it).
KIND_RELIABILITY = {
    "anonymous_source": 0.35,
    "named_person": 0.6,
    "official_statement": 0.65,
    "state_media": 0.4,
    "news_agency": 0.8,
    "media_outlet": 0.65,
    "unattributed": 0.5,
}

#: Phrases that mark a source as anonymous wherever they stand near it.
ANONYMITY_MARKERS = (
    "who preferred not to disclose",
    "who asked not to be named",
    "who declined to be named",
    "who requested anonymity",
    "who spoke on condition of anonymity",
    "speaking on condition of anonymity",
    "on condition of anonymity",
    "familiar with",
    "with knowledge of",
    "who did not want to give",
    "who declined to give",
    "close to",
    "not authorised to speak",
    "not authorized to speak",
    "unnamed",
    "anonymous",
)

#: Outlets the extractor knows without sources.yaml: alias -> (name, kind).
OUTLETS = {
    "french news agency": ("Agence France-Presse", "news_agency"),
    "french press agency": ("Agence France-Presse", "news_agency"),
    "agence france-presse": ("Agence France-Presse", "news_agency"),
    "agence france presse": ("Agence France-Presse", "news_agency"),
    "afp": ("Agence France-Presse", "news_agency"),
    "reuters": ("Reuters", "news_agency"),
    "associated press": ("Associated Press", "news_agency"),
    "ap": ("Associated Press", "news_agency"),
    "the associated press": ("Associated Press", "news_agency"),
    "bloomberg": ("Bloomberg", "news_agency"),
    "dpa": ("dpa", "news_agency"),
    "anadolu agency": ("Anadolu Agency", "state_media"),
    "efe": ("EFE", "news_agency"),
    "ansa": ("ANSA", "news_agency"),
    "kyodo": ("Kyodo", "news_agency"),
    "yonhap": ("Yonhap", "news_agency"),
    "xinhua": ("Xinhua", "state_media"),
    "tass": ("TASS", "state_media"),
    "ria novosti": ("RIA Novosti", "state_media"),
    "irna": ("IRNA", "state_media"),
    "sana": ("SANA", "state_media"),
    "kcna": ("KCNA", "state_media"),
    "azertac": ("AZERTAC", "state_media"),
    "syrian state television": ("Syrian state TV", "state_media"),
    "syrian state tv": ("Syrian state TV", "state_media"),
    "state television": ("state television", "state_media"),
    "state tv": ("state television", "state_media"),
    "state media": ("state media", "state_media"),
    "state news agency": ("state news agency", "state_media"),
    "state broadcaster": ("state broadcaster", "state_media"),
    "bbc": ("BBC", "media_outlet"),
    "cnn": ("CNN", "media_outlet"),
    "al jazeera": ("Al Jazeera", "media_outlet"),
    "al arabiya": ("Al Arabiya", "media_outlet"),
    "the new york times": ("The New York Times", "media_outlet"),
    "new york times": ("The New York Times", "media_outlet"),
    "the washington post": ("The Washington Post", "media_outlet"),
    "the guardian": ("The Guardian", "media_outlet"),
    "financial times": ("Financial Times", "media_outlet"),
    "the wall street journal": ("The Wall Street Journal", "media_outlet"),
    "axios": ("Axios", "media_outlet"),
    "i24news": ("i24NEWS", "media_outlet"),
    "rudaw": ("Rudaw", "media_outlet"),
    "shafaq news": ("Shafaq News", "media_outlet"),
    "dawn": ("Dawn", "media_outlet"),
    "arab news": ("Arab News", "media_outlet"),
    "the syrian observer": ("The Syrian Observer", "media_outlet"),
}

#: Words that mark a state-run outlet.
STATE_MARKERS = ("state television", "state tv", "state media", "state-run", "state run",
                 "state news agency", "state broadcaster", "official news agency", "state-owned")
