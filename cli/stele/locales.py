"""Locales: validate locale codes, read Babel's CLDR data, and name each locale's files and URLs.

One code, three spellings: the gettext code names the catalogs
(``locales/pt_BR/LC_MESSAGES/site.po``), its BCP 47 tag is the page's ``lang`` and
``hreflang`` (``pt-BR``), and the tag in lower case is the URL segment (``public/pt-br/``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import format_date
from babel.localedata import locale_identifiers
from babel.messages.plurals import get_plural

from stele.errors import SteleError
from stele.model import Config

_LOCALE_RE = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|[0-9]{3}))?(?:@[a-z]+)?")
_SEGMENT_RE = re.compile(
    r"(?P<language>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?P<variant>[a-z]{5,8})|-x-(?P<private>[a-z]+))?"
)
# Scripts gettext writes as a modifier (sr@latin) and BCP 47 as a subtag (sr-Latn).
_SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl"}
_MODIFIER_OF_SCRIPT = {script: modifier for modifier, script in _SCRIPT_MODIFIERS.items()}
MESSAGES = "LC_MESSAGES"
SITE_DOMAIN = "site"  # the catalog of the strings every page shows (titles, disclaimer box, navigation)


@dataclass(frozen=True, slots=True)
class LocaleInfo:
    """What the pipeline needs to know about one locale."""

    code: str
    bcp47: str
    native_name: str
    direction: str
    nplurals: int
    plural_expr: str
    cldr: str = ""  # the CLDR locale used for formatting, when not ``code`` (pseudo-locales, sr@latin)

    @property
    def plural_forms(self) -> str:
        return f"nplurals={self.nplurals}; plural={self.plural_expr};"

    @property
    def segment(self) -> str:
        """The folder of the locale's pages under public/ (``pt-br``): see url_segment."""
        return url_segment(self.code)

    def format_date(self, value: dt.date) -> str:
        return format_date(value, "long", locale=self.cldr or self.code)


def validate_locale(code: str, *, origin: str = "locale") -> str:
    """Return the gettext form of ``code`` (``pt-BR`` → ``pt_BR``, ``sr-Latn`` → ``sr@latin``) or raise.

    Only codes CLDR knows are accepted, so a code can never name a path
    (``../../etc``) or an unknown language; every accepted code has a URL segment
    that leads back to it.
    """
    gettext_code = _gettext_spelling(code.replace("-", "_"))
    if not _LOCALE_RE.fullmatch(gettext_code) or _from_segment(url_segment(gettext_code)) != gettext_code:
        raise SteleError(
            f"{origin}: {code!r} is not a locale code; use a BCP 47 / gettext code such as ru, uk or pt_BR"
        )
    try:
        Locale.parse(gettext_code.split("@")[0])
    except (UnknownLocaleError, ValueError):
        raise SteleError(f"{origin}: unknown locale {code!r}; Babel's CLDR data has no such locale") from None
    return gettext_code


def _gettext_spelling(code: str) -> str:
    """A script gettext names by a modifier moves there: ``sr_Latn_RS`` → ``sr_RS@latin``."""
    language, *rest = code.split("_")
    if "@" in code or not rest or rest[0] not in _MODIFIER_OF_SCRIPT:
        return code
    return "_".join([language, *rest[1:]]) + "@" + _MODIFIER_OF_SCRIPT[rest[0]]


def bcp47(code: str) -> str:
    """A gettext code as a BCP 47 tag: ``pt_BR`` → ``pt-BR``, ``sr@latin`` → ``sr-Latn``.

    Any other modifier is a variant when it has 5 to 8 letters (``ca@valencia`` → ``ca-valencia``),
    private use otherwise (``de_DE@euro`` → ``de-DE-x-euro``).
    """
    base, _, modifier = code.partition("@")
    language, *rest = base.split("_")
    script = _SCRIPT_MODIFIERS.get(modifier)
    tag = [language, *([script] if script else []), *rest]
    if modifier and not script:
        tag += [modifier] if 5 <= len(modifier) <= 8 else ["x", modifier]
    return "-".join(tag)


def url_segment(code: str) -> str:
    """The folder of a locale's pages under public/: ``pt_BR`` → ``pt-br``, ``sr@latin`` → ``sr-latn``."""
    return bcp47(code).lower()


