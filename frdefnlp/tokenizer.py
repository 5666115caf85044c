"""Rule-based French tokenizer and sentence splitter for scraped news (no model).

>>> from frdefnlp.tokenizer import tokenize
>>> tokens, sentences = tokenize("M. Gantz l’a dit : 500.000 dollars. Le F-16 vole.")
>>> [t.text for t in tokens]
['M.', 'Gantz', 'l’', 'a', 'dit', ':', '500.000', 'dollars', '.', 'Le', 'F-16', 'vole', '.']
>>> [s.text for s in sentences]
['M. Gantz l’a dit : 500.000 dollars.', 'Le F-16 vole.']

Tokens
    One compiled regular expression (an ordered alternation) is scanned once over the text;
    whitespace (anything ``str.isspace`` accepts) separates tokens and is never part of one. The alternatives, tried in this
    order at each position, are: URLs (``https://…``, ``www.…``) and bare domains on a known
    top-level domain (``bladi.net``), e-mail addresses, abbreviations from
    ``resources/tokenizer/abbreviations.json`` (``M.``, ``Mme.``, ``etc.``, ``av.``,
    ``J.-C.`` — the dot belongs to the token), dotted acronyms (``U.S.A.``), initials (one
    capital and a dot: ``P.``), elisions from ``resources/tokenizer/elisions.json`` (``l'``,
    ``qu’``, ``jusqu'`` … the apostrophe stays with the elided word, the next word is its
    own token), numbers with spaced thousands (``100 000`` with a space, no-break space or
    narrow no-break space between groups of exactly three digits), numbers with dots or
    commas (``500.000``, ``1,2``, ``66.23``), ``n°``, slashed designations in capitals and
    digits (``EL/M-2084``, ``25/11/2021``), words (letters and digits joined by hyphens or
    by inner apostrophes: ``état-major``, ``Tel-Aviv``, ``AH-64E``, ``aujourd'hui``),
    ellipses (``...``, ``…``), runs of ``!``/``?``, and finally any other single character
    (punctuation such as ``«`` ``»`` ``,`` or symbols such as ``%`` ``€`` ``$``).

    Verb-pronoun inversions are split: a lower-case subject pronoun at the end of a
    hyphenated word becomes its own token with its hyphen (``a-t-il`` -> ``a`` ``-t-il``,
    ``poursuit-on`` -> ``poursuit`` ``-on``), except for the words listed in
    ``hyphen_exceptions`` (``rendez-vous``).

    ``Token.kind`` is ``url``, ``email``, ``number`` (digits with ``.``, ``,``, spaces,
    ``/`` or ``-`` between them: ``2020``, ``500.000``, ``25/11/2021``), ``punct``
    (Unicode punctuation), ``symbol`` (Unicode symbols: ``%``, ``€``, ``$``, ``°``, and
    ``n°``) or ``word``.

Sentences
    A sentence ends

    * after ``.``, ``!``, ``?``, ``...`` or ``…`` (and the closing quotes or brackets right
      after it: ``.»``, ``. »``, ``.)``), when whitespace and then a capital letter, a digit
      or an opening quote follow; a lower-case continuation (``», a-t-il dit``) does not
      end it;
    * after an abbreviation of the ``may_end`` list (``etc.``) under the same condition;
    * never after an abbreviation of the ``never_end`` list (``M.``, ``Gal.``, ``av.``) or
      an initial (``P. A``), except a roman numeral after a name (``Mohammed V.``) or a
      dotted acronym when the next word is a usual sentence opener (``Le``, ``Il`` …);
    * at a line break: a blank line always ends a sentence, and so does a single newline
      when ``newline_ends_sentence`` is true (the default: in scraped text a line is a
      paragraph, a headline or a caption, rarely a wrapped sentence);
    * at a run of ``wide_space`` or more spaces or tabs (default 3) when
      ``wide_space_ends_sentence`` is true (the default: scraped headline tickers separate
      items with runs of spaces and no punctuation); ``0`` or ``False`` disables it.

    Every token belongs to exactly one sentence; a sentence spans its first token's start to
    its last token's end.

Cost model
    Linear in the length of the text: one regex scan (each alternative is anchored at the
    current position and bounded by the token it matches), then one pass over the tokens.
    The resource lists are compiled into the expression once per :class:`Tokenizer` (lists
    are read once per process). Memory: a token is an object with its two offsets; the tokens
    of one text that read the same share one string object, and a token that starts where
    the previous one ends shares that offset's int object (the same values, fewer objects).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

import regex

from . import _regex_cache
from ._resources import cached, read_json
from ._text import ensure_text
from .types import Sentence, Token, make_token

__all__ = ["Tokenizer", "tokenize", "default_tokenizer", "kind_of"]

_APOS = "'\u2019\u02bc"
_HYPHENS = "-\u2010\u2011"
_THOUSANDS_SEPS = " \u00a0\u202f\u2009"
_URL_STOP = "\\s\\x00-\\x1f\\x7f<>«»\"”“"
_URL_TRAIL = "\\s\\x00-\\x1f\\x7f<>«»\"”“.,;:!?)\\]'’"
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_CLOSERS = frozenset("»”)]\u203a")
_OPENERS = frozenset("«“\"‘'([\u2039¿¡")
_NUMBER_RE = regex.compile(r"[\d.,/\- \u00a0\u202f\u2009]*\d[\d.,/\- \u00a0\u202f\u2009]*")
_TERMINAL_RE = regex.compile(r"[.!?…]+")
# Unicode files these under punctuation (Po); for text analysis they are symbols.
_SYMBOL_PUNCT = frozenset("%‰‱#&@*/\\§†‡")
# Most tokens are plain words: letters only, followed by nothing that could make them part of
# a URL, e-mail, domain, abbreviation, acronym, initial, elision, "n°", slashed designation or
# hyphenated/apostrophe word. Tried first, such a word is one token, exactly as the ordered
# alternatives below would give it (each of those needs one of the excluded characters right
# after the letters), but without trying each of them at every word; property-tested against
# the expression without it (tests/lex/test_lex_properties.py).
_PLAIN = r"(?P<plain>[^\W\d_\u02bc]+(?![\w.@+:/°'\u2019\u02bc\-\u2010\u2011]))"  # ʼ is a letter


# A character that starts none of the alternatives but the last one (not a word character,
# not white space, not one of . + - … ! ?, which start e-mails, ellipses and runs of !?): it
# is a token alone, found without trying every alternative (a run of emoji, NULs or symbols
# costs what a run of words does; property-tested with _PLAIN).
_LONE = r"(?P<lone>[^\w\s\x1c-\x1f.+\-\u2010\u2011…!?])"

# A bare run of digits ('1', '2020') followed by nothing that could make it part of a longer
# token: no word character, none of . , / @ + ° - and the apostrophes (which start or join
# e-mails, domains, decimals, slashed designations, "n°" and hyphenated words), and no
# spaced group of three digits (a number with spaced thousands). Every other alternative
# needs one of those after the digits, so the ordered alternation gives this run as one
# "word" token of kind number; found first, a text dense in numbers ('$1 ' * n) costs what
# a text of plain words does (property-tested with _PLAIN).
_DIGITS = (r"(?P<digits>\d++(?![\w.,/@+°'\u2019\u02bc\-\u2010\u2011])"
           r"(?![ \u00a0\u202f\u2009]\d{3}(?!\d)))")


@cached
def _abbreviations() -> dict[str, Any]:
    return read_json("tokenizer/abbreviations.json")


@cached
def _elisions() -> dict[str, Any]:
    return read_json("tokenizer/elisions.json")


@cached
def _domains() -> dict[str, Any]:
    return read_json("tokenizer/domains.json")


def _with_capital(words: Iterable[str]) -> list[str]:
    """Each word, plus its capitalised form when it starts lower-case ('etc.' -> 'Etc.')."""
    out: set[str] = set()
    for w in words:
        out.add(w)
        if w[:1].islower():
            out.add(w[:1].upper() + w[1:])
    return sorted(out, key=lambda s: (-len(s), s))


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal ``words``, longest first (so no prefix shadows a word)."""
    items = sorted(set(words), key=lambda s: (-len(s), s))
    return "|".join(regex.escape(w) for w in items) or "(?!)"


