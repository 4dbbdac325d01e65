"""Draw the candidates of the dates-only part ``test12`` (tests/data/README.md); prints JSONL.

KazNERD only, as test11: the test10 KazNERD pool (validation sentences of 5-60 tokens with a DATE
or TIME entity or a date word) minus every sentence already in the set (test11 included) and minus
the 50 sentences read in round 12's precision pass (``READ``: every validation sentence outside the
set where the rules of that morning's start, ``77fff3d``, found no date and the round-11 rules found
one), with the seed ``random.Random(20261203)``, 150 sentences. Near-duplicates of the set or of an
earlier draw are dropped as in test7 (``draw_common.py``).
"""

from draw_common import kaznerd_date_pool, run_draw

READ = {
    f"kaznerd-valid-{i}"
    for i in (
        27,
        280,
        455,
        624,
        841,
        842,
        1153,
        1465,
        1466,
        1590,
        1720,
        2362,
        2511,
        2655,
        2886,
        2887,
        3034,
        3193,
        3555,
        3604,
        3658,
        4422,
        4550,
        4851,
        5316,
        5562,
        5917,
        5918,
        6072,
        6303,
        6515,
        6622,
        6623,
        6678,
        7233,
        8362,
        8363,
        8364,
        8439,
        8593,
        8594,
        8717,
        8718,
        8864,
        9207,
        9358,
        10071,
        10754,
        10947,
        10949,
    )
}


def pool(ids: set[str]) -> list:
    """ids (set[str]): the set's ids -> the KazNERD date pool without the sentences in ``READ``."""
    return kaznerd_date_pool(ids | READ)


if __name__ == "__main__":
    run_draw("test12", 20261203, [(pool, 150)], "pool {} kaznerd; dropped {}")
