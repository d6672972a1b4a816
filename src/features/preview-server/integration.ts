import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * `astro preview` (and so `npm start`) serves text files with a bare `text/plain` or `text/csv`, and Chromium then
 * reads a verbatim capture as windows-1252: the Arabic in a capture shows as mojibake. Astro's own preview server
 * takes no Vite plugins, so for the preview command only this sets an adapter whose preview server names UTF-8
 * (./serve-built-site.ts). Builds are untouched: the site stays static.
 */
export default function utf8Preview(): AstroIntegration {
  let previewing = false;
  return {
    name: 'archive:utf8-preview',
    hooks: {
      'astro:config:setup': ({ command }) => {
        previewing = command === 'preview';
      },
      'astro:config:done': ({ setAdapter }) => {
        if (!previewing) return;
        setAdapter({
          name: 'archive:utf8-preview',
          entrypointResolution: 'auto',
          previewEntrypoint: fileURLToPath(new URL('./serve-built-site.ts', import.meta.url)),
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
