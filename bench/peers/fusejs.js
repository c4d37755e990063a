// Fuse.js as its docs suggest for long text fields: fuzzy threshold 0.3 and
// ignoreLocation (matches anywhere in the clause); section filtered after.
import Fuse from 'fuse.js';
import { clauses, publish } from './common.js';

const fuse = new Fuse(clauses, { keys: ['text'], threshold: 0.3, ignoreLocation: true, includeScore: true });
publish('Fuse.js', null, (q, section) => {
  let res = fuse.search(q);
  if (section) res = res.filter((r) => r.item.section === section);
  return res.map((r) => r.item.id);
});
