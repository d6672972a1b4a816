const DISPLAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2016-12-28" → "28 December 2016", unambiguous for readers on either side of the Atlantic. */
export function formatIsoDate(iso: string): string {
  return DISPLAY_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}
