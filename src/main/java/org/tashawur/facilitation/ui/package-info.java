/** The facilitators' controls inside the workspace, and what every participant sees of them. */
@NullMarked
package org.tashawur.facilitation.ui;

import org.jspecify.annotations.NullMarked;
