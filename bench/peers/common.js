// The 27 clauses, bundled into each peer engine's bench file (this project's
// engine carries its own copy inside the WebAssembly).
import charter from '../../data/charter.json';

export const clauses = charter.clauses.map((c, i) => ({ i, id: c.id, section: c.section, text: c.text }));
export { publish } from './publish.js';
