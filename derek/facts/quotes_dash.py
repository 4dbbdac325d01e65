"""Direct speech set off by dashes, without «» (for the ``quotes`` stage).

``Мен сенемін, — деді Елбасы.``; after a colon inside a sentence (``... басынан: — Сен ...? — деп
сұрайды.``); a quote whose opening « was lost in a name (``«Рухани жаңғырудың» негізі ...», — деді ...``).
"""

from __future__ import annotations

import re

from ..doc import Quote, Sentence
from .quote_filters import DEP_VERB, match_mention
from .speakers import Speakers, after_speaker

_DASH_QUOTE = re.compile(r"[ \t]*(?:—[ \t]*)?(?P<content>[^«»]+?),?[ \t]+[—–][ \t]+")


_UNOPENED = re.compile(r"[ \t]*«?(?P<content>[^»]*«[^»]*»[^»]*)»,?[ \t]+[—–][ \t]+")


def unopened(text: str, sent: Sentence, who: Speakers) -> Quote | None:
    """text (str); sent (Sentence); who (Speakers) -> the quote whose opening « is lost in a name
    (``«Рухани жаңғырудың» негізі ... болуы тиіс», — деді Президент.``), or None."""
    m = _UNOPENED.match(text, sent.start, sent.end)
    if m is None:
        return None
    found = who.cues(m.end(), min(sent.end, m.end() + 16))
    if not found or found[0].start() - m.end() > 4:
        return None
    start, end = m.start("content"), m.end("content")
    if text[start] == "«":
        start += 1
    speaker = after_speaker(text, found[0].end(), sent.end, who, sent.start)
    who.remember(end, speaker)
    return Quote(start, end, text[start:end], "direct", speaker, match_mention(found[0]))


# A colon and a dash open direct speech inside a sentence: ``... екі ойын басынан: — Сен ...? — деп сұрайды.``
_COLON_DASH = re.compile(r":[ \t]*(?=—)")


def dash_direct(text: str, sent: Sentence, who: Speakers) -> Quote | None:
    """text (str); sent (Sentence); who (Speakers) -> direct speech set off by a dash, without «», or None
    (``Мен сенемін, — деді Елбасы.``); it may open after
    ``: —`` inside the sentence, and ``— деп`` + any verb cues it (``— деп сөзін қысқа қайырды``)."""
    if "«" in text[sent.start : sent.end]:
        return None
    colon = _COLON_DASH.search(text, sent.start, sent.end)
    m = _DASH_QUOTE.match(text, colon.end() if colon else sent.start, sent.end)
    if m is None or len(m.group("content").split()) < 3:
        return None
    found = who.cues(m.end(), min(sent.end, m.end() + 16))
    if found and found[0].start() - m.end() <= 4:
        cue = found[0]
        speaker = after_speaker(text, cue.end(), sent.end, who, sent.start)
    elif (dep := DEP_VERB.match(text, m.end(), sent.end)) is not None:
        cue = dep  # — деп сұрайды: деп + a verb outside the lexicon, as after «...», —
        speaker = who.subject(cue.end(), sent.end, sent.start)  # the words after it are the verb's
    else:
        return None
    if speaker is None and colon is not None:
        speaker = who.subject(sent.start, colon.start(), sent.start)
    start, end = m.start("content"), m.end("content")
    who.remember(end, speaker)
    return Quote(start, end, text[start:end], "direct", speaker, match_mention(cue))
