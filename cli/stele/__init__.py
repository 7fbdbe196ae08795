"""stele: localize Markdown articles through gettext, and prove no warning was lost."""

from __future__ import annotations

from stele.errors import SteleError

__all__ = ["SteleError", "__version__"]
__version__ = "0.1.0"
