// Has the page finished drawing? Every formula typeset by KaTeX (or marked as
// an error), every diagram drawn by Material (its <pre> replaced), and no
// transition still running (colours fade for a moment after a palette switch).
() =>
  [...document.querySelectorAll(".arithmatex")].every((el) => el.querySelector(".katex, .katex-error")) &&
  !document.querySelector("pre.mermaid") &&
  document.getAnimations().every((a) => a.playState !== "running" || a.effect.getComputedTiming().endTime === Infinity)
