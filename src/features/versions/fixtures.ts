/**
 * Made-up article texts for the versions tests: an invented town and its invented events, long enough to be
 * compared by their words.
 */

export const HARBOUR_PIECE = [
  'The ferry to Oskerby stopped running on a Tuesday, and nobody in the harbour office could say when it would run again.',
  'Fishermen who had crossed the strait every morning for thirty years tied their boats to the old stone quay and waited.',
  'By the end of the week the bakery had run out of flour, and the schoolteacher was giving lessons by the light of a lamp.',
  'The mayor wrote three letters to the ministry and received one reply, which thanked her for her patience.',
].join('\n\n');

/** The same piece as republished: a note before it, one word changed, and a closing line added. */
export const HARBOUR_REPUBLISHED = [
  'This article first appeared in the Oskerby Courier.',
  'The ferry to Oskerby stopped running on a Tuesday, and nobody in the harbour office could say when it would run again.',
  'Fishermen who had crossed the strait every morning for thirty years tied their boats to the old stone pier and waited.',
  'By the end of the week the bakery had run out of flour, and the schoolteacher was giving lessons by the light of a lamp.',
  'The mayor wrote three letters to the ministry and received one reply, which thanked her for her patience.',
  'The ferry has since returned to service.',
].join('\n\n');

/** Another writer on the same events, quoting the same reply but otherwise in words of their own. */
export const HARBOUR_OTHER_WRITER = [
  'When the Oskerby crossing closed, the island was left to manage on what it had stored over the summer.',
  'A retired engineer repaired the generator at the clinic with parts taken from a tractor that had not moved in years.',
  'The ministry, asked about the crossing, thanked the mayor for her patience and promised a decision within the month.',
  'Children walked to the headland each evening to watch for a boat that did not come.',
].join('\n\n');

export const ORCHARD_PIECE = [
  'The apricot harvest in the valley of Terrin came three weeks early this year, after a winter without frost.',
  'Growers who usually hire pickers in June found themselves calling cousins and neighbours in the middle of May.',
  'Prices at the market in the county town fell by half in a fortnight, and the cannery could not take the surplus.',
  'Some of the fruit was dried on the flat roofs of the old quarter, where the smell of it hung in the streets for days.',
].join('\n\n');
