// The README's JavaScript examples as programs: every ```js block of a README,
// in order, as one module (a reader reads them as one session: later blocks
// use what the first imported and initialised). Where a line is a statement
// followed by a comment that starts with a value (`search(…)[0].id; // 'I.4'`,
// `explain(…); // { missing: ['weapons'], … }`), the value is checked:
//   - `…` means "and more" (more keys in an object, more items in an array);
//   - a bare name in an object (`{ id, text, … }`) means "this key, any value";
//   - prose after the value (` (on nuclear energy)`, ` → …`, `, or null`) is
//     not part of it.
// Lines whose comment is prose are run, not checked.

const VALUE_START = /^(?:\{|\[|'|"|-?\d|null\b|true\b|false\b)/;
const CUTS = [' (', ' →', ', or ', ' or ', ' —', ' //'];

/** ```js blocks of a Markdown text, each with its first line number. */
export function jsBlocks(markdown) {
  const out = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '```js') {
      const start = i + 2;
      const body = [];
      for (i++; i < lines.length && lines[i].trim() !== '```'; i++) body.push(lines[i]);
      out.push({ line: start, code: body.join('\n') });
    }
  }
  return out;
}

/** The candidate texts of an expected value: the comment, then shorter prefixes. */
function candidates(comment) {
  const c = comment.replace(/^→\s*/, '').trim();
  if (!VALUE_START.test(c)) return [];
  const out = [c];
  for (const cut of CUTS) {
    const i = c.indexOf(cut);
    if (i > 0) out.push(c.slice(0, i).trim());
  }
  return [...new Set(out)].sort((a, b) => a.length - b.length).reverse();
}

/** The expected value as a JS expression: `…` becomes the "more" marker. */
function expression(text) {
  return text.replace(/,\s*…/g, ', __MORE').replace(/…/g, '__MORE');
}

/** Whether `text` parses as an expression (in sloppy mode, inside `with`). */
function parses(text) {
  try {
    // eslint-disable-next-line no-new-func
    new Function('__scope', `with (__scope) { return (${expression(text)}); }`);
    return true;
  } catch {
    return false;
  }
}

/**
 * A README's blocks as programs, one per package entry they import from
 * (`charter-explorer`, `charter-explorer/search`): a block without an import
 * continues the session of the block before it. `keep(block)` selects blocks
 * (Node runs those without the DOM).
 */
export function programs(markdown, { keep = () => true } = {}) {
  const sessions = new Map();
  let entry = 'charter-explorer';
  for (const block of jsBlocks(markdown)) {
    const own = block.code.match(/^import\b.*from\s*'(charter-explorer(?:\/[\w.]+)?)'/m);
    if (own) entry = own[1];
    if (!keep(block)) continue;
    if (!sessions.has(entry)) sessions.set(entry, []);
    sessions.get(entry).push(block);
  }
  return [...sessions].map(([from, blocks]) => programFor(blocks, from));
}

/**
 * Blocks as one module's source: the imports hoisted and merged, each block
 * in its own scope, checked lines wrapped in `__expect`.
 */
function programFor(blocks, from) {
  const names = new Set();
  const others = new Set(); // imports from other modules (node:fs …), hoisted as written
  let defaultName = null;
  const bodies = [];
  let checks = 0;
  for (const block of blocks) {
    const out = [];
    block.code.split('\n').forEach((line, k) => {
      const at = block.line + k;
      const imp = line.match(/^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*'([^']+)';?\s*$/);
      if (imp && imp[3] !== from) {
        others.add(line.trim());
        return;
      }
      if (imp) {
        if (imp[1]) defaultName = imp[1];
        for (const n of (imp[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) names.add(n);
        return;
      }
      const m = line.match(/^(?!\s)(?!(?:const|let|var|for|if|import|export|await init)\b)(.+?);\s*\/\/\s*(.+)$/);
      const expected = m ? candidates(m[2]).find(parses) : undefined;
      if (expected) {
        checks++;
        out.push(`__expect(${at}, ${JSON.stringify(m[1])}, () => (${m[1]}), ${JSON.stringify(expression(expected))});`);
      } else {
        out.push(line);
      }
    });
    bodies.push(`{ // README line ${block.line}\n${out.join('\n')}\n}`);
  }
  const imports = `import ${defaultName ? `${defaultName}${names.size ? ', ' : ''}` : ''}${names.size ? `{ ${[...names].join(', ')} }` : ''} from '${from}';`;
  const source = `${[...others].join('\n')}
${imports}
const __ANY = Symbol('any');
const __MORE = Symbol('more');
const __scope = new Proxy({}, { has: (_, k) => k !== '__MORE' && typeof k === 'string', get: (_, k) => (k === Symbol.unscopables ? undefined : __ANY) });
const __failures = [];
let __checked = 0;
function __match(a, e) {
  if (e === __ANY) return true;
  if (Array.isArray(e)) {
    if (!Array.isArray(a)) return false;
    const more = e.at(-1) === __MORE;
    const items = more ? e.slice(0, -1) : e;
    if (more ? a.length < items.length : a.length !== items.length) return false;
    return items.every((x, i) => __match(a[i], x));
  }
  if (e && typeof e === 'object') {
    if (!a || typeof a !== 'object') return false;
    const keys = Object.keys(e).filter((k) => e[k] !== __MORE);
    const more = Object.keys(e).some((k) => e[k] === __MORE);
    if (!more && Object.keys(a).length !== keys.length) return false;
    return keys.every((k) => k in a && __match(a[k], e[k]));
  }
  return Object.is(a, e);
}
function __expect(line, text, actual, expected) {
  __checked++;
  const a = actual();
  // Sloppy-mode code (a module is strict): \`with\` gives bare names a value.
  const e = new Function('__scope', '__MORE', \`with (__scope) { return (\${expected}); }\`)(__scope, __MORE);
  if (!__match(a, e)) __failures.push({ line, text, actual: a });
}
${bodies.join('\n')}
export const report = { checked: __checked, failures: __failures };
`;
  return { source, checks, entry: from };
}

/** A block written as a CommonJS file (its first line is `// name.cjs`). */
export const isCommonJs = (block) => /^\/\/ \S+\.cjs\s*$/.test(block.code.split('\n')[0]);

/** What a CommonJS block prints: the values of its `console.log(…); // value` comments. */
export function printed(block) {
  const out = [];
  for (const line of block.code.split('\n')) {
    const m = line.match(/console\.log\(.*\);\s*\/\/\s*(.+)$/);
    const v = m && candidates(m[1]).find(parses);
    // eslint-disable-next-line no-new-func
    if (v) out.push(String(new Function(`return (${v});`)()));
  }
  return out;
}
