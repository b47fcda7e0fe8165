// Broadsheet most-read box: fills the article page's box from its edition's most-read list, a small JSON
// file that an analytics export can change without any page being built again. Without scripts, or when
// the list is empty or cannot be fetched, the box stays hidden.
(function () {
  "use strict";
  var SHOWN = 5;
  var box = document.getElementById("most-read");
  if (!box || !window.fetch) { return; }
  fetch(box.getAttribute("data-list"), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : { articles: [] }; })
    .then(function (list) {
      var here = location.pathname;
      var items = (list.articles || []).filter(function (article) {
        return typeof article.href === "string" && typeof article.title === "string" && article.href !== here;
      }).slice(0, SHOWN);
      if (items.length === 0) { return; }
      var ol = box.querySelector("ol");
      items.forEach(function (article) {
        var link = document.createElement("a");
        link.href = article.href;
        link.textContent = article.title;
        var li = document.createElement("li");
        li.appendChild(link);
        ol.appendChild(li);
      });
      box.hidden = false;
    })
    .catch(function () { /* the box stays hidden */ });
})();
