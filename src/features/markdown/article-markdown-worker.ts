import { workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { articleMarkdownOptions } from '../../markdown.config';
import { answerRequests } from '../../shared/worker-requests';
import type { RenderRequest, RenderThreadSetup } from './article-markdown-processor';

/** A render thread of article-markdown-processor.ts: the same pipeline as the calling thread's. */
const { shared } = workerData as RenderThreadSetup;
const renderer = await unified(articleMarkdownOptions).createRenderer(shared);

answerRequests(({ content, frontmatter, fileURL }: RenderRequest) =>
  renderer.render(content, {
    ...(frontmatter ? { frontmatter } : {}),
    ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
  }),
);
