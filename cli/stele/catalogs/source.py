"""Source: read source/*.md into Articles (UTF-8, YAML front matter, Markdown body)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from stele.errors import EmptySourceError, SourceError
from stele.links import safe_link
from stele.model import DEFAULT_HEALTH_TAGS, Article, Citation, Config, Finding, is_health

_REQUIRED = ("title", "description", "slug", "date", "tags")
_OPTIONAL = ("updated", "reviewed", "reviewed_by", "sources")
_CITATION_KEYS = ("title", "url", "publisher", "date")
_SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def source_files(config: Config) -> list[Path]:
    """The project's articles, in name order."""
    return sorted(config.source_dir.glob("*.md"))


def refuse_empty_source(config: Config, losing: Sequence[Path], *, command: str, what: str, where: Path) -> None:
    """Stop ``command`` before it removes ``losing`` (its ``what``s in ``where``) because the source folder is
    missing or holds no article: a renamed folder or a mistyped [paths] source must not wipe the output."""
    if not losing or source_files(config):
        return
    folder = config.source_dir
    state = "holds no article (*.md)" if folder.is_dir() else "is not a folder" if folder.exists() else "no such folder"
    count = f"{len(losing)} {what}{'' if len(losing) == 1 else 's'}"
    raise EmptySourceError(
        f"{state}, so {command} would remove the {count} in {config.relative(where)}/; "
        "check [paths] source in stele.toml, or pass --allow-empty to remove them",
        path=config.relative(folder),
    )


def read_articles(config: Config) -> list[Article]:
    """Read every article; slugs must be unique."""
    articles = [
        read_article(path, display=config.relative(path), health_tags=config.health_tags)
        for path in source_files(config)
    ]
    seen: dict[str, str] = {}
    for article in articles:
        if article.slug in seen:
            raise SourceError(
                f"slug {article.slug!r} is also used by {seen[article.slug]}; give each article its own slug",
                path=article.path,
                line=1,
            )
        seen[article.slug] = article.path
    return articles


MAX_ARTICLE_BYTES = 2 * 1024 * 1024


def read_article(path: Path, *, display: str | None = None, health_tags: Iterable[str]) -> Article:
    """Parse one Markdown file with YAML front matter; ``health_tags`` is the project's [site] health_tags."""
    shown = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise SourceError(f"is {size / 2**20:.1f} MiB; an article may have up to {MAX_ARTICLE_BYTES // 2**20} MiB: "
                              "split it into several articles", path=shown)
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"not UTF-8 (byte 0x{exc.object[exc.start]:02x}); save the file as UTF-8", path=shown, line=line
        ) from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=shown) from None
    return parse_article(text.removeprefix("\ufeff"), shown, health_tags=health_tags)


