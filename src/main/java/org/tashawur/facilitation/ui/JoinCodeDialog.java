package org.tashawur.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.tashawur.facilitation.QrCodes;

/** What the facilitator shows on the projector: the code, the link, and the same link as a QR code. */
class JoinCodeDialog extends Dialog {

    JoinCodeDialog(String code, String link) {
        setHeaderTitle(getTranslation("joinCode.title"));
        addClassName("join-code-dialog");
        Div big = new Div();
        big.setText(code);
        big.addClassName("join-code");
        Paragraph how = new Paragraph(getTranslation("joinCode.how", link));
        how.getElement().setAttribute("dir", "auto");
        byte[] png = QrCodes.png(link, 320);
        Image qr = new Image(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(png), "join-" + code + ".png", "image/png", png.length)),
                getTranslation("joinCode.qrAlt", code));
        qr.addClassName("join-qr");
        add(big, qr, how);
        getFooter().add(new Button(getTranslation("editor.close"), e -> close()));
    }

    static String link(String pageUrl, String code) {
        int meeting = pageUrl.indexOf("/meeting/");
        String base = meeting >= 0 ? pageUrl.substring(0, meeting) : pageUrl.replaceAll("/+$", "");
        return base + "/j/" + code;
    }
}
