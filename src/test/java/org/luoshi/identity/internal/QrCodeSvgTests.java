package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeSvgTests {

    @Test
    void theDrawnCodeReadsBackAsTheTextForShortAndLongestUsernames() throws Exception {
        String secret = Base32.encode(new byte[20]);
        for (String username : new String[] {"a1", "x".repeat(40), "li.ming-2026_x"}) {
            String uri = "otpauth://totp/Luoshi%3A" + username + "?secret=" + secret
                    + "&issuer=Luoshi&algorithm=SHA1&digits=6&period=30";
            assertThat(QrCodes.decodeSvg(new SecondFactor.Setup(secret, uri).qrCode())).isEqualTo(uri);
        }
    }

    @Test
    void itScalesWithItsBoxAndKeepsTheQuietZoneScannersNeed() throws Exception {
        String svg = QrCodeSvg.of("otpauth://totp/Luoshi%3Aa1?secret=AAAA");

        assertThat(svg).startsWith("<svg ").contains("viewBox=\"0 0 ").contains("width=\"100%\"")
                .contains("shape-rendering=\"crispEdges\"");
        // runs come row by row: nothing is dark in the four-module margin when the first run is the top of the
        // finder pattern
        assertThat(svg).contains("d=\"M4 4h7v1h-7z");
    }
}
