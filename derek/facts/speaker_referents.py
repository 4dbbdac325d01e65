"""Speakers that name no one by name, read from real news pages (session 11): the person a bare office or a
description in common nouns stands for, the body behind an agency named back or a document quoted.

- ``Аймақ басшысы ... айтты.`` with no role of the article holding the office: the person named last before it,
  in the nominative, with no post (:func:`nearest_untitled`);
- ``– деді қоғам белсендісі``: the person the article describes with the same head word just before the name
  (``заңгер, қоғам белсендісі Ирак Елекеев``; :func:`described`);
- ``Ведомствоның мәліметінше``: the ministry or committee named last (:func:`agency`; a body NER left
  untagged: :func:`named_body`);
- ``– делінген хабарламада``: the body the article cites as its source (``Бұл туралы X хабарлады``, ``...
  тілшісі X-ке сілтеме жасап``), else no one (:func:`source`);
- ``– дейді шаруа`` in an article that names one person before: that person (:func:`only_person`);
- ``ТЖМ мәліметінше``: a body in capitals or quote marks with no genitive before a source cue (:func:`bare_source`);
- a speech verb whose subject no rule found (dropped, or a description no rule reads): the speaker of the quote
  before, else the person named last before it (:func:`last_speaker`);
- ``– делінген хабарламада`` with no source cited: the body whose own sentence before told or published the news
  (:func:`announcer`, session 22);
- a body's initials (``АМӨЗ``) spelled out where the article names it whole (:func:`spelled_out`, session 22).

``speaker_posts.resolve`` tries them after the roles of the article, each returning a base form or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..alphabet import CYRILLIC_UPPER
from ..doc import Entity, Mention, Quote, Role, Token
from .data.speech_verbs import INTRO, SOURCE_BODIES, UNSPOKEN_CUES
from .grammar import PARTICIPLE, PLURAL, alt, sentence_start
from .matching import same_name
from .mentions import POST, bare_noun, base_form, is_nominative, strip_case
from .quote_filters import PASSIVE, PERSONAL
from .speakers import CONNECTIVE


def paragraph_before(text: str, at: int) -> int:
    """text (str); at (int): an offset -> where the paragraph before the one holding it starts (blank lines between
    paragraphs skipped; session 15), 0 in the first two paragraphs."""
    back = text.rfind("\n", 0, at)  # at's own paragraph starts after it
    while back > 0 and text[back - 1].isspace():
        back -= 1
    return text.rfind("\n", 0, max(0, back)) + 1


def nearest_untitled(quote: Quote, roles: Sequence[Role], ents: Sequence[Entity], text: str) -> str | None:
    """quote, roles, ents, text -> the person named in the nominative, with no post of the article, last before
    the quote in its paragraph or the one before (``Бюджет туралы Қырымбек Көшербаев кең көлемде тоқталды.
    Аймақ басшысы ... айтты.``; session 11, news-test21)."""
    start = paragraph_before(text, quote.start)
    for e in reversed([e for e in ents if e.label == "PERSON" and start <= e.start and e.end <= quote.start]):
        name = e.normal or e.text
        if not is_nominative(e) or any(same_name(r.person.normal, name) for r in roles):
            continue
        return name
    return None


# ``Ведомствоның мәліметінше`` 'according to the agency': the government body the article named last
AGENCY = frozenset({"ведомство", "министрлік"})
BODY_HEADS = (
    "министрлі", "комитет", "агенттіг", "департамент", "басқарма", "ведомство", "прокуратура", "бюро", "әкімдіг",
)  # fmt: skip
# (бюро, әкімдік: ``Ұлттық статистика бюросы``, ``Елорда әкімдігінің мәліметінше`` before ``Ведомство``; session 23)
# (прокуратура: ``Ақтөбе облысының прокуратурасы ... Ведомство мәліметінше, ...``; session 15)


def _agency_name(name: str) -> bool:
    """name (str) -> True if its head is a ministry, committee, agency or department (``... министрлігі``)."""
    return strip_case(name.split()[-1].lower()).startswith(BODY_HEADS)


def agency(quote: Quote, ents: Sequence[Entity]) -> str | None:
    """quote; ents -> the last ministry, committee, agency or department named before the quote (session 11)."""
    for e in reversed([e for e in ents if e.label == "ORGANISATION" and e.end <= quote.start]):
        name = e.normal or e.text
        if _agency_name(name):
            return name
    return None


# A document named as the speaker (``– делінген хабарламада``): the words are the body's that the article says
# issued them (``Бұл туралы ... баспасөз қызметі хабарлады``, ``... тілшісі ... баспасөз қызметіне сілтеме жасап``),
# else no one's (session 11, news-test22)
DOCUMENTS = frozenset(
    {"хабарлама", "баспасөз хабарламасы", "ақпарат", "мәлімдеме", "жазба", "қорытынды", "жауап", "зерттеу"}
    | {
        "құжат",
        "ереже",
        "мәлімет",
    }  # session 34: ``делінген құжатта``, ``делінген ережеде``, ``ресми мәліметте``
)  # жазба: session 14; a conclusion, an answer, a study (``– делінген жауапта``, ``деп жазылған қорытындыда``,
# ``делінген зерттеуде``: session 24, 3 in the read news parts, each the body's or its experts' words)
# words that may stand before a document noun: ``делінген аталған хабарламада`` 'in the said message'
_DOCUMENT_MODIFIERS = frozenset({"аталған", "ресми", "осы", "бұл", "сол"})


def _unmodified(phrase: str) -> str:
    """phrase (str): a speaker's base form -> its words without case endings and without the modifiers before a
    document noun (``аталған хабарламада`` -> ``хабарлама``)."""
    words = [strip_case(w) for w in phrase.lower().split()]
    while len(words) > 1 and words[0] in _DOCUMENT_MODIFIERS:
        words = words[1:]
    # ``делінген таратылған хабарламада`` 'in the message spread': a participle and what it governs (session 33)
    last = max((i for i, w in enumerate(words[:-1]) if w.endswith(PARTICIPLE) and len(w) > 4), default=-1)
    return " ".join(words[last + 1 :])


def document(phrase: str) -> bool:
    """phrase (str): a speaker's base form -> True if it names a document, maybe after a modifier (``аталған
    хабарлама``), not a body."""
    return _unmodified(phrase) in DOCUMENTS


# A letter named as the speaker (``– делінген хат мәтінінде``): the words are the writer's, the person the article
# says sent it (``Сенатының Төрағасы Мәулен Әшімбаев ... құттықтап хат жолдады``; session 25, news-test184)
LETTERS = frozenset({"хат", "хат мәтіні", "жеделхат", "жеделхат мәтіні", "құттықтау хат", "ашық хат"})
_SENT_LETTER = re.compile(r"(?:хат|хатын|жеделхат|жеделхатын)[ \t]+(?:жолда|жібер)\w*", re.I)


def letter(phrase: str) -> bool:
    """phrase (str): a speaker's base form -> True if it names a letter (``хат``, ``хат мәтіні``)."""
    return _unmodified(phrase) in LETTERS


