"""Data shipped with frdefnlp (gazetteers, phrase lists, models). No code lives here.

This file only makes the directory importable so that ``importlib.resources`` reaches it
both from an installed wheel and from an editable checkout.
"""
