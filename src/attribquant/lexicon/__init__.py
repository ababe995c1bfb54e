"""Every word list the library uses, kept as data in one package.

Modules: ``text`` (characters, abbreviations), ``numbers`` (number words,
scales, currencies), ``quantities`` (bounds, vague plurals, count nouns),
``attribution`` (reporting verbs, role nouns, hedge cues).
"""
