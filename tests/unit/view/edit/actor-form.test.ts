// The actor form as values: aliases one per line, empty fields left out of a new actor and removed by an edit.
import { describe, expect, it } from 'vitest';
import {
  type ActorFormValues,
  actorChanges,
  actorFormValues,
  newActorAttributes,
  parseAliases,
} from '../../../../src/view/edit/actor-form';

const FORM: ActorFormValues = { label: ' Kaja Kallas ', kind: 'person', aliases: '', role: '', description: '' };

describe('actor form', () => {
  it('reads aliases one per line, trimmed, blank lines and Windows line ends dropped', () => {
    expect(parseAliases('Kallas\r\n\n  EU chief  \n')).toEqual(['Kallas', 'EU chief']);
    expect(parseAliases('   ')).toEqual([]);
  });

  it('a new actor has its label first and only the fields filled in', () => {
    expect(newActorAttributes({ ...FORM, aliases: 'Kallas', role: 'Diplomat' }, 'kind')).toEqual({
      label: 'Kaja Kallas',
      kind: 'person',
      aliases: ['Kallas'],
      role: 'Diplomat',
    });
    expect(Object.keys(newActorAttributes({ ...FORM, kind: '' }, 'kind'))).toEqual(['label']);
  });

  it('writes the kind where the dataset keeps it', () => {
    expect(newActorAttributes({ ...FORM, kind: 'Ministry' }, 'type')).toEqual({
      label: 'Kaja Kallas',
      type: 'Ministry',
    });
  });

  it('an edit changes only what differs, and an emptied field removes its attribute', () => {
    const attrs = { label: 'Iran', kind: 'state', aliases: ['Tehran'], description: 'A state.', x: 3 };
    const values = actorFormValues(attrs, 'kind');
    expect(values).toEqual({ label: 'Iran', kind: 'state', aliases: 'Tehran', role: '', description: 'A state.' });
    expect(actorChanges(attrs, values, 'kind')).toEqual({});
    expect(actorChanges(attrs, { ...values, aliases: 'Tehran\nIslamic Republic', description: '' }, 'kind')).toEqual({
      aliases: ['Tehran', 'Islamic Republic'],
      description: undefined,
    });
  });
});
