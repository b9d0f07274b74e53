"""Reporting cues: the words that introduce what a source says, believes or wants.

Each verb is listed by its lemma with the forms news copy uses. Categories follow
PARC 3.0: ``say`` (assertion), ``belief``, ``intent``. The attribution rules walk
these tables; adding a verb here is all it takes to teach the extractor a new cue.
"""

_SAY = """
say says said saying
tell tells told telling
assure assures assured assuring reassure reassures reassured reassuring
state states stated stating
announce announces announced announcing
confirm confirms confirmed confirming
deny denies denied denying
reveal reveals revealed revealing
explain explains explained explaining
add adds added adding
note notes noted noting
report reports reported reporting
claim claims claimed claiming
insist insists insisted insisting
argue argues argued arguing
declare declares declared declaring
assert asserts asserted asserting
affirm affirms affirmed affirming
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
warn warns warned warning
stress stresses stressed stressing
emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
write writes wrote written writing
tweet tweets tweeted tweeting
post posts posted
disclose discloses disclosed disclosing
indicate indicates indicated indicating
suggest suggests suggested suggesting
allege alleges alleged alleging
predict predicts predicted predicting
estimate estimates estimated estimating
calculate calculates calculated calculating
accuse accuses accused accusing
describe describes described describing
call calls called calling
rate rates rated
urge urges urged urging
promise promises promised promising
pledge pledges pledged pledging
vow vows vowed vowing
repeat repeats repeated repeating
reiterate reiterates reiterated reiterating
point points pointed pointing
recall recalls recalled recalling
remember remembers remembered remembering
agree agrees agreed agreeing
recount recounts recounted
mention mentions mentioned mentioning
testify testifies testified testifying
conclude concludes concluded concluding
find finds found finding
show shows showed shown
reply replies replied replying
shout shouts shouted shouting
yell yells yelled yelling
respond responds responded responding
answer answered answering
ask asks asked asking
quip quipped
concede concedes conceded conceding
maintain maintains maintained maintaining
contend contends contended contending
complain complains complained complaining
express expresses expressed expressing
dismiss dismisses dismissed dismissing
reject rejects rejected rejecting
disclose discloses disclosed disclosing
blame blames blamed blaming
demand demands demanded demanding
recommend recommends recommended recommending
rule rules ruled
propose proposes proposed proposing
forecast forecasts forecasted
project projects projected
assess assesses assessed assessing
evaluate evaluates evaluated evaluating
caution cautions cautioned cautioning
observe observes observed
remark remarks remarked
specify specifies specified
inform informs informed informing
underline underlines underlined underlining
underscore underscores underscored underscoring
email emails emailed emailing
record records recorded
"""

_BELIEF = """
believe believes believed believing
think thinks thought
consider considers considered considering
fear fears feared
expect expects expected expecting
hope hopes hoped
doubt doubts doubted
suspect suspects suspected
feel feels felt
worry worries worried
assume assumes assumed
reckon reckons reckoned
"""

_INTENT = """
want wants wanted
plan plans planned planning
intend intends intended intending
seek seeks sought seeking
aim aims aimed aiming
"""