def writer(text: str, before: int, ents: Sequence[Entity]) -> str | None:
    """text; before (int): a quote's start; ents -> the person, in the nominative, of the last sentence before the
    quote that says a letter was sent (``... хат жолдады``), or None."""
    sent = list(_SENT_LETTER.finditer(text, 0, before))
    if not sent:
        return None
    verb = sent[-1]
    start = sentence_start(text, verb.start())
    people = [e for e in ents if e.label == "PERSON" and start <= e.start and e.end <= verb.start()]
    return next((e.normal or e.text for e in people if is_nominative(e)), None)


# the outlet before a cited body may be any name in Latin letters: ``Azattyq Rýhy облыс әкімдігіне сілтеме жасап``,
# ``AQ.KZ``; ``хабарлап отыр`` 'is reporting' (session 18)
_OUTLET = r"(?:(?:\S*[A-Za-z]\S*[ \t]+){0,2}\S*[A-Za-z]\S*(?:[ \t]+тілшісі)?|тілшісі)"
_SOURCE = re.compile(
    r"(?:[Бб]ұл туралы[ \t]+(?P<told>[^,.\n«»]{3,90}?)[ \t]+(?:хабарлады|мәлімдеді|хабарлайды|мәлім етті|хабарлап отыр)"
    rf"|{_OUTLET}[ \t]+(?P<cited>[^,.\n«»]{{3,150}}?)(?:не|на|ке|қа|ге|ға)[ \t]+сілтеме[ \t]+жаса)"
)


