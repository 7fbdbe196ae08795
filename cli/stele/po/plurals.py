"""Gettext plural expressions: a safe parser and evaluator for Plural-Forms, with GNU gettext's C semantics."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

Expression = Callable[[int], int]  # n → plural form index; raises ZeroDivisionError

_NPLURALS_RE = re.compile(r"[ \t\n\v\f\r]*([0-9]+)")
_MASK = (1 << 64) - 1  # msgfmt evaluates in unsigned long
_TOKEN_RE = re.compile(r"[ \t]*(?:([0-9]+)|(==|!=|&&|\|\||<=|>=|[<>*/%+\-!n?:()])|([;\n]|\Z)|(.))")
_BINARY: dict[str, tuple[int, Callable[[int, int], int]]] = {
    "||": (1, lambda a, b: 0), "&&": (2, lambda a, b: 0),  # short-circuit: built separately
    "==": (3, lambda a, b: int(a == b)), "!=": (3, lambda a, b: int(a != b)),
    "<": (4, lambda a, b: int(a < b)), ">": (4, lambda a, b: int(a > b)),
    "<=": (4, lambda a, b: int(a <= b)), ">=": (4, lambda a, b: int(a >= b)),
    "+": (5, lambda a, b: (a + b) & _MASK), "-": (5, lambda a, b: (a - b) & _MASK),
    "*": (6, lambda a, b: (a * b) & _MASK), "/": (6, lambda a, b: a // b), "%": (6, lambda a, b: a % b),
}


class PluralSyntaxError(ValueError):
    """The text after plural= is not an expression msgfmt can read."""


class _Parser:
    """Precedence climbing over gettext's plural.y grammar (no unary minus; '?:' lowest and right-associative)."""

    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, int]] = []
        for match in _TOKEN_RE.finditer(text):
            number, operator, end, other = match.groups()
            if other is not None:
                raise PluralSyntaxError(f"unexpected character {other!r}")
            if end is not None:
                break
            self.tokens.append(("num", int(number) & _MASK) if number is not None else (operator, 0))
        self.tokens.append(("end", 0))
        self.position = 0

    def peek(self) -> str:
        return self.tokens[self.position][0]

    def take(self, expected: str) -> None:
        if self.peek() != expected:
            raise PluralSyntaxError(f"expected {expected!r}, found {self.peek()!r}")
        self.position += 1

    def expression(self) -> Expression:
        condition = self.binary(1)
        if self.peek() != "?":
            return condition
        self.take("?")
        then = self.expression()
        self.take(":")
        otherwise = self.expression()
        return lambda n: then(n) if condition(n) else otherwise(n)

    def binary(self, level: int) -> Expression:
        left = self.unary()
        while self.peek() in _BINARY and _BINARY[self.peek()][0] >= level:
            operator = self.peek()
            precedence, function = _BINARY[operator]
            self.position += 1
            left = _combine(operator, function, left, self.binary(precedence + 1))
        return left

    def unary(self) -> Expression:
        kind, value = self.tokens[self.position]
        self.position += 1
        if kind == "!":
            operand = self.unary()
            return lambda n: int(not operand(n))
        if kind == "n":
            return lambda n: n
        if kind == "num":
            return lambda n: value
        if kind == "(":
            inner = self.expression()
            self.take(")")
            return inner
        raise PluralSyntaxError(f"unexpected {kind!r}")


def _combine(operator: str, function: Callable[[int, int], int], left: Expression, right: Expression) -> Expression:
    if operator == "||":
        return lambda n: int(bool(left(n)) or bool(right(n)))
    if operator == "&&":
        return lambda n: int(bool(left(n)) and bool(right(n)))
    return lambda n: function(left(n), right(n))


def parse_plural(text: str) -> Expression:
    """The expression at the start of ``text`` (up to ';', a newline or the end), as a function of n.

    Raises PluralSyntaxError when msgfmt would call it an invalid plural expression.
    """
    parser = _Parser(text)
    expression = parser.expression()
    parser.take("end")
    return expression


def check_values(expression: Expression, nplurals: int) -> tuple[str | None, list[bool] | None]:
    """Evaluate for n = 0…1000 as msgfmt does: (what is wrong or None, which forms occur 5 times or more)."""
    counts = [0] * nplurals if nplurals <= 100 else None
    for n in range(1001):
        try:
            value = expression(n)
        except ZeroDivisionError:
            return f"the plural expression divides by zero (for n = {n})", None
        if value >= 1 << 63:
            return f"the plural expression gives a negative value (for n = {n})", None
        if value >= nplurals:
            return f"nplurals = {nplurals} but the plural expression gives {value} (for n = {n})", None
        if counts is not None:
            counts[value] += 1
    return None, [count >= 5 for count in counts] if counts is not None else None


def histogram(expression: Expression, low: int, high: int, form: int) -> int:
    """How many n in low…high (at most 1001 of them) select ``form``, as msgfmt counts for '#, range:'."""
    low = max(low, 0)
    high = min(high, low + 1000)
    count = 0
    for n in range(low, high + 1):
        try:
            count += expression(n) == form
        except ZeroDivisionError:
            continue
    return count


@dataclass(frozen=True, slots=True)
class PluralForms:
    """A Plural-Forms header as msgfmt reads it: nplurals, the expression, and what is wrong (empty when fine)."""

    nplurals: int | None = None
    expression: Expression | None = None
    problems: tuple[str, ...] = ()  # bare reasons; callers add where and how to fix
    often: tuple[bool, ...] | None = None  # which forms occur for 5 or more n in 0…1000 (None: unknown)
    missing: bool = False  # neither nplurals= nor plural= is there

    @property
    def ok(self) -> bool:
        return not self.problems and self.nplurals is not None


@lru_cache(maxsize=256)
def read_plural_forms(text: str) -> PluralForms:
    """The one Plural-Forms parser: ``nplurals=`` and ``plural=`` read wherever they stand in ``text`` (the
    field's value or the whole header), in either order, as msgfmt's check_plural does."""
    nplurals_at, plural_at = text.find("nplurals="), text.find("plural=")
    if nplurals_at < 0 or plural_at < 0:
        lacking = " and ".join(part for part, at in (("nplurals=INTEGER", nplurals_at),
                                                     ("plural=EXPRESSION", plural_at)) if at < 0)
        return PluralForms(problems=(f"lacks {lacking}",), missing=nplurals_at < 0 and plural_at < 0)
    match = _NPLURALS_RE.match(text, nplurals_at + 9)
    # The expression ends at ';', a newline or the end: the rest of a header (dates, names) does not count, so
    # catalogs of one language share the parsed and evaluated expression.
    expression_text = _EXPRESSION_END.split(text[plural_at + 7:], maxsplit=1)[0]
    return _read_expression(match.group(1) if match else None, expression_text)


_EXPRESSION_END = re.compile(r"[;\n]")


@lru_cache(maxsize=256)
def _read_expression(nplurals_text: str | None, text: str) -> PluralForms:
    problems: list[str] = []
    if nplurals_text is None:
        problems.append("invalid nplurals value")
    try:
        expression = parse_plural(text)
    except PluralSyntaxError as exc:
        problems.append(f"invalid plural expression ({exc})")
        expression = None
    if problems or nplurals_text is None or expression is None:
        return PluralForms(problems=tuple(problems))
    nplurals = int(nplurals_text)
    problem, often = check_values(expression, nplurals)
    return PluralForms(nplurals, expression, (problem,) if problem else (), tuple(often) if often is not None else None)
