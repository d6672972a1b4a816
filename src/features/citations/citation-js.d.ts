/** The parts of citation-js the tests use to read the BibTeX and RIS files back (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
