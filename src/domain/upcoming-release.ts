/** A release still ahead, one line of the home page's calendar: read from the store (catalog) or from a title's card (cards). */
export interface UpcomingRelease {
  titleId: string;
  title: string;
  season: number | null;
  part: number | null;
  date: string;
  precision: string;
  label: string;
  certainty: string;
}
