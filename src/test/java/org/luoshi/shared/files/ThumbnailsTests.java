package org.luoshi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Thumbnails are small JPEGs of real pictures, and nothing for what is not one or claims too many pixels. */
class ThumbnailsTests {

    @Test
    void aPhotoShrinksToAJpegOfAtMostTheEdge() throws Exception {
        byte[] jpeg = Thumbnails.scaled(png(1600, 1200)).orElseThrow();

        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(FileType.detect(jpeg)).contains(FileType.JPEG);
        assertThat(thumbnail.getWidth()).isEqualTo(Thumbnails.EDGE);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void whatIsNotADecodablePictureGetsNone() {
        assertThat(Thumbnails.scaled("%PDF-1.4".getBytes())).isEmpty();
        assertThat(Thumbnails.scaled(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).isEmpty();
    }

    @Test
    void aPictureClaimingBillionsOfPixelsIsNotDecoded() throws Exception {
        byte[] png = png(10, 10);
        // the IHDR width and height (bytes 16–23) claim 100,000 × 100,000 pixels
        byte[] bomb = png.clone();
        writeInt(bomb, 16, 100_000);
        writeInt(bomb, 20, 100_000);
        assertThat(Thumbnails.scaled(bomb)).isEmpty();
    }

    private static void writeInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
