/** The live workspace screen where participants co-edit the list. */
@NullMarked
package org.tashawur.workspace.ui;

import org.jspecify.annotations.NullMarked;
