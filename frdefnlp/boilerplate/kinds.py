"""Furniture recognised by its kind, on sites never seen: shape plus generic vocabulary.

The phrase rules of :mod:`.rules` name furniture a site spells in a known way ("Lire aussi :",
"Suivez X sur WhatsApp"). The kinds here are recognised by their shape and by the generic
vocabulary of the kind, so that a caption or a login prompt of a site nobody here has read is
still furniture:

* ``caption``: a photo caption ending (or starting) with a credit ("(Photo : X)",
  "Crédit : X", "© X", "[AGENCY - NAME]", "| SITE", ". AGENCY - NAME");
* ``media``: a file name, an image URL, a URL, an e-mail address, a slug, a tracking word;
* ``site``: a domain name alone on a line;
* ``symbol``: lone symbols, counters, font-size buttons;
* ``signature``: agency or author initials alone ("xyz/abc", "A.B.", "(AFP)"), a lone "Par";
* ``dateline``: a date or time with at most a few other words (a site, an author, a rubric),
  also relative times ("il y a 3 jours"); the date goes to the metadata;
* ``stamped``: another article's headline with its time or date stamp;
* ``prompt``: comment, login, captcha, newsletter, alert, paywall and app prompts, by the
  share of prompt words, by a second-person imperative opening a short line, or by phrase;
* ``menu``: two or more short items joined by blanks, pipes or bullets (menus, language
  switches, "S'abonner   Se connecter").

Data: ``resources/boilerplate/kinds.json`` (FR, ES, EN, AR). Every test is a bounded regex or
a token count on a unit of bounded length: constant work per unit, linear in the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .._resources import cached, read_json
from .dispatch import Alternation
from .langid import register_cache
from .rules import _bylines, parse_date

__all__ = ["KINDS", "Kind", "unit_kind", "is_comments_heading", "is_paywall_opener", "is_credit_line", "words_of",
           "caption_shaped", "caption_scene", "date_words"]

#: The kinds :func:`unit_kind` returns, in the order they are tried.
KINDS: tuple[str, ...] = (
    "media", "site", "symbol", "signature", "dateline", "stamped", "caption", "prompt", "menu",
)

_WORD = regex.compile(r"\p{L}+")
_SPEECH = regex.compile(
    r"[»”\"]\s*,?\s*(?:a|ont|avait|avaient|aurait|selon|a-t-il|a-t-elle|estime|explique|d[ée]clare|affirme|"
    r"souligne|indique|pr[ée]cise|ajoute|assure|rappelle|confie|said|says|dijo|afirm[óo])\b", regex.I)
_QUOTE = regex.compile(r"[«»“”\"]")
_BULLET = regex.compile(r"\A[•·▪◦●■\-–*►>]\s*")
_BULLET_FIRST = "•·▪◦●■-–*►>"  # the characters _BULLET starts with
_TERMINAL = (".", "!", "?", "»", '"', "”", "…")

_STOP = frozenset(
    "le la les l de d du des un une et à au aux en pour sur dans par avec ce cet cette ces qui que "
    "qu est sont a ont s n ne pas y se sa son ses leur leurs il elle ils elles on ou où mais plus "
    "el los las del y en por para con un una que es the a an of to in on for and is are".split()
)


@dataclass(frozen=True, slots=True)
class Kind:
    """What :func:`unit_kind` found: the ``kind`` and, for a date line, its ISO ``date`` and
    the ``author`` named before the date ("Prénom Nom, 3 mai 2021")."""

    kind: str
    date: str | None = None
    author: str | None = None


def _alt(patterns: list[str], flags: int = regex.I | regex.V0) -> regex.Pattern[str]:
    return regex.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", flags)


@dataclass(frozen=True, slots=True)
class _Data:
    cap_max: int
    cap_end: Alternation
    cap_start: Alternation
    cap_bracket_label: regex.Pattern[str]
    cap_credit_line: regex.Pattern[str]
    media: Alternation
    site: Alternation
    symbol: Alternation
    signature: Alternation
    menu_sep: regex.Pattern[str]
    menu_hint: re.Pattern[str] | None  # None: no gate for this separator
    menu_item_words: int
    menu_item_len: int
    menu_max: int
    dl_max: int
    dl_other: int
    dl_time: regex.Pattern[str]
    dl_relative: regex.Pattern[str]
    dl_words: frozenset[str]
    st_max: int
    st_start: regex.Pattern[str]
    st_end: regex.Pattern[str]
    st_label: regex.Pattern[str]
    pr_max: int
    pr_ratio: float
    pr_strong: frozenset[str]
    pr_weak: frozenset[str]
    pr_imperatives: regex.Pattern[str]
    pr_imp_max: int
    pr_imp_first: frozenset[str] | None  # None: an imperative is empty, no gate
    pr_strong_content: frozenset[str]
    pr_phrases: Alternation
    comments: Alternation
    comments_max: int
    paywall: Alternation
    paywall_max: int


@cached
def _data() -> _Data:
    d = read_json("boilerplate/kinds.json")
    cap, dl, st, pr, mn = d["caption"], d["dateline"], d["stamped_headline"], d["prompt"], d["menu"]
    by = read_json("boilerplate/bylines.json")
    dl_words = {w.lower() for w in dl["words"]} | {w.lower() for w in dl.get("days", ())}
    dl_words |= {w.lower() for w in by["months"]} | {w.lower() for w in by.get("byline_words", ())}
    return _Data(
        cap_max=int(cap["max_len"]),
        cap_end=Alternation(cap["end"], suffix=r"\s*\Z", at_end=True),
        cap_start=Alternation(cap["start"]),
        cap_bracket_label=regex.compile(
            r"\[\s*(?:vid[ée]os?|photos?|exclusif|exclusive|direct|live|infographie|audio|podcast|tribune|"
            r"opinion|analyse|interview|entretien|reportage|update|mise à jour)\s*\]\s*\Z", regex.I),
        cap_credit_line=regex.compile("(?:" + cap["credit_line"] + r")\s*\Z", regex.I | regex.V0),
        media=Alternation(d["media"]["patterns"], suffix=r"\Z"),
        site=Alternation(d["site"]["patterns"], suffix=r"\Z"),
        symbol=Alternation(d["symbol"]["patterns"], suffix=r"\Z"),
        signature=Alternation(d["signature"]["patterns"], suffix=r"\Z"),
        menu_sep=regex.compile(mn["separator"]),
        menu_hint=_MENU_HINT if mn["separator"] == _MENU_SEP_GATED else None,
        menu_item_words=int(mn["max_item_words"]),
        menu_item_len=int(mn["max_item_len"]),
        menu_max=int(mn["max_len"]),
        dl_max=int(dl["max_len"]),
        dl_other=int(dl["max_other"]),
        dl_time=regex.compile(dl["time"], regex.I),
        dl_relative=_alt(dl["relative"]),
        dl_words=frozenset(dl_words),
        st_max=int(st["max_len"]),
        st_start=regex.compile(st["start"], regex.I),
        st_end=regex.compile("(?:" + st["end"] + r")\Z", regex.I),
        st_label=regex.compile(st["label"], regex.I),
        pr_max=int(pr["max_len"]),
        pr_ratio=float(pr["ratio"]),
        pr_strong=frozenset(w.lower() for w in pr["strong"]),
        pr_weak=frozenset(w.lower() for w in pr["weak"]),
        pr_imperatives=regex.compile(
            "(?:" + "|".join(regex.escape(w) for w in sorted({w.lower() for w in pr["imperatives"]}, key=len, reverse=True))
            + r")(?!\p{L})"),
        pr_imp_max=int(pr["imperative_max_len"]),
        pr_imp_first=(None if any(not w for w in pr["imperatives"])
                      else frozenset(w.lower()[:1] for w in pr["imperatives"])),
        pr_strong_content=frozenset(w.lower() for w in pr["strong"]) - _STOP,
        pr_phrases=Alternation(pr["phrases"], suffix=r"\s*[.!?:…]*\Z"),
        comments=Alternation(d["comments_heading"]["patterns"], suffix=r"\Z"),
        comments_max=int(d["comments_heading"]["max_len"]),
        paywall=Alternation(d["paywall_heading"]["patterns"], suffix=r"\Z"),
        paywall_max=int(d["paywall_heading"]["max_len"]),
    )


def words_of(text: str) -> list[str]:
    """Lower-case letter runs of ``text`` (hyphens and apostrophes split words)."""
    return [w.lower() for w in _WORD.findall(text, None, None, False, False)]


#: :func:`words_of` of the texts seen, as tuples: a unit's words are read by the prompt test,
#: the caption shapes and the structure's word sets; they are found once. Bounded; forgotten
#: by ``langid.clear_cache`` (a per-text cache).
_WORDS: dict[str, tuple[str, ...]] = {}
_WORDS_MAX = 16384


def _lower_words(text: str) -> tuple[str, ...]:
    """``tuple(words_of(text))``. ``str.lower`` maps every character it changes to one
    character, a letter exactly when the original is one (checked over every code point by the
    tests), except U+0130 (two characters) and U+03A3 (its lower case depends on the next
    letter): without those, the letter runs of the lower-cased text are the lower-cased letter
    runs, found in one regex call."""
    if "\u0130" in text or "\u03a3" in text:
        return tuple([w.lower() for w in _WORD.findall(text, None, None, False, False)])
    return tuple(_WORD.findall(text.lower(), None, None, False, False))


def unit_words(text: str) -> tuple[str, ...]:
    """:func:`words_of` ``text``, as a tuple, remembered (the same text is read by several
    tests)."""
    ws = _WORDS.get(text)
    if ws is None:
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        ws = _WORDS[text] = _lower_words(text)
    return ws


register_cache(_WORDS.clear)


def _is_caption(s: str, d: _Data) -> bool:
    if len(s) > d.cap_max or len(s.split()) < 2:
        return False
    if "[" in s and d.cap_bracket_label.search(s, None, None, False):  # the label opens with a bracket
        return False
    if d.cap_start.matches(s):
        return True
    # A credit is short: look at the end only.
    if not d.cap_end.matches(s, max(0, len(s) - 140)):
        return False
    # A quotation with its speaker ending with an agency tag is article text, not a caption.
    return not _SPEECH.search(s, None, None, False)


#: The menu separator of ``kinds.json`` that :data:`_MENU_HINT` gates, and what every match
#: of it holds: a pipe or one of the other marks, a blank other than the space (``\s`` of the
#: regex module, listed; checked over every code point by the tests), or two spaces.
_MENU_SEP_GATED = r"\s{2,}|\s+[|•·/›»>]\s+|\s*\|\s*"
_MENU_HINT = re.compile("[|•·/›»>\t\n\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|  ")


def _is_menu(s: str, d: _Data) -> bool:
    if len(s) > d.menu_max:
        return False
    if d.menu_hint is not None and d.menu_hint.search(s) is None:
        return False  # no separator: one item
    parts = d.menu_sep.split(s, 0, False)
    if len(parts) < 2:
        return False  # no separator: one item
    items = [x for x in map(str.strip, parts) if x]
    if len(items) < 2:
        return False
    for it in items:
        if len(it) > d.menu_item_len or len(it.split()) > d.menu_item_words or it.endswith((".", "!", "?")):
            return False
    return True


#: A person's name opening a date line ("Prénom Nom, lundi 3 mai 2021", "Prénom Nom 3 mai 2021 ...").
_LEAD_NAME = regex.compile(
    r"(?P<a>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*[,|·–-]?\s+"
    r"(?=(?:le\s+)?(?:\d|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b))")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_MAY_DATE_WORDS = ("il y a", "hier", "aujourd", "hace", "ayer", "hoy", "ago", "today", "yesterday", "منذ")
_MAY_DATE = regex.compile(r"\d|" + "|".join(_MAY_DATE_WORDS), regex.I)
_DIGIT = regex.compile(r"\d")


def _may_date(s: str) -> bool:
    """``_MAY_DATE.search(s)``, with most lines answered by C substring tests: a digit (the
    regex's own digit class), else a word of :data:`_MAY_DATE_WORDS` in ``s.casefold()``. Every
    character the pattern's letters match case-insensitively folds to that letter (checked
    over every code point by the tests) except U+0130, which sends the line to the pattern;
    a word found in the folded text is confirmed by the pattern."""
    if _DIGIT.search(s, None, None, False) is not None:
        return True
    if "\u0130" not in s:
        f = s.casefold()
        if not ("il y a" in f or "hier" in f or "aujourd" in f or "hace" in f or "ayer" in f or "hoy" in f
                or "ago" in f or "today" in f or "yesterday" in f or "منذ" in f):
            return False
    return _MAY_DATE.search(s, None, None, False) is not None


def _dateline(s: str, d: _Data) -> Kind | None:
    if len(s) > d.dl_max or not _may_date(s):
        return None
    # Every date pattern and _YEAR hold a year, "19" or "20" then two digits: a line with
    # neither pair of digits needs none of them (blanks put in by a replacement make none).
    dated = "19" in s or "20" in s
    date = parse_date(s) if dated else None
    rest = s
    found = date is not None
    if dated:
        for _name, pat in _bylines().dates:
            rest = pat.sub(" ", rest, 0, None, None, False)
    rest2 = d.dl_time.sub(" ", rest, 0, None, None, False)
    found = found or rest2 != rest
    rest3 = d.dl_relative.sub(" ", rest2, 0, None, None, False)
    found = found or rest3 != rest2
    if not found:
        return None
    if dated:
        rest3 = _YEAR.sub(" ", rest3, 0, None, None, False)
    other = [w for w in words_of(rest3) if w not in d.dl_words and len(w) > 1]
    if len(other) > d.dl_other:
        return None
    m = _LEAD_NAME.match(s, None, None, False)
    return Kind("dateline", date, m.group("a") if m else None)


def _is_stamped(s: str, d: _Data) -> bool:
    if len(s) > d.st_max or s.endswith((".", "!")):
        return False
    m = d.st_start.match(s, None, None, False) or d.st_label.match(s, None, None, False)
    if m and len(words_of(s[m.end():])) >= 2:
        return True
    m = d.st_end.search(s, None, None, False)
    return bool(m and len(words_of(s[:m.start()])) >= 2)


def _headline_before_stamp(s: str, d: _Data) -> bool:
    """A stamped line whose text before the stamp is a headline (three words or more that are
    not date-line words), not a date line ending with its time."""
    m = d.st_end.search(s, None, None, False)
    if not m:
        return d.st_start.match(s, None, None, False) is not None
    return sum(1 for w in words_of(s[:m.start()]) if w not in d.dl_words and len(w) > 1) >= 3


def _is_prompt(s: str, d: _Data) -> bool:
    if len(s) > d.pr_max:
        return False
    body = _BULLET.sub("", s, 0, None, None, False) if s[0] in _BULLET_FIRST else s
    if d.pr_phrases.matches(body):
        return True
    if _QUOTE.search(body, None, None, False):
        return False  # a quotation is said by someone: no prompt by imperative or by words
    # An imperative opens the lower-cased body: its first character is one an imperative
    # starts with (the first character of ``body.lower()`` is that of ``body[0].lower()``).
    if len(body) <= d.pr_imp_max and (d.pr_imp_first is None or body and body[0].lower()[:1] in d.pr_imp_first) \
            and d.pr_imperatives.match(body.lower(), None, None, False):
        return True
    ws = unit_words(body)
    if d.pr_strong_content.isdisjoint(ws):
        return False  # no strong prompt word outside the stop words
    content = [w for w in ws if w not in _STOP]
    hits = sum(1 for w in content if w in d.pr_strong or w in d.pr_weak)
    return hits >= d.pr_ratio * len(content)


def unit_kind(text: str) -> Kind | None:
    """The furniture kind of one unit (stripped text), or ``None``.

    >>> unit_kind("Un char lors d'un défilé à Alger. (Photo : DR)").kind
    'caption'
    >>> unit_kind("Le 3 avril 2024 à 09h15")
    Kind(kind='dateline', date='2024-04-03', author=None)
    >>> unit_kind("Vous devez être connecté pour publier un commentaire.").kind
    'prompt'
    >>> unit_kind("Le Maroc a reçu ses premiers drones.") is None
    True
    """
    s = text.strip()
    if not s:
        return None
    d = _data()
    if len(s) <= 300 and d.media.matches(s):
        return Kind("media")
    if len(s) <= 80 and d.site.matches(s):
        return Kind("site")
    if len(s) <= 40 and d.symbol.matches(s):
        return Kind("symbol")
    if len(s) <= 40 and d.signature.matches(s):
        return Kind("signature")
    stamped = _is_stamped(s, d)
    k = _dateline(s, d)
    if k is not None and not (stamped and _headline_before_stamp(s, d)):
        return k
    if stamped:
        return Kind("stamped")
    if _is_caption(s, d):
        return Kind("caption")
    if _is_prompt(s, d):
        return Kind("prompt")
    if _is_menu(s, d):
        return Kind("menu")
    return None


def is_credit_line(text: str) -> bool:
    """``True`` for a photo credit alone on its line ("© X / Agence", "(Photo : X)")."""
    s = text.strip()
    return len(s) <= 90 and bool(_data().cap_credit_line.match(s, None, None, False))


def is_comments_heading(text: str) -> bool:
    """``True`` for a heading that opens the readers' comments ("Commentaires (3)")."""
    s = text.strip()
    d = _data()
    return len(s) <= d.comments_max and d.comments.matches(s)