def source(text: str, before: int) -> str | None:
    """text; before (int): a quote's start -> the body the article last names as its source before it."""
    found = [m for m in _SOURCE.finditer(text, 0, before)]
    if not found:
        return None
    phrase = found[-1].group("told") or found[-1].group("cited")
    return base_form(phrase.strip().rstrip("-"))  # ТЖМ-ға сілтеме жасап: ТЖМ, not ТЖМ- (session 34)


# A body that tells the news in its own sentence: ``«Қазгидромет» РМК ... болжамын жариялады.``, ``ҚР Төтенше
# жағдайлар министрлігі бүгін ... ақпарат таратты``, ``Бұл туралы бүгін, 2026 жылғы 5 қаңтарда ... министрлігі
# мәлімдеді`` (session 22: 5 more right speakers of ``делінген хабарламада`` quotes in the read news parts, whose
# articles name no source otherwise; none lost)
_TELLS = re.compile(
    r"(?:жариялады|таратты|мәлімдеді|хабарлады|жолдады)(?:[ \t]*,[ \t]*деп[ \t]+хабарла\w+[^.!?\n]*)?[ \t]*[.!]?[ \t]*$",
    re.I,
)  # ... ақпарат таратты, деп хабарлайды Zakon.kz: the outlet's credit after it


def announcer(text: str, before: int, ents: Sequence[Entity]) -> str | None:
    """text; before (int): a quote's start; ents -> the organization first named, in the nominative, in the last
    sentence before the quote that ends by telling or publishing (``жариялады``, ``таратты``), or None."""
    found = None
    for e in ents:
        if e.end > before or e.label != "ORGANISATION" or re.search("[A-Za-z]", e.text):
            continue
        start = sentence_start(text, e.start)
        ends = [i for i in (text.find(c, e.end) for c in ".!?\n") if i >= 0]
        stop = min(ends) + 1 if ends else len(text)
        if stop > before or not is_nominative(e) or not _TELLS.search(text, e.end, stop):
            continue
        if any(
            o.label == "ORGANISATION" and start <= o.start < e.start and not re.search("[A-Za-z]", o.text)
            for o in ents
        ):
            continue  # not the sentence's first body
        found = e.normal or e.text
    return found


def last_body(before: int, ents: Sequence[Entity]) -> str | None:
    """before (int): a quote's start; ents -> the last organization named before it in the nominative, not an outlet in
    Latin letters (``Қазақстан Республикасы Бәсекелестікті қорғау және дамыту агенттігі ... анықтады. ... ,-делінген
    хабарламада``): whose message the article quotes when it names no source and no teller (session 25, news-test171:
    of the 6 such quotes in the read news parts 5 are a body's and 1 no one's), or None."""
    found = [
        e
        for e in ents
        if e.label == "ORGANISATION"
        and e.end <= before
        and is_nominative(e)
        and not re.search("[A-Za-z]", e.text)
    ]
    return (found[-1].normal or found[-1].text) if found else None


# A body's initials (``АМӨЗ``, ``ОРК``) spelled out where the article names it whole, in the nominative:
# ``Атырау мұнай өңдеу зауыты``, ``Орталық референдум комиссиясы`` (session 22: 5 more right speakers in the read
# news parts, whose annotators wrote the name; a ministry's initials stay, ``ТЖМ``: the annotators kept those)
_INITIALS = re.compile(f"[{CYRILLIC_UPPER}]{{3,6}}")
_SPELLED_HEADS = ("комитет", "департамент", "басқарма", "комиссия", "зауыт", "прокуратура", "агенттіг")


def spelled_out(name: str, text: str) -> str:
    """name (str): a speaker's base form; text -> the words the article spells those initials out with (each
    word's first letter, the first capitalized, the last a body's head noun in the nominative), else name."""
    if not _INITIALS.fullmatch(name):
        return name
    words = list(re.finditer(r"[\w-]+", text))
    size = len(name)
    for i in range(len(words) - size + 1):
        seq = words[i : i + size]
        last = seq[-1].group().lower()
        if (
            seq[0].group()[:1].isupper()
            and all(w.group()[:1].upper() == letter for w, letter in zip(seq, name, strict=True))
            and last.startswith(_SPELLED_HEADS)
            and strip_case(last) == last
        ):
            return text[seq[0].start() : seq[-1].end()]
    return name


# a body NER left untagged: a capitalized word, up to four more, a body's head noun in any case (``Оқу-ағарту
# министрлігі ... түсіндірді. ¶ Ведомство мәліметінше, ...``; session 18, news-test32; other heads since session 23)
_BODY = re.compile(
    rf"(?<![\w-])[{CYRILLIC_UPPER}][\w-]*(?:[ \t]+(?:және[ \t]+)?[\w-]+){{0,4}}?[ \t]+{alt(BODY_HEADS)}\w*"
)


