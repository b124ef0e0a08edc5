/** Text comparison that ignores Arabic spelling variants and French accents, for duplicate hints and syntheses. */
@NullMarked
package org.tashawur.base.text;

import org.jspecify.annotations.NullMarked;
