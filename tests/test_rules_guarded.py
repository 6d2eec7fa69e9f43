"""Guarded expressions: run only when the text holds a word of each guard, in their order."""
from triage.rules.guarded import GuardedSet, WordFinder, guarded


def test_words_inside_other_words_and_overlapping_are_all_found():
    finder = WordFinder(["auto", "automat", "mat", "reply", "ply", "absent"])
    assert finder.found("this is an automatic reply") == {"auto", "automat", "mat", "reply", "ply"}


def test_a_finder_with_no_words_finds_nothing():
    assert WordFinder([]).found("anything at all") == set()


def test_an_expression_runs_only_when_the_text_holds_a_word_of_each_of_its_guards():
    both = guarded([("writing to",), ("died", "death")], r"writing to tell you .* died", label="both")
    one = guarded([("office",)], r"out of (?:the )?office", label="one")
    always = guarded([], r"^\W*$", label="always")
    expressions = GuardedSet([both, one, always])

    def labels(text: str) -> list[str]:
        return [item.label for item in expressions.runnable(text.lower())]

    assert labels("I am writing to tell you that Sam died") == ["both", "always"]
    assert labels("I am writing to you from the office") == ["one", "always"]
    assert labels("Sam died; she is out of office") == ["one", "always"]
    # in the order given, whichever guard word comes first in the text
    assert labels("office: writing to say he died") == ["both", "one", "always"]


def test_an_expression_with_no_capitals_is_searched_in_lower_case_and_quotes_the_words_as_written():
    lower = guarded([("office",)], r"\bout of (?:the )?office\b")
    cased = guarded([("form",)], r"\b(?-i:Form A)\b")
    assert lower.exact is not None and cased.exact is None
    text = "I am OUT of the Office until Monday; Form A follows. Out of office again."
    assert [m.group() for m in lower.finditer(text, text.lower())] == ["OUT of the Office", "Out of office"]
    assert cased.search(text, text.lower()).group() == "Form A"
    assert cased.search("form a follows", "form a follows") is None


def test_text_whose_lower_case_is_longer_is_searched_as_written():
    lower = guarded([("office",)], r"\bout of (?:the )?office\b")
    text = "İstanbul desk: OUT OF THE OFFICE"  # "İ" lower-cased is two characters
    assert len(text.lower()) != len(text)
    match = lower.search(text, text.lower())
    assert match is not None and match.start() == text.index("OUT")


def test_the_expressions_chosen_for_a_set_of_words_are_remembered_and_stay_right():
    died = guarded([("died",)], r"\bdied\b", label="died")
    office = guarded([("office",)], r"\boffice\b", label="office")
    expressions = GuardedSet([died, office])
    first = expressions.runnable_with(frozenset({"died"}))
    assert first == (died,) and expressions.runnable_with(frozenset({"died"})) is first
    for n in range(5000):  # more sets than are remembered: the memory starts again, still right
        expressions.runnable_with(frozenset({f"word{n}", "office"}))
    assert expressions.runnable_with(frozenset({"office", "died"})) == (died, office)
    assert len(expressions.chosen) <= 4096
