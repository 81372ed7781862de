"""Every performance figure beside its floor from the same run: ./dev.sh bench [--quick]."""

# In-process figures are the median of --runs runs after a warm-up (one run when a run takes
# over 5 s);
# whole-process figures time a child from spawn to exit and read its peak memory (maxrss) from
# os.wait4. Figures from pieces not built yet print "not available yet". Nothing here opens a
# network connection or touches the user's settings (children get their own XDG folders).

import argparse
import importlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generate import SIZES, Shape, generate

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
SAMPLE = ROOT / "data" / "al-qaryatayn-2017.yaml"
SLOW_RUN_S = 5.0
WARM_UP_S = 0.5
FILTER_WORDS = "shelled market"
DATE_KEYS = frozenset({"date", "published", "accessed", "claimed_on", "period", "last_updated"})


@dataclass
class Row:
    """One line of the table."""

    size: str
    what: str
    value: str
    floor: str = ""
    floor_value: str = ""
    ratio: str = ""
    target: str = ""


@dataclass
class Child:
    """A finished child process: wall time, peak memory, exit code, what it printed."""

    seconds: float
    peak_mib: float | None
    returncode: int
    stdout: str


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """The median wall time of ``action``; a first fast run only warms up, a slow one counts."""
    times: list[float] = []
    start = time.perf_counter()
    action()
    first = time.perf_counter() - start
    if first > WARM_UP_S:
        times.append(first)
    while len(times) < runs and (not times or times[-1] <= SLOW_RUN_S):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class Launcher:
    """Starts children through benchmarks/launcher.py (see there why), or directly on Windows."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None
        if hasattr(os, "posix_spawn") and hasattr(os, "wait4"):
            self.proc = subprocess.Popen(
                [sys.executable, str(HERE / "launcher.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )

    def run(self, argv: list[str], env: dict[str, str]) -> Child:
        """Run a child to its end; its wall time and its own peak resident memory."""
        with tempfile.NamedTemporaryFile(suffix=".out", delete=False) as handle:
            out = Path(handle.name)
        try:
            if self.proc is None or self.proc.stdin is None or self.proc.stdout is None:
                start = time.perf_counter()  # pragma: no cover - no per-child memory here
                with out.open("wb") as stream:
                    done = subprocess.run(
                        argv, stdout=stream, stderr=subprocess.DEVNULL, env=env, check=False
                    )
                seconds = time.perf_counter() - start
                return Child(seconds, None, done.returncode, out.read_text("utf-8", "replace"))
            request = {"argv": argv, "env": env, "out": str(out)}
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
            reply = json.loads(self.proc.stdout.readline())
            # Linux reports KiB, macOS bytes.
            peak = reply["maxrss"] / (1024 * 1024 if sys.platform == "darwin" else 1024)
            text = out.read_text("utf-8", "replace")
            return Child(reply["seconds"], peak, reply["returncode"], text)
        finally:
            out.unlink(missing_ok=True)

    def close(self) -> None:
        """Let the launcher end."""
        if self.proc is not None and self.proc.stdin is not None:
            self.proc.stdin.close()
            self.proc.wait()


LAUNCHER: Launcher | None = None


def run_child(argv: list[str], env: dict[str, str]) -> Child:
    """Run a child through the launcher started in main()."""
    if LAUNCHER is None:
        raise RuntimeError("main() starts the launcher first")
    return LAUNCHER.run(argv, env)


def median_children(argvs: list[list[str]], env: dict[str, str], runs: int) -> list[Child]:
    """Each command's median run, running them in turn so that load on the machine hits all.

    A slow command (over 5 s) or a failing one is not run again.
    """
    results: list[list[Child]] = [[] for _ in argvs]
    for _ in range(runs):
        for argv, done in zip(argvs, results, strict=True):
            if done and (done[-1].seconds > SLOW_RUN_S or done[-1].returncode != 0):
                continue
            done.append(run_child(argv, env))
    medians = []
    for done in results:
        done.sort(key=lambda c: c.seconds)
        medians.append(done[len(done) // 2])
    return medians


def median_child(argv: list[str], env: dict[str, str], runs: int) -> Child:
    """The run with the median wall time (its memory too)."""
    return median_children([argv], env, runs)[0]


def fmt_s(seconds: float | None) -> str:
    """Seconds, or milliseconds when short."""
    if seconds is None:
        return "—"
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_mib(mib: float | None) -> str:
    """Memory in MiB."""
    return "—" if mib is None else f"{mib:.0f} MiB"


def ratio(value: float | None, floor: float | None) -> str:
    """value / floor, e.g. 2.3×."""
    if value is None or not floor:
        return ""
    return f"{value / floor:.2f}×"


def child_env(home: Path) -> dict[str, str]:
    """Headless Qt and private settings folders, so runs never touch the user's."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("BENCH_QPA", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    # Children read compiled bytecode, as an installed or frozen app does: a shell that sets
    # PYTHONDONTWRITEBYTECODE would otherwise make every child compile Factsheet's sources
    # again (some 60 modules, ~0.1 s) while the floors, from site-packages, do not.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_sources() -> None:
    """Bytecode for src/ and benchmarks/ before anything is timed."""
    import compileall

    for folder in (ROOT / "src", HERE):
        compileall.compile_dir(str(folder), quiet=1)


