import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';

const shape = (html: string) => {
  const document = parseDocument(html);
  return {
    root: [...document.documentElement.childNodes].map((node) => node.nodeName),
    head: document.head.innerHTML,
    body: document.body.innerHTML,
  };
};

describe('parseDocument', () => {
  it('leaves a complete page as it is', () => {
    expect(shape('<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>')).toEqual({
      root: ['HEAD', 'BODY'],
      head: '<title>T</title>',
      body: '<p>Text</p>',
    });
  });

  it('builds the head and body a compressed page leaves out, keeping the saving tool’s comment first', () => {
    const html =
      '<!DOCTYPE html> <html lang=en><!--saved--><meta charset=utf-8><title>T</title><div>One</div><p>Two</html>';
    expect(shape(html)).toEqual({
      root: ['#comment', 'HEAD', 'BODY'],
      head: '<meta charset="utf-8"><title>T</title>',
      body: '<div>One</div><p>Two</p>',
    });
  });

  it('moves content written outside the body into it, in order', () => {
    const html = '<html><head><title>T</title></head><p>Before</p><body><p>Inside</p></body><p>After</p></html>';
    expect(shape(html).body).toBe('<p>Before</p><p>Inside</p><p>After</p>');
  });

  it('gives a fragment or an empty string a whole document', () => {
    expect(shape('<p>Only this</p>')).toEqual({ root: ['HEAD', 'BODY'], head: '', body: '<p>Only this</p>' });
    expect(shape('<!doctype html><title>T</title><p>Text</p>')).toEqual({
      root: ['HEAD', 'BODY'],
      head: '<title>T</title>',
      body: '<p>Text</p>',
    });
    expect(shape('')).toEqual({ root: ['HEAD', 'BODY'], head: '', body: '' });
  });
});
