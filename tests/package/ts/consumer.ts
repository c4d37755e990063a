// A strict TypeScript consumer: uses every exported type; the @ts-expect-error
// lines must be errors, which proves the types are more than `any`.
import init, {
  search,
  explain,
  suggest,
  sectionCounts,
  clauses,
  clause,
  sections,
  metadata,
  mount,
  isReady,
  memoryBytes,
  version,
  CharterError,
  type CharterErrorCode,
  type Clause,
  type Explanation,
  type ExplorerHandle,
  type ExplorerState,
  type Highlight,
  type InitInput,
  type Labels,
  type Metadata,
  type MountOptions,
  type SearchOptions,
  type SearchResult,
  type Section,
  type SectionCounts,
  type SectionId,
  type Theme,
  type CharterSearchEventDetail,
} from 'charter-explorer';
import 'charter-explorer/embed';

export async function demo(el: HTMLElement, wasm: InitInput): Promise<string[]> {
  await init(wasm);
  const ready: boolean = isReady();
  const mem: number = memoryBytes();
  const v: string = version;
  const opts: SearchOptions = { section: ['I', 'III'], limit: 5 };
  const results: SearchResult[] = search('energy', opts);
  const first: SearchResult | undefined = results[0];
  const h: Highlight | undefined = first?.highlights[0];
  const text: string = first && h ? first.text.slice(h[0], h[1]) : '';
  const s: string | null = suggest('nukelar');
  const why: Explanation = explain('nuclear weapons', { section: 'I' });
  const notIn: string = why.covered ? why.missing.join(', ') : (why.suggestion ?? '');
  const total: number = why.total;
  const related: readonly string[] = first?.related ?? [];
  const counts: SectionCounts = sectionCounts('energy');
  const n: number = counts.III;
  const all: readonly Clause[] = clauses();
  const one: Clause | null = clause('II.4');
  const secs: readonly Section[] = sections();
  const id: SectionId = secs[0].id;
  const meta: Metadata = metadata();
  const theme: Theme = 'auto';
  const labels: Labels = { search: 'Axtar', count_other: '{n} bənd' };
  const mo: MountOptions = { theme, labels, section: 'III', hash: false, maxHeight: 480 };
  const handle: ExplorerHandle = mount(el, mo);
  const state: ExplorerState | null = handle.state;
  handle.setQuery('cyber');
  handle.setSection(['III']);
  handle.openClause('III.3');
  handle.openClause();
  handle.setTheme('dark');
  handle.setLabels(labels);
  handle.setHash(true);
  handle.setMaxHeight('none');
  handle.setWording('aims');
  try {
    clause('II.4');
  } catch (e) {
    if (e instanceof CharterError && e.code === 'UNKNOWN_WORDING') console.log(e.message);
  }
  el.addEventListener('charter-explorer:search', (e) => {
    const d: CharterSearchEventDetail = e.detail;
    console.log(d.query, d.count);
  });
  el.addEventListener('charter-explorer:select', (e) => console.log(e.detail.id));
  // The events bubble out of the shadow root: typed on document and window too.
  document.addEventListener('charter-explorer:zero-results', (e) => console.log(e.detail.query));
  window.addEventListener('charter-explorer:search', (e) => console.log(e.detail.sections.join()));
  try {
    search('x', { section: 'II' });
  } catch (e) {
    if (e instanceof CharterError) {
      const code: CharterErrorCode = e.code;
      console.log(code);
    }
  }
  handle.unmount();
  const tag: HTMLElement = document.createElement('charter-explorer');

  // @ts-expect-error — the query must be a string
  search(42);
  // @ts-expect-error — "V" is not a section id
  search('x', { section: 'V' });
  // @ts-expect-error — results are read-only
  first!.id = 'X';
  // @ts-expect-error — no such theme
  handle.setTheme('neon');
  // @ts-expect-error — counts are numbers
  const wrong: string = counts.I;
  // @ts-expect-error — the suggestion may be null
  const sure: string = why.suggestion;
  // @ts-expect-error — the missing words are read-only
  why.missing.push('x');

  return [String(ready), String(mem), v, text, s ?? '', String(n), String(all.length), one?.id ?? '', id, meta.signed.place, String(state?.count), tag.localName, wrong, notIn, String(total), related.join(' '), sure];
}