class Tokenizer:
    """French tokenizer and sentence splitter (see the module docstring for the rules).

    Args:
        newline_ends_sentence: a single newline ends a sentence (a blank line always does).
        wide_space: a run of at least this many spaces/tabs ends a sentence (``0`` disables).
        split_inversions: split verb-pronoun inversions (``a-t-il`` -> ``a`` ``-t-il``).
        abbreviations: extra abbreviations that never end a sentence (with their dot).

    Calling the instance returns ``(tokens, sentences)``. Instances are immutable after
    construction and safe to share between threads.
    """

    __slots__ = (
        "newline_ends_sentence",
        "wide_space",
        "split_inversions",
        "_re",
        "_inversion_re",
        "_hyphen_exceptions",
        "_never_end",
        "_may_end",
        "_starters",
        "_roman",
    )

    def __init__(
        self,
        *,
        newline_ends_sentence: bool = True,
        wide_space: int = 3,
        split_inversions: bool = True,
        abbreviations: Iterable[str] = (),
    ) -> None:
        self.newline_ends_sentence = bool(newline_ends_sentence)
        self.wide_space = int(wide_space or 0)
        self.split_inversions = bool(split_inversions)
        ab = _abbreviations()
        el = _elisions()
        extra = [a for a in abbreviations if isinstance(a, str) and a.endswith(".") and len(a) > 1]
        self._never_end = frozenset(_with_capital(list(ab["never_end"]) + extra))
        self._may_end = frozenset(_with_capital(ab["may_end"]))
        self._starters = frozenset(ab["sentence_starters"])
        self._roman = frozenset(ab["roman_initials"])
        self._hyphen_exceptions = frozenset(w.lower() for w in el["hyphen_exceptions"])
        self._inversion_re = regex.compile(
            r"(?<=\w)(-(?:" + _alternation(el["inversion_clitics"]) + r"))\Z"
        )
        self._re = _regex_cache.compile(self._pattern(el["elisions"], _domains()["tlds"]))

    def _pattern(self, elisions: list[str], tlds: list[str], *, fast: bool = True) -> str:
        abbrs = _alternation(self._never_end | self._may_end)
        return "|".join(
            ([_PLAIN, _LONE, _DIGITS] if fast else [])
            + [
                rf"(?P<url>(?:https?://|ftp://|www\.)[^{_URL_STOP}]*[^{_URL_TRAIL}])",
                # starts where a run of address characters starts (not inside a run of
                # hyphens or dots, which would rescan the rest of the run at every character)
                r"(?P<email>(?<![\w.+\-])[\w.+\-]++@[\w\-]++(?:\.[\w\-]++)++)",
                # at most ten labels: the `regex` engine backs out of an unbounded repeated
                # group in time quadratic in its length ("1.1.1.1...")
                r"(?P<domain>(?<![\w.])(?:[\p{L}\d][\p{L}\d\-]*+\.){1,10}(?:"
                + _alternation(tlds)
                + rf")(?![\p{{L}}\d])(?:/[^{_URL_STOP}]*[^{_URL_TRAIL}])?)",
                rf"(?P<abbr>(?<![\w.])(?:{abbrs})(?!\w))",
                r"(?P<acro>(?<![\w.])(?:\p{Lu}\.){2,}+(?!\w))",  # possessive: see domain
                r"(?P<initial>(?<![\w.])\p{Lu}\.(?![\w\-]))",
                r"(?P<elision>(?<!\w)(?i:" + _alternation(elisions) + rf")[{_APOS}](?=\w))",
                rf"(?P<num>(?<![\d.,])\d{{1,3}}(?:[{_THOUSANDS_SEPS}]\d{{3}}(?!\d))+(?:,\d+)?(?![.,]?\d))",
                r"(?P<dec>\d+(?:[.,]\d+)+)",
                r"(?P<numero>(?<!\w)[nN]°)",
                r"(?P<slashed>(?<!\w)(?:[A-Z\d]+/)+[A-Z\d]+(?:-\w+)*(?!\w))",
                rf"(?P<word>\w+(?:(?:[{_HYPHENS}]|[{_APOS}](?=\w))\w+)*)",
                r"(?P<ellipsis>\.{2,}|…)",
                r"(?P<bang>[!?]+)",
                r"(?P<other>[^\s\x1c-\x1f])",  # str.isspace() also counts \x1c-\x1f
            ]
        )

    # ----------------------------------------------------------------------------------------
    def tokens(self, text: str) -> tuple[Token, ...]:
        """The tokens of ``text`` (see the module docstring)."""
        text = ensure_text(text)
        out: list[Token] = []
        append = out.append
        make = make_token
        inversion = self._inversion_re if self.split_inversions else None
        fixed = _FIXED_KINDS
        char_kinds: dict[str, str] = {}  # per call: the kind of each lone character met
        # per call: one string object for each distinct token text (a text repeats its words:
        # "de", "la", a name; a token's text is most of what a token keeps), and one int
        # object for an offset where a token ends and the next starts ("l'|armée", "F-16|,");
        # the values are the same, only fewer objects hold them (issue 12)
        words: dict[str, str] = {}
        word = words.setdefault
        prev_e = -1
        for m in self._re.finditer(text):
            group = m.lastgroup
            s, e = m.span()
            if s == prev_e:
                s = prev_e
            prev_e = e
            tok = m.group()
            tok = word(tok, tok)
            kind = fixed.get(group)  # type: ignore[arg-type]
            if kind is not None:
                append(make(s, e, tok, kind))
            elif group == "word":
                if tok[0].isdigit() and _NUMBER_RE.fullmatch(tok):
                    append(make(s, e, tok, "number"))
                    continue
                if inversion is not None and "-" in tok:
                    im = inversion.search(tok)
                    if im is not None and tok.lower() not in self._hyphen_exceptions:
                        cut = s + im.start(1)
                        append(make(s, cut, text[s:cut], "word"))
                        append(make(cut, e, text[cut:e], "word"))
                        continue
                append(make(s, e, tok, "word"))
            elif group == "slashed":
                append(make(s, e, tok, "number" if _NUMBER_RE.fullmatch(tok) else "word"))
            else:  # other, lone: one character
                kind = char_kinds.get(tok)
                if kind is None:
                    kind = char_kinds[tok] = _char_kind(tok)
                append(make(s, e, tok, kind))
        return tuple(out)

    # ----------------------------------------------------------------------------------------
    def _gap_breaks(self, gap: str) -> bool:
        """Does the whitespace ``gap`` between two tokens end a sentence by itself?"""
        if any(ch in _LINE_BREAKS for ch in gap):
            if self.newline_ends_sentence:
                return True
            # The gap is all white space, so two line breaks in it make a blank line.
            breaks = sum(1 for ch in gap.replace("\r\n", "\n") if ch in _LINE_BREAKS)
            return breaks >= 2
        if self.wide_space and len(gap) >= self.wide_space:
            run = 0
            for ch in gap:
                run = run + 1 if ch in " \t" else 0
                if run >= self.wide_space:
                    return True
        return False

    def _starts_sentence(self, tok: Token) -> bool:
        ch = tok.text[0]
        return ch.isupper() or ch.isdigit() or ch in _OPENERS or ch in "–—"

    def sentences(self, text: str, tokens: tuple[Token, ...]) -> tuple[Sentence, ...]:
        """Group ``tokens`` (computed on ``text``) into sentences (see the module docstring)."""
        n = len(tokens)
        if not n:
            return ()
        ends: list[int] = []  # exclusive token index where each sentence ends
        one_space_breaks = self.wide_space == 1
        i = 0
        while i < n:
            tok = tokens[i]
            if i + 1 == n:
                ends.append(n)
                break
            nxt = tokens[i + 1]
            gap = nxt.start - tok.end
            if gap and (gap > 1 or one_space_breaks or text[tok.end] != " ") and self._gap_breaks(
                text[tok.end : nxt.start]
            ):
                ends.append(i + 1)
                i += 1
                continue
            if self._may_close(tokens, i):
                # Closing quotes/brackets right after the terminal belong to this sentence.
                j = i + 1
                while j < n and self._is_closer(text, tokens, j):
                    if tokens[j - 1].end < tokens[j].start and self._gap_breaks(
                        text[tokens[j - 1].end : tokens[j].start]
                    ):
                        break
                    j += 1
                if j == n:
                    ends.append(n)
                    break
                if tokens[j - 1].end < tokens[j].start and self._next_opens(tokens, i, j):
                    ends.append(j)
                    i = j
                    continue
            i += 1
        out: list[Sentence] = []
        a = 0
        for b in ends:
            if b > a:
                s, e = tokens[a].start, tokens[b - 1].end
                out.append(Sentence(s, e, text[s:e], a, b))
                a = b
        return tuple(out)

    def _may_close(self, tokens: tuple[Token, ...], i: int) -> bool:
        t = tokens[i].text
        if "." not in t and t[-1] not in "!?…":  # every rule below needs one of them
            return False
        if tokens[i].kind == "punct" and _TERMINAL_RE.fullmatch(t):
            return True
        if t in self._may_end:
            return True
        if len(t) == 2 and t[1] == "." and t[0] in self._roman and i > 0:
            prev = tokens[i - 1]
            return prev.kind == "word" and prev.text[:1].isupper() and len(prev.text) > 1
        return bool(len(t) > 3 and t.count(".") >= 2 and t.replace(".", "").isupper())

    def _next_opens(self, tokens: tuple[Token, ...], i: int, j: int) -> bool:
        t = tokens[i].text
        nxt = tokens[j]
        strict = t not in self._may_end and not (tokens[i].kind == "punct")
        if strict:  # roman numeral or dotted acronym: only before a usual sentence opener
            return nxt.text.rstrip(_APOS) in self._starters
        return self._starts_sentence(nxt)

    @staticmethod
    def _is_closer(text: str, tokens: tuple[Token, ...], j: int) -> bool:
        t = tokens[j].text
        if t in _CLOSERS:
            return True
        # A straight quote closes only when glued to what precedes it ('fin." Le').
        return t in ("\"", "'", "’") and tokens[j - 1].end == tokens[j].start

    # ----------------------------------------------------------------------------------------
    def __call__(self, text: str) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
        """Tokenize ``text`` and split it into sentences.

        Raises:
            InputTypeError: ``text`` is not a ``str``.
        """
        text = ensure_text(text)
        if not text:
            return (), ()
        toks = self.tokens(text)
        return toks, self.sentences(text, toks)

    def __repr__(self) -> str:
        return (
            f"Tokenizer(newline_ends_sentence={self.newline_ends_sentence}, "
            f"wide_space={self.wide_space}, split_inversions={self.split_inversions})"
        )


