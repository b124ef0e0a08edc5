/** What facilitators do to run a meeting: phases first; moderation and voting to come. */
@NullMarked
package org.tashawur.facilitation;

import org.jspecify.annotations.NullMarked;
