/** Demo data: the social pole consultation and its regional meetings. */
@NullMarked
package org.tashawur.demo;

import org.jspecify.annotations.NullMarked;
