// Start axe-core's checks on the page and return at once: the answer waits in
// window.__handbookAxe (a promise), so that two tabs can check side by side.
// Only what a report needs of each violation is kept: rule, impact, the first
// few elements.
(options) => {
  window.__handbookAxe = axe.run(document, options).then((results) =>
    results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      count: violation.nodes.length,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    })),
  );
}