def _forms(block: str, category: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in block.strip().splitlines():
        for word in line.split():
            table.setdefault(word, category)
    return table


#: form -> category ("say", "belief", "intent")
VERBS: dict[str, str] = {**_forms(_SAY, "say"), **_forms(_BELIEF, "belief"), **_forms(_INTENT, "intent")}

#: Verbs that report only with "back" and what was said right after it: '"That is simply false," she shot back',
#: "fired back that ..." (never "shot a man", "fired back at the rebels"). Kept out of ``VERBS``, whose words end
#: a content ("... and fired on a patrol" goes on).
PARTICLE_VERBS: dict[str, str] = _forms("""
shoot shoots shot shooting
fire fires fired firing
""", "say")

#: Forms that are only a cue when a content clause or quote follows them
#: ("he added that", not "added sanctions"; "called for", not "called him").
NEEDS_COMPLEMENT = frozenset(
    """add adds added adding call calls called calling find finds found show shows showed shown
    post posts posted point points pointed pointing express expresses expressed expressing describe describes
    described describing note notes noted noting report reports reported reporting
    consider considers considered considering answer answered ask asks asked
    write writes wrote written writing feel feels felt plan plans planned planning aim aims aimed
    aiming seek seeks sought seeking want wants wanted expect expects expected expecting
    dismiss dismisses dismissed dismissing reject rejects rejected rejecting estimate estimates estimated estimating
    calculate calculates calculated calculating assess assesses assessed assessing recall recalls recalled recalling
    evaluate evaluates evaluated evaluating rate rates rated propose proposes proposed proposing
    respond responds responded reply replies replied state states stated stating
    accuse accuses accused accusing mention mentions mentioned mentioning
    repeat repeats repeated repeating urge urges urged urging promise promises promised
    pledge pledges pledged vow vows vowed rule rules ruled declare declares declared
    observe observes observed project projects projected inform informs informed informing
    announce announces announced announcing email emails emailed emailing record records recorded
    remember remembers remembered remembering maintain maintains maintained maintaining
    warn warns warned warning agree agrees agreed agreeing""".split()
)

#: Phrases that put the source after the content: "..., according to X".
#: phrase -> cue label. Longest first when matching.
SOURCE_AFTER = {
    "according to": "according to",
    "as reported by": "reported",
    "as was reported by": "reported",
    "as was stated by": "stated",
    "as was informed by": "informed",
    "as informed by": "informed",
    "as was announced by": "announced",
    "in the opinion of": "opinion",
    "in the view of": "view",
    "in the words of": "words",
    "as stated by": "stated",
    "as announced by": "announced",
    "as quoted by": "quoted",
    "as cited by": "cited",
    "as confirmed by": "confirmed",
    "as told to": "told",
    "reported by": "reported",
    "quoted by": "quoted",
    "citing": "citing",
    "cited by": "cited",
    "in a statement by": "statement",
    "in a statement from": "statement",
    "said in a statement": "said",
}

#: Impersonal cues with no source. "It was <verb> that ...":
IMPERSONAL_IT = ("reported", "announced", "understood", "believed", "alleged", "said", "claimed", "thought",
                 "feared", "expected", "estimated", "calculated", "predicted", "projected", "learned", "learnt", "assumed",
                 "rumoured", "rumored",
                 # translated copy: "It was also informed that ...", "it is stated that ..."
                 "informed", "stated", "underlined", "stressed", "emphasised", "emphasized", "noted")
#: "X is <verb> to ..." (the content starts after "to"):
IMPERSONAL_TO = ("said", "reported", "believed", "understood", "alleged", "thought", "rumoured", "rumored")
#: Adverbs that attribute the clause to unnamed others:
IMPERSONAL_ADVERBS = ("reportedly", "allegedly")

#: What a source speaks or writes in: "said in a statement", "The Oskana Ledger, in an analysis of state budget
#: records, found". A phrase opening with "in a/its <one of these>" is how a source spoke, never who.
MEDIA_OF_SAYING = frozenset("""statement editorial post letter interview report note email message speech column
    article broadcast video filing memo op-ed citation ruling verdict judgment judgement decision analysis study review
    survey assessment submission notice response briefing presentation testimony complaint lawsuit petition opinion
    newsletter podcast tweet blog""".split())

#: Framing that makes no claim of its own: stripped before atomising.
FRAMING = (
    "it is worth mentioning that",
    "it is worth noting that",
    "it should be noted that",
    "it is noteworthy that",
    "notably,",
    "it is worth recalling that",
    "it bears mentioning that",
    "it is important to note that",
    "it should be mentioned that",
)

#: Verbs whose object belongs to the content (PARC: "called X Y", "described X as Y",
#: "accused X of Y", "urged X to Y", "expects X to Y"): the content starts right after
#: the verb even without "that".
OBJECT_CONTENT = frozenset(
    """call calls called calling describe describes described describing dismiss dismisses dismissed accuse accuses accusing
    accused urge urges urged expect expects expected demand demands demanded confirm confirms
    confirmed deny denies denied blame blames blamed blaming recommend recommends recommended
    estimate estimates estimated forecast forecasts
    predict predicts predicted want wants wanted believe believes believed suggest suggests suggested
    consider considers considered rate rates rated""".split()
)

#: Verb + particle cues: the particle is part of the cue and the content follows it.
PARTICLE_CUES = {
    "called for": "called for",
    "calls for": "calls for",
    "calling for": "calling for",
    "call for": "call for",
    "called on": "called on",
    "calls on": "calls on",
    "calling on": "calling on",
    "pointed out": "pointed out",
    "shot back": "shot back", "shoots back": "shot back", "fired back": "fired back", "fires back": "fired back",
    "points out": "points out",
    "pointing out": "pointing out",
    "hoped for": "hoped for",
    "hopes for": "hopes for",
    "asked for": "asked for",
    "asks for": "asks for",
    "pressed for": "pressed for",
    "appealed for": "appealed for",
    "expressed confidence": "expressed confidence",
    "expressed hope": "expressed hope",
    "expressed concern": "expressed concern",
    "voiced concern": "voiced concern",
    # translated copy: "expressed the conviction that", "expressed the hope that"
    "expressed the conviction": "expressed conviction",
    "expressed conviction": "expressed conviction",
    "expressed the hope": "expressed hope",
    "expressed the belief": "expressed belief",
    "expressed the view": "expressed view",
    "expressed the opinion": "expressed opinion",
    "expressed the confidence": "expressed confidence",
}

#: Verbs followed by an addressee before the content ("told reporters that").
ADDRESSEE_VERBS = frozenset("""tell tells told telling assure assures assured assuring reassure reassures reassured
    reassuring inform informs informed brief briefed warn warns warned remind reminded email emails emailed""".split())

#: Intent verbs whose content follows "to" ("plans to put its case").
TO_VERBS = frozenset("""plan plans planned planning intend intends intended hope hopes hoped aim aims aimed seek seeks sought
    want wants wanted claim claims claimed claiming pledge pledges pledged vow vows vowed""".split())

#: Forms of "ask": a report only of a question ("asked whether", 'asked: "..."'), not of a price ("asking 40,000 dollars").
ASK_FORMS = frozenset("ask asks asked asking".split())

#: "according to" these is "in accordance with", no source: "register the children according to the new program".
ACCORDANCE_NOUNS = frozenset(
    """plan plans program programme programs programmes schedule timetable rule rules law laws regulation
    regulations constitution contract agreement tradition custom protocol procedure procedures criteria
    curriculum method methods formula standards standard instructions guidelines plan design needs""".split()
)

#: A cue form followed by one of these words is no cue: "added to evidence", "pointed to".
#: Verbs for what a poll or a study finds, and the nouns for those: their object is the content ("found X with 34%").
FINDING_VERBS = frozenset("found finds showed shows".split())
FINDING_HEADS = frozenset("poll polls survey surveys study studies analysis census tally count".split())

#: Cue forms that are as often another word ("state parks", "the state media") and count only before "that" or a colon.
#: ("finding him guilty" reports nothing; "..., finding that sales fell" does.)
NEEDS_THAT = frozenset({"state", "finding"})

#: Cue words that are plural nouns too, and the words that make them nouns when they stand right before:
#: "weighing sites in neighboring states", "unconfirmed reports", "member states" (no one stating or reporting).
PLURAL_NOUN_CUES = frozenset("states reports claims notes posts estimates records tweets".split())
NOUN_MODIFIERS = frozenset("""neighboring neighbouring member other several many both all some few two three four five
    six seven eight nine ten southern northern eastern western central coastal swing battleground frontline
    front-line border island gulf baltic nordic arab african european asian federal unconfirmed conflicting initial
    earlier previous recent local media press news social online""".split())

NOT_CUE_BEFORE = {
    "add": ("to",), "adds": ("to",), "added": ("to",), "adding": ("to",),
    "point": ("to",), "points": ("to",), "pointed": ("to",), "pointing": ("to",),
    "show": ("up", "off"), "shows": ("up", "off"), "showed": ("up", "off"),
    "call": ("off", "in", "up"), "calls": ("off", "in", "up"), "called": ("off", "in", "up"),
    # "answered with duties on soybeans", "responded with sanctions": a deed in return, no words
    "answer": ("with",), "answers": ("with",), "answered": ("with",), "answering": ("with",),
    "respond": ("with",), "responds": ("with",), "responded": ("with",), "responding": ("with",),
    # "warned against reading too much into the figures": advice, no proposition
    "warn": ("against", "of", "about"), "warns": ("against", "of", "about"), "warned": ("against", "of", "about"),
    "warning": ("against", "of", "about"),
    "accused": ("of",),  # "a man appeared in court accused of attacking": charged, no report
    # "the countries argued over how to divide the quotas", "argued with his wife": a dispute, no proposition
    "argue": ("over", "about", "with"), "argues": ("over", "about", "with"), "argued": ("over", "about", "with"),
    "arguing": ("over", "about", "with"),
    "caution": ("against",), "cautions": ("against",), "cautioned": ("against",), "cautioning": ("against",),
}

#: Objects that make a cue a deed, when no verb follows them: "the lawyer who argued the case in January" (pleaded
#: it in court), unlike "argued the case was weak" (a report).
NOT_CUE_OBJECTS = {form: ("case", "appeal", "motion", "cause") for form in ("argue", "argues", "argued", "arguing")}
