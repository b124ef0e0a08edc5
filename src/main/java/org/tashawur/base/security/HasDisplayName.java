package org.tashawur.base.security;

/** A signed-in principal that knows the name to show for it. */
public interface HasDisplayName {

    String displayName();
}
