package org.zkopml.dispute;

/** Where a claim stands in its {@link Docket}. */
public enum Standing {
    /** Posted: its window is open, or disputes against it are still being played. */
    OPEN,
    /** Its window has passed and every dispute against it was resolved in the submitter's favour. */
    FINAL,
    /** The submitter lost a dispute: the claim is false, whatever the other disputes say. */
    REJECTED;

    /** Lower-case name, as the CLI prints it. */
    public String label() {
        return name().toLowerCase();
    }
}
