// One entry per diagram, in page order: rendered or not, where, and its first line.
() => [...document.querySelectorAll("#print-site-page pre.mermaid, #print-site-page div.mermaid")].map((el) => {
  const page = el.closest("section.print-page:not(.md-section)");
  const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
  const svg = el.shadowRoot ? el.shadowRoot.querySelector("svg") : el.querySelector("svg");
  return {
    rendered: el.tagName === "DIV" && !!svg && !/Syntax error/i.test(svg.textContent),
    page: title.replace(/[\s\u00b6]+/g, " ").trim(),
    source: (el.textContent || "").trim().split("\n")[0].slice(0, 80),
  };
})
