#!/usr/bin/env python3
"""Descent against matplotlib, as whole processes run alternately (the machine is noisy, so
medians and ratios are what count).

Usage: bench/compare.py [--runs N] [--descent BIN] [--peer-script PATH]

Measures, with the release build of `descent`:
  peer     the matplotlib peer figure (../shared/bench/mpl_figure.py) against `descent build` of
           bench/peer-one-figure.yaml, the same figure (Rosenbrock, 30 log levels, three runs of 1000 steps,
           LR and loss panels, PNG 1600x900 + SVG), alternately, N times each;
  course   the whole course cold (every lesson's still figures with --format png,svg,pdf and
           --no-animations, both handouts and the gallery; --force) and rebuilt unchanged, against
           the peer's median; and the cold course with its animations (MP4) for reference;
  basins   bench/basins-512.yaml: a 512x512 basins map of 500 Adam steps on Himmelblau;
  long     bench/long-path.yaml: one run of 100,000 steps drawn as a contour PNG;
and the peak resident memory of the cold course build. Prints one table; copy it to the README.
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def timed(command, cwd=root):
    """Wall seconds and peak resident MB of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_ms(samples):
    return 1000 * statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--descent", default=None)
    parser.add_argument("--peer-script", default=os.path.join(root, "..", "shared", "bench", "mpl_figure.py"))
    args = parser.parse_args()
    descent = args.descent
    if descent is None:
        subprocess.run(["swift", "build", "-c", "release", "--product", "descent"], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, check=True,
                                  capture_output=True, text=True).stdout.strip()
        descent = os.path.join(bin_path, "descent")
    work = tempfile.mkdtemp(prefix="descent-bench-")
    try:
        peer, ours, cold, warm, memory, basins, long, animated = [], [], [], [], [], [], [], []
        single = ["--no-handout", "--no-gallery", "--quiet", "--force"]
        for _ in range(args.runs):
            peer.append(timed([sys.executable, args.peer_script, os.path.join(work, "mpl")])[0])
            ours.append(timed([descent, "build", "bench/peer-one-figure.yaml", "--output", os.path.join(work, "peer")] + single)[0])
        for _ in range(max(3, args.runs // 2)):
            course = [descent, "build", "Lessons", "--format", "png,svg,pdf", "--no-animations", "--output",
                      os.path.join(work, "course"), "--quiet"]
            seconds, mb = timed(course + ["--force"])
            cold.append(seconds)
            memory.append(mb)
            warm.append(timed(course)[0])
            animated.append(timed([descent, "build", "Lessons", "--format", "png,svg,pdf", "--output",
                                   os.path.join(work, "animated"), "--quiet", "--force"])[0])
            basins.append(timed([descent, "build", "bench/basins-512.yaml", "--output", os.path.join(work, "b")] + single)[0])
            long.append(timed([descent, "build", "bench/long-path.yaml", "--output", os.path.join(work, "l")] + single)[0])
        p = median_ms(peer)
        rows = [
            ("matplotlib peer figure (PNG + SVG)", p, "1.00x"),
            ("descent build, same figure", median_ms(ours), f"{p / median_ms(ours):.1f}x faster"),
            ("whole course cold (stills png,svg,pdf, handouts, gallery)", median_ms(cold), f"{median_ms(cold) / p:.2f}x the peer"),
            ("whole course unchanged (rebuild)", median_ms(warm), f"{median_ms(warm) / p:.3f}x the peer"),
            ("whole course cold with its animations", median_ms(animated), f"{median_ms(animated) / p:.2f}x the peer"),
            ("basins 512x512, Adam, 500 steps, Himmelblau", median_ms(basins), ""),
            ("100,000-step path as a contour PNG", median_ms(long), ""),
        ]
        print(f"{os.cpu_count()} cores; medians of {args.runs} alternating runs (peer), "
              f"{max(3, args.runs // 2)} (others)\n")
        print("| what | median | ratio |\n| --- | ---: | --- |")
        for name, ms, ratio in rows:
            print(f"| {name} | {ms:.0f} ms | {ratio} |")
        print(f"\npeak memory of the cold course build (stills): {max(memory):.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
