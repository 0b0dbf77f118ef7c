#!/usr/bin/python3
"""What bench_python times: a JSONL file through `Pipeline().pipe`, the
cadena.doc/1 lines to stdout — the Python counterpart of `cadena run FILE`.

    PYTHONPATH=build/python /usr/bin/python3 bench/python/pipe_jsonl.py --threads 2 docs.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator

import cadena


def records(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("jsonl")
    args = parser.parse_args()
    nlp = cadena.Pipeline()
    out = sys.stdout
    for doc in nlp.pipe(records(args.jsonl), threads=args.threads):
        out.write(doc.to_json())
        out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
