package org.tashawur.consultation;

import org.tashawur.base.LocalizedText;

/** A theme as screens show it. */
public record ThemeInfo(long id, String code, LocalizedText name) {
}
