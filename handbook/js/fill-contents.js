(numbers) => {
  let filled = 0;
  for (const slot of document.querySelectorAll(".handbook-toc__page[data-dest]")) {
    slot.textContent = numbers[slot.dataset.dest] ?? "\u00a0";
    filled += 1;
  }
  return filled;
}
