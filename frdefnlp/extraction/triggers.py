"""Step 1 of events: find the trigger words of each event type in a sentence.

Triggers are data (``resources/events/triggers.json``): per event type, forms by lemma and
nominalisation (``achet*``, ``acquisition*``, ``s' est rendu*``, ``en visite``), each with a
*frame* (which position or preposition gives which role, see :mod:`.arguments`) and the stage
(status) the word states. Status modifiers (negation, cancellation, plans, talks) are the cue
lists of ``resources/events/lexicon.json``.

Matching runs over the document's tokens, accent-folded: each token looks up the forms that
start with it (exact word, or its first three letters for prefix forms) and checks the few
candidates, so the cost is linear in the tokens times the (bounded) number of forms sharing a
first word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._resources import cached, read_json
from .._text import fold_tokens

#: words whose three-letter head is shared by too many forms are still exact-checked
_PREFIX_KEY = 3


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger occurrence: type, frame, stated status, token range ``[tok, tok_end)`` and
    character range ``[start, end)`` in the document text."""

    type: str
    frame: str
    status: str
    tok: int
    tok_end: int
    start: int
    end: int
    form: str


def _split_form(form: str) -> tuple[str, ...]:
    # "d' achat" and "d'achat" are the same tokens: the tokenizer keeps the apostrophe on
    # the elided word
    out: list[str] = []
    for part in form.split():
        while "'" in part[:-1]:
            i = part.index("'")
            out.append(part[: i + 1])
            part = part[i + 1:]
        if part:
            out.append(part)
    return tuple(out)


def _tok_match(pat: str, word: str) -> bool:
    if pat.endswith("*"):
        return word.startswith(pat[:-1])
    return word == pat


class _Index:
    """Forms indexed by their first token (exact word, or first letters of a prefix form)."""

    def __init__(self, entries: Sequence[tuple[tuple[str, ...], Any]]) -> None:
        self.exact: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.prefix: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for pats, payload in entries:
            first = pats[0]
            if first.endswith("*") and len(first) - 1 >= _PREFIX_KEY:
                self.prefix.setdefault(first[:_PREFIX_KEY], []).append((pats, payload))
            else:
                self.exact.setdefault(first.rstrip("*"), []).append((pats, payload))

    def at(self, words: Sequence[str], i: int) -> list[tuple[int, Any, tuple[str, ...]]]:
        """``(length, payload, pattern)`` of every form matching at ``words[i]``; the length
        counts the inner words passed over (see :func:`_match_len`).

        A one-word form is decided here without :func:`_match_len`: one under the exact
        table's key ``words[i]`` matches (its word is ``words[i]``, or a prefix form that
        ``words[i]`` starts with), one under the prefix table's key matches when the word
        starts with its letters (or is its word). Same results, a third of the calls."""
        w = words[i]
        out = []
        for pats, payload in self.exact.get(w, ()):
            n = 1 if len(pats) == 1 else _match_len(pats, words, i)
            if n:
                out.append((n, payload, pats))
        for pats, payload in self.prefix.get(w[:_PREFIX_KEY], ()):
            if len(pats) == 1:
                p = pats[0]
                if w.startswith(p[:-1]) if p[-1] == "*" else w == p:
                    out.append((1, payload, pats))
                continue
            n = _match_len(pats, words, i)
            if n:
                out.append((n, payload, pats))
        return out


#: at most this many inner words (dates, adverbs, commas) inside one multi-word form
_MAX_INNER = 3


@cached
def _inner_words() -> frozenset[str]:
    """Words that may stand inside a multi-word form ("a pris jeudi livraison", "a reçu, mardi,
    en audience"): ``inner_skip`` of resources/events/triggers.json."""
    return frozenset(trigger_data().get("inner_skip", ()))


def _match_len(pats: Sequence[str], words: Sequence[str], i: int) -> int:
    """Tokens covered by form ``pats`` matching at ``words[i]`` (0 if it does not match).
    Between two of its words, up to :data:`_MAX_INNER` inner words are passed over."""
    n = len(words)
    if i + len(pats) > n or not _tok_match(pats[0], words[i]):
        return 0
    if len(pats) == 1:
        return 1
    pos = i + 1
    skipped = 0
    inner = _inner_words()
    for p in pats[1:]:
        while pos < n and skipped < _MAX_INNER and words[pos] in inner and \
                not _tok_match(p, words[pos]):
            pos += 1
            skipped += 1
        if pos >= n or not _tok_match(p, words[pos]):
            return 0
        pos += 1
    return pos - i


