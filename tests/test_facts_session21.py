"""Session 21 rules, read from real Kazakh news pages (news-test106 … news-test117, read this session): a verb stem's
voiced last consonant (``шық-`` -> ``шығуды``) no longer makes the whole word its ending; the edges of a week and the
start of a month; years listed before one year word; a forecast as speech; a group of people closing the stretch
before reported speech, after a comma or a participle; a body in the locative opening it; an outlet's channel or
Cyrillic address; a bare coach, professor or candidate word is no post; ``келген`` before a word of its clause names
who came, no visit; the opening noun in the dative or accusative is no opening; ``ашты`` after its object earlier in
the clause opens it; ``жаңа`` makes a present-future opening one occasion; ``өткізген`` is held. One line per case
(docs/facts.md "Session 21")."""

from __future__ import annotations

import pytest
from quotes_shared import speakers, triples

from derek import analyze
from derek.facts.tense import ending_of

DATES = [
    # a plan's verbal noun with a voiced stem (шық- -> шығуды) is no past: the year's end ahead is this year's
    ("Жыл соңына дейін қуаттылыққа шығуды жоспарлап отыр.", "2023-07-03", [("Жыл соңына", "2023")]),
    ("Жыл соңына дейін 5 нысан салынды.", "2023-01-10", [("Жыл соңына", "2022")]),
    # a week's start or end, this week, the next or the last; not every week's
    (
        "Аптаның басында бұршақ аралас жаңбыр жауып, жел күшейеді.",
        "2026-01-17",
        [("Аптаның басында", "2026-W03")],
    ),
    ("Жаңа аптаның басында жаңбыр жауады.", "2026-01-17", [("Жаңа аптаның басында", "2026-W04")]),
    ("Өтінім қабылдау апта соңына дейін болады.", "2020-07-01", [("апта соңына", "2020-W27")]),
    ("Өткен аптаның соңында жаңбыр жауды.", "2026-01-17", [("Өткен аптаның соңында", "2026-W02")]),
    ("Аптаның басында жаңбыр жауады.", None, [("Аптаның басында", "XXXX-WXX")]),
    ("Кеңес әр апта соңында жиналады.", "2026-01-17", []),
    # years listed before one singular year word are each a year
    (
        "Қазір жүйеде 2011, 2012, 2013 жылы туған балалардың кезегі бар.",
        None,
        [("2011", "2011"), ("2012", "2012"), ("2013 жылы", "2013")],
    ),
    (
        "Көз қабығы 1983 және 1956 жылы туған екі адамға салынды.",
        None,
        [("1983", "1983"), ("1956 жылы", "1956")],
    ),
    # the start of this month
    ("Айдың басында ауылдағы мекемемен байланыс үзілді.", None, [("Айдың басында", "XXXX-XX")]),
    ("Айдың басында ауылдағы мекемемен байланыс үзілді.", "2026-01-17", [("Айдың басында", "2026-01")]),
]


@pytest.mark.parametrize(("text", "published", "dates"), DATES)
def test_dates(text, published, dates):
    assert [(d.text, d.value) for d in analyze(text, published=published).dates] == dates


ENDINGS = [
    ("шығуды", "шық", "уды"),
    ("табады", "тап", "ады"),
    ("жоспарлап", "жоспарла", "п"),
    ("барды", "кел", "барды"),
]


@pytest.mark.parametrize(("word", "lemma", "ending"), ENDINGS)
def test_ending_of(word, lemma, ending):
    assert ending_of(word, lemma) == ending