def kind_of(token: str) -> str:
    """The ``Token.kind`` the tokenizer gives a token of this text, read off the text alone
    (for tokens made by another tokenizer, e.g. stanza's): ``number``, ``url``, ``email``,
    ``punct``, ``symbol`` or ``word``. A text the tokenizer would split gets the kind of its
    look (digits, a scheme, an ``@``, one punctuation or symbol character).

    Raises:
        InputTypeError: ``token`` is not a ``str``.

    >>> [kind_of(t) for t in ("500.000", "F-16", "»", "%", "www.far.ma", "a@b.ma", "Rabat")]
    ['number', 'word', 'punct', 'symbol', 'url', 'email', 'word']
    """
    token = ensure_text(token, "token")
    if not token:
        return "word"
    toks = default_tokenizer().tokens(token)
    if len(toks) == 1 and toks[0].start == 0 and toks[0].end == len(token):
        return toks[0].kind  # one of our tokens: exactly what the tokenizer says
    if token[0].isdigit() and _NUMBER_RE.fullmatch(token):
        return "number"
    low = token.lower()
    if low.startswith(("http://", "https://", "ftp://", "www.")):
        return "url"
    if "@" in token[1:-1] and not token.startswith("@"):
        return "email"
    if token in ("n°", "N°"):
        return "symbol"
    if len(token) == 1 or _TERMINAL_RE.fullmatch(token):
        return _char_kind(token[0])
    return "word"


