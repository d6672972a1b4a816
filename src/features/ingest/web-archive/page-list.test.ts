import { describe, expect, it } from 'vitest';
import { IngestError } from '../ingest-error';
import { addPageList, type PageList } from './page-list';

const header = '{"format":"json-pages-1.0","id":"pages","title":"All Pages"}';

function refusal(text: string): string {
  try {
    addPageList(new Map(), text, 'pages/pages.jsonl');
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).reason;
  }
  throw new Error('expected the page list to be refused');
}

describe('addPageList', () => {
  it('lists each page with its title, skipping blank lines', () => {
    const list: PageList = new Map();
    const text = [
      header,
      '{"id":"1","url":"https://news.example/a","ts":"2026-11-30T09:15:02Z","title":"Quay works begin"}',
      '',
      '{"id":"2","url":"https://news.example/b","ts":"2026-11-30T09:16:00Z"}',
      '',
    ].join('\r\n');
    addPageList(list, text, 'pages/pages.jsonl');
    expect([...list]).toEqual([
      ['https://news.example/a', 'Quay works begin'],
      ['https://news.example/b', undefined],
    ]);
  });

  it('keeps the first title a page is given, across lists', () => {
    const list: PageList = new Map();
    addPageList(
      list,
      `${header}\n{"url":"https://news.example/a"}\n{"url":"https://news.example/a","title":"One"}`,
      'a',
    );
    addPageList(list, `${header}\n{"url":"https://news.example/a","title":"Two"}`, 'b');
    expect(list.get('https://news.example/a')).toBe('One');
  });

  it('refuses a list without its header', () => {
    const reason =
      'the WACZ\'s pages/pages.jsonl line 1 is not the json-pages header ({"format":"json-pages-1.0",...})';
    expect(refusal('{"url":"https://news.example/a"}\n')).toBe(reason);
    expect(refusal('')).toBe(reason);
  });

  it('refuses a line that is not a page, naming it', () => {
    expect(refusal(`${header}\n{"url":"https://news.example/a"}\n{"title":"no url"}\n`)).toBe(
      "the WACZ's pages/pages.jsonl line 3 is not a page with a url",
    );
    expect(refusal(`${header}\n{"url":"https://news.example/a"\n`)).toBe(
      "the WACZ's pages/pages.jsonl line 2 is not a page with a url",
    );
  });
});
