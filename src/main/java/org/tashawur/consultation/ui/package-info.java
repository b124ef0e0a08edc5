/** Screens to find a consultation's meetings and join one. */
@NullMarked
package org.tashawur.consultation.ui;

import org.jspecify.annotations.NullMarked;
