"""Gettext format strings (po layer: used by merge, the writer and check's rules): the placeholders of c-, objc-,
python-, python-brace-, javascript- and kde-format strings, read and compared as GNU msgfmt 0.21 --check-format does."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LANGUAGES = ("c", "objc", "python", "python-brace", "javascript", "kde")

# C argument types, with the bits of format-c.c.
_INTEGER, _DOUBLE, _CHAR, _STRING, _OBJC, _POINTER, _COUNT = 1, 2, 3, 4, 5, 6, 7
_UNSIGNED, _SHORT, _SCHAR, _LONG, _LONGLONG = 1 << 3, 1 << 4, 2 << 4, 1 << 6, 2 << 6
_INTMAX, _SIZE, _PTRDIFF = 1 << 20, 1 << 22, 1 << 23
_SIZE_MASK = 0xFFFFF0
_C_RE = re.compile(
    r"%(?:([0-9]+)\$)?([-+ #0'I]*)"  # 1: argument number, 2: flags
    r"(?:(\*)(?:([0-9]+)\$)?|[0-9]+)?"  # 3, 4: width from an argument
    r"(?:\.(?:(\*)(?:([0-9]+)\$)?|[0-9]*))?"  # 5, 6: precision from an argument
    r"(?:<([^>]*)(>?)|([hlLqjzZt]*)(.?))",  # 7, 8: <inttypes macro>; 9: size, 10: conversion
    re.S,
)
_C99_MACRO_RE = re.compile(r"PRI([diouxX])(MAX|PTR|(?:LEAST|FAST)?(?:8|16|32|64))")
_C99_SIZES = {"8": 1 << 8, "16": 1 << 9, "32": 1 << 10, "64": 1 << 11, "MAX": _INTMAX, "PTR": 1 << 21}
_C99_SIZES.update({f"LEAST{k}": v << 4 for k, v in list(_C99_SIZES.items())[:4]})
_C99_SIZES.update({f"FAST{k}": v << 8 for k, v in list(_C99_SIZES.items())[:4]})
_C_SIGNED, _C_UNSIGNED, _C_FLOAT = frozenset("di"), frozenset("uoxX"), frozenset("eEfFgGaA")
_C_CONVERSIONS = {"%": 0, "m": 0, "C": _CHAR | _LONG, "S": _STRING | _LONG, "p": _POINTER, "@": _OBJC}
# Python argument types (format-python.c): none, any (a %.0s), character, string, integer, float.
_PY_NONE, _PY_ANY, _PY_CHAR, _PY_STRING, _PY_INTEGER, _PY_FLOAT = range(6)
_PY_TAIL_RE = re.compile(r"[-+ #0]*(\*|[0-9]+)?(?:\.(\*|[0-9]*))?[hlL]?(.?)", re.S)
_PY_TYPES = {"%": _PY_NONE, "c": _PY_CHAR, "s": _PY_STRING, "r": _PY_STRING, **dict.fromkeys("iduoxX", _PY_INTEGER),
             **dict.fromkeys("eEfgG", _PY_FLOAT)}
_JS_RE = re.compile(r"%(?:([0-9]+)\$)?[-+ 0I]*[0-9]*(?:\.[0-9]*)?(.?)", re.S)
_JS_TYPES = {"%": _PY_NONE, "c": _PY_CHAR, "s": _PY_STRING, **dict.fromkeys("bdoxX", _PY_INTEGER), "f": _PY_FLOAT,
             "j": _PY_ANY}
_KDE_RE = re.compile(r"%([1-9][0-9]*)")
_BRACE_FIELD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9]+")
_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BRACE_SPEC_RE = re.compile(r"[+\- ]?#?0?[0-9]*(?:\.[0-9]*)?[bcdoxXneEfFgG%]?")


class FormatError(ValueError):
    """The string is not a valid format string of its language; the text says why."""


@dataclass(slots=True)
class Spec:
    """What a format string asks for: arguments by position and by name, each as (type, directive shown)."""

    unnamed: list[tuple[int, str]] = field(default_factory=list)
    named: dict[str, tuple[int, str]] = field(default_factory=dict)


def parse_format(language: str, text: str, translated: bool) -> Spec:
    """The placeholders of ``text``; raises FormatError when msgfmt would call it invalid."""
    if language == "python":
        return _parse_python(text)
    if language == "python-brace":
        return _parse_brace(text)
    if language == "javascript":
        return _parse_javascript(text)
    if language == "kde":
        return _parse_kde(text)
    return _parse_c(text, translated, objc=language == "objc")


def _parse_c(text: str, translated: bool, *, objc: bool) -> Spec:
    numbered: dict[int, tuple[int, str]] = {}
    unnumbered: list[tuple[int, str]] = []
    position = text.find("%")
    while position >= 0:
        match = _C_RE.match(text, position)
        assert match is not None  # every group is optional
        number, flags, width, width_number, precision, precision_number, macro, close, size, conversion = match.groups()
        shown = match.group()
        argument = _c_number(number)
        if "I" in flags and not translated:
            raise FormatError("'I' is not a valid conversion in a msgid")
        for star, star_number in ((width, width_number), (precision, precision_number)):
            if star:
                _c_argument(numbered, unnumbered, _c_number(star_number), _INTEGER, shown)
        kind = _c_macro(macro, close) if macro is not None else _c_conversion(conversion, size, objc)
        if kind:
            _c_argument(numbered, unnumbered, argument, kind, shown)
        position = text.find("%", match.end())
    if numbered:
        for expected, actual in enumerate(sorted(numbered), 1):
            if actual != expected:
                raise FormatError(f"it refers to argument {actual} but ignores argument {expected}")
        return Spec([numbered[n] for n in sorted(numbered)])
    return Spec(unnumbered)


def sysdep_spans(text: str, translated: bool) -> list[tuple[int, int]]:
    """Where msgfmt cuts a c-format string into system-dependent segments: each ``<PRI…>`` macro and (in a
    translation) each 'I' flag, as (start, end) indices. Raises FormatError when the string is no valid format."""
    _parse_c(text, translated, objc=True)
    found: list[tuple[int, int]] = []
    position = text.find("%")
    while position >= 0:
        match = _C_RE.match(text, position)
        assert match is not None  # every group is optional
        if translated:
            found += [(match.start(2) + i, match.start(2) + i + 1) for i, c in enumerate(match.group(2)) if c == "I"]
        if match.group(7) is not None:
            found.append((match.start(7) - 1, match.end(8)))
        position = text.find("%", match.end())
    return found


def _c_number(digits: str | None) -> int:
    """An argument number from %N$ or *N$ (0: none given)."""
    if digits is None:
        return 0
    if int(digits) == 0:
        raise FormatError("argument number 0 is not a positive integer")
    return int(digits)


def _c_argument(numbered: dict[int, tuple[int, str]], unnumbered: list[tuple[int, str]], number: int, kind: int,
                shown: str) -> None:
    if (numbered and not number) or (unnumbered and number):
        raise FormatError("it mixes numbered (%1$s) and unnumbered (%s) arguments")
    if not number:
        unnumbered.append((kind, shown))
    elif numbered.setdefault(number, (kind, shown))[0] != kind:
        raise FormatError(f"it uses argument {number} in incompatible ways")


def _c_macro(macro: str, close: str) -> int:
    match = _C99_MACRO_RE.fullmatch(macro)
    if match is None or not close:
        raise FormatError(f"<{macro}> is not an ISO C 99 <inttypes.h> format macro")
    letter, size = match.groups()
    return _INTEGER | (0 if letter in "di" else _UNSIGNED) | _C99_SIZES[size]


def _c_conversion(conversion: str, sizes: str, objc: bool) -> int:
    size = 0
    for letter in sizes:
        if letter == "h":
            size = _SCHAR if size & (_SHORT | _SCHAR) else _SHORT
        elif letter == "l":
            size = _LONGLONG if size & (_LONG | _LONGLONG) else _LONG
        else:
            size = {"L": _LONGLONG, "q": _LONGLONG, "j": _INTMAX, "z": _SIZE, "Z": _SIZE, "t": _PTRDIFF}[letter]
    if conversion in _C_SIGNED:
        return _INTEGER | (size & _SIZE_MASK)
    if conversion in _C_UNSIGNED:
        return _INTEGER | _UNSIGNED | (size & _SIZE_MASK)
    if conversion in _C_FLOAT:
        return _DOUBLE | (size & _LONGLONG)
    if conversion == "c" or conversion == "s":
        return (_CHAR if conversion == "c" else _STRING) | (_LONG if size & (_LONG | _LONGLONG) else 0)
    if conversion == "n":
        return _COUNT | (size & _SIZE_MASK)
    if conversion in _C_CONVERSIONS and (conversion != "@" or objc):
        return _C_CONVERSIONS[conversion]
    raise FormatError(f"{conversion!r} is not a valid conversion" if conversion else "the string ends in a directive")


def _parse_python(text: str) -> Spec:
    spec = Spec()
    position = text.find("%")
    while position >= 0:
        start, position, name = position, position + 1, None
        if text.startswith("(", position):
            position, name = _python_name(text, position + 1)
        match = _PY_TAIL_RE.match(text, position)
        assert match is not None  # every part is optional
        width, precision, conversion = match.groups()
        shown = text[start:match.end()]
        stars = (width == "*") + (precision == "*")
        spec.unnamed.extend([(_PY_INTEGER, shown)] * stars)
        if conversion not in _PY_TYPES:
            raise FormatError(f"{conversion!r} is not a valid conversion" if conversion
                              else "the string ends in a directive")
        kind = _PY_TYPES[conversion]
        if kind == _PY_STRING and precision and precision != "*" and not precision.strip("0"):
            kind = _PY_ANY
        if name is not None:
            _python_named(spec, name, kind, shown)
        elif conversion != "%":
            spec.unnamed.append((kind, shown))
        if spec.named and spec.unnamed:
            raise FormatError("it mixes named (%(name)s) and unnamed (%s) placeholders")
        position = text.find("%", match.end())
    return spec


def _python_name(text: str, position: int) -> tuple[int, str]:
    depth = 0
    for index in range(position, len(text)):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index + 1, text[position:index]
            depth -= 1
    raise FormatError("the string ends in a directive")


def _python_named(spec: Spec, name: str, kind: int, shown: str) -> None:
    old = spec.named.get(name)
    if old is None or (old[0] == _PY_ANY and kind != _PY_ANY):
        spec.named[name] = (kind, shown)
    elif kind not in (old[0], _PY_ANY):
        raise FormatError(f"it uses the argument named {name!r} in incompatible ways")


def _parse_javascript(text: str) -> Spec:
    """Arguments by number ('%2$s'; unnumbered ones count 1, 2, …), which need not be contiguous."""
    spec, unnumbered, numbered = Spec(), 0, False
    for match in _JS_RE.finditer(text):
        number, conversion = match.groups()
        if number is not None and int(number) == 0:
            raise FormatError("argument number 0 is not a positive integer")
        if conversion not in _JS_TYPES:
            raise FormatError(f"{conversion!r} is not a valid conversion" if conversion
                              else "the string ends in a directive")
        if conversion == "%":
            continue
        if (number is None and numbered) or (number is not None and unnumbered):
            raise FormatError("it mixes numbered (%1$s) and unnumbered (%s) arguments")
        numbered, unnumbered = number is not None, unnumbered + (number is None)
        key, kind = str(int(number)) if number else str(unnumbered), _JS_TYPES[conversion]
        if spec.named.setdefault(key, (kind, match.group()))[0] != kind:
            raise FormatError(f"it uses argument {key} in incompatible ways")
    return spec


def _parse_kde(text: str) -> Spec:
    """KDE's %1, %2, …: arguments by number; the numbers used must be 1..n, or 1..n but one (format-kde.c)."""
    spec = Spec()
    for match in _KDE_RE.finditer(text):
        spec.named.setdefault(str(int(match.group(1))), (0, match.group()))
    numbers = sorted(int(key) for key in spec.named)
    gaps = [n for n in range(1, numbers[-1] + 1) if str(n) not in spec.named] if numbers else []
    if len(gaps) > 1:
        raise FormatError(f"it refers to argument %{numbers[-1]} but ignores the arguments %{gaps[0]} and %{gaps[1]}")
    return spec


