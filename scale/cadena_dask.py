#!/usr/bin/python3
"""Runs `cadena run` over JSONL files on a Dask cluster, for corpora that
outgrow one machine.

The driver reads each input file in parts of whole lines, sends each part to a
worker, which pipes it into the cadena binary there (`cadena run -`), and
writes the parts' output in input order. Each part is run with
`--stdin-origin FILE:N`, so document ids and error messages name the input
file and its line numbers exactly as a single `cadena run FILE` would: the
output is the same, byte for byte, and so are the per-document error lines.

At most a few parts per worker are in flight, so the driver's memory is
bounded by the part size, not the input size. See docs/scale.md.

Needs Debian's python3-distributed (run with /usr/bin/python3).
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import time

# A worker's part: big enough that starting the binary and loading the models
# (~0.1-0.3 s) is small next to the work, small enough to spread the input.
DEFAULT_PART_BYTES = 16 << 20

SUMMARY = re.compile(rb"^cadena: (\d+) documents, (\d+) written, (\d+) failed")
NOTHING = b"cadena: error: no documents in the input"


def run_part(cadena, options, name, lines_before, data):
    """On a worker: cadena over one part; (status, stdout, stderr)."""
    command = [cadena, "run", "--quiet", "--stdin-origin", f"{name}:{lines_before}", *options, "-"]
    done = subprocess.run(command, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return done.returncode, done.stdout, done.stderr


def parts_of(path, part_bytes):
    """(lines before, bytes) of consecutive runs of whole lines of the file."""
    with open(path, "rb") as f:
        lines_before = 0
        chunk = []
        size = 0
        count = 0
        for line in f:
            chunk.append(line)
            size += len(line)
            count += 1
            if size >= part_bytes:
                yield lines_before, b"".join(chunk)
                lines_before += count
                chunk, size, count = [], 0, 0
        if chunk:
            yield lines_before, b"".join(chunk)


class Totals:
    def __init__(self):
        self.documents = self.written = self.failed = self.bytes = self.parts = 0
        self.notes = set()


def merge(part, result, out, totals):
    """Writes one part's output and its messages; returns False to stop."""
    name, lines_before, size = part
    status, stdout, stderr = result
    where = f"{name}, lines {lines_before + 1}-"
    if status == 2:
        sys.stderr.write(f"cadena-dask: error: {where}: cadena refused to run:\n")
        sys.stderr.buffer.write(stderr)
        return False
    out.write(stdout)
    summary = None
    for line in stderr.splitlines():
        match = SUMMARY.match(line)
        if match:
            summary = match
        elif line.startswith(b"cadena: error: ") and line != NOTHING:
            sys.stderr.buffer.write(line + b"\n")  # a document's failure, named by file:line
        elif line not in totals.notes and line != NOTHING:
            totals.notes.add(line)  # the same warning from every part is said once
            sys.stderr.buffer.write(line + b"\n")
    if summary is None:
        sys.stderr.write(f"cadena-dask: error: {where}: cadena exited with status {status} "
                         "without its summary line (crashed?)\n")
        return False
    totals.documents += int(summary.group(1))
    totals.written += int(summary.group(2))
    totals.failed += int(summary.group(3))
    totals.bytes += size
    totals.parts += 1
    return True


def cadena_options(args):
    options = ["-j", str(args.threads)]
    for flag, value in (("--config", args.config), ("--date", args.date), ("--lang", args.lang),
                        ("--max-bytes", args.max_bytes)):
        if value is not None:
            options += [flag, str(value)]
    for folder in args.plugin_path:
        options += ["--plugin-path", folder]
    return options


def run(client, args, out):
    options = cadena_options(args)
    workers = max(1, len(client.scheduler_info()["workers"]))
    window = collections.deque()  # (part, future), in input order
    totals = Totals()
    ok = True

    def finish_oldest():
        part, future = window.popleft()
        try:
            result = future.result()
        except Exception as e:  # the worker could not start the binary, or died
            sys.stderr.write(f"cadena-dask: error: {part[0]}, lines {part[1] + 1}-: {e}\n")
            return False
        return merge(part, result, out, totals)

    for path in args.inputs:
        if not os.path.isfile(path):
            sys.stderr.write(f"cadena-dask: error: {path}: no such file\n")
            return totals, False
        for lines_before, data in parts_of(path, args.part_bytes):
            future = client.submit(run_part, args.cadena, options, path, lines_before, data, pure=False)
            window.append(((path, lines_before, len(data)), future))
            while ok and len(window) > 2 * workers:
                ok = finish_oldest()
            if not ok:
                break
        if not ok:
            break
    while ok and window:
        ok = finish_oldest()
    for _, future in window:
        future.cancel()
    return totals, ok


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="FILE.jsonl")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of the Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local-workers", type=int, metavar="N",
                       help="start a LocalCluster of N worker processes on 127.0.0.1 instead")
    parser.add_argument("--cadena", default="cadena",
                        help="the cadena binary as the workers see it (default: cadena on their PATH)")
    parser.add_argument("-o", "--output", help="write the JSONL here instead of stdout")
    parser.add_argument("--part-bytes", type=int, default=DEFAULT_PART_BYTES,
                        help="bytes of input per task (whole lines; default %(default)s)")
    parser.add_argument("--threads", type=int, default=1, help="cadena -j on each task (default 1)")
    parser.add_argument("--config", help="pipeline config; the path must exist on the workers")
    parser.add_argument("--date")
    parser.add_argument("--lang")
    parser.add_argument("--max-bytes", type=int)
    parser.add_argument("--plugin-path", action="append", default=[],
                        help="plugin folder on the workers; repeatable")
    args = parser.parse_args(argv)
    if args.part_bytes <= 0 or args.threads <= 0 or (args.local_workers is not None and args.local_workers <= 0):
        parser.error("--part-bytes, --threads and --local-workers must be positive")

    from dask.distributed import Client, LocalCluster

    start = time.monotonic()
    cluster = None
    if args.local_workers:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
    out = open(args.output, "wb") if args.output else sys.stdout.buffer
    try:
        with Client(cluster if cluster else args.scheduler) as client:
            totals, ok = run(client, args, out)
        out.flush()
    finally:
        if args.output:
            out.close()
        if cluster:
            cluster.close()
    if not ok:
        return 2
    seconds = time.monotonic() - start
    sys.stderr.write(f"cadena-dask: {totals.documents} documents, {totals.written} written, "
                     f"{totals.failed} failed, {seconds:.2f} s, "
                     f"{totals.bytes / 1e6 / seconds if seconds > 0 else 0:.2f} MB/s, {totals.parts} parts\n")
    if totals.documents == 0:
        sys.stderr.write("cadena-dask: error: no documents in the input\n")
        return 1
    return 1 if totals.failed else 0


if __name__ == "__main__":
    sys.exit(main())
