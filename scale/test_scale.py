#!/usr/bin/python3
"""`make test-scale`: the Dask driver on a LocalCluster of two workers on
127.0.0.1 gives the same output, byte for byte, and the same per-document
error lines as a single `cadena run` of the same file.

Usage: test_scale.py BUILD_DIR (the cadena binary is BUILD_DIR/bin/cadena).
"""

import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent
DRIVER = HERE / "cadena_dask.py"
CADENA = None  # set from the command line


def corpus_documents():
    """The corpus articles, each twice, as JSONL lines, with bad ones among them."""
    articles = sorted((SOURCE / "corpus").glob("*.txt"))
    lines = []
    for copy in range(2):
        for path in articles:
            lines.append(json.dumps({"id": f"{path.stem}-{copy}", "text": path.read_text(encoding="utf-8"),
                                     "date": "2025-08-14"}, ensure_ascii=False))
        lines.append('{"id": "broken", "text": "sin cerrar"')  # malformed: its line is named
        lines.append(json.dumps({"text": "Un documento sin id. Su id es el fichero y la línea."},
                                ensure_ascii=False))
        lines.append("")  # a blank line is skipped, yet counted
        lines.append(json.dumps({"id": "bad-date", "text": "Hoy.", "date": "2025-02-30"}))
    return "\n".join(lines) + "\n"


def run(command):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=SOURCE)


def error_lines(stderr):
    return [l for l in stderr.decode().splitlines() if l.startswith("cadena: error: ")]


class DaskDriver(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="cadena-scale-")
        cls.input = os.path.join(cls.tmp.name, "docs.jsonl")
        with open(cls.input, "w", encoding="utf-8") as f:
            f.write(corpus_documents())
        cls.single = run([CADENA, "run", "--quiet", cls.input])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def driver(self, *extra):
        return run([sys.executable, str(DRIVER), "--local-workers", "2", "--cadena", CADENA, *extra,
                    self.input])

    def test_the_same_output_as_one_process(self):
        self.assertEqual(self.single.returncode, 1, self.single.stderr.decode())  # bad documents
        self.assertEqual(len(self.single.stdout.splitlines()), 12)
        # Small parts, so the documents are spread over several tasks and both workers.
        spread = self.driver("--part-bytes", "5000")
        self.assertEqual(spread.returncode, 1, spread.stderr.decode())
        self.assertEqual(spread.stdout, self.single.stdout)
        self.assertEqual(error_lines(spread.stderr), error_lines(self.single.stderr))
        self.assertEqual(len(error_lines(spread.stderr)), 4)
        self.assertIn("docs.jsonl:6: malformed JSON", spread.stderr.decode())
        summary = spread.stderr.decode().splitlines()[-1]
        self.assertRegex(summary, r"^cadena-dask: 16 documents, 12 written, 4 failed, .* [2-9]\d* parts$")
        # The id of a document without one is the file's name and line, as in one process.
        ids = [json.loads(l)["id"] for l in spread.stdout.splitlines()]
        self.assertIn("docs:7", ids)
        self.assertIn("docs:16", ids)

    def test_a_refused_config_stops_the_run(self):
        config = os.path.join(self.tmp.name, "bad.json")
        with open(config, "w") as f:
            f.write('{"pipeline": [{"plugin": "no-such-stage"}]}')
        refused = self.driver("--config", config)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("cadena refused to run", refused.stderr.decode())
        self.assertIn("no-such-stage", refused.stderr.decode())

    def test_a_missing_binary_is_named(self):
        missing = run([sys.executable, str(DRIVER), "--local-workers", "1", "--cadena",
                       "/nonexistent/cadena", self.input])
        self.assertEqual(missing.returncode, 2)
        self.assertIn("/nonexistent/cadena", missing.stderr.decode())


if __name__ == "__main__":
    CADENA = str(pathlib.Path(sys.argv.pop(1)).resolve() / "bin" / "cadena")
    unittest.main()
