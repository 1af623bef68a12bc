package org.lngsim.run;

/** A run broke one of the model's invariants (a bug, not a user's mistake): nothing is written. */
public final class InvariantViolation extends Exception {

    private static final long serialVersionUID = 1L;

    public InvariantViolation(String message) {
        super(message);
    }
}
