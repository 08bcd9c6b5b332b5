// Search page: a small script over pagefind's JS API (pagefind/pagefind.js). Hand-written
// instead of pagefind's ready-made UI because that is 120 KB of script plus its CSS for
// filters, images, sub-results and translations this page does not use, and the site is read
// on slow phones. No build step, no framework; no inline code or eval (the CSP forbids them).
//
// The query can come from the home page's form (?q=…), which works without JavaScript up to
// here. Only the results shown are fetched: each result's data() loads its own fragment.
(function () {
  "use strict";
  var PAGE = 10; // results shown at once, and per "load more"
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!form || !input || !status || !list || !more) return;

  var loading = null; // pagefind's module, imported once on first use
  var results = []; // the current query's results, in pagefind's order
  var shown = 0;
  var generation = 0; // bumped by every query: answers to an older one are dropped

  function pagefind() {
    if (!loading) {
      // The root is relative to this page (data-root="../"), so the site works under any
      // sub-path; result URLs are indexed from the root ("/subjects/…/") and get its path.
      var root = new URL(form.getAttribute("data-root") || "../", location.href);
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (pf) {
        var set = pf.options({ baseUrl: root.pathname, excerptLength: 24 });
        return Promise.resolve(set).then(function () {
          return pf;
        });
      });
    }
    return loading;
  }

  function say(text) {
    status.textContent = text;
  }

  function clear() {
    results = [];
    shown = 0;
    list.textContent = "";
    more.hidden = true;
  }

  function failed() {
    loading = null; // a later query tries again (a dropped connection on a phone)
    say("搜索暂时无法使用，请稍后再试，或按名单、领域浏览。");
  }

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    li.appendChild(link);
    if (data.excerpt) {
      var excerpt = document.createElement("p");
      // pagefind's own HTML: the text with < and > escaped, the query words in <mark>.
      excerpt.innerHTML = data.excerpt;
      li.appendChild(excerpt);
    }
    return li;
  }

  function showMore() {
    var mine = generation;
    var first = shown === 0;
    var page = results.slice(shown, shown + PAGE);
    shown += page.length;
    more.hidden = true;
    return Promise.all(
      page.map(function (r) {
        return r.data();
      })
    ).then(
      function (datas) {
        if (mine !== generation) return;
        var items = datas.map(item);
        items.forEach(function (li) {
          list.appendChild(li);
        });
        more.hidden = shown >= results.length;
        // The button just pressed may be gone: keep keyboard users where the new results start.
        if (!first && items.length) items[0].firstChild.focus();
      },
      function () {
        if (mine !== generation) return;
        shown -= page.length; // the button fetches the same results again
        more.hidden = false;
        say("部分结果未能加载，请检查网络后点击“显示更多结果”重试。");
      }
    );
  }

  function run(query, debounce) {
    var mine = ++generation;
    query = query.trim();
    if (!query) {
      clear();
      say("");
      return;
    }
    say("正在搜索…");
    pagefind()
      .then(function (pf) {
        return debounce ? pf.debouncedSearch(query) : pf.search(query);
      })
      .then(function (search) {
        // null: a newer debounced search replaced this one.
        if (!search || mine !== generation) return;
        clear();
        results = search.results;
        say(
          results.length
            ? "找到 " + results.length + " 条与“" + query + "”相关的结果。"
            : "没有找到与“" + query + "”相关的结果。请检查名称或统一社会信用代码，或按名单、领域浏览。"
        );
        return showMore();
      })
      .catch(function () {
        if (mine === generation) failed();
      });
  }

  function remember(query) {
    // The address keeps the query: reload, back from a result and a shared link all show it.
    var url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query.trim());
    else url.searchParams.delete("q");
    history.replaceState(null, "", url.href);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    remember(input.value);
    run(input.value, false);
  });
  input.addEventListener("input", function () {
    remember(input.value);
    run(input.value, true);
  });
  more.addEventListener("click", function () {
    showMore();
  });

  form.hidden = false;
  var hint = document.getElementById("search-nojs");
  if (hint) hint.hidden = true;
  var q = new URLSearchParams(location.search).get("q");
  if (q) {
    input.value = q;
    run(q, false);
  }
})();
