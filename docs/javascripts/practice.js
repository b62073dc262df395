// Practice mode on the site's pages, on the published site and from file://
// in the offline bundle (no server, no account):
//
// - under every answer (.answer-meta, written by the hooks): copy link,
//   "Got it" / "Review again", and when the answer is next due;
// - on the home page and each chapter index (.practice-progress): the
//   reader's progress on those answers;
// - on the question index ([data-question-filters]): filters with counts,
//   kept in the URL so a filtered list can be shared;
// - on the practice page ([data-practice], [data-practice-settings]): a
//   session of questions, and export, import and reset of the progress.
//
// The progress store and its rules are progress.js (unit-tested in Node);
// scheduling is ts-fsrs. The answer list (answers-data.js, written by the
// build) and ts-fsrs are loaded only by the pages that use them. Everything
// read from the answer list or from an imported file reaches the page as
// text (textContent), never as HTML.
(() => {
  "use strict";

  const progress = window.handbookProgress;
  const siteRoot = new URL("../", document.currentScript.src);
  const FIELDS = ["chapter", "difficulty", "tag", "role", "company"];
  const LABELS = { chapter: "Chapter", difficulty: "Difficulty", tag: "Topic", role: "Role", company: "Asked at" };
  const ALL = { chapter: "All chapters", difficulty: "Every level", tag: "All topics", role: "All roles", company: "Any company" };
  const SESSION_SIZES = [5, 10, 20, 50];
  const INLINE_MATH = /(?<!\\)\$([^$]+?)(?<!\\)\$/g; // as handbook/anki.py reads a short answer

  // --- small helpers ---------------------------------------------------------

  // An element with attributes and children; strings become text nodes.
  function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value === true ? "" : value);
    }
    element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
    return element;
  }

  // localStorage, or a stand-in for the page's life where it is blocked.
  const storage = (() => {
    try {
      const local = window.localStorage;
      local.getItem(progress.STORAGE_KEY);
      return local;
    } catch (error) {
      const memory = new Map();
      return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
    }
  })();

  // A page of the site by its path from the site root; from file:// a folder
  // needs its index.html spelled out.
  function pageUrl(path) {
    const url = new URL(path, siteRoot);
    if (url.protocol === "file:" && url.pathname.endsWith("/")) url.pathname += "index.html";
    return url.href;
  }

  const loading = {};
  function loadScript(path) {
    return (loading[path] ??= new Promise((resolve, reject) => {
      const script = h("script", { src: new URL(path, siteRoot).href });
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${path}`));
      document.head.append(script);
    }));
  }
  const answerData = () => loadScript("assets/javascripts/answers-data.js").then(() => window.handbookAnswers);
  const scheduling = () =>
    loadScript("assets/vendor/ts-fsrs/index.umd.js").then(() => ({ fsrs: window.FSRS, scheduler: progress.scheduler(window.FSRS) }));

  const liveProgress = (data) => progress.load(storage, data.answers.map((a) => a.id), data.retired);

  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });
  function dueText(card, now = new Date()) {
    if (!card) return "";
    if (progress.isDue(card, now)) return card.last_rating === "again" ? "To review: due today" : "Due today";
    return `Got it: next review ${dayFormat.format(new Date(card.due))}`;
  }

  function countsText({ total, seen, known, due }) {
    if (!seen) return `${total} answers, none practised yet.`;
    return `${seen} of ${total} answers practised: ${known} known, ${due} due today.`;
  }

  // A short answer's text with its $...$ math typeset by math.js (KaTeX).
  function shortAnswer(text) {
    const paragraph = h("p");
    let last = 0;
    for (const match of text.matchAll(INLINE_MATH)) {
      paragraph.append(text.slice(last, match.index), h("span", { class: "arithmatex" }, `\\(${match[1]}\\)`));
      last = match.index + match[0].length;
    }
    paragraph.append(text.slice(last));
    if (paragraph.querySelector(".arithmatex") && window.handbookMath) window.handbookMath.render(paragraph);
    return paragraph;
  }

  // --- filters (question index and practice page) -------------------------------

  const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

  // The values of each filter field, in taxonomy order: [{ id, label }].
  function filterOptions(data) {
    const taxonomy = data.taxonomy;
    return {
      chapter: data.chapters.map((label) => ({ id: slug(label), label })),
      difficulty: taxonomy.difficulties,
      tag: taxonomy.tags,
      role: taxonomy.roles,
      company: taxonomy.companies,
    };
  }

  const matches = (answer, field, value) => {
    if (!value) return true;
    switch (field) {
      case "chapter": return slug(answer.chapter) === value;
      case "difficulty": return answer.difficulty === value;
      case "tag": return answer.tags.includes(value);
      case "role": return answer.roles.includes(value);
      case "company": return answer.companies.includes(value);
    }
    return false;
  };
  const selected = (answers, filters, except = null) =>
    answers.filter((answer) => FIELDS.every((field) => field === except || matches(answer, field, filters[field])));

  const filtersFromUrl = (options) => {
    const params = new URLSearchParams(location.search);
    const filters = {};
    for (const field of FIELDS) {
      const value = params.get(field);
      filters[field] = options[field].some((option) => option.id === value) ? value : "";
    }
    return filters;
  };

  // The URL of this page with the filters (and `extra`) in its query.
  function keepInUrl(filters, extra = {}) {
    const params = new URLSearchParams();
    for (const field of FIELDS) if (filters[field]) params.set(field, filters[field]);
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    const query = params.toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  }

  // A <select> per field; each option shows how many answers it would leave.
  function filterForm(data, filters, onChange, purpose) {
    const options = filterOptions(data);
    const selects = {};
    const form = h("form", { class: "practice-filters", role: "search", "aria-label": purpose, onsubmit: (e) => e.preventDefault() });
    for (const field of FIELDS) {
      const id = `filter-${purpose.replace(/\W+/g, "-").toLowerCase()}-${field}`;
      selects[field] = h("select", { id, name: field, onchange: () => { filters[field] = selects[field].value; update(); onChange(); } });
      form.append(h("div", { class: "practice-filters__field" }, h("label", { for: id }, LABELS[field]), selects[field]));
    }
    const clear = h("button", { type: "button", class: "md-button", onclick: () => { FIELDS.forEach((f) => (filters[f] = "")); update(); onChange(); } }, "Clear filters");
    form.append(h("div", { class: "practice-filters__field practice-filters__actions" }, clear));
    function update() {
      for (const field of FIELDS) {
        const pool = selected(data.answers, filters, field);
        const select = selects[field];
        select.replaceChildren(h("option", { value: "" }, `${ALL[field]} (${pool.length})`));
        for (const option of options[field]) {
          const count = pool.filter((answer) => matches(answer, field, option.id)).length;
          if (!count && filters[field] !== option.id) continue; // an option that would leave nothing
          select.append(h("option", { value: option.id }, `${option.label} (${count})`));
        }
        select.value = filters[field];
      }
      clear.disabled = FIELDS.every((f) => !filters[f]);
    }
    update();
    return form;
  }

  // --- under each answer ----------------------------------------------------------

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (error) {
      // No clipboard API (an insecure origin, or a denied permission): the
      // older selection-based copy still works from a click.
      const area = h("textarea", { readonly: true, class: "practice-offscreen", "aria-hidden": "true" });
      area.value = text;
      document.body.append(area);
      area.select();
      const copied = document.execCommand("copy");
      area.remove();
      return copied;
    }
  }

  // The answer's permanent short link: on the web, on the host the page is
  // served from; from file://, on the published site (or the bundle's own copy).
  function shortLink(block) {
    if (location.protocol === "http:" || location.protocol === "https:") return new URL(block.dataset.shortLink, siteRoot).href;
    return block.dataset.publishedLink || pageUrl(block.dataset.shortLink);
  }

  function answerActions(body) {
    const blocks = body.querySelectorAll(".answer-meta[data-answer-id]");
    if (!blocks.length) return;
    let state = progress.load(storage);
    for (const block of blocks) {
      const id = block.dataset.answerId;
      const status = h("span", { class: "answer-status", role: "status" }, dueText(state.cards[id]));
      const rate = (good) => async () => {
        const { fsrs, scheduler } = await scheduling();
        state = progress.rate(progress.load(storage), id, good, new Date(), fsrs, scheduler);
        progress.save(storage, state);
        status.textContent = dueText(state.cards[id]);
      };
      const copy = async () => {
        const link = shortLink(block);
        status.textContent = (await copyText(link)) ? `Link copied: ${link}` : `Copy this link: ${link}`;
      };
      block.append(
        h("span", { class: "answer-actions" },
          h("button", { type: "button", class: "answer-action", "data-action": "copy", onclick: copy, title: "Copy this answer's permanent short link" }, "Copy link"),
          h("button", { type: "button", class: "answer-action", "data-action": "good", onclick: rate(true), title: "You could give this answer: see it again in a few days" }, "Got it"),
          h("button", { type: "button", class: "answer-action", "data-action": "again", onclick: rate(false), title: "Not yet: see it again today" }, "Review again"),
          status,
        ),
      );
    }
  }

  // --- home and chapter pages ----------------------------------------------------

  async function chapterProgress(body) {
    const boxes = body.querySelectorAll(".practice-progress[data-chapter]");
    if (!boxes.length) return;
    const data = await answerData();
    const state = liveProgress(data);
    for (const box of boxes) {
      const chapter = box.dataset.chapter; // "" on the home page: every answer
      const answers = data.answers.filter((a) => !chapter || a.chapter === chapter);
      const counts = progress.summary(state, answers.map((a) => a.id), new Date());
      const query = chapter ? `?chapter=${encodeURIComponent(slug(chapter))}` : "";
      box.replaceChildren(
        h("p", {},
          h("strong", {}, "Your progress: "), countsText(counts), " ",
          h("a", { href: pageUrl(data.pages.practice) + query }, chapter ? "Practise this chapter" : "Practise"),
        ),
        h("progress", { max: counts.total, value: counts.known, "aria-label": `Answers known: ${counts.known} of ${counts.total}` }),
      );
    }
  }

  // --- question index ------------------------------------------------------------

  async function questionIndex(body) {
    const box = body.querySelector("[data-question-filters]");
    if (!box) return;
    const data = await answerData();
    const items = [];
    for (const link of body.querySelectorAll(".md-content ol > li > a[href*='#']")) {
      const id = decodeURIComponent(link.hash.slice(1));
      const answer = data.answers.find((a) => a.id === id);
      if (answer) items.push({ item: link.parentElement, answer });
    }
    const filters = filtersFromUrl(filterOptions(data));
    const count = h("p", { class: "practice-filters__count", role: "status" });
    const apply = () => {
      const shown = new Set(selected(data.answers, filters).map((a) => a.id));
      for (const { item, answer } of items) item.hidden = !shown.has(answer.id);
      for (const list of body.querySelectorAll(".md-content ol")) {
        const heading = list.previousElementSibling;
        const visible = [...list.children].some((li) => !li.hidden);
        list.hidden = !visible;
        if (heading && heading.tagName === "H2") heading.hidden = !visible;
      }
      count.textContent = `${shown.size} of ${data.answers.length} questions`;
      keepInUrl(filters);
    };
    box.replaceChildren(filterForm(data, filters, apply, "Filter the questions"), count);
    apply();
  }

  // --- practice page -------------------------------------------------------------

  async function practicePage(body) {
    const box = body.querySelector("[data-practice]");
    if (!box) return;
    const [data, { fsrs, scheduler }] = await Promise.all([answerData(), scheduling()]);
    const filters = filtersFromUrl(filterOptions(data));
    const sizeParam = Number(new URLSearchParams(location.search).get("n"));
    let size = SESSION_SIZES.includes(sizeParam) ? sizeParam : 10;

    function setup() {
      const overview = h("p", { class: "practice-overview", role: "status" });
      const sizeSelect = h("select", { id: "practice-size", onchange: () => { size = Number(sizeSelect.value); changed(); } },
        SESSION_SIZES.map((n) => h("option", { value: n }, `${n} questions`)));
      sizeSelect.value = String(size);
      const start = h("button", { type: "button", class: "md-button md-button--primary", "data-action": "start", onclick: () => session(queue()) }, "Start");
      const queue = () => progress.sessionQueue(liveProgress(data), selected(data.answers, filters), size, new Date());
      function changed() {
        keepInUrl(filters, size !== 10 ? { n: size } : {});
        const pool = selected(data.answers, filters);
        const state = liveProgress(data);
        const counts = progress.summary(state, pool.map((a) => a.id), new Date());
        const fresh = counts.total - counts.seen;
        const ready = queue().length;
        start.disabled = !ready;
        if (ready) {
          overview.textContent = `${counts.total} questions match: ${counts.due} due today, ${fresh} new, ${counts.known} known. A session takes the due ones first, then new ones.`;
        } else {
          const next = progress.nextDue(state, pool);
          overview.textContent = `Nothing to practise here today: all ${counts.total} questions are known.` +
            (next ? ` The next one is due ${dayFormat.format(next)}.` : "");
        }
      }
      box.replaceChildren(
        filterForm(data, filters, changed, "Choose the questions"),
        h("div", { class: "practice-start" }, h("label", { for: "practice-size" }, "Session of"), sizeSelect, start),
        overview,
      );
      changed();
    }

    function session(queue) {
      const results = { good: 0, again: 0 };
      const seen = new Set();
      let done = 0;
      const show = () => {
        const answer = queue.shift();
        if (!answer) return finish();
        const card = liveProgress(data).cards[answer.id];
        const heading = h("h2", { class: "practice-card__question", tabindex: "-1" }, answer.question);
        const reveal = h("button", { type: "button", class: "md-button md-button--primary", "data-action": "reveal", onclick: () => {
          reveal.replaceWith(
            h("div", { class: "practice-card__answer" },
              shortAnswer(answer.short_answer),
              h("p", {}, h("a", { href: pageUrl(answer.url) }, "Read the full answer"))),
            h("div", { class: "practice-card__rating" },
              h("button", { type: "button", class: "md-button md-button--primary", "data-action": "good", onclick: () => rate(true) }, "Got it"),
              h("button", { type: "button", class: "md-button", "data-action": "again", onclick: () => rate(false) }, "Review again")),
          );
          box.querySelector("[data-action=good]").focus();
        } }, "Show the answer");
        const rate = (good) => {
          const state = progress.rate(liveProgress(data), answer.id, good, new Date(), fsrs, scheduler);
          progress.save(storage, state);
          results[good ? "good" : "again"] += 1;
          done += 1;
          // "Review again" brings the question back once more in this session.
          if (!good && !seen.has(answer.id)) queue.push(answer);
          seen.add(answer.id);
          show();
        };
        box.replaceChildren(
          h("div", { class: "practice-card", "data-answer-id": answer.id },
            h("p", { class: "practice-card__position" },
              `${done} done, ${queue.length + 1} to go · ${answer.chapter} · ${card ? "due for review" : "new"}`),
            heading,
            h("p", { class: "practice-card__prompt" }, "Answer aloud, in two or three sentences; then check yourself against the short answer."),
            reveal,
            h("p", {}, h("button", { type: "button", class: "practice-card__end", "data-action": "end", onclick: finish }, "End the session"))),
        );
        heading.focus();
      };
      const finish = () => {
        const heading = h("h2", { tabindex: "-1" }, "Session done");
        box.replaceChildren(
          h("div", { class: "practice-card practice-card--done" },
            heading,
            h("p", { role: "status" }, `${results.good} got it, ${results.again} to review again.`),
            h("button", { type: "button", class: "md-button md-button--primary", "data-action": "restart", onclick: setup }, "Practise again")),
        );
        heading.focus();
        settingsSummary();
      };
      show();
    }

    let settingsSummary = () => {};
    const settings = body.querySelector("[data-practice-settings]");
    if (settings) settingsSummary = progressSettings(settings, data, setup);
    setup();
  }

  // Export, import and reset; returns the function that refreshes the counts.
  function progressSettings(box, data, refresh) {
    const liveIds = data.answers.map((a) => a.id);
    const counts = h("p", { class: "practice-settings__counts" });
    const message = h("p", { class: "practice-settings__message", role: "status" });
    const say = (text, kind) => {
      message.textContent = text;
      message.dataset.kind = kind;
    };
    const summarize = () => (counts.textContent = countsText(progress.summary(liveProgress(data), liveIds, new Date())));

    const exportProgress = () => {
      const text = progress.serialize(liveProgress(data));
      const link = h("a", {
        href: URL.createObjectURL(new Blob([text], { type: "application/json" })),
        download: `ml-interview-handbook-progress-${new Date().toISOString().slice(0, 10)}.json`,
      });
      document.body.append(link);
      link.click();
      link.remove();
      say(`Exported the progress of ${Object.keys(liveProgress(data).cards).length} answers.`, "ok");
    };
    const input = h("input", { type: "file", id: "practice-import", accept: ".json,application/json", class: "practice-offscreen" });
    input.addEventListener("change", async () => {
      const file = input.files[0];
      input.value = "";
      if (!file) return;
      if (file.size > progress.MAX_IMPORT_BYTES) return say(`Not imported: ${file.name} is too large to be a progress file.`, "error");
      const result = progress.parseImport(await file.text(), liveIds, data.retired);
      if (result.error) return say(`Not imported: ${result.error} Your stored progress is unchanged.`, "error");
      const merged = progress.merge(liveProgress(data), result.progress);
      if (!progress.save(storage, merged)) return say("Not imported: this browser does not let the page store data.", "error");
      const skipped = result.skipped.length
        ? ` Skipped ${result.skipped.length} entries for answers this edition does not have: ${result.skipped.slice(0, 5).join(", ")}${result.skipped.length > 5 ? ", …" : ""}.`
        : "";
      say(`Imported the progress of ${Object.keys(result.progress.cards).length} answers.${skipped}`, "ok");
      summarize();
      refresh();
    });
    const reset = () => {
      if (!window.confirm("Delete your practice progress on every answer from this browser? Export it first to keep a copy.")) return;
      storage.removeItem(progress.STORAGE_KEY);
      say("Your progress is reset.", "ok");
      summarize();
      refresh();
    };
    box.replaceChildren(
      counts,
      h("div", { class: "practice-settings__actions" },
        h("button", { type: "button", class: "md-button", "data-action": "export", onclick: exportProgress }, "Export progress"),
        h("label", { for: "practice-import", class: "md-button", tabindex: "0", role: "button",
          onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } } }, "Import progress"),
        input,
        h("button", { type: "button", class: "md-button", "data-action": "reset", onclick: reset }, "Reset progress")),
      message,
    );
    summarize();
    return summarize;
  }

  // --- on every page load, including Material's instant navigation -----------------

  const report = (error) => console.error("practice:", error);
  document$.subscribe(({ body }) => {
    answerActions(body);
    chapterProgress(body).catch(report);
    questionIndex(body).catch(report);
    practicePage(body).catch(report);
  });
})();
