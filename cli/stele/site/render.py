"""Render: Jinja2 pages and Markdown bodies for one locale; translations are untrusted text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import jinja2
from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup, escape

from stele.catalogs.segments import ParsedArticle
from stele.errors import TemplateError
from stele.links import safe_link
from stele.theme import THEME_DIR


class Translations(Protocol):
    """What a page needs from a locale's catalog; ``context`` is the message's msgctxt."""

    def lookup(self, message: str, context: str | None = None) -> str | None: ...
    def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None: ...


class NoTranslations:
    """A locale or domain with no catalog: every message falls back to the source."""

    def lookup(self, message: str, context: str | None = None) -> str | None:
        return None

    def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
        return None


class SourceText:
    """The source locale: every message is its own text, never a fallback."""

    def lookup(self, message: str, context: str | None = None) -> str | None:
        return message

    def lookup_plural(self, singular: str, plural: str, n: int, context: str | None = None) -> str | None:
        return singular if n == 1 else plural


@dataclass(frozen=True, slots=True)
class Localized:
    """A message as shown on a page; ``fallback`` when it is the untranslated source text."""

    text: str
    fallback: bool = False


def localize(message: str, translations: Translations) -> Localized:
    found = translations.lookup(message)
    return Localized(found, False) if found else Localized(message, True)


def page_parser() -> MarkdownIt:
    """The parser for text going onto a page: no raw HTML, only safe link schemes."""
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    md.validateLink = safe_link  # type: ignore[method-assign]
    return md


_PAGE_MD = page_parser()


def slugify(text: str) -> str:
    """An anchor id from a heading's source text: ``Dosage: How Much?`` → ``dosage-how-much``."""
    plain = re.sub(r"[`*_\[\]()#]", "", text).lower()
    return re.sub(r"[^\w]+", "-", plain).strip("-") or "section"


def render_body(parsed: ParsedArticle, translations: Translations, *, source_lang: str) -> Markup:
    """The article body as HTML: each segment's translation (or source text, marked lang)."""
    by_index = {seg.token_index: seg for seg in parsed.segments if seg.token_index is not None}
    tokens: list[Token] = []
    for index, token in enumerate(parsed.tokens):
        if token.type == "html_block":
            continue
        token = token.copy()
        segment = by_index.get(index)
        if token.type == "heading_open":
            inline = parsed.tokens[index + 1]
            token.attrSet("id", slugify(inline.content))
        if token.type == "inline":
            text = segment.msgid if segment else token.content
            shown = localize(text, translations) if segment else Localized(text, True)
            token.children = _PAGE_MD.parseInline(shown.text)[0].children or []
            if shown.fallback and segment is not None:
                _mark_lang(tokens, source_lang)
        tokens.append(token)
    return Markup(_PAGE_MD.renderer.render(tokens, _PAGE_MD.options, {}))


def _mark_lang(tokens: list[Token], lang: str) -> None:
    """Put ``lang`` on the element that holds the inline just being added."""
    for token in reversed(tokens):
        if token.nesting == 1 and not token.hidden:
            token.attrSet("lang", lang)
            return


def make_environment(templates_dir: Path, translations: Translations) -> jinja2.Environment:
    """A Jinja2 environment whose gettext functions escape every translation.

    A template the project's folder does not have comes from the package's default theme.
    """
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(templates_dir)), jinja2.FileSystemLoader(THEME_DIR)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.policies["ext.i18n.trimmed"] = True
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    functions = _gettext_functions(translations)
    env.globals.update(functions, _=functions["gettext"])
    return env


def _format(message: str, fallback: str, variables: Mapping[str, Any]) -> Markup:
    """Escape the translation, then fill it; a broken placeholder falls back to the source."""
    for candidate in (message, fallback):
        try:
            return escape(candidate) % variables
        except (KeyError, ValueError, TypeError):
            continue
    return escape(fallback)


def _gettext_functions(translations: Translations) -> dict[str, Callable[..., Markup]]:
    """gettext, ngettext, pgettext and npgettext for templates (also what {% trans %} calls)."""

    def pgettext(context: str | None, message: str, /, **variables: Any) -> Markup:
        return _format(translations.lookup(message, context) or message, message, variables)

    def npgettext(context: str | None, singular: str, plural: str, num: int, /, **variables: Any) -> Markup:
        variables.setdefault("num", num)
        source = singular if num == 1 else plural
        return _format(translations.lookup_plural(singular, plural, num, context) or source, source, variables)

    def gettext(message: str, /, **variables: Any) -> Markup:
        return pgettext(None, message, **variables)

    def ngettext(singular: str, plural: str, num: int, /, **variables: Any) -> Markup:
        return npgettext(None, singular, plural, num, **variables)

    return {"gettext": gettext, "ngettext": ngettext, "pgettext": pgettext, "npgettext": npgettext}


def render_template(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render ``name``; template errors name the template file and line."""
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template syntax error: {exc.message}", path=_template_path(env, exc.name or name), line=exc.lineno
        ) from None
    except jinja2.UndefinedError as exc:
        line = _template_line(env, exc)
        raise TemplateError(
            f"unknown variable: {exc.message}; pass it or remove it",
            path=_template_path(env, line[0] or name),
            line=line[1],
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(
            f"template {exc.name!r} not found; add it to templates/", path=_template_path(env, name)
        ) from None


def _search_path(env: jinja2.Environment) -> list[str]:
    loader = env.loader
    loaders = loader.loaders if isinstance(loader, jinja2.ChoiceLoader) else [loader]
    return [str(p) for one in loaders if isinstance(one, jinja2.FileSystemLoader) for p in one.searchpath]


def _template_path(env: jinja2.Environment, name: str) -> str:
    """The template as the project's folder names it (a theme template: where `stele theme copy` puts it)."""
    paths = _search_path(env)
    return f"{Path(paths[0]).name}/{name}" if paths else name


def _template_line(env: jinja2.Environment, exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template frame of a render error (Jinja rewrites tracebacks to template lines)."""
    roots = [str(Path(p).resolve()) for p in _search_path(env)]
    found: tuple[str | None, int | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        filename = str(Path(tb.tb_frame.f_code.co_filename).resolve())
        for root in roots:
            if filename.startswith(root + "/"):
                found = (filename[len(root) + 1 :], tb.tb_lineno)
        tb = tb.tb_next
    return found
