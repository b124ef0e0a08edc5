package org.tashawur.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.tashawur.base.UserFacingException;
import org.tashawur.transfer.MeetingTransfer;

/**
 * Imports a meeting exported as JSON by another Tashawur (or this one): the file uploads with a
 * progress bar, the import runs in one transaction, and the new meeting is linked when it is done.
 */
class ImportPanel extends Composite<Div> {

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final Span result = new Span();

    ImportPanel(MeetingTransfer transfer) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String message;
            Long meetingId = null;
            try {
                meetingId = transfer.importMeeting(bytes);
                message = getTranslation("transfer.imported");
            } catch (UserFacingException e) {
                message = getTranslation(e.messageKey(), e.args());
            }
            String text = message;
            Long created = meetingId;
            ui.access(() -> show(text, created));
        }));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addClassName("import-upload");
        result.addClassName("import-result");
        getContent().addClassName("import-panel");
        getContent().add(new Paragraph(getTranslation("transfer.importIntro")), upload, result);
    }

    private void show(String message, @org.jspecify.annotations.Nullable Long meetingId) {
        result.removeAll();
        result.setText(message);
        if (meetingId != null) {
            Anchor open = new Anchor("meeting/" + meetingId + "/join", getTranslation("transfer.open"));
            open.addClassName("import-open");
            result.add(new Span(" "), open);
        }
    }
}
