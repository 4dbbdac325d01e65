"""Reading KazNERD-format files and splitting them by source passage.

The format is one ``token LABEL`` per line and a blank line between
sentences. In ``with_sentID`` files a pseudo-token line ``AID<n> O`` opens a
group of consecutive sentences from one passage (the group's later sentences
start with ``BID<n> O``, ``CID<n> O`` ...); the dev split keeps each
group whole, because sentences of one passage share names and topics.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import errors
from .iob import repair

_ID = re.compile(r"([A-Z])ID(\d+)")


@dataclass(frozen=True)
class Tagged:
    """One sentence: gold tokens, their IOB2 tags and the passage (group) it came from."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    group: str


def read(path: str | Path) -> list[Tagged]:
    """Read a KazNERD-format file.

    path (str | Path): the file; ``AID`` lines, if present, name the groups.
    RETURNS (list[Tagged]): the sentences; without ``AID`` lines each sentence is its own group.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise errors.FileMissing(f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.FileUnreadable(f"{path}: {exc}") from None
    return parse(lines, str(path))


def parse(lines: Iterable[str], where: str = "<data>") -> list[Tagged]:
    """Parse the lines of a KazNERD-format file (see :func:`read`).

    lines (Iterable[str]): the lines, without or with line ends.
    where (str): the file name, for error messages.
    RETURNS (list[Tagged]): the sentences, with tags IOB-repaired.
    """
    out: list[Tagged] = []
    group = ""
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            name = group or f"S{len(out)}"
            out.append(Tagged(tuple(tokens), tuple(repair(tags)), name))
            tokens.clear()
            tags.clear()

    for number, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            flush()
            continue
        parts = line.split()
        if len(parts) != 2:
            raise errors.BadDataFile(f"{where}:{number}: expected 'token LABEL', got {line!r}")
        token, tag = parts
        sid = _ID.fullmatch(token) if not tokens and tag == "O" else None
        if sid:  # AID<n> opens a group; BID<n>, CID<n> ... are further sentences of it
            if sid.group(1) == "A" or not group:
                group = token
            continue
        if tag != "O" and not re.fullmatch(r"[BI]-[A-Z_]+", tag):
            raise errors.BadDataFile(f"{where}:{number}: bad label {tag!r}")
        tokens.append(token)
        tags.append(tag)
    flush()
    return out


def split(
    sentences: Sequence[Tagged], dev_fraction: float = 0.1, seed: int = 0
) -> tuple[list[Tagged], list[Tagged]]:
    """Split sentences into train and dev by group, reproducibly.

    sentences (Sequence[Tagged]): all sentences.
    dev_fraction (float): the share of groups that goes to dev.
    seed (int): the shuffle seed.
    RETURNS (tuple[list[Tagged], list[Tagged]]): train and dev, each in file order.
    """
    if not 0.0 <= dev_fraction < 1.0:
        raise errors.BadArgument(f"dev fraction {dev_fraction} is not in [0, 1)")
    dev_groups = _first_groups(sentences, dev_fraction, random.Random(seed))
    train = [s for s in sentences if s.group not in dev_groups]
    dev = [s for s in sentences if s.group in dev_groups]
    return train, dev


def subsample(sentences: Sequence[Tagged], fraction: float, seed: int = 0) -> list[Tagged]:
    """Keep a share of the groups, for learning curves.

    sentences (Sequence[Tagged]): a part of the data (say, the train part of :func:`split`).
    fraction (float): the share of its groups kept, in (0, 1].
    seed (int): the shuffle seed.
    RETURNS (list[Tagged]): the sentences of the kept groups, in file order.
    """
    if not 0.0 < fraction <= 1.0:
        raise errors.BadArgument(f"train fraction {fraction} is not in (0, 1]")
    kept = _first_groups(sentences, fraction, random.Random(f"subsample-{seed}"))
    return [s for s in sentences if s.group in kept]


def _first_groups(sentences: Sequence[Tagged], fraction: float, rng: random.Random) -> set[str]:
    """The first ``fraction`` of the sentences' groups, sorted and then shuffled by ``rng``."""
    groups = sorted({s.group for s in sentences})
    rng.shuffle(groups)
    return set(groups[: round(len(groups) * fraction)])


def write(sentences: Iterable[Tagged], path: str | Path, groups: bool = False) -> None:
    """Write sentences in KazNERD format.

    sentences (Iterable[Tagged]): what to write.
    path (str | Path): the output file.
    groups (bool): also write the ``AID`` line before each sentence.
    """
    with open(path, "w", encoding="utf-8") as f:
        for s in sentences:
            if groups:
                f.write(f"{s.group} O\n")
            f.writelines(f"{t} {g}\n" for t, g in zip(s.tokens, s.tags, strict=True))
            f.write("\n")
