// Site search, the index (docs/search.md): loads the files the build wrote
// (org.toolkitpress.search) as scripts, since a browser refuses to fetch files from disk but runs
// scripts: the manifest on the first query, then one shard per word (and the lists kept apart of
// the terms it matches), and one display file per page shown. It applies the word rule that comes
// with the index, the one the build used, and ranks by adding up the impacts the build worked out.
// search.js (the box and its results) uses it; site.js loads both when the box is first used.
(function () {
  "use strict";
  if (window.ToolkitSearchIndex) return;

  var PREFIX = 0.6, TYPO = 0.4, PDF = 0.5; // how much a looser match counts, against an exact one
  var WORD = /[\p{L}\p{N}\p{M}'’]+/gu;
  var STRIPPED = /[\p{M}'’]+/gu;

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

  // ------------------------------------------------------------------ ranking

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
    return function (entry) { return lastAtMost(manifest.firsts, entry); };
  }
  /** The position of the last of the ascending numbers that is at most n. */
  function lastAtMost(numbers, n) {
    var lo = 0, hi = numbers.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (numbers[mid] <= n) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // ------------------------------------------------------------------ loading index files

  /** The index in the folder at base (ending in "/"), its files loaded as they are needed. */
  window.ToolkitSearchIndex = function (base) {
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
          script.onerror = function () {
            delete files[name];
            // The file's name goes to search.js, which words the reason (search.unavailable.not-loaded).
            var failed = new Error("the search index file " + name + " did not load");
            failed.indexFile = name;
            reject(failed);
          };
          document.head.appendChild(script);
        });
      }
      return files[name];
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

    /** What a result shows: {kind, title, context, url, text} (a PDF's text is from the best entry it prints). */
    function describe(manifest, hit) {
      // The interface strings (strings.js): the page's own words, which a project or brand may change.
      var say = window.ToolkitStrings.text;
      // A display file holds the entries of consecutive pages; the manifest names the first of each.
      var file = lastAtMost(manifest.docs, hit.entry);
      return load("d/" + file).then(function (data) {
        var e = data.e[hit.entry - manifest.docs[file]];
        if (hit.pdf) {
          return { kind: say("search.pdf"), title: hit.pdf.title,
            context: hit.pdf.pages > 0 ? say("search.pdf-pages", { count: hit.pdf.pages }) : "",
            url: hit.pdf.url, text: e[4] || e[1], within: e[1] };
        }
        return { kind: e[0], title: e[1], context: e[2], url: e[3], text: e[4] };
      });
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

    return { load: load, search: search, describe: describe, prefetch: prefetch };
  };
  window.ToolkitSearchIndex.words = words;
  window.ToolkitSearchIndex.term = term;
  window.ToolkitSearchIndex.terms = terms;
  window.ToolkitSearchIndex.distance = distance;
})();
