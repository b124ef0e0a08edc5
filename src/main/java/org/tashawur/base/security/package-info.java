/** Spring Security set-up: who may open which screen, how passwords are hashed. */
@NullMarked
package org.tashawur.base.security;

import org.jspecify.annotations.NullMarked;
