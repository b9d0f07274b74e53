"""Head nouns and name words that tell what kind of source a phrase names.

A source phrase is classified by its head noun ("a diplomatic *source*", "the interior
*ministry*", "Kestrian *newspaper* Orvana Daily") and by whether it carries a person's
name. These tables follow the kinds of the public interface as PARC-style annotators
apply them:

* an individual's role noun with a name is a ``named_person``, without one an
  ``anonymous_source`` ("a police officer at the scene", "analysts");
* an institution speaking as a body, or its spokesperson, is an ``official_statement``;
* a newspaper, broadcaster or website is a ``media_outlet`` (``state_media`` when
  state-run, ``news_agency`` for an independent agency).
"""

#: Nouns for one individual (or a plural of them) in a role or walk of life.
PERSON_NOUNS = frozenset(
    """agent agents broker whistleblower whistleblowers advocate advocates whip whips doctor doctors nurse nurses surgeon physician medic medics teacher schoolteacher lawyer lawyers
    attorney barrister solicitor engineer engineers officer officers policeman policewoman soldier soldiers
    witness witnesses resident residents neighbour neighbours neighbor neighbors farmer farmers
    fisherman fishermen trader traders shopkeeper shopkeepers seller sellers vendor vendors driver drivers
    worker workers employee employees student students activist activists protester protesters
    demonstrator demonstrators analyst analysts economist economists expert experts scientist scientists
    researcher researchers professor statistician epidemiologist meteorologist meteorologists historian
    diplomat diplomats aide aides adviser advisers advisor advisors insider insiders official officials
    person people man men woman women mother father parent parents villager villagers survivor survivors
    victim victims relative relatives friend friends colleague colleagues fan fans supporter supporters
    critic critics opponent opponents observer observers deputy deputies lawmaker lawmakers legislator
    legislators mp mps councillor councillors councilor senator senators minister ministers mayor governor
    president premier chancellor chief chairman chairwoman chair director manager founder executive
    ceo coach player players striker midfielder defender goalkeeper captain judge prosecutor correspondent
    reporter reporters journalist journalists editor commissioner leader leaders candidate secretary envoy
    ambassador negotiator negotiators mediator mediators author authors owner owners passenger passengers
    pilot pilots crew rescuer rescuers firefighter firefighters volunteer volunteers patient patients
    inspector investigator investigators detective spokesperson spokesman spokeswoman representative
    member members delegate delegates voter voters citizen citizens locals others sources source
    traveller travellers shopper shoppers farmer banker bankers trader investor investors exporter commander
    commanders fighter fighters militant militants cashier cashiers guard guards paramedic paramedics
    exporters importer importers buyer buyers grower growers producer producers miner miners docker dockers
    diver divers guard guards ranger rangers medic nurse paramedic paramedics shop owner landlord tenant
    tenants commuter commuters pensioner pensioners teenager teenagers eyewitness eyewitnesses bystander
    bystanders onlooker onlookers survivor relatives spokespeople campaigner campaigners demonstrator
    forecaster forecasters consumer consumers
    academics applicants assailants assistants attackers attorneys auditors biologists bishops brokers captives
    clerics commentators curator curators customers dealer dealers detainees evacuee evacuees families geologists
    gunmen historians hostages imams inmates inspectors insurgents judges landlords listeners managers merchants
    migrants monitor monitors monks participants physicists pilgrims priests prisoners prosecutors pundits pupils
    rabbis readers rebels refugees respondents retailers retirees scholars smugglers staffers strategists
    subscribers suspects teachers tourists traffickers travelers viewers visitors worshippers beekeeper beekeepers
    volcanologist volcanologists seismologists epidemiologists climatologists meteorologists""".split()
)

#: Nouns for an institution or body that speaks as one.
INSTITUTION_NOUNS = frozenset(
    """ministry ministries government governments countries nations presidency office cabinet army military navy air
    police embassy council councils authorities authority administration department directorate
    commission court courts parliament senate congress committee service services institute centre camp
    center survey study studies report company firm group association union federation club league
    charity foundation organisation organization consultancy operator developer bank university
    hospital school prosecution prosecutors defence defense indictment statement statements command
    guard bloc alliance party campaign carmaker maker manufacturer airline regulator watchdog board
    secretariat kremlin pentagon municipality coalition agency agencies tribunal documents filing
    filings data figures records census poll polls advice team staff insurer utility chamber
    directorate inspectorate observatory laboratory lab results findings estimates house exchange
    network memo memos minutes letter letters email emails cable cables communique communiques communiqué communiqués
    museum gallery theatre theater orchestra opera library zoo college clinic church diocese mosque
    temple airport trust academy prison festival organisers organizers brigade society cooperative
    co-op co-operative lender retailer supermarket brewer automaker movement bureau consulate mission delegation palace family jury panel sides parties release
    forum forums caucus assembly consortium syndicate guild city town county district
    chain grocer reinsurer refiner conglomerate thrift railroad supplier distributor wholesaler fund chipmaker
    drugmaker startup brokerage schedule schedules agenda transcript transcripts pac petition petitions complaint
    lawsuit lawsuits suit suits local affidavit document concern analysis analyses audit audits inquiry investigation assessment
    ruling rulings opinion judgment judgement intelligence""".split()
)

