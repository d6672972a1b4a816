/** Where the timeline's pages live, and the fragment of each date on them. */
import { listPageUrl } from '../../shared/pagination';
import { siteHref } from '../../shared/urls';
import type { DateReading } from './date-reading';

/** /timeline/, /timeline/2016/, /timeline/2016-12/, and a further page of either: /timeline/2016-12/2/ */
export function timelineUrl(key?: string, page = 1): string {
  return key === undefined ? siteHref('/timeline/') : listPageUrl(siteHref(`/timeline/${key}/`), page);
}

/** The fragment id of a date on a timeline page. */
export function dateGroupId(reading: Pick<DateReading, 'key'>): string {
  return `on-${reading.key}`;
}
