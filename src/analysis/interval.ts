// A two-sided 95% interval: low <= high, both on the scale of the estimate they bound.
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;
