"""The Python floor of a static build: ``python floor.py SITE OUT [--jobs N]``.

Every article × every locale (the source's and stele.toml's) is one page: markdown-it-py parses the article and
one Jinja2 template renders the page, which is written to OUT/<locale>/<slug>/index.html. No translation lookup,
no checks: the least work any Python site builder does for the same pages. ``--jobs 2``: two processes.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

PAGE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="description" content="{{ description }}"></head>
<body><header><a href="../">{{ lang }}</a></header>
<main><article><h1>{{ title }}</h1>
{{ body }}
</article></main></body></html>
"""


def pages_of(site: Path) -> tuple[list[str], list[Path]]:
    """The locales (source first) and the article files of a stele project."""
    config = tomllib.loads((site / "stele.toml").read_text(encoding="utf-8"))["site"]
    return [config.get("source_locale", "en"), *config["locales"]], sorted((site / "source").glob("*.md"))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter as flat ``key: value`` strings, and the body."""
    _, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    return meta, body


def render(job: tuple[list[Path], list[str], Path]) -> int:
    """Render and write every locale's page of each article of the job; the pages written."""
    articles, locales, out = job
    md = MarkdownIt("commonmark").enable("table")
    template = jinja2.Environment(autoescape=True).from_string(PAGE)
    count = 0
    for path in articles:
        for lang in locales:
            meta, body = split_front_matter(path.read_text(encoding="utf-8"))
            html = template.render(lang=lang, title=meta["title"], description=meta.get("description", ""),
                                   body=Markup(md.render(body)))
            target = out / lang / path.stem / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    locales, articles = pages_of(args.site)
    jobs = [(articles[i::args.jobs], locales, args.out) for i in range(args.jobs)]
    if args.jobs == 1:
        count = render(jobs[0])
    else:
        with ProcessPoolExecutor(args.jobs) as pool:
            count = sum(pool.map(render, jobs))
    print(f"floor: {count} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
