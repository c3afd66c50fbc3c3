#!/usr/bin/env python3
"""Times the wizard's verdict: from Enter on step 9's confirm to "Integration token verified", on a pty.

    bench/wizard-verdict.py --url https://127.0.0.1:PORT --runs 7 [--jar target/notion-setup.jar] [--java-opt=-D...]

Walks the wizard like a person (new integration, paste, shared), pausing where a person reads, against
tools/fake-notion.py accepting the token below (directly, or through bench/slow-link). For an https --url, Java
must trust the fake's certificate: pass --java-opt -Djavax.net.ssl.trustStore=... (docs/performance.md).
Needs pexpect (apt-get install python3-pexpect).
"""
import argparse
import os
import statistics
import tempfile
import time

import pexpect

TOKEN = "ntn_FAKEbench" + "Q" * 34 + "wxyz"


def one_run(jar, url, java_opts):
    env = dict(os.environ, TERM="xterm-256color", NOTION_API_URL=url)
    env.pop("NOTION_API_KEY", None)
    child = pexpect.spawn("java", java_opts + ["-jar", jar, "--no-browser"], cwd=tempfile.mkdtemp(), env=env,
                          encoding="utf-8", timeout=60, dimensions=(40, 120))
    try:
        for prompt, answer in (("Choose 1-3", "1"), ("Integration created", "y"), ("Paste it here", TOKEN)):
            child.expect(prompt)
            time.sleep(0.3)
            child.sendline(answer)
        child.expect("Shared at least one page")
        time.sleep(2.0)  # a person reads step 9
        start = time.monotonic()
        child.sendline("y")
        child.expect("Integration token verified")
        return round((time.monotonic() - start) * 1000)
    finally:
        child.terminate(force=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--jar", default="target/notion-setup.jar")
    parser.add_argument("--java-opt", action="append", default=[])
    args = parser.parse_args()
    # The wizard runs in a fresh folder each time, so the jar's path must not depend on where this was started.
    jar = os.path.abspath(args.jar)
    times = sorted(one_run(jar, args.url, args.java_opt) for _ in range(args.runs))
    print(args.url, times, "median", statistics.median(times), "ms")


if __name__ == "__main__":
    main()
