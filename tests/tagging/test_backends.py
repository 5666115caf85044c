"""Optional NER backends (frdefnlp.backends): the per-label merge, the Tagger hook, the stanza
backend with a pipeline-shaped stand-in, and spaCy's small model where it is installed.

The texts are written here (invented names), never copied from the devset. The spaCy tests
skip cleanly without spaCy or fr_core_news_sm; the stanza tests use a stand-in object shaped
like a stanza document (``.ents`` with ``start_char``/``end_char``/``type``), because no
French stanza model can be downloaded where these tests run.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from types import SimpleNamespace

import pytest

import frdefnlp
from frdefnlp.backends import DEFAULT_POLICY, check_policy, get_backend, merge, name_shape
from frdefnlp.errors import (
    InputTypeError,
    InputValueError,
    MissingDependencyError,
    ModelNotAvailableError,
)
from frdefnlp.resolver import Resolver
from frdefnlp.tagger import Tagger, TagOptions
from frdefnlp.types import Entity


def span(text: str, sub: str, label: str, *, nth: int = 0, source: str = "fake") -> Entity:
    s = -1
    for _ in range(nth + 1):
        s = text.index(sub, s + 1)
    return Entity(s, s + len(sub), sub, label, source=source)


@dataclass
class FakeBackend:
    """A backend that proposes fixed substrings (what a statistical NER would)."""

    spans: list[tuple[str, str]]
    policy: dict[str, str]
    name: str = "fake"
    calls: int = 0

    def entities(self, text: str) -> list[Entity]:
        self.calls += 1
        return [span(text, sub, label, source=self.name) for sub, label in self.spans if sub in text]

    __hash__ = object.__hash__


ALL_FILL = {"PERSON": "fill", "LOC": "fill", "ORG": "fill"}


# ---------------------------------------------------------------------------------------------
# the merge rule
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "label", "why"), [
    ("Ondrej Kowalczyk", "PERSON", None),
    ("Abdelkader ben Salem", "PERSON", None),
    ("Kowalczyk", "PERSON", "one-word person"),
    ("ministre de la Défense", "ORG", "no capital first"),
    ("État voisin de", "LOC", "lower-case word"),
    ("Radio Kanta FM", "PERSON", "acronym in a person"),
    ("Rubel & Fils", "PERSON", "digit or & in a person"),
    ("Les Kowalczyk", "PERSON", "determiner first"),
    ("Quiberon", "LOC", None),
    ("Le", "LOC", "function word"),
], ids=lambda x: str(x))
def test_name_shape(text: str, label: str, why: str | None) -> None:
    assert name_shape(text, label) == why


def test_fill_adds_only_where_ours_found_nothing() -> None:
    text = "Ondrej Kowalczyk a visité Rabat avec le général Martin."
    ours = [span(text, "Rabat", "LOC", source="gazetteer")]
    proposed = [span(text, "Ondrej Kowalczyk", "PERSON"), span(text, "visité Rabat", "LOC"),
                span(text, "Rabat", "ORG")]
    admitted, refused = merge(text, ours, proposed, ALL_FILL)
    assert [(e.text, e.label) for e in admitted] == [("Ondrej Kowalczyk", "PERSON")]
    assert {e.text: e.attrs["refused"] for e in refused} == {
        "visité Rabat": "overlaps ours", "Rabat": "overlaps ours"}


def test_off_refuses_and_says_so() -> None:
    text = "La société Tazarine Works livre."
    admitted, refused = merge(text, [], [span(text, "Tazarine Works", "ORG")], DEFAULT_POLICY)
    assert admitted == [] and refused[0].attrs["refused"] == "policy: ORG off"


def test_spans_are_trimmed_and_offsets_stay_true() -> None:
    text = "Il cite « l'Ondrej Kowalczyk », puis part."
    raw = Entity(9, 30, text[9:30], "PERSON", source="fake")  # '« l'Ondrej Kowalczyk »'
    admitted, _ = merge(text, [], [raw], ALL_FILL)
    (e,) = admitted
    assert e.text == "Ondrej Kowalczyk" and text[e.start:e.end] == e.text


def test_a_span_across_lines_is_refused() -> None:
    text = "Vers Quiberon\n\nNouvelle page"
    _, refused = merge(text, [], [Entity(5, 23, text[5:23], "LOC")], ALL_FILL)
    assert refused[0].attrs["refused"] == "empty or across lines"


@pytest.mark.parametrize(("text", "sub", "label", "admitted"), [
    # a person needs a word our name lists know as a given or family name
    ("Selon Ondrej Kowalczyk, tout va bien.", "Ondrej Kowalczyk", "PERSON", True),
    ("Selon Zorbax Quelvinet, tout va bien.", "Zorbax Quelvinet", "PERSON", False),
    # a place needs the lists (a town) or a place preposition before it
    ("Le convoi est parti de Quiberon hier.", "Quiberon", "LOC", True),
    ("Les blindés sont arrivés à Tazarine hier.", "Tazarine", "LOC", True),
    ("Les blindés de la base près de Tazarine.", "Tazarine", "LOC", True),
    ("Le ministre salue Tazarine hier.", "Tazarine", "LOC", False),
    # a place word alone is no name ("Royaume"); with a name beside it, it is
    ("Le roi salue le Royaume entier.", "Royaume", "LOC", False),
    ("Le navire croise dans le Golfe de Zarkan.", "Golfe de Zarkan", "LOC", True),
], ids=lambda x: str(x))
def test_confirm_needs_agreement(text: str, sub: str, label: str, admitted: bool) -> None:
    a, r = merge(text, [], [span(text, sub, label)], {"PERSON": "confirm", "LOC": "confirm"})
    assert bool(a) is admitted
    if not admitted:
        assert r[0].attrs["refused"] in ("no agreement with our name lists", "function word")


@pytest.mark.parametrize("text", [
    "Les forces ont clos l'exercice Desert Falcon hier.",
    "Les forces ont clos Exercice Desert Falcon hier.",
])
def test_a_name_after_an_event_word_is_no_person(text: str) -> None:
    sub = "Exercice Desert Falcon" if "Exercice" in text else "Desert Falcon"
    admitted, refused = merge(text, [], [span(text, sub, "PERSON")], ALL_FILL)
    assert admitted == [] and refused[0].attrs["refused"] == "event name"


def test_policies_are_checked() -> None:
    assert check_policy({"PERSON": "fill"}) == {"PERSON": "fill"}
    with pytest.raises(InputValueError, match="unknown backend rule"):
        check_policy({"PERSON": "always"})
    with pytest.raises(InputValueError, match="WEAPON"):
        check_policy({"WEAPON": "fill"})
    with pytest.raises(InputTypeError):
        check_policy([("PERSON", "fill")])  # type: ignore[arg-type]


def test_backend_specs() -> None:
    with pytest.raises(InputValueError, match="unknown backend 'flair'"):
        get_backend("flair")
    with pytest.raises(InputTypeError):
        get_backend(42)  # type: ignore[arg-type]
    fake = FakeBackend([], ALL_FILL)
    assert get_backend(fake) is fake


# ---------------------------------------------------------------------------------------------
# the Tagger hook
# ---------------------------------------------------------------------------------------------

TEXT = ("Le ministre marocain de la Défense a reçu Ondrej Kowalczyk à Rabat. "
        "Kowalczyk représente Tazarine Works, basée à Quiberon.")


def test_tagger_merges_a_backend_by_policy() -> None:
    plain = frdefnlp.tag(TEXT)
    fake = FakeBackend([("Ondrej Kowalczyk", "PERSON"), ("Rabat", "PERSON"),
                        ("Tazarine Works", "ORG")], {"PERSON": "confirm", "ORG": "off"})
    doc = Tagger(TagOptions(backends=(fake,)))(TEXT)
    ours = {(e.start, e.end, e.label) for e in plain.entities}
    added = [e for e in doc.entities if (e.start, e.end, e.label) not in ours]
    # whatever the default finds stays; the backend adds at most where nothing of ours was
    assert ours <= {(e.start, e.end, e.label) for e in doc.entities}
    assert all(e.source == "fake" for e in added)
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    refused = {c.text: c.attrs["refused"] for c in doc.candidates if c.source == "fake"}
    assert refused["Tazarine Works"] == "policy: ORG off"
    assert refused["Rabat"] == "overlaps ours"  # the gazetteer's place


def test_tag_shortcut_and_default_unchanged() -> None:
    fake = FakeBackend([("Zorbax Quelvinet", "PERSON")], ALL_FILL)
    text = "Hier, Zorbax Quelvinet a parlé."
    with_backend = frdefnlp.tag(text, backends=(fake,))
    mine = [e for e in (*with_backend.entities, *with_backend.candidates) if e.source == "fake"]
    assert len(mine) == 1  # added, or refused because ours found the name itself
    assert mine[0] in with_backend.entities or mine[0].attrs["refused"] == "overlaps ours"
    assert any(e.text == "Zorbax Quelvinet" for e in with_backend.entities)
    assert fake.calls == 1
    assert frdefnlp.tag(text) == frdefnlp.tag(text, backends=())


def test_two_backends_overlapping_resolver_decides() -> None:
    text = "Une visite à Tazarine-les-Bains hier."
    a = FakeBackend([("Tazarine-les-Bains", "LOC")], ALL_FILL, name="stanza")
    b = FakeBackend([("Tazarine", "LOC")], ALL_FILL, name="spacy")
    doc = Tagger(TagOptions(backends=(a, b)))(text)
    got = [(e.text, e.source) for e in doc.entities if e.source in ("spacy", "stanza")]
    assert got in ([("Tazarine-les-Bains", "stanza")], [])  # the longest, never both
    assert Resolver().resolve([*doc.entities])[0] == list(doc.entities)


def test_empty_text_does_not_call_the_backend() -> None:
    fake = FakeBackend([], ALL_FILL)
    assert Tagger(TagOptions(backends=(fake,)))("  ").entities == ()
    assert fake.calls == 0


# ---------------------------------------------------------------------------------------------
# stanza backend, with a pipeline-shaped stand-in
# ---------------------------------------------------------------------------------------------

def _stanza_like(text: str, spans: list[tuple[str, str]]) -> SimpleNamespace:
    """What ``stanza.Pipeline(...)(text)`` returns, as far as the backend reads it."""
    ents = []
    for sub, typ in spans:
        s = text.index(sub)
        ents.append(SimpleNamespace(start_char=s, end_char=s + len(sub), type=typ, text=sub))
    ents.append(SimpleNamespace(start_char=len(text), end_char=len(text) + 5, type="LOC"))  # bad
    return SimpleNamespace(text=text, ents=ents)


def test_stanza_backend_reads_a_pipeline_shaped_object() -> None:
    from frdefnlp.backends.stanza_ner import StanzaBackend

    spans = [("Ondrej Kowalczyk", "PER"), ("Quiberon", "LOC"), ("Tazarine Works", "ORG"),
             ("Défense", "MISC")]
    backend = StanzaBackend(pipeline=lambda t: _stanza_like(t, spans), policy=DEFAULT_POLICY)
    got = [(e.text, e.label, e.source) for e in backend.entities(TEXT)]
    assert got == [("Ondrej Kowalczyk", "PERSON", "stanza"), ("Quiberon", "LOC", "stanza"),
                   ("Tazarine Works", "ORG", "stanza")]
    doc = Tagger(TagOptions(backends=(backend,)))(TEXT)
    assert not [e for e in doc.entities if e.source == "stanza" and e.label == "ORG"]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)


def test_stanza_backend_without_models_says_how_to_get_them(tmp_path) -> None:
    if importlib.util.find_spec("stanza") is None:  # (no import: the check reads files only)
        pytest.skip("stanza is not installed")
    from frdefnlp.backends.stanza_ner import StanzaBackend

    backend = get_backend(f"stanza:{tmp_path}")
    assert isinstance(backend, StanzaBackend)
    with pytest.raises(ModelNotAvailableError, match=r"stanza\.download\('fr'"):
        backend.entities("Ondrej Kowalczyk est à Rabat.")


def test_stanza_backend_without_stanza(monkeypatch) -> None:
    from frdefnlp.backends import stanza_ner

    monkeypatch.setattr(stanza_ner, "_stanza_installed", lambda: False)
    with pytest.raises(MissingDependencyError, match=r'pip install "frdefnlp\[stanza\]"'):
        stanza_ner.StanzaBackend()


# ---------------------------------------------------------------------------------------------
# spaCy backend
# ---------------------------------------------------------------------------------------------

def test_spacy_backend_without_spacy(monkeypatch) -> None:
    from frdefnlp.backends import spacy_ner

    monkeypatch.setattr(spacy_ner, "_spacy_installed", lambda: False)
    with pytest.raises(MissingDependencyError, match=r'pip install "frdefnlp\[spacy\]"'):
        frdefnlp.tag("Rabat.", backends=("spacy",))


def test_spacy_model_not_installed() -> None:
    pytest.importorskip("spacy")
    with pytest.raises(ModelNotAvailableError, match=r"fr_core_news_zz.*frdefnlp\[spacy\]"):
        get_backend("spacy:fr_core_news_zz")


def test_chunks_cover_the_text() -> None:
    from frdefnlp.backends.spacy_ner import _chunks

    text = ("Une ligne de texte.\n" * 40) + "x" * 50
    pieces = _chunks(text, 64)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 64 for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


@pytest.fixture(scope="module")
def spacy_sm():
    pytest.importorskip("spacy")
    if importlib.util.find_spec("fr_core_news_sm") is None:
        pytest.skip("fr_core_news_sm is not installed")
    return get_backend("spacy:fr_core_news_sm")


def test_spacy_backend_spans(spacy_sm) -> None:
    text = "Hier, Ondrej Kowalczyk a quitté Quiberon pour Tazarine."
    ents = spacy_sm.entities(text)
    assert ents and all(text[e.start:e.end] == e.text for e in ents)
    assert {e.label for e in ents} <= {"PERSON", "ORG", "LOC"}
    assert all(e.source == "spacy" and e.attrs["backend"] == "fr_core_news_sm" for e in ents)
    assert ("Ondrej Kowalczyk", "PERSON") in [(e.text, e.label) for e in ents]


def test_spacy_backend_in_tag(spacy_sm) -> None:
    text = "Hier, Ondrej Kowalczyk a quitté Quiberon. Kowalczyk dirige la flotte."
    plain = frdefnlp.tag(text)
    doc = Tagger(TagOptions(backends=(spacy_sm,)))(text)
    ours = {(e.start, e.end, e.label) for e in plain.entities}
    assert ours <= {(e.start, e.end, e.label) for e in doc.entities}
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    spacy_spans = [e for e in (*doc.entities, *doc.candidates) if e.source == "spacy"]
    assert spacy_spans  # kept or refused, every span spaCy proposed is accounted for


def test_cli_backend_flag(spacy_sm, tmp_path, capsys) -> None:
    from frdefnlp.cli import main

    page = tmp_path / "page.txt"
    page.write_text("Ondrej Kowalczyk est arrivé à Quiberon.", encoding="utf-8")
    assert main(["tag", str(page), "--no-clean", "--backend", "spacy:fr_core_news_sm"]) == 0
    assert '"label": "PERSON"' in capsys.readouterr().out


def test_cli_unknown_backend(capsys) -> None:
    from frdefnlp.cli import main

    assert main(["tag", "-", "--backend", "flair"]) == 2
    assert "unknown backend 'flair'" in capsys.readouterr().err
