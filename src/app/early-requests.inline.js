/* global document, window, fetch, URL */
// Requests the data while the app's code downloads (see src/app/early-requests.ts). A file, not
// an inline script, so the Content-Security-Policy can forbid inline scripts altogether.
(function () {
  var base = new URL(".", document.currentScript.src).href;
  function fetchFile(url) {
    return fetch(url, { cache: "no-cache" }).then(function (r) {
      return r.text().then(function (text) {
        return { ok: r.ok, status: r.status, statusText: r.statusText, text: text };
      });
    });
  }
  window.__atlasEarly = {
    graph: fetchFile(base + "graph.json"),
    layouts: fetchFile(base + "layout.json"),
  };
})();
