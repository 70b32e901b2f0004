"""Figures and HTML views; each submodule only reads results (see DESIGN.md)."""

from ..explore import explorer_html  # noqa: F401
from .highlight import (  # noqa: F401
    colour_by,
    group_colours,
    highlight_html,
    known_sides,
    side_colours,
    statements_figure,
)
from .timeline import plot_timeline  # noqa: F401
from .tone_plots import plot_tone_by_side, plot_tone_methods, tone_groups  # noqa: F401
