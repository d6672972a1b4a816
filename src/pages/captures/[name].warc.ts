/** Each .warc web archive the collection holds, once (see webArchiveRoute). */
import { webArchiveRoute } from '../../features/articles/web-archive-route';

export const { getStaticPaths, GET } = webArchiveRoute('warc');
