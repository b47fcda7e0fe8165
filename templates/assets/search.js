// Broadsheet search: reads ?q= from the address, fetches only the index shards of its tokens, and
// shows the best articles. The tokenizer mirrors org.broadsheet.search.Tokenizer (a test compares
// them). Works on any static host; no framework, nothing from the internet.
(function (root) {
  "use strict";

  function stem(word) {
    if (word.length > 4 && word.endsWith("ies")) { return word.slice(0, -3) + "y"; }
    if (word.length > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") ||
        word.endsWith("xes"))) { return word.slice(0, -2); }
    if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") &&
        !word.endsWith("is")) { return word.slice(0, -1); }
    return word;
  }

  function tokens(text) {
    var normalized = text.normalize("NFKC").toLowerCase().replace(/(\p{L})['’]s(?![\p{L}\p{Nd}])/gu, "$1");
    var out = [];
    var run = "";
    var hangulRun = false;
    function flush() {
      if (hangulRun) {
        if (run.length === 1) { out.push(run); }
        for (var i = 0; i + 1 < run.length; i++) { out.push(run.substring(i, i + 2)); }
      } else {
        out.push(stem(run));
      }
      run = "";
    }
    for (var i = 0; i <= normalized.length; i++) {
      var c = i < normalized.length ? normalized.charAt(i) : " ";
      var code = c.charCodeAt(0);
      var hangul = code >= 0xAC00 && code <= 0xD7A3;
      var word = !hangul && /[\p{L}\p{Nd}]/u.test(c);
      if (run.length > 0 && (hangul !== hangulRun || !(hangul || word))) { flush(); }
      if (hangul || word) { run += c; hangulRun = hangul; }
    }
    return out;
  }

  function shard(token, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      hash ^= token.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  }

  // Scores documents: the weights of every query token summed; documents lacking a token rank
  // after those that have them all; ties go to the newest (the lowest document number).
  function rank(queryTokens, postings) {
    var scores = new Map();
    var unique = Array.from(new Set(queryTokens));
    unique.forEach(function (token) {
      // per document, its gap from the one before (the first from 0) when the token weighs 1 there,
      // else -(gap + 1) followed by the weight
      var list = postings[token] || [];
      for (var i = 0, doc = 0; i < list.length; i++) {
        var weight = 1;
        if (list[i] < 0) {
          doc += -list[i] - 1;
          weight = list[++i];
        } else {
          doc += list[i];
        }
        var s = scores.get(doc) || { score: 0, hits: 0 };
        s.score += weight;
        s.hits += 1;
        scores.set(doc, s);
      }
    });
    return Array.from(scores.entries()).sort(function (a, b) {
      return (b[1].hits - a[1].hits) || (b[1].score - a[1].score) || (a[0] - b[0]);
    }).map(function (e) { return e[0]; });
  }

  // Runs a query against an index whose files `load(path)` returns as parsed JSON (a Promise).
  function search(query, meta, load) {
    var queryTokens = tokens(query);
    var shards = Array.from(new Set(queryTokens.map(function (t) { return shard(t, meta.shards); })));
    return Promise.all(shards.map(function (n) { return load("terms-" + n + ".json"); })).then(function (parts) {
      var postings = {};
      parts.forEach(function (part) { Object.keys(part).forEach(function (t) { postings[t] = part[t]; }); });
      var ids = rank(queryTokens, postings).slice(0, 30);
      var docShards = Array.from(new Set(ids.map(function (id) { return Math.floor(id / meta.docsPerShard); })));
      return Promise.all(docShards.map(function (n) { return load("docs-" + n + ".json").then(function (d) { return [n, d]; }); }))
        .then(function (loaded) {
          var docs = new Map(loaded);
          return ids.map(function (id) {
            var d = docs.get(Math.floor(id / meta.docsPerShard))[id % meta.docsPerShard];
            return { url: d[0], title: d[1], kicker: d[2], date: d[3], summary: d[4] };
          });
        });
    });
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  // Wraps the words of the query in <mark>, on escaped text.
  function highlight(text, query) {
    var html = escapeHtml(text || "");
    query.split(/\s+/).filter(function (w) { return w.length > 0; }).forEach(function (w) {
      var safe = escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      html = html.replace(new RegExp("(" + safe + ")", "giu"), "<mark>$1</mark>");
    });
    return html;
  }

  var api = { tokens: tokens, shard: shard, rank: rank, search: search, highlight: highlight };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; }
  if (typeof document === "undefined") { return; }

  var form = document.getElementById("search-page");
  if (!form) { return; }
  var base = form.getAttribute("data-index");
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  if (!query.trim()) { return; }
  function load(name) {
    return fetch(base + name).then(function (r) { return r.json(); });
  }
  load("meta.json").then(function (meta) {
    return search(query, meta, load).then(function (results) {
      status.textContent = (results.length ? form.getAttribute("data-found") : form.getAttribute("data-none"))
        .replace("{0}", results.length).replace("{1}", query);
      list.innerHTML = results.map(function (r) {
        return "<li><article class=\"card\">" + (r.kicker ? "<p class=\"kicker\">" + escapeHtml(r.kicker) + "</p>" : "") +
          "<h2 class=\"card-title\"><a href=\"" + escapeHtml(r.url) + "\">" + highlight(r.title, query) + "</a></h2>" +
          "<p class=\"card-summary\">" + highlight(r.summary, query) + "</p>" +
          "<p class=\"card-meta\">" + escapeHtml(r.date) + "</p></article></li>";
      }).join("");
    });
  }).catch(function () { status.textContent = form.getAttribute("data-error"); });
})(this);
