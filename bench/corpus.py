#!/usr/bin/env python3
"""Writes the same N-page corpus as a Toolkit Press project and as a Hugo site (for bench/compare).

Usage: bench/corpus.py N OUT
  OUT/toolkit  a Toolkit Press project (content/toolkit.yml, content/pages/...)
  OUT/hugo     a Hugo site (hugo.toml, content/..., a small layout of its own)

Every page: front matter (title, summary, order), about 800 words of prose under four
headings, a bulleted and a numbered list, a quotation, a table of 5 columns and 8 rows, and
links to three other pages. An index page links to every page. The text is the same in both;
only the link syntax differs (a relative .md path for Toolkit Press, `relref` for Hugo, so
both tools resolve and check every link). Pages sit in 50 sections of N/50 pages.
"""
import os
import sys

SECTIONS = 50
SENTENCES = [
    "Schools that put relationships first see pupils who feel safe, known and ready to learn.",
    "Staff notice, name and respond to feelings, and leaders make time for this work every week.",
    "A calm adult who stays curious about behaviour helps a child find words for what happened.",
    "Routines that are predictable lower the load on pupils who carry worries from home.",
    "Governors ask how the policy is lived in classrooms, corridors and the playground.",
    "Families are partners: they hear good news first and are asked what works at home.",
    "Training is repeated, practised and observed, so that it becomes the way things are done.",
    "Restorative conversations repair harm and keep the relationship at the centre.",
]


def prose(seed, words):
    """About `words` words of sentences, varied by seed so pages are not identical."""
    out, count, k = [], 0, seed
    while count < words:
        s = SENTENCES[k % len(SENTENCES)]
        out.append(s)
        count += len(s.split())
        k += 3
    return " ".join(out)


def body(i, n, link):
    """The Markdown of page i; link(j, text) writes a link to page j in the tool's syntax."""
    others = [(i + 7) % n + 1, (i * 13) % n + 1, (i + n // 2) % n + 1]
    parts = []
    parts.append(f"## Why it matters\n\n{prose(i, 170)}\n\n{prose(i + 1, 60)}\n")
    parts.append("## What it looks like\n\n" + prose(i + 2, 130) + "\n\n"
                 + "- Adults greet every pupil by name at the door\n"
                 + "- Pupils know who to go to when they are worried\n"
                 + "- Reflection replaces isolation after an incident\n"
                 + "- Staff have time to talk about hard days\n")
    parts.append("### In the classroom\n\n" + prose(i + 3, 120) + "\n\n"
                 + "1. Plan the start of the day\n2. Name the feeling before the behaviour\n"
                 + "3. Repair the relationship the same day\n")
    parts.append("> " + prose(i + 4, 45) + "\n>\n> — a headteacher\n")
    rows = ["| Stage | Leadership | Staff | Pupils | Families |", "|---|---|---|---|---|"]
    for r in range(1, 9):
        rows.append(f"| Stage {r} | Leaders plan {r} | Staff practise {r} | Pupils say {r} | Families hear {r} |")
    parts.append("## Where you are\n\n" + prose(i + 5, 60) + "\n\n" + "\n".join(rows) + "\n")
    parts.append("## Next steps\n\n" + prose(i + 6, 150) + " Read also "
                 + ", ".join(link(j, f"page {j}") for j in others) + ".\n")
    return "\n".join(parts)


def section(i):
    return (i - 1) % SECTIONS + 1


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def front(i):
    return f"title: Page {i}\nsummary: Synthetic page {i} of the benchmark.\n"


def toolkit(root, n):
    yml = ["title: Benchmark Toolkit", "date: 2026-01-01", "sections:"]
    for s in range(1, SECTIONS + 1):
        yml += [f"  - id: s{s}", f"    title: Section {s}"]
    write(f"{root}/content/toolkit.yml", "\n".join(yml) + "\n")
    index = "\n".join(f"- [Page {i}](s{section(i)}/p{i}.md)" for i in range(1, n + 1))
    write(f"{root}/content/pages/index.md", f"---\ntitle: Home\n---\n\nEvery page of the benchmark.\n\n{index}\n")
    for i in range(1, n + 1):
        s = section(i)
        link = lambda j, text: f"[{text}](../s{section(j)}/p{j}.md)"
        write(f"{root}/content/pages/s{s}/p{i}.md",
              f"---\n{front(i)}order: {i}\n---\n\n{body(i, n, link)}")


HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Benchmark Toolkit"
languageCode = "en-gb"
disableKinds = ["taxonomy", "term"]
enableRobotsTXT = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
"""

# The Hugo layout: the page's title, its contents (table of contents), its text, a breadcrumb
# to its section and a menu of its section's pages — the parts of our theme a page shows.
HUGO_BASEOF = """<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
{{ block "main" . }}{{ end }}
</body>
</html>
"""
HUGO_SINGLE = """{{ define "main" }}
<nav aria-label="Breadcrumb"><a href="{{ "/" | relURL }}">Home</a> › <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<nav aria-label="Section"><ul>{{ range .Parent.Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
<main><h1>{{ .Title }}</h1>
<nav aria-label="Contents">{{ .TableOfContents }}</nav>
{{ .Content }}</main>
{{ end }}
"""
HUGO_LIST = """{{ define "main" }}
<main><h1>{{ .Title }}</h1>
{{ .Content }}
<ul>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>
{{ end }}
"""


def hugo(root, n):
    write(f"{root}/hugo.toml", HUGO_CONFIG)
    write(f"{root}/layouts/_default/baseof.html", HUGO_BASEOF)
    write(f"{root}/layouts/_default/single.html", HUGO_SINGLE)
    write(f"{root}/layouts/_default/list.html", HUGO_LIST)
    index = "\n".join(f'- [Page {i}]({{{{< relref "/s{section(i)}/p{i}.md" >}}}})' for i in range(1, n + 1))
    write(f"{root}/content/_index.md", f"---\ntitle: Home\n---\n\nEvery page of the benchmark.\n\n{index}\n")
    for s in range(1, SECTIONS + 1):
        write(f"{root}/content/s{s}/_index.md", f"---\ntitle: Section {s}\n---\n")
    for i in range(1, n + 1):
        s = section(i)
        link = lambda j, text: f'[{text}]({{{{< relref "/s{section(j)}/p{j}.md" >}}}})'
        write(f"{root}/content/s{s}/p{i}.md", f"---\n{front(i)}weight: {i}\n---\n\n{body(i, n, link)}")


if __name__ == "__main__":
    if len(sys.argv) != 3 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 4:
        sys.exit("usage: bench/corpus.py N OUT   (N >= 4)")
    pages, out = int(sys.argv[1]), sys.argv[2]
    toolkit(f"{out}/toolkit", pages)
    hugo(f"{out}/hugo", pages)