# a ministry by its initials, which end in М (``ҚР ТЖМ баспасөз қызметі``, ``ІІМ``, ``ДСМ``; session 24, news-test167)
_MINISTRY_INITIALS = re.compile(rf"(?<![\w-])(?:ҚР[ \t]+)?[{CYRILLIC_UPPER}]{{1,4}}М(?![\w-])")


def named_body(text: str, before: int) -> str | None:
    """text; before (int): a quote's start -> the last body (ministry, committee, bureau, akimat ...) the text names
    before it, in its base form; a connective opening the match is no part of the name (``Бұл туралы Оқу-ағарту
    министрлігінің ...``: session 23, was dropped whole); a ministry may be named by its initials (``ҚР ТЖМ``)."""
    found = []
    for m in _BODY.finditer(text, 0, before):
        if (c := CONNECTIVE.match(m.group())) is not None:
            m = _BODY.match(text, m.start() + c.end())
            if m is None or m.end() > before:
                continue
        found.append(m)
    found += _MINISTRY_INITIALS.finditer(text, 0, before)
    if not found:
        return None
    last = max(found, key=lambda m: m.end())
    return last.group() if _MINISTRY_INITIALS.fullmatch(last.group()) else base_form(last.group())


def cited_body(text: str, before: int) -> str | None:
    """text; before (int): a quote's start -> the body the article cites as its source before it, when that is
    a ministry, committee, agency or department (``Бұл туралы оқу-ағарту министрлігі хабарлады. ... Министрлік
    таратқан ақпарға сүйенсек, ...``; session 12, news-test26): the agency an article names back when NER
    found no such body."""
    found = source(text, before)
    return found if found is not None and _agency_name(found) else None


# One person described by age, kin or standing, not by a post or a trade (``– дейді жас жігіт``, ``деді
# қария``, ``осы саланың ардагері``): the person the article named just before (3 of 3 in the read news parts;
# a trade, ``фермер``, stays itself: one annotator keeps ``фермер`` though a farmer is named before)
PERSON_NOUNS = (
    ("жігіт", "– дейді жас жігіт (news-test63: Диас Есжанов, named in the paragraph before)"),
    ("қария", "деді қария (news-test47: Қарпысбай Құдайбергенов)"),
    ("ардагер", "деді осы саланың ардагері (news-test38: Жетібай Сахиев)"),
    ("бойжеткен", "– дейді бойжеткен"),
    ("келіншек", "– дейді келіншек"),
    ("ақсақал", "деді ақсақал"),
    ("кейіпкер", "– дейді кейіпкеріміз"),
    # session 17; the stem as bare_noun leaves it (әріптесі -> әріпте)
    ("әріпте", "– деді әріптесі (news-test98: Дәурен Нұрсапа, named in the paragraph before)"),
    ("иесі", "Сахна иесінің пікірінше, ... (news-test89: Нұрсұлтан Қалқабек, named in the sentence before)"),
)
_PERSON_HEADS = tuple(w for w, _ in PERSON_NOUNS)


def person_described(phrase: str) -> bool:
    """phrase (str): a speaker's words -> True for one person described in common nouns (``жас жігіт``)."""
    words = phrase.split()
    if not words or not _common(phrase):
        return False
    head = bare_noun(words[-1].lower())
    return head.startswith(_PERSON_HEADS) and not head.endswith(PLURAL)


_WINDOW = 3  # words before a name that describe its holder (``қоғам белсендісі Ирак Елекеев``)


# heads of bodies, not persons: ``баспасөз қызметі``, ``білім басқармасы``
_BODIES = (
    "қызмет",
    "басқарма",
    "палата",
    "министрлі",
    "әкімді",
    "департамент",
    "комитет",
    "ұйым",
    "орталы",
    "мекеме",
    "комисси",  # Облыстық сайлау комиссиясы ... мәлімдеді: the body, not its chairman (session 15)
    "прокуратура",
)


_NAMED = frozenset({"PERSON", "ORGANISATION", "GPE", "LOCATION", "FACILITY", "NORP"})


