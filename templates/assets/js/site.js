// Progressive enhancement for every page. The site works without this file.
(function () {
  "use strict";
  // Pretty URLs end in "/"; a browser reading the site from disk shows a folder listing for
  // those, so there we point links at the folder's index.html instead.
  // The site navigation is a disclosure on small screens and an always-open sidebar on wide
  // ones (site.css does that without JavaScript). Here its open state follows what is shown, so
  // assistive technology, find-in-page and test drivers agree with the screen. The width is the
  // sidebar breakpoint in site.css.
  var wide = window.matchMedia ? window.matchMedia("(min-width: 60em)") : null;
  function syncNavigation() {
    document.querySelectorAll("details.site-nav-menu").forEach(function (menu) {
      menu.open = wide.matches;
    });
  }
  if (wide) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", syncNavigation);
    } else {
      syncNavigation();
    }
    if (wide.addEventListener) {
      wide.addEventListener("change", syncNavigation);
    }
  }

  // Site search: its scripts (and, through them, the index) load only when someone starts to use
  // the search box, so a page that is only read downloads nothing for search. The form names them
  // in the order they must run; they download side by side (not async, so they run in order).
  function startSearch(event) {
    var form = event.target.closest && event.target.closest("form[data-search-scripts]");
    if (!form || form.hasAttribute("data-search-started")) return;
    form.setAttribute("data-search-started", "");
    form.getAttribute("data-search-scripts").split(" ").forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  document.addEventListener("focusin", startSearch);
  document.addEventListener("input", startSearch);

  if (window.location.protocol === "file:") {
    document.addEventListener("DOMContentLoaded", function () {
      document.querySelectorAll("a[href]").forEach(function (a) {
        var href = a.getAttribute("href");
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
        var parts = href.split("#");
        if (parts[0] === "" ) return;
        if (/\/$/.test(parts[0]) || parts[0] === "." || parts[0] === "..") {
          parts[0] = parts[0].replace(/\/?$/, "/") + "index.html";
          a.setAttribute("href", parts.join("#"));
        }
      });
    });
  }
})();
