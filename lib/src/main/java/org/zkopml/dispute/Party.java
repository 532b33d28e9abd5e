package org.zkopml.dispute;

/** The two sides of a dispute: the submitter who posted a result, the challenger who disputes it. */
public enum Party {
    SUBMITTER, CHALLENGER;

    /** The opponent. */
    public Party other() {
        return this == SUBMITTER ? CHALLENGER : SUBMITTER;
    }

    /** Lower-case name, as the CLI prints it. */
    public String label() {
        return name().toLowerCase();
    }
}