def _common(phrase: str) -> bool:
    """phrase (str) -> True for a description in common nouns only (``қоғам белсендісі``, ``вице-министр``,
    ``Сенатор``), not a name, a body's name or a pronoun."""
    words = phrase.split()
    return (
        1 <= len(words) <= 4
        and all(w[0].isalpha() for w in words)
        and all(w.islower() for w in words[1:])
        and (words[0][1:].islower() or len(words[0]) == 1)
        and phrase.lower() not in ("ол", "олар")
    )


_PRONOUNS = frozenset({"ол", "оның", "ол кісі", "ол кісінің"})


def _a_name(speaker: Mention, ents: Sequence[Entity], text: str) -> bool:
    """speaker (Mention); ents; text -> True if its words are a name, not a description: a capital inside a sentence
    (``Ақорда``, ``Мырзагелдиевтың``) or a named entity's words (``Ақорданың хабарлауынша``)."""
    inside = speaker.text[:1].isupper() and text[max(0, speaker.start - 2) : speaker.start].strip() not in (
        "",
        ".",
    )
    return inside or any(e.label in _NAMED and e.start <= speaker.start < e.end for e in ents)


def _same_head(word: str, head: str) -> bool:
    """word, head (str): bare nouns -> True if equal, or one the other's start when both keep 5 letters: a genitive
    written with one т (``альпинистің``) loses the stem's т to the ending (``альпинис``; session 19)."""
    return word == head or (
        min(len(word), len(head)) >= 5 and (word.startswith(head) or head.startswith(word))
    )


def described(quote: Quote, ents: Sequence[Entity], text: str) -> str | None:
    """quote, ents, text -> the person a common-noun speaker describes: the nearest person before the quote (else
    the first after) whose sentence calls them by the speaker's head word just before the name (``заңгер, қоғам
    белсендісі Ирак Елекеев`` ... ``- деді қоғам белсендісі``; session 11, the read news parts)."""
    speaker = quote.speaker
    pronoun = speaker is not None and speaker.text.lower() in _PRONOUNS
    phrase = speaker.normal if pronoun else speaker.text if speaker is not None else ""
    if speaker is None or not phrase or not _common(phrase):
        return None  # ол whose antecedent is a description (- деп жазды ол. after Фотографтың сөзінше): session 16
    if not pronoun and _a_name(speaker, ents, text):
        return None
    head = bare_noun(phrase.split()[-1].lower())
    if len(head) < 4 or head.startswith(_BODIES) or head.endswith(PLURAL):
        return None  # a body, or a group (Тарихшылардың айтуынша)
    found = []
    for e in ents:
        if e.label != "PERSON" or e.start <= speaker.start < e.end:
            continue
        low = max(0, e.start - 200, speaker.end if speaker.end <= e.start else 0)
        before = text[low : e.start]  # the speaker's own words describe no one else
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        words = before[cut + 1 :].split()[-_WINDOW:]
        if any(_same_head(bare_noun(w.strip(',.:;«»"()').lower()), head) for w in words):
            found.append(e)
    if not found:
        return None
    prior = [e for e in found if e.end <= quote.start]
    best = prior[-1] if prior else found[0]
    return best.normal or best.text


# heads of bodies, outlets and documents, never one person (``– деді компания``, ``сайтының хабарлауынша``)
_NOT_PERSONS = (
    *_BODIES,
    *BODY_HEADS,
    *(w for w, _ in SOURCE_BODIES),
    "полиция",
    "инспекция",
    "портал",
    "сайт",
    "арна",
    "телеарна",
    "агенттік",
    "басылым",
)


# the endings of nouns of a trade or a calling (``қолөнер шебері``, ``бас банкир``, ``еліміздің бас психиатры``): a
# longer description needs one to stand for a person (session 34)
_TRADE_ENDINGS = ("шы", "ші", "гер", "кер", "ер", "ир", "атр", "ист", "лог", "тор", "ант", "ент")


