#!/usr/bin/env python3
"""Where the CPU goes while GD Lab answers single moves (issue 14): a sampling profile by thread and phase.

Run by src/bench/latency/profile.sh (which builds the class path, starts Xvfb and fetches async-profiler, a
sampling profiler with no safepoint bias, from Maven Central). Starts GD Lab at 1600×1000 with the profiler
loaded but idle, makes the warm-up moves of latency.py, starts the profiler (its itimer engine: no perf events
needed), makes N single moves of one interaction (a random share of a beat apart, as latency.py), stops it,
and prints, for the JavaFX thread and the render thread, each phase's share of their samples (the pulse's
pre-layout paints, CSS, layout, bounds and copy to the render graph; the work outside pulses, such as event
handling and published results; the render thread's canvases, region backgrounds, text and the frame's copy
for the upload). The collapsed stacks stay in target/latency/profile.txt for any other question (one line per
stack: frames joined by ';', then the count). No timing goal: shares, to say what a change should cut.
"""
import argparse
import collections
import os
import random
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import latency as L  # noqa: E402

# (name, thread, frames one of which must be on the stack (none: any stack), frames none of which may be on it):
# the first that matches names the sample
PHASES = [
    ("pulse: the plot's layers (pre-layout)", "JavaFX Application", "PlotView.paintOnPulse", ()),
    ("pulse: CSS", "JavaFX Application", "Scene.doCSSPass", ()),
    ("pulse: layout", "JavaFX Application", "Scene.doLayoutPass", ()),
    ("pulse: bounds", "JavaFX Application", "Parent.updateBounds", ()),
    ("pulse: copy to the render graph", "JavaFX Application", "synchronizeSceneNodes", ()),
    ("pulse: other", "JavaFX Application", "ScenePulseListener.pulse", ()),
    ("upload of a drawn frame", "JavaFX Application", "uploadPixels", ()),
    ("events and published results", "JavaFX Application", None, ()),
    ("render: canvases' drawing commands", "QuantumRenderer", "NGCanvas.renderStream", ()),
    ("render: canvases composited", "QuantumRenderer", "NGCanvas.renderContent", ()),
    ("render: region backgrounds and borders", "QuantumRenderer", ("NGRegion.renderBackground", "NGRegion.renderBorder",
                                                                    "NGRegion.renderAsRectangle"), ()),
    ("render: text", "QuantumRenderer", "NGText.renderContent", ()),
    ("render: the frame copied for the upload", "QuantumRenderer", "UploadingPainter.run", ("ViewPainter.paintImpl",)),
    ("render: other", "QuantumRenderer", None, ()),
]


def phase_of(thread, stack):
    for name, th, need, avoid in PHASES:
        if th not in thread:
            continue
        if need is not None and not any(n in stack for n in ((need,) if isinstance(need, str) else need)):
            continue
        if any(a in stack for a in avoid):
            continue
        return name
    return None


def report(path):
    counts = collections.Counter()
    totals = collections.Counter()
    for line in open(path):
        stack, n = line.rsplit(" ", 1)
        thread = stack.split(";", 1)[0]
        name = phase_of(thread, stack)
        if name is None:
            continue
        key = "JavaFX thread" if "JavaFX Application" in thread else "render thread"
        counts[(key, name)] += int(n)
        totals[key] += int(n)
    for key in ("JavaFX thread", "render thread"):
        print(f"{key}: {totals[key]} samples")
        for (k, name), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            if k == key:
                print(f"  {100 * n / max(1, totals[key]):5.1f} %  {name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classpath", required=True)
    ap.add_argument("--profiler", required=True, help="libasyncProfiler.so")
    ap.add_argument("--display", default=":59")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--interaction", default="kappa", choices=sorted(L.POINTER) + ["key"],
                    help="a pointer interaction of latency.py, or key: ] and [ after one { (as latency.py)")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--interval", default="1ms", help="the profiler's sampling interval")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--java-opts", default="")
    ap.add_argument("--out", default="target/latency")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    home = os.path.join(os.path.abspath(args.out), "home")
    stacks = os.path.abspath(os.path.join(args.out, "profile.txt"))
    if os.path.exists(stacks):
        os.remove(stacks)
    cmd = ["java", "-Dprism.order=sw", *args.java_opts.split(), f"-agentpath:{args.profiler}", "-cp",
           args.classpath, f"-Duser.home={home}", f"-Dgdlab.size={args.size}", "-Dgdlab.latency=true",
           "org.gdlab.Launcher"]

    def profiler(command):
        # quoted: jcmd would read "start,event=itimer" as an option named "start,event"
        subprocess.run(["jcmd", str(p.pid), "JVMTI.agent_load", args.profiler, f'"{command}"'], check=True,
                       stdout=subprocess.DEVNULL)

    with open(os.path.join(args.out, "profile-window.log"), "w") as log:
        p, boxes = L.start_window(cmd, args.display, log)
        threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()
        xt = L.XTest(args.display)
        try:
            time.sleep(4)
            if args.interaction == "key":
                sx, sy, sw, sh = boxes["slider"]
                L.xdo(args.display, "mousemove", str(sx + sw // 2), str(sy + sh // 2), "key", "braceleft")
                time.sleep(2 * L.GAP)

                def move(i):
                    xt.key(("bracketright", "bracketleft")[i % 2])
            else:
                box, frac, dx = L.POINTER[args.interaction]
                bx, by, bw, bh = boxes[box]
                px, py = (bx + bw // 3, by + bh // 3) if frac is None else (bx + 8 + int((bw - 16) * frac), by + bh // 2)
                xt.move(px, py)
                xt.button(True)
                time.sleep(L.GAP)

                def move(i):
                    xt.move(px + (dx if i % 2 == 0 else 0), py)
            for i in range(8):  # warm-up, as latency.py
                move(i)
                time.sleep(L.GAP / 2)
            time.sleep(L.GAP)
            profiler(f"start,event=itimer,interval={args.interval},threads")
            rng = random.Random(args.seed)
            for i in range(args.n):
                move(i)
                time.sleep(0.25 + rng.uniform(0, L.BEAT))  # no grab to wait for: the result is drawn well within
            profiler(f"stop,collapsed,file={stacks}")
            if args.interaction != "key":
                xt.button(False)
        finally:
            xt.close()
            p.terminate()
            p.wait(10)
    print(f"{args.interaction}: {args.n} single moves, samples every {args.interval} of CPU; stacks in {stacks}")
    report(stacks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
