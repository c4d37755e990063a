// FlexSearch 0.8 as its docs suggest for fuzzy search-as-you-type: a Document
// index with the "forward" tokenizer (prefixes), the LatinAdvanced encoder
// (phonetic normalisation), section as a tag, and `suggest: true` so partial
// matches are returned.
import { Document, Charset } from 'flexsearch';
import { clauses, publish } from './common.js';

const index = new Document({
  document: { id: 'i', index: ['text'], tag: ['section'] },
  tokenize: 'forward',
  encoder: Charset.LatinAdvanced,
});
for (const c of clauses) index.add(c);
publish('FlexSearch', null, (q, section) => {
  const opts = { suggest: true, limit: 27 };
  if (section) opts.tag = { section };
  const res = index.search(q, opts);
  // Results come per field; merge in order.
  const ids = [];
  for (const field of res) for (const i of field.result) if (!ids.includes(i)) ids.push(i);
  return ids.map((i) => clauses[i].id);
});
