#!/usr/bin/env python3
"""Conversion benchmark: Cutover's engine against the streaming Python
reference, interleaved in the same run.

    bench/convert/run_bench.py --bin BUILD/bench/convert/convert_bench \
        [--shared /work/shared/bench] [--data /tmp/cutover-bench] \
        [--sizes 64,256] [--rounds 7]

Generates the data sets with the shared generator (into --data, never the
repository), then for every round runs every command once in a shuffled
order. The engine runs with --no-sync (no fdatasync before the rename),
like the Python reference; one row shows the default (with fdatasync).
Before each timed run its output is deleted and `sync` is called
(untimed), and the input is read once so the page cache is warm. Wall time,
user+sys CPU and peak RSS come from GNU time. Prints a Markdown table:
medians, and ratios as medians of per-round ratios.
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time

TS = "2026-01-01T00:00:00+00:00"


def sh(cmd):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True)


NICE = ""


def timed(cmd, out_files):
    for f in out_files:
        if os.path.exists(f):
            os.remove(f)
    os.sync()
    t = time.perf_counter()
    p = subprocess.run(NICE.split() + ["/usr/bin/time", "-f", "%M %U %S", "bash", "-c", cmd],
                       capture_output=True, text=True)
    wall = time.perf_counter() - t
    if p.returncode not in (0, 5):
        sys.exit("command failed (%d): %s\n%s" % (p.returncode, cmd, p.stderr))
    rss_kb, user, system = p.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(system), int(rss_kb) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--shared", default="/work/shared/bench")
    ap.add_argument("--data", default="/tmp/cutover-bench")
    ap.add_argument("--sizes", default="64,256")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--nice", type=int, default=0,
                    help="run every timed command at this nice value (negative needs root): "
                         "less interference from other load, the same for all commands")
    a = ap.parse_args()
    global NICE
    if a.nice:
        NICE = "nice -n %d" % a.nice
    os.makedirs(a.data, exist_ok=True)
    gen = os.path.join(a.shared, "gen_conversations.py")
    stream_py = os.path.join(a.shared, "stream_py.py")
    results = {}
    for mb in [int(s) for s in a.sizes.split(",")]:
        prefix = os.path.join(a.data, "conv_%dmb" % mb)
        inp = prefix + ".jsonl"
        if not os.path.exists(inp):
            sh("python3 %s --mb %d --format jsonl --out-prefix %s" % (gen, mb, prefix))
        o = os.path.join(a.data, "out")
        cmds = {
            "python stream_py --to anthropic": ("python3 %s %s %s.py.jsonl --to anthropic --ts %s" % (stream_py, inp, o, TS), [o + ".py.jsonl"]),
            "cutover → anthropic, 1 thread": ("%s --quiet --no-sync --threads 1 --ts %s --to anthropic %s %s.a1.jsonl" % (a.bin, TS, inp, o), [o + ".a1.jsonl"]),
            "cutover → anthropic, 2 threads": ("%s --quiet --no-sync --threads 2 --ts %s --to anthropic %s %s.a2.jsonl" % (a.bin, TS, inp, o), [o + ".a2.jsonl"]),
            "cutover → anthropic, 2 threads, fdatasync before rename (default)": ("%s --quiet --threads 2 --ts %s --to anthropic %s %s.f2.jsonl" % (a.bin, TS, inp, o), [o + ".f2.jsonl"]),
            "cutover → sharegpt, 2 threads": ("%s --quiet --no-sync --threads 2 --ts %s --to sharegpt %s %s.s2.jsonl" % (a.bin, TS, inp, o), [o + ".s2.jsonl"]),
            "cutover → alpaca, 2 threads": ("%s --quiet --no-sync --threads 2 --ts %s --to alpaca %s %s.l2.jsonl" % (a.bin, TS, inp, o), [o + ".l2.jsonl"]),
            "cutover parse only (split + strict parse), 1 thread": ("%s --quiet --parse-only %s" % (a.bin, inp), []),
        }
        size = os.path.getsize(inp)
        runs = {k: [] for k in cmds}
        for r in range(a.rounds):
            order = list(cmds)
            random.shuffle(order)
            for k in order:
                sh("cat %s > /dev/null" % inp)
                runs[k].append(timed(*cmds[k]))
            print("size %d MB round %d done" % (mb, r + 1), file=sys.stderr)
        results[mb] = (size, runs)
        # clean the outputs (hundreds of MB)
        for k, (_, outs) in cmds.items():
            for f in outs:
                if os.path.exists(f):
                    os.remove(f)
    ref = "python stream_py --to anthropic"
    print("| input | command | median wall s | MiB/s | median CPU s (user+sys) | peak RSS MiB | speed-up vs Python (median of per-round ratios) | range |")
    print("|---|---|---|---|---|---|---|---|")
    for mb, (size, runs) in results.items():
        for k, rs in runs.items():
            wall = statistics.median(x[0] for x in rs)
            cpu = statistics.median(x[1] for x in rs)
            rss = max(x[2] for x in rs)
            ratios = [runs[ref][i][0] / rs[i][0] for i in range(len(rs))]
            print("| %d MiB | %s | %.3f | %.0f | %.2f | %.0f | %.2f× | %.2f–%.2f |" % (
                mb, k, wall, size / 2**20 / wall, cpu, rss, statistics.median(ratios), min(ratios), max(ratios)))
    print()
    print("raw: " + json.dumps({str(mb): {k: v for k, v in runs.items()} for mb, (_, runs) in results.items()}))


if __name__ == "__main__":
    main()
