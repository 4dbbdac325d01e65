"""Letters of the scripts derek reads, in one place.

Every character class in derek's regular expressions is built from these
constants, so Kazakh letters (ә ғ қ ң ө ұ ү һ і) are never left out.
"""

KAZAKH_ONLY_LOWER = "әғқңөұүһі"
KAZAKH_ONLY_UPPER = "ӘҒҚҢӨҰҮҺІ"
RUSSIAN_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RUSSIAN_UPPER = RUSSIAN_LOWER.upper()

CYRILLIC_LOWER = RUSSIAN_LOWER + KAZAKH_ONLY_LOWER
CYRILLIC_UPPER = RUSSIAN_UPPER + KAZAKH_ONLY_UPPER
CYRILLIC = CYRILLIC_LOWER + CYRILLIC_UPPER

# Kazakh Latin alphabet of 2021 (with the letters of the 2017/2018 drafts that still occur).
LATIN_KAZAKH_EXTRA = "äğıñöşūüçáóúýǵńİÄĞÑÖŞŪÜÇÁÓÚÝǴŃ"
LATIN_BASIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
LATIN = LATIN_BASIC + LATIN_KAZAKH_EXTRA

# Latin letters that look like Cyrillic ones (in Kazakh texts ``i`` stands for ``і``
# and ``h`` for ``һ``; ``ə``/``ɵ`` are the Latin schwa and barred o).
LATIN_TO_CYRILLIC = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
    "k": "к", "h": "һ", "ə": "ә", "ɵ": "ө", "ı": "і",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У", "I": "І", "Ə": "Ә", "Ɵ": "Ө",
}  # fmt: skip
# Cyrillic letters that look like Latin ones, for Latin words typed with a Cyrillic key.
CYRILLIC_TO_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "к": "k",
    "һ": "h", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Т": "T", "Х": "X", "У": "Y", "І": "I",
}  # fmt: skip
# Old Cyrillic letters that stand in for Kazakh ones in some texts.
# ``ӊ`` (en with tail) in old Kazakh fonts for ``ң``: ``Жыл соӊына дейін``, ``облысыныӊ`` (news-test114; session 22)
CYRILLIC_LOOKALIKES = {"ѳ": "ө", "Ѳ": "Ө", "ӏ": "і", "Ӏ": "І", "ӊ": "ң", "Ӊ": "Ң"}

VOWELS = "аәеёиоөұүыіэюяу" + "АӘЕЁИОӨҰҮЫІЭЮЯУ"
BACK_VOWELS = "аоұы"
FRONT_VOWELS = "әеөүі"

DIGITS = "0123456789"
