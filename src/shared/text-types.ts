/**
 * The text files the archive serves, by extension, each with its charset named, so a browser never guesses it (a
 * guess of windows-1252 turns a capture's Arabic into mojibake). The preview server and the host configurations
 * both send these. This module imports nothing: Node loads the preview server, and so this file, by itself.
 */
export const TEXT_TYPES: Readonly<Record<string, string>> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};
