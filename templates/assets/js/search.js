// Site search, the box and its results (docs/search.md). site.js loads search-index.js (reading
// the index and ranking) and then this file when someone starts to use the search box. Here:
// results with marked snippets, "Show more results", the keyboard, and the count announced once
// typing pauses.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form || window.ToolkitSearch) return;

  var SHOWN = 10;          // results shown at first, and added by "Show more results"
  var TYPING = 150;        // ms after a keystroke before searching
  var PAUSE = 1000;        // ms after the last keystroke before the count is announced

  var root = form.getAttribute("data-search-root");
  var fromDisk = window.location.protocol === "file:";
  var index = window.ToolkitSearchIndex(form.getAttribute("data-search"));
  var load = index.load, words = window.ToolkitSearchIndex.words, term = window.ToolkitSearchIndex.term;
  // The interface strings (strings.js): the page's own words, which a project or brand may change.
  var say = window.ToolkitStrings.text;

  var input = form.querySelector("input[type=search]");
  var panel = document.querySelector("[data-search-results]");
  var status = panel.querySelector("[data-search-status]");
  var list = document.createElement("ol");
  list.className = "site-search-list";
  var more = document.createElement("button");
  more.type = "button";
  more.className = "site-search-more";
  more.textContent = say("search.more");
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
    return Promise.all(hits.map(function (h) { return index.describe(manifest, h); })).then(function (shown) {
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
            // The section's name is marked up, so the message is cut where it goes.
            var within = say("search.within", { section: "\u0000" }).split("\u0000");
            p.appendChild(document.createTextNode(within[0]));
            p.appendChild(marked(r.within, result.terms, rules));
            p.appendChild(document.createTextNode(within[1]));
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
    // An empty result says what to try next, not only that nothing was found.
    return n === 0 ? say("search.none", { query: query }) : say("search.count", { count: n, query: query });
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
    return index.search(query).then(function (result) {
      if (mine !== serial) return;
      return load("index").then(function (manifest) {
        current = { query: query.trim(), result: result, shown: SHOWN };
        var fresh = document.createElement("ol");
        fresh.className = list.className;
        fresh.setAttribute("aria-label", say("search.results"));
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
      // An index file that did not load is worded; any other fault is a bug, told to the console.
      if (!(error && error.indexFile) && window.console) console.error(error);
      status.textContent = say("search.unavailable", { reason: error && error.indexFile
        ? say("search.unavailable.not-loaded", { file: error.indexFile }) : say("search.unavailable.fault") });
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


  var pending = null;
  input.addEventListener("input", function () {
    index.prefetch(input.value);
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
  window.ToolkitSearch = { terms: window.ToolkitSearchIndex.terms, term: term, search: index.search,
    distance: window.ToolkitSearchIndex.distance, load: load };

  // This file loads when someone starts to use the box: the manifest is wanted next.
  index.prefetch(input.value);
  // Someone may have typed before this file arrived.
  if (input.value) {
    pending = run(input.value);
    announceLater();
  }
})();
