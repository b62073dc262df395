// Go to another page of the site the way a reader does, by following a link:
// Material's instant navigation fetches the page and swaps its content in,
// keeping the document (and whatever a test added to it, such as axe-core).
// Resolves with the new address once the new content is in (document$ emits
// with the old article gone).
(url) =>
  new Promise((arrived) => {
    const old = document.querySelector("article");
    const subscription = document$.subscribe(() => {
      if (old && old.isConnected) return; // the current page, replayed on subscription
      setTimeout(() => subscription.unsubscribe());
      arrived(location.href);
    });
    const link = Object.assign(document.createElement("a"), { href: url });
    document.querySelector(".md-content").append(link);
    link.click();
  })
