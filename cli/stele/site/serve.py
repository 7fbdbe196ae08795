"""Serve: preview public/ (or the review view, from memory) on localhost and rebuild what changed when a source,
catalog or template changes."""

from __future__ import annotations

import functools
import threading
import urllib.parse
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from stele.errors import SteleError
from stele.model import Config

DEBOUNCE_SECONDS = 0.3


class _Quiet(SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PageStore:
    """Pages held in memory (the review view), by path below the site root; replaced whole on each rebuild."""

    def __init__(self) -> None:
        self.pages: dict[str, bytes] = {}

    def replace(self, pages: Mapping[str, str]) -> None:
        self.pages = {path: html.encode("utf-8") for path, html in pages.items()}  # one swap: no half-done site

    def find(self, url_path: str) -> tuple[str, bytes | None]:
        """The page for a request path: (its key, its bytes or None); a folder's page is its index.html."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(url_path).path).lstrip("/")
        key = path + "index.html" if path == "" or path.endswith("/") else path
        return key, self.pages.get(key)


class _FromMemory(BaseHTTPRequestHandler):
    """Serves a PageStore: a folder without its slash is redirected, as a file server does; nothing is logged."""

    def __init__(self, *args: Any, store: PageStore, **kwargs: Any) -> None:
        self.store = store
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        self._answer(body=True)

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def _answer(self, *, body: bool) -> None:
        key, page = self.store.find(self.path)
        if page is None and self.store.find(self.path.split("?")[0] + "/")[1] is not None:
            self.send_response(301)
            self.send_header("Location", self.path.split("?")[0] + "/")
            self.end_headers()
            return
        if page is None:
            self.send_error(404, "no such page in the review view")
            return
        self.send_response(200)
        kind = "application/xml" if key.endswith(".xml") else "text/html"
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(page)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Changes(FileSystemEventHandler):
    """Sets ``changed`` when a file stele reads is created, modified, moved or deleted."""

    def __init__(self, config: Config, changed: threading.Event):
        self.watched = [config.source_dir, config.locales_dir, config.templates_dir, config.root / "stele.toml"]
        self.changed = changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            path = Path(str(raw)) if raw else None
            if (
                path is not None
                and not path.name.startswith(".")
                and any(path == w or w in path.parents for w in self.watched)
            ):
                self.changed.set()


class Preview:
    """An HTTP server on public/ (or on ``store``: the review view, in memory) plus a watcher that rebuilds;
    ``notify`` receives what happens."""

    def __init__(
        self, config: Config, *, host: str, port: int, rebuild: Callable[[], str], notify: Callable[[str], None],
        store: PageStore | None = None,
    ):
        handler: Callable[..., BaseHTTPRequestHandler]
        if store is None:
            config.public_dir.mkdir(parents=True, exist_ok=True)
            handler = functools.partial(_Quiet, directory=str(config.public_dir))
        else:
            handler = functools.partial(_FromMemory, store=store)
        try:
            self.server = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise SteleError(f"cannot listen on {host}:{port}: {exc.strerror}; choose another --port") from None
        self.config, self.rebuild, self.notify = config, rebuild, notify
        self.changed, self.stopping = threading.Event(), threading.Event()
        self.observer = Observer()
        self.observer.schedule(_Changes(config, self.changed), str(config.root), recursive=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/" if isinstance(host, str) else f"http://{host.decode()}:{port}/"

    def start(self) -> None:
        """Answer requests and watch the files from now on (the watches are in place on return)."""
        if not self.observer.is_alive():
            threading.Thread(target=self.server.serve_forever, daemon=True).start()
            self.observer.start()

    def run(self) -> None:
        """Serve and rebuild until ``stop`` is called (or the process is interrupted)."""
        self.start()
        try:
            while not self.stopping.is_set():
                if self.changed.wait(0.5) and not self.stopping.is_set():
                    self.stopping.wait(DEBOUNCE_SECONDS)
                    self.changed.clear()
                    self._rebuild()
        finally:
            self.observer.stop()
            self.server.shutdown()
            self.server.server_close()

    def _rebuild(self) -> None:
        try:
            self.notify(self.rebuild())
        except SteleError as exc:
            self.notify(f"rebuild failed: {exc}")

    def stop(self) -> None:
        self.stopping.set()
