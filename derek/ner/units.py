"""Words that decide the type of a numeric entity (language data, one example each).

A span the model calls MONEY must name a currency, a PERCENTAGE must say
``пайыз`` or ``%``; otherwise the number is relabelled by what it does name
(see :mod:`derek.ner.rules`). Entries are stems as :func:`suffixes.stem` gives them.
"""

from __future__ import annotations

CURRENCY: dict[str, str] = {
    "теңге": "5 мың теңгеге", "тенге": "100 тенге", "тг": "500 тг", "доллар": "4,5 миллиард АҚШ долларына",
    "евро": "2 миллион евро", "рубль": "300 рубль", "рубл": "10 мың рублін", "сом": "1000 сом",
    "юань": "50 миллион юань", "фунт": "1 миллион фунт стерлинг", "манат": "20 манат", "лира": "15 лира",
    "тиын": "50 тиын", "$": "100 $", "€": "20 €", "₸": "5000 ₸", "млрд": "1 млрд теңге", "трлн": "2 трлн теңге",
}  # fmt: skip

PERCENT: dict[str, str] = {"пайыз": "5,3 пайызға дейін", "%": "50 %", "процент": "10 процент"}

UNIT: dict[str, str] = {
    "тонна": "500 тонна астық", "метр": "120 текше метр", "шаршы": "100 шаршы метр", "текше": "текше метр",
    "гектар": "1 гектар жер", "га": "20 га", "шақырым": "15 шақырым жол", "километр": "30 километр",
    "км": "40 км", "литр": "2 литр сүт", "куб": "500 кубтай су", "градус": "30 градус аяз",
    "килограмм": "3 килограмм", "кг": "5 кг", "грамм": "200 грамм", "баррель": "1 миллион баррель",
    "мегаватт": "50 мегаватт", "киловатт": "100 киловатт", "центнер": "25 центнер",
}  # fmt: skip

# Units of time: a number with one of these is a DATE (a duration or an age) or, for hours
# and minutes, a TIME, as KazNERD marks them. Matched on the stem, or on the word's start.
DATE_UNIT: dict[str, str] = {
    "жыл": "5 жылға", "ай": "бір айдай", "күн": "30 күндей", "апта": "екі аптадан кейін",
    "тәулік": "бір тәулік", "ғасыр": "бір ғасырдан", "жасар": "үш жасар қыз",
    "жұма": "бір – екі жұмадай",
}  # fmt: skip
TIME_UNIT: dict[str, str] = {"сағат": "2 сағаттан кейін", "минут": "15 минут"}
# How inflected forms of those units start (тәулігіне: к -> г before a vowel).
TIME_PREFIXES = (
    ("DATE", ("жыл", "ай", "күн", "апта", "тәулі", "ғасыр", "жасар", "жұма")),
    ("TIME", ("сағат", "минут")),
)
# Words that start like a time unit but are not one (жылыту "heating", жылқы "horse", айт- "say").
NOT_UNIT = (
    "жылу",
    "жылыт",
    "жылт",
    "жылқ",
    "жылж",
    "айт",
    "айн",
    "айр",
    "айм",
    "айқ",
    "айғ",
    "айла",
    "айып",
    "айм",
    "күнә",
    "күнт",
    "күнб",
    "жұмақ",
    "жұмыс",
)

# Postpositions that KazNERD keeps inside a DATE span (``2022 жылға дейін``, ``екі жыл бұрын``,
# ``1991 жылдан бері``, ``бір аптадан кейін``); ``бастап`` stays outside (``1 қаңтардан бастап``).
DATE_POSTPOSITIONS: dict[str, str] = {
    "дейін": "2022-нші жылға дейін", "дейн": "жылға дейн (a common misspelling)",
    "шейін": "қазанға шейін", "бұрын": "екі жыл бұрын", "бері": "1991 жылдан бері",
    "кейін": "бір аптадан кейін",
}  # fmt: skip

# Kinds of settlement after a place name: «Шемонаиха ауданында», «Красин кентіне». KazNERD leaves the
# noun outside the GPE, except облыс, which belongs to it («Ленинград облысының»).
SETTLEMENT: dict[str, str] = {
    "аудан": "Шемонаиха ауданында", "ауыл": "Дәулет аулында", "кент": "Красин кентіне",
    "қала": "Тайынша қаласы", "село": "Бегуницы селосында", "облыс": "Ленинград облысының",
}  # fmt: skip
SETTLEMENT_FORMS = ("аудан", "ауыл", "аул", "кент", "қала", "село", "облыс")

# Posts: a span the model calls ORGANISATION that ends in one of these names a post
# («Сыртқы істер министрі», «Ақпарат және қоғамдық даму министрі»), as KazNERD marks them.
POST: dict[str, str] = {
    "президент": "Республика Президентіне", "министр": "Сыртқы істер министрі",
    "премьер-министр": "Қазақстан Премьер-министрі", "вице-министр": "энергетика вице-министрі",
    "басшы": "компаниясының басқарма басшысы", "төраға": "Сенат Төрағасы", "орынбасар": "әкімнің орынбасары",
    "елбасы": "Елбасы", "спикер": "Мәжіліс спикері", "директор": "бас атқарушы директоры",
    "елші": "Қазақстандағы Елшісі", "хатшы": "Мемлекеттік хатшысы", "әкім": "облыс әкімі",
    "ректор": "университет ректоры", "прокурор": "Бас прокуроры", "депутат": "Мәжіліс депутаты",
    "консул": "Қазақстанның Стамбұлдағы Бас консулы",  # not in the train part; a diplomat's post as елші
    "сенатор": "Сенатор Ғалиасқар Сарыбаев",  # session 17, real news (news-test98); not in the train part
}  # fmt: skip

