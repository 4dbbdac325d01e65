"""Build the lexicon files shipped in ``derek/morph/data/`` from their public sources.

    python -m derek.morph.build --shared /work/shared/data --hunspell /usr/share/hunspell/kk_KZ.dic

(``apt-get install hunspell-kk`` provides the .dic.) Every output file keeps one source, so each
keeps that source's licence (see ``data/SOURCES.md``). The held-out Apertium articles
(``HELDOUT``) and the tuning article (``DEV``) are never read here.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from .apertium import read_apertium
from .grammar import parses
from .sources import _PASSIVE, _STRONG, build_hunspell, build_unimorph, fix_lookalikes

DATA = Path(__file__).parent / "data"
HELDOUT = ("Ыбырай_Алтынсарин", "Біріккен_Ұлттар_Ұйымы")  # evaluation only
DEV = ("Мұқағали_Сүлейменұлы_Мақатаев",)  # tuning only
NAME_LABELS = {"PERSON", "GPE", "LOCATION", "ORGANISATION", "NORP", "FACILITY", "EVENT", "ART",
               "PRODUCT", "PROJECT", "LAW", "LANGUAGE", "MISCELLANEOUS", "DISEASE", "NON_HUMAN"}  # fmt: skip


def apertium_files(shared: Path, split: str = "train") -> list[Path]:
    """shared (Path): the shared data folder; split (str): train, dev or heldout. RETURNS (list[Path])."""
    root = shared / "apertium_kaz_morph" / "texts"
    files = sorted(root.glob("texts1/*.tagged.vislcg.txt")) + sorted(root.glob("texts2/*.tagged.clean.txt"))

    def article(p: Path) -> str:
        return p.name.split(".")[0]

    if split == "heldout":
        return [p for p in files if article(p) in HELDOUT]
    if split == "dev":
        return [p for p in files if article(p) in DEV]
    return [p for p in files if article(p) not in HELDOUT + DEV]


def build_apertium(shared: Path) -> tuple[Counter, Counter, Counter]:
    """RETURNS: (form, lemma, upos) counts, (form, lemma, upos, feat) counts, refined-tag bigram counts."""
    forms: Counter = Counter()
    bigrams: Counter = Counter()
    for path in apertium_files(shared):
        for sent in read_apertium(path):
            prev = "<s>"
            for w in sent:
                if not w.lemma:
                    prev = "X"
                    continue
                form = fix_lookalikes(w.form).lower()
                forms[(form, fix_lookalikes(w.lemma), w.upos, w.feat)] += 1
                tag = f"{w.upos}|{w.feat}"
                bigrams[(prev, tag)] += 1
                prev = tag
            bigrams[(prev, "</s>")] += 1
    featured = _strip_passive_lemmas(forms)
    plain: Counter = Counter()
    for (form, lemma, upos, _), n in featured.items():
        plain[(form, lemma, upos)] += n
    return plain, featured, bigrams


def _strip_passive_lemmas(forms: Counter) -> Counter:
    """A few gold verb lemmas keep the passive (арнал for арналған, beside арна): use the base verb, as the rest do."""
    verbs = {key[1] for key in forms if key[2] == "VERB"}
    out: Counter = Counter()
    for (form, lemma, upos, *rest), n in forms.items():
        if upos == "VERB":
            for p in _PASSIVE:
                if lemma.endswith(p) and lemma[: -len(p)] in verbs and len(lemma) - len(p) >= 2:
                    lemma = lemma[: -len(p)]
                    break
        out[(form, lemma, upos, *rest)] += n
    return out


def build_elision(shared: Path, forms: Counter) -> set[str]:
    """Stems whose last vowel drops before a vowel-initial suffix (орын → орны), as attested in the data."""
    pairs = {(f, lm.lower()) for (f, lm, u) in forms if u in ("NOUN", "ADJ", "PROPN", "VERB")}
    for line in open(shared / "unimorph_kaz" / "kaz.noun.tsv", encoding="utf-8"):
        parts = line.split("\t")
        if len(parts) >= 2:
            pairs.add((parts[1].lower(), parts[0].lower()))
    out = set()
    for form, lemma in pairs:
        if (
            len(lemma) >= 3
            and lemma[-2] in "ыі"
            and form.startswith(lemma[:-2] + lemma[-1])
            and len(form) > len(lemma) - 1
        ):
            out.add(lemma)
        elif len(lemma) >= 3 and lemma[-2] in "ыі" and lemma[-1] in "қкп":
            voiced = {"қ": "ғ", "к": "г", "п": "б"}[lemma[-1]]
            if form.startswith(lemma[:-2] + voiced) or form.startswith(lemma[:-2] + lemma[-1]):
                out.add(lemma)
    return out


def build_names(shared: Path) -> Counter:
    counts: Counter = Counter()
    for line in open(shared / "kaznerd" / "IOB2_valid.txt", encoding="utf-8"):
        token, _, label = line.rstrip("\n").rpartition(" ")
        if label[2:] in NAME_LABELS and token[:1].isupper() and len(token) > 1:
            counts[fix_lookalikes(token)] += 1
    lower = {w.lower() for w in counts}
    inflected_stems = {p.stem for w in lower for p in parses(w) if p.cls == "N" and p.tags}
    keep: Counter = Counter()
    for word, n in counts.items():
        readings = [p for p in parses(word) if p.cls == "N" and set(p.tags) & _STRONG]
        if any(p.stem in lower for p in readings):
            continue  # Қытайдың: Қытай is listed
        cased = any(set(p.tags) & (_STRONG - {"pl"}) for p in readings)
        if cased and word.lower() not in inflected_stems:
            continue  # Тяньцзиньдегі: an inflected form whose stem never occurs bare
        keep[word] = n
    return keep


def build_chains(forms: Counter) -> Counter:
    """How often each suffix chain produced the gold lemma in the training texts (for the chain prior)."""
    chains: Counter = Counter()
    for (form, lemma, upos), n in forms.items():
        cls = "V" if upos in ("VERB", "AUX") else "N"
        hits = [p for p in parses(form) if p.cls == cls and p.stem == lemma.lower()]
        key = "P" if upos == "PROPN" else cls  # names have their own chain statistics
        for p in hits:
            chains[(key, "+".join(p.tags))] += n / len(hits)
    return chains


def build_endings(forms: Counter) -> Counter:
    """ADJ/NOUN counts of the Apertium lemmas by their last three letters (to split hunspell's untyped nominals)."""
    endings: Counter = Counter()
    lemmas = {(lm.lower(), u) for (_, lm, u) in forms if u in ("NOUN", "ADJ")}
    for lemma, upos in lemmas:
        for k in (2, 3):
            if len(lemma) > k + 1:
                endings[(lemma[-k:], upos)] += 1
    return endings


def build_paradigms(shared: Path, listed: set[str]) -> Counter:
    """Unlisted stems of KazNERD (news) words, by the number of distinct word forms built on them.

    A guessed stem that news text inflects in several ways (түсіністік: түсіністігі, түсіністікті, ...)
    is likelier than one seen in a single form; stems some lexicon lists are left out.
    """
    forms: set[str] = set()
    for line in open(shared / "kaznerd" / "IOB2_valid.txt", encoding="utf-8"):
        token = line.rstrip("\n").rpartition(" ")[0]
        if token.isalpha():
            forms.add(fix_lookalikes(token).lower())
    support: Counter = Counter()
    for form in forms:
        for cls, stem in {(p.cls, p.stem) for p in parses(form) if len(p.stem) >= 3 and not p.elided}:
            if stem not in listed:
                support[(cls, stem)] += 1

    def inflected(stem: str) -> bool:  # студенттер is студент + plural, not a stem of its own
        return any(p.tags and p.stem in listed for p in parses(stem))

    return Counter({(c, st): n for (c, st), n in support.items() if n >= 2 and not inflected(st)})


def write_tsv(path: Path, header: str, rows) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell/kk_KZ.dic"))
    args = ap.parse_args(argv)
    DATA.mkdir(exist_ok=True)
    forms, featured, bigrams = build_apertium(args.shared)
    write_tsv(
        DATA / "apertium_forms.tsv",
        "# form\tlemma\tupos\tfeat\tcount  (CC BY-SA 4.0, Apertium-kaz texts)",
        sorted((f, lm, u, ft, n) for (f, lm, u, ft), n in featured.items()),
    )
    write_tsv(
        DATA / "apertium_bigrams.tsv",
        "# previous UPOS|feat\tUPOS|feat\tcount  (CC BY-SA 4.0, Apertium-kaz texts)",
        sorted((a, b, n) for (a, b), n in bigrams.items()),
    )
    endings = build_endings(forms)
    write_tsv(
        DATA / "apertium_endings.tsv",
        "# ending\tupos\tlemmas  (CC BY-SA 4.0, Apertium-kaz texts)",
        sorted((e, u, n) for (e, u), n in endings.items() if n >= 2),
    )
    elision = build_elision(args.shared, forms)
    write_tsv(
        DATA / "elision.tsv",
        "# stem  (attested vowel drop; CC BY-SA, Apertium-kaz texts and UniMorph kaz)",
        sorted((w,) for w in elision),
    )
    chains = build_chains(forms)
    write_tsv(
        DATA / "apertium_chains.tsv",
        "# class\tchain\tcount  (CC BY-SA 4.0, Apertium-kaz texts)",
        sorted((c, ch, round(n, 2)) for (c, ch), n in chains.items()),
    )
    ap_verbs = {lm.lower() for (_, lm, u) in forms if u in ("VERB", "AUX")}
    nouns, um_verbs, _, adjectives = build_unimorph(args.shared)
    write_tsv(
        DATA / "unimorph_stems.tsv",
        "# stem\tclass (N noun, A adjective, V verb)  (CC BY-SA 3.0, UniMorph kaz)",
        sorted([(w, "N") for w in nouns] + [(a, "A") for a in adjectives] + [(v, "V") for v in um_verbs]),
    )
    ap_nominals = {lm.lower() for (_, lm, u) in forms if u in ("NOUN", "ADJ", "PROPN")}
    nominal, verbs = build_hunspell(args.hunspell, ap_verbs | um_verbs, ap_nominals | nouns)
    write_tsv(
        DATA / "hunspell_stems.tsv",
        "# stem\tclass  (GPL-2+/LGPL-2.1+/MPL-1.1+, hunspell-kk 1.1)",
        sorted([(w, "N") for w in nominal] + [(v, "V") for v in verbs]),
    )
    listed = {lm.lower() for (_, lm, _) in forms} | nouns | adjectives | um_verbs | nominal | verbs
    paradigms = build_paradigms(args.shared, listed)
    write_tsv(
        DATA / "kaznerd_paradigms.tsv",
        "# class\tstem\tdistinct forms  (CC BY 4.0, KazNERD validation split)",
        sorted((c, st, n) for (c, st), n in paradigms.items()),
    )
    names = build_names(args.shared)
    write_tsv(
        DATA / "kaznerd_names.tsv",
        "# name\tcount  (CC BY 4.0, KazNERD validation split)",
        sorted(names.items()),
    )
    print(
        f"forms {len(forms)}, unimorph {len(nouns)}+{len(um_verbs)}, hunspell {len(nominal)}+{len(verbs)}, names {len(names)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
