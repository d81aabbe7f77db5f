// The second round of drafting rules (issue 17): events, issues, weapon systems, groups, references, more states.
import { describe, expect, it } from 'vitest';
import { draftFromText } from '../../../src/draft/draft-from-text';
import type { Draft } from '../../../src/draft/draft-types';
import { STATES } from '../../../src/draft/state-index';

const SOURCE = { id: 's', title: 'Test', published: '2026-03-04' };
const draft = (text: string) => draftFromText(text, SOURCE);
const named = (d: Draft, name: string) => d.actors.find((a) => a.label === name || a.aliases.includes(name));
const kindOf = (d: Draft, name: string) => named(d, name)?.kind;
const related = (d: Draft, a: string, b: string) => {
  const [x, y] = [named(d, a)?.key, named(d, b)?.key];
  return d.relations.filter((r) => (r.source === x && r.target === y) || (r.source === y && r.target === x));
};

describe('events and issues named by common nouns', () => {
  it('makes "talks in Geneva" and a later "the talks" one event', () => {
    const d = draft('Talks in Geneva stalled on Tuesday. Spain said the talks would resume.');
    const talks = d.actors.filter((a) => a.kind === 'event');
    expect(talks).toHaveLength(1);
    expect(talks[0]?.label).toBe('Talks in Geneva');
    expect(talks[0]?.aliases).toContain('talks');
  });

  it('keeps a capitalised name before the head in the label ("the NATO summit")', () => {
    const d = draft('Poland will ask the NATO summit to raise spending.');
    expect(kindOf(d, 'NATO summit')).toBe('event');
    expect(kindOf(d, 'NATO')).toBe('group');
  });

  it('counts "the deal" and "the agreement" as one event', () => {
    const d = draft('Italy signed the deal in Rome. Greece said the agreement was fair.');
    expect(d.actors.filter((a) => a.kind === 'event')).toHaveLength(1);
  });

  it('finds sanctions, tariffs, a ceasefire, a nuclear programme and arms shipments as issues', () => {
    const d = draft(
      'Canada imposed sanctions and tariffs. Egypt urged a ceasefire. Iran defended its nuclear programme. ' +
        'Germany resumed arms shipments.',
    );
    for (const name of ['sanctions', 'tariffs', 'ceasefire', 'nuclear programme', 'arms shipments']) {
      expect(kindOf(d, name), name).toBe('issue');
    }
  });

  it('reads "the draft" and "the French text" as the resolution named before', () => {
    const d = draft('France circulated a draft resolution. Russia rejected the draft. Kenya backs the French text.');
    expect(d.actors.filter((a) => a.kind === 'event')).toHaveLength(1);
    expect(related(d, 'Kenya', 'draft resolution')[0]?.relation).toBe('backs');
  });

  it('makes a named treaty an issue and a named summit an event', () => {
    const d = draft('Manila invoked the Mutual Defense Treaty before the Madrid Summit.');
    expect(kindOf(d, 'Mutual Defense Treaty')).toBe('issue');
    expect(kindOf(d, 'Madrid Summit')).toBe('event');
  });

  it('does not take a verb for an event ("could attack", "deal with", "plans to")', () => {
    const d = draft('Officials said Chile could attack the plan. Peru must deal with Chile and plans to strike back.');
    expect(d.actors.some((a) => a.kind === 'event')).toBe(false);
    expect(kindOf(d, 'plan')).toBe('issue');
  });

  it('names an event after "called" ("The exercise, called Northern Bastion")', () => {
    const d = draft('The exercise, called Northern Bastion, is led by Norway.');
    expect(named(d, 'Northern Bastion')).toMatchObject({ label: 'Northern Bastion', kind: 'event' });
    expect(d.actors.filter((a) => a.kind === 'event')).toHaveLength(1);
    expect(d.actors.some((a) => a.kind === 'person')).toBe(false);
  });
});

