package org.tashawur.consultation;

/** A meeting's settings changed; published inside the transaction, announced after commit. */
public record SettingsChanged(MeetingSettings settings) {
}