#: Endings of a noun for someone by what they do ("volcanologist", "evacuee", "curator"): "a monitor in
#: Sarel" is someone unnamed.
AGENT_ENDINGS = ("ier", "er", "or", "ist", "ian", "ant", "ent", "eer", "ee")
#: ... of which these are seldom anything but people, even in the plural ("-ers" may be "covers", "orders").
PEOPLE_ENDINGS = ("ists", "ians", "ees", "eers")

#: People whose word is their outlet's report: "a Continental Press Agency reporter", "an OTV crew".
OUTLET_STAFF_NOUNS = frozenset("reporter reporters correspondent correspondents journalist journalists photographer crew".split())

#: Words after a source's head noun that say where it is, not what it is: "volcanologists *abroad*".
HEAD_TRAILERS = frozenset("abroad overseas nearby locally elsewhere alike too also themselves there here".split())

#: Nouns for a news medium.
OUTLET_NOUNS = frozenset(
    """newspaper newspapers daily weekly paper magazine channel broadcaster broadcasters network
    outlet outlets website site portal television tv radio station tabloid media press journal journals desk
    newsletter newsletters""".split()
)

#: Speaking for a body: always an official statement, named or not.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen publicist".split())

#: Nouns that make an anonymous source whatever else the phrase says.
ANONYMOUS_NOUNS = frozenset("source sources insider insiders".split())

#: Capitalised words that end an organisation's or outlet's name, never a person's.
ORG_NAME_WORDS = frozenset(
    """homes water research motors systems group holdings partners energy bank airlines airways offshore
    capital industries technologies foods pharma communications insurance properties logistics
    solutions labs institute foundation trust fund council agency service services association society
    union club league federation committee commission ministry department office centre center
    authority court party front movement alliance army navy force forces police guard university
    college school hospital clinic survey observatory watch network times post news daily herald
    gazette tribune journal today radio tv television press reuters organization organisation
    directorate corporation company corp inc ltd gmbh asa ag sa plc llc bloc nations council
    commission secretariat world international national global european african american asian
    health medicine medical review monitor express mail star sun chronicle weekly magazine channel
    broadcasting broadcaster media studios records motors steel rail railways airport port chiefs affairs
    studies terminal terminals ports lines shipping mining resources petroleum electric exchange securities
    investments ventures enterprises mobile telecom telecoms networks digital software tech games therapeutics
    biotech robotics chemicals semiconductors rovers united athletic wanderers rangers albion town fc cf hotspur
    dynamo sporting courier echo observer telegraph mirror examiner dispatch bulletin inquirer sentinel globe ledger
    inspectorate bureau tribunal registry ombudsman regulator watchdog line pictures films productions
    entertainment publishing headquarters hq ratings brothers analytics
    administration house academy cabinet consulate embassy gallery laboratory library museum palace presidency
    prison theater theatre zoo consortium diocese mosque orchestra opera forum syndicate guild municipality
    works federal bancorp financial river lake mountain mountains island islands canal strait gulf sea ocean coast
    forest desert peninsula
    minerals metals mines materials cement fisheries breweries pharmaceuticals textiles automotive aerospace
    utilities healthcare air manufacturing motor oil gas refinery refining freight trucking reinsurance savings
    thrift brewing brewery america co tobacco clearing commodities futures brokerage
    falls springs heights harbor harbour creek valley hills rapids junction crossing landing village city county
    elementary primary secondary kindergarten preschool wire mill mills
    avenue street road boulevard lane drive square plaza parkway highway
    project projects initiative coalition caucus
    township borough transit transport metropolitan tramways ferries desk
    parliament senate congress assembly ministry government state republic kingdom""".split()
)

