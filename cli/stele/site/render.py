"""Render: Jinja2 pages and Markdown bodies for one locale; translations are untrusted text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import jinja2
from markdown_it.token import Token
from markupsafe import Markup, escape

from stele.catalogs.segments import ParsedArticle
from stele.errors import TemplateError
from stele.inline import inline_tokens, page_md
from stele.inline import page_parser as page_parser  # the site's name for it
from stele.model import Segment
from stele.site.scripts import ScriptLanguages, mark_runs
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


_PAGE_MD = page_md()


def slugify(text: str) -> str:
    """An anchor id from a heading's source text: ``Dosage: How Much?`` → ``dosage-how-much``."""
    plain = re.sub(r"[`*_\[\]()#]", "", text).lower()
    return re.sub(r"[^\w]+", "-", plain).strip("-") or "section"


BlockNote = Callable[[Segment], Markup]
"""HTML to show after a block (the review view's details of its message): safe markup, escaped by its maker."""


def render_body(
    parsed: ParsedArticle,
    translations: Translations,
    *,
    source_lang: str,
    lang: str | None = None,
    languages: ScriptLanguages | None = None,
    note: BlockNote | None = None,
) -> Markup:
    """The article body as HTML: each segment's translation (or source text, marked lang); with ``languages``,
    each run of text in another script than its element's language (``lang``, the page's) marked too; with
    ``note``, its HTML after each translated block (inside a table cell or list item, after a paragraph)."""
    by_index = {seg.token_index: seg for seg in parsed.segments if seg.token_index is not None}
    notes = _note_places(parsed.tokens, by_index) if note is not None else {}
    tokens: list[Token] = []
    for index, token in enumerate(parsed.tokens):
        if token.type == "html_block":
            continue
        token = _copy(token)
        segment = by_index.get(index)
        if token.type == "heading_open":
            inline = parsed.tokens[index + 1]
            token.attrSet("id", slugify(inline.content))
        if token.type == "inline":
            text = segment.msgid if segment else token.content
            shown = localize(text, translations) if segment else Localized(text, True)
            token.children = inline_tokens(_PAGE_MD, shown.text)
            fallback = shown.fallback and segment is not None
            if fallback:
                _mark_lang(tokens, source_lang)
            if languages is not None:
                token.children = mark_runs(token.children, source_lang if fallback else lang or source_lang, languages)
        tokens.append(token)
        if index in notes and note is not None:
            tokens.append(_html(note(notes[index])))
    return Markup(_PAGE_MD.renderer.render(style_tables(tokens), _PAGE_MD.options, {}))


def _copy(token: Token) -> Token:
    """A copy of a parsed token to render one page with: its own attributes (a page's ``lang``, ``id`` and
    ``class`` never reach the parsed article another page is rendered from)."""
    return Token(token.type, token.tag, token.nesting, dict(token.attrs), token.map, token.level, token.children,
                 token.content, token.markup, token.info, token.meta, token.block, token.hidden)


def _note_places(tokens: tuple[Token, ...], by_index: dict[int, Segment]) -> dict[int, Segment]:
    """Where each block's note goes: the token after which it is inserted (a cell's inline, else the block's
    closing token, so that the note never stands inside a paragraph or heading)."""
    places: dict[int, Segment] = {}
    for index, segment in by_index.items():
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        places[index if after is None or after.type in ("th_close", "td_close") else index + 1] = segment
    return places


_NUMERIC = re.compile(r"[~≈<>≤≥±+\-–]?\s*\d[\d\s.,:/%×x\-–—]*(?:\s*\S{1,6}(?:\s+\S{1,6})?)?")
_SCROLL_OPEN = '<div class="table-scroll">\n'


def style_tables(tokens: list[Token]) -> list[Token]:
    """Each table in a scrolling wrapper, and each column whose body cells are all numbers (``1-3 g``,
    ``5 mg``) marked ``class="num"`` so it is aligned to the end."""
    out: list[Token] = []
    start = 0
    for token in tokens:
        if token.type == "table_open":
            out.append(_html(_SCROLL_OPEN))
            start = len(out)
        out.append(token)
        if token.type == "table_close":
            _mark_numeric_columns(out[start:])
            out.append(_html("</div>\n"))
    return out


def _html(content: str) -> Token:
    token = Token("html_block", "", 0)
    token.content = content
    return token


def _mark_numeric_columns(table: list[Token]) -> None:
    rows: list[list[tuple[Token, str]]] = []
    for index, token in enumerate(table):
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open") and rows:
            rows[-1].append((token, table[index + 1].content if index + 1 < len(table) else ""))
    body = [row for row in rows if row and row[0][0].type == "td_open"]
    width = max((len(row) for row in rows), default=0)
    for column in range(width):
        cells = [row[column][1].strip() for row in body if column < len(row)]
        filled = [cell for cell in cells if cell]
        if filled and all(_NUMERIC.fullmatch(cell) for cell in filled):
            for row in rows:
                if column < len(row):
                    row[column][0].attrJoin("class", "num")


def _mark_lang(tokens: list[Token], lang: str) -> None:
    """Put ``lang`` on the element that holds the inline just being added."""
    for token in reversed(tokens):
        if token.nesting == 1 and not token.hidden:
            token.attrSet("lang", lang)
            return


class _CompiledTemplates(jinja2.BytecodeCache):
    """Templates compiled once per process for every environment of make_environment (all alike but for their
    translations): Jinja keys each by its file and checks its source's hash, so an edited template is compiled
    again."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found is not None:
            bucket.bytecode_from_string(found)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _CompiledTemplates()


def make_environment(templates_dir: Path, translations: Translations, *, source_lang: str = "") -> jinja2.Environment:
    """A Jinja2 environment whose gettext functions escape every translation; ``fallback_lang(message)`` is
    `` lang="<source_lang>"`` where the message has no translation (the page shows the source text), else "".

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
        bytecode_cache=_COMPILED,
    )
    env.policies["ext.i18n.trimmed"] = True
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    functions = _gettext_functions(translations)
    env.globals.update(functions, _=functions["gettext"])
    env.filters["time_element"] = time_element
    env.filters["in_lang"] = in_lang

    def fallback_lang(message: str, plural: str | None = None, num: int = 1, context: str | None = None) -> Markup:
        found = (translations.lookup(message, context) if plural is None
                 else translations.lookup_plural(message, plural, num, context))
        return Markup(' lang="{}"').format(source_lang) if source_lang and not found else Markup("")

    env.globals["fallback_lang"] = fallback_lang
    return env


def in_lang(text: str, lang: str, page_lang: str) -> Markup:
    """``text`` (in ``lang``) for a page in ``page_lang``: wrapped in ``<span lang>`` when the two differ."""
    if lang == page_lang:
        return escape(text)
    return Markup('<span lang="{}">{}</span>').format(lang, text)


def time_element(value: Any) -> Markup:
    """A date view (``iso``, ``text``) as ``<time datetime="…">…</time>``."""
    return Markup('<time datetime="{}">{}</time>').format(value.iso, value.text)


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