def _parse_brace(text: str) -> Spec:
    spec = Spec()
    position = text.find("{")
    while position >= 0:
        position, name = _brace_directive(text, position, toplevel=True)
        if name is not None:
            spec.named.setdefault(name, (0, "{" + name + "}"))
        position = text.find("{", position)
    return spec


def _brace_directive(text: str, position: int, *, toplevel: bool) -> tuple[int, str | None]:
    """Read the directive at text[position] == '{': (where it ends, its name as msgfmt keys it)."""
    start = position + 1
    if text.startswith("{", start):
        return start + 1, None
    match = _BRACE_FIELD_RE.match(text, start)
    if match is None:
        raise FormatError(f"{text[start:start + 1] or 'the end'!r} cannot start a field name")
    position = match.end()
    while text.startswith((".", "["), position):
        getitem = text[position] == "["
        match = (_BRACE_FIELD_RE if getitem else _IDENTIFIER_RE).match(text, position + 1)
        if match is None:
            raise FormatError("a getattr or getitem argument must start with a letter, '_' (or a digit in [])")
        position = match.end()
        if getitem:
            if not text.startswith("]", position):
                raise FormatError("a getitem argument lacks its ']'")
            position += 1
    if text.startswith(":", position):
        if not toplevel:
            raise FormatError("a nested directive cannot have a format specifier")
        position = _brace_spec(text, position + 1)
    if not text.startswith("}", position):
        raise FormatError("the directive is not closed with '}'")
    return position + 1, text[start:position] if toplevel else None


