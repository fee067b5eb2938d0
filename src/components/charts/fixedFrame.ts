/**
 * Options every chart shares: it fills the box its page gives it (the page sets the height, so the
 * chart reads the same on a phone, a projector and paper) and draws without animation, which would
 * only delay what a person reads and leave half-drawn bars in a printout.
 */
export const fixedFrame = { responsive: true, maintainAspectRatio: false, animation: false } as const;
