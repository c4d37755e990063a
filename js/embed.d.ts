/** Importing the embed defines the <charter-explorer> element. */
declare global {
  interface HTMLElementTagNameMap {
    'charter-explorer': HTMLElement;
  }
}
export {};
