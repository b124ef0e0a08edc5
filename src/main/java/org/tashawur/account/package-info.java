/** Accounts of facilitators, reviewers and administrators; participants are guests without one. */
@NullMarked
package org.tashawur.account;

import org.jspecify.annotations.NullMarked;