QUOTES = [
    # a group closing the stretch after a participle that modifies it speaks
    (
        "Қаланың іргесінде егіншілікпен айналысатын тұрғындар мөлшерден артық ылғал өсімдіктерге зиян екенін айтып отыр.",
        [("reported", "мөлшерден артық ылғал өсімдіктерге зиян", "тұрғындар")],
    ),
    # after a comma or a participle too
    (
        "Ал, полицейлер ұрыларды ұстауға бар күшімізді жұмсап жатырмыз, дейді.",
        [("reported", "ұрыларды ұстауға бар күшімізді жұмсап жатырмыз,", "полицейлер")],
    ),
    (
        "Қаламызға келген қонақтар барлық күндер бойына түрлі мәдени шаралардың өткенін айтып, ойларымен бөлісті.",
        [("reported", "барлық күндер бойына түрлі мәдени шаралардың өткенін", "қонақтар")],
    ),
    # a group in the genitive of a longer phrase does not
    (
        "Сондай-ақ спикер шетелден келген туристер санының да артқанын атап өтті.",
        [("reported", "шетелден келген туристер санының да артқанын", "спикер")],
    ),
    # a body in the locative opening the clause, its owner before it, is where it is said
    (
        "Қазақстанның Денсаулық сақтау министрлігінде бұл күн маңызды екенін атап өтті.",
        [("reported", "бұл күн маңызды", "Қазақстанның Денсаулық сақтау министрлігі")],
    ),
    # a forecast of a clause is speech; its passive names no one who spoke
    (
        "Синоптиктер алдағы күндері де қар көп жауады деп болжап отыр.",
        [("reported", "алдағы күндері де қар көп жауады", "Синоптиктер")],
    ),
    ("Дәрі белсенділігін жақсартады деп болжанады.", []),
    # an outlet's channel or Cyrillic address after the cue credits the story, no speaker
    ("Аламан бәйге де өз мәресіне жетті, деп хабарлайды Баймедиа.кз.", []),
    ("Облыста газ бағасы қымбаттады, деп хабарлайды Хабар 24 арнасы.", []),
    # a person after a body's setting still speaks
    (
        "Министрлікте өткен жиында Асқар Серікұлы жоба аяқталғанын айтты.",
        [("reported", "жоба аяқталғанын", "Асқар Серікұлы")],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTES)
def test_quotes(text, quotes):
    assert speakers(text) == quotes


ROLES = [
    # a bare coach, professor or candidate word with no body is a calling or a title; a head coach is a post
    ("1-орын: «Айқабақ», шабандоз – Аңсар Арыстанбек, бапкері – Сапарғали Сатпаев.", []),
    ("Жиынға тарих ғылымдарының докторы, профессор Хазретәлі Тұрсын қатысты.", []),
    ("Спортшыны жаттықтырушы Мұрат Сиқымбаев дайындады.", []),
    ("Облыс әкімі лауазымына кандидат Батыржан Байжұманов ұсынылды.", []),
    (
        "Құраманың бас бапкері Юрий Красножан ойыншыларды жинады.",
        [("Юрий Красножан", "бас бапкер", "Құрама")],
    ),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_roles(text, roles):
    assert triples(analyze(text, published="2025-05-01").roles) == roles


EVENTS = [
    # ``келген`` before a word of its clause names who came; a finite one, one before a named visitor, stays a visit
    ("Жарысқа Семейден келген «Апорт» командасы қатысты.", []),
    ("Қабылдауға келген азаматтар өз мәселелерін айтты.", []),
    ("БҰҰ Бас хатшысы Қазақстанға соңғы рет 2024 жылдың шілдесінде келген еді.", [("visited", "келген")]),
    ("Шараға арнайы келген Вячеслав Зайцев қазылар алқасын басқарды.", [("visited", "келген")]),
    # to or of an opening, a noun, is no opening; an opening verb is
    ("Әкім жаңа мектептің ашылуына қатысты.", []),
    ("Тұрғындар саябақтың ашылуын асыға күтті.", []),
    ("Ауылда жаңа мектеп ашылды.", [("opened", "ашылды")]),
    # an opened thing in the accusative earlier in the clause, the opener between; a complex, a sitting, a curtain
    ("Содан соң болған аудан активінің отырысын облыс әкімі ашты.", [("opened", "ашты")]),
    ("Мемлекет басшысы Ақтоғай кен байыту кешенін ашты.", [("opened", "ашты")]),
    ("Айтыстың шымылдығын ақын Жүрсін Ерман ашты.", [("opened", "ашты")]),
    ("Ғалым ядроны ашты.", []),
    # a new thing that will open is one occasion, not a habit
    ("Жамбылда 3 жаңа көкөніс қоймасы ашылады.", [("opened", "ашылады")]),
    # the participle of 'held' with its event before it
    ("Өңірде көшпелі жиын өткізген сенаторлар диқандармен сөйлесті.", [("held", "өткізген")]),
]


@pytest.mark.parametrize(("text", "events"), EVENTS)
def test_events(text, events):
    assert [(e.type, e.trigger.text) for e in analyze(text, published="2025-05-01").events] == events