def is_paywall_opener(text: str) -> bool:
    """``True`` for a short line that names a subscription (the start of a pitch)."""
    s = text.strip()
    d = _data()
    return len(s) <= d.paywall_max and d.paywall.matches(s)


@dataclass(frozen=True, slots=True)
class _CaptionShape:
    max_len: int
    max_words: int
    tail: regex.Pattern[str]
    finite: frozenset[str]
    endings: tuple[str, ...]
    scene: regex.Pattern[str]
    scene_words: int
    position: regex.Pattern[str]
    portrait: regex.Pattern[str]


@cached
def _caption_shape() -> _CaptionShape:
    c = read_json("boilerplate/kinds.json")["caption_shape"]
    return _CaptionShape(
        max_len=int(c["max_len"]),
        max_words=int(c["max_words"]),
        tail=regex.compile(_alt(c["tail"]).pattern + r"\s*\.\Z", regex.I | regex.V0),
        finite=frozenset(w.lower() for w in c["finite"]),
        endings=tuple(c["finite_endings"]),
        scene=_alt(c["scene"]),
        scene_words=int(c["scene_max_words"]),
        position=_alt(c["position"]),
        portrait=regex.compile("(?:" + c["portrait"] + r")\s*\Z", regex.I | regex.V0),
    )


