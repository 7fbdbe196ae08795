"""Zawgyi: Burmese written in a font's own encoding, not Unicode (myanmartools' detector), for the escapes rule and
the numbers rule, which would read its letters on the Shan digits' code points as digits."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from stele.model import Finding
from stele.rules.base import CatalogFile

_MYANMAR = re.compile("[\u1000-\u109f]")
_DIGIT = re.compile("[\u1040-\u1049]")  # Myanmar's: Zawgyi's writers type ၀ for ဝ, ၇ for ရ
_SHAN_DIGIT = re.compile("[\u1090-\u1099]")  # Zawgyi's letters sit on their code points; only Shan writes them
_SURE = 0.95  # the detector's probability from which a text is Zawgyi


@lru_cache(maxsize=1)
def _detector() -> Any:
    with warnings.catch_warnings():  # it reads its model with importlib.resources.open_binary (deprecated in 3.11)
        warnings.simplefilter("ignore", DeprecationWarning)
        from myanmartools import ZawgyiDetector

        return ZawgyiDetector()


@lru_cache(maxsize=4096)  # a message's text, asked by the escapes and the numbers rules
def is_zawgyi(text: str) -> bool:
    """Whether ``text`` is Burmese in the Zawgyi encoding (False for any text without a Myanmar character)."""
    return _in_zawgyi(text)


def _in_zawgyi(text: str) -> bool:
    return _MYANMAR.search(text) is not None and _detector().get_zawgyi_probability(text) >= _SURE


def misread_digits(text: str, language: str) -> bool:
    """Whether ``text`` may hold Zawgyi letters where digits are read: a Shan digit in a text of another language
    than Shan (Zawgyi puts letters on their code points: «ဧ႓ပီလ», April), or a Myanmar digit in a text in Zawgyi."""
    if _SHAN_DIGIT.search(text) is not None:
        return language != "shn"
    return _DIGIT.search(text) is not None and is_zawgyi(text)


def check_zawgyi(file: CatalogFile) -> Iterator[Finding]:
    """One finding for a catalog whose Burmese is in Zawgyi (its Burmese translations read together, three at least:
    a short one alone is too little to tell, and a word typed in Zawgyi's order in a Unicode catalog is a typo):
    readers whose fonts are Unicode (every current phone and system) see it scrambled."""
    burmese = [(msg, text) for msg in file.parsed.messages if not msg.is_header and not msg.obsolete
               for text in msg.translations if text and _MYANMAR.search(text) is not None]
    if len(burmese) >= 3 and _in_zawgyi("\n".join(text for _, text in burmese)):  # (a catalog's text: not cached)
        msg, _ = next(((msg, text) for msg, text in burmese if is_zawgyi(text)), burmese[0])
        yield file.finding(
            "escapes", msg.msgstr_line,
            f"the catalog's {len(burmese)} Burmese translations are in the Zawgyi encoding, not Unicode (this one "
            "first): readers whose fonts are Unicode see them scrambled; convert the catalog (myanmartools, Rabbit)",
            msg=msg,
        )


def may_hold_myanmar(texts: str) -> bool:
    """Whether ``texts`` hold a Myanmar character (else no text of them is Zawgyi)."""
    return _MYANMAR.search(texts) is not None
