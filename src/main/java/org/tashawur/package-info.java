/** Tashawur, a live collaborative workspace for consultative meetings. */
@NullMarked
package org.tashawur;

import org.jspecify.annotations.NullMarked;
