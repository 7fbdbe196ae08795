"""The CLDR data the numbers rule reads (number symbols and formats, unit names), merged up a locale's parents.

Babel's ``Locale._data`` merges all of a locale's CLDR data (dates, territory names...) into its parents' for each
locale: most of the numbers rule's set-up time over many catalogs. This merges only the keys below, the same way
(``babel.localedata.merge``, the same parent chain), so each value is the one Babel gives (tested against it).
"""

from __future__ import annotations

import pickle
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.core import get_global
from babel.localedata import LocaleDataDict, merge, resolve_locale_filename

__all__ = ["KEYS", "number_data"]

KEYS = ("number_symbols", "default_numbering_system", "decimal_formats", "percent_formats", "unit_patterns",
        "compact_decimal_formats")


def number_data(locale: Locale) -> LocaleDataDict:
    """``locale``'s CLDR data for ``KEYS`` only, as ``locale._data`` has it."""
    return _resolved(str(locale))


@lru_cache(maxsize=256)
def _resolved(name: str) -> LocaleDataDict:
    return LocaleDataDict(_merged(name))


@lru_cache(maxsize=256)
def _merged(name: str) -> dict[str | int | None, Any]:
    if name == "root":
        return dict(_own(name))
    data = _merged(_parent(name)).copy()
    merge(data, _own(name))
    return data


def _own(name: str) -> dict[str | int | None, Any]:
    with open(resolve_locale_filename(name), "rb") as handle:
        data = pickle.load(handle)
    return {key: data[key] for key in KEYS if key in data}


def _parent(name: str) -> str:
    """The locale ``name`` inherits from, as ``babel.localedata.load`` finds it."""
    from babel import localedata

    parent: str | None = get_global("parent_exceptions").get(name)
    if parent:
        return parent
    if localedata._is_non_likely_script(name):
        return "root"
    parts = name.split("_")
    return "root" if len(parts) == 1 else "_".join(parts[:-1])
