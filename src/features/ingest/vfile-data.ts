import type { Topics } from '../articles/schemas/topics';
import type { CleaningTally } from './cleaning-tally';

/** The metadata lines at the top of a capture. */
export interface CaptureHeader {
  title: string;
  authors: string[];
  publisher: { name: string; date: string };
  /** The outlet line under the date, when the capture has one. */
  outlet?: { name: string; date?: string };
  topics: Topics;
  standfirst?: string;
}

/** Facts the publisher's footer states before it is removed. */
export interface CaptureFooter {
  /** The outlet its "The original source of this article is …" line names. */
  originalOutlet?: string;
  copyright?: string;
}

declare module 'vfile' {
  interface DataMap {
    header: CaptureHeader;
    footer: CaptureFooter;
    cleaning: CleaningTally;
  }
}

export {};
