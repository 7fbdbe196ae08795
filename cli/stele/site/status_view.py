"""Status views: the report as JSON, as a rich table for the terminal and as the HTML dashboard page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from html import escape

from rich.table import Table
from rich.text import Text

from stele.site.status import STATES, ArticleStatus, LocaleStatus, StatusReport

_RICH_BAR = {"translated": ("█", "green"), "fuzzy": ("▒", "yellow"), "untranslated": ("░", "bright_black")}
_COLOURS = {"translated": "#2e7d32", "fuzzy": "#f9a825", "untranslated": "#bdbdbd"}
_TOTALS = (
    "translated",
    "fuzzy",
    "untranslated",
    "obsolete",
    "messages",
    "words_left",
    "disclaimers_done",
    "disclaimers_total",
)


def status_json(report: StatusReport) -> str:
    """The report as JSON: ``{"locales": [{"locale", "totals", "articles": [...]}]}``."""
    data = {
        "locales": [
            {
                "locale": loc.locale,
                "totals": {
                    **{name: getattr(loc, name) for name in _TOTALS},
                    "percent": round(loc.percent, 1),
                    "published": loc.published,
                    "articles": loc.article_count,
                },
                "articles": [
                    {**asdict(a), "messages": a.messages, "percent": round(a.percent, 1)} for a in loc.articles
                ],
            }
            for loc in report.locales
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def bar_cells(counts: dict[str, int], width: int) -> dict[str, int]:
    """Split ``width`` cells among the states in proportion to ``counts`` (largest remainder).

    A state with any message gets at least one cell, so one untranslated message still shows.
    """
    total = sum(counts.values())
    if not total:
        return dict.fromkeys(counts, 0)
    exact = {k: width * v / total for k, v in counts.items()}
    cells = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: cells[k] - exact[k])[: width - sum(cells.values())]:
        cells[k] += 1
    for k in counts:
        if counts[k] and not cells[k]:
            cells[max(cells, key=lambda j: cells[j])] -= 1
            cells[k] = 1
    return cells


def _counts(figures: ArticleStatus | LocaleStatus) -> dict[str, int]:
    return {state: int(getattr(figures, state)) for state in STATES}


def _text_bar(figures: LocaleStatus, width: int = 20) -> Text:
    bar = Text()
    for state, cells in bar_cells(_counts(figures), width).items():
        char, style = _RICH_BAR[state]
        bar.append(char * cells, style=style)
    return bar.append(f" {figures.percent:.0f}%")


_FULL = ("Locale", "Article", "Translated", "Fuzzy", "Untranslated", "Obsolete", "Words left", "Disclaimers",
         "Publishable", "Progress")
_SHORT = ("Loc.", "Article", "Done", "Fuzzy", "Todo", "Obs.", "Words", "Discl.", "Pub.", "Progress")
_OPTIONAL = ("Progress", "Words left", "Obsolete")  # dropped in this order when the screen is narrow


def status_table(report: StatusReport, width: int = 200) -> Table:
    """One row per locale and article, and a total row with a bar per locale, fitted to ``width`` columns:
    shorter headers, then fewer columns, then article names shortened in the middle."""
    rows = [row for loc in report.locales for row in _rows(loc)]
    for names in (_FULL, _SHORT):
        for dropped in range(len(_OPTIONAL) + 1):
            keep = [i for i, name in enumerate(_FULL) if name not in _OPTIONAL[:dropped]]
            widths = [max(len(names[i]), *(_cells(row[i]) for row in rows)) for i in keep]
            if sum(widths) + 3 * len(keep) + 1 <= width or (names is _SHORT and dropped == len(_OPTIONAL)):
                room = width - (sum(widths) - widths[1]) - 3 * len(keep) - 1
                return _table(rows, [names[i] for i in keep], keep, max(room, 8))
    raise AssertionError("unreachable")


def _table(rows: list[list[str | Text]], names: list[str], keep: list[int], room: int) -> Table:
    table = Table(title="Translation status", caption="█ translated  ▒ fuzzy  ░ untranslated")
    for name, index in zip(names, keep, strict=True):
        table.add_column(name, justify="left" if index in (0, 1, 8) else "right", no_wrap=True)
    for row in rows:
        cells = [row[i] if i != 1 else _middle(str(row[i]), room) for i in keep]
        total = row[1] == "all"
        table.add_row(*cells, style="bold" if total else None, end_section=total)
    return table


def _rows(loc: LocaleStatus) -> list[list[str | Text]]:
    rows: list[list[str | Text]] = [
        [*_row_cells(a.locale, a.domain, a), _yes_no(a.publishable), f"{a.percent:.0f}%"] for a in loc.articles
    ]
    rows.append([*_row_cells(loc.locale, "all", loc), f"{loc.published} of {loc.article_count}", _text_bar(loc)])
    return rows


def _cells(cell: str | Text) -> int:
    return cell.cell_len if isinstance(cell, Text) else len(cell)


def _middle(text: str, room: int) -> str:
    """``text`` shortened in the middle to ``room`` characters: kratom-muscle-soreness-dosage → kratom-m…-dosage."""
    if len(text) <= room:
        return text
    head = room // 2
    return text[:head] + "…" + text[len(text) - (room - 1 - head):]


def _row_cells(locale: str, name: str, f: ArticleStatus | LocaleStatus) -> list[str]:
    numbers = (f.translated, f.fuzzy, f.untranslated, f.obsolete, f.words_left)
    return [locale, name, *map(str, numbers), f"{f.disclaimers_done}/{f.disclaimers_total}"]


def _yes_no(publishable: bool | None) -> str:
    return "" if publishable is None else ("yes" if publishable else "no")


BAR_WIDTH = 480
_LABEL_WIDTH, _ROW, _BAR_HEIGHT = 60, 32, 20


def status_page(
    report: StatusReport, *, site_title: str, home: str = "", generated: dt.datetime | None = None
) -> str:
    """A standalone HTML5 translation dashboard: an SVG bar chart and a table, no JavaScript; titled with the
    site's name, linking back to the site (``home``) and saying when it was ``generated``."""
    name = escape(site_title)
    header = f'<header><a href="{escape(home)}">{name}</a></header>\n' if home else ""
    when = ""
    if generated is not None:
        stamp = generated.astimezone(dt.timezone.utc).replace(microsecond=0)
        when = (f'<p class="generated">Generated <time datetime="{stamp.isoformat()}">'
                f'{stamp.strftime("%Y-%m-%d %H:%M")} UTC</time></p>\n')
    return (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Translation status · {name}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{header}<main>\n"
        f"<h1>Translation status · {name}</h1>\n{when}"
        f"{_svg_chart(report)}\n{_legend()}\n{_html_table(report)}\n</main>\n</body>\n</html>\n"
    )


