"""Config: read stele.toml into a Config, finding the project from any folder inside it."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from stele.errors import ConfigError
from stele.fsutil import write_text_if_changed
from stele.locales import validate_locale
from stele.model import (
    DEFAULT_HEALTH_TAGS,
    MODALITY_CLASSES,
    SEVERITIES,
    STAND_IN_CLASSES,
    CheckSettings,
    Config,
    DisclaimerRule,
    Lexicon,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_NAME = "stele.toml"
_KEYS = {
    "site": {"base_url", "source_locale", "locales", "health_tags", "status_page"},
    "paths": {"source", "locales", "templates", "public", "build"},
    "disclaimer": {"id", "pattern", "description", "locales"},
    "check": {"severity", "untranslatable", "typography_prepositions"},
    "machine_translation": {"command", "timeout"},
    "glossary": None,
    "meaning": None,
}
_MEANING_KEYS = ("negations", "concord", "implicit", *MODALITY_CLASSES, *STAND_IN_CLASSES, "terms", "caps",
                 "carriers", "opposites")


def find_project(start: Path) -> Path:
    """Return the nearest folder at or above ``start`` that holds stele.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(
        f"no {CONFIG_NAME} in {start} or any folder above it; run stele inside a project or pass --project DIR"
    )


def load_config(root: Path) -> Config:
    """Read ``root/stele.toml``; unknown keys and bad values are errors."""
    path = root / CONFIG_NAME
    shown = CONFIG_NAME
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        raise ConfigError(f"not found in {root}; create one (see README)", path=shown) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", path=shown) from exc
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise ConfigError(f"not valid TOML: {exc}", path=shown, line=line) from exc
    try:
        return _config(root, data, shown)
    except ConfigError as exc:
        if exc.line is not None or exc.where is None:
            raise
        raise ConfigError(exc.detail, path=shown, line=_line_of(text, exc.where, exc.section)) from exc


_SECTION_RE = re.compile(r"\s*\[{1,2}\s*([\w.-]+)\s*\]{1,2}")


def _line_of(text: str, where: str, section: str | None = None) -> int | None:
    """The first line of stele.toml that holds ``where`` (a section header, a key or a value); with
    ``section``, the key ``where`` in that [section] first."""
    lines = text.splitlines()
    named = re.compile(rf"\s*(?:\[{{1,2}}\s*{re.escape(where)}\s*\]{{1,2}}|[\"']?{re.escape(where)}[\"']?\s*=)")
    if section is not None:
        current = None
        for number, line in enumerate(lines, 1):
            header = _SECTION_RE.match(line)
            current = header.group(1) if header else current
            if current == section and not header and named.match(line):
                return number
    for test in (named.match, lambda line: where in line):
        for number, line in enumerate(lines, 1):
            if test(line):
                return number
    return None


def _located(message: str, path: str, where: str, section: str | None = None) -> ConfigError:
    """A ConfigError that load_config completes with the line of ``where`` (a key of ``section``, if given)."""
    error = ConfigError(message, path=path)
    error.where, error.section = where, section
    return error


def _config(root: Path, data: dict[str, Any], shown: str) -> Config:
    _check_keys(data, shown)
    site = data.get("site", {})
    paths = data.get("paths", {})
    source_locale = validate_locale(str(site.get("source_locale", "en")), origin=f"{shown}: [site]")
    listed = _string_list(site, "site", "locales", [], shown, example='["ru", "uk"]')
    locales = tuple(validate_locale(code, origin=f"{shown}: [site]") for code in listed)
    return Config(
        root=root,
        base_url=str(site.get("base_url", "")).rstrip("/"),
        source_locale=source_locale,
        locales=locales,
        health_tags=_string_list(site, "site", "health_tags", list(DEFAULT_HEALTH_TAGS), shown, example='["health"]'),
        status_page=_flag(site, "site", "status_page", shown),
        source_dir=root / paths.get("source", "source"),
        locales_dir=root / paths.get("locales", "locales"),
        templates_dir=root / paths.get("templates", "templates"),
        public_dir=root / paths.get("public", "public"),
        build_dir=root / paths.get("build", "build"),
        disclaimer_rules=tuple(_rule(item, shown) for item in data.get("disclaimer", [])),
        check=_check_settings(data.get("check", {}), data.get("glossary", {}), shown,
                              _meaning(data.get("meaning", {}), shown)),
        machine_translation=_machine_translation(data.get("machine_translation", {}), shown),
    )


