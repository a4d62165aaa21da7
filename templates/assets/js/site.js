// Progressive enhancement for every page. The site works without this file.
(function () {
  "use strict";
  // Pretty URLs end in "/"; a browser reading the site from disk shows a folder listing for
  // those, so there we point links at the folder's index.html instead.
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
