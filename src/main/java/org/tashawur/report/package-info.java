/** What leaves the application after a meeting: its report as PDF, its data as CSV and XLSX. */
@NullMarked
package org.tashawur.report;

import org.jspecify.annotations.NullMarked;
