import { describe, expect, it } from 'vitest';
import noteImages from './note-images';
import { runHtmlTransform } from './test-helpers';

const run = (html: string) => runHtmlTransform(noteImages, html);

describe('note-images', () => {
  it('notes an image that stands alone in a paragraph of its own', () => {
    const { markdown, cleaning } = run('<p>Before.</p><img src="a.jpg" alt="The quay at dawn"><p>After.</p>');
    expect(markdown).toBe('Before.\n\n\\[Image: The quay at dawn]\n\nAfter.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'image-noted', count: 1 }]);
  });

  it('notes an image without alt text as [Image]', () => {
    expect(run('<div><img src="a.jpg"></div>').markdown).toBe('\\[Image]\n');
    expect(run('<p><img src="a.jpg" alt="   "></p>').markdown).toBe('\\[Image]\n');
  });

  it('keeps an image inside a sentence inside the sentence', () => {
    const { markdown } = run('<p>The flag <img src="f.png" alt="a green flag"> flew all day.</p>');
    expect(markdown).toBe('The flag \\[Image: a green flag] flew all day.\n');
  });

  it('keeps a figure’s caption, credit included, as a paragraph after the note', () => {
    const html =
      '<figure><img src="a.jpg" alt="Crates on the deck"><figcaption>Apples bound for the city. <span>Photo: R. Lind</span></figcaption></figure>';
    expect(run(html).markdown).toBe('\\[Image: Crates on the deck]\n\nApples bound for the city. Photo: R. Lind\n');
  });

  it('puts a caption written above its image after the note', () => {
    const html = '<figure><figcaption>The old pier.</figcaption><img src="p.jpg" alt="A pier"></figure>';
    expect(run(html).markdown).toBe('\\[Image: A pier]\n\nThe old pier.\n');
  });

  it('collapses a picture and its sources into one note', () => {
    const html =
      '<picture><source srcset="a.webp" type="image/webp"><source srcset="a.avif"><img src="a.jpg" alt="Gulls"></picture>';
    const { markdown, cleaning } = run(html);
    expect(markdown).toBe('\\[Image: Gulls]\n');
    expect(cleaning.repaired).toEqual([{ kind: 'image-noted', count: 1 }]);
  });

  it('keeps the link of a linked image on its note', () => {
    const html = '<div><a href="https://harbour.example/big.jpg"><img src="s.jpg" alt="Nets"></a></div>';
    expect(run(html).markdown).toBe('[\\[Image: Nets\\]](https://harbour.example/big.jpg)\n');
  });

  it('counts every image', () => {
    const { cleaning } = run('<p><img alt="a"> and <img alt="b"></p><img alt="c">');
    expect(cleaning.repaired).toEqual([{ kind: 'image-noted', count: 3 }]);
  });
});
