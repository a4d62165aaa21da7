// Site search (docs/search.md). site.js loads this file when someone starts to use the search
// box; it loads the index written by the build (org.toolkitpress.search) as script files, since a
// browser refuses to fetch files from disk but runs scripts: the manifest on the first query, then
// one shard per word and one file per page shown. Ranking is the impacts the build worked out,
// added up; the word rule comes with the index, the same one the build used.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form || window.ToolkitSearch) return;

  var SHOWN = 10;          // results shown at first, and added by "Show more results"
  var TYPING = 150;        // ms after a keystroke before searching
  var PAUSE = 1000;        // ms after the last keystroke before the count is announced
  var PREFIX = 0.6, TYPO = 0.4, PDF = 0.5; // how much a looser match counts, against an exact one
  var WORD = /[\p{L}\p{N}\p{M}'’]+/gu;
  var STRIPPED = /[\p{M}'’]+/gu;

  var base = form.getAttribute("data-search");
  var root = form.getAttribute("data-search-root");
  var fromDisk = window.location.protocol === "file:";

  // ------------------------------------------------------------------ loading index files

  var files = {}, arrived = {}, waiting = {};
  window.toolkitSearch = function (name, data) {
    arrived[name] = data;
    if (waiting[name]) waiting[name](data);
  };
  function load(name) {
    if (!files[name]) {
      files[name] = new Promise(function (resolve, reject) {
        if (arrived[name]) return resolve(arrived[name]);
        waiting[name] = resolve;
        var script = document.createElement("script");
        script.src = base + name + ".js";
        script.onerror = function () { delete files[name]; reject(new Error("the search index file " + name + " did not load")); };
        document.head.appendChild(script);
      });
    }
    return files[name];
  }

  // ------------------------------------------------------------------ the word rule

  /** The index term of a word under the index's rules, or null (too short, a stop word). */
  function term(word, rules) {
    var folded = fold(word);
    if (folded.length < rules.minTerm || rules.stop.indexOf(folded) >= 0) return null;
    return stem(folded, rules);
  }
  function fold(word) {
    return word.toLowerCase().normalize("NFD").replace(STRIPPED, "");
  }
  function stem(word, rules) {
    for (var i = 0; i < rules.suffixes.length; i++) {
      var suffix = rules.suffixes[i][0];
      if (word.length >= suffix.length && word.slice(word.length - suffix.length) === suffix) {
        var s = word.slice(0, word.length - suffix.length) + rules.suffixes[i][1];
        if (s.length >= rules.minStem) return s;
      }
    }
    return word;
  }
  /** Every word of a text with where it is: [{word, start, end}]. */
  function words(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  function terms(text, rules) {
    return words(text).map(function (w) { return term(w.word, rules); }).filter(function (t) { return t !== null; });
  }

  /** Edit distance with swaps of neighbours counted once (Damerau, optimal string alignment), or max + 1 when over max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = [], prev = [], row = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          row[j] = Math.min(row[j], prev2[j - 2] + 1);
        }
        best = Math.min(best, row[j]);
      }
      if (best > max) return max + 1;
      prev2 = prev; prev = row;
    }
    return prev[b.length];
  }
  /** Typos forgiven: none in short words, one from four letters, two from eight. */
  function typos(length) {
    return length >= 8 ? 2 : length >= 4 ? 1 : 0;
  }

  // ------------------------------------------------------------------ searching

  function shardFor(manifest, t) {
    var one = manifest.shards[t.slice(0, 1)];
    return one !== undefined ? one : manifest.shards[t.slice(0, 2)];
  }

  /** The query's words: [{term, prefix (folded word or null)}], the last one a prefix while it is still being typed. */
  function queryWords(query, rules) {
    var found = words(query), out = [], seen = {};
    var typing = !/\s$/.test(query);
    found.forEach(function (w, i) {
      var t = term(w.word, rules);
      if (t === null || seen[t]) return;
      seen[t] = true;
      out.push({ term: t, prefix: typing && i === found.length - 1 ? fold(w.word) : null });
    });
    return out;
  }

  /** The index terms a query word matches, each with how much it counts: exact, by prefix, or with a typo. */
  function matches(shard, word) {
    var out = [];
    if (!shard) return out;
    // Own keys only: a list may be a file number, 0 included, and a term may be "constructor".
    var exact = Object.prototype.hasOwnProperty.call(shard, word.term);
    if (exact) out.push({ term: word.term, weight: 1 });
    var max = typos(word.term.length);
    Object.keys(shard).forEach(function (t) {
      if (t === word.term) return;
      if (word.prefix && t.indexOf(word.prefix) === 0) {
        out.push({ term: t, weight: PREFIX });
      } else if (max > 0 && !exact && distance(word.term, t, max) <= max) {
        out.push({ term: t, weight: TYPO });
      }
    });
    return out;
  }

  /**
   * Ranks the entries for a query: those matching every word first, then by the sum over the
   * words of the best impact × match weight. PDFs are ranked by the best entry they print, at
   * half its score. Resolves to {ranked: [{entry, score, words, pdf?}], terms: {term: true}}.
   */
  function search(query) {
    return load("index").then(function (manifest) {
      var qwords = queryWords(query, manifest.words);
      var shards = qwords.map(function (w) { return shardFor(manifest, w.term); });
      return Promise.all(shards.map(function (s) { return s === undefined ? null : load("t/" + s); })).then(function (loaded) {
        var found = qwords.map(function (w, i) { return matches(loaded[i], w); });
        return Promise.all(found.map(function (ms, i) { return lists(loaded[i], ms); })).then(function (listed) {
          return rank(manifest, found, listed);
        });
      });
    });
  }
  /** The lists of the matched terms of a shard, loading those kept in files of their own (a number in the shard). */
  function lists(shard, found) {
    return Promise.all(found.map(function (m) {
      var list = shard[m.term];
      return typeof list === "number" ? load("l/" + list) : list;
    }));
  }
  function rank(manifest, found, listed) {
    var scores = new Float64Array(manifest.entries);
    var counts = new Uint8Array(manifest.entries);
    var matched = {};
    found.forEach(function (ms, i) {
      var best = new Float64Array(manifest.entries);
      ms.forEach(function (m, j) {
        matched[m.term] = true;
        var list = listed[i][j], entry = 0;
        for (var k = 0; k < list.length; k += 2) {
          entry += list[k];
          var score = list[k + 1] * m.weight;
          if (score > best[entry]) best[entry] = score;
        }
      });
      for (var e = 0; e < best.length; e++) {
        if (best[e] > 0) { scores[e] += best[e]; counts[e]++; }
      }
    });
    var ranked = [];
    for (var e = 0; e < scores.length; e++) {
      if (counts[e] > 0) ranked.push({ entry: e, score: scores[e], words: counts[e] });
    }
    ranked.sort(order);
    ranked = ranked.concat(pdfs(manifest, ranked)).sort(order);
    return { ranked: ranked, terms: matched, words: found.length };
  }
  function order(a, b) {
    return b.words - a.words || b.score - a.score || a.entry - b.entry || (a.pdf ? 1 : 0) - (b.pdf ? 1 : 0);
  }
  function pdfs(manifest, ranked) {
    var out = [];
    var groupOf = groupIndex(manifest);
    manifest.pdfs.forEach(function (pdf) {
      for (var i = 0; i < ranked.length; i++) {
        if (pdf.groups.indexOf(groupOf(ranked[i].entry)) >= 0) {
          out.push({ entry: ranked[i].entry, score: ranked[i].score * PDF, words: ranked[i].words, pdf: pdf });
          return;
        }
      }
    });
    return out;
  }
  /** Entry number → its page group (entries are numbered page by page). */
  function groupIndex(manifest) {
    if (!manifest.firsts) {
      manifest.firsts = [];
      var n = 0;
      manifest.groups.forEach(function (size) { manifest.firsts.push(n); n += size; });
    }
    return function (entry) {
      var lo = 0, hi = manifest.firsts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (manifest.firsts[mid] <= entry) lo = mid; else hi = mid - 1;
      }
      return lo;
    };
  }

  /** What a result shows: {kind, title, context, url, text} (a PDF's text is from the best entry it prints). */
  function describe(manifest, hit) {
    var group = groupIndex(manifest)(hit.entry);
    return load("d/" + group).then(function (data) {
      var e = data.e[hit.entry - manifest.firsts[group]];
      if (hit.pdf) {
        return { kind: "PDF", title: hit.pdf.title, context: hit.pdf.pages > 0 ? hit.pdf.pages + " pages" : "",
          url: hit.pdf.url, text: e[4] || e[1], within: e[1] };
      }
      return { kind: e[0], title: e[1], context: e[2], url: e[3], text: e[4] };
    });
  }

  // ------------------------------------------------------------------ showing results

  var input = form.querySelector("input[type=search]");
  var panel = document.querySelector("[data-search-results]");
  var status = panel.querySelector("[data-search-status]");
  var list = document.createElement("ol");
  list.className = "site-search-list";
  var more = document.createElement("button");
  more.type = "button";
  more.className = "site-search-more";
  more.textContent = "Show more results";
  panel.appendChild(list);
  panel.appendChild(more);
  more.hidden = true;

  var current = null;  // {query, result, shown}
  var serial = 0, typingTimer = 0, pauseTimer = 0;

  function href(url) {
    var parts = url.split("#");
    if (fromDisk && (parts[0] === "" || /\/$/.test(parts[0]))) parts[0] += "index.html";
    return root + parts.join("#");
  }

  /** Text with the words whose terms matched in <mark>, as DOM nodes (never HTML). */
  function marked(text, matchedTerms, rules) {
    var out = document.createDocumentFragment(), at = 0;
    words(text).forEach(function (w) {
      var t = term(w.word, rules);
      if (t !== null && matchedTerms[t]) {
        out.appendChild(document.createTextNode(text.slice(at, w.start)));
        var mark = document.createElement("mark");
        mark.textContent = w.word;
        out.appendChild(mark);
        at = w.end;
      }
    });
    out.appendChild(document.createTextNode(text.slice(at)));
    return out;
  }

  /** About 200 characters of the text around its first matched word. */
  function snippet(text, matchedTerms, rules) {
    var found = words(text), first = 0;
    for (var i = 0; i < found.length; i++) {
      var t = term(found[i].word, rules);
      if (t !== null && matchedTerms[t]) { first = i; break; }
    }
    var start = first > 6 ? found[first - 6].start : 0;
    var end = start + 200;
    var cut = end < text.length ? text.lastIndexOf(" ", end) : text.length;
    if (cut <= start) cut = Math.min(text.length, end);
    return (start > 0 ? "… " : "") + text.slice(start, cut) + (cut < text.length ? " …" : "");
  }

  function show(result, from, manifest, target) {
    var hits = result.ranked.slice(from, from + SHOWN);
    return Promise.all(hits.map(function (h) { return describe(manifest, h); })).then(function (shown) {
      var rules = manifest.words;
      shown.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = href(r.url);
        a.className = "site-search-title";
        a.appendChild(marked(r.title, result.terms, rules));
        li.appendChild(a);
        var where = document.createElement("p");
        where.className = "site-search-context";
        where.textContent = [r.kind, r.context].filter(Boolean).join(" · ");
        li.appendChild(where);
        if (r.text) {
          var p = document.createElement("p");
          p.className = "site-search-snippet";
          if (r.within) {
            p.appendChild(document.createTextNode("In “"));
            p.appendChild(marked(r.within, result.terms, rules));
            p.appendChild(document.createTextNode("”: "));
          }
          p.appendChild(marked(snippet(r.text, result.terms, rules), result.terms, rules));
          li.appendChild(p);
        }
        target.appendChild(li);
      });
      more.hidden = from + SHOWN >= result.ranked.length;
    });
  }

  function countText(n, query) {
    return n === 0 ? "No results for “" + query + "”" : n + (n === 1 ? " result" : " results") + " for “" + query + "”";
  }

  function run(query) {
    var mine = ++serial;
    query = query.replace(/^\s+/, "");
    if (query.trim() === "") {
      current = null;
      list.textContent = "";
      more.hidden = true;
      panel.classList.remove("open");
      return Promise.resolve();
    }
    return search(query).then(function (result) {
      if (mine !== serial) return;
      return load("index").then(function (manifest) {
        current = { query: query.trim(), result: result, shown: SHOWN };
        var fresh = document.createElement("ol");
        fresh.className = list.className;
        fresh.setAttribute("aria-label", "Search results");
        return show(result, 0, manifest, fresh).then(function () {
          if (mine !== serial) return;
          list.replaceWith(fresh);
          list = fresh;
          panel.classList.add("open");
          status.setAttribute("data-count", String(result.ranked.length));
        });
      });
    }).catch(function (error) {
      if (mine !== serial) return;
      status.textContent = "Search is not available: " + error.message;
    });
  }

  /** The count goes into the live region only once typing pauses, so it is announced once. */
  function announceLater() {
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(function () {
      var mine = serial;
      (pending || Promise.resolve()).then(function () {
        if (mine !== serial) return;
        status.textContent = current ? countText(current.result.ranked.length, current.query) : "";
      });
    }, PAUSE);
  }

  /** Starts loading what a query will need while the reader is still typing. */
  function prefetch(query) {
    load("index").then(function (manifest) {
      queryWords(query, manifest.words).forEach(function (w) {
        var shard = shardFor(manifest, w.term);
        if (shard === undefined) return;
        load("t/" + shard).then(function (terms) {
          if (Object.prototype.hasOwnProperty.call(terms, w.term) && typeof terms[w.term] === "number") load("l/" + terms[w.term]).catch(function () {});
        }).catch(function () {});
      });
    }).catch(function () {});
  }

  var pending = null;
  input.addEventListener("input", function () {
    prefetch(input.value);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { pending = run(input.value); }, TYPING);
    announceLater();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typingTimer);
    pending = run(input.value + " ");
    announceLater();
  });
  more.addEventListener("click", function () {
    if (!current) return;
    var first = current.shown;
    current.shown += SHOWN;
    load("index").then(function (manifest) { return show(current.result, first, manifest, list); }).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
      else more.focus();
    });
  });

  // Arrow keys move between the box and the results; Escape closes them and returns to the box.
  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }
  form.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === "Escape" && input.value) {
      input.value = "";
      run("");
      status.textContent = "";
    }
  });
  panel.addEventListener("keydown", function (event) {
    var all = links(), at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at >= 0 && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : all[at - 1]).focus();
    } else if (event.key === "Escape") {
      input.focus();
      input.value = "";
      run("");
      status.textContent = "";
    }
  });

  // For tests and for the rule file (src/test/resources/rules/search-terms.json).
  window.ToolkitSearch = { terms: terms, term: term, search: search, distance: distance, load: load };

  // This file loads when someone starts to use the box: the manifest is wanted next.
  prefetch(input.value);
  // Someone may have typed before this file arrived.
  if (input.value) {
    pending = run(input.value);
    announceLater();
  }
})();
