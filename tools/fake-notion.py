#!/usr/bin/env python3
"""A stand-in for api.notion.com on loopback: for trying the wizard by hand (docs/manual-testing.md), the
start-up benchmark, and the launcher's class-data-sharing training run.

Accepts the tokens named in --accept (or any, with --accept-any); answers GET /v1/users/me, POST /v1/search
and GET /v1/databases/{id}. What is "shared" is read from --state (a JSON file) on every request, so editing
that file mid-session is how you "share a page in Notion" while the wizard waits. Binds 127.0.0.1 only, on
--port (0 = any free port), prints the port it got as the first line of stdout, and stops by itself after
--max-seconds when given, so a forgotten server cannot outlive a benchmark for long.
"""
import argparse
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT = {"object": "user", "id": "b0b0b0b0-0000-4000-8000-000000000001", "name": "My Script", "avatar_url": None,
       "type": "bot", "bot": {"owner": {"type": "workspace", "workspace": True}, "workspace_name": "Acme",
                              "workspace_id": "a0a0a0a0-0000-4000-8000-000000000002"}}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--accept", action="append", default=[], help="a token to accept (repeatable)")
    parser.add_argument("--accept-any", action="store_true", help="accept every Bearer token")
    parser.add_argument("--max-seconds", type=float, help="stop after this long")
    parser.add_argument("--state", help='JSON: {"pages": ["Roadmap"], "databases": {"<32 hex id>": "Tasks"}}')
    args = parser.parse_args()

    def state():
        if args.state and os.path.exists(args.state):
            with open(args.state, encoding="utf-8") as f:
                return json.load(f)
        return {"pages": [], "databases": {}}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like the real API

        def log_message(self, fmt, *a):  # keep the terminal quiet; the requests are not the point
            pass

        def reply(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("x-notion-request-id", "fake-request")
            self.end_headers()
            self.wfile.write(data)

        def authorized(self):
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Bearer ") and (args.accept_any or auth[7:] in args.accept):
                return True
            self.reply(401, {"object": "error", "status": 401, "code": "unauthorized",
                             "message": "API token is invalid.", "request_id": "fake-401"})
            return False

        def do_GET(self):
            if not self.authorized():
                return
            if self.path == "/v1/users/me":
                self.reply(200, dict(BOT, request_id="fake-me"))
            elif self.path.startswith("/v1/databases/"):
                db_id = self.path.rsplit("/", 1)[1].replace("-", "")
                title = state().get("databases", {}).get(db_id)
                if title is None:
                    self.reply(404, {"object": "error", "status": 404, "code": "object_not_found",
                                     "message": "Could not find database with ID: " + db_id + "."})
                else:
                    self.reply(200, {"object": "database", "id": db_id, "title": [{"plain_text": title}]})
            else:
                self.reply(400, {"object": "error", "status": 400, "code": "invalid_request_url",
                                 "message": "Invalid request URL."})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode() if length else "{}"
            if not self.authorized():
                return
            if self.path != "/v1/search":
                self.reply(400, {"object": "error", "status": 400, "code": "invalid_request_url",
                                 "message": "Invalid request URL."})
                return
            wanted = (json.loads(body).get("filter") or {}).get("value")
            now = state()
            results = []
            if wanted in (None, "page"):
                for i, title in enumerate(now.get("pages", [])):
                    results.append({"object": "page", "id": "%032x" % (0xA000 + i), "properties": {
                        "Name": {"id": "title", "type": "title", "title": [{"plain_text": title}]}}})
            if wanted in (None, "database", "data_source"):
                for db_id, title in now.get("databases", {}).items():
                    results.append({"object": "database", "id": db_id, "title": [{"plain_text": title}]})
            self.reply(200, {"object": "list", "results": results, "next_cursor": None, "has_more": False})

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    if args.max_seconds:
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