def locale_from_segment(segment: str) -> str:
    """The locale code whose pages live under public/``segment``/: ``pt-br`` → ``pt_BR``; the inverse of url_segment."""
    code = _from_segment(segment)
    if code is None or url_segment(code) != segment:
        raise ValueError(f"{segment!r} is not the URL segment of a locale")
    return code


def _from_segment(segment: str) -> str | None:
    match = _SEGMENT_RE.fullmatch(segment)
    if match is None:
        return None
    script, region = match["script"], match["region"]
    script_modifier = _MODIFIER_OF_SCRIPT.get((script or "").title(), "")
    other = match["variant"] or match["private"] or ""
    if script_modifier and other:
        return None  # two modifiers: no gettext code spells that
    subtags = [match["language"], *([script.title()] if script and not script_modifier else [])]
    code = "_".join(subtags + ([region.upper()] if region else []))
    modifier = script_modifier or other
    return f"{code}@{modifier}" if modifier else code


def writing_script(code: str) -> str:
    """The ISO 15924 script of a locale or a Language header: ``sr@latin`` → ``Latn``, ``sr`` → ``Cyrl``.

    A script the code names wins (``sr_Latn``, ``sr@latin``, ``sr@Latn``); otherwise CLDR's likely script for
    the language; "" when unknown.
    """
    named = named_script(code)
    if named:
        return named
    cldr = Locale.parse(cldr_locale(code) or "und")
    if cldr.script:
        return str(cldr.script)
    language = re.split(r"[-_@]", code.strip(), maxsplit=1)[0].lower()
    likely = str(get_global("likely_subtags").get(language, "")).split("_")
    return likely[1] if len(likely) > 2 else ""


def named_script(code: str) -> str:
    """The script a code names itself, as a subtag or a modifier (``sr@latin``, ``sr@Latn``, ``sr_Latn``), or ""."""
    base, _, modifier = code.strip().replace("-", "_").partition("@")
    for part in base.split("_")[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    modifier = modifier.lower()
    if modifier in _SCRIPT_MODIFIERS:
        return _SCRIPT_MODIFIERS[modifier]
    return modifier.title() if modifier.title() in _script_names() else ""


@lru_cache(maxsize=1)
def _script_names() -> frozenset[str]:
    return frozenset(Locale("en").scripts)


def language_scripts(code: str) -> frozenset[str]:
    """Every script CLDR writes a locale's language in: {"Cyrl", "Latn"} for sr, {"Cyrl"} for ru."""
    language = re.split(r"[-_@]", code.strip(), maxsplit=1)[0].lower()
    return _language_scripts().get(language, frozenset()) | {writing_script(language)} - {""}


@lru_cache(maxsize=1)
def _language_scripts() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for identifier in locale_identifiers():
        language, *rest = identifier.split("_")
        if rest and len(rest[0]) == 4:
            found.setdefault(language, set()).add(rest[0])
    return {language: frozenset(scripts) for language, scripts in found.items()}


@lru_cache(maxsize=1024)  # asked of each file by several rules; Locale.parse looks up CLDR's data each time
def cldr_locale(code: str) -> str | None:
    """The CLDR (Babel) locale of a gettext code or Language header, or None when CLDR knows no such language.

    ``sr@latin`` → ``sr_Latn``, ``sr@Latn`` → ``sr_Latn``, ``pt-BR`` → ``pt_BR``, ``de_DE@euro`` → ``de_DE``,
    ``zh_Hant_HK`` → ``zh_Hant_HK``; a region or script CLDR lacks is dropped (``fu`` stays unknown).
    """
    base = code.strip().replace("-", "_").partition("@")[0]
    parts = [part for part in base.split("_") if part]
    if not parts or not re.fullmatch(r"[A-Za-z]{2,3}", parts[0]):
        return None
    language, script = parts[0].lower(), named_script(code)
    region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}|[0-9]{3}", p)), "")
    for candidate in (
        [language, script, region], [language, script], [language, region], [language]
    ):
        if "" in candidate:
            continue
        try:
            return str(Locale.parse("_".join(candidate)))
        except (UnknownLocaleError, ValueError):
            continue
    return None


