/** Translations: Arabic first, then French and English, from the message bundles. */
@NullMarked
package org.tashawur.base.i18n;

import org.jspecify.annotations.NullMarked;
