"""Cache: fingerprints of build inputs and the manifest of the last build, for incremental builds."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from stele import __version__
from stele.fsutil import write_bytes_atomic
from stele.locales import catalog_files
from stele.model import Config
from stele.theme import template_files

MANIFEST = ".stele-build.json"


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


@dataclass(frozen=True, slots=True)
class Fingerprints:
    """Hashes of everything a build reads: config, templates, sources and catalogs."""

    global_key: str
    sources: dict[Path, str]
    catalogs: dict[tuple[str, str], str]  # (locale, domain) → hash
    templates: dict[str, str] = field(default_factory=dict)  # domain → hash of its .pot

    def catalog(self, locale: str, domain: str) -> str:
        return self.catalogs.get((locale, domain), "")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """stele's own code: a build by a changed stele (a new rule, a fixed renderer) redoes what it cached, even
    when the version number did not change, as in a development checkout."""
    package = Path(__file__).resolve().parent.parent
    return digest(__version__, *(f"{p.relative_to(package)}={file_digest(p)}" for p in sorted(package.rglob("*.py"))))


def fingerprint(config: Config, site_template: Path) -> Fingerprints:
    parts = [code_digest(), file_digest(config.root / "stele.toml"), file_digest(site_template)]
    parts += [f"{t.name}={file_digest(t.path)}" for t in template_files(config)]
    sources = {p: file_digest(p) for p in sorted(config.source_dir.glob("*.md"))}
    catalogs = {
        (code, p.stem): file_digest(p)
        for code in config.locales
        for p in catalog_files(config, code)
    }
    pots = {p.stem: file_digest(p) for p in sorted(config.locales_dir.glob("*.pot"))}
    return Fingerprints(digest(*parts, *config.locales, config.source_locale), sources, catalogs, pots)


@dataclass
class Manifest:
    """What the last build did, so the next one can skip what did not change."""

    global_key: str = ""
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # path → {"hash", "slug", dates, warnings}
    gate: dict[str, list[str]] = field(default_factory=dict)  # gate key → reasons (empty: publishable)
    pages: dict[str, str] = field(default_factory=dict)  # output path → page key
    listing: dict[str, dict[str, Any]] = field(default_factory=dict)  # "locale/slug" → cached listing item
    mo: dict[str, str] = field(default_factory=dict)  # "locale/domain" → catalog hash compiled
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
            k: data[k] for k in ("sources", "gate", "pages", "listing", "mo", "status") if isinstance(data.get(k), dict)
        }
        return cls(global_key, **known)

    def save(self, config: Config) -> None:
        data = {
            "global_key": self.global_key,
            "sources": self.sources,
            "gate": self.gate,
            "pages": self.pages,
            "listing": self.listing,
            "mo": self.mo,
            "status": self.status,
        }
        write_bytes_atomic(config.build_dir / MANIFEST, json.dumps(data, ensure_ascii=False).encode("utf-8"))
