// A strict TypeScript consumer of `charter-explorer/search` in a Node.js
// project with no DOM types (lib ES2022, @types/node): the search entry's
// types must compile there. The @ts-expect-error lines must be errors, which
// proves the types are more than `any`.
import { readFileSync } from 'node:fs';
import init, {
  search,
  explain,
  suggest,
  sectionCounts,
  clauses,
  clause,
  sections,
  metadata,
  loadReaders,
  isReady,
  memoryBytes,
  version,
  CharterError,
  type CharterErrorCode,
  type Clause,
  type Explanation,
  type Highlight,
  type InitInput,
  type InitOptions,
  type Metadata,
  type SearchOptions,
  type SearchResult,
  type Section,
  type SectionCounts,
  type SectionId,
  type Wording,
} from 'charter-explorer/search';
// @ts-expect-error — the search entry has no widget
import { mount } from 'charter-explorer/search';

export async function demo(): Promise<string[]> {
  const wasm: InitInput = readFileSync(new URL('./node_modules/charter-explorer/charter_search_bg.wasm', import.meta.url));
  const at: InitInput = new URL('https://example.org/charter_search_bg.wasm');
  const options: InitOptions = { readers: 'lazy' };
  await init(wasm, options);
  await loadReaders(readFileSync('node_modules/charter-explorer/charter_readers.bin'));
  const ready: boolean = isReady();
  const mem: number = memoryBytes();
  const v: string = version;
  const opts: SearchOptions = { section: ['I', 'III'], limit: 5, wording: 'aims' };
  const results: SearchResult[] = search('energy', opts);
  const first: SearchResult | undefined = results[0];
  const h: Highlight | undefined = first?.highlights[0];
  const text: string = first && h ? first.text.slice(h[0], h[1]) : '';
  const w: Wording | undefined = first?.wording;
  const s: string | null = suggest('nukelar');
  const why: Explanation = explain('nuclear weapons', { section: 'I' });
  const counts: SectionCounts = sectionCounts('energy');
  const all: readonly Clause[] = clauses();
  const one: Clause | null = clause('II.4');
  const secs: readonly Section[] = sections();
  const id: SectionId = secs[0].id;
  const meta: Metadata = metadata();
  try {
    search('x', { section: 'II' });
  } catch (e) {
    if (e instanceof CharterError) {
      const code: CharterErrorCode = e.code;
      console.log(code);
    }
  }

  // @ts-expect-error — the query must be a string
  search(42);
  // @ts-expect-error — "V" is not a section id
  search('x', { section: 'V' });
  // @ts-expect-error — results are read-only
  first!.id = 'X';
  // @ts-expect-error — counts are numbers
  const wrong: string = counts.I;
  // @ts-expect-error — the suggestion may be null
  const sure: string = why.suggestion;
  // @ts-expect-error — readers load eagerly or lazily
  await init(at, { readers: 'never' });

  return [String(ready), String(mem), v, text, w ?? '', s ?? '', String(all.length), one?.id ?? '', id, meta.signed.place, wrong, sure, String(typeof mount)];
}
