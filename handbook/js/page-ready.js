// Has the page finished drawing? Every formula typeset by KaTeX (or marked as
// an error) and every diagram drawn by Material (its <pre> replaced).
() =>
  [...document.querySelectorAll(".arithmatex")].every((el) => el.querySelector(".katex, .katex-error")) &&
  !document.querySelector("pre.mermaid")
