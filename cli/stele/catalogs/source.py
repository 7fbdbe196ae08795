"""Source: read source/*.md into Articles (UTF-8, YAML front matter, Markdown body)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from stele.errors import EmptySourceError, SourceError
from stele.model import DEFAULT_HEALTH_TAGS, Article, Config, is_health

_REQUIRED = ("title", "description", "slug", "date", "tags")
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
    meta = yaml.safe_load(front) if node is not None else None
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
    )


def _compose(front: str, shown: str) -> yaml.Node | None:
    try:
        return yaml.compose(front, Loader=yaml.SafeLoader)
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