def parse_article(text: str, shown: str, *, health_tags: Iterable[str] = DEFAULT_HEALTH_TAGS) -> Article:
    """Split ``text`` into front matter and body and validate the front matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise SourceError("no front matter; start the file with a '---' line", path=shown, line=1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
    except StopIteration:
        raise SourceError("front matter is not closed; add a '---' line after it", path=shown, line=1) from None
    front = "\n".join(lines[1:end])
    node = _compose(front, shown)
    meta = yaml.load(front, Loader=_LOADER) if node is not None else None  # a safe loader
    if not isinstance(meta, dict):
        raise SourceError("front matter must be a YAML mapping (key: value)", path=shown, line=2)
    key_lines = {key.value: key.start_mark.line + 2 for key, _ in node.value} if node else {}
    _validate(meta, key_lines, shown)
    return Article(
        path=shown,
        slug=meta["slug"],
        title=str(meta["title"]).strip(),
        description=str(meta["description"]).strip(),
        date=meta["date"],
        tags=tuple(str(tag) for tag in meta["tags"]),
        body="\n".join(lines[end + 1 :]),
        body_line=end + 2,
        title_line=key_lines["title"],
        description_line=key_lines["description"],
        is_health=is_health(meta["tags"], health_tags),
        updated=_optional_date(meta, "updated", key_lines, shown),
        reviewed=_optional_date(meta, "reviewed", key_lines, shown),
        reviewed_by=_reviewer(meta, key_lines, shown),
        sources=_citations(meta.get("sources"), node, key_lines, shown),
        warnings=_unknown_keys(meta, key_lines, shown),
    )


def _unknown_keys(meta: dict[str, object], key_lines: dict[str, int], shown: str) -> tuple[Finding, ...]:
    """A warning for each front-matter key stele does not know (a typo such as ``reviewd`` is not silent)."""
    known = (*_REQUIRED, *_OPTIONAL)
    return tuple(
        Finding(shown, key_lines.get(key, 2), "warning", "front-matter",
                f"unknown front-matter key {key!r} is ignored; known keys: {', '.join(known)}")
        for key in meta
        if key not in known
    )


def _optional_date(meta: dict[str, object], key: str, key_lines: dict[str, int], shown: str) -> dt.date | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise SourceError(f"{key!r} must be a date such as 2026-11-20", path=shown, line=key_lines[key])
    return value


def _reviewer(meta: dict[str, object], key_lines: dict[str, int], shown: str) -> str:
    value = meta.get("reviewed_by")
    if value is None:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise SourceError("'reviewed_by' must be the reviewer's name, e.g. 'Jane Doe, MD'", path=shown,
                          line=key_lines["reviewed_by"])
    return value.strip()


def _citations(value: object, node: yaml.Node | None, key_lines: dict[str, int], shown: str) -> tuple[Citation, ...]:
    """``sources``: a list of {title, url, publisher?, date?}; each error names the line of its entry."""
    if value is None:
        return ()
    line = key_lines.get("sources", 2)
    if not isinstance(value, list):
        raise SourceError("'sources' must be a list of {title, url, publisher, date}", path=shown, line=line)
    lines = _item_lines(node, "sources")
    return tuple(_citation(item, shown, lines[i] if i < len(lines) else line) for i, item in enumerate(value))


def _item_lines(node: yaml.Node | None, key: str) -> list[int]:
    if not isinstance(node, yaml.MappingNode):
        return []
    for name, value in node.value:
        if name.value == key and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 2 for item in value.value]
    return []


def _citation(item: object, shown: str, line: int) -> Citation:
    if not isinstance(item, dict):
        raise SourceError("each of 'sources' must be a mapping such as {title: …, url: https://…}", path=shown,
                          line=line)
    unknown = sorted(str(key) for key in item if key not in _CITATION_KEYS)
    if unknown:
        raise SourceError(f"a source has the unknown key {unknown[0]!r}; its keys are {', '.join(_CITATION_KEYS)}",
                          path=shown, line=line)
    title, url, publisher, date = (item.get(key) for key in _CITATION_KEYS)
    if not isinstance(title, str) or not title.strip():
        raise SourceError("a source needs a 'title'", path=shown, line=line)
    if not isinstance(url, str) or not url.startswith(("https://", "http://")) or not safe_link(url):
        raise SourceError("a source needs an http(s) 'url'", path=shown, line=line)
    if publisher is not None and not isinstance(publisher, str):
        raise SourceError("a source's 'publisher' must be text", path=shown, line=line)
    if date is not None and (isinstance(date, (bool, dt.datetime)) or not isinstance(date, (dt.date, int))):
        raise SourceError("a source's 'date' must be a date such as 2024-05-01 or a year", path=shown, line=line)
    return Citation(title.strip(), url.strip(), (publisher or "").strip(), date)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML has it: same values


def _compose(front: str, shown: str) -> yaml.Node | None:
    try:
        return yaml.compose(front, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc)
        raise SourceError(f"front matter is not valid YAML: {problem}", path=shown, line=line) from None


def _validate(meta: dict[str, object], key_lines: dict[str, int], shown: str) -> None:
    for key in _REQUIRED:
        if key not in meta:
            raise SourceError(f"front matter has no {key!r}; add '{key}: …'", path=shown, line=2)
    for key in ("title", "description"):
        if not isinstance(meta[key], str) or not str(meta[key]).strip():
            raise SourceError(f"{key!r} must be non-empty text", path=shown, line=key_lines[key])
    if not isinstance(meta["slug"], str) or not _SLUG_RE.fullmatch(meta["slug"]):
        raise SourceError(
            "'slug' must be lowercase letters, digits and single hyphens", path=shown, line=key_lines["slug"]
        )
    if not isinstance(meta["date"], dt.date):
        raise SourceError("'date' must be a date such as 2026-11-01", path=shown, line=key_lines["date"])
    tags = meta["tags"]
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise SourceError("'tags' must be a list such as [health]", path=shown, line=key_lines["tags"])
