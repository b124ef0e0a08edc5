package org.tashawur.workspace;

/** The item does not exist, or belongs to another meeting than the caller's. */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(long itemId) {
        super("No item " + itemId);
    }
}
