/** html-validate's presets, with the one rule that fights Astro's own output turned to match it. */
export default {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Astro's compiler writes void elements as <meta>, never <meta />.
    'void-style': ['error', { style: 'omit' }],
    // The site's own scripts (/_astro/…) come from its own origin, where SRI guards against nothing; any script
    // from another origin still needs an integrity hash.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