#: Last words of a capitalised run that make it a company or a body, never a person: "Transnet Port Terminals"
#: (not words that are also surnames, like Post or Steel).
ORG_ENDINGS = frozenset(
    """terminals ports lines holdings industries technologies systems partners airlines airways motors
    communications properties logistics solutions labs services resources enterprises ventures investments
    securities foods studios railways shipping mining petroleum corporation company inc ltd gmbh plc llc
    ministry department directorate agency authority commission committee council institute foundation
    association federation university hospital mobile telecom telecoms networks software therapeutics biotech
    robotics chemicals semiconductors rovers united athletic wanderers rangers albion fc cf hotspur dynamo
    minerals metals mines materials cement fisheries breweries pharmaceuticals textiles automotive aerospace
    utilities healthcare air""".split()
)

#: Capitalised words that stand before a name as a title ("Foreign Minister Irena Mostova").
TITLE_WORDS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady sheikh president
    vice prime minister deputy foreign interior finance defence defense justice health energy
    economy trade transport education culture environment agriculture labour labor information
    water resources emergencies secretary mayor governor judge justice prosecutor captain
    commander general colonel major lieutenant sergeant admiral coach manager chief executive
    chairman chairwoman chair director senator councillor councilor congressman congresswoman
    representative ambassador envoy special king queen prince princess emir sultan pope father
    opposition leader speaker chancellor premier commissioner inspector detective officer
    head spokesperson spokesman spokeswoman comptroller auditor ombudsman midfielder striker defender goalkeeper rev rev. st. saint
    treasurer assemblyman assemblywoman assemblymember councilman councilwoman councilmember alderman alderwoman
    sheriff superintendent nominee rep. sen. gov. lt. clerk registrar
    capt. gen. col. maj. sgt. adm. cmdr. cpl. brig. supt. insp. det. capt gen col maj sgt adm cmdr cpl brig supt insp det lt
    gov sen rep""".split()
)

#: Titles news copy abbreviates before a name, as the full word a definite description uses ("the governor").
TITLE_ABBREVIATIONS = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
                       "capt": "captain", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "supt": "superintendent",
                       "insp": "inspector", "det": "detective", "prof": "professor", "adm": "admiral", "maj": "major",
                       "cmdr": "commander", "amb": "ambassador"}

#: Role nouns that open an apposition with no article: "Rada Menkova, head of the plant branch of the union, told ...".
APPOSITION_ROLES = frozenset("""head chief director chairman chairwoman chair president leader secretary spokesman
    spokeswoman spokesperson founder co-founder owner manager coordinator member editor professor lecturer researcher
    minister mayor governor commander coach captain treasurer organiser organizer author""".split())

#: Lower-case words that make "<word> <Capitalised Name>" an outlet ("newspaper Orvana Daily").
OUTLET_BEFORE_NAME = frozenset(
    """newspaper daily weekly paper magazine channel broadcaster network website site portal
    television tv radio station tabloid journal newsletter""".split()
)

#: Last words of a newspaper's name: "The Kelby Evening Post", "The Ashcombe Echo" are outlets, not bodies or people.
NEWSPAPER_ENDINGS = frozenset(
    """post times herald gazette echo tribune courier chronicle journal observer telegraph standard express
    mirror examiner dispatch bulletin daily weekly review inquirer sentinel globe ledger clarion advertiser argus
    beacon register guardian reporter enquirer messenger gleaner spectator statesman despatch today record news banner
    citizen star notebook digest letter""".split()
)

#: Nouns for someone by the body they lead, always followed by it: "the head of the agency", "the boss of the
#: railway" (alone, "head" is more often no one: "head of cattle" does not report).
LEADER_OF_NOUNS = frozenset("head heads boss bosses".split())

#: Office phrases that stand for a title: "the head of state" is "the president".
OFFICE_PHRASES = {"head of state": "president", "head of government": "prime minister",
                  # and titles written as letters: "the CFO" is the chief financial officer named before
                  "cfo": "chief financial officer", "ceo": "chief executive", "coo": "chief operating officer"}

#: Last words of a broadcaster's name: "Wave FM", "Kessel Radio", "Channel 4 News".
BROADCAST_NAME_ENDS = frozenset("fm radio tv television news".split())

#: Words before "Press" that make a newspaper's name ("Free Press"), where "<Name> Press" is a news agency.
PRESS_PAPER_WORDS = frozenset("free evening morning daily weekly sunday saturday the".split())

#: Lower-case words that make "<word> <Capitalised Name>" an institution ("group NetWatch").
INSTITUTION_BEFORE_NAME = frozenset(
    """group company firm consultancy charity association organisation organization club union
    party agency developer maker carmaker operator bank insurer airline""".split()
)

#: Adjectives that mark a state-run medium when they stand before an outlet noun.
STATE_ADJECTIVES = frozenset("state state-run state-owned official government-run government".split())

#: Pronouns and their coreference group.
PRONOUN_GROUPS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
    "it": "body", "its": "body", "they": "plural", "their": "plural", "which": "relative",
    "others": "plural", "we": "plural", "i": "person",
    # a bare quantifier stands for the people just named: "Students gathered outside. Several said ..."
    "some": "plural", "several": "plural", "many": "plural", "most": "plural", "a few": "plural",
}

#: Head nouns that refer back to one another ("the station" -> "Radio Sanvel").
HEAD_SYNONYMS = {
    "paper": ("newspaper", "paper", "daily", "weekly", "tabloid"),
    "newspaper": ("newspaper", "paper", "daily", "weekly", "tabloid"),
    "daily": ("newspaper", "paper", "daily"),
    "channel": ("channel", "television", "tv", "broadcaster", "station", "network"),
    "broadcaster": ("channel", "television", "tv", "broadcaster", "station", "radio"),
    "station": ("station", "radio", "channel", "television", "broadcaster"),
    "television": ("television", "tv", "channel", "broadcaster"),
    "agency": ("agency",),
    "website": ("website", "site", "portal"),
    "site": ("website", "site", "portal"),
    # (a campaign group is none; a utility, insurer or airline is: "Her utility, Wheatland Power & Light ... the company")
    "company": ("company", "firm", "carmaker", "maker", "developer", "operator", "bank", "utility", "insurer", "airline",
                "manufacturer", "lender", "retailer"),
    "firm": ("company", "firm", "carmaker", "maker", "developer", "operator"),
    # (business copy's "the concern": the company named last)
    "concern": ("company", "firm", "carmaker", "maker", "developer", "operator", "bank", "concern", "steel", "group"),
    "carmaker": ("carmaker", "company", "maker"),
    "group": ("group", "association", "organisation", "organization", "company"),
    "bloc": ("union", "bloc"),
    "ministry": ("ministry",),
    "director": ("director",),
    "officer": ("officer",),
    "minister": ("minister",),
    "researchers": ("researchers", "authors", "team"),
    "authors": ("authors", "researchers"),
    "lender": ("lender", "bank"),
    # an airline is named for the air: "Castellan Air", "Nordwind Airways" are "the airline", "the carrier"
    "airline": ("airline", "airlines", "air", "airways", "carrier"),
    "carrier": ("carrier", "airline", "airlines", "air", "airways"),
    "bank": ("bank", "lender"),
    # a regulator is named for what it does: "the Competition and Markets Board" is "the regulator"
    "regulator": ("regulator", "watchdog", "board", "commission", "authority", "inspectorate", "ombudsman"),
    "watchdog": ("watchdog", "regulator", "board", "commission", "authority", "inspectorate", "ombudsman"),
}


#: What a head noun may also mean when nothing the story named before has that noun: "the agency" is "the Office of
#: Savings Supervision" where no agency was named ("the Lestrian Press Agency ... the agency" stays the agency).
HEAD_FALLBACKS = {
    "agency": ("administration", "office", "commission", "bureau", "authority", "board", "service", "department"),
    # a department known by one name: "the Treasury said ... the department said"
    "department": ("treasury", "pentagon", "ministry"),
}

#: Every head noun of a source phrase: a person by trade, a spokesman, a body, an outlet.
SOURCE_HEADS = PERSON_NOUNS | SPOKES_NOUNS | INSTITUTION_NOUNS | OUTLET_NOUNS

#: The nouns of a workplace set off after the people who work there: "Quillon's outside lawyers, at the firm Harrow
#: Pell, said"; "an economist, with the bank Halden Trust,". The name follows the noun.
WORKPLACE_NOUNS = frozenset("firm company bank agency university institute office group fund consultancy practice "
                            "center centre department ministry network newspaper paper broadcaster".split())

#: A workplace set off after people, up to its name (which it only looks ahead to): ", at the firm Harrow Pell".
WORKPLACE = (r"(?:at|with|from)\s+(?:the|a|an)\s+(?:[\w'’&-]+\s+){0,2}(?:" + "|".join(sorted(WORKPLACE_NOUNS)) +
             r")\s+(?=(?-i:[A-Z]))")
