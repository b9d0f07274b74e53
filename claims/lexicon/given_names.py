"""Common given names by grammatical gender, so that "she said" does not go to a man.

Only a pronoun's antecedent depends on these lists, and a name missing from both is
compatible with either pronoun; so the lists may stay short and need not be complete.
They hold frequent given names across the languages news copy quotes most.
"""

FEMALE = frozenset(
    """
    aaliyah abigail ada adele adriana agnes aida aisha alessandra alexandra alice alicia alina aliya
    alma amal amanda amelia amina amira amy ana anastasia andrea angela angelika anita anja ann anna
    anne annette antonia ariana astrid aurora ayesha barbara beata beatriz bella birgit brigitte
    camila carla carmen carol carolina caroline carys catherine cecilia celine charlotte chiara chloe
    christina christine claire clara claudia cristina dalia dana daniela daria deborah diana dina
    dolores dora dorota edith elena eleni elif elisa elizabeth ella ellen elsa emily emma esra
    esther eva eve fatima fatma fiona francesca gabriela gabriele giulia grace greta hana hanna
    hannah heidi helen helena helga hiba hilda ilona ines ingrid irena irene irina isabel isabella
    jana jane janet jean jenna jennifer jessica joanna johanna julia julie karen karin karina kari
    katarina katherine kathleen katja kate katrin kerstin kim laila lara laura layla lea leila lena
    liisa lina linda lisa liz lucia lucía lucy luisa lydia magdalena maja malak maria mariam marie
    marina marta martha mary maya meera megan mei melanie mia michelle mila milena miriam monika
    nadia nadine nancy naomi natalia natalie nathalie nina noor nora olga olivia paola patricia paula
    petra pia priya rachel rania rebecca rita rosa ruth sabine sandra sara sarah selin shira silvia
    simone sofia sofía sonia sophie stella susan susanne svetlana tamar tanya tatiana teresa tina
    ursula valentina vanessa vera veronica victoria vida yasmin yelena yulia zainab zeynep zoe florence sydney adelaide georgia chelsea
    gwen gwendolyn felicia marian marianne harriet lorraine priscilla beatrix colleen denise diane donna doris eleanor
    elaine eileen evelyn frances gail gloria heather holly jacqueline jill joan joyce judith judy kathryn kristen lauren
    lillian loretta louise lucille mabel madeline margaret marjorie maureen melissa mildred miranda molly muriel nell
    nicole norma pamela pauline penelope phyllis regina renee rhonda roberta rosalind roxanne sally samantha sharon
    sheila shirley sylvia theresa valerie vivian wanda wendy yvonne audrey bernadette bridget cassandra cora daphne
    delia edna elsie estelle eugenia gertrude hazel imogen iris jocelyn leonora lorna marcia martina maxine mavis
    meredith odette ophelia rosalie sadie sybil tabitha thea winifred yolanda selma tessa trudy agatha beverly brenda
    cynthia deirdre dorothy emilia eloise esme gemma josephine kirsten leah lorena marisa maura noelle renata
    rochelle sabrina serena sienna tamsin thelma ulrike willa zara
    """.split()
)

MALE = frozenset(
    """
    aaron abdul abdullah adam adrian ahmad ahmed alan alberto aldo alejandro alex alexander alexei ali
    anders andreas andrei andrés andrew andy anton antonio arjun ben benjamin bernard bilal boris brian
    bruno carl carlos charles chris christian christopher daniel david davor dennis diego dieter
    dmitri edward emil emmanuel enrique eric erik ethan fabio felix fernando francesco frank franz
    gary george georg gerhard giorgio giovanni gregory hamid hans harry hassan henrik henry hugo
    hussein ibrahim igor ilya ivan jack jacob jakob james jan javier jean-pierre jens jim joao joe
    johan johannes john jonas jordi jorge jory josé joseph juan julian karim karl kevin khalid klaus
    kurt lars lee leo leon lorenzo luca lucas luis lukas marco marcus mario mark markus martin matteo
    matthew max michael miguel mikhail mohamed mohammed muhammad nabil nicolas nikolai noah olaf
    oliver omar oscar pablo paolo pascal patrick paul pavel pedro peter petar philip pierre rafael
    ramon raúl richard robert roberto rodrigo roman ruslan ryan samuel sami sebastian selim sergei
    simon stefan steve steven sven thomas tim tom tomas tomás tony victor viktor vladimir walter
    william yusuf youssef yuri milan jordan austin
    ronald tobias edwin colin dominic gideon everett lionel neil douglas otis warren roy raymond leonard howard harold
    gerald donald kenneth keith kyle scott gordon graham glenn curtis dwight russell stanley vincent wesley wayne
    travis trevor todd troy derek dustin frederick gilbert herbert hector ian isaac jeffrey jeremy jerome jesse joel
    jonathan joshua justin larry lawrence leroy lloyd louis marvin maurice melvin mitchell nathan nathaniel nelson
    norman owen phillip ralph randall randy reginald rodney roger roland ross rupert seth sidney spencer stuart
    terrence terry theodore timothy tristan tyler vernon wallace wilbur winston zachary elliot elliott hugh angus
    calvin clarence clifford clyde conrad cornelius damian darren desmond duncan edgar eugene francis fred gabriel
    garrett geoffrey gustav harvey hank jasper jerry julius lance lucian magnus malcolm marshall miles murray nigel
    percy quentin reuben roderick rolf ronan rufus silas solomon thaddeus vaughn wendell ambrose aurelio barnaby
    basil bertrand byron cedric chester cyril dexter emmett ezra fergus horace irving jonah leopold marius octavio
    orson otto
    """.split()
)

#: Given names that are also places ("Milan Petek", "Florence Adeyemi"): before a surname they are a name.
PLACE_NAMES_GIVEN = frozenset("milan jordan austin florence victoria sydney adelaide georgia chelsea".split())

#: Titles that give a gender.
FEMALE_TITLES = frozenset("ms ms. mrs mrs. miss madam dame lady queen princess".split()
                          # kin before a name: "her daughter, Mia Kallio"
                          + "daughter sister mother wife granddaughter niece aunt widow".split())
MALE_TITLES = frozenset("mr mr. sir lord king prince".split()
                        + "son brother father husband grandson nephew uncle widower".split())


#: Family names that open a name where the family name comes first (Vietnamese, Chinese, Korean), folded:
#: in "Deputy Minister of Agriculture and Environment Hoàng Quốc Bảo" the name begins at "Hoàng".
FAMILY_NAMES_FIRST = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
    kim lee park choi jung kang cho yoon jang lim""".split()
)
