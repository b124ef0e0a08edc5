package org.tashawur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.LocalizedText;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SupportService;

/** The synthesis across two regional meetings of one consultation. */
@IntegrationTest
class SynthesisTest {

    @Autowired
    SynthesisService syntheses;
    @Autowired
    ItemService items;
    @Autowired
    SupportService supports;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;

    TestMeetings.Meeting marrakech;
    long oriental;

    @BeforeEach
    void twoRegions() {
        marrakech = new TestMeetings(consultations, participants).create();
        oriental = consultations.addMeeting(marrakech.consultationId(), "o-" + marrakech.id(),
                new LocalizedText("الشرق", "L’Oriental", "Oriental"), "وجدة", LocalDate.of(2021, 12, 20));
        ParticipantRef amina = participants.join(marrakech.id(), "أمينة", "Wilaya", StakeholderGroup.PREFECTURES);
        ParticipantRef karim = participants.join(marrakech.id(), "Karim", "Tamkine", StakeholderGroup.ASSOCIATIONS);
        ParticipantRef youssef = participants.join(oriental, "Youssef", "Université", StakeholderGroup.UNIVERSITIES);
        items.create(ItemKind.EXPECTATION, "تعزيز مراكز القرب الاجتماعية", "", marrakech.themeA(), amina);
        items.create(ItemKind.EXPECTATION, "تعزيز مراكز القُرب الإجتماعيه", "", marrakech.themeA(), youssef);
        items.create(ItemKind.EXPECTATION, "Guichet unique pour les associations", "", marrakech.themeB(), karim);
        ItemSummary supported = items.create(ItemKind.PROPOSAL, "Observatoire régional", "", null, karim);
        ItemSummary less = items.create(ItemKind.PROPOSAL, "Caravanes sociales", "", null, youssef);
        supports.setSupport(supported.id(), amina, true);
        supports.setSupport(supported.id(), karim, true);
        supports.setSupport(less.id(), youssef, true);
        SignedIn.as("REVIEWER");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void counts_top_proposals_and_recurring_expectations_across_regions() {
        Synthesis synthesis = syntheses.of(marrakech.consultationId());
        assertThat(synthesis.count(marrakech.themeA(), marrakech.id())).isEqualTo(1);
        assertThat(synthesis.count(marrakech.themeA(), oriental)).isEqualTo(1);
        assertThat(synthesis.count(marrakech.themeB(), marrakech.id())).isEqualTo(1);
        assertThat(synthesis.count(null, oriental)).isEqualTo(1);
        assertThat(synthesis.total()).isEqualTo(5);
        assertThat(synthesis.participantsByGroup().get(StakeholderGroup.UNIVERSITIES)).isEqualTo(1);
        assertThat(synthesis.itemsByGroup().get(StakeholderGroup.ASSOCIATIONS)).isEqualTo(2);
        assertThat(synthesis.topProposals()).extracting(p -> p.item().title())
                .containsExactly("Observatoire régional", "Caravanes sociales");
        assertThat(synthesis.recurring()).hasSize(1);
        Synthesis.Recurring recurring = synthesis.recurring().get(0);
        assertThat(recurring.regions()).isEqualTo(2);
        assertThat(recurring.members()).extracting(p -> p.meeting().id()).containsExactlyInAnyOrder(marrakech.id(), oriental);
    }

    @Test
    void charts_are_images_and_the_consultation_report_holds_the_synthesis() throws Exception {
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(
                syntheses.themeChart(syntheses.of(marrakech.consultationId()), TranslationProvider.ARABIC)));
        assertThat(chart.getWidth()).isEqualTo(900);
        assertThat(ImageIO.read(new ByteArrayInputStream(syntheses.groupChart(syntheses.of(marrakech.consultationId()), Locale.FRENCH)))
                .getHeight()).isEqualTo(520);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-pages"));
        ImageIO.write(chart, "png", java.nio.file.Path.of("target", "report-pages", "synthesis-chart-ar.png").toFile());

        try (PDDocument pdf = Loader.loadPDF(syntheses.pdf(marrakech.consultationId(), Locale.FRENCH))) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("Synthèse : Consultation", "Propositions les plus soutenues",
                    "Observatoire régional", "تعزيز مراكز القرب الاجتماعية", "2 régions", "L’Oriental");
        }
    }

    @Test
    void guests_get_no_synthesis() {
        SignedIn.out();
        assertThatThrownBy(() -> syntheses.of(marrakech.consultationId())).isInstanceOf(NotAllowedException.class);
    }
}
