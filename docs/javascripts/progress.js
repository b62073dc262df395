// The reader's practice progress: one spaced-repetition card per answer ID,
// kept in localStorage, exported and imported as a JSON file.
//
// Plain functions without the DOM, so that tests/js/progress.test.mjs runs
// them in Node; practice.js does the page work. The scheduling itself is
// ts-fsrs (the FSRS algorithm, pinned in package-lock.json and served from
// assets/vendor/ts-fsrs/), passed in as `fsrs`: nothing here decides when a
// card is due.
//
// An imported file is untrusted: `parseImport` checks all of it before any
// of it is used, and `merge` never drops a card already stored.
(function (root) {
  "use strict";

  const FORMAT = "ml-interview-handbook-progress";
  const VERSION = 1;
  const STORAGE_KEY = "handbook.progress.v1";
  const MAX_IMPORT_BYTES = 1024 * 1024; // ~10,000 cards; a real file is far smaller
  const ANSWER_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const MAX_ID_LENGTH = 100;
  const STATES = [0, 1, 2, 3]; // ts-fsrs State: New, Learning, Review, Relearning
  const NUMBERS = ["stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses"];
  const RATINGS = ["good", "again"];

  const empty = () => ({ format: FORMAT, version: VERSION, cards: {} });

  // The first `limit` characters of a value, for a message (shown as text).
  const quote = (value, limit = 40) => {
    const text = String(value);
    return JSON.stringify(text.length > limit ? `${text.slice(0, limit)}…` : text);
  };

  const validDate = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value));

  // Why `card` is not a stored card, or "" if it is one.
  function cardProblem(card) {
    if (!card || typeof card !== "object" || Array.isArray(card)) return "is not an object";
    if (!validDate(card.due)) return "has no valid due date";
    if (card.last_review !== null && card.last_review !== undefined && !validDate(card.last_review))
      return "has an invalid last_review date";
    for (const name of NUMBERS)
      if (typeof card[name] !== "number" || !Number.isFinite(card[name]) || card[name] < 0)
        return `has an invalid ${name}`;
    if (!STATES.includes(card.state)) return "has an invalid state";
    if (card.last_rating !== undefined && !RATINGS.includes(card.last_rating)) return "has an invalid last_rating";
    return "";
  }

  // Only the fields a card has: an imported file cannot smuggle in others.
  const cleanCard = (card) => {
    const clean = { due: card.due, last_review: card.last_review ?? null, state: card.state };
    for (const name of NUMBERS) clean[name] = card[name];
    if (card.last_rating) clean.last_rating = card.last_rating;
    return clean;
  };

  const reviewedAt = (card) => (card && card.last_review ? Date.parse(card.last_review) : -Infinity);
  const later = (a, b) => (reviewedAt(b) > reviewedAt(a) ? b : a);

  // Follow `retired` (old ID -> live ID) and keep only live IDs; with
  // `liveIds` null (a page that has not loaded the answer list), keep all.
  // Returns { cards, skipped }: skipped lists IDs no answer has any more.
  function resolveIds(cards, liveIds, retired) {
    const live = liveIds ? new Set(liveIds) : null;
    const resolved = {};
    const skipped = [];
    for (const [id, card] of Object.entries(cards)) {
      const target = !live || live.has(id) ? id : retired[id];
      if (!target || (live && !live.has(target))) {
        skipped.push(id);
        continue;
      }
      resolved[target] = resolved[target] ? later(resolved[target], card) : card;
    }
    return { cards: resolved, skipped };
  }

  // Read an imported file's text. Returns { progress, skipped } or { error }.
  function parseImport(text, liveIds, retired) {
    if (typeof text === "string" && text.length > MAX_IMPORT_BYTES)
      return { error: `The file is larger than ${MAX_IMPORT_BYTES / 1024} KB: not a progress file of this handbook.` };
    if (typeof text !== "string" || !text.trim()) return { error: "The file is empty." };
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { error: `The file is not valid JSON (${error.message}); it may be truncated.` };
    }
    if (!data || typeof data !== "object" || data.format !== FORMAT)
      return { error: `The file is not a progress file of this handbook (its "format" is not "${FORMAT}").` };
    if (data.version !== VERSION)
      return { error: `The file has version ${quote(data.version)}; this handbook reads version ${VERSION}.` };
    if (!data.cards || typeof data.cards !== "object" || Array.isArray(data.cards))
      return { error: 'The file has no "cards" object.' };
    for (const [id, card] of Object.entries(data.cards)) {
      if (id.length > MAX_ID_LENGTH || !ANSWER_ID.test(id))
        return { error: `The file lists ${quote(id)}, which is not an answer ID; nothing was imported.` };
      const problem = cardProblem(card);
      if (problem) return { error: `The entry for ${quote(id)} ${problem}; nothing was imported.` };
    }
    const cleaned = Object.fromEntries(Object.entries(data.cards).map(([id, card]) => [id, cleanCard(card)]));
    const { cards, skipped } = resolveIds(cleaned, liveIds, retired);
    return { progress: { format: FORMAT, version: VERSION, cards }, skipped };
  }

  // Stored and imported progress together: for each answer, the card reviewed last.
  function merge(stored, imported) {
    const cards = { ...stored.cards };
    for (const [id, card] of Object.entries(imported.cards)) cards[id] = cards[id] ? later(cards[id], card) : card;
    return { format: FORMAT, version: VERSION, cards };
  }

  // What localStorage holds, migrated to live IDs; a damaged entry reads as
  // empty (and is left in place: `save` only runs after a new rating).
  function load(storage, liveIds = null, retired = {}) {
    let text = null;
    try {
      text = storage.getItem(STORAGE_KEY);
    } catch (error) {
      return empty(); // storage blocked (privacy settings): progress lasts the page
    }
    if (!text) return empty();
    const parsed = parseImport(text, liveIds, retired);
    return parsed.progress || empty();
  }

  function save(storage, progress) {
    try {
      storage.setItem(STORAGE_KEY, serialize(progress));
      return true;
    } catch (error) {
      return false;
    }
  }

  const serialize = (progress) => JSON.stringify({ format: FORMAT, version: VERSION, cards: progress.cards }, null, 1);

  // The end of the reader's day: "due today" means due before local midnight.
  const endOfDay = (now) => {
    const end = new Date(now);
    end.setHours(23, 59, 59, 999);
    return end;
  };

  const isDue = (card, now) => Date.parse(card.due) <= endOfDay(now).getTime();

  // Counts for the answers `ids`: seen (rated at least once), known (rated
  // and not due today), due (rated and due today).
  function summary(progress, ids, now) {
    let seen = 0;
    let due = 0;
    for (const id of ids) {
      const card = progress.cards[id];
      if (!card) continue;
      seen += 1;
      if (isDue(card, now)) due += 1;
    }
    return { total: ids.length, seen, known: seen - due, due };
  }

  // Progress after rating answer `id` at `now`; `good` is "Got it".
  function rate(progress, id, good, now, fsrs, scheduler) {
    const stored = progress.cards[id];
    const card = stored
      ? { ...stored, due: new Date(stored.due), last_review: stored.last_review ? new Date(stored.last_review) : undefined }
      : fsrs.createEmptyCard(now);
    const next = scheduler.next(card, now, good ? fsrs.Rating.Good : fsrs.Rating.Again).card;
    const saved = cleanCard({
      ...next,
      due: next.due.toISOString(),
      last_review: next.last_review ? new Date(next.last_review).toISOString() : now.toISOString(),
      last_rating: good ? "good" : "again",
    });
    return { format: FORMAT, version: VERSION, cards: { ...progress.cards, [id]: saved } };
  }

  // The scheduler: FSRS's defaults, with one-minute learning steps, so that
  // "Review again" brings a card back in the same session and "Got it" on a
  // new card schedules it for a later day.
  const scheduler = (fsrs) =>
    fsrs.fsrs(fsrs.generatorParameters({ learning_steps: ["1m"], relearning_steps: ["1m"] }));

  // Answers to practise from `answers` (in book order): due first (earliest
  // first), then new ones, at most `limit`.
  function sessionQueue(progress, answers, limit, now) {
    const due = answers
      .filter((answer) => progress.cards[answer.id] && isDue(progress.cards[answer.id], now))
      .sort((a, b) => Date.parse(progress.cards[a.id].due) - Date.parse(progress.cards[b.id].due));
    const fresh = answers.filter((answer) => !progress.cards[answer.id]);
    return due.concat(fresh).slice(0, limit);
  }

  // The earliest due date among `answers`, or null.
  function nextDue(progress, answers) {
    const dates = answers.filter((a) => progress.cards[a.id]).map((a) => Date.parse(progress.cards[a.id].due));
    return dates.length ? new Date(Math.min(...dates)) : null;
  }

  const api = {
    FORMAT, VERSION, STORAGE_KEY, MAX_IMPORT_BYTES,
    empty, parseImport, merge, load, save, serialize, summary, rate, scheduler, sessionQueue, nextDue, isDue,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.handbookProgress = api;
})(typeof window !== "undefined" ? window : globalThis);