def _finite(ws: tuple[str, ...], c: _CaptionShape) -> bool:
    return any(w in c.finite or (len(w) > 5 and w.endswith(c.endings)) for w in ws)


def caption_shaped(text: str) -> bool:
    """``True`` for a photo caption with no credit: a short sentence closing on a comma and a
    time, maybe a place ("Le ministre lors de la cérémonie, mardi à Bamako."), or a name and
    its role alone ("Le général X Y, chef d'état-major des armées."), with no quote, no
    pronoun subject and no auxiliary or tensed verb of reported news ("a annoncé", "sera",
    "-ait"); or a short line with a position mark ("X (à gauche) et Y à Rabat"). Shape only: the caller decides by place (a caption sits before the article's last
    paragraph). Data: ``caption_shape`` in ``resources/boilerplate/kinds.json``.

    >>> caption_shaped("Le ministre lors de la cérémonie, mardi à Bamako.")
    True
    >>> caption_shaped("Le ministre a inauguré la base, mardi à Bamako.")
    False
    """
    s = text.strip()
    c = _caption_shape()
    if len(s) > c.max_len or _QUOTE.search(s, None, None, False):
        return False
    ws = unit_words(s)
    if not 3 <= len(ws) <= c.max_words:
        return False
    if c.position.search(s, None, None, False):
        return True  # "(à gauche)": only a caption points at a picture
    if not s.endswith(".") or _finite(ws, c):
        return False
    return bool(c.tail.search(s, max(0, len(s) - 110), None, False) or c.portrait.match(s, None, None, False))


