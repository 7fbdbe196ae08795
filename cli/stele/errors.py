"""Errors: the one exception tree every stage raises; commands.py turns it into exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SteleError(Exception):
    """A problem the user can fix; ``str(error)`` is the whole message shown."""

    exit_code = 2

    def __init__(self, message: str, *, path: Path | str | None = None, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        self.detail = message
        super().__init__(_locate(self.path, line) + message)


def _locate(path: str | None, line: int | None) -> str:
    if path is None:
        return ""
    return f"{path}:{line}: " if line is not None else f"{path}: "


class ConfigError(SteleError):
    """stele.toml is missing, unreadable or holds a bad value."""

    where: str | None = None  # text on the offending line, when the line is found later
    section: str | None = None  # the [section] that line is in, when ``where`` is a key


class SourceError(SteleError):
    """A source article cannot be read: encoding, front matter, Markdown."""


class EmptySourceError(SourceError):
    """The source folder is missing or holds no article, and going on would remove the project's output."""


class CatalogError(SteleError):
    """A .po/.pot/.mo file cannot be read or written."""


class TemplateError(SteleError):
    """A Jinja2 template has a syntax error or uses an unknown variable."""


class PublishError(SteleError):
    """Pages were held back by the publishing gate and --strict was given."""

    exit_code = 1


class ProjectLocked(SteleError):
    """Another stele process holds the project's lock."""


class InternalError(Exception):
    """An unexpected exception (a bug in stele) met while working on ``path``; raised from the original."""

    def __init__(self, path: str, description: str):
        super().__init__(path, description)  # these args: it crosses process boundaries (pickle) intact
        self.path = path
        self.description = description

    def __str__(self) -> str:
        return f"{self.description} (while working on {self.path})"


def describe(exc: BaseException) -> str:
    """``ValueError: what it says``, on one line."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def count(number: int, word: str) -> str:
    """``1 error``, ``2 errors``, ``0 errors``."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


@contextmanager
def working_on(path: str) -> Iterator[None]:
    """Any unexpected exception raised inside becomes an InternalError naming ``path`` (SteleErrors pass)."""
    try:
        yield
    except (SteleError, InternalError):
        raise
    except Exception as exc:
        raise InternalError(path, describe(exc)) from exc
