#!/usr/bin/env python3
"""Lint a sharded corpus on a Dask distributed cluster with articlelint.

The three steps of a corpus-wide run, as Dask tasks:
  1. map    `articlelint summarize SHARD`           -> one corpus summary per shard
  2. merge  `articlelint merge-summaries S1 S2 ...` -> the merged summary
  3. map    `articlelint SHARD --summary MERGED`    -> ESLint-shaped results per shard
Summaries travel as JSON text, so workers need no shared disk beyond the
articles themselves. The result equals a single `articlelint` run over all files.

Usage:
  lint_corpus.py [--scheduler ADDRESS|local] [--shards N] [--bin PATH] PATH...
With `--scheduler local` a LocalCluster (scheduler and two worker processes on
127.0.0.1) is started and stopped by the script.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from dask.distributed import Client, LocalCluster


def articlelint(bin_path, args, cwd):
    """Runs the CLI; returns stdout. Exit 1 (lint errors) is a normal outcome."""
    proc = subprocess.run(["node", bin_path, *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"articlelint {' '.join(args[:3])}... failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def summarize_shard(bin_path, cwd, files):
    return articlelint(bin_path, ["summarize", *files], cwd)


def lint_shard(bin_path, cwd, files, merged_summary):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(merged_summary)
        summary_path = f.name
    try:
        out = articlelint(bin_path, [*files, "--summary", summary_path, "--format", "json", "--concurrency", "off"], cwd)
        return json.loads(out)
    finally:
        os.unlink(summary_path)


def list_files(paths):
    found = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found += [str(f) for f in p.rglob("*") if f.suffix in (".txt", ".md") and f.is_file()]
        else:
            found.append(str(p))
    return sorted(found)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--scheduler", default="local", help="scheduler address, or 'local' for a LocalCluster")
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--bin", default=str(Path(__file__).resolve().parents[2] / "bin" / "articlelint.js"))
    ap.add_argument("-o", "--output", help="write the merged JSON report here (default stdout)")
    args = ap.parse_args()

    cwd = os.getcwd()
    files = [os.path.abspath(f) for f in list_files(args.paths)]
    if not files:
        sys.exit("no .txt or .md files found")
    shards = [files[i :: args.shards] for i in range(args.shards)]
    shards = [s for s in shards if s]

    cluster = None
    if args.scheduler == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(args.scheduler)
    try:
        # 1. map: one summary per shard, as tasks on the cluster.
        summaries = client.gather(client.map(summarize_shard, [args.bin] * len(shards), [cwd] * len(shards), shards, pure=False))
        # 2. merge: on the client (summaries are small).
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for i, s in enumerate(summaries):
                p = Path(tmp) / f"summary-{i}.json"
                p.write_text(s)
                paths.append(str(p))
            merged = articlelint(args.bin, ["merge-summaries", *paths], cwd)
        # 3. map: lint every shard against the merged summary.
        parts = client.gather(client.map(lint_shard, [args.bin] * len(shards), [cwd] * len(shards), shards, [merged] * len(shards), pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    results = sorted((r for part in parts for r in part), key=lambda r: r["filePath"])
    text = json.dumps(results)
    if args.output:
        Path(args.output).write_text(text)
    else:
        sys.stdout.write(text)
    errors = sum(r["errorCount"] for r in results)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
