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
