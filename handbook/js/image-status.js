// Wait for every image of the print view; list those that did not load.
// "described": how many have alt text, each a /Figure with /Alt in the tagged PDF.
async () => {
  await document.fonts.ready;
  const images = [...document.querySelectorAll("#print-site-page img")];
  await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
    img.addEventListener("load", done, { once: true });
    img.addEventListener("error", done, { once: true });
  })));
  return {
    total: images.length,
    described: images.filter((img) => (img.getAttribute("alt") || "").trim()).length,
    broken: images.filter((img) => !img.naturalWidth).map((img) => img.getAttribute("src")),
  };
}
