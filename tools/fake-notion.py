#!/usr/bin/env python3
"""A stand-in for api.notion.com on loopback: for trying the wizard by hand (docs/manual-testing.md), the
start-up benchmark, and the launcher's class-data-sharing training run.

Accepts the tokens named in --accept (or any, with --accept-any) as an internal connection's, and those in
--personal as personal access tokens of --owner; answers GET /v1/users/me, POST /v1/search, GET
/v1/databases/{id} (its data sources listed from Notion-Version 2025-09-03; a database with several answers
older versions Notion's 400), and the first query: POST /v1/databases/{id}/query and
/v1/data_sources/{id}/query. What is "shared" is read from --state (a JSON file) on every request, so editing
that file mid-session is how you "share a page in Notion" while the wizard waits. Binds 127.0.0.1 only, on
--port (0 = any free port), prints the port it got as the first line of stdout, and stops by itself after
--max-seconds when given, so a forgotten server cannot outlive a benchmark for long.
"""
import argparse
import json
import os
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT = {"object": "user", "id": "b0b0b0b0-0000-4000-8000-000000000001", "name": "My Script", "avatar_url": None,
       "type": "bot", "bot": {"owner": {"type": "workspace", "workspace": True}, "workspace_name": "Acme",
                              "workspace_id": "a0a0a0a0-0000-4000-8000-000000000002"}}


def personal_bot(owner):
    """users/me for a personal access token: the bot is owned by a user, whom Notion names."""
    return {"object": "user", "id": "b0b0b0b0-0000-4000-8000-000000000003", "name": "Personal token",
            "avatar_url": None, "type": "bot",
            "bot": {"owner": {"type": "user", "user": {"object": "user", "id": "c0c0c0c0-0000-4000-8000-000000000004",
                                                       "name": owner, "type": "person", "person": {}}},
                    "workspace_name": "Acme"}}


def database(db_id, entry, version):
    """(status, body) for GET /v1/databases/{id}; entry is a title, or {"title", "data_sources", "rows"}."""
    entry = entry if isinstance(entry, dict) else {"title": entry}
    sources = entry.get("data_sources", {})
    if version < "2025-09-03" and len(sources) > 1:
        return 400, {"object": "error", "status": 400, "code": "validation_error",
                     "message": "Databases with multiple data sources are not supported in this API version.",
                     "additional_data": {"error_type": "multiple_data_sources_for_database", "database_id": db_id,
                                         "child_data_source_ids": list(sources),
                                         "minimum_api_version": "2025-09-03"}}
    body = {"object": "database", "id": db_id, "title": [{"plain_text": entry["title"]}]}
    if version >= "2025-09-03" and sources:
        body["data_sources"] = [{"id": k, "name": v} for k, v in sources.items()]
    return 200, body


def rows_of(entry):
    return entry.get("rows", 0) if isinstance(entry, dict) else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--accept", action="append", default=[], help="a token to accept (repeatable)")
    parser.add_argument("--accept-any", action="store_true", help="accept every Bearer token")
    parser.add_argument("--personal", action="append", default=[], help="a personal access token to accept")
    parser.add_argument("--owner", default="Ada Lovelace", help="whose personal tokens --personal are")
    parser.add_argument("--max-seconds", type=float, help="stop after this long")
    parser.add_argument("--delay", type=float, default=0, help="answer every request this many seconds late")
    parser.add_argument("--tls-cert", help="PEM file with a certificate and its key: serve https, for timing"
                        " what a connection costs over bench/slow-link (the client must trust the certificate)")
    parser.add_argument("--state", help='JSON: {"pages": ["Roadmap"], "databases": {"<32 hex id>": "Tasks"}};'
                        ' a database may be {"title": "Tasks", "data_sources": {"<id>": "Tasks"}, "rows": 1}')
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

        def not_found(self, what, obj_id):
            self.reply(404, {"object": "error", "status": 404, "code": "object_not_found",
                             "message": "Could not find " + what + " with ID: " + obj_id + "."})

        def query(self, kind, obj_id):
            """The first query: one row at most of the database, or of the data source, when it is shared."""
            for db_id, entry in state().get("databases", {}).items():
                sources = entry.get("data_sources", {}) if isinstance(entry, dict) else {}
                if (kind == "databases" and db_id == obj_id) or (kind == "data_sources" and obj_id in sources):
                    rows = [{"object": "page", "id": "%032x" % (0xB000 + i)} for i in range(min(rows_of(entry), 1))]
                    self.reply(200, {"object": "list", "results": rows, "next_cursor": None,
                                     "has_more": rows_of(entry) > 1})
                    return
            self.not_found("database" if kind == "databases" else "data source", obj_id)

        def authorized(self):
            time.sleep(args.delay)  # a slow Notion: the wizard's wait should show progress
            auth = self.headers.get("Authorization", "")
            if auth.startswith("Bearer ") and (args.accept_any or auth[7:] in args.accept + args.personal):
                return True
            self.reply(401, {"object": "error", "status": 401, "code": "unauthorized",
                             "message": "API token is invalid.", "request_id": "fake-401"})
            return False

        def do_GET(self):
            if not self.authorized():
                return
            if self.path == "/v1/users/me":
                personal = self.headers.get("Authorization", "")[7:] in args.personal
                self.reply(200, dict(personal_bot(args.owner) if personal else BOT, request_id="fake-me"))
            elif self.path.startswith("/v1/databases/"):
                db_id = self.path.rsplit("/", 1)[1].replace("-", "")
                entry = state().get("databases", {}).get(db_id)
                if entry is None:
                    self.not_found("database", db_id)
                else:
                    self.reply(*database(db_id, entry, self.headers.get("Notion-Version", "")))
            else:
                self.reply(400, {"object": "error", "status": 400, "code": "invalid_request_url",
                                 "message": "Invalid request URL."})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode() if length else "{}"
            if not self.authorized():
                return
            if self.path.endswith("/query"):
                self.query(self.path.split("/")[2], self.path.split("/")[3].replace("-", ""))
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
                for db_id, entry in now.get("databases", {}).items():
                    title = entry["title"] if isinstance(entry, dict) else entry
                    results.append({"object": "database", "id": db_id, "title": [{"plain_text": title}]})
            self.reply(200, {"object": "list", "results": results, "next_cursor": None, "has_more": False})

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    if args.tls_cert:
        # Each connection's handshake happens on its own thread, at its first read: connections opened
        # together (the client's parallel requests) are not served one after another by the accept loop.
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert)
        server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
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
