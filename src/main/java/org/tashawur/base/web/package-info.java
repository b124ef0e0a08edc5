/** How the application meets the network below Vaadin: requests whose browser went away. */
@NullMarked
package org.tashawur.base.web;

import org.jspecify.annotations.NullMarked;