def only_person(quote: Quote, ents: Sequence[Entity], text: str, tokens: Sequence[Token] = ()) -> str | None:
    """quote, ents, text, tokens (the article's, tagged) -> for a speaker described by one common noun that names no post, body or group (``– дейді
    шаруа``, ``Сарапшының пікірінше``, ``Әйелдің айтуынша``), the one person the article names before the quote,
    if it names exactly one (session 19: 6 right against 2 wrong in the read news parts, where the word was a
    passer-by, ``– дейді тұрғын``)."""
    speaker = quote.speaker
    if speaker is None or not 1 <= len(speaker.text.split()) <= 3 or not _common(speaker.text):
        return None
    # еліміздің бас психиатры, қолөнер шебері: the head noun closes the phrase
    last = speaker.text.split()[-1]
    if POST.search(speaker.text) or strip_case(last.lower())[:4] != speaker.normal.split()[-1].lower()[:4]:
        return None  # a post (сенатор), or a word read as someone else (Оның: the antecedent's name)
    if _a_name(speaker, ents, text):
        return None
    if any(t.start == speaker.start and t.pos == "PROPN" for t in tokens):
        return None  # a surname the tagger knows (Қожаев), not a description
    head = bare_noun(last.lower()).split("-")[-1]  # интернет-порталы: a portal
    if len(head) < 4 or head.startswith(_NOT_PERSONS) or head.endswith(PLURAL):
        return None
    if len(speaker.text.split()) > 1 and not head.endswith(_TRADE_ENDINGS):
        return None  # елшіліктің желі 'the embassy's network', басқарма басшылығы: no one person
    names: list[str] = []
    for e in ents:
        if e.label == "PERSON" and e.end <= quote.start:
            name = e.normal or e.text
            if not any(same_name(n, name) for n in names):
                names.append(name)
    return names[0] if len(names) == 1 else None


# a body named in capitals or in quote marks right before a source cue, with no genitive ending (``ТЖМ
# мәліметінше``, ``СҚО ТЖД мәліметінше``, ``«Қазгидромет» мәліметінше``; session 19: 4 of 4 in the read news parts)
_BARE_SOURCE = re.compile(
    f"(?:(?<=\\s)|^)((?:[{CYRILLIC_UPPER}]{{2,}}[ \\t]+)*[{CYRILLIC_UPPER}]{{2,}}|«[^»\\n]{{2,40}}»)[ \\t]+$"
)
_SOURCE_CUES = frozenset(cue for cue, _ in INTRO)


def bare_source(quote: Quote, text: str) -> Mention | None:
    """quote: one with no speaker; text -> the body named in capitals or quote marks right before its source cue
    (``ТЖМ мәліметінше, ...``), else None."""
    if quote.cue is None or quote.cue.text.lower() not in _SOURCE_CUES:
        return None
    m = _BARE_SOURCE.search(text, max(0, quote.cue.start - 60), quote.cue.start)
    if m is None:
        return None
    name = m.group(1).strip("«»")
    return Mention(m.start(1), m.end(1), m.group(1), name)


# how far back, in paragraphs, the speaker of a quote with no verb may have spoken last (session 34: 3 kept
# fewer right speakers than 8, which kept as many as no bound)
_PARAGRAPHS_BACK = 8


def last_speaker(
    quote: Quote, before: Sequence[Quote], ents: Sequence[Entity], text: str = ""
) -> Mention | None:
    """quote: one with no speaker; before: the article's quotes before it, speakers resolved; ents; text (str): the
    article, for a quote with no speech verb -> for a quote with a verb, the speaker of the last of them that has
    one, else the last person named before the quote, else None (``Дәрігер Дәурен Нұрсапа ... мәлімдеді. ...
    Айтуынша, ...``; ``... – деп толықтырды басқарма төраға``; session 19: 19 right against 1 wrong in the read news
    parts and facts_dev)."""
    last = next((q for q in reversed(before) if q.speaker is not None), None)  # the last quote with a speaker
    if quote.cue is None:
        # a quote with no verb: a sound bite, a caption, a slogan (session 19: 9 wrong against 4 right with any
        # speaker before); the last speaker, when no more than eight paragraphs lie between (``... – деді Ринат
        # Зайытов.`` ¶ ``Сонымен қатар, ол ... тырысты.`` ¶ ``«...»``: session 34)
        if last is None or last.end > quote.start:
            return None
        paragraphs = sum(1 for line in text[last.end : quote.start].split("\n") if line.strip())
        return last.speaker if paragraphs <= _PARAGRAPHS_BACK else None
    if (
        PASSIVE.search(quote.cue.text)
        or quote.cue.text.lower().endswith(PERSONAL)
        or " ".join(quote.cue.text.lower().split()) in UNSPOKEN_CUES
    ):
        return None  # айтылды, делінген: no one named (6 wrong against 2 right); дедім: the writer
    if last is not None:
        return last.speaker
    person = next((e for e in reversed(ents) if e.label == "PERSON" and e.end <= quote.start), None)
    return Mention(person.start, person.end, person.text, person.normal or person.text) if person else None