describe('weapon systems', () => {
  it('knows weapon names of the table and a name before a weapon noun', () => {
    const d = draft('Poland bought Patriot air-defence systems, and Belarus may host Iskander missiles.');
    expect(kindOf(d, 'Patriot')).toBe('weapon-system');
    expect(kindOf(d, 'Iskander')).toBe('weapon-system');
  });

  it('splits a demonym off a model designation ("Norwegian F-35 fighter jets")', () => {
    const d = draft('Two Russian Tu-95 bombers were escorted by Norwegian F-35 fighter jets.');
    expect(kindOf(d, 'Tu-95')).toBe('weapon-system');
    expect(kindOf(d, 'F-35')).toBe('weapon-system');
    expect(kindOf(d, 'Norway')).toBe('state');
    expect(kindOf(d, 'Russia')).toBe('state');
  });

  it('reads "Aurora-class frigates", "Aster 30" and "Turkish-made … drones"', () => {
    const d = draft(
      'Greece ordered Aurora-class frigates armed with Aster 30 missiles. Libya flew Turkish-made Bayraktar TB2 drones.',
    );
    expect(kindOf(d, 'Aurora class')).toBe('weapon-system');
    expect(kindOf(d, 'Aster 30')).toBe('weapon-system');
    expect(kindOf(d, 'Bayraktar TB2')).toBe('weapon-system');
    expect(kindOf(d, 'Turkey')).toBe('state');
  });
});

describe('groups, bodies and places', () => {
  it('keeps "EU officials" and "aid groups" but drops anonymous "officials"', () => {
    const d = draft('EU officials met aid groups. Officials said nothing.');
    expect(kindOf(d, 'EU officials')).toBe('group');
    expect(kindOf(d, 'Aid groups')).toBe('group');
    expect(named(d, 'Officials')).toBeUndefined();
  });

  it('makes "the Italian navy" and "Norway\'s armed forces" government bodies', () => {
    const d = draft("The Italian navy and Norway's armed forces trained together.");
    expect(kindOf(d, 'Italian navy')).toBe('government-body');
    expect(kindOf(d, "Norway's armed forces")).toBe('government-body');
  });

  it("gives a ministry its state's name, and the shorter name later is the same body", () => {
    const d = draft("Estonia's Foreign Ministry summoned the envoy. The Foreign Ministry said more was to come.");
    expect(kindOf(d, "Estonia's Foreign Ministry")).toBe('government-body');
    expect(d.actors.filter((a) => a.kind === 'government-body')).toHaveLength(1);
  });

  it('ends a name before "in" a place, unless it is a mission or office', () => {
    const d = draft('The Joint Headquarters in Bodo briefed the European Union Mission in Armenia.');
    expect(kindOf(d, 'Joint Headquarters')).toBe('government-body');
    expect(kindOf(d, 'Bodo')).toBe('place');
    expect(named(d, 'European Union Mission in Armenia')).toBeDefined();
  });

  it('makes a plain name after "near" or "off" a place, not a person', () => {
    const d = draft('The cable was damaged near Porkkala, and a ship waited off Palawan.');
    expect(kindOf(d, 'Porkkala')).toBe('place');
    expect(kindOf(d, 'Palawan')).toBe('place');
  });
});

describe('references to an actor named before', () => {
  it('reads "The minister" as the latest minister and "the ministry" as the latest ministry', () => {
    const d = draft(
      "Eritrean Information Minister Yonas Tekle criticised Kenya. The minister also accused Uganda. Japan's Ministry of Defence agreed. The ministry then warned Chad.",
    );
    expect(related(d, 'Yonas Tekle', 'Uganda').length).toBeGreaterThan(0);
    expect(related(d, "Japan's Ministry of Defence", 'Chad').length).toBeGreaterThan(0);
  });

  it('reads "The Polish minister" as the minister of that state', () => {
    const d = draft(
      'Polish Defence Minister Tomasz Wrona met German Defence Minister Katrin Vogel. The Polish minister thanked Austria.',
    );
    expect(related(d, 'Tomasz Wrona', 'Austria').length).toBeGreaterThan(0);
    expect(related(d, 'Katrin Vogel', 'Austria')).toHaveLength(0);
  });

  it('reads "the alliance" as NATO and "he" as the latest person', () => {
    const d = draft(
      'Sweden joined NATO in 2024. Finland said the alliance was stronger. Ana Ruiz met Peru. He thanked Chile.',
    );
    expect(related(d, 'NATO', 'Finland').length).toBeGreaterThan(0);
    expect(related(d, 'Ana Ruiz', 'Chile').length).toBeGreaterThan(0);
  });
});

