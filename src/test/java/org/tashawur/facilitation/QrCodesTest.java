package org.tashawur.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void the_png_is_a_qr_code_a_phone_reads_back_as_the_join_link() throws Exception {
        String link = "https://tashawur.example.ma/j/K7M3PX";

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link, 320)));

        assertThat(image.getWidth()).isEqualTo(320);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(read).isEqualTo(link);
    }
}
