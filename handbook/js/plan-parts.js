// Split the book into parts of about `size` elements: each page section goes
// to one part, each chapter heading with its first page. Returns the ID of
// each part's first page section.
(size) => {
  const leaves = [...document.querySelectorAll(
    "#print-site-page section.print-page:not(.md-section):not(#handbook-contents)")];
  let part = 0, filled = 0;
  const firsts = [];
  for (const leaf of leaves) {
    const elements = leaf.getElementsByTagName("*").length;
    if (filled > 0 && filled + elements > size) { part += 1; filled = 0; }
    if (firsts.length === part) firsts.push(leaf.id);
    filled += elements;
    leaf.dataset.printPart = part;
    for (let chapter = leaf.parentElement.closest("section.md-section"); chapter;
         chapter = chapter.parentElement.closest("section.md-section")) {
      const parts = new Set((chapter.dataset.printParts || "").split(" ").filter(Boolean));
      parts.add("p" + part);
      chapter.dataset.printParts = [...parts].join(" ");
      const title = chapter.querySelector(":scope > h1");
      if (title && title.dataset.printPart === undefined) title.dataset.printPart = part;
    }
  }
  return firsts;
}
