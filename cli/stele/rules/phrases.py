"""Phrase builders for the lexicons (rules/lexicons.py, lexicons_advice.py) and the bounds (rules/bounds.py): a word's
declined forms and the phrases made of them."""

from __future__ import annotations


def numbered(*words: str) -> tuple[str, ...]:
    """Each of ``words`` followed by a number (``до 4``, ``below 25``): ten entries, one per first digit."""
    return tuple(f"{word} {digit}*" for word in words for digit in "0123456789")


def declined(stems: str, endings: str) -> tuple[str, ...]:
    """Each of ``stems`` with each of ``endings`` (space-separated; "-": none): «легкая», «легкой»…"""
    return tuple(f"{stem}{ending.strip('-')}" for stem in stems.split() for ending in endings.split())


def sized(adjectives: str, endings: str, nouns: tuple[str, ...]) -> tuple[str, ...]:
    """An amount's size said by an adjective before its noun, each declined form («низкой дозы», "lower dose")."""
    return tuple(f"{word} {noun}" for word in declined(adjectives, endings) for noun in nouns)


def qualified(nouns: tuple[str, ...], phrases: tuple[str, ...]) -> tuple[str, ...]:
    """A noun, a comma, then a phrase that qualifies it («дозу, превышающую», «дозу, вищу за»): one entry across
    the comma, so that a cap said there is in the clause of the negation before the noun («Не принимайте дозу,
    превышающую рекомендованную»: one at-most bound, no negation)."""
    return tuple(f"{noun}, {phrase}" for noun in nouns for phrase in phrases)


def negated(*verbs: str) -> tuple[str, ...]:
    """«не проходит»: the verb with its negation, one phrase (a negation of the verb, not of what follows it)."""
    return tuple(f"не {verb}" for verb in verbs)


def meals(when: str) -> tuple[str, ...]:
    """"before meals", "before a meal", "before eating", "before breakfast"… (``when``: before or after)."""
    return tuple(f"{when} {meal}" for meal in ("meals", "a meal", "eating", "food", "breakfast", "lunch", "dinner",
                                               "you eat", "your meal", "your meals"))


def time_bounds(words: tuple[str, ...], last: str, than: tuple[str, ...]) -> tuple[str, ...]:
    """«не позднее чем за» and its spellings (``than`` or none after ``words``, a comma before it): a bound of the
    time before or after something, whose direction ``last`` says («не позднее чем за 30 минут до еды» is at least
    30 minutes before a meal, «не позднее чем через 2 часа» at most 2 hours after)."""
    return tuple(f"{word}{comma} {conjunction} {last}" for word in words for conjunction in than
                 for comma in ("", ",")) + tuple(f"{word} {last}" for word in words)


def or_than(than: str, *words: str) -> tuple[str, ...]:
    """Each comparative, then with ``than`` («чем», «ніж») after it, a comma before that or not, then alone
    (longest first: «более чем у 1 из 10» is bounded by «более чем у»)."""
    return tuple(f"{word}{comma} {than}" for word in words for comma in ("", ",")) + words


def than_forms(stem: str) -> tuple[str, ...]:
    """A Ukrainian comparative and "за" (than) in each of its forms: «старшим за 12 років», «молодші за 6»."""
    return tuple(f"{stem}{ending} за" for ending in ("е", "ий", "а", "і", "их", "им", "ому", "ої", "ими"))
