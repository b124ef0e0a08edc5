/** What every feature shares: error handling, layout pieces, configuration. */
@NullMarked
package org.tashawur.base;

import org.jspecify.annotations.NullMarked;
