import { availableParallelism } from 'node:os';
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import { articleMarkdownOptions } from '../../markdown.config';
import { startTypeScriptWorker } from '../../shared/typescript-worker';
import { WorkerRequests, WorkerUnavailable } from '../../shared/worker-requests';

/**
 * Astro's unified Markdown processor with the article plugins, spread over worker threads. Parsing Markdown is
 * most of a large build's content sync, and Astro runs it on one thread while the other cores wait. Each worker
 * builds the very same unified pipeline, so the HTML and metadata are the same bytes whichever thread renders.
 */

export interface ThreadSettings {
  /** Worker threads to render on once a run is large; 0 renders everything on this thread. */
  threads: number;
  /** Renders done on this thread before workers start: a small collection is done before a worker could load. */
  rendersBeforeThreads: number;
  /** Workers stop after this long without work, so a dev server does not keep them for ever. */
  idleMs: number;
}

const DEFAULT_SETTINGS: ThreadSettings = {
  threads: Math.min(availableParallelism(), 8),
  rendersBeforeThreads: 50,
  idleMs: 5_000,
};

/** What a render thread is sent: the frontmatter and file URL must survive structuredClone. */
export interface RenderRequest {
  content: string;
  frontmatter?: Record<string, unknown>;
  fileURL?: string;
}
export interface RenderThreadSetup {
  shared: AstroMarkdownOptions;
}

export function articleMarkdownProcessor(
  settings: Partial<ThreadSettings> = {},
): MarkdownProcessor<UnifiedResolvedOptions> {
  const inProcess = unified(articleMarkdownOptions);
  const resolved = { ...DEFAULT_SETTINGS, ...settings };
  return {
    name: 'unified (threaded)',
    options: inProcess.options,
    async createRenderer(shared) {
      const renderer = await inProcess.createRenderer(shared);
      // A worker builds its pipeline from articleMarkdownOptions alone: if an integration has added plugins to
      // this processor since, only this thread renders with them.
      const samePipeline =
        inProcess.options.remarkPlugins.length === articleMarkdownOptions.remarkPlugins!.length &&
        inProcess.options.rehypePlugins.length === articleMarkdownOptions.rehypePlugins!.length;
      return samePipeline ? new ThreadedRenderer(renderer, shared, resolved) : renderer;
    },
  };
}

export class ThreadedRenderer implements MarkdownRenderer {
  private renders = 0;
  private threads: WorkerRequests[] = [];
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly inProcess: MarkdownRenderer,
    private readonly shared: AstroMarkdownOptions,
    private readonly settings: ThreadSettings,
  ) {}

  render = async (content: string, options: MarkdownRenderOptions = {}): Promise<MarkdownRenderResult> => {
    clearTimeout(this.idleTimer);
    this.renders += 1;
    if (this.threads.length === 0 && this.renders > this.settings.rendersBeforeThreads) this.startThreads();
    try {
      return await this.renderOnAnyThread(content, options);
    } finally {
      if (this.threads.length > 0 && this.threads.every((thread) => thread.pending === 0)) this.stopWhenIdle();
    }
  };

  /** How many workers are running (or starting). */
  get threadCount(): number {
    return this.threads.filter((thread) => !thread.failure).length;
  }

  /** How many workers have loaded and take renders; while none has, this thread renders. */
  get readyThreadCount(): number {
    return this.threads.filter((thread) => thread.ready && !thread.failure).length;
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const threads = this.threads;
    this.threads = [];
    this.renders = 0;
    await Promise.all(threads.map((thread) => thread.close()));
  }

  private async renderOnAnyThread(content: string, options: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
    const thread = this.leastBusyThread();
    if (!thread) return this.inProcess.render(content, options);
    const request: RenderRequest = {
      content,
      ...(options.frontmatter ? { frontmatter: options.frontmatter } : {}),
      ...(options.fileURL ? { fileURL: options.fileURL.href } : {}),
    };
    try {
      return (await thread.request(request)) as MarkdownRenderResult;
    } catch (error) {
      if (error instanceof WorkerUnavailable) return this.inProcess.render(content, options);
      throw error;
    }
  }

  private startThreads(): void {
    try {
      this.threads = Array.from(
        { length: this.settings.threads },
        () =>
          new WorkerRequests(
            startTypeScriptWorker(new URL('./article-markdown-worker.ts', import.meta.url), {
              workerData: { shared: this.shared } satisfies RenderThreadSetup,
            }),
            'render thread',
          ),
      );
    } catch {
      // The shared options cannot be sent to a thread (a function in them, say): this thread renders alone.
      this.threads = [];
      this.settings.threads = 0;
    }
  }

  /** A worker still loading its pipeline is passed over, so this thread renders meanwhile rather than wait. */
  private leastBusyThread(): WorkerRequests | undefined {
    let best: WorkerRequests | undefined;
    for (const thread of this.threads) {
      if (thread.ready && !thread.failure && (!best || thread.pending < best.pending)) best = thread;
    }
    return best;
  }

  private stopWhenIdle(): void {
    this.idleTimer = setTimeout(() => void this.close(), this.settings.idleMs);
    this.idleTimer.unref();
  }
}
