"""Serve: preview public/ on localhost and rebuild what changed when a source, catalog or template changes."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
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
    """An HTTP server on public/ plus a watcher that rebuilds; ``notify`` receives what happens."""

    def __init__(
        self, config: Config, *, host: str, port: int, rebuild: Callable[[], str], notify: Callable[[str], None]
    ):
        config.public_dir.mkdir(parents=True, exist_ok=True)
        handler = functools.partial(_Quiet, directory=str(config.public_dir))
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
