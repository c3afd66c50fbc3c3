#!/usr/bin/env python3
"""Runs one command under a fresh pseudo-terminal, the way a person at a terminal would, for InterruptIT.

Usage: pty_driver.py SPEC.json   (prints one JSON object on stdout)

SPEC: {"argv": [...], "cwd": "...", "env": {...}, "timeout": seconds,
       "steps": [{"expect": "text on the screen", "send": "typed text"}, ...],
       "raw": true|false,              # after the last expect, wait until the terminal is in raw mode
       "signal": "INT"|"TERM"|null}    # then send this signal to the process

The pty is the child's controlling terminal (new session), as under a shell. The driver keeps its own
handle on the terminal so that it can read the terminal's modes (stty -g) before the program starts and
after it ended, and compare them. Terminal queries for the cursor position are answered so that nothing
waits on them. Everything is bounded by "timeout": a program that does not end is killed and reported.
"""
import fcntl
import json
import os
import select
import signal
import subprocess
import struct
import sys
import termios
import time


def stty(fd):
    return subprocess.run(["stty", "-g"], stdin=fd, capture_output=True, text=True).stdout.strip()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    deadline = time.monotonic() + spec.get("timeout", 30)
    master, slave = os.openpty()
    # 24 rows and 80 columns unless the spec says how wide
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, spec.get("columns", 80), 0, 0))
    before = stty(slave)

    def become_session_leader_with_this_terminal():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(spec["argv"], cwd=spec["cwd"], env=spec["env"], stdin=slave, stdout=slave,
                             stderr=slave, preexec_fn=become_session_leader_with_this_terminal, close_fds=True)
    screen = bytearray()
    seen = 0  # where the search for the next expected text starts

    def pump(wait):
        """Reads what the program wrote; answers cursor position queries. False once nothing more can come."""
        ready, _, _ = select.select([master], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(master, 65536)
        except OSError:
            return False
        if data.count(b"\x1b[6n"):
            os.write(master, b"\x1b[1;1R" * data.count(b"\x1b[6n"))
        screen.extend(data)
        return True

    def text():
        return screen.decode("utf-8", "replace")

    result = {"stty_before": before, "failure": None}
    for step in spec.get("steps", []):
        expected = step["expect"]
        while expected not in text()[seen:]:
            if time.monotonic() > deadline or child.poll() is not None:
                pump(0.2)
                if expected in text()[seen:]:
                    break
                result["failure"] = "never saw %r (exit %r)" % (expected, child.poll())
                break
            pump(0.05)
        if result["failure"]:
            break
        seen = text().index(expected, seen) + len(expected)
        if "send" in step:
            os.write(master, step["send"].encode("utf-8"))

    if not result["failure"] and spec.get("raw"):
        while termios.tcgetattr(slave)[3] & termios.ICANON:
            if time.monotonic() > deadline or child.poll() is not None:
                result["failure"] = "the terminal never left canonical mode"
                break
            pump(0.02)
        result["raw_seen"] = stty(slave)
    if not result["failure"] and spec.get("signal"):
        child.send_signal(getattr(signal, "SIG" + spec["signal"]))

    while child.poll() is None and time.monotonic() < deadline:
        pump(0.05)
    if child.poll() is None:
        result["failure"] = (result["failure"] or "") + " did not end in time; killed"
        child.kill()
        child.wait()
    while pump(0.1) and select.select([master], [], [], 0)[0]:
        pass
    code = child.returncode
    # The shell's convention: a process ended by signal N reports 128 + N.
    result["exit"] = 128 - code if code < 0 else code
    result["killed_by_signal"] = -code if code < 0 else None
    result["stty_after"] = stty(slave)
    result["screen"] = text()
    os.close(master)
    os.close(slave)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
