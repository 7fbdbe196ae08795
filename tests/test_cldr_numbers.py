"""The numbers rule's lean CLDR data (stele.rules.cldr_numbers) against Babel's full locale data."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from babel import Locale
from babel.localedata import locale_identifiers

from stele.rules.cldr_numbers import KEYS, number_data


def _plain(value: object) -> object:
    """Nested mappings as dicts (reading each item resolves CLDR aliases), other values by their repr."""
    if isinstance(value, Mapping):
        return {key: _plain(value[key]) for key in value}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return repr(value)


_TRICKY = ["en_IN", "en_AU", "es_419", "es_MX", "pt_PT", "zh_Hant_HK", "zh_Hans", "sr_Latn", "az_Cyrl", "de_CH",
           "it_CH", "ar_EG", "fa", "hi", "bn", "my", "ks_Deva", "uz_Arab", "root", "en"]


@pytest.mark.parametrize("name", sorted(set(_TRICKY) | set(locale_identifiers()[::25])))
def test_number_data_is_babels(name: str) -> None:
    locale = Locale.parse(name)
    lean = number_data(locale)
    full = locale._data
    assert {key for key in KEYS if key in lean} == {key for key in KEYS if key in full}
    for key in KEYS:
        if key in full:
            assert _plain(lean[key]) == _plain(full[key]), key
