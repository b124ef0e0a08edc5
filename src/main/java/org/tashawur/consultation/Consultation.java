package org.tashawur.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.LocalizedText;

/** A national consultation (the 2021-2026 social pole strategy), held as regional meetings. */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 60)
    private String code = "";

    @Column(name = "title_ar", nullable = false)
    private String titleAr = "";

    @Column(name = "title_fr", nullable = false)
    private String titleFr = "";

    @Column(name = "title_en", nullable = false)
    private String titleEn = "";

    @Column(name = "starts_on")
    private @Nullable LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    protected Consultation() {
    }

    public Consultation(String code, LocalizedText title, LocalDate startsOn, LocalDate endsOn) {
        this.code = code;
        this.titleAr = title.ar();
        this.titleFr = title.fr();
        this.titleEn = title.en();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getTitle() {
        return new LocalizedText(titleAr, titleFr, titleEn);
    }

    public @Nullable LocalDate getStartsOn() {
        return startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }
}
