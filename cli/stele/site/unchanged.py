"""The no-change build: deciding, from file stats and a small record of the last build, that nothing changed.

It imports nothing of the renderer, the rules or the catalog stack, and does not read the build manifest, so that
`stele build` on an unchanged project costs start-up, one stat per input file and one per folder of public/.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from stele.errors import PublishError
from stele.fsutil import write_bytes_atomic
from stele.locales import SITE_DOMAIN, template_path
from stele.model import Config, Finding, HeldBack
from stele.site import public_tree
from stele.site.cache import FileHashes, Fingerprints, fingerprint

INPUTS = ".stele-inputs.json"  # in build/: the input files' stats and hashes, and the last complete build
VERSION = 3  # 3: public/'s pages recorded with their signatures


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build wrote, removed and held back."""

    written: tuple[str, ...] = ()
    unchanged: int = 0
    removed: tuple[str, ...] = ()
    held_back: tuple[HeldBack, ...] = field(default_factory=tuple)
    pages: int = 0
    rendered: int = 0
    warnings: tuple[Finding, ...] = ()  # about the sources' front matter


@dataclass(frozen=True, slots=True)
class LastBuild:
    """The last complete build: the key of all its inputs, the listing of the pages it left, and its result."""

    key: str
    outputs: public_tree.Tree
    result: BuildResult


def read_inputs(config: Config) -> tuple[Fingerprints, LastBuild | None]:
    """Every input's fingerprint (a file is read only when its stat changed since the last build), and what the last
    complete build recorded (None: none, or one interrupted)."""
    data = _load(config)
    fp = fingerprint(config, template_path(config, SITE_DOMAIN), FileHashes(data.get("files")))
    return fp, _last_build(data.get("last"))


def unchanged_build(config: Config, fp: Fingerprints, last: LastBuild | None, *, strict: bool) -> BuildResult | None:
    """The last build's result when none of its inputs changed and public/ still holds exactly its pages (nothing
    rendered, nothing written); None when there is work to do."""
    if last is None or not fp.sources or last.key != fp.everything():
        return None  # (no sources: the full build decides whether it may remove every page)
    same, updated = public_tree.same(config.public_dir, last.outputs)
    if not same:
        return None  # a page deleted, or one left by another build (the full build prunes it)
    if strict and last.result.held_back:
        raise PublishError(held_message(last.result.held_back))
    if fp.files.changed or updated:  # a file touched, not changed: record its new stat, so it is not read next time
        _save(config, fp.files, last)
    done = last.result
    return BuildResult((), done.pages, (), done.held_back, done.pages, 0, done.warnings)


def forget_build(config: Config) -> None:
    """Before a build writes its pages: until it completes, the next build may not be skipped as if it were the last
    complete one (the record's removal on disk first, so that a crash cannot leave the pages of a build that did not
    complete with the record of the one before)."""
    try:
        (config.build_dir / INPUTS).unlink()
    except FileNotFoundError:
        return
    fd = os.open(config.build_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def record_build(config: Config, fp: Fingerprints, result: BuildResult) -> None:
    """After a complete build (its pages and manifest on disk): its inputs' key, what public/ holds, its result."""
    done = BuildResult(pages=result.pages, held_back=result.held_back, warnings=result.warnings)
    _save(config, fp.files, LastBuild(fp.everything(), public_tree.scan(config.public_dir), done))


def held_message(held: Iterable[HeldBack]) -> str:
    held = list(held)
    lines = [f"{len(held)} page(s) held back by the publishing gate:"]
    for item in held:
        lines += [f"  {item.locale}/{item.slug}: {reason}" for reason in item.reasons]
    return "\n".join(lines)


def _load(config: Config) -> dict[str, Any]:
    try:
        data = json.loads((config.build_dir / INPUTS).read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("version") == VERSION else {}


def _save(config: Config, files: FileHashes, last: LastBuild) -> None:
    done = last.result
    data = {
        "version": VERSION,
        "files": files.table,
        "last": {
            "key": last.key,
            "outputs": last.outputs,
            "pages": done.pages,
            "held": [[h.slug, h.locale, list(h.reasons)] for h in done.held_back],
            "warnings": [[w.path, w.line, w.severity, w.rule, w.message] for w in done.warnings],
        },
    }
    write_bytes_atomic(config.build_dir / INPUTS, json.dumps(data, ensure_ascii=False).encode("utf-8"), sync=False)


def _last_build(data: Any) -> LastBuild | None:
    if not isinstance(data, dict):
        return None
    try:
        held = tuple(HeldBack(slug=slug, locale=code, reasons=tuple(why)) for slug, code, why in data["held"])
        warnings = tuple(Finding(*fields) for fields in data["warnings"])
        result = BuildResult(pages=int(data["pages"]), held_back=held, warnings=warnings)
        outputs = data["outputs"]
        return LastBuild(str(data["key"]), outputs, result) if isinstance(outputs, dict) else None
    except (KeyError, TypeError, ValueError):
        return None
