"""Reading the text: a normalised copy with a map back to every original offset
(:mod:`.text`), and the word boundaries jieba decides where a table cannot (:mod:`.segment`).
"""
