// A draft written for the tests: three sentences, one new person and state, Kyiv and Putin "Same as" seed actors.
import type { AcceptedDraft } from '../../../../src/model/commands/accepted-draft';

/** The article, three sentences. */
export const SENTENCES = [
  'On Tuesday Italian Defence Minister Marco Bellini urged Kyiv to hold the line.',
  'Putin reportedly criticised Rome for the decision.',
  'Italy will supply Ukraine with more shells.',
];

/** The draft as a reviewer accepted it, its quotes from SENTENCES. */
export const DRAFT: AcceptedDraft = {
  source: {
    id: 'rome-report',
    title: 'Rome report',
    publisher: 'The Wire',
    published: '2025-07-02',
    url: 'https://example.org/rome',
    text: SENTENCES.join(' '),
  },
  actors: [
    { key: 'a1', label: 'Kyiv', kind: 'state', aliases: ['Ukrainian government', 'kyiv'], sameAs: 'ukraine' },
    { key: 'a2', label: 'Putin', kind: 'person', aliases: ['Vladimir Putin'], sameAs: 'vladimir-putin' },
    { key: 'a3', label: 'Marco Bellini', kind: 'person', role: 'Defence Minister', aliases: ['Bellini', ' '] },
    { key: 'a4', label: 'Italy', kind: 'state', aliases: ['Rome'] },
  ],
  relations: [
    {
      key: 'r1',
      source: 'a3',
      target: 'a1',
      relation: 'urges',
      stance: 'neutral',
      certainty: 'confirmed',
      date: '2025-07-01',
      dateText: 'On Tuesday',
      quote: SENTENCES[0] as string,
    },
    { ...{ key: 'r2', source: 'a2', target: 'a4', relation: 'criticises', stance: 'conflictual' }, ...reported(1) },
    { ...{ key: 'r3', source: 'a4', target: 'a1', relation: 'supplies', stance: 'cooperative' }, ...expected(2) },
  ],
};

function reported(i: number) {
  return { certainty: 'reported', quote: SENTENCES[i] as string };
}
function expected(i: number) {
  return { certainty: 'expected', quote: SENTENCES[i] as string };
}
