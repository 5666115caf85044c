"""The multilingual boilerplate filter: :func:`clean` a scraped page into its article.

See docs/clean.md. Modules: :mod:`.segment` (units, tickers), :mod:`.normalize` (HTML and
control-character leftovers), :mod:`.rules` (phrase rules and bylines, data in
``resources/boilerplate/``), :mod:`.langid` (language of short text), :mod:`.features` and
:mod:`.model` (the furniture classifier), :mod:`.kinds` (furniture kinds by shape and vocabulary), :mod:`.structure` (decisions by place),
:mod:`.cleaner` (the decision), :mod:`.corpus` (:class:`Cleaner`, a site's furniture learned from its pages), :mod:`.pages`
(labelled pages), :mod:`.train` (retraining), :mod:`.evaluate`, :mod:`.cli`.
"""

from .cleaner import REASONS, CleanOptions, clean
from .corpus import Cleaner
from .langid import LanguageGuess, detect_language

__all__ = ["clean", "Cleaner", "CleanOptions", "REASONS", "detect_language", "LanguageGuess"]
