"""``clean``: the article out of a scraped page, every removed piece with its reason.

The decision runs in stages, each cheaper and surer than the next:

1. **structure**: the page is cut into units (:mod:`.segment`); ticker lines become one unit
   a headline, all removed as ``ticker``; a unit that is only markup is ``markup``;
2. **phrases** (:mod:`.rules`, data in ``resources/boilerplate/``): bylines and date lines
   (``byline``, parsed into the metadata), ``source_link``, ``read_more``, ``share``,
   ``tags``, ``related_heading``, ``ui``;
3. **blocks**: the teasers under a related-article heading (``related``), the one teaser
   under a bare "Lire aussi" (``read_more``);
4. **language**: a unit confidently in a language outside ``languages`` (``language``);
5. **classifier** (:mod:`.model`): what is left is scored; a unit is removed (``classifier``)
   only when the model is sure, kept and marked ``doubtful`` when it hesitates. Losing
   article text is the worst error, so the default is to keep.

The article's own title stays in ``text`` as its first line and is also returned as
``metadata.title``. Cost: linear in the page (one pass to segment, constant work per unit;
langdetect only runs on short units the cheap evidence cannot place).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import regex

from .._text import ensure_text
from ..errors import InputTypeError, InputValueError
from ..types import CleanResult, Metadata, OffsetMap, make_segment
from .features import page_features
from .html import clean_html, should_extract
from .kinds import KINDS, is_credit_line, reads_as_report, unit_kind
from .langid import PLAUSIBLE, candidates, guess_language, register_cache
from .model import load_model
from .rules import Byline, furniture_reason, is_read_more_heading, parse_byline, source_from_share
from .segment import Unit, segment_page
from .structure import PLACE_REASONS, reads_as_sentence, structure_pass

__all__ = ["CleanOptions", "clean", "clean_page", "REASONS", "Analysis", "analyse"]

#: Every reason a segment can be removed for (``Segment.reason``); see docs/clean.md.
REASONS: tuple[str, ...] = (
    "ticker", "markup", "byline", "source_link", "read_more", "share", "tags",
    "related_heading", "related", "ui", "language", "classifier",
    *KINDS, *PLACE_REASONS, "recurring",
)

_ELLIPSIS = ("...", "…", "..")
#: A person's name: two to four capitalised words (particles allowed), nothing else.
_NAME = regex.compile(
    r"\A\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|du|des|le|la|van|von|ben|bin|el|al|da|di|dos)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}\Z")
#: A unit this long that does not end in an ellipsis ends a related-article block.
TEASER_MAX = 450
#: A unit this long (and decided by nothing else) counts as article text for structure;
#: shorter ones count when they end like a sentence. Two such units must come before a
#: related-article heading for it to open a block.
BODY_MIN = 200


@dataclass(frozen=True, slots=True)
class CleanOptions:
    """Options of :func:`clean`.

    ``remove_threshold``: classifier probability of furniture above which an undecided unit
    is removed; ``doubt_threshold``: above it, the unit is kept but marked ``doubtful``.
    ``use_classifier=False`` keeps everything the rules do not name. ``related_blocks=False``
    keeps teasers under related-article headings (the headings still go). ``min_lang_score``:
    how sure the language guess must be before a unit is removed for its language.
    """

    remove_threshold: float = 0.85
    doubt_threshold: float = 0.5
    use_classifier: bool = True
    related_blocks: bool = True
    min_lang_score: float = 0.7

    def __post_init__(self) -> None:
        for name in ("remove_threshold", "doubt_threshold", "min_lang_score"):
            v = getattr(self, name)
            if not isinstance(v, (int, float)) or not 0.0 <= float(v) <= 1.0:
                raise InputValueError(f"CleanOptions.{name} must be a number in [0, 1], got {v!r}")
        if self.doubt_threshold > self.remove_threshold:
            raise InputValueError("CleanOptions.doubt_threshold must not exceed remove_threshold")


@dataclass(slots=True)
class Analysis:
    """The intermediate state of one page: units, rule reasons, languages, bylines.

    Exposed for the training command, which must compute features exactly as :func:`clean`
    does.
    """

    units: list[Unit]
    reasons: list[str | None]
    langs: list[str | None]
    lang_scores: list[float]
    bylines: dict[int, object] = field(default_factory=dict)
    title: int | None = None
    core: tuple[int, int] | None = None


def _check_languages(languages: Iterable[str]) -> tuple[str, ...]:
    if isinstance(languages, str):
        languages = (languages,)
    try:
        langs = tuple(languages)
    except TypeError:
        raise InputTypeError(f"languages must be an iterable of ISO 639-1 codes, got {languages!r}") from None
    if not langs or not all(isinstance(x, str) and 2 <= len(x) <= 3 and x.isalpha() for x in langs):
        raise InputValueError(f"languages must be ISO 639-1 codes such as ('fr',) or ('fr', 'es'), got {langs!r}")
    return tuple(x.lower() for x in langs)


#: A unit this long or shorter has its own decision cached across pages (every rule and kind
#: looks at units of at most 320 characters; longer ones are decided in microseconds).
_CACHED_MAX = 320


@functools.lru_cache(maxsize=16384)
def _cached_line_decision(text: str) -> tuple[str | None, Byline | None]:
    """:func:`_line_decision`, remembered: the furniture of a site (menus, footers, share
    prompts, bylines) repeats from page to page. Bounded; forgotten by ``langid.clear_cache``."""
    return _line_decision(text)


register_cache(_cached_line_decision.cache_clear)


def _line_decision(text: str) -> tuple[str | None, Byline | None]:
    """The reason a unit's text alone gives (byline, a phrase rule, a furniture kind) and the
    byline it carries, or ``(None, None)``."""
    b = parse_byline(text)
    if b is not None:
        return "byline", b
    reason = furniture_reason(text)
    if reason is not None:
        return reason, None
    k = unit_kind(text)
    if k is None:
        return None, None
    return k.kind, (Byline(k.date, k.author, None)
                    if k.date is not None or k.author is not None else None)


def analyse(raw: str, languages: tuple[str, ...], options: CleanOptions) -> Analysis:
    """Stages 1–4 of :func:`clean` (everything but the classifier)."""
    units = list(segment_page(raw))
    n = len(units)
    reasons: list[str | None] = [None] * n
    langs: list[str | None] = [None] * n
    scores: list[float] = [0.0] * n
    bylines: dict[int, object] = {}
    # A line's own decision depends on its text alone: a page that repeats a line (a menu in
    # header and footer, a run of one token) decides it once, and a short line seen on an
    # earlier page is not decided again.
    decided: dict[str, tuple[str | None, Byline | None]] = {}

    for i, u in enumerate(units):
        if u.ticker is not None:
            reasons[i] = "ticker"
            continue
        if not u.text.strip():
            reasons[i] = "markup"
            continue
        known = decided.get(u.text)
        if known is None:
            known = decided[u.text] = (
                _cached_line_decision(u.text) if len(u.text) <= _CACHED_MAX else _line_decision(u.text))
        reasons[i], b = known
        if b is not None:
            bylines[i] = b

    # Blocks: teasers under a related heading. A heading seen before any article text opens
    # no block (a "Les plus lus" box above the article must not swallow the article).
    if options.related_blocks:
        sentences_seen = 0  # undecided units that read as article sentences
        i = 0
        while i < n:
            r = reasons[i]
            if r is None and _is_sentence(units[i].text):
                sentences_seen += 1
            body_seen = sentences_seen >= 2
            if r in ("related_heading", "read_more") and is_read_more_heading(units[i].text):
                reasons[i] = "read_more"
                j = i + 1
                if j < n and reasons[j] is None and len(units[j].text) <= 200 and not units[j].text.endswith("."):
                    reasons[j] = "read_more"
                    if j + 1 < n and reasons[j + 1] is None and units[j + 1].text.endswith(_ELLIPSIS) \
                            and len(units[j + 1].text) <= TEASER_MAX:
                        reasons[j + 1] = "read_more"
                        j += 1
                i = j + 1
                continue
            if r == "related_heading" and body_seen:
                # Teasers are title lines, each followed by at most one blurb. Two
                # sentence-like pieces in a row mean the article goes on (a block in the
                # middle of the page): both are given back to the later stages.
                j = i + 1
                prev_blurb: int | None = None
                while j < n:
                    if reasons[j] is None:
                        t = units[j].text
                        if len(t) > TEASER_MAX and not t.endswith(_ELLIPSIS):
                            break
                        if _is_sentence(t) and not t.endswith(_ELLIPSIS):
                            if prev_blurb is not None:
                                reasons[prev_blurb] = None
                                break
                            prev_blurb = j
                        else:
                            prev_blurb = None
                        reasons[j] = "related"
                    j += 1
                i = j
                continue
            i += 1

    # A person's name alone next to a byline or a date line is the author's.
    for i in range(n):
        if reasons[i] is None and (
                (i > 0 and reasons[i - 1] in ("byline", "dateline")) or (i + 1 < n and reasons[i + 1] in ("byline", "dateline"))) \
                and _NAME.match(units[i].text, None, None, False):
            reasons[i] = "byline"
            bylines[i] = Byline(None, units[i].text.strip(), None)
    # A credit alone on the line right below a piece makes that piece its caption, unless
    # the piece reads as a paragraph of the report (the picture sits between paragraphs).
    for i in range(1, n):
        if reasons[i] in ("ui", "caption") and reasons[i - 1] is None \
                and raw.count("\n", units[i - 1].end, units[i].start) == 1 \
                and len(units[i - 1].text) <= 320 and is_credit_line(units[i].text) \
                and not reads_as_report(units[i - 1].text):
            reasons[i - 1] = "caption"
    st = structure_pass([u.text for u in units], reasons)
    # Language last: full effort only where the answer still matters.
    cands = candidates(languages)
    for i, u in enumerate(units):
        # Full effort where the answer matters (undecided units) or is reported (ticker
        # headlines); furniture already named gets the cheap guess only.
        full = reasons[i] is None or reasons[i] == "ticker"
        guess = guess_language(u.text, cands, not full)
        langs[i] = guess.lang
        scores[i] = guess.score
        if reasons[i] is not None or guess.lang is None or guess.lang in languages:
            continue
        sure = guess.method in ("words", "script") or len(u.text) >= 40
        if sure and guess.score >= options.min_lang_score:
            reasons[i] = "language"
    return Analysis(units, reasons, langs, scores, bylines, st.title, st.core)


def _reads_as_prose(text: str) -> bool:
    """A full sentence of five words or more. The classifier may doubt it, never remove it:
    a short last paragraph of an article looks much like a footer line to a model."""
    t = text.rstrip()
    return len(t.split()) >= 5 and t.endswith((".", "!", "?", "»", '"', "”")) and not t.endswith(_ELLIPSIS)


def _is_sentence(text: str) -> bool:
    t = text.rstrip()
    return len(t) >= BODY_MIN or (len(t) >= 60 and t.endswith((".", "!", "?", "»", '"', "”")) and not t.endswith(_ELLIPSIS))


def _page_date(a: Analysis, kept_any: bool) -> str | None:
    """The article's date: the first date line after the title (a header's "today" widget
    sits above it), else the last one at most three units above the title or the core; none
    on a page with no article."""
    if not kept_any:
        return None
    dated = [i for i in sorted(a.bylines) if a.bylines[i].date]  # type: ignore[attr-defined]
    if not dated:
        return None
    anchor = a.title if a.title is not None else (a.core[0] if a.core else None)
    if anchor is None:
        return a.bylines[dated[0]].date  # type: ignore[attr-defined]
    after = [i for i in dated if i > anchor]
    if after:
        return a.bylines[after[0]].date  # type: ignore[attr-defined]
    near = [i for i in dated if anchor - i <= 3]
    return a.bylines[near[-1]].date if near else None  # type: ignore[attr-defined]


def _metadata(a: Analysis, title: str | None, kept_any: bool = True) -> Metadata:
    date = _page_date(a, kept_any)
    author = source = None
    for i in sorted(a.bylines):
        b = a.bylines[i]
        author = author or b.author  # type: ignore[attr-defined]
        source = source or b.source  # type: ignore[attr-defined]
    if source is None:
        for u, r in zip(a.units, a.reasons, strict=True):
            if r == "share":
                source = source_from_share(u.text)
                if source:
                    break
    return Metadata(date=date, source=source, author=author, title=title)


def _remove_recurring(raw: str, units: list[Unit], reasons: list[str | None],
                      recurring: Callable[[str], bool]) -> None:
    """Remove the kept units whose raw line recurs on the site, unless no article paragraph
    would be left (never the whole article)."""
    drop = []
    for i, u in enumerate(units):
        if reasons[i] is not None:
            continue
        ls = raw.rfind("\n", 0, u.start) + 1
        le = raw.find("\n", u.end)
        line = raw[ls:le if le >= 0 else len(raw)]
        if recurring(line):
            drop.append(i)
    if not drop:
        return
    dropped = set(drop)
    if not any(reasons[i] is None and i not in dropped and reads_as_sentence(units[i].text) for i in range(len(units))):
        return
    for i in drop:
        reasons[i] = "recurring"


def clean(
    raw: str,
    *,
    languages: Iterable[str] = ("fr",),
    options: CleanOptions | None = None,
) -> CleanResult:
    """Return the article of a scraped page, its metadata and every removed piece.

    ``raw`` is the page text as the scraper saved it. ``languages`` are the languages the
    article may be in (segments confidently in another language are removed). See
    docs/clean.md for the reasons, the title rule and the offset map.

    >>> r = clean("Accueil > Maroc\\n\\nLe Maroc a reçu ses premiers drones.\\n\\nSuivez Le360 sur WhatsApp")
    >>> r.text
    'Le Maroc a reçu ses premiers drones.'
    >>> [(s.text, s.reason) for s in r.removed]
    [('Accueil > Maroc', 'ui'), ('Suivez Le360 sur WhatsApp', 'share')]
    """
    return clean_page(raw, languages=languages, options=options)


def clean_page(
    raw: str,
    *,
    languages: Iterable[str] = ("fr",),
    options: CleanOptions | None = None,
    recurring: Callable[[str], bool] | None = None,
) -> CleanResult:
    """:func:`clean` with an optional test of recurrence (corpus mode, :class:`Cleaner`).

    ``recurring(line)`` says whether a raw line recurs on the pages of the page's site; a kept
    unit whose whole line recurs is removed (reason ``recurring``), unless the page would keep
    no paragraph of article text afterwards.
    """
    raw = ensure_text(raw, "raw")
    langs = _check_languages(languages)
    opts = options if options is not None else CleanOptions()
    if not isinstance(opts, CleanOptions):
        raise InputTypeError(f"options must be CleanOptions, got {type(opts).__name__}")
    if not raw.strip():
        return CleanResult(raw=raw, text="", segments=(), metadata=Metadata(), offsets=OffsetMap())
    if should_extract(raw):  # the HTML source, not the text: extract it (offsets into the HTML)
        return clean_html(raw, lambda text: clean(text, languages=langs, options=opts))

    a = analyse(raw, langs, opts)
    units, reasons = a.units, a.reasons
    n = len(units)
    probs: list[float | None] = [None] * n
    if opts.use_classifier and any(r is None for r in reasons):
        model = load_model()
        todo = [i for i in range(n) if reasons[i] is None]
        feats = page_features([u.text for u in units], reasons, a.langs, langs, [u.line for u in units], todo)
        for i in todo:
            probs[i] = model.predict(feats[i])
    doubtful = [False] * n
    for i in range(n):
        p = probs[i]
        if p is None or reasons[i] is not None:
            continue
        if p >= opts.remove_threshold and not _reads_as_prose(units[i].text) and i != a.title:
            reasons[i] = "classifier"
        elif p >= opts.doubt_threshold:
            doubtful[i] = True

    # An article in another language must not vanish: when more text would go for its
    # language than stays, the page is in that language; keep it and mark it doubtful.
    # A page of teasers only (a listing) restores nothing.
    foreign = [i for i in range(n) if reasons[i] == "language"]
    if foreign and "listing" not in reasons and any(_is_sentence(units[i].text) for i in foreign) \
            and sum(len(units[i].text) for i in foreign) > sum(len(units[i].text) for i in range(n) if reasons[i] is None):
        for i in foreign:
            reasons[i] = None
            doubtful[i] = True

    if recurring is not None:
        _remove_recurring(raw, units, reasons, recurring)

    t_idx = a.title if a.title is not None and reasons[a.title] is None else None
    title = units[t_idx].text.strip() if t_idx is not None else None
    kept = [i for i in range(n) if reasons[i] is None]

    # Assemble the text: kept units in order; between two units that were neighbours in the
    # page, the page's own line breaks; where furniture was cut out between them, a paragraph
    # break. Offsets map back through the pieces.
    out: list[str] = []
    pieces: list[tuple[int, int, int, int]] = []
    olen = 0
    prev: int | None = None
    for i in kept:
        u = units[i]
        if prev is not None:
            p = units[prev]
            if p.line == u.line:
                sep = " "
            elif i > prev + 1 and any(reasons[k] is not None for k in range(prev + 1, i)):
                sep = "\n\n"
            else:
                sep = "\n" * max(1, min(raw.count("\n", p.end, u.start) or raw.count("\r", p.end, u.start), 2))
            out.append(sep)
            pieces.append((olen, olen + len(sep), p.end, u.start))
            olen += len(sep)
        delta = olen - u.pieces[0][0] if u.pieces else olen
        for cs, ce, rs, re_ in u.pieces:
            pieces.append((cs + delta, ce + delta, rs, re_))
        out.append(u.text)
        olen += len(u.text)
        prev = i
    text = "".join(out)

    # One Segment a unit, built without the frozen dataclass's per-field checks (make_segment).
    segments = tuple([
        make_segment(u.start, u.end, raw[u.start:u.end], r is None, r, lang, d, None if p is None else round(p, 4))
        for u, r, lang, d, p in zip(units, reasons, a.langs, doubtful, probs, strict=True)
    ])
    return CleanResult(
        raw=raw,
        text=text,
        segments=segments,
        metadata=_metadata(a, title, any(r is None for r in reasons)),
        offsets=OffsetMap(tuple(pieces)),
    )


__all__ += ["PLAUSIBLE"]
