"""Cache: fingerprints of build inputs and the manifest of the last build, for incremental builds."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from stele import __version__
from stele.fsutil import write_bytes_atomic
from stele.locales import messages_dir, mo_path
from stele.model import Config
from stele.theme import template_files

MANIFEST = ".stele-build.json"
RACY_NS = 2_000_000_000  # a file whose ctime is this close to the hashing is hashed again next time (see FileHashes)


def digest(*parts: str) -> str:
    """A short, stable hash of ``parts``."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def file_digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except FileNotFoundError:
        return ""


class FileHashes:
    """Content hashes of the files a build reads, each file read again only when its stat changed.

    The rule: a recorded hash is reused while the file's size, mtime, ctime, inode and device are all as recorded;
    any difference (a touch, a copy over it, an edit) and the file is hashed again — the same bytes then give the
    same hash, so nothing is rebuilt. mtime alone is not enough: `cp -p`, `touch -r` and editors that restore it can
    change a file and keep its size and mtime, but every write and every metadata change sets the ctime to the
    current time, and user space cannot set it back. A file is only recorded when its ctime is at least
    ``RACY_NS`` older than the moment hashing began: a file changed within the same timestamp tick as it was read
    could change again without its ctime moving (git's "racily clean" entries), so it is hashed again next time.
    Not covered: a clock set back, or a file system whose ctime does not follow writes (some network mounts).
    """

    def __init__(self, known: Mapping[str, Sequence[Any]] | None = None) -> None:
        self.known = dict(known or {})
        self.table: dict[str, list[Any]] = {}  # what the next build may trust: size, mtime, ctime, ino, dev, hash
        self.started = time.time_ns()
        self.read = 0  # files whose bytes were read and hashed

    def digest(self, path: Path | str) -> str:
        name = os.fspath(path)
        try:
            st = os.stat(name)
        except FileNotFoundError:
            return ""
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]
        entry = self.known.get(name)
        if entry is not None and list(entry[:5]) == stamp:
            hash_ = str(entry[5])
        else:  # read after the stat: a change in between gives a new stat next time, so it is seen then
            hash_ = file_digest(Path(name))
            self.read += 1
        if st.st_ctime_ns < self.started - RACY_NS:
            self.table[name] = [*stamp, hash_]
        return hash_

    @property
    def changed(self) -> bool:
        """Whether the table to record differs from the one given (a file touched, added, removed)."""
        return self.table != {k: list(v) for k, v in self.known.items()}


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """Hashes of everything a build reads: config, templates, sources and catalogs."""

    global_key: str
    sources: dict[Path, str]
    catalogs: dict[tuple[str, str], str]  # (locale, domain) → hash
    templates: dict[str, str] = field(default_factory=dict)  # domain → hash of its .pot
    files: FileHashes = field(default_factory=FileHashes, compare=False)  # how they were hashed, to record

    def catalog(self, locale: str, domain: str) -> str:
        return self.catalogs.get((locale, domain), "")

    def everything(self) -> str:
        """Changes with any input: configuration, code, templates, sources, catalogs."""
        return digest(
            self.global_key,
            *sorted(f"{k}={v}" for k, v in self.catalogs.items()),
            *sorted(f"{domain}.pot={v}" for domain, v in self.templates.items()),
            *sorted(f"{p}={h}" for p, h in self.sources.items()),
        )


@lru_cache(maxsize=1)
def code_digest() -> str:
    """stele's own code: a build by a changed stele (a new rule, a fixed renderer) redoes what it cached, even
    when the version number did not change, as in a development checkout."""
    package = Path(__file__).resolve().parent.parent
    return digest(__version__, *(f"{p.relative_to(package)}={file_digest(p)}" for p in sorted(package.rglob("*.py"))))


def fingerprint(config: Config, site_template: Path, hashes: FileHashes | None = None) -> Fingerprints:
    """Every input's hash; with ``hashes`` (what the last build recorded), only files whose stat changed are read."""
    files = hashes if hashes is not None else FileHashes()
    parts = [code_digest(), files.digest(config.root / "stele.toml"), files.digest(site_template)]
    parts += [f"{t.name}={files.digest(t.path)}" for t in template_files(config)]
    sources = {p: files.digest(p) for p in named(config.source_dir, ".md")}
    catalogs = {
        (code, domain): hash_
        for code in config.locales
        for domain, hash_ in _domains(files, messages_dir(config.locales_dir, code), ".po")
    }
    pots = dict(_domains(files, config.locales_dir, ".pot"))
    return Fingerprints(digest(*parts, *config.locales, config.source_locale), sources, catalogs, pots, files)


