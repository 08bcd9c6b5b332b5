// Material for MkDocs inlines these helpers in every page; the site's CSP forbids inline
// scripts, so they load from this file. The storage scope is the site root, found from this
// script's own address (assets/creditsite/md-init.js), so it works from any folder.
__md_scope = new URL("../../", document.currentScript.src);
__md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(a.pathname + "." + e, JSON.stringify(_));
  } catch (e) {}
};
