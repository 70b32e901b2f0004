"""geneva_nb: computational analysis of political news, taught on one article.

The public API (see DESIGN.md) is re-exported here. ``tone`` and ``chronology`` are bound at
import (each is also the name of its module, see below), which brings in pandas and the language
resources' code (about 0.3 s); attribution and display are imported on first use (another 0.3 s).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import errors

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Article": "article",
    "load_article": "article",
    "sentences": "article",
    "attribute": "attribution",
    "ToneScore": "tone",
    "tone": "tone",
    "tone_toward": "tone",
    "tone_by_side": "tone",
    "timexes": "timex",
    "chronology": "chronology",
    "highlight_html": "display",
    "Analysis": "analysis",
    "analyze": "analysis",
    "analyze_corpus": "corpus",
    "Corpus": "corpus",
    "compare_quotes": "record",
    "explore": "explore",
}

__all__ = [  # noqa: RUF022 - grouped as in DESIGN.md
    "__version__", "errors",
    "Article", "load_article", "sentences", "attribute",
    "ToneScore", "tone", "tone_toward", "tone_by_side",
    "timexes", "chronology", "highlight_html",
    "Analysis", "analyze",
    "analyze_corpus", "Corpus",
    "compare_quotes", "explore",
]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .analysis import Analysis, analyze
    from .article import Article, load_article, sentences
    from .attribution import attribute
    from .chronology import chronology
    from .corpus import Corpus, analyze_corpus
    from .display import highlight_html
    from .explore import explore
    from .record import compare_quotes
    from .timex import timexes
    from .tone import ToneScore, tone, tone_by_side, tone_toward


# `tone`, `chronology` and `explore` are both modules and the functions they define. Importing
# such a module binds the package attribute to the module, so a lazy export would be shadowed
# by whoever imports the module first; binding the functions now (after the import) is final.
from .chronology import chronology  # noqa: E402
from .explore import explore  # noqa: E402
from .tone import tone  # noqa: E402


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geneva_nb' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
