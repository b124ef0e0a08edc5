/** The follow-up page: commitments of a meeting, live between reviewers, read-only for everyone else. */
@NullMarked
package org.tashawur.followup.ui;

import org.jspecify.annotations.NullMarked;
