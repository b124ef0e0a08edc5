package org.tashawur.live;

/** Someone is editing one field of one item; {@code colorIndex} is their presence colour. */
public record EditingMark(long itemId, String field, String userName, int colorIndex) {
}
