"""Numbers, before any dimension: exact values of numerals (:mod:`.numerals`), ranges of
them (:mod:`.ranges`), and the qualifier words around them (:mod:`.qualifiers`, with the
user's own in :mod:`.extra_qualifiers`).
"""
