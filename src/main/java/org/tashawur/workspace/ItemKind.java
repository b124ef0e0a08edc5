package org.tashawur.workspace;

/** The two parts of a meeting's shared list. */
public enum ItemKind {
    EXPECTATION,
    PROPOSAL;

    public String messageKey() {
        return "kind." + name();
    }
}
