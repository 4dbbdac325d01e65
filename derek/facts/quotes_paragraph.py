"""Paragraphs that are direct speech with no speech verb of their own (for the ``quotes`` stage; session 8,
read from real news pages).

News sites set a speaker's words as a paragraph of their own after the paragraph that names the speaker:

- a paragraph opened by a dash (``... директоры Талғат Тлес мәлімдеді.`` / ``– Жастар күнін ... өткіземіз.``);
- a paragraph wholly in «» (``... аудан әкімі Жамантай Бейсенбаев мәлім етті.`` / ``«Бүгінгі күнді ...»``);
- an interview: a dash paragraph ending in ``?`` is the journalist's question (no speaker), the dash paragraph
  after it the answer of the person the article introduced before the first question;
- a headline ``«...» – Тоқаев``: the words after the dash name the speaker; the article's first line may do
  so with no «» (``... ата дәстүріміз - Тоқаев``) when those words are a name, a post or a body, not a
  question's answerer (``... қажет пе – министр жауап берді``) or a copula's subject (a line ending in ``.``).

The speaker is the one the paragraph before hands over: the speaker of a quote ending there, or the subject
of its last sentence when that sentence ends in a speech verb, a colon or a verb that gives the floor
(data/speech_verbs.HANDOVER: ``жауап берді``, ``сөз алды``). A paragraph whose speaker cannot be found this
way is left alone (a list item, a slogan), except an interview question and the text's last paragraph when it
is speech cut off before its cue (a dash paragraph, or a « that never closes: page excerpts and feed items end
so; session 11), whose speaker is the subject of the sentence before whatever its verb, or none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..alphabet import CYRILLIC_UPPER
from ..doc import Mention, Quote
from ..ner.names import first_name_word
from ..ner.words import surname_ending
from . import grammar as g
from .data.speech_verbs import HANDOVER
from .mentions import POST, base_form, is_nominative, mention, strip_case, uncapped
from .quote_filters import free
from .quotes_dash import BODY_INITIALS
from .speaker_referents import BODY_HEADS
from .speakers import Speakers

_LINE = re.compile(r"[^\n]+")
_DASH = re.compile(r"[ \t]*[—–-][ \t]*")
_HEADLINE = re.compile(r"[ \t]*«(?P<content>[^«»\n]+)»[ \t]*[—–-][ \t]*(?P<who>[^\n«»—–.!?:;]{2,60}?)[ \t]*$")
# a headline whose «...» a colon hands to the clause after it: ``"Біз ... дайын болуымыз керек": Абаев карантин
# ... туралы айтты`` (session 12, news-test27)
_COLON_HEADLINE = re.compile(
    r"[ \t]*[«\"](?P<content>[^«»\"\n]+)[»\"][ \t]*:[ \t]*(?P<who>[^\n«»\"]{2,200}?)[ \t]*$"
)
# a headline with no «»: ``Құрылтай шақыру ... ата дәстүріміз - Тоқаев`` (the article's first line only); a short
# name or phrase in «» may stand inside it (``Маңғыстаудың «халқы қиын» дегені ... батады – Нұрдәулет Қилыбай``)
# (the speaker's initials may open it: ``... шешімін табады - Б. Әбдіғалиев``; session 16, news-test71)
_BARE_HEADLINE = re.compile(
    r"[ \t]*(?P<content>[^\n«»]{15,}?|[^\n«»]*«[^\n«»]{1,40}»[^\n«»]{15,}?)[ \t]+[—–-][ \t]+"
    rf"(?P<who>(?:[{CYRILLIC_UPPER}A-Z]\.[ \t]?){{0,2}}[^\n«»—–.!?:;,()]{{2,60}}?)"
    r"(?:[ \t]*\((?:ФОТО|ВИДЕО|фото|видео)\))?[ \t]*$"  # ... – Айдын Айымбетов (ФОТО): the page's media mark
)
# a quote signed by its speaker, no verb: ``"...". Астана қалалық әкімдігі``, ``«...» Мәулен Әшімбаев`` (a line closed
# by a name or a body; session 13, news-test38 and three more annotators' parts)
_SIGNED = re.compile(
    r"[ \t]*[«\"](?P<content>[^«»\"\n]{15,})[»\"][ \t]*[.,]?[ \t]+(?P<who>[^\n«»\"!?:;,]{2,70}?)[ \t]*$"
)
# a dash paragraph signed after a last dash: ``– ... маңызды, – ... төрағасы Ертұғрул Шолпан.``
_DASH_SIGN = re.compile(
    r"(?P<content>[^\n]+?[.!?…]?)[,.!?…][ \t]+[—–-][ \t]+(?P<who>[^\n—–«»!?:;,]{3,120}?)[ \t]*\.?[ \t]*$"
)
_END = '.!?…»"'
_WORD = re.compile(r"\S+")
_QUESTION = ("ма", "ме", "ба", "бе", "па", "пе")  # question particles: Бөлу қажет пе – ...
_ANSWER = ("жауаб", "пікір", "мәлімдеме", "уәж")  # министр жауабы, төрағасының пікірі
_MIN_WORDS = 4
# talking with someone: the person in the instrumental before it is the one interviewed (session 14, news-test47)
# the talk may come a few words after the person (``Айгерім Мұсағажиновамен арадағы әңгіме``, ``Еркін Құрманбекпен
# оның әрі-берісінен әңгіме қозғап едік``; session 26, news-test171 and news-test193)
_TALK = re.compile(r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:әңгімелес|сұхбаттас|сұхбат|тілдес|әңгіме)", re.I)
_HANDOVER = re.compile(g.B + g.alt(v for v, _ in HANDOVER) + f"[{g.LOWER}]*[ \t]*[.!…]?$", re.I)


def paragraph_quotes(text: str, who: Speakers, found: Sequence[Quote]) -> list[Quote]:
    """text (str); who (Speakers); found (Sequence[Quote]): the quotes read so far -> direct quotes for
    paragraphs that are speech with no cue of their own, in text order."""
    out: list[Quote] = []
    lines = list(_LINE.finditer(text))
    taken = [(q.start, q.end) for q in found]
    inner = {(q.start, q.end) for q in found if q.kind == "reported"}
    interviewee: Mention | None = None
    for i, line in enumerate(lines):
        if (
            i == 0
            and (bare := _bare_headline(text, line, who)) is not None
            and free(taken, bare.start, bare.end)
        ):
            out.append(bare)
            taken.append((bare.start, bare.end))
            continue
        signed = _signed(text, line, who)
        if signed is not None and _free(taken, inner, signed.start, signed.end):
            out.append(signed)
            taken.append((signed.start, signed.end))
            who.remember(signed.end, signed.speaker)
            continue
        body = _body(text, line)
        if body is None and _plain_question(text, lines, i):
            # Ойын жасаудағы тәжірибеңіз жайлы айтып өтсеңіз. ¶ – ...: the interviewer's question set with no dash
            # before a dashed answer (session 24)
            prev = lines[i - 1]
            interviewee = (
                _addressed(text, line.start(), who)
                or interviewee
                or _handed(text, prev, who)
                or _talked(text, prev, who)
                or next(
                    (q.speaker for q in found if q.start < lines[0].end() and q.speaker is not None), None
                )
            )  # ... or the one the headline quotes (``Бек Қази, бағдарламашы: ...``)
            continue
        if body is None and i > 0 and _answers(text, lines[i - 1], line, who):
            # – Әмина Жәрдемқызы, ... қалай?  ¶ Республиканың ...: an answer with no dash
            raw = line.group().rstrip()
            body = (line.start() + len(raw) - len(raw.lstrip()), line.start() + len(raw))
        if body is None or not _free(taken, inner, *body):
            continue
        start, end = body
        if _dashed_list(text, lines, i, who):
            continue
        if _dashed(text, line) and (sign := _dash_signed(text, start, end, who)) is not None:
            out.append(sign)
            taken.append((sign.start, sign.end))
            who.remember(sign.end, sign.speaker)
            continue
        content = text[start:end]
        head = _HEADLINE.match(text, line.start(), line.end()) or _COLON_HEADLINE.match(
            text, line.start(), line.end()
        )
        if len(content.split()) < _MIN_WORDS and not head:
            continue
        prev = lines[i - 1] if i > 0 else None
        if head is not None and _named_only(head.group("content")):
            continue  # «Саз сиқыры» – Балалар үйлеріне ... сыйлық: a name before the headline's dash, no speech
        if head is not None:
            speaker = who.subject(head.start("who"), head.end("who"), line.start()) or _plain(text, head, who)
            if speaker is None:
                continue
            start, end = head.start("content"), head.end("content")
        elif _dashed(text, line) and _asks(content):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            # – Зейнолла аға, ... айтып берсеңіз...: the one asked answers
            named = _addressed(text, start, who)
            if nxt is None or not (_dashed(text, nxt) or named is not None):
                continue  # a question alone is a rhetorical one, no interview
            if named is not None:
                interviewee = named
            elif interviewee is None and prev is not None:
                # ... Әйгерім Бекқұлиевамен сұхбаттасудың сәті түскен еді. ¶ – ...?: the one talked with (s. 26)
                interviewee = _handed(text, prev, who) or _talked(text, prev, who)
            # an interviewer's question is the outlet's own voice, no quote (session 14: five annotators apart;
            # the read parts' gold quotes 8 of 13 such questions not at all)
            taken.append((start, end))
            continue
        elif (
            prev is not None
            and _dashed(text, prev)
            and _asks(text[prev.start() : prev.end()])
            and (
                _dashed(text, line)
                or _addressed(text, _DASH.match(text, prev.start()).end(), who) is not None
            )
        ) or (_dashed(text, line) and _plain_question(text, lines, i - 1)):
            speaker = interviewee  # the answer to the question before
        else:
            speaker = _handed(text, prev, who) if prev is not None else None
        if speaker is None and _cut_off(text, lines, i) and not (prev and _place_line(text, prev, who)):
            speaker = _last_subject(text, prev, who)  # may stay None: the words are still someone's
            out.append(Quote(start, end, text[start:end], "direct", speaker, None))
            taken.append((start, end))
            continue
        if speaker is None:
            continue
        out.append(Quote(start, end, text[start:end], "direct", speaker, None))
        taken.append((start, end))
        who.remember(end, speaker)
    return out


# the last word of a two-word saying that makes it a clause (``"Қорқыныш бар"``, ``«Ату керек»``), or a finite verb's
# past or first-person ending
_PREDICATE = re.compile(r"(?:бар|жоқ|керек|емес|қажет|[дт][ыі]|[дт][ыі]қ|м[ыі]з|м[ыі]н)[!?.…]*$", re.I)


def _named_only(content: str) -> bool:
    """content (str): a headline's «...» -> True when it is a name, not words said: one word, or two without a
    predicate (session 35: the read parts' «Жеңіс», «Саз сиқыры», «ҚЫМЫЗМҰРЫНДЫҚ»: none is a gold quote)."""
    words = content.split()
    return len(words) < 2 or (len(words) == 2 and _PREDICATE.search(words[-1]) is None)


def _dashed_list(text: str, lines: Sequence[re.Match[str]], i: int, who: Speakers) -> bool:
    """Is paragraph i one of two or more dashed paragraphs after a line that ends in a colon with no speech verb
    (``Квота төрт санат бойынша бөлінген:`` / ``- Басшылар мен олардың орынбасарлары – 726 рұқсат.``), none of
    them a question? A list, no speech: 170 such paragraphs in the read news parts, no quote among them but
    captions' and interviews' (session 18)."""
    if not _dashed(text, lines[i]):
        return False
    first = last = i
    while first > 0 and _dashed(text, lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _dashed(text, lines[last + 1]):
        last += 1
    if first == last or first == 0 or not lines[first - 1].group().rstrip().endswith(":"):
        return False
    if any(_asks(lines[k].group()) for k in range(first, last + 1)):
        return False  # – ...? ¶ – ...: an interview
    head = lines[first - 1]
    opening = head.start() + len(head.group()) - len(head.group().lstrip())
    if any(e.label == "PERSON" and e.start == opening for e in who.index.overlapping(opening, opening + 1)):
        return False  # Алма Әбілқасымова, ... профессор: ¶ – ...: a caption's person speaks
    sent_start, sent_end = _last_sentence(head)
    return not who.cues(sent_start, sent_end) and _HANDOVER.search(text, sent_start, sent_end) is None


def _free(taken: list[tuple[int, int]], inner: set[tuple[int, int]], start: int, end: int) -> bool:
    """[start, end) overlaps no span taken but reported speech wholly inside it: a quoted paragraph stays a
    quote when it reports someone else's words (``«... мемлекет басшысы ... жаңғыртатынын жариялап, ...»``;
    session 15)."""
    return free([t for t in taken if t not in inner or not (start <= t[0] and t[1] <= end)], start, end)


# a question, or a polite request to tell (``... айтып берсеңіз...``; session 14, news-test48)
_ASKS = re.compile(r"(?:\?|(?:сеңіз|саңыз|сеңіздер|саңыздар)[.…]*)[ \t]*$")
# the one a question opens by addressing: a name, maybe a first name and a polite word, then a comma
_VOCATIVE = re.compile(
    r"(?P<name>[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё-]+(?:[ \t]+[А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё-]+)?)"
    r"(?:[ \t]+(?:аға|апа|ханым|мырза|әпке|ағай|бауырым))?[ \t]*,"
)


def _asks(content: str) -> bool:
    return _ASKS.search(content.rstrip()) is not None


def _addressed(text: str, start: int, who: Speakers) -> Mention | None:
    """text; start (int): where a question's words begin; who -> the person it addresses by name, as the
    article names them (``– Әмина Жәрдемқызы, ...?``, ``– Зейнолла аға, ...``: Зейнолла Самашев; session 14)."""
    m = _VOCATIVE.match(text, start)
    if m is None:
        return None
    first = m.group("name").split()[0]
    for e in who.ents:
        if e.label == "PERSON" and e.end <= start and (e.normal or e.text).split()[0] == first:
            return Mention(m.start("name"), m.end("name"), m.group("name"), uncapped(mention(e).normal))
    return None


def _plain_question(text: str, lines: Sequence[re.Match[str]], i: int) -> bool:
    """text; lines: the text's paragraphs; i (int) -> True when paragraph ``i`` is an interviewer's question set
    with no dash (``F: ... оралды ма?``, ``... айтып өтсеңіз.``): not the first line, no more than forty words,
    ending in a question or a polite request, and a dashed paragraph, the answer, after it (session 24)."""
    if not 0 < i < len(lines) - 1 or _dashed(text, lines[i]) or not _dashed(text, lines[i + 1]):
        return False
    line = lines[i].group()
    return "«" not in line and len(line.split()) <= 40 and _asks(line)


def _talked(text: str, prev: re.Match[str], who: Speakers) -> Mention | None:
    """prev: a paragraph -> the person its last sentence says the outlet talked with (``... Сағила Нұрлановамен
    әңгімелесудің реті түскен еді``, ``... Бек Қази Ғалымжанұлымен сұхбаттасып``), else None."""
    start, end = _last_sentence(prev)
    for e in who.index.overlapping(start, end):
        if e.label == "PERSON" and e.text.endswith(("мен", "пен", "бен")) and _TALK.match(text, e.end):
            return mention(e)
    return None


def _answers(text: str, prev: re.Match[str], line: re.Match[str], who: Speakers) -> bool:
    """prev, line: two paragraphs -> True when ``prev`` is a dashed question addressing someone by name and
    ``line`` a plain paragraph of sentences: the answer (session 14, news-test58)."""
    if not _dashed(text, prev) or not _asks(prev.group()) or line.group().rstrip()[-1:] not in ".!?…":
        return False
    return _addressed(text, _DASH.match(text, prev.start()).end(), who) is not None


def _dashed(text: str, line: re.Match[str]) -> bool:
    m = _DASH.match(text, line.start(), line.end())
    if m is None or m.end() == line.start():
        return False
    # ``– Сөз``, or a hyphen set flush to a capital (``-Ең әдемі әйел ...``): no word is hyphenated at a
    # paragraph's start
    return text[m.end() - 1] in " \t—–" or (m.end() < line.end() and text[m.end()].isupper())


def _signed(text: str, line: re.Match[str], who: Speakers) -> Quote | None:
    """A paragraph that is a quote and the name of its speaker after it, no verb (``"...". Астана қалалық
    әкімдігі``): the name must be a person, post or body, whole (a sentence after the quote is none)."""
    m = _SIGNED.match(text, line.start(), line.end())
    if m is None:
        return None
    start, end = m.start("who"), m.end("who")
    if not text[start].isupper():
        return None  # «КОВИД – он тоғыз» немесе коронавирус.: a name's gloss, no signature
    speaker = who.subject(start, end, line.start()) or who.phrase(start, end)
    if speaker is None or speaker.start != start or speaker.end < end - 1:
        return None
    return Quote(m.start("content"), m.end("content"), m.group("content"), "direct", speaker, None)


def _dash_signed(text: str, start: int, end: int, who: Speakers) -> Quote | None:
    """A dash paragraph closed by a dash and its speaker's name, no verb: ``– Біз ... маңызды, – Австриядағы қазақ
    диаспорасы қауымдастығының төрағасы Ертұғрул Шолпан.`` (session 14, news-test46): the words after the last
    dash end in a PERSON in the nominative and hold no speech verb."""
    m = _DASH_SIGN.match(text, start, end)
    if m is None or who.cues(m.start("who"), m.end("who")):
        return None
    person = next(
        (
            e
            for e in who.index.overlapping(m.start("who"), m.end("who"))
            if e.label == "PERSON"
            and e.start >= m.start("who")
            and not text[e.end : m.end("who")].strip(" \t.")
        ),
        None,
    )
    if person is None or not is_nominative(person):
        return None
    speaker = who.subject(m.start("who"), m.end("who"), m.start("who")) or mention(person)
    a, b = m.start("content"), m.end("content")
    return Quote(a, b, text[a:b], "direct", speaker, None)


def _body(text: str, line: re.Match[str]) -> tuple[int, int] | None:
    """The content of a speech paragraph: after its opening dash, or inside the « » that hold the whole
    paragraph; None for another paragraph."""
    raw = line.group()
    stripped = raw.rstrip()
    stop = line.start() + len(stripped)
    if _dashed(text, line):
        start = _DASH.match(text, line.start(), line.end()).end()
        if stripped[-1:] not in _END:
            return None  # a list item or a heading, not a sentence of speech
        return start, stop
    lead = len(raw) - len(raw.lstrip())
    if _COLON_HEADLINE.match(text, line.start(), line.end()):
        return line.start() + lead, stop  # "...": Абаев ... айтты, a headline
    if raw[lead : lead + 1] == '"' and stripped.rstrip(".,").endswith('"') and stripped.count('"') == 2:
        return line.start() + lead + 1, line.start() + len(stripped.rstrip(".,")) - 1  # "..." typed plainly
    if raw[lead : lead + 1] != "«":
        return None
    if "»" not in raw:
        return line.start() + lead + 1, stop  # a quote over paragraphs closes only in its last one
    if _HEADLINE.match(text, line.start(), line.end()):
        return line.start() + lead, stop
    close = stripped.rstrip(".,").rstrip()
    if not close.endswith("»") or close.count("«") != close.count("»"):
        return None
    depth = 0
    for k, ch in enumerate(close[lead:]):  # the first « must close at the paragraph's last »
        depth += (ch == "«") - (ch == "»")
        if depth == 0 and lead + k < len(close) - 1:
            return None
    return line.start() + lead + 1, line.start() + len(close) - 1


def _handed(text: str, prev: re.Match[str], who: Speakers) -> Mention | None:
    """The speaker the paragraph before hands the next one: the speaker of a quote ending in it, else the
    subject of its last sentence when that ends in a speech verb (``... Талғат Тлес мәлімдеді.``), a verb that
    hands the floor over (data/speech_verbs.HANDOVER: ``жауап берді``, ``сөз алды``) or a colon."""
    if (speaker := who.spoke(prev.start(), prev.end())) is not None:
        return speaker
    sent_start, sent_end = _last_sentence(prev)
    stripped = prev.group().rstrip()
    cues = who.cues(sent_start, sent_end)
    verb = _HANDOVER.search(text, sent_start, sent_end)
    if cues and not text[cues[-1].end() : sent_end].strip(" .!…"):
        stop = cues[-1].start()  # ... Талғат Тлес мәлімдеді.
    elif verb is not None:
        stop = verb.start()  # ... депутат Ерболат Байұзақұлы жауап берді.
    elif stripped.endswith(":"):
        stop = sent_end
        if _place_line(text, prev, who):
            return None  # Ақтөбе облысы: ¶ – «...» автожолының учаскесі: a list under a place's name (session 26)
    else:
        return None  # the last sentence must end in a speech verb or a colon
    return (
        who.subject(sent_start, stop, sent_start)
        or (who.post(sent_start, stop) if who.pos else None)  # Облыс әкімі ... жауап берді. (session 10)
        or who.carried(sent_start)
    )


def _place_line(text: str, line: re.Match[str], who: Speakers) -> bool:
    """line: a paragraph ending in a colon -> True when a place entity is all it holds before the colon
    (``Қызылорда облысы:``, a heading over the items of that region, news-test190)."""
    raw = line.group().rstrip()
    start = line.start() + len(raw) - len(raw.lstrip())
    end = line.start() + len(raw) - 1
    return any(
        e.label in ("GPE", "LOCATION") and e.start == start and e.end == end
        for e in who.index.overlapping(start, end)
    )


def _last_sentence(line: re.Match[str]) -> tuple[int, int]:
    """The span of a paragraph's last sentence (trailing spaces left out)."""
    stripped = line.group().rstrip()
    cut = max(stripped.rfind(". ", 0, len(stripped) - 1), stripped.rfind("! "), stripped.rfind("? "))
    return line.start() + (cut + 2 if cut >= 0 else 0), line.start() + len(stripped)


def _cut_off(text: str, lines: Sequence[re.Match[str]], i: int) -> bool:
    """Is paragraph i speech the text ends in, cut before its cue (a page excerpt, a truncated feed item)?
    The last paragraph, opened by a dash (not one more item of a dashed list) or by a « that never closes."""
    if i == 0 or i != len(lines) - 1:
        return False  # a text of one paragraph (a sentence, a headline) has no one to hand it over
    line, prev = lines[i], lines[i - 1]
    if _dashed(text, line):
        return not _dashed(text, prev) or prev.group().rstrip().endswith((".", "!", "?", "…"))
    raw = line.group().lstrip()
    return raw.startswith("«") and "»" not in raw


def _last_subject(text: str, prev: re.Match[str] | None, who: Speakers) -> Mention | None:
    """The subject of the last sentence before a cut-off speech paragraph, whatever its verb (``... депутаты
    Мұрат Әбенов те қолдады.`` / ``«Бүгін 5 сұрақ қойсам да, ...``), else the one person that paragraph names
    (``... зейнеткер Гүлбаршын Жұбаниязова. ... Гүлбаршын Жұбаниязованың қимылы ширақ.``)."""
    if prev is None:
        return None
    if (talked := _talked(text, prev, who)) is not None:
        return talked  # ... Сағила Нұрлановамен әңгімелесудің реті түскен еді: the one interviewed
    start, end = _last_sentence(prev)
    if (found := who.subject(start, end, start)) is not None:
        return found
    return who.named_alone(prev.start(), prev.end(), owner=False)  # an owner only is no speaker (session 15)


def _plain(text: str, head: re.Match[str], who: Speakers) -> Mention | None:
    """A short noun phrase after a headline's dash (``– депутат``) when no entity is found there."""
    phrase = head.group("who").strip()
    if not 1 <= len(phrase.split()) <= 4 or who.cues(head.start("who"), head.end("who")):
        return None
    at = head.start("who") + head.group("who").index(phrase)
    return Mention(at, at + len(phrase), phrase, base_form(phrase))


def _surname(phrase: str) -> bool:
    """phrase (str) -> True for one capitalized surname-shaped word in the nominative (``Мирзиёев``)."""
    return " " not in phrase and phrase[:1].isupper() and surname_ending(phrase) == ""


def _body_name(phrase: str) -> bool:
    """phrase (str) -> True for a body's name in the nominative: capitalized, ending in a ministry, committee,
    agency or department noun with its possessive (``Денсаулық сақтау министрлігі``)."""
    last = phrase.split()[-1].lower()
    return phrase[:1].isupper() and last.startswith(BODY_HEADS) and last.endswith(("і", "ы"))


def _given_name(phrase: str) -> bool:
    """phrase (str) -> True for two or three capitalized words in the nominative opened by a known first name
    (``Роза Пак``, which the model may tag as anything; derek/data/first_names.tsv)."""
    words = phrase.split()
    return (
        2 <= len(words) <= 3
        and first_name_word(words[0])
        and all(w[:1].isupper() and strip_case(w) == w for w in words)
    )


def _bare_body(phrase: str) -> bool:
    """phrase (str) -> True for one body noun in the nominative with no name (``министрлік``, ``комитет``)."""
    return " " not in phrase and phrase.lower().startswith(BODY_HEADS) and strip_case(phrase) == phrase


_TOPIC = re.compile(r"[ \t](?:туралы|жайлы|жөнінде)$", re.I)


def _topical(text: str, m: re.Match[str], who: Speakers) -> Quote | None:
    """text; m: a bare headline's match; who -> its quote when a person opens the words after the dash and a topic
    closes them (``Қоғаммен ашық диалог жалғасады — Эльвира Әзімова Конституциялық комиссия жұмысы туралы``;
    session 24, news-test162), else None."""
    if not _TOPIC.search(m.group("who")) or "?" in m.group("content") or ":" in m.group("content"):
        return None
    lead = next(
        (
            e
            for e in who.index.overlapping(m.start("who"), m.end("who"))
            if e.label == "PERSON" and e.start == m.start("who")
        ),
        None,
    )
    if lead is None or not is_nominative(lead):
        return None
    return Quote(m.start("content"), m.end("content"), m.group("content"), "direct", mention(lead), None)


def _one_name(m: re.Match[str], who: Speakers) -> bool:
    """m: a bare headline's match; who -> True when the words after the dash are one organization or person NER
    tagged whole, up to eight words (session 27: ``... қабылдай алады – Су ресурстары және ирригация
    министрлігі``)."""
    a, b = m.span("who")
    return len(m.group("who").split()) <= 8 and any(
        e.start == a and e.end == b and e.label in ("ORGANISATION", "PERSON")
        for e in who.index.overlapping(a, b)
    )


def _bare_headline(text: str, line: re.Match[str], who: Speakers) -> Quote | None:
    """The article's first line as ``words of four or more - a speaker``: a person, a post or an organization the
    model tags, or a short noun phrase (``... жазылады - депутат``), the words before the dash its quote."""
    m = _BARE_HEADLINE.match(text, line.start(), line.end())
    if m is None or len(m.group("content").split()) < _MIN_WORDS:
        return None
    if (topical := _topical(text, m, who)) is not None:
        return topical
    if len(m.group("who").split()) > 4 and not _one_name(m, who):
        return None  # ... – Су ресурстары және ирригация министрлігі: a longer name NER tags whole is one speaker
    if who.cues(m.start("who"), m.end("who")):
        return None  # ... - деді министр: the quote rules read it
    if ":" in m.group("content"):
        return None  # Сыншы Аян НЫСАНАЛИН: ӘДЕБИЕТ – МЕМЛЕКЕТТІҢ ИДЕОЛОГИЯСЫ: the colon hands the words to its name
    content_words = m.group("content").rstrip(" ?").split()
    if m.group("content").rstrip().endswith("?") or content_words[-1].lower() in _QUESTION:
        return (
            None  # Мәдениет министрлігін екіге бөлу қажет пе – министр жауап берді: a question put to someone
        )
    who_words = m.group("who").split()
    phrase = _plain(text, m, who)
    inside = [  # words inside a name the model tagged are no verbs (Денсаулық сақтау министрлігі; session 14)
        (e.start, e.end) for e in who.index.overlapping(m.start("who"), m.end("who")) if e.label != "DATE"
    ]
    if who_words[-1].lower().startswith(_ANSWER) or (
        not (phrase is not None and _body_name(phrase.text))  # ... – ҚР денсаулық сақтау министрлігі (s. 26)
        and any(
            who.pos.get(w.start()) in ("VERB", "AUX") and not any(a <= w.start() < b for a, b in inside)
            for w in _WORD.finditer(text, m.start("who"), m.end("who"))
        )
    ):
        return None  # ... – Сенат төрағасының пікірі, ... - министр жауабы: the topic and who answers
    if text[line.start() : line.end()].rstrip()[-1:] in _END:
        return None  # a sentence, not a headline: Қазақстанның ең ірі қаласы - Алматы.
    named = [
        e
        for e in who.index.overlapping(m.start("who"), m.end("who"))
        if e.label in ("PERSON", "POSITION", "ORGANISATION")
        and m.start("who") <= e.start
        and e.end <= m.end("who")
    ]
    if named and not text[named[-1].end : m.end("who")].strip():
        speaker = mention(named[-1])  # ... - Тоқаев, ... - Украина президентінің кеңсесі
    elif phrase is not None and any(POST.fullmatch(w) for w in phrase.text.split()):
        speaker = phrase  # ... жазылады - депутат; ... - Украина президентінің кеңсесі
    elif phrase is not None and (_surname(phrase.text) or _body_name(phrase.text)):
        speaker = phrase  # ... сенемін – Мирзиёев; ... төмендеуде – Денсаулық сақтау министрлігі (session 14)
    elif phrase is not None and (_given_name(phrase.text) or _bare_body(phrase.text)):
        speaker = phrase  # ... санайды - Роза Пак; ... күшейеді – министрлік (session 22)
    elif phrase is not None and BODY_INITIALS.fullmatch(phrase.text):
        # ... қашықтан оқи алады – БҒМ (session 26, news-test180; an oblast's initials, ... - ОҚО, are a place tag)
        speaker = phrase
    else:
        return None  # Алматы - еліміздің ең ірі қаласы: a copula, no speaker
    start, end = m.start("content"), m.end("content")
    return Quote(start, end, text[start:end], "direct", speaker, None)