def _brace_spec(text: str, position: int) -> int:
    if text.startswith("{", position):
        return _brace_directive(text, position, toplevel=False)[0]
    if position >= len(text):
        raise FormatError("the directive is not closed with '}'")
    if text[position + 1:position + 2] in ("<", ">", "=", "^"):
        position += 2
    elif text[position] in "<>=^":
        position += 1
    match = _BRACE_SPEC_RE.match(text, position)
    return match.end() if match else position


@dataclass(frozen=True, slots=True)
class FormatProblem:
    """What compare_formats finds: stele's text, and which of GNU's format_check errors it is ("count", or
    "argument" with its number; "" for the others)."""

    text: str
    kind: str = ""
    argument: int = 0

    def __str__(self) -> str:
        return self.text


def compare_formats(language: str, source: Spec, target: Spec, *, strict: bool, label: str = "msgid") \
        -> FormatProblem | str | None:
    """What msgfmt finds wrong with a translation's placeholders (``target``) against the source's, or None.

    ``strict``: every source argument must be used; otherwise (a plural form for a single n) some may be left out.
    ``label`` names the source in the text: msgid or msgid_plural.
    """
    if language == "python-brace" or language == "javascript":
        return _compare_named(source, target, strict=strict, typed=language == "javascript", label=label)
    if language == "kde":
        return _compare_kde(source, target, strict=strict, label=label)
    if language == "python":
        if source.named and target.unnamed:
            return f"uses unnamed placeholders ({_shown(target.unnamed)}) where the {label} names them " \
                   f"({_shown(list(source.named.values()))}); use the names"
        if source.unnamed and target.named:
            return f"uses named placeholders ({_shown(list(target.named.values()))}) where the {label} has " \
                   f"unnamed ones ({_shown(source.unnamed)}); use them as the {label} does"
        if source.named or target.named:
            return _compare_named(source, target, strict=strict, typed=True, label=label)
    return _compare_unnamed(language, source.unnamed, target.unnamed, strict=strict, label=label)


