"""Figures and HTML views; each submodule only reads results (see DESIGN.md)."""

from ..explore import explorer_html  # noqa: F401
from .highlight import highlight_html, side_colours, statements_figure  # noqa: F401
from .timeline import plot_timeline  # noqa: F401
from .tone_plots import plot_tone_by_side, plot_tone_methods  # noqa: F401
