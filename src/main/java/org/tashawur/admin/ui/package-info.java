/** The administrators' screens: consultations, meetings and themes; accounts. */
@NullMarked
package org.tashawur.admin.ui;

import org.jspecify.annotations.NullMarked;
