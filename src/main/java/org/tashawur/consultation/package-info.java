/** Consultations, their regional meetings, themes and stakeholder groups. */
@NullMarked
package org.tashawur.consultation;

import org.jspecify.annotations.NullMarked;
