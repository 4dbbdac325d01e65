"""Abbreviations and the full names they stand for, used by entity linking.

Reviewed by hand. Each entry: abbreviation, full name (base form), KazNERD
label, and an example of the abbreviation in running text. Examples marked
``KazNERD`` are (shortened) sentences of the KazNERD validation split
(Yeshpanov, Khassanov, Varol, LREC 2022; CC BY 4.0); the others are short
news-style phrases written for this table.

Besides this table, linking derives abbreviations inside an article from the
initial letters of a full name that the same article uses (see ``linking.py``).
"""

from __future__ import annotations

from .keys import key

GPE = "GPE"
ORG = "ORGANISATION"

ABBREVIATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("ҚР", "Қазақстан Республикасы", GPE, "ҚР Президенті жарлыққа қол қойды."),
    ("ҚХР", "Қытай Халық Республикасы", GPE, "ҚХР-дың Алматыдағы Бас консулдығы."),
    ("РФ", "Ресей Федерациясы", GPE, "РФ Сыртқы істер министрлігі мәлімдеме жасады."),
    ("АҚШ", "Америка Құрама Штаттары", GPE, "АҚШ-тағы сайлау учаскелерінде әлі де жалғасып жатыр. (KazNERD)"),
    ("БАӘ", "Біріккен Араб Әмірліктері", GPE, "БАӘ-ге ресми сапар."),
    ("ШЫҰ", "Шанхай ынтымақтастық ұйымы", ORG, "ШЫҰ саммиті Астанада өтті."),
    ("БҰҰ", "Біріккен Ұлттар Ұйымы", ORG, "БҰҰ Бас Ассамблеясының сессиясы."),
    ("ТМД", "Тәуелсіз Мемлекеттер Достастығы", ORG, "ТМД Парламентаралық ассамблеясының өкілдері. (KazNERD)"),
    ("ЕАЭО", "Еуразиялық экономикалық одақ", ORG, "ЕАЭО елдерінің үкімет басшылары."),
    ("ҰҚШҰ", "Ұжымдық қауіпсіздік туралы шарт ұйымы", ORG, "ҰҚШҰ бітімгершілік күштері."),
    ("ЕО", "Еуропалық Одақ", ORG, "ЕО елшісі сапармен келді."),
    ("ЕҚЫҰ", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы", ORG, "ЕҚЫҰ байқаушылары сайлауды бақылады."),
    ("ТМҰ", "Түркі мемлекеттері ұйымы", ORG, "ТМҰ саммиті Астанада өтті."),
    ("ДСҰ", "Дүниежүзілік сауда ұйымы", ORG, "Қазақстан ДСҰ-ға 2015 жылы кірді."),
    ("ДДСҰ", "Дүниежүзілік денсаулық сақтау ұйымы", ORG, "ДДСҰ пандемия жариялады."),
    ("ХВҚ", "Халықаралық валюта қоры", ORG, "ХВҚ өсу болжамын төмендетті."),
    (
        "ОПЕК",
        "Мұнай экспорттаушы елдер ұйымы",
        ORG,
        "Өткен жұмада ОПЕК елдері мұнай өндіру көлемі бойынша келісімді ұзартуды талқылап. (KazNERD)",
    ),
    ("ІІМ", "Ішкі істер министрлігі", ORG, "ІІМ баспасөз қызметі хабарлады."),
    ("СІМ", "Сыртқы істер министрлігі", ORG, "СІМ ресми өкілі брифинг өткізді."),
    ("ҰҚК", "Ұлттық қауіпсіздік комитеті", ORG, "ҰҚК тергеу бастады."),
    ("ҰБ", "Ұлттық банк", ORG, "ҰБ базалық мөлшерлемені өзгертпеді."),
    ("ТЖМ", "Төтенше жағдайлар министрлігі", ORG, "ТЖМ қызметкерлері өртті сөндірді."),
)

# abbreviation key -> (full-name key, full name, label)
BY_ABBREVIATION: dict[str, tuple[str, str, str]] = {
    key(a): (key(full), full, label) for a, full, label, _ in ABBREVIATIONS
}
# full-name key -> abbreviation
BY_FULL_NAME: dict[str, str] = {key(full): a for a, full, _, _ in ABBREVIATIONS}


def initials(name: str) -> str:
    """name (str): a multi-word name. RETURNS (str): its upper-case initials (``Шанхай ынтымақтастық ұйымы`` -> ``ШЫҰ``)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""
