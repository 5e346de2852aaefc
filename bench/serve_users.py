#!/usr/bin/env python3
"""docket serve with fifty people at once (issue 14, deliverable 8).

Starts `docket serve --users FILE` on 127.0.0.1 (a free port) over a scratch workspace holding
the sample agenda twice (two meetings) and its papers, signs in 48 officers and 2 clerks, and
for DURATION seconds:
  officers  each creates a report, then over and over opens its "About this report" page,
            changes the title and saves, and reads the page back (checking the new title)
  clerks    each builds its meeting's public and members' packs in turn (DOCX and PDF), follows
            the job to the end and downloads the pack
with a think time between actions. Every response is checked. At the end it reports failed
requests, lost edits (each report's file on disk must hold the title of its last save), pack
builds, and the server's resident memory (VmRSS) over time, with its growth after warm-up.

Usage: bench/serve_users.py [--docket build/docket] [--duration 300] [--warmup 60]
Nothing else is contacted; the workspace is removed afterwards. Not run by ctest.
"""
import argparse
import html.parser
import http.client
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "b" * 64
TITLE = "/report[1]/meta[1]/title[1]"


class Form(html.parser.HTMLParser):
    """What a browser would post for the page's first form with a title field."""

    def __init__(self):
        super().__init__()
        self.fields, self._textarea = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and "name" in a:
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") in ("submit", "button", "file"):
                return
            self.fields.append([a["name"], a.get("value", "")])
        elif tag == "textarea" and "name" in a:
            self._textarea = [a["name"], ""]
            self.fields.append(self._textarea)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = self.failed = self.saves = self.builds = self.builds_failed = 0
        self.failures = []

    def count(self, ok, what):
        with self.lock:
            self.requests += 1
            if not ok:
                self.failed += 1
                if len(self.failures) < 10:
                    self.failures.append(what)


class User:
    def __init__(self, port, stats, name):
        self.port, self.stats, self.name, self.session = port, stats, name, ""

    def request(self, method, path, fields=None, expect=(200,)):
        body = urllib.parse.urlencode([("csrf", TOKEN)] + (fields or [])) if method == "POST" else None
        headers = {"Host": "127.0.0.1:%d" % self.port, "Cookie": "docket_csrf=%s; docket_session=%s" % (TOKEN, self.session)}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
            c.request(method, path, body=body, headers=headers)
            r = c.getresponse()
            data = r.read()
            c.close()
        except OSError as e:
            self.stats.count(False, "%s %s: %s" % (method, path, e))
            return None, b""
        self.stats.count(r.status in expect, "%s %s: %d" % (method, path, r.status))
        return r, data

    def sign_in(self):
        r, _ = self.request("POST", "/sign-in", [("name", self.name), ("password", self.name + " password"), ("next", "/")], (303,))
        cookie = r.getheader("Set-Cookie", "") if r else ""
        self.session = re.search(r"docket_session=([^;]*)", cookie).group(1)


def officer(user, until, think, expected):
    user.sign_in()
    r, _ = user.request("POST", "/reports/new", [("council", "Anytown Borough Council"), ("committee", "Cabinet"),
                                                 ("date:day", "18"), ("date:month", "12"), ("date:year", "2024"),
                                                 ("title", "Report of " + user.name), ("post", "Chief Executive"),
                                                 ("name", ""), ("template", "house")], (303,))
    if r is None:
        return
    report = urllib.parse.unquote(r.getheader("Location").split("/")[2].split("?")[0])
    edit = "/reports/%s/edit/meta" % urllib.parse.quote(report)
    n = 0
    while time.time() < until:
        time.sleep(random.uniform(0, 2 * think))
        _, page = user.request("GET", edit)
        form = Form()
        form.feed(page.decode("utf-8", "replace"))
        fields = [f for f in form.fields if f[0] not in ("csrf", "action")]
        n += 1
        title = "Report of %s, edit %d" % (user.name, n)
        for f in fields:
            if f[0] == TITLE:
                f[1] = title
        saved, _ = user.request("POST", edit, [tuple(f) for f in fields], (303,))
        if saved is not None and saved.status == 303:
            expected[report] = title
            with user.stats.lock:
                user.stats.saves += 1
            _, again = user.request("GET", edit + "?notice=saved")
            user.stats.count(title.encode() in again, "the saved title is not on the page of " + report)


def clerk(user, until, think, meeting, pdf):
    user.sign_in()
    audiences = ["public", "members"]
    while time.time() < until:
        time.sleep(random.uniform(0, 2 * think))
        audience = audiences[user.stats.builds % 2]
        r, _ = user.request("POST", "/agendas/%s.xml/packs" % meeting, [("audience", audience)] + ([("pdf", "yes")] if pdf else []), (303,))
        if r is None or r.status != 303:
            continue
        job = r.getheader("Location").split("job=")[1]
        while True:
            time.sleep(2)
            _, state = user.request("GET", "/jobs/" + job)
            s = json.loads(state or b"{}")
            if s.get("status") in ("done", "failed", None):
                break
        with user.stats.lock:
            user.stats.builds += 1
            user.stats.builds_failed += s.get("status") != "done"
        user.request("GET", "/agendas/%s.xml/packs/%s-%s-pack.docx" % (meeting, meeting, audience))


