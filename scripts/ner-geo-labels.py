#!/usr/bin/env python3
"""How `cadena run` labels the places of a corpus: every mention of a country,
region or city from the gazetteers (countries.txt, cities.txt) in the JSONL's
texts, counted by what the entities layer says of it.

  LOC      an entity with exactly that span, labelled LOC
  other    an entity with exactly that span and another label
  missed   no entity touches it
  longer   inside a longer entity ("Real Madrid", "Gobierno de Aragón"): an
           organisation named after a place, left out of the share

Prints the counts and the share of places labelled other than LOC (other and
missed over LOC, other and missed), then each non-LOC mention with --list.
"""
import argparse
import json
import re
import sys
from pathlib import Path


def gazetteer_names(path: Path) -> list[str]:
    """The entries of a gazetteer file, without comments and sections."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and not line.startswith("[") and "*" not in line:
            names.append(line)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", type=Path, help="output of `cadena run`")
    parser.add_argument("--gazetteers", type=Path, default=Path("plugins/ner/data/es/gazetteers"))
    parser.add_argument("--list", action="store_true", help="print every mention not labelled LOC")
    args = parser.parse_args()
    names = []
    for name in ("countries.txt", "cities.txt"):
        path = args.gazetteers / name
        if not path.exists():
            print(f"{path}: not found (--gazetteers)", file=sys.stderr)
            return 2
        names += gazetteer_names(path)
    # Longest first, so that "Corea del Norte" is found before "Corea".
    names.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    counts = {"LOC": 0, "other": 0, "missed": 0, "longer": 0}
    listed = []
    with args.jsonl.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{args.jsonl}:{number}: not JSON ({e})", file=sys.stderr)
                return 2
            text = doc.get("text") or ""
            entities = [(e["start"], e["end"], e["label"]) for e in doc.get("entities", [])]
            for match in pattern.finditer(text):
                begin, end = match.start(), match.end()  # the JSONL counts code points
                exact = [label for s, e, label in entities if s == begin and e == end]
                around = [label for s, e, label in entities if s < end and e > begin]
                kind = ("LOC" if exact == ["LOC"] else "other" if exact
                        else "longer" if around else "missed")
                counts[kind] += 1
                if kind in ("other", "missed"):
                    listed.append(f"{doc.get('id')}: {match.group()} "
                                  f"{exact[0] if exact else '-'}")
    places = counts["LOC"] + counts["other"] + counts["missed"]
    share = (counts["other"] + counts["missed"]) / places if places else 0.0
    print(" ".join(f"{k} {v}" for k, v in counts.items()) +
          f"; not LOC: {share:.1%} of {places}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
