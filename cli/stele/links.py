"""Links: which URLs a page may carry; the renderer and the markup rule both ask here."""

from __future__ import annotations

import re
import unicodedata

_SAFE_SCHEMES = re.compile(r"(?i)(https?:|mailto:|tel:)")
_SCHEME = re.compile(r"^\s*[a-zA-Z][a-zA-Z0-9+.-]*:")


def safe_link(url: str) -> bool:
    """Links a page may carry: http(s), mailto, tel (a poison centre's number), and relative or #fragment links."""
    if url.isascii() and url.isprintable():  # no control character (the only ASCII of category C) to drop
        cleaned = url.strip()
    else:
        cleaned = "".join(ch for ch in url if not unicodedata.category(ch).startswith("C")).strip()
    return not _SCHEME.match(cleaned) or bool(_SAFE_SCHEMES.match(cleaned))
