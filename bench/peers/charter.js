// This project's search through its published JS API (pkg/charter_explorer.js).
import { publish } from './publish.js';

const mod = await import('/pkg/charter_explorer.js');
publish('charter-explorer', mod.default(), (q, section) => mod.search(q, section ? { section } : undefined).map((r) => r.id));
