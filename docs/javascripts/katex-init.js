// Render math with the locally served KaTeX, on first load and after every
// instant navigation. pymdownx.arithmatex (generic mode) has already turned
// $...$ and $$...$$ into \(...\) and \[...\] inside .arithmatex elements, so
// only those delimiters are looked for: a literal "$" in prose stays text.
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
    ],
    throwOnError: false,
  });
});
