import pytest

from graph.names import normalise


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The New York Times", "new york times"),
        ("Zelenskyy's", "zelenskyy"),
        ("Ministère de la Défense", "ministere de la defense"),
        ("  a   spokesman, ", "spokesman"),
        ("U.S.", "u.s"),
        ("“Never,” he said.", "never he said"),
    ],
)
def test_normalise(name: str, expected: str) -> None:
    assert normalise(name) == expected
