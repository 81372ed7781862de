"""A small process that starts run.py's children, so their peak memory is their own."""

# Linux records the spawning process's high-water mark in a child's maxrss at exec (with fork
# and with posix_spawn alike). run.py grows while it measures, so it starts this launcher
# first, while both are small, and has it spawn every child: their maxrss then reads true
# down to this process's own ~10 MiB. One JSON request per line on stdin, one reply per line.

import json
import os
import sys
import time


def serve() -> None:
    """Run each requested command to its end; reply with wall time, peak KiB and exit code."""
    for line in sys.stdin:
        request = json.loads(line)
        with open(request["out"], "wb") as out:  # noqa: PTH123 - no pathlib: stay small
            start = time.perf_counter()
            pid = os.posix_spawn(
                request["argv"][0],
                request["argv"],
                request["env"],
                file_actions=[
                    (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                    (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
                ],
            )
            _, status, usage = os.wait4(pid, 0)
            seconds = time.perf_counter() - start
        reply = {
            "seconds": seconds,
            "maxrss": usage.ru_maxrss,
            "returncode": os.waitstatus_to_exitcode(status),
        }
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
