"""The one exception family of geneva_nb.

Every error the package raises on bad input is a :class:`GenevaNbError`, and every message says
what was wrong and what the user can do about it. Subclasses also inherit from the matching
built-in exception where one exists (``FileNotFoundError``, ``ValueError``), so code that already
catches those keeps working.
"""

from __future__ import annotations

__all__ = [
    "AnnotationFormatError",
    "ArticleNotFoundError",
    "DataFileError",
    "DecodeError",
    "EmptyArticleError",
    "GenevaNbError",
    "GenevaNbWarning",
    "InputError",
    "MissingDependencyError",
    "NotebookExecutionError",
    "SpanError",
]


class GenevaNbError(Exception):
    """Base of every error geneva_nb raises on bad input or a failed run."""


class InputError(GenevaNbError, ValueError):
    """The text or file given to a function cannot be analysed as it is."""


class ArticleNotFoundError(InputError, FileNotFoundError):
    """The article path does not exist or is not a file."""


class EmptyArticleError(InputError):
    """The article has no text to analyse (empty, whitespace only, or only boilerplate)."""


class DecodeError(InputError):
    """The file is binary or in an encoding that cannot be decoded safely."""


class SpanError(InputError, IndexError):
    """A character span (start, end) does not fit the text it refers to."""


class DataFileError(GenevaNbError):
    """A data file the package reads (actors, lexicon, metadata sidecar) is malformed."""


class AnnotationFormatError(GenevaNbError):
    """A gold annotation file (BRAT standoff, TimeML) cannot be read."""


class MissingDependencyError(GenevaNbError, ImportError):
    """An optional part of the package was asked for but its extra is not installed."""


class NotebookExecutionError(GenevaNbError):
    """A notebook failed while the report was being built."""


class GenevaNbWarning(UserWarning):
    """Something was done that the user should check (e.g. a file decoded as cp1252)."""
