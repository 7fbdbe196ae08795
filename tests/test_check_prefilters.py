"""Fast paths of `stele check`'s rules held to their plain paths: a catalog-wide prefilter may skip a rule's
per-message loop only where that loop would find nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stele.po.catalog import Catalog, Message
from stele.rules import content, file_of
from stele.rules.base import CatalogFile

# Characters that make or nearly make an escape finding ("u0441", mojibake "Ð¾", "â€™", U+FFFD), and plain ones.
_TEXT = st.text(alphabet="uU0441fÐÑâÃ€™¾\u00a0\ufffd\\ a\n", max_size=12)


def _file(texts: list[tuple[str, list[str]]]) -> CatalogFile:
    messages = [Message(msgid="", msgstr="Content-Type: text/plain; charset=UTF-8\\n")]
    for index, (msgid, translations) in enumerate(texts):
        if len(translations) == 1:
            messages.append(Message(msgid=msgid or f"m{index}", msgstr=translations[0], line=index))
        else:
            messages.append(Message(msgid=msgid or f"m{index}", msgid_plural="p", msgstr_plural=translations,
                                    line=index))
    return file_of(Path("de.po"), "de.po", Catalog(messages))


def _plain(file: CatalogFile, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    with monkeypatch.context() as patched:
        patched.setattr(content, "_may_hold_escapes", lambda _texts: True)
        return list(content.check_escapes(file))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.lists(_TEXT, min_size=1, max_size=3)), max_size=6))
def test_escapes_prefilter_finds_what_the_plain_loop_finds(texts: list[tuple[str, list[str]]]) -> None:
    file = _file(texts)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert list(content.check_escapes(file)) == _plain(file, monkeypatch)


@pytest.mark.parametrize("text", ["\u0432\u044b u0441u0442", "Ð¾Ñ‚", "donâ€™t", "caf\ufffd", "tâche"])
def test_escapes_prefilter_passes_each_kind_to_the_loop(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    file = _file([("source", [text])])
    assert list(content.check_escapes(file)) == _plain(file, monkeypatch)
    assert content._may_hold_escapes(content.all_texts(file)) == bool(_plain(file, monkeypatch)) or text == "tâche"


_FORM = st.sampled_from(["", "x", "Übersetzung"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.one_of(st.none(), st.lists(_FORM, max_size=3)), _FORM,
                          st.sampled_from([[], ["fuzzy"], ["python-format"], ["python-format", "fuzzy"]])),
                max_size=8))
def test_untranslated_is_the_messages_whose_state_is_untranslated(
    shapes: list[tuple[bool, bool, list[str] | None, str, list[str]]],
) -> None:
    messages = [Message(msgid="", msgstr="Language: de\\n")]
    for index, (obsolete, empty_id, forms, msgstr, flags) in enumerate(shapes):
        messages.append(Message(msgid="" if empty_id else f"m{index}", msgstr=msgstr, obsolete=obsolete,
                                msgid_plural=None if forms is None else "p", msgstr_plural=forms or [],
                                flags=list(flags), line=index + 2))
    file = file_of(Path("de.po"), "de.po", Catalog(messages))
    plain = [msg.line for msg in content.checked_messages(file) if msg.state == "untranslated"]
    assert [finding.line for finding in content.check_untranslated(file)] == plain


_REF = st.text(alphabet="aAmMdDxXkrwnoe.:1/_", max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.lists(_REF, max_size=4), st.sampled_from([[], ["markdown"]]))
def test_is_markdown_prefilter_agrees_with_the_pattern(references: list[str], flags: list[str]) -> None:
    from stele.rules import sources

    msg = Message(msgid="a", msgstr="b", references=references, flags=flags)
    plain = "markdown" in flags or any(sources._MARKDOWN_SOURCE.search(ref) for ref in references)
    assert sources.is_markdown(msg, sources.Sources((msg,), 0, False)) == plain


@pytest.mark.parametrize("reference", ["docs/a.MD:3", "x.Markdown", "guide.mdx:12", "a.mD", "views.py:3", "a.m"])
def test_is_markdown_reads_each_kind_of_reference(reference: str) -> None:
    from stele.rules import sources

    msg = Message(msgid="a", msgstr="b", references=[reference])
    assert sources.is_markdown(msg, sources.Sources((msg,), 0, False)) \
        == (sources._MARKDOWN_SOURCE.search(reference) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="{}%# ab", max_size=8), st.text(alphabet="{}%# ab", max_size=8))
def test_template_prefilter_agrees_with_the_pattern(source: str, text: str) -> None:
    from stele.rules import markup

    plain = bool(markup._JINJA.search(text)) and not markup._JINJA.search(source)
    assert (markup._added_template(source, text) is not None) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.one_of(st.none(), st.lists(_FORM, max_size=3)), _FORM,
                          st.sampled_from([[], ["fuzzy"], ["python-format"]]), st.sampled_from([None, "", "c"])),
                max_size=8))
def test_translated_inlined_agrees_with_the_message_properties(
    shapes: list[tuple[bool, bool, list[str] | None, str, list[str], str | None]],
) -> None:
    from stele.rules import meaning

    messages = [Message(msgid="" if empty_id else f"m{index}", msgstr=msgstr, obsolete=obsolete, msgctxt=context,
                        msgid_plural=None if forms is None else "p", msgstr_plural=forms or [], flags=list(flags))
                for index, (obsolete, empty_id, forms, msgstr, flags, context) in enumerate(shapes)]
    file = file_of(Path("de.po"), "de.po", Catalog(messages))
    plain = [(id(msg), text) for msg in messages if not (msg.obsolete or msg.is_header or msg.fuzzy)
             for text in msg.translations if text]
    assert [(id(msg), text) for msg, text in meaning.translated(file)] == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans(), st.one_of(st.none(), st.lists(_FORM, max_size=3)), _FORM,
                          st.sampled_from([[], ["fuzzy"], ["python-format", "fuzzy"]]), st.sampled_from([None, "c"])),
                max_size=8))
def test_fuzzy_and_content_sources_agree_with_the_message_properties(
    shapes: list[tuple[bool, bool, list[str] | None, str, list[str], str | None]],
) -> None:
    from stele.rules import sources

    messages = [Message(msgid="" if empty_id else f"m {index}", msgstr=msgstr, obsolete=obsolete, msgctxt=context,
                        msgid_plural=None if forms is None else "p", msgstr_plural=forms or [], flags=list(flags),
                        line=index + 1)
                for index, (obsolete, empty_id, forms, msgstr, flags, context) in enumerate(shapes)]
    file = file_of(Path("de.po"), "de.po", Catalog(messages))
    fuzzy = [msg.line for msg in content.checked_messages(file) if msg.state == "fuzzy"]
    assert [finding.line for finding in content.check_fuzzy(file)] == fuzzy
    shown = [id(msg) for msg in messages if not (msg.obsolete or msg.is_header or msg.fuzzy)]
    assert [id(msg) for msg in sources._content_sources(file).messages] == shown


@settings(max_examples=300, deadline=None)
@given(st.booleans(), st.booleans(), st.lists(st.sampled_from(["", "x"]), max_size=3), st.sampled_from(["", "x"]),
       st.sampled_from([[], ["fuzzy"], ["python-format", "fuzzy"]]))
def test_message_state_is_its_definition(plural: bool, obsolete: bool, forms: list[str], msgstr: str,
                                         flags: list[str]) -> None:
    """Message.state (one look at the flags and forms) names what translated, fuzzy and has_translation say."""
    msg = Message("a", msgstr="" if plural else msgstr, msgid_plural="as" if plural else None,
                  msgstr_plural=list(forms) if plural else [], flags=list(flags), obsolete=obsolete)
    expected = ("obsolete" if obsolete else "translated" if msg.translated
                else "fuzzy" if msg.fuzzy and msg.has_translation else "untranslated")
    assert msg.state == expected
