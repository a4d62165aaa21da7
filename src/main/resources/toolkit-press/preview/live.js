// Served by `toolkit serve` only, never part of a built site: reloads this tab when a new build
// is ready, and lets the reader hide the problems panel.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script && script.getAttribute("data-build");
  var panel = document.getElementById("toolkit-preview-problems");
  if (panel) {
    var hide = panel.querySelector("[data-toolkit-hide]");
    if (hide) {
      hide.addEventListener("click", function () { panel.hidden = true; });
    }
  }
  if (!window.EventSource) return;
  var events = new EventSource("/__toolkit/events");
  events.addEventListener("build", function (e) {
    if (e.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
