"""Month and weekday names, and the words around dates and numbers."""

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Relative day words -> offset in days from the publication date.
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

#: Approximation words before numbers: a claim of "at least 12" is not contradicted by 15.
APPROX = {
    "at least": "min", "more than": "min", "over": "min", "above": "min", "upwards of": "min", "no fewer than": "min",
    "at most": "max", "less than": "max", "fewer than": "max", "under": "max", "below": "max", "up to": "cap",
    # the most a figure reached: "as many as 30 people", "for as long as fourteen hours"
    "as many as": "cap", "as much as": "cap", "as long as": "cap", "as high as": "cap",
    "about": "about", "around": "about", "approximately": "about", "nearly": "about", "almost": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "close to": "about",
    # a little past a figure is near it, not anything above it: "just over six shillings" is no "181 shillings"
    "just over": "about", "just under": "about", "slightly more than": "about", "slightly less than": "about",
    "a little over": "about", "a little under": "about", "a little more than": "about", "a little less than": "about",
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
          "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}

#: Negation cues: a claim and its reference disagree when one denies what the other says.
NEGATIONS = ("not", "no", "never", "n't", "neither", "nor", "none", "nobody", "denied", "denies",
             "deny", "denying", "refused", "refuses", "refuse", "refusing", "rejected", "rejects", "rejecting",
             "ruled out", "rules out",
             "did not", "does not", "has not", "have not", "had not", "will not", "won't",
             "didn't", "doesn't", "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't",
             "failed to", "fails to", "fail to", "failing to", "failure to",
             # ("voters turned down the mine" is their "rejected")
             "turned down", "turns down", "turn down", "turning down", "voted down")
