// The page on a phone: does it scroll sideways (its widths, and the elements
// that stick out past the right edge, innermost first), and which boxes in the
// content scroll sideways out of a keyboard's reach (no Tab stop on or in them)?
() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const name = (element) =>
    element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
    [...element.classList].slice(0, 2).map((c) => "." + c).join("");
  const clips = (element) => getComputedStyle(element).overflowX !== "visible";
  const focusable = "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])";

  const unreachable = [];
  for (const element of document.querySelectorAll(".md-content *")) {
    // Layout reads first (cheap); styles only for the few boxes wider inside than out.
    if (element.clientWidth < 10 || element.scrollWidth <= element.clientWidth + 1) continue;
    if (!clips(element) || element.tabIndex >= 0 || element.querySelector(focusable)) continue;
    unreachable.push(name(element));
  }

  const wide = [];
  if (root.scrollWidth > width) {
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 1) continue;
      // Inside a box that scrolls or clips within the viewport: it does not widen the page.
      let parent = element.parentElement;
      while (parent && parent !== document.body && !(clips(parent) && parent.getBoundingClientRect().right <= width + 1)) {
        parent = parent.parentElement;
      }
      if (!parent || parent === document.body) wide.push(`${name(element)} (right edge ${Math.round(box.right)} px)`);
    }
  }
  return { scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.reverse().slice(0, 5), unreachable };
}
