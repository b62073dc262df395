// Keyboard and screen-reader access the theme leaves out, on first load and
// after every instant navigation (document$):
//
// - A box that scrolls sideways (a wide formula, code block or table) becomes
//   a Tab stop with a role and a name, so that a keyboard can scroll it. Only
//   while it does scroll: the page is checked again whenever the content
//   changes size (KaTeX and Mermaid draw after this runs, fonts load, a phone
//   turns sideways).
// - An inline formula wider than the column (on a phone) scrolls inside
//   itself instead of widening the page (class handbook-wide, handbook.css).
// - The search dialog gets a name, and each task-list checkbox the text of
//   its item.
(() => {
  const BOXES = [
    [".md-typeset pre > code", "Code"],
    [".md-typeset .md-typeset__scrollwrap", "Table"],
    [".md-typeset .katex-display", "Formula"],
    [".md-typeset span.arithmatex.handbook-wide", "Formula"],
  ];
  const MARK = "data-handbook-scroll";

  const codeName = (code) => {
    const title = code.closest(".highlight")?.querySelector(".filename");
    return title ? `Code: ${title.textContent.trim()}` : "Code";
  };

  const mark = (box, name) => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls) {
      if (!box.hasAttribute("tabindex")) box.tabIndex = 0;
      if (!box.hasAttribute("role")) box.setAttribute("role", "region");
      if (!box.hasAttribute("aria-label")) box.setAttribute("aria-label", name === "Code" ? codeName(box) : name);
      box.setAttribute(MARK, "");
    } else if (box.hasAttribute(MARK)) {
      for (const attribute of ["tabindex", "role", "aria-label", MARK]) box.removeAttribute(attribute);
    }
  };

  // An inline formula is wider than its line when one unbreakable piece is.
  const fitInlineFormulas = (root) => {
    for (const formula of root.querySelectorAll(".md-typeset span.arithmatex")) {
      const block = formula.parentElement.closest("p, li, td, th, dd, dt, div, blockquote");
      if (!block || !formula.querySelector(".katex")) continue;
      const wide = formula.classList.contains("handbook-wide")
        ? formula.scrollWidth > block.clientWidth + 1
        : formula.getBoundingClientRect().width > block.clientWidth + 1;
      formula.classList.toggle("handbook-wide", wide);
    }
  };

  const check = () => {
    fitInlineFormulas(document);
    for (const [selector, name] of BOXES) {
      for (const box of document.querySelectorAll(selector)) mark(box, name);
    }
  };

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      check();
    });
  };

  const name = () => {
    const search = document.querySelector('.md-search[role="dialog"]');
    const input = document.querySelector(".md-search__input");
    if (search && !search.hasAttribute("aria-label")) {
      search.setAttribute("aria-label", input?.getAttribute("aria-label") || "Search");
    }
    for (const box of document.querySelectorAll(".task-list-control input[type=checkbox]:not([aria-label])")) {
      const item = box.closest("li");
      const text = [...item.childNodes]
        .filter((node) => !(node.nodeType === Node.ELEMENT_NODE && node.matches("label, ul, ol")))
        .map((node) => node.textContent)
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      if (text) box.setAttribute("aria-label", text.slice(0, 200));
    }
  };

  let observer = null;
  document$.subscribe(() => {
    name();
    observer?.disconnect();
    observer = new ResizeObserver(schedule);
    const content = document.querySelector(".md-content");
    if (content) observer.observe(content);
    schedule();
  });
  document.fonts?.ready.then(schedule);
})();
