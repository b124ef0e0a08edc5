/** Shared UI pieces: the main layout, the language switcher, the error handler. */
@NullMarked
package org.tashawur.base.ui;

import org.jspecify.annotations.NullMarked;
