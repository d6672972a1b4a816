import { parseHTML } from 'linkedom';

/** What may stand in a <head>; the first other element starts the body, as the HTML parsing rules have it. */
const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/**
 * Parses a saved page with linkedom, which runs no scripts. linkedom does not build the <html>, <head> and
 * <body> that a page leaves out (HTML lets it, and SingleFile's compressed pages do), and its `document.body`
 * silently adds an empty body when the element after <head> is not one; so the page is given all three here,
 * its content moved into them in order.
 */
export function parseDocument(html: string): Document {
  let { document } = parseHTML(html) as unknown as { document: Document };
  if (document.documentElement?.localName !== 'html') {
    ({ document } = parseHTML(`<html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`) as unknown as {
      document: Document;
    });
  }
  completeStructure(document);
  return document;
}

function completeStructure(document: Document): void {
  const root = document.documentElement;
  const children = [...root.childNodes];
  const head = children.find((node) => isElement(node, 'head')) ?? document.createElement('head');
  const body = children.find((node) => isElement(node, 'body')) ?? document.createElement('body');
  const beforeBody: Node[] = [];
  let bodyReached = false;
  let contentStarted = false;
  for (const node of children) {
    if (node === head) continue;
    if (node === body) {
      bodyReached = true;
      continue;
    }
    const isNoise = node.nodeType === COMMENT_NODE || (node.nodeType === TEXT_NODE && !node.textContent?.trim());
    if (isNoise && !contentStarted) continue;
    if (!isNoise && !contentStarted && !bodyReached && node.nodeType === ELEMENT_NODE) {
      if (HEAD_CONTENT.has((node as Element).localName)) {
        head.append(node);
        continue;
      }
    }
    contentStarted = true;
    if (bodyReached) body.append(node);
    else beforeBody.push(node);
  }
  body.prepend(...beforeBody);
  if (!head.parentNode) {
    const firstElement = [...root.childNodes].find((node) => node.nodeType === ELEMENT_NODE);
    if (firstElement) root.insertBefore(head, firstElement);
    else root.append(head);
  }
  head.after(body);
}

function isElement(node: Node, localName: string): node is Element {
  return node.nodeType === ELEMENT_NODE && (node as Element).localName === localName;
}