def _string_list(table: dict[str, Any], section: str, key: str, default: list[str], path: str, *,
                 example: str) -> tuple[str, ...]:
    """``table[key]``, which must be a list of non-empty strings (a lone string is the usual slip)."""
    value = table.get(key, default)
    if isinstance(value, str):
        items = ", ".join(f'"{item}"' for item in re.split(r"[\s,]+", value) if item) or '""'
        raise _located(f"[{section}] {key} is the string {value!r}; write a list: {key} = [{items}]", path, key,
                       section)
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise _located(f"[{section}] {key} must be a list of strings, e.g. {key} = {example}", path, key, section)
    return tuple(value)


def _flag(table: dict[str, Any], section: str, key: str, path: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise _located(f"[{section}] {key} must be true or false", path, key, section)
    return value


def _machine_translation(table: dict[str, Any], path: str) -> tuple[str, ...]:
    command = table.get("command", [])
    if not isinstance(command, list) or not all(isinstance(part, str) and part for part in command):
        raise ConfigError("[machine_translation] command must be a list of strings, e.g. [\"my-mt\", \"--to\"]",
                          path=path)
    return tuple(command)


def _check_keys(data: dict[str, Any], path: str) -> None:
    for section, value in data.items():
        if section not in _KEYS:
            raise _located(f"unknown section [{section}]; known: {', '.join(_KEYS)}", path, section)
        items = value if isinstance(value, list) else [value]
        known_keys = _KEYS[section]
        for item in items:
            if not isinstance(item, dict):
                raise ConfigError(f"[{section}] must be a table", path=path)
            if known_keys is None:
                continue
            unknown = sorted(set(item) - known_keys)
            if unknown:
                known = ", ".join(sorted(known_keys))
                raise _located(f"unknown key {unknown[0]!r} in [{section}]; known keys: {known}", path, unknown[0])


def _compile(pattern: object, what: str, path: str) -> re.Pattern[str]:
    try:
        return re.compile(str(pattern))
    except re.error as exc:
        raise _located(f"{what}: bad regular expression: {exc}; fix the pattern", path, str(pattern)) from exc


def _rule(item: dict[str, Any], path: str) -> DisclaimerRule:
    rule_id = str(item.get("id", ""))
    if not re.fullmatch(r"[A-Za-z0-9][\w-]*", rule_id):
        raise ConfigError(f"[[disclaimer]] needs an id of letters, digits, - or _: {rule_id!r}", path=path)
    what = f"[[disclaimer]] {rule_id!r}"
    pattern = _compile(item["pattern"], what, path) if "pattern" in item else None
    locales = item.get("locales", {})
    if not isinstance(locales, dict):
        raise ConfigError(f"{what}: 'locales' must be a table of locale = pattern", path=path)
    for code in locales:
        validate_locale(code, origin=f"{path}: {what}")
    patterns = {code: _compile(value, f"{what} locales.{code}", path) for code, value in locales.items()}
    return DisclaimerRule(rule_id, pattern, str(item.get("description", rule_id)), patterns)


def _meaning(table: dict[str, Any], path: str) -> dict[str, Lexicon]:
    """[meaning.<locale>]: words added to the built-in lexicons of the polarity, modality and coverage rules."""
    lexicons: dict[str, Lexicon] = {}
    for code, words in table.items():
        section = f"meaning.{code}"
        validate_locale(code, origin=f"{path}: [{section}]")
        if not isinstance(words, dict):
            raise _located(f"[{section}] must be a table, e.g. negations = [\"не\"]", path, section)
        unknown = sorted(set(words) - set(_MEANING_KEYS))
        if unknown:
            raise _located(f"unknown key {unknown[0]!r} in [{section}]; known keys: {', '.join(_MEANING_KEYS)}",
                           path, unknown[0], section)
        terms = words.get("terms", {})
        if not isinstance(terms, dict):
            raise _located(f"[{section}] terms must be a table of concept = [words]", path, "terms", section)

        def listed(key: str, where: dict[str, Any] = words, name: str = section) -> tuple[str, ...]:
            return _string_list(where, name, key, [], path, example='["word", "stem*"]')

        lexicons[code] = Lexicon(
            listed("negations"), listed("concord"), listed("implicit"),
            {name: listed(name) for name in (*MODALITY_CLASSES, *STAND_IN_CLASSES) if name in words},
            {concept: listed(concept, terms, f"{section}.terms") for concept in terms},
            listed("caps"), listed("carriers"), _opposites(words.get("opposites", {}), section, path),
        )
    return lexicons


def _opposites(table: Any, section: str, path: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """[meaning.<locale>.opposites]: word = { words = [...], negated = [...] } (a word and the same negated by a
    prefix: "safe" and "unsafe")."""
    example = 'safe = { words = ["sicher*"], negated = ["unsicher*"] }'
    if not isinstance(table, dict) or not all(isinstance(pair, dict) for pair in table.values()):
        raise _located(f"[{section}] opposites must be a table of word = {{ words, negated }}, e.g. {example}", path,
                       "opposites", section)
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for name, pair in table.items():
        where = f"{section}.opposites.{name}"
        unknown = sorted(set(pair) - {"words", "negated"})
        if unknown or not pair:
            raise _located(f"[{where}] takes words and negated, e.g. {example}", path, unknown[0] if unknown else name,
                           where if unknown else f"{section}.opposites")
        found[name] = (_string_list(pair, where, "words", [], path, example='["sicher*"]'),
                       _string_list(pair, where, "negated", [], path, example='["unsicher*"]'))
    return found


def _check_settings(check: dict[str, Any], glossary: dict[str, Any], path: str,
                    meaning: dict[str, Lexicon] | None = None) -> CheckSettings:
    severity = check.get("severity", {})
    if not isinstance(severity, dict) or any(v not in (*SEVERITIES, "off") for v in severity.values()):
        raise ConfigError(f"[check] severity must map rule ids to one of {', '.join(SEVERITIES)}, off", path=path)
    terms = check.get("untranslatable", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ConfigError("[check] untranslatable must be a list of strings", path=path)
    table: dict[str, dict[str, str]] = {}
    for term, forms in glossary.items():
        if not isinstance(forms, dict) or not all(isinstance(v, str) for v in forms.values()):
            raise ConfigError(f"[glossary] {term!r} must map locales to the required word stem", path=path)
        table[term] = dict(forms)
    prepositions = check.get("typography_prepositions", False)
    if not isinstance(prepositions, bool):
        raise ConfigError("[check] typography_prepositions must be true or false", path=path)
    return CheckSettings(severity=dict(severity), untranslatable=tuple(terms), glossary=table,
                         typography_prepositions=prepositions, meaning=meaning or {})


def add_locales(path: Path, codes: Sequence[str]) -> list[str]:
    """Add ``codes`` to ``[site] locales`` of stele.toml, keeping its comments, layout and order; the codes added."""
    import tomlkit

    document = tomlkit.parse(path.read_text(encoding="utf-8"))
    site = document.get("site")
    if site is None:
        site = tomlkit.table()
        document["site"] = site
    listed = site.get("locales")
    if listed is None:
        listed = tomlkit.array()
        site["locales"] = listed
    added = [code for code in codes if code not in listed]
    listed.extend(added)
    if added:
        write_text_if_changed(path, tomlkit.dumps(document))
    return added


def locales_line(config: Config, codes: Sequence[str]) -> str:
    """The ``locales = [...]`` line of stele.toml with ``codes`` added."""
    listed = list(config.locales) + [code for code in codes if code not in config.locales]
    return "locales = [" + ", ".join(f'"{code}"' for code in listed) + "]"
