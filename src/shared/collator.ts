/**
 * The order every list of names and titles sorts in: English rules, case and accents ignored ("Erdogan" beside
 * "Erdoğan"), numbers by value ("Page 2" before "Page 10").
 */
export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
