/** The embedded MariaDB server used by the development run and the tests; absent from the production build. */
@NullMarked
package org.tashawur.base.db;

import org.jspecify.annotations.NullMarked;
