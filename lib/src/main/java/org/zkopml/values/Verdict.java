package org.zkopml.values;

import java.util.Objects;
import java.util.function.Function;

/**
 * A verifier's decision: accepted — with what was checked and, where the check produces one, a value
 * (a post-state hash, a sumcheck's remaining claim, a game state) — or rejected with a one-line reason
 * naming the first check that failed. The one result type of every verifier, checker and referee of
 * the kit, instead of a bare boolean.
 *
 * @param <T> the type of the value an acceptance carries ({@link Void} when there is none)
 */
public final class Verdict<T> {
    private final boolean accepted;
    private final T value;
    private final String reason;

    private Verdict(boolean accepted, T value, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a verdict needs a reason");
        if (reason.indexOf('\n') >= 0) throw new IllegalArgumentException("a verdict's reason is one line: " + reason);
        this.accepted = accepted;
        this.value = value;
        this.reason = reason;
    }

    /** Accepted, saying what held; no value. */
    public static <T> Verdict<T> accept(String what) {
        return new Verdict<>(true, null, what);
    }

    /** Accepted with a value, saying what held. */
    public static <T> Verdict<T> accept(T value, String what) {
        return new Verdict<>(true, Objects.requireNonNull(value, "value"), what);
    }

    /** Rejected, saying why (one line). */
    public static <T> Verdict<T> reject(String why) {
        return new Verdict<>(false, null, why);
    }

    /** True iff every check passed. */
    public boolean accepted() {
        return accepted;
    }

    /** True iff a check failed. */
    public boolean rejected() {
        return !accepted;
    }

    /** What was checked (when accepted) or which check failed (when rejected). */
    public String reason() {
        return reason;
    }

    /** The value of an acceptance; throws IllegalStateException, with the reason, on a rejection. */
    public T value() {
        if (!accepted) throw new IllegalStateException("rejected: " + reason);
        return value;
    }

    /** The acceptance's value, or throws IllegalArgumentException with the reason (for callers that must not go on). */
    public T orElseThrow() {
        if (!accepted) throw new IllegalArgumentException(reason);
        return value;
    }

    /** The same decision with another value type, for a rejection passed up a call chain. */
    @SuppressWarnings("unchecked")
    public <U> Verdict<U> asRejection() {
        if (accepted) throw new IllegalStateException("not a rejection: " + reason);
        return (Verdict<U>) this;
    }

    /** If accepted, the next check on the value; if rejected, this rejection. */
    public <U> Verdict<U> then(Function<? super T, Verdict<U>> next) {
        return accepted ? next.apply(value) : asRejection();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict<?> v && accepted == v.accepted && Objects.equals(value, v.value)
                && reason.equals(v.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accepted, value, reason);
    }

    @Override
    public String toString() {
        return (accepted ? "accept: " : "reject: ") + reason + (value == null ? "" : " (" + value + ")");
    }
}
