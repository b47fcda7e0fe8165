// Broadsheet preview: reloads the page after each rebuild and shows build problems over it.
// Served only by the preview server; never part of a built site.
(function () {
  "use strict";
  var OVERLAY = "broadsheet-problems";

  function showProblems(problems) {
    var old = document.getElementById(OVERLAY);
    if (old) { old.remove(); }
    if (!problems.length) { return; }
    var box = document.createElement("div");
    box.id = OVERLAY;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;" +
      "background:#2b0b0b;color:#ffe9e6;font:14px/1.5 ui-monospace,monospace;padding:16px 20px;" +
      "border-top:4px solid #ff6b5b;white-space:pre-wrap";
    var title = document.createElement("strong");
    title.textContent = problems.length + (problems.length === 1 ? " problem" : " problems") +
      " — the page shows the last good build. Fix and save:";
    box.appendChild(title);
    problems.forEach(function (text) {
      var line = document.createElement("div");
      line.textContent = text;
      box.appendChild(line);
    });
    document.body.appendChild(box);
  }

  var events = new EventSource("/_broadsheet/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { showProblems(JSON.parse(e.data)); });
  window.broadsheetShowProblems = showProblems;
})();
