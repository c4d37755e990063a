// The demo article the start-up benchmarks load (www/index.html with the
// README's one-line embed), written into a site folder of their own with
// its stylesheet; and the same article without the widget's script, for
// the page's own share of a figure.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../tests/e2e/helpers.mjs';

const EMBED = /<script type="module" src="[^"]*embed\.js"><\/script>/;

/** The demo article's HTML. */
export function readArticle() {
  return readFileSync(join(root, 'www', 'index.html'), 'utf8');
}

/** The article without the widget's script (the element stays, static and unstyled). */
export function withoutWidget(article) {
  const alone = article.replace(EMBED, '');
  if (alone === article) throw new Error('www/index.html has no embed.js script tag');
  return alone;
}

/** Writes `pages` ({ file: html }) and the article's stylesheet into build/<name>; returns its path. */
export function writeSite(name, pages) {
  const site = join(root, 'build', name);
  mkdirSync(site, { recursive: true });
  copyFileSync(join(root, 'www', 'news.css'), join(site, 'news.css'));
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(site, file), html);
  return site;
}
