"""Event extraction: who buys what from whom, for how much, when (docs/events.md).

``events(doc_or_docs)`` finds five event types in tagged French defence news:

* ARMS_TRANSFER - sale, purchase, order, delivery, negotiation, approval or offer of equipment;
* AGREEMENT - memorandum, accord, protocol, roadmap (parties, domain, signed/planned/ratified);
* VISIT - an official or delegation visit (visitor, host, city, dates, purpose);
* EXERCISE - exercises and manoeuvres, named (``EXERCISE`` entities) or by their parties;
* INDUSTRY - factories, joint ventures, local production, technology transfer.

The steps, one module each:

1. :mod:`.triggers` - trigger words by lemma and nominalisation, as data
   (``resources/events/triggers.json``), with their frame and stated status;
   :mod:`.exercises` - names of exercises and operations;
2. :mod:`.arguments` (one module per event type) - each trigger's slots from its clause (prepositions and positions of the
   frame, coordination, passives), inferences marked;
3. :mod:`.merging` - one event per happening in a document (or across documents);
4. :mod:`.output` - CSV rows with SIPRI-like columns;

and :mod:`.gate`, the learned decision: a sentence classifier (JSON weights, trained by
``python -m frdefnlp.extraction.train``) keeps or drops the mentions the rules find weak.

Cost: linear in the text. Tokens are folded once; each token looks up the few trigger forms
sharing its first letters; each entity looks back over a bounded number of tokens for its
marker; clauses end at the next trigger; merging indexes events by key (a dictionary).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .. import _windows
from ..errors import InputTypeError
from ..types import CleanResult, Document, Entity, Event, Sentence
from ._features import event_entities
from ._tok_of import TokenStarts
from .arguments import (
    Context,
    agreement_mentions,
    arms_mentions,
    company_names,
    drop_inferred,
    exercise_mentions,
    focus_parties,
    industry_mentions,
    is_party,
    nationality_entities,
    token_fix,
    visit_mentions,
)
from .arguments.transfer import destination_mentions, seller_mentions
from .exercises import exercise_names
from .gate import is_weak, sentence_probabilities
from .merging import STATUS_RANK, drop_home_production, merge
from .merging import _joined as _joined_evidence  # noqa: F401 - tests/core/test_spans.py
from .triggers import find_triggers, folded_words

__all__ = ["EventOptions", "events", "extract_document", "EVENT_TYPES", "STATUS_RANK"]

EVENT_TYPES = ("ARMS_TRANSFER", "AGREEMENT", "VISIT", "EXERCISE", "INDUSTRY")


@dataclass(frozen=True, slots=True)
class EventOptions:
    """Keyword options of :func:`events`.

    ``types``: event types to report. ``merge``: merge mentions of one event inside a
    document; ``merge_across``: also merge events of different documents (the merged event
    keeps the first document's id and lists the others in ``attrs["documents"]``).
    ``infer``: fill unstated suppliers, recipients and hosts from the system's maker and the
    document (marked ``*_inferred`` in ``attrs``); off, only what the clause states.
    ``gate``: a *weak* mention (see :func:`.gate.is_weak`: a system taken from an earlier
    sentence, generic equipment with no party stated, an unnamed exercise with no party, a
    factory with no place) is kept only when the sentence classifier
    (``resources/events/model.json``) gives its type at least this probability; None keeps
    every mention the rules find.
    """

    types: tuple[str, ...] = EVENT_TYPES
    merge: bool = True
    merge_across: bool = False
    infer: bool = True
    gate: float | None = 0.5


def _as_document(item: Any, index: int) -> Document:
    if isinstance(item, Document):
        return item if item.id is not None else replace(item, id=str(index))
    if isinstance(item, (str, CleanResult)):
        from ..tagger import tag

        doc = tag(item)
        return doc if doc.id is not None else replace(doc, id=str(index))
    raise InputTypeError(
        f"events() expects a Document, str, CleanResult or an iterable of those, "
        f"got {type(item).__name__}"
    )


def events(doc_or_docs: Any, *, options: EventOptions | None = None) -> list[Event]:
    """Events of one document or of many (``str``/``CleanResult`` inputs are tagged first).

    Events are sorted by document order, then sentence offset.

    >>> from frdefnlp.extraction import events
    >>> [e.type for e in events("Le Maroc a acheté des drones Harop à Israël.")]
    ['ARMS_TRANSFER']
    """
    opts = options or EventOptions()
    if isinstance(doc_or_docs, (Document, str, CleanResult)):
        items: Sequence[Any] = [doc_or_docs]
    elif isinstance(doc_or_docs, Iterable) and not isinstance(doc_or_docs, (bytes, Mapping)):
        items = list(doc_or_docs)
    else:
        raise InputTypeError(
            f"events() expects a Document, str, CleanResult or an iterable of those, "
            f"got {type(doc_or_docs).__name__}"
        )
    out: list[Event] = []
    for i, item in enumerate(items):
        out.extend(extract_document(_as_document(item, i), options=opts))
    if opts.merge_across and len(items) > 1:
        out = merge(out, across=True)
    return out


def extract_document(doc: Document, *, options: EventOptions | None = None) -> list[Event]:
    """Events of one tagged :class:`Document` (merged within it when ``options.merge``)."""
    opts = options or EventOptions()
    if not doc.text.strip():
        return []
    if not doc.tokens:
        from ..tagger import tag

        doc = replace(tag(doc.text), id=doc.id, metadata=doc.metadata)
    sentences = doc.sentences or (Sentence(0, len(doc.text), doc.text, 0, len(doc.tokens)),)
    plan = _windows.plan(doc.text)
    if not plan.is_long:
        return _finish(_mentions(doc, sentences, event_entities(doc), None, opts), opts)
    # A long text: each window of the tagger (a paragraph run of at most WINDOW characters)
    # is a document of its own, as in tag(); the working memory is one window's. The compact
    # entities of a windowed tag() (EntitySeq) are read one window at a time; other long
    # documents are sorted once.
    seqs = doc.entities, doc.candidates
    compact = all(isinstance(x, _windows.EntitySeq) and x.sorted for x in seqs)
    if not compact:
        ents_all = event_entities(doc)
        ent_starts = [e.start for e in ents_all]
        cands = sorted(doc.candidates, key=lambda c: c.start)
        cand_starts = [c.start for c in cands]
    sent_starts = (sentences.starts if isinstance(sentences, _windows.SentenceSeq)
                   else [s.start for s in sentences])
    out: list[Event] = []
    for a, b in plan.windows():
        i, j = bisect_left(sent_starts, a), bisect_left(sent_starts, b)
        part = _SentenceRange(sentences, i, j) if isinstance(sentences, _windows.SentenceSeq) \
            else sentences[i:j]
        if not part:
            continue
        lo_c, hi_c = part[0].start, part[-1].end
        if compact:
            window_cands = list(doc.candidates.starting_in(lo_c, hi_c))  # type: ignore[attr-defined]
            ents = event_entities(replace(doc, entities=doc.entities.starting_in(lo_c, hi_c),  # type: ignore[attr-defined]
                                          candidates=window_cands))
        else:
            ents = ents_all[bisect_left(ent_starts, lo_c):bisect_left(ent_starts, hi_c)]
            window_cands = cands[bisect_left(cand_starts, lo_c):bisect_left(cand_starts, hi_c)]
        out.extend(_finish(_mentions(doc, part, ents, window_cands, opts), opts))
    return out


#: the most tokens whose start offsets the events index in a dict (more: a TokenStarts,
#: which costs a pointer a token instead of an entry and an int object; issue 12)
_DICT_TOKENS = 2048


def _mentions(doc: Document, sentences: Sequence[Sentence], ents: list[Entity],
              candidates: Sequence[Entity] | None, opts: EventOptions) -> list[Event]:
    """Event mentions of ``sentences`` (all of a document's, or one window's), before merging.
    Per-token tables cover only those sentences' tokens (a long text's memory stays one
    window's); ``words`` keeps global token indices, blank outside the window."""
    lo, hi = sentences[0].token_start, sentences[-1].token_end
    tokens = doc.tokens
    if lo == 0 and hi == len(tokens):
        words = folded_words(doc.text, tokens)
    else:
        words = _WindowWords(folded_words(doc.text, tokens[lo:hi]), lo, len(tokens))
    # {tokens[i].start: i}: a dict for a text of news size (the quickest look-up), the
    # same mapping in a list of the tokens' own offsets for a longer one (less memory)
    tok_of = ({tokens[i].start: i for i in range(lo, hi)} if hi - lo <= _DICT_TOKENS
              else TokenStarts(tokens, lo, hi))
    ents = [e for e in ents if e.start in tok_of] + token_fix(doc, ents, tok_of, lo, hi)
    ents += nationality_entities(doc, tok_of, ents, lo, hi, candidates)
    ents += company_names(doc, words, tok_of, ents, lo, hi)
    ents += exercise_names(doc.text, tokens, words, sentences, ents)
    ents.sort(key=lambda e: (e.start, -e.end))
    ctx = Context(doc=doc, words=words, ents=ents, tok_of=tok_of,
                  focus=focus_parties(ents) if opts.infer else [])
    ctx.persons = [e for e in ents if e.label == "PERSON"]
    ctx.companies = [e for e in ents if e.label == "ORG" and e.kind in ("company", "manufacturer")]
    for e in ctx.persons:
        ctx.persons_by_country.setdefault((e.attrs or {}).get("country") or "", []).append(e)
    for e in ents:
        if e.label == "ORG" and e.id and e.id not in ctx.maker_mentions:
            ctx.maker_mentions[e.id] = e
        if e.label == "LOC" and e.kind == "country" and (c := (e.attrs or {}).get("country")):
            ctx.country_mention.setdefault(c, e)
        elif e.label == "LOC" and e.kind == "city" and (c := (e.attrs or {}).get("country")):
            ctx.city_mention.setdefault(c, e)  # "Washington", "Rabat": the state, by metonymy
    starts = [e.start for e in ents]
    mentions: list[Event] = []
    prev_ents: list[Entity] = []
    for sent in sentences:
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        sent_ents = [e for e in ents[lo:hi] if e.end <= sent.end]
        trigs = find_triggers(words, doc.tokens, sent.token_start, sent.token_end)
        ctx.last_named = next((e for e in reversed(prev_ents) if e.label == "WEAPON"),
                              ctx.last_named)  # the systems named up to this sentence
        prev_ents = sent_ents
        if "ARMS_TRANSFER" in opts.types and not any(t.type == "ARMS_TRANSFER" for t in trigs):
            # "Les appareils sont destinés à l'armée de l'air X": the buyer of what was named
            mentions.extend(destination_mentions(ctx, sent, sent_ents))
        if not trigs:  # "Les véhicules, des Kirpi, ... Ils ont été livrés": for an anaphora
            ctx.last_weapon = next((e for e in sent_ents if e.label == "WEAPON"),
                                   ctx.last_weapon)
        if not trigs and not any(e.label == "EXERCISE" for e in sent_ents):
            ctx.prev_parties = (sent.end, [e for e in sent_ents if is_party(e)])
            continue
        found: list[Event] = []
        arms = arms_mentions(ctx, sent, trigs, sent_ents) if "ARMS_TRANSFER" in opts.types else []
        if "ARMS_TRANSFER" in opts.types and not arms and \
                any(t.type == "ARMS_TRANSFER" for t in trigs):
            # "Ces engins iront à l'armée X": a trigger with no deal of its own
            arms = destination_mentions(ctx, sent, sent_ents) or \
                seller_mentions(ctx, sent, sent_ents)
        found += arms
        if "AGREEMENT" in opts.types:
            found += agreement_mentions(ctx, sent, trigs, sent_ents, arms)
        if "VISIT" in opts.types:
            found += visit_mentions(ctx, sent, trigs, sent_ents)
        if "EXERCISE" in opts.types:
            found += exercise_mentions(ctx, sent, trigs, sent_ents)
        if "INDUSTRY" in opts.types:
            found += industry_mentions(ctx, sent, trigs, sent_ents)
        ctx.prev_parties = (sent.end, [e for e in sent_ents if is_party(e)])
        if opts.gate is not None and any(is_weak(m) for m in found):
            probs = sentence_probabilities(sent.text, sent_ents)
            found = [m for m in found if not is_weak(m) or probs[m.type] >= opts.gate]
        mentions.extend(found)
    return mentions


class _SentenceRange(Sequence[Sentence]):
    """Sentences ``[i, j)`` of a compact :class:`~frdefnlp._windows.SentenceSeq`, each built
    when read (a window of a text of short lines holds thousands)."""

    __slots__ = ("_seq", "_i", "_j")

    def __init__(self, seq: Sequence[Sentence], i: int, j: int) -> None:
        self._seq, self._i, self._j = seq, i, j

    def __len__(self) -> int:
        return self._j - self._i

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return tuple(self[x] for x in range(*k.indices(len(self))))
        n = self._j - self._i
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError("sentence index out of range")
        return self._seq[self._i + k]

    def __iter__(self) -> Any:
        seq = self._seq
        for k in range(self._i, self._j):
            yield seq[k]


class _WindowWords(Sequence[str]):
    """The folded words of one window's tokens under their indices in the whole document,
    ``""`` for every other token, without a list as long as the document (8 bytes a token
    for every window: a third of the peak of ``events`` on a text of one-character tokens)."""

    __slots__ = ("_words", "_lo", "_n")

    def __init__(self, words: list[str], lo: int, n: int) -> None:
        self._words, self._lo, self._n = words, lo, n

    def local(self) -> tuple[list[str], int]:
        """``(words, lo)``: the window's own list and the index of its first token (the hot
        scans of :mod:`~frdefnlp.extraction.triggers` index it directly)."""
        return self._words, self._lo

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("word index out of range")
        j = i - self._lo
        return self._words[j] if 0 <= j < len(self._words) else ""


def _finish(mentions: list[Event], opts: EventOptions) -> list[Event]:
    """Merged (or unmerged) events of one document's or window's mentions."""
    mentions = drop_home_production(mentions)
    if not opts.infer:
        mentions = [drop_inferred(m) for m in mentions]
    if opts.merge:
        return merge(mentions)
    return [m for m in mentions if not m.attrs.get("weak")]