@cached
def trigger_data() -> dict[str, Any]:
    """The trigger file (resources/events/triggers.json), loaded once."""
    return read_json("events/triggers.json")


@cached
def _indexes() -> tuple[_Index, _Index]:
    data = trigger_data()
    forms, nots = [], []
    for k, entry in enumerate(data["triggers"]):
        for f in entry["forms"]:
            forms.append((_split_form(f), k))
        for f in entry.get("not", ()):
            nots.append((_split_form(f), k))
    return _Index(forms), _Index(nots)


def folded_words(text: str, tokens: Sequence[Any]) -> list[str]:
    """Accent-folded lowercase text of each token (one pass; one string a distinct text)."""
    return fold_tokens(tokens)


def _local(words: Sequence[str], lo: int, hi: int) -> tuple[Sequence[str], int]:
    """``(seq, shift)`` with ``seq[i - shift] == words[i]`` for every ``i`` in ``[lo, hi)``
    and every later index of ``seq``; past the end of ``seq``, ``words`` holds only ``""``,
    which no form matches. A window's words (``_WindowWords`` of :mod:`frdefnlp.extraction`)
    give their plain list: the scans below index it directly instead of through a Python
    ``__getitem__`` (three quarters of the time of ``events`` on a long text went there)."""
    local = getattr(words, "local", None)
    if local is None:
        return words, 0
    seq, shift = local()
    if lo < shift or hi > shift + len(seq):
        return words, 0
    return seq, shift


def find_triggers(words: Sequence[str], tokens: Sequence[Any], lo: int, hi: int) -> list[Trigger]:
    """Triggers among tokens ``[lo, hi)``: at each position the longest form of each entry,
    unless one of the entry's ``not`` forms matches there. Sorted by position."""
    data = trigger_data()["triggers"]
    forms, nots = _indexes()
    out: list[Trigger] = []
    covered_until: dict[str, int] = {}  # type -> token index up to which a trigger spans
    seq, shift = _local(words, lo, hi)
    for i in range(lo, hi):
        hits = forms.at(seq, i - shift)
        if not hits:
            continue
        blocked = {k for _, k, _ in nots.at(seq, i - shift)}
        best: dict[int, tuple[int, tuple[str, ...]]] = {}
        for n, k, pats in hits:
            if k in blocked or i + n > hi:
                continue
            if i > lo and seq[i - 1 - shift] in data[k].get("not_after", ()):
                continue  # "les moteurs qui équipent les Rafale": a description, no sale
            if k not in best or n > best[k][0]:
                best[k] = (n, pats)
        for k, (n, pats) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            entry = data[k]
            t = entry["type"]
            if covered_until.get(t, -1) > i:
                continue  # inside a longer trigger of the same type
            covered_until[t] = i + n
            out.append(Trigger(t, entry["frame"], entry["status"], i, i + n, tokens[i].start,
                               tokens[i + n - 1].end, " ".join(pats)))
    return out


@cached
def company_forms() -> frozenset[str]:
    """Trigger forms (as in :attr:`Trigger.form`) of the entries marked ``needs_company``:
    words too common to make an event without a company named in their sentence."""
    return frozenset(" ".join(_split_form(f)) for entry in trigger_data()["triggers"]
                     if entry.get("needs_company") for f in entry["forms"])


@cached
def abroad_forms() -> frozenset[str]:
    """Trigger forms of the entries marked ``needs_abroad``: presence and attendance words
    ("a pris part à", "se trouve à") that make a visit only with a host of another country."""
    return frozenset(" ".join(_split_form(f)) for entry in trigger_data()["triggers"]
                     if entry.get("needs_abroad") for f in entry["forms"])


@cached
def after_forms() -> frozenset[str]:
    """Trigger forms of the entries marked ``systems_after``: only systems after them are
    theirs."""
    return frozenset(" ".join(_split_form(f)) for entry in trigger_data()["triggers"]
                     if entry.get("systems_after") for f in entry["forms"])


# --------------------------------------------------------------------------- status cues

