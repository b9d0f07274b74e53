"""Abbreviations that end in a full stop without ending the sentence."""

#: Never the end of a sentence: a name or a number always follows. ("No." is the number's only before a digit:
#: "voted no. A nurse said" ends a sentence; segment.py reads it with the other number abbreviations.)
NEVER_END = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres amb rev fr st
    jr sr hon messrs mme mlle sheikh vs v etc e.g i.e cf approx est dept
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft""".split()
)

#: May end a sentence ("... at 9 a.m. The talks", "the buyout of Tallmadge Stores Inc. The firm has"), but usually
#: do not ("U.S. envoy", "Crandall Paper Co. said").
SOFT_END = frozenset("u.s u.k u.n e.u a.m p.m u.s.a d.c inc corp co ltd bros".split())

#: Words that typically open a sentence: after a soft abbreviation they mark a boundary.
SENTENCE_STARTERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our This That These Those There
    But And Yet So However Meanwhile Earlier Later In On At After Before When While Since
    Despite Although Officials Police Authorities Asked Speaking According""".split()
)

#: Capitalised words that go on after "a.m." or "p.m." in the same sentence: a day, a month, a time zone.
TIME_FOLLOWERS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec gmt utc bst cet
    cest eet eest est edt cst cdt mst mdt pst pdt ist jst msk local eastern central pacific mountain""".split()
)
