package org.tashawur.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.LocalizedText;

/** A theme of a consultation, under which expectations and proposals are filed. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(nullable = false, length = 60)
    private String code = "";

    @Column(name = "name_ar", nullable = false)
    private String nameAr = "";

    @Column(name = "name_fr", nullable = false)
    private String nameFr = "";

    @Column(name = "name_en", nullable = false)
    private String nameEn = "";

    @Column(nullable = false)
    private int position;

    protected Theme() {
    }

    public Theme(long consultationId, String code, LocalizedText name, int position) {
        this.consultationId = consultationId;
        this.code = code;
        this.nameAr = name.ar();
        this.nameFr = name.fr();
        this.nameEn = name.en();
        this.position = position;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return new LocalizedText(nameAr, nameFr, nameEn);
    }

    public int getPosition() {
        return position;
    }
}
