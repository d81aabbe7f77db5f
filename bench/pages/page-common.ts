// What both peer pages share: the bench hooks, the `?data=` fetch, and a container sized like the app's canvas.

import type { NativeDataset } from '../../src/model/validate-dataset';
import { installBenchHooks } from '../page-hooks';
import type { BenchState } from '../protocol';

/** The page's bench state; installs the hooks itself when the page is opened by hand, outside the runner. */
export function getBench(): BenchState {
  installBenchHooks();
  return window.__bench;
}

/** The graph container, sized by `?w=&h=` (the runner passes the app's canvas size) or filling the window. */
export function prepareContainer(): HTMLElement {
  const container = document.getElementById('graph');
  if (!container) throw new Error('the page has no #graph element');
  const params = new URLSearchParams(location.search);
  container.style.width = params.get('w') ? `${params.get('w')}px` : '100vw';
  container.style.height = params.get('h') ? `${params.get('h')}px` : '100vh';
  return container;
}

/** Fetches the `?data=` dataset as text (marking 'response' and 'fetched' through the hooks). */
export async function fetchData(): Promise<string> {
  const url = new URLSearchParams(location.search).get('data');
  if (!url) throw new Error('open this page with ?data=<url of a dataset>');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not fetch ${url}: ${response.status}`);
  return response.text();
}

/** Shows a failure on the page and in the bench state, so the runner reports it instead of waiting. */
export function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  document.body.textContent = message;
  getBench().mark('failed');
  console.error(message);
}

/** Fetches and parses the `?data=` dataset, marking 'parsed': the same clock point on every peer page. */
export async function fetchDataset(bench: BenchState): Promise<NativeDataset> {
  const data = JSON.parse(await fetchData()) as NativeDataset;
  bench.mark('parsed');
  return data;
}
