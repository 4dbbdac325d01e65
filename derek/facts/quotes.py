"""Stage ``quotes``: direct quotes and reported speech with their speakers and cues.

Direct quotes are «...» spans introduced by a colon (``... деп атап өтті: «...»``,
``ол: «...» екенін айтты``) or followed by a cue after a dash (``«...», — деді ол.``);
they may run across paragraphs. Reported speech is a clause closed by a
complement (``екенін``, ``деп``, ``нығайғанын``) and a speech verb, or opened by
``X-тың айтуынша,``. The speaker is the subject of the clause: a person, then a
post or organization; a pronoun (``ол``, ``оның``) takes the nearest fitting person
before it (the last speaker first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..alphabet import CYRILLIC_UPPER
from ..doc import Entity, Mention, Quote, Sentence, Token
from .cues import COMPLEMENT, INTRO_BARE_RE, INTRO_RE, celebrated, naming
from .data.speech_verbs import (
    CLAUSE_ONLY,
    COMPLEMENTS,
    DATIVE_COMPLEMENTS,
    DATIVE_CUES,
    DATIVE_ONLY,
    DEP_ONLY,
    DEP_OPINIONS,
    GIVEN_SOURCES,
    MANNER,
    OWNED_DATA,
    OWNED_FORMS,
    PARTICLES,
    SIGNIFYING,
    THOUGHT_VERBS,
)
from .grammar import GENITIVE, HABITUAL, LOWER, PARTICIPLE
from .matching import same_name
from .mentions import POST, bare_noun, base_form, entities, is_nominative, mention
from .quote_filters import (
    DEP_VERB,
    DOCUMENT_AFTER,
    GAP_WORDS,
    LISTED,
    NOMINAL_AUX,
    PASSIVE,
    PERSONAL,
    PREDICATES,
    address_span,
    body_after,
    cited_body,
    credit_after,
    free,
    long_body,
    match_mention,
    names,
    outlet,
    site_owner,
)
from .quotes_dash import caps_caption_name, captions, dash_direct, lead_speaker, resumed, unopened
from .quotes_paragraph import paragraph_quotes
from .quotes_passive import passive_quote
from .quotes_thus import thus_said
from .speaker_referents import BODY_HEADS, person_described
from .speakers import (
    BARE_SOURCES,
    PRONOUN,
    Speakers,
    after_speaker,
    before_colon,
    opening_phrase,
    source_body,
)

DEMONSTRATIVE = re.compile(r"(?:бұл|осы|ол|мұны|бұны|оны|сол)", re.I)
_PARTICLE = re.compile(f"(?:{'|'.join(PARTICLES)})[ \\t]+", re.I)
_AFTER_DASH = re.compile(r"\s*,?\s*[—–-]?\s*")
_MAX_QUOTE = 5000
_TAIL = re.compile(r"[ \t]+([^,;:\n]{2,60}?)[ \t.!?…]*$")  # the words after a cue up to the sentence end
_CONTRAST = re.compile(r",[ \t]+(?:ал|бірақ|алайда)[ \t]+", re.I)  # a clause set against the one before
# ... or a headline's colon before a capital (``ШҚО-да дәрігер тапшы: Тұрғындар ... шағымданды``; session 13)
# ... or a converb clause with отырып 'while' (``Саденовтың ... ұсынысын түсіндіре отырып, Қожаев ... атап өтті``;
# session 17, news-test89)
_JOINTS = re.compile(f"{_CONTRAST.pattern}|:[ \t]+(?=[{CYRILLIC_UPPER}])|[ \t]отырып,[ \t]+", re.I)
# айта кеткен жөн, айтып өткен жөн (session 34): impersonal
_MODAL = re.compile(r"(?:[ \t]+(?:өткен|кеткен))?[ \t]+(?:жөн|керек|қажет|абзал|орынды)\b", re.I)
# «...» тақырыбында, «...» атты: a title the quote marks enclose (session 34: 2 such in the read news parts, none marked)
_TITLE_AFTER = re.compile(r"[ \t]*(?:тақырыб\w*|атты)(?![\w-])", re.I)
# a publication or its correspondent before a source cue: the outlet's credit, no speech (``SMARTNEWS басылымының
# хабарлауынша``); a portal cited as the source of news speaks (``Chinanews.com.cn интернет-порталының хабарлауынша``)
_PRESS = re.compile(f"(?:басылым|тілшіс)[{LOWER}]*[ \\t]*$", re.I)
_PARTICIPIAL = re.compile("(?:дай|дей|тай|тей|сек|сәйкес)$", re.I)  # мәлім еткендей, ақпаратқа сүйенсек
_MANNER = frozenset(w for w, _ in MANNER)
# a question word as the last word before де-: ``Мамандар бұған не дейді?``, ``бұған сіз не дейсіз?`` (session 26:
# 2 of 2 in the forty read news parts no quote)
_ASKING = ("не", "қалай", "неге", "неліктен")
# ``жазған едік``, ``хабарлаған болатынбыз``: 'we wrote, we reported' — the outlet itself, about its own story
# (6 such credits in the read news parts carry no quote; ``айтқан болатынбыз`` 'we said' stays speech)
_OUR_OWN = re.compile(r"[ \t]+(?:едік|болатынбыз|болғанбыз)(?![\w-])", re.I)
_SAY = re.compile("де(?:ді|дік|дім|дің|діңіз|пті|йді|йдік|йміз|ймін|йсіз)")  # finite де
# ``деп отыр``, ``деп жатыр``: 'are saying', quoting the clause itself like a finite де (session 15:
# ``Мамандар ... жоғарылайды деп отыр``; ``Ит аулайтын мамандар да ештеңе істей алмаймыз деп отыр``)
_SAYING_NOW = re.compile(
    r"деп[ \t]+(?:отыр|жатыр|" + "|".join(DEP_OPINIONS) + ")"
)  # not ``деп отырмыз``: we who speak are the quote's own
# a saying the quote is, owned by a genitive before it: Дулатовтың «...» деген сөзі бар (session 10, news-test14)
_SAYING = re.compile(
    r"[ \t]+(?:сөз|нақыл|өсиет|пікір|ой|қағида|тұжырым)(?:ы|і|дері|тері|лары|лері)(?:н|нде|нда)?\b", re.I
)
_VERBAL = re.compile(f"(?:{'|'.join(HABITUAL + PARTICIPLE)})(?:мын|мін|мыз|міз|быз|біз|сыз|сіз)?$", re.I)


def _dative_cue(cue: str) -> bool:
    """cue (str) -> True if a clause in the dative may close before it (``... атқаратынына сенім білдірді``)."""
    return " ".join(cue.lower().split()).startswith(DATIVE_CUES)


def _sentence_of(sentences: Sequence[Sentence], pos: int) -> Sentence:
    for s in sentences:
        if s.start <= pos < s.end or (s.start <= pos <= s.end):
            return s
    return Sentence(pos, pos, "")


def _closing(text: str, open_at: int) -> int | None:
    depth = 0
    for i in range(open_at, min(len(text), open_at + _MAX_QUOTE)):
        ch = text[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth -= 1
            if depth == 0:
                return i
    return None


def _cut_off(
    text: str, sentences: Sequence[Sentence], who: Speakers, before: Sequence[Quote]
) -> Quote | None:
    """text; sentences; who; before: the quotes found -> the speech that a « opening its sentence begins when
    nothing closes it up to the text's end, run to that end; its speaker is the one of the sentence before, or of
    the quote just before (``Станция инженері Санат Бибековтың айтуынша, ... . «Баламалы қуат көзін пайдалансақ,
    ... боламыз.``: a page cut before the closing mark and the cue; 7 of 15 uncued quotes missed in the ten parts
    read in session 17). None when another mark follows it, the rest is short or a quote found covers it."""
    open_at = text.rfind("«")
    if open_at < 0 or "»" in text[open_at:] or any(q.start - 1 <= open_at <= q.end for q in before):
        return None
    sent = _sentence_of(sentences, open_at)
    subject = None
    if open_at != sent.start:
        # Мемлекет басшымыз «Үкімет ... (the page ends): the subject before the mark speaks (session 26, news-test187;
        # 2 of 2 such cut quotes in the forty read news parts)
        subject = who.subject(sent.start, open_at, sent.start)
        if subject is None or len(text[subject.end : open_at].split()) > 2:
            return None
    end = len(text.rstrip())
    while end > open_at and text[end - 1] in ".!?…":
        end -= 1
    body = text[open_at + 1 : end]
    if len(body.split()) < 8:
        return None
    speaker = subject or who.carried(sent.start)
    if speaker is None:
        speaker = next((q.speaker for q in reversed(before) if 0 <= open_at - q.end <= 300), None)
    return Quote(open_at + 1, end, body, "direct", speaker, None)


def _unclosed(text: str, open_at: int, sent: Sentence, who: Speakers) -> int | None:
    """Where a quote whose » is missing or mistyped ends: before ``, — cue`` or at the sentence end."""
    dash = re.search(r"[,«]?\s*[—–]\s*", text[open_at : sent.end])
    if dash and who.cues(open_at + dash.end(), min(sent.end, open_at + dash.end() + 16)):
        return open_at + dash.start()
    end = sent.end
    while end > open_at and text[end - 1] in ".!?»":
        end -= 1
    return end if end > open_at + 1 else None


def _direct(text: str, sentences: Sequence[Sentence], who: Speakers) -> list[Quote]:
    out: list[Quote] = []
    pos = 0
    while (open_at := text.find("«", pos)) >= 0:
        pos = open_at + 1
        sent = _sentence_of(sentences, open_at)
        before = text[sent.start : open_at].rstrip()
        close = _closing(text, open_at)
        if close is None:
            close = (
                _unclosed(text, open_at, sent, who) if before.endswith(":") or open_at == sent.start else None
            )
            if close is None:
                continue
        content = text[open_at + 1 : close]
        if _TITLE_AFTER.match(text, close + 1):
            continue  # ҚР «Медиация туралы» Заңына — 14 жыл: «...» тақырыбында жиын өтті
        end_sent = _sentence_of(sentences, close)
        after_at = close + 1
        tail_end = max(end_sent.end, after_at)
        lead = _AFTER_DASH.match(text, after_at, tail_end)
        lead_end = lead.end() if lead else after_at
        after_cues = who.cues(lead_end, tail_end)
        speaker = cue = None
        cued = bool(after_cues) and after_cues[0].start() - lead_end <= 12
        if cued and not all(w.lower() in GAP_WORDS for w in text[lead_end : after_cues[0].start()].split()):
            cued = False  # «Жастық шақ» хор сюитасын жазды: a work's title, the object of the verb
        if len(content.split()) < (2 if cued else 3) and not (
            len(content.split()) == 2 and _bare_dep(text, after_at, tail_end, content)
        ):  # «Нұр Отан», «Лу Бань шеберханасы» are names; «Қош келдіңіздер!» деп, ... is speech
            continue
        said_by = (
            _said_by(text, after_cues[0].end(), any(d in text[after_at:lead_end] for d in "—–-"), who)
            if cued and after_cues[0].group().lower() == "деген" and len(content.split()) >= 3
            else None
        )  # «...», - деген Асхат Өзбеков ...: the participle 'who said' before its speaker (session 17)
        if cued and said_by is None and naming(text, after_cues[0]):
            continue  # «Бизнес – жиырма жиырма» деген жол картасы: a name, not speech
        if cued and after_cues[0].group().lower().startswith(CLAUSE_ONLY):
            continue  # 2022 жылды елімізде «Балалар жылы», деп жариялаған: a naming (session 15)
        if (
            cued
            and _ABOUT_THIS.match(before)
            and not re.search("[,—–-]", text[after_at : after_cues[0].start()])
        ):
            continue  # Бұл туралы ақпаратты «Хабар 24» хабарлады: the source's name, no speech (session 16)
        if said_by is not None:
            cue, speaker = after_cues[0], said_by
        elif cued:
            cue = after_cues[0]
            speaker = after_speaker(text, cue.end(), tail_end, who, sent.start)
            if _SAYING.match(text, cue.end()) and before.lower().endswith(GENITIVE):
                speaker = who.genitive(
                    sent.start, open_at, sent.start
                )  # X-тың «...» деген сөзі бар: X's saying
            if speaker is None:
                speaker = who.subject(sent.start, open_at, sent.start)
            if speaker is None and before.endswith(":"):
                speaker = before_colon(text, sent.start, sent.start + len(before) - 1)
            if speaker is None:
                speaker = opening_phrase(text, sent, open_at, who)
            if speaker is None and not text[cue.end() : tail_end].strip(" \t.!?…"):
                speaker = who.carried(
                    sent.start
                )  # ... жеткізді. «...», - деді.: the last speaker goes on (session 11)
        elif before.endswith(":") and LISTED.match(text, close + 1):
            continue  # өкілдері: «Ясуджи, Мақудайра, Ифукуба», т.б.: a list of names after a colon
        elif before.endswith(":"):
            colon = sent.start + len(before) - 1
            before_cues = who.cues(sent.start, colon)
            cue = before_cues[-1] if before_cues else None
            speaker = (
                caps_caption_name(text, text.rfind("\n", 0, colon) + 1, colon)
                or who.subject(sent.start, colon, sent.start)
                or before_colon(text, sent.start, colon)
            )
        elif (
            any(d in text[after_at:lead_end] for d in "—–-")
            and (dep := DEP_VERB.match(text, lead_end, tail_end))
            and len(content.split()) >= 2
        ):
            cue = dep  # «...», — деп қорқытқан: деп + a verb outside the lexicon (any dash: session 10)
            speaker = after_speaker(text, dep.end(), tail_end, who, sent.start)
        elif (bare := _bare_dep(text, after_at, tail_end, content)) is not None and (
            speaker := _bare_speaker(sent, open_at, bare, who)
        ) is not None:
            # «Қош келдіңіздер!» деп, ... тілектестігін білдірді; «...» деп зар жылайды (session 25)
            cue = bare
        else:
            continue
        out.append(Quote(open_at + 1, close, content, "direct", speaker, match_mention(cue)))
        who.remember(close, speaker)
        pos = close + 1
    return out


_NEXT_WORD = re.compile(f"[ \\t]+([{LOWER}-]+)")

# ``деп`` right after a closing quote mark, then a comma or a word: ``«...» деп, ...``, ``«...» деп зар жылайды``
_BARE_DEP = re.compile(r"[ \t]*,?[ \t]+(деп)(?:[ \t]*(,)|[ \t]+([^\W\d_][\w-]*))", re.I)
# the word after ``деп`` that says no one spoke: a charge (``деп айыпталды``, ``деп күдіктеліп``), a negated verb
# (``деп сұранбайды``, ``еркелемейді``), the second person (``деп ойлайсыз``), a verbal noun as an object (``деп айтуды``)
_UNSAID_AFTER = re.compile(
    r"(?:айыпта|күдік|кінәла)\w*"
    r"|\w*(?:(?:ба|бе|па|пе|ма|ме)(?:йды|йді|йтын|йтін|ған|ген|ды|ді|с)|сыз|сіз|сың|сің|(?:у|ю)(?:ды|ді|ын|ін))",
    re.I,
)


def _bare_dep(text: str, at: int, end: int, content: str) -> re.Match[str] | None:
    """text; at (int): after a closing »; end (int): the sentence's end; content: the quoted words -> the match of
    ``деп`` (group 1) when a bare ``деп`` reports the words: three words or more, or a question or exclamation
    (``«Қош келдіңіздер!» деп, ...``), and the word after it no naming or thinking verb (``деп аталады``, ``деп
    ойлайды``: :data:`THOUGHT_VERBS`), no negation, no second person, no verbal noun and no charge (session 25:
    11 gold quotes so shaped in the twenty-one read news parts, none after the excluded words; see :func:`_bare_speaker`
    for who may say them)."""
    m = _BARE_DEP.match(text, at, end)
    if m is None or not (len(content.split()) >= 3 or content.rstrip(" .»").endswith(("?", "!"))):
        return None
    word = (m.group(3) or "").lower()
    if word and (word.startswith(tuple(v for v, _ in THOUGHT_VERBS)) or _UNSAID_AFTER.fullmatch(word)):
        return None
    return _DEP_WORD.match(text, m.start(1))  # the cue is ``деп`` alone, not the comma or word after it


_DEP_WORD = re.compile("деп", re.I)


def _bare_speaker(sent: Sentence, open_at: int, dep: re.Match[str], who: Speakers) -> Mention | None:
    """The one who said words a bare ``деп`` reports: a person or post entity the sentence opens with before the
    quote, or a person named right after ``деп``; None otherwise (no quote: a common noun or a body there was
    wrong more often than right in the read parts)."""
    found = who.subject(sent.start, open_at, sent.start)
    if found is not None and any(
        e.label in ("PERSON", "POSITION") for e in who.index.overlapping(found.start, found.end)
    ):
        return found
    if found is not None and (PRONOUN.fullmatch(found.text) or POST.fullmatch(found.text.lower())):
        return found  # Ол «...» деп кеңес берді: the pronoun's antecedent, or a bare post (session 34)
    return _person_after(dep.end(), who)


def _person_after(at: int, who: Speakers) -> Mention | None:
    """at (int): after ``деп`` -> a PERSON entity in the nominative within two words (``«...» деп Мұқағали жырға
    қосқан``), or None."""
    for e in who.index.overlapping(at, at + 3):
        if e.label == "PERSON" and 0 < e.start - at <= 2 and is_nominative(e):
            return mention(e)
    return None


def _said_by(text: str, at: int, dashed: bool, who: Speakers) -> Mention | None:
    """text; at (int): the end of ``деген`` after a closing quote mark; dashed (bool): a dash stood before it ->
    the one who said it: a person or post named right after (``«...», - деген Асхат Өзбеков``, ``«...» деген
    аудан әкімі``), or after a dash a person described in a common noun or a post (``«...», - деген қарияның
    сөздері``); None for a name or a kind of thing (``«...» деген бағдарлама``)."""
    for e in who.index.overlapping(at, at + 3):
        if e.label in ("PERSON", "POSITION") and 0 < e.start - at <= 2:
            return mention(e)
    word = _NEXT_WORD.match(text, at)
    if dashed and word is not None and (person_described(word.group(1)) or POST.fullmatch(word.group(1))):
        return Mention(word.start(1), word.end(1), word.group(1), bare_noun(word.group(1).lower()))
    return None


def _fronted(text: str, head: str, sent: Sentence, cue: re.Match[str], who: Speakers):
    """A complement followed only by the speaker (entities) and at most three other words before the cue."""
    for comp in reversed(list(COMPLEMENT.finditer(head))):
        gap_start, gap_end = sent.start + comp.end(), cue.start()
        inside = [e for e in who.ents if gap_start <= e.start and e.end <= gap_end]
        if not any(e.label in ("PERSON", "POSITION") for e in inside):
            if cue.group().lower().endswith(PERSONAL):
                return None  # ... деп бұған дейін бірнеше рет айттым 'I said': no subject stands there (session 17)
            phrase = who.phrase(gap_start, gap_end)  # ... екенін барша саясаткер айтып жатыр
            if phrase is None or text[phrase.end : gap_end].strip():
                return None
            return comp, phrase
        rest = list(text[gap_start:gap_end])
        for e in inside:
            rest[e.start - gap_start : e.end - gap_start] = " " * (e.end - e.start)
        if len("".join(rest).split()) > 3 and not _titled(text, gap_start, gap_end, inside, who):
            return None
        speaker = who.subject(gap_start, gap_end, sent.start)
        return (comp, speaker) if speaker is not None else None
    return None


def _speaks(text: str, sent: Sentence, cue: re.Match[str]) -> bool:
    """text; sent; cue: a speech verb inside a clause -> True if it is speech there: a verb that quotes only a clause
    (data/speech_verbs.CLAUSE_ONLY) speaks only after one (``тілегін білдірді, деп хабарлайды X ...`` holds no speech
    of its own; session 24, news-test171)."""
    if not cue.group().lower().startswith(CLAUSE_ONLY):
        return True
    return _complement_at_end(text[sent.start : cue.start()].rstrip()) is not None


def _complement_at_end(head: str) -> re.Match[str] | None:
    """head (str): a clause's words before a speech verb -> the complement that closes them (``екенін``, ``деп``,
    ``болатынын``), the last one when matches overlap, or None."""
    comp = None
    for m in COMPLEMENT.finditer(head):
        if m.end() == len(head):
            comp = m
    return comp


def _titled(text: str, start: int, end: int, inside: Sequence[Entity], who: Speakers) -> bool:
    """text; start, end (int): the words between a complement and its cue; inside: the entities there -> True when
    the words before the last person are that person's titles, with no verb, and at most three words follow the
    person (``..., деп «Азаматтарға арналған үкімет» мемлекеттік корпорациясының басқарма төрайымы Әсемгүл
    Балташева Facebook-тегі парақшасында жазды``; session 24, news-test160)."""
    people = [e for e in inside if e.label == "PERSON"]
    if not people:
        return False
    # the words before the person outside the entities (a body's name may hold a participle)
    gaps: list[tuple[int, int]] = []
    at = start
    for e in sorted(inside, key=lambda e: e.start):
        if e.start >= people[-1].start:
            break
        gaps.append((at, e.start))
        at = max(at, e.end)
    gaps.append((at, people[-1].start))
    if any(who.has_verb(a, b) for a, b in gaps):
        return False
    return len(text[people[-1].end : end].split()) <= 3


def _named_after(cue: re.Match[str], who: Speakers) -> Mention | None:
    """A person or post entity in the nominative right after a participle cue (session 11, news-test21)."""
    for e in who.index.overlapping(cue.end(), cue.end() + 3):
        if e.label in ("PERSON", "POSITION") and 0 < e.start - cue.end() <= 2 and is_nominative(e):
            return mention(e)
    return None


# endings of a speech verb in the first or second person (деймін, дедік, дейміз, дейсіз, айттым)
# ... not in the third person: those and a converb (айтып)
_NOT_THIRD = (*PERSONAL, "п")


# the sentence opens 'about this' (Бұл туралы, Бұл жайында): a «name» right before the verb is its subject
_ABOUT_THIS = re.compile(r"(?:Бұл|Осы|Ол)[ \t]+(?:туралы|жайында|жайлы)\b", re.I)


_PREDICATE_WORDS = frozenset((*PREDICATES, "дұрыс"))


def _predicate(word: str, pos: str | None) -> bool:
    """word (str); pos (str | None): the last word before ``деп`` -> True if it closes a clause (a verb or a
    predicate word: ``төндіреді``, ``қажет``), not an adjective a judgement names (``маңызды деп санайды``)."""
    return pos in ("VERB", "AUX") or word.lower().strip('»".,') in _PREDICATE_WORDS


def _third_person(cue: str) -> bool:
    """cue (str) -> True for a speech verb whose subject is a third person (``дейді``, ``деп отыр``), not
    ``деймін, Зейін`` 'I say, Zeyin' (an addressee) or ``дедік`` 'we said'."""
    return not cue.lower().endswith(_NOT_THIRD)


def _after_cue(text: str, sent: Sentence, cue: re.Match[str], who: Speakers) -> Mention | None:
    """The subject of a speech verb standing after it, in a short tail with no punctuation that opens more
    (``... деп бағалады экономистер``), or None; none after a converb whose tail holds the clause's own verb
    (``... бара жатқанын айтып дабыл қақты``: 'sounded the alarm', the subject stood before; session 31)."""
    if cue.group().lower().endswith("п") and who.has_verb(cue.end(), sent.end):
        return None
    named = [
        e for e in who.index.overlapping(cue.end(), sent.end) if e.label == "PERSON" and e.start >= cue.end()
    ]
    if named and is_nominative(named[-1]) and not text[named[-1].end : sent.end].strip(" .!?…\n"):
        between = text[cue.end() : named[-1].start]
        if len(between.split()) <= 8 and not re.search("[,;:—–]", between):
            # ... дейді «Сарыағаш су шаруашылығы» ЖШС-нің директор орынбасары Нұрғали Арызқұлов.: the person closing
            # the sentence after his titles (session 16)
            return mention(named[-1])
    # ..., деп хабарлады облыстық ... басқармасының баспасөз қызметінен: the body the report came from (session 29)
    if (source := source_body(text, cue.end(), sent.end)) is not None:
        return source
    tail = text[cue.end() : sent.end].strip(" .!?…")
    if tail.startswith(",") and _third_person(cue.group()) and len(tail.split()) <= 3:
        tail = tail[1:].strip()  # ... көрсетеді дейді, мамандар.: a comma before the subject (session 16)
    if tail and cue.group().lower().endswith(PARTICIPLE) and (named := _named_after(cue, who)) is not None:
        return (
            named  # ... аяқталғанын айтқан Палата Төрағасы ... тоқталды: the participle's subject follows it
        )
    if len(tail.split()) > 5 and (body := long_body(text, cue.end(), sent.end, who)) is not None:
        return body  # ..., деп хабарлады еңбек және халықты әлеуметтік қорғау министрлігі (session 24)
    if not tail or len(tail.split()) > 5 or re.search("[,;:«»—]", tail):
        return None
    found = who.subject(cue.end(), sent.end, sent.start) or who.phrase(cue.end(), sent.end)
    rest = text[found.end : sent.end].rstrip(" .!?…") if found is not None else ""
    if rest and body_after(rest):  # ... деп хабарлайды Kazakh Tourism ұлттық компаниясы: the whole body
        end = found.end + len(rest)
        return Mention(found.start, end, text[found.start : end], text[found.start : end])
    return found


_DASH_END = re.compile(r"[,.!?…]?[ \t]*[—–-]$")


def _unmarked(
    text: str, sent: Sentence, head: str, cue: re.Match[str], who: Speakers, taken: list[tuple[int, int]]
) -> Quote | None:
    """``Жастар ... кәміл сенемін, – деді «AMANAT» партиясының Атқарушы хатшысы.``: a sentence of speech closed
    by a dash and a finite ``де`` with no opening mark is direct speech, its speaker after the verb (session 11,
    news-test19)."""
    dash = _DASH_END.search(head)
    if dash is None:
        return None
    start, end = sent.start, sent.start + dash.start()
    while start < end and text[start] in " \t\n—–-":
        start += 1
    if len(text[start:end].split()) < 3 or not free(taken, start, end):
        return None
    speaker = after_speaker(text, cue.end(), sent.end, who, sent.start)
    if speaker is None:  # Сондай-ақ Үкімет басшысы ... етеді,-деді.: its subject opens it
        speaker, start = lead_speaker(text, start, end, who, sent.start)
    return Quote(start, end, text[start:end], "direct", speaker, match_mention(cue))


def _documented(
    text: str, sent: Sentence, head: str, cue: re.Match[str], who: Speakers, taken: list[tuple[int, int]]
) -> Quote | None:
    """``Концерт ... арналды, делінген Ақорда баспасөз қызметінің хабарламасында.``: the clause before a passive
    ``делінген`` and the document that says it is the speech of the document's body (direct after a dash, as
    ``– деді`` is), its speaker read after the verb like a finite ``де``'s; the news parts read since session 19
    mark 8 of 9 such sentences with no quote marks (session 22)."""
    body = head.rstrip(" \t,—–-")
    start, end = sent.start, sent.start + len(body)
    start = who.skip(start, end)
    while start < end and text[start] in " \t\n—–-,":
        start += 1
    para = text.rfind("\n", 0, start) + 1
    if para < start and (opening := re.match(r"[ \t]*[—–-][ \t]*", text[para:start])) is not None:
        # - Кеңес барысында ... . ... айқындалды,-делінген ...: the dash opens the paragraph and the speech
        start = para + opening.end()
    if len(text[start:end].split()) < 3 or not free(taken, start, end):
        return None
    kind = "direct" if re.search("[—–-][ \t]*$", head) else "reported"
    speaker = after_speaker(text, cue.end(), sent.end, who, sent.start)
    return Quote(start, end, text[start:end], kind, speaker, match_mention(cue))


# the data a body released, 'according to' it, opening a sentence: ``Компания таратқан мәліметке қарағанда, ...``,
# ``Бөлім берген мәліметке сүйенсек, ...`` (session 23: 11 of the 17 such openers in the 112 read news parts marked,
# none found; the speaker is the participle's subject, before it)
_RELEASED = re.compile(
    r"[ \t]+(?:таратқан|жариялаған|берген|келтірген|ұсынған|жолдаған|алынған)[ \t]+(?:ресми[ \t]+)?"
    rf"(?:мәлімет|ақпарат|дерек)[{LOWER}]*[ \t]+(?:қарағанда|сүйенсек|сәйкес|сай|бойынша|жүгінсек|сенсек)[ \t]*,?[ \t]*",
    re.I,
)  # session 25: ``... әкімдігінен алынған мәліметке қарағанда``, ``... таратқан дерекке сенсек`` (news-test185, 169)
# a body named before the data with no entity over it, its head noun in the genitive or the ablative (``Шымкент
# қалалық ПД көші-қон қызметі басқармасының берген мәліметі бойынша``)
_BODY_BEFORE = re.compile(
    rf"(?P<body>(?:[\w«»\"-]+[ \t]+){{0,7}}?[\w-]*(?:{'|'.join(BODY_HEADS)})[{LOWER}]*?)"
    r"(?:ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен)$",
    re.I,
)


def _released(text: str, sent: Sentence, who: Speakers, taken: list[tuple[int, int]]) -> Quote | None:
    """text, sent, who, taken -> the rest of a sentence opened by the data a body released (``Компания таратқан
    мәліметке қарағанда, ...``), that body's reported speech; None where no such opener or no subject before it."""
    m = _RELEASED.search(text, sent.start, sent.end)
    if m is None or "," in text[sent.start : m.start()]:
        return None
    named = [
        e
        for e in who.index.overlapping(sent.start, m.start())
        if e.label in ("PERSON", "POSITION", "ORGANISATION") and not text[e.end : m.start()].strip()
    ]
    speaker = mention(named[-1]) if named else who.phrase(sent.start, m.start())
    if speaker is None and (body := _BODY_BEFORE.search(text, sent.start, m.start())) is not None:
        words = body.group("body")
        speaker = Mention(body.start(), body.start() + len(words), words, base_form(words))
    if speaker is None:
        return None
    start, end = m.end(), sent.end - 1 if text[sent.end - 1] in ".!?" else sent.end
    if len(text[start:end].split()) < 3 or not free(taken, start, end):
        return None
    words = text[m.start() : m.end()].strip(" \t,")
    at = text.index(words, m.start())
    cue = Mention(at, at + len(words), words, words.lower())
    return Quote(start, end, text[start:end], "reported", speaker, cue)


