package org.tashawur.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.tashawur.base.LocalizedText;
import org.tashawur.consultation.SetupService;

/** One text in the three languages: Arabic (right to left) and French required, English optional. */
class LocalizedFields extends Composite<Div> {

    private final TextField ar = new TextField();
    private final TextField fr = new TextField();
    private final TextField en = new TextField();

    LocalizedFields(String labelKey, String cssClass) {
        String label = getTranslation(labelKey);
        ar.setLabel(label + " · " + getTranslation("admin.inArabic"));
        ar.getElement().setAttribute("dir", "rtl");
        ar.setRequiredIndicatorVisible(true);
        fr.setLabel(label + " · " + getTranslation("admin.inFrench"));
        fr.getElement().setAttribute("dir", "ltr");
        fr.setRequiredIndicatorVisible(true);
        en.setLabel(label + " · " + getTranslation("admin.inEnglish"));
        en.getElement().setAttribute("dir", "ltr");
        en.setHelperText(getTranslation("admin.englishOptional"));
        for (TextField field : new TextField[] {ar, fr, en}) {
            field.setMaxLength(SetupService.TEXT_MAX);
        }
        ar.addClassName(cssClass + "-ar");
        fr.addClassName(cssClass + "-fr");
        en.addClassName(cssClass + "-en");
        getContent().addClassName("localized-fields");
        getContent().add(ar, fr, en);
    }

    LocalizedText value() {
        return new LocalizedText(ar.getValue(), fr.getValue(), en.getValue());
    }

    void clear() {
        ar.clear();
        fr.clear();
        en.clear();
    }
}
