// charter-explorer/embed: importing it defines <charter-explorer> (where there
// is a DOM; in Node.js it defines nothing and does not throw). Its events are
// typed on elements, `document` and `window`, as for the main entry.
export type {
  CharterExplorerEventMap,
  CharterSearchEventDetail,
  CharterSelectEventDetail,
  CharterShareEventDetail,
  CharterZeroResultsEventDetail,
} from './charter_explorer.js';

declare global {
  interface HTMLElementTagNameMap {
    'charter-explorer': HTMLElement;
  }
}
