"""`make ids`: check every answer ID of docs/ against the registry, or register new ones.

    python tools/ids.py           check: exit 1 naming each unregistered, lost or bad ID
    python tools/ids.py --write   add new IDs to answer-ids.yml first
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handbook import answer_ids
from handbook.project import REGISTRY, ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--registry", type=Path, default=ROOT / REGISTRY)
    parser.add_argument("--write", action="store_true", help="add new IDs to the registry")
    args = parser.parse_args(argv)
    try:
        live, problems, registry = answer_ids.registration_problems(args.docs, args.registry)
        new = answer_ids.unregistered(registry, live)
        if args.write and new:
            registry.published += new
            args.registry.write_text(registry.dump(), encoding="utf-8")
            print(f"{args.registry.name}: added {len(new)} ID(s): {', '.join(new)}")
            live, problems, registry = answer_ids.registration_problems(args.docs, args.registry)
        if problems:
            raise answer_ids.AnswerIdError("\n".join(problems))
    except answer_ids.AnswerIdError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"{len(live)} answer IDs, all registered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
