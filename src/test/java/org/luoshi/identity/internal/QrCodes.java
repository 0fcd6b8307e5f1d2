package org.luoshi.identity.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code drawn by {@link QrCodeSvg} the way a phone does: the SVG is painted into pixels (its rectangles,
 * nothing taken from the encoder) and ZXing's reader finds and decodes the code in them.
 */
final class QrCodes {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("<path[^>]* d=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");
    private static final int PIXELS_PER_MODULE = 4;
    private static final int WHITE = 0xffffffff;
    private static final int BLACK = 0xff000000;

    private QrCodes() {
    }

    static String decodeSvg(String svg) throws Exception {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        Matcher path = PATH.matcher(svg);
        if (!viewBox.find() || !path.find()) {
            throw new AssertionError("not a QR code SVG: " + svg);
        }
        int modules = Integer.parseInt(viewBox.group(1));
        int side = modules * PIXELS_PER_MODULE;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, WHITE);
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new AssertionError("unexpected path data at " + end + ": " + path.group(1));
            }
            end = run.end();
            paint(pixels, side, Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)),
                    Integer.parseInt(run.group(3)));
        }
        if (end != path.group(1).length()) {
            throw new AssertionError("unexpected path data at " + end + ": " + path.group(1));
        }
        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(image).getText();
    }

    /** A rectangle of {@code length} modules from (x, y), one module high. */
    private static void paint(int[] pixels, int side, int x, int y, int length) {
        for (int row = y * PIXELS_PER_MODULE; row < (y + 1) * PIXELS_PER_MODULE; row++) {
            Arrays.fill(pixels, row * side + x * PIXELS_PER_MODULE, row * side + (x + length) * PIXELS_PER_MODULE,
                    BLACK);
        }
    }
}
