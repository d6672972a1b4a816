import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classWords } from './class-words';

const element = (attributes: string) =>
  parseHTML(`<html><body><div ${attributes}></div></body></html>`).document.querySelector('div') as unknown as Element;

describe('classWords', () => {
  it('splits class names and the id into words and joins neighbours', () => {
    expect([...classWords(element('class="newsletter-sign-up box" id="mainSignupForm"'))].sort()).toEqual(
      [
        'box',
        'form',
        'main',
        'mainsignup',
        'mainsignupform',
        'newsletter',
        'newslettersign',
        'newslettersignup',
        'sign',
        'signup',
        'signupform',
        'up',
      ].sort(),
    );
  });

  it('keeps a word that merely starts like a furniture word whole', () => {
    const words = classWords(element('class="sharecropper socialism commentary"'));
    expect(words.has('share')).toBe(false);
    expect(words.has('social')).toBe(false);
    expect(words.has('comment')).toBe(false);
  });

  it('gives nothing for an element without class or id', () => {
    expect(classWords(element('')).size).toBe(0);
  });
});
