/** The page where facilitators and reviewers download a meeting's report and data. */
@NullMarked
package org.tashawur.report.ui;

import org.jspecify.annotations.NullMarked;
