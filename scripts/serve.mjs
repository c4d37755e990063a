// A small static server for the demo and the browser tests: serves www/ at /
// and pkg/ at /pkg/, with COOP/COEP (precise timers) and optional extra
// headers (e.g. a Content-Security-Policy) per path. With `compress` it
// answers as npm CDNs do: Brotli when the browser accepts it, else gzip,
// sending the package's precompressed .br/.gz copies when they are there.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The body in `encoding` ('br' or 'gzip'): the precompressed copy beside the file if any, else compressed now (and kept). */
const made = new Map();
async function encoded(file, body, encoding, mtime) {
  const ext = encoding === 'br' ? '.br' : '.gz';
  try {
    const s = await stat(file + ext);
    if (s.isFile() && s.mtimeMs >= mtime) return await readFile(file + ext);
  } catch {
    /* no copy: compress below */
  }
  const key = `${file}${ext}@${mtime}`;
  if (!made.has(key)) {
    made.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return made.get(key);
}

/** The encoding to send for an Accept-Encoding header: Brotli first, as CDNs do. */
export function pickEncoding(accept, allowBrotli = true) {
  const has = (name) => new RegExp(`(^|[,\\s])${name}(;q=(?!0(\\.0*)?\\b)[\\d.]+)?\\s*(,|$)`).test(accept ?? '');
  if (allowBrotli && has('br')) return 'br';
  if (has('gzip')) return 'gzip';
  return null;
}

/**
 * Starts a server. `mounts` maps URL prefixes to folders; `headers(path)` may
 * return extra headers; `fail(path)` may return a status code to answer with;
 * `compress` answers with Brotli or gzip as a CDN does (`gzip` alone: gzip
 * only, for comparison); `cache` sets Cache-Control for /pkg/ files
 * ('immutable', as a CDN serves a versioned folder; default no-store).
 */
export function serve({ port = 0, host = '127.0.0.1', mounts, headers = () => ({}), fail = () => 0, log = null, gzip = false, compress = false, cache = 'no-store' } = {}) {
  const table = mounts ?? { '/pkg/': join(here, 'pkg'), '/': join(here, 'www') };
  const prefixes = Object.keys(table).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (log) log(path);
    const base = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': cache === 'immutable' && path.startsWith('/pkg/') ? 'public, max-age=31536000, immutable' : 'no-store',
      ...headers(path),
    };
    const code = fail(path);
    if (code) {
      res.writeHead(code, base);
      res.end();
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    if (!prefix) {
      res.writeHead(404, base);
      res.end('not found');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const root = table[prefix];
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403, base);
      res.end();
      return;
    }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = {};
      const encoding = (compress || gzip) && !/image\/png/.test(type) ? pickEncoding(req.headers['accept-encoding'], !!compress) : null;
      if (encoding) {
        body = await encoded(file, body, encoding, s.mtimeMs);
        extra['Content-Encoding'] = encoding;
        extra.Vary = 'Accept-Encoding';
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length, ...extra, ...base });
      res.end(body);
    } catch {
      res.writeHead(404, base);
      res.end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}`, close: () => new Promise((c) => server.close(c)) }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ port, compress: true });
  console.log(`charter-explorer demo: ${url}/  (two instances: ${url}/two.html)`);
}
