// Search page: pagefind's own UI, loaded from this site's pagefind/ folder. The query can
// come from the home page's search form (?q=…), which works without JavaScript up to here.
(function () {
  var root = document.getElementById("search");
  if (!root || typeof PagefindUI === "undefined") return;
  var ui = new PagefindUI({
    element: "#search",
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    translations: { placeholder: "输入企业名称、统一社会信用代码或关键词" },
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
  var hint = document.getElementById("search-nojs");
  if (hint) hint.hidden = true;
})();
