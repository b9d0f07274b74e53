"""Pairs of words that state opposite facts about the same thing.

"The road stayed open" and "the road was closed" contradict each other without a
"not" in either: the opposite is in the word. Comparison treats a claim holding one
word of a pair, where a reference about the same thing holds the other, as a clash of
polarity (a ``negation`` conflict). Only pairs that cannot both be true of one thing
at one time belong here: "rise"/"fall" of one figure, "open"/"closed" of one road,
"acquitted"/"convicted" of one defendant. Words are compared by stem.
"""
from __future__ import annotations

ANTONYMS: tuple[tuple[str, str], ...] = (
    ("open", "closed"), ("opened", "closed"), ("reopened", "closed"),
    ("rise", "fall"), ("rose", "fell"), ("increase", "decrease"), ("increased", "decreased"),
    ("grew", "shrank"), ("gain", "loss"), ("surplus", "deficit"),
    ("win", "lose"), ("won", "lost"), ("victory", "defeat"),
    ("accepted", "rejected"), ("approved", "rejected"), ("approve", "reject"), ("upheld", "overturned"),
    ("confirmed", "denied"), ("admitted", "denied"),
    ("acquitted", "convicted"), ("guilty", "innocent"),
    ("alive", "dead"), ("survived", "died"),
    ("included", "excluded"), ("allowed", "banned"), ("legal", "illegal"),
    ("lifted", "imposed"),
    ("succeeded", "failed"), ("success", "failure"),
    ("intact", "destroyed"), ("undamaged", "destroyed"),
    ("voluntary", "mandatory"),
    ("supported", "opposed"), ("backed", "opposed"), ("support", "oppose"),
)
