() => {
  const where = (el) => {
    const page = el.closest("section.print-page:not(.md-section)");
    const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
    return "page '" + title.replace(/[\s\u00b6]+/g, " ").trim() + "': ";
  };
  const all = [...document.querySelectorAll("#print-site-page .arithmatex")];
  const pending = all.filter((el) => !el.querySelector(".katex, .katex-error"));
  const errors = [...document.querySelectorAll("#print-site-page .katex-error")];
  return {
    total: all.length,
    pending: pending.map((el) => where(el) + el.textContent.trim().slice(0, 80)),
    errors: errors.map((el) => where(el) + el.textContent.slice(0, 80) + "  (" + (el.getAttribute("title") || "") + ")"),
  };
}
