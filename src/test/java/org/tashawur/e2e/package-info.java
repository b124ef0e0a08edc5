/** End-to-end tests in a real browser against the running application. */
@NullMarked
package org.tashawur.e2e;

import org.jspecify.annotations.NullMarked;
