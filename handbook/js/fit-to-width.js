// In print layout (print media, the page's printable width): keep diagrams
// within a page's height, shrink display formulas wider than the text, then
// list whatever still sticks out.
() => {
  const where = (el) => {
    const page = el.closest("section.print-page:not(.md-section)");
    const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
    return title.replace(/[\s\u00b6]+/g, " ").trim();
  };
  // A diagram taller than a page would be cut at its foot: scale it down.
  // (Its SVG is in the shadow root Material draws it into.)
  for (const diagram of document.querySelectorAll("#print-site-page div.mermaid")) {
    const svg = diagram.shadowRoot && diagram.shadowRoot.querySelector("svg");
    if (svg) svg.style.maxHeight = "200mm";
  }
  let shrunk = 0;
  for (const formula of document.querySelectorAll("#print-site-page .katex-display")) {
    if (formula.scrollWidth > formula.clientWidth + 1) {
      formula.style.fontSize = Math.floor((formula.clientWidth / formula.scrollWidth) * 100) + "%";
      shrunk += 1;
    }
  }
  const width = document.querySelector("#print-site-page").getBoundingClientRect().right + 1;
  const wide = [...document.querySelectorAll(
    "#print-site-page :is(table, pre, img, div.mermaid, .katex-display, .highlight, .admonition, p, li)"
  )].filter((el) => el.getBoundingClientRect().right > width);
  return { shrunk, wide: wide.slice(0, 10).map((el) => `${el.tagName.toLowerCase()} on page '${where(el)}'`) };
}
