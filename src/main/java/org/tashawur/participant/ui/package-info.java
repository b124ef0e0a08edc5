/** Screens and session state for joining a meeting as a guest. */
@NullMarked
package org.tashawur.participant.ui;

import org.jspecify.annotations.NullMarked;
