"""The ``derek`` command. Every subcommand calls the library; errors print as ``error Exxx: ...``.

Subcommands with their own sub-tasks (``evaluate``, ``train``) find them in
``derek.evaluate.<task>`` and ``derek.train.<task>`` modules, each exposing
``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence

from . import __version__, errors

EVALUATE_TASKS = {
    "segment": "sentence and token segmentation against CoNLL-U text",
    "ner": "named entities against a KazNERD-format file",
    "lemma": "lemmas and parts of speech against CoNLL-U",
    "facts": "dates, quotes, posts and events against a JSONL development set",
}
TRAIN_TASKS = {"ner": "train the named-entity model"}
# Top-level commands implemented in their own modules: name -> (module, help).
COMMANDS = {
    "analyze": ("derek.commands.analyze", "analyze an article and print what derek found"),
    "ingest": ("derek.commands.ingest", "analyze articles and store them in the knowledge base"),
    "search": ("derek.commands.search", "search the knowledge base"),
    "entity": ("derek.commands.entity", "show an entity card from the knowledge base"),
    "serve": ("derek.commands.serve", "serve the HTTP API"),
}


def _optional_module(name: str):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            return None  # that part of derek has not landed yet
        raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="derek", description="Facts from Kazakh-language news.")
    parser.add_argument("--version", action="version", version=f"derek {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = _optional_module(module_name)
        if module is None:
            continue
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(func=module.run)
    for group, package, tasks in (
        ("evaluate", "derek.evaluate", EVALUATE_TASKS),
        ("train", "derek.train", TRAIN_TASKS),
    ):
        gp = sub.add_parser(group, help=f"{group} a model or rule set")
        gsub = gp.add_subparsers(dest="task", metavar="TASK", required=True)
        for task, help_text in tasks.items():
            module = _optional_module(f"{package}.{task}")
            if module is None:
                continue
            tp = gsub.add_parser(task, help=help_text, description=help_text)
            module.add_arguments(tp)
            tp.set_defaults(func=module.run)
    return parser


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except errors.DerekError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error E199: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still a coded line, the traceback only on request
        if os.environ.get("DEREK_DEBUG"):
            raise
        print(
            f"error E900: internal error ({type(exc).__name__}: {exc}); rerun with DEREK_DEBUG=1",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    sys.exit(main())
