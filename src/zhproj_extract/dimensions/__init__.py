"""One module per dimension, each a table of forms, a normaliser and its example corpus,
with its own tables beside it: money (:mod:`.money`, :mod:`.currencies`), quantities
(:mod:`.quantities`, :mod:`.units`), percentages (:mod:`.percentages`) and dates
(:mod:`.dates`: its table of forms, its resolvers and the calendar facts).
"""
