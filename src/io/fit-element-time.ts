// One element's start, end, spells and slices fitted to the graph's time axis; what does not fit is set aside.

import type { Attributes } from 'graphology-types';
import { endsBeforeStart, type TimeFormat } from '../model/time/time-value';
import { fitTimeList, fitTimeSlices } from './fit-time-list';
import { fitBound } from './time-axis';

/** What fitting found for one kind of element: attributes set aside (as `*_original`) and the keys that end first. */
export interface TimeMisfits {
  misfits: Map<string, number>;
  backwards: string[];
}

function setAside(attributes: Attributes, name: string, found: TimeMisfits): void {
  attributes[`${name}_original`] = attributes[name];
  delete attributes[name];
  found.misfits.set(name, (found.misfits.get(name) ?? 0) + 1);
}

/** Fits the element's own start and end; an end before the start is set aside. */
function fitOwnInterval(key: string, attributes: Attributes, format: TimeFormat, found: TimeMisfits): void {
  for (const bound of ['start', 'end'] as const) {
    if (attributes[bound] === undefined) continue;
    const value = fitBound(attributes[bound], format);
    if (value === undefined) setAside(attributes, bound, found);
    else attributes[bound] = value;
  }
  if (!endsBeforeStart(attributes)) return;
  found.backwards.push(key);
  attributes.end_original = attributes.end;
  delete attributes.end;
}

/** Fits the spells; they replace the element's own start and end, and one spell becomes plain start and end. */
function fitSpells(attributes: Attributes, format: TimeFormat, found: TimeMisfits): void {
  const spells = fitTimeList(attributes.spells, format, false);
  if (!spells) {
    setAside(attributes, 'spells', found);
    return;
  }
  // Spells are the finer account: GEXF lets an element's own start/end bound its spells; here spells replace them.
  delete attributes.start;
  delete attributes.end;
  const [only] = spells;
  if (spells.length > 1 || !only) {
    attributes.spells = spells;
    return;
  }
  delete attributes.spells;
  if (only.start !== undefined) attributes.start = only.start;
  if (only.end !== undefined) attributes.end = only.end;
}

/** Fits one element's start, end, spells and slices to the axis, noting in `found` what did not fit. */
export function fitElementTime(key: string, attributes: Attributes, format: TimeFormat, found: TimeMisfits): void {
  fitOwnInterval(key, attributes, format, found);
  if (attributes.spells !== undefined) fitSpells(attributes, format, found);
  if (attributes.slices === undefined) return;
  const slices = fitTimeSlices(attributes.slices, format);
  if (slices) attributes.slices = slices;
  else setAside(attributes, 'slices', found);
}
