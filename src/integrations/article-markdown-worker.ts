import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { articleMarkdownOptions } from '../lib/article-markdown';
import {
  THREAD_READY,
  type RenderRequest,
  type RenderResponse,
  type RenderThreadSetup,
} from './article-markdown-processor';

/** A render thread of article-markdown-processor.ts: the same pipeline, answering each request as it finishes. */
const { shared } = workerData as RenderThreadSetup;
const renderer = await unified(articleMarkdownOptions).createRenderer(shared);

parentPort!.on('message', async ({ id, content, frontmatter, fileURL }: RenderRequest) => {
  let response: RenderResponse;
  try {
    const result = await renderer.render(content, {
      ...(frontmatter ? { frontmatter } : {}),
      ...(fileURL ? { fileURL: new URL(fileURL) } : {}),
    });
    response = { id, result };
  } catch (error) {
    response = { id, error: { message: (error as Error).message, stack: (error as Error).stack } };
  }
  parentPort!.postMessage(response);
});
parentPort!.postMessage(THREAD_READY);
