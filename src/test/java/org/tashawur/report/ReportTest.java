package org.tashawur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.i18n.TranslationProvider;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.followup.CommitmentDraft;
import org.tashawur.followup.CommitmentService;
import org.tashawur.followup.CommitmentStatus;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.ModerationService;
import org.tashawur.workspace.SupportService;

/** The meeting report as PDF, CSV and XLSX, read back the way a reader's programs read them. */
@IntegrationTest
class ReportTest {

    private static final String ARABIC_TITLE = "مراكز القرب الاجتماعية";
    private static final String FRENCH_TITLE = "Observatoire régional des données sociales";
    private static final String ANSWER = "Retenue : étude lancée en 2022";

    @Autowired
    ReportService reports;
    @Autowired
    ItemService items;
    @Autowired
    SupportService supports;
    @Autowired
    ModerationService moderation;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    CommitmentService commitments;

    TestMeetings.Meeting meeting;
    ItemSummary proposal;

    @BeforeEach
    void aMeetingWithItems() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        ParticipantRef amina = meetings.join(meeting, "أمينة", StakeholderGroup.PREFECTURES);
        ParticipantRef karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
        ParticipantRef nadia = meetings.join(meeting, "Nadia", StakeholderGroup.MINISTRY_SERVICES);
        items.create(ItemKind.EXPECTATION, ARABIC_TITLE, "في كل عمالة وإقليم", meeting.themeA(), amina);
        proposal = items.create(ItemKind.PROPOSAL, FRENCH_TITLE, "", meeting.themeB(), karim);
        supports.setSupport(proposal.id(), amina, true);
        supports.setSupport(proposal.id(), nadia, true);
        ItemSummary hidden = items.create(ItemKind.PROPOSAL, "Publicité cachée", "", null, karim);
        SignedIn.as("FACILITATOR");
        items.answer(proposal.id(), AnswerStatus.ACCEPTED, ANSWER, nadia);
        moderation.hide(hidden.id(), "Hors sujet", nadia);
        SignedIn.as("REVIEWER");
        commitments.create(proposal.id(), new CommitmentDraft("المديرية الجهوية للتعاون الوطني", "Conseil régional",
                java.time.LocalDate.of(2023, 6, 30), CommitmentStatus.IN_PROGRESS, 40), "");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_commitment_without_due_date_or_partners_leaves_empty_cells_and_the_pdf_still_renders() throws Exception {
        ItemSummary bare = items.create(ItemKind.PROPOSAL, "Caravanes sociales", "", null,
                participants.join(meeting.id(), "Salma", "Association", StakeholderGroup.ASSOCIATIONS));
        SignedIn.as("FACILITATOR");
        items.answer(bare.id(), AnswerStatus.PARTLY_ACCEPTED, "", participants.join(meeting.id(), "Nadia",
                "Ministère", StakeholderGroup.MINISTRY_SERVICES));
        SignedIn.as("REVIEWER");
        commitments.create(bare.id(), new CommitmentDraft("Conseil provincial", "", null, CommitmentStatus.PLANNED, 0), "");
        try (PDDocument document = Loader.loadPDF(reports.pdf(meeting.id(), TranslationProvider.ARABIC))) {
            assertThat(logical(new PDFTextStripper().getText(document))).contains("Caravanes sociales", "Conseil provincial");
        }
    }

    @Test
    void guests_get_no_report() {
        SignedIn.out();
        assertThatThrownBy(() -> reports.pdf(meeting.id(), TranslationProvider.ARABIC))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_arabic_pdf_holds_the_texts_in_logical_order_and_reads_right_to_left() throws Exception {
        byte[] pdf = reports.pdf(meeting.id(), TranslationProvider.ARABIC);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = logical(new PDFTextStripper().getText(document));
            assertThat(text).contains("تقرير اللقاء: مراكش آسفي", ARABIC_TITLE, "في كل عمالة وإقليم", FRENCH_TITLE, ANSWER,
                    "المشاركون", "الولايات والعمالات والأقاليم 1", "الجمعيات 2 0 مقبول",
                    "المديرية الجهوية للتعاون الوطني", "في طور الإنجاز");
            assertThat(text).doesNotContain("Publicité cachée");
            BufferedImage page = keep(new PDFRenderer(document).renderImageWithDPI(0, 60), "report-ar");
            int[] heading = inkSpan(page, 0.06, 0.12);
            assertThat(heading[0]).as("the Arabic heading starts right of the middle: it is right-aligned")
                    .isGreaterThan(page.getWidth() / 2);
        }
    }

