// Broadsheet preview: reloads the page when the site changes and shows build problems over it.
// Served only by the preview server; never part of a built site.
//
// Browsers open at most six connections to a host, so one event stream per tab would leave the seventh
// tab waiting forever. The tabs of a browser share one stream instead: the tab holding a Web Lock listens
// and passes each state on to the others over a BroadcastChannel; when it closes, another takes the lock.
(function () {
  "use strict";
  var OVERLAY = "broadsheet-problems";
  var NAME = "broadsheet-preview";
  var page = JSON.parse(document.getElementById(NAME).textContent);

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

  // the site's state: a page of another version is out of date
  function apply(state) {
    if (state.version !== page.version) {
      location.reload();
    } else {
      showProblems(state.problems);
    }
  }

  function listen(onState) {
    var events = new EventSource("/_broadsheet/events");
    events.addEventListener("state", function (e) { onState(JSON.parse(e.data)); });
  }

  showProblems(page.problems);
  if (!("BroadcastChannel" in window) || !navigator.locks) {
    listen(apply);
    return;
  }
  var channel = new BroadcastChannel(NAME);
  var latest = null;
  channel.onmessage = function (e) {
    if (e.data === "ask") {
      if (latest) { channel.postMessage(latest); }
    } else {
      apply(e.data);
    }
  };
  navigator.locks.request(NAME, function () {
    // held until this page goes away
    return new Promise(function () {
      listen(function (state) {
        latest = state;
        channel.postMessage(state);
        apply(state);
      });
    });
  });
  // a tab opened after the last change asks the listening tab for the state
  channel.postMessage("ask");
})();