def make_workspace(ws, docket, users):
    agenda = open(os.path.join(ROOT, "fixtures/agenda-pcc-cabinet-2023-12-18.xml"), encoding="utf-8").read()
    # The agenda's papers below its folder, as `docket pack` wants them.
    os.makedirs(os.path.join(ws, "agendas", "reports"))
    for meeting in ("cabinet", "planning"):
        open(os.path.join(ws, "agendas", meeting + ".xml"), "w", encoding="utf-8").write(agenda)
    shutil.copytree(os.path.join(ROOT, "fixtures/papers"), os.path.join(ws, "agendas", "papers"))
    for r in ("pcc-city-market-regeneration.xml", "s0-peterborough-q2-2023-24.xml", "pcc-bridge-street-acquisition.xml"):
        shutil.copy(os.path.join(ROOT, "fixtures/reports", r), os.path.join(ws, "agendas", "reports"))
    for name, role in users:
        subprocess.run([docket, "users", "add", name, "--role", role, "--users", os.path.join(ws, "..", "users")],
                       input=name + " password\n", text=True, check=True, stdout=subprocess.DEVNULL)


def rss_kb(pid):
    for line in open("/proc/%d/status" % pid):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docket", default=os.path.join(ROOT, "build/docket"))
    ap.add_argument("--duration", type=float, default=300)
    ap.add_argument("--warmup", type=float, default=60)
    ap.add_argument("--officers", type=int, default=48)
    ap.add_argument("--clerks", type=int, default=2)
    ap.add_argument("--think", type=float, default=2.0, help="mean seconds between one person's actions")
    ap.add_argument("--no-pdf", action="store_true", help="clerks build DOCX packs only")
    args = ap.parse_args()
    top = tempfile.mkdtemp(prefix="docket-serve-users-")
    ws = os.path.join(top, "ws")
    os.makedirs(ws)
    people = [("officer%02d" % i, "officer") for i in range(1, args.officers + 1)] + \
             [("clerk%d" % i, "clerk") for i in range(1, args.clerks + 1)]
    make_workspace(ws, args.docket, people)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(os.path.join(top, "serve.log"), "w+")
    server = subprocess.Popen([args.docket, "serve", "--workspace", ws, "--listen", "127.0.0.1:%d" % port,
                               "--users", os.path.join(top, "users")], stdout=subprocess.DEVNULL, stderr=log)
    stats, expected, memory = Stats(), {}, []
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        started = time.time()
        until = started + args.duration
        threads = []
        for i, (name, role) in enumerate(people):
            u = User(port, stats, name)
            if role == "officer":
                t = threading.Thread(target=officer, args=(u, until, args.think, expected))
            else:
                t = threading.Thread(target=clerk, args=(u, until, args.think, ("cabinet", "planning")[i % 2], not args.no_pdf))
            t.start()
            threads.append(t)
        while any(t.is_alive() for t in threads):
            memory.append((time.time() - started, rss_kb(server.pid)))
            time.sleep(5)
        for t in threads:
            t.join()
        elapsed = time.time() - started
    finally:
        server.terminate()
        server.wait()
        log.seek(0)
        said = log.read().strip()
        if said:
            print("docket serve said:\n" + said[-2000:])
    lost = []
    for report, title in expected.items():
        text = open(os.path.join(ws, "reports", report), encoding="utf-8").read()
        if "<title>%s</title>" % title not in text:
            lost.append(report)
    shutil.rmtree(top)
    after = [kb for t, kb in memory if t >= args.warmup] or [memory[-1][1]]
    print("%d people (%d officers, %d clerks) for %.0f s against one docket serve, think time %.1f s" %
          (len(people), args.officers, args.clerks, elapsed, args.think))
    print("requests: %d, failed: %d" % (stats.requests, stats.failed))
    for f in stats.failures:
        print("  failed: " + f)
    print("saves: %d, lost edits: %d (every report's file checked against its last save)" % (stats.saves, len(lost)))
    print("pack builds finished: %d, failed: %d" % (stats.builds, stats.builds_failed))
    print("resident memory (VmRSS): at start %.1f MB, at %.0f s (end of warm-up) %.1f MB, at the end %.1f MB, "
          "peak %.1f MB; growth after warm-up %+.1f MB" %
          (memory[0][1] / 1024, args.warmup, after[0] / 1024, memory[-1][1] / 1024, max(kb for _, kb in memory) / 1024,
           (memory[-1][1] - after[0]) / 1024))
    print("memory over time (s, MB): " + ", ".join("%.0f:%.0f" % (t, kb / 1024) for t, kb in memory[::6]))
    return 1 if stats.failed or lost or stats.builds_failed else 0


if __name__ == "__main__":
    sys.exit(main())
