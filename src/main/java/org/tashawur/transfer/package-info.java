/** A whole meeting out as JSON and into another instance (docs/design-decisions/0008). */
@NullMarked
package org.tashawur.transfer;

import org.jspecify.annotations.NullMarked;