#: The frozen app packaging/build.sh makes (./dev.sh package), timed when it is there.
FROZEN = ROOT / "dist" / "factsheet" / ("factsheet.exe" if sys.platform == "win32" else "factsheet")
#: app.py's smoke hook: the app quits at its first paint with the incident in the window.
FIRST_PAINT_ENV = {"FACTSHEET_SMOKE_EXIT_MS": "first-paint"}


def available(module: str, name: str) -> bool:
    """Whether ``module.name`` exists and is not a placeholder that raises at once."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return False
    return hasattr(mod, name)


def collect_dates(value: Any) -> list[str]:
    """Every EDTF date string of a plain incident, for the date parser's share."""
    found: list[str] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                if key in DATE_KEYS and isinstance(item, str):
                    found.append(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
        elif isinstance(node, list):
            stack.extend(node)
    return found


class Bench:
    """Measures one file at a time and collects rows."""

    def __init__(self, runs: int, home: Path, gui: bool) -> None:
        self.runs = runs
        self.env = child_env(home)
        self.home = home
        self.gui = gui
        self.rows: list[Row] = []
        self.python = sys.executable

    def add(self, *args: str) -> None:
        self.rows.append(Row(*args))
        print("  " + " | ".join(a for a in args if a), file=sys.stderr, flush=True)

    def parse_and_validate(self, size: str, text: str) -> Any:
        """In-process: each parser on the same text, then validation and its parts."""
        import yaml_rs

        from factsheet.loading.yaml_reader import read_yaml
        from factsheet.model.incident import Incident
        from factsheet.model.integrity import check_incident

        floor = median_seconds(lambda: yaml_rs.loads(text, parse_datetime=False), self.runs)
        self.add(size, "parse: yaml-rs (floor)", fmt_s(floor))
        plain = read_yaml(text, keep_marks=False).value
        current = median_seconds(lambda: read_yaml(text, keep_marks=False), self.runs)
        self.add(
            size,
            "parse: libyaml events (loader now)",
            fmt_s(current),
            "yaml-rs",
            fmt_s(floor),
            ratio(current, floor),
        )
        try:
            from fast_reader import FastPathUnavailableError, read_plain
        except ImportError:
            self.add(size, "parse: fast reader", "not available yet")
        else:
            try:
                read_plain(text)
            except FastPathUnavailableError as exc:
                self.add(size, "parse: fast reader", f"falls back ({exc})")
            else:
                fast = median_seconds(lambda: read_plain(text), self.runs)
                self.add(
                    size,
                    "parse: fast reader (guards + yaml-rs)",
                    fmt_s(fast),
                    "yaml-rs",
                    fmt_s(floor),
                    ratio(fast, floor),
                )
        csafe = median_seconds(lambda: yaml.load(text, Loader=yaml.CSafeLoader), self.runs)
        self.add(
            size,
            "parse: PyYAML CSafeLoader (reference)",
            fmt_s(csafe),
            "yaml-rs",
            fmt_s(floor),
            ratio(csafe, floor),
        )
        as_json = json.dumps(plain, ensure_ascii=False)
        js = median_seconds(lambda: json.loads(as_json), self.runs)
        self.add(
            size,
            "parse: json.loads of the same data (reference)",
            fmt_s(js),
            "yaml-rs",
            fmt_s(floor),
            ratio(js, floor),
        )
        validate = median_seconds(lambda: Incident.model_validate(plain), self.runs)
        self.add(
            size,
            "validate: pydantic model_validate",
            fmt_s(validate),
            "yaml-rs parse",
            fmt_s(floor),
            ratio(validate, floor),
        )
        dates = collect_dates(plain)
        try:
            from factsheet.model.dates import parse_edtf
        except ImportError:
            self.add(size, "validate: of which EDTF dates", "not available yet")
        else:
            edtf = median_seconds(lambda: [parse_edtf(d) for d in dates], self.runs)
            share = f"{edtf / validate:.0%} of validate" if validate else ""
            self.add(
                size, f"validate: of which EDTF dates ({len(dates)})", fmt_s(edtf), "", "", share
            )
        incident = Incident.model_validate(plain)
        integrity = median_seconds(lambda: check_incident(incident), self.runs)
        self.add(size, "validate: integrity checks", fmt_s(integrity))
        return plain

    def check(self, size: str, file: Path) -> None:
        """Whole processes: factsheet check as wired now and with the fast path, and the floor."""
        floor_code = (
            "import sys, yaml_rs; "
            "yaml_rs.loads(open(sys.argv[1], encoding='utf-8').read(), parse_datetime=False)"
        )
        floor, now, fast, paused = median_children(
            [
                [self.python, "-c", floor_code, str(file)],
                [self.python, "-m", "factsheet", "check", str(file)],
                [self.python, str(HERE / "check_fast.py"), str(file)],
                [self.python, str(HERE / "check_fast.py"), "--gc-paused", str(file)],
            ],
            self.env,
            self.runs,
        )
        self.add(
            size,
            "whole: python + yaml-rs parse (floor)",
            fmt_s(floor.seconds),
            "",
            "",
            "",
            fmt_mib(floor.peak_mib),
        )
        status = "" if now.returncode == 0 else f" (exit {now.returncode})"
        self.add(
            size,
            "whole: factsheet check (loader now)" + status,
            fmt_s(now.seconds),
            "python + yaml-rs",
            fmt_s(floor.seconds),
            ratio(now.seconds, floor.seconds),
            fmt_mib(now.peak_mib),
        )
        status = "" if fast.returncode == 0 else f" (exit {fast.returncode})"
        target = "≤ 2× (20,000 events)" if size == "20000" else ""
        self.add(
            size,
            "whole: factsheet check, fast path" + status,
            fmt_s(fast.seconds),
            "python + yaml-rs",
            fmt_s(floor.seconds),
            ratio(fast.seconds, floor.seconds),
            f"{fmt_mib(fast.peak_mib)}  {target}".strip(),
        )

        status = "" if paused.returncode == 0 else f" (exit {paused.returncode})"
        self.add(
            size,
            "whole: factsheet check, fast path, cycle collector paused" + status,
            fmt_s(paused.seconds),
            "python + yaml-rs",
            fmt_s(floor.seconds),
            ratio(paused.seconds, floor.seconds),
            f"{fmt_mib(paused.peak_mib)}  {target}".strip(),
        )

    def loading_stalls(self, size: str, file: Path) -> None:
        """Loading alone on a worker thread: how long the GUI thread waits for the GIL."""
        driver = str(HERE / "stall_driver.py")
        modes = ("now", "fast", "fast-gc-paused")
        children = median_children(
            [[self.python, driver, mode, str(file)] for mode in modes], self.env, self.runs
        )
        for mode, child in zip(modes, children, strict=True):
            if child.returncode != 0 or not child.stdout.strip():
                self.add(size, f"load on a worker ({mode}): GUI stall", "failed")
                continue
            figures = json.loads(child.stdout.strip().splitlines()[-1])
            self.add(
                size,
                f"load on a worker ({mode}): longest GUI-thread stall",
                f"{figures['longest_stall_ms']} ms",
                "",
                "",
                f"load {fmt_s(figures['load_s'])}",
                "≤ 100 ms",
            )

    def check_with_warning(self, size: str, file: Path) -> None:
        """The same file with one warning: the loader then reads it again, keeping positions."""
        text = file.read_text(encoding="utf-8")
        archived = re.search(r"\n +archived_url: [^\n]+", text)
        if archived is None:
            return
        warned = file.with_name(f"{file.stem}-warning.yaml")
        warned.write_text(text[: archived.start()] + text[archived.end() :], encoding="utf-8")
        fast = median_child(
            [self.python, str(HERE / "check_fast.py"), str(warned)], self.env, self.runs
        )
        self.add(
            size,
            "whole: check, fast path, file with 1 warning (located pass)",
            fmt_s(fast.seconds),
            "",
            "",
            "",
            fmt_mib(fast.peak_mib),
        )

    def window(self, size: str, file: Path, plain: Any) -> None:
        """First paint of the app on the file beside a bare five-tab window; then filtering."""
        if not self.gui:
            return
        if not (
            available("factsheet.ui.main_window", "MainWindow")
            and available("factsheet.ui.timeline_tab", "TimelineTab")
        ):
            self.add(size, "gui: first paint", "not available yet")
            return
        driver = str(HERE / "gui_driver.py")
        bare, app = median_children(
            [[self.python, driver, "bare"], [self.python, driver, "app", str(file)]],
            self.env,
            self.runs,
        )
        self.add(
            size,
            "gui: bare PySide6 window, 5 tabs (floor)",
            fmt_s(bare.seconds),
            "",
            "",
            "",
            fmt_mib(bare.peak_mib),
        )
        if app.returncode != 0 or not app.stdout.strip():
            self.add(size, "gui: first paint with the incident", f"failed (exit {app.returncode})")
            return
        target = "≤ 2× (sample)" if size == "sample" else ""
        self.add(
            size,
            "gui: first paint with the incident",
            fmt_s(app.seconds),
            "bare window",
            fmt_s(bare.seconds),
            ratio(app.seconds, bare.seconds),
            f"{fmt_mib(app.peak_mib)}  {target}".strip(),
        )
        if size == "sample":
            self.whole_app_start(file)
        typing = run_child([self.python, driver, "app", str(file), FILTER_WORDS], self.env)
        if typing.returncode != 0 or not typing.stdout.strip():
            self.add(size, "gui: timeline filter per keystroke", "not available yet")
            return
        typed = json.loads(typing.stdout.strip().splitlines()[-1])
        self.add(
            size,
            "gui: longest GUI-thread stall, open until 3 s after first paint",
            f"{typed['longest_stall_ms']} ms",
            "",
            "",
            "",
            "≤ 100 ms",
        )
        keys = typed.get("keystrokes_ms", [])
        if not keys:
            self.add(size, "gui: timeline filter per keystroke", "not available yet")
            return
        floor_ms = self.filter_floor(plain) * 1000
        self.add(
            size,
            f"gui: timeline filter per keystroke (median of {len(keys)})",
            f"{statistics.median(keys):.0f} ms",
            "substring scan of rows",
            f"{floor_ms:.1f} ms",
            ratio(statistics.median(keys), floor_ms),
            "≤ 50 ms",
        )
        self.add(size, "gui: timeline filter, slowest keystroke", f"{max(keys):.0f} ms")
        scrolls = typed.get("scrolls_ms", [])
        if scrolls:
            self.add(
                size,
                f"gui: timeline at 1024×700, rows wrapped, per scroll (median of {len(scrolls)})",
                f"{statistics.median(scrolls):.0f} ms",
                "",
                "",
                "",
                "≤ 50 ms",
            )
            self.add(size, "gui: timeline at 1024×700, slowest scroll", f"{max(scrolls):.0f} ms")

    def whole_app_start(self, file: Path) -> None:
        """`factsheet FILE` as a user starts it, from source and frozen, to its first paint.

        The driver above imports the app inside a Python that already holds Qt; these are the
        real entry points (console script, frozen bundle), with app.py's first-paint smoke
        hook. The floor is the same bare window, run in turn with them.
        """
        env = self.env | FIRST_PAINT_ENV
        commands = [[self.python, "-m", "factsheet", str(file)]]
        names = ["gui: factsheet FILE to first paint (source, whole process)"]
        if FROZEN.is_file():
            commands.append([str(FROZEN), str(file)])
            names.append("gui: factsheet FILE to first paint (frozen, whole process)")
        else:
            self.add("sample", "gui: frozen app to first paint", "not built (./dev.sh package)")
        floor, *apps = median_children(
            [[self.python, str(HERE / "gui_driver.py"), "bare"], *commands], env, self.runs
        )
        for name, app in zip(names, apps, strict=True):
            if app.returncode != 0 or "smoke: " not in app.stdout:
                self.add("sample", name, f"failed (exit {app.returncode})")
                continue
            self.add(
                "sample",
                name,
                fmt_s(app.seconds),
                "bare window",
                fmt_s(floor.seconds),
                ratio(app.seconds, floor.seconds),
                f"{fmt_mib(app.peak_mib)}  ≤ 2× (sample)",
            )

    def filter_floor(self, plain: Any) -> float:
        """Median time per keystroke to test the typed words against each event's text."""
        rows = [
            " ".join(str(v) for v in event.values() if isinstance(v, str)).casefold()
            for event in plain.get("timeline", [])
        ]
        prefixes = [FILTER_WORDS[: i + 1] for i in range(len(FILTER_WORDS))]

        def scan(typed: str) -> list[bool]:
            words = typed.casefold().split()
            return [all(w in row for w in words) for row in rows]

        per_prefix = []
        for typed in prefixes:
            per_prefix.append(median_seconds(lambda typed=typed: scan(typed), self.runs))  # type: ignore[misc]
        return statistics.median(per_prefix)

    def pdf(self, size: str, file: Path) -> None:
        """Both sheets' PDF export beside a bare one-page QPdfWriter, and the whole process."""
        if not available("factsheet.rendering.pdf", "export_pdf"):
            self.add(size, "pdf: export", "not available yet")
            return
        driver = str(HERE / "pdf_driver.py")
        floor = median_child(
            [self.python, driver, "floor", str(self.home / "floor.pdf")], self.env, self.runs
        )
        floor_s = json.loads(floor.stdout.strip().splitlines()[-1])["seconds"]
        targets = {
            ("brief", "sample"): "≤ 1 s",
            ("brief", "20000"): "≤ 1 s (20,000 events)",
            ("full", "20000"): "≤ 60 s (20,000 events)",
        }
        for variant, name in (("brief", "brief"), ("full", "full dossier")):
            sheet = median_child(
                [self.python, driver, "export", str(file), str(self.home / "sheet.pdf"), variant],
                self.env,
                self.runs,
            )
            if sheet.returncode != 0 or floor.returncode != 0:
                self.add(
                    size, f"pdf: export_pdf, {name}", f"not available yet (exit {sheet.returncode})"
                )
                continue
            result = json.loads(sheet.stdout.strip().splitlines()[-1])
            self.add(
                size,
                f"pdf: export_pdf, {name} ({result['pages']:,} pages)",
                fmt_s(result["seconds"]),
                "one-page QPdfWriter",
                fmt_s(floor_s),
                ratio(result["seconds"], floor_s),
                fmt_mib(sheet.peak_mib)
                + (f"  {targets[variant, size]}" if (variant, size) in targets else ""),
            )
        whole = median_child(
            [
                self.python,
                "-m",
                "factsheet",
                "export",
                str(file),
                "-o",
                str(self.home / "whole.pdf"),
            ],
            self.env,
            self.runs,
        )
        self.add(
            size,
            "pdf: factsheet export, brief (whole process)",
            fmt_s(whole.seconds),
            "",
            "",
            "",
            fmt_mib(whole.peak_mib) + ("  ≤ 1 s (sample)" if size == "sample" else ""),
        )

    def startup(self) -> None:
        """What a process pays before it reads a byte."""
        bare = median_child([self.python, "-c", "pass"], self.env, self.runs)
        self.add(
            "-", "whole: python -c pass", fmt_s(bare.seconds), "", "", "", fmt_mib(bare.peak_mib)
        )
        imports = median_child(
            [self.python, "-c", "import factsheet.loading.loader"], self.env, self.runs
        )
        self.add(
            "-",
            "whole: python + import the loader (pydantic, models)",
            fmt_s(imports.seconds),
            "",
            "",
            "",
            fmt_mib(imports.peak_mib),
        )


def machine() -> str:
    """CPU, cores, memory, Python and library versions, for the docs."""
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        match = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text(encoding="utf-8"))
        cpu = match.group(1).strip() if match else cpu
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        match = re.search(r"MemTotal:\s*(\d+)", meminfo.read_text(encoding="utf-8"))
        memory = f", {int(match.group(1)) / 1024 / 1024:.1f} GiB RAM" if match else ""
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for dist in ("PySide6-Essentials", "pydantic", "pydantic-core", "PyYAML", "yaml-rs"):
        try:
            versions.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            versions.append(f"{dist} missing")
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; Python {sys.version.split()[0]} "
        f"({sys.platform}); " + ", ".join(versions)
    )


