// Authoring tool: lays out a native dataset in the real app (fcose, seeded) and stores the positions in the file.
// Usage: npm run layout -- graph-data/sixth-call.json [--tries 40]
// It serves the app with Vite, opens it in Chromium with the dataset stripped of positions, tries seeds until no
// two labels overlap at the first fit, and writes x/y back into the file (rounded, nothing else changed).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { seededRandom } from '../src/model/seeded-random';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium';

const file = process.argv[2];
const triesFlag = process.argv.indexOf('--tries');
const tries = triesFlag > 0 ? Number(process.argv[triesFlag + 1]) : 40;
if (!file) {
  console.error('usage: npm run layout -- <dataset.json> [--tries N]');
  process.exit(2);
}

interface Serialized {
  nodes: { key: string; attributes: Record<string, unknown> }[];
}
const data = JSON.parse(readFileSync(file, 'utf8')) as Serialized;
for (const node of data.nodes) {
  delete node.attributes.x;
  delete node.attributes.y;
}
const stripped = JSON.stringify(data);

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === 'object' && address ? address.port : 5173;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

let best: { seed: number; overlaps: number; positions: Record<string, { x: number; y: number }> } | undefined;
for (let seed = 1; seed <= tries && (best?.overlaps ?? 1) > 0; seed++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // A seeded Math.random makes fcose's randomised start repeatable, so the chosen seed can be reproduced.
  await page.addInitScript({ content: `Math.random = (${seededRandom.toString()})(${seed});` });
  // Only the data fetch, not the module import of its URL (`?import&url`), gets the stripped copy.
  const dataName = file.split('/').pop() ?? file;
  await page.route(
    (url) => url.pathname.endsWith(`/${dataName}`) && !url.search.includes('import'),
    (route) => route.fulfill({ body: stripped, contentType: 'application/json' }),
  );
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('#canvas[data-state="ready"]', { timeout: 60_000 });
  const result = await page.evaluate(() => {
    const cy = window.cy;
    const boxes = cy
      .nodes()
      .map((n) => n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a && b && a.x1 < b.x2 + 4 && b.x1 < a.x2 + 4 && a.y1 < b.y2 + 4 && b.y1 < a.y2 + 4) overlaps++;
      }
    }
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { x: Math.round(n.position('x')), y: Math.round(n.position('y')) };
    });
    return { overlaps, positions };
  });
  console.log(`seed ${seed}: ${result.overlaps} overlapping label boxes (4 px margin)`);
  if (!best || result.overlaps < best.overlaps) best = { seed, ...result };
  await page.close();
}
await browser.close();
await server.close();

if (!best) process.exit(1);
const original = JSON.parse(readFileSync(file, 'utf8')) as Serialized;
for (const node of original.nodes) {
  const p = best.positions[node.key];
  if (p) Object.assign(node.attributes, p);
}
writeFileSync(file, `${JSON.stringify(original, null, 2)}\n`);
console.log(`wrote positions from seed ${best.seed} (${best.overlaps} overlaps) into ${file}`);
