// What to print, as a style sheet that hides the rest.
(css) => {
  let style = document.getElementById("handbook-print-part");
  if (!style) {
    style = document.createElement("style");
    style.id = "handbook-print-part";
    document.head.append(style);
  }
  style.textContent = css;
}
