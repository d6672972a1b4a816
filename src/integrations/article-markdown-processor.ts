import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderOptions,
  type MarkdownRenderResult,
  type UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import { articleMarkdownOptions } from '../lib/article-markdown';
import { startTypeScriptWorker } from '../lib/typescript-worker';

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

/** What a render thread is sent, and what it answers. The frontmatter and file URL must survive structuredClone. */
export interface RenderRequest {
  id: number;
  content: string;
  frontmatter?: Record<string, unknown>;
  fileURL?: string;
}
export type RenderResponse =
  { id: number; result: MarkdownRenderResult } | { id: number; error: { message: string; stack?: string } };
export interface RenderThreadSetup {
  shared: AstroMarkdownOptions;
}
export const THREAD_READY = 'ready';

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

/** A worker that stopped, or could not take a request: the render is done on this thread instead. */
class ThreadUnavailable extends Error {}

export class ThreadedRenderer implements MarkdownRenderer {
  private renders = 0;
  private threads: RenderThread[] = [];
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
    return this.threads.filter((thread) => !thread.stopped).length;
  }

  /** How many running workers have rendered at least once. */
  get threadsThatRendered(): number {
    return this.threads.filter((thread) => !thread.stopped && thread.rendered > 0).length;
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
    try {
      return await thread.render(content, options);
    } catch (error) {
      if (error instanceof ThreadUnavailable) return this.inProcess.render(content, options);
      throw error;
    }
  }

  private startThreads(): void {
    try {
      this.threads = Array.from({ length: this.settings.threads }, () => new RenderThread(this.shared));
    } catch {
      // The shared options cannot be sent to a thread (a function in them, say): this thread renders alone.
      this.threads = [];
      this.settings.threads = 0;
    }
  }

  /** A worker still loading its pipeline is passed over, so this thread renders meanwhile rather than wait. */
  private leastBusyThread(): RenderThread | undefined {
    let best: RenderThread | undefined;
    for (const thread of this.threads) {
      if (thread.ready && !thread.stopped && (!best || thread.pending < best.pending)) best = thread;
    }
    return best;
  }

  private stopWhenIdle(): void {
    this.idleTimer = setTimeout(() => void this.close(), this.settings.idleMs);
    this.idleTimer.unref();
  }
}

class RenderThread {
  ready = false;
  rendered = 0;
  stopped: Error | undefined;
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (result: MarkdownRenderResult) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor(shared: AstroMarkdownOptions) {
    this.worker = startTypeScriptWorker(new URL('./article-markdown-worker.ts', import.meta.url), {
      workerData: { shared } satisfies RenderThreadSetup,
    });
    // An idle worker must not keep a finished build alive; one with work holds it (see render).
    this.worker.unref();
    this.worker.on('message', (message: RenderResponse | typeof THREAD_READY) => this.receive(message));
    this.worker.on('error', (error) => this.stop(error));
    this.worker.on('exit', (code) => this.stop(new Error(`render thread stopped (exit ${code})`)));
  }

  get pending(): number {
    return this.waiting.size;
  }

  render(content: string, options: MarkdownRenderOptions): Promise<MarkdownRenderResult> {
    if (this.stopped) return Promise.reject(new ThreadUnavailable(this.stopped.message));
    const id = this.nextId++;
    const request: RenderRequest = {
      id,
      content,
      ...(options.frontmatter ? { frontmatter: options.frontmatter } : {}),
      ...(options.fileURL ? { fileURL: options.fileURL.href } : {}),
    };
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage(request);
      } catch (error) {
        reject(new ThreadUnavailable((error as Error).message));
        return;
      }
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.stopped ??= new Error('render thread closed');
    await this.worker.terminate();
  }

  private receive(message: RenderResponse | typeof THREAD_READY): void {
    if (message === THREAD_READY) {
      this.ready = true;
      return;
    }
    const waiting = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (!waiting) return;
    this.rendered += 1;
    if ('result' in message) waiting.resolve(message.result);
    else waiting.reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }));
  }

  /** Whatever the worker still held is rendered on the calling thread instead (see ThreadUnavailable). */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(new ThreadUnavailable(error.message));
    this.waiting.clear();
  }
}
