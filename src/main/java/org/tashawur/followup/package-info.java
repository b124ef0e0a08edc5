/** After the meeting: commitments that follow retained proposals up, their timelines and roll-ups. */
@NullMarked
package org.tashawur.followup;

import org.jspecify.annotations.NullMarked;
