/** The sign-in screen. */
@NullMarked
package org.tashawur.account.ui;

import org.jspecify.annotations.NullMarked;
