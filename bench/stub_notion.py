#!/usr/bin/env python3
"""A stand-in for the Notion API on loopback, for the startup benchmark and the CDS training run.

Answers GET /v1/users/me with a bot identity, anything else with Notion's 404 shape. Binds 127.0.0.1 only,
on the port given (0 = any free one), prints the port it got on the first line of stdout, then serves until
it is killed or --max-seconds pass (so a forgotten server cannot outlive a benchmark for long).
"""
import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT = {
    "object": "user",
    "id": "4f8c2e1a-0000-4000-8000-00000000b0b0",
    "name": "Benchmark Bot",
    "avatar_url": None,
    "type": "bot",
    "bot": {
        "owner": {"type": "workspace", "workspace": True},
        "workspace_name": "Benchmark Workspace",
        "workspace_id": "7d1e0c3b-0000-4000-8000-00000000beef",
    },
    "request_id": "bench-request-0001",
}
NOT_FOUND = {"object": "error", "status": 404, "code": "object_not_found", "message": "Not found (stub)."}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "notion-stub"

    def do_GET(self):
        if self.path.split("?", 1)[0] == "/v1/users/me":
            self.reply(200, BOT)
        else:
            self.reply(404, NOT_FOUND)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.reply(404, NOT_FOUND)

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", body.get("request_id", "bench-request-0404"))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass  # quiet: the benchmark prints its own results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    timer = threading.Timer(args.max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