_CSS = (
    "body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#212121}"
    "h1{font-size:clamp(1.3rem,1rem + 2vw,2rem);overflow-wrap:break-word}"
    "header a{font-weight:bold;text-decoration:none;color:inherit}"
    ".table-scroll{overflow-x:auto}"
    "table{border-collapse:collapse}th,td{padding:.25rem .6rem;border-bottom:1px solid #e0e0e0}"
    "td.n{text-align:right}tr.total{font-weight:bold}svg{max-width:100%;height:auto}"
    ".swatch{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 1em}"
)


def _svg_chart(report: StatusReport) -> str:
    width, height = _LABEL_WIDTH + BAR_WIDTH + 60, max(1, len(report.locales)) * _ROW + 8
    label = (
        "; ".join(
            f"{loc.locale}: {loc.translated} translated, {loc.fuzzy} fuzzy, {loc.untranslated} untranslated"
            for loc in report.locales
        )
        or "no locales"
    )
    lines = [
        f'<svg role="img" aria-label="{escape(label)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Messages per locale: translated, fuzzy, untranslated</title>",
    ]
    for row, loc in enumerate(report.locales):
        lines.append(_svg_bar(loc, 4 + row * _ROW))
    lines.append("</svg>")
    return "\n".join(lines)


def _svg_bar(loc: LocaleStatus, top: int) -> str:
    counts, total = _counts(loc), loc.messages
    parts = ['<g class="locale-bar">', f'<text x="0" y="{top + 15}" font-size="14">{escape(loc.locale)}</text>']
    x = float(_LABEL_WIDTH)
    for state, count in counts.items():
        size = BAR_WIDTH * count / total if total else 0.0
        parts.append(
            f'<rect class="{state}" x="{_num(x)}" y="{top}" width="{_num(size)}" height="{_BAR_HEIGHT}" '
            f'fill="{_COLOURS[state]}"><title>{escape(loc.locale)}: {count} {state}</title></rect>'
        )
        x += size
    end = _LABEL_WIDTH + BAR_WIDTH + 6
    parts.append(f'<text x="{end}" y="{top + 15}" font-size="14">{loc.percent:.0f}%</text></g>')
    return "".join(parts)


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _legend() -> str:
    items = "".join(f'<span class="swatch" style="background:{_COLOURS[state]}"></span>{state}' for state in STATES)
    return f"<p>{items}</p>"


_HEAD = ("Locale", "Article", "Translated", "Fuzzy", "Untranslated", "Obsolete", "Words left", "Disclaimers")


def _html_table(report: StatusReport) -> str:
    head = "".join(f'<th scope="col">{name}</th>' for name in (*_HEAD, "Publishable", "Done"))
    rows = []
    for loc in report.locales:
        rows += [_html_row(a.locale, a.domain, a, _yes_no(a.publishable), "") for a in loc.articles]
        rows.append(_html_row(loc.locale, "all", loc, f"{loc.published} of {loc.article_count}", ' class="total"'))
    body = "\n".join(rows)
    return (
        f'<div class="table-scroll">\n<table>\n<caption>Messages per locale and article</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</div>"
    )


def _html_row(locale: str, name: str, f: ArticleStatus | LocaleStatus, verdict: str, attrs: str) -> str:
    cells = _row_cells(locale, name, f)
    numbers = "".join(f'<td class="n">{escape(c)}</td>' for c in cells[2:])
    return (
        f'<tr{attrs}><th scope="row">{escape(cells[0])}</th><td>{escape(cells[1])}</td>{numbers}'
        f'<td>{escape(verdict)}</td><td class="n">{f.percent:.0f}%</td></tr>'
    )
