"""Names the gazetteer does not list, found from their context.

:class:`ContextTagger` proposes PERSON and ORG candidates from cues a French news text gives:

- a title or role in front of a name ("le ministre ... Benny Gantz", "le général de brigade
  Ran Kochav", "M. Dupont"), possibly with modifiers between them ("le ministre israélien de
  la Défense, Benny Gantz");
- an apposition after a name ("Abdellatif Loudiyi, ministre délégué ...");
- an organisation head ("la société Sentrycs", "le groupe Baykar", "l'agence Sibat");
- short forms within the document: after "Benny Gantz", "Gantz" is the same person
  (``source="alias"``, id and canonical copied); after "Israel Aerospace Industries (IAI)",
  "IAI" is that organisation.

The cue words are data (``resources/names/context_fr.json``). Cost: one pass over the tokens
(O(n)), plus one regex scan per distinct short form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import regex

from ._resources import cached, read_json
from ._text import fold
from .types import Entity, Sentence, Token

__all__ = ["ContextTagger"]


@cached
def _cues() -> dict[str, Any]:
    data = read_json("names/context_fr.json")
    titles = [tuple(fold(t).split()) for t in data["person_titles"]]
    return {
        "titles": sorted(set(titles), key=len, reverse=True),
        "title_words": frozenset(fold(w) for w in data["person_title_words"]),
        "modifiers": frozenset(fold(w) for w in data["title_modifiers"]),
        "org_heads": {fold(k): v for k, v in data["org_heads"].items()},
        "particles": frozenset(fold(w) for w in data["name_particles"]),
        "not_names": frozenset(data["not_names"]),
    }


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return tok.kind == "word" and t[:1].isupper() and not t.isupper() or (
        tok.kind == "word" and t.isupper() and len(t) >= 2 and t.isalpha()
    )


class ContextTagger:
    """Find PERSON/ORG candidates from titles, appositions, organisation heads and short forms.

    >>> from frdefnlp.tokenizer import tokenize
    >>> text = "Le général de brigade Ran Kochav a parlé. Kochav a ajouté un mot."
    >>> toks, sents = tokenize(text)
    >>> [(e.text, e.label, e.source) for e in ContextTagger().find(text, toks, sents, [])]
    [('Ran Kochav', 'PERSON', 'context'), ('Kochav', 'PERSON', 'alias')]
    """

    def __init__(self, *, titles: bool = True, organisations: bool = True, short_forms: bool = True,
                 max_name_tokens: int = 4) -> None:
        self.titles = titles
        self.organisations = organisations
        self.short_forms = short_forms
        self.max_name_tokens = max_name_tokens

    # -- helpers ---------------------------------------------------------------------------

    def _name_at(self, text: str, tokens: Sequence[Token], i: int, end: int) -> int:
        """Index after the capitalised name starting at token ``i`` (``i`` when none)."""
        cues = _cues()
        j, words = i, 0
        while j < end and words < self.max_name_tokens:
            tok = tokens[j]
            if _is_cap(tok) and tok.text not in cues["not_names"]:
                j += 1
                words += 1
                continue
            # a particle inside a name ("Abdellatif El Farouk", "Mohamed ben Salmane")
            if (words and fold(tok.text) in cues["particles"] and j + 1 < end
                    and _is_cap(tokens[j + 1]) and tokens[j + 1].text not in cues["not_names"]):
                j += 1
                continue
            # a hyphen or initial inside a name ("P. A", "Jean-Yves")
            if words and tok.text == "." and tokens[j - 1].end == tok.start and len(tokens[j - 1].text) == 1:
                j += 1
                continue
            break
        while j > i and fold(tokens[j - 1].text) in cues["particles"]:
            j -= 1
        return j

    def _title_end(self, tokens: Sequence[Token], i: int, end: int) -> int:
        """Index after a title starting at token ``i`` (``i`` when none)."""
        folded = [fold(t.text) for t in tokens[i:min(end, i + 6)]]
        for title in _cues()["titles"]:
            if tuple(folded[: len(title)]) == title:
                return i + len(title)
        return i

    # -- the cues --------------------------------------------------------------------------

    def _persons_after_titles(self, text: str, tokens: Sequence[Token], sent: Sentence,
                              out: list[Entity]) -> None:
        cues = _cues()
        i = sent.token_start
        while i < sent.token_end:
            t_end = self._title_end(tokens, i, sent.token_end)
            if t_end == i:
                i += 1
                continue
            title_start = tokens[i].start
            j = t_end
            # modifiers between the title and the name, at most 8 tokens
            steps = 0
            while j < sent.token_end and steps < 8:
                f = fold(tokens[j].text)
                if f in cues["modifiers"] or f in cues["title_words"] or (
                    tokens[j].kind == "word" and tokens[j].text.islower() and f.endswith(("ien", "ienne", "ain", "aine", "ais", "aise", "ois", "oise", "in", "ine", "ique"))
                ):
                    j += 1
                    steps += 1
                    continue
                if tokens[j].text == ",":
                    j += 1
                    steps += 1
                    continue
                break
            k = self._name_at(text, tokens, j, sent.token_end)
            single_ok = fold(tokens[t_end - 1].text) in {"m.", "mme", "mlle", "dr", "gal", "pr"} or j == t_end
            if k > j and (k - j >= 2 or single_ok):
                s, e = tokens[j].start, tokens[k - 1].end
                role = text[title_start:tokens[j - 1].end].rstrip(" ,")
                out.append(Entity(s, e, text[s:e], "PERSON", kind="person", source="context",
                                  attrs={"role": role, "cue": "title"}, confidence=0.7))
                i = k
            else:
                i = t_end

    def _persons_before_appositions(self, text: str, tokens: Sequence[Token], sent: Sentence,
                                    out: list[Entity]) -> None:
        cues = _cues()
        for i in range(sent.token_start, sent.token_end - 1):
            if tokens[i].text != ",":
                continue
            j = i + 1
            if j < sent.token_end and fold(tokens[j].text) in {"le", "la", "l'"}:
                j += 1
            t_end = self._title_end(tokens, j, sent.token_end)
            if t_end == j or fold(tokens[j].text) in {"m.", "mme", "mlle", "dr"}:
                continue
            # walk back over the name before the comma
            k = i
            while k > sent.token_start and (_is_cap(tokens[k - 1]) or fold(tokens[k - 1].text) in cues["particles"]):
                k -= 1
            while k < i and (not _is_cap(tokens[k]) or tokens[k].text in cues["not_names"]):
                k += 1
            if i - k >= 2 and all(tokens[x].text not in cues["not_names"] for x in range(k, i)):
                s, e = tokens[k].start, tokens[i - 1].end
                role_end = tokens[t_end - 1].end
                out.append(Entity(s, e, text[s:e], "PERSON", kind="person", source="context",
                                  attrs={"role": text[tokens[j].start:role_end], "cue": "apposition"},
                                  confidence=0.7))

    def _organisations(self, text: str, tokens: Sequence[Token], sent: Sentence,
                       out: list[Entity]) -> None:
        heads = _cues()["org_heads"]
        for i in range(sent.token_start, sent.token_end - 1):
            kind = heads.get(fold(tokens[i].text))
            if kind is None:
                continue
            j = i + 1
            if j < sent.token_end and tokens[j].text in {"«", '"', "“"}:
                close = next((x for x in range(j + 1, min(sent.token_end, j + 12))
                              if tokens[x].text in {"»", '"', "”"}), None)
                if close is None or close == j + 1:
                    continue
                s, e = tokens[j + 1].start, tokens[close - 1].end
            else:
                k = self._name_at(text, tokens, j, sent.token_end)
                if k == j:
                    continue
                s, e = tokens[j].start, tokens[k - 1].end
            out.append(Entity(s, e, text[s:e], "ORG", kind=kind, source="context",
                              attrs={"cue": fold(tokens[i].text)}, confidence=0.6))

    def _short_forms(self, text: str, tokens: Sequence[Token], known: Sequence[Entity],
                     out: list[Entity]) -> None:
        forms: dict[str, Entity] = {}
        for e in sorted(known, key=lambda x: (x.start, x.end)):
            if e.label == "PERSON" and " " in e.text.strip():
                last = e.text.split()[-1]
                if len(last) >= 3 and last[:1].isupper() and last not in forms:
                    forms[last] = e
            # "Israel Aerospace Industries (IAI)": the acronym after the name
            after = text[e.end:e.end + 14]
            m = regex.match(r"\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)", after)
            if m and e.label in {"ORG", "WEAPON", "LOC"} and m.group(1) not in forms:
                forms[m.group(1)] = e
        taken = [(e.start, e.end) for e in known]
        for form, source in sorted(forms.items()):
            for m in regex.finditer(r"(?<![\p{L}\p{N}])" + regex.escape(form) + r"(?![\p{L}\p{N}])", text):
                s, e = m.span()
                if s == source.start or any(a < e and s < b for a, b in taken):
                    continue
                attrs = dict(source.attrs)
                attrs["short_form_of"] = source.text
                out.append(Entity(s, e, form, source.label, kind=source.kind,
                                  canonical=source.canonical or source.text, id=source.id,
                                  source="alias", attrs=attrs, confidence=0.8))

    def find(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence],
             known: Sequence[Entity] = ()) -> list[Entity]:
        """Candidates found from context in ``text`` (tokens and sentences from the tokenizer).

        ``known`` are entities already found (gazetteer ...): their short forms are resolved
        to them, and they are where appositions and titles get their country from.
        """
        out: list[Entity] = []
        for sent in sentences:
            if self.titles:
                self._persons_after_titles(text, tokens, sent, out)
                self._persons_before_appositions(text, tokens, sent, out)
            if self.organisations:
                self._organisations(text, tokens, sent, out)
        if self.short_forms:
            people = [e for e in out if e.label == "PERSON"]
            self._short_forms(text, tokens, [*known, *people], out)
        out.sort(key=lambda e: (e.start, e.end, e.label, e.source))
        return out
