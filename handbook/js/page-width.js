// Does the page scroll sideways? Its widths, and the elements that stick out
// past the right edge of the viewport (innermost first) to name in a report.
() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 1) continue;
    // Skip elements inside a box that scrolls or clips: they do not widen the page.
    let parent = element.parentElement, contained = false;
    while (parent && parent !== document.body) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== "visible" && parent.getBoundingClientRect().right <= width + 1) { contained = true; break; }
      parent = parent.parentElement;
    }
    if (contained) continue;
    const name = element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
      [...element.classList].slice(0, 2).map((c) => "." + c).join("");
    wide.push(`${name} (right edge ${Math.round(box.right)} px)`);
  }
  return { scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.reverse().slice(0, 5) };
}
