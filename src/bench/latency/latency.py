#!/usr/bin/env python3
"""End-to-end latency of GD Lab against two minimal JavaFX windows (the floors), seen from outside.

Run by src/bench/latency/latency.sh (which builds the class path and starts Xvfb); standard library only, plus the
xdotool, ffmpeg and ffprobe programs. For each window in turn: start it, read where its slider is and which
region shows the result (it prints "LATENCY slider x y w h" and "LATENCY watch x y w h"), let ffmpeg grab that
region at 60 fps with wall-clock timestamps, send N events through the XTEST extension (the timed ones by
libXtst directly, see XTest), each one after the screen has been still, and take as the latency of an event the
time from the moment the X server had processed it to the timestamp of the first frame that differs from the
last frame before it. A frame is 16.7 ms, so only medians over many events mean anything; the floors are
measured the same way in the same run, so the ratios are what to compare. With --rounds R every window runs R
times in turn (the order reversed every other round) and the events are pooled, so that a shared machine's
load bends the floors and GD Lab alike; --old-classpath adds an earlier build of GD Lab to every round. The last
column pairs each round's median with the plotting floor's of the same round (minutes apart, where the pooled
ratio mixes rounds that may be minutes of a faster or slower host apart) and gives the median of those ratios,
then each round's.

Every window's watched region is cut, about its centre, to at most --watch (1200x580: GD Lab's plot at
1600×1000), so that ffmpeg grabs and compares as many pixels for GD Lab as for the plotting floor; only the
scrubber's changes are watched on the whole plot (they lie near the start, which the cut may leave out).

WARM-UP. Every interaction first sends unrecorded events, --warmup-first (64) for a window's first one and --warmup
(16) for each later one. A fresh JVM runs interpreted code and compiles it as it goes; GD Lab runs far more code
than the floors, and on two cores its C2 compiler thread took half the process's CPU through 40 keys sent after 8
warm-up ones (async-profiler, profile.sh --interaction key), away from the render thread and beside ffmpeg: the
keys read 83.8 ms after 8 warm-up events and 46.5 ms after 80 (README, runs 36–37). The figure the issue asks for
is the frame's cost once compiled; the cold one (--warmup-first 8 --warmup 8) is the first minute's.

GD Lab's interactions (issue 14): key (] and [ after one {), drag (the α slider), kappa and theta (the
quadratic's sliders), start-drag (press on the plot and move: the start follows), click (the start jumps
between two points), live (tune live on, then the α drag) and scrub (the scrubber's knob). Keys are compared
with the floors' keys, everything else with the floors' drag.
"""
import argparse
import os
import random
import statistics
import subprocess
import sys
import time