def named(folder: Path, suffix: str) -> list[Path]:
    """``sorted(folder.glob("*" + suffix))`` (what source_files and catalog_files list), without pathlib's glob."""
    return [folder / name for name in _names(os.fspath(folder), suffix)]


def _domains(files: FileHashes, folder: Path, suffix: str) -> list[tuple[str, str]]:
    """Each catalog's domain (its path's stem) and hash, in name order (paths as strings: thousands of them)."""
    base = os.fspath(folder)
    return [(os.path.splitext(name)[0], files.digest(base + os.sep + name)) for name in _names(base, suffix)]


def _names(folder: str, suffix: str) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if entry.name.endswith(suffix))
    except (FileNotFoundError, NotADirectoryError):
        return []


def signature(path: str | Path) -> list[int] | None:
    """A build artifact's size, mtime and inode (None: not there): what any rewrite changes (stele writes each by
    renaming a new file into place), so a manifest recorded with it knows the file it describes."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


@dataclass
class Manifest:
    """What the last build did, so the next one can skip what did not change."""

    global_key: str = ""
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → {"hash", "slug", dates, warnings}
    gate: dict[str, list[str]] = field(default_factory=dict)  # gate key → reasons (empty: publishable)
    pages: dict[str, list[Any]] = field(default_factory=dict)  # output path → [page key, size, mtime, inode]
    listing: dict[str, dict[str, Any]] = field(default_factory=dict)  # "locale/slug" → cached listing item
    mo: dict[str, str] = field(default_factory=dict)  # "locale/domain" → catalog hash compiled
    mo_files: dict[str, list[int]] = field(default_factory=dict)  # "locale/domain" → its .mo file's signature
    fresh: set[str] = field(default_factory=set)  # "locale/domain" compiled by this build (not saved)
    status: dict[str, dict[str, Any]] = field(default_factory=dict)  # figures key → one catalog's status figures

    @classmethod
    def load(cls, config: Config, global_key: str) -> Manifest:
        try:
            data = json.loads((config.build_dir / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(global_key)
        if not isinstance(data, dict) or data.get("global_key") != global_key:
            return cls(global_key)
        known = {
            k: data[k] for k in ("sources", "gate", "pages", "listing", "mo", "mo_files", "status")
            if isinstance(data.get(k), dict)
        }
        return cls(global_key, **known)

    def page_current(self, path: Path, key: str) -> bool:
        """Whether ``path`` holds the page the last build wrote for ``key``: the same key, and the file as that
        build left it (a page written since — by a build stopped before it could save this manifest — or edited
        by hand has another signature, and is rendered again)."""
        entry = self.pages.get(str(path))
        return isinstance(entry, list) and len(entry) == 4 and entry[0] == key and entry[1:] == signature(path)

    def record_pages(self, keys: Mapping[Path, str]) -> None:
        """The pages this build leaves in public/, each with its key and its file's signature (``page_current``)."""
        self.pages = {str(path): [key, *found] for path, key in keys.items() if (found := signature(path))}

    def compiled(self, code: str, domain: str, catalog_hash: str) -> None:
        """This build compiled (locale, domain) from the catalog whose hash is ``catalog_hash``."""
        self.mo[f"{code}/{domain}"] = catalog_hash
        self.fresh.add(f"{code}/{domain}")

    def mo_current(self, config: Config, code: str, domain: str, catalog_hash: str) -> bool:
        """Whether the .mo of (locale, domain) was compiled from the catalog whose hash is ``catalog_hash``: by this
        build, or by the last complete one and left as it left it (one a stopped build rewrote is compiled again)."""
        key = f"{code}/{domain}"
        if self.mo.get(key) != catalog_hash:
            return False
        return key in self.fresh or self.mo_files.get(key) == signature(mo_path(config, code, domain))

    def save(self, config: Config) -> None:
        """Written last, after every page and .mo it names is on disk: each .mo this build compiled or found as
        recorded, with its signature now (one a stopped build rewrote and this build did not need keeps none, and
        is compiled again when a page needs it)."""
        files: dict[str, list[int]] = {}
        for key in self.mo:
            found = signature(mo_path(config, *key.split("/", 1)))
            if found is not None and (key in self.fresh or self.mo_files.get(key) == found):
                files[key] = found
        self.mo_files = files
        data = {
            "global_key": self.global_key,
            "sources": self.sources,
            "gate": self.gate,
            "pages": self.pages,
            "listing": self.listing,
            "mo": self.mo,
            "mo_files": self.mo_files,
            "status": self.status,
        }
        write_bytes_atomic(config.build_dir / MANIFEST, json.dumps(data, ensure_ascii=False).encode("utf-8"))
