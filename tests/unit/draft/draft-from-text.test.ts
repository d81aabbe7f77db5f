// The drafting rules of issue 17, each with a short sentence that motivates it.
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/draft/draft-from-text';
import type { Draft } from '../../../src/draft/draft-types';

const SOURCE = { id: 's', title: 'Test', published: '2026-03-04' };
const draft = (text: string, known = [] as { key: string; label: string; aliases: string[] }[]) =>
  draftFromText(text, SOURCE, { known });
const actor = (d: Draft, label: string) => d.actors.find((a) => a.label === label);

describe('draftFromText actors', () => {
  it('takes titles off a person and keeps them as role, linking the demonym to its state', () => {
    const d = draft('Italian Defence Minister Marco Bellini visited the shipyard.');
    expect(actor(d, 'Marco Bellini')).toMatchObject({ kind: 'person', role: 'Defence Minister' });
    expect(actor(d, 'Italy')?.kind).toBe('state');
  });

  it('reads a capital used as a metonym as its state, and a capital after "in" as a place', () => {
    const d = draft('Moscow rejected the proposal. Kyiv welcomed it at a meeting in Vienna.');
    expect(actor(d, 'Russia')).toMatchObject({ kind: 'state', aliases: ['Moscow'] });
    expect(actor(d, 'Ukraine')?.kind).toBe('state');
    expect(actor(d, 'Vienna')?.kind).toBe('place');
  });

  it('makes a "-based" city a place', () => {
    expect(actor(draft('The Oslo-based Nordic Policy Institute published a report.'), 'Oslo')?.kind).toBe('place');
  });

  it('finds government bodies and organisations by their keywords', () => {
    const d = draft('The Norwegian Coast Guard briefed the Nordic Energy Association.');
    expect(actor(d, 'Norwegian Coast Guard')?.kind).toBe('government-body');
    expect(actor(d, 'Nordic Energy Association')?.kind).toBe('group');
  });

  it('treats "critics" and "European officials" as groups speaking with one voice', () => {
    const d = draft('European officials praised the deal, but critics warned about its cost.');
    expect(d.actors.filter((a) => a.kind === 'group').map((a) => a.label)).toEqual(['European officials', 'Critics']);
  });

  it('makes a surname after the full name, and a demonym, aliases of one actor', () => {
    const d = draft('Finnish envoy Liisa Koskinen met Spain. Koskinen said the Finnish side was ready.');
    expect(actor(d, 'Liisa Koskinen')?.aliases).toContain('Koskinen');
    expect(d.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
    expect(actor(d, 'Finland')?.aliases).toContain('Finnish');
  });

  it('makes an acronym after its expansion an alias', () => {
    const d = draft('The North Atlantic Treaty Organization (NATO) met Spain. NATO then met France.');
    expect(actor(d, 'North Atlantic Treaty Organization')?.aliases).toContain('NATO');
    expect(d.actors.some((a) => a.label === 'NATO')).toBe(false);
  });

  it('offers "Same as" a known actor ignoring case, accents, "the" and possessives; close spellings only suggested', () => {
    const known = [
      { key: 'k1', label: 'José Álvarez', aliases: [] },
      { key: 'k2', label: 'The European Commission', aliases: [] },
      { key: 'k3', label: 'Marta Kowalska', aliases: [] },
    ];
    const d = draft("Jose Alvarez met Marta Kowalski. The European Commission's staff attended.", known);
    expect(actor(d, 'Jose Alvarez')?.sameAs).toBe('k1');
    expect(actor(d, 'European Commission')?.sameAs).toBe('k2');
    expect(actor(d, 'Marta Kowalski')).toMatchObject({ closeTo: ['k3'] });
    expect(actor(d, 'Marta Kowalski')?.sameAs).toBeUndefined();
  });
});

describe('draftFromText relations', () => {
  it('draws a relation from who acts on whom with the code book stance, quoting the whole sentence verbatim', () => {
    const text = 'Poland condemned Belarus over the border closure.';
    const [relation] = draft(text).relations;
    expect(relation).toMatchObject({
      source: 'poland',
      target: 'belarus',
      relation: 'condemns',
      stance: 'conflictual',
    });
    expect(relation?.quote).toBe(text);
    expect(relation?.marks.map((m) => text.slice(m.start, m.end))).toEqual(['Poland', 'Belarus']);
  });

  it.each([
    ['Spain is expected to meet Portugal.', 'expected'],
    ['Spain plans to meet Portugal.', 'expected'],
    ['Spain could meet Portugal.', 'speculated'],
    ['Spain might supply Portugal, analysts suggested.', 'speculated'],
    ['Spain reportedly met Portugal.', 'reported'],
    ['According to diplomats, Spain met Portugal.', 'reported'],
    ['Spain met Portugal.', 'confirmed'],
  ])('marks the certainty of "%s" as %s', (text, certainty) => {
    const relation = draft(text).relations.find((r) => r.source === 'spain');
    expect(relation?.certainty).toBe(certainty);
  });

  it('dates a relation from the published date and the sentence, keeping the words', () => {
    const [relation] = draft('Spain met Portugal on Tuesday.').relations;
    expect(relation).toMatchObject({ date: '2026-03-03', dateText: 'on Tuesday' });
  });

  it('skips a dateline and keeps every quote a substring of the text', () => {
    const text = 'Title line\nMADRID, March 4, 2026 - Spain met Portugal.\n\nLater, France urged Spain to act.';
    const d = draft(text);
    expect(d.relations[0]?.quote).toBe('Spain met Portugal.');
    for (const r of d.relations) expect(text.slice(r.start, r.end)).toBe(r.quote);
  });

  it('warns on an empty text and reports progress', () => {
    expect(draft('   ').warnings).toEqual(['The text is empty.']);
    const steps: number[] = [];
    draftFromText('Spain met Portugal. France met Italy.', SOURCE, { onProgress: (done) => steps.push(done) });
    expect(steps.at(-1)).toBe(4);
  });
});

describe('draftFromText title links', () => {
  it('links a titled person to the state of the demonym in the title, confirmed even in a hedged sentence', () => {
    const d = draft('Italian Defence Minister Marco Bellini may travel next week.');
    expect(d.relations).toEqual([
      expect.objectContaining({
        source: 'marco-bellini',
        target: 'italy',
        relation: 'member-of',
        certainty: 'confirmed',
      }),
    ]);
  });
});