def print_table(rows: list[Row]) -> None:
    """The rows as an aligned text table on stdout."""
    header = Row("size", "measure", "value", "floor", "floor value", "ratio", "memory / target")
    fields = ("size", "what", "value", "floor", "floor_value", "ratio", "target")
    table = [header, *rows]
    widths = [max(len(getattr(r, f)) for r in table) for f in fields]
    for i, row in enumerate(table):
        print("  ".join(getattr(row, f).ljust(w) for f, w in zip(fields, widths, strict=True)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    """Generate the files, measure everything, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--quick", action="store_true", help="one run; sizes up to 1,000")
    parser.add_argument("--no-gui", action="store_true", help="skip window and filter figures")
    parser.add_argument("--sizes", type=int, nargs="*", help="event counts (default 1k 5k 20k)")
    args = parser.parse_args(argv)
    global LAUNCHER  # noqa: PLW0603 - one launcher for the whole run, started while we are small
    LAUNCHER = Launcher()
    runs = 1 if args.quick else max(1, args.runs)
    sizes = args.sizes if args.sizes is not None else list(SIZES)
    if args.quick:
        sizes = [s for s in sizes if s <= 1_000]
    print(f"machine: {machine()}", file=sys.stderr)
    compile_sources()
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as tmp:
        home = Path(tmp)
        bench = Bench(runs, home, gui=not args.no_gui)
        bench.startup()
        files: list[tuple[str, Path]] = [("sample", SAMPLE)]
        for events in sizes:
            path = home / f"incident-{events}.yaml"
            path.write_text(generate(Shape.for_events(events)), encoding="utf-8")
            files.append((str(events), path))
        for size, file in files:
            mb = file.stat().st_size / 1e6
            print(f"{size}: {file.name}, {mb:.2f} MB", file=sys.stderr)
            bench.add(size, "file size", f"{mb:.2f} MB")
            plain = bench.parse_and_validate(size, file.read_text(encoding="utf-8"))
            bench.check(size, file)
            if size == str(max(sizes, default=0)):
                bench.check_with_warning(size, file)
                bench.loading_stalls(size, file)
            bench.window(size, file, plain)
            if size in ("sample", str(max(sizes, default=0))):
                bench.pdf(size, file)
    LAUNCHER.close()
    print(f"machine: {machine()}")
    print(f"runs: median of {runs} (one run where a run took over {SLOW_RUN_S:.0f} s)\n")
    print_table(bench.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