# a data source's own figures after a web address are its speech (``Energyprom.kz мәліметінше, ...``: 6 of 7 in the read
# news parts, four annotators), unlike an outlet's writing (``Inform.kz-тің жазуынша``: 2 of 2 no quote; session 18)
_DATA_CUE = re.compile(r"(?:мәліметінше|мәліметі[ \t]+бойынша|дерегінше)$", re.I)


# a holder's data 'according to' (data/speech_verbs.OWNED_DATA, session 20): the holder is named before it
# a giver's participle before a source noun's bare dative: ``Ұйымдастырушылар ұсынған мәліметке сәйкес``
_GIVEN = re.compile(f"(?:{'|'.join(PARTICIPLE)})$", re.I)
_OWNED_DATA = tuple(cue for cue, _ in (*OWNED_DATA, *OWNED_FORMS))


def _holder(who: str | None, opening: bool) -> bool:
    """who (str | None): the words before a data cue; opening (bool): they open the sentence -> True if one is a
    genitive or a capitalized name (``агенттігінің``, ``Басқарма``, ``Сала мамандарының келтірген``), not ``туралы
    және басқа да`` (the sentence's first capital counts only with no other word after it)."""
    words = (who or "").split()
    if words and words[-1].lower() in BARE_SOURCES:
        return True  # Мемлекеттік корпорация дерегіне сенсек: a body's kind (session 34)
    return any(
        w.lower().endswith(GENITIVE) or (w[:1].isupper() and (i > 0 or not opening or len(words) == 1))
        for i, w in enumerate(words)
    )


