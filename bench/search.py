#!/usr/bin/env python3
"""Times the site search of a built site in headless Chromium (bench/run calls this).

Usage: bench/search.py SITE_DIR QUERY [QUERY ...]
Serves SITE_DIR over loopback HTTP, opens its home page in a fresh headless Chromium (through
chromedriver's W3C HTTP interface; Python's standard library only), and for each query, on a
freshly loaded page with the search scripts loaded but no index file yet: submits the query, and takes the
time until the first result is in the page and the files the search loaded, then the time to rank
the same query again with its files loaded (the share of the time that is computing). Prints one
Markdown table row per query: query, results, files, bytes (raw), bytes (gzip -6), milliseconds.
Also prints the whole index's size. Not a test: numbers depend on the machine.
"""
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

CHROMIUM = os.environ.get("CHROME_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]


def gz(path):
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), 6))


def index_size(site):
    raw = packed = files = 0
    for folder, _, names in os.walk(os.path.join(site, "search")):
        for name in names:
            p = os.path.join(folder, name)
            raw += os.path.getsize(p)
            packed += gz(p)
            files += 1
    return files, raw, packed


# Submits the query with the search scripts loaded and no index file yet; resolves when the first result shows.
TIMED = """
var query = arguments[0], done = arguments[arguments.length - 1];
var box = document.getElementById('site-search-q');
box.focus();
(function ready() {
  if (!window.ToolkitSearch) return setTimeout(ready, 10);
  var before = performance.getEntriesByType('resource').length;
  box.value = query;
  var t0 = performance.now();
  box.form.requestSubmit();
  (function shown() {
    var list = document.querySelector('.site-search-list li');
    var count = document.querySelector('[data-search-status]').getAttribute('data-count');
    if (!list && count !== '0') return requestAnimationFrame(shown);
    var ms = performance.now() - t0;
    var files = performance.getEntriesByType('resource').map(function (r) { return r.name; })
        .filter(function (n) { return /\\/search\\/|\\/search(-index)?\\.js$/.test(n); });
    var t1 = performance.now();
    window.ToolkitSearch.search(query).then(function () {
      done({ms: ms, files: files, results: Number(count || 0), again: performance.now() - t1});
    });
  })();
})();
"""


def main():
    site, queries = os.path.abspath(sys.argv[1]), sys.argv[2:]
    port = free_port()
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver_port = free_port()
    profile = tempfile.mkdtemp()
    driver = subprocess.Popen([CHROMEDRIVER, "--port=%d" % driver_port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % driver_port
    try:
        for _ in range(100):
            try:
                call(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        files, raw, packed = index_size(site)
        print("index: %d files, %d bytes, %d bytes gzip" % (files, raw, packed))
        print("| query | results | files loaded | bytes | bytes (gzip) | first result (ms) | ranking again, files loaded (ms) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for q in queries:
            # A fresh browser for each query: nothing comes from its cache.
            session = call(base, "POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
                "binary": CHROMIUM, "args": ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                             "--disable-background-networking", "--disable-component-update",
                                             "--disable-sync", "--disable-dev-shm-usage",
                                             "--user-data-dir=" + tempfile.mkdtemp(dir=profile)]}}}})["sessionId"]
            s = "/session/" + session
            call(base, "POST", s + "/timeouts", {"script": 60000})
            call(base, "POST", s + "/url", {"url": "http://127.0.0.1:%d/" % port})
            got = call(base, "POST", s + "/execute/async", {"script": TIMED, "args": [q]})
            call(base, "DELETE", s)
            paths = [os.path.join(site, n.split(str(port) + "/", 1)[1].split("?")[0]) for n in got["files"]]
            total = sum(os.path.getsize(p) for p in paths)
            packed_total = sum(gz(p) for p in paths)
            print("| %s | %d | %d | %d | %d | %.0f | %.0f |" % (q, got["results"], len(paths), total, packed_total, got["ms"], got["again"]))
    finally:
        driver.terminate()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    main()