    @Test
    void the_french_pdf_reads_left_to_right_and_keeps_arabic_words_in_order() throws Exception {
        byte[] pdf = reports.pdf(meeting.id(), Locale.FRENCH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = logical(new PDFTextStripper().getText(document));
            assertThat(text).contains("Rapport de la rencontre : Marrakech-Safi", FRENCH_TITLE, ARABIC_TITLE,
                    "Participants (3)", ANSWER, "Associations 2 0 Retenue", "Engagements (1)",
                    "المديرية الجهوية للتعاون الوطني Conseil régional 30 juin 2023 En cours 40 %");
            BufferedImage page = keep(new PDFRenderer(document).renderImageWithDPI(0, 60), "report-fr");
            int[] heading = inkSpan(page, 0.06, 0.12);
            assertThat(heading[1]).as("the French heading ends left of the right margin's neighbourhood")
                    .isLessThan(page.getWidth() * 3 / 4);
            assertThat(heading[0]).isLessThan(page.getWidth() / 4);
        }
    }

    @Test
    void the_csv_opens_as_utf8_with_a_byte_order_mark_and_one_row_per_published_item() throws Exception {
        byte[] csv = reports.csv(meeting.id(), Locale.FRENCH);
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new InputStreamReader(
                new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get(3)).isEqualTo("Titre");
        assertThat(rows).extracting(r -> r.get(3)).containsExactly("Titre", ARABIC_TITLE, FRENCH_TITLE);
        CSVRecord proposalRow = rows.get(2);
        assertThat(proposalRow.get(7)).isEqualTo("2");
        assertThat(proposalRow.get(10)).isEqualTo("Retenue");
        assertThat(proposalRow.get(11)).isEqualTo(ANSWER);
    }

    @Test
    void the_xlsx_read_back_with_poi_equals_the_meetings_data() throws Exception {
        byte[] xlsx = reports.xlsx(meeting.id(), TranslationProvider.ARABIC);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            MeetingReport report = reports.meetingReport(meeting.id());
            for (int r = 1; r <= 2; r++) {
                ItemSummary item = report.items().get(r - 1);
                var row = sheet.getRow(r);
                assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(item.id());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(item.title());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(item.details());
                assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((int) row.getCell(7).getNumericCellValue()).isEqualTo(item.supports());
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(item.answerText());
            }
            Sheet follow = workbook.getSheetAt(2);
            assertThat(follow.getRow(1).getCell(2).getStringCellValue()).isEqualTo("المديرية الجهوية للتعاون الوطني");
            assertThat(follow.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(40);
            Sheet people = workbook.getSheetAt(1);
            assertThat(people.getRow(1).getCell(0).getStringCellValue()).isEqualTo("الولايات والعمالات والأقاليم");
            assertThat(people.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            double total = 0;
            for (int r = 1; r <= people.getLastRowNum(); r++) {
                total += people.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(total).isEqualTo(3);
        }
    }

    /**
     * Text as a reader means it: Arabic presentation forms back to letters, every run of spaces
     * and line breaks (a cell wraps its text) made one space.
     */
    private static String logical(String extracted) {
        return Normalizer.normalize(extracted, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    /** Keeps the rendered page under target/ for a person to look at. */
    private static BufferedImage keep(BufferedImage page, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "report-pages");
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
        return page;
    }

    /** Leftmost and rightmost dark pixel in a horizontal band of the page (fractions of its height). */
    private static int[] inkSpan(BufferedImage page, double from, double to) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = (int) (page.getHeight() * from); y < page.getHeight() * to; y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 3 + (rgb >> 8 & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertThat(right).as("some ink in the band").isGreaterThanOrEqualTo(0);
        return new int[] {left, right};
    }
}
