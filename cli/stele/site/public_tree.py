"""What public/ holds after a build — each folder's pages, with their signatures, and subfolders — checked again with
one stat per folder and per page.

A folder's mtime and ctime change whenever an entry is added to it, removed from it or renamed in it (a page written
atomically is renamed in), so a folder whose stat is as recorded still holds the entries it held: only the others are
listed again. As with input files (``cache.FileHashes``), a folder's stat is only trusted when its ctime is at least
``cache.RACY_NS`` older than the moment it was taken: a folder changed in that same timestamp tick could change again
without its stat moving, so it is listed again next time. Each page's signature (``cache.signature``) is the one the
build left: a page edited in place since (same name) has another, and the build is not skipped.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from stele.site import cache

PAGES = (".html", ".xml")  # what a build writes into public/, and removes when it no longer publishes it

Tree = dict[str, list[Any]]  # folder under public/ ("" for public/) → [stamp or None, pages, subfolders]
# (its pages: [name, size, mtime, inode] each, sorted)


def scan(public: Path) -> Tree:
    """Every folder under ``public``, listed (a missing ``public``: an empty tree)."""
    started = time.time_ns()
    tree: Tree = {}
    pending = [""] if public.is_dir() else []
    while pending:
        folder = pending.pop()
        tree[folder] = entry = _entry(public, folder, started)
        pending += [_join(folder, name) for name in entry[2]]
    return tree


def same(public: Path, tree: Tree) -> tuple[bool, bool]:
    """Whether ``public`` holds the pages it held when ``tree`` was taken, and whether ``tree`` was brought up to date
    on the way (folders listed again, now old enough for their stat to be trusted, or new folders without pages)."""
    if not tree:
        return False, False
    started = time.time_ns()
    updated = False
    root = os.fspath(public) + os.sep
    for folder, (stamp, pages, subfolders) in list(tree.items()):
        try:
            st = os.stat(root + folder)
        except OSError:
            return False, updated
        if stamp is not None and stamp == [st.st_mtime_ns, st.st_ctime_ns, st.st_ino]:
            folder_path = os.path.join(root + folder, "")
            if any(cache.signature(folder_path + name) != signature for name, *signature in pages):
                return False, updated  # a page edited in place
            continue
        entry = _entry(public, folder, started)
        if entry[1] != pages or not set(subfolders) <= set(entry[2]):
            return False, updated  # a page added or removed, or a folder removed
        for name in sorted(set(entry[2]) - set(subfolders)):  # a new folder: fine while it holds no page
            added = scan(public / folder / name)
            if any(pages for _, pages, _ in added.values()):
                return False, updated
            tree.update({_join(_join(folder, name), sub): e for sub, e in added.items()})
        tree[folder] = entry
        updated = True
    return True, updated


def _entry(public: Path, folder: str, started: int) -> list[Any]:
    """One folder: its stat (taken first; None when too recent to trust), its pages and its subfolders, sorted."""
    path = os.path.join(public, folder)
    st = os.stat(path)
    pages, subfolders = [], []
    with os.scandir(path) as entries:
        for item in entries:
            if item.is_dir(follow_symlinks=False):
                subfolders.append(item.name)
            elif item.name.endswith(PAGES) and (signature := cache.signature(item.path)) is not None:
                pages.append([item.name, *signature])
    trusted = st.st_ctime_ns < started - cache.RACY_NS
    return [[st.st_mtime_ns, st.st_ctime_ns, st.st_ino] if trusted else None, sorted(pages), sorted(subfolders)]


def _join(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder and name else folder or name
