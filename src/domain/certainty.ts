export const certainties = ["confirmed", "reported", "rumored", "speculative", "denied"] as const;
export type Certainty = (typeof certainties)[number];

/** Higher is stronger. A denial is not a weak assertion but a statement against one, so it ranks apart. */
const strength: Record<Certainty, number> = { confirmed: 4, reported: 3, rumored: 2, speculative: 1, denied: 0 };

export function certaintyStrength(certainty: Certainty): number {
  return strength[certainty];
}

/** One step weaker, as when a date is "subject to change". Denied stays denied. */
export function weaken(certainty: Certainty): Certainty {
  switch (certainty) {
    case "confirmed":
      return "reported";
    case "reported":
      return "rumored";
    case "rumored":
      return "speculative";
    default:
      return certainty;
  }
}

/**
 * No surer than `ceiling` ("a cast list in an article is a report, however it is worded"); weaker
 * certainties and a denial stay as they are.
 */
export function atMost(certainty: Certainty, ceiling: Certainty): Certainty {
  return strength[certainty] > strength[ceiling] ? ceiling : certainty;
}
