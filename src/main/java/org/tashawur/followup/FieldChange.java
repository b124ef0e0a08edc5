package org.tashawur.followup;

/** One field of a commitment as an update changed it: its name, the value before and after (text). */
public record FieldChange(String field, String before, String after) {
}
