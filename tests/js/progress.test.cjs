// Unit tests of docs/javascripts/progress.js with the pinned ts-fsrs, in Node
// (`node --test tests/js/`; tests/test_js.py runs them from pytest).
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const progress = require(path.join(__dirname, "../../docs/javascripts/progress.js"));
const fsrs = require(path.join(__dirname, "../../node_modules/ts-fsrs"));

const LIVE = ["bias-variance", "l1-vs-l2", "kv-cache"];
const RETIRED = { "old-bias-variance": "bias-variance" };
const NOON = new Date(2026, 11, 5, 12, 0, 0); // local time: "today" ends at midnight
const scheduler = progress.scheduler(fsrs);

const rated = (ids, good, now = NOON) =>
  ids.reduce((state, id) => progress.rate(state, id, good, now, fsrs, scheduler), progress.empty());

const fileOf = (cards) => JSON.stringify({ format: progress.FORMAT, version: progress.VERSION, cards });

test("Got it on a new card schedules it for a later day; Review again keeps it due today", () => {
  let state = progress.rate(progress.empty(), "kv-cache", true, NOON, fsrs, scheduler);
  assert.equal(progress.isDue(state.cards["kv-cache"], NOON), false);
  assert.ok(Date.parse(state.cards["kv-cache"].due) - NOON.getTime() >= 24 * 3600 * 1000);
  assert.equal(state.cards["kv-cache"].last_rating, "good");
  state = progress.rate(state, "l1-vs-l2", false, NOON, fsrs, scheduler);
  assert.equal(progress.isDue(state.cards["l1-vs-l2"], NOON), true);
  assert.deepEqual(progress.summary(state, LIVE, NOON), { total: 3, seen: 2, known: 1, due: 1 });
});

test("a card rated twice keeps its history: reps count up", () => {
  let state = rated(["kv-cache"], false);
  state = progress.rate(state, "kv-cache", true, new Date(NOON.getTime() + 120_000), fsrs, scheduler);
  assert.equal(state.cards["kv-cache"].reps, 2);
});

test("a session takes due cards first, then new ones, up to the limit, and skips known ones", () => {
  const answers = LIVE.map((id) => ({ id }));
  let state = progress.rate(progress.empty(), "bias-variance", true, NOON, fsrs, scheduler); // known
  state = progress.rate(state, "kv-cache", false, NOON, fsrs, scheduler); // due
  assert.deepEqual(progress.sessionQueue(state, answers, 10, NOON).map((a) => a.id), ["kv-cache", "l1-vs-l2"]);
  assert.deepEqual(progress.sessionQueue(state, answers, 1, NOON).map((a) => a.id), ["kv-cache"]);
  assert.ok(progress.nextDue(state, answers) <= NOON.getTime() + 120_000);
});

test("export then import restores the same cards", () => {
  const state = rated(["kv-cache", "l1-vs-l2"], true);
  const back = progress.parseImport(progress.serialize(state), LIVE, RETIRED);
  assert.equal(back.error, undefined);
  assert.deepEqual(back.progress.cards, state.cards);
  assert.deepEqual(back.skipped, []);
});

test("a retired ID's progress follows its successor; unknown IDs are skipped and listed", () => {
  const card = rated(["kv-cache"], true).cards["kv-cache"];
  const back = progress.parseImport(fileOf({ "old-bias-variance": card, "gone-answer": card }), LIVE, RETIRED);
  assert.deepEqual(Object.keys(back.progress.cards), ["bias-variance"]);
  assert.deepEqual(back.skipped, ["gone-answer"]);
});

test("merging keeps every stored card and, per answer, the one reviewed last", () => {
  const stored = rated(["kv-cache", "l1-vs-l2"], false);
  const newer = rated(["kv-cache"], true, new Date(NOON.getTime() + 3600_000));
  const merged = progress.merge(stored, newer);
  assert.deepEqual(Object.keys(merged.cards).sort(), ["kv-cache", "l1-vs-l2"]);
  assert.equal(merged.cards["kv-cache"].last_rating, "good");
  assert.equal(progress.merge(newer, stored).cards["kv-cache"].last_rating, "good");
});

const card = () => rated(["kv-cache"], true).cards["kv-cache"];
const BAD_FILES = {
  "an empty file": ["", /empty/],
  "a truncated file": [fileOf({ "kv-cache": card() }).slice(0, 50), /not valid JSON.*truncated/],
  "a foreign JSON file": [JSON.stringify({ cards: {} }), /not a progress file/],
  "a newer version": [JSON.stringify({ format: progress.FORMAT, version: 2, cards: {} }), /version "2"/],
  "cards as a list": [JSON.stringify({ format: progress.FORMAT, version: 1, cards: [] }), /no "cards" object/],
  "markup as an ID": [fileOf({ "<img src=x onerror=alert(1)>": card() }), /is not an answer ID; nothing was imported/],
  "a card without a due date": [fileOf({ "kv-cache": { ...card(), due: "soon" } }), /"kv-cache" has no valid due date/],
  "a negative stability": [fileOf({ "kv-cache": { ...card(), stability: -1 } }), /invalid stability/],
  "an unknown state": [fileOf({ "kv-cache": { ...card(), state: 9 } }), /invalid state/],
  "an oversized file": [" ".repeat(progress.MAX_IMPORT_BYTES + 1), /larger than/],
};
for (const [name, [text, message]] of Object.entries(BAD_FILES)) {
  test(`import rejects ${name} as a whole, with a message`, () => {
    const result = progress.parseImport(text, LIVE, RETIRED);
    assert.equal(result.progress, undefined);
    assert.match(result.error, message);
  });
}

test("an imported card keeps only the fields of a card", () => {
  const back = progress.parseImport(fileOf({ "kv-cache": { ...card(), extra: "<b>x</b>" } }), LIVE, RETIRED);
  assert.equal("extra" in back.progress.cards["kv-cache"], false);
});

test("load reads what save wrote, and a damaged store reads as empty", () => {
  const storage = new Map();
  const local = { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => storage.set(key, value) };
  const state = rated(["l1-vs-l2"], true);
  assert.equal(progress.save(local, state), true);
  assert.deepEqual(progress.load(local, LIVE, RETIRED).cards, state.cards);
  storage.set(progress.STORAGE_KEY, "{not json");
  assert.deepEqual(progress.load(local, LIVE, RETIRED).cards, {});
  const blocked = { getItem: () => { throw new Error("SecurityError"); } };
  assert.deepEqual(progress.load(blocked, LIVE, RETIRED).cards, {});
});

test("a page without the answer list loads every stored card as it is", () => {
  const storage = new Map();
  const local = { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => storage.set(key, value) };
  const state = rated(["kv-cache"], true);
  progress.save(local, { ...state, cards: { ...state.cards, "old-bias-variance": state.cards["kv-cache"] } });
  assert.deepEqual(Object.keys(progress.load(local).cards).sort(), ["kv-cache", "old-bias-variance"]);
});