describe('relations through events and issues', () => {
  it('has each actor of the sentence take part in its event, with the verb when it fits', () => {
    const d = draft('Ethiopia joined the talks. Switzerland hosted the talks. Washington backed the proposal.');
    expect(related(d, 'Ethiopia', 'talks')[0]?.relation).toBe('participates-in');
    expect(related(d, 'Switzerland', 'talks')[0]?.relation).toBe('mediates');
    expect(related(d, 'United States', 'proposal')[0]?.relation).toBe('backs');
  });

  it('relates an event to the issues of its sentence', () => {
    const d = draft('The summit will discuss sanctions.');
    expect(related(d, 'summit', 'sanctions')[0]?.relation).toBe('concerns');
  });

  it.each([
    ['Ghana accused Togo of smuggling.', 'accuses'],
    ['Russia vetoed the text proposed by France.', 'vetoes'],
    ['Benin signed a pact with Niger.', 'signs'],
    ['Mali threatened Niger with closing the border.', 'threatens'],
    ['Poland met Hungary in Vienna.', 'meets'],
  ])('drafts "%s" as %s', (text, relation) => {
    expect(draft(text).relations.map((r) => r.relation)).toContain(relation);
  });
});

describe('names: second pass', () => {
  it('makes "the Aurora class" a weapon system', () => {
    expect(kindOf(draft('The order covers ships of the Aurora class.'), 'Aurora class')).toBe('weapon-system');
  });

  it('keeps "in Europe" inside an organisation\'s name, and ends a forum\'s name before "in" a city', () => {
    const d = draft(
      'The Organization for Security and Co-operation in Europe sent monitors. The Caucasus Research Forum in Tbilisi agreed.',
    );
    expect(kindOf(d, 'Organization for Security and Co-operation in Europe')).toBe('group');
    expect(kindOf(d, 'Caucasus Research Forum')).toBe('group');
  });

  it('makes a plain name just before an event noun the event\'s name ("the Baltic Sentry mission")', () => {
    const d = draft("Sweden joined NATO's Baltic Sentry mission last week.");
    expect(named(d, 'Baltic Sentry')?.kind).toBe('event');
    expect(d.actors.some((a) => a.kind === 'person')).toBe(false);
  });

  it('keeps the full stops of "U.S." inside a name ("the U.S. Mission")', () => {
    expect(kindOf(draft('The U.S. Mission said little.'), 'U.S. Mission')).toBe('government-body');
  });

  it('needs a title word such as "Minister" before a name: "Security Action for Europe" is no person', () => {
    const d = draft('Security Action for Europe lends money. Foreign Affairs Undersecretary Teresa Aquino spoke.');
    expect(d.actors.filter((a) => a.kind === 'person').map((a) => a.label)).toEqual(['Teresa Aquino']);
  });

  it('reads a surname after a preposition as the person, not a place ("talks with Van Dam")', () => {
    const d = draft('EU Trade Commissioner Pieter van Dam spoke. Qilin held talks with Van Dam in Brussels.');
    expect(kindOf(d, 'Van Dam')).toBe('person');
  });
});

describe('longer names, headlines and time zones', () => {
  it('keeps the weapon noun and "in <place>" as longer aliases ("Tu-95 bombers", "critics in Washington")', () => {
    const d = draft('Russia flew Tu-95 bombers. Critics in Washington and Brussels objected.');
    expect(named(d, 'Tu-95')?.aliases).toContain('Tu-95 bombers');
    expect(named(d, 'Critics')?.aliases).toContain('Critics in Washington and Brussels');
  });

  it('reads "Ukrainian military leaders" as a group, not the military as a body', () => {
    const d = draft('Ukrainian military leaders asked for more shells.');
    expect(kindOf(d, 'Ukrainian military leaders')).toBe('group');
    expect(d.actors.some((a) => a.kind === 'government-body')).toBe(false);
  });

  it('does not take a topic word opening a title as an event\'s name ("Ceasefire talks …")', () => {
    const d = draft('Ceasefire talks in Geneva stall\nEgypt said the ceasefire held.');
    expect(kindOf(d, 'ceasefire')).toBe('issue');
    expect(kindOf(d, 'Ceasefire talks')).toBe('event');
  });

  it('finds no people or groups in the capitalised runs of a headline', () => {
    const d = draft('Shadow Diplomacy Raises Alarms in Kyiv\nThe call starts at 10 a.m. EDT, Spain said.');
    expect(d.actors.map((a) => a.label).sort()).toEqual(['Call', 'Kyiv', 'Spain']);
  });
});

describe('the states table', () => {
  it('covers the 193 UN members, with capitals as states ("Asmara", "Ouagadougou")', () => {
    expect(STATES.length).toBeGreaterThanOrEqual(193);
    const d = draft('Asmara rejected the claim. Ouagadougou welcomed it.');
    expect(named(d, 'Asmara')?.label).toBe('Eritrea');
    expect(named(d, 'Ouagadougou')?.label).toBe('Burkina Faso');
  });
});
