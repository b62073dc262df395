// Before printing: make every formula and diagram of the print view one
// element with a text alternative, so that the tagged PDF carries them as a
// /Figure with /Alt (Chromium tags role="img" that way; pdf_export then
// retypes the formulas as /Formula).
//
// - Formulas: KaTeX hides its drawn glyphs from assistive technology
//   (aria-hidden) and offers MathML instead, which Chromium does not tag; the
//   glyphs would be untagged content. Each formula becomes role="img" named by
//   its TeX source (the annotation KaTeX keeps), whitespace collapsed.
// - Diagrams: Mermaid writes the fence's accTitle and accDescr into the SVG as
//   <title> and <desc>; the diagram becomes role="img" named "title. description".
//
// Returns the formulas' names, in page order (pdf_export.retype_formulas reads
// them), and the pages of the diagrams that have no title or description.
() => {
  const words = (text) => (text || "").replace(/\s+/g, " ").trim();
  const formulas = [];
  for (const katex of document.querySelectorAll("#print-site-page .arithmatex .katex")) {
    const tex = words((katex.querySelector('annotation[encoding="application/x-tex"]') || {}).textContent);
    if (!tex) continue;
    katex.setAttribute("role", "img");
    katex.setAttribute("aria-label", tex);
    katex.querySelector(".katex-html")?.removeAttribute("aria-hidden");
    katex.querySelector(".katex-mathml")?.setAttribute("aria-hidden", "true");
    formulas.push(tex);
  }
  const undescribed = [];
  for (const host of document.querySelectorAll("#print-site-page div.mermaid")) {
    const svg = host.shadowRoot?.querySelector("svg");
    const title = words(svg?.querySelector(":scope > title")?.textContent).replace(/\.$/, "");
    const description = words(svg?.querySelector(":scope > desc")?.textContent);
    if (!title || !description) {
      const page = host.closest("section.print-page:not(.md-section)");
      undescribed.push(words((page?.querySelector("h1") || {}).textContent || page?.id).replace(/\u00b6/g, ""));
      continue;
    }
    host.setAttribute("role", "img");
    host.setAttribute("aria-label", `${title}. ${description}`);
  }
  return { formulas, undescribed };
}