# Heads of organization names: a span the model calls POSITION or GPE whose last word is one of these
# names a body, not a post or a place («Павлодар мемлекеттік университетінде», «Қауіпсіздік кеңесінің»); in
# KazNERD's training groups 273 of 277 entity spans ending in them are ORGANISATION (3 NORP, 1 POSITION).
ORG_HEAD: dict[str, str] = {
    "үкімет": "Үкіметтің отырысында", "мәжіліс": "Мәжілісте қаралды", "одақ": "Еуразиялық экономикалық одақ",
    "ұйым": "Дүниежүзілік денсаулық сақтау ұйымы", "кеңес": "Қауіпсіздік кеңесінің",
    "парламент": "Парламенттің палаталары", "банк": "Ұлттық банк", "комиссия": "Орталық сайлау комиссиясы",
    "академия": "Ұлттық ғылым академиясы", "университет": "Павлодар мемлекеттік университетінде",
    "агенттік": "Қаржы нарқын реттеу және дамыту агенттігінің", "комитет": "Ұлттық қауіпсіздік комитеті",
    "сенат": "Сенаттың отырысы", "министрлік": "Ішкі істер министрлігі",
    "консулдық": "Қытай Халық Республикасының Алматыдағы Бас консулдығы", "елшілік": "Жапонияның елшілігі",
}  # fmt: skip

# State words that end a country's full name (``Қырғыз Республикасы``, ``Иордания Хашимит Корольдігі``,
# ``Ресей Федерациясы``, ``Біріккен Араб Әмірліктері``), matched on the lowercased word's start.
STATE_WORDS: dict[str, str] = {
    "республика": "Қырғыз Республикасы", "корольдіг": "Иордания Хашимит Корольдігі",
    "королдіг": "Ұлыбритания Королдігі", "федерация": "Ресей Федерациясы",
    "әмірлік": "Біріккен Араб Әмірліктері",
}  # fmt: skip
STATE = tuple(STATE_WORDS)

# Nouns that make a «title» before them the name of an organization («Хабар» арнасы, «Ақ жол» партиясы),
# in any case or possessive form, among the three lowercase words after the closing quote. In the train
# part, 105 of 124 «titles» so placed are exactly an ORGANISATION, 18 lie inside a longer POSITION or EVENT
# span («Ақ жол» партиясының төрағасы), 1 is a PRODUCT. (театр, мектеп, команда and
# қор, whose titles are FACILITY, EVENT or untagged there, are left out.) ансамбл and кәсіпорн are the
# stems that ансамбль and кәсіпорын take before an ending.
ORG_TITLE_HEAD: dict[str, str] = {
    "арна": "«Хабар» арнасының", "телеарна": "«Қазақстан» телеарнасы", "телеканал": "«Алматы» телеканалы",
    "партия": "«Ақ жол» партиясынан", "агенттік": "«Қазинформ» агенттігі", "агентік": "«Қазинформ» агентігінің",
    "компания": "«Алстом» компаниясының", "әуекомпания": "«Эйр Астана» әуекомпаниясы",
    "авиакомпания": "«SCAT» авиакомпаниясы", "газет": "«Егемен Қазақстан» газеті",
    "серіктестік": "«Зейнеткер-2» саяжай серіктестігіндегі", "мекеме": "«Қазгидромет» мекемесі",
    "ұйым": "«Атамекен» ұйымы", "корпорация": "«Samsung» корпорациясы", "емхана": "«Мейірім» емханасы",
    "биржа": "«Астана» халықаралық биржасы", "клуб": "«Қайрат» клубы", "ансамбль": "«Сазген» ансамблі",
    "ансамбл": "«Сазген» ансамблінің", "ұжым": "«Гүлдер» ұжымы", "кәсіпорын": "«Қазцинк» кәсіпорыны",
    "кәсіпорн": "«Қазцинк» кәсіпорны", "бөлімше": "«Темір баба» бөлімшесінің",
}  # fmt: skip

# Heads of organization names met in written text, used with ORG_HEAD only by rules_text.place_org (a bare
# place, lowercase words, the head: «Қостанай ауыл шаруашылығы ғылыми-зерттеу институты»). In KazNERD's
# training groups all 6 entity spans ending in институт are ORGANISATION; училище is not there (a school
# named like an institute); әкімшілік 'administration' ends no span there.
WRITTEN_ORG_HEAD: dict[str, str] = {
    "институт": "Мәскеу мемлекеттік халықаралық қатынастар институтының",
    "училище": "Алматы би өнері училищесі",
    "әкімшілік": "Президент Әкімшілігінің басшысы",  # in the train part only inside such POSITIONs
}  # fmt: skip

# More heads of bodies' names, for rules_text.named_body only, with ORG_HEAD and WRITTEN_ORG_HEAD (session 12):
# bodies written news names as their speakers and sources (a capitalized word, lowercase words, the head
# owned: ``Ұлттық тестілеу орталығы``), with KazNERD's own examples.
BODY_HEAD: dict[str, str] = {
    "орталық": "Жұмыспен қамту орталығында", "бюро": "Партияның саяси кеңесі бюросының",
    "департамент": "Экономикалық тергеу департаменті", "басқарма": "Әлеуметтік әл-ауқат басқармасы",
}  # fmt: skip

# Words that open a body's name at a sentence's start (elsewhere any capitalized word may): a capital there
# says nothing of a name.
BODY_OPENERS = frozenset({"ұлттық", "республикалық", "мемлекеттік", "халықаралық", "жоғарғы", "қазақстан"})
