package org.tashawur.base;

/**
 * Present as a bean only when the application runs on its embedded MariaDB, the development
 * and demo set-up; features that must behave differently there (demo data) ask for it.
 */
public record EmbeddedDatabaseMarker(int port) {
}
