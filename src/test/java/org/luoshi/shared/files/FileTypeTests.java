package org.luoshi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FileTypeTests {

    @Test
    void recognisesAWordDocumentByItsContent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("工作方案");
            document.write(out);
        }
        assertThat(FileType.detect(out.toByteArray())).contains(FileType.DOCX);
    }

    @Test
    void recognisesPdfAndImages() {
        assertThat(FileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileType.JPEG);
    }

    @Test
    void anExecutableNamedLikeAPdfIsNotAPdf() {
        byte[] windowsExecutable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(FileType.detect(windowsExecutable)).isEmpty();
    }
}