def _reported(text: str, sent: Sentence, who: Speakers, taken: list[tuple[int, int]]) -> list[Quote]:
    out: list[Quote] = []
    intro = INTRO_RE.search(text, sent.start, sent.end) or INTRO_BARE_RE.search(text, sent.start, sent.end)
    if intro and not intro.group("who") and intro.group("cue").lower() == "айтпақшы":
        intro = None  # a sentence opening with Айтпақшы, is 'by the way'
    source = None
    if intro and (address := address_span(text, sent.start, intro.start("cue"))) is not None:
        if _DATA_CUE.match(intro.group("cue")):
            source = Mention(*address, text[address[0] : address[1]], text[address[0] : address[1]])
        else:
            intro = None  # Polisia.kz жазуынша, ...: an outlet's credit, no speech (session 10)
    if intro and intro.group("who") and _PRESS.search(intro.group("who")):
        intro = None  # SMARTNEWS басылымының хабарлауынша, ...: the outlet's credit (session 13, news-test35)
    # Бұл туралы және басқа да деректері бойынша, ...: data with no holder named is no speech (session 20)
    if (
        intro
        and intro.group("cue").lower().endswith(_OWNED_DATA)
        and not _holder(intro.group("who"), not text[sent.start : intro.start()].strip())
    ):
        intro = None
    # Ресми деректерге сүйенсек, ...: a bare dative's data with no giver before it (session 26)
    if (
        intro
        and intro.group("cue").lower().startswith(GIVEN_SOURCES)
        and not _GIVEN.search(intro.group("who") or "")
    ):
        intro = None
    if intro and free(taken, intro.start(), intro.end()):
        start = intro.end()
        while start < sent.end and text[start].isspace():
            start += 1
        end = sent.end - 1 if text[sent.end - 1] in ".!?" else sent.end
        speaker = source or (
            who.genitive(
                intro.start("who"),
                intro.end("who"),
                sent.start,
                _PARTICIPIAL.search(intro.group("cue")) is not None,
            )
            if intro.group("who")
            else who.carried(sent.start, intro.group("cue").lower().startswith("айтулары"))
            # Айтуынша, ...: his saying, the person of the sentence before (Айтуларынша: the people)
        )
        cue = Mention(intro.start("cue"), intro.end("cue"), intro.group("cue"), intro.group("cue").lower())
        if end > start:
            out.append(Quote(start, end, text[start:end], "reported", speaker, cue))
            who.remember(end, speaker)
            # Айтуынша, ... сәйкестігін растаған: a cue inside the speech is part of it (session 16)
            taken = [*taken, (start, end)]
    for cue in who.cues(sent.start, sent.end):
        if not free(taken, cue.start(), cue.end()) or naming(text, cue) or celebrated(text, cue):
            continue  # ... кетсін деген тілек айтамыз: a wish named, no speech
        if cue.group().lower() in SIGNIFYING:
            continue  # ... бірігуін білдіреді 'signifies': no speech
        head = text[sent.start : cue.start()].rstrip()
        comp = _complement_at_end(head)
        if comp is None and cue.group().lower().startswith("делін") and DOCUMENT_AFTER.match(text, cue.end()):
            # ..., делінген Ақорда баспасөз қызметінің хабарламасында.: the body's words
            if (found := _documented(text, sent, head, cue, who, taken)) is not None:
                out.append(found)
                who.remember(cue.end(), found.speaker)
            continue
        fronted = None
        if (
            comp is None
            and (_SAY.fullmatch(cue.group().lower()) or _SAYING_NOW.fullmatch(cue.group().lower()))
            and len(head.split()) >= 3
        ):
            comp = re.search(r"\S+$", head)  # ... бағасы қымбаттады дедік: де quotes the clause itself
            if cue.group().lower().endswith(("санайды", "есептейді")) and not _predicate(
                comp.group(), who.pos.get(sent.start + comp.start())
            ):
                continue  # ... болғанын маңызды деп санайды: 'considers it important', a judgement, no clause
            if comp.group().lower().strip(",") in _MANNER:
                continue  # осылай деді: refers back, no content here
            if comp.group().lower() in _ASKING:
                continue  # Мамандар бұған не дейді?: a question put, the answer comes later (session 26)
            if (unmarked := _unmarked(text, sent, head, cue, who, taken)) is not None:
                out.append(unmarked)  # ... кәміл сенемін, – деді партия хатшысы.: speech with no opening mark
                who.remember(cue.end(), unmarked.speaker)
                continue
            comp_start = sent.start + comp.start()
            if not text[cue.end() : sent.end].strip(" .!?…") and names(text, sent.start, cue.start(), who):
                continue  # оны ғылыми тілде цитоплазма дейді: 'it is called', a naming
            speaker = (
                who.subject(sent.start, comp_start, sent.start)
                # ... тура келеді деді аудан әкімі: the subject after the verb
                or _after_cue(text, sent, cue, who)
                # Мамандар ... жоғарылайды деп отыр (session 16); not ... қымбаттады дедік 'we said'
                or (
                    (
                        who.phrase(sent.start, comp_start, True)
                        or who.tail_phrase(sent.start, comp_start)
                        or who.located_body(sent.start, comp_start)
                    )
                    if _third_person(cue.group())
                    else None
                )
            )
            if speaker is None and _third_person(cue.group()) and not PASSIVE.search(cue.group()):
                # X-тің айтуынша, ... . Бұдан бөлек, ... деді.: the speaker of the sentence before (session 16)
                speaker = who.carried(sent.start)
            start = speaker.end if speaker and sent.start <= speaker.start < comp_start else sent.start
            while start < comp_start and text[start] in " ,":
                start += 1
            end = sent.start + comp.end()
            if (
                free(taken, start, end)
                and not DEMONSTRATIVE.fullmatch(text[start:end])
                and not outlet(speaker, cue.start())
            ):
                out.append(Quote(start, end, text[start:end], "reported", speaker, match_mention(cue)))
                who.remember(cue.end(), speaker)
            continue
        if (
            comp is None
        ):  # content first, speaker between it and the cue: ... барын бүгін Сенат төрағасы Тоқаев айтты
            fronted = _fronted(text, head, sent, cue, who)
            if fronted is None:
                continue
            comp, speaker = fronted
        comp_start, comp_end = sent.start + comp.start(), sent.start + comp.end()
        if comp.group().lower().endswith(("уын", "уін", "сын", "сін")) and who.pos.get(comp_start) not in (
            None,
            "VERB",
            "AUX",
        ):
            continue  # сары қауын жеткізді, хор сюитасын жазды: a noun in -уын, -сын, no verbal noun
        end = comp_start if comp.group().lower() in COMPLEMENTS else comp_end
        before = text[sent.start : comp_start].split()
        if comp.group().lower() == "деп" and before and before[-1].lower() in _MANNER:
            continue  # осылай деп мәлімдеді: the content is elsewhere
        if cue.group().lower().startswith(("хабарла", "жаз")) and _OUR_OWN.match(text, cue.end()):
            continue  # ... шектелгенін жазған едік: the outlet's own earlier story, no one speaks (session 15)
        if NOMINAL_AUX.match(text, cue.end()):
            continue  # не болады деп сұрап жатқандар да бар: 'there are those asking', no one speaks
        if _MODAL.match(text, cue.end()):
            continue  # ... ашылғандығын да айта кеткен жөн: 'it is worth saying', no one speaks
        if comp.group().split()[0].lower() != "деп" and cue.group().lower().startswith(DEP_ONLY):
            continue  # жол салуын сұрады: a request
        if cue.group().lower().startswith(CLAUSE_ONLY) and (
            comp.group().split()[0].lower() == "деп" or who.pos.get(comp_start) not in ("VERB", "AUX")
        ):
            continue  # 2025 жылды ... жылы деп жариялаған: a naming; тәуелсіздігін жариялап: a noun, no speech
        if comp.group().split()[0].lower().endswith(DATIVE_COMPLEMENTS) and not _dative_cue(cue.group()):
            continue  # ... келе жатқанына алғыс айтты: thanked for it, no speech
        if cue.group().lower().startswith(DATIVE_ONLY) and not comp.group().split()[0].lower().endswith(
            DATIVE_COMPLEMENTS
        ):
            continue  # ... аяқталғанын айтқан Төраға нәтижелерге тоқталды: тоқтал- quotes a dative clause only
        if comp.group().split()[0].lower() == "деп" and PASSIVE.search(cue.group()) and before:
            last = re.search(r"\S+$", text[sent.start : comp_start].rstrip())
            if last and who.pos.get(sent.start + last.start()) in ("NOUN", "PROPN", "ADJ", "NUM"):
                continue  # ... программасы деп те айтылады: a noun 'is called', a naming, no speech
        after = _after_cue(text, sent, cue, who)  # ... деп бағалады экономистер
        if after is not None and _VERBAL.search(after.text):
            after = None  # айтқан болатынбыз: an auxiliary, no subject
        credited = cited_body(text, cue.end(), sent.end) or site_owner(text, cue.end(), sent.end)
        if (
            after is not None
            and credited
            and (re.search("[A-Za-z]", after.text) or credited.start <= after.start < credited.end)
        ):
            # деп хабарлайды [BAQ].KZ қала әкімдігіне сілтеме жасап: the outlet credits the body (s. 25); деп
            # хабарлайды [Астана] әкімдігінің ресми сайты: a word of the body is no speaker of its own (session 34)
            after = None
        cited = credited if after is None and fronted is None else None
        if cited is not None and any(_speaks(text, sent, c) for c in who.cues(sent.start, comp_start)):
            cited = None  # ... өкілдері мәлімдеді, деп хабарлайды ...: the clause has its own speaker
        if cited is None and after is None and (tail := _TAIL.match(text, cue.end(), sent.end)) is not None:
            credit = Mention(tail.start(1), tail.end(1), tail.group(1), tail.group(1))
            if outlet(credit, cue.start()):
                continue  # ..., деп хабарлайды Ulysmedia.kz.: the outlet's credit, whatever NER made of it
        if cited is None and after is None and credit_after(text, cue.end(), sent.end):
            continue  # деп хабарлайды tobyl-torgai.kz тілшісі Zakon.kz-ке сілтеме жасап: another outlet's story
        if cited is not None:
            speaker = cited  # ..., деп хабарлайды BAQ.KZ АШМ баспасөз қызметіне сілтеме жасап: the body cited
        elif fronted is None and after is not None:
            speaker = after  # ... деп бағалады экономистер: the subject after the verb
        elif fronted is None:
            clause = sent.start  # ..., ал облыс әкімі ... айтты: the subject of the clause after ", ал"
            for joint in _JOINTS.finditer(text, sent.start, comp_start):
                clause = joint.end()
            speaker = next(
                (
                    found
                    for at in dict.fromkeys((clause, sent.start))  # no subject after ", ал": the sentence's
                    if (
                        found := who.subject(at, comp_start, sent.start)
                        or who.post(at, comp_start)
                        or who.phrase(at, comp_start, True)
                        or who.proper(at, comp_start)
                        or who.tail_phrase(at, comp_start)
                        or who.located_body(at, comp_start)
                    )
                ),
                None,
            )
        start = sent.start
        if (
            speaker is not None
            and speaker.text.lower() not in ("ол", "олар", "ол кісі")
            and speaker.start >= sent.start
        ):
            start = speaker.end
        elif speaker is not None:
            start = speaker.end if speaker.start >= sent.start else start
        if fronted is not None or start > end:
            start = sent.start
        # ... айтпады, бірақ ... екенін атап өтті, no subject before: the speech is the clause after it (session 16)
        for joint in _CONTRAST.finditer(text, start, end) if speaker is None else ():
            start = joint.end()
        if speaker is None:
            speaker = who.subject(cue.end(), sent.end, sent.start)
        if cited is None and outlet(speaker, cue.start()):
            continue  # ..., деп хабарлайды Zakon.kz: the outlet reports the story, no one speaks here
        if speaker is None and not PASSIVE.search(cue.group()):
            speaker = who.carried(sent.start)  # the subject of the sentence before, dropped in this one
        while start < end and (text[start].isspace() or text[start] in ",—-:"):
            start += 1
        start = who.skip(start, end)  # Сонымен қатар, ... екенін айтты: the connective is no content
        while start < end and (text[start].isspace() or text[start] in ",—-:"):
            start += 1
        if lead := _PARTICLE.match(text, start, end):
            start = (
                lead.end()
            )  # «МузАрт» тобының әншілері де мұндай ... екенін айтады: the particle is the subject's
        end = len(text[:end].rstrip(" ,-–—"))  # ..., – деп: the dash before the complement is no content
        if end - start < 3 or not free(taken, start, end) or DEMONSTRATIVE.fullmatch(text[start:end]):
            continue  # Бұл туралы министр айтты: no content in the sentence
        out.append(Quote(start, end, text[start:end], "reported", speaker, match_mention(cue)))
        who.remember(cue.end(), speaker)
    return out