#: the kind of a token of each group that fixes it (the others: word, slashed, other, lone)
_FIXED_KINDS = {
    "plain": "word", "digits": "number", "num": "number", "dec": "number", "url": "url", "domain": "url",
    "email": "email", "numero": "symbol", "ellipsis": "punct", "bang": "punct",
    "abbr": "word", "acro": "word", "initial": "word", "elision": "word",
}


def _char_kind(ch: str) -> str:
    """The kind of a token made of one character the other rules leave (its Unicode
    category; ``%``, ``#``, ``/`` ... are symbols for text analysis)."""
    cat = unicodedata.category(ch)[0]
    if cat == "N":
        return "number"
    if ch in _SYMBOL_PUNCT:
        return "symbol"
    return "punct" if cat == "P" else "symbol" if cat == "S" else "word"


@cached
def default_tokenizer() -> Tokenizer:
    """The shared :class:`Tokenizer` with default options (built once per process)."""
    return Tokenizer()


def tokenize(text: str) -> tuple[tuple[Token, ...], tuple[Sentence, ...]]:
    """Tokens and sentences of ``text`` with the default :class:`Tokenizer`.

    >>> toks, sents = tokenize("Il a dit « oui. » Puis il est parti.")
    >>> [s.text for s in sents]
    ['Il a dit « oui. »', 'Puis il est parti.']
    >>> tokenize("")
    ((), ())
    """
    return default_tokenizer()(text)
