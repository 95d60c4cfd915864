package org.nightcramp.assessment;

/** How strongly the answers point at a cause. */
public enum Likelihood {
    /** Two or more Yes answers. */
    LIKELY,
    /** One Yes, or no Yes but mostly Not sure: worth keeping in mind. */
    POSSIBLE
}
