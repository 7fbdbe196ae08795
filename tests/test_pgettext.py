"""Templates with pgettext/npgettext: extracted with msgctxt, compiled, and each context's translation in its place."""

from __future__ import annotations

import gettext
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import Result

from stele.po import Catalog, Message, MoTranslations, compile_mo, read_po, write_po

from .conftest import own_template, write

PARTIAL = """\
<p class="month">{{ pgettext("month name", "May") }}</p>
<p class="permission">{{ pgettext("permission", "May") }}</p>
<p class="plain">{{ _("May") }}</p>
<p class="pages">{{ npgettext("pages", "%(num)d page", "%(num)d pages", 3) }}</p>
<p class="menu">{% trans "menu" %}Open{% endtrans %}</p>
"""
RU = {
    ("month name", "May"): "Май",
    ("permission", "May"): "Можно",
    ("menu", "Open"): "Открыть",
}
RU_PAGES = {0: "%(num)d страница", 1: "%(num)d страницы", 2: "%(num)d страниц"}
_CLASSES = ("month", "permission", "plain", "pages", "menu")
SLUGS = ("kratom-muscle-soreness-dosage", "kratom-muscle-soreness-relief")


def _with_partial(site: Path) -> None:
    write(site / "templates/partials/when.html", PARTIAL)
    index = own_template(site, "index.html")
    main = "{% block main %}\n"
    text = index.read_text(encoding="utf-8").replace(main, main + '{% include "partials/when.html" %}\n')
    index.write_text(text, encoding="utf-8")


def _shown(page: Path) -> dict[str, str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
    assert not soup.select("main script")  # a translation is text, never markup
    return {p["class"][0]: p.get_text() for p in soup.select("p[class]") if p["class"][0] in _CLASSES}


def test_each_context_is_its_own_message_from_template_to_page(site: Path, stele: Callable[..., Result]) -> None:
    _with_partial(site)
    assert stele("--project", site, "extract").exit_code == 0
    template = read_po(site / "locales/site.pot")
    found = [(e.msgctxt, e.msgid, e.msgid_plural) for e in template if "when.html" in str(e.references)]
    assert found == [
        ("month name", "May", None),
        ("permission", "May", None),
        (None, "May", None),
        ("pages", "%(num)d page", "%(num)d pages"),
        ("menu", "Open", None),
    ]
    assert stele("--project", site, "update").exit_code == 0
    path = site / "locales/ru/LC_MESSAGES/site.po"
    catalog = read_po(path)
    for entry in catalog:
        if (entry.msgctxt, entry.msgid) in RU:
            entry.msgstr = RU[entry.msgctxt, entry.msgid]
        elif entry.msgctxt == "pages":
            entry.msgstr_plural = list(RU_PAGES.values())
    write_po(path, catalog)
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (0, "")
    assert _shown(site / "public/ru/index.html") == {
        "month": "Май",
        "permission": "Можно",
        "plain": "May",  # no context: not the translation of either context
        "pages": "3 страницы",
        "menu": "Открыть",
    }
    english = {"month": "May", "permission": "May", "plain": "May", "pages": "3 pages", "menu": "Open"}
    assert _shown(site / "public/en/index.html") == english
    assert _shown(site / "public/uk/index.html") == english  # untranslated: the source text


def test_compiled_context_agrees_with_gettext() -> None:
    catalog = Catalog()
    catalog.set_header({"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n != 1);"})
    catalog.append(Message(msgctxt="month name", msgid="May", msgstr="Mai"))
    catalog.append(Message(msgctxt="permission", msgid="May", msgstr="Darf"))
    catalog.append(Message(msgctxt="pages", msgid="page", msgid_plural="pages", msgstr_plural=["Seite", "Seiten"]))
    data = compile_mo(catalog)
    ours, theirs = MoTranslations(io.BytesIO(data)), gettext.GNUTranslations(io.BytesIO(data))
    for context in ("month name", "permission"):
        assert ours.lookup("May", context) == theirs.pgettext(context, "May")
    assert (ours.lookup("May"), ours.lookup("May", "other")) == (None, None)
    assert [ours.lookup_plural("page", "pages", n, "pages") for n in (1, 2)] == ["Seite", "Seiten"]
    assert [theirs.npgettext("pages", "page", "pages", n) for n in (1, 2)] == ["Seite", "Seiten"]
    assert ours.lookup_plural("page", "pages", 2) is None


BOX = {"ru": "Медицинское предупреждение", "uk": "Медичне застереження"}
PLAIN = {"ru": "Медицинская справка", "uk": "Медична довідка"}


def _translate_heading(site: Path, locale: str, box: str) -> None:
    path = site / "locales" / locale / "LC_MESSAGES/site.po"
    catalog = read_po(path)
    for entry in catalog:
        if entry.msgid == "Medical disclaimer":
            entry.msgstr, entry.flags = (box if entry.msgctxt == "box" else PLAIN[locale]), []
    write_po(path, catalog)


def test_a_disclaimer_in_a_context_is_gated_by_its_own_translation(site: Path, stele: Callable[..., Result]) -> None:
    """The box heading has context "box"; the same text without context is translated: build and check agree."""
    box = own_template(site, "partials/disclaimer.html")
    text = box.read_text(encoding="utf-8")
    box.write_text(text.replace('_("Medical disclaimer")', 'pgettext("box", "Medical disclaimer")'), encoding="utf-8")
    _with_partial(site)
    (site / "templates/partials/when.html").write_text('<p class="plain">{{ _("Medical disclaimer") }}</p>\n', "utf-8")
    assert stele("--project", site, "extract").exit_code == 0
    assert stele("--project", site, "update").exit_code == 0
    for locale in ("ru", "uk"):
        _translate_heading(site, locale, "")
    result = stele("--project", site, "build")
    assert result.exit_code == 0
    assert [re.sub(r"site\.po:\d+:", "site.po:N:", line) for line in result.stderr.splitlines()] == [
        f"warning: {locale}/{slug} not published: locales/{locale}/LC_MESSAGES/site.po:N: error: [disclaimer] "
        "disclaimer (site-box) is not translated; the page cannot be published without it"
        for locale in ("ru", "uk")
        for slug in SLUGS
    ]
    assert not (site / "public/ru" / SLUGS[0]).exists()
    status = json.loads(stele("--project", site, "status", "--format", "json").stdout)
    assert [(loc["locale"], loc["totals"]["published"]) for loc in status["locales"]] == [("ru", 0), ("uk", 0)]
    findings = json.loads(stele("--project", site, "check", "--format", "json").stdout)["findings"]
    assert [(f["path"], f["rule"]) for f in findings if f["severity"] == "error"] == [
        (f"locales/{locale}/LC_MESSAGES/site.po", "disclaimer") for locale in ("ru", "uk")
    ]
    for locale in ("ru", "uk"):
        _translate_heading(site, locale, BOX[locale])
    result = stele("--project", site, "build")
    assert (result.exit_code, result.stderr) == (0, "")
    for locale in ("ru", "uk"):
        page = BeautifulSoup((site / "public" / locale / SLUGS[0] / "index.html").read_text("utf-8"), "html5lib")
        assert page.select_one("aside[data-stele=disclaimer] h2").get_text() == BOX[locale]
        assert _shown(site / "public" / locale / "index.html")["plain"] == PLAIN[locale]
    result = stele("--project", site, "check")
    assert (result.exit_code, result.stdout) == (0, "11 files checked: 0 errors, 0 warnings, 0 notes\n")
