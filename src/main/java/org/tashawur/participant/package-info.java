/** Who takes part in a meeting: display name, organisation, stakeholder group. */
@NullMarked
package org.tashawur.participant;

import org.jspecify.annotations.NullMarked;
