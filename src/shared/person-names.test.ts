import { describe, expect, it } from 'vitest';
import { displayName, invertedName, referenceName, splitPersonName } from './person-names';
import { personSlug } from './slug';

describe('names in references', () => {
  it('leaves honorifics out and keeps a capitalised particle with the family name', () => {
    expect(splitPersonName('Prof. Tim Anderson')).toMatchObject({ family: 'Anderson', given: 'Tim' });
    expect(splitPersonName('Prof Michel Chossudovsky')).toMatchObject({ family: 'Chossudovsky', given: 'Michel' });
    expect(splitPersonName('Bill Van Auken')).toMatchObject({ family: 'Van Auken', given: 'Bill' });
    expect(splitPersonName('Ursula von der Leyen')).toMatchObject({ family: 'von der Leyen', given: 'Ursula' });
    expect(splitPersonName('Martin Luther King Jr.')).toMatchObject({ family: 'King Jr.', given: 'Martin Luther' });
    expect(splitPersonName('Dr. Madonna')).toMatchObject({ family: 'Madonna', given: '' });
  });

  it('takes a credit that shares the original outlet’s slug for that outlet, not a person', () => {
    const outlet = referenceName({ name: 'Moon of Alabama', slug: 'moon-of-alabama' }, 'moon-of-alabama');
    expect(outlet).toEqual({ kind: 'organization', name: 'Moon of Alabama' });
    expect(invertedName(outlet)).toBe('Moon of Alabama');
    const person = referenceName({ name: 'Bill Van Auken', slug: 'bill-van-auken' }, 'world-socialist-web-site');
    expect(invertedName(person)).toBe('Van Auken, Bill');
    expect(displayName(person)).toBe('Bill Van Auken');
  });

  it('files and cites an author the same with or without a title', () => {
    for (const title of ['Prof.', 'Professor', 'Dr', 'Mrs.', 'Mx', 'Sir', 'Dame', 'Rev.', 'Reverend']) {
      const credited = `${title} Tim Anderson`;
      expect(personSlug(credited), credited).toBe(personSlug('Tim Anderson'));
      expect(splitPersonName(credited), credited).toMatchObject({ family: 'Anderson', given: 'Tim' });
    }
  });
});
