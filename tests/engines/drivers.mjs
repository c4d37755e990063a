// The three browser engines readers use, each through its own W3C WebDriver
// server, driven with selenium-webdriver: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver,
// which needs an X display: Xvfb through xvfb-run). Everything comes from the
// package registries (scripts/setup.sh); nothing downloads a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder, Capabilities } from 'selenium-webdriver';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function which(cmd, ...extra) {
  for (const p of [...(process.env.PATH ?? '').split(':'), ...extra]) {
    if (p && existsSync(join(p, cmd))) return join(p, cmd);
  }
  return null;
}


export const ENGINES = {
  chromium: {
    name: 'Chromium',
    command: (port) => [which('chromedriver') ?? '/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: () => ({
      browserName: 'chrome',
      'goog:chromeOptions': { binary: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--window-size=1280,900'] },
    }),
  },
  firefox: {
    name: 'Firefox',
    command: (port) => [which('geckodriver', join(homedir(), '.cargo', 'bin')) ?? 'geckodriver', ['--port', String(port)]],
    capabilities: () => ({
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless', '-width', '1280', '-height', '900'] },
    }),
  },
  webkit: {
    name: 'WebKit',
    command: (port) => [which('xvfb-run') ?? 'xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', which('WebKitWebDriver') ?? 'WebKitWebDriver', `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }),
  },
};

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForStatus(url, ms) {
  const until = Date.now() + ms;
  let last;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebDriver server at ${url} did not start: ${last?.message ?? 'no answer'}`);
}

/**
 * Starts the engine's WebDriver server and a session. Returns { driver,
 * stop }; stop() ends the session and the server (with any Xvfb it started).
 */
export async function startEngine(key) {
  const engine = ENGINES[key];
  const port = await freePort();
  const [cmd, args] = engine.command(port);
  const server = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-2000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stopServer = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  try {
    await waitForStatus(url, 20000);
    const driver = await new Builder().usingServer(url).withCapabilities(new Capabilities(engine.capabilities())).build();
    await driver.manage().setTimeouts({ script: 15000, pageLoad: 30000 });
    return {
      driver,
      async stop() {
        try {
          await driver.quit();
        } catch {
          /* the session may be gone already */
        }
        stopServer();
      },
    };
  } catch (e) {
    stopServer();
    throw new Error(`${engine.name}: ${e.message}\n${stderr}`);
  }
}
