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

  // The articles that have every token of the query, best first. A token's weight in an article tells
  // where it is: 4 in the headline, 2 in the kicker or summary, 1 in the body, added up as bits. An
  // article ranks by the least of its tokens' highest places: all in the headline first, then all at
  // least in the kicker or summary, then the rest; ties go to the newest (the lowest document number).
  function rank(queryTokens, postings) {
    var unique = Array.from(new Set(queryTokens));
    var places = new Map();
    unique.forEach(function (token, n) {
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
        var place = weight & 4 ? 3 : weight & 2 ? 2 : 1;
        var seen = places.get(doc);
        if (n === 0) {
          places.set(doc, { place: place, tokens: 1 });
        } else if (seen && seen.tokens === n) {
          seen.place = Math.min(seen.place, place);
          seen.tokens = n + 1;
        }
      }
    });
    var found = [];
    places.forEach(function (seen, doc) { if (seen.tokens === unique.length) { found.push([doc, seen.place]); } });
    return found.sort(function (a, b) { return (b[1] - a[1]) || (a[0] - b[0]); }).map(function (e) { return e[0]; });
  }

  // Runs a query against an index whose files `load(path)` returns as parsed JSON (a Promise): the
  // numbers of every matching article, best first.
  function search(query, meta, load) {
    var queryTokens = tokens(query);
    var shards = Array.from(new Set(queryTokens.map(function (t) { return shard(t, meta.shards); })));
    return Promise.all(shards.map(function (n) { return load("terms-" + n + ".json"); })).then(function (parts) {
      var postings = {};
      parts.forEach(function (part) { Object.keys(part).forEach(function (t) { postings[t] = part[t]; }); });
      return queryTokens.length ? rank(queryTokens, postings) : [];
    });
  }

  // The articles of the numbers `ids`, in that order: fetches only their blocks of documents.
  function documents(ids, meta, load) {
    var blocks = Array.from(new Set(ids.map(function (id) { return Math.floor(id / meta.docsPerShard); })));
    return Promise.all(blocks.map(function (n) { return load("docs-" + n + ".json").then(function (d) { return [n, d]; }); }))
      .then(function (loaded) {
        var docs = new Map(loaded);
        return ids.map(function (id) {
          var d = docs.get(Math.floor(id / meta.docsPerShard))[id % meta.docsPerShard];
          return { url: d[0], title: d[1], kicker: d[2], date: d[3], summary: d[4] };
        });
      });
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  // Marks in <mark>, on escaped text, every form of the query's words that the search matched: a word
  // whose token is one of the query's ("Ferries", "ferry's" for "ferry"), and in Korean every run of
  // syllables whose bigrams are the query's ("취약점은" marks "취약점").
  function highlight(text, query) {
    text = text || "";
    var wanted = new Set(tokens(query));
    var marked = new Array(text.length).fill(false);
    var i = 0;
    while (i < text.length) {
      var kind = charKind(text, i);
      if (!kind) { i++; continue; }
      var start = i;
      while (i < text.length && charKind(text, i) === kind) { i++; }
      if (kind === "word") {
        var word = text.substring(start, i).normalize("NFKC").toLowerCase();
        if (wanted.has(stem(word))) { marked.fill(true, start, i); }
      } else if (i - start === 1) {
        if (wanted.has(text.charAt(start))) { marked[start] = true; }
      } else {
        for (var k = start; k + 1 < i; k++) {
          if (wanted.has(text.substring(k, k + 2))) { marked[k] = true; marked[k + 1] = true; }
        }
      }
    }
    var html = "";
    for (var j = 0; j < text.length;) {
      var end = j;
      while (end < text.length && marked[end] === marked[j]) { end++; }
      var part = escapeHtml(text.substring(j, end));
      html += marked[j] ? "<mark>" + part + "</mark>" : part;
      j = end;
    }
    return html;
  }

  // "hangul" for a Hangul syllable, "word" for another letter or digit (and the low half of a pair
  // that makes one), else null.
  function charKind(text, i) {
    var code = text.charCodeAt(i);
    if (code >= 0xAC00 && code <= 0xD7A3) { return "hangul"; }
    if (code >= 0xDC00 && code <= 0xDFFF && i > 0) { return charKind(text, i - 1); }
    var c = code >= 0xD800 && code <= 0xDBFF ? text.substring(i, i + 2) : text.charAt(i);
    return /[\p{L}\p{Nd}]/u.test(c.normalize("NFKC")) ? "word" : null;
  }

  var api = { tokens: tokens, shard: shard, rank: rank, search: search, documents: documents, highlight: highlight };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; }
  if (typeof document === "undefined") { return; }

  var form = document.getElementById("search-page");
  if (!form) { return; }
  var PAGE = 20;
  var base = form.getAttribute("data-index");
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var query = new URLSearchParams(location.search).get("q") || "";
  input.value = query;
  if (!query.trim()) { return; }
  function load(name) {
    return fetch(base + name).then(function (r) { return r.json(); });
  }
  function text(name, count) {
    var one = form.getAttribute(name + "-one");
    return (count === 1 && one ? one : form.getAttribute(name)).replace("{0}", count).replace("{1}", query);
  }
  load("meta.json").then(function (meta) {
    return search(query, meta, load).then(function (ids) {
      status.textContent = ids.length ? text("data-found", ids.length) : text("data-none", 0);
      var shown = 0;
      // shows the next page of results; the first of them takes the focus when the reader asked for more
      function next(focus) {
        var page = ids.slice(shown, shown + PAGE);
        return documents(page, meta, load).then(function (results) {
          results.forEach(function (r, n) {
            var item = document.createElement("li");
            item.innerHTML = "<article class=\"card\">" + (r.kicker ? "<p class=\"kicker\">" + escapeHtml(r.kicker) + "</p>" : "") +
              "<h2 class=\"card-title\"><a href=\"" + escapeHtml(r.url) + "\">" + highlight(r.title, query) + "</a></h2>" +
              "<p class=\"card-summary\">" + highlight(r.summary, query) + "</p>" +
              "<p class=\"card-meta\">" + escapeHtml(r.date) + "</p></article>";
            list.appendChild(item);
            if (focus && n === 0) { item.querySelector("a").focus(); }
          });
          shown += page.length;
          var rest = ids.length - shown;
          more.hidden = rest === 0;
          more.textContent = text("data-more", Math.min(PAGE, rest));
        });
      }
      more.addEventListener("click", function () { next(true); });
      return next(false);
    });
  }).catch(function () { status.textContent = form.getAttribute("data-error"); });
})(this);
