/** Live collaboration between screens; the only package that knows the Collaboration Engine. */
@NullMarked
package org.tashawur.live;

import org.jspecify.annotations.NullMarked;
