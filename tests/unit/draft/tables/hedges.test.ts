// The hedge table: what a speaker is quoted as holding is reported; a phone call stays confirmed.
import { describe, expect, it } from 'vitest';
import { certaintyOf } from '../../../../src/draft/draft-relations';

describe('hedges', () => {
  it('marks what a speaker warns, argues or insists on as reported', () => {
    expect(certaintyOf('Opposition lawmakers warn that the treaty hands Oslo a veto over fishing quotas.')).toBe(
      'reported',
    );
    expect(certaintyOf('Analysts in Warsaw argued that the pipeline deal weakens Lithuania.')).toBe('reported');
    expect(certaintyOf('The ministry insisted that Ankara had been consulted.')).toBe('reported');
  });

  it('marks a characterisation in quotation marks as reported, not a phone call', () => {
    expect(certaintyOf('Chilean officials called the accord “a door opened to the Pacific.”')).toBe('reported');
    expect(certaintyOf('President Okafor called Prime Minister Lund on Monday.')).toBe('confirmed');
  });

  it('keeps a plain warning about something confirmed', () => {
    expect(certaintyOf('Estonia warned Russia against further airspace violations.')).toBe('confirmed');
  });
});
