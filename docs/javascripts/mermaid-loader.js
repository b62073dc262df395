// Diagrams: the pinned Mermaid (assets/vendor/mermaid/), loaded only when a
// page has a diagram to draw, and drawn with the settings of mkdocs.yml.
//
// Material renders every diagram itself (on first load, after instant
// navigation, in both palettes) through the global `mermaid`, and fetches the
// library from a CDN when there is none. So this script defines `mermaid` as
// a stand-in: the first time Material asks it to draw, it loads the real
// library, which then takes the global name for every later diagram.
//
// Settings: Material initializes Mermaid with its theme (CSS that follows the
// palette); the `arguments` of the mermaid2 plugin in mkdocs.yml go on top
// (window.handbookMermaidSettings, written by the hooks into
// assets/javascripts/mermaid-settings.js).
(() => {
  const library = new URL("../assets/vendor/mermaid/mermaid.min.js", document.currentScript.src).href;
  let materialSettings = {};
  let loading = null;

  const load = () =>
    (loading ??= new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = library;
      script.onload = () => resolve(window.mermaid);
      script.onerror = () => reject(new Error(`could not load ${library}`));
      document.head.append(script);
    }).then((mermaid) => {
      mermaid.initialize({ ...materialSettings, ...(window.handbookMermaidSettings || {}) });
      return mermaid;
    }));

  window.mermaid = {
    initialize(settings) {
      materialSettings = settings;
    },
    async render(id, source) {
      return (await load()).render(id, source);
    },
    async parse(source, options) {
      return (await load()).parse(source, options);
    },
  };
})();
