"""The exceptions frdefnlp raises.

Every error derives from :class:`FrdefnlpError`, so ``except FrdefnlpError`` catches all of
them. Input errors also derive from the builtin a Python user expects (``TypeError`` for a
value of the wrong type, ``ValueError`` for a value of the right type that cannot be used),
so code written against the standard library keeps working. Messages name the value that was
passed and say what to do instead.
"""

from __future__ import annotations

__all__ = [
    "FrdefnlpError",
    "InputError",
    "InputTypeError",
    "InputValueError",
    "ResourceError",
    "ModelNotAvailableError",
    "MissingDependencyError",
    "InputTooLongError",
]


class FrdefnlpError(Exception):
    """Root of every exception raised by frdefnlp."""


class InputError(FrdefnlpError):
    """The caller passed something frdefnlp cannot work on."""


class InputTypeError(InputError, TypeError):
    """An argument has the wrong type (``None``, ``bytes``, a number ... where text was expected)."""


class InputValueError(InputError, ValueError):
    """An argument has the right type but a value that cannot be used."""


class ResourceError(FrdefnlpError):
    """A data file (shipped or user-supplied) is missing or malformed.

    ``path``, ``line`` and ``field`` locate the problem when known; ``problems`` holds every
    problem found when a validator collected several before raising.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        problems: tuple[str, ...] = (),
    ) -> None:
        where = ""
        if path is not None:
            where = str(path)
            if line is not None:
                where += f":{line}"
            if field is not None:
                where += f" (field {field!r})"
            where += ": "
        super().__init__(where + message)
        self.path = path
        self.line = line
        self.field = field
        self.problems = problems


class ModelNotAvailableError(FrdefnlpError):
    """An optional model (for example stanza's French NER) was asked for but is not installed."""


class MissingDependencyError(FrdefnlpError, ImportError):
    """An optional extra is needed and not installed (``import frdefnlp.stanza`` without
    stanza: ``pip install "frdefnlp[stanza]"``). Also an ``ImportError``."""


class InputTooLongError(InputValueError):
    """A text is longer than the ``max_length`` a stage accepts (see ``frdefnlp.tag``): raise
    the limit (``max_length=``) or split the text."""
