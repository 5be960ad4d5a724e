/* global window, document, location, navigator */
// Shows the prerendered first view (first-view.tsx, put in index.html by scripts/prerender.ts)
// as soon as graph.json and layout.json have arrived, while the app's code is still loading; the
// app then hydrates it. vite.config.ts inlines this file after <div id="root"> (without these
// comments) and allows exactly this script in the Content-Security-Policy by its hash.
//
// The markup is shown only for the view it was rendered for: the default view (no URL state), in
// the language the app will start in, of the very graph.json and layout.json it was rendered
// from, and only if the app has not rendered yet. Otherwise the app renders the page itself.
(function () {
  var early = window.__atlasEarly;
  var root = document.getElementById("root");
  if (!early || !root || location.search || location.hash) return;
  // As initialLanguage (src/i18n/useT.ts) decides when the URL has no `lang`.
  var remembered = early.language === "en" || early.language === "fr" ? early.language : null;
  var browser =
    String(navigator.language || "")
      .toLowerCase()
      .indexOf("fr") === 0
      ? "fr"
      : "en";
  var lang = remembered || browser;
  var template = document.querySelector('template[data-first-view="' + lang + '"]');
  if (!template) return;

  // As hash32 (src/core/extract/ids.ts).
  function hash32(text) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return ("000000" + (hash >>> 0).toString(36)).slice(-7);
  }

  // As React Flow's getViewportForBounds with a numeric padding (the chart's first fit),
  // rounding included.
  function fitViewport(fit, width, height) {
    var padX = Math.floor((width - width / (1 + fit.padding)) * 0.5);
    var padY = Math.floor((height - height / (1 + fit.padding)) * 0.5);
    var b = fit.bounds;
    var zoom = Math.min((width - 2 * padX) / b.width, (height - 2 * padY) / b.height);
    zoom = Math.min(Math.max(zoom, fit.minZoom), fit.maxZoom);
    var x = width / 2 - (b.x + b.width / 2) * zoom;
    var y = height / 2 - (b.y + b.height / 2) * zoom;
    var left = Math.floor(b.x * zoom + x);
    var top = Math.floor(b.y * zoom + y);
    var right = Math.floor(width - ((b.x + b.width) * zoom + x));
    var bottom = Math.floor(height - ((b.y + b.height) * zoom + y));
    return {
      x: x - Math.min(left - padX, 0) + Math.min(right - padX, 0),
      y: y - Math.min(top - padY, 0) + Math.min(bottom - padY, 0),
      zoom: zoom,
    };
  }

  // As firstViewport (src/chart/first-fit.ts): the whole chart when its titles are readable,
  // else the top of its largest organization at the readable size.
  function place(size, pad, start, length, focus, zoom) {
    if (length * zoom <= size - 2 * pad) return size / 2 - (start + length / 2) * zoom;
    var centred = size / 2 - focus * zoom;
    return Math.min(pad - start * zoom, Math.max(size - pad - (start + length) * zoom, centred));
  }

  function firstViewport(fit, width, height) {
    var whole = fitViewport(fit, width, height);
    if (whole.zoom >= fit.readableZoom) return whole;
    var zoom = fit.readableZoom;
    var b = fit.bounds;
    var padX = Math.floor((width - width / (1 + fit.padding)) * 0.5);
    var padY = Math.floor((height - height / (1 + fit.padding)) * 0.5);
    return {
      x: place(width, padX, b.x, b.width, fit.focus.x, zoom),
      y: place(height, padY, b.y, b.height, fit.focus.y, zoom),
      zoom: zoom,
    };
  }

  function same(file, attribute) {
    return file.ok && hash32(file.text) === template.getAttribute(attribute);
  }

  // The app waits for the data rather than render a loading screen that this would then replace.
  early.firstViewPending = true;
  Promise.all([early.graph, early.layouts]).then(function (files) {
    if (early.appStarted || root.firstChild) return;
    if (!same(files[0], "data-graph") || !same(files[1], "data-layouts")) return;
    var content = document.importNode(template.content, true);
    // The Content-Security-Policy forbids style attributes; styles set through the DOM are allowed.
    var styled = content.querySelectorAll("[data-first-view-style]");
    for (var i = 0; i < styled.length; i++) {
      styled[i].style.cssText = styled[i].getAttribute("data-first-view-style");
      styled[i].removeAttribute("data-first-view-style");
    }
    // The markup was rendered in the light theme; the page may already be in another.
    var themeSelect = content.querySelector("[data-theme-select]");
    if (themeSelect) themeSelect.value = document.documentElement.getAttribute("data-theme");
    root.appendChild(content);
    var flow = root.querySelector(".react-flow");
    var viewport = root.querySelector(".react-flow__viewport");
    if (!flow || !viewport) {
      root.textContent = "";
      return;
    }
    var v = firstViewport(
      JSON.parse(template.getAttribute("data-fit")),
      flow.offsetWidth,
      flow.offsetHeight,
    );
    viewport.style.transform = "translate(" + v.x + "px, " + v.y + "px) scale(" + v.zoom + ")";
    root.setAttribute("data-first-view-layout", template.getAttribute("data-layout"));
    root.setAttribute("data-first-view", lang);
  });
})();