GAP = 0.8           # seconds between events at least: the result of one is on screen before the next
# JavaFX pulses every 1000 // 60 = 16 ms (62.5 Hz: QuantumToolkit's PULSE_INTERVAL) and ffmpeg grabs at 60 Hz: their
# phase comes round every 1 / (62.5 − 60) = 0.4 s. Events a fixed 0.8 s apart (two whole beats, fifty pulses) all met
# the pulse and the grab at one and the same phase, so a recording's 21 events measured one phase 21 times: its
# median moved by a whole frame from one recording to the next (the "slow minutes" of runs 12–31). Each gap is
# GAP plus a uniform draw over one beat, from a seeded generator: every event meets its own phase, and a run is
# repeatable.
BEAT = 1 / (1000 / (1000 // 60) - 60)
TIMEOUT = 1.5       # an event with no change within this is counted as missed
SCALE = 4           # frames are averaged down 4× (a moved 2-px line still changes them by tens of levels)
THRESHOLD = 6       # a pixel changed when its grey level moved by more than this


def gap(rng):
    """Sleeps GAP plus a uniform share of BEAT drawn from rng (see BEAT): before each timed event."""
    time.sleep(GAP + rng.uniform(0, BEAT))


def xdo(display, *args):
    """Runs xdotool (for the untimed steps: reset, the prelude key, tune live's box); returns when it returned."""
    subprocess.run(["xdotool", *args], check=True, env=dict(os.environ, DISPLAY=display))
    return time.time()


class XTest:
    """Timed input through the XTEST extension (libXtst by ctypes, as xdotool sends it, without a process per event).

    Each method sends one event, waits until the X server has processed it (XSync) and returns the wall-clock time
    then: the moment the event left the server for the window. Timing the event from outside after an xdotool call
    returned put that moment up to 60 ms late (process start, and a click's release 12 ms after its press), so a
    fast result (the start jumps on the press) fell into frames stamped before the event and was never seen as a
    change: the click read as the next event's change, 0.9 s later.
    """

    def __init__(self, display):
        import ctypes
        import ctypes.util
        self.x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.t = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XStringToKeysym.restype = ctypes.c_ulong
        self.x.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.t.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
        self.t.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.t.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.d = self.x.XOpenDisplay(display.encode())
        if not self.d:
            raise RuntimeError("cannot open display " + display)

    def _sync(self):
        self.x.XSync(self.d, 0)
        return time.time()

    def move(self, px, py):
        self.t.XTestFakeMotionEvent(self.d, -1, int(px), int(py), 0)
        return self._sync()

    def button(self, down):
        self.t.XTestFakeButtonEvent(self.d, 1, 1 if down else 0, 0)
        return self._sync()

    def click(self):
        """Press (timed: the app acts on the press), then release."""
        t = self.button(True)
        self.button(False)
        return t

    def key(self, name):
        """Press and release a key without modifiers (a keysym such as bracketright or Right); the press is timed."""
        code = self.x.XKeysymToKeycode(self.d, self.x.XStringToKeysym(name.encode()))
        if code == 0:
            raise RuntimeError("no key code for " + name)
        self.t.XTestFakeKeyEvent(self.d, code, 1, 0)
        t = self._sync()
        self.t.XTestFakeKeyEvent(self.d, code, 0, 0)
        self._sync()
        return t

    def close(self):
        self.x.XCloseDisplay(self.d)


def start_window(cmd, display, log):
    env = dict(os.environ, DISPLAY=display)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, env=env, text=True, bufsize=1)
    boxes = {}
    deadline = time.time() + 90
    while "end" not in boxes:
        line = p.stdout.readline()
        if not line:
            if p.poll() is not None or time.time() > deadline:
                raise RuntimeError("window did not start: " + " ".join(cmd))
            continue
        if "LATENCY " in line:
            f = line[line.index("LATENCY "):].split()
            boxes[f[1]] = tuple(int(v) for v in f[2:6])
    return p, boxes


def record(display, box, path):
    x, y, w, h = box
    w -= w % (2 * SCALE)
    h -= h % (2 * SCALE)
    cmd = ["ffmpeg", "-loglevel", "error", "-y", "-f", "x11grab", "-draw_mouse", "0", "-framerate", "60",
           "-video_size", f"{w}x{h}", "-i", f"{display}.0+{x},{y}",
           "-vf", f"scale={w // SCALE}:{h // SCALE}:flags=area,format=gray", "-c:v", "rawvideo", "-copyts",
           "-f", "nut", path]
    return subprocess.Popen(cmd, stdin=subprocess.PIPE), (w // SCALE, h // SCALE)


def frames(path, size):
    """[(wall-clock seconds, bytes)] of every recorded frame."""
    pts = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "frame=pts_time",
                          "-of", "csv=p=0", path], check=True, capture_output=True, text=True).stdout.split()
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "gray", "-"],
                         check=True, capture_output=True).stdout
    n = size[0] * size[1]
    count = min(len(pts), len(raw) // n)
    return [(float(pts[i]), raw[i * n:(i + 1) * n]) for i in range(count)]


def changed(a, b):
    # a byte-wise != first (fast), then the threshold, which ignores a level or two of grab noise
    for i in range(len(a)):
        if abs(a[i] - b[i]) > THRESHOLD:
            return True
    return False


def latencies(fr, events):
    out = []
    for t in events:
        ref = None
        hit = None
        for ts, img in fr:
            if ts <= t:
                ref = img
            elif ref is not None and ts <= t + TIMEOUT:
                if img != ref and changed(img, ref):
                    hit = ts - t
                    break
            elif ts > t + TIMEOUT:
                break
        out.append(hit)
    return out


def cut(box, most):
    """The box cut about its centre to at most most = (w, h)."""
    x, y, w, h = box
    cw, ch = min(w, most[0]), min(h, most[1])
    return (x + (w - cw) // 2, y + (h - ch) // 2, cw, ch)


def cut_about(box, point, most):
    """The box cut to at most most = (w, h), centred on point = (px, py) as nearly as the box allows."""
    x, y, w, h = box
    cw, ch = min(w, most[0]), min(h, most[1])
    cx = min(max(point[0] - cw // 2, x), x + w - cw)
    cy = min(max(point[1] - ch // 2, y), y + h - ch)
    return (cx, cy, cw, ch)


# where each pointer interaction presses: (box, fraction along its track or None for the plot), move in px
POINTER = {
    "drag": ("slider", 2 / 3, 6),          # α: 0.1 on 1e-5..10
    "live": ("slider", 2 / 3, 6),
    "kappa": ("param-kappa", 1 / 6, 6),    # κ = 10 on 1..1e6 (log)
    "theta": ("param-theta", 390 / 720, 6),  # θ = 30° on −360..360
    "scrub": ("timeline", 0.0, 14),        # the knob at step 0 (a new path starts there)
    "start-drag": ("watch", None, 6),
}


def measure(name, cmd, interactions, args, log, prelude=None):
    p, boxes = start_window(cmd, args.display, log)
    xt = XTest(args.display)
    results = {}
    most = tuple(int(v) for v in args.watch.split("x"))
    try:
        time.sleep(args.settle)
        sx, sy, sw, sh = boxes["slider"]
        wx, wy, ww, wh = boxes["watch"]
        watch = cut(boxes["watch"], most)
        for j, (inter, keys) in enumerate(interactions):
            path = os.path.join(args.out, f"{name}-{inter}.nut")
            # the pointer rests inside the window, off the watched region's change (keyboard focus follows it)
            rest_y = sy + sh // 2 - (args.rest_above if name.startswith("gdlab") else 0)
            xdo(args.display, "mousemove", str(sx + sw // 2), str(rest_y))
            if inter == "live":
                lx, ly, lw, lh = boxes["tuneLive"]
                xdo(args.display, "mousemove", str(lx + 8), str(ly + lh // 2), "click", "1")
                time.sleep(GAP)
            if inter == "scrub":
                xdo(args.display, "key", "r")  # back to step 0, where the knob is pressed (R: reset)
                time.sleep(GAP)
            px = py = dx = 0
            if inter in POINTER:
                box, frac, dx = POINTER[inter]
                bx, by, bw, bh = boxes[box]
                if frac is None:  # a point on the plot, a third of the way in
                    px, py = bx + bw // 3, by + bh // 3
                else:  # on the track where the value sits, then to and fro
                    px, py = bx + 8 + int((bw - 16) * frac), by + bh // 2
                xt.move(px, py)
                xt.button(True)
                time.sleep(GAP)
            if inter == "click":
                px, py = wx + ww // 3, wy + wh // 3
            if inter == "key" and prelude:
                # GD Lab starts at α = 0.18, 0.9× the stability limit: one `{` first (α = 0.018), so that
                # ] and [ do not cross the limit (a diverging run costs more; measure it on purpose if wanted)
                xdo(args.display, "key", prelude)
                time.sleep(2 * GAP)
            # unrecorded events first, as many of each kind (an even count: the state is as before): the
            # first events of a fresh JVM run interpreted code and wait for the JIT compiler, which shares the
            # cores with ffmpeg (a window's first interaction read 40 ms in one round and 72 ms in the next)
            for i in range(args.warmup_first if j == 0 else args.warmup):
                if inter in POINTER:
                    xt.move(px + (dx if i % 2 == 0 else 0), py)
                elif inter == "click":
                    xt.move(px + (40 if i % 2 == 0 else 0), py)
                    time.sleep(0.05)
                    xt.click()
                else:
                    xt.key(keys[i % 2])
                time.sleep(GAP / 2)
            time.sleep(GAP)
            # the scrubber moves the current point near the start, which may lie outside the centre cut (it
            # missed every one of its changes: 0/21): its cut, as large as the others, is centred on w_0 (the
            # window prints "LATENCY start x y"); a build that does not print it is watched on the whole plot
            # (a grab of 1.9 times the pixels, which may itself read later)
            if inter == "scrub":
                seen = cut_about(boxes["watch"], boxes["start"][:2], most) if "start" in boxes else boxes["watch"]
            else:
                seen = watch
            # the events in several recordings, each event a seeded random gap after the last (gap, BEAT): every
            # event meets the pulse and the grab at its own phase, and every window meets the same gaps
            rng = random.Random(args.seed)
            lat = []
            bounds = [args.n * k // args.segments for k in range(args.segments + 1)]
            for seg in range(args.segments):
                seg_path = path if args.segments == 1 else f"{path[:-4]}-{seg}.nut"
                rec, size = record(args.display, seen, seg_path)
                time.sleep(1.0)
                events = []
                for i in range(bounds[seg], bounds[seg + 1]):
                    if inter in POINTER:
                        x = px + (dx if i % 2 == 0 else 0)
                        events.append(xt.move(x, py))
                    elif inter == "click":
                        # the start jumps between two points 40 px apart (the pointer's move alone changes no
                        # pixel of the plot; the hover readout lies outside it): the press is the event
                        x = px + (40 if i % 2 == 0 else 0)
                        xt.move(x, py)
                        time.sleep(0.05)
                        events.append(xt.click())
                    else:
                        events.append(xt.key(keys[i % 2]))
                    gap(rng)
                time.sleep(0.5)
                rec.communicate(b"q", timeout=30)
                lat += latencies(frames(seg_path, size), events)
                if args.keep:  # the recording and its events' times, to look at
                    with open(seg_path + ".events", "w") as ev:
                        ev.write(f"{size[0]} {size[1]}\n" + "\n".join(repr(t) for t in events) + "\n")
                else:
                    os.remove(seg_path)
            if inter in POINTER:
                xt.button(False)
            if inter == "key" and args.n % 2 == 1:
                xt.key(keys[1])  # an odd count of ] and [ left α a notch up (above the limit from the opening α)
                time.sleep(GAP)
            if inter == "key" and prelude:
                # α back to where it was (0.18): at α = 0.018 the path crawls, and the scrubber's 14 px (a few steps)
                # moved the current point by less than the grab resolves: 0/21 events were caught after the keys
                xdo(args.display, "key", "braceright")
                time.sleep(GAP)
            if inter == "live":
                lx, ly, lw, lh = boxes["tuneLive"]
                xdo(args.display, "mousemove", str(lx + 8), str(ly + lh // 2), "click", "1")
            got = [v * 1000 for v in lat if v is not None]
            results[inter] = (got, len(lat))
            print(f"  {name:13s} {inter:10s} median {median(got):6.1f} ms over {len(got)}/{len(lat)} events"
                  f"  (load {os.getloadavg()[0]:.1f})", flush=True)
    finally:
        xt.close()
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
    return results


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--classpath", required=True)
    ap.add_argument("--old-classpath", default="",
                    help="another build of GD Lab (its class path), measured as gdlab-old in every round")
    ap.add_argument("--display", default=":55")
    ap.add_argument("--size", default="1600x1000")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every window this many times, in turn (the order reversed every other round), and pool"
                         " the events: a shared machine's load then bends every window alike")
    ap.add_argument("--settle", type=float, default=4.0)
    ap.add_argument("--warmup-first", type=int, default=64,
                    help="unrecorded events of a window's first interaction before its recorded ones (even: the state"
                         " is kept); see WARM-UP")
    ap.add_argument("--warmup", type=int, default=16,
                    help="unrecorded events of each later interaction before its recorded ones (even)")
    ap.add_argument("--out", default="target/latency")
    ap.add_argument("--java-opts", default="")
    ap.add_argument("--rest-above", type=int, default=0,
                    help="GD Lab's pointer rests this many px above its α slider's centre between events (33: on the"
                         " section's title, where no tooltip opens; on the slider, its tooltip opens during the keys)")
    ap.add_argument("--seed", type=int, default=14, help="the seed of the random gaps between events (see BEAT)")
    ap.add_argument("--segments", type=int, default=3,
                    help="record each interaction's events in this many recordings (ffmpeg restarted for each)")
    ap.add_argument("--keep", action="store_true", help="keep the recordings (target/latency/*.nut)")
    ap.add_argument("--only", default="floor-slider,floor-plot,gdlab")
    ap.add_argument("--watch", default="1200x580", help="the watched region is cut to at most this, about its centre")
    # the scrubber right after the keys, in the opening state (α = 0.18, 101 steps: 14 px are a step or two):
    # last, after κ, θ, the start and α had been moved, its run crawled and 0 of 21 moves were caught
    ap.add_argument("--interactions", default="key,scrub,drag,kappa,theta,start-drag,click,live",
                    help="GD Lab's interactions, in this order")
    ap.add_argument("--diverge", action="store_true",
                    help="GD Lab's keys from α = 0.18, so that every ] crosses the stability limit")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    java = ["java", "-Dprism.order=sw", *args.java_opts.split()]
    home = os.path.join(os.path.abspath(args.out), "home")
    os.makedirs(home, exist_ok=True)
    gd_inter = [(i, ("bracketright", "bracketleft") if i == "key" else None) for i in args.interactions.split(",")]

    def gdlab(cp):
        return (java + ["-cp", cp, f"-Duser.home={home}", f"-Dgdlab.size={args.size}", "-Dgdlab.latency=true",
                        "org.gdlab.Launcher"], gd_inter)

    windows = {
        "floor-slider": (java + ["-cp", args.classpath, "org.gdlab.bench.latency.FloorWindows", "slider", args.size],
                         [("key", ("Right", "Left")), ("drag", None)]),
        "floor-plot": (java + ["-cp", args.classpath, "org.gdlab.bench.latency.FloorWindows", "plot", args.size],
                       [("key", ("Right", "Left")), ("drag", None)]),
        "gdlab": gdlab(args.classpath),
    }
    only = args.only.split(",")
    if args.old_classpath:
        windows["gdlab-old"] = gdlab(args.old_classpath)
        if "gdlab-old" not in only:
            only.append("gdlab-old")
    pooled = {}
    by_round = {}  # name -> interaction -> [median of each round]: a ratio per round pairs windows measured minutes apart
    loads = []
    with open(os.path.join(args.out, "windows.log"), "w") as log:
        for r in range(args.rounds):
            order = only if r % 2 == 0 else list(reversed(only))
            print(f"round {r + 1} of {args.rounds}: {', '.join(order)} (load {os.getloadavg()[0]:.1f})", flush=True)
            for name in order:
                cmd, inter = windows[name]
                prelude = "braceleft" if name.startswith("gdlab") and not args.diverge else None
                loads.append(os.getloadavg()[0])
                for k, (got, n) in measure(name, cmd, inter, args, log, prelude).items():
                    had = pooled.setdefault(name, {}).setdefault(k, ([], 0))
                    pooled[name][k] = (had[0] + got, had[1] + n)
                    by_round.setdefault(name, {}).setdefault(k, []).append(median(got) if got else float("nan"))
    print()
    print(f"{args.rounds} round(s) of {args.n} events per interaction and window, load average {min(loads):.1f}"
          f"–{max(loads):.1f}; keys are compared with the floors' keys, everything else with the floors' drag")
    print("interaction  window         median ms  events   ÷ slider floor  ÷ plot floor  ÷ plot floor by round")
    order = ["key", "drag"] + [i for i in args.interactions.split(",") if i not in ("key", "drag")]
    for inter in order:
        for name in only:
            res = pooled.get(name, {})
            if inter not in res:
                continue
            got, n = res[inter]
            med = median(got)
            r = []
            for floor in ("floor-slider", "floor-plot"):
                f = median(pooled.get(floor, {}).get("key" if inter == "key" else "drag", ([], 0))[0])
                r.append(med / f if f == f and f > 0 else float("nan"))
            own = by_round.get(name, {}).get(inter, [])
            floors = by_round.get("floor-plot", {}).get("key" if inter == "key" else "drag", [])
            paired = [a / b for a, b in zip(own, floors) if a == a and b == b and b > 0]
            rounds = (f"{median(paired):5.2f} ({', '.join(f'{x:.2f}' for x in paired)})" if paired else "  nan")
            print(f"{inter:12s} {name:13s} {med:9.1f}  {len(got):3d}/{n:<3d}   {r[0]:13.2f}  {r[1]:12.2f}  {rounds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
