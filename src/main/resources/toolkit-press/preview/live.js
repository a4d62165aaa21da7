// Served by `toolkit serve` only, never part of a built site. Keeps this tab on the latest
// build and lets the reader hide the problems panel.
//
// When a build changes only this page's <main> (the usual edit: one page's text), the new
// <main> is fetched and put in place of the old one, so the tab does not reload: no stylesheet,
// font or script is fetched or parsed again and the reader keeps their scroll position. Scripts
// inside the new <main> (audit.js on audit pages) run again for the new elements; audit answers
// are saved on every keystroke and come back from this device's storage. Anything else (the
// stylesheets or scripts changed, the menu, the page's head, the page is gone) reloads the tab.
// The server marks each page with what it was built from: data-build (the build), data-assets
// (the build that last changed a stylesheet, script, font or image) and data-frame (a digest of
// everything outside <main>).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var shown = {
    build: script.getAttribute("data-build"),
    assets: script.getAttribute("data-assets"),
    frame: script.getAttribute("data-frame")
  };
  var PANEL = "toolkit-preview-problems";
  var latest = shown.build;
  var busy = false;

  function bindPanel() {
    var panel = document.getElementById(PANEL);
    var hide = panel && panel.querySelector("[data-toolkit-hide]");
    if (hide) {
      hide.addEventListener("click", function () { panel.hidden = true; });
    }
  }
  bindPanel();
  if (!window.EventSource || !window.fetch || !window.DOMParser) return;

  // One polite status message, outside <main> so it survives the swap. Its text is set anew
  // (cleared first) so the same words are announced again on the next save.
  var status;
  function announce(text) {
    if (!status) {
      status = document.createElement("div");
      status.id = "toolkit-preview-status";
      status.setAttribute("role", "status");
      status.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
      script.parentNode.insertBefore(status, script);
    }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function reload() {
    events.close();
    window.location.reload();
  }

  // A script parsed by DOMParser never runs, even once it is in this document: run a fresh copy.
  // A script made here is async whatever its defer says, so each would run as soon as it
  // arrived, an audit page's audit.js before the rules it uses when the machine is busy:
  // async = false runs them in document order, as the page's own load did.
  function runScripts(root) {
    Array.prototype.forEach.call(root.querySelectorAll("script"), function (old) {
      var fresh = document.createElement("script");
      Array.prototype.forEach.call(old.attributes, function (a) { fresh.setAttribute(a.name, a.value); });
      fresh.async = false;
      fresh.textContent = old.textContent;
      old.parentNode.replaceChild(fresh, old);
    });
  }

  function swap(html) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var marks = next.querySelector('script[src="/__toolkit/live.js"]');
    var main = document.getElementById("main");
    var nextMain = next.getElementById("main");
    if (!marks || !main || !nextMain || marks.getAttribute("data-frame") !== shown.frame
        || marks.getAttribute("data-assets") !== shown.assets) {
      return false;
    }
    var focused = document.activeElement && main.contains(document.activeElement) ? document.activeElement.id : "";
    var fresh = document.importNode(nextMain, true);
    main.parentNode.replaceChild(fresh, main);
    runScripts(fresh);
    // Keyboard and screen reader users stay where they were, and hear that the page changed.
    var again = focused && document.getElementById(focused);
    if (again) again.focus({ preventScroll: true });
    announce("Preview updated");
    var panel = document.getElementById(PANEL);
    if (panel) panel.parentNode.removeChild(panel);
    var nextPanel = next.getElementById(PANEL);
    if (nextPanel) {
      script.parentNode.insertBefore(document.importNode(nextPanel, true), script);
      bindPanel();
    }
    shown.build = marks.getAttribute("data-build");
    // The next frame is when the new text is painted; tests read this mark to time a save.
    window.requestAnimationFrame(function () {
      if (performance.mark) performance.mark("toolkit-preview-shown");
    });
    return true;
  }

  // Build tags are "<preview run>.<build number>"; a tab can only be behind within one run.
  function behind() {
    return Number(latest.split(".")[1]) > Number(shown.build.split(".")[1]);
  }

  function update() {
    if (busy || !behind()) return;
    busy = true;
    var url = window.location.pathname + window.location.search;
    fetch(url, { cache: "no-store", credentials: "same-origin" }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok || response.redirected || type.indexOf("text/html") !== 0) return null;
      return response.text();
    }).then(function (html) {
      busy = false;
      if (html === null || !swap(html)) {
        reload();
        return;
      }
      update();
    }, function () {
      busy = false;
      reload();
    });
  }

  var events = new EventSource("/__toolkit/events");
  events.addEventListener("build", function (e) {
    var now;
    try {
      now = JSON.parse(e.data);
    } catch (notJson) {
      return;
    }
    if (now.build === shown.build) return;
    if (now.assets !== shown.assets) {
      reload();
      return;
    }
    latest = now.build;
    update();
  });
})();