def find_quotes(
    text: str, sentences: Sequence[Sentence], ents: Sequence[Entity], tokens: Sequence[Token] = ()
) -> list[Quote]:
    """text (str): text; sentences (Sequence[Sentence]); ents (Sequence[Entity]); tokens (Sequence[Token]): with
    lemmas and parts of speech, for cues by lemma and plain noun-phrase speakers -> quotes in text order."""
    who = Speakers(text, ents, tokens)
    direct = _direct(text, sentences, who)
    captioned = [
        c
        for c in captions(text, who)
        if all(c.end <= q.start or c.start >= q.end or c.start <= q.start and q.end <= c.end for q in direct)
    ]  # a «...» inside a caption's answer is the answer's own words (session 35: ``ӘЛИЯ ҚИБАТҚЫЗЫ, ...:`` ¶ ``— ...
    # жасөспірімдерге «Есірткіге жоқ» деп айтуды үйретеді. ...``): the answer stays one quote, the inner one goes
    direct = [q for q in direct if not any(c.start <= q.start and q.end <= c.end for c in captioned)]
    for c in captioned:
        who.remember(c.end, c.speaker)  # a caption's answer hands its speaker to the dash answers after it
    direct += captioned
    taken = [(q.start - 1, q.end + 1) for q in direct] + [(q.cue.start, q.cue.end) for q in direct if q.cue]
    out = list(direct)
    for sent in sentences:
        dash = dash_direct(text, sent, who)
        if dash is not None:  # reported speech inside the speaker's own paragraph is no quote of its own
            out = [
                q for q in out if not (q.kind == "reported" and dash.start <= q.start and q.end <= dash.end)
            ]
        if dash is not None and any(q.start < dash.end and dash.start < q.end for q in out):
            dash = None  # the «...» of this sentence was read already
        if dash is None and all(q.end <= sent.start or q.start >= sent.end for q in out):
            dash = unopened(text, sent, who)
        if dash is not None:
            out.append(dash)
            taken += (
                [(dash.start, dash.end), (dash.cue.start, dash.cue.end)]
                if dash.cue
                else [(dash.start, dash.end)]
            )
        reported = _reported(text, sent, who, taken)
        if not reported and all(q.end <= sent.start or q.start >= sent.end for q in out):
            reported = [q for q in (_released(text, sent, who, taken),) if q is not None]
        if not reported and all(q.end <= sent.start or q.start >= sent.end for q in out):
            reported = [q for q in (passive_quote(text, sent, who, taken),) if q is not None]
        out.extend(reported)
    out += thus_said(text, sentences, who, out)  # ... . X осылай деді.: the sentence before (session 28)
    out += resumed(text, out, who)
    who.last.sort(key=lambda pair: pair[0])  # paragraph_quotes reads the last speakers in text order
    out += paragraph_quotes(text, who, out)
    if (cut := _cut_off(text, sentences, who, sorted(out, key=lambda q: q.end))) is not None:
        out.append(cut)  # «... to the end of a page cut before the closing mark and the cue (session 17)
    out += _nested(text, sentences, who, out)
    return sorted(out, key=lambda q: q.start)


