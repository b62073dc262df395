// Formulas: the pinned KaTeX (assets/vendor/katex/), loaded only when a page
// has math, then rendered on first load and after every instant navigation.
//
// pymdownx.arithmatex (generic mode) has already turned $...$ and $$...$$
// into \(...\) and \[...\] inside .arithmatex elements, so only those
// delimiters are looked for: a literal "$" in prose stays text.
(() => {
  const base = new URL("../assets/vendor/katex/", document.currentScript.src);
  let loading = null;

  const add = (tag, attributes) =>
    new Promise((resolve, reject) => {
      const element = Object.assign(document.createElement(tag), attributes);
      element.onload = resolve;
      element.onerror = () => reject(new Error(`could not load ${attributes.src || attributes.href}`));
      document.head.append(element);
    });
  const load = () =>
    (loading ??= add("script", { src: new URL("katex.min.js", base).href }).then(() =>
      add("script", { src: new URL("contrib/auto-render.min.js", base).href }),
    ));
  // Instant navigation replaces the <head>, and with it the stylesheet added
  // here (the scripts' globals stay): add it again whenever it is gone.
  const stylesheet = new URL("katex.min.css", base).href;
  const style = () =>
    document.querySelector(`link[href="${stylesheet}"]`) ? null : add("link", { rel: "stylesheet", href: stylesheet });

  const render = (element) =>
    Promise.all([style(), load()]).then(() =>
      renderMathInElement(element, {
        delimiters: [
          { left: "\\(", right: "\\)", display: false },
          { left: "\\[", right: "\\]", display: true },
        ],
        throwOnError: false,
      }),
    );
  // For math a script adds later (the practice page's short answers).
  window.handbookMath = { render };

  document$.subscribe(({ body }) => {
    if (body.querySelector(".arithmatex")) render(body);
  });
})();
