"""Gazetteer records: the :class:`Record` type, JSONL parsing and the validator.

A gazetteer file is JSON Lines, one entity a line (docs/gazetteer-format.md). The validator
collects *every* problem of every file before reporting, as ``file:line: field: message``
lines, because a maintainer adding fifty records wants the whole list at once, not one error
per run. Cost: one pass over the lines plus one pass over the aliases (a dict of normalised
keys), so linear in the size of the files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from .._resources import iter_jsonl
from ..errors import ResourceError
from ._norm import alias_key, auto_case_sensitive, token_spans

__all__ = [
    "Record",
    "KINDS",
    "PREFIXES",
    "load_records",
    "parse_text",
    "validate_files",
    "validate_records",
]

#: label -> allowed kinds (docs/gazetteer-format.md).
KINDS: dict[str, tuple[str, ...]] = {
    "ORG": ("company", "armed_forces", "agency", "government", "armed_group", "media",
            "international", "other"),
    "WEAPON": ("aircraft", "helicopter", "drone", "loitering_munition", "air_defence", "missile",
               "radar", "armoured_vehicle", "naval", "artillery", "small_arms", "counter_drone",
               "satellite", "electronic_warfare", "other"),
    "LOC": ("country", "city", "region", "military_base", "other"),
    "PERSON": ("person",),
}
#: label -> id prefix.
PREFIXES: dict[str, str] = {"WEAPON": "weapon", "ORG": "org", "PERSON": "person", "LOC": "loc"}

_ID_RE = re.compile(r"^(weapon|org|person|loc)/[a-z0-9]+(?:-[a-z0-9]+)*$")
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_WIKIDATA_RE = re.compile(r"^Q[0-9]+$")
_DATE_RE = re.compile(r"^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$")
_REQUIRED = ("id", "canonical", "label", "kind", "country", "aliases", "source")
_OPTIONAL = ("adjectives", "maker", "parent", "role", "roles", "start", "end", "wikidata",
             "case_sensitive", "ambiguous", "priority", "note")
_ROLE_KEYS = ("role", "country", "org", "start", "end")


@dataclass(frozen=True, slots=True)
class Record:
    """One gazetteer entity, as written in its file (fields of docs/gazetteer-format.md).

    List fields are tuples; ``maker`` keeps the file's shape (one id, or a tuple of ids; see
    :attr:`makers`). ``path`` and ``line`` say where the record came from.
    """

    id: str
    canonical: str
    label: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = field(default=(), repr=False)
    adjectives: tuple[str, ...] = field(default=(), repr=False)
    maker: str | tuple[str, ...] | None = field(default=None, repr=False)
    parent: str | None = field(default=None, repr=False)
    role: str | None = field(default=None, repr=False)
    roles: tuple[Mapping[str, Any], ...] = field(default=(), hash=False, repr=False)
    start: str | None = field(default=None, repr=False)
    end: str | None = field(default=None, repr=False)
    wikidata: str | None = field(default=None, repr=False)
    source: str | None = field(default=None, repr=False)
    case_sensitive: tuple[str, ...] = field(default=(), repr=False)
    ambiguous: tuple[str, ...] = field(default=(), repr=False)
    priority: int = field(default=0, repr=False)
    note: str | None = field(default=None, repr=False)
    path: str = field(default="", repr=False)
    line: int = field(default=0, repr=False)

    @property
    def makers(self) -> tuple[str, ...]:
        """The maker ids as a tuple (empty when there is none)."""
        if self.maker is None:
            return ()
        return (self.maker,) if isinstance(self.maker, str) else tuple(self.maker)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases (what is matched as ``alias_type="name"``)."""
        return (self.canonical, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready data (the file's fields; empty optional fields omitted)."""
        out: dict[str, Any] = {
            "id": self.id, "canonical": self.canonical, "label": self.label, "kind": self.kind,
            "country": self.country, "aliases": list(self.aliases),
        }
        for name in _OPTIONAL:
            value = getattr(self, name)
            if value is None or value == () or (name == "priority" and value == 0):
                continue
            if isinstance(value, tuple):
                value = [dict(v) if isinstance(v, Mapping) else v for v in value]
            out[name] = value
        out["source"] = self.source
        return out


def _where(path: str, line: int, fld: str, msg: str) -> str:
    return f"{path}:{line}: {fld}: {msg}"


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def _has_bad_char(value: Any) -> bool:
    """Does a field's value (a string, or strings in a list or an object) hold a lone
    surrogate or a NUL? Such a name could never be written out as UTF-8."""
    if isinstance(value, str):
        return _BAD_CHARS.search(value) is not None
    if isinstance(value, list):
        return any(_has_bad_char(v) for v in value)
    if isinstance(value, dict):
        return any(_has_bad_char(k) or _has_bad_char(v) for k, v in value.items())
    return False


def _check_fields(obj: dict[str, Any], path: str, line: int) -> list[str]:
    """Problems of one object taken alone (types, shapes, known values)."""
    out: list[str] = []

    def bad(fld: str, msg: str) -> None:
        out.append(_where(path, line, fld, msg))

    for name in _REQUIRED:
        if name not in obj:
            bad(name, "required field is missing")
    for name in sorted(obj):
        if _has_bad_char(obj[name]):
            bad(name, "contains a lone surrogate or a NUL character (not text: fix the file's "
                      "encoding)")
    for name in sorted(obj):
        if name not in _REQUIRED and name not in _OPTIONAL:
            bad(name, f"unknown field (known: {', '.join(_REQUIRED + _OPTIONAL)})")
    for name in ("id", "canonical", "label", "kind", "source"):
        if name in obj and (not isinstance(obj[name], str) or not obj[name].strip()):
            bad(name, "must be a non-empty string")
    label = obj.get("label")
    if isinstance(label, str) and label not in KINDS:
        bad("label", f"unknown label {label!r} (known: {', '.join(KINDS)})")
    kind = obj.get("kind")
    if isinstance(label, str) and label in KINDS and isinstance(kind, str) and kind not in KINDS[label]:
        bad("kind", f"unknown kind {kind!r} for {label} (known: {', '.join(KINDS[label])})")
    rid = obj.get("id")
    if isinstance(rid, str):
        if not _ID_RE.match(rid):
            bad("id", f"{rid!r} is not '<prefix>/<slug>' (lower-case ASCII letters, digits, '-')")
        elif isinstance(label, str) and label in PREFIXES and rid.split("/", 1)[0] != PREFIXES[label]:
            bad("id", f"{rid!r} must start with '{PREFIXES[label]}/' for label {label}")
    if "country" in obj:
        country = obj["country"]
        if country is not None and not (isinstance(country, str) and _COUNTRY_RE.match(country)):
            bad("country", f"{country!r} is not an ISO 3166-1 alpha-2 code like 'MA' (or null)")
    for name in ("aliases", "adjectives", "case_sensitive", "ambiguous"):
        if name in obj:
            value = obj[name]
            if not _is_str_list(value):
                bad(name, "must be a list of strings")
            elif any(not v.strip() for v in value):
                bad(name, "contains an empty string")
    for name in ("canonical", "aliases", "adjectives"):
        values = [obj.get(name)] if name == "canonical" else obj.get(name)
        if _is_str_list(values):
            for v in values:
                if v.strip() and not alias_key(v)[0]:
                    bad(name, f"{v!r} has no letter or digit, it can never match")
    if obj.get("adjectives") and label != "LOC":
        bad("adjectives", "only LOC records (countries, regions) have adjectives")
    for name in ("parent", "role", "start", "end", "wikidata", "note"):
        if name in obj and obj[name] is not None and not isinstance(obj[name], str):
            bad(name, "must be a string")
    for name in ("start", "end"):
        if isinstance(obj.get(name), str) and not _DATE_RE.match(obj[name]):
            bad(name, f"{obj[name]!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if isinstance(obj.get("wikidata"), str) and not _WIKIDATA_RE.match(obj["wikidata"]):
        bad("wikidata", f"{obj['wikidata']!r} is not a Wikidata id like 'Q42'")
    if "maker" in obj and not (isinstance(obj["maker"], str) or _is_str_list(obj["maker"])):
        bad("maker", "must be an id or a list of ids")
    if "priority" in obj and (not isinstance(obj["priority"], int) or isinstance(obj["priority"], bool)):
        bad("priority", "must be an integer")
    if "roles" in obj:
        roles = obj["roles"]
        if not isinstance(roles, list) or not all(isinstance(r, dict) for r in roles):
            bad("roles", "must be a list of objects")
        else:
            for i, r in enumerate(roles):
                for key in sorted(r):
                    if key not in _ROLE_KEYS:
                        bad(f"roles[{i}].{key}", f"unknown key (known: {', '.join(_ROLE_KEYS)})")
                if not isinstance(r.get("role"), str) or not r["role"].strip():
                    bad(f"roles[{i}].role", "must be a non-empty string")
                c = r.get("country")
                if c is not None and not (isinstance(c, str) and _COUNTRY_RE.match(c)):
                    bad(f"roles[{i}].country", f"{c!r} is not an ISO 3166-1 alpha-2 code")
                for key in ("start", "end"):
                    v = r.get(key)
                    if v is not None and not (isinstance(v, str) and _DATE_RE.match(v)):
                        bad(f"roles[{i}].{key}", f"{v!r} is not an ISO date (YYYY[-MM[-DD]])")
                if r.get("org") is not None and not isinstance(r.get("org"), str):
                    bad(f"roles[{i}].org", "must be an id")
    names = []
    for name in ("canonical",):
        if isinstance(obj.get(name), str):
            names.append(obj[name])
    if _is_str_list(obj.get("aliases")):
        names.extend(obj["aliases"])
    adjectives = obj.get("adjectives") if _is_str_list(obj.get("adjectives")) else []
    for name in ("case_sensitive", "ambiguous"):
        if _is_str_list(obj.get(name)):
            for v in obj[name]:
                if v not in names and v not in adjectives:
                    bad(name, f"{v!r} is not the canonical name, an alias or an adjective of this record")
    return out


def _make_record(obj: dict[str, Any], path: str, line: int) -> Record:
    maker = obj.get("maker")
    return Record(
        id=obj["id"],
        canonical=obj["canonical"],
        label=obj["label"],
        kind=obj["kind"],
        country=obj.get("country"),
        aliases=tuple(obj.get("aliases") or ()),
        adjectives=tuple(obj.get("adjectives") or ()),
        maker=tuple(maker) if isinstance(maker, list) else maker,
        parent=obj.get("parent"),
        role=obj.get("role"),
        roles=tuple(dict(r) for r in obj.get("roles") or ()),
        start=obj.get("start"),
        end=obj.get("end"),
        wikidata=obj.get("wikidata"),
        source=obj.get("source"),
        case_sensitive=tuple(obj.get("case_sensitive") or ()),
        ambiguous=tuple(obj.get("ambiguous") or ()),
        priority=int(obj.get("priority") or 0),
        note=obj.get("note"),
        path=path,
        line=line,
    )


def parse_text(text: str, path: str, *, check: bool = True) -> tuple[list[Record], list[str]]:
    """Parse one file's text into records, collecting the problems of each line alone.

    A line with a problem yields no record. Cross-record checks are :func:`validate_records`.
    ``check=False`` skips the per-field checks: only for the shipped files, which a test
    validates in full (tests/gazetteer/test_gaz_shipped.py), so that the first ``tag()`` of a
    process does not pay for re-checking them (issue 13).
    """
    if not check:
        return _parse_trusted(text, path), []
    records: list[Record] = []
    problems: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        try:
            # one line at a time through the shared JSONL reader, so that a syntax error on
            # one line does not hide the problems of the following ones
            items = list(iter_jsonl(raw, path))
        except ResourceError as exc:
            msg = str(exc).split(": ", 1)[-1]
            problems.append(_where(path, lineno, "json", msg))
            continue
        for _, obj in items:
            # an optional field set to null means the same as an absent one
            obj = {k: v for k, v in obj.items() if v is not None or k not in _OPTIONAL}
            try:
                errs = _check_fields(obj, path, lineno)
            except (TypeError, AttributeError, KeyError, ValueError) as exc:
                # a shape no check foresaw: still a located problem, never a traceback
                errs = [_where(path, lineno, "record", f"malformed record ({exc!r})")]
            if errs:
                problems.extend(errs)
            else:
                records.append(_make_record(obj, path, lineno))
    return records, problems


def _parse_trusted(text: str, path: str) -> list[Record]:
    """Records of a file known to be valid: the same records :func:`parse_text` builds.

    The lines are parsed by one ``json.loads`` of them all as a JSON array (half the time of
    one call a line, in the first ``tag()`` call of a process); when that does not give one
    object a line, the lines are read one by one, which names the line at fault."""
    records: list[Record] = []
    for lineno, obj in _trusted_objects(text, path):
        obj = {k: v for k, v in obj.items() if v is not None or k not in _OPTIONAL}
        records.append(_make_record(obj, path, lineno))
    return records


def _trusted_objects(text: str, path: str) -> Iterable[tuple[int, dict[str, Any]]]:
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
                if (stripped := line.strip()) and not stripped.startswith(("//", "#"))]
    try:
        objs = json.loads("[" + ",".join(line for _, line in numbered) + "]")
    except ValueError:
        objs = None
    if objs is None or len(objs) != len(numbered) or any(type(o) is not dict for o in objs):
        return iter_jsonl(text, path)
    return zip((n for n, _ in numbered), objs, strict=True)


def _claims(rec: Record) -> Iterable[tuple[str, str, str]]:
    """(namespace, alias, conflict key) for every string the record asks to be matched on."""
    cs = set(rec.case_sensitive)
    for name in dict.fromkeys(rec.names):
        key, _gaps = alias_key(name)
        exact = name in cs or auto_case_sensitive(name)
        yield "name", name, "\x00".join(name_tokens(name) if exact else key)
    for adj in dict.fromkeys(rec.adjectives):
        key, _gaps = alias_key(adj)
        yield "adjective", adj, "\x00".join(key)


def name_tokens(name: str) -> tuple[str, ...]:
    """The alias's word tokens with their original case (for case-sensitive aliases)."""
    return tuple(name[s:e] for s, e in token_spans(name))


def validate_records(records: Sequence[Record], *, known_ids: Iterable[str] = ()) -> list[str]:
    """Problems that involve several records: duplicate ids, shared aliases, references.

    ``known_ids`` are ids that references may point to although their records are not loaded
    (records of shipped files the user switched off).
    """
    known = frozenset(known_ids)
    problems: list[str] = []
    by_id: dict[str, Record] = {}
    for rec in records:
        first = by_id.get(rec.id)
        if first is not None:
            problems.append(_where(rec.path, rec.line, "id",
                                   f"duplicate id {rec.id!r} (first at {first.path}:{first.line})"))
        else:
            by_id[rec.id] = rec

    def ref(rec: Record, fld: str, target: str, label: str | None) -> None:
        other = by_id.get(target)
        if other is None and target in known:
            return
        if other is None:
            problems.append(_where(rec.path, rec.line, fld, f"{target!r} is not the id of a loaded record"))
        elif label is not None and other.label != label:
            problems.append(_where(rec.path, rec.line, fld, f"{target!r} is a {other.label}, expected {label}"))

    for rec in records:
        for m in rec.makers:
            ref(rec, "maker", m, "ORG")
        if rec.parent is not None:
            ref(rec, "parent", rec.parent, None)
        for i, r in enumerate(rec.roles):
            if isinstance(r.get("org"), str):
                ref(rec, f"roles[{i}].org", r["org"], "ORG")
        if rec.maker is not None and rec.label != "WEAPON":
            problems.append(_where(rec.path, rec.line, "maker", "only WEAPON records have a maker"))

    claims: dict[tuple[str, str], list[tuple[Record, str]]] = {}
    for rec in records:
        for space, alias, key in _claims(rec):
            lst = claims.setdefault((space, key), [])
            if all(r.id != rec.id for r, _ in lst):
                lst.append((rec, alias))
    for (space, _key), lst in claims.items():
        if len(lst) < 2:
            continue
        if all(alias in rec.ambiguous for rec, alias in lst):
            continue
        ids = ", ".join(r.id for r, _ in lst)
        for rec, alias in lst:
            if alias not in rec.ambiguous:
                fld = "adjectives" if space == "adjective" else "aliases"
                problems.append(_where(
                    rec.path, rec.line, fld,
                    f"{alias!r} is claimed by several records ({ids}); list it in 'ambiguous' "
                    "of every claimant or remove it"))
    return problems


def _read(path: str | PathLike[str]) -> tuple[str, str | None, str | None]:
    name = str(path)
    try:
        return name, Path(path).read_text(encoding="utf-8-sig"), None
    except OSError as exc:
        return name, None, _where(name, 0, "file", f"cannot read: {exc.strerror or exc}")
    except UnicodeDecodeError as exc:
        return name, None, _where(name, 0, "file", f"not UTF-8 (byte {exc.start})")


def collect(sources: Iterable[tuple[str, str]], *, known_ids: Iterable[str] = (),
            trusted: Iterable[str] = ()) -> tuple[list[Record], list[str]]:
    """Parse and validate ``(name, text)`` pairs together; returns (records, problems).

    Sources named in ``trusted`` (shipped files, validated by a test) skip the per-field
    checks; when every source is trusted the cross-record checks are skipped too (a subset of
    the valid shipped set is valid: ``known_ids`` covers references into the rest).
    """
    trusted = frozenset(trusted)
    records: list[Record] = []
    problems: list[str] = []
    all_trusted = True
    for name, text in sources:
        check = name not in trusted
        all_trusted = all_trusted and not check
        recs, probs = parse_text(text, name, check=check)
        records.extend(recs)
        problems.extend(probs)
    if not all_trusted:
        problems.extend(validate_records(records, known_ids=known_ids))
    return records, problems


def validate_files(paths: Iterable[str | PathLike[str]]) -> list[str]:
    """Every problem in the files, as ``"file:line: field: message"`` strings (empty: valid).

    The files are checked together: ids must be unique across them and references
    (``maker``, ``parent``, ``roles[].org``) may point into another file.

    >>> validate_files(["resources/gazetteers/no-such-file.jsonl"])[0][:58]
    'resources/gazetteers/no-such-file.jsonl:0: file: cannot re'
    """
    sources: list[tuple[str, str]] = []
    problems: list[str] = []
    for path in paths:
        name, text, err = _read(path)
        if err is not None:
            problems.append(err)
        else:
            sources.append((name, text or ""))
    _records, more = collect(sources)
    return problems + more


def load_records(paths: Iterable[str | PathLike[str]]) -> list[Record]:
    """Records of the files, validated together; raises :class:`ResourceError` on any problem.

    The error names the first problem's file, line and field; ``.problems`` lists all.
    """
    sources: list[tuple[str, str]] = []
    problems: list[str] = []
    for path in paths:
        name, text, err = _read(path)
        if err is not None:
            problems.append(err)
        else:
            sources.append((name, text or ""))
    records, more = collect(sources)
    raise_problems(problems + more)
    return records


def raise_problems(problems: Sequence[str]) -> None:
    """Raise a :class:`ResourceError` for ``problems`` (if any), locating the first one."""
    if not problems:
        return
    first = problems[0]
    m = re.match(r"^(.*?):(\d+): ([^:]+): (.*)$", first)
    count = f" ({len(problems)} problems in all, see .problems)" if len(problems) > 1 else ""
    if m:
        raise ResourceError(m.group(4) + count, path=m.group(1), line=int(m.group(2)),
                            field=m.group(3), problems=tuple(problems))
    raise ResourceError(first + count, problems=tuple(problems))


def dumps(record: Record) -> str:
    """One JSONL line for ``record`` (used by tests and tools that write gazetteers)."""
    return json.dumps(record.to_dict(), ensure_ascii=False)
