"""Morphology: pymorphy3's analyzers of Russian and Ukrainian, loaded once for the rules that read word forms
(coverage's lemmas, the numbers rule's ordinal words in every case)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=4)
def analyzer(lang: str) -> Any:
    """pymorphy3's analyzer of ``lang`` (ru, uk), loaded once."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)
