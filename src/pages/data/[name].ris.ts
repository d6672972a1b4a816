/** citations.ris: the dev server's route; a build writes the file a part at a time in bulk. */
import { collectionFileRoute } from '../../features/open-data/collection-files';

export const { getStaticPaths, GET } = collectionFileRoute('ris');
