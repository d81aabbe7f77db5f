// Play and Pause: moves the as-of date through the distinct dates at a chosen speed, stopping at the last one.

import { el } from '../dom';

/** How long each date stays on screen, by the name the speed choice shows. */
export const PLAY_SPEEDS = { Slow: 1200, Normal: 600, Fast: 150 } as const;

/** The Play/Pause button with its speed choice; `step` moves one date on and says whether there is another. */
export function timePlayer(step: (first: boolean) => boolean): { node: HTMLElement; stop(): void } {
  const button = el('button', { type: 'button', id: 'time-play', 'aria-pressed': 'false' }, 'Play');
  const speed = el('select', { id: 'time-speed' });
  for (const [name, ms] of Object.entries(PLAY_SPEEDS)) speed.append(el('option', { value: String(ms) }, name));
  speed.value = String(PLAY_SPEEDS.Normal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    button.textContent = 'Play';
    button.setAttribute('aria-pressed', 'false');
  };
  const tick = () => {
    if (step(false)) timer = setTimeout(tick, Number(speed.value));
    else stop();
  };
  button.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    button.textContent = 'Pause';
    button.setAttribute('aria-pressed', 'true');
    // The first step puts the date at the start when it is at the end (or shows all dates), then the play goes on.
    if (step(true)) timer = setTimeout(tick, Number(speed.value));
    else stop();
  });
  const node = el('p', { class: 'buttons time-play' }, button, el('label', { for: 'time-speed' }, 'Speed'), speed);
  return { node, stop };
}
