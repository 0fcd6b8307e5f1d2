package org.luoshi.identity.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as inline SVG, drawn on the server: one unit per module, so it stays sharp at whatever size the page
 * gives it, and it needs no request of its own (the secret it carries is never in a URL). Black on white whatever the
 * colour tokens say, with the four-module quiet zone, because that is what phone cameras read best.
 */
final class QrCodeSvg {

    /** Shown on a screen, not printed, so nothing damages it: the lowest level keeps the modules largest. */
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
            EncodeHintType.MARGIN, 4,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    private QrCodeSvg() {
    }

    /** Without an accessible name: the page gives the element around it a role and a label in Chinese. */
    static String of(String text) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"100%\""
                + " shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\" style=\"display:block\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + darkRuns(modules) + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            // width and height 0: the smallest matrix, one cell per module, quiet zone included
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    /** Each horizontal run of dark modules as one rectangle: "M x y h n v1 h-n z". */
    private static String darkRuns(BitMatrix modules) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        return path.toString();
    }
}
