/** The shared list of expectations and proposals of a meeting, its writes and revisions. */
@NullMarked
package org.tashawur.workspace;

import org.jspecify.annotations.NullMarked;