def reads_as_report(text: str) -> bool:
    """``True`` for a piece longer than any caption shape that carries a tensed verb of
    reported news ("a annoncé", "sera livré", "-ait"): an article's paragraph, even when a
    photo credit sits right below it (the picture was placed between two paragraphs).
    Data: ``caption_shape`` in ``resources/boilerplate/kinds.json`` (``max_len``, ``finite``,
    ``endings``).

    >>> reads_as_report("Le ministre lors de la cérémonie, mardi à Bamako.")
    False
    >>> reads_as_report("Le ministère de la Défense a annoncé mardi la commande de douze "
    ...                 "hélicoptères de transport, qui seront livrés à partir de 2027 aux "
    ...                 "forces aériennes, selon un communiqué publié à l'issue du conseil.")
    True
    """
    s = text.strip()
    c = _caption_shape()
    return len(s) > c.max_len and _finite(unit_words(s), c)


def caption_scene(text: str) -> bool:
    """``True`` for a caption that names its scene with no credit and no tensed verb, with or
    without a full stop ("Le commandant lors de la remise des véhicules à Abidjan"). A title
    can read the same way: the caller only asks below the title.

    >>> caption_scene("Le commandant lors de la remise des véhicules à Abidjan")
    True
    >>> caption_scene("Le commandant a parlé lors de la remise des véhicules")
    False
    >>> caption_scene("Le chef d'état-major remet les nouveaux véhicules aux unités lors de la cérémonie à Bamako.")
    False
    """
    s = text.strip()
    c = _caption_shape()
    if len(s) > c.max_len or s.endswith((":", ";", ",", "?", "!", "…", "...")) or _QUOTE.search(s, None, None, False):
        return False
    ws = unit_words(s)
    if not 4 <= len(ws) <= c.scene_words or _finite(ws, c):
        return False
    # With a full stop it could be a short sentence in the present tense: only a short one.
    if s.endswith(_TERMINAL) and len(ws) > 12:
        return False
    return bool(c.scene.search(s, None, None, False))


def date_words() -> frozenset[str]:
    """Lower-case words a date line is made of besides its date (months, days, "publié",
    "mis à jour" ...): the words that do not tell what an article is about."""
    return _data().dl_words
