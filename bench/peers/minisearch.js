// MiniSearch as its docs recommend for search-as-you-type with typo tolerance:
// prefix search and fuzzy 0.2, default tokenizer and BM25+ ranking.
import MiniSearch from 'minisearch';
import { clauses, publish } from './common.js';

const ms = new MiniSearch({ fields: ['text'], storeFields: ['id', 'section'], idField: 'i', searchOptions: { prefix: true, fuzzy: 0.2 } });
ms.addAll(clauses);
publish('MiniSearch', null, (q, section) =>
  ms.search(q, section ? { filter: (r) => r.section === section } : undefined).map((r) => r.id),
);