def template_path(config: Config, domain: str) -> Path:
    """The template of ``domain``: locales/<domain>.pot."""
    return config.locales_dir / f"{domain}.pot"


def messages_dir(root: Path, locale: str) -> Path:
    """A locale's gettext folder under ``root``: <root>/<locale>/LC_MESSAGES."""
    return root / locale / MESSAGES


def catalog_path(config: Config, locale: str, domain: str) -> Path:
    """A locale's catalog of ``domain``: locales/<locale>/LC_MESSAGES/<domain>.po."""
    return messages_dir(config.locales_dir, locale) / f"{domain}.po"


def mo_path(config: Config, locale: str, domain: str) -> Path:
    """The compiled catalog the build writes: build/<locale>/LC_MESSAGES/<domain>.mo."""
    return messages_dir(config.build_dir, locale) / f"{domain}.mo"


def catalog_files(config: Config, locale: str | None = None) -> list[Path]:
    """Every catalog of ``locale`` (of every locale folder when None), sorted."""
    if locale is None:
        return sorted(config.locales_dir.glob(f"*/{MESSAGES}/*.po"))
    return sorted(messages_dir(config.locales_dir, locale).glob("*.po"))


def catalog_locales(config: Config) -> set[str]:
    """The locale folders under locales/ that hold an LC_MESSAGES folder."""
    root = config.locales_dir
    return {p.name for p in root.iterdir() if (p / MESSAGES).is_dir()} if root.is_dir() else set()


def catalog_locale(path: Path) -> str | None:
    """The locale a catalog's path names, or None.

    ``<locale>/LC_MESSAGES/<domain>.po`` names ``<locale>``; a GNU-style ``po/<locale>.po`` (``ru.po``,
    ``sr@latin.po``, ``pt_BR.po``) names its stem when CLDR knows it as a locale.
    """
    if path.parent.name == MESSAGES:
        return path.parent.parent.name or None
    if path.suffix == ".po" and _LOCALE_STEM.fullmatch(path.stem) and cldr_locale(path.stem) is not None:
        return path.stem
    return None


_LOCALE_STEM = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z]{4})?(?:[_-](?:[A-Z]{2}|[0-9]{3}))?(?:@[A-Za-z]+)?")


PSEUDO = LocaleInfo("en_XA", "en-XA", "Pseudo (en-XA)", "ltr", 2, "(n != 1)", cldr="en")


def locale_info(code: str) -> LocaleInfo:
    """CLDR facts for ``code`` (already validated)."""
    if code == PSEUDO.code:
        return PSEUDO
    cldr = _cldr(code)
    locale = Locale.parse(cldr.split("@")[0])
    plural = get_plural(code)
    name = locale.get_display_name(locale) or code
    return LocaleInfo(
        code=code,
        bcp47=bcp47(code),
        native_name=name[:1].upper() + name[1:],
        direction=locale.text_direction,
        nplurals=plural.num_plurals,
        plural_expr=plural.plural_expr,
        cldr=cldr if cldr != code else "",
    )


def _cldr(code: str) -> str:
    """The CLDR locale of a gettext code: a script modifier becomes the script (``sr@latin`` → ``sr_Latn``)."""
    base, _, modifier = code.partition("@")
    script = _SCRIPT_MODIFIERS.get(modifier)
    if not script:
        return code
    language, *rest = base.split("_")
    return "_".join([language, script, *rest])


def suggest_locale(code: str, known: Sequence[str]) -> str | None:
    """The project locale a mistyped ``code`` most likely meant: the main language of a country code (``ua`` →
    ``uk``), else the closest spelling; None when nothing is close."""
    from babel.languages import get_territory_language_info

    spoken = get_territory_language_info(code.upper()) if len(code) == 2 and code.isalpha() else {}
    ranked = sorted(spoken, key=lambda language: -float(spoken[language]["population_percent"] or 0))
    for language in ranked:
        match = next((k for k in known if k.split("_")[0].split("@")[0] == language), None)
        if match is not None:
            return match
    close = difflib.get_close_matches(code, list(known), n=1, cutoff=0.5)
    return close[0] if close else None