def _nested(text: str, sentences: Sequence[Sentence], who: Speakers, found: Sequence[Quote]) -> list[Quote]:
    """text, sentences, who, found (the quotes found) -> reported speech inside a direct quote whose speaker is a
    person or a post named inside it, not the quote's own speaker (``«Бас консул ... екенін атап өтті. ...», – деді
    X``; ``– Президент Қ.Тоқаев Жолдауда ... екендігін айтты. ...``: both quotes are the gold's). Session 23: in the
    112 read news parts 6 such quotes right of 9; with any speaker (a carried one, a common noun) 7 of 22."""
    out: list[Quote] = []
    for q in found:
        if q.kind != "direct":
            continue
        taken = [
            (x.start, x.end) for x in found if x is not q and not (q.start <= x.start and x.end <= q.end)
        ]
        taken += [(x.cue.start, x.cue.end) for x in found if x.cue is not None]
        for sent in sentences:
            if sent.end <= q.start or sent.start >= q.end:
                continue
            inner = Sentence(
                max(sent.start, q.start),
                min(sent.end, q.end),
                text[max(sent.start, q.start) : min(sent.end, q.end)],
            )
            for r in _reported(text, inner, who, taken):
                if r.speaker is None or (
                    q.speaker is not None and same_name(q.speaker.normal, r.speaker.normal)
                ):
                    continue
                if r.speaker.start < inner.start or r.speaker.end > inner.end:
                    continue  # a speaker carried from outside: the quote's own speaker's words
                if not any(
                    e.label in ("PERSON", "POSITION", "ORGANISATION") and e.start <= r.speaker.start < e.end
                    for e in who.index.overlapping(r.speaker.start, r.speaker.end)
                ):
                    continue
                out.append(r)
    return out


def run(work) -> None:
    """work (Analysis): fills ``work.quotes`` from sentences and entities (fallback entities without NER)."""
    sentences = work.sentences or [Sentence(0, len(work.text), work.text)]
    work.quotes = find_quotes(work.text, sentences, entities(work), work.tokens)
