import pytest

from derek.normalize import normalize

CASES = [
    ("мемлекеттiк", "мемлекеттік"),  # Latin i in a Cyrillic word
    ("Cаенс", "Саенс"),  # Latin C
    ("hәм", "һәм"),  # Latin h for һ
    ("əкім", "әкім"),  # Latin schwa for ә
    ("Ѳскемен", "Өскемен"),  # fita for ө
    ("Жыл соӊына", "Жыл соңына"),  # en with tail for ң (session 22)
    ("Аlmaty", "Almaty"),  # Cyrillic А in a Latin word
    ("IT-сала", "IT-сала"),  # two scripts, two parts: left alone
    ("Hyundai-лерді", "Hyundai-лерді"),
    ("“жол”", "«жол»"),
    ('"жол"', "«жол»"),
    ("Ол — ақын – жазушы", "Ол — ақын — жазушы"),
    ("іс–шара", "іс-шара"),
    ("сөз\u00adдер", "сөздер"),
    ("a\u200bb", "ab"),
    ("1\u00a0000", "1 000"),
    ("и\u0306", "й"),  # NFC
    ("\u2212 5", "- 5"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalize_text(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(("raw", "_"), CASES)
def test_normalize_whole_span_maps_to_whole_raw(raw, _):
    norm = normalize(raw)
    assert norm.raw_span(0, len(norm.text)) == (0, len(raw))


def test_normalize_span_after_deletion():
    raw = "сөз\u00adдер мен кітап"
    norm = normalize(raw)
    i = norm.text.index("кітап")
    start, end = norm.raw_span(i, i + 5)
    assert raw[start:end] == "кітап"


def test_normalize_span_inside_replacement():
    raw = "X и\u0306 Y"
    norm = normalize(raw)
    i = norm.text.index("Y")
    assert raw[slice(*norm.raw_span(i, i + 1))] == "Y"
    j = norm.text.index("й")
    assert raw[slice(*norm.raw_span(j, j + 1))] == "и\u0306"


def test_normalize_identity_has_no_edits():
    assert normalize("Қазақстан").edits == ()
