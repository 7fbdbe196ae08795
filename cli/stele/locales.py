"""Locales: validate locale codes and read Babel's CLDR data (plural forms, names, dates)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.messages.plurals import get_plural

from stele.errors import SteleError

_LOCALE_RE = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|[0-9]{3}))?(?:@[a-z]+)?")


@dataclass(frozen=True, slots=True)
class LocaleInfo:
    """What the pipeline needs to know about one locale."""

    code: str
    bcp47: str
    native_name: str
    direction: str
    nplurals: int
    plural_expr: str
    cldr: str = ""  # the CLDR locale used for formatting, when not ``code`` (pseudo-locales)

    @property
    def plural_forms(self) -> str:
        return f"nplurals={self.nplurals}; plural={self.plural_expr};"

    def format_date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.cldr or self.code)


def validate_locale(code: str, *, origin: str = "locale") -> str:
    """Return the gettext form of ``code`` (``pt-BR`` → ``pt_BR``) or raise.

    Only codes CLDR knows are accepted, so a code can never name a path
    (``../../etc``) or an unknown language.
    """
    gettext_code = code.replace("-", "_")
    if not _LOCALE_RE.fullmatch(gettext_code):
        raise SteleError(
            f"{origin}: {code!r} is not a locale code; use a BCP 47 / gettext code such as ru, uk or pt_BR"
        )
    try:
        Locale.parse(gettext_code.split("@")[0])
    except (UnknownLocaleError, ValueError):
        raise SteleError(f"{origin}: unknown locale {code!r}; Babel's CLDR data has no such locale") from None
    return gettext_code


PSEUDO = LocaleInfo("en_XA", "en-XA", "Pseudo (en-XA)", "ltr", 2, "(n != 1)", cldr="en")


def locale_info(code: str) -> LocaleInfo:
    """CLDR facts for ``code`` (already validated)."""
    if code == PSEUDO.code:
        return PSEUDO
    locale = Locale.parse(code.split("@")[0])
    plural = get_plural(code)
    name = locale.get_display_name(locale) or code
    return LocaleInfo(
        code=code,
        bcp47=code.replace("_", "-").split("@")[0],
        native_name=name[:1].upper() + name[1:],
        direction=locale.text_direction,
        nplurals=plural.num_plurals,
        plural_expr=plural.plural_expr,
    )