def _compare_named(source: Spec, target: Spec, *, strict: bool, typed: bool, label: str) -> str | None:
    for name in sorted(source.named.keys() | target.named.keys()):
        if name not in source.named and (strict or typed):  # msgfmt 0.21 lets a brace plural form add names
            return f"has placeholder {target.named[name][1]} that the {label} lacks; use only the {label}'s " \
                   "placeholders"
        if name not in target.named or name not in source.named:
            if strict:
                return f"lacks placeholder {source.named[name][1]} that the {label} has; keep every placeholder"
            continue
        (kind, shown), (target_kind, target_shown) = source.named[name], target.named[name]
        if typed and not _same_python(kind, target_kind, strict):
            return f"has {target_shown} where the {label} has {shown}; use the same conversion"
    return None


def _compare_kde(source: Spec, target: Spec, *, strict: bool, label: str) -> str | None:
    """format-kde.c: no argument the source lacks; every one kept (``strict``), or all but one."""
    extra = sorted(target.named.keys() - source.named.keys(), key=int)
    if extra:
        return f"has placeholder %{extra[0]} that the {label} lacks; use only the {label}'s placeholders"
    missing = sorted(source.named.keys() - target.named.keys(), key=int)
    if missing and (strict or len(missing) > 1):
        return f"lacks placeholder %{missing[0]} that the {label} has; keep every placeholder"
    return None


def _compare_unnamed(language: str, source: list[tuple[int, str]], target: list[tuple[int, str]], *,
                     strict: bool, label: str) -> FormatProblem | None:
    lenient_c = language != "python" and not strict
    if len(target) > len(source) if lenient_c else len(target) != len(source):
        return FormatProblem(f"has {len(target)} placeholder(s) ({_shown(target)}) where the {label} has "
                             f"{len(source)} ({_shown(source)}); keep the same placeholders", "count")
    for number, ((kind, shown), (target_kind, target_shown)) in enumerate(zip(source, target, strict=False), 1):
        same = _same_python(kind, target_kind, strict) if language == "python" else kind == target_kind
        if not same:
            hint = " (or number them: %1$s, %2$d)" if language != "python" else ""
            return FormatProblem(f"has {target_shown} as argument {number} where the {label} has {shown}; use the "
                                 f"same conversions in the same order{hint}", "argument", number)
    return None


def _same_python(kind: int, other: int, strict: bool) -> bool:
    return kind == other or (not strict and _PY_ANY in (kind, other))


def _shown(arguments: list[tuple[int, str]]) -> str:
    return ", ".join(shown for _, shown in arguments) or "none"
