#!/usr/bin/env python3
"""The timeline of single moves (issue 14): where a change's time goes between the input and the screen.

Run by src/bench/latency/timeline.sh (which builds the class path and starts Xvfb). Starts GD Lab once with
-Dgdlab.timeline=true (it prints "TIMELINE <what> <seconds>" for every moment a change passes: the input, the
surface, the background jobs, the path, the pulses' layout passes, the picture; app/Timeline.java), presses on
one interaction's slider and moves it to and fro N times while ffmpeg grabs the watched region at 60 fps, as
latency.py does, and prints per event, in ms after the event: the path's publication, the first pulse's layout
after it, the picture, the first grabbed frame that changed and its index among the frames grabbed after the
event. --raw prints every moment of a few events. One window, one recording: compare builds or settings by
running them in turn, several times (a shared host runs faster in some minutes than in others).
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import latency as L  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classpath", required=True)
    ap.add_argument("--display", default=":58")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--interaction", default="kappa", choices=sorted(L.POINTER) + ["key"],
                    help="a pointer interaction of latency.py, or key: ] and [ after one { (as latency.py)")
    ap.add_argument("--n", type=int, default=21)
    ap.add_argument("--fraction", type=float, default=None,
                    help="where on the slider's track to press (default: latency.py's, κ = 10 at 1/6)")
    ap.add_argument("--java-opts", default="")
    ap.add_argument("--seed", type=int, default=14, help="the seed of the random gaps between events")
    ap.add_argument("--rest-above", type=int, default=0,
                    help="rest the pointer this many px above the α slider's centre (33: on its section's title, where"
                         " no tooltip opens) instead of on the slider")
    ap.add_argument("--raw", type=int, default=0, help="print every moment of this many events")
    ap.add_argument("--out", default="target/latency")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    home = os.path.join(os.path.abspath(args.out), "home")
    cmd = ["java", "-Dprism.order=sw", *args.java_opts.split(), "-cp", args.classpath, f"-Duser.home={home}",
           f"-Dgdlab.size={args.size}", "-Dgdlab.latency=true", "-Dgdlab.timeline=true", "org.gdlab.Launcher"]
    with open(os.path.join(args.out, "timeline-window.log"), "w") as log:
        p, boxes = L.start_window(cmd, args.display, log)
        lines = []
        threading.Thread(target=lambda: [lines.append(x) for x in p.stdout], daemon=True).start()
        xt = L.XTest(args.display)
        try:
            time.sleep(4)
            sx, sy, sw, sh = boxes["slider"]
            L.xdo(args.display, "mousemove", str(sx + sw // 2), str(sy + sh // 2 - args.rest_above))
            keys = args.interaction == "key"
            box, frac, dx = L.POINTER["drag" if keys else args.interaction]
            if args.fraction is not None:
                frac = args.fraction
            bx, by, bw, bh = boxes[box]
            px, py = (bx + bw // 3, by + bh // 3) if frac is None else (bx + 8 + int((bw - 16) * frac), by + bh // 2)
            if args.interaction == "scrub":
                L.xdo(args.display, "key", "r")
                time.sleep(L.GAP)

            def act(i):  # one event: the pointer moved to and fro on the pressed slider, or ] and [ in turn
                return xt.key("bracketright" if i % 2 == 0 else "bracketleft") if keys else \
                    xt.move(px + (dx if i % 2 == 0 else 0), py)
            if keys:
                L.xdo(args.display, "key", "braceleft")  # α = 0.018, as latency.py's prelude
            else:
                xt.move(px, py)
                xt.button(True)
            time.sleep(L.GAP)
            for i in range(8):  # warm-up, as latency.py
                act(i)
                time.sleep(L.GAP / 2)
            time.sleep(L.GAP)
            watch = L.cut(boxes["watch"], (1200, 580))
            if args.interaction == "scrub" and "start" in boxes:
                watch = L.cut_about(boxes["watch"], boxes["start"][:2], (1200, 580))
            path = os.path.join(args.out, "timeline.nut")
            rec, size = L.record(args.display, watch, path)
            time.sleep(1)
            events = []
            rng = random.Random(args.seed)
            for i in range(args.n):
                events.append(act(i))
                L.gap(rng)  # a random share of a beat too: every event at its own phase (latency.py, BEAT)
            time.sleep(0.5)
            rec.communicate(b"q", timeout=30)
            if not keys:
                xt.button(False)
            frames = L.frames(path, size)
            os.remove(path)
        finally:
            p.terminate()
            p.wait(10)
    moments = []
    for line in lines:
        if line.startswith("TIMELINE "):
            f = line.split()
            moments.append((f[1], float(f[2])))
    lat = L.latencies(frames, events)
    rows = []
    for t, hit in zip(events, lat):
        near = [(w, s) for w, s in moments if t - 0.010 <= s < t + L.TIMEOUT]

        def first(what, after=0.0):
            return next((s for w, s in near if w == what and s >= after), None)

        pa = first("PATH")
        laid = first("PULSE1", pa) if pa else None
        pic = first("PICTURE")
        grabbed = [ts for ts, _ in frames if t < ts <= t + L.TIMEOUT]
        index = next((i for i, ts in enumerate(grabbed) if hit is not None and abs(ts - (t + hit)) < 1e-6), None)
        rows.append([None if v is None else (v - t) * 1000 for v in (pa, laid, pic)] + [None if hit is None else hit * 1000, index])
    names = ["path", "path laid out", "picture", "on screen", "frame"]
    for k, name in enumerate(names):
        vals = [r[k] for r in rows if r[k] is not None]
        med = statistics.median(vals) if vals else float("nan")
        print(f"{args.interaction:8s} {name:14s} median {med:6.1f}{' ms' if k < 4 else ''}  ({len(vals)}/{len(rows)})")
    print("frame index of the first change, per event:", [r[4] for r in rows])
    for t in events[5:5 + args.raw]:
        print("---- event")
        for w, s in moments:
            if t - 0.010 <= s < t + 0.12:
                print(f"   {w:40s} {(s - t) * 1000:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