@cached
def lexicon() -> dict[str, Any]:
    """Status cues, equipment words, domains, visit purposes (resources/events/lexicon.json)."""
    return read_json("events/lexicon.json")


@cached
def _status_index() -> _Index:
    entries = []
    for name, cues in lexicon()["status"].items():
        for cue in cues:
            c = cue.strip()
            pats = _split_form(c)
            # a cue written without a space is a word prefix (historic lexicon convention)
            if len(pats) == 1 and not c.endswith("*") and not cue.endswith(" "):
                pats = (pats[0] + "*",)
            entries.append((pats, name))
    return _Index(entries)


def status_cues(words: Sequence[str], lo: int, hi: int) -> dict[str, int]:
    """Modality cue names (negation, cancel, planned, negotiating, reported ...) found among
    tokens ``[lo, hi)``, each with the token index of its first occurrence."""
    idx = _status_index()
    out: dict[str, int] = {}
    seq, shift = _local(words, lo, hi)
    for i in range(lo, hi):
        for _, name, _ in idx.at(seq, i - shift):
            if name not in out:
                out[name] = i
    return out


@cached
def _equipment_index() -> _Index:
    entries = []
    for phrase, cat in lexicon()["equipment"].items():
        entries.append((_split_form(phrase), cat))
    return _Index(entries)


def equipment_phrases(words: Sequence[str], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Generic equipment phrases (``drones kamikazes``, ``patrouilleurs``) among tokens
    ``[lo, hi)`` as ``(tok, tok_end, category)``, longest at each position, not overlapping."""
    idx = _equipment_index()
    out = []
    seq, shift = _local(words, lo, hi)
    i = lo
    last = lo
    while i < hi:
        hits = [h for h in idx.at(seq, i - shift) if i + h[0] <= hi]
        if hits:
            n, cat, _ = max(hits, key=lambda h: h[0])
            j = _complement_end(seq, i + n - shift, hi - shift) + shift
            a = i
            if i - 2 >= last and seq[i - 1 - shift] in ("et", "ou") and \
                    seq[i - 2 - shift] in _BARE_NOUNS:
                a = i - 2  # "avions et hélicoptères militaires": one phrase
            out.append((a, j, cat))
            last = i = j
        else:
            i += 1
    return out


#: plural equipment nouns that are no equipment phrase alone but join a coordinated one
_BARE_NOUNS = frozenset({"avions", "navires", "bateaux", "engins", "vehicules", "appareils",
                         "systemes", "equipements", "materiels", "armes", "munitions", "drones",
                         "helicopteres", "chars", "blindes", "missiles", "radars", "canons",
                         "camions"})
_ADJ_ENDINGS = ("ien", "ienne", "iens", "iennes", "ique", "iques", "aire", "aires", "al", "ale",
                "ales", "aux", "if", "ive", "ifs", "ives", "lourd", "lourde", "lourds",
                "lourdes", "leger", "legere", "legers", "legeres", "moyen", "moyens",
                "moyenne", "moyennes", "iere", "ieres", "ier", "iers")  # "côtière"
_NOT_ADJ = frozenset({"aux", "au", "janvier", "fevrier", "premier", "premiers", "dernier",
                      "derniers", "hier", "entier", "entiers"})
_COMPLEMENT_HEADS = frozenset({"haute", "combat", "attaque", "interception", "surveillance",
                               "transport", "patrouille", "reconnaissance", "defense",
                               "entrainement", "appui", "artillerie", "infanterie", "assaut",
                               "chasse", "guerre", "soutien", "ravitaillement", "observation"})


def _complement_end(words: Sequence[str], j: int, hi: int) -> int:
    """End of an equipment phrase with its adjectives and ``de`` complement ("munitions
    aériennes lourdes", "patrouilleur de haute mer"): at most three more words."""
    start = j
    while j < hi and j - start < 3:
        w = words[j]
        if w.endswith(_ADJ_ENDINGS) and w.isalpha() and w not in _NOT_ADJ:
            j += 1
        elif w in ("de", "d'") and j + 1 < hi and words[j + 1] in _COMPLEMENT_HEADS:
            j += 2
            if j < hi and words[j] in ("mer", "portee", "altitude", "intensite") and \
                    words[j - 1] == "haute":
                j += 1
        else:
            break
    return j
